"""Score predicted claims against hand labels, field by field.

Both sides are plain dicts in the `--jsonl` shape (`Claim.to_json()`); labels follow
tests/extract/labels/README.md.

Matching rule: a prediction and a label match when their character spans `[start, end)` overlap.
Pairs are taken one-to-one, greedily, largest overlap first (ties: nearest start, then order in
the text), so a prediction can match at most one label and vice versa. Predictions that do not
start inside a labelled region are ignored.

For each field, `correct` counts matched pairs whose field agrees; recall = correct / labels,
precision = correct / predictions, so a missed span counts against every field. The issue's
targets are read against recall ("of the claims in the text, how many came out right").
"""

from __future__ import annotations

import calendar
import json
import math
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from thesisledger.errors import ThesisLedgerError
from thesisledger.periods.calendar import FiscalCalendar

FIELDS: tuple[str, ...] = (
    "span",
    "value",
    "unit",
    "bound",
    "quantity",
    "metric",
    "period",
    "kind",
    "speaker",
    "entity",
)
"""Scored fields. `quantity` = value, low, high, unit and bound all exact (the issue's
"value+unit+bound exact"); `entity` is reported but has no target."""

TARGETS: dict[str, float] = {
    "span": 0.95,
    "quantity": 0.90,
    "period": 0.85,
    "kind": 0.85,
    "metric": 0.80,
    "speaker": 0.85,
}
"""The issue's quality targets, read against recall."""

KINDS = frozenset({"actual", "guidance", "target", "estimate", "historical", "derived"})
BOUNDS = frozenset({"eq", "approx", "gt", "gte", "lt", "lte", "range"})
SPEAKERS = frozenset({"management", "author", "analyst", "operator", "third_party"})
PLAIN_UNITS = frozenset({"ratio", "pp", "multiple", "count", "years", "months", "quarters", "days", "bp"})


class LabelError(ThesisLedgerError):
    """A label file that does not follow tests/extract/labels/README.md."""


# -- periods -------------------------------------------------------------------------------------

_FQ = re.compile(r"FY(\d{2})Q([1-4])")
_FH = re.compile(r"FY(\d{2})H([12])")
_FY = re.compile(r"FY(\d{2})")
_CQ = re.compile(r"(?:CY)?(\d{4})Q([1-4])")
_CH = re.compile(r"(?:CY)?(\d{4})H([12])")
_CY = re.compile(r"(?:CY)?(\d{4})")
_MONTH = re.compile(r"(\d{4})-(\d{2})")
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MONTH_NAMES = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_NAMED_MONTH = re.compile(r"([A-Za-z]+) (\d{4})")


def _month_bounds(year: int, month: int) -> tuple[date, date]:
    nxt = date(year + month // 12, month % 12 + 1, 1)
    return date(year, month, 1), date.fromordinal(nxt.toordinal() - 1)


def _one_period(label: str, cal: FiscalCalendar) -> tuple[date, date] | None:
    cy = FiscalCalendar.calendar_year()
    if m := _FQ.fullmatch(label):
        return cal.quarter_bounds(2000 + int(m[1]), int(m[2]))
    if m := _FH.fullmatch(label):
        return cal.half_bounds(2000 + int(m[1]), int(m[2]))
    if m := _FY.fullmatch(label):
        return cal.year_bounds(2000 + int(m[1]))
    if m := _CQ.fullmatch(label):
        return cy.quarter_bounds(int(m[1]), int(m[2]))
    if m := _CH.fullmatch(label):
        return cy.half_bounds(int(m[1]), int(m[2]))
    if m := _CY.fullmatch(label):
        return cy.year_bounds(int(m[1]))
    if m := _MONTH.fullmatch(label):
        return _month_bounds(int(m[1]), int(m[2]))
    if (m := _NAMED_MONTH.fullmatch(label)) and m[1].lower() in _MONTH_NAMES:
        return _month_bounds(int(m[2]), _MONTH_NAMES[m[1].lower()])
    if _DAY.fullmatch(label):
        d = date.fromisoformat(label)
        return d, d
    return None


def period_bounds(label: str, calendar: FiscalCalendar | None = None) -> tuple[date, date] | None:
    """First and last day of a period label as written in label files, or None if unreadable.

    Reads `FY26Q4`, `FY27H1`, `FY27` (with `calendar`, default calendar year), `2021Q1`, `2021H1`,
    `2021` / `CY2021`, `2026-06`, `June 2026`, ISO dates, spans `A-B` of two such labels and
    `start/end` ISO intervals. Calendar-year forms never use the fiscal calendar.
    """
    cal = calendar or FiscalCalendar(12)
    label = label.strip()
    if "/" in label:
        a, _, b = label.partition("/")
        if _DAY.fullmatch(a) and _DAY.fullmatch(b):
            return date.fromisoformat(a), date.fromisoformat(b)
        return None
    whole = _one_period(label, cal)
    if whole is not None:
        return whole
    if label.count("-") == 1:
        a, b = label.split("-")
        if _FQ.fullmatch(a) and re.fullmatch(r"Q[1-4]", b):
            b = a[:4] + b  # FY27Q1-Q2
        first, last = _one_period(a, cal), _one_period(b, cal)
        if first and last:
            return first[0], last[1]
    return None


def _period_equal(pred: Mapping[str, Any], gold: Mapping[str, Any], cal: FiscalCalendar | None) -> bool:
    g = gold.get("period")
    p = pred.get("period")
    if g is None or p is None:
        return g is None and p is None
    if str(g) == str(p):
        return True
    gb = period_bounds(str(g), cal)
    if gb is None:
        return False
    if pred.get("period_start") and pred.get("period_end"):
        pb: tuple[date, date] | None = (
            date.fromisoformat(str(pred["period_start"])),
            date.fromisoformat(str(pred["period_end"])),
        )
    else:
        pb = period_bounds(str(p), cal)
    return pb == gb


# -- field comparison ----------------------------------------------------------------------------


def _num_equal(a: Any, b: Any) -> bool:
    if a is None or b is None:
        return a is None and b is None
    return math.isclose(float(a), float(b), rel_tol=1e-6, abs_tol=1e-12)


def _norm(v: Any) -> Any:
    return v.value if hasattr(v, "value") and not isinstance(v, (int, float)) else v


def field_equal(
    name: str, pred: Mapping[str, Any], gold: Mapping[str, Any], calendar: FiscalCalendar | None = None
) -> bool:
    """Whether a matched prediction gets field `name` right."""
    if name == "span":
        return True
    if name == "value":
        return all(_num_equal(pred.get(k), gold.get(k)) for k in ("value", "low", "high"))
    if name == "unit":
        return str(pred.get("unit")) == str(gold.get("unit"))
    if name == "quantity":
        return all(field_equal(f, pred, gold) for f in ("value", "unit", "bound"))
    if name == "period":
        return _period_equal(pred, gold, calendar)
    return bool(_norm(pred.get(name)) == _norm(gold.get(name)))


# -- scores --------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class FieldScore:
    correct: int
    n_pred: int
    n_gold: int

    @property
    def precision(self) -> float:
        return self.correct / self.n_pred if self.n_pred else 0.0

    @property
    def recall(self) -> float:
        return self.correct / self.n_gold if self.n_gold else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(frozen=True, slots=True)
class Mismatch:
    """One error for `--errors`: a field wrong on a matched pair, a missed label or a spurious prediction."""

    field: str  # a field name, "missed" or "spurious"
    gold: Mapping[str, Any] | None
    pred: Mapping[str, Any] | None


@dataclass(frozen=True, slots=True)
class Scores:
    n_gold: int
    n_pred: int
    correct: Mapping[str, int]
    mismatches: tuple[Mismatch, ...] = field(default=())

    def field(self, name: str) -> FieldScore:
        return FieldScore(self.correct.get(name, 0), self.n_pred, self.n_gold)

    def __add__(self, other: Scores) -> Scores:
        return Scores(
            self.n_gold + other.n_gold,
            self.n_pred + other.n_pred,
            {f: self.correct.get(f, 0) + other.correct.get(f, 0) for f in FIELDS},
            self.mismatches + other.mismatches,
        )

    @classmethod
    def empty(cls) -> Scores:
        return cls(0, 0, dict.fromkeys(FIELDS, 0))


def _in_regions(start: int, regions: Sequence[Sequence[int]] | None) -> bool:
    return regions is None or any(a <= start < b for a, b in regions)


def match(predicted: Sequence[Mapping[str, Any]], gold: Sequence[Mapping[str, Any]]) -> list[tuple[int, int]]:
    """One-to-one (pred index, gold index) pairs of overlapping spans, largest overlap first."""
    cands: list[tuple[int, int, int, int, int]] = []
    for gi, g in enumerate(gold):
        gs, ge = int(g["start"]), int(g["end"])
        for pi, p in enumerate(predicted):
            ov = min(ge, int(p["end"])) - max(gs, int(p["start"]))
            if ov > 0:
                cands.append((-ov, abs(int(p["start"]) - gs), gs, pi, gi))
    cands.sort()
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for *_, pi, gi in cands:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return sorted(pairs, key=lambda t: int(gold[t[1]]["start"]))


def score(
    predicted: list[dict[str, Any]],
    gold: list[dict[str, Any]],
    *,
    regions: Sequence[Sequence[int]] | None = None,
    calendar: FiscalCalendar | None = None,
) -> Scores:
    """Score one document's predictions against its labels (both with `start`/`end` offsets)."""
    preds = [p for p in predicted if _in_regions(int(p["start"]), regions)]
    pairs = match(preds, gold)
    correct = dict.fromkeys(FIELDS, 0)
    mism: list[Mismatch] = []
    for pi, gi in pairs:
        for f in FIELDS:
            if field_equal(f, preds[pi], gold[gi], calendar):
                correct[f] += 1
            elif f != "quantity":
                mism.append(Mismatch(f, gold[gi], preds[pi]))
    got_g = {gi for _, gi in pairs}
    got_p = {pi for pi, _ in pairs}
    mism += [Mismatch("missed", g, None) for i, g in enumerate(gold) if i not in got_g]
    mism += [Mismatch("spurious", None, p) for i, p in enumerate(preds) if i not in got_p]
    return Scores(len(gold), len(preds), correct, tuple(mism))


# -- label files ---------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class LabelFile:
    path: Path
    doc: str
    company: str | None
    date: date | None
    regions: list[list[int]] | None
    split: str  # "dev" or "heldout"
    claims: list[dict[str, Any]]

    def doc_path(self, shared: Path) -> Path:
        p = Path(self.doc)
        return p if p.is_absolute() else shared / p


def load_labels(path: str | Path) -> LabelFile:
    """Read a label JSONL file (header line optional). Raises LabelError with the line number."""
    path = Path(path)
    header: dict[str, Any] = {}
    claims: list[dict[str, Any]] = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise LabelError(f"{path}:{n}: not JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise LabelError(f"{path}:{n}: expected a JSON object")
        if obj.get("_header"):
            if n != 1 or header:
                raise LabelError(f"{path}:{n}: the header must be the first line")
            header = obj
        else:
            claims.append(obj)
    doc = header.get("doc") or (claims[0].get("doc") if claims else None)
    if not doc:
        raise LabelError(f"{path}: no `doc` in the header; say which document the labels are for")
    raw_date = header.get("date")
    return LabelFile(
        path=path,
        doc=str(doc),
        company=header.get("company"),
        date=date.fromisoformat(raw_date) if raw_date else None,
        regions=header.get("regions"),
        split=str(header.get("set", "dev")),
        claims=claims,
    )


def resolve_offsets(claims: Iterable[dict[str, Any]], text: str) -> list[dict[str, Any]]:
    """Give `start`/`end` to labels that only carry `sentence` + `span_text` (first occurrence)."""
    out: list[dict[str, Any]] = []
    for c in claims:
        if c.get("start") is None:
            s0 = text.find(str(c.get("sentence", "")))
            pos = text.find(str(c["span_text"]), max(s0, 0))
            if s0 < 0 or pos < 0:
                raise LabelError(f"label {c.get('span_text')!r}: cannot find its sentence/span in the text")
            c = {**c, "start": pos, "end": pos + len(str(c["span_text"]))}
        out.append(c)
    return out


def validate_claim(c: Mapping[str, Any]) -> list[str]:
    """Problems with one label's vocabularies and value shape (empty when valid)."""
    errs: list[str] = []
    if c.get("kind") not in KINDS:
        errs.append(f"kind {c.get('kind')!r} not in {sorted(KINDS)}")
    if c.get("bound") not in BOUNDS:
        errs.append(f"bound {c.get('bound')!r} not in {sorted(BOUNDS)}")
    if c.get("speaker") not in SPEAKERS:
        errs.append(f"speaker {c.get('speaker')!r} not in {sorted(SPEAKERS)}")
    unit = str(c.get("unit"))
    if unit not in PLAIN_UNITS and not re.fullmatch(r"[A-Z]{3}(/\w+)?", unit):
        errs.append(f"unit {unit!r} is neither an ISO currency nor one of {sorted(PLAIN_UNITS)}")
    if not isinstance(c.get("value"), (int, float)):
        errs.append("value must be a number")
    bound, low, high = c.get("bound"), c.get("low"), c.get("high")
    if bound in ("gt", "gte") and (low is None or high is not None):
        errs.append("gt/gte labels have low set and high null")
    if bound in ("lt", "lte") and (high is None or low is not None):
        errs.append("lt/lte labels have high set and low null")
    if bound in ("eq", "approx", "range") and (low is None or high is None):
        errs.append(f"{bound} labels have both low and high")
    return errs
