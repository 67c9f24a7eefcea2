"""Which files a corpus run reads: DIR, GLOB or FILE arguments expanded to document files."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from pathlib import Path

from thesisledger.errors import InputError

DOCUMENT_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".pdf"})
"""What a directory argument contributes (recursively); a glob or a file name is taken as given."""

_GLOB_CHARS = frozenset("*?[")


def expand_paths(inputs: str | Path | Iterable[str | Path]) -> list[Path]:
    """The files named by each input, sorted and without repeats.

    An input is a file, a directory (every document file below it, see DOCUMENT_SUFFIXES) or a glob
    pattern (`**` recurses). An input that names nothing is an InputError: a typo must not look
    like an empty corpus.
    """
    items = [inputs] if isinstance(inputs, str | Path) else list(inputs)
    if not items:
        raise InputError("no input given; name a directory, a glob pattern such as 'calls/*.txt', or files")
    found: dict[Path, None] = {}
    for item in items:
        text = str(item)
        p = Path(text).expanduser()
        if p.is_dir():
            matches = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in DOCUMENT_SUFFIXES]
            if not matches:
                raise InputError(
                    f"{p} holds no document files ({', '.join(sorted(DOCUMENT_SUFFIXES))}); "
                    "give a glob pattern to pick other files"
                )
        elif p.is_file():
            matches = [p]
        elif _GLOB_CHARS & set(text):
            root = Path(p.anchor) if p.is_absolute() else Path()
            matches = [
                m for m in root.glob(str(p.relative_to(root) if p.is_absolute() else p)) if m.is_file()
            ]
            if not matches:
                raise InputError(f"the pattern {text!r} matches no file; check it (quote it in the shell)")
        else:
            raise InputError(f"{p}: no such file or directory")
        for m in matches:
            found.setdefault(m.resolve(), None)
    return sorted(found)


def file_hash(path: Path) -> str:
    """sha256 of the file's bytes: a re-run skips a file it has already stored without reading it twice."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
