"""Commented starter matters, one per form: ``exhibit5 new s8 > matter.yaml``."""

from __future__ import annotations

from pathlib import Path

_HERE = Path(__file__).parent
STARTERS = tuple(sorted(p.stem for p in _HERE.glob("*.yaml")))


def starter(kind: str) -> str:
    return (_HERE / f"{kind}.yaml").read_text(encoding="utf-8")
