"""The Matter: the facts an Exhibit 5 opinion and its consent are drafted from.

A matter file is YAML (see ``exhibit5 new s8``); ``load_matter`` in ``exhibit5.draft.loader``
reads it and names the line of any bad field. ``Matter.model_json_schema()`` is published as
``schema/matter.schema.json`` for editor completion (regenerate with
``python -m exhibit5.draft.matter > schema/matter.schema.json``).
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal, InvalidOperation
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from exhibit5.draft.jurisdictions import jurisdiction

Form = Literal["S-8", "S-3", "S-3ASR", "S-1", "S-4", "S-11", "F-1", "F-3", "F-4"]
SecurityType = Literal[
    "common_stock",
    "preferred_stock",
    "debt",
    "guarantees",
    "warrants",
    "units",
    "depositary_shares",
    "rights",
    "llc_interests",
    "lp_units",
]
Offering = Literal["plan", "primary", "shelf", "resale", "merger"]
Assumption = Literal[
    "signatures", "authenticity", "copies", "capacity", "other_parties", "reserve", "effectiveness"
]
Reliance = Literal["officers", "public_officials"]

# Equity-like securities that a share count and a par value describe.
SHARE_TYPES = frozenset({"common_stock", "preferred_stock", "llc_interests", "lp_units"})
# Securities that are contracts of the issuer, opined on as binding obligations.
CONTRACT_TYPES = frozenset({"debt", "guarantees", "warrants", "units", "rights"})

_DEFAULT_CLASS = {
    "common_stock": "common stock",
    "preferred_stock": "preferred stock",
    "debt": "debt securities",
    "guarantees": "guarantees",
    "warrants": "warrants",
    "units": "units",
    "depositary_shares": "depositary shares",
    "rights": "rights",
    "llc_interests": "common units",
    "lp_units": "common units",
}
# The shelf's defined term for each type.
_DEFAULT_TERM = {
    "common_stock": "Common Stock",
    "preferred_stock": "Preferred Stock",
    "debt": "Debt Securities",
    "guarantees": "Guarantees",
    "warrants": "Warrants",
    "units": "Units",
    "depositary_shares": "Depositary Shares",
    "rights": "Rights",
    "llc_interests": "Common Units",
    "lp_units": "Common Units",
}
_OFFERING_BY_FORM: dict[str, Offering] = {
    "S-8": "plan",
    "S-3": "shelf",
    "S-3ASR": "shelf",
    "F-3": "shelf",
    "S-1": "primary",
    "S-11": "primary",
    "F-1": "primary",
    "S-4": "merger",
    "F-4": "merger",
}


_DEFAULT_RELIANCE: tuple[Reliance, ...] = ("officers", "public_officials")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Issuer(_Strict):
    name: str = Field(
        description="The registrant's exact name, e.g. 'Bramblewood Therapeutics, Inc.'"
    )
    jurisdiction: str = Field(description="State or country of organization, e.g. 'Delaware'")
    entity: Literal["corporation", "llc", "lp"] = Field(
        "corporation", description="corporation, llc (limited liability company) or lp"
    )
    address: list[str] = Field(default_factory=list, description="Street, city lines")


class LocalCounsel(_Strict):
    """Counsel whose filed opinion this letter relies on for a law it does not cover."""

    name: str
    jurisdiction: str
    exhibit: str = Field(description="The exhibit number of that opinion, e.g. '5.2'")


class Signatory(_Strict):
    """The lawyer who signs for the firm ("By: /s/ ...")."""

    name: str
    title: str = "Partner"


class Counsel(_Strict):
    name: str = Field(description="The firm as it signs, or the lawyer for an in-house opinion")
    kind: Literal["firm", "individual"] = "firm"
    role: str = Field(
        "counsel",
        description="'special counsel', 'special securities counsel'; for an individual, "
        "the title, e.g. 'General Counsel'",
    )
    letterhead: list[str] = Field(
        default_factory=list, description="Address lines printed under the name at the top"
    )
    local_counsel: list[LocalCounsel] = Field(default_factory=list)
    signatory: Signatory | None = Field(
        None, description="For a firm: the lawyer who signs for it (default: the firm's name)"
    )


class PostEffective(_Strict):
    amendment: int = Field(ge=1, description="Post-Effective Amendment No.")


class Registration(_Strict):
    form: Form
    filing_date: dt.date | None = Field(None, description="When the statement is or will be filed")
    file_number: str | None = Field(None, pattern=r"^\d{2,3}-\d{3,6}(-\d{2})?$")
    post_effective: PostEffective | None = None
    offering: Offering | None = Field(
        None, description="plan, primary, shelf, resale or merger; defaults from the form"
    )

    @model_validator(mode="after")
    def _amendment_needs_file_number(self) -> Registration:
        if self.post_effective and not self.file_number:
            raise ValueError("a post-effective amendment needs the file_number of the statement")
        return self

    @property
    def kind(self) -> Offering:
        return self.offering or _OFFERING_BY_FORM[self.form]


class Security(_Strict):
    type: SecurityType
    name: str | None = Field(None, description="The class as the letter names it, lowercase")
    count: int | None = Field(None, ge=1, description="Shares or units registered (none: shelf)")
    par_value: str | None = Field(None, description="'0.001', or 'none' for no par value")
    outstanding: bool = Field(False, description="Already issued and outstanding (a resale)")
    tense: Literal["are", "will be"] | None = Field(
        None, description="Override the tense of the opinion (outstanding shares take 'are')"
    )
    term: str | None = Field(None, description="The defined term, e.g. 'Shares', 'Notes'")
    exercise_of: str | None = Field(
        None, description="For shares issuable on exercise: what is exercised, e.g. 'the Warrants'"
    )

    @field_validator("par_value", mode="before")
    @classmethod
    def _par(cls, value: object) -> object:
        if value is None:
            return None
        text = str(value).strip().lstrip("$")
        if text.lower() in {"none", "no par", "no par value", "without par value"}:
            return "none"
        try:
            Decimal(text)
        except InvalidOperation as exc:
            raise ValueError("par_value must be a number such as 0.001, or 'none'") from exc
        return text

    @property
    def class_name(self) -> str:
        return self.name or _DEFAULT_CLASS[self.type]


class Plan(_Strict):
    name: str = Field(description="The plan's full name, without a leading 'the'")
    amended: bool = Field(False, description="Add ', as amended'")
    awards: str | None = Field(
        None, description="For shares issuable on exercise of awards, e.g. 'stock options'"
    )
    shares: int | None = Field(None, ge=1, description="Shares registered under this plan")


class Guarantor(_Strict):
    name: str
    jurisdiction: str
    entity: Literal["corporation", "llc", "lp"] = "corporation"


class Indenture(_Strict):
    trustee: str
    date: dt.date | None = Field(None, description="Date of the base indenture, if signed")
    governing_law: str = "New York"


_BARE_SUFFIXES = frozenset({"inc.", "inc", "llc", "l.l.c.", "l.p.", "lp", "corp.", "ltd.", "n.a."})


class MergerAgreement(_Strict):
    title: str = "Agreement and Plan of Merger"
    date: dt.date
    parties: list[str] = Field(min_length=2)

    @field_validator("parties")
    @classmethod
    def _whole_names(cls, parties: list[str]) -> list[str]:
        # "[Merger Sub, Inc., Target, Inc.]" in YAML flow style splits each name at its comma.
        if any(p.strip().lower() in _BARE_SUFFIXES for p in parties):
            raise ValueError(
                "a party's name was split at its comma: quote each name or list one per line"
            )
        return parties


class ReviewedDocument(_Strict):
    description: str = Field(description="e.g. 'a certificate of the Secretary of the Company'")
    date: dt.date | None = None


class OpinionChoices(_Strict):
    duly_authorized: bool = Field(
        True, description="Also opine that the shares are duly authorized"
    )
    federal_law: bool = Field(False, description="Also cover the federal law of the United States")
    laws: list[str] | None = Field(
        None, description="Jurisdictions covered; by default the issuer's and the instruments'"
    )
    who_may_rely: Literal["anyone", "addressee_only"] = "anyone"


class ConsentChoices(_Strict):
    placement: Literal["letter", "separate"] = Field(
        "letter", description="Consent inside the letter, or as its own Exhibit 23 document"
    )
    exhibit: str | None = Field(None, description="Exhibit number of the consent, e.g. '23.1'")
    legal_matters: bool | None = Field(
        None, description="Consent to being named under 'Legal Matters' (default: not on S-8)"
    )
    legal_matters_caption: str = "Legal Matters"
    section7: bool = Field(True, description="Add the Section 7 'not an expert' statement")


class Matter(_Strict):
    """Everything an Exhibit 5 opinion states, and the drafting choices."""

    date: dt.date
    exhibit: str = Field("5.1", description="The opinion's exhibit number")
    issuer: Issuer
    counsel: Counsel
    registration: Registration
    securities: list[Security] = Field(min_length=1)
    plans: list[Plan] = Field(default_factory=list)
    guarantors: list[Guarantor] = Field(default_factory=list)
    indenture: Indenture | None = None
    merger_agreement: MergerAgreement | None = None
    documents: list[ReviewedDocument] | None = Field(
        None, description="Documents reviewed; by default the usual list for the form"
    )
    officer_certificate: bool = Field(True, description="List an officer's certificate")
    assumptions: list[Assumption] | None = None
    reliance: list[Reliance] = Field(default_factory=lambda: list(_DEFAULT_RELIANCE))
    opinion: OpinionChoices = Field(default_factory=OpinionChoices)
    consent: ConsentChoices = Field(default_factory=ConsentChoices)
    addressee: list[str] | None = Field(None, description="Default: the issuer and its address")
    salutation: str = "Ladies and Gentlemen:"

    @field_validator("exhibit")
    @classmethod
    def _exhibit(cls, value: str) -> str:
        if not value.split(".")[0] == "5":
            raise ValueError("the opinion is filed as Exhibit 5 or 5.x")
        return value

    # --- derived facts -------------------------------------------------------------------

    @property
    def principal(self) -> Security:
        return self.securities[0]

    @property
    def share_count(self) -> int | None:
        """The amount registered: every tranche of the principal class, added up."""
        counts = [s.count for s in self.securities if s.class_name == self.principal.class_name]
        if self.registration.kind == "shelf" or None in counts:
            return None
        return sum(c for c in counts if c is not None)

    def term(self, security: Security) -> str:
        if security.term:
            return security.term
        same_class = [s for s in self.securities if s.type == security.type]
        if self.registration.kind == "shelf" or security.type not in SHARE_TYPES:
            return _DEFAULT_TERM[security.type]
        if len(same_class) == 1:
            return "Units" if security.type in {"llc_interests", "lp_units"} else "Shares"
        if security.outstanding:
            return "Outstanding Shares"
        return "Warrant Shares" if security.exercise_of else "Primary Shares"

    def covered_jurisdictions(self) -> list[str]:
        """Jurisdictions whose law the letter covers, in the order the law paragraph names them."""
        if self.opinion.laws is not None:
            names = [jurisdiction(n).name for n in self.opinion.laws]
        else:
            relied = {jurisdiction(c.jurisdiction).name for c in self.counsel.local_counsel}
            names = []
            wanted = [self.issuer.jurisdiction] + [g.jurisdiction for g in self.guarantors]
            if self.governing_law:
                wanted.append(self.governing_law)
            for name in wanted:
                j = jurisdiction(name)
                if j.name not in relied and j.name not in names:
                    names.append(j.name)
        if self.opinion.federal_law and "United States" not in names:
            names.append("United States")
        return names

    @property
    def governing_law(self) -> str | None:
        """The law chosen for the instruments (indenture, warrant and unit agreements)."""
        if not any(s.type in CONTRACT_TYPES | {"depositary_shares"} for s in self.securities):
            return None
        return jurisdiction(self.indenture.governing_law if self.indenture else "New York").name

    @property
    def exhibits(self) -> list[str]:
        """The exhibit numbers the letter carries: the opinion's, and the consent's within it."""
        if self.consent.placement == "letter" and self.consent.exhibit:
            return [self.exhibit, self.consent.exhibit]
        return [self.exhibit]

    @property
    def legal_matters(self) -> bool:
        if self.consent.legal_matters is not None:
            return self.consent.legal_matters
        return self.registration.form != "S-8"

    def facts(self) -> dict[str, object]:
        """What the drafted letter states, in the shape of an extraction record (spec/record.md)."""
        principal = self.principal
        par = principal.par_value if principal.type in SHARE_TYPES else None
        counsel_role = self.counsel.role.lower()
        return {
            "exhibits": self.exhibits,
            "date": self.date.isoformat(),
            "issuer_name": self.issuer.name,
            "issuer_jurisdiction": jurisdiction(self.issuer.jurisdiction).name,
            "counsel_name": self.counsel.name,
            "counsel_role": counsel_role,
            "form": self.registration.form,
            "post_effective": self.registration.post_effective is not None,
            "filing_date": (
                self.registration.filing_date.isoformat() if self.registration.filing_date else None
            ),
            "file_number": self.registration.file_number,
            "share_count": self.share_count,
            "security": principal.class_name.lower(),
            "par_value": par,
            "plans": [p.name for p in self.plans],
            "opinion_terms": sorted(self.opinion_terms()),
            "laws": self.covered_jurisdictions(),
            "consent": self.consent.placement == "letter",
            "legal_matters_consent": self.consent.placement == "letter" and self.legal_matters,
            "section7_disclaimer": self.consent.placement == "letter" and self.consent.section7,
        }

    def opinion_terms(self) -> set[str]:
        terms: set[str] = set()
        for s in self.securities:
            if s.type in SHARE_TYPES:
                terms |= {"validly issued", "fully paid"}
                if self.issuer.entity == "corporation":
                    terms.add("nonassessable")
                if self.opinion.duly_authorized and self.registration.kind != "shelf":
                    terms.add("duly authorized")
            elif s.type == "depositary_shares":
                terms.add("validly issued")
            else:
                terms.add("binding obligations")
        return terms


def matter_json_schema() -> dict[str, object]:
    schema = Matter.model_json_schema()
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["title"] = "exhibit5 matter"
    return schema


if __name__ == "__main__":
    print(json.dumps(matter_json_schema(), indent=2))
