"""``scan``: plan the inputs, skip finished units, run an engine, write the DuckDB views.

Re-running on the same inputs resumes: a unit whose done-marker carries the same fingerprint
(paths, sizes, mtimes) is not redone, and since a unit's parts are replaced whole, the result
equals that of one uninterrupted run. The output reflects exactly the inputs of the last run:
parts of units no longer planned are removed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from exhibit5.corpus.engines import run_dask, run_local
from exhibit5.corpus.inputs import Unit, plan
from exhibit5.corpus.store import finalize, prune, read_done

Summary = dict[str, object]


@dataclass
class ScanResult:
    out: Path
    db: Path
    units: int
    resumed: int
    members: int = 0
    letters: int = 0
    findings: int = 0
    errors: int = 0
    seconds: float = 0.0
    done: list[Summary] = field(default_factory=list, repr=False)

    def add(self, summary: Summary) -> None:
        self.done.append(summary)
        self.members += int(str(summary["members"]))
        self.letters += int(str(summary["letters"]))
        self.findings += int(str(summary["findings"]))
        self.errors += int(str(summary["errors"]))

    @property
    def letters_per_second(self) -> float:
        return self.letters / self.seconds if self.seconds else 0.0


def pending(units: Iterable[Unit], out: Path) -> list[Unit]:
    """Units without a current done-marker."""
    todo = []
    for unit in units:
        done = read_done(out, unit.id)
        if done is None or done.get("fingerprint") != unit.fingerprint:
            todo.append(unit)
    return todo


def scan(
    inputs: Iterable[str | Path],
    out: str | Path,
    *,
    jobs: int | None = None,
    dask: str | None = None,
    on_plan: Callable[[int, int], None] | None = None,
    on_unit: Callable[[Summary], None] | None = None,
) -> ScanResult:
    """Scan ``inputs`` into ``out`` (see ``exhibit5.corpus.store`` for the layout).

    ``jobs`` processes locally (default: all cores), or ``dask`` = ``local`` / a scheduler
    address. ``on_plan(files, files_to_do)`` and ``on_unit(summary)`` report progress.
    """
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    units = plan(inputs)
    prune(out, {u.id for u in units})
    todo = pending(units, out)
    if on_plan:
        on_plan(sum(len(u.paths) for u in units), sum(len(u.paths) for u in todo))
    result = ScanResult(out=out, db=out, units=len(units), resumed=len(units) - len(todo))
    start = time.perf_counter()
    engine = run_dask(todo, out, dask, jobs) if dask else run_local(todo, out, jobs)
    for summary in engine:
        result.add(summary)
        if on_unit:
            on_unit(summary)
    result.seconds = time.perf_counter() - start
    result.db = finalize(out)
    return result
