"""PDF from the EDGAR HTML (WeasyPrint), on US Letter pages with one-inch margins."""

from __future__ import annotations

from exhibit5.draft.compose import DraftDocument
from exhibit5.draft.render.html import render_html

_PAGE_CSS = "@page { size: Letter; margin: 1in; }"


def render_pdf(doc: DraftDocument) -> bytes:
    from weasyprint import CSS, HTML  # optional dependency: exhibit5[pdf]

    pdf = HTML(string=render_html(doc)).write_pdf(
        stylesheets=[CSS(string=_PAGE_CSS)], presentational_hints=True
    )
    if pdf is None:  # only when a target file is given, which it is not
        raise RuntimeError("WeasyPrint returned no PDF")
    return bytes(pdf)
