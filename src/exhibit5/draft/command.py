"""The ``exhibit5 draft`` and ``exhibit5 new`` commands, over ``exhibit5.draft``'s Python API."""

from __future__ import annotations

import sys
from pathlib import Path

from rich.console import Console

from exhibit5.draft.api import FORMATS, DraftError, draft, write_outputs
from exhibit5.draft.loader import MatterError, load_matter
from exhibit5.draft.render.text import NotAsciiError
from exhibit5.draft.starters import STARTERS, starter


def run_draft(matter_path: Path, fmt: str, output: Path | None, err: Console) -> int:
    """Draft a matter file. Exit status 0, or 1 when the matter is refused or unreadable.

    Without ``output`` text and HTML go to standard output; DOCX and PDF need a file.
    """
    if fmt not in FORMATS:
        err.print(f"error: unknown format {fmt!r}; use one of {', '.join(FORMATS)}", markup=False)
        return 2
    if output is None and fmt in ("docx", "pdf"):
        err.print(f"error: --format {fmt} writes a binary file: give -o OUT", markup=False)
        return 2
    try:
        matter, warnings = load_matter(matter_path)
        outputs = draft(matter, fmt)
    except MatterError as exc:
        for problem in exc.problems:
            err.print(f"error: {problem}", markup=False)
        return 1
    except (NotAsciiError, DraftError) as exc:
        err.print(f"error: {matter_path}: {exc}", markup=False)
        return 1
    for warning in warnings:
        err.print(f"warning: {warning}", markup=False)
    if output is None:
        for i, item in enumerate(outputs):
            if i:
                sys.stdout.write("\n")
            sys.stdout.write(item.data.decode("ascii"))
        return 0
    for path in write_outputs(outputs, output):
        err.print(f"wrote {path}", markup=False)
    return 0


def run_new(kind: str, err: Console) -> int:
    """Print a commented starter matter for a form (``s8``, ``s3``, ``s1``, ``s4``, ``f3``)."""
    if kind.lower() not in STARTERS:
        err.print(f"error: no starter {kind!r}; choose one of {', '.join(STARTERS)}", markup=False)
        return 2
    sys.stdout.write(starter(kind.lower()))
    return 0
