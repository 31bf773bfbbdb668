"""PDF letters with a text layer (signed copies); no OCR (``spec/formats.md`` §6).

``raw`` is the text layer as extracted, pages separated by form feeds; it is laid out like plain
text (soft wraps joined, page numbers and running heads dropped at the page breaks).
"""

from __future__ import annotations

import io
from dataclasses import replace

from exhibit5.document import Document, DocumentMeta
from exhibit5.normalize import layout
from exhibit5.readers.text import text_items


class PdfError(ValueError):
    """The PDF cannot be read (the message is the problem, without the file)."""


def read_pdf(data: bytes, source: str, meta: DocumentMeta) -> Document:
    from pypdf import PdfReader  # optional dependency: exhibit5[pdf]
    from pypdf.errors import PdfReadError

    try:
        pdf = PdfReader(io.BytesIO(data))
        if pdf.is_encrypted and not pdf.decrypt(""):
            raise PdfError("PDF is encrypted and needs a password")
        pages = [page.extract_text() or "" for page in pdf.pages]
    except PdfReadError as exc:
        raise PdfError(f"damaged PDF ({exc})") from exc
    empty = tuple(i + 1 for i, page in enumerate(pages) if not page.strip())
    if len(empty) == len(pages):
        raise PdfError("PDF has no text layer (scanned image); OCR is not performed")
    raw = "\f".join(pages)
    text, offsets, breaks = layout(text_items(raw), wrapped=True)
    meta = replace(meta, format="pdf", skipped_pages=empty)
    return Document(
        text=text, raw=raw, source=source, offsets=offsets, meta=meta, page_breaks=breaks
    )
