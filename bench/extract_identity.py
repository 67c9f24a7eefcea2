"""One hash over every claim extracted from every text in ../shared/: a speed change must not move it.

Every .txt, .md and .html/.htm file under the shared folder (seed/, data/press_releases/,
data/ectsum_train/transcripts/ and reuters_bullets/, the READMEs ...) is loaded with `load_document`
and given to `extract_claims` with no company, as bench/extract_speed.py does. Each claim is
serialised with `Claim.to_json()` (sorted keys, one JSON line) under its file's path relative to the
shared folder; a file that fails to load contributes its error class instead. Printed: the number of
files, the number of claims and one sha256 over all of it.

--per-file OUT writes one "sha256  claims  path" line per file, so two runs that disagree can be
compared with `diff` to find the file that changed.

Usage: python bench/extract_identity.py [--shared ../shared] [--per-file OUT]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import time
from pathlib import Path

from _shared import find_shared  # bench/_shared.py (scripts run with bench/ on sys.path)
from thesisledger.documents import load_document
from thesisledger.errors import InputError
from thesisledger.extract import extract_claims

REPO = Path(__file__).resolve().parents[1]
SUFFIXES = {".txt", ".md", ".html", ".htm"}


def text_files(shared: Path) -> list[Path]:
    """Every text file under `shared`, sorted by relative path (the hash must not depend on listing order)."""
    found = [p for p in shared.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
    if not found:
        raise SystemExit(f"no text files under {shared}; pass --shared")
    return sorted(found, key=lambda p: p.relative_to(shared).as_posix())


def file_lines(path: Path, rel: str) -> tuple[list[bytes], int]:
    """(serialised lines, number of claims) for one file."""
    try:
        doc = load_document(path)
    except InputError as e:
        return [f"{rel}\terror\t{type(e).__name__}\n".encode()], 0
    claims = extract_claims(doc, None)
    lines = [
        f"{rel}\t{json.dumps(c.to_json(), sort_keys=True, ensure_ascii=False)}\n".encode() for c in claims
    ]
    return [f"{rel}\tfile\n".encode(), *lines], len(claims)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=None)
    ap.add_argument("--per-file", type=Path, default=None, help="write one hash line per file here")
    args = ap.parse_args(argv)
    shared = (args.shared or find_shared()).resolve()
    files = text_files(shared)
    total = hashlib.sha256()
    n_claims = 0
    per_file: list[str] = []
    t0 = time.process_time()
    for path in files:
        rel = path.relative_to(shared).as_posix()
        lines, n = file_lines(path, rel)
        h = hashlib.sha256()
        for line in lines:
            total.update(line)
            h.update(line)
        n_claims += n
        per_file.append(f"{h.hexdigest()}  {n}  {rel}\n")
    cpu = time.process_time() - t0
    if args.per_file:
        args.per_file.write_text("".join(per_file), encoding="utf-8")
    print(f"files: {len(files)}")
    print(f"claims: {n_claims}")
    print(f"sha256: {total.hexdigest()}")
    print(f"cpu s: {cpu:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
