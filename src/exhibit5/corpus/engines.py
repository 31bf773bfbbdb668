"""Engines that run ``scan_unit`` over many units: a local process pool, or a Dask cluster.

Both call the same ``scan_unit`` and each unit writes its own Parquet parts, so the output does
not depend on the engine; only where the work runs does. Dask needs the inputs and the output
directory at the same paths on every worker (a shared file system).
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from pathlib import Path

from exhibit5.corpus.inputs import Unit
from exhibit5.corpus.pipeline import scan_unit

Summary = dict[str, object]


def default_jobs() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run_local(units: Sequence[Unit], out: Path, jobs: int | None = None) -> Iterator[Summary]:
    """Scan ``units`` on this machine with ``jobs`` processes (1: in this process)."""
    jobs = jobs or default_jobs()
    if jobs == 1 or len(units) <= 1:
        for unit in units:
            yield scan_unit(unit, out)
        return
    # forkserver: workers start clean, not as forks of a process running threads (the
    # progress display).
    context = multiprocessing.get_context("forkserver")
    pool = ProcessPoolExecutor(max_workers=min(jobs, len(units)), mp_context=context)
    try:
        futures = [pool.submit(scan_unit, unit, out) for unit in units]
        for future in as_completed(futures):
            yield future.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_dask(
    units: Sequence[Unit], out: Path, address: str = "local", workers: int | None = None
) -> Iterator[Summary]:
    """Scan ``units`` on a Dask cluster: ``address`` is a scheduler (``tcp://host:8786``) or
    ``local`` for a ``LocalCluster`` of ``workers`` single-threaded processes."""
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    with contextlib.ExitStack() as stack:
        if address == "local":
            cluster = stack.enter_context(
                LocalCluster(
                    n_workers=workers or default_jobs(),
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(Client(cluster))
        else:
            client = stack.enter_context(Client(address))
        futures = client.map(
            scan_unit,
            list(units),
            out=str(out.resolve()),
            key=[f"exhibit5-scan-{u.id}" for u in units],
            retries=1,  # a worker lost mid-unit: the unit is redone whole elsewhere
        )
        for future in dask_completed(futures):
            yield future.result()
