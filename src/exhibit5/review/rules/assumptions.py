"""E53xx: assumptions, conditions and qualifications that take away what the opinion decides."""

from __future__ import annotations

import re
from collections.abc import Iterator

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.review.context import Context, security_label
from exhibit5.review.registry import Hit, rule

# The case-insensitive patterns are tried only where their first words occur (``Anchored``).
_OTHER_PARTIES = Anchored(
    r"other than the (Company|Issuer|Registrant)|parties (thereto |hereto )?other than|"
    r"each (other )?party|all parties|"
    r"\b(by|of|on|upon|against) (such|the|each|all|any) (other )?part(y|ies)\b",
    ("other than the ", "parties ", "each ", "all parties", "by ", "of ", "on ", "upon ",
     "against "),
    re.I,
)  # fmt: skip
_FUTURE = re.compile(r"\bwill\b|\bshall\b|at the time of|prior to|before", re.I)
_AUTHORIZED = Anchored(
    r"\b(Shares|Securities|Notes|Stock|issuance)\b.{0,60}?"
    r"\b(have been|has been|were|are|is) duly authori[sz]ed"
    r"|\b(Company|Issuer|Registrant) has\b.{0,20}?"
    r"(authori[sz]ed|taken all (necessary )?(corporate )?action)",
    ("shares", "securities", "notes", "stock", "issuance", "company", "issuer", "registrant"),
    re.I | re.S,
)
_EXISTENCE = Anchored(
    r"\b(Company|Issuer|Registrant|Guarantors?)\b.{0,30}?"
    r"(\b(is|are|has been|have been) (duly (incorporated|organized|formed)|validly existing|"
    r"in good standing)|\bha(s|ve) (the )?(full )?(corporate |requisite |legal )?power)",
    ("company", "issuer", "registrant", "guarantor"),
    re.I | re.S,
)
_CONCLUSION = Anchored(
    r"\b(Shares|Notes|Securities|Warrants|Units|Debentures)\b.{0,80}?"
    r"(validly issued|legally issued|fully paid|non-?assessable|binding obligations?)",
    ("shares", "notes", "securities", "warrants", "units", "debentures"),
    re.I | re.S,
)
# Words every match of the pattern above them contains: a sentence without one is skipped
# before the pattern runs.
_AUTHORIZED_WORDS = ("authori", "action")
_EXISTENCE_WORDS = ("incorporated", "organized", "formed", "existing", "standing", "power")
_CONCLUSION_WORDS = ("issued", "paid", "assessable", "binding")
_RESALE = re.compile(
    r"[Ss]elling ([Ss]tock|[Ss]hare|[Ss]ecurity) ?[Hh]olders?|\b[Rr]esale\b|\b[Rr]eoffer"
    r"|outstanding shares held by"
)
_RESALE_WORDS = ("selling", "resale", "reoffer", "outstanding shares held by")
_ISSUABLE = re.compile(r"\bissuable\b|\b(up)?on (the )?(exercise|conversion)", re.I)
_WILL_BE = re.compile(r"will be (legally|validly) issued|when (issued|sold)", re.I)
# "are validly issued", "have been duly authorized and validly issued", "are duly authorized,
# validly issued".
_ARE = re.compile(r"\b(are|have been)(,? (legally|validly|duly|authori[sz]ed|and))* issued", re.I)
# Shares still to be issued on exercise or conversion properly take "will be".
_UNDERLYING = re.compile(
    r"issuable|underlying|\b(up)?on (the )?(exercise|conversion)|to be issued", re.I
)
_SHELF_FORMS = {"S-3", "S-3ASR", "F-3"}
_SHELF_CONDITION = Anchored(
    r"when\b.{0,200}?(Board|committee)\b.{0,80}?(taken all necessary corporate action|"
    r"authori[sz]ed)|terms\b.{0,60}?(have been )?duly established",
    ("when", "terms"),
    re.I | re.S,
)


def _mentions_any(ctx: Context, span: Span, words: tuple[str, ...]) -> bool:
    low = ctx.low(span)
    return any(w in low for w in words)


def _assumption_sentences(ctx: Context) -> Iterator[Span]:
    """Sentences of the assumptions, leaving out any that sit inside the opinion itself
    ("assuming the Rights Agreement is signed, the Rights will be validly issued"). A letter
    that relies on local counsel's opinion for the issuer's own law may assume what that
    opinion covers (E5806 checks that it is filed)."""
    juris = ctx.record.issuer_jurisdiction.value
    if juris and ctx.relies_on_counsel_for(juris):
        return
    for part in ctx.record.assumptions:
        for span in ctx.sentences(part):
            if not ctx.in_opinion(span):
                yield span


@rule(
    "E5301", "assumes-due-authorization", "error",
    heuristic=True,
    applies_to="every form",
    message="Assumption that the registrant authorized the {security} assumes part of the opinion",
    source="SLB 19 (appropriate and inappropriate assumptions), per Fox Rothschild and Mondaq; "
    "Gibson Dunn",
    bad='"We have assumed that the issuance of the Shares has been duly authorized by all '
    'requisite corporate action of Corvale Systems, Inc."',
    good='"We have assumed the due authorization, execution and delivery of the Warrant '
    'Agreement by the Warrant Agent."',
)  # fmt: skip
def assumes_due_authorization(ctx: Context) -> Iterator[Hit]:
    """No assumption that the registrant has authorized the securities or taken the corporate
    action their issuance needs.

    Why: authorization is part of what "validly issued" and "binding" conclude; assuming it
    makes the opinion circular. Authorization by other parties (trustee, warrant agent) may be
    assumed, and future board action on a shelf takedown is a condition (E5305).
    """
    for span in _assumption_sentences(ctx):
        if not _mentions_any(ctx, span, _AUTHORIZED_WORDS):
            continue
        sentence, low = ctx.text[span.start : span.end], ctx.low(span)
        m = _AUTHORIZED.search(sentence, low)
        if not m or _OTHER_PARTIES.search(sentence, low):
            continue
        if _FUTURE.search(sentence, 0, m.end()):
            continue
        at = Span(span.start + m.start(), span.start + m.end())
        yield Hit([at], {"security": security_label(ctx)}, "Opine on authorization instead.")


@rule(
    "E5302", "assumes-existence-or-power", "error",
    heuristic=True,
    applies_to="every form; above all debt, guarantees and warrants",
    message="Assumption of {fact} for {entity} assumes part of the opinion",
    source="SLB 19 (existence, power and authorization), per Gibson Dunn and CFWD",
    bad='"We have assumed that each Guarantor is validly existing under the law of its '
    'jurisdiction and has the power to give its Guarantee."',
    good='"As to the Guarantors organized in Idaho, we have relied on the opinion of Sorrel & Pike '
    'LLP filed as Exhibit 5.2."',
)  # fmt: skip
def assumes_existence_or_power(ctx: Context) -> Iterator[Hit]:
    """No assumption that the registrant or a guarantor exists, is in good standing or has the
    power to issue the securities.

    Why: existence, power and authorization are premises the opinion itself must establish;
    counsel who cannot cover a jurisdiction relies on local counsel instead.
    """
    for span in _assumption_sentences(ctx):
        if not _mentions_any(ctx, span, _EXISTENCE_WORDS):
            continue
        sentence, low = ctx.text[span.start : span.end], ctx.low(span)
        m = _EXISTENCE.search(sentence, low)
        if not m or _OTHER_PARTIES.search(sentence, low):
            continue
        at = Span(span.start + m.start(), span.start + m.end())
        fact = m.group(2).strip()
        yield Hit([at], {"fact": f'"{fact}"', "entity": f"the {m.group(1)}"})


@rule(
    "E5303", "assumes-conclusion", "error",
    applies_to="every form",
    message='Assumption restates the conclusion "{term}"',
    source="SLB 19 (inappropriate assumptions); Item 601(b)(5)(i)",
    bad='"In giving this opinion we assume that the Shares, once issued, will be non-assessable."',
    good='"We have assumed that each option agreement under the Plan will be in the form we '
    'reviewed."',
)  # fmt: skip
def assumes_conclusion(ctx: Context) -> Iterator[Hit]:
    """No assumption applies a conclusion of the opinion (validly issued, fully paid,
    non-assessable, binding) to the registered securities.

    Why: an opinion that assumes its own conclusion says nothing. The customary assumption that
    documents bind the *other* parties is not a hit.
    """
    for span in _assumption_sentences(ctx):
        if not _mentions_any(ctx, span, _CONCLUSION_WORDS):
            continue
        sentence, low = ctx.text[span.start : span.end], ctx.low(span)
        m = _CONCLUSION.search(sentence, low)
        if not m or _OTHER_PARTIES.search(sentence, low):
            continue
        at = Span(span.start + m.start(), span.start + m.end())
        yield Hit([at], {"term": m.group(2)})


@rule(
    "E5304", "resale-shares-future-tense", "error",
    heuristic=True,
    applies_to="resale registrations (S-1, S-3, F-1, F-3) and S-8 reoffer prospectuses",
    message='Outstanding resale shares are opined on as if still to be issued ("will be")',
    source="Item 601(b)(5)(i); SLB 19 (resale offerings; text not read)",
    bad='"The 900,000 shares offered by the Selling Shareholders, when sold, will be validly '
    'issued, fully paid and non-assessable."',
    good='"The 900,000 outstanding shares offered by the Selling Shareholders are validly issued, '
    'fully paid and non-assessable."',
)  # fmt: skip
def resale_future_tense(ctx: Context) -> Iterator[Hit]:
    """Outstanding shares resold by selling holders are opined on in the present tense.

    Why: those shares were issued already; "will be, when issued" speaks of an issuance that is
    not happening and leaves the shares actually sold without an opinion.
    """
    if ctx.intro is None or not any(w in ctx.low(ctx.intro) for w in _RESALE_WORDS):
        return
    if not _RESALE.search(ctx.intro.text) or not ctx.opinions:
        return
    if _ISSUABLE.search(ctx.intro.text) and not re.search(r"\boutstanding\b", ctx.intro.text):
        return  # the shares resold are still to be issued (on exercise or conversion)
    will, present = [], False
    for span in ctx.opinion_sentences:
        sentence = ctx.text[span.start : span.end]
        if _UNDERLYING.search(sentence):
            continue
        if _ARE.search(sentence):
            present = True
        elif _WILL_BE.search(sentence):
            will.append(span)
    if will and not present:
        yield Hit(will, {}, 'Say the outstanding shares "are validly issued".')


@rule(
    "E5305", "shelf-opinion-qualified", "info",
    applies_to="delayed shelf offerings on S-3, S-3ASR and F-3",
    message="Qualified shelf opinion: an unqualified opinion must be filed for each takedown",
    source="Securities Act Rules C&DI 212.05 (2009); SLB 19 (delayed shelf and MTN opinions), "
    "per Gibson Dunn",
    bad="A base-shelf opinion conditioned on future board action, with no later opinion for the "
    "takedown.",
    good='A takedown Form 8-K files: "The 2,750,000 Shares sold today under the Underwriting '
    'Agreement are validly issued, fully paid and non-assessable."',
)  # fmt: skip
def shelf_opinion_qualified(ctx: Context) -> Iterator[Hit]:
    """Notes a base-shelf opinion conditioned on future corporate action or on terms still to be
    fixed.

    Why: the staff accepts it at effectiveness, but an unqualified opinion must be filed for
    each takedown by closing (post-effective amendment or Form 8-K).
    """
    if (ctx.record.form.value or "") not in _SHELF_FORMS:
        return
    conditions = [c for p in ctx.record.opinions for c in p.conditions] or ctx.opinions
    for span, _ in ctx.search(_SHELF_CONDITION, conditions):
        yield Hit([span], {})
        return
