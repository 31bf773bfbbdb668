"""E57xx: drafting quality: defined terms, lists, internal references, salutation."""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from exhibit5.document import Span
from exhibit5.review.context import Context
from exhibit5.review.registry import Hit, rule

_GENDERED = re.compile(r"\bDear\s+(Sirs?|Gentlemen)\b|\b(Gentlemen|Sirs|Messrs\.?)\s*:")
_NAME_LIKE = re.compile(r"[A-Z][\w&'-]*(?: (?:of |and |& )?[A-Z][\w&'-]*){0,5}")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50}


def _roman(s: str) -> int | None:
    total, prev = 0, 0
    for ch in reversed(s):
        v = _ROMAN.get(ch)
        if v is None:
            return None
        total += -v if v < prev else v
        prev = max(prev, v)
    return total


def _letter(s: str) -> int:
    """(a)=1 ... (z)=26, (aa)=27: doubled letters continue the series."""
    return (ord(s[0]) - 96) + (26 * (len(s) - 1))


@rule(
    "E5701", "undefined-term", "info",
    applies_to="every letter",
    message='"{term}" is used but never defined{hint}',
    source="Drafting practice; NC Bar 2004 Report §2 (definitions as a format element)",
    bad='The letter defines the "Exchange Act" and later says "reports filed under the Act".',
    good='"...reports filed under the Exchange Act."',
)  # fmt: skip
def undefined_term(ctx: Context) -> Iterator[Hit]:
    """A capitalised short form is used as if it were defined ("the Act") but the letter defines
    no such term; a near-miss definition ("Securities Act") is suggested.

    Why: the reader has to guess what the term means, and a short form such as "the Act" can
    mean more than one statute.
    """
    by_term: dict[str, list[Span]] = {}
    meant: dict[str, str | None] = {}
    for use in ctx.terms.undefined:
        by_term.setdefault(use.term, []).append(use.span)
        meant.setdefault(use.term, use.likely_meant)
    for term, spans in by_term.items():
        if f'"{term},"' in ctx.text or f'"{term}."' in ctx.text:
            continue  # defined with the comma inside the quotes: (the "Units," and ...)
        defined = meant[term]
        if defined and not _NAME_LIKE.fullmatch(defined):
            defined = None  # a run across a sentence break is no suggestion
        hint = f' (did you mean "{defined}"?)' if defined and defined != term else ""
        suggestion = f'Write "{defined}".' if defined and defined != term else None
        yield Hit(spans, {"term": term, "hint": hint}, suggestion)


@rule(
    "E5702", "term-defined-twice", "info",
    applies_to="every letter",
    message='"{term}" is defined {n} times{how}',
    source="Drafting practice",
    bad='("the "Notes") for the senior notes, and later ("the "Notes") for the exchange notes.',
    good='"Senior Notes" and "Exchange Notes".',
)  # fmt: skip
def term_defined_twice(ctx: Context) -> Iterator[Hit]:
    """A term is defined once; two definitions that name different things are worse.

    Why: every later use becomes ambiguous between the definitions.
    """
    for term in ctx.terms.duplicates:
        defs = [d for d in term.definitions if d.kind != "heading"]
        if len(defs) < 2:
            continue
        # The same thing named twice ("Acme Ltd" and "Acme Ltd, a Cayman Islands company") is
        # one definition repeated; different things under one term are worse.
        named = sorted(
            {
                " ".join(ctx.text[d.antecedent.start : d.antecedent.end].lower().split())
                for d in defs
            },
            key=len,
        )
        named = [n for n in named if len(n.split()) > 1]  # a bare head word says nothing
        how = "" if all(n.startswith(named[0]) for n in named) else " (differently)"
        yield Hit([d.span for d in defs], {"term": term.term, "n": len(defs), "how": how})


@rule(
    "E5703", "term-never-used", "info",
    applies_to="every letter",
    message='"{term}" is defined but never used',
    source="Drafting practice",
    bad='"Fenwick Trust Company (the "Trustee")" in a letter that never mentions the Trustee '
    "again.",
    good="Drop the definition, or use the term.",
)  # fmt: skip
def term_never_used(ctx: Context) -> Iterator[Hit]:
    """Every defined term is used after its definition.

    Why: an unused definition is clutter, and often a sign of a paragraph copied from another
    letter. Not checked on a text that stops before the end of the letter.
    """
    if not ctx.complete:
        return
    for term in ctx.terms.unused:
        defs = [d for d in term.definitions if d.kind != "heading"]
        # A use inside a later definition counts ("(... together with the 2025 Notes, the
        # "Notes")").
        named = re.compile(rf"(?<![\w-]){re.escape(term.term)}(?![\w-])")
        if defs and not named.search(ctx.text, defs[-1].site.end):
            yield Hit([defs[0].span], {"term": term.term}, "Drop the definition.")


def _scheme(
    label: str, previous: tuple[str, int] | None, following: str | None
) -> tuple[str, int] | None:
    """(scheme, ordinal) of a list label. "(i)" right after "(h)" is a letter; so is "(i)"
    after "(g)" or "(i)" when the list goes on in letters ("(i)" or "(j)" next): a lettered
    list that skips or repeats an item. Else it is a numeral."""
    if label.isdigit():
        return "number", int(label)
    is_letter = _is_letter(label)
    roman = _roman(label)
    if roman is not None:
        if is_letter and previous is not None and previous[0] == "letter":
            n = _letter(label)
            after = _letter(following) if following and _is_letter(following) else None
            if n == previous[1] + 1 or (
                n - previous[1] in (0, 2) and after is not None and after - n in (0, 1)
            ):
                return "letter", n
        return "roman", roman
    return ("letter", _letter(label)) if is_letter else None


def _is_letter(label: str) -> bool:
    return label.isalpha() and label == label[0] * len(label)


def _label(scheme: str, n: int) -> str:
    if scheme == "number":
        return str(n)
    if scheme == "letter":
        return chr(96 + (n - 1) % 26 + 1) * ((n - 1) // 26 + 1)
    out = ""
    for value, sym in ((50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def enumerations(ctx: Context) -> list[list[tuple[str, int, Span]]]:
    """The letter's lists: runs of line-start markers of one scheme and style ("(a)" or "1."),
    each item (scheme, ordinal, span); a marker numbered 1 starts a new list (read once per
    letter)."""
    return ctx.once("drafting.enumerations", lambda: _enumerations(ctx))


def _enumerations(ctx: Context) -> list[list[tuple[str, int, Span]]]:
    blocks: list[list[tuple[str, int, Span]]] = []
    styles: list[str] = []
    previous: tuple[str, int] | None = None
    markers = ctx.mentions("list_marker")
    labels = [m.group(1) or m.group(2) for m in markers]
    for i, m in enumerate(markers):
        label, style = (m.group(1), "paren") if m.group(1) else (m.group(2), "dot")
        kind = _scheme(label, previous, labels[i + 1] if i + 1 < len(labels) else None)
        if kind is None:
            continue
        span = Span(m.start(), m.start() + len(label) + (2 if style == "paren" else 1))
        if blocks and blocks[-1][-1][0] == kind[0] and styles[-1] == style and kind[1] != 1:
            blocks[-1].append((kind[0], kind[1], span))
        else:
            blocks.append([(kind[0], kind[1], span)])
            styles.append(style)
        previous = kind
    return blocks


def _written_inline(ctx: Context, scheme: str, n: int, start: int, end: int) -> bool:
    """The missing item is there, only not at the start of a line ("..., (iii) the Bylaws")."""
    label = re.escape(_label(scheme, n))
    pattern = rf"\({label}\)" if scheme != "number" else rf"(?<![\d.,$])(\({label}\)|{label}\.)"
    return re.search(pattern, ctx.text[start:end]) is not None


@rule(
    "E5704", "enumeration-gap", "info",
    applies_to="every letter",
    message="List {what} ({a}) to ({b})",
    source="Drafting practice",
    bad='"(a) the Articles; (b) the Bylaws; (d) the Plan"',
    good="(a), (b), (c).",
)  # fmt: skip
def enumeration_gap(ctx: Context) -> Iterator[Hit]:
    """Lettered, roman and numbered lists run in order, without gaps or repeats (lists that
    continue across a page break are one list).

    Why: a gap suggests a deleted item that other text may still refer to; a repeat makes
    references ambiguous.
    """
    for block in enumerations(ctx):
        for (scheme, prev, before), (_, n, span) in pairwise(block):
            if n == prev + 1:
                continue
            if n > prev + 1 and _written_inline(ctx, scheme, prev + 1, before.end, span.start):
                continue
            what = "repeats" if n == prev else "skips from" if n > prev else "goes back from"
            yield Hit([span], {"what": what, "a": _label(scheme, prev), "b": _label(scheme, n)})


@rule(
    "E5705", "dangling-reference", "info",
    heuristic=True,
    applies_to="every letter",
    message="Reference to {kind} {label}, which the letter does not contain",
    source="Drafting practice",
    bad='"Subject to the assumption in paragraph (h) below", where the list ends at (g).',
    good='"Subject to the assumption in paragraph (g) below".',
)  # fmt: skip
def dangling_reference(ctx: Context) -> Iterator[Hit]:
    """References to a paragraph, clause or item of the letter ("paragraph 4 above"), or to a
    schedule attached to it, point at something the letter contains.

    Why: a dangling reference means text was deleted or copied, and leaves the qualification it
    makes unclear. Only checked on a complete letter.
    """
    if not ctx.complete:
        return
    labels = {_label(s, n) for block in enumerations(ctx) for s, n, _ in block}
    for m in ctx.mentions("internal_reference"):
        label = m.group(2).lower()
        if labels and label not in labels:
            yield Hit([Span(m.start(), m.end())], {"kind": m.group(1).lower(), "label": label})
    for m in ctx.mentions("schedule_reference"):
        heading = re.compile(rf"(?m)^\s*SCHEDULE\s+{re.escape(m.group(1))}\b", re.I)
        if not heading.search(ctx.text, m.end()):
            yield Hit([Span(m.start(), m.end())], {"kind": "Schedule", "label": m.group(1)})


@rule(
    "E5706", "gendered-salutation", "info",
    applies_to="every letter",
    message='Salutation "{text}" addresses men only',
    source="Drafting practice",
    bad='"Dear Sirs:"',
    good='"Ladies and Gentlemen:"',
)  # fmt: skip
def gendered_salutation(ctx: Context) -> Iterator[Hit]:
    """The salutation does not address the reader as men only ("Gentlemen:", "Dear Sirs:").

    Why: the board and officers who receive the letter are not all men; the neutral form is
    standard.
    """
    where = (
        ctx.record.salutation.span if ctx.record.salutation else Span(0, min(len(ctx.text), 4000))
    )
    for at, m in ctx.search(_GENDERED, [where]):
        if ctx.text[max(0, at.start - 4) : at.start] in ("and ", "And ", " & "):
            continue  # "Ladies and Gentlemen:"
        word = 1 if m.group(1) else 2
        facts = {"text": m.group(word)}
        yield Hit([Span(m.start(word), m.end(word))], facts, 'Write "Ladies and Gentlemen:".')
        return
