"""Where the shared corpus of real letters lives, for tests and benchmarks."""

from __future__ import annotations

import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPUS = Path(os.environ.get("EXHIBIT5_CORPUS", ROOT.parent / "shared" / "corpus")).resolve()
EXAMPLES = ROOT / "examples"


def corpus_index() -> list[dict[str, object]]:
    """The shared corpus's index.jsonl, one dict per letter."""
    lines = (CORPUS / "index.jsonl").read_text().splitlines()
    return [json.loads(line) for line in lines if line.strip()]


def corpus_doc(doc_id: str) -> Path:
    """The letter file of a corpus id (.txt or .htm)."""
    for ext in (".txt", ".htm"):
        path = CORPUS / "docs" / f"{doc_id}{ext}"
        if path.exists():
            return path
    raise FileNotFoundError(doc_id)
