"""Word (.docx) letters: body paragraphs and tables in order, numbering labels rendered.

The WordprocessingML is read directly (python-docx's package loader, lxml for the body),
because python-docx has no API for tracked changes or numbering labels: inserted text is kept,
deleted text dropped, and list labels ("(a)", "1.") are computed from the numbering part.
The first page's own header (where a firm's letterhead lives) is read before the body.
``raw`` is the document's text one paragraph per line, labels included, so spans map into it.
"""

from __future__ import annotations

import io
import re
from dataclasses import replace
from typing import Any, Final

from exhibit5.document import Document, DocumentMeta
from exhibit5.normalize import Break, Item, Line, layout

_W: Final = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(n: int) -> str:
    out = ""
    for value, letters in ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out += letters
            n -= value
    return out


def _format_number(n: int, fmt: str) -> str:
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26)
    if fmt == "upperLetter":
        return chr(ord("A") + (n - 1) % 26)
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "bullet":
        return ""
    return str(n)


class _Numbering:
    """Counters for list labels, from ``word/numbering.xml``."""

    def __init__(self, part: Any) -> None:
        self.levels: dict[tuple[str, str], tuple[str, str, int]] = {}
        self.counters: dict[tuple[str, str], int] = {}
        if part is None:
            return
        root = part.element
        abstract = {}
        for a in root.iter(f"{_W}abstractNum"):
            levels = {}
            for lvl in a.iter(f"{_W}lvl"):
                fmt = lvl.find(f"{_W}numFmt")
                text = lvl.find(f"{_W}lvlText")
                start = lvl.find(f"{_W}start")
                levels[lvl.get(f"{_W}ilvl")] = (
                    fmt.get(f"{_W}val") if fmt is not None else "decimal",
                    text.get(f"{_W}val") if text is not None else "%1.",
                    int(start.get(f"{_W}val")) if start is not None else 1,
                )
            abstract[a.get(f"{_W}abstractNumId")] = levels
        for num in root.iter(f"{_W}num"):
            ref = num.find(f"{_W}abstractNumId")
            if ref is None:
                continue
            for ilvl, level in abstract.get(ref.get(f"{_W}val"), {}).items():
                self.levels[(num.get(f"{_W}numId"), ilvl)] = level

    def label(self, num_id: str, ilvl: str) -> str:
        level = self.levels.get((num_id, ilvl))
        if level is None:
            return ""
        fmt, template, start = level
        key = (num_id, ilvl)
        self.counters[key] = self.counters.get(key, start - 1) + 1
        for deeper in [k for k in self.counters if k[0] == num_id and k[1] > ilvl]:
            del self.counters[deeper]
        return re.sub(r"%\d", _format_number(self.counters[key], fmt), template)


def _style_numbering(styles: Any) -> dict[str, Any]:
    """The list numbering each paragraph style carries ("List Number"), following basedOn."""
    own: dict[str, Any] = {}
    based: dict[str, str] = {}
    for style in styles.iter(f"{_W}style"):
        sid = style.get(f"{_W}styleId")
        num = style.find(f"{_W}pPr/{_W}numPr")
        if num is not None:
            own[sid] = num
        parent = style.find(f"{_W}basedOn")
        if parent is not None:
            based[sid] = parent.get(f"{_W}val")
    resolved: dict[str, Any] = {}
    for sid in set(own) | set(based):
        seen: set[str] = set()
        cur: str | None = sid
        while cur is not None and cur not in own and cur not in seen:
            seen.add(cur)
            cur = based.get(cur)
        if cur is not None and cur in own:
            resolved[sid] = own[cur]
    return resolved


def _paragraph_text(p: Any) -> str:
    parts: list[str] = []
    for node in p.iter(f"{_W}t", f"{_W}tab", f"{_W}br", f"{_W}cr"):
        if node.tag == f"{_W}t":
            # Text inside a deletion is w:delText, so every w:t is current text.
            parts.append(node.text or "")
        elif node.tag == f"{_W}tab":
            parts.append("\t")
        elif node.tag in (f"{_W}br", f"{_W}cr"):
            parts.append("\n")
    return "".join(parts)


def read_docx(data: bytes, source: str, meta: DocumentMeta) -> Document:
    """Normalize a .docx letter."""
    from docx import Document as open_docx  # optional dependency: exhibit5[docx]

    package = open_docx(io.BytesIO(data))
    try:
        numbering_part = package.part.numbering_part
    except (KeyError, NotImplementedError):
        numbering_part = None
    numbering = _Numbering(numbering_part)
    style_numbering = _style_numbering(package.styles.element)
    body = package.element.body
    raw_parts: list[str] = []
    items: list[Item] = []
    at = 0
    tracked = body.find(f".//{_W}ins") is not None or body.find(f".//{_W}del") is not None

    def add_paragraph(text: str) -> None:
        nonlocal at
        raw_parts.append(text + "\n")
        for segment in text.split("\n"):  # a w:br is a hard line break
            if segment.strip():
                items.append(Line([(segment, at, at + len(segment), True)]))
            at += len(segment) + 1
        items.append(Break(False, at))

    # The letterhead of a firm's template sits in the first page's own header.
    first = package.sections[0] if package.sections else None
    if first is not None and first.different_first_page_header_footer:
        header = first.first_page_header
        if not header.is_linked_to_previous:
            for paragraph in header._element.iter(f"{_W}p"):
                add_paragraph(_paragraph_text(paragraph))
    for block in body.iterchildren():
        if block.tag == f"{_W}p":
            text = _paragraph_text(block)
            num = block.find(f"{_W}pPr/{_W}numPr")
            if num is None:
                style = block.find(f"{_W}pPr/{_W}pStyle")
                num = style_numbering.get(style.get(f"{_W}val")) if style is not None else None
            if num is not None and text.strip():
                num_id = num.find(f"{_W}numId")
                ilvl = num.find(f"{_W}ilvl")
                label = numbering.label(
                    num_id.get(f"{_W}val") if num_id is not None else "",
                    ilvl.get(f"{_W}val") if ilvl is not None else "0",
                )
                if label:
                    text = f"{label} {text}"
            add_paragraph(text)
        elif block.tag == f"{_W}tbl":
            for tr in block.iter(f"{_W}tr"):
                cells = [
                    " ".join(_paragraph_text(p) for p in tc.iter(f"{_W}p"))
                    for tc in tr.iter(f"{_W}tc")
                ]
                add_paragraph("\t".join(c.strip() for c in cells))
    raw = "".join(raw_parts)
    text, offsets, pages = layout(items, wrapped=False)
    meta = replace(meta, format="docx", tracked_changes=tracked)
    return Document(
        text=text, raw=raw, source=source, offsets=offsets, meta=meta, page_breaks=pages
    )
