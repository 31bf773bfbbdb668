"""HTML and XHTML letters (EDGAR HTML, web pages).

The standard library's tokenizer is used rather than a tree builder because it reports where
every piece of text sits in the source, which the offset map needs; structure comes from the
tags: block elements end paragraphs, ``<br>`` ends a line, a table row is one line of its
cells in reading order, scripts and styles are dropped, entities are decoded.
"""

from __future__ import annotations

import html
import re
from dataclasses import replace
from html.parser import HTMLParser
from typing import Final

from exhibit5.document import Document, DocumentMeta
from exhibit5.normalize import Break, Item, Line, layout

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


class _Collector(HTMLParser):
    def __init__(self, raw: str) -> None:
        super().__init__(convert_charrefs=False)
        self.raw = raw
        self._line_starts = [0] + [m.end() for m in re.finditer("\n", raw)]
        self.items: list[Item] = []
        self._line = Line()
        self._skip = 0
        self._cells = 0  # depth of open table cells: blocks inside a cell do not break the row

    def _offset(self) -> int:
        line, col = self.getpos()
        return self._line_starts[line - 1] + col

    def _end_line(self, page: bool = False, para: bool = True) -> None:
        at = self._offset()
        if any(p[0].strip() for p in self._line.pieces):
            self.items.append(self._line)
        self._line = Line()
        if page or para:
            self.items.append(Break(page, at))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP_TAGS:
            self._skip += 1
            return
        style = next((v for k, v in attrs if k == "style" and v), "")
        page = tag == "hr" or (bool(style) and _PAGE_BREAK_STYLE.search(style) is not None)
        if tag in _CELL_TAGS:
            self._cells += 1
            self._gap()
        elif tag == "tr":
            self._end_line()
        elif tag == "br":
            if self._cells:
                self._gap()
            else:
                self._end_line(para=False)
        elif tag in _PARAGRAPH_TAGS:
            if self._cells and not page:
                self._gap()
            else:
                self._end_line(page=page)
        elif page:
            self._end_line(page=True)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag in _SKIP_TAGS:
            self._skip -= 1

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP_TAGS:
            self._skip = max(0, self._skip - 1)
        elif tag in _CELL_TAGS:
            self._cells = max(0, self._cells - 1)
            self._gap()
        elif tag in ("tr", "table"):
            self._end_line()
        elif tag in _PARAGRAPH_TAGS:
            if self._cells:
                self._gap()
            else:
                self._end_line()

    def _gap(self) -> None:
        at = self._offset()
        if self._line.pieces:
            self._line.pieces.append((" ", at, at, False))

    def handle_data(self, data: str) -> None:
        if self._skip or not data:
            return
        at = self._offset()
        self._line.pieces.append((data, at, at + len(data), True))

    def _reference(self, ref: str) -> None:
        if self._skip:
            return
        at = self._offset()
        end = at + len(ref)
        if self.raw.startswith(";", end):
            end += 1
        self._line.pieces.append((html.unescape(ref + ";"), at, end, False))

    def handle_entityref(self, name: str) -> None:
        self._reference("&" + name)

    def handle_charref(self, name: str) -> None:
        self._reference("&#" + name)

    def close(self) -> None:
        super().close()
        self._end_line(para=False)


def html_items(raw: str) -> list[Item]:
    parser = _Collector(raw)
    parser.feed(raw)
    parser.close()
    return parser.items


def read_html(raw: str, source: str, meta: DocumentMeta) -> Document:
    """Normalize a decoded HTML document."""
    text, offsets, pages = layout(html_items(raw), wrapped=False)
    return Document(
        text=text,
        raw=raw,
        source=source,
        offsets=offsets,
        meta=replace(meta, format="html"),
        page_breaks=pages,
    )


_HTML_SNIFF: Final = re.compile(
    r"<(?:!doctype\s+html|html|body|head|p|div|table|font|br|span|center)\b", re.IGNORECASE
)


def looks_like_html(head: str) -> bool:
    """Does the start of a text look like HTML markup rather than prose?"""
    return _HTML_SNIFF.search(head) is not None
