"""Anchored patterns find exactly what their plain patterns find.

Every :class:`~exhibit5.anchored.Anchored` in the package is run on every letter of the shared
corpus and on texts written here, whole and on sub-ranges, against ``pattern.search`` and
``pattern.finditer``: a wrong list of first words would lose matches here.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from functools import cache

import pytest
from hypothesis import given
from hypothesis import strategies as st

import exhibit5
from exhibit5.anchored import Anchored, letter_tree, lowered, phrases
from exhibit5.extract.dates import DATE, DateFinder
from exhibit5.review import context as review_context
from tests.shared import CORPUS


def _anchored() -> dict[str, Anchored | DateFinder]:
    # The dates, found from their months' names, answer to the same test.
    found: dict[str, Anchored | DateFinder] = {"exhibit5.extract.dates.DATE": DATE}
    for info in pkgutil.walk_packages(exhibit5.__path__, "exhibit5."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, Anchored):
                found.setdefault(f"{info.name}.{name}", value)
    return found


ANCHORED = _anchored()

# Texts that put the first words in odd places: at the very start, after punctuation, in
# capitals, inside longer words, and next to a non-ASCII letter whose lower case is longer.
WRITTEN = [
    "Form S-8 Registration Statement (File No. 333-201234) filed on March 3, 2021.",
    "EXHIBIT 5.1\nFORM S-3 filed under the Act; İstanbul 12 May 2019 and 1st June, 2004.",
    "exhibits 5 and 23.1, ex-5, Ex. 5(a); informed reform; 2-34567; 811-1234 and 33-98765.",
    "When issued and sold pursuant to the Plan, upon receipt of payment, the Shares will be "
    "validly issued, fully paid and non-assessable; I am of the opinion that my opinion holds.",
    "The Notes of Alder Corp., $0.001 par value, no par value, NIS 0.01 nominal value.",
    "Signed this 28th day of SEPTEMBER 2006 (as amended Sept. 3, 1999), 4 Mayo 2010, May 2.",
]


@cache
def _texts() -> list[str]:
    texts = list(WRITTEN)
    for path in sorted((CORPUS / "docs").glob("*")):
        texts.extend(d.text for d in exhibit5.read(path))
    return texts


def test_the_package_has_anchored_patterns() -> None:
    assert len(ANCHORED) >= 5, sorted(ANCHORED)


@given(st.lists(st.text(alphabet="abn -", min_size=1, max_size=6), min_size=1, max_size=8))
def test_letter_tree_finds_the_longest_word_first(words: list[str]) -> None:
    """The tree alternation matches as the longest-first list of the same words does."""
    flat = re.compile("|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)))
    tree = re.compile(letter_tree(words))
    for text in [*words, " ".join(words), "".join(words), "ab nab -b"]:
        assert [m.span() for m in tree.finditer(text)] == [m.span() for m in flat.finditer(text)]


@pytest.mark.parametrize("padding", [0, 5000])  # a sentence, and a text too long for the tree
def test_a_start_word_inside_another_is_tried(padding: int) -> None:
    """A first word that begins one letter into another ("bc" in "abc") is a place too."""
    a = Anchored(r"a(?=x)|bcd?|e|f|g|h", ["a", "bc", "e", "f", "g", "h"])
    text = " " * padding + "abcd abc"
    low = lowered(text)
    assert [m.span() for m in a.finditer(text, low)] == [m.span() for m in a.pattern.finditer(text)]
    got = a.search(text, low)
    assert got is not None and got.span() == (padding + 1, padding + 4)


def test_lowered_keeps_offsets() -> None:
    text = "İstanbul ẞ Straße"
    low = lowered(text)
    assert len(low) == len(text)
    assert low.endswith("straße")


@pytest.mark.parametrize("name", sorted(ANCHORED))
def test_same_matches_as_the_plain_pattern(name: str) -> None:
    a = ANCHORED[name]
    for text in _texts():
        low = lowered(text)
        spans = [m.span() for m in a.pattern.finditer(text)]
        assert [m.span() for m in a.finditer(text, low)] == spans, (name, text[:80])
        # A sub-range: matches may not run past endpos, and \b sees the text before pos.
        pos, end = len(text) // 3, 2 * len(text) // 3
        inner = [m.span() for m in a.pattern.finditer(text, pos, end)]
        assert [m.span() for m in a.finditer(text, low, pos, end)] == inner, (name, text[:80])
        if isinstance(a, Anchored):
            stepwise = [m.span() for m in a.finditer_stepwise(text, low, pos, end)]
            assert stepwise == inner, (name, text[:80])
        first = a.pattern.search(text, pos)
        got = a.search(text, low, pos)
        assert (got and got.span()) == (first and first.span()), (name, text[:80])
        # Sentence-sized ranges: where many first words are found by their letter tree.
        for pos in range(0, len(text), 90):
            end = pos + 150
            inner = [m.span() for m in a.pattern.finditer(text, pos, end)]
            assert [m.span() for m in a.finditer(text, low, pos, end)] == inner, (name, pos)
            first = a.pattern.search(text, pos, end)
            got = a.search(text, low, pos, end)
            assert (got and got.span()) == (first and first.span()), (name, pos)


def test_class_words_stand_in_for_the_full_class_pattern() -> None:
    """Where no "Preferred Stock, Series" and no notes or debentures are named, the anchored
    class pattern finds what the full one finds."""
    from exhibit5.extract.securities import _CLASS_RE, _classes

    for text in _texts():
        low = lowered(text)
        got = [m.span() for m in _classes(text, low, 0, len(text))]
        assert got == [m.span() for m in _CLASS_RE.finditer(text)], text[:80]


MENTIONS = review_context.MENTIONS


@pytest.mark.parametrize("kind", sorted(k for k, m in MENTIONS.items() if m.starts))
def test_review_mentions_find_what_their_patterns_find(kind: str) -> None:
    pattern = MENTIONS[kind].pattern
    anchored = review_context._anchored(kind)
    for text in _texts():
        got = [m.span() for m in anchored.finditer(text, lowered(text))]
        assert got == [m.span() for m in pattern.finditer(text)], (kind, text[:80])


def test_a_start_word_that_starts_with_another_is_not_looked_for_again() -> None:
    a = Anchored(r"\bsirs?\b|\bmadam\b", ["Sirs", "sir", "madam"], re.IGNORECASE)
    assert a.starts == ("madam", "sir")
    text = "Dear Sirs or Madam"
    assert [m.group() for m in a.finditer(text, lowered(text))] == ["Sirs", "Madam"]


def test_a_start_phrase_is_found_however_normalized_text_breaks_it() -> None:
    a = Anchored(r"\bto\s+the\s+extent\b|\bin\s+our\s+opinion", phrases("to the extent", "in "))
    text = "We opine, to the\nextent stated and in\n\nour opinion, within the law."
    assert [m.group() for m in a.finditer(text, lowered(text))] == [
        "to the\nextent",
        "in\n\nour opinion",
    ]
    assert "in" not in a.starts  # not inside "opine" or "within"
