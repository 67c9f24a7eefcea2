"""Where the bench scripts find the real public texts: one place for all of them."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def find_shared() -> Path:
    """$THESIS_SHARED, else a ../shared beside this checkout or one of its parents (git worktrees), else
    /work/shared."""
    if os.environ.get("THESIS_SHARED"):
        return Path(os.environ["THESIS_SHARED"])
    for base in (REPO, *REPO.parents):
        if (base.parent / "shared" / "seed").is_dir():
            return base.parent / "shared"
    if Path("/work/shared/seed").is_dir():
        return Path("/work/shared")  # the project's machines (as tests/shared_paths.py finds it)
    return REPO.parent / "shared"
