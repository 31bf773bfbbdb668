"""The consent paragraph: consent to filing as an exhibit, to being named in the prospectus,
and the Section 7 "not an expert" non-admission."""

from __future__ import annotations

import re

from exhibit5.anchored import Anchored
from exhibit5.document import Span
from exhibit5.extract.record import Found, Part
from exhibit5.extract.structure import Sentence, Structure

# In a sentence that consents: this opinion filed as an exhibit, used in the registration
# statement, or filed with the Commission ("... and to the filing of this opinion as Exhibit 5").
_EXHIBIT_CONSENT = Anchored(
    r"\b(?:filing|inclusion|use|incorporation|filed|including|attachment|reproduction|submission)"
    r"\s+(?:of\s+)?(?:a\s+copy\s+of\s+)?(?:this|our|my|the\s+foregoing|such|the\s+within|the)\s+"
    r"(?:legal\s+)?(?:opinion|letter)(?:\s+letter)?\b[^.]{0,120}?\b(?:exhibit|registration\s+statement"
    r"|commission|form\s+[SF]-|form\s+8-K)"
    r"|\b(?:this|our|my)\s+(?:opinion|letter)(?:\s+letter)?\s+(?:may\s+be|to\s+be|being)\s+"
    r"(?:filed|used|included)\s+(?:as\s+an?\s+exhibit|in|with)",
    ("fil", "inclusion", "use", "incorporation", "including", "attachment", "reproduction",
     "submission", "this", "our", "my"),
    re.IGNORECASE,
)  # fmt: skip
_NAME_CONSENT = Anchored(
    r"\b(?:reference|references|referring)\s+(?:to\s+)?(?:us|our\s+firm|the\s+firm|this\s+firm|"
    r"our\s+name|my\s+name|me|the\s+undersigned|[A-Z][\w&,. ]{2,60}?)\b[^.]{0,200}?"
    r"(?:prospectus|caption|heading|registration\s+statement|information\s+statement)"
    r"|\buse\s+of\s+(?:our|my|the\s+firm's|this\s+firm's)\s+(?:firm\s+)?name"
    r"|\b(?:named|name\s+appears?|being\s+named)\b[^.]{0,120}?(?:prospectus|legal\s+matters|"
    r"registration\s+statement|attorneys|counsel)"
    r"|\bunder\s+the\s+(?:caption|heading)s?\s+\"?(?:Legal\s+Matters|Legal\s+Opinions?|Validity|"
    r"Interests\s+of\s+Named\s+Experts)",
    ("refer", "use", "name", "under"),
    re.IGNORECASE,
)
_SECTION7 = Anchored(
    r"\b(?:admit(?:ting)?|concede)\b[^.]{0,140}?(?:category\s+of\s+persons|\bexperts?\b|Section\s+7\b)"
    r"|\bnot\s+(?:consider|deem|believe)\s+(?:that\s+)?(?:we|I)\s+(?:are|am)\s+(?:within\s+[^.]{0,40})?"
    r"[\"']?experts?\b"
    r"|\bconsent\s+is\s+not\s+to\s+be\s+construed\s+as\s+an\s+admission[^.]{0,120}(?:expert|"
    r"category|Section\s+7)",
    ("admit", "concede", "not", "consent"),
    re.IGNORECASE,
)


_SECTION7_KEYS = ("admit", "concede", "expert", "construed")


def _first(sentences: list[Sentence], pattern: Anchored) -> Found[bool]:
    for s in sentences:
        m = s.find(pattern)
        if m:
            return Found.of(True, spans=[Span(s.span.start + m.start(), s.span.start + m.end())])
    return Found.of(False)


def consent(st: Structure) -> Found[bool]:
    return _first(st.consent_sentences, _EXHIBIT_CONSENT)


def legal_matters_consent(st: Structure) -> Found[bool]:
    return _first(st.consent_sentences, _NAME_CONSENT)


def section7_disclaimer(st: Structure) -> Found[bool]:
    ss = st.consent_sentences
    found = _first(ss, _SECTION7)
    if found.value:
        return found
    # The non-admission often stands in the sentence after the consent, without "consent".
    others = [s for s in st.body_sentences if s.has(_SECTION7_KEYS) and s not in ss]
    return _first(others, _SECTION7)


def consent_paragraph(text: str, st: Structure) -> Part | None:
    """The paragraph that holds the exhibit consent (or the first consent sentence)."""
    ss = st.consent_sentences
    for s in ss:
        if s.find(_EXHIBIT_CONSENT):
            span = st.paragraphs[s.paragraph]
            # A flattened letter, or one whose lines are never set apart by a blank line: its
            # "paragraph" runs on past the body; keep to the consent's own sentences.
            if span.end - span.start > 1500 or not (
                st.body.start <= span.start and span.end <= st.body.end
            ):
                span = Span(s.span.start, _consent_end(st, s))
            return Part.of(text, span)
    return None


def _consent_end(st: Structure, first: Sentence) -> int:
    end = first.span.end
    for s in st.body_sentences:
        if s.span.start >= end and (s.find(_SECTION7) or s.find(_NAME_CONSENT)):
            end = s.span.end
        elif s.span.start >= end:
            break
    return end
