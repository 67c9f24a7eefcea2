"""Throughput of `find_periods` over real earnings-call transcripts (../shared/data/ectsum_train).

Prints MB/s and periods/s for:
- find_periods: one pass of one compiled regex, each hit resolved to a Period (what extraction uses);
- baseline "one regex per form": the naive design, one finditer per period form, then resolved;
- the bare master-regex scan without resolution (an upper bound).

    .venv/bin/python bench/bench_periods.py [--files 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import os
import re
import time
from datetime import date
from pathlib import Path

from thesisledger.periods import FiscalCalendar, find_periods, resolve_period
from thesisledger.periods import parse as _parse

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("THESIS_SHARED", REPO.parent / "shared"))


def _corpus(n_files: int) -> str:
    folder = SHARED / "data" / "ectsum_train" / "transcripts"
    files = sorted(folder.glob("*.txt"))[:n_files]
    if not files:
        raise SystemExit(f"no transcripts under {folder}; set THESIS_SHARED to the shared folder")
    return "\n".join(p.read_text("utf-8", errors="replace") for p in files)


def _best(fn: object, repeat: int) -> tuple[float, int]:
    assert callable(fn)
    best, count = float("inf"), 0
    for _ in range(repeat):
        t0 = time.perf_counter()
        count = fn()
        best = min(best, time.perf_counter() - t0)
    return best, count


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--files", type=int, default=300)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()

    text = _corpus(args.files)
    mb = len(text.encode("utf-8")) / 1e6
    cal, doc = FiscalCalendar(12), date(2020, 6, 30)
    per_form = [
        re.compile(r"(?<![\w.,$€£¥'-])(?:" + pat + r")(?![\w'])", re.IGNORECASE)
        for _, pat in _parse._PATTERNS
    ]

    def one_pass() -> int:
        return sum(1 for _ in find_periods(text, calendar=cal, doc_date=doc))

    def per_form_baseline() -> int:
        n = 0
        for rx in per_form:
            for m in rx.finditer(text):
                try:
                    resolve_period(m[0], calendar=cal, doc_date=doc)
                    n += 1
                except Exception:
                    pass
        return n

    def scan_only() -> int:
        return sum(1 for _ in _parse._MASTER.finditer(text))

    print(f"corpus: {args.files} transcripts, {mb:.1f} MB")
    rows = [
        ("find_periods (one pass)", one_pass),
        ("baseline: one regex per form", per_form_baseline),
        ("master regex scan only", scan_only),
    ]
    results = {}
    for name, fn in rows:
        secs, n = _best(fn, args.repeat)
        results[name] = secs
        print(f"{name:32s} {mb / secs:8.2f} MB/s  {n / secs:10.0f} periods/s  ({n} periods, {secs:.2f} s)")
    speedup = results["baseline: one regex per form"] / results["find_periods (one pass)"]
    print(f"find_periods vs baseline: {speedup:.1f}x")


if __name__ == "__main__":
    main()
