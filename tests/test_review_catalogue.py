"""The rule registry matches the catalogue (spec/rules.md): codes, names, severities, modes;
every rule documents itself; ``exhibit5 rules`` prints the index and each page."""

from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from exhibit5.cli import app
from exhibit5.review import all_rules, get_rule
from exhibit5.review.registry import matches, selected
from tests.shared import ROOT

SPEC = ROOT.parent / "shared" / "spec" / "rules.md"
_HEADING = re.compile(r"^### (E5\d{3}) `([a-z0-9-]+)` · (error|warning|info) · (.+)$", re.M)
# Rules the drafting-quality list of the issue adds to the catalogue.
ADDED = {"E5706"}


def catalogue() -> dict[str, tuple[str, str, str]]:
    if not SPEC.exists():
        pytest.skip(f"catalogue not found at {SPEC}")
    return {m[1]: (m[2], m[3], m[4]) for m in _HEADING.finditer(SPEC.read_text())}


def test_every_catalogue_rule_is_implemented_with_its_code_name_and_severity() -> None:
    spec = catalogue()
    assert len(spec) >= 40
    ours = {r.code: r for r in all_rules()}
    for code, (name, severity, mode) in spec.items():
        assert code in ours, f"{code} {name} not implemented"
        rule = ours[code]
        assert (rule.name, rule.severity.value) == (name, severity), code
        assert rule.mode == mode.replace(", heuristic", "").strip(), code
        assert rule.heuristic == ("heuristic" in mode), code
    assert set(ours) - set(spec) == ADDED


def test_every_rule_documents_itself() -> None:
    for rule in all_rules():
        for field in ("applies_to", "message", "source", "bad", "good", "checks", "why"):
            assert getattr(rule, field).strip(), f"{rule.code} has no {field}"
        assert rule.topic in {
            "coverage", "law", "assumptions", "reliance", "consent", "consistency",
            "drafting", "registration",
        }  # fmt: skip


def test_select_and_ignore_match_codes_and_prefixes() -> None:
    rules = all_rules()
    assert (
        matches("E5701", ["E57"]) and matches("E5701", ["e5701"]) and not matches("E5701", ["E56"])
    )
    chosen = {r.code for r in selected(rules, select=["E51", "E5201"], ignore=["E5108"])}
    assert "E5101" in chosen and "E5201" in chosen
    assert "E5108" not in chosen and "E5202" not in chosen and "E5701" not in chosen


def test_rules_command_lists_the_catalogue_and_prints_a_page() -> None:
    runner = CliRunner()
    listing = runner.invoke(app, ["rules"])
    assert listing.exit_code == 0
    assert len([ln for ln in listing.output.splitlines() if ln.startswith("E5")]) == len(
        all_rules()
    )
    page = runner.invoke(app, ["rules", "e5102"])
    assert page.exit_code == 0
    rule = get_rule("E5102")
    assert rule is not None
    for text in (
        "E5102 missing-fully-paid",
        "Why:",
        "Bad:",
        "Good:",
        "Source:",
        "Item 601(b)(5)(i)",
    ):
        assert text in page.output
    assert runner.invoke(app, ["rules", "E5999"]).exit_code == 2
    only = runner.invoke(app, ["rules", "--select", "E55"])
    assert {ln[:5] for ln in only.output.splitlines() if ln.startswith("E5")} == {
        "E5501",
        "E5502",
        "E5503",
        "E5504",
    }
