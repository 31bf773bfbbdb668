"""Read -> extract -> review on generated letters: whatever the text, no step raises (reading
may refuse a file with nothing in it, in one line naming it) and every span the record or a
finding gives lies inside the normalized text.

The letters are shuffled pieces of the parts real letters have (dates, addressee lines, Re:
lines, salutations, role and opinion sentences, law and consent sentences, list marks, numbers
in words and figures, quotes, brackets, signatures), cut and joined at random, in the forms a
corpus of EDGAR files throws at the pipeline: lines broken anywhere, paragraphs run together,
stray punctuation and non-ASCII letters.
"""

from __future__ import annotations

from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import exhibit5
from exhibit5.document import Span
from exhibit5.review import review

PIECES = [
    "March 3, 2021",
    "3rd day of March 2021",
    "Tamsin Quarry Holdings, Inc.",
    "12 Elm Road\nSalem, Oregon 97301",
    "Re: Registration Statement on Form S-8",
    "RE\n",
    "Ladies and Gentlemen:",
    "Dear Sirs",
    "We have acted as counsel to Tamsin Quarry Holdings, Inc.,",
    'a Delaware corporation (the "Company"),',
    "in connection with the registration of 160,000 shares of Common Stock, par value $0.01,",
    'under the Tamsin 2021 Equity Plan (the "Plan")',
    "one million (1,000,000) ordinary shares of CHF 0.05 each",
    "We are of the opinion that the Shares, when issued under the Plan,",
    "will be validly issued, fully paid and non-assessable.",
    "(a) that",
    "(ii)",
    "1.",
    "This opinion is limited to the General Corporation Law of the State of Delaware.",
    "We hereby consent to the filing of this opinion as Exhibit 5.1.",
    "we do not admit that we are within the category of persons whose consent is required",
    "Very truly yours,",
    "/s/ Harlow & Pike LLP",
    "HARLOW & PIKE LLP\nAttorneys at Law",
    "[Letterhead of Harlow & Pike LLP]",
    "Post-Effective Amendment No. 1 (File No. 333-123456)",
    "filed with the Commission on or about the date hereof",
    "İstanbul Straße café",
    "XXXXX",
    "“",
    "”",
    "(",
    ")",
    ";",
    ".",
    ":",
    "|",
    "$",
    "2,",
    "Inc.",
]
JOINS = [" ", " ", "\n", "\n\n", "", ". ", ", "]


@st.composite
def letters(draw: st.DrawFn) -> str:
    pieces = draw(st.lists(st.sampled_from(PIECES), min_size=0, max_size=40))
    joins = draw(st.lists(st.sampled_from(JOINS), min_size=len(pieces), max_size=len(pieces)))
    text = "".join(p + j for p, j in zip(pieces, joins, strict=True))
    # A piece may be cut anywhere, as an excerpt of a page is.
    cut = draw(st.integers(min_value=0, max_value=max(0, len(text))))
    return text[cut:] if draw(st.booleans()) else text[: len(text) - cut]


def _spans(value: Any) -> list[Span]:
    """Every span in a dumped record (a nested structure of dicts and lists)."""
    found: list[Span] = []
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("span", "site", "antecedent") and isinstance(item, list) and len(item) == 2:
                found.append(Span(*item))
            elif key in ("spans", "uses") and isinstance(item, list):
                found.extend(Span(*s) for s in item if isinstance(s, list))
            else:
                found.extend(_spans(item))
    elif isinstance(value, list):
        for item in value:
            found.extend(_spans(item))
    return found


def _check(data: bytes, name: str) -> None:
    try:
        docs = exhibit5.read(data, name=name)
    except exhibit5.ReadError as e:  # an empty file: one line naming it
        assert str(e).startswith(f"{name}: ") and "\n" not in str(e)
        return
    for doc in docs:
        record = exhibit5.extract(doc)
        size = len(doc.text)
        for span in _spans(record.model_dump(mode="json")):
            assert 0 <= span.start <= span.end <= size, (span, size)
        for finding in review(doc, record):
            for span in finding.spans:
                assert 0 <= span.start <= span.end <= size, (finding.code, span, size)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters())
def test_text_letters_never_break_the_pipeline(text: str) -> None:
    _check(text.encode(), "generated.txt")


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(letters())
def test_html_letters_never_break_the_pipeline(text: str) -> None:
    body = "".join(f"<p>{part}</p>" for part in text.split("\n\n"))
    _check(f"<html><body>{body}</body></html>".encode(), "generated.htm")
