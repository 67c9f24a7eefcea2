"""Triggers: conditions that would prove a thesis, read from text and checked against the ledger.

    cloud.ebita_margin >= 0.20
    ai_revenue_share > 50% by 2027-06-30
    maas_arr >= 30e9 CNY by 2026-12-31
    cloud.revenue >= CNY 200bn by FY27            (fiscal labels use the company's calendar)

A trigger is `[segment.]metric comparator threshold [by deadline]`. Against a `LedgerView` it is
`met` (a fact for a period ending by the deadline satisfies it), `not yet` (not satisfied, still time
or results for the deadline's period not out yet), `failed` (deadline passed and results are in) or
`no data`. The result carries the fact used, so its source and period can be shown.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from enum import StrEnum
from typing import Any

import numpy as np
from numpy.typing import NDArray

from thesisledger.errors import ExpressionError, UnknownCurrencyError
from thesisledger.facts import Fact
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import RATIO, Unit, normalize_currency
from thesisledger.valuation.ledger_view import LedgerView

COMPARATORS = (">=", "<=", ">", "<")
_SCALES = {
    "k": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "mm": 1e6, "million": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9,
    "t": 1e12, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
_TRIGGER = re.compile(
    r"^\s*(?P<metric>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)?)\s*(?P<op>>=|<=|>|<)\s*(?P<rest>.+?)"
    r"(?:\s+by\s+(?P<deadline>\S+))?\s*$"
)
_THRESHOLD = re.compile(
    r"^(?:(?P<c1>[A-Za-z]{3}|US\$|HK\$|\$|¥|€|£)\s*)?"
    r"(?P<num>[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?)\s*"
    r"(?P<scale>%|[A-Za-z]+)?\s*(?P<c2>[A-Za-z]{3})?$"
)
_FISCAL = re.compile(r"^FY(?P<y>\d{2}|\d{4})(?:(?P<kind>[QH])(?P<n>[1-4]))?$", re.IGNORECASE)
_CALQ = re.compile(r"^(?P<y>\d{4})(?P<kind>[QH])(?P<n>[1-4])$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Trigger:
    """A parsed trigger. `unit_given` is False for a bare number (it then takes the fact's unit)."""

    text: str
    metric: str
    segment: str | None
    comparator: str
    threshold: Quantity
    deadline: date | None = None
    unit_given: bool = True

    @property
    def value(self) -> float:
        return self.threshold.value

    def holds(self, x: NDArray[np.float64] | float) -> Any:
        """Elementwise: does `x` satisfy the comparison?"""
        t = self.threshold.value
        if self.comparator == ">=":
            return np.greater_equal(x, t)
        if self.comparator == ">":
            return np.greater(x, t)
        if self.comparator == "<=":
            return np.less_equal(x, t)
        return np.less(x, t)

    def test(self, q: Quantity) -> bool | None:
        """True if every value `q` allows satisfies the trigger, False if none does, None if it straddles."""
        t = self.threshold.value
        lo, hi = q.interval()
        lo_open, hi_open = q.bound is Bound.GT, q.bound is Bound.LT
        op = self.comparator
        if op == ">=":
            if lo >= t:
                return True
            return False if (hi < t or (hi == t and hi_open)) else None
        if op == ">":
            if lo > t or (lo == t and lo_open):
                return True
            return False if hi <= t else None
        if op == "<=":
            if hi <= t:
                return True
            return False if (lo > t or (lo == t and lo_open)) else None
        if hi < t or (hi == t and hi_open):
            return True
        return False if lo >= t else None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "metric": self.metric,
            "segment": self.segment,
            "comparator": self.comparator,
            "threshold": self.threshold.to_dict(),
            "deadline": self.deadline.isoformat() if self.deadline else None,
        }


def _threshold(text: str) -> tuple[Quantity, bool]:
    m = _THRESHOLD.match(text.strip())
    if not m:
        raise ExpressionError(
            f"cannot read the threshold {text!r}: write a number with an optional scale, % or currency "
            "(0.20, 20%, 30e9 CNY, CNY 30bn)"
        )
    value = float(m["num"].replace("_", ""))
    scale = m["scale"]
    c1, c2 = m["c1"], m["c2"]
    if scale and scale != "%" and scale.lower() not in _SCALES:
        # "30 CNY": the "scale" group caught the currency
        if c2 is None and len(scale) == 3:
            c2, scale = scale, None
        else:
            raise ExpressionError(f"unknown scale {scale!r} in {text!r} (k, m, bn, trillion or %)")
    if scale == "%":
        if c1 or c2:
            raise ExpressionError(f"{text!r} has both a % and a currency")
        return Quantity.exact(value / 100, RATIO, "%"), True
    if scale:
        value *= _SCALES[scale.lower()]
    if c1 and c2:
        raise ExpressionError(f"{text!r} names a currency twice")
    ccy = c1 or c2
    if ccy:
        try:
            return Quantity.exact(value, Unit.currency(normalize_currency(ccy)), scale), True
        except UnknownCurrencyError as exc:
            raise ExpressionError(f"unknown currency {ccy!r} in {text!r}") from exc
    return Quantity.exact(value, RATIO, scale), False


def _deadline(text: str, calendar: FiscalCalendar) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    m = _FISCAL.match(text)
    cal = calendar
    if m is None:
        m = _CALQ.match(text)
        cal = FiscalCalendar.calendar_year()
    if m is None:
        raise ExpressionError(
            f"cannot read the deadline {text!r}: use a date (2027-06-30) or FY27, FY27Q2, 2027Q2"
        )
    y = int(m["y"])
    year = y + 2000 if y < 100 else y
    kind, n = m["kind"], m["n"]
    if kind is None:
        return cal.year_bounds(year)[1]
    if kind.upper() == "Q":
        return cal.quarter_bounds(year, int(n))[1]
    if int(n) > 2:
        raise ExpressionError(f"a year has halves H1 and H2, not {text!r}")
    return cal.half_bounds(year, int(n))[1]


def parse_trigger(text: str, calendar: FiscalCalendar | None = None) -> Trigger:
    """Read `[segment.]metric comparator threshold [by deadline]`; raises ExpressionError if it cannot."""
    m = _TRIGGER.match(text)
    if not m:
        raise ExpressionError(
            f"cannot read the trigger {text!r}: write [segment.]metric >=|>|<=|< threshold [by date], "
            "e.g. 'cloud.ebita_margin >= 0.20 by 2027-06-30'"
        )
    seg, _, metric = m["metric"].rpartition(".")
    threshold, given = _threshold(m["rest"])
    deadline = _deadline(m["deadline"], calendar or FiscalCalendar.calendar_year()) if m["deadline"] else None
    return Trigger(text.strip(), metric, seg or None, m["op"], threshold, deadline, given)


# -- evaluation against the ledger -----------------------------------------------------------------------
class TriggerStatus(StrEnum):
    MET = "met"
    NOT_YET = "not yet"
    FAILED = "failed"
    NO_DATA = "no data"


@dataclass(frozen=True, slots=True)
class TriggerResult:
    """A trigger's status on `as_of`, the fact that decided it, and (after a simulation) its probability."""

    trigger: Trigger
    status: TriggerStatus
    as_of: date
    fact: Fact | None = None
    note: str = ""
    name: str | None = None
    input: str | None = None  # the thesis input whose draws give `probability`
    probability: float | None = None

    def with_probability(self, p: float | None) -> TriggerResult:
        return replace(self, probability=p)

    def to_dict(self) -> dict[str, Any]:
        f = self.fact
        return {
            "name": self.name,
            "trigger": self.trigger.to_dict(),
            "status": self.status.value,
            "as_of": self.as_of.isoformat(),
            "note": self.note,
            "input": self.input,
            "probability": self.probability,
            "fact": None
            if f is None
            else {
                "value": f.quantity.to_dict(),
                "period": f.period.to_dict(),
                "reported_at": f.reported_at.isoformat(),
                "source": f.source,
                "illustrative": f.illustrative,
            },
        }


def _unit_problem(trigger: Trigger, fact: Fact) -> str | None:
    fu = fact.quantity.unit
    tu = trigger.threshold.unit
    if not trigger.unit_given:
        if fu.is_currency:
            return f"the fact is money in {fu.code} but the trigger gives no currency"
        return None
    if (tu.is_currency or fu.is_currency) and tu != fu:
        return f"the fact is in {fu} and the trigger in {tu}; there is no implicit conversion"
    return None


def evaluate_trigger(
    trigger: Trigger,
    ledger: LedgerView,
    company: str | None,
    *,
    as_of: date | None = None,
    reporting_lag: timedelta = timedelta(days=90),
    name: str | None = None,
) -> TriggerResult:
    """The trigger's status as known on `as_of` (default today).

    With a deadline, only facts for periods ending on or before it count. After the deadline the
    trigger stays `not yet` for `reporting_lag` while results for the deadline's period may still come.
    """
    today = as_of or date.today()
    res = TriggerResult(trigger, TriggerStatus.NO_DATA, today, name=name)
    if company is None:
        return replace(res, note="the thesis names no company, so the ledger cannot be asked")
    now = ledger.latest_fact(company, trigger.metric, trigger.segment, as_of=today)
    candidates: list[Fact] = []
    dl = trigger.deadline
    if dl is not None:
        # the latest figure known at the deadline (never later than today: no look-ahead), and the
        # latest for a period ending by it as known today (the deadline's own quarter, reported later)
        at_dl = ledger.latest_fact(
            company, trigger.metric, trigger.segment, as_of=min(dl, today), period_end_by=dl
        )
        by_dl = ledger.latest_fact(company, trigger.metric, trigger.segment, as_of=today, period_end_by=dl)
        candidates = [f for f in dict.fromkeys((at_dl, by_dl)) if f is not None]
    elif now is not None:
        candidates = [now]
    for f in candidates:
        problem = _unit_problem(trigger, f)
        if problem:
            return replace(res, fact=f, note=problem)
    for f in candidates:
        if trigger.test(f.quantity) is True:
            return replace(
                res, status=TriggerStatus.MET, fact=f, note=f"{f.period.label}: {_fmt(f.quantity)}"
            )
    latest = candidates[-1] if candidates else now
    straddle = latest is not None and trigger.test(latest.quantity) is None
    detail = "" if latest is None else f"{latest.period.label}: {_fmt(latest.quantity)}"
    if straddle:
        detail += " (the reported range straddles the threshold)"
    if latest is None:
        gone = dl is not None and today > dl + reporting_lag
        why = "deadline passed with nothing in the ledger" if gone else "nothing in the ledger yet"
        return replace(res, note=why)
    if dl is None or today <= dl:
        return replace(res, status=TriggerStatus.NOT_YET, fact=latest, note=detail)
    covered = now is not None and now.period.end >= dl
    if not covered and today <= dl + reporting_lag:
        return replace(
            res,
            status=TriggerStatus.NOT_YET,
            fact=latest,
            note=f"{detail}; deadline {dl} passed, results for it may not be out yet",
        )
    return replace(res, status=TriggerStatus.FAILED, fact=latest, note=f"{detail}; deadline {dl} passed")


def _fmt(q: Quantity) -> str:
    lo, hi = q.low, q.high
    unit = "" if q.unit == RATIO else f" {q.unit}"

    def one(v: float) -> str:
        return f"{v:.1%}" if q.unit == RATIO else format_amount(v)

    if q.bound is Bound.RANGE and lo is not None and hi is not None:
        return f"{one(lo)}-{one(hi)}{unit}"
    sign = {Bound.GT: ">", Bound.GTE: ">=", Bound.LT: "<", Bound.LTE: "<=", Bound.APPROX: "~"}.get(
        q.bound, ""
    )
    return f"{sign}{one(q.value)}{unit}"


def format_amount(v: float) -> str:
    """12.3bn, 450m, 7.2: an amount the way an analyst writes it."""
    a = abs(v)
    for size, suffix in ((1e12, "tn"), (1e9, "bn"), (1e6, "m")):
        if a >= size:
            return f"{v / size:,.4g}{suffix}"
    return f"{v:,.4g}"
