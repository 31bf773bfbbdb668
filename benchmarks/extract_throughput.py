"""Extraction throughput on the shared corpus, per core, and where the time goes.

Prints, for the letters of the shared corpus (most are excerpts of ~2 KB) and, separately, for
the complete EX-5 letters inside its real EDGAR submissions (4-15 KB), each repeated for stable
figures in one process:
1. letters/second for ``exhibit5.read`` alone, for ``exhibit5.extract`` alone (on documents
   already read) and for read + extract;
2. the ratio extract / read (target <= 5x) and the read + extract rate (target >= 500/s);
3. the top functions by cumulative time (cProfile) over one pass of read + extract.

Run: ``python benchmarks/extract_throughput.py [--repeat N] [--corpus DIR] [--top K]``.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import os
import pstats
import time
from collections.abc import Callable
from pathlib import Path

import exhibit5
from exhibit5.document import Document

DEFAULT_CORPUS = Path(
    os.environ.get(
        "EXHIBIT5_CORPUS", Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    )
)


def best_of(runs: int, fn: Callable[[], object]) -> float:
    """The fastest of ``runs`` timings of ``fn()`` (the least disturbed by the machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def figures(label: str, blobs: list[tuple[str, bytes]], repeat: int) -> None:
    docs: list[Document] = [exhibit5.read(b, name=n)[0] for n, b in blobs]
    size = sum(len(d.text) for d in docs)
    n = len(blobs) * repeat
    for doc in docs:  # warm caches once
        exhibit5.extract(doc)

    def read_only() -> None:
        for _ in range(repeat):
            for name, blob in blobs:
                exhibit5.read(blob, name=name)

    def extract_only() -> None:
        for _ in range(repeat):
            for doc in docs:
                exhibit5.extract(doc)

    def read_and_extract() -> None:
        for _ in range(repeat):
            for name, blob in blobs:
                for doc in exhibit5.read(blob, name=name):
                    exhibit5.extract(doc)

    t_read = best_of(3, read_only)
    t_extract = best_of(3, extract_only)
    t_both = best_of(3, read_and_extract)
    print(
        f"{label}: {len(blobs)} letters, {size / len(blobs) / 1e3:.1f} KB of text on average, "
        f"x{repeat}, one core"
    )
    print(f"  read             {n / t_read:8.0f} letters/s")
    print(f"  extract          {n / t_extract:8.0f} letters/s")
    print(f"  read + extract   {n / t_both:8.0f} letters/s   (target >= 500)")
    print(f"  ratio extract / read: {t_extract / t_read:.2f}x   (target <= 5x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--top", type=int, default=20)
    args = parser.parse_args()

    blobs = [(p.name, p.read_bytes()) for p in sorted((args.corpus / "docs").glob("*"))]
    figures("shared corpus letters", blobs, args.repeat)
    full = [
        (f"{p.name}-{doc.meta.index}.htm", doc.raw.encode())
        for p in sorted((args.corpus / "submissions").glob("*.txt"))
        for doc in exhibit5.read_opinions(p)
    ]
    if full:
        figures("complete letters from the submissions", full, args.repeat * 4)

    profile = cProfile.Profile()
    profile.enable()
    for name, blob in blobs:
        for doc in exhibit5.read(blob, name=name):
            exhibit5.extract(doc)
    profile.disable()
    out = io.StringIO()
    pstats.Stats(profile, stream=out).sort_stats("cumulative").print_stats(args.top)
    print(f"\nprofile, one pass of read + extract over the corpus, top {args.top} cumulative:")
    print("\n".join(line for line in out.getvalue().splitlines() if line.strip()))


if __name__ == "__main__":
    main()
