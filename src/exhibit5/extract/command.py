"""What ``exhibit5 extract`` and ``exhibit5 eval`` do, as functions the CLI wraps."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from rich.console import Console
from rich.table import Table

from exhibit5.document import Document
from exhibit5.evaluate import EvalResult, evaluate
from exhibit5.extract import extract
from exhibit5.extract.record import SCORED_FIELDS, OpinionRecord
from exhibit5.readers import ReadError, read_opinions


def record_json(doc: Document, record: OpinionRecord) -> dict[str, object]:
    """The JSON line of one letter: source, index in its file, and the record (every field as
    ``{"value": ..., "spans": [[start, end], ...]}``, then the structural parts)."""
    return {
        "source": doc.source,
        "document": doc.meta.index,
        "record": record.model_dump(mode="json"),
    }


def run_extract(paths: Sequence[Path | str], *, as_json: bool, out: Console, err: Console) -> int:
    """Extract every opinion letter of each file; print JSON lines or a table per letter.

    Returns the exit status: 1 if any file could not be read or held no opinion letter.
    """
    status = 0
    for path in paths:
        try:
            docs = read_opinions(path)
        except ReadError as exc:
            err.print(f"error: {exc}", markup=False)
            status = 1
            continue
        if not docs:
            err.print(f"error: {path}: no opinion letter found", markup=False)
            status = 1
            continue
        for doc in docs:
            record = extract(doc)
            if as_json:
                out.print(json.dumps(record_json(doc, record)), markup=False, highlight=False)
            else:
                out.print(_table(doc, record))
    return status


def _table(doc: Document, record: OpinionRecord) -> Table:
    table = Table(title=f"{doc.source} [{doc.meta.index}]", show_lines=False)
    table.add_column("field", style="bold")
    table.add_column("value")
    table.add_column("from the text", style="dim", overflow="fold")
    for name in SCORED_FIELDS:
        found = getattr(record, name)
        shown = ", ".join(map(str, found.value)) if isinstance(found.value, list) else found.value
        source = " | ".join(" ".join(doc[span].split())[:90] for span in found.spans[:3])
        table.add_row(name, "" if shown is None else str(shown), source)
    return table


def run_eval(corpus_dir: Path, *, errors: bool, as_json: bool, out: Console, err: Console) -> int:
    """Score extraction on a labelled corpus and print the figures (and, with ``errors``,
    every miss with the text around it). Returns 1 if the corpus cannot be read."""
    try:
        result = evaluate(corpus_dir)
    except FileNotFoundError as exc:
        err.print(f"error: {exc}", markup=False)
        return 1
    if as_json:
        out.print(json.dumps(result.as_dict()), markup=False, highlight=False)
        return 0
    if errors:
        _print_misses(result, out)
    out.print(_scores(result))
    for line in result.errors:
        err.print(f"error: {line}", markup=False)
    return 0


def _scores(result: EvalResult) -> Table:
    table = Table(
        title=f"{result.letters} letters: overall {result.overall:.3f}, "
        f"stated values {result.stated:.3f}"
    )
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("stated", justify="right")
    table.add_column("n stated", justify="right")
    for name, score in result.fields.items():
        table.add_row(
            name, f"{score.accuracy:.3f}", f"{score.stated_accuracy:.3f}", str(score.stated_total)
        )
    return table


def _print_misses(result: EvalResult, out: Console) -> None:
    for miss in result.misses:
        out.print(
            f"{miss.doc_id}: {miss.field}: expected {miss.expected!r}, got {miss.got!r}",
            markup=False,
            highlight=False,
        )
        if miss.context:
            out.print(f"    ... {miss.context} ...", markup=False, highlight=False, style="dim")
