"""Draft a matter into files: the documented entry points behind ``exhibit5 draft``."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from exhibit5.draft.compose import DraftDocument, compose
from exhibit5.draft.edgar_html import edgar_html_errors
from exhibit5.draft.matter import Matter
from exhibit5.draft.render.docx import render_docx
from exhibit5.draft.render.html import render_html
from exhibit5.draft.render.pdf import render_pdf
from exhibit5.draft.render.text import render_text

Format = Literal["text", "html", "docx", "pdf"]
FORMATS: tuple[Format, ...] = ("text", "html", "docx", "pdf")
EXTENSIONS: dict[Format, str] = {"text": ".txt", "html": ".htm", "docx": ".docx", "pdf": ".pdf"}


class DraftError(RuntimeError):
    """Drafting produced output that breaks a filing rule (a bug, never the matter's fault)."""


@dataclass(frozen=True)
class DraftOutput:
    exhibit: str  # "5.1", "23.1"
    filename: str  # "ex5-1.htm"
    data: bytes


def render(doc: DraftDocument, fmt: Format) -> bytes:
    if fmt == "text":
        return render_text(doc).encode("ascii")
    if fmt == "html":
        html = render_html(doc)
        errors = edgar_html_errors(html)
        if errors:
            raise DraftError(
                f"{doc.file_stem}.htm breaks EDGAR HTML rules: " + "; ".join(map(str, errors))
            )
        return html.encode("ascii")
    if fmt == "docx":
        return render_docx(doc)
    return render_pdf(doc)


def draft(matter: Matter, fmt: Format = "text") -> list[DraftOutput]:
    """The opinion (and a separate consent, if the matter asks for one) in ``fmt``."""
    return [
        DraftOutput(doc.exhibit, doc.file_stem + EXTENSIONS[fmt], render(doc, fmt))
        for doc in compose(matter)
    ]


def write_outputs(outputs: list[DraftOutput], out: Path) -> list[Path]:
    """Write the opinion to ``out``; a separate consent goes beside it, under its EDGAR name."""
    written = []
    for i, output in enumerate(outputs):
        path = out if i == 0 else out.with_name(output.filename)
        if i > 0 and path == out:
            path = out.with_name(f"{out.stem}-{output.filename}")
        path.write_bytes(output.data)
        written.append(path)
    return written
