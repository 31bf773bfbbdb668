"""Cross-checks against the registration statement (E58xx) on full EDGAR submissions: a
fictional S-8 submission written for these tests, seeded with one defect at a time, and the
real submissions of the shared corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

import exhibit5
from exhibit5.review import review_documents
from exhibit5.review.filing import Filing, in_filing_review
from tests.shared import CORPUS, ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "review"
LETTER = (FIXTURES / "s8-plans.txt").read_text()
TEMPLATE = (FIXTURES / "s8-submission.txt").read_text()


def submission(letter: str = LETTER, **replace: str) -> list[exhibit5.Document]:
    text = TEMPLATE.replace("@@LETTER@@", letter)
    for old, new in replace.items():
        old = old.replace("_", " ")
        assert old in text, old
        text = text.replace(old, new)
    return exhibit5.read(text.encode(), name="tessaline-s8.txt")


def e58(docs: list[exhibit5.Document]) -> list[tuple[str, str]]:
    (review,) = review_documents(docs)
    return [(f.code, review.doc[f.spans[0]]) for f in review.findings if f.code.startswith("E58")]


def test_filing_facts_are_read_from_header_cover_and_fee_table() -> None:
    filing = Filing.from_documents(submission())
    assert filing is not None and filing.is_registration
    assert filing.cover_name == "Tessaline Optics, Inc."
    assert filing.cover_state == "Nevada" and filing.header_state == "Nevada"
    assert filing.fee_table_count == 1_200_000
    assert filing.index_consents() == [("23.1", "Cordell Wynn & Barratt LLP", "5.1")]
    assert [d.meta.type for d in filing.letters] == ["EX-5.1"]


def test_clean_submission_has_no_cross_check_finding() -> None:
    (review,) = review_documents(submission())
    assert review.not_run == []
    assert [f.code for f in review.findings if f.severity.value == "error"] == []


def test_without_a_submission_the_cross_checks_are_not_run() -> None:
    (review,) = review_documents(exhibit5.read(FIXTURES / "s8-plans.txt"))
    assert {"E5801", "E5802", "E5803", "E5804", "E5805", "E5806"} <= set(review.not_run)


@pytest.mark.parametrize(
    ("code", "changes", "at"),
    [
        ("E5801", {"Tessaline Optics, Inc.\n(Exact": "Tessaline Photonics, Inc.\n(Exact"},
         "Tessaline Optics, Inc."),
        ("E5802", {"STATE OF INCORPORATION:\t\t\tNV": "STATE OF INCORPORATION:\t\t\tDE"}, "Nevada"),
        ("E5803", {"Total                        1,200,000 shares":
                   "Total                        1,500,000 shares"}, "1,200,000"),
        ("E5804", {"CONFORMED SUBMISSION TYPE:\tS-8": "CONFORMED SUBMISSION TYPE:\tS-1",
                   "<TYPE>S-8": "<TYPE>S-1"}, "S-8"),
    ],
)  # fmt: skip
def test_seeded_mismatch_is_caught(code: str, changes: dict[str, str], at: str) -> None:
    text = TEMPLATE.replace("@@LETTER@@", LETTER)
    for old, new in changes.items():
        assert old in text
        text = text.replace(old, new)
    found = e58(exhibit5.read(text.encode(), name="tessaline-s8.txt"))
    assert any(c == code and at in s for c, s in found), found


def test_consent_said_to_be_in_the_letter_but_missing() -> None:
    letter = LETTER.replace(
        "We hereby consent to the filing of this opinion as Exhibit 5.1 to the\n"
        "Registration Statement. ", "",
    )  # fmt: skip
    assert letter != LETTER
    codes = [c for c, _ in e58(submission(letter))]
    assert codes.count("E5805") >= 1


def test_relied_on_opinion_must_be_filed() -> None:
    letter = LETTER.replace(
        "As to questions of fact",
        "As to matters of Utah law we have relied on the opinion of Sable & Yount LLP, dated "
        "the date hereof. As to questions of fact",
    )
    assert ("E5806", "Sable & Yount LLP") in e58(submission(letter))


@pytest.mark.parametrize("name", sorted(p.name for p in (CORPUS / "submissions").glob("*.txt")))
def test_real_submissions_cross_check_without_error(name: str, corpus: Path) -> None:
    """The real submissions were accepted by the SEC: read with their registration statement and
    other exhibits, their letters raise no error (a split opinion, where EX-5.2 covers the debt
    that EX-5.1 leaves out, is whole)."""
    reviews = review_documents(exhibit5.read(corpus / "submissions" / name))
    assert reviews, "no EX-5 letter found"
    for review in reviews:
        assert review.not_run == []
        errors = [(f.code, f.message) for f in review.findings if f.severity.value == "error"]
        assert errors == [], (review.doc.meta.type, errors)


def test_form_of_opinion_in_an_s8_submission_is_an_error() -> None:
    (review,) = review_documents(submission("[FORM OF OPINION]\n\n" + LETTER))
    (finding,) = [f for f in review.findings if f.code == "E5405"]
    assert finding.severity.value == "error"
    (alone,) = review_documents(
        exhibit5.read(("[FORM OF OPINION]\n\n" + LETTER).encode(), name="x.txt")
    )
    assert [f.severity.value for f in alone.findings if f.code == "E5405"] == ["warning"]


def test_governing_law_of_the_filed_indenture() -> None:
    """A debt letter silent on governing law is checked against the EX-4 indenture's clause."""
    letter = (FIXTURES / "s3-notes.txt").read_text()
    letter = letter.replace(
        "The Indenture and the Notes are governed by the laws of the State of New York. ", ""
    )
    silent = letter.replace("the laws of the State of New York and ", "")
    template = TEMPLATE.replace("S-8", "S-3").replace("<TYPE>EX-23.2", "<TYPE>EX-4.1")
    template = template.replace(
        "CONSENT OF INDEPENDENT REGISTERED PUBLIC ACCOUNTING FIRM",
        "INDENTURE. Section 1.12. This Indenture and the Notes shall be governed by and "
        "construed in accordance with the laws of the State of New York.",
    )
    for text, expected in ((silent, ["E5202"]), (letter, [])):
        docs = exhibit5.read(template.replace("@@LETTER@@", text).encode(), name="s3.txt")
        (review,) = review_documents(docs)
        assert [f.code for f in review.findings if f.code == "E5202"] == expected


SUBMISSIONS = sorted((CORPUS / "submissions").glob("*.txt"))


@pytest.mark.parametrize("path", SUBMISSIONS, ids=lambda p: p.name)
def test_reading_only_the_documents_review_needs_changes_no_finding(path: Path) -> None:
    """``keep=in_filing_review`` passes over the other exhibits; the findings stay the same."""
    whole = exhibit5.read(path)
    kept = exhibit5.read(path, keep=in_filing_review)
    assert [d.meta.type for d in kept] == [d.meta.type for d in whole if in_filing_review(d.meta)]

    def findings(docs: list[exhibit5.Document]) -> list[tuple[str, int, str]]:
        return [
            (f.code, r.doc.meta.index, f.message)
            for r in review_documents(docs)
            for f in r.findings
        ]

    assert findings(kept) == findings(whole)


def test_other_exhibits_are_passed_over_unread() -> None:
    extra = (
        "<DOCUMENT>\n<TYPE>EX-10.1\n<SEQUENCE>9\n<FILENAME>ex10-1.txt\n<TEXT>\n"
        "EMPLOYMENT AGREEMENT between Tessaline Optics, Inc. and its officer.\n</TEXT>\n"
        "</DOCUMENT>\n"
    )
    end = "</SEC-DOCUMENT>"
    text = TEMPLATE.replace("@@LETTER@@", LETTER).replace(end, extra + end)
    whole = exhibit5.read(text.encode(), name="tessaline-s8.txt")
    kept = exhibit5.read(text.encode(), name="tessaline-s8.txt", keep=in_filing_review)
    assert "EX-10.1" in [d.meta.type for d in whole]
    assert [d.meta.type for d in kept] == ["S-8", "EX-5.1", "EX-23.2"]
