"""E51xx: does the opinion give the conclusions Item 601(b)(5) requires for what is registered?"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from exhibit5.document import Span
from exhibit5.extract.places import place_in
from exhibit5.review.context import Context, security_label
from exhibit5.review.names import same_company
from exhibit5.review.registry import Hit, rule
from exhibit5.terms import Definition, Term

# Conclusion patterns are lower case and run on lower-cased text (``Context.low``): without
# re.IGNORECASE a pattern that opens with a literal is scanned for far faster.
_NOT_FULLY_PAID = re.compile(r"not\s+(?:be\s+)?fully\s+paid|partly[- ]paid")
_ASSESSABLE = re.compile(r"assessable\b(?<!\wassessable)(?<!non-assessable)")
_BINDING = re.compile(
    r"binding obligations?|valid and binding|legal, valid and binding|"
    r"enforceable\b.{0,120}?in accordance with (its|their) (respective )?terms",
    re.S,
)
_DEBT_WORD = re.compile(r"\b(Notes|Debentures|Debt Securities|Bonds)\b")
_INSTRUMENT = re.compile(r"\b(warrants?|rights|purchase contracts?|units|subscription rights)\b")
_UNDERLYING_CLASS = re.compile(
    r"(issuable|to be issued|deliverable) (upon|on) (the )?(exercise|conversion|settlement)"
    r"|underlying"
)
_ISSUED = re.compile(r"(?:legally|validly) issued\b")
_SHARES = re.compile(r"Shares\b")
_NO_FURTHER_PAYMENT = re.compile(r"\b(no|not)\b.{0,60}?obligat\w*.{0,80}?(payment|contribut)", re.S)
_STATUTE_EXPLAINED = re.compile(
    r"non-?assessable\b.{0,200}?(\bact\b|section|§|except as|to the extent)", re.S
)

_CORP_EQUITY = "equity securities of corporations (US or foreign), including shares behind ADSs"


def _equity_of_corp(ctx: Context) -> bool:
    return "equity" in ctx.security_kinds and ctx.issuer_kind in ("us-corp", "foreign")


def _terms(ctx: Context) -> set[str]:
    return set(ctx.opinion_terms)


_CONCLUSION = {
    "legally issued": re.compile(r"(?:legally|validly) issued"),
    "fully paid": re.compile(r"fully[- ]paid"),
    "nonassessable": re.compile(r"non[\s-]*ass?ess?able"),  # "nonassesable" too
    "binding": _BINDING,
}


_TRIO = ("legally issued", "fully paid", "nonassessable")


def _given_by_paragraph(ctx: Context) -> list[tuple[Span, set[str]]]:
    """Each opinion paragraph with the equity conclusions it gives (found once per letter)."""
    return ctx.once(
        "coverage.given",
        lambda: [
            (part.span, {c for c in _TRIO if _CONCLUSION[c].search(low)})
            for part in ctx.opinions
            for low in [ctx.low(part)]
        ],
    )


def _paragraph_lacks(ctx: Context, conclusion: str) -> list[Span]:
    """Opinion paragraphs that give the other two equity conclusions but not this one."""
    return [
        span
        for span, given in _given_by_paragraph(ctx)
        if conclusion not in given and len(given) == 2
    ]


def _lacking(ctx: Context, conclusion: str, names: set[str]) -> list[Span] | None:
    """Where an equity opinion lacks ``conclusion`` (record terms ``names``): every opinion
    paragraph when none gives it, else the paragraphs that give the other two but not it."""
    targets = ctx.opinion_targets()
    if not (_equity_of_corp(ctx) and targets):
        return None
    if _terms(ctx) & names or any(conclusion in given for _, given in _given_by_paragraph(ctx)):
        return _paragraph_lacks(ctx, conclusion)
    return targets


def _given_elsewhere(ctx: Context, conclusion: str, *, state_law: bool = True) -> bool:
    """The conclusion is given where the opinion paragraphs do not show it: the letter relies
    on other counsel for the law of the issuer's jurisdiction (``state_law``); or, in a full
    submission, another EX-5 letter gives it; or no opinion paragraph was located and the
    letter says it somewhere (the finding then would only repeat a gap in the reading)."""
    if not ctx.opinions and _CONCLUSION[conclusion].search(ctx.lower):
        return True
    juris = ctx.record.issuer_jurisdiction.value
    if state_law and juris and ctx.relies_on_counsel_for(juris):
        return True
    if ctx.filing is None:
        return False
    pattern = _CONCLUSION[conclusion]
    return any(pattern.search(d.text.lower()) for d in ctx.filing.letters if d is not ctx.doc)


@rule(
    "E5101", "missing-legally-issued", "error",
    applies_to=_CORP_EQUITY,
    message="Opinion does not say the {security} will be legally (validly) issued",
    source="Item 601(b)(5)(i); SLB 19 §II.A.2 (corporate capital stock)",
    bad='"The Common Stock of Osterley Instruments, Inc., once sold under the Plan, will be '
    'fully paid and non-assessable."',
    good='"The Common Stock, when issued and paid for under the Plan, will be validly issued, '
    'fully paid and non-assessable."',
)  # fmt: skip
def missing_legally_issued(ctx: Context) -> Iterator[Hit]:
    """The opinion concludes that the shares are, or when sold will be, legally or validly issued
    (each opinion paragraph that says "fully paid and non-assessable" says it too).

    Why: it is the first of the three conclusions Item 601(b)(5)(i) requires for equity, and the
    staff will not accelerate effectiveness without it.
    """
    targets = _lacking(ctx, "legally issued", {"legally issued", "validly issued"})
    if targets and not _given_elsewhere(ctx, "legally issued"):
        yield Hit(targets, {"security": security_label(ctx)}, 'Add "validly issued".')


@rule(
    "E5102", "missing-fully-paid", "error",
    applies_to=_CORP_EQUITY,
    message="Opinion does not say the {security} will be fully paid",
    source="Item 601(b)(5)(i); SLB 19 (capital stock; partly paid shares)",
    bad='"...the Shares will be validly issued and non-assessable."',
    good='"...the Shares will be validly issued, fully paid and non-assessable."',
)  # fmt: skip
def missing_fully_paid(ctx: Context) -> Iterator[Hit]:
    """The opinion says the shares will be fully paid, or expressly says they will not be.

    Why: Item 601(b)(5)(i) requires it; an express "not fully paid" conclusion explained in the
    prospectus is acceptable, so only silence on the point fires.
    """
    targets = _lacking(ctx, "fully paid", {"fully paid"})
    if not targets or any(_NOT_FULLY_PAID.search(ctx.low(p)) for p in ctx.opinions):
        return
    if not _given_elsewhere(ctx, "fully paid"):
        yield Hit(targets, {"security": security_label(ctx)}, 'Add "fully paid".')


@rule(
    "E5103", "missing-nonassessable", "error",
    applies_to=_CORP_EQUITY + " (LP and LLC interests: E5107)",
    message="Opinion does not say the {security} will be non-assessable",
    source="Item 601(b)(5)(i); SLB 19 (capital stock)",
    bad='"...will be duly authorized, validly issued and fully paid."',
    good='"...will be validly issued, fully paid and nonassessable."',
)  # fmt: skip
def missing_nonassessable(ctx: Context) -> Iterator[Hit]:
    """The opinion says the shares will be non-assessable, or expressly that they are assessable.

    Why: holders must know whether they can be called on to pay more for their shares.
    """
    targets = _lacking(ctx, "nonassessable", {"nonassessable"})
    if not targets or any(_ASSESSABLE.search(ctx.low(p)) for p in ctx.opinions):
        return
    if not _given_elsewhere(ctx, "nonassessable"):
        yield Hit(targets, {"security": security_label(ctx)}, 'Add "non-assessable".')


@rule(
    "E5104", "debt-missing-binding-obligation", "error",
    applies_to="registered debt securities (S-1, S-3, S-3ASR, S-4, F-1, F-3, F-4)",
    message="Debt securities are not opined to be binding obligations of the registrant",
    source="Item 601(b)(5)(i); SLB 19 (debt securities)",
    bad='"The Debentures of Marlow Freight Co., when authenticated, will be duly issued."',
    good='"The Debentures, when authenticated by the Trustee and paid for, will be valid and '
    'binding obligations of Marlow Freight Co., enforceable against it in accordance with their '
    'terms, subject to bankruptcy laws and equitable principles."',
)  # fmt: skip
def debt_missing_binding(ctx: Context) -> Iterator[Hit]:
    """Registered debt is opined to be the binding obligations of the registrant.

    Why: for debt, "binding obligation" is the conclusion Item 601(b)(5)(i) requires;
    "validly issued" alone does not say the holder can enforce the instrument.
    """
    targets = ctx.opinion_targets()
    if "debt" not in ctx.security_kinds or not targets:
        return
    # The paragraphs about the debt itself (not its guarantees) must give the conclusion.
    debt = [p for p in ctx.opinions if _DEBT_WORD.search(p.text) and "guarant" not in ctx.low(p)]
    if debt:
        if any(_BINDING.search(ctx.low(p)) for p in debt):
            return
        targets = [p.span for p in debt]
    elif "binding obligations" in _terms(ctx) or any(
        _BINDING.search(ctx.low(p)) for p in ctx.opinions
    ):
        return
    if not _given_elsewhere(ctx, "binding", state_law=False):
        yield Hit(targets, {}, 'Add "will be valid and binding obligations of the Company".')


# A company's name: capitalised words ending in a legal form ("Birch Sub LLC", "Cedar
# Holdings, Inc."); the shortest such run, so that a list is read name by name.
_COMPANY_NAME = re.compile(
    r"(?:[A-Z][\w'-]*\.?,?\s+|&\s+|of\s+){1,6}?(?:Inc\.|Incorporated|Corp\.|Corporation|"
    r"Company|Co\.|LLC|L\.L\.C\.|L\.P\.|LP|Ltd\.|Limited|plc|N\.V\.|B\.V\.|S\.A\.)(?![\w.])"
)
_LEGAL_FORM = re.compile(r",?\s+\S+$")
_GUARANTEED_BY = re.compile(r"\bguaranteed\s+by\s+|\bguarantees?\s+(?:of|by)\s+(?=[A-Z])")
_LIST_LEAD = re.compile(r"(?:the|each\s+of|both\s+of|both)\s+")
# What may follow a name in a list: its description ("a Nevada limited liability company")
# and its definition ("(the "Parent Guarantor")").
_DESCRIPTION = re.compile(
    r",?\s*an?\s+([^,();]{1,80}?)\b(?:corporation|company|partnership|trust|association)\b"
)
_DEFINITION = re.compile(r"\s*\([^()]{0,120}\)")
_LIST_JOIN = re.compile(r",?\s*(?:,|and|or)\s+")
_AS_GUARANTOR = re.compile(r",?\s+as\s+(?:a\s+)?(?:\w+\s+)?guarantors?\b", re.I)
_GUARANTOR_WORD = re.compile(r"(?<![\w-])[Gg]uarantors?(?![\w-])")
_CAPITAL_WORD_BEFORE = re.compile(r"([A-Z][\w-]*)\s+$")
# Another counsel's opinion covers a guarantor: the sentence that names it relies on another
# opinion, or points at another Exhibit 5 opinion (lower case: run on lower-cased sentences).
_OTHER_COUNSEL = re.compile(
    r"\b(?:relied|rely|relying|reliance)\b.{0,120}?\b(?:the|an|its|their) opinions?\b"
    r"|\bopinions?\s+(?:dated\s[^,]{0,30},\s+)?of\s+(?!us\b|the company\b)"
    r"|\bexhibits?\s+5\.(?:[2-9]|1\d)",
    re.S,
)


@dataclass
class _Guarantor:
    name: str
    span: Span  # where the introduction names it
    place: str | None  # its jurisdiction, when the introduction describes it
    refs: list[str]  # its name, short name and defined terms


def _mentions_of(ctx: Context, term: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """Where ``term`` (singular or plural) is written between the offsets, leaving out the
    places where it ends a longer defined term ("Shares" in "Option Shares")."""
    stem = term[:-1] if term.endswith("s") and not term.endswith("ss") else term
    for m in re.finditer(rf"(?<![\w-]){re.escape(stem)}s?(?![\w-])", ctx.text[start:end]):
        at = start + m.start()
        before = _CAPITAL_WORD_BEFORE.search(ctx.text, max(0, at - 40), at)
        if before and f"{before.group(1)} {m.group(0)}" in ctx.terms:
            continue
        yield m


def _named_list(ctx: Context, pos: int, end: int) -> list[_Guarantor]:
    """The companies named in a list that starts at ``pos``: "Alder Parent Inc., a Delaware
    corporation ("Alder"), and Birch Sub LLC (together, the "Guarantors")". A term defined
    inside the list names the company before it, or, when plural, all the companies so far."""
    text = ctx.text
    listed: list[_Guarantor] = []
    while pos < end:
        lead = _LIST_LEAD.match(text, pos, end)
        m = _COMPANY_NAME.match(text, lead.end() if lead else pos, end)
        if m is None:
            break
        name = m.group(0)
        described = _DESCRIPTION.match(text, m.end(), end)
        place = place_in(described.group(1)) if described else None
        short = _LEGAL_FORM.sub("", name)
        refs = [name, short] if short != name and short[:1].isupper() else [name]
        listed.append(_Guarantor(name, Span(m.start(), m.end()), place, refs))
        pos = described.end() if described else m.end()
        defined = _DEFINITION.match(text, pos, end)
        if defined:
            for d in ctx.terms.definitions:
                if defined.start() <= d.site.start < defined.end():
                    plural = d.term.endswith("s") and not d.term.endswith("ss")
                    for g in listed if plural else listed[-1:]:
                        g.refs.append(d.term)
            pos = defined.end()
        join = _LIST_JOIN.match(text, pos, end)
        if join is None:
            break
        pos = join.end()
    return listed


def _guarantors(ctx: Context) -> list[_Guarantor]:
    """The guarantors the introduction names: the companies listed after "guaranteed by", in
    the antecedent of a term for guarantors, or followed by "as guarantor"; each with the names
    the letter calls it by, including the terms for groups of guarantors that take it in."""
    intro = ctx.intro
    if intro is None:
        return []
    start, end = intro.span
    found: list[_Guarantor] = [
        g for m in _GUARANTEED_BY.finditer(ctx.text, start, end)
        for g in _named_list(ctx, m.end(), end)
    ]  # fmt: skip
    for term in ctx.terms.terms:
        d = term.definitions[0]
        if "guarantor" in term.term.lower() and start <= d.span.start < end:
            found += _named_list(ctx, d.antecedent.start, d.antecedent.end)
    for m in _COMPANY_NAME.finditer(ctx.text, start, end):
        if _AS_GUARANTOR.match(ctx.text, m.end(), end):
            found += _named_list(ctx, m.start(), m.end())
    guarantors: dict[str, _Guarantor] = {}
    issuer = ctx.issuer_name
    for g in sorted(found, key=lambda g: g.span):
        if issuer and same_company(g.name, issuer):
            continue
        if g.name in guarantors:
            guarantors[g.name].refs += [r for r in g.refs if r not in guarantors[g.name].refs]
        else:
            guarantors[g.name] = g
    # A defined term stands for the guarantors it names when it is a term for guarantors
    # ("Subsidiary Guarantors") or its antecedent opens with a guarantor ("Birch Sub LLC, a
    # Nevada limited liability company ("Birch")"). Terms are read in order, so a group
    # defined from earlier terms ("Alder and Birch, the "Guarantors"") takes those in.
    for term in ctx.terms.terms:
        for d in term.definitions:
            if d.kind == "heading":
                continue
            said = ctx.text[d.antecedent.start : d.span.start]  # up to the quoted term
            opening = said.removeprefix("the ")
            members = [g for g in guarantors.values() if any(r in said for r in g.refs)]
            if members and (
                "guarantor" in term.term.lower()
                or any(opening.startswith(r) for g in members for r in g.refs)
            ):
                for g in members:
                    if term.term not in g.refs:
                        g.refs.append(term.term)
    return list(guarantors.values())


def _uncovered_guarantors(ctx: Context, covering: list[Span]) -> list[_Guarantor]:
    """The guarantors named in the introduction that no ``covering`` sentence (one that opines
    a guarantee is binding) names, and no other counsel's opinion covers. A covering sentence
    that names no particular guarantor, or also speaks of guarantors in a way that is no
    guarantor's name or term ("each Guarantor", "the other Subsidiary Guarantors" of a schedule),
    covers them all."""
    guarantors = _guarantors(ctx)
    covered: set[str] = set()
    for s in covering:
        named: set[str] = set()
        said: list[tuple[int, int]] = []  # where the sentence names one (offsets in it)
        for g in guarantors:
            for r in g.refs:
                found = [m.span() for m in _mentions_of(ctx, r, *s)]
                said += found
                if found:
                    named.add(g.name)
        sentence = ctx.text[s.start : s.end]
        if not named or any(
            not any(a <= m.start() < b for a, b in said) for m in _GUARANTOR_WORD.finditer(sentence)
        ):
            return []
        covered |= named
    return [g for g in guarantors if g.name not in covered and not _other_counsel_covers(ctx, g)]


def _other_counsel_covers(ctx: Context, g: _Guarantor) -> bool:
    """Another counsel's opinion covers the guarantor: the letter relies on one for the law of
    its jurisdiction, or a sentence naming it relies on or points to another opinion; or, in a
    full submission, another opinion letter names it."""
    if g.place and ctx.relies_on_counsel_for(g.place):
        return True
    for para in ctx.paragraphs:
        if any(r in ctx.text[para.start : para.end] for r in g.refs):
            for s in ctx.sentences(para):
                if _OTHER_COUNSEL.search(ctx.low(s)) and any(
                    any(_mentions_of(ctx, r, *s)) for r in g.refs
                ):
                    return True
    return ctx.filing is not None and any(
        g.name in d.text for d in ctx.filing.letters if d is not ctx.doc
    )


@rule(
    "E5105", "guarantee-not-covered", "error",
    mode="now", heuristic=True,
    applies_to="registered guarantees (guaranteed debt, subsidiary co-registrants)",
    message="Guarantees are registered but not opined to be binding obligations of the guarantors",
    source="SLB 19 (guarantees; local counsel), per CFWD and Gibson Dunn summaries",
    bad='The introduction registers Senior Notes "unconditionally guaranteed by the Subsidiary '
    'Guarantors", and the only opinion paragraph speaks of the Senior Notes.',
    good='"...and each Guarantee will be a valid and binding obligation of the Subsidiary '
    'Guarantor that gave it."',
)  # fmt: skip
def guarantee_not_covered(ctx: Context) -> Iterator[Hit]:
    """Each registered guarantee is opined to be a binding obligation of its guarantor.

    Why: a guarantee is a separate security; without that conclusion holders do not know the
    guarantor is bound.
    """
    targets = ctx.opinion_targets()
    if "guarantee" not in ctx.security_kinds or not targets:
        return
    covering = [
        s for s in ctx.opinion_sentences
        if "guarant" in (low := ctx.low(s)) and _BINDING.search(low)
    ]  # fmt: skip
    if not covering:
        if not _given_elsewhere(ctx, "binding", state_law=False):
            yield Hit(targets, {})
        return
    for g in _uncovered_guarantors(ctx, covering):
        yield Hit(
            [g.span],
            {},
            f"Opine that the Guarantee of {g.name} is its valid and binding obligation, or "
            "rely on the opinion of its own counsel.",
        )


@rule(
    "E5106", "derivative-or-unit-not-covered", "error",
    heuristic=True,
    applies_to="registered warrants, rights, purchase contracts and units (not S-8 options)",
    message="{instrument} or the securities issuable under it are not covered by the opinion",
    source="SLB 19 (options, warrants and rights; underlying securities), per CFWD and Gibson "
    "Dunn",
    bad='"The Warrants have been duly authorized by Pennock Aerial Corp." and nothing on the '
    'shares issuable on their exercise.',
    good='"The Warrants will be binding obligations of the Company, and the Warrant Shares, when '
    'issued on exercise against payment of the exercise price, will be validly issued, fully '
    'paid and non-assessable."',
)  # fmt: skip
def derivative_not_covered(ctx: Context) -> Iterator[Hit]:
    """Registered warrants, rights and units are opined to be binding obligations, and the
    securities issuable under them get their own legality conclusion.

    Why: a warrant or right is a contract of the registrant, so its enforceability is the
    conclusion; the shares it delivers are separately registered and need theirs.
    """
    targets = ctx.opinion_targets()
    if not ctx.security_kinds & {"derivative", "unit"} or not targets or ctx.intro is None:
        return
    intro = ctx.low(ctx.intro)
    m = _INSTRUMENT.search((ctx.record.security.value or "").lower()) or _INSTRUMENT.search(intro)
    instrument = m.group(1).capitalize() if m else "Instrument"
    sentences = [(ctx.text[s.start : s.end], ctx.low(s)) for s in ctx.opinion_sentences]
    binding = any(_INSTRUMENT.search(low) and _BINDING.search(low) for _, low in sentences)
    underlying_registered = bool(_UNDERLYING_CLASS.search(intro))
    underlying = not underlying_registered or any(
        _ISSUED.search(low) and (_UNDERLYING_CLASS.search(low) or _SHARES.search(s))
        for s, low in sentences
    )
    if not (binding and underlying) and not _given_elsewhere(ctx, "binding", state_law=False):
        yield Hit(targets, {"instrument": instrument})


@rule(
    "E5107", "non-corporate-interest-terms", "error",
    applies_to="interests in LPs, LLCs and statutory trusts",
    message="Opinion on interests of a {entity} does not address further payments or "
    "contributions",
    source="SLB 19 (equity of non-corporate registrants), per Lexology summary",
    bad='"The Common Units of Carrow Pipeline Partners LP will be validly issued, fully paid and '
    'non-assessable." Nothing more.',
    good='"...validly issued, and purchasers of Common Units will have no obligation, merely '
    'because they hold them, to make further payments or contributions to the Partnership."',
)  # fmt: skip
def non_corporate_terms(ctx: Context) -> Iterator[Hit]:
    """Interests of a partnership, LLC or trust are opined to be legally issued, and the opinion
    says whether holders can be made to pay more or contribute because they hold them.

    Why: "fully paid and non-assessable" is a corporate formula; for these entities liability
    to contribute comes from the entity's statute and agreement and must be stated.
    """
    targets = ctx.opinion_targets()
    if "interest" not in ctx.security_kinds or not targets:
        return
    issued = bool(_terms(ctx) & {"legally issued", "validly issued"})
    parts = [*ctx.opinions, *ctx.record.qualifications]
    lows = [ctx.low(p) for p in parts]
    explained = any(
        _NO_FURTHER_PAYMENT.search(low) or _STATUTE_EXPLAINED.search(low) for low in lows
    )
    if not (issued and explained):
        yield Hit(targets, {"entity": ctx.entity_type or "non-corporate entity"})


@rule(
    "E5108", "foreign-terms-unexplained", "warning",
    heuristic=True,
    applies_to="issuers organized outside the US (F-1, F-3, F-4, S-8)",
    message='"{term}" used for a company of {jurisdiction} without saying what it means there',
    source="SLB 19 (foreign corporate registrants), per Lexology summary",
    bad='"The Ordinary Shares of Ravensworth Holdings (a Cayman Islands exempted company) will '
    'be validly issued, fully paid and non-assessable."',
    good='"...non-assessable (meaning that no further sums are payable to the company by a '
    'holder in respect of the issue of those shares)."',
)  # fmt: skip
def foreign_terms_unexplained(ctx: Context) -> Iterator[Hit]:
    """Where the home jurisdiction gives "fully paid" or "non-assessable" another meaning, or
    none, the opinion says what the words mean there.

    Why: the terms come from US corporate law; investors need to know what a foreign counsel's
    use of them promises.
    """
    if ctx.issuer_kind != "foreign" or not ctx.complete or not ctx.opinions:
        return
    terms = _terms(ctx)
    term = (
        "non-assessable"
        if "nonassessable" in terms
        else "fully paid"
        if "fully paid" in terms
        else None
    )
    if term is None:
        return
    if ctx.mentions("term_meaning"):
        return
    yield Hit(
        [p.span for p in ctx.opinions],
        {"term": term, "jurisdiction": ctx.jurisdiction},
    )


_SECURITY_TERM = re.compile(
    r"\b(Shares|Stock|Warrants?|Rights|Notes|Debentures|Units|Securities|Interests|ADSs|"
    r"Guarantees?|Options|Preferred)$"
)


# The tranches a registration of shares may take in (lower case: run on lower-cased text).
# "restricted stock awards" is an award and "restricted stock units" are units, not both.
_TRANCHE = re.compile(
    r"\b(?:(?P<units>(?:restricted |performance |deferred )?(?:stock|share) units?|rsus?)"
    r"|(?P<awards>(?:restricted stock |restricted share |stock |equity |performance )?awards?)"
    r"|(?P<options>(?:stock |share )?options?)|(?P<warrants>warrants?)"
    r"|(?P<restricted_stock>restricted (?:stock|shares))"
    r"|(?P<purchase_plan>(?:employee )?(?:stock |share )?purchase plan)"
    r"|(?P<conversion>conver(?:sion|tible)))\b"
)


# What the shares come from, just before a definition (lower case): "issuable upon the exercise
# of certain stock options (the "Stock Options")", "shares underlying outstanding warrants".
_ROUTE_BEFORE = re.compile(
    r"(?:\b(?:upon|on|in|pursuant to|through|by|following)\s+(?:the\s+)?"
    r"(?:exercise|conversion|vesting|settlement|exchange)\s+of|\bsubject to|\bunderlying)"
    r"\s+(?:[^\s()\";,]+\s+){0,5}$"
)


def _route_of_shares(ctx: Context, definition: Definition) -> bool:
    """The term names the instrument the registered shares are issued on (options, warrants,
    convertible stock), not a security the letter registers."""
    start = definition.site.start
    return bool(_ROUTE_BEFORE.search(ctx.lower[max(0, start - 120) : start]))


def _tranches(low: str) -> set[str]:
    return {str(m.lastgroup).replace("_", " ") for m in _TRANCHE.finditer(low)}


def _narrower(term: Term, than: Term) -> bool:
    """``term`` names part of ``than``: "Option Shares" of "Shares"."""
    return term.term.lower().rstrip("s").endswith(" " + than.term.lower().rstrip("s"))


def _tranches_left(ctx: Context, registered: Definition, narrower: list[Term]) -> list[str]:
    """The tranches a registered term takes in ("shares issuable under options and restricted
    stock awards", before its definition or in the rest of its sentence: "(the "Shares"), of
    which ...") that neither the narrower terms the opinion uses nor the opinion itself speak
    of; none when the registered term takes in only one."""
    site, intro = registered.site, ctx.intro
    sentence = (
        [s.end for s in ctx.sentences(intro) if s.start <= site.end <= s.end] if intro else []
    )
    wanted = _tranches(ctx.low(Span(registered.antecedent.start, max([site.end, *sentence]))))
    if len(wanted) < 2:
        return []
    said = set().union(
        *(_tranches(ctx.low(p)) for p in ctx.opinions),
        *(_tranches(ctx.low(d.antecedent) + " " + t.term.lower()) for t in narrower
          for d in t.definitions),
    )  # fmt: skip
    return sorted(wanted - said)


def _class_of_covered(ctx: Context, at: int, covering: list[Term]) -> bool:
    """The term names the class of a covered term defined just before it: "5,000,000 shares
    (the "Shares") of the Company's common stock (the "Common Stock")"."""
    for c in covering:
        for d in c.definitions:
            if 0 <= at - d.site.end <= 150 and ctx.text[d.site.end : at].lstrip().startswith("of "):
                return True
    return False


@rule(
    "E5109", "opinion-narrower-than-registration", "error",
    heuristic=True,
    applies_to="every form",
    message="Registered {term} is not covered by any opinion paragraph",
    source="Item 601(b)(5)(i) (the opinion speaks to the securities being registered); SLB 19 "
    "§II.A.2",
    bad='The introduction registers "Common Stock and related share purchase rights (the '
    "'Rights')\", and the opinion speaks only of the Common Stock.",
    good="Paragraph 1 of the opinion covers the Shares and paragraph 2 covers the Rights.",
)  # fmt: skip
def opinion_narrower(ctx: Context) -> Iterator[Hit]:
    """Every security, class or tranche the introduction defines as registered is the subject
    of an opinion (directly or through a term that collects it).

    Why: the opinion must cover all the securities being registered; a class left out has no
    legality opinion at all.
    """
    targets = ctx.opinion_targets()
    intro = ctx.intro
    if not targets or intro is None or not ctx.opinions:
        return
    opinions = [p.span for p in ctx.opinions]

    def in_opinion(term: Term) -> bool:
        if any(o.start <= u[0] < o.end for u in term.uses for o in opinions):
            return True
        # Uses are also looked for directly, in case a longer term that is not a defined one
        # took them over, and a "Warrant Shares" is covered by "the shares issuable upon
        # exercise of the Warrants".
        *words, head = term.term.lower().split()
        qualifiers, head = [w for w in words if len(w) > 2], head.rstrip("s")
        return any(
            any(_mentions_of(ctx, term.term, *o))
            or (qualifiers and head in o_text and any(q in o_text for q in qualifiers))
            # A one-word term written in lower case: "the shares have been legally issued".
            or (not words and f"the {term.term.lower()}" in o_text)
            for o in opinions
            for o_text in [ctx.text[o.start : o.end].lower()]
        )

    covering = [t for t in ctx.terms.terms if _SECURITY_TERM.search(t.term) and in_opinion(t)]
    for term in ctx.terms.terms:
        first = term.definitions[0]
        if first.kind == "heading" or not intro.span.start <= first.span.start < intro.span.end:
            continue
        if not _SECURITY_TERM.search(term.term) or term in covering:
            continue
        if _route_of_shares(ctx, first):
            continue
        narrower = [c for c in covering if _narrower(c, term)]
        wider = [c for c in covering if c not in narrower]
        # Collected into a wider term ("... (collectively, the "Securities")") that is covered.
        if any(
            d.antecedent.start <= u[0] < d.site.end
            for c in wider
            for d in c.definitions
            for u in term.uses
        ):
            continue
        if any(
            c.definitions[0].antecedent.start <= first.span.start < c.definitions[0].site.end
            or term.term in ctx.text[d.site.start : d.site.end]
            for c in wider
            for d in c.definitions
        ):
            continue
        # Named as a class of a covered term, or part of one ("Option Shares" of "Shares").
        if _class_of_covered(ctx, first.span.start, wider) or any(
            _narrower(term, c) for c in wider
        ):
            continue
        if not narrower:
            yield Hit([first.span], {"term": f'"{term.term}"'})
            continue
        # A part the opinion leaves out that has its own term ("Award Shares") is reported as
        # that term, not again as the whole.
        if any(_narrower(t, term) and t not in covering for t in ctx.terms.terms):
            continue
        left = _tranches_left(ctx, first, narrower)
        if left:
            named = ", ".join(f'"{c.term}"' for c in narrower)
            yield Hit(
                [first.span],
                {"term": f'"{term.term}"'},
                f"The opinion speaks only of the {named}; cover the {term.term} as a whole, or "
                f"also the {' and '.join(left)}.",
            )
