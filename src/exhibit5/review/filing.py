"""A full EDGAR submission seen from one of its opinion letters (for the E58xx cross-checks)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from exhibit5.document import Document


def is_letter(doc: Document) -> bool:
    return (doc.meta.type or "").upper().startswith("EX-5")


@dataclass
class Filing:
    """The submission's header facts, its registration statement and its other exhibits."""

    documents: list[Document]
    letters: list[Document] = field(default_factory=list)

    @classmethod
    def from_documents(cls, docs: Sequence[Document]) -> Filing | None:
        """The submission the documents came from, or None when they are not one."""
        if not docs or not any(d.meta.form_type for d in docs):
            return None
        return cls(documents=list(docs), letters=[d for d in docs if is_letter(d)])
