"""Extract an :class:`OpinionRecord` from a letter.

:func:`extract` locates the letter's structure once (:mod:`.structure`: paragraphs, sentences,
salutation, Re: line, body, closing, the opening, opinion, law and consent sentences) and hands
it to one module per family of fields: :mod:`.registration` (exhibits, dates, form, file
number), :mod:`.parties` (issuer, jurisdiction, addressee), :mod:`.counsel` (name and role),
:mod:`.securities` (count, class, par value, plans), :mod:`.opinion` (conclusions, conditions,
law), :mod:`.consent`, and :mod:`.parts` for the other parts review reads; defined terms come
from :func:`exhibit5.terms.find_terms`. Every value carries the spans of ``Document.text`` it
was read from; a value the letter does not state is ``None``/``[]``/``False`` with no spans.
"""

from __future__ import annotations

from exhibit5.document import Document
from exhibit5.extract import consent, counsel, opinion, parties, parts, registration, securities
from exhibit5.extract.record import SCORED_FIELDS, Found, OpinionParagraph, OpinionRecord, Part
from exhibit5.extract.structure import locate
from exhibit5.terms import find_terms

__all__ = ["SCORED_FIELDS", "Found", "OpinionParagraph", "OpinionRecord", "Part", "extract"]


def extract(doc: Document) -> OpinionRecord:
    """Read the record of one opinion letter from its normalized text."""
    text = doc.text
    st = locate(text)
    terms = find_terms(text, st)
    date = registration.letter_date(text, st)
    issuer_name, name_end = parties.issuer(text, st, terms)
    counsel_name = counsel.counsel_name(text, st, issuer_name.value, doc.meta.description)
    if issuer_name.spans and all(
        any(c.start <= span.start and span.end <= c.end for c in counsel_name.spans)
        for span in issuer_name.spans
    ):
        # What was read as the issuer is counsel's own name (a signature with no company in it).
        issuer_name, name_end = Found.of(None), None
    count, counted_class = securities.share_count(text, st)
    security = securities.security(text, st, counted_class)
    # Built without re-validating: every value was constructed here with its type.
    return OpinionRecord.of(
        exhibits=registration.exhibits(text, st, doc.meta.type),
        date=date,
        issuer_name=issuer_name,
        issuer_jurisdiction=parties.jurisdiction(text, st, name_end),
        counsel_name=counsel_name,
        counsel_role=counsel.counsel_role(st),
        form=registration.form(text, st),
        post_effective=registration.post_effective(text, st),
        filing_date=registration.filing_date(text, st, date),
        file_number=registration.file_number(text, st),
        share_count=count,
        security=security,
        par_value=securities.par_value(text, st, security, issuer_name.value),
        plans=securities.plans(text, st, terms),
        opinion_terms=opinion.opinion_terms(text, st),
        laws=opinion.laws(text, st),
        consent=consent.consent(st),
        legal_matters_consent=consent.legal_matters_consent(st),
        section7_disclaimer=consent.section7_disclaimer(st),
        addressee=parties.addressee(text, st),
        re_line=Part.of(text, st.re_line) if st.re_line else None,
        salutation=Part.of(text, st.salutation) if st.salutation else None,
        role_paragraph=parts.role_paragraph(text, st),
        documents_reviewed=parts.documents_reviewed(text, st),
        reliance=parts.reliance(text, st),
        assumptions=parts.assumptions(text, st),
        qualifications=parts.qualifications(text, st),
        opinions=opinion.opinions(text, st),
        law_paragraph=opinion.law_paragraph(text, st),
        consent_paragraph=consent.consent_paragraph(text, st),
        signature=parts.signature(text, st),
        terms=terms,
    )
