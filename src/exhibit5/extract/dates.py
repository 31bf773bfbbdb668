"""Dates as letters write them ("June 8, 1995", "28 SEPTEMBER 2006", "May 1st, 2001")."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

from exhibit5.anchored import Anchored

_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ]
    )
}
_ABBR = {m[:3]: i for m, i in _MONTHS.items()} | {"sept": 9}
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
)
_DATE = re.compile(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<m2>{_MONTH})\s*,?\s*(?P<y2>(?:19|20)\d\d))\b",
    re.IGNORECASE,
)
_MONTH_WORD = Anchored(rf"\b{_MONTH}", [m[:3] for m in _MONTHS], re.IGNORECASE)
# The day written before the month ("28th day of September"), up to the month's offset.
_DAY_BEFORE = re.compile(r"\b\d{1,2}(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?$", re.IGNORECASE)
_DAY_REACH = 40  # characters before a month where its day may start


class DateFinder:
    """The dates of a text, found from the months' names: every date names one, and a letter
    holds far fewer of them than digits (one search at each digit cost more than all the rest
    of the date search). ``pattern`` matches a whole date; :meth:`search` and :meth:`finditer`
    take the text and its lowered form as :class:`Anchored`'s do, and find the same matches as
    ``pattern.search``/``finditer``."""

    pattern = _DATE

    def finditer(
        self, text: str, low: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if endpos is None else min(endpos, len(text))
        free = pos
        for month in _MONTH_WORD.finditer(text, low, pos, end):
            at = month.start()
            day = _DAY_BEFORE.search(text, max(free, at - _DAY_REACH), at)
            m = (day and _DATE.match(text, day.start(), end)) or (
                _DATE.match(text, at, end) if at >= free else None
            )
            if m:
                yield m
                free = m.end()

    def search(
        self, text: str, low: str, pos: int = 0, endpos: int | None = None
    ) -> re.Match[str] | None:
        return next(self.finditer(text, low, pos, endpos), None)


DATE = DateFinder()


def iso(m: re.Match[str]) -> str | None:
    """The ISO form of a :data:`DATE` match, or None if it is not a real calendar date."""
    month_name = (m.group("m1") or m.group("m2")).rstrip(".").lower()
    month = _MONTHS.get(month_name) or _ABBR.get(month_name[:4]) or _ABBR.get(month_name[:3])
    day = int(m.group("d1") or m.group("d2"))
    year = int(m.group("y1") or m.group("y2"))
    if month is None:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
