"""Shared fixtures: paths to the real public texts in ../shared/ (never copied into the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from shared_paths import SHARED

# Property tests check what parsers accept, not how fast: on a loaded 2-core machine one example can exceed
# hypothesis' default 200 ms deadline (a CSV written and read in tmp), which failed the suite at random.
settings.register_profile("thesis", deadline=None)
settings.load_profile("thesis")

SEED_NOTE = SHARED / "seed" / "000_13bb4db7d7287c9d.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared/ not found at {SHARED}; set THESIS_SHARED to its path")
    return SHARED


@pytest.fixture(scope="session")
def seed_note_path(shared_dir: Path) -> Path:
    return SEED_NOTE
