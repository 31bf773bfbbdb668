"""HTML and XHTML letters (EDGAR HTML, web pages).

The offset map needs the source position of every character, which tree builders (lxml,
Lexbor) do not report and the standard library's tokenizer reports too slowly for a corpus, so
the markup is cut into tokens (tags, comments, references, text) by one compiled lexical
pattern; no content is taken from tags by pattern. Structure comes from the tags: block
elements end paragraphs, ``<br>`` ends a line, a table row is one line of its cells in reading
order, scripts, styles and the head are dropped, character references are decoded.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from functools import lru_cache
from typing import Final

from exhibit5.document import Document, DocumentMeta
from exhibit5.normalize import Break, Item, Line, add_break, layout

_PARAGRAPH_TAGS: Final = frozenset(
    {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "li",
        "table",
        "blockquote",
        "center",
        "pre",
        "address",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "header",
        "footer",
        "body",
        "html",
        "form",
        "hr",
        "title",
    }
)
_CELL_TAGS: Final = frozenset({"td", "th"})
_SKIP_TAGS: Final = frozenset({"script", "style", "head", "xml", "noscript", "template"})
_PAGE_BREAK_STYLE: Final = re.compile(r"page-break-(?:before|after)\s*:\s*always", re.I)


# One piece of markup per match; the group that closes last (``lastindex``) tells its kind.
# Comments and declarations (no group) are dropped. Text is what lies between matches (a "<"
# or "&" that starts no markup is text too): it is taken as a slice, not matched, and the
# regex engine skips to the next "<" or "&" quickly because every alternative starts with one
# of them as a literal. Attributes are taken possessively: giving any back could never reach
# the ">" sooner.
_MARKUP: Final = re.compile(
    r"""<(?:!--.*?(?:-->|\Z)
        |(/?)([A-Za-z][A-Za-z0-9:_.-]*)((?:[^>"']++|"[^"]*+"|'[^']*+')*+)>
        |[!?][^>]*>)
    |&(\#[0-9]{1,7};?|\#[xX][0-9a-fA-F]{1,6};?|[A-Za-z][A-Za-z0-9]{1,31};?)""",
    re.S | re.X,
)
_TAG, _REFERENCE = 3, 4


class _Layout:
    """Lines and breaks built from the token stream."""

    def __init__(self) -> None:
        self.items: list[Item] = []
        self.pieces: list[tuple[str, int, int, bool]] = []  # of the line being read
        self.cells = 0  # depth of open table cells: blocks inside a cell do not break the row

    def end_line(self, at: int, page: bool = False, para: bool = True) -> None:
        # A line never starts with white space (see ``_lay_tokens`` and ``gap``): one with
        # any piece has text.
        if self.pieces:
            self.items.append(Line(self.pieces))
            self.pieces = []
            if page or para:  # after a line, a break is always kept
                self.items.append(Break(page, at))
        elif page or para:
            add_break(self.items, page, at)

    def gap(self, at: int) -> None:
        if self.pieces:
            self.pieces.append((" ", at, at, False))

    def start(self, tag: str, attrs: str, at: int) -> None:
        page = tag == "hr" or (
            "page-break" in attrs and _PAGE_BREAK_STYLE.search(attrs) is not None
        )
        if tag in _CELL_TAGS:
            self.cells += 1
            self.gap(at)
        elif tag == "tr":
            self.end_line(at)
        elif tag == "br":
            if self.cells:
                self.gap(at)
            else:
                self.end_line(at, para=False)
        elif tag in _PARAGRAPH_TAGS:
            if self.cells and not page:
                self.gap(at)
            else:
                self.end_line(at, page=page)
        elif page:
            self.end_line(at, page=True)

    def end(self, tag: str, at: int) -> None:
        if tag in _CELL_TAGS:
            self.cells = max(0, self.cells - 1)
            self.gap(at)
        elif tag in ("tr", "table"):
            self.end_line(at)
        elif tag in _PARAGRAPH_TAGS:
            if self.cells:
                self.gap(at)
            else:
                self.end_line(at)


@lru_cache(maxsize=1024)  # a letter uses a few references over and over
def _decode_reference(ref: str) -> str | None:
    """The text of a character reference, or None when it names no character."""
    decoded = html.unescape(ref if ref.endswith(";") else ref + ";")
    return None if decoded in (ref, ref + ";") else decoded


def html_items(raw: str) -> list[Item]:
    """Cut HTML into lines (pieces mapped to the source) and paragraph/page breaks."""
    out = _Layout()
    start: int | None = 0
    while start is not None:
        start = _lay_tokens(raw, start, out)
    out.end_line(len(raw), para=False)
    return out.items


def _lay_tokens(raw: str, start: int, out: _Layout) -> int | None:
    """Lay out the text and markup from ``start``; stop at a script, style or head and return
    where its content ends (the tokenizer starts again there, so nothing inside it is read as
    markup), or None at the end of the document."""
    pieces = out.pieces
    text_start = start
    for m in _MARKUP.finditer(raw, start):
        pos, end = m.span()
        if pos > text_start:
            # The text before the markup, taken here, not by a call, as there is some before
            # most markup. White space between tags that starts a line is dropped when laid
            # out anyway.
            text = raw[text_start:pos]
            if pieces or not text.isspace():
                pieces.append((text, text_start, pos, True))
        text_start = end
        kind = m.lastindex
        if kind == _TAG:
            closing, tag, attrs = m.group(1, 2, 3)
            tag = tag.lower()
            if closing:
                out.end(tag, pos)
            elif tag in _SKIP_TAGS and not attrs.rstrip().endswith("/"):
                close = re.compile(rf"</{tag}\s*>", re.I).search(raw, end)
                if close:
                    return close.end()
            else:
                out.start(tag, attrs, pos)
            pieces = out.pieces
        elif kind == _REFERENCE:
            ref = m.group()
            decoded = _decode_reference(ref)
            if decoded is None:
                pieces.append((ref, pos, end, True))
            # "<p>&nbsp;</p>" spaces paragraphs; a reference to no character ("&#1;") is empty.
            elif pieces or decoded.strip():
                pieces.append((decoded, pos, end, False))
    text = raw[text_start:]  # after the last markup, as before each one
    if text and (pieces or not text.isspace()):
        pieces.append((text, text_start, len(raw), True))
    return None


def read_html(raw: str, source: str, meta: DocumentMeta) -> Document:
    """Normalize a decoded HTML document."""
    text, offsets, pages = layout(html_items(raw), wrapped=False)
    if meta.format != "html":
        meta = replace(meta, format="html")
    return Document(
        text=text, raw=raw, source=source, offsets=offsets, meta=meta, page_breaks=pages
    )


_HTML_SNIFF: Final = re.compile(
    r"<(?:!doctype\s+html|html|body|head|p|div|table|font|br|span|center)\b", re.IGNORECASE
)


def looks_like_html(head: str) -> bool:
    """Does the start of a text look like HTML markup rather than prose?"""
    return _HTML_SNIFF.search(head) is not None
