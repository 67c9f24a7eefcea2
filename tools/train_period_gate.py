"""Train and cross-validate a learned "no period" gate for transcript claims (an experiment: no gate ships).

Usage (from the repository root):
    PYTHONPATH=src python tools/train_period_gate.py [--labels dev_X.jsonl ...] [--l2 0.001] [--cost 2]
                                                    [--rows all|unkeyed] [--write weights.json]

The question: can a small classifier tell which claims the extractor dates, but the labels give no period
(background facts, capacities, plans, market sizes, set counts, authorizations...), well enough to clear
those periods on calls it was not trained on?

What it does: runs the extractor on every dev label file (tests/extract/labels/dev_*.jsonl: not the seed
note, not the held-out sets, not /work/dev7), matches its claims to the labels as bench/extract_quality.py
does (thesisledger.extract.evaluate), and makes one row per matched claim with a period: cheap features of
the claim (`features`), target = the label's period is null. A logistic regression with L2 (numpy, Nesterov
gradient steps from zero: deterministic). Features: kind, metric or none, unit kind, bound, speaker, the
period's kind and how it stands to the reported quarter, whether the sentence (and the text near the number)
has a period word, prepared remarks or Q&A, and the lower-case words of the sentence, of the 60 characters
before the number and of the 40 after it (as written: capitalised names are not words here; only features
seen in >= 3 training calls are kept, so no company names or tickers).

Leave-one-call-out: each fold trains on the other calls, picks the threshold on their own inner
cross-validated scores (`--inner` folds by call) as the best fixed - COST * broken, and scores the left-out
call. Printed per fold and pooled: period recall as it is and gated, fixed / broken counts, the other fields
(the gate cannot move them), and, as a ceiling, fixed / broken among the top-k pooled out-of-fold scores
and at each threshold chosen in hindsight.

Result on 2026-12-03 (main 8d4059b, 40 dev calls, 3,110 labels, 2,911 rows, 88 with no period in the
labels): the pooled out-of-fold ranking has AUC ~0.89, but its top holds more right periods than null ones
(label null / period right among the top 20: 3 / 9; top 80: 18 / 39), so no threshold helps, even one
chosen in hindsight, and the inner folds pick none: pooled gain +0.000 (l2 0.001, 0.0003, 0.003; --cost 1:
-0.001, 3 broken in TRV). Also tried and no better: claims with no metric only (`--rows unkeyed`, AUC 0.76,
top 20: 5 / 6), structure features only (no words), near words only, and the span's last word and the
words right next to the number. The claims it ranks highest are small set counts, thresholds, headcounts
and cumulative counts, which the dev labels date about two times in three (the README's open questions
list several). No gate was merged. `--write PATH` writes the weights trained on all dev calls (to read).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "bench"))

from _shared import find_shared  # noqa: E402  (bench/_shared.py)
from thesisledger.companies import find_profile  # noqa: E402
from thesisledger.documents import load_document  # noqa: E402
from thesisledger.documents.structure import Section  # noqa: E402
from thesisledger.extract.claim import Claim  # noqa: E402
from thesisledger.extract.evaluate import FIELDS, field_equal, load_labels, match, resolve_offsets  # noqa: E402
from thesisledger.extract.extractor import _Extractor  # noqa: E402
from thesisledger.periods.calendar import FiscalCalendar  # noqa: E402
from thesisledger.periods.period import Period, PeriodKind  # noqa: E402

LABELS = REPO / "tests" / "extract" / "labels"
GRID = [round(0.30 + 0.01 * i, 2) for i in range(70)]  # thresholds tried, 0.30 .. 0.99
NEVER = 1.01  # the threshold of a gate that never fires

# -- features --------------------------------------------------------------------------------------

_WORD = re.compile(r"(?<![\w'])[a-z]+(?:'[a-z]+)?(?!\w)")  # lower-case as written: no names, no tickers
_PERIOD_WORDS = re.compile(
    r"\b(?:quarters?|years?|months?|fiscal|ytd|fy\d*|q[1-4]|h[12]|(?:19|20)\d\d|annual(?:ly)?|half|"
    r"january|february|march|april|may|june|july|august|september|october|november|december)\b"
)
_BEFORE = 60  # characters read before the number for its near words
_AFTER = 40


def features(claim: Claim, reported: Period | None, in_qa: bool) -> list[str]:
    """A claim's sparse 0/1 features, by name (computed from the claim and its sentence only)."""
    q = claim.quantity
    out = [
        f"kind={claim.kind.value}",
        f"metric={claim.metric or 'none'}",
        f"unit={q.unit.kind.value}",
        f"bound={q.bound.value}",
        f"speaker={claim.speaker.value}",
        f"kind_metric={claim.kind.value}|{'none' if claim.metric is None else 'some'}",
        "qa" if in_qa else "prepared",
    ]
    p = claim.period
    if p is not None:
        out.append(f"pkind={p.kind.value}")
        if reported is not None:
            if p == reported:
                rel = "reported"
            elif p.start <= reported.end <= p.end:
                rel = "contains"
            elif p.end < reported.start:
                rel = "past"
            elif p.start > reported.end:
                rel = "future"
            else:
                rel = "other"
            out += [f"prel={rel}", f"pkind_rel={p.kind.value}|{rel}"]
    text, low = claim.sentence, claim.sentence.lower()
    qs, qe = claim.start - claim.sentence_start, claim.end - claim.sentence_start
    out.append("names_period" if _PERIOD_WORDS.search(low) else "no_period_words")
    if _PERIOD_WORDS.search(low, max(0, qs - _BEFORE), min(len(low), qe + _AFTER)):
        out.append("period_near")
    out += sorted({"w:" + w for w in _WORD.findall(text)})
    out += sorted({"b:" + w for w in _WORD.findall(text, max(0, qs - _BEFORE), qs)})
    out += sorted({"a:" + w for w in _WORD.findall(text, qe, min(len(text), qe + _AFTER))})
    return out


# -- data ------------------------------------------------------------------------------------------


@dataclass
class Call:
    name: str
    preds: list[dict[str, Any]]  # every in-region prediction (to_json)
    gold: list[dict[str, Any]]
    pairs: list[tuple[int, int]]
    calendar: FiscalCalendar
    # (pred index, features, label period null, pred period right)
    rows: list[tuple[int, list[str], bool, bool]]


def read_call(path: Path, shared: Path) -> Call:
    lf = load_labels(path)
    doc = load_document(lf.doc_path(shared), date=lf.date, company=lf.company)
    profile = find_profile(lf.company) if lf.company else None
    ex = _Extractor(doc, profile)  # the pipeline extract_claims runs, keeping its reported quarter and turns
    qa_start = next((t.start for t in ex.turns if t.section is Section.QA), None)
    regions = lf.regions
    keep = [c for c in ex.run() if regions is None or any(a <= c.start < b for a, b in regions)]
    preds = [c.to_json() for c in keep]
    gold = resolve_offsets(lf.claims, doc.text)
    cal = profile.calendar if profile else FiscalCalendar.calendar_year()
    pairs = match(preds, gold)
    rows = []
    for pi, gi in pairs:
        c = keep[pi]
        if c.period is None or c.period.kind is PeriodKind.OPEN:  # to_json gives these no period already
            continue
        names = features(c, ex.reported, qa_start is not None and c.start >= qa_start)
        right = field_equal("period", preds[pi], gold[gi], cal)
        rows.append((pi, names, gold[gi].get("period") is None, right))
    return Call(path.name, preds, gold, pairs, cal, rows)


# -- logistic regression ---------------------------------------------------------------------------


@dataclass
class Design:
    """A sparse 0/1 design matrix as (row, column) index pairs, with the targets."""

    rows: np.ndarray
    cols: np.ndarray
    n: int
    d: int
    y: np.ndarray

    def dot(self, w: np.ndarray, b: float) -> np.ndarray:
        return np.bincount(self.rows, weights=w[self.cols], minlength=self.n) + b

    def tdot(self, r: np.ndarray) -> np.ndarray:
        return np.bincount(self.cols, weights=r[self.rows], minlength=self.d)


def vocabulary(calls: list[Call], min_docs: int) -> list[str]:
    """Features seen in at least `min_docs` of the calls."""
    seen: Counter[str] = Counter()
    for c in calls:
        seen.update({n for _, names, _, _ in c.rows for n in names})
    return sorted(n for n, k in seen.items() if k >= min_docs)


def design(calls: list[Call], vocab: dict[str, int]) -> Design:
    rows = [r for c in calls for r in c.rows]
    ri: list[int] = []
    ci: list[int] = []
    for i, (_, names, _, _) in enumerate(rows):
        for j in sorted({vocab[n] for n in names if n in vocab}):
            ri.append(i)
            ci.append(j)
    y = np.array([1.0 if r[2] else 0.0 for r in rows])
    return Design(np.array(ri, dtype=np.int64), np.array(ci, dtype=np.int64), len(rows), len(vocab), y)


def fit(x: Design, l2: float, steps: int = 500) -> tuple[np.ndarray, float]:
    """Minimise mean log-loss + l2/2 |w|^2 (bias free) by Nesterov steps of 1/L from zero."""
    n, d, y = x.n, x.d, x.y
    # L = |[X 1]|^2 / 4n + l2, the norm by power iteration from a fixed start (deterministic)
    v, vb = np.ones(d), 1.0
    for _ in range(30):
        u = x.dot(v, vb)
        v, vb = x.tdot(u), float(u.sum())
        norm = float(np.sqrt(v @ v + vb * vb))
        v, vb = v / norm, vb / norm
    u = x.dot(v, vb)
    step = 1.0 / (float(u @ u) / (4 * n) + l2)
    w, b = np.zeros(d), 0.0
    pw, pb = w.copy(), b
    for k in range(1, steps + 1):
        m = (k - 1) / (k + 2)
        lw, lb = w + m * (w - pw), b + m * (b - pb)
        r = (1.0 / (1.0 + np.exp(-np.clip(x.dot(lw, lb), -30, 30))) - y) / n
        pw, pb = w, b
        w, b = lw - step * (x.tdot(r) + l2 * lw), lb - step * float(r.sum())
    return w, b


@dataclass(frozen=True)
class Setup:
    l2: float
    min_docs: int
    cost: float
    inner: int


def scores_of(calls: list[Call], train: list[Call], st: Setup) -> list[np.ndarray]:
    """P(no period) for the rows of each call in `calls`, from a model fitted on `train`."""
    vocab = {n: j for j, n in enumerate(vocabulary(train, st.min_docs))}
    w, b = fit(design(train, vocab), st.l2)
    return [1.0 / (1.0 + np.exp(-design([c], vocab).dot(w, b))) for c in calls]


def tally(calls: list[Call], probs: list[np.ndarray], t: float) -> tuple[int, int, int]:
    """(fixed, broken, other) rows the gate clears at threshold t: label null / period right / both wrong."""
    fixed = broken = other = 0
    for c, p in zip(calls, probs, strict=True):
        for (_, _, null, right), pr in zip(c.rows, p, strict=True):
            if pr >= t:
                if null:
                    fixed += 1
                elif right:
                    broken += 1
                else:
                    other += 1
    return fixed, broken, other


def pick_threshold(calls: list[Call], probs: list[np.ndarray], cost: float) -> float:
    """The grid threshold with the best fixed - cost * broken > 0 (ties: the higher); NEVER if none helps."""
    best, best_t = 0.0, NEVER
    for t in GRID:
        f, b, _ = tally(calls, probs, t)
        if f - cost * b > 0 and f - cost * b >= best:
            best, best_t = f - cost * b, t
    return best_t


def inner_probs(train: list[Call], st: Setup) -> list[np.ndarray]:
    """Out-of-fold P(no period) for each training call, `st.inner` folds by call (round-robin, fixed)."""
    out: dict[int, np.ndarray] = {}
    for g in range(st.inner):
        held = [i for i in range(len(train)) if i % st.inner == g]
        rest = [c for i, c in enumerate(train) if i % st.inner != g]
        out.update(zip(held, scores_of([train[i] for i in held], rest, st), strict=True))
    return [out[i] for i in range(len(train))]


def field_counts(c: Call, cleared: set[int]) -> Counter[str]:
    """Right fields over the call's matched pairs, with the periods of `cleared` predictions set to null."""
    right: Counter[str] = Counter()
    for pi, gi in c.pairs:
        pred = c.preds[pi]
        if pi in cleared:
            pred = {**pred, "period": None, "period_start": None, "period_end": None}
        for f in FIELDS:
            if field_equal(f, pred, c.gold[gi], c.calendar):
                right[f] += 1
    return right


def cross_validate(calls: list[Call], st: Setup) -> tuple[list[np.ndarray], float]:
    """Leave-one-call-out; prints per fold and pooled. Returns the out-of-fold scores and the pooled gain."""
    n_gold = sum(len(c.gold) for c in calls)
    oof: list[np.ndarray] = []
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    tf = tb = to = 0
    for k, c in enumerate(calls):
        train = [o for i, o in enumerate(calls) if i != k]
        t = pick_threshold(train, inner_probs(train, st), st.cost) if st.inner >= 2 else 0.5
        p = scores_of([c], train, st)[0]
        oof.append(p)
        f, b, o = tally([c], [p], t)
        tf, tb, to = tf + f, tb + b, to + o
        cleared = {pi for (pi, _, _, _), pr in zip(c.rows, p, strict=True) if pr >= t}
        b0, a0 = field_counts(c, set()), field_counts(c, cleared)
        before.update(b0)
        after.update(a0)
        ng = len(c.gold) or 1
        print(
            f"  {c.name:<26} t {t:.2f}  period {b0['period'] / ng:.3f} -> {a0['period'] / ng:.3f}"
            f"  fixed {f:3d} broken {b:3d} other {o:3d}"
        )
    print(f"\npooled leave-one-call-out ({n_gold} labels): fixed {tf}, broken {tb}, other cleared {to}")
    for name in FIELDS:
        was, now = before[name], after[name]
        print(f"  {name:<9} recall {was / n_gold:.4f} -> {now / n_gold:.4f}  ({now - was:+d})")
    gain = (after["period"] - before["period"]) / n_gold
    print(f"period recall gain {gain:+.4f}")
    return oof, gain


def ceiling(calls: list[Call], oof: list[np.ndarray]) -> None:
    """What the out-of-fold ranking could give at best: top-k and thresholds chosen in hindsight."""
    p = np.concatenate(oof)
    y = np.array([r[2] for c in calls for r in c.rows], dtype=bool)
    right = np.array([r[3] for c in calls for r in c.rows], dtype=bool)
    ranks = np.empty(len(p))
    ranks[np.argsort(p, kind="stable")] = np.arange(len(p))
    npos = int(y.sum())
    auc = (ranks[y].sum() - npos * (npos - 1) / 2) / (npos * (len(p) - npos)) if 0 < npos < len(p) else 0.0
    order = np.argsort(-p, kind="stable")
    print(f"\nout-of-fold ranking: AUC {auc:.3f}; label null / period right among the top k:")
    print(
        "  "
        + "  ".join(
            f"top {k}: {int(y[order[:k]].sum())}/{int((right & ~y)[order[:k]].sum())}"
            for k in (10, 20, 40, 80, 160)
            if k <= len(p)
        )
    )

    def net(t: float) -> int:
        fixed, broken, _ = tally(calls, oof, t)
        return fixed - broken

    best = max(GRID, key=net)
    f, b, _ = tally(calls, oof, best)
    print(f"  best threshold in hindsight (fixed - broken): {best:.2f}, fixed {f}, broken {b}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--labels", nargs="*", type=Path, default=None, help="dev label files (default: all)")
    ap.add_argument("--l2", type=float, default=0.001)
    ap.add_argument("--cost", type=float, default=2.0, help="threshold objective: fixed - COST * broken")
    ap.add_argument("--inner", type=int, default=4, help="inner folds (by call) for the threshold")
    ap.add_argument("--min-docs", type=int, default=3, help="keep features seen in this many training calls")
    ap.add_argument("--rows", choices=["all", "unkeyed"], default="all", help="unkeyed: no-metric only")
    ap.add_argument("--write", type=Path, default=None, help="train on all calls, write the weights here")
    ap.add_argument("--shared", type=Path, default=None, help="the public texts (default: find_shared())")
    args = ap.parse_args(argv)
    paths = args.labels or sorted(LABELS.glob("dev_*.jsonl"))
    if any(not p.name.startswith("dev_") for p in paths):
        raise SystemExit("only dev label files train the gate")
    shared = args.shared or find_shared()
    calls = [read_call(p, shared) for p in paths]
    if args.rows == "unkeyed":
        for c in calls:
            c.rows = [r for r in c.rows if "metric=none" in r[1]]
    st = Setup(args.l2, args.min_docs, args.cost, min(args.inner, len(calls) - 1))
    n_rows, n_null = sum(len(c.rows) for c in calls), sum(r[2] for c in calls for r in c.rows)
    print(
        f"{len(calls)} calls, {sum(len(c.gold) for c in calls)} labels, {n_rows} rows"
        f" ({n_null} with no period in the labels); {st}"
    )
    oof, gain = cross_validate(calls, st)
    ceiling(calls, oof)
    if args.write is not None:
        t_all = pick_threshold(calls, oof, st.cost)
        vocab = vocabulary(calls, st.min_docs)
        w, b = fit(design(calls, {n: j for j, n in enumerate(vocab)}), st.l2)
        commit = subprocess.run(
            ["git", "-C", str(REPO), "rev-parse", "HEAD"], capture_output=True, text=True, check=False
        ).stdout.strip()
        data = {
            "about": "learned 'no period' gate (tools/train_period_gate.py); not used by the extractor",
            "trained_on": [c.name for c in calls],
            "training_commit": commit,
            "setup": vars(args) | {"labels": None, "write": None, "shared": None},
            "threshold": t_all,
            "cv_period_recall_gain": round(gain, 4),
            "bias": round(b, 6),
            "features": vocab,
            "weights": [round(float(v), 6) for v in w],
        }
        args.write.write_text(json.dumps(data, indent=0) + "\n", encoding="utf-8")
        print(f"wrote {args.write} (threshold {t_all:.2f}, {len(vocab)} features)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
