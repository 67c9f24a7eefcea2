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


def sample_sentences(shared: Path) -> list[str]:
    """The sentences of a fixed sample of real texts (3 notes, 6 releases, 12 calls): what the fast-path
    tests run both the fast and the plain code on."""
    from thesisledger.documents import load_document, split_sentences

    files = sorted(shared.glob("seed/*.txt"))[:3]
    files += sorted(shared.glob("data/press_releases/*.txt"))[:6]
    files += sorted(shared.glob("data/ectsum_train/transcripts/*.txt"))[:12]
    out: list[str] = []
    for f in files:
        text = load_document(f).text
        out.extend(text[a:b] for a, b in split_sentences(text))
    return out
