"""False-positive sweep: audit each ECTSum transcript in ../shared on its own and count failures.

    python bench/audit_precision.py [TRANSCRIPTS_DIR] [--range 0:300] [--show]

The transcripts are published earnings calls, taken as correct, so every high-severity failure is
presumed a false positive (read them with --show). Prints counts per rule and the passes that show
which checks fired.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from thesisledger.audit import Severity, audit_document, render_findings
from thesisledger.documents.load import load_document
from thesisledger.extract import extract_claims

sys.path.insert(0, str(Path(__file__).parent))
from quantity_scan import default_directory


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", nargs="?", type=Path, default=None)
    ap.add_argument("--range", default="0:300", help="slice of the sorted file list, e.g. 300:800")
    ap.add_argument("--show", action="store_true", help="print every high or medium failure")
    args = ap.parse_args(argv)
    lo, hi = (int(x) for x in args.range.split(":"))
    files = sorted(p for p in (args.directory or default_directory()).iterdir() if p.is_file())[lo:hi]
    fails: Counter[str] = Counter()
    passes: Counter[str] = Counter()
    t0 = time.perf_counter()
    for p in files:
        doc = load_document(p)
        found = audit_document(doc, extract_claims(doc), show_passes=True)
        passes.update(f.rule for f in found if not f.failed)
        bad = [f for f in found if f.failed and f.severity is not Severity.LOW]
        fails.update(f"{f.severity.value} {f.rule}" for f in bad)
        if args.show and bad:
            print(f"===== {p.name}\n{render_findings(bad, doc.text)}\n")
    high = sum(n for k, n in fails.items() if k.startswith("high"))
    print(f"{len(files)} transcripts in {time.perf_counter() - t0:.1f} s: {high} high-severity failures")
    print("failures (high/medium):", dict(sorted(fails.items())))
    print("passes:", dict(sorted(passes.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
