"""E55xx: counsel's consent to the filing of the opinion and to being named."""

from __future__ import annotations

import re
from collections.abc import Iterator

from exhibit5.document import Span
from exhibit5.review.context import Context
from exhibit5.review.registry import Hit, rule

_INCORPORATION = re.compile(r"incorporat\w* by reference|Registration Statement", re.I)
_PROSPECTUS_FORMS = {"S-1", "S-3", "S-3ASR", "S-4", "S-11", "F-1", "F-3", "F-4"}


def _consent_spans(ctx: Context) -> list[Span]:
    if ctx.record.consent_paragraph is not None:
        return [ctx.record.consent_paragraph.span]
    return list(ctx.record.consent.spans) or [ctx.letter_span()]


def _end_spans(ctx: Context) -> list[Span]:
    """Where a finding about something missing at the end of the letter points."""
    closings = ctx.mentions("closing")
    if closings:
        return [Span(closings[-1].start(), closings[-1].end())]
    if ctx.record.signature is not None:
        return [ctx.record.signature.span]
    return [ctx.letter_span()]


@rule(
    "E5501", "no-consent", "error",
    mode="now (full refines)",
    applies_to="every form",
    message="Letter gives no consent to its filing as an exhibit",
    source="Securities Act §7(a); Rule 436; Item 601(b)(23); SLB 19 (consents)",
    bad='The letter closes "Sincerely yours, /s/ Brill & Calder LLP" right after its law '
    "paragraph.",
    good='"We consent to the filing of this opinion as Exhibit 5.1 to the Registration '
    'Statement."',
)  # fmt: skip
def no_consent(ctx: Context) -> Iterator[Hit]:
    """Counsel consents to the filing of the opinion as an exhibit (in the letter or, in a full
    submission, in a separate Exhibit 23 document).

    Why: counsel named as having passed on legality must consent to the filing under Section
    7(a) and Rule 436; the consent usually sits in the letter and is listed as Exhibit 23.x.
    """
    if ctx.record.consent.value or not ctx.complete or ctx.mentions("consent_given"):
        return
    if ctx.filing is not None and ctx.filing.consent_filed(ctx.record.counsel_name.value):
        return
    yield Hit(
        _end_spans(ctx),
        {},
        "Add: We consent to the filing of this opinion as an exhibit to the Registration "
        "Statement.",
    )


@rule(
    "E5502", "no-section7-disclaimer", "info",
    applies_to="letters that give consent",
    message='Consent has no Section 7 ("not an expert") statement',
    source='Securities Act §7(a) and §11 (as explained in wowlw.com "Consents, Part 1"); '
    "market practice",
    bad='"We consent to the use of this opinion as an exhibit to the Registration Statement."',
    good='"...In giving this consent we do not admit that we are within the category of persons '
    'whose consent is required under Section 7 of the Securities Act."',
)  # fmt: skip
def no_section7_disclaimer(ctx: Context) -> Iterator[Hit]:
    """A consent adds that consenting is not an admission of being an expert or of being among
    the persons whose consent Section 7 requires.

    Why: not a deficiency, but it departs from market practice and bears on how Section 11
    expert liability is argued.
    """
    if ctx.record.consent.value and not ctx.record.section7_disclaimer.value and ctx.complete:
        yield Hit(_consent_spans(ctx), {})


@rule(
    "E5503", "consent-omits-incorporation-by-reference", "warning",
    applies_to="takedown opinions filed on Form 8-K or 6-K for an effective shelf",
    message="Consent does not cover incorporation of the opinion into the Registration Statement",
    source="Rule 439(a); Securities Act Rules C&DI 212.05",
    bad='"We consent to the filing of this opinion as Exhibit 5.1 to the Current Report on Form '
    '8-K of Dunmore Rail Corp."',
    good='"...and to its incorporation by reference into the Registration Statement on Form S-3 '
    '(File No. 333-290117)."',
)  # fmt: skip
def consent_omits_incorporation(ctx: Context) -> Iterator[Hit]:
    """A consent given for an 8-K or 6-K opinion covers its incorporation by reference into the
    shelf registration statement.

    Why: the opinion becomes part of the registration statement only by incorporation, so the
    consent must extend to it (Rule 439).
    """
    if not ctx.record.consent.value or not ctx.mentions("current_report"):
        return
    spans = _consent_spans(ctx)
    if not any(_INCORPORATION.search(ctx.text, s.start, s.end) for s in spans):
        yield Hit(spans, {})


@rule(
    "E5504", "legal-matters-consent-missing", "warning",
    mode="now (full refines)",
    applies_to="forms with a filed prospectus that names counsel (S-1, S-3, S-3ASR, S-4, S-11, "
    "F-1, F-3, F-4); not S-8",
    message="Consent does not cover the reference to counsel in the prospectus",
    source="Securities Act Schedule A ¶23 (SLB 19 §II.A.1); Rule 436",
    bad='"We consent to the filing of this opinion as an exhibit to the Registration Statement." '
    "(Form S-1)",
    good='"...and to the reference to our firm under the caption \'Legal Matters\' in the '
    'prospectus."',
)  # fmt: skip
def legal_matters_consent_missing(ctx: Context) -> Iterator[Hit]:
    """A consent for a statement whose prospectus names counsel extends to being named there.

    Why: the prospectus must name counsel who passed on legality ("Legal Matters"), and Rule
    436 requires consent to being named.
    """
    if (ctx.record.form.value or "") not in _PROSPECTUS_FORMS:
        return
    if not ctx.record.consent.value or ctx.record.legal_matters_consent.value:
        return
    if ctx.filing is not None and not ctx.filing.names_counsel(ctx.record.counsel_name.value):
        return
    yield Hit(_consent_spans(ctx), {})
