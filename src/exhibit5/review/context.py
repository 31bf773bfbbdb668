"""What rules read: the Document, its OpinionRecord, and views derived from them once.

Every view is computed at most once per letter and shared by all rules: the located parts
(introduction, opinion paragraphs, assumptions ...), their sentences, the security and issuer
kinds, whether the text is the whole letter, and the letter-wide mentions (forms, dates,
placeholders ...) that several rules need. Rules never loop over the text themselves.

**Is the text the whole letter?** Many stored letters are only their first part, and some only
their last. The text *ends* where the letter does when a signature block, a complimentary close
("Very truly yours", "Sincerely", ...) or a conformed signature (``/s/``) is present. It
*begins* where the letter does when a date line, an addressee, a salutation or the paragraph
naming counsel's role is present, and the text does not open in the middle of a list or a
sentence. It is *complete* when both hold. Rules that need the whole letter to say something is
*absent* (no date, no consent, a term never used) do not fire on an incomplete text.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import cache, cached_property
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, cast

from exhibit5.anchored import Anchored, lowered
from exhibit5.document import Document, Span
from exhibit5.extract.opinion import TERMS as OPINION_TERMS
from exhibit5.extract.places import place_in
from exhibit5.extract.record import OpinionRecord, Part
from exhibit5.review.names import firm_key
from exhibit5.review.places import fold, is_us
from exhibit5.terms import Terms, find_terms

if TYPE_CHECKING:
    from exhibit5.review.filing import Filing

T = TypeVar("T")

# A sentence ends at . ; or : followed by space and a capital, digit, quote or list marker.
_SENTENCE_BREAK = re.compile(r"(?<=[.;:])[\"')\]]*\s+(?=[\"(\[]?[A-Z0-9(])")


class Mention(NamedTuple):
    """A letter-wide pattern, and how to avoid scanning the whole letter with it.

    ``needles``: lowercase words of which at least one must be in the letter for its matches to
    count. ``starts``: lowercase words with which every match begins; the pattern is then only
    tried where one of them occurs (``str.find`` is far faster than a regex scan that has no
    literal prefix). A pattern that opens with ``(?m)^`` is only tried at line starts. The
    rest are scanned by ``re`` directly, so each must open with a literal.
    """

    pattern: re.Pattern[str]
    needles: tuple[str, ...] = ()
    starts: tuple[str, ...] = ()


# Letter-wide mentions, each found once per letter on demand (see ``Context.mentions``).
MENTIONS: dict[str, Mention] = {
    "closing": Mention(
        re.compile(
            r"\b([Vv]ery [Tt]ruly [Yy]ours|[Yy]ours ([Vv]ery )?[Tt]ruly|[Ss]incerely( [Yy]ours)?"
            r"|[Rr]espectfully( [Ss]ubmitted| [Yy]ours)?|([Bb]est|[Kk]ind) [Rr]egards|"
            r"[Yy]ours [Ff]aithfully|[Yy]ours [Ss]incerely|[Ff]aithfully( [Yy]ours)?|"
            r"VERY TRULY YOURS|SINCERELY)\s*,?",
        ),
        starts=("very", "yours", "sincerely", "respectfully", "best", "kind", "faithfully"),
    ),
    "conformed": Mention(re.compile(r"(?m)^\s*/s/\s*\S"), ("/s/",)),
    "form": Mention(
        # "Form" first (then "no word character before it") gives the scan a literal prefix.
        re.compile(r"Form(?<!\wForm)s?\s+([SF]-\d+[A-Z]*|SB-\d|10)\b(\s+POS\b)?"),
        ("s-1", "s-2", "s-3", "s-4", "s-8", "f-1", "f-3", "f-4", "sb-", "form 10"),
    ),
    "placeholder": Mention(
        re.compile(
            r"\bform of (legal )?opinion\b|\[\s*(_+|●|•|\*+|date|name[^\]]{0,30})\s*\]|_{5,}", re.I
        ),
        starts=("form of", "[", "_____"),
    ),
    "draft_legend": Mention(re.compile(r"\bDRAFT\b"), starts=("draft",)),
    "governed_by": Mention(
        re.compile(
            r"governed by\b.{0,40}?laws? of (?:the )?(?:State|Commonwealth) of "
            r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)",
            re.S,
        ),
        ("governed by",),
    ),
    "bar_admission": Mention(
        re.compile(
            r"not (?:admitted|licensed|a member of the bar)\b.{0,60}?(?:State|Commonwealth) of "
            r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)|admitted to practice (?:law )?only in "
            # Every place listed ("the States of Ohio and Maryland"), up to the clause's end.
            r"([^.;]{1,120}?)(?=[.;]|,? (?:and|but) (?:we|I|our)\b|$)",
            re.I | re.S,
        ),
        ("admitted", "licensed", "member of the bar"),
        ("not ", "admitted to practice"),
    ),
    "reliance_limit": Mention(
        re.compile(
            r"([Ss]olely|[Oo]nly|[Ee]xclusively) for (the|your) (benefit|use|information)"
            r"|may not be relied (up)?on by (any|anyone|any other)"
            r"|[Nn]o (other )?(person|party|one)\b.{0,40}?(may|is entitled to|shall be entitled to)"
            r" rely",
            re.S,
        ),
        ("ly for the ", "ly for your ", "be relied", " rely"),
        ("solely for ", "only for ", "exclusively for ", "may not be relied", "no "),
    ),
    # The reliance the staff requires, kept in a limit: "... and such other persons as are
    # entitled to rely upon it pursuant to the applicable provisions of the Securities Act".
    "reliance_carve_out": Mention(
        re.compile(
            r"(?:entitled|permitted) to rely\b[^.;]{0,160}?\b(?:Securities Act|the Act)\b", re.I
        ),
        starts=("entitled to rely", "permitted to rely"),
    ),
    "current_report": Mention(
        re.compile(r"Current Report on Form [86]-K|prospectus supplement", re.I),
        starts=("current report", "prospectus supplement"),
    ),
    # A figure in parentheses after a number in words: "one million (1,000,000)".
    "number_words": Mention(
        re.compile(r"\(\s*(\d{1,3}(?:,\d{3})+|\d+)\s*\)"),
        ("hundred", "thousand", "million", "billion"),
    ),
    "plan_dated": Mention(
        re.compile(r"\bPlan\b[^.;]{0,80}?\b(?:dated|effective|adopted)\b(?: as of| on)?\s+"),
        ("dated", "effective", "adopted"),
        ("plan",),
    ),
    # "<name>, a Delaware corporation": the name before the comma is checked by the rule.
    "described_as": Mention(
        re.compile(
            r",\s+an? ([A-Z][a-z]+(?: [A-Z][a-z]+){0,2}) (?:(?:exempted|public|private|"
            r"business|limited) )?(?:corporation|company|limited "
            r"partnership|limited liability company|statutory trust|real estate investment trust|"
            r"business trust)\b"
        ),
        (", a ", ", an "),
    ),
    # "the Company is (a corporation) duly organized ... under the laws of the State of X", or
    # "<name>, a corporation organized under the laws of X" (the rule checks the name).
    "incorporated_under": Mention(
        re.compile(
            r"(?:([Tt]he Company|[Tt]he Registrant|[Tt]he Issuer)(?: is| was| has been)?|,)\s+"
            r"(?:an? (?:corporation|company)\s+)?(?:(?:duly|validly)\s+)*"
            r"(?:incorporated|organized|formed|existing)(?: and (?:validly )?existing)?\s+under "
            r"the laws of (?:the )?(?:(?:[Ss]tate|[Cc]ommonwealth|[Pp]rovince) of )?"
            r"([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
        ),
        ("under the laws of",),
        (",", "the company", "the registrant", "the issuer"),
    ),
    "par_value": Mention(
        re.compile(
            r"\b([Cc]ommon|[Pp]referred|[Oo]rdinary|[Cc]apital) ([Ss]tock|[Ss]hares)\b"
            r"(?:(?!stock|shares|Stock|Shares)[^.;]){0,40}?[Pp]ar [Vv]alue"
            r"(?: of)? \$?\s?(\d*\.\d+|\d+)",
        ),
        ("par value",),
        ("common", "preferred", "ordinary", "capital"),
    ),
    # A lettered class of stock: "Class A common stock", "Class B Ordinary Shares".
    "share_class": Mention(
        re.compile(
            r"Class ([A-Z])\b(?= (?:[Cc]ommon |[Oo]rdinary |[Pp]referred |[Cc]apital )?"
            r"(?:[Ss]tock|[Ss]hares)\b)"
        ),
        ("class",),
    ),
    "plan_year": Mention(
        re.compile(r"\b((?:19|20)\d\d) ((?:[A-Z][a-z]+ ){0,5}(?:Plan|Program))\b"),
        ("plan", "program"),
        ("19", "20"),
    ),
    "list_marker": Mention(
        re.compile(r"(?m)^(?:\(([a-z]{1,2}|[ivxl]+|\d{1,2})\)\s|(\d{1,2})\.\s)")
    ),
    "internal_reference": Mention(
        re.compile(
            r"\b([Pp]aragraph|[Cc]lause|[Ii]tem)s?\s*\(?([a-z]|[ivx]+|\d{1,2})\)?"
            r"(?=[^.;]{0,40}?\b(above|below|hereof|of this (letter|opinion)))",
        ),
        ("above", "below", "hereof", "of this"),
        ("paragraph", "clause", "item"),
    ),
    "schedule_reference": Mention(
        re.compile(r"\bSchedule ([A-Z0-9]{1,4})\b(?=.{0,20}(hereto|attached))", re.S),
        starts=("schedule ",),
    ),
    # A sentence relying on another counsel's opinion ("As to Hawaii law, we have relied upon
    # the opinion, dated ..., of ...").
    "relies_on_opinion": Mention(
        re.compile(r"\b(?:relied|rely|relying)\b[^.]{0,80}?\bopinions?\b[^.]*"),
        starts=("relied", "rely"),
    ),
    # The consent to filing, however it is phrased ("consent ... to the filing of this opinion").
    "consent_given": Mention(
        re.compile(
            r"\bconsent\w*\b[^.]{0,300}?\b(?:filing|use|inclusion|incorporation)\b[^.]{0,60}?"
            r"\b(?:this|our|the|such|said) (?:legal )?(?:opinion|letter)",
            re.I,
        ),
        starts=("consent",),
    ),
    "term_meaning": Mention(
        re.compile(
            r"(mean\w*|term|expression)\b.{0,60}?(non-?assessable|fully paid)"
            r"|non-?assessable\b.{0,30}?mean",
            re.I | re.S,
        ),
        ("assessable", "fully paid"),
        ("mean", "term", "expression", "non"),
    ),
    "relied_on_opinion": Mention(
        re.compile(
            r"(?:relied|rely|relying)\b.{0,30}?(?:up)?on (?:the )?(?:opinions?|letter) of "
            r"([A-Z][\w&.,' ]+?)(?:,| dated| filed| of even date| as to| with respect| which|"
            r" that|\.)",
            re.S,
        ),
        ("opinion of", "opinions of", "letter of"),
        ("relied", "rely"),
    ),
}

_INTRO_WORDS = re.compile(r"\bcounsel\b|\bregistration\b", re.I)
# An opinion that opens with a lead-in to its items: "we are of the opinion that:".
_LEAD_IN = Anchored(
    r"\b(opinion|advise you|opine)\b[^.:;]{0,80}:", ("opinion", "advise you", "opine")
)
# A text that opens inside a list ("1. 30,000 shares ...", "(c) the Bylaws") or a sentence.
_MID_TEXT = re.compile(r"\s*(?:\(?(?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.\s|[a-z])")
# A conclusion on securities stated as one ("will be validly issued", "are fully paid", "will,
# when sold, be legally issued"), not a description ("exchanged for fully paid shares"): a
# paragraph that states one is an opinion paragraph, with or without a lead-in.
_CONCLUSION = re.compile(
    r"\b(?:will|shall|are|is|be|been)\s+(?:(?:duly|validly|legally|and|authori[sz]ed|issued|"
    r"valid|legal|outstanding)[\s,]+){0,5}(?:(?:legally|validly)\s+issued\b|fully[\s-]+paid\b"
    r"|non[\s-]*ass?ess?able\b|binding\s+(?:and\s+enforceable\s+)?obligations?\b)",
    re.I,
)
_CONCLUSION_WORDS = ("issued", "paid", "assesable", "assessable", "binding")
_LONG_PARAGRAPH = 1500
_PARAGRAPH_BREAK = re.compile(r"\n\n")

# A leading digit lets the scan skip to digits; a number right after "$", "." or a digit is
# left out by ``share_counts``.
_SHARE_NUMBER = re.compile(
    r"(\d(?:\d{0,2}(?:,\d{3})+|\d{3,}))\)?\s+(?:[A-Za-z]+\s+){0,2}(?:[Ss]hares|SHARES|[Uu]nits)\b"
)
_CAPITAL = Anchored(
    r"[Aa]uthori[sz]ed (capital|shares)|consist\w* of|[Oo]utstanding|reserved",
    ("authorised ", "authorized ", "consist", "outstanding", "reserved"),
)

_EQUITY = re.compile(r"\b(stock|shares?|ordinary|capital|depositary|ADSs?)\b", re.I)
_EQUITY_CLASS = re.compile(
    r"\b(common stock|preferred stock|ordinary shares|common shares|capital stock|"
    r"depositary shares)\b"
)
# Kind patterns are lower case: they run on lower-cased text (``Context.registered``).
_DEBT = re.compile(r"\b(notes?|debentures?|debt securities|bonds)\b")
_GUARANTEE = re.compile(r"\bguarant(?:ee|ees|ies|y|ors?)\b|\bguaranteed by\b")
_DERIVATIVE = re.compile(
    r"\b(warrants?|subscription rights|(?:share |stock )?purchase rights|rights to purchase|"
    r"purchase contracts?)\b(?!\s+(shares|stock|common))"
)
_UNDERLYING = re.compile(
    r"(upon|on) (the )?(conversion|exercise|exchange)|issu(able|ed) (upon|under|pursuant)|"
    r"convertible into|exchangeable for|exercisable for|to (purchase|acquire|subscribe for)|"
    r"underlying|in connection with|pursuant to|under (the|its|our)|granted"
)
_DERIVATIVE_WORDS = ("warrant", "rights", "purchase contract")
_OPTIONS = re.compile(r"\boptions\b", re.I)
_UNITS = re.compile(r"\bunits\b", re.I)
_ENTITY = re.compile(
    r"\b(limited liability company|limited partnership|statutory trust|business trust|"
    r"real estate investment trust|trust|corporation|company|exempted company|"
    r"limited company|societe anonyme|N\.V\.|plc|AG|S\.A\.)\b",
    re.I,
)
_DESCRIBED = re.compile(
    r",\s+an? ((?:[A-Z][a-z]+ ){1,3})(?:exempted company|company|corporation|limited company|"
    r"limited liability company|limited partnership|business company)\b"
)
# An LP, LLC or trust by its name; not an LLP ("L.L.P."), which is a law firm's form.
_NON_CORP_NAME = re.compile(r"(?<!L\.)(?<!L)\b(L\.?\s?P\.?|L\.?L\.?C\.?|Partners|Trust)\s*$", re.I)
_STOCK = re.compile(r"\bstock\b", re.I)
_PLAN_NAME = re.compile(r"\b(Plan|Program)\s*$", re.I)
_NON_CORP_ENTITY = {"limited liability company", "limited partnership", "statutory trust",
                    "business trust", "trust"}  # fmt: skip


@cache
def _anchored(kind: str) -> Anchored:
    """``MENTIONS[kind]`` tried only where one of its start words occurs."""
    mention = MENTIONS[kind]
    return Anchored(mention.pattern.pattern, mention.starts, mention.pattern.flags)


_LINE_START = "(?m)^"


class _AtLineStarts:
    """A ``(?m)^`` pattern tried only at the line starts where it can match: re tries such a
    pattern at every position, but a finder that opens with the literal newline skips to
    newlines at memchr speed and checks the rest of the pattern there."""

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        body = pattern.pattern.removeprefix(_LINE_START)
        self.finder = re.compile(rf"\n(?=(?:{body}))", pattern.flags)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``."""
        match, free = self.pattern.match, 0
        for at in (0, *(m.end() for m in self.finder.finditer(text))):
            if at < free:
                continue
            m = match(text, at)  # "^" still holds there: it looks at the text before ``at``
            if m:
                yield m
                free = m.end() if m.end() > m.start() else m.end() + 1


@cache
def _at_line_starts(kind: str) -> _AtLineStarts:
    return _AtLineStarts(MENTIONS[kind].pattern)


def split_sentences(text: str, offset: int = 0) -> list[Span]:
    """Sentence spans of ``text`` (offsets shifted by ``offset``); ``\\s+`` never line layout."""
    spans: list[Span] = []
    start = 0
    for m in _SENTENCE_BREAK.finditer(text):
        if m.start() > start:
            spans.append(Span(offset + start, offset + m.start()))
        start = m.end()
    if start < len(text):
        spans.append(Span(offset + start, offset + len(text.rstrip())))
    return spans


class Context:
    """The letter being reviewed and the views of it that rules share."""

    def __init__(self, doc: Document, record: OpinionRecord, filing: Filing | None = None) -> None:
        self.doc = doc
        self.record = record
        self.filing = filing
        self.text = doc.text
        self._mentions: dict[str, list[re.Match[str]]] = {}
        self._once: dict[str, Any] = {}

    def once(self, key: str, compute: Callable[[], T]) -> T:
        """``compute()``, computed once per letter: for facts a rule module derives that
        several of its rules read (``key`` names the fact, prefixed by the module)."""
        if key not in self._once:
            self._once[key] = compute()
        return cast(T, self._once[key])

    # -- located parts -------------------------------------------------------------------

    @cached_property
    def ends(self) -> bool:
        """Whether the end of the letter is in the text (see the module docstring)."""
        return (
            self.record.signature is not None
            or bool(self.mentions("closing"))
            or bool(self.mentions("conformed"))
        )

    @cached_property
    def begins(self) -> bool:
        """Whether the beginning of the letter is in the text (see the module docstring)."""
        r = self.record
        top = r.date.value is not None or r.addressee or r.salutation or r.role_paragraph
        return bool(top) and not _MID_TEXT.match(self.text)

    @cached_property
    def complete(self) -> bool:
        """Whether the text is the whole letter, from its top to its close."""
        return self.begins and self.ends

    @cached_property
    def intro(self) -> Part | None:
        """The paragraph that says who counsel is and what is being registered (not the
        addressee block, though it may name "General Counsel")."""
        if self.record.role_paragraph is not None:
            return self.record.role_paragraph
        first_opinion = self.record.opinions[0].span.start if self.record.opinions else None
        heading = [p.span for p in (self.record.addressee, self.record.salutation) if p]
        for start, end in self.paragraphs:
            if first_opinion is not None and start >= first_opinion:
                break
            if any(h.start <= start and end <= h.end for h in heading):
                continue
            # In a paragraph that goes on into the opinion, what comes before it.
            end = end if first_opinion is None else min(end, first_opinion)
            body = self.text[start:end]
            if _INTRO_WORDS.search(body) and len(body) > 80:
                return Part(span=Span(start, end), text=body)
        return None

    @cached_property
    def terms(self) -> Terms:
        """The letter's defined terms, their uses, and undefined short forms (the record's,
        when extraction filled them in)."""
        terms = self.record.terms
        return terms if terms.terms or terms.undefined else find_terms(self.doc)

    @cached_property
    def paragraphs(self) -> list[Span]:
        spans, start = [], 0
        for m in _PARAGRAPH_BREAK.finditer(self.text):
            spans.append(Span(start, m.start()))
            start = m.end()
        spans.append(Span(start, len(self.text)))
        return [s for s in spans if s.end > s.start]

    @cached_property
    def opinions(self) -> list[Part]:
        """The opinion paragraphs. When the opinion opens with a lead-in ("we are of the opinion
        that:") and the record's paragraphs stop short of the next part of the letter, the
        paragraphs up to that part (law, consent, qualification, reliance, close) are taken
        in: they are the opinion's items, numbered or not."""
        ops: list[Part] = list(self.record.opinions)
        if not ops:
            return self._conclusion_paragraphs()
        if not _LEAD_IN.search(self.text, self.lower, ops[0].span.start, ops[0].span.end):
            return ops
        after = ops[-1].span.end
        parts = [self.record.law_paragraph, self.record.consent_paragraph, self.record.signature]
        parts += [*self.record.qualifications, *self.record.reliance]
        stops = [p.span.start for p in parts if p is not None and p.span.start >= after]
        stops += [m.start() for m in self.mentions("closing") if m.start() >= after]
        stop, end = min([*stops, len(self.text)]), after
        stop = self._consent_between(after, stop)
        items: list[Part] = []
        for start, para_end in self.paragraphs:
            if para_end <= end:
                continue
            if start >= stop:
                break
            span = Span(max(start, end), min(para_end, stop))
            items.append(Part(span=span, text=self.text[span.start : span.end]))
            end = span.end
        return [*ops, *items]

    def _consent_between(self, start: int, end: int) -> int:
        """Where a consent to filing begins between ``start`` and ``end`` (else ``end``): it
        ends the opinion's items where the record's consent paragraph was not found there."""
        consent = MENTIONS["consent_given"].pattern
        i = self.lower.find("consent", start, end)
        while i >= 0:
            if consent.match(self.text, i):
                return i
            i = self.lower.find("consent", i + 7, end)
        return end

    def _conclusion_paragraphs(self) -> list[Part]:
        """Where the record found no opinion paragraph: the paragraphs that state a conclusion
        on securities (numbered conclusions whose lead-in is missing or was not read), outside
        the assumptions, documents reviewed and qualifications. In a long paragraph (a letter
        flattened onto one line) only the sentences that state one."""
        r = self.record
        others = [p.span for p in (*r.assumptions, *r.documents_reviewed, *r.qualifications)]
        found: list[Part] = []
        for para in self.paragraphs:
            words = self.text[para.start : para.end].lower()
            if not any(w in words for w in _CONCLUSION_WORDS) or not _CONCLUSION.search(
                self.text, para.start, para.end
            ):
                continue
            spans = [para] if para.end - para.start <= _LONG_PARAGRAPH else [
                s for s in self.sentences(para) if _CONCLUSION.search(self.text, s.start, s.end)
            ]  # fmt: skip
            for span in spans:
                if not any(o.start < span.end and span.start < o.end for o in others):
                    found.append(Part(span=span, text=self.text[span.start : span.end]))
        return found

    @cached_property
    def opinion_terms(self) -> set[str]:
        """The conclusions given: the record's, and those of list items taken in above."""
        terms = set(self.record.opinion_terms.value)
        added = self.opinions[len(self.record.opinions) :]
        if added:  # one stretch of the text: searched once, not part by part
            start, end = added[0].span.start, added[-1].span.end
            terms.update(n for n, p in OPINION_TERMS if p.search(self.text, self.lower, start, end))
        return terms

    @cached_property
    def opinion_sentences(self) -> list[Span]:
        return [s for p in self.opinions for s in self.sentences(p)]

    def registered(self, pattern: re.Pattern[str], needles: tuple[str, ...]) -> bool:
        """Whether the security or the introduction names ``pattern`` (lower case; every match
        contains one of ``needles``) as a registered security, not only as the instrument that
        underlying shares are issued on ("upon conversion of the Notes")."""
        security = (self.record.security.value or "").lower()
        text = self._intro_lower
        if not any(n in text or n in security for n in needles):
            return False
        if pattern.search(security):
            return True
        return any(
            not _UNDERLYING.search(text, max(0, m.start() - 60), m.start())
            for m in pattern.finditer(text)
        )

    @cached_property
    def _intro_lower(self) -> str:
        return self.intro.text.lower() if self.intro else ""

    def opinion_targets(self) -> list[Span] | None:
        """Where a finding that the opinion *lacks* something points, or None when the text
        cannot tell: the opinion paragraphs; with none found, the letter if it is complete.
        A text cut off inside its last opinion paragraph cannot tell either."""
        opinions = self.opinions
        if not opinions:
            return [self.letter_span()] if self.complete else None
        if not self.ends and opinions[-1].span.end >= len(self.text.rstrip()) - 2:
            return None
        return [p.span for p in opinions]

    def relies_on_counsel_for(self, place: str) -> bool:
        """The letter relies on another counsel's opinion for the law of ``place``."""
        folded = fold(place)
        for m in self.mentions("relies_on_opinion"):
            start = self.text.rfind(".", 0, m.start()) + 1
            if folded in self.text[start : m.end()].lower():
                return True
        return False

    def cut_at(self, part: Part | None) -> bool:
        """The text stops inside ``part`` (so what the part says may be incomplete)."""
        return part is not None and not self.ends and part.span.end >= len(self.text.rstrip()) - 2

    def share_counts(self, parts: Iterable[Part | Span]) -> list[tuple[int, Span]]:
        """Numbers of shares or units stated in the parts ("160,000 shares"), leaving out
        sentences about authorized or outstanding capital."""
        found = []
        text = self.text
        for part in parts:
            span = part.span if isinstance(part, Part) else part
            for m in _SHARE_NUMBER.finditer(text, span.start, span.end):
                if m.start() and text[m.start() - 1] in "0123456789.$":
                    continue
                start = max(text.rfind(". ", span.start, m.start()), span.start)
                end = text.find(". ", m.end(), span.end)
                if _CAPITAL.search(text, self.lower, start, span.end if end < 0 else end):
                    continue
                found.append((int(m.group(1).replace(",", "")), Span(m.start(1), m.end(1))))
        return found

    def in_opinion(self, span: Span) -> bool:
        """Does ``span`` reach into an opinion paragraph? (One may start inside a sentence:
        "Based on the foregoing, it is our opinion that ...".) An empty span is a point."""
        end = max(span.end, span.start + 1)
        return any(p.span.start < end and span.start < p.span.end for p in self.opinions)

    def sentences(self, part: Part | Span) -> list[Span]:
        span = part.span if isinstance(part, Part) else part
        return split_sentences(self.text[span.start : span.end], span.start)

    def mentions(self, kind: str) -> list[re.Match[str]]:
        """Matches of the letter-wide pattern ``MENTIONS[kind]``, found once per letter. Each
        needle and each start word costs one pass over the text: needles no more than the start
        words are looked for first; otherwise the pattern runs first, and its needles are looked
        for only when it matches (most often in the matches themselves)."""
        found = self._mentions.get(kind)
        if found is None:
            pattern, needles, starts = MENTIONS[kind]
            needles_first = 0 < len(needles) <= len(starts)
            if needles_first and not self._has_any(needles, []):
                found = []
            else:
                found = list(
                    _anchored(kind).finditer(self.text, self.lower)
                    if starts
                    else _at_line_starts(kind).finditer(self.text)
                    if pattern.pattern.startswith(_LINE_START)
                    else pattern.finditer(self.text)
                )
                if found and needles and not needles_first and not self._has_any(needles, found):
                    found = []
            self._mentions[kind] = found
        return found

    def _has_any(self, needles: tuple[str, ...], matches: list[re.Match[str]]) -> bool:
        """Whether one of ``needles`` is in the letter: looked for in ``matches`` first."""
        lower = self.lower
        return any(n in lower[m.start() : m.end()] for m in matches for n in needles) or any(
            n in lower for n in needles
        )

    def low(self, part: Part | Span) -> str:
        """The text of a part in lower case, for lower-case patterns compiled without
        re.IGNORECASE (much faster to scan); offsets are relative to the part."""
        span = part.span if isinstance(part, Part) else part
        return self.lower[span.start : span.end]

    @cached_property
    def lower(self) -> str:
        """The text in lower case at the text's offsets, for cheap substring tests."""
        return lowered(self.text)

    def search(
        self, pattern: re.Pattern[str] | Anchored, parts: Iterable[Part | Span]
    ) -> Iterator[tuple[Span, re.Match[str]]]:
        """Each match of ``pattern`` inside the given parts, with its span in the letter."""
        for part in parts:
            span = part.span if isinstance(part, Part) else part
            found = (
                pattern.finditer(self.text, self.lower, span.start, span.end)
                if isinstance(pattern, Anchored)
                else pattern.finditer(self.text, span.start, span.end)
            )
            for m in found:
                yield Span(m.start(), m.end()), m

    def letter_span(self) -> Span:
        """Where a finding about the letter as a whole points: its introduction, or else its
        first line."""
        if self.intro is not None:
            return self.intro.span
        first_line = self.text.find("\n")
        return Span(0, len(self.text) if first_line < 0 else first_line)

    # -- kinds (rules.md "Kinds") --------------------------------------------------------

    @cached_property
    def issuer_name(self) -> str | None:
        """The record's issuer name, unless it is no issuer's name: counsel's firm (read from
        the letterhead or the signature) or a plan ("... Stock Purchase Plan")."""
        found = self.record.issuer_name
        name = found.value
        if not name or _PLAN_NAME.search(name):
            return None
        counsel = self.record.counsel_name
        inside = [p.span for p in (self.record.signature,) if p is not None] + counsel.spans
        if found.spans and all(
            any(o.start <= s.start < o.end for o in inside) for s in found.spans
        ):
            return None
        if counsel.value and firm_key(counsel.value) == firm_key(name):
            return None
        return name

    @cached_property
    def entity_type(self) -> str | None:
        """The issuer's entity form as stated ("corporation", "limited partnership")."""
        name = self.issuer_name
        juris = self.record.issuer_jurisdiction.value
        if not self.intro:
            return None
        text = self.intro.text
        if juris:
            i = text.find(juris)
            m = _ENTITY.match(text, i + len(juris) + 1) if i >= 0 else None
            if m:
                return m.group(1).lower()
        if name:
            i = text.find(name)
            if i >= 0:
                m = _ENTITY.search(text, i + len(name), i + len(name) + 80)
                if m:
                    return m.group(1).lower()
        return None

    @cached_property
    def jurisdiction(self) -> str | None:
        """The issuer's jurisdiction: the record's, or the place in the introduction's "a(n)
        <place> <entity>" phrase ("a Cayman Islands exempted company") when the record has
        none."""
        if self.record.issuer_jurisdiction.value or self.intro is None:
            return self.record.issuer_jurisdiction.value
        m = _DESCRIBED.search(self.intro.text)
        return place_in(m.group(1)) if m else None

    @cached_property
    def issuer_kind(self) -> str:
        """``us-corp``, ``non-corp`` (LP, LLC, trust) or ``foreign``."""
        juris = self.jurisdiction
        if juris and not is_us(juris):
            return "foreign"
        if self.entity_type in _NON_CORP_ENTITY:
            return "non-corp"
        # A name ending "LP" or "Trust" is not enough when the securities are stock, which
        # only corporations issue.
        name = (self.issuer_name or "").rstrip(",. ")
        if _NON_CORP_NAME.search(name) and not _STOCK.search(self.record.security.value or ""):
            return "non-corp"
        return "us-corp"

    @cached_property
    def security_kinds(self) -> frozenset[str]:
        """Registered security kinds: equity, interest, debt, guarantee, derivative, unit."""
        security = self.record.security.value or ""
        intro = self.intro.text if self.intro else ""
        kinds: set[str] = set()
        s8 = (self.record.form.value or "").startswith("S-8")
        if _EQUITY.search(security) or (not security and _EQUITY.search(intro)):
            kinds.add("equity")
        elif self.registered(_EQUITY_CLASS, ("stock", "shares")):
            kinds.add("equity")  # a universal shelf that lists debt first
        if _UNITS.search(security) or re.search(r"\binterests\b", security, re.I):
            kinds.add("interest" if self.issuer_kind == "non-corp" else "unit")
        if self.issuer_kind == "non-corp" and "equity" in kinds:
            kinds.discard("equity")
            kinds.add("interest")
        if not s8:
            if self.registered(_DEBT, ("note", "debenture", "debt", "bond")):
                kinds.add("debt")
            if self.registered(_GUARANTEE, ("guarant",)):
                kinds.add("guarantee")
            if self.registered(_DERIVATIVE, _DERIVATIVE_WORDS) or _OPTIONS.search(security):
                kinds.add("derivative")
        return frozenset(kinds)


def security_label(ctx: Context) -> str:
    """How a message names the registered securities."""
    return ctx.record.security.value or "securities"
