"""Jurisdictions: US states and territories, Canadian provinces, and the countries and
offshore centres whose companies file with the SEC, with the spellings letters use."""

from __future__ import annotations

import re

from exhibit5.anchored import Anchored, letter_tree

US_STATES = [
    "Alabama",
    "Alaska",
    "Arizona",
    "Arkansas",
    "California",
    "Colorado",
    "Connecticut",
    "Delaware",
    "Florida",
    "Georgia",
    "Hawaii",
    "Idaho",
    "Illinois",
    "Indiana",
    "Iowa",
    "Kansas",
    "Kentucky",
    "Louisiana",
    "Maine",
    "Maryland",
    "Massachusetts",
    "Michigan",
    "Minnesota",
    "Mississippi",
    "Missouri",
    "Montana",
    "Nebraska",
    "Nevada",
    "Ohio",
    "Oklahoma",
    "Oregon",
    "Pennsylvania",
    "Tennessee",
    "Texas",
    "Utah",
    "Vermont",
    "Virginia",
    "Washington",
    "Wisconsin",
    "Wyoming",
    "New Hampshire",
    "New Jersey",
    "New Mexico",
    "New York",
    "North Carolina",
    "North Dakota",
    "Rhode Island",
    "South Carolina",
    "South Dakota",
    "West Virginia",
    "District of Columbia",
    "Puerto Rico",
    "Guam",
    "Virgin Islands",
]
PROVINCES = [
    "British Columbia",
    "Alberta",
    "Ontario",
    "Quebec",
    "Manitoba",
    "Saskatchewan",
    "Nova Scotia",
    "New Brunswick",
    "Newfoundland and Labrador",
    "Prince Edward Island",
    "Yukon",
]
# Australian states: Australian counsel opine on the law of one of them (the Commonwealth's
# Corporations Act applies there as part of it).
AUSTRALIAN_STATES = [
    "New South Wales",
    "Victoria",
    "Queensland",
    "Western Australia",
    "South Australia",
    "Tasmania",
]
COUNTRIES = [
    "Cayman Islands",
    "British Virgin Islands",
    "Bermuda",
    "Bahamas",
    "Marshall Islands",
    "Israel",
    "Canada",
    "England and Wales",
    "England",
    "Scotland",
    "United Kingdom",
    "Ireland",
    "Jersey",
    "Guernsey",
    "Isle of Man",
    "Netherlands",
    "Luxembourg",
    "Switzerland",
    "Germany",
    "France",
    "Belgium",
    "Denmark",
    "Sweden",
    "Norway",
    "Finland",
    "Spain",
    "Italy",
    "Greece",
    "Cyprus",
    "Malta",
    "Panama",
    "Liberia",
    "Curacao",
    "Mexico",
    "Brazil",
    "Argentina",
    "Chile",
    "Australia",
    "New Zealand",
    "Japan",
    "Singapore",
    "Hong Kong",
    "China",
    "Taiwan",
    "Korea",
    "India",
    "South Africa",
]
ALL = US_STATES + PROVINCES + AUSTRALIAN_STATES + COUNTRIES
# A country as an adjective: "an Israeli corporation", "matters of Dutch law".
_ADJECTIVES = {
    "Israeli": "Israel", "Canadian": "Canada", "English": "England", "Scottish": "Scotland",
    "Dutch": "Netherlands", "Irish": "Ireland", "Swiss": "Switzerland", "German": "Germany",
    "French": "France", "Belgian": "Belgium", "Danish": "Denmark", "Swedish": "Sweden",
    "Norwegian": "Norway", "Finnish": "Finland", "Spanish": "Spain", "Italian": "Italy",
    "Greek": "Greece", "Cypriot": "Cyprus", "Maltese": "Malta", "Panamanian": "Panama",
    "Liberian": "Liberia", "Mexican": "Mexico", "Brazilian": "Brazil", "Argentine": "Argentina",
    "Chilean": "Chile", "Australian": "Australia", "Japanese": "Japan",
    "Singaporean": "Singapore", "Chinese": "China", "Taiwanese": "Taiwan", "Korean": "Korea",
    "Bermudian": "Bermuda", "Bahamian": "Bahamas",
}  # fmt: skip
_NAMED = ALL + list(_ADJECTIVES)
# Every place's name; at one position the longest wins ("England and Wales" over "England").
NAMES = letter_tree(_NAMED)
# A place as letters name it, "the State of New York" or "Delaware", for use inside patterns.
PLACE_PATTERN = (
    r"(?:(?:State|Commonwealth|Province|Republic|Kingdom|Territory|Grand\s+Duchy)\s+of\s+(?:the\s+)?)?"
    rf"(?:{NAMES})\b"
)
_TITLES = ("State", "Commonwealth", "Province", "Republic", "Kingdom", "Territory", "Grand Duchy")
PLACE = Anchored(
    rf"\b(?:the\s+)?(?:(?:{'|'.join(_TITLES)})\s+of\s+(?:the\s+)?)?(?P<place>{NAMES})\b",
    ("the", *_TITLES, *(p[:4] for p in _NAMED)),
    re.IGNORECASE,
)
_BARE = re.compile(rf"\b(?:{NAMES})\b", re.IGNORECASE)
_CANONICAL = {p.lower(): p for p in ALL} | {a.lower(): p for a, p in _ADJECTIVES.items()}
FEDERAL = Anchored(
    r"\b(?:federal\s+(?:securities\s+)?laws?\b(?!\s+of\s+(?!the\s+United\s+States))|laws?\s+of\s+the\s+United\s+States|United\s+States"
    r"\s+federal|federal\s+law\s+of\s+the\s+United\s+States|U\.S\.\s+federal|\bERISA\b)",
    ("federal", "law", "united", "u.s.", "erisa"),
    re.IGNORECASE,
)


def defined_place(text: str, abbreviation: str) -> str | None:
    """The place a letter defines by an abbreviation, as written: 'the Republic of the Marshall
    Islands (the "RMI")' for "RMI"."""
    m = re.search(
        rf"({PLACE_PATTERN})\s*\(\s*(?:the\s+)?\"{re.escape(abbreviation)}\"\s*\)",
        text,
        re.IGNORECASE,
    )
    return m.group(1) if m else None


def place_in(text: str) -> str | None:
    """The canonical name of the first place named in ``text``."""
    m = _BARE.search(text)
    return canonical(m.group(0)) if m else None


def canonical(name: str) -> str:
    """The spelling used in records: "NEW YORK" -> "New York", "israeli" -> "Israel"."""
    key = " ".join(name.split()).lower()
    return _CANONICAL.get(key, name)
