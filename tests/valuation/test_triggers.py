"""Triggers: reading them, and met / not yet / failed / no data against a ledger, with the fact used."""

from __future__ import annotations

from datetime import date

import pytest
from valuation_helpers import ALIBABA, ALIBABA_FACTS

from thesisledger.companies import find_profile
from thesisledger.errors import ExpressionError
from thesisledger.facts import Fact
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import RATIO, Unit
from thesisledger.valuation import (
    InMemoryLedger,
    TriggerStatus,
    check_triggers,
    compile_thesis,
    evaluate_trigger,
    load_ledger_file,
    load_thesis,
    parse_trigger,
    simulate,
)
from thesisledger.valuation.ledger_file import resolve_period

CNY = Unit.currency("CNY")
USD = Unit.currency("USD")
BABA = find_profile("BABA").calendar


def fact(metric: str, period: str, q: Quantity, reported: str, segment: str | None = None) -> Fact:
    return Fact(
        company="BABA",
        metric=metric,
        period=resolve_period(period, BABA),
        quantity=q,
        reported_at=date.fromisoformat(reported),
        source=f"test: {metric} {period}",
        segment=segment,
    )


# -- reading -----------------------------------------------------------------------------------------------
def test_parse_segment_metric_and_threshold() -> None:
    t = parse_trigger("cloud.ebita_margin >= 0.20")
    assert (t.segment, t.metric, t.comparator, t.value, t.deadline) == (
        "cloud",
        "ebita_margin",
        ">=",
        0.2,
        None,
    )
    assert t.threshold.unit == RATIO and not t.unit_given


def test_parse_percent_and_iso_deadline() -> None:
    t = parse_trigger("ai_revenue_share > 50% by 2027-06-30")
    assert t.segment is None
    assert (t.comparator, t.value, t.deadline) == (">", 0.5, date(2027, 6, 30))
    assert t.unit_given


@pytest.mark.parametrize(
    "text",
    [
        "maas_arr >= 30e9 CNY by 2026-12-31",
        "maas_arr >= CNY 30bn by 2026-12-31",
        "maas_arr >= 30 billion RMB by 2026-12-31",
    ],
)
def test_parse_money_in_cny(text: str) -> None:
    t = parse_trigger(text)
    assert t.value == pytest.approx(30e9)
    assert t.threshold.unit == CNY
    assert t.deadline == date(2026, 12, 31)


def test_fiscal_deadlines_use_the_company_calendar() -> None:
    # Alibaba's fiscal year ends 31 March: FY27Q2 is July-September 2026
    assert parse_trigger("cloud.ebita_margin >= 0.13 by FY27Q2", BABA).deadline == date(2026, 9, 30)
    assert parse_trigger("x > 1 by FY27", BABA).deadline == date(2027, 3, 31)
    assert parse_trigger("x > 1 by FY27H1", BABA).deadline == date(2026, 9, 30)
    assert parse_trigger("x > 1 by 2027Q2", BABA).deadline == date(2027, 6, 30)  # calendar quarter
    assert parse_trigger("x > 1 by FY27").deadline == date(2027, 12, 31)  # no company: calendar year


@pytest.mark.parametrize(
    ("text", "match"),
    [
        ("cloud margin is good", "cannot read the trigger"),
        ("x >= lots", "cannot read the threshold"),
        ("x >= 5 zillion", "unknown scale"),
        ("x >= 5% USD", "both a % and a currency"),
        ("x >= USD 5 CNY", "currency twice"),
        ("x >= 5 by tomorrow", "cannot read the deadline"),
        ("x >= 5 by FY27H3", "halves H1 and H2"),
    ],
)
def test_unreadable_triggers(text: str, match: str) -> None:
    with pytest.raises(ExpressionError, match=match):
        parse_trigger(text)


# -- evaluating --------------------------------------------------------------------------------------------
MARGIN = parse_trigger("cloud.ebita_margin >= 0.20 by FY27Q2", BABA)  # deadline 2026-09-30


def test_met_with_the_fact_used() -> None:
    f = fact("ebita_margin", "FY27Q1", Quantity.exact(0.21, RATIO), "2026-08-20", "cloud")
    led = InMemoryLedger(
        [fact("ebita_margin", "FY26Q4", Quantity.exact(0.09, RATIO), "2026-05-15", "cloud"), f]
    )
    r = evaluate_trigger(MARGIN, led, "BABA", as_of=date(2026, 9, 1))
    assert r.status is TriggerStatus.MET
    assert r.fact == f
    assert r.note == "FY27Q1: 21.0%"
    assert r.to_dict()["fact"]["source"] == "test: ebita_margin FY27Q1"


def test_not_yet_before_the_deadline() -> None:
    led = InMemoryLedger([fact("ebita_margin", "FY26Q4", Quantity.exact(0.09, RATIO), "2026-05-15", "cloud")])
    r = evaluate_trigger(MARGIN, led, "BABA", as_of=date(2026, 6, 1))
    assert r.status is TriggerStatus.NOT_YET
    assert r.fact is not None and r.fact.period.label == "FY26Q4"
    assert r.note == "FY26Q4: 9.0%"


def test_not_yet_after_the_deadline_while_its_results_are_not_out() -> None:
    led = InMemoryLedger([fact("ebita_margin", "FY27Q1", Quantity.exact(0.12, RATIO), "2026-08-20", "cloud")])
    r = evaluate_trigger(MARGIN, led, "BABA", as_of=date(2026, 10, 15))
    assert r.status is TriggerStatus.NOT_YET
    assert "deadline 2026-09-30 passed, results for it may not be out yet" in r.note


def test_failed_once_the_deadline_period_is_reported_short() -> None:
    led = InMemoryLedger(
        [
            fact("ebita_margin", "FY27Q1", Quantity.exact(0.12, RATIO), "2026-08-20", "cloud"),
            fact("ebita_margin", "FY27Q2", Quantity.exact(0.15, RATIO), "2026-11-15", "cloud"),
        ]
    )
    r = evaluate_trigger(MARGIN, led, "BABA", as_of=date(2026, 11, 20))
    assert r.status is TriggerStatus.FAILED
    assert r.fact is not None and r.fact.period.label == "FY27Q2"
    assert r.note == "FY27Q2: 15.0%; deadline 2026-09-30 passed"
    # a later period that meets it does not count: it ends after the deadline; the deadline's own
    # quarter (reported after it, and before the later one) is still the fact shown
    late = fact("ebita_margin", "FY27Q3", Quantity.exact(0.25, RATIO), "2027-02-15", "cloud")
    led.add_fact(late)
    r = evaluate_trigger(MARGIN, led, "BABA", as_of=date(2027, 3, 1))
    assert r.status is TriggerStatus.FAILED
    assert r.fact is not None and r.fact.period.label == "FY27Q2"
    # also failed when the lag runs out with nothing for the deadline's period
    only_q1 = InMemoryLedger(
        [fact("ebita_margin", "FY27Q1", Quantity.exact(0.12, RATIO), "2026-08-20", "cloud")]
    )
    assert evaluate_trigger(MARGIN, only_q1, "BABA", as_of=date(2027, 1, 15)).status is TriggerStatus.FAILED


def test_no_data() -> None:
    empty = InMemoryLedger()
    r = evaluate_trigger(MARGIN, empty, "BABA", as_of=date(2026, 6, 1))
    assert r.status is TriggerStatus.NO_DATA and r.fact is None
    assert r.note == "nothing in the ledger yet"
    r = evaluate_trigger(MARGIN, empty, "BABA", as_of=date(2027, 6, 1))
    assert r.note == "deadline passed with nothing in the ledger"
    assert evaluate_trigger(MARGIN, empty, None).note.startswith("the thesis names no company")


def test_met_by_the_deadline_quarter_reported_after_it() -> None:
    led = InMemoryLedger(
        [
            fact("ebita_margin", "FY27Q1", Quantity.exact(0.12, RATIO), "2026-08-20", "cloud"),
            fact("ebita_margin", "FY27Q2", Quantity.exact(0.22, RATIO), "2026-11-15", "cloud"),
            fact("ebita_margin", "FY27Q3", Quantity.exact(0.18, RATIO), "2027-02-15", "cloud"),
        ]
    )
    for today in (date(2026, 11, 20), date(2027, 3, 1)):
        r = evaluate_trigger(MARGIN, led, "BABA", as_of=today)
        assert r.status is TriggerStatus.MET
        assert r.fact is not None and r.fact.period.label == "FY27Q2"
    # met earlier and missed on the deadline's quarter: met (it was reached by the deadline)
    early = InMemoryLedger(
        [
            fact("ebita_margin", "FY27Q1", Quantity.exact(0.21, RATIO), "2026-08-20", "cloud"),
            fact("ebita_margin", "FY27Q2", Quantity.exact(0.19, RATIO), "2026-11-15", "cloud"),
        ]
    )
    r = evaluate_trigger(MARGIN, early, "BABA", as_of=date(2026, 12, 1))
    assert r.status is TriggerStatus.MET and r.fact is not None and r.fact.period.label == "FY27Q1"


def test_point_in_time_ignores_facts_reported_later() -> None:
    led = InMemoryLedger([fact("ebita_margin", "FY27Q1", Quantity.exact(0.21, RATIO), "2026-08-20", "cloud")])
    assert evaluate_trigger(MARGIN, led, "BABA", as_of=date(2026, 8, 19)).status is TriggerStatus.NO_DATA
    assert evaluate_trigger(MARGIN, led, "BABA", as_of=date(2026, 8, 20)).status is TriggerStatus.MET


def test_money_trigger_in_cny() -> None:
    arr = parse_trigger("maas_arr >= 30e9 CNY by 2026-12-31")
    above8 = fact("maas_arr", "2026-05-15", Quantity.more_than(8e9, CNY), "2026-05-15")
    led = InMemoryLedger([above8])
    r = evaluate_trigger(arr, led, "BABA", as_of=date(2026, 6, 1))
    assert r.status is TriggerStatus.NOT_YET
    assert r.note == "2026-05-15: >8bn CNY (the reported range straddles the threshold)"
    led.add_fact(fact("maas_arr", "2026-12-31", Quantity.approx(31e9, CNY), "2027-01-20"))
    r = evaluate_trigger(arr, led, "BABA", as_of=date(2027, 2, 1))
    assert r.status is TriggerStatus.MET and r.note == "2026-12-31: ~31bn CNY"
    # a range entirely below the threshold after the deadline fails
    short = InMemoryLedger([fact("maas_arr", "2026-12-31", Quantity.between(20e9, 25e9, CNY), "2027-01-20")])
    assert evaluate_trigger(arr, short, "BABA", as_of=date(2027, 2, 1)).status is TriggerStatus.FAILED


def test_money_in_another_currency_is_not_converted() -> None:
    arr = parse_trigger("maas_arr >= 30e9 CNY")
    led = InMemoryLedger([fact("maas_arr", "2026-12-31", Quantity.exact(5e9, USD), "2027-01-20")])
    r = evaluate_trigger(arr, led, "BABA", as_of=date(2027, 2, 1))
    assert r.status is TriggerStatus.NO_DATA
    assert r.note == "the fact is in USD and the trigger in CNY; there is no implicit conversion"
    bare = parse_trigger("maas_arr >= 30e9")
    r = evaluate_trigger(bare, led, "BABA", as_of=date(2027, 2, 1))
    assert r.status is TriggerStatus.NO_DATA
    assert r.note == "the fact is money in USD but the trigger gives no currency"


def test_alibaba_triggers_against_its_facts_file() -> None:
    thesis = load_thesis(ALIBABA)
    ledger = load_ledger_file(ALIBABA_FACTS)
    sim = simulate(compile_thesis(thesis, ledger, as_of=date(2026, 6, 1)), 50_000, seed=7)
    results = check_triggers(thesis, ledger, as_of=date(2026, 6, 1), simulation=sim)
    got = [(r.trigger.text, r.status, r.fact.period.label if r.fact else None, r.input) for r in results]
    assert got == [
        ("cloud.ebita_margin >= 0.20", TriggerStatus.NOT_YET, "FY26Q4", "cloud_ebita_margin"),
        ("cloud.ebita_margin >= 0.13 by FY27Q2", TriggerStatus.NOT_YET, "FY26Q4", None),
        ("ai_revenue_share > 0.5 by 2027-06-30", TriggerStatus.NOT_YET, "FY26Q4", "ai_revenue_share"),
        ("maas_arr >= 30e9 CNY by 2026-12-31", TriggerStatus.NOT_YET, "2026-05-15", "maas_arr_dec26"),
    ]
    assert results[1].trigger.deadline == date(2026, 9, 30)
    assert results[1].probability is None  # simulate: false
    for r in (results[0], results[2], results[3]):
        assert r.probability is not None and 0 < r.probability < 1
    assert results[0].probability == sim.trigger_probabilities[0]
    # without a ledger every trigger has no data
    assert {r.status for r in check_triggers(thesis)} == {TriggerStatus.NO_DATA}
