"""Scan over generated feed archives and loose files: letters found, errors recorded, resume,
a scan killed midway, and the same output from every engine."""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tarfile
import time
from pathlib import Path
from types import ModuleType

import pyarrow.parquet as pq
import pytest

from exhibit5.corpus.inputs import members, plan
from exhibit5.corpus.scan import scan
from exhibit5.corpus.store import SCHEMAS, query

ROOT = Path(__file__).resolve().parents[1]


def _load_make_feed() -> ModuleType:
    spec = importlib.util.spec_from_file_location("make_feed", ROOT / "benchmarks" / "make_feed.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules["make_feed"] = module
    spec.loader.exec_module(module)
    return module


make_feed = _load_make_feed()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four daily archives (with broken members), a damaged archive and loose files."""
    root = tmp_path_factory.mktemp("corpus")
    make_feed.make_feed(root / "feed", 120, seed=3, per_day=30, broken_rate=0.1)
    loose = root / "loose"
    loose.mkdir()
    gen = make_feed.FeedGenerator(seed=11)
    sub = gen.submission(dt.date(2012, 3, 5))
    while not any(d.type.startswith("EX-5") for d in sub.documents):
        sub = gen.submission(dt.date(2012, 3, 5))
    (loose / f"{sub.accession}.txt").write_text(make_feed.archives_text(sub), encoding="latin-1")
    letter = gen.opinion(sub.company, "S-8", dt.date(2012, 3, 5))
    (loose / "ex5-1.htm").write_text(letter.body, encoding="utf-8")
    (loose / "empty.txt").write_bytes(b"")
    (loose / "0000000000-12-000001.nc").write_text("A filer desk note, not a submission.\n")
    (loose / "scan.pdf.txt").write_bytes(b"\x00\x01\x02binary" * 50)
    # A daily archive cut short in transit.
    whole = (root / "feed").iterdir().__next__().read_bytes()
    (loose / "19990101.nc.tar.gz").write_bytes(whole[: len(whole) // 2])
    return root


def _expected_letters(feed: Path) -> int:
    """EX-5 documents in well-formed submissions, counted without the pipeline."""
    count = 0
    for archive in sorted(feed.iterdir()):
        with tarfile.open(archive) as tar:
            for info in tar:
                data = tar.extractfile(info).read()  # type: ignore[union-attr]
                if ".corr" in info.name or not data.rstrip().endswith(b"</SUBMISSION>"):
                    continue
                count += data.count(b"<TYPE>EX-5")
    return count


def _table(out: Path, table: str) -> list[dict[str, object]]:
    rows = pq.read_table(out / f"{table}.parquet", schema=SCHEMAS[table]).to_pylist()
    return sorted(rows, key=lambda r: repr(sorted(r.items())))


@pytest.fixture(scope="module")
def scanned(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    scan([corpus], out, jobs=1)
    return out


def test_every_letter_is_found_with_its_filing(corpus: Path, scanned: Path) -> None:
    feed_rows = [r for r in _table(scanned, "opinions") if "/feed/" in str(r["source"])]
    assert len(feed_rows) == _expected_letters(corpus / "feed") > 50
    for row in feed_rows:
        assert row["exhibit_type"] == "EX-5.1"
        assert row["accession"] and row["cik"] and row["form_type"]
        # The archive is named for its filing day.
        assert row["filed"].strftime("%Y%m%d") == Path(str(row["source"])).name[:8]
    loose = {Path(str(r["source"])).name for r in _table(scanned, "opinions")} - {
        Path(str(r["source"])).name for r in feed_rows
    }
    assert "ex5-1.htm" in loose and any(n.endswith(".txt") for n in loose)


def test_broken_inputs_are_errors_with_reasons(scanned: Path) -> None:
    errors = _table(scanned, "errors")
    reasons = {(r["kind"], str(r["reason"]).split(" (")[0].split(":")[0]) for r in errors}
    assert ("unreadable", "empty file") in reasons
    assert ("unreadable", "binary file, not a letter") in reasons
    assert ("unreadable", "truncated SGML") in reasons
    assert ("unreadable", "not an EDGAR submission") in reasons
    loose_nc = [r for r in errors if str(r["source"]).endswith("0000000000-12-000001.nc")]
    assert [r["reason"] for r in loose_nc] == ["not an EDGAR submission (no <SUBMISSION>)"]
    assert ("skipped", "correction file, format not supported") in reasons
    damaged = [r for r in errors if r["kind"] == "archive"]
    assert len(damaged) == 1 and str(damaged[0]["source"]).endswith("19990101.nc.tar.gz")
    assert str(damaged[0]["reason"]).startswith("damaged archive after")
    assert all(r["source"] and "\n" not in str(r["reason"]) for r in errors)


def test_duckdb_views_answer_at_once(scanned: Path) -> None:
    _, rows = query(scanned / "exhibit5.duckdb", "SELECT count(*) FROM opinions")
    assert rows[0][0] == len(_table(scanned, "opinions"))
    _, rows = query(scanned / "exhibit5.duckdb", "SELECT count(*) FROM findings")
    assert rows[0][0] == len(_table(scanned, "findings"))
    _, rows = query(
        scanned / "exhibit5.duckdb",
        "SELECT count(*) FROM opinions o WHERE len(finding_codes) <> "
        "(SELECT count(*) FROM findings f WHERE f.source = o.source AND f.member = o.member "
        "AND f.doc_index = o.doc_index)",
    )
    assert rows[0][0] == 0


def test_a_scan_folder_moved_elsewhere_still_answers(scanned: Path, tmp_path: Path) -> None:
    moved = tmp_path / "elsewhere" / "results"
    shutil.copytree(scanned, moved)
    _, rows = query(moved, "SELECT count(*) FROM opinions")
    assert rows[0][0] == len(_table(scanned, "opinions"))


def test_rerun_resumes_and_redoes_only_changed_inputs(corpus: Path, tmp_path: Path) -> None:
    work = tmp_path / "feed"
    work.mkdir()
    for archive in sorted((corpus / "feed").iterdir())[:3]:
        (work / archive.name).write_bytes(archive.read_bytes())
    out = tmp_path / "out"
    first = scan([work], out, jobs=1)
    assert (first.units, first.resumed) == (3, 0)
    parts = {p: p.stat().st_mtime_ns for p in (out / "opinions.parquet").iterdir()}
    again = scan([work], out, jobs=1)
    assert (again.resumed, again.letters) == (3, 0)
    assert {p: p.stat().st_mtime_ns for p in (out / "opinions.parquet").iterdir()} == parts
    victim = sorted(work.iterdir())[0]
    os.utime(victim, ns=(time.time_ns(), time.time_ns() + 10**9))
    third = scan([work], out, jobs=1)
    assert third.resumed == 2 and third.letters > 0
    victim.unlink()  # an input gone: its rows go too
    scan([work], out, jobs=1)
    sources = {r["source"] for r in _table(out, "opinions")}
    assert str(victim) not in sources and len(sources) == 2


def test_scan_killed_midway_then_resumed_equals_one_run(corpus: Path, tmp_path: Path) -> None:
    feed = tmp_path / "feed"
    make_feed.make_feed(feed, 240, seed=5, per_day=30, broken_rate=0.05)
    whole = tmp_path / "whole"
    scan([feed], whole, jobs=1)
    out = tmp_path / "killed"
    cmd = [sys.executable, "-c", "from exhibit5.cli import app; app()", "scan", str(feed),
           "--out", str(out), "-j", "1"]  # fmt: skip
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    while not list((out / "_done").glob("*.json")) and proc.poll() is None:
        time.sleep(0.02)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    done = len(list((out / "_done").glob("*.json")))
    assert 0 < done < len(plan([feed])), "the kill must land midway"
    resumed = scan([feed], out, jobs=1)
    assert resumed.resumed == done
    for table in ("opinions", "findings", "errors"):
        assert _table(out, table) == _table(whole, table)


def test_engines_give_the_same_output(corpus: Path, scanned: Path, tmp_path: Path) -> None:
    pool = tmp_path / "pool"
    scan([corpus], pool, jobs=2)
    cluster = tmp_path / "dask"
    scan([corpus], cluster, dask="local", jobs=2)
    for table in ("opinions", "findings", "errors"):
        reference = _table(scanned, table)
        assert _table(pool, table) == reference
        assert _table(cluster, table) == reference


def test_a_file_that_is_not_a_tar_is_a_damaged_archive(tmp_path: Path) -> None:
    bogus = tmp_path / "bogus.tar.gz"
    bogus.write_bytes(gzip.compress(b"not a tar archive at all" * 40))
    [unit] = plan([bogus])
    [member] = list(members(unit))
    assert member.kind == "archive" and member.error and "damaged archive" in member.error


def test_a_letter_that_breaks_extraction_is_an_error_row(
    corpus: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from exhibit5.corpus import pipeline

    def broken(doc: object) -> None:
        raise RuntimeError("extractor bug\non two lines")

    monkeypatch.setattr(pipeline, "extract", broken)
    letter = (corpus / "loose" / "ex5-1.htm").read_bytes()
    rows = pipeline.process("ex5-1.htm", "", letter)
    assert rows.opinions == [] and rows.findings == []
    assert [(r["kind"], r["reason"]) for r in rows.errors] == [
        ("failed", "document 0: RuntimeError: extractor bug on two lines")
    ]
