"""The per-input pipeline every engine runs: read → extract → review → rows.

``process`` turns one input's bytes into table rows; ``scan_unit`` streams a unit's members
through it into the unit's Parquet parts. Both engines (local pool, Dask) call ``scan_unit``
and nothing else, so there is one copy of the pipeline logic.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path

from exhibit5.corpus.inputs import Member, Unit, members
from exhibit5.corpus.store import PartWriter, record_row
from exhibit5.document import Document
from exhibit5.extract import extract
from exhibit5.readers import ReadError, is_opinion, read
from exhibit5.readers.edgar import is_submission
from exhibit5.review import review
from exhibit5.review.filing import Filing, in_filing_review, is_letter
from exhibit5.review.finding import Finding

Row = dict[str, object]


@dataclass
class Rows:
    """What one input yields for each table."""

    opinions: list[Row] = field(default_factory=list)
    findings: list[Row] = field(default_factory=list)
    errors: list[Row] = field(default_factory=list)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def error_row(source: str, member: str, kind: str, reason: str) -> Row:
    return {"source": source, "member": member, "kind": kind, "reason": _one_line(reason)}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def letter_row(source: str, member: str, doc: Document, findings: list[Finding]) -> Row:
    meta = doc.meta
    by_severity = {"error": 0, "warning": 0, "info": 0}
    for f in findings:
        by_severity[f.severity.value] += 1
    return {
        "source": source,
        "member": member,
        "doc_index": meta.index,
        "sequence": meta.sequence,
        "exhibit_type": meta.type,
        "filename": meta.filename,
        "accession": meta.accession,
        "cik": (meta.cik.lstrip("0") or "0") if meta.cik else None,
        "filer_name": meta.filer_name,
        "form_type": meta.form_type,
        "filed": _date(meta.filing_date),
        "state_of_incorporation": meta.state_of_incorporation,
        "sec_file_number": meta.file_number,
        "format": meta.format,
        "chars": len(doc.text),
        "content_hash": hashlib.blake2b(doc.text.encode(), digest_size=16).hexdigest(),
        "findings_error": by_severity["error"],
        "findings_warning": by_severity["warning"],
        "findings_info": by_severity["info"],
        "finding_codes": [f.code for f in findings],
    }


def finding_rows(source: str, member: str, doc: Document, findings: list[Finding]) -> list[Row]:
    return [
        {
            "source": source,
            "member": member,
            "doc_index": doc.meta.index,
            "accession": doc.meta.accession,
            "code": f.code,
            "name": f.name,
            "severity": f.severity.value,
            "start": f.spans[0].start if f.spans else None,
            "end": f.spans[0].end if f.spans else None,
            "message": f.message,
        }
        for f in findings
    ]


def process(source: str, member: str, data: bytes) -> Rows:
    """Read one input (a submission, a feed ``.nc`` or a loose exhibit) and run extract and
    review on each opinion letter in it. A submission's letters are reviewed with its filing
    (registration statement and other exhibits), so the E58xx cross-checks run as in
    ``exhibit5 review``. Never raises: problems become error rows."""
    label = f"{source}!{member}" if member else source
    rows = Rows()
    try:
        # Read once: the letters and, for a submission, the documents of their filing context.
        docs = read(data, name=label, keep=in_filing_review)
    except ReadError as exc:
        rows.errors.append(error_row(source, member, "unreadable", exc.problem))
        return rows
    if (member or source).lower().endswith(".nc") and not is_submission(data[:8192]):
        rows.errors.append(
            error_row(source, member, "unreadable", "not an EDGAR submission (no <SUBMISSION>)")
        )
        return rows
    for skipped in docs.skipped:
        if not is_letter(skipped.type):  # images and other binary exhibits are not letters
            continue
        reason = f"document {skipped.index} ({skipped.type}) holds no text: {skipped.reason}"
        rows.errors.append(error_row(source, member, "skipped", reason))
    filing = Filing.from_documents(docs)
    for doc in filter(is_opinion, docs):
        try:
            record = extract(doc)
            findings = review(doc, record, filing=filing)
            row = letter_row(source, member, doc, findings) | record_row(record)
        except Exception as exc:  # a bug on one letter must not stop a corpus run
            reason = f"document {doc.meta.index}: {type(exc).__name__}: {exc}"
            rows.errors.append(error_row(source, member, "failed", reason))
            continue
        rows.opinions.append(row)
        rows.findings.extend(finding_rows(source, member, doc, findings))
    return rows


def _member_rows(m: Member) -> tuple[Rows, bool]:
    if m.data is None:
        return Rows(errors=[error_row(m.source, m.member, m.kind, m.error or "")]), False
    return process(m.source, m.member, m.data), True


def scan_unit(unit: Unit, out: str | Path) -> dict[str, object]:
    """Run the pipeline over one unit into its Parquet parts; return the unit's counts."""
    start, start_cpu = time.perf_counter(), time.process_time()
    writer = PartWriter(Path(out), unit.id)
    counts = {"members": 0, "letters": 0, "findings": 0, "errors": 0}
    try:
        for m in members(unit):
            rows, read_ok = _member_rows(m)
            counts["members"] += read_ok
            counts["letters"] += len(rows.opinions)
            counts["findings"] += len(rows.findings)
            counts["errors"] += len(rows.errors)
            writer.add("opinions", rows.opinions)
            writer.add("findings", rows.findings)
            writer.add("errors", rows.errors)
        summary: dict[str, object] = {
            "unit": unit.id,
            "fingerprint": unit.fingerprint,
            "files": len(unit.paths),
            **counts,
            "seconds": round(time.perf_counter() - start, 3),
            "cpu_seconds": round(time.process_time() - start_cpu, 3),
        }
        writer.commit(summary)
    except BaseException:
        writer.abort()
        raise
    return summary
