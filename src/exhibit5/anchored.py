"""Patterns looked for only where one of their first words occurs.

Python's ``re`` can skip ahead quickly only for a pattern that starts with a literal or a
character class of the right case. A pattern that starts with ``\\b`` or ignores case is tried
at every position: 50-70 ns a character, so 0.3 ms a search on a 5 KB letter, and extraction
runs dozens of them. An :class:`Anchored` pattern lists the words every match starts with;
``str.find`` on the lower-cased text (memchr speed) finds those words, or over a sentence one
search of their letter tree finds any of many, and the pattern is matched only there. The
matches are exactly those of ``pattern.search``/``finditer``: ``match`` at a position still
sees the text before it (``\\b``, look-behinds) and ``endpos`` bounds it the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from heapq import heapify, heappop, heapreplace


def letter_tree(words: Iterable[str]) -> str:
    """An alternation of ``words`` built as their letter tree: "New (?:York|Jersey|...)".

    ``re`` tries a flat list of alternatives one by one, so 180 names cost 180 tries wherever
    a name could start; the tree costs a try per letter. Where one word ends inside a longer
    one ("England", "England and Wales"), the longer is tried first, as a longest-first list
    would."""
    tree: dict[str, dict] = {}
    for word in words:
        node = tree
        for c in word:
            node = node.setdefault(c, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        alternatives = [re.escape(c) + branch(child) for c, child in node.items() if c]
        if not alternatives:
            return ""
        if len(alternatives) == 1 and "" not in node:
            return alternatives[0]
        return f"(?:{'|'.join(alternatives)})" + ("?" if "" in node else "")

    return branch(tree)


def lowered(text: str) -> str:
    """``text`` lower-cased with its offsets kept (a character whose lower case is longer,
    like "İ", is left as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


# The white space normalized text puts between two words: a space, a line break or a paragraph
# break (it has no other).
_GAPS = (" ", "\n", "\n\n")


def phrases(*texts: str) -> tuple[str, ...]:
    """Start words as normalized text writes them, each space of ``texts`` standing for any of
    its gaps: "in " is "in" before white space (not inside "opinion"), "to the extent" the
    phrase however it is broken across lines."""
    out = []
    for text in texts:
        variants = [""]
        for k, word in enumerate(text.split(" ")):
            variants = [v + gap + word for v in variants for gap in (_GAPS if k else ("",))]
        out += variants
    return tuple(out)


# Many start words are found faster by one search of their letter tree than by a str.find
# per word (each a call into C), but only over a short text: the tree search steps through
# every character, a find skips ahead at memchr speed. Both bounds are counted in
# instructions over whole extractions and reviews.
_MANY = 5  # start words
_CHARS_PER_WORD = 40  # the tree is searched over fewer characters than this per start word


class Anchored:
    """``pattern`` (compiled with ``flags``), every match of which starts with one of
    ``starts``: compared in lower case, or as written with ``cased`` (for a case-sensitive
    pattern whose first word is common in lower case, like "I")."""

    __slots__ = ("_next_start", "_tree_below", "cased", "pattern", "starts")

    def __init__(
        self, pattern: str, starts: Iterable[str], flags: int = 0, *, cased: bool = False
    ) -> None:
        self.pattern = re.compile(pattern, flags)
        self.cased = cased
        words = {s if cased else s.lower() for s in starts}
        # A word that starts with another ("sirs", "sir") adds no place to look at.
        self.starts = tuple(
            sorted(w for w in words if not any(w[:k] in words for k in range(1, len(w))))
        )
        # The next place of any start word, in one search (for short texts, see _MANY).
        self._next_start = (
            re.compile(letter_tree(self.starts)).search if len(self.starts) >= _MANY else None
        )
        self._tree_below = _CHARS_PER_WORD * len(self.starts)

    def _candidates(self, text: str, low: str, pos: int, endpos: int) -> list[int]:
        find = (text if self.cased else low).find
        found: list[int] = []
        for word in self.starts:
            at = find(word, pos, endpos)
            while at >= 0:
                found.append(at)
                at = find(word, at + 1, endpos)
        # One word's places come in order already; several words' are merged.
        return sorted(set(found)) if len(self.starts) > 1 and len(found) > 1 else found

    def search(
        self, text: str, low: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        """The first match in ``text[pos:endpos]``, as ``pattern.search`` finds it.

        Start words are followed in step (a heap of each one's next place), so that a match
        near the start costs a few finds however long the text."""
        end = len(text) if endpos is None else min(endpos, len(text))
        match = self.pattern.match
        next_start = self._next_start
        if next_start is not None and end - pos < self._tree_below:
            source = text if self.cased else low
            start = next_start(source, pos, end)
            while start is not None:
                m = match(text, start.start(), end)
                if m:
                    return m
                start = next_start(source, start.start() + 1, end)
            return None
        find = (text if self.cased else low).find
        if len(self.starts) == 1:  # one word: its places in order, no heap needed
            word = self.starts[0]
            at = find(word, pos, end)
            while at >= 0:
                m = match(text, at, end)
                if m:
                    return m
                at = find(word, at + 1, end)
            return None
        ahead = []
        for word in self.starts:
            at = find(word, pos, end)
            if at >= 0:
                ahead.append((at, word))
        if not ahead:
            return None
        heapify(ahead)
        tried = -1
        while ahead:
            at, word = ahead[0]
            if at != tried:
                m = match(text, at, end)
                if m:
                    return m
                tried = at
            following = find(word, at + 1, end)
            if following >= 0:
                heapreplace(ahead, (following, word))
            else:
                heappop(ahead)
        return None

    def finditer(
        self, text: str, low: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The non-overlapping matches in ``text[pos:endpos]``, as ``pattern.finditer``."""
        end = len(text) if endpos is None else min(endpos, len(text))
        match = self.pattern.match
        next_start = self._next_start
        if next_start is not None and end - pos < self._tree_below:
            source = text if self.cased else low
            start = next_start(source, pos, end)
            while start is not None:
                at = start.start()
                m = match(text, at, end)
                if m:
                    yield m
                    # The next match starts where this one ends (or after an empty one).
                    at = m.end() - 1 if m.end() > at else at
                start = next_start(source, at + 1, end)
            return
        free = pos
        for at in self._candidates(text, low, pos, end):
            if at < free:
                continue
            m = match(text, at, end)
            if m:
                yield m
                free = m.end() if m.end() > m.start() else m.end() + 1

    def finditer_stepwise(
        self, text: str, low: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of :meth:`finditer`, each searched for from the end of the one before:
        for a caller that most often stops at the first match of a long text (finditer places
        every start word over the whole text first, which pays when all matches are read)."""
        end = len(text) if endpos is None else min(endpos, len(text))
        m = self.search(text, low, pos, end)
        while m is not None:
            yield m
            pos = m.end() if m.end() > m.start() else m.end() + 1
            m = self.search(text, low, pos, end) if pos <= end else None
