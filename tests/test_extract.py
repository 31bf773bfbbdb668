"""Extraction on short letters written for each way real letters are phrased.

Each test writes the part of a letter that exercises one pattern (or one failure mode that
was found and fixed), reads it through ``exhibit5.read`` and checks the extracted value and
that its span points at the text it came from.
"""

from __future__ import annotations

import exhibit5
from exhibit5.document import Document
from exhibit5.extract import OpinionRecord, extract

OPENING = (
    "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
    "Ladies and Gentlemen:\n\n"
)


def _read(text: str, name: str = "letter.txt") -> Document:
    (doc,) = exhibit5.read(text.encode(), name=name)
    return doc


def _extract(text: str) -> tuple[Document, OpinionRecord]:
    doc = _read(text)
    return doc, extract(doc)


def _spans_text(doc: Document, record: OpinionRecord, field: str) -> list[str]:
    return [" ".join(doc[s].split()) for s in getattr(record, field).spans]


def test_exported_from_package() -> None:
    assert exhibit5.extract is extract


def test_role_after_acting_as() -> None:
    doc, r = _extract(
        OPENING + "We are acting as special counsel to Granite Shoals Corp., a Texas corporation "
        '(the "Company"), in connection with its Registration Statement on Form S-3.'
    )
    assert r.counsel_role.value == "special counsel"
    assert _spans_text(doc, r, "counsel_role") == ["special counsel"]
    assert r.issuer_name.value == "Granite Shoals Corp."
    assert r.issuer_jurisdiction.value == "Texas"


def test_in_house_title_role_and_signed_name() -> None:
    _doc, r = _extract(
        OPENING + "I am Senior Vice President, General Counsel and Secretary of Granite Shoals "
        "Corp., a Delaware corporation. I have reviewed the records I considered necessary.\n\n"
        "Very truly yours,\n\n/s/ M. K. Osei\n\nMargaret K. Osei\n"
    )
    assert r.counsel_role.value == "senior vice president, general counsel and secretary"
    assert r.counsel_name.value == "Margaret K. Osei"  # the typed name, not the initials


def test_jurisdiction_from_organized_under_the_laws() -> None:
    _, r = _extract(
        OPENING + "This opinion is given in connection with the filing by Granite Shoals Corp., a "
        'corporation organized under the laws of the State of Georgia (the "Company"), of a '
        "registration statement on Form S-8."
    )
    assert r.issuer_name.value == "Granite Shoals Corp."
    assert r.issuer_jurisdiction.value == "Georgia"


def test_jurisdiction_from_the_opinion_when_not_stated_earlier() -> None:
    _, r = _extract(
        OPENING + 'We have acted as counsel for Granite Shoals Corp. (the "Company"). Based on the '
        "foregoing, it is our opinion that:\n1. The Company is a corporation duly organized and "
        "validly existing under the laws of the state of Oregon; and\n2. The Shares have been "
        "duly authorized and, when issued, will be legally issued, fully paid and "
        "nonassessable."
    )
    assert r.issuer_jurisdiction.value == "Oregon"
    assert r.laws.value == ["Oregon"]
    assert set(r.opinion_terms.value) == {
        "validly existing",
        "duly authorized",
        "legally issued",
        "fully paid",
        "nonassessable",
    }
    assert [o.terms for o in r.opinions][-2:] == [
        ["validly existing"],
        ["duly authorized", "legally issued", "fully paid", "nonassessable"],
    ]


def test_letterhead_firm_broken_over_lines() -> None:
    _, r = _extract(
        "EXHIBIT 5.1\nTarrant\nVoss LLP\n200 Elm Street\nDallas, Texas 75201\n"
        + OPENING[14:]
        + 'We have acted as counsel to Granite Shoals Corp. (the "Company") in connection with '
        "its registration statement on Form S-8."
    )
    assert r.counsel_name.value == "Tarrant Voss LLP"
    assert r.exhibits.value == ["5.1"]


def test_firm_signs_with_a_partner_named_above_or_below() -> None:
    letter = (
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company").\n\n'
        "Very truly yours,\n\nJo Reyes\nReyes, Alder & Finch, P.A.\n"
    )
    assert _extract(letter)[1].counsel_name.value == "Reyes, Alder & Finch, P.A."
    letter = (
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company").\n\n'
        "Very truly yours,\n\nHALVERSON AND PIKE\n\nBy:\n\n/s/ Dana Pike\n\nDana Pike\n"
    )
    assert _extract(letter)[1].counsel_name.value == "HALVERSON AND PIKE"


def test_bracketed_letterhead_and_issuers_own_letterhead() -> None:
    _, r = _extract(
        "[Letterhead of Fenwick Dale LLP]\n\n"
        + OPENING
        + 'We have acted as counsel to Granite Shoals Corp. (the "Company").'
    )
    assert r.counsel_name.value == "Fenwick Dale LLP"
    _, r = _extract(
        "[LETTERHEAD OF GRANITE SHOALS CORP.]\n\n"
        + OPENING
        + "I am General Counsel of Granite Shoals Corp., a Texas corporation.\n\n"
        "Very truly yours,\n\n/s/\n"
    )
    assert r.counsel_name.value is None  # an in-house lawyer who is not named


def test_body_starts_without_salutation() -> None:
    _, r = _extract(
        "EXHIBIT 5.1\nAugust 6, 2004\nBoard of Directors\nGranite Shoals Corp.\n1 Quarry Road\n"
        'We have acted as counsel for Granite Shoals Corp. (the "Company") in connection with '
        "a Registration Statement on Form S-8 covering 2,000,000 shares of common stock of the "
        'Company issuable pursuant to the Company\'s 1997 Stock Incentive Plan (the "Plan").'
    )
    assert r.plans.value == ["1997 Stock Incentive Plan"]
    assert r.share_count.value == 2_000_000
    assert r.date.value == "2004-08-06"


def test_plan_names_as_letters_write_them() -> None:
    doc, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of shares "
        "issuable under the Company's Incentive Stock Option Plan, 1999 Incentive Stock Option "
        "Plan and the Granite Shoals Corp. Omnibus Stock Option, Stock Ownership and Long Term "
        'Incentive Plan (collectively, the "Plans"), the Company\'s "Employees and Consultants '
        'Compensation Plan", the Granite 401(k) Savings Plan for Residents of Puerto Rico and '
        "the Granite Shoals Savings Plan and Trust, as amended."
    )
    assert r.plans.value == [
        "Incentive Stock Option Plan",
        "1999 Incentive Stock Option Plan",
        "Granite Shoals Corp. Omnibus Stock Option, Stock Ownership and Long Term Incentive Plan",
        "Employees and Consultants Compensation Plan",
        "Granite 401(k) Savings Plan for Residents of Puerto Rico",
        "Granite Shoals Savings Plan and Trust",
    ]
    assert all(doc[s] for s in r.plans.spans)


def test_plan_written_twice_is_listed_once() -> None:
    _, r = _extract(
        "Re: Granite Shoals Corp. 2005 Key Employee Stock Option Plan\n\n"
        + OPENING[14:]
        + "We have acted as counsel in connection with 50,000 shares issuable under the 2005 "
        'Key Employee Stock Option Plan (the "2005 Plan"). Shares under the 2005 Plan are '
        "registered; no merger under the Agreement and Plan of Merger is involved."
    )
    assert r.plans.value == ["Granite Shoals Corp. 2005 Key Employee Stock Option Plan"]


def test_numbered_conclusions_after_a_colon() -> None:
    _, r = _extract(
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company").\n\n'
        "Based upon the foregoing, we are of the opinion that:\n\n1. The Company is validly "
        "existing and in good standing under the laws of the State of Texas.\n\n2. The Shares "
        "have been duly authorized and will be validly issued, fully paid and non-assessable.\n\n"
        "We consent to the filing of this opinion as an exhibit to the Registration Statement."
    )
    assert r.opinion_terms.value == [
        "duly authorized",
        "validly issued",
        "fully paid",
        "nonassessable",
        "validly existing",
        "good standing",
    ]
    assert r.consent.value is True


def test_conditions_about_documents_are_not_conclusions() -> None:
    _, r = _extract(
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company"). We are of the '
        "opinion that, when the indenture has been duly authorized, executed and delivered, and "
        "when the terms of the notes have been approved by a duly authorized committee of the "
        "Board, the notes will constitute valid and binding obligations of the Company."
    )
    assert r.opinion_terms.value == ["binding obligations"]
    assert any("when the indenture" in c.text for o in r.opinions for c in o.conditions)


def test_a_condition_ends_at_its_comma_or_the_conclusion_verb() -> None:
    _, r = _extract(
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company"). We are of the '
        "opinion that the Shares, upon issuance against payment therefor in accordance with the "
        "Plan   will be validly issued, and when delivered to the holders thereof have been "
        "fully paid and non-assessable."
    )
    (opinion,) = r.opinions
    assert [c.text for c in opinion.conditions] == [
        "upon issuance against payment therefor in accordance with the Plan",
        "when delivered to the holders thereof",
    ]


def test_a_condition_runs_no_further_than_its_reach() -> None:
    # Past 200 characters with no comma or verb to close it, "when ..." is no condition.
    long_clause = "when the Board " + "approves the terms of issuance " * 8
    _, r = _extract(
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company"). We are of the '
        f"opinion that the Shares {long_clause}are validly issued."
    )
    (opinion,) = r.opinions
    assert not [c for c in opinion.conditions if c.text.startswith("when")]


def test_a_first_opinion_mention_without_conclusions_is_skipped() -> None:
    _, r = _extract(
        OPENING + "As special counsel for Granite Shoals Corp., we hereby render the following "
        "opinion of counsel in connection with the registration of 10,000 shares. We have "
        "examined the Plan. On the basis of the foregoing, it is our opinion that the shares "
        "will be legally issued, fully paid and non-assessable."
    )
    assert r.opinion_terms.value == ["legally issued", "fully paid", "nonassessable"]
    assert r.counsel_role.value == "special counsel"


def test_law_paragraph_positive_and_negative_parts() -> None:
    _, r = _extract(
        OPENING + "We are of the opinion that the Shares are validly issued. We are opining as to "
        "New York law and the corporation law of the State of California, and we express no "
        "opinion as to the laws of Bermuda or the securities laws of any state."
    )
    assert r.laws.value == ["New York", "California"]
    _, r = _extract(
        OPENING + "We are of the opinion that the Shares are validly issued. The opinion "
        "expressed above is limited to the Maine Business Corporation Act and Title I of "
        "ERISA."
    )
    assert r.laws.value == ["Maine", "United States"]


def test_consent_given_in_the_second_half_of_a_sentence() -> None:
    _doc, r = _extract(
        OPENING + "We are of the opinion that the Shares are validly issued.\n\nWe hereby consent "
        'to the reference to our firm under the heading "Legal Matters" in the prospectus and '
        "to the filing of this opinion as Exhibit 5 to the Registration Statement. By giving "
        "such consent, we do not thereby admit that we are experts."
    )
    assert (r.consent.value, r.legal_matters_consent.value, r.section7_disclaimer.value) == (
        True,
        True,
        True,
    )
    assert r.consent_paragraph is not None and "Exhibit 5" in r.consent_paragraph.text


def test_purpose_statement_is_not_a_consent() -> None:
    _, r = _extract(
        OPENING + "We are of the opinion that the Shares are validly issued. This opinion is "
        "furnished solely for submission to the Commission as an exhibit to the Registration "
        "Statement."
    )
    assert r.consent.value is False


def test_filing_date_of_the_registration_statement_only() -> None:
    _, r = _extract(
        OPENING + "We have examined (a) the Certificate of Trust, as filed with the Secretary of "
        "State on February 6, 2001; (b) the Company's Registration Statement on Form 8-A, which "
        "was filed on May 5, 1997; and (c) the Registration Statement on Form S-3 filed by the "
        "Company with the U.S. Securities and Exchange Commission on August 1, 2008."
    )
    assert r.filing_date.value == "2008-08-01"


def test_filing_on_the_date_hereof_is_the_letter_date() -> None:
    doc, r = _extract(
        OPENING + "We have acted as your counsel in connection with your filing of a "
        "Registration Statement on Form S-8 under the Securities Act of 1933, as amended, on or "
        "about the date hereof."
    )
    assert r.filing_date.value == r.date.value == "2011-03-03"
    assert "date hereof" in " ".join(doc[s] for s in r.filing_date.spans)


def test_filed_today_named_after_the_commission_or_an_amendment() -> None:
    """The statement filed "on the date hereof" may be named after the Commission's defined
    term; a post-effective amendment filed today leaves the statement's own filing date."""
    _, r = _extract(
        OPENING + "We have acted as special counsel to Granite Shoals Corp., a Texas corporation "
        "(the \"Company\"), in connection with its filing on the date hereof with the "
        "Securities and Exchange Commission (the \"Commission\") of its Registration Statement "
        "on Form S-3."
    )
    assert r.filing_date.value == "2011-03-03"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its filing "
        "on the date hereof with the Securities and Exchange Commission (the \"SEC\") of "
        "Post-Effective Amendment No. 1 to the registration statement on Form S-3 initially "
        "filed on June 5, 2010 (the \"Registration Statement\")."
    )
    assert r.filing_date.value == "2010-06-05"


def test_share_count_parts_options_and_tranches() -> None:
    _, r = _extract(
        OPENING + "The Registration Statement covers the public offering by the Company of up to "
        '1,150,000 shares (the "Company Shares") of the Company\'s common stock, which includes '
        "150,000 shares that the underwriters may purchase to cover over-allotments, and by the "
        "selling shareholders of up to 200,000 shares of the Company's common stock."
    )
    assert r.share_count.value == 1_350_000
    _, r = _extract(
        OPENING + "The Registration Statement relates to up to 900,000 shares of common stock, "
        "comprising (a) 500,000 new shares issuable under the Plan (b) 300,000 shares "
        "returned from the prior plan, and (c) 100,000 shares subject to awards."
    )
    assert r.share_count.value == 900_000


def test_warrant_and_warrant_shares_count_once_and_words_with_figures() -> None:
    _, r = _extract(
        OPENING + "The Registration Statement relates to the resale of (i) a warrant to purchase "
        "75,000 shares of Common Stock, $0.01 par value per share, and (ii) the 75,000 shares of "
        "Common Stock issuable upon exercise of the warrant. The Company issued and sold the "
        "warrant and 5,000 shares of preferred stock last year."
    )
    assert r.share_count.value == 75_000
    assert r.par_value.value == "0.01"
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of one million "
        "(1,000,000) shares of common stock, no par value, issuable under the Plan."
    )
    assert (r.share_count.value, r.par_value.value) == (1_000_000, "none")


def test_units_take_the_par_of_their_common_stock() -> None:
    _, r = _extract(
        OPENING + "The Registration Statement covers the registration of 6,000,000 units (the "
        '"Units") offered to the public, each Unit consisting of one share of the Company\'s '
        "common stock, $0.0001 par value per share, and one warrant."
    )
    assert (r.share_count.value, r.security.value, r.par_value.value) == (
        6_000_000,
        "units",
        "0.0001",
    )


def test_shelf_par_value_belongs_to_another_class() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of the Company's "
        "debt securities, common shares, par value $0.01 per share, and warrants."
    )
    assert (r.share_count.value, r.security.value, r.par_value.value) == (
        None,
        "debt securities",
        None,
    )


def test_exhibit_captions_and_references() -> None:
    _, r = _extract(
        "EXHIBIT 5 AND 23.1\n\n" + OPENING + "We have acted as counsel to Granite Shoals Corp. "
        "The Indenture, filed as Exhibit 4.1 to the Registration Statement, governs the notes."
    )
    assert r.exhibits.value == ["5", "23.1"]


def test_structure_parts_for_review() -> None:
    doc, r = _extract(
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company").\n\n'
        "In connection with this opinion, we have examined the following:\n\n(a) the Articles of "
        "Incorporation of the Company;\n\n(b) the Bylaws of the Company; and\n\n(c) the Plan.\n\n"
        "We have assumed (i) the genuineness of all signatures, (ii) the authenticity of all "
        "documents and (iii) the conformity of copies to originals. As to facts, we have relied "
        "upon certificates of officers.\n\nBased on the foregoing, we are of the opinion that "
        "the Shares, when issued pursuant to the Plan, will be validly issued.\n\nThis opinion "
        "is limited to the laws of the State of Texas.\n\nVery truly yours,\n\n/s/ Tarrant Voss LLP"
    )
    assert [p.text for p in r.documents_reviewed] == [
        "the Articles of Incorporation of the Company",
        "the Bylaws of the Company",
        "the Plan",
    ]
    assert [p.text for p in r.assumptions] == [
        "the genuineness of all signatures",
        "the authenticity of all documents",
        "the conformity of copies to originals",
    ]
    assert r.reliance and "certificates of officers" in r.reliance[0].text
    assert r.addressee is not None and "Granite Shoals Corp." in r.addressee.text
    assert r.salutation is not None and doc[r.salutation.span] == "Ladies and Gentlemen:"
    assert r.law_paragraph is not None and "Texas" in r.law_paragraph.text
    assert r.signature is not None and "Tarrant Voss LLP" in r.signature.text
    (opinion,) = r.opinions
    assert [c.text for c in opinion.conditions] == ["when issued pursuant to the Plan"]
    assert r.terms.get("Company") is not None


def test_every_span_points_into_the_text() -> None:
    doc, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp., a Nevada corporation (the "
        '"Company"), in connection with 10,000 shares of common stock, $.001 par value, '
        "issuable under the Granite 2020 Stock Plan. We are of the opinion that the shares will "
        "be validly issued, fully paid and nonassessable."
    )
    for name in OpinionRecord.model_fields:
        found = getattr(r, name)
        for span in getattr(found, "spans", []):
            assert 0 <= span.start < span.end <= len(doc.text), name


def test_letter_with_no_opinion_gives_empty_values() -> None:
    _, r = _extract("EXHIBIT 5.1\n\n[To be filed by amendment]\n")
    values = r.values()
    assert values["exhibits"] == ["5.1"]
    assert all(v in (None, [], False) for k, v in values.items() if k != "exhibits")


def test_par_value_written_before_the_class() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of deferred "
        "stock units credited under the Granite Directors Plan and the issuance of an aggregate "
        "of 265,000 shares of the Company's $2.50 par value common stock."
    )
    assert (r.share_count.value, r.security.value, r.par_value.value) == (
        265_000,
        "common stock",
        "2.50",
    )


def test_role_stated_after_the_opinion() -> None:
    _, r = _extract(
        OPENING + "I have examined the Plan. I am of the opinion that the Shares will be validly "
        "issued. This opinion is furnished by me as counsel to the Company and is solely for "
        "your benefit."
    )
    assert r.counsel_role.value == "counsel"


def test_mirror_links_to_other_documents_are_not_exhibits() -> None:
    _, r = _extract(
        "GRANITE SHOALS CORP\nS-4, EX-5, 2000-12-22\nPrevious: GRANITE SHOALS CORP, S-4, EX-4, "
        "2000-12-22 Next: GRANITE SHOALS CORP, S-4, EX-8, 2000-12-22\n\nExhibit 5\n\n"
        + OPENING
        + "We have acted as counsel to Granite Shoals Corp."
    )
    assert r.exhibits.value == ["5"]


def test_security_named_only_in_the_opinion() -> None:
    _, r = _extract(
        OPENING + "In connection with this opinion, we have examined such records as we deemed "
        "necessary. We advise you that, in our opinion, when the Board has approved the issuance "
        "of the Common Stock, the Common Stock will be validly issued."
    )
    assert r.security.value == "common stock"


def test_addressee_skips_captions_and_documents_list_is_no_qualification() -> None:
    _, r = _extract(
        "June 8, 1995 EXHIBIT 23.2\nVIA EDGAR\n\nGranite Shoals Corp.\n1 Quarry Road\n\n"
        "Gentlemen:\n\nWe have reviewed such documents as we have deemed necessary, including, "
        "but not limited to, the following: (a) the Bylaws; and (b) the Plan. We are of the "
        "opinion that the Shares will be validly issued. Our opinion is limited to the laws of "
        "the State of Texas."
    )
    assert r.addressee is not None and r.addressee.text.startswith("Granite Shoals Corp.")
    assert [q.text for q in r.qualifications] == [
        "Our opinion is limited to the laws of the State of Texas."
    ]
    assert [d.text for d in r.documents_reviewed] == ["the Bylaws", "the Plan"]


def test_numbered_conclusions_without_blank_lines() -> None:
    # As a PDF text layer gives it: no blank line between the numbered paragraphs.
    _, r = _extract(
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company").\nBased on the '
        "foregoing, we are of the opinion that:\n1. With respect to the Common Stock, when "
        "issued, the shares will be validly issued, fully paid and non-assessable.\n2. With "
        "respect to the Notes, when issued, the Notes will be binding obligations of the "
        "Company.\nOur opinion that any of the Notes will be binding obligations is subject to "
        "bankruptcy and equitable principles."
    )
    assert r.opinion_terms.value == [
        "validly issued",
        "fully paid",
        "nonassessable",
        "binding obligations",
    ]
    # The lead-in, then one entry per numbered conclusion.
    assert [o.terms for o in r.opinions] == [
        [],
        ["validly issued", "fully paid", "nonassessable"],
        ["binding obligations"],
    ]
    assert any("bankruptcy" in q.text for q in r.qualifications)


def test_post_effective_amendment_in_capitals() -> None:
    _, r = _extract(
        "Re: POST-EFFECTIVE AMENDMENT NO. 1 TO FORM S-8 REGISTRATION STATEMENT\n\n"
        + OPENING[14:]
        + "We have acted as counsel to Granite Shoals Corp. in connection with the amendment."
    )
    assert (r.post_effective.value, r.form.value) == (True, "S-8")


def test_salutation_in_capitals() -> None:
    doc, r = _extract(
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\n\nLADIES AND GENTLEMEN:\n\n"
        'We have acted as counsel to Granite Shoals Corp. (the "Company").'
    )
    assert r.salutation is not None and doc[r.salutation.span] == "LADIES AND GENTLEMEN:"
    assert r.addressee is not None and r.addressee.text.endswith("1 Quarry Road")


def test_named_series_of_preferred_stock_is_kept_whole() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the offer of up to 2,000,000 shares "
        "of Fixed Rate Cumulative Perpetual Preferred Stock, Series B, $1.00 par value per share, "
        "of Granite Shoals Corp."
    )
    assert r.security.value == "fixed rate cumulative perpetual preferred stock, series b"
    assert (r.share_count.value, r.par_value.value) == (2_000_000, "1.00")


def test_plans_named_late_or_replaced() -> None:
    _, r = _extract(
        OPENING + "We have examined the records we considered necessary. We are of the opinion "
        "that the Common Stock will be validly issued.\n\nWe consent to the use of this opinion "
        "as an exhibit to the Registration Statement covering the Common Stock to be issued "
        "pursuant to the Granite Shoals Corp. Stock Option Plan for Former Holders of Ridge "
        "Corporation."
    )
    assert r.plans.value == [
        "Granite Shoals Corp. Stock Option Plan for Former Holders of Ridge Corporation"
    ]
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with 500,000 shares issuable under the "
        'Granite 2024 Equity Plan (the "Plan"), which replaced the Granite 2014 Equity Plan '
        '(the "Prior Plan").'
    )
    assert r.plans.value == ["Granite 2024 Equity Plan"]


def test_date_from_a_running_head_when_the_top_has_none() -> None:
    _, r = _extract(
        "Granite Shoals Corp.\n1 Quarry Road\n\nLadies and Gentlemen:\n\nWe have acted as counsel "
        "to Granite Shoals Corp. in connection with its registration statement.\n\nGranite Shoals "
        "Corp.\nAugust 1, 2008\nPage 2\n\nWe are of the opinion that the Shares will be validly "
        "issued. The Board approved them on July 30, 2008."
    )
    assert r.date.value == "2008-08-01"


# Names come only from a place that names the party; otherwise null.


def test_no_issuer_from_the_commissions_address_or_the_underwriters() -> None:
    _, r = _extract(
        "June 4, 2019\n\nSecurities and Exchange Commission\n100 F Street, N.E.\nWashington, D.C. "
        "20549\n\nLadies and Gentlemen:\n\nWe refer to the registration statement on Form S-8 "
        "filed by our client. We are of the opinion that the shares will be validly issued."
    )
    assert r.issuer_name.value is None
    _, r = _extract(
        "June 4, 2019\n\nKestrel Capital LLC\nHeron Brothers Inc.\nAs Representatives of the "
        "several Underwriters\n\nLadies and Gentlemen:\n\nWe have acted as counsel to the "
        "Underwriters in connection with the sale of notes.\n\nVery truly yours,\n\nWren & Finch "
        "LLP\n"
    )
    assert r.issuer_name.value is None
    assert r.counsel_name.value == "Wren & Finch LLP"  # not a bank in the addressee block


def test_no_counsel_from_a_mirror_pages_navigation() -> None:
    _, r = _extract(
        "Previous & Next\n\n" + OPENING + "We have acted as counsel to Granite Shoals Corp. (the "
        '"Company").'
    )
    assert r.counsel_name.value is None


def test_registrant_inside_a_partnership_agreement_title() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the Third Amended and Restated "
        "Agreement of Limited Partnership of Granite Midstream Partners, L.P. and the registration "
        "of 400,000 common units."
    )
    assert r.issuer_name.value == "Granite Midstream Partners, L.P."


# Wordings of jurisdiction and par value.


def test_english_plc_and_federal_laws_of_canada_and_no_article() -> None:
    _, r = _extract(
        OPENING + "We have acted as English legal advisers to Tarn Valley plc, a public limited "
        'company incorporated in England and Wales (the "Company").'
    )
    assert (r.issuer_name.value, r.issuer_jurisdiction.value) == (
        "Tarn Valley plc",
        "England and Wales",
    )
    assert r.counsel_role.value == "english legal advisers"
    _, r = _extract(
        OPENING + 'We have acted as Irish solicitors to Liffey Foods plc (the "Company").'
    )
    assert (r.issuer_name.value, r.counsel_role.value) == ("Liffey Foods plc", "irish solicitors")
    _, r = _extract(
        OPENING + "We have acted as counsel to Boreal Nickel Ltd., a corporation incorporated "
        'under the federal laws of Canada (the "Company").'
    )
    assert r.issuer_jurisdiction.value == "Canada"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Pipeline L.P., Delaware limited "
        'partnership (the "Partnership").'
    )
    assert r.issuer_jurisdiction.value == "Delaware"


def test_par_value_with_a_country_before_the_currency() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of 75,000 shares "
        "of common stock, par value U.S. $.001 per share, of Granite Shoals Corp."
    )
    assert r.par_value.value == "0.001"


# Counting shares.


def test_depositary_shares_are_not_added_to_the_shares_they_represent() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of 4,000,000 "
        "ordinary shares of Granite Shoals Corp., to be represented by 2,000,000 American "
        "depositary shares."
    )
    assert (r.share_count.value, r.security.value) == (4_000_000, "ordinary shares")


def test_amounts_in_a_numbered_list_and_a_total_with_a_part_later() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of these shares "
        "of common stock:\n\n1. 250,000 shares under the Granite 2015 Stock Plan; and\n\n2. "
        "50,000 shares under the Granite Purchase Plan.\n\nWe are of the opinion that the "
        "shares will be validly issued."
    )
    assert r.share_count.value == 300_000
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of 900,000 "
        'shares of common stock (the "Shares"). Of the Shares, 100,000 shares are to be issued '
        "under the Granite 2015 Stock Plan."
    )
    assert r.share_count.value == 900_000


def test_up_to_with_over_allotment_shares_included() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the sale of up to 1,150,000 shares "
        "of common stock (including 150,000 shares that the underwriters may buy under their "
        "over-allotment option)."
    )
    assert r.share_count.value == 1_150_000


# The law the opinion covers.


def test_law_as_matters_of_a_states_law_and_two_named_states() -> None:
    _, r = _extract(
        OPENING + "We are of the opinion that the Shares will be validly issued. This opinion is "
        "given only as to certain matters of Maryland law."
    )
    assert r.laws.value == ["Maryland"]
    _, r = _extract(
        OPENING + "We are of the opinion that the Shares will be validly issued. We express no "
        "opinion as to the laws of any jurisdiction other than the internal laws of the States of "
        "Ohio and Utah."
    )
    assert r.laws.value == ["Ohio", "Utah"]


# Filing date.


def test_filing_on_the_date_hereof_far_from_the_verb() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the preparation and filing by "
        "Granite Shoals Corp. with the Securities and Exchange Commission of a Registration "
        'Statement on Form S-8 (the "Registration Statement") under the Securities Act of 1933, '
        "as amended, relating to 60,000 shares of common stock issuable under the Granite 2011 "
        "Stock Plan, on the date hereof."
    )
    assert r.filing_date.value == "2011-03-03"


def test_rule_462b_statement_does_not_take_the_earlier_statements_date() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with a registration statement on Form "
        "S-3 filed under Rule 462(b), which adds securities to the registration statement on Form "
        "S-3 (File No. 333-45678) filed with the Commission on January 5, 2011."
    )
    assert r.filing_date.value is None


# Role and opinion wording.


def test_undersigned_counsel_and_opinion_of_the_undersigned() -> None:
    _, r = _extract(
        OPENING + "The undersigned counsel for Granite Shoals Corp. has examined its records. It "
        "is the opinion of the undersigned that the shares will be legally issued, fully paid and "
        "nonassessable."
    )
    assert r.counsel_role.value == "counsel"
    assert r.opinion_terms.value == ["legally issued", "fully paid", "nonassessable"]


# Plans.


def test_plan_without_a_glued_form_or_an_unpunctuated_possessive() -> None:
    _, r = _extract(
        "March 3, 2011\n\nRe: Form S-8 Granite 2011 Equity Plan\n\nLadies and Gentlemen:\n\nWe "
        "have acted as counsel to Granite Shoals Corp. regarding 10,000 shares issuable under "
        "the Granite 2011 Equity Plan. The shares will be issued under the Companys 2011 Equity "
        "Plan."
    )
    assert r.plans.value == ["Granite 2011 Equity Plan"]


def test_plan_named_only_generically() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with 20,000 shares of common stock "
        "issuable under the Company's employee stock purchase plan."
    )
    assert r.plans.value == ["employee stock purchase plan"]


# Metadata cues.


def test_exhibit_in_a_mirror_caption_and_counsel_in_a_type_line() -> None:
    _, r = _extract(
        "Granite Shoals Corp - S-8 - Exhibit 5.1 - Legal opinion\n\n" + OPENING + "We have "
        "acted as counsel to Granite Shoals Corp."
    )
    assert r.exhibits.value == ["5.1"]
    _, r = _extract(
        "EX-5.1 2 ex51.htm Opinion of Osprey\n\n" + OPENING + "We have acted as Bermuda counsel "
        "to Granite Shoals Corp."
    )
    assert r.counsel_name.value == "Osprey"


def test_counsel_is_not_a_firm_copied_below_the_signature() -> None:
    _, r = _extract(
        OPENING + "We are of the opinion that the Shares will be validly issued.\n\nVery truly "
        "yours,\n\nOTTER & VOLE\n\ncc: Heron, Stork & Crane LLP\n"
    )
    assert r.counsel_name.value == "OTTER & VOLE"


def test_a_plan_is_not_the_issuer() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to the Granite Shoals Corp. Employee Stock Purchase "
        "Plan in connection with 40,000 shares."
    )
    assert r.issuer_name.value == "Granite Shoals Corp."
    _, r = _extract(
        "March 3, 2011\n\nLadies and Gentlemen:\n\nWe have acted as counsel for the Granite 2011 "
        "Stock Plan in connection with the registration of 40,000 shares."
    )
    assert r.issuer_name.value is None
    assert r.plans.value == ["Granite 2011 Stock Plan"]


def test_validly_authorized_and_a_misspelt_nonassessable() -> None:
    doc, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. (the \"Company\").\n\n"
        "We are of the opinion that the shares to be issued under the Plan are validly "
        "authorized shares of Common Stock and, when issued as the Plan provides, will be "
        "legally issued, fully paid and nonassesable.\n\nVery truly yours,\n\nPike & Hollow LLP\n"
    )
    assert r.opinion_terms.value == [
        "duly authorized", "legally issued", "fully paid", "nonassessable",
    ]  # fmt: skip
    assert _spans_text(doc, r, "opinion_terms")[0] == "validly authorized"
    assert _spans_text(doc, r, "opinion_terms")[-1] == "nonassesable"


def test_conclusions_without_an_opinion_trigger() -> None:
    """A letter cut short before "we are of the opinion that": the numbered conclusions are
    still its opinion."""
    _, r = _extract(
        "1. The shares to be sold under the 2019 Plan have been duly authorized and, upon "
        "receipt of the consideration the 2019 Plan provides, will be validly issued, fully "
        "paid and non-assessable; and\n\n2. The shares to be sold under the Savings Plan have "
        "been duly authorized and will be validly issued, fully paid and non-assessable.\n\n"
        "Very truly yours,\n\nPike & Hollow LLP\n"
    )
    assert r.opinion_terms.value == [
        "duly authorized", "validly issued", "fully paid", "nonassessable",
    ]  # fmt: skip
    assert [p.text[:2] for p in r.opinions] == ["1.", "2."]


def test_law_named_before_no_opinion_on_any_other_jurisdiction() -> None:
    doc, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. (the \"Company\").\n\n"
        "We are of the opinion that the Shares will be validly issued, fully paid and "
        "non-assessable.\n\nOur opinion speaks to the internal laws of the States of Texas "
        "and Oklahoma, and we express no opinion as to the effect of the laws of any other "
        "jurisdiction.\n\nVery truly yours,\n\nPike & Hollow LLP\n"
    )
    assert r.laws.value == ["Texas", "Oklahoma"]
    assert _spans_text(doc, r, "laws") == ["Texas", "Oklahoma"]


def test_law_the_letter_says_it_speaks_on() -> None:
    """No law paragraph and no law in the opinion: the law the letter says it covers."""
    _, r = _extract(
        OPENING + "We have acted as Maryland counsel to Granite Shoals Trust, a Maryland real "
        "estate investment trust (the \"Trust\"), in connection with certain matters of "
        "Maryland law arising out of the registration of its common shares.\n\n"
    )
    assert r.laws.value == ["Maryland"]
    _, r = _extract(
        "Granite Shoals Limited\n\nThis opinion as to Cayman Islands law is addressed to you "
        "in connection with the filing by the Company of a registration statement on Form F-3."
    )
    assert r.laws.value == ["Cayman Islands"]


def test_conclusions_announced_as_conclusions_reached() -> None:
    _, r = _extract(
        OPENING + "I have reached the following conclusions regarding the offering:\n\n"
        "1. Granite Shoals Corp. is a duly organized Texas corporation.\n\n"
        "2. The 250,000 shares of common stock held by the selling holders are legally issued, "
        "fully paid and non-assessable. I am also of the opinion that the shares will remain so."
    )
    assert r.opinion_terms.value == ["legally issued", "fully paid", "nonassessable"]
    assert r.opinions[0].text.startswith("I have reached the following conclusions")


def test_a_fragment_that_starts_in_the_numbered_conclusions() -> None:
    """The first page is lost: the conclusions on the issuer count, and the law and place
    they name."""
    _, r = _extract(
        "HALE & ROOK LLP\n1 Harbor Plaza\nBaltimore, MD 21202\n\n"
        "1. The Company is duly formed as a real estate investment trust under the laws of the "
        "State of Maryland and is in good standing.\n\n"
        "2. The Common Shares, when issued against payment as the Registration Statement "
        "describes, will be validly issued, fully paid and nonassessable.\n\n"
        "Very truly yours,\n\nHale & Rook LLP\n"
    )
    assert r.opinion_terms.value == [
        "validly issued", "fully paid", "nonassessable", "good standing",
    ]  # fmt: skip
    assert r.issuer_jurisdiction.value == "Maryland"
    assert r.laws.value == ["Maryland"]


def test_a_tail_that_starts_at_the_opinion_paragraph() -> None:
    _, r = _extract(
        "Based on the foregoing, we are of the opinion that the Notes have been duly authorized "
        "and, when authenticated by the Trustee and paid for, will constitute valid and binding "
        "obligations of the Company.\n\n"
        "We consent to the filing of this opinion as Exhibit 5.1 to the Registration Statement.\n"
    )
    assert r.opinion_terms.value == ["duly authorized", "binding obligations"]


def test_authorization_inside_a_when_clause_is_a_condition() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp.\n\n"
        "We are of the opinion that when (a) the Board has taken all necessary corporate action "
        "to approve the terms of the offering, and (b) the issuance of the Shares has been duly "
        "authorized by all necessary corporate action, the Shares will be validly issued, fully "
        "paid and non-assessable."
    )
    assert r.opinion_terms.value == ["validly issued", "fully paid", "nonassessable"]
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp.\n\n"
        "Based upon the foregoing, it is our opinion that the Shares have been duly authorized "
        "and, when issued as the Plan provides, will be validly issued, fully paid and "
        "non-assessable."
    )
    assert r.opinion_terms.value[0] == "duly authorized"


def test_countries_named_by_their_adjective() -> None:
    _, r = _extract(
        OPENING + "We have acted as Israeli counsel to Orchard Vale Ltd., an Israeli corporation "
        "(the \"Company\"), in connection with certain matters of Dutch and Israeli law."
    )
    assert r.issuer_jurisdiction.value == "Israel"
    assert r.laws.value == ["Netherlands", "Israel"]


def test_issuer_names_in_awkward_places() -> None:
    doc, r = _extract(
        "14 March 2011\nBramble Holdings N.V.\nKeizersgracht 12\n1015 CS Amsterdam\nThe "
        "Netherlands\nDear Sirs,\nBramble Holdings N.V. (the \"Issuer\") - Registration Statement "
        "on Form S-8\nWe have acted as Dutch counsel to the Issuer in connection with the "
        "Registration Statement."
    )
    assert r.issuer_name.value == "Bramble Holdings N.V."
    assert _spans_text(doc, r, "issuer_name") == ["Bramble Holdings N.V."]
    _, r = _extract(
        OPENING + "We have acted as counsel to Bramble Tools, Incorporated, an Ohio corporation, "
        "in connection with its Registration Statement on Form S-3."
    )
    assert r.issuer_name.value == "Bramble Tools, Incorporated"
    assert r.issuer_jurisdiction.value == "Ohio"


def test_fragment_words_that_are_not_the_issuer() -> None:
    """A list mark before "The Company", a statute, a document, a word cut off at the end."""
    _, r = _extract(
        "1. The Company is duly organized under the Canada Business Corporations Act and is "
        "validly existing. The Declaration of Trust has been duly adopted.\n\n2. The Shares will "
        "be validly issued, fully paid and non-assessable obligations of the Co"
    )
    assert r.issuer_name.value is None


def test_letterhead_descriptor_roster_and_allied_offices() -> None:
    body = (
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp.\n"
    )
    _, r = _extract("HALE & ROOK\nA PROFESSIONAL ASSOCIATION\nSUITE 200\n\n" + body)
    assert r.counsel_name.value == "HALE & ROOK"
    _, r = _extract("Jane Q. Doe\nPike Law Group\n\n" + body)
    assert r.counsel_name.value == "Pike Law Group"
    _, r = _extract("HALE & ROOK LLP\nLONDON\nMEXICO CITY\nALLIANCE WITH\nORTIZ & VEGA\n\n" + body)
    assert r.counsel_name.value == "HALE & ROOK LLP"
    # The firm as it signs keeps its descriptor; typist's initials after it are not part of it.
    _, r = _extract(body + "\nVery truly yours,\n\nHALE & ROOK\nA Professional Corporation\n")
    assert r.counsel_name.value == "HALE & ROOK A Professional Corporation"
    _, r = _extract(body + " Very truly yours, HALE & ROOK AB/CD/EF")
    assert r.counsel_name.value == "HALE & ROOK"


def test_share_counts_of_equal_tranches_par_before_class_and_included_options() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "registration of (i) an aggregate of 400,000 shares of common stock issuable under the "
        "2012 Plan and (ii) an aggregate of 400,000 shares of common stock issuable under the "
        "2019 Plan."
    )
    assert r.share_count.value == 800_000
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Ltd. in connection with the "
        "registration of up to 2,500,000 US$0.001 par value Ordinary Shares of the Company."
    )
    assert (r.share_count.value, r.security.value) == (2_500_000, "ordinary shares")
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. The Registration Statement "
        "relates to the offering of the following:\n\n(A) 1,150,000 units (the \"Units\"), "
        "which includes 150,000 Units subject to the underwriters' over-allotment option, each "
        "Unit consisting of one share of common stock and one warrant."
    )
    assert r.share_count.value == 1_150_000


def test_filing_date_around_today_an_amendment_today_and_a_dated_instrument() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "Registration Statement on Form S-8 to be filed on or around the date of this opinion."
    )
    assert r.filing_date.value == "2011-03-03"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. with respect to its filing on "
        "the date hereof of Post-Effective Amendment No. 2 to its Registration Statement on "
        "Form S-3 (the \"Registration Statement\")."
    )
    assert r.filing_date.value == "2011-03-03"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals N.V. as to (i) the registration "
        "statement on Form F-4 to be filed by you with the Securities and Exchange Commission "
        "and (ii) the prospectus under Directive 2003/71/EC of the Council of 4 November 2003 "
        "to be filed with the Dutch regulator."
    )
    assert r.filing_date.value is None


def test_llc_interests_and_preferred_stock_named_by_its_rate() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Energy LLC, a Delaware limited "
        "liability company, in connection with the registration of its limited liability "
        "company interests."
    )
    assert r.security.value == "limited liability company interests"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Realty Trust in connection with the "
        "offering of its 7 1/4% Series B Cumulative Redeemable Preferred Stock."
    )
    assert r.security.value == "7 1/4% series b cumulative redeemable preferred stock"


def test_plan_names_repeated_as_their_own_term_or_ending_in_subsidiaries() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "registration of 500,000 shares issuable under the Company's 2021 Stock Option Plan "
        "(the \"2021 Stock Option Plan\")."
    )
    assert r.plans.value == ["2021 Stock Option Plan"]
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "registration of shares issuable under the 2006 Stock Purchase and Option Plan for Key "
        "Employees of Granite Shoals and its Subsidiaries (the \"Key Plan\"). Shares under the "
        "2006 Stock Purchases and Option Plan for Key Employees of Granite Shoals and its "
        "Subsidiaries may also be delivered."
    )
    assert r.plans.value == [
        "2006 Stock Purchase and Option Plan for Key Employees of Granite Shoals and its "
        "Subsidiaries"
    ]


def test_a_disclaimer_in_the_sentence_after_the_consent() -> None:
    doc, r = _extract(
        OPENING + "We are of the opinion that the Shares are validly issued.\n\nWe consent to the "
        "filing of this opinion as Exhibit 5.1 to the Registration Statement. We do not thereby "
        "admit that we are experts within the meaning of Section 7 of the Act."
    )
    assert r.section7_disclaimer.value is True
    assert [doc[s] for s in r.section7_disclaimer.spans] == ["admit that we are experts"]


def test_role_with_an_abbreviation_euro_nominal_value_and_conceding_no_expertise() -> None:
    _, r = _extract(
        OPENING + "We have acted as U.S. securities counsel to Granite Shoals N.V., a Dutch "
        "public company, in connection with 1,000,000 ordinary shares, nominal value of "
        "EUR 0.05 each.\n\nWe consent to the filing of this opinion as Exhibit 5.1 to the "
        "Registration Statement. In giving this consent, we do not thereby concede that we come "
        "within the category of persons whose consent is required under Section 7 of the Act."
    )
    assert r.counsel_role.value == "u.s. securities counsel"
    assert r.par_value.value == "0.05"
    assert r.section7_disclaimer.value is True


def test_shelf_history_is_not_a_post_effective_amendment_and_a_fragment_has_no_date() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "Registration Statement on Form S-3, which constituted post-effective amendment number "
        "1 to its earlier registration statement, and the offering of 300,000 shares."
    )
    assert r.post_effective.value is False
    _, r = _extract(
        "(iii) a certificate of good standing of the Company issued on April 30, 2015; and\n"
        "(iv) the resolutions of the Board of Directors of the Company."
    )
    assert r.date.value is None


def test_plan_names_in_a_list_with_of_the_and_under_a_two_line_re_block() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with shares "
        "issuable under any of the following plans: (i) Granite Shoals Corp. 2015 Equity "
        "Incentive Plan; (ii) the Bank of the Hills 2001 Stock Option Plan; and (iii) the "
        "Employee 401 (k) Plan of Granite Shoals."
    )
    assert r.plans.value == [
        "Granite Shoals Corp. 2015 Equity Incentive Plan",
        "Bank of the Hills 2001 Stock Option Plan",
        "Employee 401 (k) Plan of Granite Shoals",
    ]
    _, r = _extract(
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
        "RE: Granite Shoals Corp.\n2011 Stock Incentive Plan\n\nLadies and Gentlemen:\n\n"
        "We have acted as counsel to Granite Shoals Corp. in connection with 250,000 shares "
        "issuable under the Company's 2011 Stock Incentive Plan."
    )
    assert r.plans.value == ["2011 Stock Incentive Plan"]


def test_flattened_letter_to_the_members_of_the_board() -> None:
    _, r = _extract(
        "March 3, 2001 Granite Shoals Bancorp, Inc. 10 Main Street Dayton, Ohio 45402 Members of "
        "the Board: We have acted as counsel to Granite Shoals Bancorp, Inc. (the \"Corporation\") "
        "in connection with the registration of up to 500,000 common shares, without par value, "
        "of the Corporation under its 2001 Stock Option Plan."
    )
    assert r.counsel_role.value == "counsel"
    assert (r.share_count.value, r.security.value, r.par_value.value) == (
        500_000, "common shares", "none",
    )  # fmt: skip


def test_offshore_opinions_heading_dutch_law_scope_and_named_classes() -> None:
    _, r = _extract(
        OPENING + "We have acted as Bermuda counsel to Granite Shoals Ltd. We give the following "
        "opinions on the basis of the assumptions set out in Schedule 2.\n\nOPINIONS\n1. "
        "Incorporation and Status: The Company is an exempted company incorporated with limited "
        "liability and existing under the laws of Bermuda and is in good standing.\n\n2. "
        "Validity: The Shares, when issued and paid for, will be validly issued, fully paid and "
        "non-assessable."
    )
    assert r.opinion_terms.value == [
        "validly issued", "fully paid", "nonassessable", "good standing",
    ]  # fmt: skip
    assert r.laws.value == ["Bermuda"]
    _, r = _extract(
        OPENING + "This opinion letter sets out our opinion on certain matters of the laws with "
        "general applicability of the Netherlands as at today's date."
    )
    assert r.laws.value == ["Netherlands"]
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Partners, L.P. in connection with "
        "the registration of its subordinated units."
    )
    assert r.security.value == "subordinated units"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "Series A Noncumulative Convertible Perpetual Preferred Stock."
    )
    assert r.security.value == "series a noncumulative convertible perpetual preferred stock"


def test_issuer_named_by_its_own_short_name_among_merger_parties() -> None:
    _, r = _extract(
        OPENING + "Ashford Financial, Inc. (\"Ashford\") has entered into an Agreement and Plan of "
        "Merger by and among Ashford, The Milltown Bank (\"TMB\"), a New Hampshire bank, and "
        "Lakes Bancorp, Inc. (\"LBI\"). Each share of LBI common stock will be converted into "
        "shares of common stock of Ashford."
    )
    assert r.issuer_name.value == "Ashford Financial, Inc."


def test_british_and_australian_letter_conventions() -> None:
    """An unpunctuated "Dear Sirs", a company number after the name, an ADS ratio."""
    _, r = _extract(
        "3 March 2020\n\nGranite Shoals Limited\n1 George Street\nSydney NSW 2000\n\nDear Sirs\n\n"
        "1 We act as Australian counsel for Granite Shoals Limited ACN 123 456 789, a company "
        "incorporated in Australia (the Company), in connection with the registration of "
        "1,500,000 American Depositary Shares, each representing 10 ordinary shares."
    )
    assert r.salutation is not None and r.salutation.text == "Dear Sirs"
    assert r.issuer_name.value == "Granite Shoals Limited"
    assert r.issuer_jurisdiction.value == "Australia"
    assert r.share_count.value == 1_500_000


def test_issuer_names_with_a_country_in_brackets_or_p_l_c() -> None:
    _, r = _extract(
        OPENING + "We have acted as Luxembourg counsel to Granite Shoals (Luxembourg) S.A. in "
        "connection with the Registration Statement."
    )
    assert r.issuer_name.value == "Granite Shoals (Luxembourg) S.A."
    _, r = _extract(
        OPENING + "We have acted as Irish counsel to Granite Shoals Bank, p.l.c. in connection "
        "with the Registration Statement."
    )
    assert r.issuer_name.value == "Granite Shoals Bank, p.l.c."


def test_par_in_words_and_pence_states_of_australia_and_continued_companies() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with 90,000 "
        "shares of its common stock, par value one dollar ($1.00) per share."
    )
    assert r.par_value.value == "1.00"
    _, r = _extract(
        OPENING + "We have acted as English counsel to Granite Shoals plc in connection with "
        "2,000,000 of the Company's ordinary shares of 25p each."
    )
    assert r.par_value.value == "0.25"
    _, r = _extract(
        OPENING + "We have acted as Ontario counsel to Granite Shoals Inc., a corporation "
        "amalgamated under the Business Corporations Act (Ontario), in connection with its "
        "common shares.\n\nOur opinion is limited to the laws of New South Wales."
    )
    assert r.issuer_jurisdiction.value == "Ontario"
    assert r.laws.value == ["New South Wales"]


def test_file_number_of_an_earlier_filing_is_not_the_letters() -> None:
    _, r = _extract(
        OPENING + "We have examined the Certificate of Incorporation of Granite Shoals Corp., "
        "filed as Exhibit 3.1 to the Company's Registration Statement on Form S-1 (File No. "
        "33-41176), in connection with the Registration Statement on Form S-8."
    )
    assert r.file_number.value is None


def test_english_share_schemes_and_plc_plan_names() -> None:
    _, r = _extract(
        OPENING + "We have acted as English counsel to Granite Shoals plc in connection with "
        "ordinary shares issuable under the Granite Shoals plc 2016 Executive Share Option Scheme "
        "and the Scheme of Arrangement described in the Registration Statement."
    )
    assert r.plans.value == ["Granite Shoals plc 2016 Executive Share Option Scheme"]


def test_letterhead_placeholder_naming_a_lawyer_and_title() -> None:
    _, r = _extract(
        "[Letterhead of Pat Q. Doe, Counsel to Granite Shoals Corp.]\n\n"
        + OPENING
        + "I am counsel to Granite Shoals Corp. and I have examined its Certificate of "
        "Incorporation."
    )
    assert r.counsel_name.value == "Pat Q. Doe"


def test_class_units_partnership_act_and_grand_duchy() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Partners, L.P. in connection with "
        "the registration of its Class B Units.\n\nWe are of the opinion that the Class B Units "
        "have been duly authorized and validly issued under the Delaware Revised Uniform "
        "Limited Partnership Act."
    )
    assert r.security.value == "class b units"
    assert r.laws.value == ["Delaware"]
    _, r = _extract(
        OPENING + "This opinion is given on certain matters of the laws of the Grand Duchy of "
        "Luxembourg as at today's date."
    )
    assert r.laws.value == ["Luxembourg"]


def test_issuer_address_line_above_its_name_is_not_part_of_it() -> None:
    _, r = _extract(
        "3 March 2020\n\nGranite Shoals plc\nSouth County Park\nDublin 18 Ireland\nGranite Shoals "
        "plc (the \"Company\")\n\nDear Sirs\n\nWe act as Irish counsel for the Company in "
        "connection with its registration statement on Form S-8."
    )
    assert r.issuer_name.value == "Granite Shoals plc"


def test_year_in_a_name_enumerated_roles_lowercase_amendment_and_us_firm() -> None:
    _, r = _extract(
        OPENING + "We have acted as (i) counsel to Granite Shoals Corp. and (ii) special counsel "
        "to its subsidiaries in connection with a post-effective amendment (the \"Amendment\") "
        "to its registration statements on Form S-8 covering (1) 100,000 shares issuable under "
        "the 2021 Plan and (2) 400,000 shares issuable under the 2023 Plan (together with the "
        "2021 Plan Shares, the \"Shares\").\n\nVery truly yours,\n\nHale Rook LLP (US)\n"
    )
    assert r.counsel_role.value == "counsel"
    assert r.post_effective.value is True
    assert r.share_count.value == 500_000
    assert r.counsel_name.value == "Hale Rook LLP (US)"


def test_spac_units_take_the_par_of_their_share_and_lp_units() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Acquisition Corp. in connection with "
        "the registration of 20,000,000 units, each consisting of one Class A ordinary share, "
        "par value $0.0001, and one-half of one redeemable warrant."
    )
    assert (r.share_count.value, r.security.value, r.par_value.value) == (
        20_000_000, "units", "0.0001",
    )  # fmt: skip
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Pipeline, L.P. in connection with "
        "the offering of its limited partnership units."
    )
    assert r.security.value == "limited partnership units"


def test_a_later_chunk_of_assumptions_and_numbered_opinions() -> None:
    """A letter that starts mid-way: assumed facts are not conclusions or the law covered; the
    numbered opinions that follow are."""
    _, r = _extract(
        "We have assumed:\n\n(a) that the Escrow Deed will constitute a valid and binding "
        "obligation of each party to it; and\n\n(b) that no law of any jurisdiction other than "
        "Bermuda has any bearing on the opinions, as certified by the Department of Assessments "
        "of the State of Maryland.\n\n5. When the Board has approved the issue, the Depositary "
        "Shares will be duly authorized, validly issued, fully paid and nonassessable.\n"
    )
    assert r.opinion_terms.value == [
        "duly authorized", "validly issued", "fully paid", "nonassessable",
    ]  # fmt: skip
    assert r.laws.value == []
    assert r.issuer_name.value is None


def test_filing_registered_around_today_and_counsel_named_in_the_consent() -> None:
    _, r = _extract(
        OPENING + "We have acted as Cayman Islands counsel to Granite Shoals Ltd. in connection "
        "with the registration statement on Form F-3 registered with the SEC on or around the "
        "date of this opinion.\n\nWe consent to the filing of this opinion as Exhibit 5.1 and "
        "to the references to Pike & Hollow LLP under the caption \"Legal Matters\"."
    )
    assert r.filing_date.value == "2011-03-03"
    assert r.counsel_name.value == "Pike & Hollow LLP"


def test_rights_as_a_security_and_as_a_word() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. The documents include a waiver "
        "of rights under any usury law.\n\nWe are of the opinion that the Notes will be valid "
        "and binding obligations of the Company."
    )
    assert r.security.value == "notes"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "distribution of its transferable subscription rights."
    )
    assert r.security.value == "transferable subscription rights"


def test_jurisdiction_in_a_long_status_conclusion() -> None:
    _, r = _extract(
        "1. The Company is duly incorporated as an exempted company with limited liability and "
        "existing under the laws of Bermuda.\n\n2. The Shares will be validly issued, fully paid "
        "and non-assessable."
    )
    assert r.issuer_jurisdiction.value == "Bermuda"


def test_spans_stay_right_after_a_letter_whose_lower_case_is_longer() -> None:
    """"İ" lower-cases to two characters: sentence-level searches must keep offsets."""
    doc, r = _extract(
        OPENING + "We have acted as counsel to İzmir Holdings Inc.\n\nWe are of the opinion that "
        "the İzmir Shares will be validly issued, fully paid and non-assessable.\n\nİn "
        "addition, we consent to the filing of this opinion as Exhibit 5.1 to the Registration "
        "Statement."
    )
    terms = ["validly issued", "fully paid", "non-assessable"]
    assert _spans_text(doc, r, "opinion_terms") == terms
    assert _spans_text(doc, r, "consent") == ["filing of this opinion as Exhibit"]


def test_following_opinions_lead_in_and_bare_duly_issued_obligations() -> None:
    """ "we are of the following opinions:" opens the numbered conclusions; without any lead-in,
    "will be duly issued, valid and binding obligations" is still a conclusion."""
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. (the \"Company\") in "
        "connection with its Registration Statement on Form S-3. Based on the foregoing, we are "
        "of the following opinions:\n\n1. The Company is validly existing and in good standing "
        "under the laws of the State of Texas.\n\n2. The Notes will be valid and binding "
        "obligations of the Company.\n\nVery truly yours,\n\nPike & Hollow LLP\n"
    )
    assert r.opinion_terms.value == ["binding obligations", "validly existing", "good standing"]
    assert [p.text[:2] for p in r.opinions[1:]] == ["1.", "2."]
    _, tail = _extract(
        "the Guarantees have been duly authorized by each Guarantor. When the Notes have been "
        "authenticated by the Trustee and delivered against payment, the Notes will be duly "
        "issued, valid and binding obligations of the Company, enforceable in accordance with "
        "their terms.\n\nVery truly yours,\n\nPike & Hollow LLP\n"
    )
    assert "binding obligations" in tail.opinion_terms.value


def test_a_document_duly_authorized_as_a_numbered_conclusion() -> None:
    """ "(1) The Indenture has been duly authorized, executed and delivered" is a conclusion the
    opinion states; the same words in a "when" clause are a condition."""
    _, r = _extract(
        OPENING + 'We have acted as counsel to Granite Shoals Corp. (the "Company"). We are of the '
        "opinion that: (1) The Indenture has been duly authorized, executed and delivered by the "
        "Company; and (2) the Notes, when issued against payment, will be valid and binding "
        "obligations of the Company.\n\nVery truly yours,\n\nPike & Hollow LLP\n"
    )
    assert r.opinion_terms.value == ["duly authorized", "binding obligations"]


def test_federally_chartered_issuer_law_from_the_opinion() -> None:
    """No law paragraph: the opinion's "under the laws of the United States" is the law."""
    _, r = _extract(
        OPENING + 'We give this opinion on the Registration Statement of Granite Shoals '
        'Bancorp (the "Company") on Form S-8. From what we have seen, we advise you that, in '
        "our opinion:\n\n1. The Company is a federal corporation in existence under the laws of "
        "the United States.\n\n2. The Shares, when issued under the "
        "Plan, will be validly issued, fully paid and non-assessable.\n"
    )
    assert r.laws.value == ["United States"]


def test_cut_opinion_conclusions_on_the_issuer_and_provincial_statutes() -> None:
    """A letter whose lead-in was lost: "is duly incorporated ..., validly existing" opens the
    opinion; a Canadian statute names its province after it; a law named in an assumption is
    not the law the opinion covers."""
    _, r = _extract(
        "1. The Company is duly incorporated under the laws of the State of New York and is "
        "validly existing and in good standing.\n\n2. The Shares are legally issued, fully "
        "paid and non-assessable.\n\nVery truly yours,\n\nPike & Hollow LLP\n"
    )
    assert r.opinion_terms.value == [
        "legally issued", "fully paid", "nonassessable", "validly existing", "good standing",
    ]  # fmt: skip
    assert r.laws.value == ["New York"]
    _, described = _extract(
        "(1) The Corporation is a corporation duly organized and now validly existing under the "
        "laws of the State of Ohio.\n\n(2) The Notes will be valid and binding obligations of the "
        "Corporation.\n"
    )
    assert described.opinion_terms.value == ["binding obligations", "validly existing"]
    assert described.laws.value == ["Ohio"]
    _, canada = _extract(
        "1. When the issuance of the Shares has been duly authorized in conformity with the "
        "Business Corporations Act (Ontario), the Shares will be validly issued, fully paid and "
        "non-assessable.\n"
    )
    assert canada.laws.value == ["Ontario"]
    _, carve_out = _extract(
        "1. The Notes will be valid and binding obligations of the Company.\n\nInsofar as the "
        "foregoing opinion relates to enforceability, we have assumed that each other party "
        "has met the legal requirements that apply to it (save that we make no such assumption "
        "for the Company as to the law of the State of New York) and the opinion "
        "is subject to bankruptcy and similar laws.\n"
    )
    assert carve_out.laws.value == []


def test_fiscal_year_dates_and_amendments_to_the_statement() -> None:
    """A date after "year ended" above the letterhead is no letter date; an amendment "thereto"
    filed today is a filing of the registration statement."""
    _, r = _extract(
        "(1) Filed with the Annual Report on Form 10-K of Granite Shoals Corp. for the year ended "
        "December 31, 2004.\n\nPIKE & HOLLOW LLP\n\nMay 2, 2006\n\nGranite Shoals Corp.\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp. (the "
        '"Company") in connection with the registration statement on Form S-3, File No. '
        '333-123456 (the "Registration Statement"), and Amendment No. 2 thereto to be filed on '
        "or about the date hereof by the Company with the Securities and Exchange Commission.\n"
    )
    assert r.date.value == "2006-05-02"
    assert r.filing_date.value == "2006-05-02"
    _, undated = _extract(
        "PIKE & HOLLOW LLP\n\nRe: Registration Statement\n\nWe have acted as counsel to Granite "
        "Shoals Corp. in connection with its Registration Statement filed with the Commission "
        "on\nOctober 5, 2006, and amended on the date hereof.\n"
    )
    assert undated.date.value is None


def test_the_registrant_defined_as_the_company_wins_over_other_entities() -> None:
    """A converting bank, a merged company or counsel's employer may be named first: the
    company the letter defines as "the Company" is the issuer."""
    _, conversion = _extract(
        OPENING + 'We have acted as special counsel to Harbor Federal Savings Bank (the "Bank") '
        'and Harbor Financial Holdings, Inc., a Maryland corporation (the "Company"), in '
        "connection with the conversion of the Bank to stock form and the offering of up to "
        "800,000 shares of common stock of the Company.\n"
    )
    assert conversion.issuer_name.value == "Harbor Financial Holdings, Inc."
    assert conversion.issuer_jurisdiction.value == "Maryland"
    _, unroled = _extract(
        OPENING + "You have requested our opinion in connection with the conversion of Harbor "
        'Federal Savings Bank (the "Bank") and the offering by Harbor Financial Holdings, Inc. '
        '(the "Company"), a Maryland corporation, of up to 800,000 shares of its common stock.\n'
    )
    assert unroled.issuer_name.value == "Harbor Financial Holdings, Inc."
    assert unroled.issuer_jurisdiction.value == "Maryland"
    _, merged = _extract(
        OPENING + "We give this opinion in connection with the Registration Statement "
        'of Lakeside Bancorp (the "Company") on Form S-8. On May 1, 2010, Prairie Capital Corp. '
        '("Prairie") was merged into the Company.\n'
    )
    assert merged.issuer_name.value == "Lakeside Bancorp"
    _, in_house = _extract(
        OPENING + "In my capacity as Senior Vice President and Chief Legal Officer of Riverbend "
        'Power Company, an Oregon corporation (the "Company"), I have reviewed the Registration '
        "Statement on Form S-3.\n"
    )
    assert in_house.issuer_name.value == "Riverbend Power Company"
    assert in_house.issuer_jurisdiction.value == "Oregon"
    _, renamed = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp., a Texas corporation formerly "
        'known as Granite Quarry, Inc. (the "Company"), in connection with its Form S-8.\n'
    )
    assert renamed.issuer_name.value == "Granite Shoals Corp."
    _, short = _extract(
        OPENING + 'This opinion concerns the Registration Statement of Oak Hill Financial, Inc. '
        '("Oak Hill") on Form S-4. We are counsel for Oak Hill and have participated in its '
        "preparation.\n"
    )
    assert short.issuer_name.value == "Oak Hill Financial, Inc."


def test_jurisdiction_wordings_of_trusts_and_federal_charters() -> None:
    _, domiciled = _extract(
        OPENING + "We have served as Maryland counsel to Pinecrest REIT, a Maryland-domiciled "
        'real estate investment trust (the "Company"), in connection with its Form S-11.\n'
    )
    assert domiciled.issuer_jurisdiction.value == "Maryland"
    _, trade_name = _extract(
        OPENING + "We have served as counsel to Meadow Realty Trust, d/b/a Meadow Apartments "
        'Trust, a North Dakota real estate investment trust (the "Trust"), in connection with '
        "its Form S-3.\n"
    )
    assert trade_name.issuer_jurisdiction.value == "North Dakota"
    _, federal = _extract(
        OPENING + 'We give this opinion on the Registration Statement of Granite Shoals '
        'Bancorp (the "Company") on Form S-8. In our opinion:\n\n1. The Company is a '
        "corporation duly chartered and validly existing under the laws of the United "
        "States.\n"
    )
    assert federal.issuer_jurisdiction.value == "United States"


def test_documents_of_a_later_chunk_are_not_the_issuer() -> None:
    _, r = _extract(
        "(f) A form of Amended and Restated Declaration of Trust of each Trust (each, "
        'a "Declaration of Trust" and jointly, the "Declarations of Trust"), to be entered into '
        "among the trustees and the holders.\n\nFor purposes of this opinion, we have assumed "
        "that each Trust Agreement and each Certificate is in full force and effect.\n"
    )
    assert r.issuer_name.value is None


def test_letterhead_placeholders_logos_and_bracketed_countries() -> None:
    """Placeholders EDGAR text puts for a letterhead or a logo name the firm (a logo's short
    name completed from a caption); an issuer's logo over an in-house letter does not."""
    body = (
        "March 3, 2011\n\nGranite Shoals Corp.\n\nLadies and Gentlemen:\n\nWe have acted as "
        "counsel to Granite Shoals Corp. in connection with its Form S-8.\n"
    )
    _, on = _extract("[ON HARTWELL, KING & DOYLE, LLC LETTERHEAD]\n\n" + body)
    assert on.counsel_name.value == "HARTWELL, KING & DOYLE, LLC"
    _, logo = _extract(
        "OPINION OF HARTWELL & KING L.L.P. - RE LEGALITY\n\n[HARTWELL & KING LOGO APPEARS HERE]"
        "\n\n" + body
    )
    assert logo.counsel_name.value == "HARTWELL & KING L.L.P."
    _, part = _extract("OPINION OF HARTWELL & KING L.L.P.\n\n[KING LOGO]\n\n" + body)
    assert part.counsel_name.value == "HARTWELL & KING L.L.P."  # not "KING L.L.P."
    _, country = _extract("Lindqvist (Canada) LLP\n1 Bay Street\nToronto\n\n" + body)
    assert country.counsel_name.value == "Lindqvist (Canada) LLP"
    _, in_house = _extract(
        "(GRANITE LOGO)\n\nMarch 3, 2011\n\nGranite Shoals Corp.\n\nLadies and Gentlemen:\n\n"
        "As Executive Vice President, Chief Legal and Compliance Officer of Granite "
        'Shoals Corp. (the "Company"), I have reviewed the Registration Statement.\n\nVery truly '
        "yours,\n\n/s/ Pat Quarry\nPat Quarry\n"
    )
    assert in_house.counsel_name.value == "Pat Quarry"  # the lawyer who signs, not the logo
    role = "executive vice president, chief legal and compliance officer"
    assert in_house.counsel_role.value == role


def test_share_count_tranches_in_brackets_additional_options_and_upper_figures() -> None:
    """A bracketed "including" part ends with its bracket; an "additional" over-allotment
    tranche is its own; "(920,000 shares if the range is increased)" is the offering's upper
    figure, not a further tranche."""
    _, units = _extract(
        OPENING + "The Registration Statement relates to the offer and sale by the Partnership "
        "of up to 2,000,000 common units (including an option for up to 300,000 additional "
        "common units to cover over-allotments) and by certain selling unitholders of 500,000 "
        "common units."
    )
    assert units.share_count.value == 2_500_000
    _, extra = _extract(
        OPENING + "The Registration Statement covers up to 5,000,000 common shares to be sold by "
        "the Company, plus an additional up to 750,000 common shares the underwriters may buy "
        "under their over-allotment option."
    )
    assert extra.share_count.value == 5_750_000
    _, conversion = _extract(
        OPENING + "The Registration Statement relates to the offering by the Company of up to "
        "800,000 shares of its common stock (920,000 shares if the estimated valuation range is "
        "increased by 15%)."
    )
    assert conversion.share_count.value == 920_000
    _, later = _extract(
        OPENING + "The Registration Statement relates to 1,000,000 shares of common stock. It also "
        "registers the offering of shares issuable on exercise of warrants (250,000 shares if "
        "the warrants are exercised in full)."
    )
    assert later.share_count.value == 1_250_000


def test_non_transferable_rights_keep_their_prefix() -> None:
    _, r = _extract(
        OPENING + "We have served as counsel to Granite Shoals Corp. in connection with the "
        'issuance of (a) non-transferable subscription rights (the "Rights") to purchase shares '
        "of its common stock and (b) the shares issuable upon exercise of the Rights."
    )
    assert r.security.value == "non-transferable subscription rights"


def test_letterhead_names_over_a_label_and_bracketed_two_word_places() -> None:
    """A name with no suffix over "Attorneys and Counselors at Law" is the firm; a type line's
    firm may carry a two-word place in brackets."""
    body = (
        "April 7, 2005\n\nGranite Shoals Corp.\n\nLadies and Gentlemen:\n\nWe have acted as "
        "counsel to Granite Shoals Corp. in connection with its Form S-8.\n"
    )
    _, labelled = _extract(
        "HARLOW AND PIKE\n\nATTORNEYS AND COUNSELORS AT LAW\n\n100 Main Street\nReno, Nevada\n\n"
        + body
    )
    assert labelled.counsel_name.value == "HARLOW AND PIKE"
    _, bracketed = _extract(
        "OPINION OF HARBOUR AND QUAY (HONG KONG) LLP AS TO THE LEGALITY OF THE SHARES\n\n" + body
    )
    assert bracketed.counsel_name.value == "HARBOUR AND QUAY (HONG KONG) LLP"


def test_form_glued_to_its_neighbours_and_amended_by_a_post_effective_amendment() -> None:
    _, glued = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "Resale Registration Statement onForm S-3 relating to 100,000 shares."
    )
    assert glued.form.value == "S-3"
    _, amended = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "Registration Statement on Form S-8, as amended by the Post-Effective Amendment filed "
        "today, relating to 100,000 shares."
    )
    assert amended.post_effective.value is True


def test_issuer_after_its_securities_and_brands_in_lower_case() -> None:
    _, after = _extract(
        OPENING + "This opinion concerns the registration of 50,000 shares of Common Stock of "
        "Lantern Optics Corporation, a New Jersey corporation, on Form S-8."
    )
    assert after.issuer_name.value == "Lantern Optics Corporation"
    assert after.issuer_jurisdiction.value == "New Jersey"
    _, brand = _extract(
        OPENING + "We have acted as Cayman Islands counsel to qTrek Holdings Limited, an exempted "
        'company incorporated in the Cayman Islands (the "Company").'
    )
    assert brand.issuer_name.value == "qTrek Holdings Limited"
    _, glued = _extract(
        OPENING + "We have acted as counsel toGranite Shoals Corp. in connection with its Form S-8."
    )
    assert glued.issuer_name.value == "Granite Shoals Corp."


def test_share_count_years_glued_figures_and_a_breakdown_in_the_next_sentence() -> None:
    """A year after a month is no amount; "9,000,000shares" is one; "The Registrable Shares
    consist of (i) ... (ii) ..." after "Regulation S-K." breaks the amount already read into
    parts."""
    _, year = _extract(
        OPENING + "The Registration Statement relates to 100,000 shares of Class A Common Stock "
        "issuable under the Plan. We have examined minutes of a meeting of the Board held on "
        "July 11, 2000 at which the Shares were reserved for issuance under the Plan."
    )
    assert year.share_count.value == 100_000
    _, glued = _extract(
        OPENING + "The Registration Statement relates to the resale of 9,000,000shares of common "
        "stock of Granite Shoals Corp."
    )
    assert glued.share_count.value == 9_000_000
    _, parts = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. with respect to the resale of "
        'up to 1,200,000 shares (the "Registrable Shares") of its common stock by the selling '
        "stockholders. This letter is rendered under Item 601(b)(5) of Regulation S-K. The "
        "Registrable Shares consist of (i) 700,000 shares issuable on the exercise of warrants "
        "and (ii) 500,000 outstanding shares."
    )
    assert parts.share_count.value == 1_200_000


def test_filing_of_post_effective_amendments_to_the_statement_today() -> None:
    """The statement's own post-effective amendments, filed "on or about the date hereof"
    after their long description, date the filing."""
    _, r = _extract(
        OPENING + "We are counsel to you for your filing of Post-Effective Amendment No. 3 to "
        "Registration Statement on Form S-8 (No. 333-901234) and Post-Effective Amendment No. 1 "
        'to Registration Statement on Form S-8 (together, the "Amendments") under the Securities '
        "Act of 1933, as amended, which will take place on or about the date hereof, covering "
        "shares of common stock of Granite Shoals Corp."
    )
    assert r.filing_date.value == "2011-03-03"


def test_issuer_name_in_another_script_written_on_after_the_english() -> None:
    _, r = _extract(
        OPENING + "We have acted as Cayman Islands legal advisers to Jade River Group Co. "
        'Limited玉河集团有限公司 (the "Company") in connection with its Form F-1.'
    )
    assert r.issuer_name.value == "Jade River Group Co. Limited"


def test_law_paragraph_based_solely_upon_a_states_laws() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. Based on the foregoing, we are "
        "of the opinion that the Shares will be validly issued, fully paid and non-assessable."
        "\n\nThis opinion is based solely upon the laws of the State of Iowa.\n"
    )
    assert r.laws.value == ["Iowa"]
    assert r.law_paragraph is not None and "based solely" in r.law_paragraph.text


def test_body_without_salutation_starts_at_a_short_role_line() -> None:
    """No salutation and no blank line: the letter's first sentence may sit on a short line
    right under the address."""
    _, r = _extract(
        "June 7, 2010\nGranite Shoals Corp\n600 South Main Street\nCanton, Ohio 44720\n"
        "We have acted as counsel to Granite\nShoals Corp, an Ohio corporation (the \"Company\"), "
        "in connection with its Registration Statement on Form S-8 to register 2,000,000 common "
        "shares.\nIn connection with rendering this opinion, we have examined the Plan.\n"
    )
    assert r.counsel_role.value == "counsel"
    assert r.share_count.value == 2_000_000


def test_role_after_the_company_possessive() -> None:
    _, r = _extract(
        OPENING + "We have acted as the Company's British Virgin Islands legal advisers for the "
        "Form F-1 of Granite Shoals Ltd."
    )
    assert r.counsel_role.value == "british virgin islands legal advisers"


def test_listed_documents_keep_words_that_end_like_a_conjunction() -> None:
    """A trailing "and" is cut from an item of the documents reviewed, not the end of
    "Maryland"."""
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. In connection with this "
        "opinion, we have examined:\n(a) the Articles of Incorporation filed in Maryland;\n(b) "
        "the Bylaws of the Company; and\n(c) the Plan.\n\nBased on the foregoing, we are of the "
        "opinion that the Shares will be validly issued, fully paid and non-assessable."
    )
    assert [p.text for p in r.documents_reviewed] == [
        "the Articles of Incorporation filed in Maryland", "the Bylaws of the Company", "the Plan",
    ]  # fmt: skip


def test_items_of_a_cut_list_of_assumptions_are_not_the_opinion() -> None:
    """A later part of an offshore letter: "(f) that the Documents will constitute the legal,
    valid and binding obligations of the parties" is an assumption whose lead-in is cut off."""
    _, r = _extract(
        "(e) that each party has the capacity to enter into the Documents;\n(f) that the "
        "Documents will be legal, valid and binding obligations of every party to them under "
        "the laws that govern them;\n(g) that there are no "
        "provisions of the laws of any jurisdiction other than Bermuda which would affect the "
        "opinions expressed herein.\n"
    )
    assert r.opinion_terms.value == []
    assert r.opinions == []
    assert r.laws.value == []  # "other than Bermuda" is assumed, not the law covered


def test_plan_named_with_its_rules() -> None:
    _, r = _extract(
        OPENING + "The Registration Statement relates to 50,000 shares issuable under the Granite "
        'Shoals Ltd. 2001 Share Option Plan Rules (the "Plan").'
    )
    assert r.plans.value == ["Granite Shoals Ltd. 2001 Share Option Plan Rules"]


def test_a_lawyers_contact_block_is_not_the_issuer() -> None:
    """Only a page's top survives: the partner's name over a direct-dial line is no company."""
    _, r = _extract(
        "Exhibit 5.2\n\nMartin R. Quarry\nDirect Dial: 212.555.0100\nquarry@example.com\n\n"
        "Re:\n\nRegistration Statement on Form S-3\n\n(a) the Registration Statement;\n\n"
        "(b) the Indenture;\n"
    )
    assert r.issuer_name.value is None


def test_re_alone_on_its_line_heads_the_subject() -> None:
    """Continental letters set "RE" on a line of its own, the subject below it."""
    _, r = _extract(
        "To:\n\nGranite Shoals N.V.\n\nRE\n\nDutch law opinion - Granite Shoals N.V. - Offering "
        "of 2,500,000 Ordinary Shares\n\nAmsterdam, 1 July 2019\n\nDear Sir, Madam,\n\nWe have "
        "acted as special counsel on certain matters of Dutch law to the Company.\n"
    )
    assert r.share_count.value == 2_500_000
    assert r.security.value == "ordinary shares"


def test_state_corporation_described_and_par_after_the_issuers_name() -> None:
    """ "Acme Ltd. (the "Company") is a duly organized and existing Nevada state corporation";
    the par value after "of Acme Bancshares, Inc. (the "Company"), " still belongs to the class
    named before the issuer (the period of "Inc." ends no sentence)."""
    _, state = _extract(
        "I have reached the following conclusions regarding the offering:\n\n1. GRANITE SHOALS "
        'LTD. (the "Company") is a duly and properly organized and existing Nevada state '
        "corporation, with its office in Carson City.\n"
    )
    assert state.issuer_jurisdiction.value == "Nevada"
    _, par = _extract(
        OPENING + "This opinion concerns the Registration Statement under which 150,000 shares "
        'of Class A common stock of Granite Shoals Bancshares, Inc. (the "Company"), par value '
        "$2.00 per share, are to be registered under the Company's Stock Option Plan."
    )
    assert par.par_value.value == "2.00"


def test_firm_name_broken_over_two_signature_lines_above_a_per_signer() -> None:
    html = (
        "<html><body><p>March 3, 2011</p><p>Ladies and Gentlemen:</p><p>We have acted as "
        "counsel to Granite Shoals Corp. in connection with its Form S-8.</p><p>Yours truly,<br>"
        "Quarry<br>Corporate and Mining law<br>Per: /s/<br>Pat Quarry<br>Barrister and "
        "Solicitor</p></body></html>"
    )
    r = extract(_read(html, name="letter.htm"))
    assert r.counsel_name.value == "Quarry Corporate and Mining law"


def test_a_blacked_out_firm_name_is_no_name() -> None:
    """Published copies black out names with X's: a letterhead or signature so redacted names
    nobody."""
    _, bracketed = _extract(
        "[LETTERHEAD OF XXXXXXX, QUARRY & XXXX LLP]\n\nAugust 6, 1997\n\nXxxxxxxx Financial, Inc."
        "\n\nLadies and Gentlemen:\n\nWe have acted as counsel to the Company.\n"
    )
    assert bracketed.counsel_name.value is None
    _, signed = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp.\n\nVery truly yours,\n\n"
        "XXXXXXXX XXXXXXX LLP\n"
    )
    assert signed.counsel_name.value is None


def test_counsels_signature_is_not_the_issuer() -> None:
    """A tail of a letter that names no company but the firm signing it."""
    _, r = _extract(
        "including this opinion as an exhibit or otherwise.\n/s/\nQUARRY, HOLLOW & PIKE, "
        "L.L.P.\n"
    )
    assert r.counsel_name.value == "QUARRY, HOLLOW & PIKE, L.L.P."
    assert r.issuer_name.value is None


def test_co_issuers_name_the_first_and_bank_and_trust_company_is_one_name() -> None:
    _, two = _extract(
        OPENING + "We have acted as counsel to Granite Finance LLC and Granite Finance Co. in "
        "connection with their Registration Statement on Form S-4."
    )
    assert two.issuer_name.value == "Granite Finance LLC"
    _, bank = _extract(
        OPENING + "We have acted as counsel to Farmers Bank and Trust Company in connection with "
        "its Registration Statement on Form S-8."
    )
    assert bank.issuer_name.value == "Farmers Bank and Trust Company"


def test_counsel_named_only_in_its_own_footer_notice() -> None:
    body = (
        OPENING + "We have acted as special counsel to Granite Shoals N.V. in connection with the "
        "registration statement on Form F-3 of the Selling Holders.\n\n"
    )
    _, r = _extract(
        body + "The public limited company Pike & Hollow N.V. is established in Utrecht and is "
        "registered with the trade register under number 1234."
    )
    assert r.counsel_name.value == "Pike & Hollow N.V."
    doc, r = _extract(body + "Hale Rook llp A Delaware limited liability partnership\nSUITE 9")
    assert r.counsel_name.value == "Hale Rook llp"
    assert _spans_text(doc, r, "counsel_name") == ["Hale Rook llp"]
    _, r = _extract(
        body + "We consent to the filing of this opinion and to the references to Marlow "
        "(Cayman) Limited's name in the prospectus."
    )
    assert r.counsel_name.value == "Marlow (Cayman) Limited"
    # A later page whose footer is the only name in it: the practice, not the issuer.
    _, r = _extract(
        "Marlow (Cayman) Limited (the Legal Practice) is a limited liability company "
        "incorporated in the Cayman Islands.\n\n1. the genuineness of all signatures on the "
        "documents we examined."
    )
    assert r.counsel_name.value == "Marlow (Cayman) Limited"
    assert r.issuer_name.value is None


def test_letterhead_line_that_is_part_of_the_firms_legal_name() -> None:
    body = (
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp.\n"
    )
    _, r = _extract("Hale Rook & Finch\nProfessional Corporation\n12 Elm Road\n\n" + body)
    assert r.counsel_name.value == "Hale Rook & Finch Professional Corporation"
    doc, r = _extract(
        "EXHIBIT 5.1\nHALE ROOK & FINCH\nA LIMITED LIABILITY LAW PARTNERSHIP LLP 12 ELM ROAD\n\n"
        + body
    )
    assert r.counsel_name.value == "HALE ROOK & FINCH A LIMITED LIABILITY LAW PARTNERSHIP LLP"
    assert _spans_text(doc, r, "counsel_name") == [r.counsel_name.value]
    # A description of the firm under its name is still left out.
    _, r = _extract("HALE & ROOK\nA PROFESSIONAL CORPORATION\nSUITE 200\n\n" + body)
    assert r.counsel_name.value == "HALE & ROOK"


def test_sole_practitioner_named_at_the_top_of_the_letterhead() -> None:
    addressee = "June 2, 2015\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
    # Over "Attorney at Law" in a letter that says "we".
    doc, r = _extract(
        "EXHIBIT 5.1\n\nPat Q. Doe\nAttorney at Law\nP.O. Box 12\n\n" + addressee
        + "Ladies and Gentlemen:\n\nWe are acting as special Nevada counsel for Granite Shoals "
        "Corp.\n"
    )
    assert r.counsel_name.value == "Pat Q. Doe"
    assert _spans_text(doc, r, "counsel_name") == ["Pat Q. Doe"]
    # The first name broken from the rest.
    _, r = _extract(
        "Exhibit 5\nPat\nQ. Doe\nAttorney at Law\n12 Elm Road\n\n" + addressee
        + "Gentlemen:\n\nI am acting as special counsel for Granite Shoals Corp.\n"
    )
    assert r.counsel_name.value == "Pat Q. Doe"
    # The same in capitals.
    _, r = _extract(
        "Exhibit 5\nPAT\nQ. DOE\nAttorney at Law\nAdmitted in Oregon and Idaho\n\n" + addressee
        + "Gentlemen:\n\nI am acting as special counsel for Granite Shoals Corp.\n"
    )
    assert r.counsel_name.value == "PAT Q. DOE"
    # The first line of the letterhead, over the address, in a first-person letter.
    _, r = _extract(
        "Exhibit 5.1\nPat Q. Doe\n12 Elm Road\nAustin, Texas 78701\n\n" + addressee
        + "Ladies and Gentlemen:\n\nI have served as counsel to Granite Shoals Corp.\n"
    )
    assert r.counsel_name.value == "Pat Q. Doe"


def test_preferred_warrant_and_warrant_shares_count_the_warrant_shares() -> None:
    _, r = _extract(
        OPENING + "We refer to the Registration Statement on Form S-3 of Granite Shoals Corp. (the "
        "\"Company\") relating to (1) 25,000 shares of the Company's Fixed Rate Cumulative "
        "Perpetual Preferred Stock, Series A (\"Preferred Stock\"), (2) a warrant to purchase "
        "410,000 shares of the Company's Common Stock, no par value (\"Warrant\"), and (3) "
        "410,000 shares of the Company's Common Stock, no par value, issuable upon exercise of "
        "the Warrant.\n"
    )
    assert r.share_count.value == 410000
    assert r.security.value == "common stock"
    assert r.par_value.value == "none"
    # Preferred shares registered with common shares of their own: both counted.
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with the registration "
        "of 25,000 shares of Series B Preferred Stock and 410,000 shares of Common Stock.\n"
    )
    assert r.share_count.value == 435000


def test_addressee_name_broken_over_two_lines_names_the_issuer() -> None:
    doc, r = _extract(
        "[Letterhead of Hale & Rook LLP]\nMay 4, 2012\nBirch\nHarbor Corporation\n10 Elm Road\n"
        "Salem, Oregon 97301\nLadies and Gentlemen:\nWe have acted as special Maryland counsel "
        "to the Company in connection with the Registration Statement on Form S-3.\n"
    )
    assert r.issuer_name.value == "Birch Harbor Corporation"
    assert _spans_text(doc, r, "issuer_name") == ["Birch Harbor Corporation"]


def test_company_defined_in_a_list_of_definitions() -> None:
    doc, r = _extract(
        "Exhibit 5.1\n\nTo:\n\nThe Board of Directors\n\nREFERENCE\n\nRE\n\nDutch law legal "
        "opinion - offering of ordinary shares\n\nAmsterdam, 1 July 2019\n\nDear Sir, Madam,\n\n"
        "We have acted as special counsel on certain matters of Dutch law to the Company. We "
        "render this opinion at its request. It relates to the offering of ordinary shares. "
        "The offering is made under the prospectus supplement. Terms are used as defined in "
        "the schedules.\n\nIn this opinion letter:\n\nBoard means the management board of the "
        "Company.\n\n"
        "Company means Tulip Harbour Holding N.V., registered with the Trade Register under "
        "number 1234.\n"
    )
    assert r.issuer_name.value == "Tulip Harbour Holding N.V."
    assert _spans_text(doc, r, "issuer_name") == ["Tulip Harbour Holding N.V."]
    # Without it, the reference line of the header names no one.
    _, r = _extract(doc.text.split("In this opinion letter")[0])
    assert r.issuer_name.value is None


def test_letterhead_firm_spelled_by_its_web_or_mail_domain() -> None:
    body = (
        "June 2, 2015\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n"
        "Ladies and Gentlemen:\nWe have acted as counsel for Granite Shoals Corp.\n"
    )
    # A brand name broken over two lines.
    doc, r = _extract("Exhibit 5.1\n\nMarsh\nKeller\n41 North Street\nwww.marshkeller.com\n" + body)
    assert r.counsel_name.value == "Marsh Keller"
    assert _spans_text(doc, r, "counsel_name") == ["Marsh Keller"]
    # Run into its address, the domain only in a partner's mail.
    _, r = _extract(
        "Exhibit 5.1\nA&L Oakes Quay Court Suite 7, 10 Market Street |\nE: | pat.roe@aloakes.com\n"
        + body
    )
    assert r.counsel_name.value == "A&L Oakes"
    # An office of the firm named among the offices is not the firm writing.
    _, r = _extract(
        "Exhibit 5.1\nLONDON\nwww.marshkeller.com\nA REPRESENTATIVE OFFICE OF MARSH KELLER\n" + body
    )
    assert r.counsel_name.value is None


def test_office_list_above_the_letterhead_firm_is_not_its_name() -> None:
    html = (
        "<html><body><p>Exhibit 5<br>BOSTON CONNECTICUT NEW JERSEY NEW YORK<br>HALE ROOK LLP<br>"
        "Attorneys at Law</p><p>June 2, 2015<br>Granite Shoals Corp.<br>1 Quarry Road</p>"
        "<p>Ladies and Gentlemen:</p><p>We have acted as counsel for Granite Shoals Corp.</p>"
        "</body></html>"
    )
    doc = _read(html, name="letter.htm")
    r = extract(doc)
    assert r.counsel_name.value == "HALE ROOK LLP"
    assert _spans_text(doc, r, "counsel_name") == ["HALE ROOK LLP"]


def test_swiss_registered_shares_and_par_value_in_francs() -> None:
    doc, r = _extract(
        "May 2, 2022\n\nEdelweiss Robotics AG\nSeestrasse 9\n8002 Zurich\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as Swiss counsel to Edelweiss Robotics AG (the "
        '"Company") in connection with the registration of up to 1,250,000 registered shares of '
        "the Company, each with a par value of CHF 0.05, issuable under the Company's Equity "
        "Incentive Plan, on Form S-8."
    )
    assert (r.share_count.value, r.security.value) == (1_250_000, "registered shares")
    assert r.par_value.value == "0.05"
    assert _spans_text(doc, r, "security") == ["registered shares"]
    _, r = _extract(
        OPENING + "We act as counsel to Granite Shoals Corp. in connection with the resale of "
        "400,000 common shares of CHF 0.40 par value each in the Company on Form F-3."
    )
    assert (r.security.value, r.par_value.value) == ("common shares", "0.40")


def test_filing_date_past_long_definitions_filed_and_effective_and_as_of_today() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its filing "
        'of a Registration Statement on Form S-3 (as it may be amended, the "Registration '
        'Statement", which term excludes the documents incorporated in it by reference) and the '
        'base prospectus forming a part of it (as amended or supplemented, the "Prospectus") '
        'with the Securities and Exchange Commission (the "SEC") on April 7, 2009.'
    )
    assert r.filing_date.value == "2009-04-07"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "registration statement on Form S-3ASR (File No. 333-200100), which was filed and "
        "automatically became effective with the Commission on February 9, 2011."
    )
    assert r.filing_date.value == "2011-02-09"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "Registration Statement on Form S-8 to be filed by the Company with the Securities and "
        'Exchange Commission (the "Commission") as of the date hereof.'
    )
    assert r.filing_date.value == r.date.value == "2011-03-03"
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "Registration Statement on Form S-8 to be filed with the Commission, and our opinion "
        "is given as of the date hereof."
    )
    assert r.filing_date.value is None


def test_post_effective_named_only_in_the_re_line_and_form_s3d() -> None:
    doc, r = _extract(
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
        "RE: Post-Effective Amendment To Registration Statement on Form S-3D\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp. in connection "
        "with its Registration Statement on Form S-3D for its dividend reinvestment plan."
    )
    assert (r.form.value, r.post_effective.value) == ("S-3D", True)
    assert _spans_text(doc, r, "form") == ["S-3D"]
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its filing "
        "of a Form S-3DPOS relating to 50,000 shares."
    )
    assert r.form.value == "S-3D"
    # The Re: line names the EDGAR type, the body the form itself.
    _, r = _extract(
        "March 3, 2011\n\nGranite Shoals Corp.\n\nRe: Registration Statement on Form S-3D\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp. in connection "
        "with its Registration Statement on Form S-3 for its dividend reinvestment plan."
    )
    assert r.form.value == "S-3"


def test_law_named_in_the_opinions_lead_in_without_a_limitation_sentence() -> None:
    _, r = _extract(
        "12 May 2021\n\nGranite Shoals Holdings\nPO Box 100\nGeorge Town\n\nDear Sirs\n\n"
        "We are lawyers qualified in the Cayman Islands and give this opinion on Granite Shoals "
        "Holdings (the Company) in connection with its registration statement on Form F-3.\n\n"
        "On the basis of the documents examined, we are of the opinion that under the laws of "
        "the Cayman Islands:\n1 The Company is duly incorporated.\n2 The Shares have been duly "
        "authorised."
    )
    assert r.laws.value == ["Cayman Islands"]


def test_jurisdiction_named_by_its_defined_abbreviation() -> None:
    doc, r = _extract(
        OPENING + "We are admitted to practise in the Republic of the Marshall Islands (the "
        '"RMI"). We have acted as RMI counsel to Granite Shoals Shipping Inc. (the "Company"), '
        "a RMI corporation, in connection with its Registration Statement on Form F-3."
    )
    assert r.issuer_jurisdiction.value == "Marshall Islands"
    assert _spans_text(doc, r, "issuer_jurisdiction") == ["RMI"]
    _, r = _extract(
        OPENING + 'We are qualified to practise law in the British Virgin Islands (the "BVI") and '
        'act as counsel to Granite Shoals Ltd. (the "Company"), a BVI business company.'
    )
    assert r.issuer_jurisdiction.value == "British Virgin Islands"


def test_caption_exhibit_no_in_capitals_joined_by_an_ampersand() -> None:
    doc, r = _extract(
        "OPINION AND CONSENT EXHIBIT NO. 5 & 23\n\n" + OPENING + "We have acted as counsel to "
        "Granite Shoals Corp. in connection with its Registration Statement on Form S-8."
    )
    assert r.exhibits.value == ["5", "23"]
    assert _spans_text(doc, r, "exhibits") == ["5", "23"]


def test_plan_named_with_its_regulation() -> None:
    _, r = _extract(
        OPENING + "The Registration Statement relates to 80,000 registered shares issuable under "
        'the Company\'s Equity Incentive Plan Regulation dated March 2021 (the "2021 Plan").'
    )
    assert r.plans.value == ["Equity Incentive Plan Regulation"]


def test_an_aggregate_and_an_additional_over_allotment_tranche() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "registration statement on Form S-1 relating to the initial public offering of an "
        "aggregate of 4,000,000 units (together with an additional 600,000 units subject to the "
        "underwriters' over-allotment option), each unit consisting of one share and one right."
    )
    assert r.share_count.value == 4_600_000


def test_post_effective_amendment_counts_its_own_amount() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with "
        "Post-Effective Amendment No. 1 (the \"Post-Effective Amendment\") to its Registration "
        "Statement on Form S-8 (File No. 333-100200). The Registration Statement registered "
        "900,000 shares of common stock for issuance under the Granite Shoals Stock Plan. The "
        "Post-Effective Amendment relates to 250,000 shares of common stock previously "
        "registered that are to be issued under the amended plan."
    )
    assert (r.post_effective.value, r.share_count.value) == (True, 250_000)
    _, r = _extract(
        OPENING + "The Post-Effective Amendment relates to 12,345.67 shares of common stock "
        "previously registered under the Registration Statement."
    )
    assert r.share_count.value == 12_345


def test_count_of_securities_consisting_of_shares() -> None:
    _, r = _extract(
        OPENING + "I have acted as counsel to Granite Shoals Corp. in connection with its "
        "Registration Statement on Form S-8, pertaining to the additional registration of "
        "securities consisting of 1,500,000\nshares of the Company's common stock."
    )
    assert r.share_count.value == 1_500_000


def test_a_search_firm_or_an_agent_named_in_the_documents_is_not_counsel() -> None:
    _, r = _extract(
        "Our Ref GS/0042\n\n1. Basis\n\n1.1 We act as Irish counsel to Granite Shoals plc (the "
        '"Company") in connection with its registration statement on Form S-8.\n\n2. Documents'
        "\n\n2.1 the constitution of the Company;\n\n2.2 the report of searches made against "
        "the Company by Marlowe & Co., independent law searchers, on our behalf on 2 May 2019; "
        "and\n\n2.3 a certificate of Tallis Registrars & Co., as registrar and transfer agent of "
        "the Company."
    )
    assert r.issuer_name.value == "Granite Shoals plc"
    assert r.counsel_name.value is None


def test_letterhead_cell_under_the_date_runs_the_firm_into_its_address() -> None:
    doc, r = _extract(
        "Exhibit 5.1\n\nMay 4, 2016 | | |\n\n| | Pelham Rhodes US LLP 400 Elm Avenue, Suite 900 "
        "Dallas, Texas 75201 |\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n"
        "Ladies and Gentlemen:\nWe have acted as counsel for Granite Shoals Corp. in connection "
        "with its Registration Statement on Form S-8."
    )
    assert r.counsel_name.value == "Pelham Rhodes US LLP"
    assert _spans_text(doc, r, "counsel_name") == ["Pelham Rhodes US LLP"]


def test_a_post_effective_amendment_to_come_is_not_the_statement_supported() -> None:
    """Shelf letters say where the documents of a takedown will be filed ("as an exhibit to a
    post-effective amendment ... or to a report under the Exchange Act"): a possible future
    amendment, not the one this letter supports."""
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with its Registration "
        "Statement on Form S-3 relating to debt securities and warrants. The indenture and the "
        "warrant agreement will be filed as an exhibit to a post-effective amendment to the "
        "Registration Statement or to a report filed under the Exchange Act.\n"
    )
    assert r.post_effective.value is False
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with a post-effective "
        "amendment to its Registration Statement on Form S-8 relating to 60,000 shares.\n"
    )
    assert r.post_effective.value is True


def test_a_stated_amount_broken_into_its_parts_counts_once() -> None:
    """ "Of the N Shares: (a) ... (b) ..." and "N shares, consisting of:" followed by items: the
    items are the amount's parts, not further tranches."""
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with the registration of "
        "1,500,000 shares of its common stock to be sold by selling stockholders. Of the "
        "1,500,000 Shares: (a) 900,000 of such Shares are outstanding; and (b) 500,000 of such "
        "Shares are issuable upon exercise of warrants.\n"
    )
    assert r.share_count.value == 1_500_000
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with the registration of "
        "the resale of 2,400,000 shares of common stock, consisting of:\n(a) 1,600,000 shares "
        "issued in a private placement; and\n(b) 800,000 shares issued to the sponsor.\n"
    )
    assert r.share_count.value == 2_400_000


def test_law_the_letter_is_based_on_as_to_matters_of_law() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with its Registration "
        "Statement on Form S-3 relating to $300,000,000 of senior notes.\n\nThis opinion letter "
        "is based as to matters of law solely on the applicable provisions of the laws of the "
        "State of New York (but not including any laws of any political subdivision thereof).\n"
    )
    assert r.laws.value == ["New York"]


def test_a_letterhead_placeholder_completed_by_the_name_below_it() -> None:
    _, r = _extract(
        "EXHIBIT 5.1\n[LETTERHEAD OF HARTWELL & KING]\nHartwell & King L.L.P.\n"
        "100 Main Street\nHouston, Texas 77002\n\n" + OPENING
        + "We have acted as counsel to the Company in connection with its Registration Statement "
        "on Form S-8.\n"
    )
    assert r.counsel_name.value == "Hartwell & King L.L.P."


def test_issuer_name_broken_after_its_first_word_in_the_re_line() -> None:
    _, r = _extract(
        "March 3, 2011\n\nRe: Tarrow\nShipping & Trading Limited (the \"Company\")\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as Marshall Islands counsel to the Company in "
        "connection with its Registration Statement on Form F-3.\n"
    )
    assert r.issuer_name.value == "Tarrow Shipping & Trading Limited"


def test_the_issuers_own_law_department_letterhead_is_not_counsel() -> None:
    """An in-house letter on the company's letterhead: the company (written there without its
    "The") is not counsel."""
    _, r = _extract(
        "EXHIBIT 5.1\nThe Tarrow Tire & Rubber Company\nAkron, Ohio 44316\nLaw Department\n\n"
        "June 12, 2001\n\nThe Tarrow Tire & Rubber Company\n1144 East Market Street\nAkron, Ohio "
        "44316\n\nLadies and Gentlemen:\n\nI am an attorney employed as an Assistant General "
        "Counsel for The Tarrow Tire & Rubber Company, an Ohio corporation, and I have examined "
        "its Registration Statement on Form S-8.\n"
    )
    assert r.issuer_name.value == "The Tarrow Tire & Rubber Company"
    assert r.counsel_role.value == "assistant general counsel"  # no article
    assert not (r.counsel_name.value or "").startswith("Tarrow Tire")


def test_a_plan_named_for_a_company_with_an_ampersand() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with 600,000 shares of Common Stock to "
        "be issued under the Hourly Employees Stock Option Plan of The Tarrow Tire & Rubber "
        'Company (the "Plan").\n'
    )
    plan = "Hourly Employees Stock Option Plan of The Tarrow Tire & Rubber Company"
    assert r.plans.value == [plan]


def test_subscription_warrants_and_deferred_compensation_obligations() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with the registration of "
        "4,000,000 subscription warrants of the Company.\n"
    )
    assert r.security.value == "subscription warrants"
    _, r = _extract(
        OPENING + "We have acted as counsel to the Company in connection with its Registration "
        "Statement on Form S-8 relating to $20,000,000 of deferred compensation obligations "
        "under the Tarrow Deferred Compensation Plan.\n"
    )
    assert r.security.value == "deferred compensation obligations"


def test_a_trustee_or_agent_named_in_a_later_part_is_not_the_issuer() -> None:
    """A page of an exchange-notes letter lists the indenture's parties: the trustee and the
    agents are named for their roles and are not the issuer."""
    _, r = _extract(
        "We have examined (i) the indenture dated as of May 1, 2018 (the \"Indenture\") among "
        "the Issuer, the Guarantors, Quarry Trust, National "
        "Association, as trustee (the \"Trustee\") and Harbor Bank, N.A., London Branch as "
        "paying agent and registrar, and (ii) the form of the Exchange Notes.\n\nWe have "
        "assumed the genuineness of all signatures.\n"
    )
    assert r.issuer_name.value is None


def test_letterhead_descriptor_broken_after_its_article_is_not_the_firm() -> None:
    """Older letterheads set "A" / "Professional Corporation" / "Attorneys at Law" under the
    firm's name, each on a line; the name is the line above them."""
    body = (
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp.\n"
    )
    doc, r = _extract(
        "Exhibit\n5\nHOLLOWAY,\nPRICE & DUNNE\nA\nProfessional Corporation\nAttorneys at Law\n"
        "200\nFront Street\nSuite\n40\nReading,\nPA 19601\n\n" + body
    )
    assert r.counsel_name.value == "HOLLOWAY, PRICE & DUNNE"
    assert _spans_text(doc, r, "counsel_name") == ["HOLLOWAY, PRICE & DUNNE"]


def test_flattened_signature_firm_ends_before_by() -> None:
    """A signature block run onto one line: the firm's name stops at the signer's "By"."""
    doc, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. We consent to the filing of "
        "this opinion. Very truly yours, HARROW & LINDQVIST By /s/ Ellen M. Park ----------- "
        "Ellen M. Park, Esquire"
    )
    assert r.counsel_name.value == "HARROW & LINDQVIST"
    assert _spans_text(doc, r, "counsel_name") == ["HARROW & LINDQVIST"]
    _, r = _extract(OPENING + "We consent. Yours truly, HARROW & LINDQVIST PER: /s/ E. Park")
    assert r.counsel_name.value == "HARROW & LINDQVIST"


def test_non_plan_is_not_a_plan() -> None:
    """A hyphenated term for options granted outside the plan names no plan."""
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        'registration of 2,000,000 shares to be issued under the Company\'s 2015 Stock Plan (the '
        '"Plan") and 800,000 shares issuable upon exercise of options granted outside the Plan '
        '(the "Non-Plan Option Shares").\n'
    )
    assert r.plans.value == ["2015 Stock Plan"]


def test_plan_keeps_a_company_prefix_set_off_by_a_comma() -> None:
    doc, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
        "issuance, pursuant to the Redstone Drilling, Inc., 2009 Stock Incentive Plan (the "
        '"2009 Plan"), of up to 900,000 shares of the Company\'s Common Stock.\n'
    )
    assert r.plans.value == ["Redstone Drilling, Inc., 2009 Stock Incentive Plan"]
    assert _spans_text(doc, r, "plans") == r.plans.value
    # The company that assumes a plan is no part of the plan's name.
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with 50,000 "
        "shares issuable pursuant to the assumption, by Granite Shoals, Inc., of the Pinecrest "
        "Bank 2001 Stock Option Plan.\n"
    )
    assert r.plans.value == ["Pinecrest Bank 2001 Stock Option Plan"]


def test_re_line_short_plan_name_and_cell_fragment_are_the_body_plan() -> None:
    """The Re: line names the plan without the company ("2003 Directors Stock Option Plan")
    or is split over table cells ("Pinecrest Bancorp, Inc. 2004 Employee" / "Stock Option
    Plan"); the body names the same plan in full."""
    body = (
        "Gentlemen:\n\nThis opinion is rendered in connection with the Registration Statement on "
        "Form S-8 under which up to 60,000 shares of common stock of Pinecrest Bancorp, Inc. are "
        "to be registered pursuant to the {plan}.\n"
    )
    _, r = _extract(
        OPENING.split("Ladies")[0]
        + "Re: 2003 Directors Stock Option Plan Form S-8 Registration\n\n"
        + body.format(plan="2003 Pinecrest Bancorp, Inc. Directors Stock Option Plan")
    )
    assert r.plans.value == ["2003 Pinecrest Bancorp, Inc. Directors Stock Option Plan"]
    plan = "Pinecrest Bancorp, Inc. 2004 Employee Stock Option Plan"
    _, r = _extract(
        "<html><body><p>March 3, 2011</p><p>Pinecrest Bancorp, Inc.<br>1 Quarry Road<br>Austin, "
        "Texas 78701</p><table><tr><td>Re:</td><td>Pinecrest Bancorp, Inc. 2004 Employee</td></tr>"
        "<tr><td></td><td>Stock Option Plan Registration Statement on Form S-8</td></tr></table>"
        f"<p>{body.format(plan=plan)}</p></body></html>"
    )
    assert r.plans.value == [plan]
    # Another year in the full name is another plan.
    _, r = _extract(
        OPENING.split("Ladies")[0] + "Re: Directors Stock Option Plan\n\n"
        + body.format(plan="2003 Pinecrest Bancorp, Inc. Directors Stock Option Plan")
    )
    assert len(r.plans.value) == 2


def test_issuer_named_by_its_short_name_after_counsel_for() -> None:
    """The issuer is defined by a short name and the role sentence ends with it: the full name
    at its definition, without the sentence's full stop."""
    doc, r = _extract(
        OPENING + 'Under the merger agreement between Blue Heron Bancorp, Inc. ("Blue Heron") and '
        "Tern Financial Corporation, proceedings for the issuance of up to 2,000,000 shares of "
        "common stock of Blue Heron have been taken with our assistance as counsel for Blue "
        "Heron. We have examined such records as we deemed necessary.\n"
    )
    assert r.issuer_name.value == "Blue Heron Bancorp, Inc."
    assert _spans_text(doc, r, "issuer_name") == ["Blue Heron Bancorp, Inc."]


def test_letterhead_of_surnames_joined_by_and_over_an_address() -> None:
    """A small firm's letterhead with no suffix: two surnames joined by "and" over the
    firm's address, and no signature in the part of the letter at hand."""
    body = (
        "March 3, 2011\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\nRe:\nCommon "
        "Stock of Granite Shoals Corp.\nGentlemen:\nWe have acted as special Nevada counsel to "
        'Granite Shoals Corp. (the "Company") in connection with its Form S-8.\n'
    )
    doc, r = _extract("Crane and Osgood\n1200 Canyon Road, Suite 400\nReno, Nevada 89501\n" + body)
    assert r.counsel_name.value == "Crane and Osgood"
    assert _spans_text(doc, r, "counsel_name") == ["Crane and Osgood"]
    # Not a line of two words joined by "and" over anything but an address.
    _, r = _extract("Crane and Osgood\nConfidential\n\n" + body)
    assert r.counsel_name.value is None


def test_co_issuers_with_a_limited_partnership_first() -> None:
    """Notes issued jointly by a limited partnership and its finance corporation: the issuer
    is the partnership, named first and defined as "the Partnership"."""
    doc, r = _extract(
        OPENING + "We refer to the Registration Statement on Form S-4 filed by Pine Ridge "
        'Properties Limited Partnership, a Delaware limited partnership (the "Partnership"), '
        'Pine Ridge Capital Corporation, a Delaware corporation (the "Co-Issuer" and, together '
        'with the Partnership, the "Issuers"), relating to $300,000,000 of 7% Senior Notes.\n'
    )
    assert r.issuer_name.value == "Pine Ridge Properties Limited Partnership"
    assert _spans_text(doc, r, "issuer_name") == [r.issuer_name.value]


def test_letterhead_firm_in_lower_case_with_its_offices() -> None:
    doc, r = _extract(
        "Exhibit 5.1\nharlow & pine llp lisbon, madrid, oslo,\n\n" + OPENING
        + "We are acting as counsel to Granite Shoals Corp. in connection with its Form S-1.\n"
    )
    assert r.counsel_name.value == "harlow & pine llp"
    assert _spans_text(doc, r, "counsel_name") == ["harlow & pine llp"]


def test_firm_named_and_associates() -> None:
    """Small practices named "... and Associates" (maybe ", Inc."), under a caption."""
    rest = (
        "September 4, 2000 Board of Directors 12 Brook Drive Ogden, Utah 84401 Re: Granite "
        "Shoals Corp. Registration Statement on Form S-8 Ladies and Gentlemen: We have been "
        'retained by Granite Shoals Corp. (the "Company") in connection with its Form S-8.'
    )
    doc, r = _extract(
        "HARLAN OPINION AND CONSENT EXHIBIT NO. 5 & 23 HARLAN AND ASSOCIATES, INC. 12 Main "
        "Street, Suite 3 Provo, Utah 84601 " + rest
    )
    assert r.counsel_name.value == "HARLAN AND ASSOCIATES, INC."
    assert _spans_text(doc, r, "counsel_name") == ["HARLAN AND ASSOCIATES, INC."]
    _, r = _extract(
        "OPINION AND CONSENT OF COUNSEL\nHARLAN AND ASSOCIATES JOHN Q. DOE\nATTORNEYS AT LAW Of "
        "Counsel\n12 MAIN STREET, SUITE 3\n" + rest
    )
    assert r.counsel_name.value == "HARLAN AND ASSOCIATES"


def test_plans_that_buy_shares_in_a_conversion_offering_are_not_listed() -> None:
    """A savings bank's conversion: the 401(k) plan and the ESOP buy shares in the offering;
    no shares are issuable under them."""
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Bancorp, Inc. in connection with the "
        "offering of up to 3,000,000 shares of common stock and of participation interests to be "
        "purchased by the Granite Shoals Savings Bank 401(k) Plan. We understand that the Company "
        "will lend to the trust for the Bank's Employee Stock Ownership Plan the funds the trust "
        "will use to purchase shares in the offering.\n"
    )
    assert r.plans.value == []


def test_re_line_listing_plans_of_assumption() -> None:
    """A Re: line lists "Plan of Assumption, <plan>" for each assumed plan: a plan followed by
    the next item's "Plan of Assumption" is still a plan."""
    _, r = _extract(
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\nRe: Form "
        "S-8 Registration Statement; Plan of Assumption, Tern Bancorp, Inc. 2004 Stock Option "
        "Plan Plan of Assumption, Tern Bancorp, Inc. Director Deferred Stock Plan\n\nLadies and "
        "Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp. in connection with its "
        "assumption of options granted by Tern Bancorp, Inc. under its 2004 Stock Option Plan.\n"
    )
    assert r.plans.value == [
        "Tern Bancorp, Inc. 2004 Stock Option Plan",
        "Tern Bancorp, Inc. Director Deferred Stock Plan",
    ]


def test_plan_named_again_with_a_plural_word_and_without_the_company() -> None:
    _, r = _extract(
        "March 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\nRe: Tern "
        "Bancorp, Inc. Director Deferred Stock Plan\n\nLadies and Gentlemen:\n\nWe have acted as "
        "counsel to Granite Shoals Corp. in connection with its assumption of deferred stock "
        "units credited under the Tern Directors Deferred Stock Plan.\n"
    )
    assert r.plans.value == ["Tern Bancorp, Inc. Director Deferred Stock Plan"]


def test_jurisdiction_by_a_defined_abbreviation_with_two_words_between() -> None:
    doc, r = _extract(
        OPENING + "We are admitted to practise law in the Republic of the Marshall Islands (the "
        '"RMI"). We have acted as special RMI counsel to the Company, a RMI non-resident '
        "domestic corporation, in connection with its Registration Statement on Form S-3.\n"
    )
    assert r.issuer_jurisdiction.value == "Marshall Islands"
    assert _spans_text(doc, r, "issuer_jurisdiction") == ["RMI"]


def test_law_named_by_a_defined_abbreviation_in_the_purpose_of_the_opinion() -> None:
    doc, r = _extract(
        OPENING + "We are admitted to practise law in the Republic of the Marshall Islands (the "
        '"RMI"). We have acted as special RMI counsel to Granite Shoals Ltd. in connection with '
        "its Registration Statement on Form S-3, for the purpose of rendering an opinion that "
        "relates to the application and interpretation of RMI law.\n"
    )
    assert r.laws.value == ["Marshall Islands"]
    assert _spans_text(doc, r, "laws") == ["RMI"]


def test_generic_dividend_reinvestment_plan() -> None:
    for company in ("Company's", "Companys"):
        doc, r = _extract(
            OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with the "
            "registration of 400,000 shares of common stock to be issued pursuant to the "
            f"{company} dividend reinvestment plan (the \"Plan\").\n"
        )
        assert r.plans.value == ["dividend reinvestment plan"]
        assert _spans_text(doc, r, "plans") == ["dividend reinvestment plan"]


_ADVISE_OPENING = (
    OPENING + "This opinion is given in connection with the registration of 40,000 shares of "
    'common stock of Granite Shoals Corp., a Nevada corporation (the "Company"). As special '
    "Nevada counsel for the Company, we advise you as follows.\n\n"
    "In giving this opinion we have examined the articles of incorporation and the bylaws of "
    "the Company and such other records as we thought necessary. We have assumed that every "
    "signature is genuine.\n\n"
)


def test_advise_you_as_follows_closing_the_opening_is_not_the_opinion() -> None:
    # The opinion comes later with its own lead-in; in a first part of the letter cut before
    # it, the opening sentence is no opinion that lacks its terms.
    _, cut = _extract(_ADVISE_OPENING + "Subject to the foregoing, we a")
    assert cut.opinions == []
    _, whole = _extract(
        _ADVISE_OPENING + "Subject to the foregoing, we are of the opinion that the shares will "
        "be validly issued, fully paid and non-assessable."
    )
    assert [o.text[:23] for o in whole.opinions] == ["we are of the opinion t"]
    assert whole.opinion_terms.value == ["validly issued", "fully paid", "nonassessable"]


def test_advise_you_as_follows_before_numbered_conclusions_leads_them() -> None:
    _, r = _extract(
        OPENING + "As counsel for Granite Shoals Corp. (the \"Company\"), we advise you as "
        "follows.\n\n1. The Company is duly incorporated and validly existing under the laws of "
        "Nevada.\n\n2. The 40,000 shares will be validly issued, fully paid and non-assessable."
    )
    assert r.opinions and r.opinions[0].text.startswith("we advise you as follows")
    assert "nonassessable" in r.opinion_terms.value


def test_par_value_with_a_currency_code_or_a_fraction() -> None:
    # A currency code before the amount ("NLG", "HK$"), and a fraction kept as written.
    for par, value, written in (
        ("NLG 0.40", "0.40", "0.40"),
        ("HK$0.002", "0.002", "0.002"),
        ("$.16 2/3", "0.16 2/3", ".16 2/3"),
    ):
        doc, r = _extract(
            OPENING + "We have acted as counsel to Granite Shoals N.V. in connection with the "
            f"registration of 90,000 common shares with a par value of {par} each."
        )
        assert r.par_value.value == value
        assert _spans_text(doc, r, "par_value") == [written]
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of 90,000 "
        "shares of the Company's common stock, $1.66 2/3 par value."
    )
    assert r.par_value.value == "1.66 2/3"


_FLAT_BODY = (
    "March 3, 2011 Granite Shoals Corp. 1 Quarry Road Austin, Texas 78701 Ladies and Gentlemen: "
    "We have acted as counsel for Granite Shoals Corp. in connection with its Form S-8."
)


def test_flattened_caption_and_letterhead_repeating_the_firm() -> None:
    # The caption's lead-in ("OPINION LETTER OF", "LETTERHEAD OF") and the name repeated by the
    # letterhead are no part of the firm.
    doc, r = _extract(
        "OPINION LETTER OF HARLOW & PIKE HARLOW & PIKE ATTORNEYS AT LAW 100 MAIN STREET BOISE, "
        "IDAHO 83702 " + _FLAT_BODY
    )
    assert r.counsel_name.value == "HARLOW & PIKE"
    assert _spans_text(doc, r, "counsel_name") == ["HARLOW & PIKE"]
    _, r = _extract(
        "OPINION OF REED MARSH & COLE LETTERHEAD OF REED MARSH & COLE Exhibit 5.1 " + _FLAT_BODY
    )
    assert r.counsel_name.value == "REED MARSH & COLE"
    # A name joined to itself is whole.
    _, r = _extract("ASHBY & ASHBY LLP\n100 Main Street\n\n" + _FLAT_BODY)
    assert r.counsel_name.value == "ASHBY & ASHBY LLP"


def test_wisconsin_service_corporation_suffix() -> None:
    _, r = _extract(
        "EXHIBIT 5\n\nOPINION OF KNOLL & VANCE, S.C. REGARDING LEGALITY OF THE SHARES\n\n"
        + OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "Form S-4.\n"
    )
    assert r.counsel_name.value == "KNOLL & VANCE, S.C."
    # A city in South Carolina is no firm.
    _, r = _extract(
        "Exhibit 5.1\nGreenville, S.C. 29601\n\n" + OPENING + "We have acted as counsel to "
        "Granite Shoals Corp. in connection with its Form S-4.\n"
    )
    assert r.counsel_name.value is None


def test_offices_listed_one_a_line_above_the_letterhead_firm() -> None:
    head = "Boston\nChicago\nDenver\nHong Kong\nHale Rook & Finch LLP\n12 Main Street\n\n"
    doc, r = _extract(head + OPENING + "We have acted as counsel to Granite Shoals Corp.\n")
    assert r.counsel_name.value == "Hale Rook & Finch LLP"
    assert _spans_text(doc, r, "counsel_name") == ["Hale Rook & Finch LLP"]
    # A name broken after a comma goes on over the line break.
    _, r = _extract(
        "Hale, Rook,\nFinch & Marsh LLP\n12 Main Street\n\n" + OPENING
        + "We have acted as counsel to Granite Shoals Corp.\n"
    )
    assert r.counsel_name.value == "Hale, Rook, Finch & Marsh LLP"
    # An ally listed under the offices is not the firm.
    _, r = _extract(
        "BOSTON\nMEXICO CITY\nALLIANCE WITH\nROE & POE\n\n" + OPENING
        + "We have acted as counsel to Granite Shoals Corp.\n"
    )
    assert r.counsel_name.value is None


def test_letterhead_name_without_a_suffix_over_barristers_or_an_address() -> None:
    body = OPENING[14:] + "We have acted as Ontario counsel to Granite Shoals Corp.\n"
    doc, r = _extract(
        "Exhibit 5\n\nGARNET AND WOLFE\nBarristers & Solicitors\n\nSuite 900, 10 Bay Street\n"
        "Toronto, Ontario\n\n" + body
    )
    assert r.counsel_name.value == "GARNET AND WOLFE"
    assert _spans_text(doc, r, "counsel_name") == ["GARNET AND WOLFE"]
    _, r = _extract("EXHIBIT 5\n\nSUMMIT VENTURE LAWYERS\n400 Pine Way\nSuite 12\n\n" + body)
    assert r.counsel_name.value == "SUMMIT VENTURE LAWYERS"
    # Not a line naming lawyers over anything but an address.
    _, r = _extract("EXHIBIT 5\n\nSUMMIT VENTURE LAWYERS\nConfidential\n\n" + body)
    assert r.counsel_name.value is None


def test_issuer_name_with_a_comma_inside() -> None:
    doc, r = _extract(
        OPENING + "We have acted as counsel to The Eastfield Gas, Light and Water Company, a "
        'Kentucky corporation (the "Company"), in connection with its Form S-3.\n'
    )
    assert r.issuer_name.value == "The Eastfield Gas, Light and Water Company"
    assert _spans_text(doc, r, "issuer_name") == ["The Eastfield Gas, Light and Water Company"]
    assert r.issuer_jurisdiction.value == "Kentucky"


_FLATTENED_BERMUDA = (
    "OPINION OF REED & COLE Exhibit 5.1 March 3, 2011 Coral Reef Holdings Ltd. 4 Front Street "
    "Hamilton Bermuda Dear Sirs Coral Reef Holdings Ltd. (the \"Company\") We have acted as "
    "special legal counsel in Bermuda to the Company in connection with the filing by the "
    "Company of a registration statement on Form S-8 to which this opinion is an exhibit (the "
    '"Registration Statement") in relation to the registration of common shares of the '
    'Company to be issued under its share plans (the "Common Shares"). For the purposes of '
    "giving this opinion, we have examined a copy of the Registration Statement. We have "
    "also reviewed the memorandum of association and the bye-laws of the Company, minutes "
    "of meetings of its board of directors and correspondence on behalf of the Company with "
    'the Bermuda Monetary Authority (the "BMA") whereby the BMA has granted permissions for '
    "the issue of the Common Shares."
)


def test_company_defined_in_a_flattened_subject_line() -> None:
    # "the Company" is the one the subject line defines, not an authority defined later with
    # its own short name.
    doc, r = _extract(_FLATTENED_BERMUDA)
    assert r.issuer_name.value == "Coral Reef Holdings Ltd."
    assert _spans_text(doc, r, "issuer_name") == ["Coral Reef Holdings Ltd."]


def test_role_with_its_place_before_to_the_company() -> None:
    for role, value in (
        ("special legal counsel in Bermuda", "special legal counsel in bermuda"),
        ("local counsel in the Province of Alberta", "local counsel in the province of alberta"),
        # The place already in the role is not repeated.
        ("special Bermuda counsel in Bermuda", "special bermuda counsel"),
    ):
        _, r = _extract(
            OPENING + f"We have acted as {role} to Coral Reef Holdings Ltd. (the \"Company\") in "
            "connection with its registration statement on Form S-8.\n"
        )
        assert r.counsel_role.value == value


def test_in_house_title_for_the_company_under_a_run_on_subject_line() -> None:
    # No salutation: the subject line runs on into the role sentence.
    _, r = _extract(
        "May 19, 2008\nRe: Registration\nStatement on Form S-3\nI am the Assistant General "
        "Counsel for\nNorthway Power Corporation, a Vermont corporation (the \"Company\") and I am "
        "familiar with its affairs. I am familiar with the proposed registration by the Company "
        "of 50,000 shares of its common stock.\nI have examined copies of the articles of "
        "association and the by-laws of the Company.\n"
    )
    assert r.counsel_role.value == "assistant general counsel"


def test_adverbs_shared_by_authorized_and_issued() -> None:
    # "duly and validly authorized and issued": duly authorized and validly issued, also with
    # the verb split by the condition ("will, when so issued, be").
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its Form "
        "S-8. Based on the foregoing, we are of the opinion that the 40,000 shares will, when so "
        "issued, be duly and validly authorized and issued and will be fully paid and "
        "non-assessable shares of common stock of the Company."
    )
    assert r.opinion_terms.value == [
        "duly authorized", "validly issued", "fully paid", "nonassessable"
    ]


def test_law_named_before_no_opinion_on_any_other_laws() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its Form "
        "S-4.\n\nWe are opining herein as to the effect on the merger only of the General "
        "Corporate Law of the State of Delaware, and we express no opinion with respect to the "
        "applicability thereto of any other laws. Subject to the foregoing, it is our opinion "
        "that the shares will be validly issued."
    )
    assert r.laws.value == ["Delaware"]


def test_jurisdiction_under_a_named_countrys_law() -> None:
    for law in ("Dutch Law", "Netherlands law"):
        doc, r = _extract(
            OPENING + "We have acted as counsel in connection with the offering by Tulip Systems "
            f"N.V., a public limited liability company, incorporated, organized and existing "
            f'under {law} (as defined below) (the "Company"), of 30,000 common shares.\n'
        )
        assert r.issuer_name.value == "Tulip Systems N.V."
        assert r.issuer_jurisdiction.value == "Netherlands"
        assert _spans_text(doc, r, "issuer_jurisdiction") == [law.split()[0]]


def test_unpunctuated_salutation_in_a_flattened_letter_opens_the_body() -> None:
    # British usage leaves "Dear Sirs" unpunctuated; flattened onto one line, only the capital
    # of the next word ends it, and the role sentence after it is the body's first.
    _, r = _extract(_FLATTENED_BERMUDA)
    assert r.salutation is not None and r.salutation.text == "Dear Sirs"
    assert r.role_paragraph is not None and "special legal counsel" in r.role_paragraph.text
    assert r.counsel_role.value == "special legal counsel in bermuda"


def test_consent_paragraph_stops_at_the_letter_body() -> None:
    # Lines broken once, never twice: the letter is one "paragraph", from the subject line to
    # the signature; the consent's own part is its sentences, not the closing or the opinion.
    _, r = _extract(
        "March 3, 2011\nGranite Shoals Corp.\nRe: Registration Statement on Form S-8\n"
        "Ladies and Gentlemen:\nWe have acted as counsel to Granite Shoals Corp. in connection "
        "with its registration statement on Form S-8 for 10,000 shares of common stock.\n"
        "We are of the opinion that the shares will be validly issued, fully paid and "
        "non-assessable.\nWe consent to the filing of this opinion as Exhibit 5 to the "
        "Registration Statement.\nVery truly yours,\n/s/ Hale Rook LLP\n"
    )
    assert r.consent_paragraph is not None
    assert r.consent_paragraph.text == (
        "We consent to the filing of this opinion as Exhibit 5 to the Registration Statement."
    )


def test_plan_name_keeps_a_company_name_with_a_comma_or_an_apostrophe() -> None:
    # The company's own name begins the plan's name; its comma before "Incorporated" and its
    # possessive before "Inc." are inside that name.
    for company in ("Heron Mill, Incorporated", "O'Dell's Inc.", "Heron Mill, Limited"):
        doc, r = _extract(
            OPENING + "We have acted as counsel in connection with the registration of 50,000 "
            f"shares of common stock to be offered under the {company} 2012 Long-Term Incentive "
            'Plan (the "Plan").\n'
        )
        assert r.plans.value == [f"{company} 2012 Long-Term Incentive Plan"]
        assert _spans_text(doc, r, "plans") == r.plans.value


def test_a_plans_former_name_and_a_plan_that_only_supplies_shares_are_not_listed() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of 80,000 shares "
        "of common stock issuable under its 2016 Omnibus Plan (formerly known as the Stock Bonus "
        'Plan) (the "Plan").\n'
    )
    assert r.plans.value == ["2016 Omnibus Plan"]
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of 90,000 shares "
        "of common stock issuable under the Granite Shoals 2021 Omnibus Plan. The shares "
        "reserved under that plan include shares that remain available for grant under the "
        "Granite Shoals 2011 Stock Plan.\n"
    )
    assert r.plans.value == ["Granite Shoals 2021 Omnibus Plan"]
    # Shares available for issuance under the plan itself: the one plan still counts.
    _, r = _extract(
        OPENING + "We have acted as counsel in connection with the registration of 90,000 shares "
        "of common stock that remain available for grant under the Granite Shoals 2011 Stock "
        "Plan.\n"
    )
    assert r.plans.value == ["Granite Shoals 2011 Stock Plan"]


def test_counsel_named_in_an_edgar_type_line_with_an_ampersand_and_a_suffix() -> None:
    body = (
        "\n\nMarch 3, 2011\n\nGranite Shoals Corp.\n1 Quarry Road\nAustin, Texas 78701\n\n"
        "Ladies and Gentlemen:\n\nWe have acted as counsel to Granite Shoals Corp. in connection "
        "with its registration statement on Form S-3.\n"
    )
    for line, firm in (
        (
            "EX-5.1 3 d1.htm OPINION AND CONSENT OF FENWAY & LOCKE, S.C. Opinion and consent of "
            "Fenway & Locke, S.C.",
            "FENWAY & LOCKE, S.C.",
        ),
        (
            "EX-5.1 3 d2.htm EX-5.1 OPINION OF MARLOW STEIN & PARKE LLP exv5w1",
            "MARLOW STEIN & PARKE LLP",
        ),
        ("EX-5.1 3 d3.htm EX-5.1 OPINION exv5w1", None),
    ):
        _, r = _extract(line + body)
        assert r.counsel_name.value == firm


def test_issuer_name_keeps_its_initials() -> None:
    for company in ("R.T.K. Holdings, Inc.", "U.S. Quarry Supply, Inc.", "J. C. Pike Company"):
        doc, r = _extract(
            OPENING + f"We have acted as counsel to {company}, a Delaware corporation (the "
            '"Company"), in connection with its registration statement on Form S-3.\n'
        )
        assert r.issuer_name.value == company
        assert _spans_text(doc, r, "issuer_name") == [company]


def test_laws_named_after_any_laws_except() -> None:
    doc, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its "
        "registration statement on Form S-8.\n\nWe consent to the filing of this opinion as "
        "Exhibit 5 to the registration statement. We express no opinion as to the reach of, "
        "compliance with, or effect of any laws except the laws of the State of Nevada and the "
        "federal law of the United States.\n"
    )
    assert r.laws.value == ["Nevada", "United States"]
    assert _spans_text(doc, r, "laws") == ["the State of Nevada", "federal law"]


def test_an_officer_duly_authorized_is_no_conclusion() -> None:
    _, r = _extract(
        OPENING + "We have acted as counsel to Granite Shoals Corp. in connection with its shelf "
        "registration statement on Form S-3.\n\nBased on the foregoing, we are of the opinion "
        "that:\n\n1. The Company is a corporation validly existing under the laws of the State of "
        "Delaware.\n\n2. When\n\n(a) the Registration Statement has become effective; and\n\n"
        "(b) the Board of Directors, or an officer duly authorized thereby, shall have taken such "
        "action as is needed to set the terms of the Notes,\n\nthe Notes will be binding "
        "obligations of the Company.\n"
    )
    assert "duly authorized" not in r.opinion_terms.value
    assert "binding obligations" in r.opinion_terms.value


def test_states_a_company_is_qualified_in_are_not_the_law() -> None:
    _, r = _extract(
        OPENING + "I am General Counsel of Granite Shoals Corp. (the \"Company\").\n\nBased on the "
        "foregoing, I am of the opinion that the Company is a corporation validly existing under "
        "the laws of the State of Delaware and is duly qualified to do business as a foreign "
        "corporation in the States of Montana, Utah and Wyoming.\n"
    )
    assert r.laws.value == ["Delaware"]


def test_a_party_to_a_document_reviewed_is_not_counsel() -> None:
    # The first part of a letter, with no letterhead or signature: the underwriter in the list
    # of documents (next to the board's written consents) is no firm giving the opinion.
    _, r = _extract(
        "We have acted as counsel for Granite Shoals Corp. (the \"Company\") in connection with "
        "its registration statement on Form S-1.\nWe have examined (i) the articles of "
        "incorporation of the Company; (ii) the written consents of its board of directors; "
        "(iii) the underwriting agreement between the Company and Ridge Partners, LLC (the "
        "\"Underwriting Agreement\"); and (iv) such other documents as we have deemed necessary."
    )
    assert r.counsel_name.value is None


def test_an_address_line_with_an_ampersand_is_not_a_firm() -> None:
    # Two columns laid side by side: the addressee and counsel's own name, then the address.
    _, r = _extract(
        "Exhibit 5.1\n\nHeron Pharma plc Jane Doe-Smith\nBlocks C & D, Riverside Building T: "
        "+44 20 7000 0000\nMill Park, Cambridge\n\n8 August 2025\n\nLadies and Gentlemen:\n\n"
        "We have acted as counsel to Heron Pharma plc in connection with its registration "
        "statement on Form S-8.\n"
    )
    assert r.counsel_name.value is None
