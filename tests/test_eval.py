"""Scoring against gold labels: normalization, the three figures, misses, the CLI."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from exhibit5 import read
from exhibit5.cli import app
from exhibit5.evaluate import evaluate, normalize
from exhibit5.extract import OpinionRecord
from exhibit5.extract.record import Found

FIXTURES = Path(__file__).parent / "fixtures" / "extract" / "corpus"


@pytest.mark.parametrize(
    ("field", "a", "b"),
    [
        ("issuer_name", "Superior Bancorp.", "superior bancorp"),
        ("issuer_name", "Acme, Inc.", "ACME, INC."),
        ("issuer_name", "O\u2019Neill Corp.", "O'Neill Corp."),
        ("counsel_name", "Smith & Jones, L.L.P.", "SMITH & JONES, LLP"),
        ("issuer_jurisdiction", "State of New York", "new york"),
        ("form", "Form S-8", "S-8"),
        ("file_number", "No. 333-12345", "333-12345"),
        ("par_value", "$1", "1.00"),
        ("par_value", ".01", "0.01"),
        ("plans", ["the Acme 2001 Stock Plan, as amended"], ["Acme 2001 Stock Plan"]),
        ("opinion_terms", ["non-assessable", "fully paid"], ["fully paid", "nonassessable"]),
        ("exhibits", ["Exhibit 5(B)"], ["5(b)"]),
    ],
)
def test_normalization_makes_equal(field: str, a: object, b: object) -> None:
    assert normalize(field, a) == normalize(field, b)


@pytest.mark.parametrize(
    ("field", "a", "b"),
    [
        ("issuer_name", "Acme Inc.", "Acme Corp."),
        ("opinion_terms", ["legally issued"], ["validly issued"]),
        ("par_value", "1.66-2/3", "1.66"),
        ("counsel_name", "Smith & Jones LLP", "Smith & Jones"),
    ],
)
def test_normalization_keeps_apart(field: str, a: object, b: object) -> None:
    assert normalize(field, a) != normalize(field, b)


def test_fixture_letters_are_extracted_exactly() -> None:
    result = evaluate(FIXTURES)
    assert result.letters == 9
    assert result.misses == [], result.misses
    assert result.overall == result.stated == 1.0


def test_stated_accuracy_does_not_credit_empty_answers() -> None:
    result = evaluate(FIXTURES, extractor=lambda doc: OpinionRecord())
    assert result.stated == 0.0
    # Unstated fields (null, [] or false in gold) still count as right overall.
    assert 0.0 < result.overall < 0.5
    file_numbers = result.fields["file_number"]
    assert file_numbers.accuracy == pytest.approx(1 - file_numbers.stated_total / result.letters)
    assert {m.field for m in result.misses} >= {"issuer_name", "share_count"}


def test_misses_carry_context(tmp_path: Path) -> None:
    def wrong_date(doc):  # type: ignore[no-untyped-def]
        from exhibit5.extract import extract

        record = extract(doc)
        record.date = Found(value="1999-01-01", spans=record.date.spans)
        return record

    result = evaluate(FIXTURES, extractor=wrong_date)
    misses = [m for m in result.misses if m.field == "date"]
    assert len(misses) == 9
    assert all(m.context for m in misses)
    assert result.fields["date"].accuracy == 0.0


def test_missing_letter_is_an_error(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "c")
    (tmp_path / "c" / "gold" / "ghost.json").write_text("{}")
    with pytest.raises(FileNotFoundError, match="ghost"):
        evaluate(tmp_path / "c")


def test_unreadable_letter_is_scored_and_reported(tmp_path: Path) -> None:
    shutil.copytree(FIXTURES, tmp_path / "c")
    (tmp_path / "c" / "docs" / "empty.txt").write_bytes(b"")
    gold = json.loads((FIXTURES / "gold" / "lanternfly-2011-s8.json").read_text())
    (tmp_path / "c" / "gold" / "empty.json").write_text(json.dumps(gold))
    result = evaluate(tmp_path / "c")
    assert result.letters == 10
    assert len(result.errors) == 1 and "empty.txt" in result.errors[0]


def test_cli_eval_and_extract() -> None:
    runner = CliRunner()
    res = runner.invoke(app, ["eval", str(FIXTURES), "--json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.output)["overall"] == 1.0
    letter = FIXTURES / "docs" / "lanternfly-2011-s8.txt"
    res = runner.invoke(app, ["extract", str(letter), "--json"])
    assert res.exit_code == 0, res.output
    (line,) = res.output.strip().splitlines()
    obj = json.loads(line)
    assert obj["document"] == 0 and obj["source"].endswith("lanternfly-2011-s8.txt")
    assert obj["record"]["share_count"]["value"] == 1250000
    start, end = obj["record"]["share_count"]["spans"][0]
    assert read(letter)[0].text[start:end].startswith("1,250,000")
    res = runner.invoke(app, ["extract", str(letter)])
    assert res.exit_code == 0 and "1250000" in res.output and "Lanternfly" in res.output


def test_cli_extract_bad_file(tmp_path: Path) -> None:
    bad = tmp_path / "blank.txt"
    bad.write_bytes(b"")
    res = CliRunner().invoke(app, ["extract", str(bad)])
    assert res.exit_code == 1
