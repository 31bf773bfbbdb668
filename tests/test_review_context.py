"""The review context's shortcuts find what a plain scan finds."""

from __future__ import annotations

from pathlib import Path

import pytest

import exhibit5
from exhibit5.review import context
from exhibit5.review.context import MENTIONS, Context
from tests.shared import ROOT


def test_mentions_found_through_shortcuts_equal_a_full_scan(corpus: Path) -> None:
    """Start words, line starts and needles looked for after the scan change no match."""
    paths = sorted((corpus / "docs").iterdir()) + sorted(
        (ROOT / "tests" / "fixtures" / "review").glob("*.txt")
    )
    assert len([kind for kind, m in MENTIONS.items() if m.starts]) >= 8
    checked = 0
    for path in paths:
        for doc in exhibit5.read(path):
            ctx = Context(doc, exhibit5.extract(doc))
            for kind, (pattern, needles, _) in MENTIONS.items():
                fast = [m.span() for m in ctx.mentions(kind)]
                full = [m.span() for m in pattern.finditer(doc.text)]
                if needles and not any(n in doc.text.lower() for n in needles):
                    full = []
                assert fast == full, (path.name, kind)
                checked += len(full)
    assert checked > 150


LINES = [
    "(a) first\n\n(b) second\nnot (c) here\n  \n1. third\n\n\nRe: Form S-8\n/s/ Ann",
    "\n\n  /s/ Ann Lee\n\n/s/\n\n/s/ Bo",
    "RE : Shares\nSubject: Notes (ii) \n(ii) two\n12. twelve",
]


@pytest.mark.parametrize(
    "kind", [k for k, m in MENTIONS.items() if m.pattern.pattern[:5] == "(?m)^"]
)
def test_line_start_patterns_match_at_the_top_and_after_blank_lines(kind: str) -> None:
    pattern = MENTIONS[kind].pattern
    for text in LINES:
        got = [m.span() for m in context._at_line_starts(kind).finditer(text)]
        assert got == [m.span() for m in pattern.finditer(text)], (kind, text)


def test_mentions_without_start_words_open_so_that_re_can_skip_ahead() -> None:
    """A mention with no start words is scanned by re over the whole letter: it must open at
    line starts, with a literal character, or with an escaped one ("\\(")."""
    for kind, mention in MENTIONS.items():
        if mention.starts:
            continue
        source = mention.pattern.pattern
        opens = (
            source.startswith("(?m)^")
            or source[0].isalnum()
            or source[0] in ",;:/\"'"
            or (source[0] == "\\" and not source[1].isalnum())
        )
        assert opens, kind
