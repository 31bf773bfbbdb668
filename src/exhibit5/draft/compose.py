"""Matter -> documents made of blocks: the clause templates fill in the prose, renderers lay it out.

The templates (``templates/exhibit5.j2``, ``templates/exhibit23.j2``) import the clause macros
in ``clauses/`` and write blocks as lines: ``::kind [label]`` opens a block and the lines after
it are its text. ``DraftContext`` gives the templates the grammar of the matter (pronouns, the
issuer's defined term, the charter's name, the law phrases); the sentences live in the clauses.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Literal

import jinja2

from exhibit5.draft.jurisdictions import jurisdiction
from exhibit5.draft.matter import (
    CONTRACT_TYPES,
    SHARE_TYPES,
    Assumption,
    Matter,
    ReviewedDocument,
    Security,
)

BlockKind = Literal[
    "letterhead",
    "caption",
    "date",
    "address",
    "re",
    "salutation",
    "title",
    "para",
    "item",
    "closing",
    "signature",
]
# Blocks laid out line by line; every other kind is prose, joined into one paragraph.
LINE_BLOCKS = frozenset({"letterhead", "caption", "address", "signature"})

_HERE = Path(__file__).parent
_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    lines: tuple[str, ...]  # one line for prose blocks
    label: str = ""  # list label: "(a)", "(i)", "1."

    @property
    def text(self) -> str:
        return "\n".join(self.lines)


@dataclass(frozen=True)
class DraftDocument:
    """One filed document: the opinion (Exhibit 5.x) or a separate consent (Exhibit 23.x)."""

    exhibit: str
    title: str
    blocks: tuple[Block, ...]

    @property
    def file_stem(self) -> str:
        """The EDGAR file name without extension: ``ex5-1``, ``ex23-1`` (formats.md §4.6)."""
        return "ex" + self.exhibit.replace(".", "-")


def longdate(d: date) -> str:
    return f"{_MONTHS[d.month - 1]} {d.day}, {d.year}"


def join_and(items: list[str]) -> str:
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return ", ".join(items[:-1]) + " and " + items[-1]


def _article(word: str) -> str:
    """'a' or 'an' before a state's name ("an Ohio corporation", "a Utah corporation")."""
    return "an" if word[:1] in "AEIO" else "a"


def join_list(items: list[str]) -> str:
    """A list whose items hold commas ("X, a Texas corporation"): semicolons between them."""
    items = list(items)
    if len(items) <= 2:
        return " and ".join(items)
    return "; ".join(items[:-1]) + "; and " + items[-1]


def _num(n: int) -> str:
    return f"{n:,}"


def _capitalize_first(text: str) -> str:
    return text[:1].upper() + text[1:]


@cache
def template_environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader([_HERE / "templates", _HERE / "clauses"]),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # plain prose; each renderer escapes for its own format
        keep_trailing_newline=True,
    )
    env.filters.update(
        longdate=longdate,
        join_and=join_and,
        num=_num,
        capitalize_first=_capitalize_first,
    )
    return env


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


class DraftContext:
    """The matter's grammar, as the clause templates need it."""

    letter_word = "letter"

    def __init__(self, matter: Matter) -> None:
        self.matter = matter
        m = matter
        self.individual = m.counsel.kind == "individual"
        self.We, self.we = ("I", "I") if self.individual else ("We", "we")
        self.Our, self.our = ("My", "my") if self.individual else ("Our", "our")
        self.us = "me" if self.individual else "us"
        self.us_named = "me" if self.individual else "our firm"
        self.role = m.counsel.role
        self.issuer = m.issuer
        entity = m.issuer.entity
        home = jurisdiction(m.issuer.jurisdiction)
        self.entity_term = "Partnership" if entity == "lp" else "Company"
        self.entity_possessive = f"the {self.entity_term}'s"
        self.issuer_desc = self.describe(m.issuer.jurisdiction, entity)
        self.charter = home.charter(entity)
        self.governing_agreement = {
            "corporation": "Bylaws",
            "llc": "Limited Liability Company Agreement",
            "lp": "Agreement of Limited Partnership",
        }[entity]
        self.governing_body = {
            "corporation": f"the Board of Directors of the {self.entity_term}",
            "llc": f"the board of directors of the {self.entity_term}",
            "lp": f"the board of directors of the general partner of the {self.entity_term}",
        }[entity]
        self.governing_body_short = (
            f"{self.governing_body} (or a committee to which it has delegated the authority)"
        )
        self.action_word = {"corporation": "corporate", "llc": "company", "lp": "partnership"}[
            entity
        ]
        self.holders = (
            "unitholders"
            if entity != "corporation"
            else ("stockholders" if home.name == "Delaware" else "shareholders")
        )
        self.issuer_statute = home.law_phrase(entity)
        self.home = home
        self.filed_already = bool(
            m.registration.filing_date and m.registration.filing_date < m.date
        )
        self.duly_authorized = m.opinion.duly_authorized and m.registration.kind != "shelf"
        self.opinion_securities = m.securities
        self.binding = any(s.type in CONTRACT_TYPES for s in m.securities)
        terms = list(dict.fromkeys(self.term(s) for s in m.securities))
        # A shelf of several types lists them and collects them as the "Securities".
        self.shelf_listed = m.registration.kind == "shelf" and len(m.securities) > 1
        if self.shelf_listed:
            terms = ["Securities"]
        self.all_terms = join_and(terms)
        self.any_terms = " or ".join(terms)
        self.exhibits = m.exhibits

    # --- phrases ------------------------------------------------------------------------

    def describe(self, name: str, entity: str) -> str:
        j = jurisdiction(name)
        if not j.domestic:
            return f"a company incorporated under the laws of {j.formal}"
        kind = {
            "corporation": "corporation",
            "llc": "limited liability company",
            "lp": "limited partnership",
        }[entity]
        return f"{_article(j.name)} {j.name} {kind}"

    def formal(self, name: str) -> str:
        return jurisdiction(name).formal

    def term(self, s: Security) -> str:
        return self.matter.term(s)

    def unit_plural(self, s: Security) -> str:
        return "units" if s.type in {"llc_interests", "lp_units"} else "shares"

    def label(self, style: str, n: int) -> str:
        if style == "roman":
            return f"({_ROMAN[n - 1]})"
        return f"({chr(ord('a') + n - 1)})"

    @property
    def guarantor_list(self) -> str:
        return join_list(
            [f"{g.name}, {self.describe(g.jurisdiction, g.entity)}" for g in self.matter.guarantors]
        )

    @property
    def guarantees(self) -> Security:
        return next(s for s in self.matter.securities if s.type == "guarantees")

    @property
    def law_phrases(self) -> list[str]:
        m = self.matter
        governing = m.governing_law
        phrases: list[str] = []
        for name in m.covered_jurisdictions():
            if name == "United States":
                phrases.append("the federal law of the United States")
                continue
            j = jurisdiction(name)
            if name == governing:
                phrases.append(f"the law of {j.formal}")
                continue
            entities = [m.issuer.entity] if jurisdiction(m.issuer.jurisdiction).name == name else []
            entities += [
                g.entity for g in m.guarantors if jurisdiction(g.jurisdiction).name == name
            ]
            for entity in dict.fromkeys(entities or ["corporation"]):
                phrase = j.law_phrase(entity)
                if phrase not in phrases:
                    phrases.append(phrase)
        return phrases

    @property
    def documents(self) -> list[tuple[str, ReviewedDocument | None]]:
        m = self.matter
        if m.documents is not None:
            return [("custom", d) for d in m.documents]
        kinds = ["registration_statement"]
        if jurisdiction(m.issuer.jurisdiction).domestic:
            # A foreign issuer's constitution is for its local counsel to examine.
            kinds += ["charter", "governing_agreement"]
        if m.plans:
            kinds.append("plans")
        if m.indenture:
            kinds.append("indenture")
        if m.merger_agreement:
            kinds.append("merger_agreement")
        kinds.append("resolutions")
        if m.guarantors:
            kinds.append("guarantor_documents")
        if m.officer_certificate:
            kinds.append("officer_certificate")
        return [(k, None) for k in kinds]

    @property
    def assumptions(self) -> list[Assumption]:
        m = self.matter
        if m.assumptions is not None:
            return list(m.assumptions)
        keys: list[Assumption] = ["signatures", "capacity", "authenticity", "copies"]
        if m.registration.kind in {"shelf", "primary", "resale", "merger"}:
            keys.append("effectiveness")
        if m.registration.kind == "shelf" and any(s.type in SHARE_TYPES for s in m.securities):
            keys.append("reserve")
        if self.binding:
            keys.append("other_parties")
        return keys

    @property
    def letterhead(self) -> list[str]:
        c = self.matter.counsel
        return list(c.letterhead) if self.individual else [c.name, *c.letterhead]

    @property
    def addressee(self) -> list[str]:
        m = self.matter
        return m.addressee if m.addressee is not None else [m.issuer.name, *m.issuer.address]

    @property
    def re_line(self) -> str:
        r = self.matter.registration
        if r.post_effective:
            return (
                f"Post-Effective Amendment No. {r.post_effective.amendment} to Registration "
                f"Statement on Form {r.form} (File No. {r.file_number})"
            )
        number = f" (File No. {r.file_number})" if r.file_number else ""
        return f"Registration Statement on Form {r.form}{number}"

    @property
    def signature(self) -> list[str]:
        c = self.matter.counsel
        if self.individual:
            return [f"/s/ {c.name}", c.name, c.role]
        if c.signatory:
            who = c.signatory
            return [c.name, f"By: /s/ {who.name}", f"{who.name}, {who.title}"]
        return [f"/s/ {c.name}"]


_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:])(?=\s|$)")


def _blocks(rendered: str) -> tuple[Block, ...]:
    blocks: list[Block] = []
    kind: str | None = None
    label = ""
    lines: list[str] = []

    def close() -> None:
        if kind is None:
            return
        text = [line.strip() for line in lines if line.strip()]
        if not text:
            return
        if kind not in LINE_BLOCKS:
            prose = _SPACE_BEFORE_PUNCT.sub(r"\1", " ".join(" ".join(text).split()))
            text = [prose]
        blocks.append(Block(kind, tuple(text), label))  # type: ignore[arg-type]

    for line in rendered.splitlines():
        if line.startswith("::"):
            close()
            head, _, label = line[2:].partition(" ")
            kind, label, lines = head, label.strip(), []
        else:
            lines.append(line)
    close()
    return tuple(blocks)


def compose(matter: Matter) -> list[DraftDocument]:
    """The documents to file: the opinion, and the consent when it stands on its own."""
    ctx = DraftContext(matter)
    env = template_environment()
    docs = [
        DraftDocument(
            matter.exhibit,
            f"Exhibit {matter.exhibit}",
            _blocks(env.get_template("exhibit5.j2").render(c=ctx)),
        )
    ]
    if matter.consent.placement == "separate" and matter.consent.exhibit:
        docs.append(
            DraftDocument(
                matter.consent.exhibit,
                f"Exhibit {matter.consent.exhibit}",
                _blocks(env.get_template("exhibit23.j2").render(c=ctx)),
            )
        )
    return docs
