"""Discover filings in EDGAR index files (``master.idx``, ``form.idx``, ``company.idx``).

The index files are read as local files (plain or gzip-compressed), never fetched here: a
quarterly index is ``edgar/full-index/{YYYY}/QTR{n}/``, a daily one ``edgar/daily-index/...``.
Layouts (spec/formats.md §3.2): ``master.idx`` is pipe-delimited; ``form.idx`` and
``company.idx`` are fixed-width with form types that hold spaces, so their rows are parsed from
the right (file name, then date, then CIK) and the rest is split at the known column width.
"""

from __future__ import annotations

import csv
import gzip
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import TextIO

# Forms that register securities and so carry an Exhibit 5 (configurable on the command line;
# shelf takedowns file EX-5 on 8-K, so add it when wanted).
REGISTRATION_FORMS: tuple[str, ...] = (
    "S-8", "S-8 POS", "S-3", "S-3ASR", "S-3/A", "S-1", "S-1/A", "S-4", "S-4/A",
    "F-3", "F-1", "SB-2", "S-2", "POS AM",
)  # fmt: skip

# Width of the first column of the fixed-width indexes (form type in form.idx,
# company name in company.idx).
_FORM_WIDTH = 17
_COMPANY_WIDTH = 62

_FIXED_ROW = re.compile(
    r"^(?P<head>.*?)\s+(?P<cik>\d{1,10})\s+(?P<date>\d{4}-?\d{2}-?\d{2})\s+(?P<file>edgar/\S+)\s*$"
)
_ACCESSION = re.compile(r"(\d{10}-\d{2}-\d{6})")


class IndexFileError(ValueError):
    """An index file that cannot be read; ``str()`` is one line naming the file."""


@dataclass(frozen=True, slots=True)
class IndexRow:
    """One filing listed in an index file."""

    cik: str  # without leading zeros, as in the Archives path
    company: str
    form: str
    date_filed: str  # ISO YYYY-MM-DD
    filename: str  # path under Archives/, e.g. edgar/data/1234567/0000950123-05-001234.txt
    accession: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def _iso(date: str) -> str:
    digits = date.replace("-", "")
    return f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}"


def _accession(filename: str) -> str:
    m = _ACCESSION.search(filename)
    return m.group(1) if m else Path(filename).stem


def _open_text(path: Path) -> TextIO:
    # The SEC writes the indexes in latin-1 (company names hold the odd accented letter).
    if path.suffix == ".gz":
        return gzip.open(path, "rt", encoding="latin-1")
    return path.open(encoding="latin-1")


def read_index(path: str | Path) -> Iterator[IndexRow]:
    """Yield every filing listed in one index file; the layout is detected from its header."""
    path = Path(path)
    try:
        with _open_text(path) as fh:
            kind = None
            for line in fh:
                stripped = line.strip()
                if kind is None:
                    if stripped.startswith("CIK|"):
                        kind = "master"
                    elif stripped.startswith("Form Type"):
                        kind = "form"
                    elif stripped.startswith("Company Name"):
                        kind = "company"
                    continue
                if not stripped or set(stripped) == {"-"}:
                    continue
                yield _parse_row(kind, line.rstrip("\r\n"), path)
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise IndexFileError(f"{path}: cannot read index file ({exc})") from exc
    if kind is None:
        raise IndexFileError(f"{path}: not an EDGAR index file (no column header line)")


def _parse_row(kind: str, line: str, path: Path) -> IndexRow:
    if kind == "master":
        fields = line.split("|")
        if len(fields) != 5:
            raise IndexFileError(f"{path}: malformed master.idx row {line!r}")
        cik, company, form, date, filename = (f.strip() for f in fields)
    else:
        m = _FIXED_ROW.match(line)
        if m is None:
            raise IndexFileError(f"{path}: malformed {kind}.idx row {line!r}")
        head = m["head"]
        width = _FORM_WIDTH if kind == "form" else _COMPANY_WIDTH
        first, second = head[:width].strip(), head[width:].strip()
        form, company = (first, second) if kind == "form" else (second, first)
        cik, date, filename = m["cik"], m["date"], m["file"]
    return IndexRow(
        cik=cik.lstrip("0") or "0",
        company=company,
        form=form,
        date_filed=_iso(date),
        filename=filename,
        accession=_accession(filename),
    )


def discover(
    paths: Iterable[str | Path],
    forms: Iterable[str] | None = REGISTRATION_FORMS,
    since: str | None = None,
    until: str | None = None,
) -> Iterator[IndexRow]:
    """Filings of the chosen ``forms`` (None: all) filed in ``[since, until]`` (ISO dates).

    A submission is listed once per co-registrant; each accession is yielded once.
    """
    wanted = {f.upper() for f in forms} if forms is not None else None
    seen: set[str] = set()
    for path in paths:
        for row in read_index(path):
            if wanted is not None and row.form.upper() not in wanted:
                continue
            if (since and row.date_filed < since) or (until and row.date_filed > until):
                continue
            if row.accession in seen:
                continue
            seen.add(row.accession)
            yield row


def write_rows(rows: Iterable[IndexRow], out: TextIO, fmt: str = "jsonl") -> int:
    """Write rows as JSON lines or CSV (with a header); return how many were written."""
    count = 0
    if fmt == "csv":
        writer = csv.DictWriter(out, fieldnames=list(IndexRow.__dataclass_fields__))
        writer.writeheader()
        for row in rows:
            writer.writerow(row.as_dict())
            count += 1
    elif fmt == "jsonl":
        for row in rows:
            out.write(json.dumps(row.as_dict()) + "\n")
            count += 1
    else:
        raise ValueError(f"unknown output format {fmt!r} (jsonl or csv)")
    return count


def read_rows(path: str | Path) -> Iterator[IndexRow]:
    """Read back rows written by :func:`write_rows` (JSON lines or CSV, by extension)."""
    path = Path(path)
    with path.open(encoding="utf-8", newline="") as fh:
        if path.suffix == ".csv":
            for rec in csv.DictReader(fh):
                yield IndexRow(**rec)
        else:
            for line in fh:
                if line.strip():
                    yield IndexRow(**json.loads(line))
