"""Shared fixtures: paths to the real public texts in ../shared/ (never copied into the repo)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]

def _find_shared() -> Path:
    """THESIS_SHARED, else ../shared beside this checkout, else beside the main checkout of a git worktree."""
    if os.environ.get("THESIS_SHARED"):
        return Path(os.environ["THESIS_SHARED"]).resolve()
    for base in (REPO, *REPO.parents):
        if (base.parent / "shared" / "seed").is_dir():
            return (base.parent / "shared").resolve()
    return (REPO.parent / "shared").resolve()


SHARED = _find_shared()
SEED_NOTE = SHARED / "seed" / "000_13bb4db7d7287c9d.txt"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.fail(f"../shared/ not found at {SHARED}; set THESIS_SHARED to its path")
    return SHARED


@pytest.fixture(scope="session")
def seed_note_path(shared_dir: Path) -> Path:
    return SEED_NOTE
