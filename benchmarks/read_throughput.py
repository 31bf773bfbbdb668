"""Reading throughput on the shared corpus, and EX-5 extraction from real submissions.

Prints:
1. documents/second and MB/second for ``exhibit5.read`` over every letter of the shared corpus
   (repeated for stable figures), and the ratio to simply reading the files' bytes;
2. for the real EDGAR submissions, EX-5 letters/second as normalized text with
   ``exhibit5.read_opinions`` against edgartools (``FilingSGML.from_text`` then ``.text()`` of
   each EX-5 attachment), measured side by side in this run.

Run: ``make bench`` (installs edgartools, a benchmark-only dependency), or
``python benchmarks/read_throughput.py [--repeat N] [--corpus DIR]``.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path

import exhibit5

DEFAULT_CORPUS = Path(
    os.environ.get(
        "EXHIBIT5_CORPUS", Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
    )
)


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    """The fastest of ``runs`` timings of ``fn()`` (the least disturbed by the machine)."""
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def corpus_figures(corpus: Path, repeat: int) -> None:
    paths = sorted((corpus / "docs").glob("*"))
    size = sum(p.stat().st_size for p in paths)

    def read_bytes() -> None:
        for _ in range(repeat):
            for p in paths:
                p.read_bytes()

    def read_docs() -> None:
        for _ in range(repeat):
            for p in paths:
                exhibit5.read(p)

    t_bytes = best_of(3, read_bytes)
    t_read = best_of(3, read_docs)
    n = len(paths) * repeat
    print(f"shared corpus: {len(paths)} letters, {size / 1e6:.2f} MB, x{repeat}")
    print(f"  exhibit5.read     {n / t_read:9.0f} docs/s  {size * repeat / 1e6 / t_read:7.2f} MB/s")
    print(
        f"  read_bytes        {n / t_bytes:9.0f} docs/s  {size * repeat / 1e6 / t_bytes:7.2f} MB/s"
    )
    print(f"  ratio read / bytes: {t_read / t_bytes:.1f}x")


def submission_figures(corpus: Path, repeat: int) -> None:
    subs = sorted((corpus / "submissions").glob("*.txt"))
    blobs = [p.read_bytes() for p in subs]
    letters = sum(len(exhibit5.read_opinions(b, name="s")) for b in blobs)

    def ours() -> None:
        for _ in range(repeat):
            for b in blobs:
                for doc in exhibit5.read_opinions(b, name="s"):
                    doc.text  # noqa: B018 - the normalized text is the product

    mb = sum(map(len, blobs)) / 1e6
    print(f"real submissions: {len(subs)} files, {mb:.1f} MB, {letters} EX-5 letters, x{repeat}")
    t_ours = best_of(3, ours)
    print(f"  exhibit5.read_opinions  {letters * repeat / t_ours:9.1f} letters/s")
    try:
        from edgar.sgml import FilingSGML
    except ImportError:
        print("  edgartools not installed (pip install 'exhibit5[bench]'): no comparison")
        return

    def theirs() -> None:
        for _ in range(repeat):
            for b in blobs:
                sgml = FilingSGML.from_text(b.decode("utf-8", errors="replace"))
                for attachment in sgml.attachments:
                    if (attachment.document_type or "").upper().startswith("EX-5"):
                        attachment.text()

    t_theirs = best_of(3, theirs)
    print(f"  edgartools              {letters * repeat / t_theirs:9.1f} letters/s")
    print(f"  ratio exhibit5 / edgartools: {t_theirs / t_ours:.1f}x (target >= 10x)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--repeat", type=int, default=10)
    args = parser.parse_args()
    corpus_figures(args.corpus, args.repeat)
    submission_figures(args.corpus, max(1, args.repeat // 2))


if __name__ == "__main__":
    main()
