"""Throughput of `find_quantities` on earnings-call transcripts, single core.

    python bench/quantity_scan.py [TRANSCRIPTS_DIR] [--repeat N]

Reads every file in the directory (default: $THESIS_SHARED or the nearest shared/ up the tree,
/data/ectsum_train/transcripts), times the
scanner over each file separately (as extraction calls it, one document at a time) and prints
MB/s and quantities/s next to the baseline of a bare digit scan (`re.finditer(r"\\d+")`), the
floor any regex scanner in Python pays. Project target for this scanner: >= 20 MB/s.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import time
from pathlib import Path

from thesisledger.quantities import find_quantities

SUBDIR = Path("data") / "ectsum_train" / "transcripts"


def default_directory() -> Path:
    """$THESIS_SHARED/data/..., else the first `shared/` found walking up from this file."""
    if os.environ.get("THESIS_SHARED"):
        return Path(os.environ["THESIS_SHARED"]) / SUBDIR
    for parent in Path(__file__).resolve().parents:
        if (parent / "shared" / SUBDIR).is_dir():
            return parent / "shared" / SUBDIR
    return Path("../shared") / SUBDIR


TARGET_MB_S = 20.0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", nargs="?", type=Path, default=None)
    ap.add_argument("--repeat", type=int, default=3, help="runs; the best is reported (default 3)")
    args = ap.parse_args(argv)
    args.directory = args.directory or default_directory()
    files = sorted(p for p in args.directory.iterdir() if p.is_file())
    if not files:
        print(f"no files in {args.directory}", file=sys.stderr)
        return 1
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in files]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    find_quantities("warm up the patterns: RMB 9 billion, mid-teens, six months")

    def best(fn: object) -> tuple[float, int]:
        times, count = [], 0
        for _ in range(args.repeat):
            t0 = time.perf_counter()
            count = sum(fn(t) for t in texts)  # type: ignore[operator]
            times.append(time.perf_counter() - t0)
        return min(times), count

    digits = re.compile(r"\d+")
    base_s, base_n = best(lambda t: sum(1 for _ in digits.finditer(t)))
    scan_s, found = best(lambda t: sum(1 for _ in find_quantities(t)))
    print(f"corpus: {len(files)} files, {mb:.1f} MB in {args.directory}")
    print(f"baseline re.finditer(r'\\d+'): {mb / base_s:6.1f} MB/s  ({base_n} digit runs, {base_s:.2f} s)")
    print(
        f"find_quantities:              {mb / scan_s:6.1f} MB/s  {found / scan_s:,.0f} quantities/s "
        f"({found} quantities, {scan_s:.2f} s; target >= {TARGET_MB_S:.0f} MB/s)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
