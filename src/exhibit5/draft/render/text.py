"""Plain text as EDGAR accepts it: printable ASCII, lines of at most 80 characters.

Paragraphs are wrapped so that a reader joins them back: no wrapped line starts with something
that looks like a list label, and no wrapped line ends a sentence well short of the margin
(``exhibit5.normalize`` would take either for a hard break).
"""

from __future__ import annotations

import unicodedata

from exhibit5.draft.compose import Block, DraftDocument
from exhibit5.normalize import LIST_MARKER

WIDTH = 78  # EDGAR allows 80; two columns of slack for editors that add a trailing space
ITEM_INDENT = 6
_SENTENCE_END = tuple(".:;!?")
_PUNCTUATION = str.maketrans(
    {
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2013": "-",
        "\u2014": "--",
        "\u00a0": " ",
        "\u00a7": "Section ",
        "\u00b6": "paragraph ",
    }
)


class NotAsciiError(ValueError):
    """The matter holds a character that EDGAR plain text cannot carry."""


def ascii_safe(text: str) -> str:
    """Straight quotes and hyphens, accents dropped; anything else non-ASCII is an error."""
    if text.isascii() and text.isprintable():
        return text
    text = text.translate(_PUNCTUATION)
    folded = "".join(
        ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch)
    )
    bad = sorted({ch for ch in folded if not (32 <= ord(ch) < 127 or ch == "\n")})
    if bad:
        shown = ", ".join(f"{ch!r} (U+{ord(ch):04X})" for ch in bad)
        raise NotAsciiError(f"EDGAR plain text cannot hold {shown}")
    return folded


def _breaks_badly(line: str, following: str) -> bool:
    if LIST_MARKER.match(following):
        return True
    return line.endswith(_SENTENCE_END) and len(line) < 0.86 * WIDTH


def wrap(text: str, width: int = WIDTH, indent: str = "", first: str = "") -> list[str]:
    """Greedy wrap that backs off a word where the break would read as a hard break."""
    words = text.split()
    lines: list[str] = []
    prefix = first
    while words:
        room = width - len(prefix)
        n, used = 0, -1
        while n < len(words) and used + 1 + len(words[n]) <= room:
            used += 1 + len(words[n])
            n += 1
        n = max(n, 1)  # a word longer than the line stands alone
        while 1 < n < len(words) and _breaks_badly(" ".join(words[:n]), words[n]):
            n -= 1
        lines.append(prefix + " ".join(words[:n]))
        words = words[n:]
        prefix = indent
    return lines


def _block_lines(block: Block) -> list[str]:
    if block.kind in ("letterhead", "title"):
        return [line.center(WIDTH).rstrip() for line in block.lines]
    if block.kind == "caption":
        return [line.rjust(WIDTH) for line in block.lines]
    if block.kind in ("address", "signature"):
        return [line for line in block.lines]
    if block.kind == "item":
        pad = " " * ITEM_INDENT
        return wrap(block.text, indent=pad, first=block.label.ljust(ITEM_INDENT))
    return wrap(block.text)


def render_text(doc: DraftDocument) -> str:
    parts = []
    for b in doc.blocks:
        safe = Block(b.kind, tuple(ascii_safe(line) for line in b.lines), b.label)
        parts.append("\n".join(_block_lines(safe)))
    return "\n\n".join(parts) + "\n"
