"""``exhibit5 review``: linter lines, underlined text, formats, filters and exit codes, on the
1995 HemaCare seed letter and on letters written for these tests."""

from __future__ import annotations

import json
import re
from pathlib import Path

from typer.testing import CliRunner

import exhibit5
from exhibit5.cli import app
from tests.shared import ROOT, corpus_doc

FIXTURES = ROOT / "tests" / "fixtures" / "review"
runner = CliRunner()


def run(*args: str) -> tuple[int, str]:
    result = runner.invoke(app, ["review", *args])
    return result.exit_code, result.output


def test_hemacare_finds_the_undefined_act_and_no_error(corpus: Path) -> None:
    path = corpus_doc("hemacare-1995-ex5_1")
    code, out = run(str(path))
    assert code == 0
    lines = [ln for ln in out.splitlines() if re.match(r"^\S+:\d+:\d+: E5\d{3} ", ln)]
    assert not any(" error " in ln for ln in lines)
    act = [ln for ln in lines if " E5701 " in ln]
    assert len(act) == 1 and '"Act"' in act[0] and "Securities Act" in act[0]
    # The line and column point at "Act" in item (f) of the source file.
    line, col = (int(x) for x in act[0].split(":")[1:3])
    source_line = path.read_text(encoding="latin-1").splitlines()[line - 1]
    assert source_line[col - 1 : col + 2] == "Act" and "under the Act" in source_line
    # The offending text is shown and underlined.
    at = out.splitlines().index(act[0])
    shown, marks = out.splitlines()[at + 1], out.splitlines()[at + 2]
    assert "under the Act" in shown
    assert marks.strip() == "^^^" and shown[marks.index("^") : marks.index("^") + 3] == "Act"


def test_hemacare_seed_acceptance_one_finding_besides_the_salutation(corpus: Path) -> None:
    """spec/rules.md: the seed yields exactly one finding, E5701 for "the Act". The salutation
    "Gentlemen:" is the gendered-salutation rule (E5706) that the issue adds."""
    doc = exhibit5.read(corpus_doc("hemacare-1995-ex5_1"))[0]
    findings = exhibit5.review(doc)
    assert [f.code for f in findings if f.code != "E5706"] == ["E5701"]
    act = next(f for f in findings if f.code == "E5701")
    assert [doc[s] for s in act.spans] == ["Act"]
    assert doc.text[act.spans[0].start - 30 : act.spans[0].start].endswith("Commission under the ")


def test_json_and_sarif(corpus: Path) -> None:
    path = str(corpus_doc("hemacare-1995-ex5_1"))
    code, out = run(path, "--format", "json")
    data = json.loads(out)
    assert code == 0 and data["errors"] == []
    act = next(f for f in data["findings"] if f["code"] == "E5701")
    assert act["spans"][0].keys() == {"start", "end"} and act["severity"] == "info"
    assert act["line"] > 1 and act["path"] == path and act["source"]
    code, out = run(path, "--format", "sarif")
    sarif = json.loads(out)
    assert sarif["version"] == "2.1.0"
    run0 = sarif["runs"][0]
    assert {r["id"] for r in run0["tool"]["driver"]["rules"]} >= {"E5101", "E5701", "E5806"}
    result = next(r for r in run0["results"] if r["ruleId"] == "E5701")
    region = result["locations"][0]["physicalLocation"]["region"]
    assert result["level"] == "note" and region["snippet"]["text"] == "Act"


def test_select_ignore_and_severity(corpus: Path) -> None:
    path = str(corpus_doc("hemacare-1995-ex5_1"))
    _, out = run(path, "--select", "E5701")
    assert " E5701 " in out and " E5706 " not in out
    _, out = run(path, "--select", "E57")
    assert " E5701 " in out and " E5706 " in out
    _, out = run(path, "--ignore", "E5701,E5706")
    assert " E57" not in out
    _, out = run(path, "--severity", "warning")
    assert " E5701 " not in out and "0 finding(s)" in out


def test_error_finding_exits_1_and_unreadable_input_exits_2(tmp_path: Path) -> None:
    letter = (FIXTURES / "s8-plans.txt").read_text()
    assert run(str(FIXTURES / "s8-plans.txt"))[0] == 0
    unsigned = tmp_path / "unsigned.txt"
    unsigned.write_text(letter.split("Very truly yours,")[0] + "Very truly yours,\n")
    code, out = run(str(unsigned))
    assert code == 1 and " E5403 error Letter is not signed" in out
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    result = runner.invoke(app, ["review", str(empty), str(unsigned)])
    assert result.exit_code == 2
    assert " E5403 " in result.output  # the readable file is still reviewed
    assert re.search(r"error: .*empty\.txt: ", result.output)


def test_lines_in_a_submission_are_the_file_lines(tmp_path: Path) -> None:
    letter = (FIXTURES / "s8-plans.txt").read_text().replace("Ladies and Gentlemen:", "Gentlemen:")
    text = (FIXTURES / "s8-submission.txt").read_text().replace("@@LETTER@@", letter)
    path = tmp_path / "submission.txt"
    path.write_text(text)
    code, out = run(str(path), "--select", "E5706")
    assert code == 0
    (head,) = [ln for ln in out.splitlines() if " E5706 " in ln]
    line, col = (int(x) for x in head.split(":")[1:3])
    assert text.splitlines()[line - 1][col - 1 :].startswith("Gentlemen:")


def test_unknown_format_or_severity_is_a_one_line_error(corpus: Path) -> None:
    path = str(corpus_doc("hemacare-1995-ex5_1"))
    for args in (("--format", "xml"), ("--severity", "fatal")):
        result = runner.invoke(app, ["review", path, *args])
        assert result.exit_code == 2 and result.output.startswith("error: unknown format")
