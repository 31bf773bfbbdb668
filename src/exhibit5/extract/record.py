"""OpinionRecord: what an Exhibit 5 letter states, each value with the spans it came from.

The scored fields follow ``spec/record.md``; the structural parts (addressee, assumptions,
opinion paragraphs ...) are what review rules read. Offsets index ``Document.text``.
"""

from __future__ import annotations

from typing import Any, Generic, TypeVar

from pydantic import BaseModel, Field

from exhibit5.document import Span
from exhibit5.terms import Terms

T = TypeVar("T")
M = TypeVar("M", bound=BaseModel)


def _trusted(cls: type[M], fields: dict[str, Any]) -> M:
    """An instance of ``cls`` holding ``fields`` (every field, each of its type), set as
    ``model_construct`` sets them but without its per-field walk over defaults and aliases:
    these small models are made by the thousand per letter."""
    m = _new(cls)
    _set_dict(m, fields)
    _set_fields_set(m, set(fields))
    _set_extra(m, None)
    _set_private(m, None)
    return m


# BaseModel's slots, set through their descriptors: ``object.__setattr__`` would look each one
# up along the model's class hierarchy on every call.
_new = object.__new__
_set_dict = BaseModel.__dict__["__dict__"].__set__
_set_fields_set = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__

# The scored fields, in the order of spec/record.md.
SCORED_FIELDS: tuple[str, ...] = (
    "exhibits",
    "date",
    "issuer_name",
    "issuer_jurisdiction",
    "counsel_name",
    "counsel_role",
    "form",
    "post_effective",
    "filing_date",
    "file_number",
    "share_count",
    "security",
    "par_value",
    "plans",
    "opinion_terms",
    "laws",
    "consent",
    "legal_matters_consent",
    "section7_disclaimer",
)


class Found(BaseModel, Generic[T]):
    """A value and the span(s) of normalized text it was read from (none when not stated).

    Extraction builds these with :meth:`Found.of`: its values are typed where they are made, and
    validating thousands of them per letter was a tenth of its time."""

    value: T
    spans: list[Span] = Field(default_factory=list)

    @classmethod
    def of(cls, value: T, spans: list[Span] | None = None) -> Found[T]:
        """Built without validation, and with ``spans`` always given (a missing field makes
        pydantic inspect the default factory's signature on every call)."""
        return _trusted(cls, {"value": value, "spans": [] if spans is None else spans})


class Part(BaseModel):
    """A structural piece of the letter: its span and its text."""

    span: Span
    text: str

    @classmethod
    def of(cls, text: str, span: Span) -> Part:
        """The part of ``text`` at ``span`` (a slice of it: nothing to validate)."""
        return _trusted(cls, {"span": span, "text": text[span.start : span.end]})


class OpinionParagraph(Part):
    """One opinion given, with the conditions it is subject to ("when issued ... against
    payment") and the conclusions it states."""

    conditions: list[Part] = Field(default_factory=list)
    terms: list[str] = Field(default_factory=list)

    @classmethod
    def build(
        cls, text: str, span: Span, conditions: list[Part], terms: list[str]
    ) -> OpinionParagraph:
        """The opinion at ``span`` of ``text``, built without validation like :meth:`Part.of`."""
        return _trusted(
            cls,
            {
                "span": span,
                "text": text[span.start : span.end],
                "conditions": conditions,
                "terms": terms,
            },
        )


class OpinionRecord(BaseModel):
    exhibits: Found[list[str]] = Field(default_factory=lambda: Found(value=[]))
    date: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    issuer_name: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    issuer_jurisdiction: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    counsel_name: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    counsel_role: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    form: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    post_effective: Found[bool] = Field(default_factory=lambda: Found(value=False))
    filing_date: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    file_number: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    share_count: Found[int | None] = Field(default_factory=lambda: Found(value=None))
    security: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    par_value: Found[str | None] = Field(default_factory=lambda: Found(value=None))
    plans: Found[list[str]] = Field(default_factory=lambda: Found(value=[]))
    opinion_terms: Found[list[str]] = Field(default_factory=lambda: Found(value=[]))
    laws: Found[list[str]] = Field(default_factory=lambda: Found(value=[]))
    consent: Found[bool] = Field(default_factory=lambda: Found(value=False))
    legal_matters_consent: Found[bool] = Field(default_factory=lambda: Found(value=False))
    section7_disclaimer: Found[bool] = Field(default_factory=lambda: Found(value=False))

    # Structure that review reads.
    addressee: Part | None = None
    re_line: Part | None = None  # "Re: Registration Statement on Form S-8 ..."
    salutation: Part | None = None
    role_paragraph: Part | None = None
    documents_reviewed: list[Part] = Field(default_factory=list)
    reliance: list[Part] = Field(default_factory=list)
    assumptions: list[Part] = Field(default_factory=list)
    qualifications: list[Part] = Field(default_factory=list)
    opinions: list[OpinionParagraph] = Field(default_factory=list)
    law_paragraph: Part | None = None
    consent_paragraph: Part | None = None
    signature: Part | None = None
    # Defined terms: definitions, uses, undefined short forms (see exhibit5.terms).
    terms: Terms = Field(default_factory=Terms)

    @classmethod
    def of(cls, **fields: Any) -> OpinionRecord:
        """Built without validation like :meth:`Found.of`, from every field, each of its type
        (``model_construct`` walks every field's default and alias: a per-letter cost)."""
        if fields.keys() != cls.model_fields.keys():
            raise TypeError(f"OpinionRecord.of needs every field: {sorted(fields)}")
        return _trusted(cls, fields)

    def values(self) -> dict[str, object]:
        """The scored fields as plain values (the shape of a gold file)."""
        return {name: getattr(self, name).value for name in SCORED_FIELDS}
