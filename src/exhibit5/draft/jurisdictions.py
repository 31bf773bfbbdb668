"""The law of each jurisdiction an opinion may cover, as drafting names it.

Only statute names we are sure of are written out; every other US state is named generically
("the laws of the State of Ohio"). Foreign law is never opined on here: a matter covers it by
relying on local counsel's filed opinion.
"""

from __future__ import annotations

from dataclasses import dataclass

from exhibit5.extract.places import PROVINCES, US_STATES

_COMMONWEALTHS = ("Kentucky", "Massachusetts", "Pennsylvania", "Virginia", "Puerto Rico")
# The states themselves: not the commonwealths, DC or the territories.
_NOT_STATES = {"District of Columbia", "Guam", "Virgin Islands"}
_STATES = frozenset(US_STATES) - set(_COMMONWEALTHS) - _NOT_STATES
_TAKES_THE = frozenset({"Bahamas", "United Kingdom", "Grand Duchy of Luxembourg"})
# Canadian provinces, named "the Province of ..." in the reliance on local counsel.
_PROVINCES = frozenset(PROVINCES) - {"Yukon"}  # a territory

# Corporation statutes by their customary names.
_CORPORATION_STATUTES = {
    "Delaware": "the General Corporation Law of the State of Delaware",
    "California": "the California General Corporation Law",
    "Nevada": "Chapter 78 of the Nevada Revised Statutes",
    "New York": "the New York Business Corporation Law",
    "Maryland": "the Maryland General Corporation Law",
    "Texas": "the Texas Business Organizations Code",
    "Florida": "the Florida Business Corporation Act",
    "Washington": "the Washington Business Corporation Act",
}
# Alternative-entity statutes; interests of LLCs and LPs are drafted only for Delaware.
_LLC_STATUTES = {"Delaware": "the Delaware Limited Liability Company Act"}
_LP_STATUTES = {"Delaware": "the Delaware Revised Uniform Limited Partnership Act"}

# What a corporation files to fix the terms of a series of preferred stock, where the name of
# that instrument is settled by statute; elsewhere the clause speaks of it generically.
_SERIES_INSTRUMENTS = {
    "Delaware": "a certificate of designations",
    "California": "a certificate of determination",
    "Nevada": "a certificate of designation",
    "Maryland": "articles supplementary",
}
_FILING_OFFICES = {
    "Maryland": "the State Department of Assessments and Taxation of Maryland",
    "Florida": "the Florida Department of State",
    "New York": "the Department of State of the State of New York",
}
# The charter's name for a corporation formed in each state (Texas since the BOC).
_CHARTER_NAMES = {
    "Delaware": "Certificate of Incorporation",
    "New York": "Certificate of Incorporation",
    "Texas": "Certificate of Formation",
    "Maryland": "Charter",
}


@dataclass(frozen=True)
class Jurisdiction:
    name: str  # "Delaware", "New York", "Bermuda"
    domestic: bool  # a US state or the District of Columbia
    prefix: str  # "State of", "Commonwealth of", "" (District of Columbia, foreign)

    @property
    def formal(self) -> str:
        """'the State of Delaware', 'the Commonwealth of Virginia', 'the District of Columbia'."""
        if self.name == "District of Columbia":
            return "the District of Columbia"
        if self.prefix:
            return f"the {self.prefix} {self.name}"
        # "the Cayman Islands", "the Netherlands"; "Bermuda", "Israel".
        plural = self.name.endswith(("Islands", "lands")) or self.name in _TAKES_THE
        return f"the {self.name}" if plural else self.name

    def statute(self, entity: str) -> str | None:
        """The statute an opinion on an entity of this kind organized here is limited to."""
        if entity == "llc":
            return _LLC_STATUTES.get(self.name)
        if entity == "lp":
            return _LP_STATUTES.get(self.name)
        return _CORPORATION_STATUTES.get(self.name)

    def law_phrase(self, entity: str | None) -> str:
        """How a law paragraph names this jurisdiction's law for an entity of that kind."""
        statute = self.statute(entity) if entity else None
        return statute or f"the laws of {self.formal}"

    def charter(self, entity: str) -> str:
        if entity == "llc":
            return "Certificate of Formation"
        if entity == "lp":
            return "Certificate of Limited Partnership"
        return _CHARTER_NAMES.get(self.name, "Articles of Incorporation")

    def filing_office(self) -> str:
        return _FILING_OFFICES.get(self.name, f"the Secretary of State of {self.formal}")

    def series_instrument(self) -> str:
        return _SERIES_INSTRUMENTS.get(
            self.name, "the instrument that establishes the terms of the series"
        )

    def series_filing(self, subject: str = "the series") -> str:
        """The clause saying the series' terms are on file: "a certificate of designations for
        the series has been filed with the Secretary of State of the State of Delaware"."""
        instrument = self.series_instrument()
        verb = "have" if instrument.startswith("articles") else "has"
        if self.name == "Maryland":  # the SDAT accepts articles supplementary for record
            return (
                f"{instrument} for {subject} {verb} been filed with, and accepted for record "
                f"by, {self.filing_office()}"
            )
        return f"{instrument} for {subject} {verb} been filed with {self.filing_office()}"


def jurisdiction(name: str) -> Jurisdiction:
    """Look a jurisdiction up by its plain name; anything not a US state is foreign."""
    clean = " ".join(name.split())
    for prefix in ("the State of ", "State of ", "the Commonwealth of ", "Commonwealth of "):
        if clean.startswith(prefix):
            clean = clean[len(prefix) :]
    if clean in _COMMONWEALTHS:
        return Jurisdiction(clean, True, "Commonwealth of")
    if clean in _STATES:
        return Jurisdiction(clean, True, "State of")
    if clean == "District of Columbia":
        return Jurisdiction(clean, True, "")
    if clean.removeprefix("the Province of ").removeprefix("Province of ") in _PROVINCES:
        return Jurisdiction(clean.split("Province of ")[-1], False, "Province of")
    return Jurisdiction(clean, False, "")


SUPPORTED_ALTERNATIVE_ENTITY_STATES = tuple(sorted(set(_LLC_STATUTES) | set(_LP_STATUTES)))
