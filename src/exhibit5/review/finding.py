"""Finding: one thing a review rule reports about a letter, with the span(s) it points at."""

from __future__ import annotations

from enum import StrEnum

from pydantic import BaseModel, Field, field_serializer

from exhibit5.document import Span


class Severity(StrEnum):
    """How much a finding matters; ordered ``info < warning < error``."""

    info = "info"
    warning = "warning"
    error = "error"

    @property
    def rank(self) -> int:
        return _RANK[self]


_RANK = {Severity.info: 0, Severity.warning: 1, Severity.error: 2}


class Finding(BaseModel):
    """A rule's report: what is wrong, where (offsets into ``Document.text``), and why."""

    code: str
    name: str
    severity: Severity
    message: str
    spans: list[Span] = Field(default_factory=list)
    suggestion: str | None = None
    source: str = ""
    heuristic: bool = False

    @field_serializer("spans")
    def _spans_as_objects(self, spans: list[Span]) -> list[dict[str, int]]:
        return [{"start": s.start, "end": s.end} for s in spans]
