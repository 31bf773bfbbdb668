"""The structural parts review reads: role paragraph, documents reviewed, reliance,
assumptions, qualifications and the signature block."""

from __future__ import annotations

import re

from exhibit5.document import Span
from exhibit5.extract.record import Part
from exhibit5.extract.structure import Sentence, Structure

# A list mark after a line break, after white space that follows ":" or ";", or inline before
# "(a) ". Every way in starts with a white-space character, so re skips to those.
_ITEM_START = re.compile(
    r"\s(?:(?<=\n)|(?<=[:;]\s)\s*|(?=\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s))"
    r"(?P<mark>\((?:[a-z]{1,2}|[ivx]{1,4}|\d{1,2})\)|\d{1,2}\.|[a-z]\.|[•·*-])\s+"
)
_INLINE_MARK = re.compile(r"\((?:[a-z]|[ivx]{1,4}|\d{1,2})\)\s+")
_LINE = re.compile(r"[^\n]+")
_AFTER_SIGNATURE = re.compile(r"(?:Enclosure|cc\b|Attachment)", re.IGNORECASE)
_TYPIST_INITIALS = re.compile(r"[A-Z]{2,4}[:/]")


def _drop_conjunction(piece: str) -> str:
    """``piece`` without a trailing word "and"/"or" and the separator before it ("...; and"),
    but not the end of a word ("Maryland", "Sponsor")."""
    if piece.endswith("\n"):  # "$" also matches before one final newline
        head = piece[:-1]
        return piece if head.endswith("\n") else _drop_conjunction(head) + "\n"
    if piece.endswith("and"):
        cut = len(piece) - 3
    elif piece.endswith("or"):
        cut = len(piece) - 2
    else:
        return piece
    if cut > 0 and (piece[cut - 1].isalnum() or piece[cut - 1] == "_"):
        return piece
    while cut > 0 and piece[cut - 1].isspace():
        cut -= 1
    if cut > 0 and piece[cut - 1] in ";,":
        cut -= 1
    return piece[:cut]


def _part(text: str, span: Span) -> Part:
    return Part.of(text, span)


def _parts(text: str, sentences: list[Sentence]) -> list[Part]:
    return [_part(text, s.span) for s in sentences]


def role_paragraph(text: str, st: Structure) -> Part | None:
    s = st.role_sentence
    if s is None:
        return None
    para = st.paragraphs[s.paragraph]
    if para.end - para.start > 2500:  # a flattened letter: the sentence alone
        para = s.span
    return _part(text, para)


def documents_reviewed(text: str, st: Structure) -> list[Part]:
    """Each document listed as examined; the examination sentence itself if it lists none."""
    sentences = st.review_sentences
    if not sentences:
        return []
    first = sentences[0]
    # The list runs from the review sentence to the next sentence that is not an item.
    end = first.span.end
    stop = st.opinion_start if st.opinion_start is not None else st.body.end
    for s in st.body_sentences:
        if s.span.start < first.span.end:
            continue
        # An item starts with its mark, after the white space before the sentence.
        if s.span.start >= stop or not _ITEM_START.match(text[s.span.start - 1 : s.span.start + 8]):
            break
        end = s.span.end
    region = text[first.span.start : end]
    colon = region.find(":")
    items: list[Part] = []
    if colon >= 0:
        marks = list(_ITEM_START.finditer(region, colon))
        for i, m in enumerate(marks):
            a = first.span.start + m.end()
            b = first.span.start + (marks[i + 1].start() if i + 1 < len(marks) else len(region))
            piece = text[a:b].rstrip(" ;,.\n")
            piece = _drop_conjunction(piece).rstrip(" ;,.")
            if piece:
                items.append(Part.of(text, Span(a, a + len(piece))))
    return items or _parts(text, sentences[:1])


def reliance(text: str, st: Structure) -> list[Part]:
    return _parts(text, st.reliance_sentences())


def assumptions(text: str, st: Structure) -> list[Part]:
    """Each assumption; a sentence listing "(i) ..., (ii) ..." gives one part per item."""
    out: list[Part] = []
    for s in st.assumption_sentences():
        marks = list(_INLINE_MARK.finditer(s.text))
        if len(marks) < 2:
            out.append(_part(text, s.span))
            continue
        for i, m in enumerate(marks):
            a = s.span.start + m.end()
            b = s.span.start + (marks[i + 1].start() if i + 1 < len(marks) else len(s.text))
            piece = text[a:b].rstrip(" ;,.")
            piece = _drop_conjunction(piece)
            out.append(Part.of(text, Span(a, a + len(piece))))
    return out


def qualifications(text: str, st: Structure) -> list[Part]:
    return _parts(text, st.qualification_sentences())


def signature(text: str, st: Structure) -> Part | None:
    """The closing and the signature lines under it."""
    if st.closing is None:
        return None
    end = st.closing.end
    for m in _LINE.finditer(text[st.closing.end : st.closing.end + 400]):
        line = m.group(0).strip()
        if _AFTER_SIGNATURE.match(line):
            break
        end = st.closing.end + m.end()
        if (
            text.startswith("\n\n", end)
            and len(text) > end + 2
            and _TYPIST_INITIALS.match(text[end + 2 : end + 10])
        ):
            break
    return _part(text, Span(st.closing.start, end))
