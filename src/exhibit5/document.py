"""Document and Span: a letter's normalized text, with every character mapped to its source.

A reader turns a file into one or more ``Document``s. ``Document.text`` is the *normalized*
text that every extractor and rule reads; ``Document.raw`` is the decoded source (for an EDGAR
submission, the body of one ``<DOCUMENT>``); ``Document.source_span`` maps a span of ``text``
back to ``raw``. What normalization guarantees (see ``exhibit5.normalize``):

- Unicode NFKC; curly quotes and primes are straight (``'`` and ``"``), dashes are ``-``;
- no tabs, non-breaking or zero-width spaces, control characters; runs of spaces are one space,
  lines have no leading or trailing space;
- paragraphs are separated by exactly one blank line (``\\n\\n``); soft line wraps inside a
  paragraph are joined with a space; a hard break (an address block, a ``<br>``) is one ``\\n``;
- list items (``(a)``, ``(ii)``, ``1.``) start their own line;
- EDGAR dash-stuffing (``- ----``) is undone, ``<PAGE>`` marks, page numbers, running heads,
  ASCII table tags, HTML tags, scripts and styles are gone; entities are decoded;
- HTML layout tables read row by row, cells separated by a space.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field, fields
from typing import NamedTuple


class Span(NamedTuple):
    """Half-open character range ``[start, end)`` of a document's normalized text."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


class Segment(NamedTuple):
    """A piece of the offset map: ``text[norm_start:norm_end]`` is from ``raw[raw_start:raw_end]``.

    ``exact`` segments correspond character for character; others (an entity, a collapsed run
    of spaces, an NFKC expansion) map as a whole.
    """

    norm_start: int
    norm_end: int
    raw_start: int
    raw_end: int
    exact: bool


# A segment's fields in ``Segment`` order, as built: a named tuple costs a call to create.
SegmentFields = tuple[int, int, int, int, bool]


class OffsetMap:
    """Piecewise map from normalized offsets to raw offsets; lookups are a bisect."""

    __slots__ = ("_fields", "_starts")

    def __init__(self, segments: Sequence[SegmentFields]) -> None:
        self._fields = tuple(segments)
        self._starts = [s[0] for s in segments]

    @property
    def segments(self) -> tuple[Segment, ...]:
        return tuple(map(Segment._make, self._fields))

    def __len__(self) -> int:
        """The number of segments."""
        return len(self._fields)

    def _segment(self, offset: int) -> Segment | None:
        i = bisect_right(self._starts, offset) - 1
        return Segment._make(self._fields[i]) if i >= 0 else None

    def raw_offset(self, offset: int, *, end: bool = False) -> int:
        """Raw offset of normalized ``offset`` (as a start, or as an exclusive end)."""
        if not self._fields:
            return 0
        seg = self._segment(offset - 1 if end else offset)
        if seg is None:
            return self._fields[0][2]
        if seg.exact:
            return seg.raw_start + (offset - seg.norm_start)
        return seg.raw_end if end else seg.raw_start

    def to_raw(self, span: Span) -> Span:
        if span.end <= span.start:
            at = self.raw_offset(span.start)
            return Span(at, at)
        return Span(self.raw_offset(span.start), self.raw_offset(span.end, end=True))


@dataclass(frozen=True, slots=True)
class DocumentMeta:
    """Where a document came from; EDGAR fields are None outside a submission."""

    format: str = "text"  # text | html | docx | pdf
    encoding: str | None = None
    type: str | None = None  # EDGAR <TYPE>, e.g. EX-5.1
    sequence: str | None = None
    filename: str | None = None
    description: str | None = None
    accession: str | None = None
    form_type: str | None = None
    filing_date: str | None = None  # ISO
    filer_name: str | None = None
    cik: str | None = None
    state_of_incorporation: str | None = None
    file_number: str | None = None
    index: int = 0  # position among the documents read from the same input
    wrapper: str | None = None  # a web-copy wrapper stripped from the text (incjournal, ...)
    pem: bool = False
    dash_unstuffed: bool = False
    tracked_changes: bool = False  # a DOCX draft with open revisions
    skipped_pages: tuple[int, ...] = ()  # PDF pages with no text layer
    raw_offset: int = 0  # where ``raw`` starts in the input file (submissions)

    def as_dict(self) -> dict[str, object]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True, slots=True, eq=False)
class Document:
    """One letter (or other document): normalized text, its source and the map between them."""

    text: str
    raw: str
    source: str
    offsets: OffsetMap = field(repr=False)
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    page_breaks: tuple[int, ...] = ()  # offsets in ``text`` where a page ended

    def __getitem__(self, span: Span | slice) -> str:
        if isinstance(span, slice):
            return self.text[span]
        return self.text[span.start : span.end]

    def __len__(self) -> int:
        return len(self.text)

    def source_span(self, span: Span) -> Span:
        """The range of ``raw`` that ``span`` of ``text`` came from."""
        return self.offsets.to_raw(span)

    def source_text(self, span: Span) -> str:
        start, end = self.source_span(span)
        return self.raw[start:end]

    def line_col(self, span: Span) -> tuple[int, int]:
        """1-based line and column of a span's start in ``raw`` (for linter-style output)."""
        start = self.source_span(span).start
        line = self.raw.count("\n", 0, start) + 1
        col = start - (self.raw.rfind("\n", 0, start) + 1) + 1
        return line, col
