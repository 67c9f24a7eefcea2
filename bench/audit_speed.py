"""Time `thesis audit` on a ~50-page earnings transcript (about 150-200 KB of real calls).

    python bench/audit_speed.py [TRANSCRIPTS_DIR] [--kb 175] [--repeat 3]

The document is built at run time by concatenating ECTSum transcripts from ../shared (nothing is
copied into the repository). Prints seconds for extract+audit (what `thesis audit` pays) and for
`audit_document` alone on the extracted claims. Target: extract+audit < 2 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from thesisledger.audit import audit_document
from thesisledger.documents import Document, DocumentKind
from thesisledger.extract import extract_claims

sys.path.insert(0, str(Path(__file__).parent))
from quantity_scan import default_directory

TARGET_S = 2.0


def build_document(directory: Path, kb: int) -> tuple[Document, int]:
    """Whole transcripts, in name order, until the text reaches `kb` kilobytes."""
    parts: list[str] = []
    size = 0
    for p in sorted(x for x in directory.iterdir() if x.is_file()):
        if size >= kb * 1000:
            break
        t = p.read_text("utf-8", errors="replace")
        parts.append(t)
        size += len(t.encode())
    text = "\n\n".join(parts)
    return Document(text=text, title="bench", kind=DocumentKind.TRANSCRIPT), len(parts)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", nargs="?", type=Path, default=None)
    ap.add_argument("--kb", type=int, default=175)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    doc, n = build_document(args.directory or default_directory(), args.kb)
    extract_claims(Document(text="Revenue was $1 billion.", title="warm-up"))  # load lexicons once
    best_total = best_audit = float("inf")
    claims_n = fails = checks = 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        claims = extract_claims(doc)
        t1 = time.perf_counter()
        findings = audit_document(doc, claims, show_passes=True)
        t2 = time.perf_counter()
        best_total, best_audit = min(best_total, t2 - t0), min(best_audit, t2 - t1)
        claims_n, checks, fails = len(claims), len(findings), sum(1 for f in findings if f.failed)
    kb = len(doc.text.encode()) / 1000
    pages = kb / 3.5
    print(
        f"document: {kb:.0f} KB (~{pages:.0f} pages at 3.5 KB/page) from {n} transcripts, {claims_n} claims"
    )
    print(f"extract+audit: {best_total:.3f} s best of {args.repeat}")
    passed = checks - fails
    print(f"audit alone:   {best_audit:.3f} s best of {args.repeat} ({fails} failed, {passed} passed checks)")
    ok = best_total < TARGET_S
    print(f"target extract+audit < {TARGET_S} s: {'OK' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
