"""One hash over every claim extracted from every text in ../shared/: a speed change must not move it.

Every .txt, .md and .html/.htm file under the shared folder (seed/, data/press_releases/,
data/ectsum_train/transcripts/ and reuters_bullets/, the READMEs ...) is loaded with `load_document`
and given to `extract_claims` with no company, as bench/extract_speed.py does. Each claim is
serialised with `Claim.to_json()` (sorted keys, one JSON line) under its file's path relative to the
shared folder; a file that fails to load contributes its error class instead. Printed: the number of
files, the number of claims and one sha256 over all of it.

--per-file OUT writes one "sha256  claims  path" line per file, so two runs that disagree can be
compared with `diff` to find the file that changed.

--dated gives each transcript named TICKER_qN_YYYY a call date 25 days after its calendar quarter ends
(the date a call usually falls on). Undated, a call has no reported quarter and most period rules stop at
their first test; dated, they run, so a speed change to period code must keep the dated hash too.

Usage: python bench/extract_identity.py [--shared ../shared] [--per-file OUT] [--dated]
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import re
import time
from pathlib import Path

from _shared import find_shared  # bench/_shared.py (scripts run with bench/ on sys.path)
from thesisledger.documents import load_document
from thesisledger.errors import InputError
from thesisledger.extract import extract_claims

REPO = Path(__file__).resolve().parents[1]
SUFFIXES = {".txt", ".md", ".html", ".htm"}
_CALL_NAME = re.compile(r"[A-Z.]+_q([1-4])_(\d{4})")


def text_files(shared: Path) -> list[Path]:
    """Every text file under `shared`, sorted by relative path (the hash must not depend on listing order)."""
    found = [p for p in shared.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES]
    if not found:
        raise SystemExit(f"no text files under {shared}; pass --shared")
    return sorted(found, key=lambda p: p.relative_to(shared).as_posix())


def call_date(path: Path) -> dt.date | None:
    """25 days after the calendar quarter a transcript's name gives (AMT_q3_2021 -> 2021-10-25), else None."""
    m = _CALL_NAME.fullmatch(path.stem)
    if m is None:
        return None
    quarter, year = int(m.group(1)), int(m.group(2))
    first_after = dt.date(year + 1, 1, 1) if quarter == 4 else dt.date(year, 3 * quarter + 1, 1)
    return first_after + dt.timedelta(days=24)


def file_lines(path: Path, rel: str, dated: bool = False) -> tuple[list[bytes], int]:
    """(serialised lines, number of claims) for one file."""
    try:
        doc = load_document(path, date=call_date(path) if dated else None)
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
    ap.add_argument("--dated", action="store_true", help="give transcripts a call date from their file name")
    args = ap.parse_args(argv)
    shared = (args.shared or find_shared()).resolve()
    files = text_files(shared)
    total = hashlib.sha256()
    n_claims = 0
    per_file: list[str] = []
    t0 = time.process_time()
    for path in files:
        rel = path.relative_to(shared).as_posix()
        lines, n = file_lines(path, rel, args.dated)
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
    print(f"sha256{' (dated)' if args.dated else ''}: {total.hexdigest()}")
    print(f"cpu s: {cpu:.1f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
