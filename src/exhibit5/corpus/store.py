"""Where scan results live: Parquet parts per unit, done-markers for resume, DuckDB views.

Layout of a scan's output directory::

    opinions.parquet/<unit>.parquet   one row per letter
    findings.parquet/<unit>.parquet   one row per review finding
    errors.parquet/<unit>.parquet     one row per input that could not be read (or was skipped)
    _done/<unit>.json                 written last: the unit is finished (with its counts)
    exhibit5.duckdb                   views opinions, findings, errors, letters over the parts

Each table is a directory of parts (the layout Dask and Spark write), so every worker writes its
own part and nothing is merged. A part is written under a temporary name and renamed when
complete; the done-marker comes after all parts, so a unit killed midway is redone whole.
"""

from __future__ import annotations

import json
import os
import types
import typing
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyarrow as pa
import pyarrow.parquet as pq
from pydantic_core import to_json

from exhibit5.extract.record import Found, OpinionRecord, Part

if TYPE_CHECKING:
    import duckdb

TABLES = ("opinions", "findings", "errors")
DB_NAME = "exhibit5.duckdb"
ROWS_PER_GROUP = 2048

SPANS = pa.list_(pa.struct([("start", pa.int64()), ("end", pa.int64())]))

# Columns about where a letter came from and its filing, before the record's fields.
LETTER_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("source", pa.string()),
    ("member", pa.string()),
    ("doc_index", pa.int64()),
    ("sequence", pa.string()),
    ("exhibit_type", pa.string()),
    ("filename", pa.string()),
    ("accession", pa.string()),
    ("cik", pa.string()),
    ("filer_name", pa.string()),
    ("form_type", pa.string()),
    ("filed", pa.date32()),  # the header's filing date (the record's filing_date is the letter's)
    ("state_of_incorporation", pa.string()),
    ("sec_file_number", pa.string()),  # the header's (the record's file_number is the letter's)
    ("format", pa.string()),
    ("chars", pa.int64()),
    ("content_hash", pa.string()),
]
FINDING_COUNT_COLUMNS: list[tuple[str, pa.DataType]] = [
    ("findings_error", pa.int64()),
    ("findings_warning", pa.int64()),
    ("findings_info", pa.int64()),
    ("finding_codes", pa.list_(pa.string())),
]


def _arrow_type(annotation: Any) -> pa.DataType:
    """Arrow type of a record value; anything unforeseen is kept as JSON text."""
    args = [a for a in typing.get_args(annotation) if a is not type(None)]
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType) and len(args) == 1:
        return _arrow_type(args[0])
    if origin is list and args:
        return pa.list_(_arrow_type(args[0]))
    simple = {bool: pa.bool_(), int: pa.int64(), float: pa.float64(), str: pa.string()}
    return simple.get(annotation, pa.string())


def _is_part(annotation: Any) -> bool:
    """Part, Part | None, list[Part] (or a subclass such as OpinionParagraph)."""
    if isinstance(annotation, type):
        return issubclass(annotation, Part)
    return any(_is_part(a) for a in typing.get_args(annotation))


def record_columns() -> list[tuple[str, pa.DataType]]:
    """Columns for every field of ``OpinionRecord``: Found fields as value + ``_spans``,
    structural parts as ``_spans``, anything else as JSON text."""
    cols: list[tuple[str, pa.DataType]] = []
    for name, info in OpinionRecord.model_fields.items():
        ann = info.annotation
        if isinstance(ann, type) and issubclass(ann, Found):
            cols.append((name, _arrow_type(ann.model_fields["value"].annotation)))
            cols.append((f"{name}_spans", SPANS))
        elif _is_part(ann):
            cols.append((f"{name}_spans", SPANS))
        else:
            cols.append((name, pa.string()))
    return cols


def record_row(record: OpinionRecord) -> dict[str, object]:
    """The record flattened to the columns of :func:`record_columns`."""
    row: dict[str, object] = {}
    for name in OpinionRecord.model_fields:
        value = getattr(record, name)
        if isinstance(value, Found):
            row[name] = value.value
            row[f"{name}_spans"] = [{"start": s[0], "end": s[1]} for s in value.spans]
        elif isinstance(value, Part) or value is None:
            row[f"{name}_spans"] = [] if value is None else [_span(value)]
        elif isinstance(value, list) and all(isinstance(v, Part) for v in value):
            row[f"{name}_spans"] = [_span(v) for v in value]
        else:  # models, dataclasses (defined terms), whatever the record grows: JSON text
            row[name] = to_json(value).decode()
    return row


def _span(part: Part) -> dict[str, int]:
    return {"start": part.span[0], "end": part.span[1]}


def _letter_schema() -> pa.Schema:
    columns = LETTER_COLUMNS + record_columns() + FINDING_COUNT_COLUMNS
    names = [name for name, _ in columns]
    clash = sorted({n for n in names if names.count(n) > 1})
    if clash:  # a record field added under a name the filing columns already use
        raise RuntimeError(f"opinions.parquet: duplicate column(s) {', '.join(clash)}")
    return pa.schema(columns)


SCHEMAS: dict[str, pa.Schema] = {
    "opinions": _letter_schema(),
    "findings": pa.schema(
        [
            ("source", pa.string()),
            ("member", pa.string()),
            ("doc_index", pa.int64()),
            ("accession", pa.string()),
            ("code", pa.string()),
            ("name", pa.string()),
            ("severity", pa.string()),
            ("start", pa.int64()),
            ("end", pa.int64()),
            ("message", pa.string()),
        ]
    ),
    "errors": pa.schema(
        [
            ("source", pa.string()),
            ("member", pa.string()),
            ("kind", pa.string()),
            ("reason", pa.string()),
        ]
    ),
}


class PartWriter:
    """Writes one unit's rows, table by table, in row groups (memory stays one group)."""

    def __init__(self, out: Path, unit_id: str) -> None:
        self.out = out
        self.unit_id = unit_id
        self.buffers: dict[str, list[dict[str, object]]] = {t: [] for t in TABLES}
        self.writers: dict[str, pq.ParquetWriter] = {}
        self.counts: dict[str, int] = dict.fromkeys(TABLES, 0)

    def _tmp(self, table: str) -> Path:
        return self.out / f"{table}.parquet" / f".{self.unit_id}.parquet.tmp"

    def add(self, table: str, rows: Iterable[dict[str, object]]) -> None:
        buf = self.buffers[table]
        buf.extend(rows)
        if len(buf) >= ROWS_PER_GROUP:
            self._flush(table)

    def _flush(self, table: str) -> None:
        buf = self.buffers[table]
        if table not in self.writers:
            path = self._tmp(table)
            path.parent.mkdir(parents=True, exist_ok=True)
            self.writers[table] = pq.ParquetWriter(path, SCHEMAS[table], compression="zstd")
        if buf:
            self.writers[table].write_table(pa.Table.from_pylist(buf, schema=SCHEMAS[table]))
            self.counts[table] += len(buf)
            buf.clear()

    def commit(self, summary: dict[str, object]) -> None:
        """Close every part, move it into place, then write the unit's done-marker."""
        for table in TABLES:
            self._flush(table)
            self.writers.pop(table).close()
            os.replace(self._tmp(table), self.out / f"{table}.parquet" / f"{self.unit_id}.parquet")
        write_atomic(done_path(self.out, self.unit_id), json.dumps(summary, sort_keys=True))

    def abort(self) -> None:
        for table, writer in self.writers.items():
            writer.close()
            self._tmp(table).unlink(missing_ok=True)


def write_atomic(path: Path, text: str) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)


def done_path(out: Path, unit_id: str) -> Path:
    return out / "_done" / f"{unit_id}.json"


def read_done(out: Path, unit_id: str) -> dict[str, Any] | None:
    path = done_path(out, unit_id)
    try:
        return dict(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError):
        return None


def prune(out: Path, keep: set[str]) -> int:
    """Delete parts and markers of units not in ``keep`` (inputs gone or re-planned)."""
    removed = 0
    for folder in [out / f"{t}.parquet" for t in TABLES] + [out / "_done"]:
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            unit = path.name.lstrip(".").split(".")[0]
            if unit not in keep and unit != "_schema":
                path.unlink()
                removed += 1
    return removed


def finalize(out: Path) -> Path:
    """Write an empty ``_schema`` part per table (so views work on an empty scan) and the
    DuckDB database with views over the parts; return the database path."""

    for table, schema in SCHEMAS.items():
        path = out / f"{table}.parquet" / "_schema.parquet"
        path.parent.mkdir(parents=True, exist_ok=True)
        if not path.exists() or not pq.read_schema(path).equals(schema):
            pq.write_table(schema.empty_table(), path)
    db = out / DB_NAME
    with connect(db, read_only=False) as con:
        for table in TABLES:
            # Relative to the scan folder, so the folder can be moved or copied whole: queries
            # open the database through ``connect``, which searches that folder.
            glob = f"{table}.parquet/*.parquet"
            con.execute(
                f"CREATE OR REPLACE VIEW {table} AS "
                f"SELECT * FROM read_parquet('{glob}', union_by_name = true)"
            )
        # One row per letter: a submission read twice (a mirror and a feed) counts once.
        con.execute(
            "CREATE OR REPLACE VIEW letters AS SELECT * FROM opinions QUALIFY row_number() OVER "
            "(PARTITION BY coalesce(accession || '/' || sequence, content_hash) "
            "ORDER BY source, member, doc_index) = 1"
        )
    return db


def database(path: str | Path) -> Path:
    """The DuckDB file of a scan, given it or the scan's output directory."""
    path = Path(path)
    return path / DB_NAME if path.is_dir() else path


def connect(db: str | Path, *, read_only: bool = True) -> duckdb.DuckDBPyConnection:
    """Open a scan's database with the scan folder as the base of its views' paths."""
    import duckdb

    path = database(db)
    con = duckdb.connect(str(path), read_only=read_only)
    folder = str(path.resolve().parent).replace("'", "''")
    con.execute(f"SET file_search_path = '{folder}'")
    return con


def query(db: str | Path, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` on a scan's database (read-only); return column names and rows."""
    with connect(db) as con:
        cur = con.execute(sql)
        names = [d[0] for d in cur.description or []]
        return names, cur.fetchall()
