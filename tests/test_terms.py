"""Defined terms: definitions with antecedents, uses, undefined short forms, duplicates."""

from __future__ import annotations

from exhibit5.terms import find_terms

LETTER = """\
Re: Bluewater Kitchens, Inc. - Registration Statement on Form S-8

Ladies and Gentlemen:

We have acted as counsel to Bluewater Kitchens, Inc., a Delaware corporation (the "Company"),
in connection with registering, under the Securities Act of 1933, as amended (the
"Securities Act"), of 250,000 shares of the Company's common stock, par value $0.01 per share
(the "Shares"), issuable under the Bluewater Kitchens 2019 Equity Plan and the Bluewater
Kitchens Employee Purchase Plan (collectively, the "Plans"; each, a "Plan").

We have examined the Registration Statement as filed with the Securities and Exchange
Commission under the Act, the Company's bylaws (the "Bylaws") and each Plan. We have relied
upon the General Corporation Law of the State of Delaware and the Board of Directors' minutes.

Based on the foregoing, the Shares, when issued under the Plans, will be validly issued, fully
paid and nonassessable. We consent to the filing of this opinion with the Commission.

Our firm (hereinafter referred to as the "Firm") and the Company (the "Company") agree.
"""


def _text(span: tuple[int, int]) -> str:
    return LETTER[span[0] : span[1]]


def test_definitions_with_term_and_antecedent_spans() -> None:
    terms = find_terms(LETTER)
    names = [t.term for t in terms.terms]
    assert names == [
        "Registration Statement",
        "Company",
        "Securities Act",
        "Shares",
        "Plans",
        "Bylaws",
        "Firm",
    ]
    company = terms.get("Company")
    assert company is not None
    first = company.definitions[0]
    assert _text(first.span) == "Company"
    assert _text(first.antecedent) == "Bluewater Kitchens, Inc., a Delaware corporation"
    assert _text(terms.get("Securities Act").definitions[0].antecedent) == (  # type: ignore[union-attr]
        "the Securities Act of 1933, as amended"
    )
    shares = terms.get("Shares")
    assert shares is not None
    assert _text(shares.definitions[0].antecedent).startswith("250,000 shares of the Company's")


def test_collectively_each_and_hereinafter_forms() -> None:
    terms = find_terms(LETTER)
    kinds = {d.term: d.kind for d in terms.definitions}
    assert kinds["Plans"] == "quoted"
    assert kinds["Firm"] == "hereinafter"
    # "Plans" and "Plan" are one term; "each Plan" and "the Plans" are its uses.
    plans = terms.get("Plan")
    assert plans is not None and len(plans.uses) >= 2


def test_uses_exclude_definition_sites_and_follow_possessives() -> None:
    terms = find_terms(LETTER)
    company = terms.get("Company")
    assert company is not None
    assert all(_text(u).startswith("Company") for u in company.uses)
    assert any(_text(u) == "Company's" for u in company.uses)
    assert not any(
        d.span.start <= u.start < d.site.end for d in company.definitions for u in company.uses
    )


def test_undefined_short_forms_are_flagged_precisely() -> None:
    terms = find_terms(LETTER)
    flagged = {(u.term, u.likely_meant) for u in terms.undefined}
    # "the Act" shortens the defined "Securities Act"; "the Commission" the long name.
    assert ("Act", "Securities Act") in flagged
    assert ("Commission", "Securities and Exchange Commission") in flagged
    words = {u.term for u in terms.undefined}
    # Statute names, bodies and the Re: line's own heading are not findings.
    assert not words & {"General Corporation Law", "Board", "State", "Registration Statement"}
    assert terms.get("Registration Statement") is not None  # defined by the Re: heading
    assert terms.get("Registration Statement").definitions[0].kind == "heading"  # type: ignore[union-attr]


def test_duplicates_and_unused() -> None:
    terms = find_terms(LETTER)
    assert [t.term for t in terms.duplicates] == ["Company"]
    assert [t.term for t in terms.unused] == ["Bylaws", "Firm"]


def test_curly_quotes_single_quotes_and_unquoted() -> None:
    text = (
        "We represent Harbor Lane Corp. (the \u201cIssuer\u201d) and its parent ('Parent') "
        "and Harbor Lane Trust (the Trust). The Issuer, Parent and the Trust agree."
    )
    terms = find_terms(text)
    assert {t.term for t in terms.terms} == {"Issuer", "Parent", "Trust"}
    assert all(t.uses for t in terms.terms)
    assert terms.get("Trust").definitions[0].kind == "unquoted"  # type: ignore[union-attr]


def test_quotation_of_a_heading_is_not_a_definition() -> None:
    text = (
        'We consent to the reference to us under the caption "Legal Matters" in the '
        'prospectus (see "Validity of the Notes").'
    )
    assert find_terms(text).terms == []


def test_reference_definitions_silence_undefined_findings() -> None:
    text = (
        "Capitalized terms used and not defined herein have the meanings given in the "
        "Indenture. The Notes will be binding obligations of the Company under the Indenture."
    )
    terms = find_terms(text)
    assert terms.defined_by_reference is not None
    assert terms.undefined == []


def test_works_on_a_read_document() -> None:
    import exhibit5

    (doc,) = exhibit5.read(LETTER.encode(), name="bluewater.txt")
    terms = find_terms(doc)
    company = terms.get("Company")
    assert company is not None
    assert doc[company.definitions[0].span] == "Company"


def test_comma_inside_the_quotes() -> None:
    text = (
        'We represent Ketch Marine Ltd. (the "Company") in the offering of units (the "Units," '
        'and each, a "Unit"). The Units will be issued by the Company.'
    )
    terms = find_terms(text)
    assert terms.get("Units") is not None
    assert terms.undefined == []


def test_long_name_does_not_run_across_a_sentence() -> None:
    text = (
        'Ketch Marine Ltd. (the "Company") files with the Securities and Exchange Commission. '
        "Exchange Rules apply. The Commission may review the Exchange."
    )
    meant = {u.term: u.likely_meant for u in find_terms(text).undefined}
    assert meant["Commission"] == "Securities and Exchange Commission"
    assert meant.get("Exchange") in (None, "Securities and Exchange")


def test_uses_are_computed_when_first_read_and_serialized_with_the_record() -> None:
    import exhibit5

    terms = find_terms(LETTER)
    assert "Company" in [t.term for t in terms.defined]
    assert all(not t.uses for t in terms.defined)  # extraction reads only the definitions
    company = terms.get("Company")
    assert company is not None and company.uses  # reading the terms attaches their uses
    assert "Act" in {u.term for u in terms.undefined}
    (doc,) = exhibit5.read(LETTER.encode(), name="letter.txt")
    dumped = exhibit5.extract(doc).model_dump(mode="json")["terms"]
    shares = next(t for t in dumped["terms"] if t["term"] == "Shares")
    assert shares["uses"] and "Act" in {u["term"] for u in dumped["undefined"]}
    start, end = shares["definitions"][0]["antecedent"]  # found when first read
    assert "250,000 shares" in doc.text[start:end]


def test_re_line_without_salutation_ends_where_the_body_begins() -> None:
    """With no salutation and no blank line, the subject lines run straight into the letter's
    first sentence: the Re: line (and the terms it names) stops there, so the body's capitalised
    words are not taken as terms of the heading nor its share counts as the subject's."""
    import exhibit5

    text = (
        "April 2, 2014\n\nHollowell Tooling Corp.\n8 Quarry Lane\nBarre, Vermont 05641\n\n"
        "Re: Hollowell Tooling Corp.\nForm S-8 Registration Statement\n"
        "We have acted as counsel to Hollowell Tooling Corp., a Vermont corporation, in "
        "connection with the registration of 90,000 shares of its common stock under the "
        "Hollowell Tooling 2014 Stock Plan. In our opinion, the shares will be validly issued, "
        "fully paid and nonassessable when issued under the Plan.\n"
    )
    (doc,) = exhibit5.read(text.encode(), name="letter.txt")
    record = exhibit5.extract(doc)
    assert record.re_line is not None
    assert record.re_line.text == "Re: Hollowell Tooling Corp.\nForm S-8 Registration Statement"
    assert "Plan" in {u.term for u in record.terms.undefined}


def test_a_party_is_not_introduced_by_what_follows_its_name() -> None:
    """ "the Plan dated ..." brings a document in by description; "the Company on Form S-4" does
    not bring the Company in: used undefined, it is still an undefined short form."""
    text = (
        "We have acted as counsel in connection with the registration by the Company on Form "
        "S-4 of 300,000 shares issuable under the Plan dated May 1, 2019. The shares, when "
        "issued by the Company under the Plan, will be validly issued."
    )
    undefined = {u.term for u in find_terms(text).undefined}
    assert "Company" in undefined
    assert "Plan" not in undefined
