"""Time `audit_document` on a 50-page transcript (~150 KB of concatenated earnings calls).

    python bench/audit_speed.py [TRANSCRIPTS_DIR] [--kb 150] [--repeat 3]

Claims come from `extract_claims` when it is installed, else from find_quantities + sentences
(metric None, the shape the audit rules must handle). Prints the audit time next to the baseline of
scanning the same text for quantities (what any audit has to pay first). Target: audit < 2 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from thesisledger.audit import audit_document
from thesisledger.documents import Document, DocumentKind, sentence_at, split_sentences
from thesisledger.extract.claim import Claim, ClaimKind, Speaker
from thesisledger.quantities import find_quantities

sys.path.insert(0, str(Path(__file__).parent))
from quantity_scan import default_directory  # noqa: E402

TARGET_S = 2.0


def claims_for(doc: Document) -> tuple[list[Claim], str]:
    try:
        from thesisledger.extract import extract_claims  # type: ignore[attr-defined]
    except ImportError:
        pass
    else:
        return list(extract_claims(doc)), "extract_claims"
    spans = split_sentences(doc.text)
    out = []
    for m in find_quantities(doc.text):
        s, e = sentence_at(spans, m.start) or (m.start, m.end)
        out.append(
            Claim(doc.id, m.start, m.end, m.text, doc.text[s:e], m.quantity, None, ClaimKind.ACTUAL,
                  Speaker.MANAGEMENT, sentence_start=s)
        )
    return out, "find_quantities"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("directory", nargs="?", type=Path, default=None)
    ap.add_argument("--kb", type=int, default=150)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    files = sorted(p for p in (args.directory or default_directory()).iterdir() if p.is_file())
    parts: list[str] = []
    size = 0
    for p in files:
        if size >= args.kb * 1000:
            break
        t = p.read_text("utf-8", errors="replace")
        parts.append(t)
        size += len(t.encode())
    text = "\n\n".join(parts)
    doc = Document(text=text, title="bench", kind=DocumentKind.TRANSCRIPT)
    t0 = time.perf_counter()
    claims, source = claims_for(doc)
    t_claims = time.perf_counter() - t0
    t0 = time.perf_counter()
    sum(1 for _ in find_quantities(text))
    t_scan = time.perf_counter() - t0
    best = float("inf")
    findings = []
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        findings = audit_document(doc, claims, show_passes=True)
        best = min(best, time.perf_counter() - t0)
    fails = sum(1 for f in findings if f.failed)
    print(f"document: {len(text.encode()) / 1000:.0f} KB from {len(parts)} transcripts, {len(claims)} claims ({source}, "
          f"{t_claims:.2f} s)")
    print(f"baseline find_quantities scan: {t_scan:.3f} s")
    print(f"audit_document: {best:.3f} s best of {args.repeat} ({len(claims) / best:,.0f} claims/s); "
          f"{fails} failed, {len(findings) - fails} passed checks; target < {TARGET_S} s: "
          f"{'OK' if best < TARGET_S else 'MISSED'}")
    return 0 if best < TARGET_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
