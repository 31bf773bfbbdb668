"""E52xx: does the opinion cover the law that decides its conclusions?"""

from __future__ import annotations

import re
from collections.abc import Iterator

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.review.context import Context
from exhibit5.review.places import covers, fold, is_us, same_place
from exhibit5.review.registry import Hit, rule

_INSTRUMENT_BEFORE = re.compile(
    r"Indenture|Notes?\b|Debentures?|Agreement|Warrants?|Guarantees?|Securities|Units|Rights",
)
_BINDING = Anchored(
    r"binding obligations?|valid and binding|enforceable against",
    ("binding obligation", "valid and binding", "enforceable against"),
    re.I,
)
_NO_STATE_LAW = Anchored(r"no opinion\b.{0,60}?laws? of any state", ("no opinion",), re.I | re.S)


def _laws(ctx: Context) -> list[str]:
    return ctx.record.laws.value


def _covered(ctx: Context, place: str) -> bool:
    return any(covers(law, place) for law in _laws(ctx))


def _federally_chartered(ctx: Context) -> bool:
    """Is the issuer organized under the law of the United States (a federal savings
    institution or its holding company, a national bank), so that federal law is the law of
    its organization?"""
    return ctx.record.issuer_jurisdiction.value == "United States"


def _law_spans(ctx: Context) -> list[Span]:
    if ctx.record.law_paragraph is not None:
        return [ctx.record.law_paragraph.span]
    return list(ctx.record.laws.spans) or [ctx.letter_span()]


def _federal_only(ctx: Context) -> bool:
    laws = {fold(law) for law in _laws(ctx)}
    return bool(laws) and laws <= {"united states"}


@rule(
    "E5201", "law-omits-incorporation-state", "error",
    applies_to="every form and issuer",
    message="Opinion is limited to {laws} but the issuer is organized in {jurisdiction}",
    source="SLB 19 (law of the jurisdiction of organization; local counsel), per CFWD, Gibson "
    "Dunn and Lexology; ABA 2013 Update",
    bad='"Tarrant Genomics, Inc., a Delaware corporation ... We express no opinion on any law '
    'other than the law of the State of Oregon."',
    good='"We express no opinion on any law other than the General Corporation Law of the State '
    'of Delaware."',
)  # fmt: skip
def law_omits_incorporation_state(ctx: Context) -> Iterator[Hit]:
    """The law the opinion covers includes the law of the issuer's jurisdiction of organization,
    unless the letter relies on another counsel's opinion for it.

    Why: whether shares are validly issued, and whether the issuer exists and authorized them,
    are questions of that law; an opinion that leaves it out does not answer them.
    """
    juris = ctx.record.issuer_jurisdiction.value
    if not juris or not _laws(ctx) or _covered(ctx, juris) or ctx.cut_at(ctx.record.law_paragraph):
        return
    if _federal_only(ctx) and ctx.issuer_kind != "foreign":
        return  # E5203
    if ctx.relies_on_counsel_for(juris):
        return  # E5806 checks that the other opinion is filed
    yield Hit(
        _law_spans(ctx),
        {"laws": ", ".join(_laws(ctx)), "jurisdiction": juris},
        f"Cover the law of {juris}, or rely on a filed opinion of {juris} counsel.",
    )


@rule(
    "E5202", "governing-law-not-covered", "error",
    mode="now (full refines)", heuristic=True,
    applies_to="debt, guarantees, warrants, rights and units issued under an indenture or "
    "agreement",
    message="{instrument} is governed by {jurisdiction} law, which the opinion does not cover",
    source="SLB 19 (debt securities and guarantees: law governing the instrument), per CFWD",
    bad='"The Warrant Agreement is governed by the laws of the State of New York ... this opinion '
    'is limited to the Nevada Revised Statutes."',
    good='"...limited to the Nevada Revised Statutes and the laws of the State of New York."',
)  # fmt: skip
def governing_law_not_covered(ctx: Context) -> Iterator[Hit]:
    """A binding-obligation opinion covers the law chosen to govern the instrument.

    Why: whether a contract binds its maker is decided by the law that governs it; an opinion
    limited to other law cannot say the instrument is binding.
    """
    if not ctx.security_kinds & {"debt", "guarantee", "derivative", "unit"} or not _laws(ctx):
        return
    if not any(True for _ in ctx.search(_BINDING, ctx.opinions)):
        return  # no binding-obligation opinion here (another letter may give it)
    seen: set[str] = set()
    for m in ctx.mentions("governed_by"):
        place = m.group(1)
        before = ctx.text[max(0, m.start() - 150) : m.start()]
        instrument = _INSTRUMENT_BEFORE.findall(before)
        if not instrument or _covered(ctx, place) or fold(place) in seen:
            continue
        seen.add(fold(place))
        yield Hit(
            [Span(m.start(), m.end())],
            {"instrument": instrument[-1], "jurisdiction": place},
            f"Add the law of {place} to the law paragraph.",
        )
    if seen or ctx.filing is None or ctx.cut_at(ctx.record.law_paragraph):
        return
    # The letter is silent: read the governing-law clause of the indenture or agreement filed
    # as an EX-4 exhibit of the same submission.
    place = ctx.filing.instrument_governing_law()
    if place and not _covered(ctx, place):
        yield Hit(
            _law_spans(ctx),
            {"instrument": "The instrument filed as Exhibit 4", "jurisdiction": place},
            f"Add the law of {place} to the law paragraph.",
        )


@rule(
    "E5203", "federal-law-only", "error",
    applies_to="US corporations and US non-corporate issuers, except those organized under federal "
    "law (federal savings institutions and their holding companies, national banks)",
    message="Opinion covers only federal law; {jurisdiction} law is needed",
    source="Item 601(b)(5)(i); SLB 19 (law of the jurisdiction of organization)",
    bad='"We express no opinion as to any law other than the federal law of the United States." '
    "(for a Colorado corporation)",
    good='"...the Colorado Business Corporation Act and the federal law of the United States."',
)  # fmt: skip
def federal_law_only(ctx: Context) -> Iterator[Hit]:
    """The law paragraph of a US issuer's opinion includes some state law.

    Why: "validly issued, fully paid and non-assessable" and "binding" are conclusions of state
    law; federal law alone cannot support them.
    """
    if ctx.issuer_kind == "foreign" or ctx.cut_at(ctx.record.law_paragraph):
        return
    juris = ctx.record.issuer_jurisdiction.value
    if (juris and ctx.relies_on_counsel_for(juris)) or _federally_chartered(ctx):
        return
    laws = _laws(ctx)
    no_state = any(True for _ in ctx.search(_NO_STATE_LAW, ctx.record.qualifications)) and not any(
        is_us(law) and fold(law) != "united states" for law in laws
    )
    if _federal_only(ctx) or (no_state and laws):
        yield Hit(_law_spans(ctx), {"jurisdiction": juris or "state"})


@rule(
    "E5204", "bar-admission-disclaimer", "error",
    applies_to="every form",
    message="Opinion disclaims bar admission in {state}, whose law it covers",
    source="SLB 19 (competence and admission, as quoted by calcorporatelaw.com); TriBar 1998 §5.3",
    bad='"We are members of the bar of the State of Texas only; as to Nevada law we have relied '
    'solely on our reading of the Nevada Revised Statutes."',
    good='"This opinion is limited to the Nevada Revised Statutes." (no disclaimer)',
)  # fmt: skip
def bar_admission_disclaimer(ctx: Context) -> Iterator[Hit]:
    """The letter does not say counsel is not admitted in (or is admitted only outside) a state
    whose law it covers.

    Why: the staff accepts an opinion on any law counsel is competent to cover; a disclaimer of
    admission undercuts the opinion, and the staff asks for it to be removed.
    """
    covered = [*_laws(ctx), ctx.record.issuer_jurisdiction.value or ""]
    for m in ctx.mentions("bar_admission"):
        not_admitted, only_in = m.group(1), m.group(2)
        if not_admitted and any(same_place(not_admitted, c) for c in covered):
            state = not_admitted
        elif only_in:
            admitted = only_in.lower()  # the places listed: "the States of Ohio and Maryland"
            others = [
                c for c in covered if c and fold(c) != "united states" and fold(c) not in admitted
            ]
            if not others:
                continue
            state = others[0]
        else:
            continue
        yield Hit([Span(m.start(), m.end())], {"state": state}, "Delete the admission statement.")
