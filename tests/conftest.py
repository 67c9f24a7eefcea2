"""Shared fixtures: paths to the real public texts in ../shared/ (never copied into the repo)."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_paths import SHARED

SEED_NOTE = SHARED / "seed" / "000_13bb4db7d7287c9d.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"../shared/ not found at {SHARED}; set THESIS_SHARED to its path")
    return SHARED


@pytest.fixture(scope="session")
def seed_note_path(shared_dir: Path) -> Path:
    return SEED_NOTE
