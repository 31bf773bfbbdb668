"""The market-practice report on a generated corpus, checked against DuckDB on the Parquet."""

from __future__ import annotations

import importlib.util
import json
import re
import sys
from pathlib import Path
from typing import Any

import duckdb
import pytest

from exhibit5.corpus.report import write_report
from exhibit5.corpus.scan import scan

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> Path:
    spec = importlib.util.spec_from_file_location("make_feed", ROOT / "benchmarks" / "make_feed.py")
    assert spec and spec.loader
    make_feed = importlib.util.module_from_spec(spec)
    sys.modules["make_feed"] = make_feed
    spec.loader.exec_module(make_feed)
    root = tmp_path_factory.mktemp("report")
    make_feed.make_feed(root / "feed", 160, seed=21, per_day=20, broken_rate=0.03)
    scan([root / "feed"], root / "out", jobs=1)
    return root / "out"


@pytest.fixture(scope="module")
def data(scanned: Path) -> dict[str, Any]:
    path = write_report(scanned / "exhibit5.duckdb", scanned / "report.json", fmt="json")
    return dict(json.loads(path.read_text()))


def _sql(out: Path, sql: str) -> list[tuple[Any, ...]]:
    """Straight on the Parquet parts, not through the database's views."""
    sql = sql.replace("OPINIONS", f"read_parquet('{out}/opinions.parquet/*.parquet')")
    sql = sql.replace("FINDINGS", f"read_parquet('{out}/findings.parquet/*.parquet')")
    return duckdb.sql(sql).fetchall()


def test_letters_per_year_and_form_match_the_parquet(scanned: Path, data: dict[str, Any]) -> None:
    expected = _sql(scanned, "SELECT year(filed), form_type, count(*) FROM OPINIONS GROUP BY ALL")
    got = {(r["year"], r["form"], r["letters"]) for r in data["letters_by_year_form"]}
    assert got == set(expected)
    assert len({r["year"] for r in data["letters_by_year_form"]}) == 8  # one archive per day
    assert data["totals"]["letters"] == _sql(scanned, "SELECT count(*) FROM OPINIONS")[0][0]


def test_clause_shares_and_findings_rates_match(scanned: Path, data: dict[str, Any]) -> None:
    [(section7,)] = _sql(scanned, "SELECT avg(section7_disclaimer::int) FROM OPINIONS")
    assert data["clauses"]["section7_disclaimer"] == pytest.approx(section7)
    rows = _sql(
        scanned,
        "SELECT f.code, 1000.0 * count(*) / (SELECT count(*) FROM OPINIONS WHERE filed >= "
        "DATE '2011-10-14') FROM FINDINGS f JOIN OPINIONS o USING (source, member, doc_index) "
        "WHERE o.filed >= DATE '2011-10-14' GROUP BY f.code",
    )
    after = {r["code"]: r["after"] for r in data["findings_per_1000_by_period"]}
    assert rows, "the generated letters draw findings"
    for code, rate in rows:
        assert after[code] == pytest.approx(rate)
    terms = {r["term"]: r["share"] for r in data["opinion_terms"]}
    [(share,)] = _sql(
        scanned, "SELECT avg(list_contains(opinion_terms, 'validly issued')::int) FROM OPINIONS"
    )
    assert terms.get("validly issued", 0.0) == pytest.approx(share)


def test_html_report_is_self_contained_with_every_section(scanned: Path) -> None:
    html = write_report(scanned, scanned / "report.html").read_text()
    for heading in (
        "Letters per year and form",
        "Who gives the opinions",
        "Opinion terms",
        "Section 7 disclaimer, reliance limits",
        "Laws covered vs the issuer's state",
        "Review findings per 1,000 letters",
    ):
        assert heading in html
    assert html.count("<svg") >= 3
    # Only in-document references (matplotlib clips with url(#id)).
    assert not re.search(r"<(script|link|img|iframe)\b|\bsrc=|url\((?!#)", html)
