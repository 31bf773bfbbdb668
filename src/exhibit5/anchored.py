"""Patterns looked for only where one of their first words occurs.

Python's ``re`` can skip ahead quickly only for a pattern that starts with a literal or a
character class of the right case. A pattern that starts with ``\\b`` or ignores case is tried
at every position: 50-70 ns a character, so 0.3 ms a search on a 5 KB letter, and extraction
runs dozens of them. An :class:`Anchored` pattern lists the words every match starts with;
``str.find`` on the lower-cased text (memchr speed) finds those words and the pattern is
matched only there. The matches are exactly those of ``pattern.search``/``finditer``: ``match``
at a position still sees the text before it (``\\b``, look-behinds) and ``endpos`` bounds it
the same way.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from heapq import heapify, heappop, heapreplace


def lowered(text: str) -> str:
    """``text`` lower-cased with its offsets kept (a character whose lower case is longer,
    like "İ", is left as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


class Anchored:
    """``pattern`` (compiled with ``flags``), every match of which starts with one of
    ``starts``: compared in lower case, or as written with ``cased`` (for a case-sensitive
    pattern whose first word is common in lower case, like "I")."""

    __slots__ = ("cased", "pattern", "starts")

    def __init__(
        self, pattern: str, starts: Iterable[str], flags: int = 0, *, cased: bool = False
    ) -> None:
        self.pattern = re.compile(pattern, flags)
        self.cased = cased
        self.starts = tuple(sorted({s if cased else s.lower() for s in starts}))

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
        find = (text if self.cased else low).find
        match = self.pattern.match
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
        free = pos
        for at in self._candidates(text, low, pos, end):
            if at < free:
                continue
            m = match(text, at, end)
            if m:
                yield m
                free = m.end() if m.end() > m.start() else m.end() + 1
