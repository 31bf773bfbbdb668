"""Normalization shared by every reader: characters, lines, paragraphs, pages.

A reader cuts its source into ``Line``s (pieces of text, each with the raw range it came from)
and breaks (``PARA``, ``PAGE``); ``layout`` turns them into the normalized text and its offset
map. The guarantees are listed in ``exhibit5.document``. Two kinds of input differ:

- *wrapped* input (plain text, PDF text layers) has soft line wraps that must be joined; a line
  is a wrap when it is long for the document, or when the next line starts in lower case;
- *unwrapped* input (HTML, DOCX) has one line per paragraph or ``<br>``; every break is hard.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from operator import itemgetter
from typing import Final

from exhibit5.document import OffsetMap, SegmentFields

# Characters that NFKC leaves alone but that the normalized text must not hold.
_REPLACEMENTS: Final = {
    "\u2018": "'",
    "\u2019": "'",
    "\u201a": "'",
    "\u201b": "'",
    "\u2032": "'",
    "\u2035": "'",
    "\u201c": '"',
    "\u201d": '"',
    "\u201e": '"',
    "\u201f": '"',
    "\u2033": '"',
    "\u2036": '"',
    "\u00ab": '"',
    "\u00bb": '"',
    "\u2010": "-",
    "\u2011": "-",
    "\u2012": "-",
    "\u2013": "-",
    "\u2014": "-",
    "\u2015": "-",
    "\u2212": "-",
    "\u00ad": "",  # soft hyphen
    "\u200b": "",
    "\u200c": "",
    "\u200d": "",
    "\u2060": "",
    "\ufeff": "",
    # NFKC makes a space of it too; replaced first, a line of mere spacing is ASCII at once.
    "\u00a0": " ",
}
# Found by pattern and replaced by str.replace: str.translate looks every character of
# non-ASCII text up in a dict, re.sub calls back for every one found.
_REPLACED: Final = re.compile("[" + "".join(_REPLACEMENTS) + "]")
# A run that needs work: anything but printable ASCII, or two or more spaces.
_SPECIAL: Final = re.compile(r"[ ]*[^\x21-\x7e ][^\x21-\x7e]*| {2,}")
_CONTROL: Final = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_SPACES: Final = re.compile(r"\s+")
_WS_OR_NOT: Final = re.compile(r"\s+|\S+")
_SPACE_RUN: Final = re.compile(" {2,}")

# A line that only numbers a page: "- 3 -", "Page 3", "Page 3 of 5", "3 of 5"; and a bare "3",
# which is only taken for a page number next to a page break (a wrapped address has them too).
PAGE_NUMBER: Final = re.compile(
    r"\s*(?:-\s*\d{1,3}\s*-|page\s+\d{1,3}(?:\s+of\s+\d{1,3})?|\d{1,3}\s+of\s+\d{1,3})\s*",
    re.IGNORECASE,
)
_BARE_NUMBER: Final = re.compile(r"\s*\d{1,3}\s*")
# Line text has single spaces, so no longer line can be a page number.
_PAGE_NUMBER_MAX: Final = len("page 999 of 999")
# A running head after a page break names the page ("Page 2", "- 2 -").
_RUNNING_HEAD_MARK: Final = re.compile(r"\s*(?:-\s*\d{1,3}\s*-|page\s+\d{1,3}\b.*)\s*", re.I)
# "(a)", "(iv)", "(12)", "a.", "1.", "iv." at the start of a line.
LIST_MARKER: Final = re.compile(
    r"\s*(?:\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?:[a-z]|\d{1,2}|[ivx]{1,5})\.\s)", re.I
)
# Salutations and closings stand on their own lines.
_LETTER_FORMULA: Final = re.compile(
    r"(?:Dear .{1,40}|(?:Ladies|Gentlemen|Sirs|Mesdames)\b.{0,30}|To whom it may concern)[:,]"
    r"|(?:Very truly yours|Yours (?:very )?truly|Sincerely(?: yours)?|Respectfully(?: submitted)?"
    r"|Best regards|Regards),?",
    re.IGNORECASE,
)
# A date broken after its month or day ("March" / "27, 2009").
_OPEN_DATE: Final = re.compile(
    r"\b(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+\d{1,2},?)?$|^\d{1,2},$"
)
_MARKER_ONLY: Final = re.compile(
    r"\((?:[a-z]{1,2}|[ivxlc]{1,6}|\d{1,2})\)|(?:[a-z]|\d{1,2}|[ivxlc]{1,6})\.", re.I
)
_PIECE_TEXT: Final = itemgetter(0)  # of a line's piece (see Line)
_SENTENCE_PUNCTUATION: Final = frozenset(".:;!?")
_CLOSERS: Final = "'\")]"
# An underline or rule typed as a line of its own ("-----", "=====", "_____").
_RULE: Final = re.compile(r"[-_=*~. ]{3,}")
_RULE_STARTS: Final = "-_=*~."
# The patterns below are only tried on lines that could match, as most lines cannot. Line text
# is stripped, with single spaces: a formula is at most "Dear " and 40 characters and a colon,
# a list marker's "." comes within "iiiii.", a marker alone is at most "(iiiiii)".
_FORMULA_MAX: Final = 46
_MARKER_ONLY_MAX: Final = 8


# The tests below are given the text of a line laid out, which is never empty (see layout).


def _ends_sentence(text: str) -> bool:
    """Does ``text`` end with . : ; ! or ?, perhaps inside closing quotes or brackets?"""
    last = text[-1]
    if last in _CLOSERS:  # most lines end otherwise: nothing to strip
        last = text.rstrip(_CLOSERS)[-1:]
    return last in _SENTENCE_PUNCTUATION


def _stands_apart(text: str) -> bool:
    """Is ``text`` a rule, a salutation or a closing? Those are laid out, never wrapped."""
    return (text[0] in _RULE_STARTS and _RULE.fullmatch(text) is not None) or (
        len(text) <= _FORMULA_MAX and _LETTER_FORMULA.fullmatch(text) is not None
    )


def _starts_list_item(text: str) -> bool:
    return (text[0] == "(" or "." in text[:6]) and LIST_MARKER.match(text) is not None


def _replace_chars(s: str) -> str:
    for char in set(_REPLACED.findall(s)):
        s = s.replace(char, _REPLACEMENTS[char])
    return s


def _fold(s: str) -> str:
    """NFKC with straight quotes and plain dashes; replaced before NFKC too, which would
    split a double prime into two primes."""
    s = _replace_chars(s)
    if s.isascii():  # all that was not ASCII has been replaced: nothing for NFKC to do
        return s
    return _replace_chars(unicodedata.normalize("NFKC", s))


@lru_cache(maxsize=8192)  # the same runs (a quote, a line break and indent) recur endlessly
def clean(s: str) -> str:
    """Normalize a run of characters: NFKC, straight quotes, one space for any white space."""
    if s.isspace() and s.isascii():  # the common case: a line break and indentation
        return " "
    if not s.isascii():
        s = _fold(s)
    return _SPACES.sub(" ", _CONTROL.sub("", s))


def _line_text(s: str) -> str:
    """``clean(s).strip()``, uncached: whole lines rarely recur and would crowd out the runs."""
    if not s.isascii():
        s = _fold(s)
    if s.isprintable():  # the only white space is " "
        s = s.strip(" ")
        if "  " not in s:
            return s
    elif _CONTROL.search(s):  # most often it is line breaks, for split
        s = _CONTROL.sub("", s)
    return " ".join(s.split())


class TextBuilder:
    """Accumulates normalized text and the offset map, collapsing spaces across pieces."""

    __slots__ = ("_exact_end", "_last", "_len", "_parts", "_segs", "page_breaks")

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._segs: list[SegmentFields] = []
        self._len = 0
        self._last = "\n"  # as if at the start of a line: a leading space is dropped
        self._exact_end = -1  # the raw end of the last segment if exact: it grows from there
        self.page_breaks: list[int] = []

    def emit(self, text: str, raw_start: int, raw_end: int, exact: bool) -> None:
        if text[:1] == " " and self._last in " \n":
            text = text[1:]
            if exact:
                raw_start += 1
        if not text:
            return
        start = self._len
        end = start + len(text)
        if exact and raw_start == self._exact_end:
            norm_start, _, prev_raw_start, _, _ = self._segs[-1]
            raw_end = raw_start + len(text)
            self._segs[-1] = (norm_start, end, prev_raw_start, raw_end, True)
            self._parts[-1] += text  # parts and segments stay one to one
        else:
            self._segs.append((start, end, raw_start, raw_end, exact))
            self._parts.append(text)
        self._exact_end = raw_end if exact else -1
        self._len = end
        self._last = text[-1]

    def emit_line(self, text: str, raw_start: int) -> None:
        """Emit ``text``, exactly ``raw[raw_start:raw_start + len(text)]``, as a line starts:
        after a break or a joining space (no segment to grow), and without a leading space."""
        start = self._len
        self._len = end = start + len(text)
        self._exact_end = raw_end = raw_start + len(text)
        self._segs.append((start, end, raw_start, raw_end, True))
        self._parts.append(text)
        self._last = text[-1]

    def emit_source(self, s: str, raw_start: int) -> None:
        """Emit ``s``, which is exactly ``raw[raw_start:raw_start + len(s)]``, normalized."""
        if s.isascii():
            # The common case: line breaks and tabs become spaces one for one, so the text
            # still maps character for character; runs of spaces are collapsed after.
            printable = s.isprintable()
            if not printable:
                s = s.replace("\n", " ").replace("\r", " ").replace("\t", " ")
                printable = s.isprintable()
            if printable:
                self.emit_plain(s, raw_start)
                return
        pos = 0
        for m in _SPECIAL.finditer(s):
            a, b = m.span()
            if a > pos:
                self.emit(s[pos:a], raw_start + pos, raw_start + a, True)
            # White space and other characters map separately, so a span of a word never
            # reaches into the space before it.
            base = raw_start + a
            run = m.group()
            if run.isspace() and run.isascii():  # the common case: spaces, a tab
                self.emit(" ", base, raw_start + b, b - a == 1)
                pos = b
                continue
            for tok in _WS_OR_NOT.finditer(run):
                t0, t1 = tok.span()
                piece = tok.group()
                rep = " " if piece.isspace() else clean(piece)
                if rep:
                    self.emit(rep, base + t0, base + t1, len(rep) == len(piece))
            pos = b
        if pos < len(s):
            self.emit(s[pos:], raw_start + pos, raw_start + len(s), True)

    def emit_plain(self, s: str, raw_start: int) -> None:
        """Emit printable ASCII ``s``, exactly ``raw[raw_start:raw_start + len(s)]``."""
        if self._last in " \n":  # spaces starting a line would be dropped one by one
            rest = s.lstrip(" ")
            raw_start += len(s) - len(rest)
            s = rest
        if "  " in s:
            self._emit_spaced(s, raw_start)
        else:
            self.emit(s, raw_start, raw_start + len(s), True)

    def _emit_spaced(self, s: str, raw_start: int) -> None:
        """Emit printable ASCII ``s`` from ``raw[raw_start:]``: runs of spaces become one.

        ``s`` holds a run and does not start with a space where the text ends with one
        (``emit_plain`` strips those): every run follows text, and every piece after a run
        follows its inexact space. So only the first piece may grow the last segment, as
        ``emit`` does; the others are appended as they are, without its tests.
        """
        pos = s.index("  ")
        if pos:
            self.emit(s[:pos], raw_start, raw_start + pos, True)
        parts = self._parts
        segs = self._segs
        length = self._len
        for m in _SPACE_RUN.finditer(s, pos):
            a, b = m.span()
            if a > pos:
                segs.append((length, length + a - pos, raw_start + pos, raw_start + a, True))
                parts.append(s[pos:a])
                length += a - pos
            segs.append((length, length + 1, raw_start + a, raw_start + b, False))
            parts.append(" ")
            length += 1
            pos = b
        if pos < len(s):
            end = raw_start + len(s)
            segs.append((length, length + len(s) - pos, raw_start + pos, end, True))
            parts.append(s[pos:])
            length += len(s) - pos
            self._exact_end = end
            self._last = s[-1]
        else:
            self._exact_end = -1
            self._last = " "
        self._len = length

    def emit_decoded(self, s: str, raw_start: int, raw_end: int) -> None:
        """Emit ``s``, decoded from ``raw[raw_start:raw_end]`` (an entity, a numbering label)."""
        rep = clean(s)
        if rep:
            self.emit(rep, raw_start, raw_end, False)

    def _rstrip(self) -> None:
        """Drop the spaces the text ends with (callers test ``_last`` first: most often there
        are none)."""
        while self._last == " ":
            part = self._parts[-1][:-1]
            norm_start, norm_end, raw_start, raw_end, exact = self._segs[-1]
            if part:
                self._parts[-1] = part
                if exact:
                    raw_end -= 1
                self._segs[-1] = (norm_start, norm_end - 1, raw_start, raw_end, exact)
            else:
                self._parts.pop()
                self._segs.pop()  # the segment before may grow again
                _, _, _, raw_end, exact = self._segs[-1] if self._segs else (0, 0, 0, 0, False)
            self._exact_end = raw_end if exact else -1
            self._len -= 1
            self._last = self._parts[-1][-1] if self._parts else "\n"

    def break_line(self, newlines: int, raw_at: int) -> None:
        """End the line with ``newlines`` line feeds (1: hard break, 2: paragraph)."""
        if self._last == " ":
            self._rstrip()
        length = self._len
        if not length:
            return
        parts = self._parts
        # Line feeds are only added here, never more than two in a row: the text ends with
        # none, one (a hard break) or two (a paragraph break).
        have = 0 if self._last != "\n" else 2 if parts[-2] == "\n" else 1
        if have >= newlines:
            return
        # One line feed or two, appended without a loop: a paragraph ends most often after text.
        segs = self._segs
        segs.append((length, length + 1, raw_at, raw_at, False))
        parts.append("\n")
        length += 1
        if newlines - have == 2:
            segs.append((length, length + 1, raw_at, raw_at, False))
            parts.append("\n")
            length += 1
        self._len = length
        self._last = "\n"
        self._exact_end = -1

    def join_space(self, raw_at: int) -> None:
        """Join a soft-wrapped line to the next one with a single space."""
        if self._last == " ":
            self._rstrip()
        if self._len and self._last != "\n":
            # What ``emit`` would do with this space: the text ends in neither space nor break.
            self._segs.append((self._len, self._len + 1, raw_at, raw_at, False))
            self._parts.append(" ")
            self._len += 1
            self._last = " "
            self._exact_end = -1

    def mark_page(self) -> None:
        self.page_breaks.append(self._len)

    def finish(self) -> tuple[str, OffsetMap, tuple[int, ...]]:
        if self._last == " ":
            self._rstrip()
        while self._parts and self._parts[-1] == "\n":
            self._parts.pop()
            self._segs.pop()
            self._len -= 1
        text = "".join(self._parts)
        breaks = tuple(sorted({min(b, self._len) for b in self.page_breaks}))
        return text, OffsetMap(self._segs), breaks


class Line:
    """One source line: pieces of text with their raw ranges, and its normalized text.

    A piece is ``(text, raw_start, raw_end, verbatim)``; ``verbatim`` pieces are exactly
    ``raw[raw_start:raw_end]``, others were decoded from it (an HTML entity, say). Every line
    is laid out, so its text is made at once; ``indent`` and ``width`` (as laid out in the
    source, for wrap detection) come with it from printable ASCII, which they cost next to
    nothing, and are otherwise measured only by the layout of wrapped input; ``plain`` says the
    line is printable ASCII, so its verbatim pieces need no cleaning when laid out. ``text_at``
    is where ``text`` stands in the source when the line is that text after its indent (one
    verbatim printable piece with single spaces and no trailing ones, as most plain-text lines
    are), else -1: such a line is laid out as its text in one step.
    """

    __slots__ = ("indent", "pieces", "plain", "raw_end", "text", "text_at", "width")

    def __init__(
        self, pieces: list[tuple[str, int, int, bool]], known_plain: bool = False
    ) -> None:
        """``known_plain``: the reader knows the pieces to be printable ASCII."""
        self.pieces = pieces
        self.raw_end = pieces[-1][2] if pieces else 0
        single = len(pieces) == 1
        laid = pieces[0][0] if single else self._joined()
        # Printable ASCII: no tabs, the only white space is " ", nothing to clean.
        self.plain = plain = known_plain or (laid.isascii() and laid.isprintable())
        text_at = -1
        if plain:
            right = laid.rstrip(" ")
            text = right.lstrip(" ")
            self.width = width = len(right)
            self.indent = indent = width - len(text)
            if "  " in text:
                text = " ".join(text.split())
            # Trailing spaces are laid out (a page break after them is counted past them).
            elif single and width == len(laid) and pieces[0][3]:
                text_at = pieces[0][1] + indent
            self.text = text
        else:
            self.text = _line_text(laid)
            self.indent = self.width = -1
        self.text_at = text_at

    def _joined(self) -> str:
        pieces = self.pieces
        # map with itemgetter runs no Python code per piece, as a comprehension would.
        return pieces[0][0] if len(pieces) == 1 else "".join(map(_PIECE_TEXT, pieces))

    def measure(self) -> int:
        """Set ``indent`` and ``width`` if not yet known; return the width."""
        if self.width >= 0:
            return self.width
        laid = self._joined()
        if "\t" in laid:
            laid = laid.expandtabs()
        laid = laid.rstrip()
        self.indent = len(laid) - len(laid.lstrip())
        self.width = len(laid)
        return self.width


class Break:
    """A paragraph or page boundary between lines."""

    __slots__ = ("page", "raw_at")

    def __init__(self, page: bool, raw_at: int) -> None:
        self.page = page
        self.raw_at = raw_at


Item = Line | Break


def add_break(items: list[Item], page: bool, raw_at: int) -> None:
    """Append a break; a paragraph break right after another break would change nothing."""
    if page or not items or not isinstance(items[-1], Break):
        items.append(Break(page, raw_at))


def _furniture_places(items: list[Item]) -> tuple[list[int], list[int]]:
    """Where the page breaks are, and the lines short enough to be page numbers (one pass)."""
    pages: list[int] = []
    short: list[int] = []
    for k, item in enumerate(items):
        if isinstance(item, Break):
            if item.page:
                pages.append(k)
        elif len(item.text) <= _PAGE_NUMBER_MAX:
            short.append(k)
    return pages, short


def _drop_page_furniture(items: list[Item]) -> list[Item]:
    """Remove page numbers, and the running head that follows a page break.

    A running head is the few lines after a break up to the one naming the page
    ("Board of Directors / June 8, 1995 / Page 2").
    """
    pages, short = _furniture_places(items)
    dropped: set[int] = set()
    for i in pages:
        head: list[int] = []
        j = i + 1
        while j < len(items) and len(head) < 4:
            nxt = items[j]
            if isinstance(nxt, Break):
                if nxt.page:
                    break
            else:
                head.append(j)
                if _RUNNING_HEAD_MARK.fullmatch(nxt.text):
                    dropped.update(head)
                    break
            j += 1
    if dropped:
        items = [x for k, x in enumerate(items) if k not in dropped]
        short = _furniture_places(items)[1]
    numbers = {k for k in short if _is_page_number(items, k)}
    return [x for k, x in enumerate(items) if k not in numbers] if numbers else items


def _is_page_number(items: list[Item], k: int) -> bool:
    """Is the short line ``items[k]`` a page number?"""
    text = items[k].text  # type: ignore[union-attr]
    if not text or PAGE_NUMBER.fullmatch(text):
        return True
    if not _BARE_NUMBER.fullmatch(text):
        return False
    # Next to a page break, or the last line of the document.
    for step in (-1, 1):
        j = k + step
        while 0 <= j < len(items) and isinstance(items[j], Break) and not items[j].page:  # type: ignore[union-attr]
            j += step
        if j >= len(items) or (j >= 0 and isinstance(items[j], Break)):
            return True
    return False


def _measure_wrap_width(items: list[Item]) -> int:
    """Measure every line; the wrap width is the 90th percentile of their widths."""
    widths = sorted(
        [x.width if x.width >= 0 else x.measure() for x in items if isinstance(x, Line)]
    )
    return widths[int(len(widths) * 0.9)] if widths else 0


def _continues(prev: Line, cur: Line) -> bool:
    """After a page break: does ``cur`` continue the sentence that ``prev`` left open?"""
    return not _ends_sentence(prev.text) and not _starts_list_item(cur.text)


def layout(items: list[Item], *, wrapped: bool) -> tuple[str, OffsetMap, tuple[int, ...]]:
    """Lay lines and breaks out as normalized text (see the module docstring)."""
    items = _drop_page_furniture(items)
    width = _measure_wrap_width(items) if wrapped else 0
    # Lines much longer than any typewriter page are whole paragraphs: nothing is wrapped.
    unwrapped_text = wrapped and width > 120
    b = TextBuilder()
    emit_line = b.emit_line
    emit_source = b.emit_source
    emit_decoded = b.emit_decoded
    emit_plain = b.emit_plain
    prev: Line | None = None
    prev_text = ""
    prev_apart = prev_marker_only = False
    pending: Break | None = None
    for item in items:
        if isinstance(item, Break):
            if item.page:
                b.mark_page()
            if pending is None or item.page:
                pending = item
            continue
        text = item.text  # not empty: an empty line is taken for a page number and dropped
        # Tested once a line, for the break before it and the one after it; most lines are
        # too long for a formula and start no rule, and are not tested further.
        apart = (
            wrapped
            and (len(text) <= _FORMULA_MAX or text[0] in _RULE_STARTS)
            and _stands_apart(text)
        )
        if prev is not None:
            if prev_marker_only and not _starts_list_item(text):
                # A list number laid out apart from its item (a table cell, a hanging indent).
                b.join_space(prev.raw_end)
            elif pending is not None:
                if pending.page and _continues(prev, item):
                    b.join_space(pending.raw_at)
                else:
                    b.break_line(2, pending.raw_at)
            elif not wrapped or _starts_list_item(text):
                b.break_line(1, prev.raw_end)
            elif unwrapped_text:
                long_para = prev.width > 120 and _ends_sentence(prev_text)
                b.break_line(2 if long_para else 1, prev.raw_end)
            elif not (apart or prev_apart) and _soft_wrap(prev, item, width):
                b.join_space(prev.raw_end)
            else:
                b.break_line(1, prev.raw_end)
        at = item.text_at
        if at >= 0:
            # Every line starts after a break or a joining space, where its indent is dropped.
            emit_line(text, at)
        else:
            for piece, start, end, verbatim in item.pieces:
                if not verbatim:
                    emit_decoded(piece, start, end)
                elif item.plain:
                    emit_plain(piece, start)
                else:
                    emit_source(piece, start)
        prev = item
        prev_text = text
        prev_apart = apart
        prev_marker_only = (
            len(text) <= _MARKER_ONLY_MAX and _MARKER_ONLY.fullmatch(text) is not None
        )
        pending = None
    return b.finish()


def _soft_wrap(prev: Line, cur: Line, width: int) -> bool:
    """Is the break between two lines, neither standing apart, a soft wrap?"""
    # Centred or right-aligned text (deeply indented) is laid out, not wrapped.
    if cur.indent >= 16:
        return False
    prev_text = prev.text
    first = cur.text[0]
    if first.islower() and not _ends_sentence(prev_text):
        return True
    if first.isdigit() and _OPEN_DATE.search(prev_text):  # "March 27," / "2009"
        return True
    prev_width = prev.width
    if prev_width < 0.65 * width:
        return False
    # A long line that ends a sentence, well short of the margin, ends its paragraph.
    return not (_ends_sentence(prev_text) and prev_width < 0.85 * width)
