"""Project settings for ``exhibit5 review`` (pyproject.toml or exhibit5.toml): rules switched
off, severities changed, and a bad settings file reported in one line."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from exhibit5.cli import app
from tests.shared import ROOT

runner = CliRunner()
# The fixture letter with a men-only salutation: one info finding, E5706.
LETTER = (ROOT / "tests" / "fixtures" / "review" / "s8-plans.txt").read_text()
GENDERED = LETTER.replace("Ladies and Gentlemen:", "Gentlemen:")


def review_in(folder: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> tuple[int, str]:
    (folder / "letter.txt").write_text(GENDERED)
    monkeypatch.chdir(folder)
    result = runner.invoke(app, ["review", "letter.txt", *args])
    return result.exit_code, result.output


def test_without_settings_the_catalogue_severity_applies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    code, out = review_in(tmp_path, monkeypatch)
    assert code == 0 and " E5706 info " in out


def test_pyproject_raises_a_severity_by_prefix_and_the_exit_status_follows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "opinions"\n\n[tool.exhibit5.review.severity]\nE57 = "error"\n'
    )
    code, out = review_in(tmp_path, monkeypatch)
    assert code == 1 and " E5706 error " in out


def test_exhibit5_toml_in_a_parent_folder_switches_a_rule_off(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "exhibit5.toml").write_text('[review]\nignore = ["E5706"]\n')
    inner = tmp_path / "letters"
    inner.mkdir()
    code, out = review_in(inner, monkeypatch)
    assert code == 0 and "E5706" not in out
    # --select on the command line does not undo the file's ignore.
    code, out = review_in(inner, monkeypatch, "--select", "E5706")
    assert "E5706" not in out


def test_rules_index_shows_configured_severity_and_documents_the_settings(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "exhibit5.toml").write_text(
        '[review]\nignore = ["E5502"]\n[review.severity]\nE5404 = "error"\n'
    )
    monkeypatch.chdir(tmp_path)
    out = runner.invoke(app, ["rules"]).output
    lines = {ln[:5]: ln for ln in out.splitlines() if ln.startswith("E5")}
    assert " error* " in lines["E5404"] and " off* " in lines["E5502"]
    assert "[tool.exhibit5.review]" in out and "exhibit5.toml" in out
    page = runner.invoke(app, ["rules", "E5404"]).output
    assert "severity: warning (set to error in " in page


def test_bad_settings_are_a_one_line_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "exhibit5.toml").write_text('[review.severity]\nE5404 = "fatal"\n')
    code, out = review_in(tmp_path, monkeypatch)
    assert code == 2
    assert "exhibit5.toml: severity of E5404 must be info, warning or error" in out
