"""Where things are in a letter, located once for every extractor to read.

A legality opinion follows one plan: letterhead and date, addressee block, ``Re:`` line,
salutation, a role paragraph ("we have acted as counsel to ..."), the documents reviewed, the
assumptions, the opinion itself, the law it covers, the consent, the signature. Real letters are
often flattened onto a few lines or broken mid-sentence, so everything here works on sentences
found with ``\\s+``-tolerant patterns, not on line layout; lines are only used where a block is
made of lines (the addressee, the signature).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from typing import NamedTuple

from exhibit5.anchored import Anchored, lowered, phrases
from exhibit5.document import Span
from exhibit5.extract.dates import DATE

_SALUTATION = Anchored(
    r"\b(?:(?:(?i:Ladies\s+and\s+Gentlemen|Lady\s+and\s+Gentlemen|Gentlemen|Sirs|Mesdames"
    r"|Dear\s+(?:Sirs?|Madams?|Mesdames|Ladies|Sir\s+or\s+Madam|Sirs\s+or\s+Mesdames)"
    r"|(?:Sir|Sirs)\s+(?:or|and)\s+(?:Madam|Mesdames)|To\s+Whom\s+It\s+May\s+Concern)[^:\n]{0,20}?"
    r"|Dear\s+(?:Mr\.|Ms\.|Mrs\.|[A-Z][\w.]*)[^:\n]{0,60}?)"
    # British usage leaves the salutation unpunctuated on its own line ("Dear Sirs").
    r"(?:\s*[:;,]|[ ]*(?=\n))"
    r"|(?:To\s+the\s+(?:Board|Directors|Addressees?)[^:\n]{0,60}?"
    r"|(?i:Members\s+of\s+the\s+Board(?:\s+of\s+(?:Directors|Trustees))?|Board\s+Members)(?=\s*:))"
    r"\s*[:;,])"
    # A letter flattened onto one line: a formula left unpunctuated ends where a sentence starts.
    r"|(?i:Ladies\s+and\s+Gentlemen|Gentlemen|Dear\s+Sirs?|Dear\s+Sir\s+or\s+Madam)(?=[ ]+[A-Z])",
    ("ladies", "lady", "gentlemen", "sirs", "mesdames", "dear", "sir", "to", "members", "board"),
)
# Each look-behind follows the first letter, so that re skips to an "R" or an "S".
# Also "RE" alone on its line, the subject on the lines below (continental usage).
_RE_LINE = re.compile(
    r"(?:R(?<!\wR)[eE]|S(?<!\wS)(?:ubject|UBJECT))\s*:\s*|R(?<![^\n]R)E(?=[ ]*\n)\s*"
)
_CLOSING = Anchored(
    r"\b(?:Very\s+truly\s+yours|Yours\s+(?:very\s+)?truly|Sincerely(?:\s+yours)?|Respectfully"
    r"(?:\s+(?:submitted|yours))?|Yours\s+faithfully|Best\s+regards|Regards|Cordially)\s*[,.]?",
    ("very", "yours", "sincerely", "respectfully", "best", "regards", "cordially"),
    re.IGNORECASE,
)
# A possible sentence end: a stop (and closing quotes or brackets) before a capital, a digit
# or an opening bracket. Abbreviations are ruled out afterwards (see ``_ends_sentence``). One
# pattern for each stop: re finds a single leading character several times faster than one of
# a set.
_SENTENCE_ENDS = tuple(
    (stop, re.compile(re.escape(stop) + r"[\"')]*\s+(?=[\"'(]?[A-Z0-9(])")) for stop in ".?!"
)
_WORD_BEFORE_STOP = re.compile(r"([\w.]+)$")
_ABBREVIATIONS = frozenset(
    {
        "inc", "corp", "co", "ltd", "no", "nos", "mr", "ms", "mrs", "dr", "st", "u.s", "n.a",
        "l.p", "v", "vs", "sec", "seq", "esq", "jr", "sr", "par", "approx",
    }
)  # fmt: skip
_OPINION_TRIGGER = Anchored(
    r"\b(?:(?:we|I)\s+are\s+of\s+(?:the\s+)?opinion|I\s+am\s+of\s+(?:the\s+)?opinion"
    r"|(?:it\s+is|is)\s+(?:our|my)\s+(?:opinion|view)|in\s+(?:our|my)\s+opinion\b"
    r"|(?:we|I)\s+(?:hereby\s+)?(?:advise\s+you|opine)"
    r"|(?:our|my)\s+opinion\s+is\s+that"
    r"|(?:we|I)\s+(?:are|am)\s+(?:also\s+)?of\s+the\s+(?:following\s+)?opinions?"
    r"|(?:it\s+is|is)\s+the\s+opinion\s+of\s+the\s+undersigned"
    r"|(?:we|I)\s+(?:express|give)\s+the\s+(?:following\s+)?opinions?"
    r"|(?:we|I)\s+have\s+reached\s+the\s+following\s+(?:conclusions|opinions?))",
    phrases("we ", "i ", "it ", "is ", "in ", "our ", "my "),
    re.IGNORECASE,
)
_LAW_SENTENCE = Anchored(
    r"\b(?:express(?:es)?\s+no\s+opinion|(?:do|does)\s+not\s+(?:express|purport)|"
    r"limited\s+(?:solely\s+|exclusively\s+|in\s+scope\s+)?to\s+(?:the\s+|matters\s+of\s+)?"
    r"(?:[\w\s,]{0,60}?)\b(?:laws?|act|code|statutes)\b|opinions?\b[^.]{0,40}?\b(?:is|are)\s+limited"
    r"|opin(?:e|ing|ion)\s+(?:only\s+)?(?:as\s+to|on|upon|with\s+respect\s+to)\s+(?:the\s+|matters\s+of\s+)?"
    r"[^.]{0,60}?\blaws?\b"
    r"|law\s+covered\s+by|laws?\s+of\s+any\s+jurisdiction\s+other\s+than|opine\s+only|"
    r"(?:rendered|given|expressed|furnished)\s+(?:only|solely)\s+(?:as\s+to|with\s+respect\s+to|on)\s"
    r"[^.]{0,60}?\blaws?\b|"
    r"(?:members?\s+of\s+the\s+bar|admitted\s+to\s+practice)|other\s+than\s+the\s+(?:laws|federal)"
    r"|(?:we|I)\s+(?:express|render)\s+(?:an\s+|our\s+|my\s+)?opinions?\s+(?:only|solely)"
    # "This opinion is based solely upon the laws of the State of Ohio."
    # "... is based as to matters of law solely on the applicable provisions of the laws of ..."
    r"|based\s+(?:as\s+to\s+matters\s+of\s+law\s+)?(?:solely|only|exclusively)\s+(?:up)?on\s+"
    r"(?:the\s+applicable\s+provisions\s+of\s+)?the\s+laws?\b)",
    ("express", "limited", "opin", "law", "rendered", "given", "furnished", "member",
     "admitted", "other", "based", *phrases("do ", "does ", "we ", "i ")),
    re.IGNORECASE,
)  # fmt: skip
# Where the positive part of a law sentence begins: the law the opinion *is* limited to.
LAW_SCOPE = Anchored(
    r"\b(?:other\s+than|limited\s+(?:solely\s+|exclusively\s+|in\s+scope\s+)?to|confined\s+to|"
    r"restricted\s+to|(?:only|solely|exclusively)\s+(?:as\s+to|with\s+respect\s+to|on|upon|under|"
    r"in|to|the)|covered\s+by\s+[^.]{0,60}?\b(?:is|are)|except\s+for|except(?=\s+the\s+laws?\b)|"
    r"(?:based|relies?)\s+"
    r"(?:as\s+to\s+matters\s+of\s+law\s+)?(?:solely\s+|only\s+)?(?:up)?on\s+"
    r"(?:the\s+applicable\s+provisions\s+of\s+)?the\s+laws?|opine\s+(?:only\s+)?(?:as\s+to|on)|governed\s+by|"
    r"(?:we|I)\s+are\s+(?:qualified|admitted|licensed)\s+to\s+practice\s+(?:law\s+)?only|"
    r"opin(?:e|ing)\s+(?:only\s+)?(?:as\s+to|on|upon|with\s+respect\s+to)|opinion\s+on\s+matters\s+of)",
    ("other", "limited", "confined", "restricted", "only", "solely", "exclusively", "covered",
     "except", "based", "reli", "rely", "opin", "governed", *phrases("we ", "i ")),
    re.IGNORECASE,
)  # fmt: skip
_LAW_WORD = Anchored(
    r"\b(?:laws?|statutes?|code|act|constitution)\b",
    ("law", "statute", "code", "act", "constitution"),
    re.IGNORECASE,
)
# "we have assumed that ...": led by its literal word, the boundary before it checked after
# it, so that re skips to it.
ASSUMED_THAT = re.compile(r"assum(?<!\wassum)(?:ed|e|ing)\s+(?:\w+\s+){0,2}?that\b")
_CONSENT_SENTENCE = Anchored(r"\b(?:consents?|consenting)\b", ("consent",), re.IGNORECASE)
_ROLE_SENTENCE = Anchored(
    r"\b(?:acted|act|acting|are|am|is|serve[sd]?|been\s+retained|represent(?:ed)?|as)\s+"
    r"(?:as\s+)?(?:the\s+|a\s+|your\s+)?(?:[\w.,&-]+\s+){0,8}?(?:counsel|legal\s+advis[eo]rs?|solicitors)\b"
    r"|\bthe\s+undersigned\s+(?:[\w-]+\s+){0,3}?counsel\b|\bI\s+am\s+(?:the\s+)?"
    r"(?:[\w,&-]+\s+){0,8}?(?:Counsel|Officer|Secretary)\b|\bwe\s+have\s+represented\b",
    ("act", "are", "am", "is", "serve", "been", "represent", "as", "the", "i ", "i\n", "we"),
    re.IGNORECASE,
)
_REVIEW_SENTENCE = Anchored(
    r"\b(?:examined|reviewed|have\s+examined|have\s+reviewed|familiar\s+with|considered\s+such|"
    r"made\s+such\s+(?:examination|investigation))",
    ("examined", "reviewed", "have", "familiar", "considered", "made"),
    re.IGNORECASE,
)
_ASSUMPTION = Anchored(r"\bassum(?:ed|e|ing|ption)\b", ("assum",), re.IGNORECASE)
_RELIANCE = Anchored(r"\b(?:relied|rely|relying|reliance)\b", ("reli", "rely"), re.IGNORECASE)
_QUALIFICATION = Anchored(
    r"\b(?:subject\s+to|except\s+(?:as|that|to)|express(?:es)?\s+no\s+opinion|no\s+opinion\s+is"
    r"|(?<!not\s)limited\s+to|is\s+(?:given|rendered|furnished)\s+(?:solely|only|as\s+of)|solely\s+for"
    r"|may\s+not\s+be\s+(?:relied|used|quoted)|undertake\s+no|assume\s+no\s+obligation"
    r"|bankruptcy|insolvency|equitable\s+principles)",
    ("subject", "except", "express", "limited", "solely", "undertake", "assume", "bankruptcy",
     "insolvency", "equitable", *phrases("no ", "is ", "may ")),
    re.IGNORECASE,
)  # fmt: skip
# Words one of which a sentence must contain before its pattern is tried (lowercase).
_QUALIFICATION_KEYS = (
    "subject to", "except", "no opinion", "limited", "given", "rendered", "furnished",
    "solely for", "may not be", "undertake", "obligation", "bankruptcy", "insolvency", "equitable",
)  # fmt: skip
_ROLE_KEYS = ("counsel", "advis", "solicitor", "represent", "officer", "secretary")
_OPINION_KEYS = ("opini", "opine", "advise", "conclusions")
# Each alternative of _LAW_SENTENCE needs one of these ("opinion" alone is in most sentences),
# or "law" with one of _LAW_PARTNERS: half the sentences that speak of law have none of them,
# and the pattern's search costs more than the substring tests that rule them out.
_LAW_KEYS = (
    "express", "purport", "limited", "opine only", "bar", "admitted", "other than", "render",
)  # fmt: skip
# What the alternatives that need only "law" among _LAW_KEYS also need ("other" and "opin"
# for "other than" and "opine only" broken across lines).
_LAW_PARTNERS = ("opin", "only", "solely", "exclusively", "covered", "other")
_REVIEW_KEYS = ("examin", "review", "familiar", "consider", "made such")
_ASSUMPTION_KEYS = ("assum",)
_RELIANCE_KEYS = ("reli", "rely")
_LIST_ITEM = re.compile(
    r"(?m)^\|?\s*(?:\((?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})\)|\d{1,2}\.|[a-z]\.)\s+"
)
_THAT_ITEM = re.compile(r"\|?\s*\(?(?:[a-z]{1,2}|[ivxl]{1,5}|\d{1,2})[.)]\s+that\s")
_OPINIONS_HEADING = re.compile(r"(?:OPINIONS?|Opinions?)\s*\n")
# A sentence that runs on into the next paragraph.
_OPEN_END = re.compile(r"(?::|;|\b(?:that|and|or))\s*$")
# Paragraphs that come after the opinion: the law it covers, qualifications, the consent.
_ENDS_OPINION = re.compile(
    r"^(?:The\s+(?:foregoing\s+)?opinions?\s|Our\s+opinions?\s|This\s+opinion|We\s+(?:express|are\s+"
    r"members|are\s+admitted|consent|hereby\s+consent|do\s+not)|I\s+(?:express|consent|hereby\s+"
    r"consent|am\s+admitted)|In\s+rendering|The\s+law\s+covered|With\s+respect\s+to\s+our\s+opinion)",
    re.IGNORECASE,
)
# A paragraph that states a conclusion (used after "we are of the opinion that:").
_CONCLUSION = Anchored(
    r"\b(?:validly|legally|fully[\s-]+paid|non-?\s?assessable|duly\s+authori[sz]ed|binding|"
    r"good\s+standing|duly\s+(?:incorporated|organized))",
    ("validly", "legally", "fully", "non", "duly", "binding", "good"),
    re.IGNORECASE,
)
# A conclusion stated without "we are of the opinion that".
_BARE_CONCLUSION = Anchored(
    r"\b(?:will|shall)\s+be\s+(?:duly\s+authori[sz]ed,?\s+(?:and\s+)?)?(?:validly|legally)\s+issued\b"
    r"|\b(?:are|is)\s+(?:validly|legally)\s+issued\b"
    # "will be duly issued, valid and binding obligations"
    r"|\b(?:will|shall)\s+(?:constitute|be)\s+(?:the\s+|a\s+)?"
    r"(?:(?:legal|valid|legally|and|duly|issued),?\s+){0,4}binding\s+obligations?\b"
    # On the issuer: "is duly formed under the laws of Maryland and is in good standing", "is
    # (a corporation) duly incorporated under the laws of the State of New York, validly
    # existing".
    r"|\bis\s+(?:validly\s+existing|in\s+good\s+standing)\b"
    r"|\bis\s+(?:an?\s+(?:[\w-]+\s+){0,3}?)?duly\s+(?:incorporated|organized|formed)\b[^.;]{0,120}?"
    r"\bvalidly\s+existing\b",
    ("will", "shall", "are", "is"),
    re.IGNORECASE,
)
_NOT_ADDRESS_LINE = re.compile(
    r"(?i)(?:exhibit|ex\.|ex-|via\s|by\s+(?:edgar|hand|fax|facsimile|e-?mail|courier|federal|overnight)"
    r"|file\s+no|our\s+(?:file|ref)|privileged|confidential)"
)


# Named tuples are made with tuple's own constructor where a letter needs dozens of them (its
# paragraphs and sentences): their generated __new__ runs as Python and costs twice as much.
_new = tuple.__new__


class Sentence(NamedTuple):
    """One sentence (a tuple: thousands are made per letter, and tuples are made fastest)."""

    span: Span
    text: str
    paragraph: int  # index into Structure.paragraphs
    # The same slice of Structure.low: lower-cased with offsets kept, as Anchored needs.
    low: str

    def has(self, words: tuple[str, ...]) -> bool:
        """Does the lowercased sentence contain one of ``words`` (a cheap test before the real
        pattern; substring tests are faster than an alternation of literals)?"""
        low = self.low
        for w in words:  # noqa: SIM110 - any() over a generator costs a third more here
            if w in low:
                return True
        return False

    def find(self, pattern: Anchored) -> re.Match[str] | None:
        """The first match of ``pattern`` in the sentence."""
        return pattern.search(self.text, self.low)


@dataclass
class Structure:
    """Paragraphs, sentences and the located parts of one letter's normalized text."""

    text: str
    low: str  # the text lower-cased, offsets kept (exhibit5.anchored.lowered)
    paragraphs: list[Span] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    salutation: Span | None = None
    re_line: Span | None = None
    closing: Span | None = None  # "Very truly yours,"
    # From after the salutation (or the first body sentence) to the closing.
    body: Span = field(default_factory=lambda: Span(0, 0))

    def make_sentence(self, start: int, end: int, paragraph: int) -> Sentence:
        """A new sentence of ``text[start:end]``, with the same slice of ``low``."""
        span = _new(Span, (start, end))
        return _new(Sentence, (span, self.text[start:end], paragraph, self.low[start:end]))

    @cached_property
    def addressee(self) -> Span | None:
        """The addressee block: from the line after the letter's date to the Re: line or the
        salutation."""
        text = self.text
        end = (
            self.re_line.start
            if self.re_line
            else (self.salutation.start if self.salutation else None)
        )
        if end is None:
            return None
        dates = self.dates_before(end)
        start = dates[-1].end() if dates else max(0, text.rfind("\n\n", 0, end - 1))
        block = text[start:end].strip(" \n,")
        # Captions and delivery lines that stand between the date and the address.
        while block and _NOT_ADDRESS_LINE.match(block):
            cut = block.find("\n")
            block = block[cut + 1 :].strip(" \n,") if cut >= 0 else ""
        if not block:
            return None
        offset = text.index(block, start)
        return Span(offset, offset + len(block))

    @cached_property
    def header_dates(self) -> list[re.Match[str]]:
        """The dates above the body: letterhead, date line, addressee block."""
        return list(DATE.finditer(self.text, self.low, 0, self.body.start))

    def dates_before(self, end: int) -> list[re.Match[str]]:
        """The dates in ``text[:end]`` (read from :attr:`header_dates` when ``end`` is in it)."""
        if end <= self.body.start:
            return [m for m in self.header_dates if m.end() <= end]
        return list(DATE.finditer(self.text, self.low, 0, end))

    @cached_property
    def body_sentences(self) -> list[Sentence]:
        return [s for s in self.sentences if self.body.start <= s.span.start < self.body.end]

    @cached_property
    def opening(self) -> list[Sentence]:
        """The sentences that describe the registration: the Re: line's and the body's first
        four, up to the opinion."""
        out: list[Sentence] = []
        if self.re_line is not None:
            re_line = self.re_line
            out += [
                s
                for s in self.sentences
                if re_line.start <= s.span.start < re_line.end
                or s.span.start < re_line.start < s.span.end
            ]
        stop = self.opinion_start if self.opinion_start is not None else self.body.end
        out += [s for s in self.body_sentences if s.span.start < stop][:4]
        return out

    @cached_property
    def after_opening(self) -> list[Sentence]:
        """Body sentences that are not part of the opening."""
        seen = {s.span for s in self.opening}
        return [s for s in self.body_sentences if s.span not in seen]

    @cached_property
    def role_sentence(self) -> Sentence | None:
        """The sentence saying who counsel is ("we have acted as special counsel to ...")."""
        for s in self.body_sentences[:8]:
            if s.has(_ROLE_KEYS) and s.find(_ROLE_SENTENCE):
                return s
        return None

    @cached_property
    def opinion_start(self) -> int | None:
        """Offset of the opinion trigger ("we are of the opinion that"): the first one whose
        sentence states a conclusion or opens a list, else the first one."""
        first = None
        body = self.body_sentences
        for i, s in enumerate(body):
            m = s.find(_OPINION_TRIGGER) if s.has(_OPINION_KEYS) else None
            if m:
                at = s.span.start + m.start()
                if _CONCLUSION.search(s.text, s.low, m.end()) or s.text.rstrip().endswith(":"):
                    return at
                after = body[i + 1] if i + 1 < len(body) else None
                if first is None and not _leads_nowhere(s, after):
                    first = at
        if first is None:
            # No trigger (a letter cut short, or conclusions stated bare): the first sentence
            # that states a conclusion on the securities.
            for s in self.body_sentences:
                # Not what counsel assumes or relies on ("we have assumed that the Company is
                # validly existing"), nor an item of a list of assumptions whose lead-in is cut
                # off ("(f) that the Documents will constitute binding obligations").
                hedged = (
                    s.has(_ASSUMPTION_KEYS + _RELIANCE_KEYS)
                    or s.span in self.assumed_items
                    or _THAT_ITEM.match(s.text) is not None
                )
                if not hedged and s.find(_BARE_CONCLUSION):
                    return s.span.start
        return first

    @cached_property
    def assumed_items(self) -> set[Span]:
        """The items of a list of assumptions ("We have assumed: (a) that ...; (b) ..."): they
        state what counsel takes as given, whatever their words."""
        out: set[Span] = set()
        listing = False
        style = None  # how the list's items are marked: with figures or with letters
        for s in self.body_sentences:
            item = _LIST_ITEM.match(s.text)
            if item and listing:
                mark = any(c.isdigit() for c in item.group(0))
                style = mark if style is None else style
                listing = mark == style  # "5. When ..." after "(a)", "(b)": another list
                if listing:
                    out.add(s.span)
            elif not item:
                listing = s.has(_ASSUMPTION_KEYS) and s.text.rstrip().endswith(":")
                style = None
        return out

    @cached_property
    def opinion_sentences(self) -> list[Sentence]:
        """The sentences of the opinion: from the trigger to the end of its paragraph, and on
        through the conclusions that follow it (list items, or paragraphs of conclusions after
        "we are of the opinion that:"), up to the law, consent or qualification paragraphs."""
        start = self.opinion_start
        if start is None:
            return []
        out: list[Sentence] = []
        paragraph = None
        listing = False  # the opinion announced a list ("... of the opinion that:")
        for s in self.body_sentences:
            if s.span.end <= start:
                continue
            if paragraph is None:
                paragraph = s.paragraph
            else:
                # A numbered conclusion, or the "OPINIONS" heading offshore counsel set over them.
                item = bool(_LIST_ITEM.match(s.text) or _OPINIONS_HEADING.match(s.text))
                if _ENDS_OPINION.search(s.text) and not item:
                    break  # "Our opinion is limited to ...", "We consent ..."
                if s.paragraph != paragraph:
                    if not (item or listing or _OPEN_END.search(out[-1].text)):
                        break
                    if listing and not item and not s.find(_CONCLUSION):
                        break
                    paragraph = s.paragraph
            if "filing" in s.low and s.find(_CONSENT_SENTENCE):
                break
            out.append(s)
            if s.text.rstrip().endswith(":"):
                listing = True
        return out

    @cached_property
    def opinion_span(self) -> Span | None:
        ss = self.opinion_sentences
        if not ss:
            return None
        start = self.opinion_start if self.opinion_start is not None else ss[0].span.start
        return Span(start, ss[-1].span.end)

    @cached_property
    def law_sentences(self) -> list[Sentence]:
        """Sentences that limit or state the law the opinion covers."""
        return [
            s
            for s in self.body_sentences
            if (s.has(_LAW_KEYS) or ("law" in s.low and s.has(_LAW_PARTNERS)))
            and s.find(_LAW_SENTENCE)
        ]

    @cached_property
    def scoped_law_sentences(self) -> list[Sentence]:
        """Law sentences that say what law the opinion is limited to. Not an assumption about
        other laws ("we have assumed that no law of any jurisdiction other than Bermuda has any
        bearing on the opinions"), nor an item of a list of assumptions ("(g) that ...")."""
        return [
            s
            for s in self.law_sentences
            if LAW_SCOPE.search(s.text, s.low)
            and _LAW_WORD.search(s.text, s.low)
            and not ASSUMED_THAT.search(s.low)
            and s.span not in self.assumed_items
            and not _THAT_ITEM.match(s.text)
        ]

    @cached_property
    def consent_sentences(self) -> list[Sentence]:
        return [s for s in self.body_sentences if "consent" in s.low]

    @cached_property
    def review_sentences(self) -> list[Sentence]:
        stop = self.opinion_start if self.opinion_start is not None else self.body.end
        return [
            s
            for s in self.body_sentences
            if s.span.start < stop and s.has(_REVIEW_KEYS) and s.find(_REVIEW_SENTENCE)
        ]

    def sentences_matching(
        self, pattern: Anchored, keys: tuple[str, ...], among: list[Sentence] | None = None
    ) -> list[Sentence]:
        """Body sentences (or those of ``among``) that contain one of ``keys`` and match
        ``pattern``."""
        ss = self.body_sentences if among is None else among
        return [s for s in ss if s.has(keys) and s.find(pattern)]

    def assumption_sentences(self) -> list[Sentence]:
        return self.sentences_matching(_ASSUMPTION, _ASSUMPTION_KEYS)

    def reliance_sentences(self) -> list[Sentence]:
        return self.sentences_matching(_RELIANCE, _RELIANCE_KEYS)

    def qualification_sentences(self) -> list[Sentence]:
        """Body sentences outside the opinion that qualify it (the opinion's own sentences are
        left out before the pattern is tried: they are long and full of its words)."""
        opinion = self.opinion_span
        outside = (
            [s for s in self.body_sentences if not opinion.start <= s.span.start < opinion.end]
            if opinion
            else self.body_sentences
        )
        return self.sentences_matching(_QUALIFICATION, _QUALIFICATION_KEYS, outside)


_AS_FOLLOWS_STOP = re.compile(r"\bas\s+follows\s*\.$")


def _leads_nowhere(s: Sentence, after: Sentence | None) -> bool:
    """Is ``s`` an "As special counsel ..., we advise you as follows." closing the opening
    paragraph, followed (``after``) by what counsel examined rather than by conclusions? (A
    house style: the opinion comes later under its own lead-in.)"""
    if not _AS_FOLLOWS_STOP.search(s.low.rstrip()):
        return False
    return after is None or not (_LIST_ITEM.match(after.text) or after.find(_CONCLUSION))


def locate(text: str) -> Structure:
    """Split ``text`` into paragraphs and sentences and find the letter's landmarks."""
    st = Structure(text=text, low=lowered(text))
    pos = 0
    for chunk in text.split("\n\n"):
        if chunk:
            st.paragraphs.append(_new(Span, (pos, pos + len(chunk))))
        pos += len(chunk) + 2
    # The stops of the whole text are found in one pass; a stop belongs to its paragraph only
    # if what follows it starts there too (searching each paragraph alone finds just those).
    stops = iter(_sentence_ends(text))
    stop = next(stops, None)
    for index, para in enumerate(st.paragraphs):
        start = para.start
        while stop is not None and stop.start() < para.end:
            m, stop = stop, next(stops, None)
            if m.end() >= para.end or (
                text[m.start()] == "." and not _ends_sentence(text, m.start())
            ):
                continue
            end = m.start() + len(m.group(0).rstrip())
            if end > start:
                st.sentences.append(st.make_sentence(start, end, index))
            start = m.end()
        if start < para.end:
            st.sentences.append(st.make_sentence(start, para.end, index))

    _merge_markers(st)
    head = text[:6000]
    sal = _SALUTATION.search(text, st.low, 0, 6000)
    # A "Dear ..." far inside the body (after the role sentence) is not the salutation.
    late = sal is not None and sal.start() > 400
    role = _ROLE_SENTENCE.search(text, st.low, 0, sal.start()) if sal and late else None
    if sal and role and sal.start() - role.start() > 400:
        sal = None
    st.salutation = Span(sal.start(), sal.end()) if sal else None
    if sal:
        _split_at(st, sal.end())
    limit = sal.start() if sal else len(head)
    re_m = _RE_LINE.search(head, 0, limit)
    if re_m:
        end = limit if sal else _end_of_block(text, re_m.end())
        st.re_line = Span(re_m.start(), end)
    if sal:
        body_floor = sal.end()
    else:
        # No salutation: the body starts at a line that opens like a letter's first sentence.
        # (A line break put first lets the pattern find that line at the very start too.)
        opener = _BODY_LINE.search("\n" + head)
        body_floor = opener.end() - 1 if opener else _first_body_sentence(st)
        if opener:
            _split_at(st, body_floor)
    st.closing = _closing(text, st.low, body_floor)
    body_start = body_floor
    body_end = st.closing.start if st.closing else len(text)
    st.body = Span(body_start, max(body_start, body_end))
    if st.re_line and st.re_line.start < body_start < st.re_line.end:
        # Without a salutation the subject runs to the body's first sentence.
        end = st.re_line.start + len(text[st.re_line.start : body_start].rstrip())
        st.re_line = Span(st.re_line.start, end)
    return st


_MARKER_ONLY = re.compile(r"\|?\s*(?:\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]|\d{1,2}\.\d?)")
_MARKER_MAX = 12  # "| (iiii)" with room for a stray space


def _sentence_ends(text: str) -> list[re.Match[str]]:
    """The possible sentence ends of ``text``, in order (they never overlap: what follows a
    stop in a match is no stop)."""
    ends = [m for stop, end in _SENTENCE_ENDS if stop in text for m in end.finditer(text)]
    ends.sort(key=lambda m: m.start())
    return ends


def _ends_sentence(text: str, dot: int) -> bool:
    """A period ends a sentence unless it ends an abbreviation or a single initial."""
    word = _WORD_BEFORE_STOP.search(text, max(0, dot - 12), dot)
    if word is None:
        return True
    w = word.group(1).lower()
    before = text[max(0, word.start() - 2) : word.start()]
    if w.isdigit() and len(w) <= 2 and (not before or before.endswith(("\n", ": ", ":"))):
        return False  # a list number at the start of a line: "that:\n1. The Shares ..."
    # A single capital is an initial ("J. Smith"), not the end of "Regulation S-K.".
    initial = len(w) == 1 and w.isalpha() and text[dot - 1].isupper() and not before.endswith("-")
    return not (w in _ABBREVIATIONS or initial or "." in w)  # "F.N.B." is an initialism


def _merge_markers(st: Structure) -> None:
    """Join a list marker that the sentence split left alone ("1.") to the sentence after it."""
    merged: list[Sentence] = []
    pending: Sentence | None = None
    for s in st.sentences:
        if pending is not None and pending.paragraph == s.paragraph:
            s = st.make_sentence(pending.span.start, s.span.end, s.paragraph)
        elif pending is not None:
            merged.append(pending)
        pending = None
        # A marker is a few characters: the length test spares most sentences the pattern.
        if len(s.text) <= _MARKER_MAX and _MARKER_ONLY.fullmatch(s.text.strip()):
            pending = s
            continue
        merged.append(s)
    if pending is not None:
        merged.append(pending)
    st.sentences = merged


_CLOSING_WORDS = ("truly", "sincerely", "respectfully", "faithfully", "regards", "cordially")
_CLOSING_TAIL = 1500


def _closing(text: str, low: str, floor: int) -> Span | None:
    """The last complimentary close after ``floor`` ("Very truly yours,"), found from its
    key word backwards rather than by scanning the whole letter."""
    # The close is near the end: its last words are looked for there first.
    tail = max(0, len(low) - _CLOSING_TAIL)
    at = max(low.rfind(w, tail) for w in _CLOSING_WORDS)
    if at < 0:
        at = max(low.rfind(w) for w in _CLOSING_WORDS)
    while at > floor:
        last = None
        for m in _CLOSING.finditer(text, low, max(floor, at - 20), min(len(text), at + 40)):
            last = m
        if last is not None and last.start() > floor:
            return Span(last.start(), last.end())
        at = max(low.rfind(w, floor, at) for w in _CLOSING_WORDS)
    return None


def _split_at(st: Structure, offset: int) -> None:
    """Make ``offset`` a sentence boundary (a salutation run into the first sentence)."""
    for i, s in enumerate(st.sentences):
        if s.span.start < offset < s.span.end:
            tail_start = offset
            while tail_start < s.span.end and st.text[tail_start].isspace():
                tail_start += 1
            st.sentences[i : i + 1] = [
                st.make_sentence(s.span.start, offset, s.paragraph),
                st.make_sentence(tail_start, s.span.end, s.paragraph),
            ]
            return


def _end_of_block(text: str, pos: int) -> int:
    end = text.find("\n\n", pos)
    return end if end >= 0 else len(text)


_BODY_START = re.compile(
    r"\b(?:We|I|This\s+(?:opinion|letter)|As\s+(?:special\s+|legal\s+)?counsel|In\s+(?:connection|our)"
    r"|Reference\s+is|You\s+have|At\s+your|The\s+Company|Pursuant"
    # A letter whose first page is lost may start at the opinion itself.
    r"|Based\s+(?:up)?on\s+(?:the\s+)?foregoing|On\s+the\s+basis\s+of)\b"
)


# Led by the line break, so that re skips from one to the next. A line that opens like a letter
# and runs on (an address line may start with "The Company"), or the role sentence itself however
# short its line ("We have acted as counsel to Acme" / "Corp., ...").
_BODY_LINE = re.compile(
    r"\n(?=" + _BODY_START.pattern + r"[^\n]{40}"
    r"|(?:We|I)\s+(?:have\s+)?(?:acted|are\s+acting)\s+as\b)"
)


def _first_body_sentence(st: Structure) -> int:
    """Without a salutation: the first sentence that reads like the letter's opening."""
    for s in st.sentences:
        if s.span.start > 6000:
            break
        if _BODY_START.match(s.text) and len(s.text) > 60:
            return s.span.start
    return 0
