"""Scan throughput: letters/second on one core, two cores and a 2-worker Dask LocalCluster, the
pipeline's cost over the work itself, and peak memory as the corpus grows.

    python benchmarks/scan_throughput.py                  # 20,000 submissions, RSS at 5k/50k
    python benchmarks/scan_throughput.py -n 2000 --rss 1000 4000

The feed comes from ``make_feed.py`` (half of the opinions taken from the shared corpus letters
when ``../shared/corpus/docs`` exists). "Plain loop" is read → extract → review over the same
submissions already in memory, each letter reviewed with its filing (as scan and ``exhibit5
review`` do, for the E58xx cross-checks): the work itself, without archive streaming, Parquet,
processes or resume. The loop over the letters alone (read_opinions, no filing) shows what the
filing context costs, on the feed and on the shared corpus's real submissions, whose
registration statements and exhibits are far longer than the generated ones. Goals: scan on
one core ≤ 1.3× the plain loop; two workers ≥ 1.7× one; peak RSS flat from 5,000 to 50,000
submissions.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tarfile
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from exhibit5.corpus.scan import scan
from exhibit5.extract import extract
from exhibit5.readers import ReadError, is_opinion, read, read_opinions
from exhibit5.review import review
from exhibit5.review.filing import Filing, in_filing_review

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from make_feed import make_feed  # noqa: E402 (a sibling script, not a package)

CORPUS = Path(os.environ.get("EXHIBIT5_CORPUS", HERE.parent / ".." / "shared" / "corpus"))


def feed(work: Path, n: int, per_day: int, seed: int) -> Path:
    """The generated feed for these settings, made once and reused."""
    letters = CORPUS / "docs" if (CORPUS / "docs").is_dir() else None
    path = work / f"feed-{n}-{per_day}-{seed}-{'real' if letters else 'gen'}"
    stamp = work / f"{path.name}.complete"  # beside the feed, not in it (it would be scanned)
    if not stamp.exists():
        shutil.rmtree(path, ignore_errors=True)
        start = time.perf_counter()
        make_feed(path, n, seed=seed, per_day=per_day, letters=letters)
        stamp.write_text("")
        print(f"generated {n:,} submissions in {time.perf_counter() - start:.1f}s: {path}")
    return path


def review_input(data: bytes, with_filing: bool) -> int:
    """read → extract → review of one input's letters, with their filing or alone; letters."""
    try:
        docs = read(data, keep=in_filing_review) if with_filing else read_opinions(data)
    except ReadError:
        return 0
    filing = Filing.from_documents(docs) if with_filing else None
    letters = [doc for doc in docs if is_opinion(doc)]
    for doc in letters:
        review(doc, extract(doc), filing=filing)
    return len(letters)


Timing = tuple[float, float, int]  # wall seconds, CPU seconds, letters


def plain_loop(batches: Iterable[list[bytes]]) -> dict[bool, Timing]:
    """``review_input`` over each batch of inputs (loaded beforehand, not timed), with the
    filing context (True) and for the letters alone (False)."""
    totals = {True: (0.0, 0.0, 0), False: (0.0, 0.0, 0)}
    for datas in batches:
        for with_filing, (seconds, cpu, letters) in totals.items():
            start, start_cpu = time.perf_counter(), time.process_time()
            letters += sum(review_input(data, with_filing) for data in datas)
            seconds += time.perf_counter() - start
            cpu += time.process_time() - start_cpu
            totals[with_filing] = (seconds, cpu, letters)
    return totals


def archives(path: Path) -> Iterator[list[bytes]]:
    """The members of each feed archive (corrections left out), one archive at a time."""
    for archive in sorted(path.glob("*.tar.gz")):
        with tarfile.open(archive) as tar:
            yield [
                tar.extractfile(m).read()  # type: ignore[union-attr]
                for m in tar
                if m.isfile() and ".corr" not in m.name
            ]


def filing_cost(name: str, batches: Iterable[list[bytes]]) -> Timing:
    """Print the plain loop's cost with and without the filing context; return the former."""
    totals = plain_loop(batches)
    (seconds, cpu, letters), (alone_s, alone_cpu, _) = totals[True], totals[False]
    print(f"{name}: {letters:,} letters; with the filing context {seconds:.2f}s, letters "
          f"alone {alone_s:.2f}s ({cpu / alone_cpu:.2f}x in CPU time)")  # fmt: skip
    return totals[True]


def timed_scan(path: Path, out: Path, jobs: int, dask: str | None) -> tuple[float, float, int]:
    """Wall seconds, CPU seconds the workers spent on the units, letters."""
    shutil.rmtree(out, ignore_errors=True)
    start = time.perf_counter()
    result = scan([path], out, jobs=jobs, dask=dask)
    cpu = sum(float(str(unit["cpu_seconds"])) for unit in result.done)
    return time.perf_counter() - start, cpu, result.letters


def peak_rss(path: Path, out: Path) -> float:
    """Peak RSS (MB) of a one-core scan run in a fresh process."""
    shutil.rmtree(out, ignore_errors=True)
    code = (
        "import json, resource, sys\n"
        "from exhibit5.corpus.scan import scan\n"
        "r = scan([sys.argv[1]], sys.argv[2], jobs=1)\n"
        "print(json.dumps([resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, r.letters]))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code, str(path), str(out)], capture_output=True, text=True,
        check=True,
    )  # fmt: skip
    kb, letters = json.loads(done.stdout.strip().splitlines()[-1])
    print(f"  peak RSS {kb / 1024:,.0f} MB for {letters:,} letters")
    return float(kb) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("-n", type=int, default=20_000, help="submissions in the throughput feed")
    parser.add_argument("--per-day", type=int, default=1000, help="submissions per archive")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--rss", type=int, nargs="*", default=[5_000, 50_000],
                        help="corpus sizes for the peak-memory runs (none: skip)")  # fmt: skip
    parser.add_argument("--work", type=Path, default=Path("/tmp/exhibit5-bench"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)

    path = feed(args.work, args.n, args.per_day, args.seed)
    # The machine may be shared: wall-clock ratios need an idle machine, CPU ratios do not.
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    real = sorted((CORPUS / "submissions").glob("*.txt"))
    if real:
        filing_cost(
            "real submissions (shared corpus), 5 times", [[p.read_bytes() for p in real]] * 5
        )
    plain_s, plain_cpu, plain_letters = filing_cost("generated feed", archives(path))
    print(f"plain loop (read+extract+review, 1 core): {plain_letters:,} letters in "
          f"{plain_s:.1f}s = {plain_letters / plain_s:,.0f} letters/s "
          f"({plain_letters / plain_cpu:,.0f} per CPU-second)")  # fmt: skip
    runs: dict[str, tuple[int, str | None]] = {
        "scan, 1 core": (1, None),
        "scan, 2 cores (process pool)": (2, None),
        "scan, Dask LocalCluster 2 workers": (2, "local"),
    }
    rates, cpu_rates = {}, {}
    for name, (jobs, dask) in runs.items():
        seconds, cpu, letters = timed_scan(path, args.work / "out", jobs, dask)
        rates[name], cpu_rates[name] = letters / seconds, letters / cpu
        print(f"{name}: {letters:,} letters in {seconds:.1f}s = {rates[name]:,.0f} letters/s; "
              f"{cpu / seconds:.2f} CPU-seconds of work per second "
              f"(load average {os.getloadavg()[0]:.1f})")  # fmt: skip
    one, one_cpu = rates["scan, 1 core"], cpu_rates["scan, 1 core"]
    print(f"pipeline cost on one core: {plain_letters / plain_s / one:.2f}x the plain loop in "
          f"wall time, {plain_letters / plain_cpu / one_cpu:.2f}x in CPU time "
          "(goal <= 1.3)")  # fmt: skip
    pool = rates["scan, 2 cores (process pool)"]
    cluster = rates["scan, Dask LocalCluster 2 workers"]
    print(f"2 cores: {pool / one:.2f}x one core; LocalCluster: {cluster / one:.2f}x (goal >= 1.7)")
    for n in args.rss:
        print(f"peak memory at N={n:,}:")
        peak_rss(feed(args.work, n, args.per_day, args.seed), args.work / "out-rss")


if __name__ == "__main__":
    main()
