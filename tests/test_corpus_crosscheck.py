"""Scan runs the cross-checks against the registration statement (E58xx) on full submissions, as
``exhibit5 review`` does: on submissions built here around letters drafted by ``exhibit5.draft``,
and on the real submissions of the shared corpus. A bare letter is reviewed alone, as before."""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from exhibit5 import read
from exhibit5.corpus.report import report_data, write_report
from exhibit5.corpus.scan import scan
from exhibit5.corpus.store import SCHEMAS
from exhibit5.draft import draft
from exhibit5.draft.matter import ConsentChoices
from exhibit5.review.command import review_paths
from exhibit5.review.registry import all_rules
from tests.test_corpus_scan import make_feed

FILED = dt.date(2019, 5, 6)
GEN = make_feed.FeedGenerator(seed=4)
COMPANY = GEN.companies[0]
# Another registrant, in the same state, so that only the name differs.
OTHER = dataclasses.replace(COMPANY, name="Quillon Marine Holdings, Inc.")


def _letter_and_consent() -> tuple[make_feed.Document, make_feed.Document]:
    """An S-8 opinion drafted by ``exhibit5.draft`` for COMPANY, its consent given in a separate
    Exhibit 23.2 (so leaving that exhibit out leaves counsel's consent unfiled)."""
    matter = dataclasses.replace(
        GEN.matter(COMPANY, "S-8", FILED), in_house=False, html=False, section7=True
    )
    drafted = make_feed.draft_matter(matter).model_copy(
        update={"consent": ConsentChoices(placement="separate", exhibit="23.2", section7=True)}
    )
    letter, consent = draft(drafted, "text")
    return (
        make_feed.Document("EX-5.1", letter.filename, "OPINION OF COUNSEL", letter.data.decode()),
        make_feed.Document("EX-23.2", consent.filename, "CONSENT", consent.data.decode()),
    )


LETTER, CONSENT = _letter_and_consent()


def _submission(registrant: make_feed.Company, consent_filed: bool, seq: int) -> str:
    """A full S-8 submission (EDGAR Archives ``.txt``) filed by ``registrant`` with LETTER."""
    sub = make_feed.Submission(
        f"0009999999-19-{seq:06d}", "S-8", FILED, registrant, f"333-23{seq:04d}"
    )
    exhibits = [LETTER] + ([CONSENT] if consent_filed else [])
    listing = ["5.1  Opinion of counsel"] + (["23.2 Consent of counsel"] if consent_filed else [])
    body = make_feed.main_body(random.Random(seq), sub, listing)
    sub.documents = [make_feed.Document("S-8", "s8.txt", "FORM S-8", body), *exhibits]
    return make_feed.archives_text(sub)


def _findings(out: Path) -> list[dict[str, object]]:
    return pq.read_table(out / "findings.parquet", schema=SCHEMAS["findings"]).to_pylist()


def _codes(rows: list[dict[str, object]], name: str, prefix: str = "E58") -> list[str]:
    return sorted(
        str(r["code"]) for r in rows
        if Path(str(r["source"])).name == name and str(r["code"]).startswith(prefix)
    )  # fmt: skip


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, list[dict[str, object]]]:
    """A consistent submission, one filed by another registrant, one without counsel's consent,
    and the letter alone, scanned together."""
    inputs = tmp_path_factory.mktemp("built")
    (inputs / "consistent.txt").write_text(_submission(COMPANY, True, 1), encoding="latin-1")
    (inputs / "other-registrant.txt").write_text(_submission(OTHER, True, 2), encoding="latin-1")
    (inputs / "no-consent.txt").write_text(_submission(COMPANY, False, 3), encoding="latin-1")
    (inputs / "ex5-1.txt").write_text(LETTER.body)
    out = tmp_path_factory.mktemp("built-out")
    result = scan([inputs], out, jobs=1)
    assert (result.letters, result.errors) == (4, 0)
    return inputs, out, _findings(out)


def test_consistent_submission_gives_no_cross_check_finding(built: tuple) -> None:
    _, _, rows = built
    assert _codes(rows, "consistent.txt") == []
    # The consent filed as Exhibit 23.2 counts for the letter (E5501) in its submission only.
    assert _codes(rows, "consistent.txt", "E5501") == []
    assert _codes(rows, "ex5-1.txt", "E5501") == ["E5501"]


def test_other_registrant_gives_a_name_mismatch_at_the_letters_issuer(built: tuple) -> None:
    inputs, _, rows = built
    assert _codes(rows, "other-registrant.txt") == ["E5801"]
    (row,) = [r for r in rows if r["code"] == "E5801"]
    assert row["accession"] == "0009999999-19-000002" and row["severity"] == "error"
    assert OTHER.name.upper() in str(row["message"])
    (doc,) = [d for d in read(inputs / "other-registrant.txt") if d.meta.type == "EX-5.1"]
    assert doc.meta.index == row["doc_index"]
    assert doc.text[int(str(row["start"])) : int(str(row["end"]))] == COMPANY.name


def test_unfiled_counsel_consent_is_found(built: tuple) -> None:
    _, _, rows = built
    assert _codes(rows, "no-consent.txt") == ["E5805"]
    (row,) = [r for r in rows if r["code"] == "E5805"]
    assert str(row["message"]).startswith("No consent in the letter or in an EX-23 document")


def test_a_bare_letter_is_not_cross_checked(built: tuple) -> None:
    _, _, rows = built
    assert _codes(rows, "ex5-1.txt") == []
    assert {r["accession"] for r in rows if Path(str(r["source"])).name == "ex5-1.txt"} == {None}


def test_report_counts_the_cross_checks_over_letters_in_submissions(built: tuple) -> None:
    _, out, _ = built
    data = report_data(out)
    assert data["totals"]["letters_in_submissions"] == 3  # the bare letter is not one
    counts = {r["code"]: (r["findings"], r["per_1000"]) for r in data["cross_checks"]}
    assert set(counts) == {r.code for r in all_rules() if r.mode == "full"}
    assert counts["E5801"] == counts["E5805"] == (1, pytest.approx(1000 / 3))
    assert counts["E5802"] == (0, 0.0)
    html = write_report(out, out / "report.html").read_text()
    assert "Cross-checks against the registration statement" in html and "E5805" in html


def _renamed(text: str) -> str:
    """The submission as if filed under another registrant's name (the header's)."""
    return re.sub(
        r"(COMPANY CONFORMED NAME:\s*)[^\n]+", r"\1QUILLON MARINE HOLDINGS INC", text, count=1
    )


def test_real_submissions_give_the_same_findings_as_review(corpus: Path, tmp_path: Path) -> None:
    """Every real submission, and a copy under another registrant's name, scanned: each EX-5
    letter has the findings ``exhibit5 review`` gives it (E58xx among them)."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    for path in sorted((corpus / "submissions").glob("*.txt")):
        text = path.read_text(encoding="latin-1")
        (inputs / path.name).write_text(text, encoding="latin-1")
        (inputs / f"renamed-{path.name}").write_text(_renamed(text), encoding="latin-1")
    paths = sorted(inputs.iterdir())
    report = review_paths(paths)
    assert report.errors == []
    reviewed = {
        (Path(r.path).name, r.review.doc.meta.index, f.code, f.spans[0].start if f.spans else None,
         f.message)
        for r in report.reviews for f in r.review.findings
    }  # fmt: skip
    letters = {(Path(r.path).name, r.review.doc.meta.index) for r in report.reviews}
    scan(paths, tmp_path / "out", jobs=1)
    scanned = {
        (Path(str(r["source"])).name, r["doc_index"], r["code"], r["start"], r["message"])
        for r in _findings(tmp_path / "out")
        if (Path(str(r["source"])).name, r["doc_index"]) in letters
    }
    assert scanned == reviewed
    e5801 = {(name, index) for name, index, code, *_ in scanned if code == "E5801"}
    assert e5801 == {(name, index) for name, index in letters if name.startswith("renamed-")}


def test_an_opinion_filed_as_exhibit_23_is_reviewed_by_review_and_scan(tmp_path: Path) -> None:
    """A letter filed under an EX-23 type (an opinion that is also the consent) is one of the
    submission's letters for ``exhibit5 review`` as for scan."""
    sub = make_feed.Submission("0009999999-19-000099", "S-8", FILED, COMPANY, "333-239999")
    body = make_feed.main_body(random.Random(99), sub, ["23.1 Opinion and consent of counsel"])
    sub.documents = [
        make_feed.Document("S-8", "s8.txt", "FORM S-8", body),
        make_feed.Document("EX-23.1", "ex23-1.txt", "OPINION AND CONSENT", LETTER.body),
    ]
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "ex23.txt").write_text(make_feed.archives_text(sub), encoding="latin-1")
    report = review_paths([inputs / "ex23.txt"])
    assert report.errors == []
    assert [r.review.doc.meta.type for r in report.reviews] == ["EX-23.1"]
    assert scan([inputs], tmp_path / "out", jobs=1).letters == 1
