"""`exhibit5 draft` and `exhibit5 new` from the command line."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from exhibit5.cli import app
from exhibit5.draft import validate_edgar_html
from tests.shared import EXAMPLES

runner = CliRunner()


def test_new_then_draft_html(tmp_path: Path) -> None:
    result = runner.invoke(app, ["new", "s8"])
    assert result.exit_code == 0 and result.stdout.startswith("# Exhibit 5 matter: Form S-8")
    matter = tmp_path / "matter.yaml"
    matter.write_text(result.stdout)
    out = tmp_path / "ex5-1.htm"
    result = runner.invoke(app, ["draft", str(matter), "--format", "html", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert validate_edgar_html(out.read_bytes()) == []
    assert "Example Holdings, Inc." in out.read_text()


def test_text_goes_to_stdout() -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "quillon-s1-newyork.yaml")])
    assert result.exit_code == 0
    assert "Quillon Robotics Corp., a New York corporation" in " ".join(result.stdout.split())


def test_separate_consent_is_written_beside_the_opinion(tmp_path: Path) -> None:
    out = tmp_path / "opinion.txt"
    matter = EXAMPLES / "cascade-s4-washington-merger.yaml"
    result = runner.invoke(app, ["draft", str(matter), "-o", str(out)])
    assert result.exit_code == 0, result.output
    consent = tmp_path / "ex23-2.txt"
    assert out.exists() and consent.exists()
    assert "Exhibit 23.2" in consent.read_text()
    assert "We consent to the filing of the Opinion as Exhibit 5.1" in " ".join(
        consent.read_text().split()
    )


def test_refused_matter_prints_line_and_field(tmp_path: Path) -> None:
    text = (EXAMPLES / "quillon-s1-newyork.yaml").read_text()
    bad = tmp_path / "bad.yaml"
    bad.write_text(text + "opinion:\n  who_may_rely: addressee_only\n")
    result = runner.invoke(app, ["draft", str(bad)])
    assert result.exit_code == 1
    line = len(text.splitlines()) + 2
    assert f"error: {bad}:{line}: opinion.who_may_rely:" in result.stderr


def test_binary_format_needs_output_file() -> None:
    result = runner.invoke(app, ["draft", str(EXAMPLES / "hemacare-1995.yaml"), "--format", "pdf"])
    assert result.exit_code == 2 and "-o OUT" in result.stderr


def test_unknown_starter() -> None:
    result = runner.invoke(app, ["new", "s99"])
    assert result.exit_code == 2 and "f3, s1, s3, s4, s8" in result.stderr
