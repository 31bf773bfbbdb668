"""Defined terms of a letter: where each is defined, where it is used, and what goes wrong.

An opinion letter defines its vocabulary as it goes (``HemaCare Corporation, a California
company (the "Company")``) and then writes ``the Company``. Review needs four things from that:

- every definition, with the span of the defined term and of the clause it names (its
  *antecedent*);
- every later use of each defined term;
- capitalised short forms used with "the" that the letter never defines (it defines
  "Securities Act" and later writes "the Act");
- terms defined twice, and terms defined but never used.

Entry point: :func:`find_terms` over a ``Document`` or a plain string. Offsets are character
offsets into that text (``Document.text`` for a document). Straight and curly quotes are both
accepted, so the function also works on text that has not been normalized.

Forms of definition recognised::

    (the "Company")   ("Shares")   (collectively, the "Plans")   (each, a "Plan")
    (such registration statement, as amended, the "Registration Statement")
    (hereinafter referred to as the "Notes")   hereinafter called the "Trust"
    (the "Company" or "Acme")   ('Shares')   (the Company)     -- unquoted, all words capitalised
    Re: ... Registration Statement on Form S-8  -- a heading the body refers back to

A letter that says capitalised terms not defined in it have the meanings given elsewhere ("as
defined in the Registration Statement") gets ``defined_by_reference`` set and no undefined-use
findings, since those terms are then defined outside the letter.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import TYPE_CHECKING

from exhibit5.anchored import Anchored, lowered
from exhibit5.document import Span

if TYPE_CHECKING:
    from exhibit5.document import Document
    from exhibit5.extract.structure import Structure

# Spans are made with tuple's own constructor in the loops that make one per definition, use or
# "the X": a named tuple's generated __new__ runs as Python and costs twice as much.
_new = tuple.__new__

_Q_OPEN = '"\u201c\u201d'
_Q_CLOSE = '"\u201c\u201d'

# A parenthetical that may hold a definition (no nested parentheses; definitions are short):
# one with a quote in it (_QUOTED), or that opens with an article (_UNQUOTED). The others
# (from two in five to half of a letter's) are passed over here, not tried with both patterns.
_PAREN = re.compile(rf"\((?=[^()]{{0,259}}[{_Q_OPEN}']|(?:the|a|an)\s)([^()]{{1,260}})\)")
# A quoted term inside it: double quotes, or single quotes that are not apostrophes.
_QUOTED = re.compile(
    # The opening quote comes first, read once and told apart by a look-behind, so that the
    # pattern starts with one set of characters (re then skips to quotes instead of trying each
    # position). The term runs greedily to the closing quote (a lazy repeat tries the end at
    # every character, three times the cost): as the term holds no quote, the match is the
    # same, and the term's group differs only in the spaces before the quote, which callers
    # strip.
    rf"[{_Q_OPEN}'](?:(?<=[{_Q_OPEN}])\s*([A-Z0-9$][^{_Q_CLOSE}\n]{{0,80}})\s*[{_Q_CLOSE}]"
    r"|(?<=')(?<!\w')([A-Z0-9][^'\n]{0,80})'(?=[\s),;.]|$))"
)
# What may stand last before a quoted term for it to be a definition rather than a quotation
# ("referred to as", "defined as" end in "as"): nothing, a comma or semicolon, a closing quote
# (`"Shares" or "Units"`), or one of these words as a whole word. Searched for in the last
# characters only, as many as the longest word has.
_DEF_LEAD_END = re.compile(
    rf"(?:[,;{_Q_CLOSE}]|(?<!\w)(?:the|a|an|each|collectively|together|hereinafter|herein|as|or"
    r"|and|individually|respectively|called|referred|defined|being))\Z",
    re.IGNORECASE,
)
_DEF_LEAD_REACH = len("collectively")
# A definition outside parentheses: `hereinafter (referred to as|called) (the) "X"`.
_HEREINAFTER = Anchored(
    rf"\b(?:hereinafter|herein|hereafter)\s+(?:(?:referred\s+to|defined|collectively\s+referred"
    rf"\s+to)\s+as|called|the)\s+(?:the\s+|an?\s+)?[{_Q_OPEN}]([A-Z0-9][^{_Q_CLOSE}\n]{{0,80}}?)"
    rf"[{_Q_CLOSE}]",
    ("here",),
    re.IGNORECASE,
)
_HEREIN_WORD = re.compile(r"\b(?:hereinafter|hereafter)\b", re.IGNORECASE)
# `(the Company)`: unquoted, every word capitalised (quotes lost in conversion).
_UNQUOTED = re.compile(r"\((?:the|a|an)\s+([A-Z][A-Za-z0-9-]*(?:\s+[A-Z][A-Za-z0-9-]*){0,3})\)")
# "Capitalized terms used herein and not otherwise defined have the meanings ... in ..."
_BY_REFERENCE = re.compile(
    r"\bcapitali[sz]ed\s+terms\b[^.]{0,200}?\b(?:meaning|meanings|defined)\b", re.IGNORECASE
)
# The label that opens a Re: line ("Re:", "SUBJECT:", "RE" alone on its line).
_SUBJECT_LABEL = re.compile(r"(?:Re|RE|Subject|SUBJECT)\s*:?\s*")
_SUBJECT_REACH = 300  # characters of the subject read for terms
# A run of capitalised words (with inner "of", "and", "&" joining capitalised words). The word
# boundary is a look-behind after the first capital, so that re skips from one capital to the
# next instead of trying every position.
_CAP_RUN = re.compile(
    r"[A-Z](?<!\w[A-Z])[A-Za-z0-9'.-]*(?:(?:\s+(?:of|and|&|for))?\s+[A-Z][A-Za-z0-9'-]*)*"
)
# `the X` with X a capitalised phrase: the candidates for an undefined short form (the word
# boundary after the "T", as in _CAP_RUN).
_THE_CAP = re.compile(
    r"[Tt](?<!\w[Tt])he\s+([A-Z][a-z][A-Za-z-]*(?:\s+[A-Z][a-z][A-Za-z-]*){0,2})\b"
)
# Words that letters conventionally use as defined terms; written as "the X" without a
# definition they are short forms the reader has to guess.
_CONVENTIONAL_TERMS = frozenset(
    {
        "Act",
        "Agreement",
        "Commission",
        "Company",
        "Corporation",
        "Debentures",
        "Indenture",
        "Merger Agreement",
        "Notes",
        "Offering",
        "Plan",
        "Plans",
        "Prospectus",
        "Registrant",
        "Registration Statement",
        "Securities",
        "Shares",
        "Trustee",
        "Underwriters",
        "Underwriting Agreement",
        "Units",
        "Warrants",
    }
)
_CONVENTIONAL_ENDS = frozenset(term.split()[-1] for term in _CONVENTIONAL_TERMS)
# Final words of names that are titles in their own right (statutes, codes, rules), whose
# shortened forms are ordinary usage rather than an undefined term.
_NAME_TAILS = frozenset({"Law", "Laws", "Code", "Statutes", "Rules", "Regulations", "Constitution"})


@dataclass
class Definition:
    """One place where the letter defines a term.

    ``antecedent`` is found when first read (:meth:`at`): extraction reads it for one or two
    terms of a letter, review for all of them."""

    term: str
    span: Span  # the defined term itself (inside the quotes)
    antecedent: Span  # the words the term stands for
    site: Span  # the whole definition (the parenthetical, or the "hereinafter" clause)
    kind: str = "quoted"  # quoted | unquoted | hereinafter | heading

    @classmethod
    def at(cls, text: str, before: int, term: str, span: Span, site: Span, kind: str) -> Definition:
        """The definition of ``term`` whose antecedent ends before offset ``before``."""
        self = object.__new__(cls)  # ``antecedent`` left unset until read
        self.__dict__.update(term=term, span=span, site=site, kind=kind, _text=text, _before=before)
        return self

    def __getattr__(self, name: str) -> Span:
        # Reached only for an attribute that is not set: the deferred antecedent.
        text = self.__dict__.get("_text")
        if name != "antecedent" or text is None:
            raise AttributeError(name)
        self.antecedent = _antecedent(text, self.__dict__.pop("_before"), self.term)
        del self.__dict__["_text"]
        return self.antecedent


@dataclass(slots=True)
class UndefinedUse:
    """A capitalised short form used with "the" that the letter never defines."""

    term: str
    span: Span
    # The defined term or longer name it most likely abbreviates ("Securities Act" for "Act").
    likely_meant: str | None = None


@dataclass(slots=True)
class Term:
    """A defined term with every definition of it and every use after."""

    term: str
    definitions: list[Definition]
    uses: list[Span] = field(default_factory=list)


@dataclass
class Terms:
    """Everything :func:`find_terms` finds; ``terms`` is in order of first definition.

    :func:`find_terms` defers the costly half of its work (every use of each term, and the
    undefined short forms) until ``terms`` or ``undefined`` is first read: extraction needs
    only the definitions (:attr:`defined`), review needs all of it.
    """

    terms: list[Term] = field(default_factory=list)
    undefined: list[UndefinedUse] = field(default_factory=list)
    defined_by_reference: Span | None = None

    @classmethod
    def _deferred(cls, text: str, defined: list[Term], sites: list[Span]) -> Terms:
        self = object.__new__(cls)  # ``terms`` and ``undefined`` left unset until read
        ref = _BY_REFERENCE.search(text) if "apitali" in text else None
        self.defined_by_reference = Span(ref.start(), ref.end()) if ref else None
        self.__dict__.update(_text=text, _defined=defined, _sites=sites)
        return self

    def __getattr__(self, name: str) -> list[Term] | list[UndefinedUse]:
        # Reached only for an attribute that is not set: the deferred fields.
        text = self.__dict__.get("_text")
        if text is None or name not in ("terms", "undefined"):
            raise AttributeError(name)
        terms: list[Term] = self.__dict__["_defined"]
        sites: list[Span] = self.__dict__["_sites"]
        _attach_uses(text, terms, sites)
        by_key = {_key(t.term): t for t in terms}
        self.terms = terms
        self.undefined = [] if self.defined_by_reference else _undefined_uses(text, by_key, sites)
        del self.__dict__["_text"]
        return self.terms if name == "terms" else self.undefined

    @property
    def defined(self) -> list[Term]:
        """The defined terms with their definitions, without computing their uses."""
        defined: list[Term] | None = self.__dict__.get("_defined")
        return self.terms if defined is None else defined

    @property
    def definitions(self) -> list[Definition]:
        return sorted((d for t in self.terms for d in t.definitions), key=lambda d: d.span)

    @property
    def duplicates(self) -> list[Term]:
        """Terms defined at more than one place (``(collectively, the "Plans"; each, a
        "Plan")`` is one place)."""
        return [t for t in self.terms if len({d.site for d in t.definitions}) > 1]

    @property
    def unused(self) -> list[Term]:
        """Terms defined but never used afterwards."""
        return [t for t in self.terms if not t.uses]

    def get(self, term: str) -> Term | None:
        key = _key(term)
        return next((t for t in self.terms if _key(t.term) == key), None)

    def __contains__(self, term: object) -> bool:
        return isinstance(term, str) and self.get(term) is not None


def _key(term: str) -> str:
    """Identity of a term: case and a plural/possessive ending do not make a new term."""
    k = " ".join(term.split()).casefold()
    if k.endswith("'s"):
        k = k[:-2]
    if k.endswith("s") and not k.endswith("ss") and len(k) > 3:
        k = k[:-1]
    return k


def find_terms(doc: Document | str, structure: Structure | None = None) -> Terms:
    """Find the defined terms of a letter, their uses, and undefined or misused ones.

    ``doc`` is a ``Document`` (its normalized ``text`` is read) or a string; ``structure`` is its
    located parts when the caller has them (extraction does), for the Re: line whose capitalised
    phrases the body may use as terms ("the Plan"). Returns a :class:`Terms` whose spans are
    offsets into that text.
    """
    text = doc if isinstance(doc, str) else doc.text
    if structure is None:
        from exhibit5.extract.structure import locate  # extraction imports this module first

        structure = locate(text)
    keyed = [(_key(d.term), d) for d in _definitions(text, structure.low)]
    if structure.re_line is not None:
        defined = {key for key, _ in keyed}
        keyed += [(_key(d.term), d) for d in _heading_terms(text, structure.re_line, defined)]
    keyed.sort(key=lambda kd: kd[1].span)

    by_key: dict[str, Term] = {}
    for key, d in keyed:
        if key in by_key:
            by_key[key].definitions.append(d)
        else:
            by_key[key] = Term(term=d.term, definitions=[d], uses=[])
    sites = sorted({d.site for _, d in keyed if d.kind != "heading"})
    return Terms._deferred(text, list(by_key.values()), sites)


def _definitions(text: str, low: str) -> list[Definition]:
    found: list[Definition] = []
    for paren in _PAREN.finditer(text):
        base, end = paren.span(1)
        site: Span | None = None
        quoted = False
        # Matched in the text itself, bounded to the parenthetical: what comes before the
        # parenthesis is "(", which the look-behinds treat as the start of the string.
        for q in _QUOTED.finditer(text, base, end):
            quoted = True
            group = 1 if q.group(1) is not None else 2
            lead = text[max(base, q.start() - 60) : q.start()]
            if not _leads_definition(lead):
                continue
            # American style puts the comma inside the quotes: (the "Units," and ...).
            term = q.group(group).strip().rstrip(",;")
            if not _looks_like_term(term):
                continue
            start = q.start(group)
            span = _new(Span, (start, start + len(term)))
            herein = "here" in lead.lower() and _HEREIN_WORD.search(lead)
            kind = "hereinafter" if herein else "quoted"
            if site is None:
                site = _new(Span, paren.span())
            found.append(Definition.at(text, paren.start(), term, span, site, kind))
        if not quoted:
            m = _UNQUOTED.fullmatch(text, paren.start(), paren.end())
            if m and _looks_like_term(m.group(1)):
                span = _new(Span, m.span(1))
                site = _new(Span, paren.span())
                found.append(Definition.at(text, paren.start(), m.group(1), span, site, "unquoted"))
    taken = [d.span for d in found]
    for m in _HEREINAFTER.finditer(text, low):
        span = Span(m.start(1), m.end(1))
        if any(s.start <= span.start < s.end for s in taken):
            continue
        term = m.group(1).strip()
        if _looks_like_term(term):
            found.append(
                Definition.at(
                    text,
                    m.start(),
                    term,
                    Span(span.start, span.start + len(term)),
                    Span(m.start(), m.end() + 1),
                    "hereinafter",
                )
            )
    return found


def _leads_definition(lead: str) -> bool:
    """Does ``lead`` (the words before a quoted term) end the way a definition starts?"""
    before = lead.rstrip()
    reach = max(0, len(before) - _DEF_LEAD_REACH)
    return not before or _DEF_LEAD_END.search(before, reach) is not None


def _looks_like_term(term: str) -> bool:
    """A defined term is a short name, not a quoted sentence or heading-length phrase."""
    words = term.split()
    return (
        0 < len(words) <= 8
        and not term.endswith((".", ",", ":"))
        and (term[0].isalpha() or any(c.isalpha() for c in term))  # most start with a letter
    )


_DETERMINERS = frozenset({"the", "a", "an", "its", "such", "each", "all", "any", "certain"})
_NOT_IN_NAME = frozenset({"We", "I", "You", "Our", "As", "In", "On", "This", "By", "To", "For"})
_ABBREVIATIONS = frozenset({"inc.", "corp.", "ltd.", "co.", "l.p.", "n.a.", "s.a.", "plc."})
_PLAIN_WORD = re.compile(r"[\w$.,'&%/-]+")


def _antecedent(text: str, paren_start: int, term: str) -> Span:
    """The words a definition names: the noun phrase just before it, back to a clause break.

    The phrase is taken back from the last occurrence of the term's head word (``company`` in
    ``HemaCare Corporation, a California company``) over its modifiers and a name in
    apposition; without the head word, over the capitalised name that ends just before the
    definition, or else back to the last comma.
    """
    end = paren_start
    while end > 0 and text[end - 1] in " ,\n":
        end -= 1
    window_start = max(0, end - 300)
    window = text[window_start:end]
    # Do not run back past the end of an earlier sentence.
    floor = _last_boundary(window)
    words = term.split()
    head = words[-1].lower() if words else ""
    if head.endswith("s") and not head.endswith("ss"):
        head = head[:-1]
    low = window.lower()
    at = low.rfind(head, floor) if len(head) >= 3 else -1
    while at > floor and low.endswith("per ", 0, at):  # "par value $.01 per share"
        at = low.rfind(head, floor, at)
    anchor = at if at >= 0 else len(window)
    start = _back_over_modifiers(window, floor, anchor)
    if start == len(window):
        comma = max(window.rfind(",", floor), window.rfind(")", floor))
        start = _back_over_modifiers(window, floor, comma + 1) if comma >= 0 else floor
    while start < len(window) and window[start] in " ,\n":
        start += 1
    return Span(window_start + start, end)


_ABBREVIATED = ("Inc", "Corp", "Ltd", "Co", "No")


def _last_boundary(window: str) -> int:
    """Where the last sentence or clause in ``window`` starts (after ". ", "; ", ": " or a
    paragraph break; not after the period of "Inc." or an initial)."""
    floor = max(window.rfind("; "), window.rfind(": "), window.rfind("\n\n"))
    floor = floor + 2 if floor >= 0 else 0
    dot = len(window)
    while True:
        dot = max(window.rfind(". ", floor, dot), window.rfind(".\n", floor, dot))
        if dot < 0:
            return floor
        before = window[max(0, dot - 4) : dot]
        if not (
            before.endswith(_ABBREVIATED)
            or (len(before) >= 2 and before[-2] in " .\n" and before[-1].isupper())
        ):
            return dot + 2


def _back_over_modifiers(window: str, floor: int, start: int) -> int:
    """Move ``start`` back over capitalised words, numbers, determiners and a name in
    apposition (``Acme Corp., a Delaware corporation``)."""
    while True:
        prev = _previous_word(window, floor, start)
        if prev is None:
            return start
        word_start, word = prev
        bare = word.rstrip(",")
        if bare in _NOT_IN_NAME or not bare or not _PLAIN_WORD.fullmatch(word):
            return start
        name_like = bare[0].isupper() or bare[0].isdigit() or bare[0] == "$"
        if bare.lower() in _ABBREVIATIONS or (name_like and not bare.endswith(".")):
            start = word_start
            continue
        if word.lower() in _DETERMINERS:
            start = word_start
            continue
        if word.lower() in {"and", "of", "&"} and window[start : start + 1].isupper():
            # Inside a name ("Securities and Exchange Commission"), only between capitals.
            before = _previous_word(window, floor, word_start)
            if before and before[1][0].isupper() and _PLAIN_WORD.fullmatch(before[1]):
                start = word_start
                continue
        return start


def _previous_word(text: str, floor: int, end: int) -> tuple[int, str] | None:
    """The whitespace-delimited word ending before ``end`` (not before ``floor``)."""
    stop = end
    while stop > floor and text[stop - 1].isspace():
        stop -= 1
    begin = stop
    while begin > floor and not text[begin - 1].isspace():
        begin -= 1
    return (begin, text[begin:stop]) if begin < stop else None


def _heading_terms(text: str, subject: Span, defined: set[str]) -> list[Definition]:
    """Capitalised phrases of the Re: line at ``subject`` that the body then writes as "the X"
    (those whose key is not in ``defined``, the keys of the terms the letter defines)."""
    label = _SUBJECT_LABEL.match(text, subject.start, subject.end)
    line_start = label.end() if label else subject.start
    # Its first line: the lines below may already be the letter's first items.
    line_end = text.find("\n", line_start, subject.end)
    line = text[line_start : subject.end if line_end < 0 else line_end][:_SUBJECT_REACH]
    taken = set(defined)
    found = []
    for run in _CAP_RUN.finditer(line):
        phrase = _trim_run(run.group(0))
        words = phrase.split()
        if words[-1] not in _CONVENTIONAL_ENDS:
            continue  # no tail of the phrase is a conventional term
        for cand in _suffixes(words):
            if cand in _CONVENTIONAL_TERMS and _key(cand) not in taken:
                start = line_start + run.start() + phrase.rfind(cand)
                span = Span(start, start + len(cand))
                found.append(
                    Definition(
                        term=cand,
                        span=span,
                        antecedent=Span(line_start + run.start(), line_start + run.end()),
                        site=subject,
                        kind="heading",
                    )
                )
                taken.add(_key(cand))
                break
    return found


def _trim_run(run: str) -> str:
    return run.rstrip(".'")


def _suffixes(words: list[str]) -> Iterable[str]:
    """The phrase of ``words`` and each shorter tail of it, longest first."""
    for i in range(len(words)):
        yield " ".join(words[i:])


@lru_cache(maxsize=4096)
def _use_pattern(term: str) -> re.Pattern[str]:
    """A term's uses: singular or plural, possessive or not; in any case for an all-capitals
    term (``"COMPANY"`` is later written ``Company``). Cached: most terms recur across letters."""
    words = term.split()
    last = words[-1]
    if last.endswith("s") and not last.endswith("ss") and len(last) > 3:
        last = last[:-1]
    body = r"\s+".join([*(re.escape(w) for w in words[:-1]), re.escape(last)])
    flags = re.IGNORECASE if term.isupper() else 0
    return re.compile(rf"{body}(?:s|es)?(?:'s|’s|'|’)?(?![\w-])", flags)


def _attach_uses(text: str, terms: list[Term], sites: list[Span]) -> None:
    """Fill ``Term.uses`` with every occurrence outside a definition site.

    Each term's first word is found with ``str.find`` (on the lowercased text for an
    all-capitals term) and the whole term then matched there; a longer term wins over a
    shorter one that starts at the same place ("Common Stock" over "Common").
    """
    if not terms:
        return
    low: str | None = None
    found: dict[int, tuple[int, Term]] = {}  # start -> (end, term)
    for term in terms:
        first = term.term.split()[0]
        fold = term.term.isupper()
        if first.endswith("s") and not first.endswith("ss") and len(first) > 3:
            first = first[:-1]  # "Plans" is also written "Plan"
        if fold:
            low = lowered(text) if low is None else low
            haystack, needle = low, first.lower()
        else:
            haystack, needle = text, first
        pattern = _use_pattern(term.term)
        at = haystack.find(needle)
        while at >= 0:
            if at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "'’-"):
                use = pattern.match(text, at)
                if use and (at not in found or found[at][0] < use.end()):
                    found[at] = (use.end(), term)
            at = haystack.find(needle, at + 1)
    end = 0
    for start in sorted(found):
        stop, term = found[start]
        if start < end:
            continue
        span = _new(Span, (start, stop))
        if not _inside(span, sites):
            term.uses.append(span)
        end = stop


def _inside(span: Span, spans: list[Span]) -> bool:
    """Is ``span`` within one of ``spans`` (sorted by start)?"""
    i = bisect_right(spans, (span.start, float("inf"))) - 1
    return i >= 0 and spans[i].start <= span.start and span.end <= spans[i].end


def _undefined_uses(text: str, by_key: dict[str, Term], sites: list[Span]) -> list[UndefinedUse]:
    """``the X`` where X is capitalised, undefined, and reads as a defined-term short form."""
    defined_names = [t.term for t in by_key.values()]
    longer_names = _LazyNames(text)
    verdicts: dict[str, str | None] = {}
    found: list[UndefinedUse] = []
    for m in _THE_CAP.finditer(text):
        phrase = m.group(1)
        if verdicts.get(phrase, "") is None:
            continue  # already known not to be a finding
        end = m.end(1)
        # Part of a longer name ("the Act of 1934", "the Board of Directors", "the Company
        # Stock Plan"): a proper name, not a short form.
        if _LONGER_NAME_TAIL.match(text, end) or _inside(_new(Span, (m.start(1), end)), sites):
            continue
        if phrase not in verdicts:
            verdicts[phrase] = _short_form_of(text, phrase, by_key, defined_names, longer_names)
        meant = verdicts[phrase]
        if meant is not None:
            found.append(UndefinedUse(term=phrase, span=Span(m.start(1), end), likely_meant=meant))
    return found


def _short_form_of(
    text: str, phrase: str, by_key: dict[str, Term], defined: list[str], longer: Iterable[str]
) -> str | None:
    """What an undefined ``the <phrase>`` abbreviates, or None if it is not a finding.

    Returns the defined term or longer name it shortens, or the phrase itself for a
    conventional defined-term word ("the Company") that the letter neither defines nor
    introduces ("a Registration Statement on Form S-8 ... the Registration Statement").
    """
    if _key(phrase) in by_key:
        return None
    words = phrase.split()
    if words[-1] in _NAME_TAILS:
        return None
    folded = phrase.casefold()
    for name in defined:
        if name.casefold().endswith(" " + folded):
            return name
    if len(words) == 1:
        for name in sorted(longer, key=len):
            # "Securities and Exchange Commission" -> "the Commission"; not "Stock of Acme".
            if name.endswith(" " + phrase) and name.split()[-2][0].isupper():
                return name
    if phrase in _CONVENTIONAL_TERMS and not _introduced(text, phrase):
        return phrase
    return None


_LONGER_NAME_TAIL = re.compile(r"\s+(?:of|and|&)\s+[A-Z0-9]|\s+[A-Z0-9]|,\s+(?:Inc|Ltd|LLC|L\.)")


def _introduced(text: str, phrase: str) -> bool:
    """The letter brings the thing in by description rather than by a definition: "a
    Registration Statement on Form S-8", "the Company's Prospectus", "the Plan described"."""
    return phrase in text and _introduction(phrase).search(text) is not None


@lru_cache(maxsize=256)
def _introduction(phrase: str) -> re.Pattern[str]:
    body = re.escape(phrase)
    described = (
        # A document is brought in by what follows it ("the Plan dated ...", "the Registration
        # Statement on Form S-8"); a party is not ("the Company on Form S-4" is no description).
        ""
        if phrase in _PARTY_TERMS
        else rf"|\b{body}\s+(?:on\s+Form|No\.|\(File|\(Registration|dated|filed|relating|"
        r"described|referred|to\s+be\s+filed)"
    )
    return re.compile(rf"(?:\b(?:an?|its|their|our|this|that|your)\s+|'s\s+){body}\b{described}")


_PARTY_TERMS = frozenset({"Company", "Corporation", "Commission", "Registrant", "Issuer", "Bank"})


class _LazyNames:
    """The long capitalised names of a letter, found only if a short form needs them."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._names: set[str] | None = None

    def __iter__(self):  # type: ignore[no-untyped-def]
        if self._names is None:
            self._names = _capitalised_names(self.text)
        return iter(self._names)


def _capitalised_names(text: str) -> set[str]:
    """Multi-word capitalised names written in the letter (``Securities and Exchange
    Commission``), the long forms that a bare ``the Commission`` shortens."""
    names: set[str] = set()
    for m in _CAP_RUN.finditer(text):
        for run in _NAME_BREAK.split(m.group(0)):
            _add_name(_trim_run(run), names)
    return names


# A capitalised run is not one name across a line break or a sentence end.
_NAME_BREAK = re.compile(r"\s*\n\s*\n\s*|(?<!\bInc)(?<!\bCorp)(?<!\bCo)(?<!\bLtd)(?<=[a-z])\.\s+")


def _add_name(run: str, names: set[str]) -> None:
    words = run.split()
    if len(words) < 2 or run.isupper() or words[-1] in _NAME_TAILS:
        return
    # A run that starts a sentence may begin with an ordinary word ("The", "Our").
    if words[0] in {"The", "A", "An", "Our", "Its", "This", "Such", "Each", "In", "As"}:
        words = words[1:]
    if len(words) >= 2:
        names.add(" ".join(words))
