"""E51xx: does the opinion give the conclusions Item 601(b)(5) requires for what is registered?"""

from __future__ import annotations

import re
from collections.abc import Iterator

from exhibit5.document import Span
from exhibit5.review.context import Context, security_label
from exhibit5.review.registry import Hit, rule
from exhibit5.terms import Term

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
    for span in ctx.opinion_sentences:
        sentence = ctx.low(span)
        if "guarant" in sentence and _BINDING.search(sentence):
            return
    if not _given_elsewhere(ctx, "binding", state_law=False):
        yield Hit(targets, {})


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
    message='"{term}" used for a {jurisdiction} company without saying what it means there',
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
        # Uses are also looked for directly, in case a longer term took them over, and a
        # "Warrant Shares" is covered by "the shares issuable upon exercise of the Warrants".
        named = re.compile(rf"(?<![\w-]){re.escape(term.term)}(?![\w-])")
        *words, head = term.term.lower().split()
        qualifiers, head = [w for w in words if len(w) > 2], head.rstrip("s")
        return any(
            named.search(ctx.text, o.start, o.end)
            or (qualifiers and head in o_text and any(q in o_text for q in qualifiers))
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
        # Collected into a wider term ("... (collectively, the "Securities")") that is covered.
        if any(
            d.antecedent.start <= u[0] < d.site.end
            for c in covering
            for d in c.definitions
            for u in term.uses
        ):
            continue
        if any(
            c.definitions[0].antecedent.start <= first.span.start < c.definitions[0].site.end
            or term.term in ctx.text[d.site.start : d.site.end]
            for c in covering
            for d in c.definitions
        ):
            continue
        if _class_of_covered(ctx, first.span.start, covering):
            continue
        yield Hit([first.span], {"term": f'"{term.term}"'})
