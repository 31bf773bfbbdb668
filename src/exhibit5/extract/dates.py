"""Dates as letters write them ("June 8, 1995", "28 SEPTEMBER 2006", "May 1st, 2001")."""

from __future__ import annotations

import re
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
# A date starts with a month's name or a digit.
DATE = Anchored(
    rf"\b(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s*,?\s*(?P<y1>(?:19|20)\d\d)"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:day\s+of\s+)?(?P<m2>{_MONTH})\s*,?\s*(?P<y2>(?:19|20)\d\d))\b",
    (*(m[:3] for m in _MONTHS), *"0123456789"),
    re.IGNORECASE,
)


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
