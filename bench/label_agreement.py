"""Agreement between two labellers on the same document: the human ceiling for the extraction targets.

Usage: python bench/label_agreement.py A.jsonl B.jsonl [A2.jsonl B2.jsonl ...] [--shared ../shared]

Each pair is two label files of one document (same `doc`, written independently under
tests/extract/labels/README.md). The spans are matched as bench/extract_quality.py matches predictions to
labels, and for each field the share of A's labels that B labelled the same way is printed (B's
"recall" against A), then the same the other way round, and their mean. A field on which two careful
people agree 85% of the time cannot be asked of a program at 0.95.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from _shared import find_shared  # bench/_shared.py (scripts run with bench/ on sys.path)
from thesisledger.companies import find_profile
from thesisledger.documents import load_document
from thesisledger.extract.evaluate import FIELDS, Scores, load_labels, resolve_offsets, score
from thesisledger.periods.calendar import FiscalCalendar


def agreement(a: Path, b: Path, shared: Path) -> tuple[Scores, Scores]:
    """(B scored against A, A scored against B) for one document."""
    la, lb = load_labels(a), load_labels(b)
    if Path(la.doc).name != Path(lb.doc).name:
        raise SystemExit(f"{a} labels {la.doc} but {b} labels {lb.doc}: pair files of the same document")
    doc = load_document(la.doc_path(shared), date=la.date, company=la.company)
    profile = find_profile(la.company) if la.company else None
    cal = profile.calendar if profile else FiscalCalendar.calendar_year()
    ga, gb = resolve_offsets(la.claims, doc.text), resolve_offsets(lb.claims, doc.text)
    # only where both labelled completely: A's regions apply to B's labels and the other way round
    ga_in = [c for c in ga if lb.regions is None or any(x <= c["start"] < y for x, y in lb.regions)]
    gb_in = [c for c in gb if la.regions is None or any(x <= c["start"] < y for x, y in la.regions)]
    return score(gb_in, ga_in, calendar=cal), score(ga_in, gb_in, calendar=cal)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path, help="pairs: A.jsonl B.jsonl ...")
    ap.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args(argv)
    if len(args.files) % 2:
        raise SystemExit("give label files in pairs (A B), one pair per document")
    shared = args.shared or find_shared()
    b_vs_a = a_vs_b = Scores.empty()
    for a, b in zip(args.files[::2], args.files[1::2], strict=True):
        x, y = agreement(a, b, shared)
        print(f"{a.name} ({x.n_gold} labels) vs {b.name} ({y.n_gold} labels)")
        b_vs_a, a_vs_b = b_vs_a + x, a_vs_b + y
    print(f"\n  {'field':<9} {'B on A':>7} {'A on B':>7} {'mean':>7}")
    for f in FIELDS:
        r1, r2 = b_vs_a.field(f).recall, a_vs_b.field(f).recall
        print(f"  {f:<9} {r1:7.3f} {r2:7.3f} {(r1 + r2) / 2:7.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
