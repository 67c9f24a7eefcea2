"""Quality of claim extraction against hand labels: precision / recall / F1 per field.

Usage: python bench/extract_quality.py [LABELS.jsonl ...] [--predictor auto|extract|quantities]
                                       [--errors] [--shared ../shared]

Default labels: every tests/extract/labels/*.jsonl. Each file names its document (relative to
../shared/), company, date, labelled regions and set (dev or heldout); see the README there.
Scores are printed separately for the dev set and the held-out set (never tuned on).

Predictors:
- extract:    thesisledger.extract.extract_claims(doc, company) -> Claim.to_json()
- quantities: baseline, find_quantities only (quantity fields; metric, period, kind, speaker empty)
- auto:       extract when it is importable, else quantities (the output says which ran)

Matching rule and field definitions: thesisledger/extract/evaluate.py.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from _shared import find_shared  # bench/_shared.py (scripts run with bench/ on sys.path)
from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.documents import load_document
from thesisledger.documents.document import Document
from thesisledger.extract.evaluate import (
    FIELDS,
    TARGETS,
    LabelFile,
    Mismatch,
    Scores,
    load_labels,
    resolve_offsets,
    score,
)
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.quantities import find_quantities

REPO = Path(__file__).resolve().parents[1]
LABELS = REPO / "tests" / "extract" / "labels"

Predictor = Callable[[Document, CompanyProfile | None], list[dict[str, Any]]]


def predict_quantities(doc: Document, company: CompanyProfile | None) -> list[dict[str, Any]]:
    """Baseline: every quantity find_quantities yields, with no metric, period, kind or speaker."""
    out = []
    for m in find_quantities(doc.text):
        out.append({"start": m.start, "end": m.end, "span_text": m.text, **m.quantity.to_dict()})
    return out


def extract_predictor() -> Predictor | None:
    try:
        mod = importlib.import_module("thesisledger.extract")
        fn = mod.extract_claims
    except (ImportError, AttributeError):
        return None

    def predict(doc: Document, company: CompanyProfile | None) -> list[dict[str, Any]]:
        return [c.to_json() for c in fn(doc, company)]

    return predict


def choose(name: str) -> tuple[str, Predictor]:
    if name == "quantities":
        return "quantities (baseline: find_quantities only)", predict_quantities
    ext = extract_predictor()
    if ext is not None:
        return "extract (extract_claims)", ext
    if name == "extract":
        raise SystemExit(
            "thesisledger.extract.extract_claims is not available yet; use --predictor quantities"
        )
    return "quantities (baseline: find_quantities only; extract_claims not available)", predict_quantities


def run_file(lf: LabelFile, shared: Path, predict: Predictor) -> Scores | None:
    path = lf.doc_path(shared)
    if not path.is_file():
        print(f"  skip {lf.path.name}: {path} not found", file=sys.stderr)
        return None
    doc = load_document(path, date=lf.date, company=lf.company)
    profile = find_profile(lf.company) if lf.company else None
    gold = resolve_offsets(lf.claims, doc.text)
    cal = profile.calendar if profile else FiscalCalendar.calendar_year()
    return score(predict(doc, profile), gold, regions=lf.regions, calendar=cal)


def print_table(title: str, s: Scores) -> None:
    print(f"\n{title}: {s.n_gold} labels, {s.n_pred} predictions in labelled regions")
    print(f"  {'field':<9} {'prec':>6} {'recall':>7} {'F1':>6}   target (recall)")
    for f in FIELDS:
        fs = s.field(f)
        t = TARGETS.get(f)
        mark = "" if t is None else f">= {t:.2f}  {'ok' if fs.recall >= t else 'MISSED'}"
        print(f"  {f:<9} {fs.precision:6.3f} {fs.recall:7.3f} {fs.f1:6.3f}   {mark}")


def _short(d: Any, keys: tuple[str, ...]) -> str:
    if d is None:
        return "-"
    return " ".join(f"{k}={d.get(k)}" for k in keys if k in d)


def print_errors(name: str, mism: tuple[Mismatch, ...]) -> None:
    print(f"\nerrors in {name}:")
    for m in mism:
        ref = m.gold if m.gold is not None else m.pred
        assert ref is not None
        where = f"{ref['start']}:{ref['end']} {ref.get('span_text')!r}"
        if m.field == "missed":
            print(f"  missed    {where}")
        elif m.field == "spurious":
            print(f"  spurious  {where}")
        else:
            keys = ("value", "low", "high") if m.field == "value" else (m.field,)
            if m.field == "period":
                keys = ("period", "period_start", "period_end")
            print(f"  {m.field:<9} {where}: gold {_short(m.gold, keys)} | pred {_short(m.pred, keys)}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("labels", nargs="*", type=Path)
    ap.add_argument("--predictor", choices=["auto", "extract", "quantities"], default="auto")
    ap.add_argument("--errors", action="store_true", help="list every mismatch, missed and spurious claim")
    ap.add_argument("--shared", type=Path, default=None)
    args = ap.parse_args(argv)
    shared = args.shared or find_shared()
    files = args.labels or sorted(LABELS.glob("*.jsonl"))
    label, predict = choose(args.predictor)
    print(f"predictor: {label}")
    totals: dict[str, Scores] = {}
    for path in files:
        lf = load_labels(path)
        s = run_file(lf, shared, predict)
        if s is None:
            continue
        span = s.field("span")
        print(
            f"  [{lf.split:<7}] {path.name:<34} labels {s.n_gold:4d}"
            f"  span P {span.precision:.3f} R {span.recall:.3f}"
        )
        totals[lf.split] = totals.get(lf.split, Scores.empty()) + s
        if args.errors:
            print_errors(path.name, s.mismatches)
    for split in sorted(totals, key=lambda k: (k != "dev", k)):
        print_table("held-out set (never tuned on)" if split == "heldout" else f"{split} set", totals[split])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
