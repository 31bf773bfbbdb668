"""Instructions per letter of each stage, counted by valgrind's callgrind: the same figure on
every run, whatever else the machine is doing (CPU-time figures on a shared machine move by a
third between runs, which hides a 5% change).

    python benchmarks/instructions.py [--stage read|extract|review|all] [--corpus DIR]

For each stage, the script runs itself under ``valgrind --tool=callgrind --instr-atstart=no``
twice: once with no pass over the letters and once with ``--passes`` passes, instrumentation
switched on (``callgrind_control -i on``) only after the letters are loaded and warmed up; the
difference divided by the letters read is the cost of the stage alone. Two sets of letters: the
typical letters drafted from ``examples/`` (as in ``extract_throughput.py``) and the shared corpus.
Needs valgrind (Debian package ``valgrind``); a run takes a minute or two per stage and set.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve()
CORPUS = Path(os.environ.get("EXHIBIT5_CORPUS", HERE.parents[1].parent / "shared" / "corpus"))
STAGES = ("read", "extract", "review")
SETS = ("drafted", "shared")


def _blobs(which: str, corpus: Path) -> list[tuple[str, bytes]]:
    if which == "drafted":
        sys.path.insert(0, str(HERE.parent))
        from extract_throughput import drafted_letters

        return drafted_letters()
    files = sorted(p for p in (corpus / "docs").iterdir() if p.suffix in (".txt", ".htm"))
    return [(p.name, p.read_bytes()) for p in files]


def _run_stage(stage: str, which: str, corpus: Path, passes: int) -> None:
    """The measured process: load and warm up, switch instrumentation on, run the passes."""
    import exhibit5
    from exhibit5.review import review

    blobs = _blobs(which, corpus)
    docs = [d for name, data in blobs for d in exhibit5.read(data, name=name)]
    records = [exhibit5.extract(d) for d in docs]
    for doc, record in zip(docs, records, strict=True):
        review(doc, record)
    subprocess.run(
        ["callgrind_control", "-i", "on", str(os.getpid())], capture_output=True, check=True
    )
    for _ in range(passes):
        if stage == "read":
            for name, data in blobs:
                exhibit5.read(data, name=name)
        elif stage == "extract":
            for doc in docs:
                exhibit5.extract(doc)
        else:
            for doc, record in zip(docs, records, strict=True):
                review(doc, record)
    print(f"letters {len(blobs) if stage == 'read' else len(docs)}")


def _collected(stage: str, which: str, corpus: Path, passes: int) -> tuple[int, int]:
    """Instructions callgrind counted, and the letters one pass handles."""
    cmd = [
        "valgrind", "--tool=callgrind", "--instr-atstart=no", "--callgrind-out-file=/dev/null",
        sys.executable, str(HERE), "--child", stage, which, str(passes), "--corpus", str(corpus),
    ]  # fmt: skip
    done = subprocess.run(cmd, capture_output=True, text=True, check=True)
    counted = re.search(r"Collected : (\d+)", done.stderr)
    letters = re.search(r"letters (\d+)", done.stdout)
    if counted is None or letters is None:
        raise SystemExit(f"callgrind gave no count:\n{done.stderr[-2000:]}")
    return int(counted.group(1)), int(letters.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--stage", choices=(*STAGES, "all"), default="all")
    parser.add_argument("--set", choices=(*SETS, "all"), default="all", dest="which")
    parser.add_argument("--passes", type=int, default=2)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stage, which, passes = args.child
        _run_stage(stage, which, args.corpus, int(passes))
        return
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("benchmarks/instructions.py needs valgrind (apt-get install valgrind)")
    stages = STAGES if args.stage == "all" else (args.stage,)
    sets = SETS if args.which == "all" else (args.which,)
    for which in sets:
        totals = 0.0
        for stage in stages:
            base, _ = _collected(stage, which, args.corpus, 0)
            counted, letters = _collected(stage, which, args.corpus, args.passes)
            if counted <= base:
                raise SystemExit("callgrind counted nothing: instrumentation did not switch on")
            per_letter = (counted - base) / (args.passes * letters) / 1e6
            totals += per_letter
            print(f"{which:8} {stage:8} {per_letter:7.3f} M instructions per letter")
        if len(stages) > 1:
            print(f"{which:8} {'all':8} {totals:7.3f} M instructions per letter")


if __name__ == "__main__":
    main()
