"""The corpus commands behind ``exhibit5 discover|fetch|scan|query|report`` (thin CLI layer)."""

from __future__ import annotations

import csv
import json
import sys
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    TextColumn,
    TimeElapsedColumn,
)
from rich.table import Table

from exhibit5.corpus.discover import IndexFileError, discover, read_rows, write_rows
from exhibit5.corpus.fetch import ARCHIVES_URL, FetchError, fetch
from exhibit5.corpus.inputs import InputError
from exhibit5.corpus.report import write_report
from exhibit5.corpus.scan import scan
from exhibit5.corpus.store import database, query


def run_discover(
    indexes: Sequence[Path],
    forms: Sequence[str],
    since: str | None,
    until: str | None,
    fmt: str,
    output: Path | None,
    err: Console,
) -> int:
    chosen = list(forms) or None
    try:
        rows = discover(indexes, forms=chosen, since=since, until=until)
        if output is None:
            count = write_rows(rows, sys.stdout, fmt)
        else:
            with output.open("w", encoding="utf-8", newline="") as fh:
                count = write_rows(rows, fh, fmt)
    except (IndexFileError, ValueError) as exc:
        err.print(f"error: {exc}", markup=False)
        return 2
    err.print(f"{count:,} filings", markup=False)
    return 0


def run_fetch(
    listing: Path,
    mirror: Path,
    user_agent: str,
    what: str,
    rate: float,
    base_url: str | None,
    err: Console,
) -> int:
    counts = {"fetched": 0, "skipped": 0, "failed": 0}
    try:
        for result in fetch(
            read_rows(listing), mirror, user_agent, what=what, rate=rate,
            base_url=base_url or ARCHIVES_URL,
        ):  # fmt: skip
            counts[result.status] += 1
            if result.status == "failed":
                err.print(f"error: {result.url}: {result.reason}", markup=False)
    except (FetchError, OSError, ValueError) as exc:
        err.print(f"error: {exc}", markup=False)
        return 2
    err.print(", ".join(f"{v:,} {k}" for k, v in counts.items()), markup=False)
    return 1 if counts["failed"] else 0


def run_scan(
    inputs: Sequence[Path], out_dir: Path, jobs: int | None, dask: str | None, err: Console
) -> int:
    progress = Progress(
        TextColumn("[bold]scan"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("files · {task.fields[letters]:,} letters · {task.fields[rate]:,.0f}/s"),
        TextColumn("· {task.fields[errors]:,} errors"),
        TimeElapsedColumn(),
        console=err,
        transient=False,
    )
    task = progress.add_task("scan", total=None, letters=0, rate=0.0, errors=0)
    totals = {"letters": 0, "errors": 0}

    def on_plan(total: int, todo: int) -> None:
        progress.update(task, total=todo)

    def on_unit(summary: dict[str, object]) -> None:
        totals["letters"] += int(str(summary["letters"]))
        totals["errors"] += int(str(summary["errors"]))
        elapsed = progress.tasks[0].elapsed or 0.0
        progress.update(
            task,
            advance=int(str(summary["files"])),
            letters=totals["letters"],
            errors=totals["errors"],
            rate=totals["letters"] / elapsed if elapsed else 0.0,
        )

    try:
        with progress:
            result = scan(inputs, out_dir, jobs=jobs, dask=dask, on_plan=on_plan, on_unit=on_unit)
    except InputError as exc:
        err.print(f"error: {exc}", markup=False)
        return 2
    err.print(
        f"{result.units - result.resumed} of {result.units} units scanned "
        f"({result.resumed} already done): {result.members:,} inputs, {result.letters:,} "
        f"letters, {result.findings:,} findings, {result.errors:,} errors in "
        f"{result.seconds:.1f}s ({result.letters_per_second:,.0f} letters/s); "
        f"results in {result.db}",
        markup=False,
    )
    return 0


def run_query(db: Path, sql: str, fmt: str, out: Console, err: Console) -> int:
    try:
        names, rows = query(database(db), sql)
    except Exception as exc:  # duckdb raises many kinds; all mean "this query failed"
        err.print(f"error: {database(db)}: {' '.join(str(exc).split())}", markup=False)
        return 2
    if fmt == "json":
        for row in rows:
            out.print(json.dumps(dict(zip(names, row, strict=True)), default=str), markup=False)
    elif fmt == "csv":
        writer = csv.writer(sys.stdout)
        writer.writerow(names)
        writer.writerows(rows)
    else:
        table = Table(*names)
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        out.print(table)
    return 0


def run_report(db: Path, output: Path, fmt: str, err: Console) -> int:
    try:
        path = write_report(database(db), output, fmt)
    except Exception as exc:  # a missing or foreign database: one line, not a trace
        err.print(f"error: {database(db)}: {' '.join(str(exc).split())}", markup=False)
        return 2
    err.print(f"report written to {path}", markup=False)
    return 0
