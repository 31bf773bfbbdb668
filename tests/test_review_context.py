"""The review context's shortcuts find what a plain scan finds."""

from __future__ import annotations

from pathlib import Path

import exhibit5
from exhibit5.review.context import MENTIONS, Context
from tests.shared import ROOT


def test_mentions_tried_only_at_start_words_equal_a_full_scan(corpus: Path) -> None:
    paths = sorted((corpus / "docs").iterdir()) + sorted(
        (ROOT / "tests" / "fixtures" / "review").glob("*.txt")
    )
    anchored = [kind for kind, m in MENTIONS.items() if m.starts]
    assert len(anchored) >= 8
    checked = 0
    for path in paths:
        for doc in exhibit5.read(path):
            ctx = Context(doc, exhibit5.extract(doc))
            for kind in anchored:
                fast = [(m.start(), m.end()) for m in ctx.mentions(kind)]
                full = [(m.start(), m.end()) for m in MENTIONS[kind].pattern.finditer(doc.text)]
                assert fast == full, (path.name, kind)
                checked += len(full)
    assert checked > 150
