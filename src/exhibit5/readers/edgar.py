"""EDGAR full submissions: Archives ``.txt`` (``<SEC-DOCUMENT>``, PEM-wrapped or not, 1994's
``<IMS-DOCUMENT>``) and daily-feed ``.nc`` files (``<SUBMISSION>``); ``spec/formats.md`` §2.

A submission is mostly exhibits, graphics and XBRL that a reader of opinion letters never needs,
so the file is cut at ``<DOCUMENT>`` boundaries with plain byte search and only the wanted
documents are decoded and normalized.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Final

from exhibit5.document import DocumentMeta

PEM_BEGIN: Final = b"-----BEGIN PRIVACY-ENHANCED MESSAGE-----"
_CONTAINERS: Final = (b"<SEC-DOCUMENT>", b"<SUBMISSION>", b"<IMS-DOCUMENT>")
_DOC_OPEN: Final = b"<DOCUMENT>"
_DOC_CLOSE: Final = b"</DOCUMENT>"
_DOC_TAG: Final = re.compile(rb"^<(TYPE|SEQUENCE|FILENAME|DESCRIPTION)>[ \t]*([^\r\n]*)", re.M)
_UUENCODE: Final = re.compile(rb"\s*begin [0-7]{3,4} (\S+)")
# Document types that carry data files (style sheets, scripts, viewer pages), not prose.
_DATA_TYPES: Final = frozenset({"XML", "JSON", "ZIP", "EXCEL", "GRAPHIC", "PDF"})

# Archives header keys ("KEY:<tabs>value") and feed tags ("<TAG>value") we keep, first wins.
_HEADER_KEYS: Final = {
    "ACCESSION NUMBER": "accession",
    "ACCESSION-NUMBER": "accession",
    "CONFORMED SUBMISSION TYPE": "form_type",
    "TYPE": "form_type",
    "FILED AS OF DATE": "filing_date",
    "FILING-DATE": "filing_date",
    "COMPANY CONFORMED NAME": "filer_name",
    "CONFORMED-NAME": "filer_name",
    "CENTRAL INDEX KEY": "cik",
    "CIK": "cik",
    "STATE OF INCORPORATION": "state_of_incorporation",
    "STATE-OF-INCORPORATION": "state_of_incorporation",
    "SEC FILE NUMBER": "file_number",
    "FILE-NUMBER": "file_number",
}
_HEADER_LINE: Final = re.compile(
    r"^[ \t]*(?:<([A-Z0-9-]+)>|([A-Z][A-Z0-9 -]*):)[ \t]*(\S[^\r\n]*)?$", re.M
)


def is_submission(head: bytes) -> bool:
    """Is this the start of a full submission (after any PEM header)?"""
    start = head.lstrip()
    if start.startswith(PEM_BEGIN):
        return any(c in head for c in _CONTAINERS)
    return any(start.startswith(c) for c in _CONTAINERS)


class SubmissionError(ValueError):
    """The submission is not well formed (the message is the problem, without the file)."""


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One ``<DOCUMENT>`` of a submission, not yet decoded."""

    meta: DocumentMeta
    body: bytes  # the bytes between <TEXT> and </TEXT>
    offset: int  # where ``body`` starts in the file

    @property
    def binary(self) -> str | None:
        """Why this document holds no letter text (uuencoded, PDF, XML data), or None."""
        head = self.body[:512].lstrip()
        tag = head[:6].upper()
        if tag.startswith(b"<PDF>"):
            return "uuencoded PDF"
        m = _UUENCODE.match(self.body[:200])
        if m:
            return f"uuencoded binary ({m.group(1).decode('latin-1')})"
        if tag.startswith(b"<XML>") or (tag == b"<XBRL>" and b"<html" not in head.lower()):
            return "XML data"
        if (self.meta.type or "").upper() in _DATA_TYPES:
            return f"{self.meta.type} data file ({self.meta.filename or 'no name'})"
        return None


def parse_header(header: bytes, pem: bool) -> DocumentMeta:
    values: dict[str, str] = {}
    for m in _HEADER_LINE.finditer(header.decode("latin-1")):
        key = m.group(1) or m.group(2)
        field = _HEADER_KEYS.get(key.strip())
        if field and m.group(3) and field not in values:
            values[field] = m.group(3).strip()
    date = values.get("filing_date")
    if date and re.fullmatch(r"\d{8}", date):
        values["filing_date"] = f"{date[:4]}-{date[4:6]}-{date[6:]}"
    return DocumentMeta(pem=pem, **values)  # type: ignore[arg-type]


def iter_documents(data: bytes) -> Iterator[RawDocument]:
    """Yield each ``<DOCUMENT>`` with the submission's header metadata and its own tags.

    Raises ``SubmissionError`` for a truncated file (a document, or the submission, not closed).
    """
    pem = data.lstrip().startswith(PEM_BEGIN)
    first = data.find(_DOC_OPEN)
    if first < 0:
        raise SubmissionError("EDGAR submission without any <DOCUMENT>")
    base = parse_header(data[:first], pem)
    pos, index = first, 0
    while pos >= 0:
        close = data.find(_DOC_CLOSE, pos)
        if close < 0:
            raise SubmissionError(f"truncated SGML: document {index + 1} has no </DOCUMENT>")
        text_open = data.find(b"<TEXT>", pos, close)
        tags_end = text_open if text_open >= 0 else close
        tags = {
            m.group(1).decode(): m.group(2).decode("latin-1").strip()
            for m in _DOC_TAG.finditer(data, pos, tags_end)
        }
        if text_open >= 0:
            body_start = text_open + len(b"<TEXT>")
            if data.startswith(b"\r\n", body_start):
                body_start += 2
            elif data.startswith(b"\n", body_start):
                body_start += 1
            text_close = data.rfind(b"</TEXT>", body_start, close)
            body = data[body_start : text_close if text_close >= 0 else close]
        else:
            body_start, body = close, b""
        meta = replace(
            base,
            type=tags.get("TYPE") or None,
            sequence=tags.get("SEQUENCE") or None,
            filename=tags.get("FILENAME") or None,
            description=tags.get("DESCRIPTION") or None,
            index=index,
            raw_offset=body_start,
        )
        yield RawDocument(meta=meta, body=body, offset=body_start)
        index += 1
        pos = data.find(_DOC_OPEN, close)
    tail = data[close:].rstrip()
    if not tail.endswith((b"</SEC-DOCUMENT>", b"</SUBMISSION>", b"</IMS-DOCUMENT>")) and not (
        pem and tail.endswith(b"-----END PRIVACY-ENHANCED MESSAGE-----")
    ):
        raise SubmissionError("truncated SGML: the submission is not closed")
