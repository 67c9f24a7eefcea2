"""Small builders for reconcile tests: promises and facts written out in full, no files."""

from __future__ import annotations

from datetime import date

from thesisledger.facts import Fact
from thesisledger.periods import FiscalCalendar, Period, PeriodKind, resolve_period
from thesisledger.quantities import Quantity, parse_quantity
from thesisledger.reconcile import Guidance

BABA_CAL = FiscalCalendar(3)
CALL = date(2026, 5, 15)


def promise(
    metric: str,
    what: str,
    when: str,
    *,
    entity: str | None = "cloud",
    given_at: date = CALL,
    speaker: str = "management",
    withdrawn: bool = False,
    company: str = "BABA",
) -> Guidance:
    """A promise as an analyst would type it: "above RMB 30 billion" by "the end of 2026"."""
    return Guidance.create(
        company=company,
        entity=entity,
        metric=metric,
        quantity=parse_quantity(what, default_currency="CNY"),
        period=resolve_period(when, calendar=BABA_CAL, doc_date=given_at),
        speaker=speaker,
        given_at=given_at,
        source="test call",
        quote=f"{metric} {what} {when}",
        period_text=when,
        withdrawn=withdrawn,
    )


def quarter(label: str) -> Period:
    return resolve_period(label, calendar=BABA_CAL, doc_date=CALL)


def instant(d: date) -> Period:
    return Period(d.isoformat(), d, d, PeriodKind.INSTANT)


def fact(
    metric: str,
    period: Period,
    value: Quantity | str,
    reported_at: date,
    *,
    entity: str | None = "cloud",
    source: str = "test results",
    illustrative: bool = False,
) -> Fact:
    q = value if isinstance(value, Quantity) else parse_quantity(value, default_currency="CNY")
    return Fact("BABA", metric, period, q, reported_at, source, segment=entity, illustrative=illustrative)
