"""The opinion itself: its paragraphs and conditions, the conclusions it gives, and the law it
is limited to."""

from __future__ import annotations

import itertools
import re

from exhibit5.anchored import Anchored, phrases
from exhibit5.document import Span
from exhibit5.extract.places import FEDERAL, PLACE, canonical, defined_place, place_in
from exhibit5.extract.record import Found, OpinionParagraph, Part
from exhibit5.extract.structure import ASSUMED_THAT, LAW_SCOPE, Structure

# The conclusion vocabulary of record.md, each with the wordings letters use for it.
TERMS: tuple[tuple[str, Anchored], ...] = tuple(
    (name, Anchored(pattern, starts, re.IGNORECASE))
    for name, starts, pattern in (
        (
            "duly authorized",
            ("duly", "validly"),
            # Not the active "the Board has duly authorized the issuance" of a condition.
            r"\bduly\s+(?:and\s+validly\s+)?authori[sz]ed\b(?!\s+(?:the|such|its|an?)\s)"
            r"|\bduly\s+taken\s+to\s+authori[sz]e"
            r"|\bvalidly\s+and\s+duly\s+authori[sz]ed\b"
            # "are validly authorized shares of Common Stock"
            r"|\bvalidly\s+authori[sz]ed\b(?!\s+(?:the|such|its|an?)\s)",
        ),
        (
            "validly issued",
            ("validly",),
            # "duly and validly authorized and issued": the adverbs go with both verbs.
            r"\bvalidly\s+issued\b|\bvalidly\s+and\s+legally\s+issued\b"
            r"|\bvalidly\s+authori[sz]ed\s+and\s+issued\b",
        ),
        ("legally issued", ("legally",), r"\blegally\s+(?:and\s+validly\s+)?issued\b"),
        ("fully paid", ("fully",), r"\bfully[\s-]+paid\b"),
        # Also as misspelt in filed letters ("nonassesable").
        ("nonassessable", ("non",), r"\bnon[\s-]*as+es+[ai]ble\b"),
        (
            "binding obligations",
            ("binding",),
            r"\bbinding\s+(?:and\s+enforceable\s+)?obligations?\b",
        ),
        (
            "validly existing",
            ("validly",),
            r"\bvalidly\s+existing\b|\bvalidly\s+organized\s+and\s+existing\b",
        ),
        ("good standing", ("good",), r"\bgood\s+standing\b"),
    )
)
# A numbered conclusion's mark, after white space (led by a white-space character, so re skips
# to those rather than trying every position).
_ITEM = re.compile(r"\s(?:\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.)\s+(?=[A-Z\"(])")


def _clause(stops: str, most: int) -> str:
    """3 to ``most`` characters up to the first comma, semicolon, word of ``stops`` (an
    alternation) or the end. The characters that are no such end are taken possessively: a
    lazy ``[^,;]{3,most}?`` followed by a look-ahead for the end would try that look-ahead
    after every character, at twice the cost for the same matches."""
    return (
        rf"[^,;]{{3}}(?:[^,;\s]|(?!\n\Z)\s(?!\s*(?:{stops})\b)){{0,{most - 3}}}+"
        rf"(?=[,;]|\s+(?:{stops})\b|$)"
    )


# A condition of a conclusion ("when issued and paid for as described ..."): up to the comma,
# or the verb of the conclusion, that closes it.
_CONDITION = Anchored(
    r"\b(?:when|upon|if|after|once|provided\s+that|assuming\s+that|to\s+the\s+extent)\b"
    + _clause(r"will|shall|have\s+been", 200)
    + r"|\b(?:against|for)\s+(?:receipt\s+of\s+|payment\s+)[^,;]{3,120}"
    r"|\b(?:pursuant\s+to|in\s+accordance\s+with)\s+" + _clause("will", 160),
    ("when", "upon", "if", "after", "once",
     *phrases("provided that", "assuming that", "to the extent", "against receipt",
              "against payment", "for receipt", "for payment", "pursuant to",
              "in accordance with")),
    re.IGNORECASE,
)  # fmt: skip
# Where it ends: the negative part ("... and we express no opinion as to ...").
LAW_SCOPE_END = Anchored(
    r"\b(?:(?:we|I)\s+(?:express|do|did|have|are\s+not|render|undertake)|no\s+opinion|"
    r"nor\s+|but\s+not|however)\b|;",
    (*phrases("we ", "i ", "no ", "nor ", "but "), "however", ";"),
    re.IGNORECASE,
)
_NOT_COVERED = re.compile(
    r"\b(?:securities|blue\s+sky|tax|antitrust|banking|insurance)\s+(?:or\s+[\w\s]{0,20})?laws?\s*$",
    re.IGNORECASE,
)
# In the opinion: "validly existing under the laws of the State of Ohio" (or "of the United
# States"), "Georgia Business Corporation Code", "matters of Maryland and New York law".
_OPINION_LAW = re.compile(
    r"\blaws?\s+of\s+(?:the\s+)?(?i:State|Commonwealth|Province|Republic)\s+of\s+[A-Z][\w ]+"
    # A federally chartered issuer: "validly existing under the laws of the United States".
    r"|\blaws?\s+of\s+(?i:the\s+United\s+States)\b"
    # "we are of the opinion that under the laws of the Cayman Islands:"
    r"|\blaws?\s+of\s+(?:the\s+)?[A-Z][\w ]+"
    r"|\b[A-Z][A-Za-z]+(?:\s+[A-Z][a-z]+)?\s+(?:General\s+Corporation\s+Law|Business\s+Corporations?"
    r"\s+(?:Act|Code|Law)|Revised\s+Statutes|Corporation\s+Code|Corporations\s+Code|law"
    r"|(?:Revised\s+Uniform\s+)?(?:Limited\s+Partnership|Limited\s+Liability\s+Company|Statutory\s+Trust)"
    r"\s+Act)\b"
    # Canadian usage puts the province after the statute: "Business Corporations Act (Ontario)".
    r"|\bBusiness\s+Corporations?\s+Act\s*\([A-Z][\w ]+\)"
)


def opinion_terms(text: str, st: Structure) -> Found[list[str]]:
    """The conclusions the opinion gives, from the vocabulary of record.md."""
    span = st.opinion_span
    if span is None:
        return Found.of([])
    values, spans = [], []
    for name, pattern in TERMS:
        for m in pattern.finditer(text, st.low, span.start, span.end):
            if name == "duly authorized" and (
                _of_a_person(text, m.start(), m.end()) or _in_condition(st, m.start())
            ):
                continue
            values.append(name)
            spans.append(Span(m.start(), m.end()))
            break
    return Found.of(values, spans=spans)


def _of_a_person(text: str, start: int, end: int) -> bool:
    """ "a duly authorized committee", "its duly authorized officers", "an officer duly
    authorized by the Board": words about who acts, not a conclusion. (A document "duly
    authorized, executed and delivered" is one when the opinion states it, and a condition when
    it stands in a "when" clause: see _in_condition.)"""
    before = _PERSON_BEFORE.search(text, max(0, start - 30), start)
    return bool(before or _PERSON_AUTHORIZED.match(text, end))


def _in_condition(st: Structure, at: int) -> bool:
    """ "when (a) the issuance of the Shares has been duly authorized ..., the Shares will be
    validly issued": the words stand in a "when" clause, before the conclusion's verb."""
    for s in st.opinion_sentences:
        if s.span.start <= at < s.span.end:
            head = s.low[: at - s.span.start]
            leads = [m.end() for m in _CONDITION_LEAD.finditer(head)]
            return bool(leads) and _MAIN_VERB.search(head, leads[-1]) is None
    return False


# Words that open a condition ("upon" is left out: "based upon the foregoing"), and the verb of
# a conclusion (or its rest after a condition set inside it: "will, when so issued, be").
_CONDITION_LEAD = re.compile(r"\b(?:when|if|once|provided|assuming)\b")
_MAIN_VERB = re.compile(
    r"\b(?:will|shall)\s+(?:be|constitute|have)\b|\b(?:are|is)\s+(?:duly|validly)\b|,\s+be\b"
)
_PERSON_AUTHORIZED = re.compile(
    r",?\s+(?:committee|officers?|agents?|representatives?|signator)", re.IGNORECASE
)
_PERSON_BEFORE = re.compile(
    r"\b(?:committee|officers?|agents?|representatives?|signator(?:y|ies)|persons?)\s+$",
    re.IGNORECASE,
)


def opinions(text: str, st: Structure) -> list[OpinionParagraph]:
    """The opinion, one entry per numbered conclusion when it lists them (after the lead-in
    "we are of the opinion that:" as its own entry), each with its conditions and terms."""
    span = st.opinion_span
    if span is None:
        return []
    chunk = text[span.start : span.end]
    # Where each mark starts; the space put first finds a mark at the very start too.
    cuts = [m.start() for m in _ITEM.finditer(" " + chunk)]
    pieces = [0, *[c for c in cuts if c > 0], len(chunk)]
    out = []
    for a, b in itertools.pairwise(pieces):
        piece = chunk[a:b].strip()
        if not piece:
            continue
        start = span.start + chunk.index(piece, a)
        end = start + len(piece)
        low = st.low[start:end]
        conditions = [
            Part.of(text, Span(start + c.start(), start + c.end()))
            for c in _CONDITION.finditer(piece, low)
        ]
        terms = [name for name, pattern in TERMS if pattern.search(piece, low)]
        out.append(OpinionParagraph.build(text, Span(start, end), conditions, terms))
    return out


def law_paragraph(text: str, st: Structure) -> Part | None:
    """The first sentence that limits the law covered, else the first that speaks of it."""
    ss = st.scoped_law_sentences or st.law_sentences
    if not ss:
        return None
    span = Span(ss[0].span.start, ss[0].span.end)
    return Part.of(text, span)


def laws(text: str, st: Structure) -> Found[list[str]]:
    """Jurisdictions whose law the opinion is limited to; without a law paragraph, those the
    opinion itself speaks on, or failing that those the letter says it speaks on ("certain
    matters of Maryland law", "this opinion as to Cayman Islands law")."""
    values: list[str] = []
    spans: list[Span] = []
    scoped = st.scoped_law_sentences
    for s in scoped:
        for scope in LAW_SCOPE.finditer(s.text, s.low):
            stop = LAW_SCOPE_END.search(s.text, s.low, scope.end())
            region_end = stop.start() if stop else len(s.text)
            _collect(s.text, s.low, scope.end(), region_end, s.span.start, values, spans)
    for s in st.law_sentences:
        # "... internal laws of the States of New York and Texas, and we express no opinion as
        # to the laws of any other jurisdiction": the law named before the disclaimer.
        other = None if values or s in scoped else s.find(_NO_OTHER_LAW)
        if other:
            _collect(s.text, s.low, 0, other.start(), s.span.start, values, spans)
    if not values and st.opinion_span is not None:
        op = st.opinion_span
        # Not a law named in what counsel assumes ("we have assumed that ... (except that no
        # such assumption is made as to the law of the State of New York)"): from the
        # assumption to the end of its sentence.
        assumed = [
            Span(s.span.start + a.start(), s.span.end)
            for s in st.opinion_sentences
            if (a := ASSUMED_THAT.search(s.low))
        ]
        for m in _OPINION_LAW.finditer(text, op.start, op.end):
            if _NOT_COVERED.search(text[max(op.start, m.start() - 40) : m.start() + 4]):
                continue
            if any(a.start <= m.start() < a.end for a in assumed):
                continue
            # Not the states where the company is "duly qualified to do business as a foreign
            # corporation": it exists under one law and does business under others.
            qualified = _QUALIFIED_IN.search(text, m.start(), m.end())
            end = qualified.start() if qualified else m.end()
            _collect(text, st.low, m.start(), end, 0, values, spans)
    if not values:
        for s in st.body_sentences:
            for m in _SPOKEN_LAW.finditer(s.text, s.low):
                g = "law" if m.group("law") else "place"
                named = len(spans)
                _collect(s.text, s.low, m.start(g), m.end(g), s.span.start, values, spans)
                if len(spans) == named and g == "law":
                    _collect_abbreviated(
                        text, m.group(g).strip(), s.span.start + m.start(g), values, spans
                    )
    return Found.of(values, spans=spans)


def _collect_abbreviated(
    text: str, law: str, at: int, values: list[str], spans: list[Span]
) -> None:
    """A law named by an abbreviation the letter defines: "RMI law" after 'the Republic of the
    Marshall Islands (the "RMI")'."""
    place = defined_place(text, law) if law.isupper() and len(law) <= 5 else None
    value = place_in(place) if place else None
    if value:
        if value not in values:
            values.append(value)
        spans.append(Span(at, at + len(law)))


# "duly qualified to do business as a foreign corporation in the States of ...": not its law.
_QUALIFIED_IN = re.compile(r"\bqualified\s+to\s+(?:do|transact)\s+business\b", re.IGNORECASE)
_NO_OTHER_LAW = Anchored(
    r"\b(?:we|I)\s+(?:express|render|give)\s+no\s+opinion\b[^.;]{0,160}?\bany\s+other\s+"
    r"(?:jurisdiction|laws?\b)",
    ("we", "i "),
    re.IGNORECASE,
)
# "matters of Maryland and New York law", "opinion as to Cayman Islands law", "matters of the
# laws [with general applicability] of the Netherlands", "the interpretation of RMI law".
_SPOKEN_LAW = Anchored(
    r"\b(?:(?:matters|opinions?)\s+(?:of|as\s+to|under)|interpretation\s+of)\s+"
    r"(?:(?P<law>(?:[A-Z][\w.]*\s+){1,3}"
    r"(?:and\s+(?:[A-Z][\w.]*\s+){1,3})?)laws?\b"
    r"|the\s+laws?\s+(?:\[[^\]]{0,60}\]\s+|with\s+general\s+applicability\s+)?of\s+"
    r"(?P<place>(?:the\s+)?[A-Z][\w.]*(?:\s+(?:of\s+)?[A-Z][\w.]*){0,3}))",
    ("matters", "opinion", "interpretation"),
)


def _collect(
    text: str, low: str, start: int, end: int, base: int, values: list[str], spans: list[Span]
) -> None:
    found: list[tuple[int, str, Span]] = []
    for m in PLACE.finditer(text, low, start, end):
        if _NOT_COVERED.search(text[max(start, m.start() - 40) : m.start()]):
            continue
        found.append(
            (m.start(), canonical(m.group("place")), Span(base + m.start(), base + m.end()))
        )
    for m in FEDERAL.finditer(text, low, start, end):
        if _NOT_COVERED.search(text[max(start, m.start() - 30) : m.end()]):
            continue
        found.append((m.start(), "United States", Span(base + m.start(), base + m.end())))
    for _, value, span in sorted(found):
        if value not in values:
            values.append(value)
        spans.append(span)
