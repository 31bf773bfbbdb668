"""Run the rules over a letter: ``review(doc)`` is the Python face of ``exhibit5 review``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypedDict, Unpack

from exhibit5.document import Document
from exhibit5.extract.record import OpinionRecord
from exhibit5.review.config import ReviewConfig, merged
from exhibit5.review.context import Context
from exhibit5.review.filing import Filing
from exhibit5.review.finding import Finding, Severity
from exhibit5.review.registry import Rule, all_rules, selected


@dataclass
class LetterReview:
    """One letter's review: its findings, and the full-submission rules that could not run."""

    doc: Document
    record: OpinionRecord
    findings: list[Finding]
    not_run: list[str] = field(default_factory=list)


def _extract(doc: Document) -> OpinionRecord:
    from exhibit5.extract import extract

    return extract(doc)


def _threshold(severity: Severity | str | None) -> int:
    return Severity(severity).rank if severity else 0


def _rules(
    select: Iterable[str], ignore: Iterable[str], config: ReviewConfig | None
) -> tuple[list[Rule], ReviewConfig]:
    """The rules to run, and the settings (``config`` with the explicit select/ignore)."""
    config = merged(config or ReviewConfig(), select, ignore)
    return selected(all_rules(), config.select, config.ignore), config


def run_rules(
    ctx: Context, rules: Iterable[Rule], min_rank: int = 0, config: ReviewConfig | None = None
) -> LetterReview:
    """Run the rules over one letter; ``config`` may change a rule's severity."""
    levels = config.severity if config is not None else {}
    findings: list[Finding] = []
    not_run: list[str] = []
    for r in rules:
        if r.mode == "full" and ctx.filing is None:
            not_run.append(r.code)
            continue
        configured = config.severity_of(r.code) if levels and config is not None else None
        for hit in r.run(ctx):
            findings.append(
                Finding(
                    code=r.code,
                    name=r.name,
                    severity=configured or hit.severity or r.severity,
                    message=r.format(hit.facts),
                    spans=hit.spans,
                    suggestion=hit.suggestion,
                    source=r.source,
                    heuristic=r.heuristic,
                )
            )
    findings = [f for f in findings if f.severity.rank >= min_rank]  # after any escalation
    findings.sort(key=lambda f: (f.spans[0].start if f.spans else -1, f.code))
    return LetterReview(ctx.doc, ctx.record, findings, not_run)


class ReviewOptions(TypedDict, total=False):
    """The keyword options of :func:`review` and :func:`review_letter`."""

    filing: Filing | None
    select: Iterable[str]
    ignore: Iterable[str]
    severity: Severity | str | None
    config: ReviewConfig | None


def review(
    doc: Document, record: OpinionRecord | None = None, **options: Unpack[ReviewOptions]
) -> list[Finding]:
    """Review one letter and return its findings, ordered by position.

    ``record`` defaults to ``exhibit5.extract(doc)``. ``filing`` (from ``Filing.from_documents``)
    enables the cross-checks against the registration statement (E58xx); without it those rules
    are not run. ``select``/``ignore`` take codes or prefixes (``E57``); ``severity`` is the
    lowest severity reported. ``config`` (``exhibit5.review.config.find_config()``) adds the
    project's rule selection and severity overrides.
    """
    return review_letter(doc, record, **options).findings


def review_letter(
    doc: Document,
    record: OpinionRecord | None = None,
    *,
    filing: Filing | None = None,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Severity | str | None = None,
    config: ReviewConfig | None = None,
) -> LetterReview:
    """Like ``review``, also saying which full-submission rules were not run."""
    rules, config = _rules(select, ignore, config)
    ctx = Context(doc, record if record is not None else _extract(doc), filing)
    return run_rules(ctx, rules, _threshold(severity), config)


def review_documents(
    docs: Sequence[Document],
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Severity | str | None = None,
    config: ReviewConfig | None = None,
) -> list[LetterReview]:
    """Review every opinion letter among the documents that one ``read()`` call returned.

    When they come from a full EDGAR submission, each letter is cross-checked against the
    registration statement and the other exhibits of that submission.
    """
    rules, config = _rules(select, ignore, config)
    filing = Filing.from_documents(docs)
    letters = filing.letters if filing is not None else list(docs)
    return [
        run_rules(Context(doc, _extract(doc), filing), rules, _threshold(severity), config)
        for doc in letters
    ]
