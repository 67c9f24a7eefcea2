"""Where the real public texts are: $THESIS_SHARED, else ../shared beside the checkout (or a parent of
a git worktree), else /work/shared on the project's machines. Never copied into the repository."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def find_shared() -> Path:
    if os.environ.get("THESIS_SHARED"):
        return Path(os.environ["THESIS_SHARED"]).resolve()
    for base in (REPO, *REPO.parents):
        if (base.parent / "shared" / "seed").is_dir():
            return (base.parent / "shared").resolve()
    if Path("/work/shared/seed").is_dir():
        return Path("/work/shared")
    return (REPO.parent / "shared").resolve()


SHARED = find_shared()
