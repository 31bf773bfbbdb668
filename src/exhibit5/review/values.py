"""Dates as the record and the letter state them, as ``datetime.date`` values."""

from __future__ import annotations

import re
from datetime import date

from exhibit5.extract.dates import iso


def iso_date(value: str | None) -> date | None:
    """The date of an ISO string from the record (None if absent or not a date)."""
    try:
        return date.fromisoformat(value) if value else None
    except ValueError:
        return None


def parse_date(m: re.Match[str]) -> date | None:
    """The date an ``exhibit5.extract.dates.DATE`` match states."""
    return iso_date(iso(m))
