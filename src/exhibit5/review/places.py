"""Jurisdictions for comparing places: the EDGAR codes used in submission headers, and
whether a place is in the US (state names from ``exhibit5.extract.places``).

EDGAR's STATE OF INCORPORATION field holds two-character codes: US postal codes for states and
EDGAR's own codes for provinces and countries (``E9`` Cayman Islands, ``D0`` Bermuda ...).
"""

from __future__ import annotations

import re

from exhibit5.extract.places import AUSTRALIAN_STATES, US_STATES

EDGAR_US: dict[str, str] = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "DC": "District of Columbia",
    "FL": "Florida", "GA": "Georgia", "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois",
    "IN": "Indiana", "IA": "Iowa", "KS": "Kansas", "KY": "Kentucky", "LA": "Louisiana",
    "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts", "MI": "Michigan", "MN": "Minnesota",
    "MS": "Mississippi", "MO": "Missouri", "MT": "Montana", "NE": "Nebraska", "NV": "Nevada",
    "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico", "NY": "New York",
    "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma", "OR": "Oregon",
    "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina", "SD": "South Dakota",
    "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont", "VA": "Virginia",
    "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "PR": "Puerto Rico",
}  # fmt: skip

# EDGAR state/country codes for places outside the US states (the common ones).
EDGAR_OTHER: dict[str, str] = {
    "A0": "Alberta", "A1": "British Columbia", "A2": "Manitoba", "A3": "New Brunswick",
    "A4": "Newfoundland", "A5": "Nova Scotia", "A6": "Ontario", "A7": "Prince Edward Island",
    "A8": "Quebec", "A9": "Saskatchewan", "B0": "Yukon", "Z4": "Canada",
    "C3": "Australia", "D0": "Bermuda", "D5": "British Virgin Islands", "E9": "Cayman Islands",
    "F4": "China", "G7": "Denmark", "I0": "France", "2M": "Germany", "K3": "Hong Kong",
    "K7": "Ireland", "L3": "Israel", "L6": "Italy", "M0": "Japan", "N4": "Luxembourg",
    "O5": "Mexico", "P7": "Netherlands", "1T": "Marshall Islands", "R1": "Panama",
    "U0": "Singapore", "V8": "Switzerland", "W8": "Taiwan", "X0": "United Kingdom",
    "Y9": "Jersey", "Y7": "Guernsey", "K8": "Isle of Man", "G9": "Curacao", "R2": "Bahamas",
}  # fmt: skip

_US_NAMES = {name.lower() for name in US_STATES}
_PREFIX = re.compile(r"^(the\s+)?((state|commonwealth|province|republic)\s+of\s+(the\s+)?)", re.I)


def fold(name: str) -> str:
    """Comparable form of a jurisdiction name: no "State of", lower case, single spaces."""
    return " ".join(_PREFIX.sub("", name.strip()).split()).lower()


def is_us(name: str | None) -> bool:
    """A US state, DC, Puerto Rico, or the United States itself."""
    if not name:
        return False
    f = fold(name)
    return f in _US_NAMES or f in {"united states", "us", "u.s.", "federal"}


def edgar_place(code: str | None) -> str | None:
    """Full name for an EDGAR STATE OF INCORPORATION code, or the value itself if not a code."""
    if not code:
        return None
    code = code.strip().upper()
    return EDGAR_US.get(code) or EDGAR_OTHER.get(code) or (code.title() if len(code) > 2 else None)


def same_place(a: str | None, b: str | None) -> bool:
    return bool(a) and bool(b) and fold(a or "") == fold(b or "")


def covers(law: str, place: str) -> bool:
    """Does an opinion on ``law`` cover a company organized in ``place``? The same place, or an
    Australian state for an Australian company (the Commonwealth's Corporations Act applies in
    each state as part of its law; a Canadian province's law, by contrast, does not take in the
    federal corporate statute unless the letter says so)."""
    return same_place(law, place) or (fold(place) == "australia" and fold(law) in _AU_STATES)


_AU_STATES = frozenset(fold(s) for s in AUSTRALIAN_STATES)
