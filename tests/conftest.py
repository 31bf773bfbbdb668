"""Shared test fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.shared import CORPUS


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not CORPUS.exists():
        pytest.fail(f"shared corpus not found at {CORPUS} (set EXHIBIT5_CORPUS)")
    return CORPUS
