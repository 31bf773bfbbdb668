"""Rules that need a particular kind of letter (shelf, takedown, dated filing), checked on
variants of the fixture letters written for these tests."""

from __future__ import annotations

import json

import exhibit5
from exhibit5.review import Finding, review
from tests.shared import ROOT

FIXTURES = ROOT / "tests" / "fixtures" / "review"


def findings(text: str) -> list[Finding]:
    return review(exhibit5.read(text.encode(), name="variant.txt")[0])


def codes(text: str) -> set[str]:
    return {f.code for f in findings(text)}


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text()


def test_takedown_consent_must_cover_incorporation_by_reference() -> None:
    letter = fixture("s3-notes.txt")
    consent = letter[letter.index("We consent to the filing") : letter.index("In giving this")]
    takedown = letter.replace(
        consent,
        "We consent to the filing of this opinion as Exhibit 5.1 to the Company's Current "
        "Report on Form 8-K. ",
    )
    assert "E5503" in codes(takedown)
    covered = takedown.replace(
        "Current Report on Form 8-K.",
        "Current Report on Form 8-K and to its incorporation by reference into the "
        "Registration Statement.",
    )
    assert "E5503" not in codes(covered)


def test_update_disclaimer_on_a_letter_dated_well_before_filing() -> None:
    letter = fixture("s1-resale.txt").replace(
        "in connection with the Registration Statement on Form S-1",
        "in connection with the Registration Statement on Form S-1 to be filed on or about "
        "September 30, 2025",
    )
    assert "E5404" not in codes(letter)
    stale = letter.replace(
        "We consent to the filing",
        "This opinion speaks only as of its date, and we assume no obligation to update it. "
        "We consent to the filing",
    )
    found = {f.code: f for f in findings(stale)}
    assert "E5404" in found and "71 days" in found["E5404"].message
    assert "E5605" in found  # the statement is to be filed more than 30 days after the letter


def test_plan_dated_after_the_filing() -> None:
    letter = fixture("s8-plans.txt")
    assert "E5605" not in codes(letter)
    later = letter.replace(
        "2025 Employee Stock Purchase Plan (the",
        "2025 Employee Stock Purchase Plan, adopted on November 20, 2025 (the",
    )
    found = [f for f in findings(later) if f.code == "E5605"]
    assert found and "plan" in found[0].message.lower() and "2025-11-20" in found[0].message


def test_base_shelf_conditions_are_noted_as_info() -> None:
    letter = fixture("s3-notes.txt").replace(
        "1. When the Notes have been duly executed",
        "1. When the Board of Directors of the Company has taken all necessary corporate "
        "action to authorize the issuance of the Notes and the Notes have been duly executed",
    )
    found = [f for f in findings(letter) if f.code == "E5305"]
    assert len(found) == 1 and found[0].severity.value == "info"
    assert "E5305" not in codes(fixture("s8-plans.txt"))


def test_legal_matters_consent_is_not_asked_of_an_s8() -> None:
    letter = fixture("s8-plans.txt")
    assert "Legal Matters" not in letter and "E5504" not in codes(letter)


def test_finding_json_shape() -> None:
    letter = fixture("s8-plans.txt").replace("Ladies and Gentlemen:", "Gentlemen:")
    (finding,) = [f for f in findings(letter) if f.code == "E5706"]
    data = json.loads(finding.model_dump_json())
    assert data["spans"] == [{"start": finding.spans[0].start, "end": finding.spans[0].end}]
    assert data["severity"] == "info" and data["name"] == "gendered-salutation"
    assert data["suggestion"] and data["source"] and data["heuristic"] is False


def test_tranches_must_add_up_to_the_stated_total() -> None:
    letter = fixture("s8-plans.txt")
    assert "E5603" not in codes(letter)
    off = letter.replace("300,000 shares are issuable", "350,000 shares are issuable")
    (finding,) = [f for f in findings(off) if f.code == "E5603"]
    assert finding.message == "1,250,000 shares in the tranches but 1,200,000 in the stated total"


def test_document_reviewed_dated_after_the_letter() -> None:
    letter = fixture("s8-plans.txt").replace(
        "the Bylaws of the Company, as amended;",
        "the Bylaws of the Company, dated November 3, 2025;",
    )
    found = [f for f in findings(letter) if f.code == "E5605"]
    assert [f.message for f in found] == [
        "A document reviewed is dated 2025-11-03, which conflicts with the letter date 2025-10-14"
    ]


def test_opinion_on_another_lettered_class_than_the_one_registered() -> None:
    letter = fixture("s8-plans.txt").replace(
        "the Company's common stock, par value", "the Company's Class A common stock, par value"
    )
    assert "E5607" not in codes(letter)
    other = letter.replace(
        "opinion that the Shares have been",
        "opinion that the Shares of Class B Common Stock have been",
    )
    (finding,) = [f for f in findings(other) if f.code == "E5607"]
    assert finding.message == 'Class is "Class A" in one place but "Class B" in another'
    # Both classes registered: naming either in the opinion is fine.
    both = other.replace(
        "Class A common stock, par value", "Class A and Class B common stock, par value"
    )
    assert "E5607" not in codes(both)


def test_issuer_named_otherwise_in_the_addressee_block_with_a_name_change_hint() -> None:
    letter = fixture("s8-plans.txt")
    block = letter[: letter.index("Ladies and Gentlemen")]
    assert "Tessaline Optics, Inc." in block and "E5601" not in codes(letter)
    renamed = (
        block.replace("Tessaline Optics, Inc.", "Tessaline Photonics, Inc.") + letter[len(block) :]
    )
    (finding,) = [f for f in findings(renamed) if f.code == "E5601"]
    assert finding.message.endswith('"Tessaline Optics, Inc." elsewhere')
    changed = renamed.replace(
        'corporation (the "Company")',
        'corporation formerly known as Tessaline Photonics, Inc. (the "Company")',
    )
    (finding,) = [f for f in findings(changed) if f.code == "E5601"]
    assert "mentions a name change" in finding.message
