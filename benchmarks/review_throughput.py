"""Review throughput and error findings on the shared corpus.

    .venv/bin/python benchmarks/review_throughput.py [--repeat N] [--all-findings]

Prints (1) the cost of each stage on one core (CPU time): read, extract and review alone, side
by side, and the whole read+extract+review pipeline, over the shared corpus repeated N times;
(2) a table of the error-level findings per letter, which on real filed letters should be rare
and each one right.
"""

from __future__ import annotations

import argparse
import json
import os
import time
from collections import Counter
from pathlib import Path

from exhibit5 import read
from exhibit5.extract import extract
from exhibit5.review import review
from exhibit5.review.finding import Severity

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EXHIBIT5_CORPUS", ROOT.parent / "shared" / "corpus")).resolve()


def letters() -> list[tuple[str, bytes, bool]]:
    index = {}
    for line in (CORPUS / "index.jsonl").read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            index[row["id"]] = bool(row.get("complete"))
    files = sorted(p for p in (CORPUS / "docs").iterdir() if p.suffix in (".txt", ".htm"))
    return [(p.name, p.read_bytes(), index.get(p.stem, False)) for p in files]


def rate(n: int, seconds: float) -> str:
    return f"{n / seconds:8.1f} letters/s  ({seconds * 1000 / n:.2f} ms/letter)"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--all-findings", action="store_true", help="list warnings too")
    args = parser.parse_args()

    corpus = letters()
    docs = [(name, read(data, name=name)[0]) for name, data, _ in corpus]
    records = [extract(doc) for _, doc in docs]
    review(docs[0][1], records[0])  # import and compile the rules before timing

    def read_pass() -> None:
        for name, data, _ in corpus:
            read(data, name=name)

    def extract_pass() -> None:
        for _, doc in docs:
            extract(doc)

    def review_pass() -> None:
        for (_, doc), record in zip(docs, records, strict=True):
            review(doc, record)

    def full_pass() -> None:
        for name, data, _ in corpus:
            for doc in read(data, name=name):
                review(doc, extract(doc))

    # CPU time of this process (one core), so other load on the machine does not count; each
    # stage is timed on its own and the fastest pass is reported with the median.
    n = len(corpus)
    stages = (("read", read_pass), ("extract", extract_pass), ("review", review_pass),
              ("read+extract+review", full_pass))  # fmt: skip
    times: dict[str, list[float]] = {}
    for label, run in stages:
        passes = []
        for _ in range(args.repeat):
            t0 = time.process_time()
            run()
            passes.append(time.process_time() - t0)
        times[label] = sorted(passes)

    print(f"shared corpus: {n} letters, {args.repeat} passes per stage, CPU time on one core")
    print(f"{'stage':22} {'best pass':>34}   {'median pass':>12}")
    for label, passes in times.items():
        median = passes[len(passes) // 2]
        print(f"{label:22} {rate(n, passes[0])}   {n / median:8.1f} letters/s")
    best = {label: passes[0] for label, passes in times.items()}
    parts = best["read"] + best["extract"] + best["review"]
    print(
        "share of read / extract / review: "
        + " / ".join(f"{best[k] / parts:.0%}" for k in ("read", "extract", "review"))
    )
    print()

    shown = {Severity.error} if not args.all_findings else {Severity.error, Severity.warning}
    per_code: Counter[str] = Counter()
    with_errors = 0
    print(f"{'letter':58} {'complete':8} findings")
    for (name, doc), record, (_, _, complete) in zip(docs, records, corpus, strict=True):
        findings = [f for f in review(doc, record) if f.severity in shown]
        per_code.update(f.code for f in findings if f.severity is Severity.error)
        with_errors += any(f.severity is Severity.error for f in findings)
        for i, f in enumerate(findings):
            where = doc[f.spans[0]][:70].replace("\n", " ") if f.spans else ""
            label = f"{name:58} {complete!s:8}" if i == 0 else " " * 67
            print(f"{label} {f.code} {f.severity.value}: {f.message} | {where!r}")
    errors = sum(per_code.values())
    print()
    print(
        f"error findings: {errors} on {len(docs)} letters = {errors / len(docs):.3f} per letter;"
        f" letters with any error: {with_errors}"
    )
    print("by code: " + ", ".join(f"{c} {k}" for c, k in sorted(per_code.items())))


if __name__ == "__main__":
    main()
