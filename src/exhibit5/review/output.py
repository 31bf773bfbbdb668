"""Findings as text (linter lines with the offending text underlined), JSON or SARIF 2.1.0."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from rich.console import Console
from rich.text import Text

from exhibit5 import __version__
from exhibit5.document import Document, Span
from exhibit5.review.engine import LetterReview
from exhibit5.review.finding import Finding, Severity
from exhibit5.review.registry import Rule, all_rules

STYLE = {Severity.error: "bold red", Severity.warning: "yellow", Severity.info: "cyan"}
_SARIF_LEVEL = {Severity.error: "error", Severity.warning: "warning", Severity.info: "note"}
FORMATS = ("text", "json", "sarif")
_WINDOW = 100  # characters of a long (flattened) source line shown around a finding


@dataclass
class Reviewed:
    """One letter's review, with the file it came from. ``first_line`` is the line of that file
    where the letter's source begins (after the ``<TEXT>`` tag in a full submission), so that
    line numbers are the file's own."""

    path: str
    review: LetterReview
    first_line: int = 1


@dataclass
class Report:
    """Everything one ``exhibit5 review`` run found, per input path."""

    reviews: list[Reviewed] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)  # one line per unreadable input

    @property
    def findings(self) -> list[Finding]:
        return [f for r in self.reviews for f in r.review.findings]

    def exit_code(self) -> int:
        """2 if an input was unreadable, else 1 if an error-level finding exists, else 0."""
        if self.errors:
            return 2
        return 1 if any(f.severity is Severity.error for f in self.findings) else 0


def position(doc: Document, span: Span, first_line: int = 1) -> dict[str, int]:
    """1-based line/column of a span in the source file, and its offsets in the letter's
    source."""
    raw = doc.source_span(span)
    line, col = doc.line_col(span)
    end_line = line + doc.raw.count("\n", raw.start, raw.end)
    end_col = raw.end - (doc.raw.rfind("\n", 0, raw.end) + 1) + 1
    shift = first_line - 1
    return {
        "line": line + shift, "column": col, "end_line": end_line + shift, "end_column": end_col,
        "offset": raw.start, "length": raw.end - raw.start,
    }  # fmt: skip


def _snippet(doc: Document, span: Span) -> Text:
    """The source line holding the span's start, with the span underlined below it."""
    raw = doc.source_span(span)
    line_start = doc.raw.rfind("\n", 0, raw.start) + 1
    line_end = doc.raw.find("\n", raw.start)
    line_end = len(doc.raw) if line_end < 0 else line_end
    lo = max(line_start, raw.start - _WINDOW // 3)
    hi = min(line_end, max(raw.end, raw.start + 1) + _WINDOW // 2, lo + _WINDOW * 2)
    shown = doc.raw[lo:hi].replace("\t", " ")
    mark_from, mark_to = raw.start - lo, max(min(raw.end, hi) - lo, raw.start - lo + 1)
    prefix = "…" if lo > line_start else ""
    text = Text("    " + prefix)
    text.append(shown[:mark_from])
    text.append(shown[mark_from:mark_to], style="bold underline")
    text.append(shown[mark_to:] + ("…" if hi < line_end else ""))
    text.append("\n    " + " " * (len(prefix) + mark_from) + "^" * (mark_to - mark_from))
    text.stylize("red", len(text) - (mark_to - mark_from), len(text))
    return text


def write_text(report: Report, console: Console) -> None:
    for item in report.reviews:
        doc = item.review.doc
        for f in item.review.findings:
            span = f.spans[0] if f.spans else Span(0, 0)
            pos = position(doc, span, item.first_line)
            head = Text(f"{item.path}:{pos['line']}:{pos['column']}: ")
            head.append(f.code, style="bold")
            head.append(" ")
            head.append(f.severity.value, style=STYLE[f.severity])
            head.append(f" {f.message}")
            console.print(head)
            if f.spans:
                console.print(_snippet(doc, span))
            if f.suggestion:
                console.print(Text(f"    help: {f.suggestion}", style="dim"))
    counts = Counter(f.severity for f in report.findings)
    letters = len(report.reviews)
    not_run = sorted({c for r in report.reviews for c in r.review.not_run})
    summary = (
        f"{sum(counts.values())} finding(s): {counts[Severity.error]} error, "
        f"{counts[Severity.warning]} warning, {counts[Severity.info]} info, "
        f"in {letters} letter(s)"
    )
    if not_run:
        summary += f"; not run (need a full submission): {', '.join(not_run)}"
    console.print(Text(summary, style="bold"))


def _finding_json(item: Reviewed, f: Finding) -> dict[str, Any]:
    doc = item.review.doc
    where = position(doc, f.spans[0], item.first_line) if f.spans else {}
    return {"path": item.path, "document": doc.meta.index, "type": doc.meta.type,
            **f.model_dump(mode="json"), **where}  # fmt: skip


def to_json(report: Report) -> dict[str, Any]:
    counts = Counter(f.severity.value for f in report.findings)
    return {
        "findings": [_finding_json(r, f) for r in report.reviews for f in r.review.findings],
        "letters": [
            {
                "path": r.path,
                "document": r.review.doc.meta.index,
                "type": r.review.doc.meta.type,
                "findings": len(r.review.findings),
                "not_run": r.review.not_run,
            }
            for r in report.reviews
        ],
        "errors": report.errors,
        "summary": {s.value: counts.get(s.value, 0) for s in Severity},
    }


def _sarif_rule(rule: Rule) -> dict[str, Any]:
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.message},
        "fullDescription": {"text": rule.checks},
        "help": {"text": f"{rule.why}\nBad: {rule.bad}\nGood: {rule.good}\nSource: {rule.source}"},
        "defaultConfiguration": {"level": _SARIF_LEVEL[rule.severity]},
        "properties": {"mode": rule.mode, "heuristic": rule.heuristic, "topic": rule.topic},
    }


def to_sarif(report: Report, rules: Sequence[Rule] | None = None) -> dict[str, Any]:
    rules = list(rules) if rules is not None else all_rules()
    index = {r.code: i for i, r in enumerate(rules)}
    results = []
    for item in report.reviews:
        path, review = item.path, item.review
        for f in review.findings:
            locations = []
            for span in f.spans:
                pos = position(review.doc, span, item.first_line)
                locations.append({
                    "physicalLocation": {
                        "artifactLocation": {"uri": path},
                        "region": {
                            "startLine": pos["line"], "startColumn": pos["column"],
                            "endLine": pos["end_line"], "endColumn": pos["end_column"],
                            "snippet": {"text": review.doc.source_text(span)},
                        },
                    }
                })  # fmt: skip
            results.append({
                "ruleId": f.code,
                "ruleIndex": index.get(f.code, -1),
                "level": _SARIF_LEVEL[f.severity],
                "message": {"text": f.message},
                "locations": locations,
                "properties": {"heuristic": f.heuristic, "document": review.doc.meta.type,
                               "suggestion": f.suggestion},
            })  # fmt: skip
    return {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "exhibit5", "version": __version__,
                "rules": [_sarif_rule(r) for r in rules],
            }},
            "results": results,
            "invocations": [{
                "executionSuccessful": not report.errors,
                "toolExecutionNotifications": [
                    {"level": "error", "message": {"text": e}} for e in report.errors
                ],
            }],
        }],
    }  # fmt: skip


def write(report: Report, fmt: str, console: Console) -> None:
    """Print the report in ``fmt`` (text, json or sarif)."""
    if fmt == "text":
        write_text(report, console)
    elif fmt == "json":
        console.print(json.dumps(to_json(report), indent=2), markup=False, highlight=False)
    elif fmt == "sarif":
        console.print(json.dumps(to_sarif(report), indent=2), markup=False, highlight=False)
    else:
        raise ValueError(f"unknown format {fmt!r} (text, json, sarif)")
