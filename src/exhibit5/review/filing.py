"""A full EDGAR submission seen from one of its opinion letters (for the E58xx cross-checks).

``read()`` of a submission yields each ``<DOCUMENT>`` with the header's metadata (form type,
filer name, state of incorporation, file number, filing date). The registration statement is
the document whose type is the submission's form type; the opinion letters are the EX-5
documents and an EX-23 that holds an opinion (``exhibit5.readers.is_opinion``); consents are
EX-23 documents; the fee table is on the cover page (older filings) or in the filing-fee
exhibit (EX-107, typed ``EX-FILING FEES`` on EDGAR).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

from exhibit5.document import Document, DocumentMeta
from exhibit5.readers import is_opinion
from exhibit5.review.names import firm_key
from exhibit5.review.places import edgar_place

_EXACT_NAME = re.compile(r"\(\s*Exact name of (the )?registrant", re.I)
_STATE_CAPTION = re.compile(r"\(\s*State or other jurisdiction", re.I)
_PLACE_WORDS = re.compile(r"^([A-Z][A-Za-z.]*(?: (?:of )?[A-Z][A-Za-z.]*){0,3})")
_FEE_HEADING = re.compile(r"calculation of (the )?(registration|filing) fee", re.I)
_AMOUNT_ROW = re.compile(
    r"(?<![$\d.,])(\d{1,3}(?:,\d{3})+|\d{5,})(?![\d,]*\s*%)(?:\s*\(\d+\))*\s*(?:shares)?", re.I
)
_EQUITY_ROW = re.compile(r"common|ordinary|shares|stock", re.I)
_INDEX_CONSENT = re.compile(
    r"(?:^|\s)23\.(\d+)\s+Consent of ([^\n(]+?)\s*\(\s*(?:included|contained) in Exhibit "
    r"(5(?:\.\d+)?)\s*\)"
)
_LEGAL_MATTERS = re.compile(
    r"(?m)^(LEGAL MATTERS|Legal Matters|VALIDITY OF (THE )?(SECURITIES|SHARES|COMMON STOCK)|"
    r"Validity of (the )?(Securities|Shares|Common Stock))\s*$"
)
_GOVERNING_LAW = re.compile(
    r"shall be governed by,? and construed in accordance with,? the laws? of (?:the )?"
    r"(?:State|Commonwealth) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
    r"|governed by(?: and construed in accordance with)? the laws? of (?:the )?"
    r"(?:State|Commonwealth) of ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
)
_REGISTRATION_FORMS = re.compile(r"^(S-\d+|F-\d+|SB-\d|S-3ASR|S-8 POS|POS AM|POS EX|S-\d+MEF)")


def is_letter(doc_type: str | None) -> bool:
    """An EX-5 document type (``EX-5``, ``EX-5.1``): an opinion letter of the submission."""
    return (doc_type or "").upper().startswith("EX-5")


def in_filing_review(meta: DocumentMeta) -> bool:
    """Is the document one that reviewing a submission reads: the registration statement,
    an opinion letter or consent (EX-5, EX-23), an instrument (EX-4) or the fee exhibit? For
    ``read(..., keep=in_filing_review)``: the other exhibits (contracts, press releases) are
    often the bulk of a submission."""
    doc_type = (meta.type or "").upper()
    if doc_type.startswith(("EX-4", "EX-5", "EX-23")) or doc_type in ("EX-107", "EX-FILING FEES"):
        return True
    return not doc_type.startswith("EX-") and doc_type == (meta.form_type or "").upper()


def base_form(form: str | None) -> str | None:
    """``S-8 POS`` -> ``S-8``; ``S-3ASR`` -> ``S-3``; ``S-1/A`` -> ``S-1``."""
    if not form:
        return None
    form = form.upper().split("/")[0].replace(" POS", "").strip()
    return "S-3" if form == "S-3ASR" else form


@dataclass
class Filing:
    """The submission's header facts, its registration statement and its other exhibits."""

    documents: list[Document]
    letters: list[Document] = field(default_factory=list)

    @classmethod
    def from_documents(cls, docs: Sequence[Document]) -> Filing | None:
        """The submission the documents came from, or None when they are not one. A web
        mirror's copy of one exhibit names the form and the filer in its page header, but has
        no EDGAR header (accession number), registration statement or other exhibits."""
        if not docs or not any(d.meta.form_type and d.meta.accession for d in docs):
            return None
        # The letters as every command chooses them (an EX-5, or an EX-23 holding an opinion).
        return cls(documents=list(docs), letters=[d for d in docs if is_opinion(d)])

    # -- header ---------------------------------------------------------------------------

    @property
    def meta(self) -> DocumentMeta:
        return self.documents[0].meta

    @property
    def form_type(self) -> str | None:
        return self.meta.form_type

    @property
    def is_registration(self) -> bool:
        """The submission is a registration statement (not an 8-K carrying a takedown opinion)."""
        return bool(_REGISTRATION_FORMS.match((self.form_type or "").upper()))

    @property
    def filed(self) -> date | None:
        try:
            return date.fromisoformat(self.meta.filing_date) if self.meta.filing_date else None
        except ValueError:
            return None

    @property
    def header_state(self) -> str | None:
        return edgar_place(self.meta.state_of_incorporation)

    # -- registration statement ------------------------------------------------------------

    @cached_property
    def statement(self) -> Document | None:
        """The main document: the one whose type is the submission's form type."""
        form = (self.form_type or "").upper()
        for doc in self.documents:
            if (doc.meta.type or "").upper() == form:
                return doc
        return None

    def _cover(self) -> str:
        return self.statement.text[:8000] if self.statement is not None else ""

    @cached_property
    def cover_name(self) -> str | None:
        """The registrant's exact name on the cover page."""
        cover = self._cover()
        m = _EXACT_NAME.search(cover)
        if not m:
            return None
        before = cover[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        return before or None

    @cached_property
    def cover_state(self) -> str | None:
        """The cover's "State or other jurisdiction of incorporation or organization"."""
        cover = self._cover()
        m = _STATE_CAPTION.search(cover)
        if not m:
            return None
        line = cover[: m.start()].rstrip()
        if line.endswith(")") or not line.rsplit("\n", 1)[-1].strip():
            return None
        cell = line.rsplit("\n", 1)[-1].strip()
        if _EXACT_NAME.search(cell):
            return None
        words = _PLACE_WORDS.match(cell)
        return words.group(1) if words else None

    @cached_property
    def fee_table_count(self) -> int | None:
        """Shares registered per the fee table: the equity rows' "amount to be registered",
        summed (totals and Rule 416 footnotes left out); None when no count is stated."""
        for doc in self.documents:
            if (doc.meta.type or "").upper() in ("EX-107", "EX-FILING FEES"):
                table = doc.text
                break
        else:
            cover = self._cover()
            m = _FEE_HEADING.search(cover)
            if not m:
                return None
            table = cover[m.end() : m.end() + 4000]
            end = re.search(r"\n\(1\)|\n\*|\nPART I\b|\nEXPLANATORY NOTE", table)
            table = table[: end.start()] if end else table
        total_row = re.search(r"\bTotal\b[^\n$]{0,40}?" + _AMOUNT_ROW.pattern, table, re.I)
        if total_row:
            return int(total_row.group(1).replace(",", ""))
        total = 0
        for row in table.split("\n"):
            if row.startswith("(") or not _EQUITY_ROW.search(row):
                continue
            m = _AMOUNT_ROW.search(row)
            if m:
                total += int(m.group(1).replace(",", ""))
        return total or None

    def legal_matters(self) -> str | None:
        """The text under the prospectus heading "Legal Matters" (or "Validity of the ...")."""
        if self.statement is None:
            return None
        text = self.statement.text
        for m in _LEGAL_MATTERS.finditer(text):
            section = text[m.end() : m.end() + 2000]
            if len(section.strip()) > 80:
                return section
        return None

    def names_counsel(self, counsel: str | None) -> bool:
        """The prospectus's "Legal Matters" section names counsel (True when it cannot tell)."""
        section = self.legal_matters()
        if section is None or not counsel:
            return True
        key = firm_key(counsel)
        return bool(key) and key in section.lower()

    def consent_filed(self, counsel: str | None) -> bool:
        """An EX-23 document signed by counsel consents to the filing of its opinion."""
        key = firm_key(counsel) if counsel else ""
        for doc in self.documents:
            if not (doc.meta.type or "").upper().startswith("EX-23"):
                continue
            text = doc.text.lower()
            if "consent" in text and "opinion" in text and (not key or key in text):
                return True
        return False

    def index_consents(self) -> list[tuple[str, str, str]]:
        """Index rows "23.x Consent of Firm (included in Exhibit 5.y)": (23.x, firm, 5.y)."""
        if self.statement is None:
            return []
        return [
            (f"23.{m.group(1)}", m.group(2).strip(), m.group(3))
            for m in _INDEX_CONSENT.finditer(self.statement.text)
        ]

    def instrument_governing_law(self) -> str | None:
        """The law an EX-4 indenture or agreement of the submission chooses to govern it."""
        for doc in self.documents:
            if (doc.meta.type or "").upper().startswith("EX-4"):
                m = _GOVERNING_LAW.search(doc.text)
                if m:
                    return m.group(1) or m.group(2)
        return None

    def opinion_by(self, firm: str, exclude: Document) -> Document | None:
        """An EX-5 document of the submission, other than ``exclude``, given by ``firm``."""
        key = firm_key(firm)
        for doc in self.letters:
            if doc is not exclude and key and key in doc.text.lower():
                return doc
        return None
