"""Discovery over index files written for these tests (fictional filers)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from exhibit5.corpus.discover import (
    IndexFileError,
    discover,
    read_index,
    read_rows,
    write_rows,
)

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"


@pytest.mark.parametrize("name", ["master.idx", "master.gz", "form.idx", "company.idx"])
def test_every_layout_lists_the_same_filings(name: str) -> None:
    rows = {(r.cik, r.form, r.date_filed, r.accession) for r in read_index(FIXTURES / name)}
    master = {
        (r.cik, r.form, r.date_filed, r.accession) for r in read_index(FIXTURES / "master.idx")
    }
    assert rows == master
    assert len(rows) == 8


def test_fixed_width_keeps_forms_with_spaces_and_names_with_pipes() -> None:
    by_cik = {r.cik: r for r in read_index(FIXTURES / "form.idx")}
    assert by_cik["1000003"].form == "S-8 POS"
    assert by_cik["1000003"].company == "CINDER & SLATE HOLDINGS, INC."
    assert by_cik["1000005"].company == "EASTGATE TRUST | SERIES A"
    company = {r.cik: r for r in read_index(FIXTURES / "company.idx")}
    assert company["1000003"].form == "S-8 POS"


def test_daily_index_dates_become_iso() -> None:
    rows = list(read_index(FIXTURES / "master.20111220.idx"))
    assert {r.date_filed for r in rows} == {"2011-12-20"}
    assert rows[0].filename.startswith("edgar/data/")


def test_filter_by_form_and_date_and_dedupe_co_registrants() -> None:
    rows = list(
        discover([FIXTURES / "master.idx"], forms=["S-8", "S-1/A", "S-3ASR"], since="2011-10-15")
    )
    # The S-1/A is listed under two CIKs (co-registrants) but is one submission.
    assert [r.accession for r in rows] == ["0001193125-11-300001", "0000950123-11-090909"]
    early = discover([FIXTURES / "master.idx"], until="2011-10-31")
    assert {r.form for r in early} == {"S-8", "S-3ASR"}
    assert len(list(discover([FIXTURES / "master.idx"], forms=None))) == 7


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_output_round_trips(fmt: str, tmp_path: Path) -> None:
    rows = list(discover([FIXTURES / "company.idx"], forms=None))
    out = tmp_path / f"rows.{fmt}"
    with out.open("w", newline="") as fh:
        assert write_rows(rows, fh, fmt) == len(rows)
    assert list(read_rows(out)) == rows
    if fmt == "jsonl":
        first = json.loads(out.read_text().splitlines()[0])
        assert set(first) == {"cik", "company", "form", "date_filed", "filename", "accession"}


def test_bad_index_is_one_line_error(tmp_path: Path) -> None:
    bad = tmp_path / "notes.idx"
    bad.write_text("just some text\nno header here\n")
    with pytest.raises(IndexFileError) as err:
        list(read_index(bad))
    assert str(err.value).startswith(str(bad)) and "\n" not in str(err.value)
    broken = tmp_path / "master.idx"
    broken.write_text("CIK|Company Name|Form Type|Date Filed|Filename\n---\n1|X|S-8|2011-01-01\n")
    with pytest.raises(IndexFileError, match=r"malformed master\.idx row"):
        list(read_index(broken))
    with pytest.raises(ValueError, match="unknown output format"):
        write_rows([], io.StringIO(), "xml")
