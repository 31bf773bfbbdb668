"""Rules that need a particular kind of letter (shelf, takedown, dated filing), checked on
variants of the fixture letters written for these tests."""

from __future__ import annotations

import json

import exhibit5
from exhibit5.review import Finding, review, review_documents
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
    # A title after the name on its line is not part of it.
    titled = block.replace("Tessaline Optics, Inc.", "Tessaline Optics - Legality Opinion")
    assert "E5601" not in codes(titled + letter[len(block) :])


# Notes of Marrowgate Logistics guaranteed by two named subsidiaries; the opinion covers the
# guarantees of both through the term "Guarantors" that the introduction defines for them.
GUARANTEED_NOTES = """Exhibit 5.1

PELLWORTH & SOAMES LLP
22 Harbor Street
Boston, Massachusetts 02110

April 2, 2026

Marrowgate Logistics, Inc.
90 Quarry Lane
Worcester, Massachusetts 01608

Re: Registration Statement on Form S-3

Ladies and Gentlemen:

We have acted as counsel to Marrowgate Logistics, Inc., a Delaware corporation (the \
"Company"), which has asked us for this letter about its shelf on Form S-3 (the \
"Registration Statement"), lodged with the Commission under the Securities Act of 1933 (the \
"Act") and relating to $250,000,000 principal amount of the Company's \
5.75% Senior Notes due 2031 (the "Notes"), to be fully and unconditionally guaranteed by \
Alder Parent Inc., a Delaware corporation, and Birch Sub LLC, a Nevada limited liability \
company (together, the "Guarantors"). The Notes and the guarantees of the Notes by the \
Guarantors (the "Guarantees") will be issued under an indenture dated as of March 1, 2026 \
(the "Indenture") among the Company, the Guarantors and Quillfeather Bank, N.A., as trustee.

We have examined the Registration Statement, the Indenture and such records of the Company \
and the Guarantors as we considered necessary. We have assumed the genuineness of all \
signatures and the authenticity of all documents submitted to us.

Based on the foregoing, we are of the opinion that:

1. When the Notes have been duly executed, authenticated and delivered against payment, the \
Notes will be valid and binding obligations of the Company, enforceable against it in \
accordance with their terms.

2. When the Notes have been so executed, authenticated and delivered, each Guarantee will be \
a valid and binding obligation of the Guarantor that gave it, enforceable against that \
Guarantor in accordance with its terms.

Our opinions are subject to bankruptcy, insolvency and similar laws affecting creditors' \
rights generally and to general principles of equity.

The Indenture is governed by the laws of the State of New York. We express no opinion as to \
the laws of any jurisdiction other than the laws of the State of New York, the General \
Corporation Law of the State of Delaware and the laws of the State of Nevada.

We consent to the filing of this opinion as an exhibit to the Registration Statement and to \
the reference to our firm under the caption "Legal Matters" in the prospectus. In giving \
this consent, we do not admit that we are experts within the meaning of Section 7 of the Act.

Very truly yours,

/s/ Pellworth & Soames LLP
"""
_EACH_GUARANTEE = (
    "each Guarantee will be a valid and binding obligation of the Guarantor that gave it, "
    "enforceable against that Guarantor"
)
_ALDER_ONLY = (
    "the Guarantee of Alder Parent Inc. will be a valid and binding obligation of Alder Parent "
    "Inc., enforceable against it"
)


def guarantee_findings(text: str) -> list[tuple[str, str | None]]:
    """E5105 findings as (the text they point at, the suggestion)."""
    doc = exhibit5.read(text.encode(), name="variant.txt")[0]
    return [(doc[f.spans[0]], f.suggestion) for f in review(doc) if f.code == "E5105"]


def test_guarantees_covered_for_every_guarantor_through_a_collective_term() -> None:
    assert _EACH_GUARANTEE in GUARANTEED_NOTES
    assert guarantee_findings(GUARANTEED_NOTES) == []
    plural = GUARANTEED_NOTES.replace(
        _EACH_GUARANTEE, "the Guarantees will be valid and binding obligations of the Guarantors"
    )
    assert guarantee_findings(plural) == []


def test_guarantor_named_in_the_introduction_but_left_out_of_the_opinion() -> None:
    alder_only = GUARANTEED_NOTES.replace(_EACH_GUARANTEE, _ALDER_ONLY)
    ((pointed, suggestion),) = guarantee_findings(alder_only)
    assert pointed == "Birch Sub LLC" and suggestion and "Birch Sub LLC" in suggestion
    both = alder_only.replace(
        "Alder Parent Inc. will be",
        "Alder Parent Inc. and the Guarantee of Birch Sub LLC will each be",
    )
    assert guarantee_findings(both) == []


def test_guarantor_known_by_its_own_defined_term() -> None:
    letter = GUARANTEED_NOTES.replace(
        "Alder Parent Inc., a Delaware corporation, and Birch Sub LLC, a Nevada limited liability "
        'company (together, the "Guarantors")',
        'Alder Parent Inc., a Delaware corporation (the "Parent Guarantor"), and Birch Sub LLC, a '
        'Nevada limited liability company (the "Subsidiary Guarantor" and, with the Parent '
        'Guarantor, the "Guarantors")',
    )
    assert guarantee_findings(letter) == []
    # "Parent Guarantor" is Alder's term: the sentence on it does not take in Birch Sub LLC,
    # though "Guarantor" is written in it.
    parent_only = letter.replace(
        _EACH_GUARANTEE,
        "the Guarantee of the Parent Guarantor will be a valid and binding obligation of the "
        "Parent Guarantor, enforceable against it",
    )
    assert [p for p, _ in guarantee_findings(parent_only)] == ["Birch Sub LLC"]
    by_term = parent_only.replace(
        "Parent Guarantor, enforceable against it",
        "Parent Guarantor, and the Guarantee of the Subsidiary Guarantor will be a valid and "
        "binding obligation of the Subsidiary Guarantor, each enforceable against its guarantor",
    )
    assert guarantee_findings(by_term) == []


def test_guarantor_covered_by_reliance_on_other_counsel() -> None:
    alder_only = GUARANTEED_NOTES.replace(_EACH_GUARANTEE, _ALDER_ONLY)
    relied = alder_only.replace(
        "Our opinions are subject",
        "As to all matters concerning the Guarantee of Birch Sub LLC, we have relied on the "
        "opinion of Tamsin Ferro Ltd., delivered to you today. Our opinions are subject",
    )
    assert guarantee_findings(relied) == []
    # Reliance for the law of Birch Sub LLC's state covers it too.
    by_state = alder_only.replace(
        "Our opinions are subject",
        "As to matters of Nevada law, we have relied on the opinion of Tamsin Ferro Ltd., Nevada "
        "counsel. Our opinions are subject",
    )
    assert guarantee_findings(by_state) == []
    # Certificates of its officers are not another counsel's opinion.
    certificates = alder_only.replace(
        "Our opinions are subject",
        "As to facts, we have relied on certificates of officers of Birch Sub LLC. Our opinions "
        "are subject",
    )
    assert [p for p, _ in guarantee_findings(certificates)] == ["Birch Sub LLC"]


def test_guarantors_on_a_schedule_are_covered_by_the_collective_opinion() -> None:
    # s3-notes.txt names its guarantors only on Schedule I: the collective opinion covers them.
    letter = fixture("s3-notes.txt")
    assert "Schedule I" in letter and guarantee_findings(letter) == []


# An S-8 whose "Shares" take in two tranches (options and restricted stock awards), with a
# narrower term for the option tranche.
TRANCHED_S8 = """Exhibit 5.1

ORRIN VALE LLP
700 Mill Street
Portland, Oregon 97204

May 5, 2026

Fennick Labs, Inc.
12 Cedar Court
Beaverton, Oregon 97005

Re: Registration Statement on Form S-8

Ladies and Gentlemen:

We have acted as counsel to Fennick Labs, Inc., a Delaware corporation (the "Company"), \
which is lodging a Form S-8 (the "Registration Statement") with the Commission under the \
Securities Act of 1933 (the "Securities Act") to register 1,500,000 shares of the Company's common \
stock, par value $0.001 per share, issuable under stock options and restricted stock awards \
granted under the Fennick Labs, Inc. 2026 Equity Incentive Plan (the "Plan") (the "Shares"), \
of which 900,000 Shares are issuable upon the exercise of stock options (the "Option Shares").

We have reviewed the Registration Statement, the Plan, the Company's Certificate of \
Incorporation and Bylaws, and resolutions of the Company's Board of Directors. We have \
assumed the genuineness of all signatures and the conformity to originals of all copies.

Based on the foregoing, we are of the opinion that the Option Shares, when issued in \
accordance with the Plan, will be validly issued, fully paid and non-assessable.

We express no opinion as to the laws of any jurisdiction other than the General Corporation \
Law of the State of Delaware.

We consent to the filing of this opinion as an exhibit to the Registration Statement. In \
giving this consent, we do not admit that we are within the category of persons whose \
consent is required under Section 7 of the Securities Act.

Very truly yours,

/s/ Orrin Vale LLP
"""


def narrower_findings(text: str) -> list[tuple[str, str | None]]:
    """E5109 findings as (the text they point at, the suggestion)."""
    doc = exhibit5.read(text.encode(), name="variant.txt")[0]
    return [(doc[f.spans[0]], f.suggestion) for f in review(doc) if f.code == "E5109"]


def test_opinion_on_only_the_narrower_term_leaves_a_tranche_out() -> None:
    ((pointed, suggestion),) = narrower_findings(TRANCHED_S8)
    assert pointed == "Shares" and suggestion and '"Option Shares"' in suggestion
    assert "awards" in suggestion


def test_opinion_on_the_whole_or_on_each_tranche_is_enough() -> None:
    whole = TRANCHED_S8.replace("opinion that the Option Shares", "opinion that the Shares")
    assert narrower_findings(whole) == []
    each = TRANCHED_S8.replace(
        "accordance with the Plan, will be",
        "accordance with the Plan, and the shares issued under restricted stock awards, when "
        "so issued, will each be",
    )
    assert narrower_findings(each) == []


def test_narrower_term_for_the_only_tranche_is_enough() -> None:
    options_only = TRANCHED_S8.replace(
        "stock options and restricted stock awards granted", "stock options granted"
    )
    assert narrower_findings(options_only) == []


def test_a_tranche_with_its_own_term_is_reported_once_as_that_term() -> None:
    two = TRANCHED_S8.replace(
        '(the "Option Shares")',
        '(the "Option Shares") and 600,000 Shares are issuable under restricted stock awards '
        '(the "Award Shares")',
    )
    assert [p for p, _ in narrower_findings(two)] == ["Award Shares"]
    both = two.replace("the Option Shares, when", "the Option Shares and the Award Shares, when")
    assert narrower_findings(both) == []


def test_tranches_listed_after_the_definition_count_too() -> None:
    after = TRANCHED_S8.replace(
        "issuable under stock options and restricted stock awards granted under", "issuable under"
    ).replace(
        '(the "Option Shares")',
        '(the "Option Shares") and 600,000 Shares on the vesting of restricted stock units',
    )
    ((pointed, suggestion),) = narrower_findings(after)
    assert pointed == "Shares" and suggestion and suggestion.endswith("the units.")


def test_a_sentence_that_also_speaks_of_other_guarantors_covers_them_all() -> None:
    # The opinion names Alder Parent Inc. and then the guarantors of a schedule as a group;
    # whether Birch Sub LLC is in that group the letter does not say, so nothing is reported.
    letter = GUARANTEED_NOTES.replace(
        "company (together, the",
        'company, and the other subsidiaries listed on Schedule I (the "Subsidiary Guarantors" '
        "and, with Alder Parent Inc. and Birch Sub LLC, the",
    ).replace(_EACH_GUARANTEE, _ALDER_ONLY)
    assert [p for p, _ in guarantee_findings(letter)] == ["Birch Sub LLC"]
    group = letter.replace(
        "enforceable against it",
        "and the Guarantee of each Subsidiary Guarantor will be a valid and binding obligation "
        "of that Subsidiary Guarantor, each enforceable against its guarantor",
    )
    assert guarantee_findings(group) == []


AUSTRALIAN = (
    "3 March 2020\n\nGranite Shoals Limited\n1 George Street\nSydney NSW 2000\n\n"
    "Dear Sirs\n\n"
    "We act as Australian counsel for Granite Shoals Limited, a company incorporated in "
    "Australia (the \"Company\"), in connection with its registration statement on Form S-8 "
    "relating to 900,000 ordinary shares (the \"Shares\").\n\n"
    "On the basis of the foregoing, we are of the opinion that the Shares, when issued as the "
    "plan provides, will be validly issued, fully paid and non-assessable.\n\n"
    "Our opinions are limited to the laws of {law}.\n\n"
    "We consent to the filing of this opinion as Exhibit 5.1 to the registration statement.\n\n"
    "Yours faithfully\n\nHale & Rook\n"
)


def test_the_law_of_an_australian_state_covers_an_australian_company() -> None:
    assert "E5201" not in codes(AUSTRALIAN.format(law="New South Wales"))
    assert "E5201" in codes(AUSTRALIAN.format(law="the State of New York"))


def test_registered_shares_named_in_lower_case_in_the_opinion_are_covered() -> None:
    letter = AUSTRALIAN.format(law="New South Wales")
    assert "E5109" not in codes(letter.replace("that the Shares, when", "that the shares, when"))


def test_federal_law_alone_is_enough_for_a_federally_chartered_issuer() -> None:
    letter = fixture("s1-resale.txt").replace(
        "We express no opinion as to the laws of any jurisdiction other than the General "
        "Corporation Law of the State of Delaware.",
        "We express no opinion as to any law other than the federal law of the United States.",
    )
    assert "E5203" in codes(letter)
    federal = letter.replace(
        "Quillfeather Robotics Corp., a Delaware corporation",
        "Quillfeather Financial Corp., a corporation organized under the laws of the United "
        "States",
    )
    assert "E5203" not in codes(federal)
    # A national bank acting as agent does not make the Delaware issuer a federal one.
    agent = letter.replace(
        "Quillfeather Robotics Corp., a Delaware corporation",
        "Quillfeather Robotics Corp., a Delaware corporation, with Ledger Bank, a national "
        "banking association organized under the laws of the United States, as paying agent",
    )
    assert "E5203" in codes(agent)


def test_a_condition_inside_the_opinion_sentence_is_not_an_assumption_of_its_conclusions() -> None:
    """ "Based on the foregoing, we are of the opinion that the Shares have been duly
    authorized and, assuming the Company takes the steps it must take before issuing them, the
    Shares will be validly issued": the opinion starts inside the sentence, and what it assumes
    there is a condition of the conclusion, not an assumption of it."""
    letter = fixture("s8-plans.txt")
    opinion = letter[letter.index("we are of the opinion that") : letter.index("non-assessable.")]
    conditioned = letter.replace(
        opinion,
        "we are of the opinion that the Shares have been duly authorized and, assuming the "
        "Company takes every corporate step it must take before it issues and delivers the "
        "Shares under the applicable Plan, the Shares will be validly issued, fully paid and ",
    )
    assert not {"E5301", "E5303"} & codes(conditioned)
    assumed = letter.replace(
        "Based on the foregoing,",
        "We have assumed that the Shares have been duly authorized. Based on the foregoing,",
    )
    assert "E5301" in codes(assumed)


def test_admission_in_several_states_covers_each_of_them() -> None:
    """"Admitted to practice only in the States of A and B" affirms admission in both: the rule
    fires only for a covered state left out of the list."""
    base = fixture("s1-resale.txt")
    law = "We express no opinion as to the laws of any jurisdiction other than the General"
    both = base.replace(
        law,
        "The lawyers who prepared this opinion are admitted to practice law only in the States "
        "of Delaware and Oregon and we express no opinion as to the laws of any jurisdiction "
        "other than the General",
    )
    assert "E5204" not in codes(both)
    elsewhere = both.replace("States of Delaware and Oregon", "States of Oregon and Idaho")
    assert "E5204" in codes(elsewhere)


def test_a_later_part_opening_in_the_opinion_has_no_introduction_to_compare() -> None:
    """A text that starts in the opinion paragraph has lost its introduction: the words before
    the opinion are all there is of it, so neither the registered count nor the registered
    warrants can be read from the opinion's own sentences."""
    text = (
        "We have also reviewed such other records of the Company as we thought necessary.\n\n"
        "Having made the review described above, we are of the opinion that the 640,000 shares "
        "of common stock offered for resale under the Registration Statement are duly "
        "authorized, validly issued, fully paid and nonassessable. The 410,000 shares of common "
        "stock of the Company to be issued upon the exercise of the Warrants are duly "
        "authorized and, assuming the Warrants are exercised as their terms provide, the shares "
        "so issued will be validly issued, fully paid and nonassessable.\n\n"
        "We consent to the filing of this opinion as an exhibit to the Registration Statement.\n\n"
        "Very truly yours,\n\nPellworth & Soames LLP\n"
    )
    found = codes(text)
    assert "E5603" not in found and "E5106" not in found


def notes_and_warrants(addressee_line: str = "") -> str:
    """The Notes letter, its introduction not naming counsel's role, registering warrants too
    that the opinion leaves out."""
    return (
        fixture("s3-notes.txt")
        .replace("1500 Terminal Road", addressee_line + "1500 Terminal Road")
        .replace(
            "We have acted as special counsel to Ardmore Freight Holdings Corp., an Ohio "
            'corporation (the "Company"), and to the subsidiaries of the Company listed on '
            'Schedule I hereto (the "Subsidiary Guarantors"), in connection with',
            "We have been asked for our opinion on certain matters concerning",
        )
        .replace(
            'the Company\'s 6.125% Senior Notes due 2033 (the "Notes")',
            'the 6.125% Senior Notes due 2033 (the "Notes") of Ardmore Freight Holdings Corp. '
            '(the "Company")',
        )
        .replace(
            '(the "Guarantees").',
            '(the "Guarantees"), and of warrants to purchase common stock of the Company (the '
            '"Warrants").',
        )
    )


def test_an_addressee_block_naming_general_counsel_is_not_the_introduction() -> None:
    plain = codes(notes_and_warrants())
    assert {"E5106", "E5109"} <= plain
    attention = codes(notes_and_warrants("Attn: Vice President and General Counsel\n"))
    assert {"E5106", "E5109"} <= attention


def test_warrants_to_purchase_common_stock_do_not_register_the_stock() -> None:
    found = codes(notes_and_warrants())
    assert not found & {"E5101", "E5102", "E5103"}


def test_resale_shares_in_the_present_tense_and_warrant_shares_to_be_issued_on_exercise() -> None:
    """Shares still to be issued "on exercise" properly take "will be"; the outstanding shares
    are covered by "are duly authorized, validly issued ..."."""
    letter = fixture("s1-resale.txt").replace(
        "The Resale Shares have been duly authorized and are validly issued",
        "The Resale Shares are duly authorized, validly issued",
    )
    warrant_shares = letter.replace(
        "The Warrant Shares have been duly authorized and, when issued upon exercise of the "
        "Warrants",
        "The Warrant Shares to be issued on exercise of the Warrants have been duly authorized "
        "and, when so issued",
    )
    assert "E5304" not in codes(warrant_shares)
    future = warrant_shares.replace(
        "The Resale Shares are duly authorized, validly issued",
        "The Resale Shares, when sold, will be validly issued",
    )
    assert "E5304" in codes(future)



def documents_reviewed(*labels: str) -> str:
    """The S-8 letter whose list of documents reviewed goes on from (e) under ``labels``."""
    items = ";\n\n".join(f"     ({label})  the minutes of meeting {n} of the Board"
                         for n, label in enumerate(labels, 1))  # fmt: skip
    return fixture("s8-plans.txt").replace(
        "     (e)  the Registration Statement.", items + "; and\n\n     (k)  the Prospectus."
    )


def test_a_lettered_list_that_skips_h_is_not_read_as_a_roman_list_at_i() -> None:
    assert "E5704" not in codes(documents_reviewed("e", "f", "g", "h", "i", "j"))
    (gap, repeat) = [f for f in findings(documents_reviewed("e", "f", "g", "i", "i", "j"))
                     if f.code == "E5704"]  # fmt: skip
    assert gap.message == "List skips from (g) to (i)"
    assert repeat.message == "List repeats (i) to (i)"
    # "(i)" then "(ii)" after "(g)" is a roman list inside item (g).
    sublist = documents_reviewed("e", "f", "g", "i", "ii", "h", "i", "j")
    assert "E5704" not in codes(sublist)


def test_plan_amended_after_the_statement_that_a_post_effective_amendment_amends() -> None:
    letter = fixture("s8-plans.txt").replace(
        'that it will file with the Securities and\nExchange Commission (the "Commission") on or '
        "about October 15, 2025",
        'filed with the Securities and\nExchange Commission (the "Commission") on March 3, 2021, '
        "as amended by\nPost-Effective Amendment No. 1 thereto",
    )
    amended = letter.replace(
        "2025 Employee Stock Purchase Plan (the",
        "2025 Employee Stock Purchase Plan, adopted on September 2, 2025 (the",
    )
    assert "E5605" not in codes(amended)
    after_the_letter = amended.replace("September 2, 2025", "November 20, 2025")
    assert "E5605" in codes(after_the_letter)


def test_par_value_of_another_companys_stock_is_not_the_registered_class() -> None:
    exchange = (
        'and, with the Incentive Plan, the "Plans"). The Incentive Plan was assumed in the '
        'Company\'s merger with Harlow Valley Bank ("Harlow"), when the awards over shares of '
        "common stock, par value $5.00 per share, of {owner} became awards over Shares."
    )
    letter = fixture("s8-plans.txt").replace(
        'and, with the Incentive Plan, the "Plans").', exchange.format(owner="Harlow")
    )
    assert "E5607" not in codes(letter)
    own = letter.replace("$5.00 per share, of Harlow", "$5.00 per share, of the Company")
    assert "E5607" in codes(own)


def test_an_introduction_that_names_no_shares_registers_no_class_to_compare() -> None:
    """A text that begins after the letter's introduction: the paragraph read in its place says
    nothing of shares, so the opinion's "Class A Shares" contradict nothing."""
    text = (
        "Our opinion is limited to the laws of Bermuda as they stand at the date of this "
        "opinion.\n\nThis opinion is given to you in connection with the filing of the "
        "Registration Statement and is not to be used for any other purpose.\n\n"
        "On the basis of the foregoing, we are of the opinion that:\n\n"
        "1. The Class A Shares included in the Units, when issued and paid for as the "
        "Registration Statement contemplates, will be validly issued, fully paid and "
        "non-assessable.\n\n"
        "We consent to the filing of this opinion as an exhibit to the Registration Statement."
        "\n\nYours faithfully,\n\nTrenholm & Vale Limited\n"
    )
    assert "E5607" not in codes(text)
    named = text.replace(
        "the filing of the Registration Statement and",
        "the filing of the Registration Statement relating to the Company's common shares and",
    )
    assert "E5607" in codes(named)


def test_a_rule_under_the_letterhead_and_an_unassigned_file_number_are_not_blanks() -> None:
    letter = fixture("s8-plans.txt").replace(
        "Reno, Nevada 89501\n", "Reno, Nevada 89501\n                         ______________\n"
    )
    numbered = letter.replace(
        'Form S-8 (the "Registration Statement")',
        'Form S-8 (File No. 333-________) (the "Registration Statement")',
    )
    assert "E5405" not in codes(numbered)
    blank_date = numbered.replace("October 14, 2025\n", "______________, 2025\n", 1)
    assert "E5405" in codes(blank_date)
    blank_filing = numbered.replace("on or about October 15, 2025", "on ___________, 2025")
    assert "E5405" in codes(blank_filing)


def test_the_opinion_items_end_where_the_consent_begins_in_a_text_cut_short() -> None:
    """The consent runs on in the last item's paragraph and the text stops inside it: the
    opinion still ends at the consent, so the registered Warrants it leaves out are seen."""
    letter = fixture("s1-resale.txt").replace(
        '(the "Warrants").', '(the "Warrants"), and the resale of the Warrants.'
    )
    run_on = letter.replace(
        "non-assessable.\n\nWe express no opinion as to the laws of any jurisdiction other than "
        "the General Corporation Law of the State of Delaware.\n\n",
        "non-assessable. ",
    )
    cut = run_on[: run_on.index("In giving this consent") + 60]
    assert "E5106" in codes(cut)


def test_a_reliance_limit_that_keeps_securities_act_reliance_is_accepted() -> None:
    base = fixture("s1-resale.txt")
    consent = "We consent to the filing"
    limited = base.replace(
        consent,
        "This opinion is furnished solely for your benefit and may not be relied upon by any "
        "other person. " + consent,
    )
    assert "E5401" in codes(limited)
    kept = base.replace(
        consent,
        "This opinion is furnished solely for your benefit and for that of such other persons "
        "as are entitled to rely upon it under the applicable provisions of the Securities Act, "
        "and may not be relied upon by any other person. " + consent,
    )
    assert "E5401" not in codes(kept)


def test_options_the_registered_shares_are_issued_on_are_not_a_registered_class() -> None:
    letter = fixture("s8-plans.txt")
    start = letter.index("The Registration\nStatement relates")
    intro = letter[start : letter.index("\n\n     For")]
    route = (
        letter.replace(
            intro,
            "The Registration Statement relates to 900,000 shares of the Company's common "
            'stock, par value $0.001 per share (the "Common Stock"), issuable upon the exercise '
            'of certain stock options (the "Stock Options") that may be granted to officers and '
            "employees under the Tessaline Optics, Inc. 2025 Stock Option Plan.",
        )
        .replace("that the Shares have been duly authorized and,", "that the Common Stock,")
        .replace("approving the Plans and reserving the Shares", "approving the plan")
    )
    assert narrower_findings(route) == []
    # Options the letter itself registers, before the shares they are exercised for, still
    # need an opinion of their own.
    registered = route.replace(
        "issuable upon the exercise of certain stock options",
        'and 900,000 stock options (the "Stock Options") for the purchase of those shares, '
        "issuable upon the exercise of those options",
    ).replace(' (the "Stock Options") that may', " that may")
    assert [p for p, _ in narrower_findings(registered)] == ["Stock Options"]


def test_a_mirror_page_header_is_not_a_submission_to_cross_check() -> None:
    # A web copy of one exhibit: the page header gives the filer's conformed name, the form and
    # the filing date, but there is no EDGAR header, cover page or fee table.
    page = (
        "TESSALINE PHOTONICS INC\nS-8, EX-5.1, 2025-10-15\nOPTICAL INSTRUMENTS\n"
        "Previous: TESSALINE PHOTONICS INC, S-8, EX-4.1, 2025-10-15\n"
        "Next: TESSALINE PHOTONICS INC, S-8, EX-23.2, 2025-10-15\n\n"
    )
    docs = exhibit5.read((page + fixture("s8-plans.txt")).encode(), name="mirror.txt")
    (letter,) = review_documents(docs)
    assert "E5801" in letter.not_run
    assert [f.code for f in letter.findings if f.code.startswith("E58")] == []


def submission_named(letter_name: str, conformed: str) -> set[str]:
    """Codes of the fixture S-8 submission with the issuer renamed in the letter and on the
    cover, and the header's conformed name set."""
    text = (
        fixture("s8-submission.txt")
        .replace("@@LETTER@@", fixture("s8-plans.txt"))
        .replace("Tessaline Optics, Inc.", letter_name)
        .replace("TESSALINE OPTICS INC", conformed)
    )
    (letter,) = review_documents(exhibit5.read(text.encode(), name="tessaline-s8.txt"))
    return {f.code for f in letter.findings}


def test_the_conformed_name_may_shorten_the_registrants_words() -> None:
    name = "Tessaline International BancCorp, Inc."
    assert "E5801" not in submission_named(name, "TESSALINE INTL BANCORP INC")
    assert "E5801" in submission_named(name, "TESSALINE INTL HOLDINGS INC")
    assert "E5801" in submission_named(name, "TESSALINE BANCORP INC")


def test_a_second_state_in_the_opinion_on_the_companys_standing_is_seen() -> None:
    letter = fixture("s8-plans.txt").replace(
        "we are of the opinion that the Shares",
        "we are of the opinion that the Company is a corporation duly organized, validly "
        "existing and in good standing under the laws of the State of {state}, and that the "
        "Shares",
    )
    assert "E5606" in codes(letter.format(state="Delaware"))
    assert "E5606" not in codes(letter.format(state="Nevada"))
    qualified = letter.replace(
        "a corporation duly organized, validly existing and", "duly qualified and validly existing"
    )
    assert "E5606" not in codes(qualified.format(state="California as a foreign corporation"))


def test_a_country_and_its_adjective_are_one_jurisdiction() -> None:
    letter = AUSTRALIAN.format(law="New South Wales").replace(
        "a company incorporated in Australia", "an Australian company"
    )
    assert "E5606" not in codes(letter)
    organized = letter.replace(
        "that the Shares, when",
        "that the Company is duly incorporated and validly existing under the laws of "
        "Australia, and the Shares, when",
    )
    assert "E5606" not in codes(organized)
    assert "E5606" in codes(organized.replace("laws of Australia", "laws of New Zealand"))


def test_par_value_with_a_fraction_matches_its_shorter_mentions() -> None:
    # "$.33 1/3" in one place and "$.33" or "$0.33 1/3" in another are the same par value.
    letter = fixture("s8-plans.txt").replace("par value $0.001", "par value $.33 1/3")
    for par, found in (("$0.33 1/3", False), ("$.33", False), ("$.34", True)):
        again = letter.replace(
            "opinion that the Shares have been",
            f"opinion that the Shares of common stock, par value {par} per share, have been",
        )
        assert ("E5607" in codes(again)) is found, par
