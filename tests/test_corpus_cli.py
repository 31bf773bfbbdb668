"""End to end through the command line: discover → fetch (from a local server) → scan → query →
report, on index files and submissions written for these tests."""

from __future__ import annotations

import datetime as dt
import functools
import importlib.util
import json
import sys
import threading
from collections.abc import Iterator
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from exhibit5.cli import app
from exhibit5.corpus.discover import read_index

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures" / "corpus"


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def archives(tmp_path: Path) -> Iterator[str]:
    """A local server holding a full submission for every filing of the fixture index."""
    spec = importlib.util.spec_from_file_location("make_feed", ROOT / "benchmarks" / "make_feed.py")
    assert spec and spec.loader
    make_feed = importlib.util.module_from_spec(spec)
    sys.modules["make_feed"] = make_feed
    spec.loader.exec_module(make_feed)
    gen = make_feed.FeedGenerator(seed=2)
    site = tmp_path / "site"
    for row in read_index(FIXTURES / "master.idx"):
        filed = dt.date.fromisoformat(row.date_filed)
        company = make_feed.Company(int(row.cik), row.company.title(), "DE", 2834, "1", "1231")
        sub = make_feed.Submission(row.accession, row.form, filed, company, "333-100001")
        sub.documents = [
            make_feed.Document(row.form, "main.txt", row.form, "Registration statement.\n"),
            gen.opinion(company, row.form, filed),
        ]
        path = site / "Archives" / row.filename
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(make_feed.archives_text(sub), encoding="latin-1")
    handler = functools.partial(QuietHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/Archives/"
    server.shutdown()
    server.server_close()


def test_discover_fetch_scan_query_report(archives: str, tmp_path: Path) -> None:
    runner = CliRunner()
    listing = tmp_path / "filings.jsonl"
    result = runner.invoke(
        app,
        ["discover", str(FIXTURES / "form.idx"), "--form", "S-8", "--form", "S-8 POS",
         "--form", "S-1/A", "--out", str(listing)],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert len(listing.read_text().splitlines()) == 3  # the S-1/A's co-registrants count once

    mirror = tmp_path / "mirror"
    fetch = ["fetch", str(listing), "--mirror", str(mirror), "--base-url", archives,
             "--user-agent", "Test Runner tests@example.com"]  # fmt: skip
    result = runner.invoke(app, fetch)
    assert result.exit_code == 0, result.output
    assert len(list(mirror.rglob("*.txt"))) == 3
    result = runner.invoke(app, fetch)
    assert "3 skipped" in result.output

    out = tmp_path / "out"
    result = runner.invoke(app, ["scan", str(mirror), "--out", str(out), "-j", "1"])
    assert result.exit_code == 0, result.output
    assert "3 letters" in result.output.replace(",", "")

    result = runner.invoke(
        app, ["query", str(out), "SELECT form_type, cik FROM letters ORDER BY cik", "--format",
              "json"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [(r["form_type"], r["cik"]) for r in rows] == [
        ("S-8", "1000001"), ("S-8 POS", "1000003"), ("S-1/A", "1000005"),
    ]  # fmt: skip

    report = tmp_path / "report.json"
    result = runner.invoke(app, ["report", str(out), "--format", "json", "--out", str(report)])
    assert result.exit_code == 0, result.output
    assert json.loads(report.read_text())["totals"]["letters"] == 3


def test_commands_fail_in_one_line(tmp_path: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["scan", str(tmp_path / "missing"), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no such file or directory" in result.output
    result = runner.invoke(app, ["query", str(tmp_path), "SELECT 1"])
    assert result.exit_code == 2 and result.output.startswith("error: ")
    listing = tmp_path / "l.jsonl"
    listing.write_text("")
    result = runner.invoke(
        app, ["fetch", str(listing), "--mirror", str(tmp_path), "--user-agent", "anonymous"]
    )
    assert result.exit_code == 2 and "user agent" in result.output
