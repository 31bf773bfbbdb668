"""Every real letter of the shared corpus reads, and its normalization keeps its promises."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import exhibit5
from exhibit5.normalize import LIST_MARKER
from tests.shared import CORPUS, corpus_doc

DOCS = sorted((CORPUS / "docs").glob("*")) if CORPUS.exists() else []
WORD = re.compile(r"[A-Za-z0-9]+")


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name)
def test_every_corpus_letter_reads_and_maps_back(path: Path) -> None:
    (doc,) = exhibit5.read(path)
    assert doc.text.strip(), "no text"
    assert exhibit5.is_opinion(doc)
    text = doc.text
    # Character promises of the normalized text.
    assert not re.search(r"[\u2018\u2019\u201c\u201d\u00a0\u200b\t]", text)
    assert "  " not in text and "\n\n\n" not in text
    assert not re.search(r"^ | $", text, re.MULTILINE)
    assert "<PAGE>" not in text.upper()
    # Every word of the normalized text maps back to the same characters of the source.
    for m in WORD.finditer(text):
        span = exhibit5.Span(*m.span())
        assert doc.source_text(span) == m.group(), (m.group(), doc.source_span(span))


def _doc(doc_id: str) -> exhibit5.Document:
    (doc,) = exhibit5.read(corpus_doc(doc_id))
    return doc


def test_seed_letter_dash_stuffing_is_undone() -> None:
    doc = _doc("hemacare-1995-ex5_1")
    raw_stuffed = [line for line in doc.raw.splitlines() if line.startswith("- -")]
    assert raw_stuffed, "the seed letter is dash-stuffed in its source"
    assert doc.meta.dash_unstuffed
    assert not re.search(r"^- -", doc.text, re.MULTILINE)
    # Each stuffed line comes back as the rule it was, two characters shorter.
    for stuffed in raw_stuffed:
        rule = stuffed[2:].strip()
        m = re.search(rf"^{rule}$", doc.text, re.MULTILINE)
        assert m is not None
        raw_start = doc.source_span(exhibit5.Span(*m.span())).start
        assert doc.raw[raw_start - 2 : raw_start] == "- "


def test_seed_letter_paragraphs_and_list_items() -> None:
    doc = _doc("hemacare-1995-ex5_1")
    paragraphs = doc.text.split("\n\n")
    # Soft wraps are joined: the opening paragraph is one line that holds both sentences.
    opening = next(p for p in paragraphs if p.startswith("We have represented"))
    assert "\n" not in opening and opening.count('(the "') >= 4
    # The six items of the list of documents reviewed each start a line, in order.
    markers = [m.group().strip() for m in map(LIST_MARKER.match, doc.text.splitlines()) if m]
    assert markers[:6] == ["(a)", "(b)", "(c)", "(d)", "(e)", "(f)"]
    # The address block keeps its hard breaks.
    assert re.search(r"^HemaCare Corporation\n\d+ Van Nuys Boulevard\n", doc.text, re.M)


def test_curly_quotes_become_straight_and_map_back() -> None:
    doc = _doc("cik46195-000110465911048494-ex5_1")
    assert "\u201c" in doc.raw
    m = re.search(r'\(the "Company"\)', doc.text)
    assert m is not None
    source = doc.source_text(exhibit5.Span(*m.span()))
    assert source == "(the \u201cCompany\u201d)"


def test_page_marks_page_numbers_and_running_heads_are_removed() -> None:
    paged = [
        p
        for p in DOCS
        if p.suffix == ".txt" and re.search(r"^<PAGE>", p.read_text("latin-1"), re.M)
    ]
    assert len(paged) >= 10
    for path in paged:
        (doc,) = exhibit5.read(path)
        assert "<PAGE>" not in doc.text
        assert not re.search(r"^(?:page \d+|- ?\d+ ?-)$", doc.text, re.I | re.M), path.name
        if re.search(r"\S[\s\S]*^<PAGE>", doc.raw, re.M):  # a mark after some text: a break
            assert doc.page_breaks, path.name


def test_html_letter_tables_entities_and_page_heads() -> None:
    doc = _doc("0001193125-19-292676-ex5_1")
    assert doc.meta.format == "html"
    assert "&#" not in doc.text and "&nbsp;" not in doc.text and "<" not in doc.text
    # A running head ("<date>" / "Page 2") after each page break is dropped; the date stays
    # only where the letter itself states it.
    assert not re.search(r"^Page \d+$", doc.text, re.M)
    heads = re.findall(r"^[A-Z][a-z]+ \d{1,2}, \d{4}$", doc.text, re.M)
    assert len(heads) <= 1
    assert len(doc.page_breaks) >= 2
    # Enumerated qualifications laid out in the HTML start their own lines.
    assert re.search(r"^\(i\) ", doc.text, re.M) and re.search(r"^\(ii\) ", doc.text, re.M)
