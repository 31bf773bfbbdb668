"""E58xx: cross-checks of the letter against its registration statement (full submission)."""

from __future__ import annotations

import re
from collections.abc import Iterator

from exhibit5.document import Span
from exhibit5.review.context import Context
from exhibit5.review.filing import base_form
from exhibit5.review.names import company_tokens, firm_key, same_company
from exhibit5.review.places import same_place
from exhibit5.review.registry import Hit, rule

_FIRM = re.compile(r"[A-Z][\w.,'&-]*(?: [\w.,'&-]+){0,6}? (?:LLP|L\.L\.P\.|P\.C\.|PC|LLC|PLLC)\b")


def _spans(found: list[Span], ctx: Context) -> list[Span]:
    return list(found[:1]) or [ctx.letter_span()]


@rule(
    "E5801", "registrant-name-mismatch", "error",
    mode="full",
    applies_to="every form (full submission)",
    message='Letter names "{a}" but the registrant is "{b}"',
    source="Item 601(b)(5)(i)",
    bad='The letter says "Brightwater Labs Inc."; the S-8 cover says "Brightwater Laboratories '
    'Holdings, Inc.".',
    good="The letter uses the exact name on the cover page.",
)  # fmt: skip
def registrant_name_mismatch(ctx: Context) -> Iterator[Hit]:
    """The letter names the registrant as the cover page ("exact name of registrant as
    specified in its charter") and the EDGAR header do (case, punctuation, legal-form suffixes
    and EDGAR state tags such as /DE/ aside, and the header's shortened words).

    Why: the opinion must be about the registrant's securities; another name means the wrong
    entity or a copied letter.
    """
    filing, name = ctx.filing, ctx.issuer_name
    if filing is None or not name:
        return
    for other, agrees in ((filing.cover_name, same_company), (filing.meta.filer_name, _conformed)):
        if other and not agrees(name, other):
            yield Hit(_spans(ctx.record.issuer_name.spans, ctx), {"a": name, "b": other})
            return


def _conformed(name: str, conformed: str) -> bool:
    """The header's conformed name is ``name``, also with words shortened as EDGAR does
    ("INTL" for International, "BANCORP" for BancCorp): word for word, each keeps the first
    letter and the order of the letters of the letter's word."""
    if same_company(name, conformed):
        return True
    words, short = company_tokens(name), company_tokens(conformed)
    return len(words) == len(short) and all(
        s[:1] == w[:1] and _in_order(s, w) for w, s in zip(words, short, strict=True)
    )


def _in_order(short: str, word: str) -> bool:
    rest = iter(word)
    return all(c in rest for c in short)


@rule(
    "E5802", "registrant-state-mismatch", "error",
    mode="full",
    applies_to="every form (full submission)",
    message="Letter says {a}; registration statement says {b}",
    source="SLB 19 (law of the jurisdiction of organization)",
    bad='The letter says "an Oregon corporation"; the cover page says Washington.',
    good="Both say Washington.",
)  # fmt: skip
def registrant_state_mismatch(ctx: Context) -> Iterator[Hit]:
    """The letter's jurisdiction of organization is the cover page's "State or other
    jurisdiction of incorporation or organization" and the header's STATE OF INCORPORATION
    (EDGAR codes mapped to names).

    Why: the jurisdiction decides which law the opinion must cover (E5201).
    """
    filing, juris = ctx.filing, ctx.record.issuer_jurisdiction.value
    if filing is None or not juris:
        return
    for other in (filing.cover_state, filing.header_state):
        if other and not same_place(juris, other):
            yield Hit(_spans(ctx.record.issuer_jurisdiction.spans, ctx), {"a": juris, "b": other})
            return


@rule(
    "E5803", "fee-table-count-mismatch", "error",
    mode="full",
    applies_to="S-8 and every form that registers a fixed number of shares (full submission)",
    message="Letter covers {n} shares; fee table registers {m}",
    source="Item 601(b)(5)(i); SLB 19 §II.A.2",
    bad="The letter covers 1,200,000 shares; the fee table registers 1,500,000 under the 2024 "
    "Plan.",
    good="Both show 1,500,000.",
)  # fmt: skip
def fee_table_count_mismatch(ctx: Context) -> Iterator[Hit]:
    """The letter's share count equals the "amount to be registered" of the equity rows of the
    fee table (cover page, or the filing-fee exhibit EX-107), summed over plans.

    Why: the opinion must cover every share registered; a smaller count leaves shares without
    an opinion, a larger one opines on shares not registered.
    """
    filing, count = ctx.filing, ctx.record.share_count.value
    if filing is None or count is None or not filing.is_registration:
        return
    registered = filing.fee_table_count
    # The amounts the introduction states (a total, or tranches per plan) are what the letter
    # covers; the record's count stands in when the introduction states none.
    stated = {n for n, _ in ctx.share_counts([ctx.intro])} if ctx.intro else set()
    allowed = {*stated, sum(stated)} if stated else {count}
    if registered is not None and registered not in allowed:
        spans = _spans(ctx.record.share_count.spans, ctx)
        covered = max(stated) if stated else count
        yield Hit(spans, {"n": f"{covered:,}", "m": f"{registered:,}"})


@rule(
    "E5804", "form-type-mismatch", "error",
    mode="full",
    applies_to="every form (full submission)",
    message="Letter is for Form {a}; submission is {b}",
    source="Drafting practice; consistency",
    bad='The letter is for a "Registration Statement on Form S-1"; the submission type is S-8.',
    good="The same form, and the same file number when both state one.",
)  # fmt: skip
def form_type_mismatch(ctx: Context) -> Iterator[Hit]:
    """The letter's form, post-effective status and file number agree with the submission's
    type (S-8 vs S-8 POS, S-3 vs S-3ASR, POS AM) and its SEC file number.

    Why: an opinion filed with the wrong statement does not support it. An 8-K carrying a
    takedown opinion is not a registration statement and is not compared.
    """
    filing = ctx.filing
    if filing is None or not filing.is_registration:
        return
    submitted = (filing.form_type or "").upper()
    form = ctx.record.form.value
    spans = _spans(ctx.record.form.spans, ctx)
    if submitted.startswith("POS") or " POS" in submitted:
        if form and not ctx.record.post_effective.value and " POS" in submitted:
            yield Hit(spans, {"a": form, "b": submitted})
            return
    elif form and base_form(form) != base_form(submitted):
        yield Hit(spans, {"a": form, "b": submitted})
        return
    number, header = ctx.record.file_number.value, filing.meta.file_number
    if number and header and number.strip() != header.strip():
        fs = _spans(ctx.record.file_number.spans, ctx)
        yield Hit(fs, {"a": f"{form or '?'} (File No. {number})", "b": f"File No. {header}"})


@rule(
    "E5805", "counsel-consent-not-filed", "error",
    mode="full",
    applies_to="every form (full submission)",
    message="{what}: counsel's consent or naming is missing or inconsistent",
    source="Securities Act §7(a); Rule 436; Schedule A ¶23 (SLB 19 §II.A.1); Item 601(b)(23)",
    bad='The exhibit index lists "23.1 Consent of Palmer Quay LLP (included in Exhibit 5.1)", '
    "and Exhibit 5.1 has no consent paragraph.",
    good="The letter's consent paragraph, listed in the index as Exhibit 23.1.",
)  # fmt: skip
def counsel_consent_not_filed(ctx: Context) -> Iterator[Hit]:
    """Counsel's consent is on file and the prospectus names the firm that signed: neither the
    letter nor an EX-23 document consents; or the index says the consent is in Exhibit 5.x and
    it is not; or "Legal Matters" names another firm.

    Why: counsel named as passing on legality must consent (Section 7, Rule 436), and the
    prospectus must name the counsel whose opinion is filed.
    """
    filing = ctx.filing
    if filing is None or not ctx.complete:
        return
    consent = ctx.record.consent.value
    counsel = ctx.record.counsel_name.value
    here = ctx.record.consent_paragraph.span if ctx.record.consent_paragraph else None
    spans = [here] if here else [ctx.letter_span()]
    if not consent and not filing.consent_filed(counsel):
        yield Hit(spans, {"what": "No consent in the letter or in an EX-23 document"})
    own = (ctx.doc.meta.type or "").upper().removeprefix("EX-")
    for number, _, exhibit in filing.index_consents():
        if exhibit == own and not consent:
            what = f"Exhibit {number} is said to be included in Exhibit {exhibit}, which has none"
            yield Hit(spans, {"what": what})
    section = filing.legal_matters()
    if section and counsel and firm_key(counsel) not in section.lower():
        firms = _FIRM.findall(section)
        if firms:
            yield Hit(spans, {"what": f'"Legal Matters" names {firms[0]}, not {counsel}'})


@rule(
    "E5806", "other-counsel-opinion-not-filed", "error",
    mode="full",
    applies_to="letters that rely on another firm's opinion (full submission)",
    message="Letter relies on the opinion of {firm}, which is not filed",
    source="SLB 19 (local counsel: both opinions filed, consents given, both named), per CFWD "
    "and Gibson Dunn",
    bad='"As to matters of Nevada law we have relied on the opinion of Sable & Yount Ltd.", and '
    "no other EX-5 document is filed.",
    good="The Nevada opinion is filed as Exhibit 5.2, with its own consent.",
)  # fmt: skip
def other_counsel_not_filed(ctx: Context) -> Iterator[Hit]:
    """Every opinion of other counsel that the letter relies on is itself filed as an EX-5
    exhibit of the submission.

    Why: the staff requires the relied-on opinion to be filed, with that firm's consent, so
    investors have the whole basis of the legality opinion.
    """
    filing = ctx.filing
    if filing is None:
        return
    for m in ctx.mentions("relied_on_opinion"):
        firm = m.group(1).strip(" ,.")
        if not _FIRM.search(firm + " "):
            continue
        if filing.opinion_by(firm, exclude=ctx.doc) is None:
            yield Hit([Span(m.start(1), m.start(1) + len(firm))], {"firm": firm})
