"""Comparable forms of company and law-firm names."""

from __future__ import annotations

import re

_COMPANY_SUFFIXES = frozenset(
    {"inc", "incorporated", "corp", "corporation", "co", "company", "ltd", "limited", "llc",
     "lp", "plc", "the", "nv", "sa", "ag", "lllp", "llp", "pc"}
)  # fmt: skip
_FIRM_SUFFIXES = frozenset(
    {"llp", "l", "p", "pc", "c", "llc", "pllc", "lpa", "a", "professional", "corporation"}
)  # fmt: skip
_EDGAR_TAG = re.compile(r"/[A-Z]{2,3}/?\s*$")
_NOT_NAME_CHAR = re.compile(r"[^\w\s&]")
_PUNCTUATION = re.compile(r"[^\w\s]")


def company_tokens(name: str) -> list[str]:
    """Words of a company name without case, punctuation, EDGAR state tags (``/DE/``) and
    legal-form suffixes: "HemaCare Corp." and "HEMACARE CORPORATION /CA/" agree."""
    name = _EDGAR_TAG.sub("", name.strip())
    words = _NOT_NAME_CHAR.sub(" ", name.lower()).replace("&", " and ").split()
    return [w for w in words if w not in _COMPANY_SUFFIXES]


def same_company(a: str, b: str) -> bool:
    ta, tb = company_tokens(a), company_tokens(b)
    return ta == tb or "".join(ta) == "".join(tb)


def firm_key(name: str) -> str:
    """The distinctive start of a firm's name: "Harrow & Finch LLP" -> "harrow"."""
    words = _PUNCTUATION.sub(" ", name.lower()).split()
    words = [w for w in words if w not in _FIRM_SUFFIXES and w not in {"the", "law", "firm"}]
    return words[0] if words else ""
