"""A small ledger as a YAML file (facts and guidance), loaded into an `InMemoryLedger`.

For running a thesis before anything is in the database, and for examples:

    company: BABA
    facts:
      - metric: ebita_margin
        segment: cloud
        period: FY26Q4            # fiscal labels use the company's calendar; or 2026Q1, FY26, a date
        value: 0.09
        unit: ratio
        reported_at: 2026-05-15
        source: "FY26Q4 results, cloud segment"
    guidance:
      - metric: adjusted_ebita
        segment: all_others
        low: -20e9
        high: -10e9
        unit: CNY
        given_at: 2026-05-15
        source: "FY26Q4 call"

A quantity is `value:` (with `bound: eq|approx`), `low:`+`high:` (a range), or one side with
`bound: gt|gte` (low) or `bound: lt|lte` (high).
"""

from __future__ import annotations

import contextlib
import re
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator
from pydantic_core import PydanticCustomError

from thesisledger.companies import find_profile
from thesisledger.errors import ThesisFileError, UnknownCompanyError
from thesisledger.facts import Fact
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import Unit
from thesisledger.valuation.ledger_view import GuidedRange, InMemoryLedger
from thesisledger.valuation.schema import Spec, parse_unit
from thesisledger.valuation.source_map import SourceMap, load_yaml
from thesisledger.valuation.thesis_file import validate_document

_FISCAL = re.compile(r"^FY(?P<y>\d{2}|\d{4})(?:(?P<kind>[QH])(?P<n>[1-4]))?$", re.IGNORECASE)
_CAL = re.compile(r"^(?P<y>\d{4})(?:(?P<kind>[QH])(?P<n>[1-4]))?$", re.IGNORECASE)


class _Amount(Spec):
    value: float | None = None
    low: float | None = None
    high: float | None = None
    bound: Literal["eq", "approx", "gt", "gte", "lt", "lte", "range"] | None = None
    unit: str
    source: str = Field(min_length=1)
    company: str | None = None
    metric: str = Field(min_length=1)
    segment: str | None = None
    note: str | None = None

    @model_validator(mode="after")
    def _shape(self) -> _Amount:
        try:
            self.quantity()
        except ValueError as exc:
            raise PydanticCustomError("bad_value", "{why}", {"field": "unit", "why": str(exc)}) from exc
        return self

    def quantity(self) -> Quantity:
        unit = Unit.parse(parse_unit(self.unit))
        b = self.bound
        if self.value is not None:
            if b not in (None, "eq", "approx") or self.low is not None or self.high is not None:
                raise ValueError(
                    "value: is a point; use low:/high: with bound: for ranges and one-sided amounts"
                )
            return Quantity(self.value, self.value, Bound(b or "eq"), unit)
        if b in ("gt", "gte"):
            return Quantity(self.low, None, Bound(b), unit)
        if b in ("lt", "lte"):
            return Quantity(None, self.high, Bound(b), unit)
        if self.low is None or self.high is None:
            raise ValueError("give value:, or low: and high:, or one side with bound: gt|gte|lt|lte")
        return Quantity(self.low, self.high, Bound.RANGE, unit)


class FactEntry(_Amount):
    period: str | date
    reported_at: date
    illustrative: bool = False


class GuidanceEntry(_Amount):
    given_at: date


class LedgerFile(Spec):
    company: str | None = None
    facts: list[FactEntry] = Field(default_factory=list)
    guidance: list[GuidanceEntry] = Field(default_factory=list)


def _calendar(company: str) -> FiscalCalendar:
    try:
        return find_profile(company).calendar
    except UnknownCompanyError:
        return FiscalCalendar.calendar_year()


def resolve_period(text: str | date, calendar: FiscalCalendar) -> Period:
    """A period from "FY26Q4", "FY26H1", "FY26" (by `calendar`), "2026Q1", "2026" or a date (an instant)."""
    if isinstance(text, str):
        with contextlib.suppress(ValueError):
            text = date.fromisoformat(text.strip())
    if isinstance(text, date):
        return Period(text.isoformat(), text, text, PeriodKind.INSTANT)
    t = text.strip()
    cal = calendar
    m = _FISCAL.match(t)
    if m is None:
        m = _CAL.match(t)
        cal = FiscalCalendar.calendar_year()
    if m is None:
        raise ValueError(f"cannot read the period {text!r}: use FY26Q4, FY26H1, FY26, 2026Q1, 2026 or a date")
    y = int(m["y"])
    year = y + 2000 if y < 100 else y
    kind, n = m["kind"], m["n"]
    if kind is None:
        start, end = cal.year_bounds(year)
        return Period(cal.year_label(year), start, end, PeriodKind.YEAR, fiscal_year=year)
    if kind.upper() == "Q":
        start, end = cal.quarter_bounds(year, int(n))
        return Period(cal.quarter_label(year, int(n)), start, end, PeriodKind.QUARTER, year, int(n))
    start, end = cal.half_bounds(year, int(n))
    return Period(cal.half_label(year, int(n)), start, end, PeriodKind.HALF, fiscal_year=year)


def load_ledger_file(path: str | Path) -> InMemoryLedger:
    """Read a ledger YAML file into an InMemoryLedger; errors name the file and line."""
    p = Path(path)
    try:
        text = p.read_text("utf-8")
    except OSError as exc:
        raise ThesisFileError(f"cannot read the file: {exc.strerror or exc}", file=str(path)) from exc
    except UnicodeDecodeError as exc:
        raise ThesisFileError("not UTF-8 text; save the file as UTF-8", file=str(path)) from exc
    data, smap = load_yaml(text, str(path))
    doc = validate_document(LedgerFile, data if data is not None else {}, smap)
    return _build(doc, smap)


def _build(doc: LedgerFile, smap: SourceMap) -> InMemoryLedger:
    ledger = InMemoryLedger()
    for i, f in enumerate(doc.facts):
        company = f.company or doc.company
        if company is None:
            raise smap.error(("facts", i), "fact has no company: set company: at the top or on the fact")
        try:
            period = resolve_period(f.period, _calendar(company))
        except ValueError as exc:
            raise smap.error(("facts", i, "period"), str(exc)) from None
        ledger.add_fact(
            Fact(
                company=company.upper(),
                metric=f.metric,
                period=period,
                quantity=f.quantity(),
                reported_at=f.reported_at,
                source=f.source,
                segment=f.segment,
                illustrative=f.illustrative,
                note=f.note,
            )
        )
    for i, g in enumerate(doc.guidance):
        company = g.company or doc.company
        if company is None:
            raise smap.error(
                ("guidance", i), "guidance has no company: set company: at the top or on the entry"
            )
        ledger.add_guidance(
            GuidedRange(company.upper(), g.metric, g.quantity(), g.given_at, g.source, g.segment)
        )
    return ledger
