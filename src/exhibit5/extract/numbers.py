"""Amounts of securities as letters write them: figures, words, or both.

``160,000``, ``2.5 million``, ``one million (1,000,000)``, ``Five Hundred Thousand (500,000)``.
When words and figures are given together, the figures are what :data:`AMOUNT` captures.
"""

from __future__ import annotations

import re

_UNITS = {
    w: i
    for i, w in enumerate(
        [
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ]
    )
}
_TENS = {
    w: 10 * (i + 2)
    for i, w in enumerate(
        ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
    )
}
_SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
_WORD = "|".join([*_UNITS, *_TENS, *_SCALES])
NUMBER_WORDS = rf"(?:(?:{_WORD})(?:[\s-]+(?:and\s+)?(?:{_WORD}))*)"

# A figure with an optional scale word, optionally preceded by the amount in words.
AMOUNT = re.compile(
    rf"(?:\b{NUMBER_WORDS}\s*\(\s*(?P<paren>\d{{1,3}}(?:,\d{{3}})+|\d+)\s*\)"
    # (A fraction of a share too: "136,659.64 shares".)
    r"|(?<![\w.$,])(?P<fig>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
    r"(?:\s+(?P<scale>million|billion|thousand))?"
    rf"|\b(?P<words>{NUMBER_WORDS}))(?![\w,]*\d)",
    re.IGNORECASE,
)
_WORD_SEP = re.compile(r"[\s-]+")


def amount(m: re.Match[str]) -> int | None:
    """The integer an :data:`AMOUNT` match stands for."""
    if m.group("paren"):
        return int(m.group("paren").replace(",", ""))
    if m.group("fig"):
        value = float(m.group("fig").replace(",", ""))
        if m.group("scale"):
            return round(value * _SCALES[m.group("scale").lower()])
        return int(value)  # whole shares: a fraction is not one
    return words_to_int(m.group("words"))


def words_to_int(text: str) -> int | None:
    total, current = 0, 0
    seen = False
    for word in _WORD_SEP.split(text.lower()):
        if word == "and" or not word:
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in _SCALES:
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None
