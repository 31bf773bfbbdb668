"""PDF from the EDGAR HTML (WeasyPrint), on US Letter pages with one-inch margins.

Hyphens inside words become non-breaking hyphens, so that "non-assessable" or a plan's
"Long-Term" never splits across lines (a split reads back as "Long- Term" from the text layer).
"""

from __future__ import annotations

import re
from dataclasses import replace

from exhibit5.draft.compose import Block, DraftDocument
from exhibit5.draft.render.html import render_html

_PAGE_CSS = "@page { size: Letter; margin: 1in; }"
_WORD_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


def _keep_words_whole(doc: DraftDocument) -> DraftDocument:
    blocks = tuple(
        Block(b.kind, tuple(_WORD_HYPHEN.sub("\u2011", line) for line in b.lines), b.label)
        for b in doc.blocks
    )
    return replace(doc, blocks=blocks)


def render_pdf(doc: DraftDocument) -> bytes:
    from weasyprint import CSS, HTML  # optional dependency: exhibit5[pdf]

    pdf = HTML(string=render_html(_keep_words_whole(doc))).write_pdf(
        stylesheets=[CSS(string=_PAGE_CSS)], presentational_hints=True
    )
    if pdf is None:  # only when a target file is given, which it is not
        raise RuntimeError("WeasyPrint returned no PDF")
    return bytes(pdf)
