"""Properties of normalization on generated text: its promises hold and every word maps back."""

from __future__ import annotations

import html
import re

from hypothesis import given, settings
from hypothesis import strategies as st

import exhibit5
from exhibit5.normalize import clean

WORDS = st.sampled_from(
    [
        "shares",
        "Company",
        "\u201cPlan\u201d",
        "issued,",
        "non\u2011assessable",
        "$0.001",
        "(a)",
        "1.",
        "Delaware;",
        "\ufb01led",
        "S-8",
        "&",
        "caf\u00e9",
    ]
)
GAPS = st.sampled_from([" ", "  ", "\t", "\u00a0", " \u200b", "\u2003", "\r", "\x0b"])


@st.composite
def lines(draw: st.DrawFn) -> str:
    words = draw(st.lists(WORDS, min_size=1, max_size=14))
    gaps = draw(st.lists(GAPS, min_size=len(words), max_size=len(words)))
    indent = draw(st.sampled_from(["", "    ", "\t", " " * 20]))
    return indent + "".join(w + g for w, g in zip(words, gaps, strict=True)).rstrip()


@st.composite
def letters(draw: st.DrawFn) -> str:
    out = []
    for line in draw(st.lists(lines(), min_size=1, max_size=25)):
        out.append(line)
        out.append(draw(st.sampled_from(["", "", "", "\n", "\n<PAGE>\n", "\n\n"])))
    return "\n".join(out) + "\n"


WORD = re.compile(r"[A-Za-z0-9]+")


def check(doc: exhibit5.Document) -> None:
    text = doc.text
    assert not re.search(r"[\u201c\u201d\u00a0\u200b\t\u2011]", text)
    # Its only white space is spaces and line breaks (anchored patterns' start words rely on it).
    assert not re.search(r"[^\S \n]", text)
    assert "  " not in text and "\n\n\n" not in text
    assert not re.search(r"^ | $", text, re.M)
    assert text == text.strip()
    for m in WORD.finditer(text):
        source = doc.source_text(exhibit5.Span(*m.span()))
        # NFKC may have expanded a ligature: the source then holds the unexpanded characters.
        assert source == m.group() or clean(source) == m.group(), m.group()


@settings(max_examples=150, deadline=None)
@given(letters())
def test_plain_text_properties(raw: str) -> None:
    (doc,) = exhibit5.read(raw.encode("utf-8"), name="g.txt")
    check(doc)
    assert len(WORD.findall(doc.text)) == len(WORD.findall(raw.replace("<PAGE>", "")))


@settings(max_examples=150, deadline=None)
@given(st.lists(lines(), min_size=1, max_size=20), st.sampled_from(["p", "div", "td"]))
def test_html_properties(paragraphs: list[str], tag: str) -> None:
    body = "".join(f"<{tag}>{html.escape(p)}</{tag}>\n" for p in paragraphs)
    if tag == "td":
        body = f"<table><tr>{body}</tr></table>"
    (doc,) = exhibit5.read(f"<html><body>{body}</body></html>".encode(), name="g.htm")
    check(doc)
    assert len(WORD.findall(doc.text)) == sum(len(WORD.findall(p)) for p in paragraphs)
