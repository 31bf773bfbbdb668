"""What ``exhibit5 review`` and ``exhibit5 rules`` do, as functions the CLI wraps."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from rich.console import Console
from rich.text import Text

from exhibit5.readers import ReadError, read
from exhibit5.review.config import CONFIG_HELP, ConfigError, ReviewConfig, find_config
from exhibit5.review.engine import review_documents
from exhibit5.review.filing import in_filing_review
from exhibit5.review.finding import Severity
from exhibit5.review.output import FORMATS, STYLE, Report, Reviewed, write
from exhibit5.review.registry import Rule, all_rules, get_rule, selected


def _split(patterns: Iterable[str]) -> list[str]:
    """``--select E51,E52 --select E57`` -> ["E51", "E52", "E57"]."""
    return [p.strip() for arg in patterns for p in arg.split(",") if p.strip()]


def review_paths(
    paths: Sequence[Path | str],
    *,
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Severity | str | None = None,
    config: ReviewConfig | None = None,
) -> Report:
    """Read and review each file (every opinion letter in it; a full submission is
    cross-checked against its registration statement). Unreadable files are recorded in
    ``Report.errors`` as one line each, and the others are still reviewed. ``config``: the
    project's settings (``find_config``)."""
    report = Report()
    sel, ign = _split(select), _split(ignore)
    for path in paths:
        try:
            docs = read(path, keep=in_filing_review)
        except ReadError as exc:
            report.errors.append(str(exc))
            continue
        reviews = review_documents(docs, select=sel, ignore=ign, severity=severity, config=config)
        if not reviews:
            report.errors.append(f"{path}: no opinion letter found")
        data = Path(path).read_bytes() if any(r.doc.meta.raw_offset for r in reviews) else b""
        for r in reviews:
            first_line = data.count(b"\n", 0, r.doc.meta.raw_offset) + 1
            report.reviews.append(Reviewed(str(path), r, first_line))
    return report


def run_review(
    paths: Sequence[Path | str],
    *,
    fmt: str = "text",
    select: Iterable[str] = (),
    ignore: Iterable[str] = (),
    severity: Severity | str | None = None,
    out: Console,
    err: Console,
) -> int:
    """``exhibit5 review``: print the report and return the exit status (0, 1 or 2; 2 also
    for an unknown format or severity)."""
    if fmt not in FORMATS or (severity is not None and severity not in Severity.__members__):
        choices = f"--format {'|'.join(FORMATS)}, --severity {'|'.join(Severity.__members__)}"
        err.print(f"error: unknown format or severity (use {choices})", markup=False)
        return 2
    try:
        config = find_config()
    except ConfigError as exc:
        err.print(f"error: {exc}", markup=False)
        return 2
    report = review_paths(paths, select=select, ignore=ignore, severity=severity, config=config)
    for line in report.errors:
        err.print(f"error: {line}", markup=False)
    write(report, fmt, out)
    return report.exit_code()


def rules_index(rules: Sequence[Rule], config: ReviewConfig | None = None) -> Text:
    """One line per rule: code, name, severity (as configured, marked ``*``), mode, message
    template; then where the settings come from and how to write them."""
    config = config or ReviewConfig()
    text = Text()
    width = max((len(r.name) for r in rules), default=0)
    for r in rules:
        mode = r.mode + (", heuristic" if r.heuristic else "")
        level = config.severity_of(r.code) or r.severity
        text.append(f"{r.code}  {r.name:<{width}}  ")
        if not selected([r], config.select, config.ignore):
            text.append(f"{'off*':<8}", style="dim")
        else:
            shown = level.value + ("*" if level is not r.severity else "")
            text.append(f"{shown:<8}", style=STYLE[level])
        text.append(f" {mode:<22}  {r.message}\n")
    text.append(f"\n{CONFIG_HELP}\n")
    if config.source:
        text.append(f"* severity or selection set in {config.source}\n")
    return text


def rule_page(rule: Rule, config: ReviewConfig | None = None) -> Text:
    """The page ``exhibit5 rules CODE`` prints: what, why, source, and examples."""
    text = Text()
    text.append(f"{rule.code} {rule.name}\n", style="bold")
    heuristic = ", heuristic" if rule.heuristic else ""
    level = config.severity_of(rule.code) if config is not None else None
    configured = f" (set to {level.value} in {config.source})" if level and config else ""
    text.append(f"severity: {rule.severity.value}{configured} · mode: {rule.mode}{heuristic} · "
                f"topic: {rule.topic}\n\n")  # fmt: skip
    for title, body in (
        ("Applies to", rule.applies_to),
        ("Checks", rule.checks),
        ("Why", rule.why),
        ("Message", rule.message),
        ("Bad", rule.bad),
        ("Good", rule.good),
        ("Source", rule.source),
    ):
        text.append(f"{title}: ", style="bold")
        text.append(f"{body}\n")
    return text


def run_rules(code: str | None, *, select: Iterable[str] = (), out: Console, err: Console) -> int:
    """``exhibit5 rules [CODE]``: the catalogue, or one rule's page. 2 for an unknown code or
    a bad settings file."""
    try:
        config = find_config()
    except ConfigError as exc:
        err.print(f"error: {exc}", markup=False)
        return 2
    if code:
        rule = get_rule(code)
        if rule is None:
            err.print(f"error: no rule {code}", markup=False)
            return 2
        out.print(rule_page(rule, config))
        return 0
    out.print(rules_index(selected(all_rules(), _split(select)), config), end="")
    return 0
