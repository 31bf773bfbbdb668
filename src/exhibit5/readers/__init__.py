"""Read any Exhibit 5 letter, or an EDGAR submission holding one, into ``Document``s.

The format is chosen by content, not by extension: a ZIP with ``word/document.xml`` is DOCX,
``%PDF`` is PDF, ``<SEC-DOCUMENT>``/``<SUBMISSION>`` (after any PEM header) is a full
submission, markup is HTML, other text is plain text. Every failure is a ``ReadError`` whose
message is one line naming the file and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Final

from exhibit5.document import Document, DocumentMeta
from exhibit5.readers.edgar import RawDocument, SubmissionError, is_submission, iter_documents
from exhibit5.readers.html import looks_like_html, read_html
from exhibit5.readers.text import decode, read_text


class ReadError(Exception):
    """A file that cannot be read; ``str()`` is "<file>: <problem>"."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem


@dataclass(frozen=True, slots=True)
class Skipped:
    """A document of a submission that holds no text to read, and why."""

    index: int
    type: str | None
    reason: str


class ReadResult(list[Document]):
    """The documents read from one input; ``skipped`` lists those that were not text."""

    def __init__(self, docs: list[Document], skipped: list[Skipped] | None = None) -> None:
        super().__init__(docs)
        self.skipped: list[Skipped] = skipped or []


_MAGIC: Final = (
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"PK\x03\x04", "ZIP archive"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xd0\xcf\x11\xe0", "legacy Microsoft Office file (.doc); save it as .docx"),
    (b"{\\rtf", "RTF document; save it as .docx"),
)
_CONTROL_BYTES: Final = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13))
_OPINION_TERMS: Final = re.compile(
    r"validly\s+issued|legally\s+issued|fully\s+paid|non-?\s*assessable|binding\s+obligations?"
    r"|legal(?:ity)?\s+opinion|opinion\s+of\s+counsel",
    re.IGNORECASE,
)
_LETTER_SIGNS: Final = re.compile(
    r"\bopinion\b|registration\s+statement|securities\s+act|\bcounsel\b",
    re.IGNORECASE,
)


def _source_name(source: str | Path | bytes, name: str | None) -> str:
    if name:
        return name
    return "<bytes>" if isinstance(source, bytes) else str(source)


def _load(source: str | Path | bytes, label: str) -> bytes:
    if isinstance(source, bytes):
        return source
    path = Path(source)
    if not path.exists():
        raise ReadError(label, "no such file")
    if path.is_dir():
        raise ReadError(label, "is a directory")
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(label, f"cannot be read ({exc.strerror})") from exc


def _is_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    # Text most often has no control byte at all: each is looked for (by memchr) before any
    # are counted, which takes a pass over the whole sample.
    if not any(c in sample for c in _CONTROL_BYTES):
        return False
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return controls > len(sample) * 0.05


def read(
    source: str | Path | bytes,
    name: str | None = None,
    *,
    keep: Callable[[DocumentMeta], bool] | None = None,
) -> ReadResult:
    """Read a file (path or bytes) into its documents: one for a letter, one per text document
    for an EDGAR submission (binary documents are listed in ``.skipped``). ``keep`` chooses the
    documents of a submission worth decoding, by their metadata (type, form type): the others
    are passed over unread."""
    label = _source_name(source, name)
    data = _load(source, label)
    wanted = None if keep is None else (lambda raw: keep(raw.meta))
    return _read_bytes(data, label, wanted=wanted, opinions=False)


def read_opinions(source: str | Path | bytes, name: str | None = None) -> ReadResult:
    """Read only the Exhibit 5 opinion letters of a file (see ``is_opinion``).

    In a submission only documents typed EX-5 (or EX-23 holding opinion language) are decoded.
    """
    label = _source_name(source, name)
    data = _load(source, label)
    return _read_bytes(data, label, wanted=_wanted_in_submission, opinions=True)


def _wanted_in_submission(raw: RawDocument) -> bool:
    major = _exhibit_major(raw.meta.type)
    if major == "5":
        return True
    return major == "23" and _OPINION_TERMS.search(raw.body.decode("latin-1")) is not None


def _exhibit_major(doc_type: str | None) -> str | None:
    m = re.match(r"EX-(\d+)", doc_type or "", re.IGNORECASE)
    return m.group(1) if m else None


def is_opinion(doc: Document) -> bool:
    """Is this document a legality opinion? By its EDGAR type where it has one (EX-5, or an
    EX-23 holding opinion language), else by its content."""
    major = _exhibit_major(doc.meta.type)
    if major is not None:
        return major == "5" or (major == "23" and _OPINION_TERMS.search(doc.text) is not None)
    if doc.meta.type:  # a typed document that is not an exhibit (the S-8 itself, say)
        return False
    has_terms = _OPINION_TERMS.search(doc.text) is not None
    signs = len({m.group().lower().split()[0] for m in _LETTER_SIGNS.finditer(doc.text[:6000])})
    # A short text giving legality conclusions is a letter (or the tail of one).
    return (has_terms and (signs >= 1 or len(doc.text) < 15000)) or signs >= 2


def _read_bytes(
    data: bytes, label: str, wanted: Callable[[RawDocument], bool] | None, *, opinions: bool
) -> ReadResult:
    """Read ``data``; in a submission only the documents ``wanted`` takes; with ``opinions``,
    only opinion letters (outside a submission, chosen by their content)."""
    if not data.strip():
        raise ReadError(label, "empty file")
    head = data[:8192]
    if head.startswith(b"%PDF"):
        from exhibit5.readers.pdf import PdfError, read_pdf

        try:
            docs = [read_pdf(data, label, DocumentMeta())]
        except PdfError as exc:
            raise ReadError(label, str(exc)) from exc
        return _keep(docs, opinions)
    if head.startswith(b"PK\x03\x04") and b"word/" in data[:65536]:
        from exhibit5.readers.docx import read_docx

        try:
            docs = [read_docx(data, label, DocumentMeta())]
        except Exception as exc:  # python-docx raises many kinds on a damaged package
            raise ReadError(label, f"damaged DOCX ({type(exc).__name__}: {exc})") from exc
        return _keep(docs, opinions)
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            raise ReadError(label, f"unknown format ({kind})")
    if _is_binary(head):
        raise ReadError(label, "binary file, not a letter")
    if is_submission(head):
        return _read_submission(data, label, wanted)
    raw, encoding = decode(data)
    docs = [read_document(raw, label, encoding)]
    return _keep(docs, opinions)


def _keep(docs: list[Document], opinions: bool) -> ReadResult:
    """Outside a submission, ``read_opinions`` keeps letters by content."""
    return ReadResult([d for d in docs if not opinions or is_opinion(d)])


def read_document(
    raw: str, source: str, encoding: str, meta: DocumentMeta | None = None
) -> Document:
    """Normalize one decoded document, HTML or plain text by its content. ``meta`` is what was
    known of it before (a submission's header and the document's tags)."""
    html = looks_like_html(raw[:2048])
    fmt = "html" if html else "text"
    # Format and encoding set in the one copy of the metadata: each copy costs a call a field.
    if meta is None:
        meta = DocumentMeta(format=fmt, encoding=encoding)
    else:
        meta = replace(meta, format=fmt, encoding=encoding)
    return read_html(raw, source, meta) if html else read_text(raw, source, meta)


def _read_submission(
    data: bytes, label: str, wanted: Callable[[RawDocument], bool] | None
) -> ReadResult:
    docs: list[Document] = []
    skipped: list[Skipped] = []
    try:
        for raw_doc in iter_documents(data):
            if wanted is not None and not wanted(raw_doc):
                continue
            reason = raw_doc.binary
            if reason:
                skipped.append(Skipped(raw_doc.meta.index, raw_doc.meta.type, reason))
                continue
            raw, encoding = decode(raw_doc.body)
            docs.append(read_document(raw, label, encoding, raw_doc.meta))
    except SubmissionError as exc:
        raise ReadError(label, str(exc)) from exc
    return ReadResult(docs, skipped)
