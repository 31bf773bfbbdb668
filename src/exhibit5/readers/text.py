"""Plain-text letters: EDGAR ASCII documents and text copied off web pages.

Besides the shared normalization this undoes what plain text carries from EDGAR and from the
sites letters are copied from: dash-stuffing, ``<PAGE>`` marks, ASCII table tags, the one-line
``TYPE SEQUENCE FILENAME DESCRIPTION`` header of an exhibit copy, and the incjournal, getfilings
and table-rendering wrappers (``spec/formats.md`` §1, §2.4, §7).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from exhibit5.document import Document, DocumentMeta
from exhibit5.normalize import Break, Item, Line, add_break, layout

_PAGE_MARK: Final = re.compile(r"\s*<PAGE>\s*\d*\s*", re.IGNORECASE)
_TABLE_TAG: Final = re.compile(r"</?(?:TABLE|CAPTION|S|C|FN|F\d{1,2}|PAGE)>", re.IGNORECASE)
_IMAGE_NAME: Final = re.compile(r"\s*\S+\.(?:jpe?g|gif|png)\s*", re.IGNORECASE)
_IMAGE_ENDINGS: Final = frozenset({"jpg", "peg", "gif", "png"})  # tried before the pattern
_EXHIBIT_HEADER: Final = re.compile(
    r"(EX-[\w.()-]+) (\d+) (\S+\.(?:htm|html|txt))\b ?([^\n]*)(?:\n|\Z)", re.IGNORECASE
)
_INCJOURNAL_LINE2: Final = re.compile(r"([A-Z0-9/ -]+), (EX-[\w.()]+), (\d{4}-\d{2}-\d{2})")
# "Attached files", then a "file filename" table of the filing's files, up to a blank line.
_GETFILINGS: Final = re.compile(
    r"Attached files[ \t]*\n(?:[ \t]*\n)*(?:file filename[ \t]*\n)?(?:[^\n]*\S[^\n]*\n)*"
)
_BLANK_CHARS: Final = " \t\r\x0b|\u00a0\u3000"
# Control characters but the line feed and carriage return, each looked for in a whole text at
# once (by memchr, which is far quicker than testing every line for printable characters).
_CONTROLS: Final = tuple(chr(c) for c in (*range(32), 127) if chr(c) not in "\n\r")


def decode(data: bytes) -> tuple[str, str]:
    """Decode bytes as UTF-8, else cp1252, else latin-1; return the text and the codec used."""
    for codec in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        return text, "utf-8" if codec == "utf-8-sig" else codec
    return data.decode("latin-1"), "latin-1"


def is_dash_stuffed(raw: str) -> bool:
    """RFC 934 stuffing: every line starting with "-" starts with "- ", and one with "- -"."""
    lines = "\n" + raw  # each line start is now after a line feed: counted in one pass each
    return "\n- -" in lines and lines.count("\n-") == lines.count("\n- ")


def _description(text: str, filename: str) -> str | None:
    """The type line's description, without the file name some copies repeat after it."""
    text = text.strip()
    if text.endswith(filename):
        text = text[: -len(filename)].rstrip()
    return text or None


def _strip_wrapper(raw: str, meta: DocumentMeta) -> tuple[int, DocumentMeta]:
    """Where the letter starts after a copy's wrapper, and what the wrapper told us."""
    m = _EXHIBIT_HEADER.match(raw)
    if m and len(m.group(4)) > 120:
        # A letter flattened onto the header line: its description cannot be told from the
        # letter, so only type, sequence and file name are taken.
        return m.start(4), replace(
            meta,
            type=meta.type or m.group(1).upper(),
            sequence=meta.sequence or m.group(2),
            filename=meta.filename or m.group(3),
        )
    if m:
        return m.end(), replace(
            meta,
            type=meta.type or m.group(1).upper(),
            sequence=meta.sequence or m.group(2),
            filename=meta.filename or m.group(3),
            description=meta.description or _description(m.group(4), m.group(3)),
        )
    lines = raw.split("\n", 5)
    if len(lines) == 6 and lines[3].startswith("Previous:") and lines[4].startswith("Next:"):
        line2 = _INCJOURNAL_LINE2.fullmatch(lines[1].strip())
        if line2:
            start = sum(len(x) + 1 for x in lines[:5])
            return start, replace(
                meta,
                wrapper="incjournal",
                filer_name=meta.filer_name or lines[0].strip(),
                form_type=meta.form_type or line2.group(1).strip(),
                type=meta.type or line2.group(2).upper(),
                filing_date=meta.filing_date or line2.group(3),
            )
    listing = _GETFILINGS.match(raw)
    if listing:
        return listing.end(), replace(meta, wrapper="getfilings")
    return 0, meta


def text_items(raw: str, start: int = 0, *, unstuff: bool = False) -> list[Item]:
    """Cut plain text into lines and breaks, dropping markup lines and stuffing."""
    items: list[Item] = []
    body = raw[start:]
    lines = body.split("\n")
    if not lines[-1]:  # the text ends with a line break, or is empty
        lines.pop()
    crlf = "\r" in body  # else no line has a carriage return to strip
    plain = _is_plain(body, crlf)
    at = start
    for line in lines:
        a = at
        at += len(line) + 1
        if crlf:
            line = line.rstrip("\r")
        if not line:  # a third of the lines of a typical letter
            add_break(items, False, a)
        elif "\f" not in line:
            _add_line(items, line, a, unstuff, plain)
        else:
            for k, part in enumerate(line.split("\f")):
                if k:
                    items.append(Break(True, a))
                _add_line(items, part, a, unstuff, plain)
                a += len(part) + 1
    return items


def _is_plain(body: str, crlf: bool) -> bool:
    """Is every line of ``body`` printable ASCII once its line breaks (LF or CRLF) are cut?"""
    if not body.isascii() or any(c in body for c in _CONTROLS):
        return False
    return not crlf or body.count("\r") == body.count("\r\n")


def _add_line(items: list[Item], line: str, at: int, unstuff: bool, plain: bool) -> None:
    """Add a line of text; ``plain`` says it is printable ASCII (else it is tested)."""
    # Cheap tests first: markup needs a "<", an image name a dot; most lines have neither.
    markup = "<" in line
    if markup and _PAGE_MARK.fullmatch(line):
        items.append(Break(True, at))
        return
    # Blank, or only a table's cell bars; a printable ASCII line is blank only when all spaces.
    if (not plain and line.isspace()) or not line.strip(_BLANK_CHARS):
        add_break(items, False, at)
        return
    if "." in line and line.rstrip()[-3:].lower() in _IMAGE_ENDINGS and _IMAGE_NAME.fullmatch(line):
        return
    start = at  # of the line's content
    if unstuff and line.startswith("- -"):
        line = line[2:]
        start += 2
    elif line[0] == "|":  # a table cell rendered as "|text" by the copying site
        cell = line.lstrip("| ")
        start += len(line) - len(cell)
        line = cell
    if not markup:
        items.append(Line([(line, start, start + len(line), True)], plain))
        return
    pieces: list[tuple[str, int, int, bool]] = []
    pos = 0
    for tag in _TABLE_TAG.finditer(line):
        if tag.start() > pos:
            pieces.append((line[pos : tag.start()], start + pos, start + tag.start(), True))
        pos = tag.end()
    if pos < len(line):
        pieces.append((line[pos:], start + pos, start + len(line), True))
    if any(p[0].strip() for p in pieces):
        items.append(Line(pieces, plain))
    elif pos == 0:
        add_break(items, False, at)
    # else: a line made only of table tags is invisible


def read_text(raw: str, source: str, meta: DocumentMeta) -> Document:
    """Normalize a decoded plain-text document."""
    start, meta = _strip_wrapper(raw, meta)
    unstuff = meta.pem or is_dash_stuffed(raw)
    text, offsets, pages = layout(text_items(raw, start, unstuff=unstuff), wrapped=True)
    if meta.format != "text" or meta.dash_unstuffed != unstuff:  # most often both are so
        meta = replace(meta, format="text", dash_unstuffed=unstuff)
    return Document(
        text=text, raw=raw, source=source, offsets=offsets, meta=meta, page_breaks=pages
    )
