"""Verdicts: every status, every bound kind, levels, point-in-time vs flow, FX, and the as-of rule."""

from __future__ import annotations

from datetime import date

import pytest
from reconcile_helpers import fact, instant, promise, quarter

from thesisledger.quantities import FxTable, Quantity, Unit
from thesisledger.reconcile import Status, known_facts, resolve, resolve_all

FX = FxTable.default()
LATE = date(2027, 12, 31)  # long after every deadline below


def verdict(g, facts, as_of=LATE, fx=FX):  # type: ignore[no-untyped-def]
    return resolve(g, facts, as_of=as_of, fx=fx)


# -- bound kinds -------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("what", "actual", "status"),
    [
        ("RMB 10 billion", "RMB 10.09 billion", Status.MET),  # eq: within 1%
        ("RMB 10 billion", "RMB 10.2 billion", Status.BEAT),  # eq: 2% above, higher is better
        ("RMB 10 billion", "RMB 9.8 billion", Status.MISSED),
        ("about RMB 10 billion", "RMB 10.4 billion", Status.MET),  # approx: within 5%
        ("about RMB 10 billion", "RMB 9.6 billion", Status.MET),
        ("about RMB 10 billion", "RMB 10.6 billion", Status.BEAT),
        ("about RMB 10 billion", "RMB 9.4 billion", Status.MISSED),
        ("more than RMB 10 billion", "RMB 10 billion", Status.MISSED),  # gt is strict
        ("at least RMB 10 billion", "RMB 10 billion", Status.MET),  # gte is not
        ("less than RMB 10 billion", "RMB 10 billion", Status.BEAT),  # failed a ceiling upwards: good side
        ("at most RMB 10 billion", "RMB 10 billion", Status.MET),
        ("RMB 8-10 billion", "RMB 9 billion", Status.MET),  # range: inside is met
        ("RMB 8-10 billion", "RMB 10.5 billion", Status.BEAT),
        ("RMB 8-10 billion", "RMB 7.5 billion", Status.MISSED),
    ],
)
def test_bound_kinds_on_a_flow_metric(what: str, actual: str, status: Status) -> None:
    g = promise("revenue", what, "FY27Q1")
    v = verdict(g, [fact("revenue", quarter("FY27Q1"), actual, date(2026, 8, 20))])
    assert v.status is status
    assert v.fact is not None and v.fact.period.label == "FY27Q1"
    assert g.quote and v.guidance.quote == g.quote


def test_distance_in_units_and_percent_of_the_promise() -> None:
    g = promise("revenue", "RMB 8-10 billion", "FY27Q1")
    v = verdict(g, [fact("revenue", quarter("FY27Q1"), "RMB 7.5 billion", date(2026, 8, 20))])
    assert v.distance is not None
    assert v.distance.value == pytest.approx(-0.5e9)  # from the missed edge, 8 billion
    assert v.distance_pct == pytest.approx(-6.25)
    assert v.surprise_pct == pytest.approx((7.5 - 9) / 9 * 100)  # from the midpoint
    assert "outside -> missed" in v.arithmetic and "-6.2% of CNY 8 billion" in v.arithmetic


def test_lower_is_better_for_losses() -> None:
    g = promise("loss", "above RMB 10 billion but below RMB 20 billion", "FY27Q1", entity="all_others")
    below = verdict(
        g, [fact("loss", quarter("FY27Q1"), "RMB 8 billion", date(2026, 8, 20), entity="all_others")]
    )
    above = verdict(
        g, [fact("loss", quarter("FY27Q1"), "RMB 23 billion", date(2026, 8, 20), entity="all_others")]
    )
    inside = verdict(
        g, [fact("loss", quarter("FY27Q1"), "RMB 12 billion", date(2026, 8, 20), entity="all_others")]
    )
    assert (below.status, above.status, inside.status) == (Status.BEAT, Status.MISSED, Status.MET)
    assert above.surprise_pct == pytest.approx(-(23 - 15) / 15 * 100)  # worse than promised: negative
    assert "lower is better for loss" in above.arithmetic


def test_neutral_metric_is_missed_either_side() -> None:
    g = promise("capex", "RMB 100 billion", "FY27", entity=None)
    high = verdict(g, [fact("capex", quarter("FY27"), "RMB 120 billion", date(2027, 5, 15), entity=None)])
    low = verdict(g, [fact("capex", quarter("FY27"), "RMB 80 billion", date(2027, 5, 15), entity=None)])
    assert (high.status, low.status) == (Status.MISSED, Status.MISSED)


# -- qualitative levels ------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("actual", "status"),
    [
        ("10%", Status.MET),
        ("15%", Status.MET),
        ("19.6%", Status.MET),
        ("9.9%", Status.MISSED),
        ("20%", Status.BEAT),
    ],
)
def test_teens_is_ten_to_nineteen_percent(actual: str, status: Status) -> None:
    g = promise("ebita_margin", "teens", "FY27Q1")
    assert verdict(g, [fact("ebita_margin", quarter("FY27Q1"), actual, date(2026, 8, 20))]).status is status


def test_span_of_quarters_is_partially_met_when_some_quarters_keep_the_promise() -> None:
    g = promise("ebita_margin", "mid teens", "over the next two quarters")
    q1 = fact("ebita_margin", quarter("FY27Q1"), "15%", date(2026, 8, 20))
    q2 = fact("ebita_margin", quarter("FY27Q2"), "12%", date(2026, 11, 15))
    q2_ok = fact("ebita_margin", quarter("FY27Q2"), "16%", date(2026, 11, 15))
    assert verdict(g, [q1, q2]).status is Status.PARTIALLY_MET
    assert verdict(g, [q1, q2_ok]).status is Status.MET
    assert verdict(g, [q1], as_of=date(2026, 9, 1)).status is Status.NOT_YET_DUE
    v = verdict(g, [q1, q2])
    assert "1 of 2 sub-periods" in v.note and v.distance is not None
    assert v.distance.value == pytest.approx(-0.02)  # 12% vs the 14% edge of "mid teens"


def test_flow_over_a_span_sums_its_quarters() -> None:
    g = promise("revenue", "above RMB 50 billion", "FY27H1")
    q1 = fact("revenue", quarter("FY27Q1"), "RMB 24 billion", date(2026, 8, 20))
    q2 = fact("revenue", quarter("FY27Q2"), "RMB 27 billion", date(2026, 11, 15))
    v = verdict(g, [q1, q2])
    assert v.status is Status.MET
    assert "= CNY 51 billion" in v.arithmetic
    assert verdict(g, [q1]).status is Status.OVERDUE  # half never complete, company reports revenue


# -- point-in-time vs flow ---------------------------------------------------------------------
def test_arr_is_read_at_the_deadline_not_summed() -> None:
    g = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas")
    readings = [
        fact("arr", instant(date(2026, 9, 30)), "RMB 18 billion", date(2026, 11, 15), entity="maas"),
        fact("arr", instant(date(2026, 12, 31)), "RMB 28 billion", date(2027, 2, 20), entity="maas"),
    ]
    v = verdict(g, readings)
    assert v.status is Status.MISSED  # 18 + 28 would pass; a run-rate is never summed
    assert v.fact is not None and v.fact.period.end == date(2026, 12, 31)
    assert v.distance is not None and v.distance.value == pytest.approx(-2e9)


def test_arr_reached_early_is_met_and_a_reading_after_the_deadline_counts() -> None:
    g = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas")
    early = fact("arr", instant(date(2026, 9, 30)), "RMB 31 billion", date(2026, 11, 15), entity="maas")
    assert verdict(g, [early], as_of=date(2026, 11, 20)).status is Status.MET
    after = fact("arr", instant(date(2027, 1, 20)), "RMB 32 billion", date(2027, 2, 20), entity="maas")
    v = verdict(g, [after])
    assert v.status is Status.MET and v.note == "first reading after the deadline"


def test_flow_metric_uses_the_period_figure_not_a_reading_inside_it() -> None:
    g = promise("revenue", "above RMB 30 billion", "FY27Q1")
    month = fact("revenue", instant(date(2026, 6, 30)), "RMB 40 billion", date(2026, 7, 10))
    v = verdict(g, [month], as_of=date(2026, 8, 1))
    assert v.status is Status.NOT_YET_DUE  # no FY27Q1 figure yet; grace after the quarter


# -- FX ----------------------------------------------------------------------------------------
def test_fact_in_another_currency_is_converted_at_the_period_end_rate() -> None:
    g = promise("revenue", "above RMB 30 billion", "FY25Q3")  # Oct-Dec 2024
    usd = fact(
        "revenue",
        quarter("FY25Q3"),
        Quantity.exact(4.3e9, Unit.currency("USD"), "billion"),
        date(2025, 2, 20),
    )
    v = verdict(g, [usd])
    assert v.fx is not None
    assert (v.fx.base, v.fx.quote, v.fx.on, v.fx.rate) == ("USD", "CNY", date(2024, 12, 31), 7.196)
    assert v.status is Status.MET  # 4.3 x 7.196 = 30.94 billion
    assert v.distance is not None and v.distance.value == pytest.approx(4.3e9 * 7.196 - 30e9)
    assert "x 7.196 CNY/USD" in v.arithmetic and "rate for 2024-12-31" in v.arithmetic
    assert "Federal Reserve" in v.arithmetic  # the rate names its source


def test_missing_fx_rate_is_not_verifiable_with_the_reason() -> None:
    g = promise("revenue", "above RMB 30 billion", "FY27Q1")
    usd = fact("revenue", quarter("FY27Q1"), Quantity.exact(4.3e9, Unit.currency("USD")), date(2026, 8, 20))
    v = verdict(g, [usd])
    assert v.status is Status.NOT_VERIFIABLE and "no CNY rate for 2026-06-30" in v.note


# -- unresolved statuses -----------------------------------------------------------------------
def test_not_yet_due_overdue_and_not_verifiable() -> None:
    g = promise("revenue", "above RMB 30 billion", "FY27Q1")
    older = fact("revenue", quarter("FY26Q4"), "RMB 28 billion", date(2026, 5, 15))
    assert verdict(g, [older], as_of=date(2026, 6, 1)).status is Status.NOT_YET_DUE
    in_grace = verdict(g, [older], as_of=date(2026, 8, 1))
    assert in_grace.status is Status.NOT_YET_DUE and "period closed 2026-06-30" in in_grace.note
    assert verdict(g, [older], as_of=date(2026, 10, 15)).status is Status.OVERDUE
    never = verdict(promise("dau", "above 100 million", "FY27Q1"), [older], as_of=date(2026, 10, 15))
    assert never.status is Status.NOT_VERIFIABLE and "has not reported cloud dau for any period" in never.note


def test_superseded_by_a_later_revision() -> None:
    first = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas")
    raised = promise(
        "arr", "above RMB 35 billion", "by the end of 2026", entity="maas", given_at=date(2026, 8, 20)
    )
    reading = fact("arr", instant(date(2026, 12, 31)), "RMB 33 billion", date(2027, 2, 20), entity="maas")
    verdicts = {v.guidance.id: v for v in resolve_all([first, raised], [reading], as_of=LATE, fx=FX)}
    assert verdicts[first.id].status is Status.SUPERSEDED and verdicts[first.id].superseded_by == raised.id
    assert verdicts[raised.id].status is Status.MISSED
    before_raise = resolve_all([first, raised], [reading], as_of=date(2026, 8, 1), fx=FX)
    assert [v.guidance.id for v in before_raise] == [first.id]  # the raise was not given yet


def test_withdrawal_is_not_a_promise() -> None:
    first = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas")
    gone = promise("arr", "above RMB 30 billion", "by the end of 2026", entity="maas",
                   given_at=date(2026, 8, 20), withdrawn=True)  # fmt: skip
    verdicts = resolve_all([first, gone], [], as_of=LATE, fx=FX)
    assert len(verdicts) == 1 and verdicts[0].status is Status.SUPERSEDED
    assert verdicts[0].note.startswith("withdrawn on 2026-08-20")


# -- point in time -----------------------------------------------------------------------------
def test_a_fact_reported_after_as_of_is_invisible() -> None:
    g = promise("revenue", "above RMB 30 billion", "FY27Q1")
    f = fact("revenue", quarter("FY27Q1"), "RMB 31 billion", date(2026, 8, 20))
    assert verdict(g, [f], as_of=date(2026, 8, 19)).status is Status.NOT_YET_DUE
    assert verdict(g, [f], as_of=date(2026, 8, 20)).status is Status.MET


def test_restatement_counts_only_once_reported() -> None:
    first = fact("revenue", quarter("FY27Q1"), "RMB 31 billion", date(2026, 8, 20))
    restated = fact("revenue", quarter("FY27Q1"), "RMB 29 billion", date(2027, 5, 15))
    assert [f.quantity.value for f in known_facts([restated, first], date(2026, 12, 31))] == [31e9]
    assert [f.quantity.value for f in known_facts([first, restated], date(2027, 6, 1))] == [29e9]
    g = promise("revenue", "above RMB 30 billion", "FY27Q1")
    assert verdict(g, [first, restated], as_of=date(2026, 12, 31)).status is Status.MET
    assert verdict(g, [first, restated], as_of=date(2027, 6, 1)).status is Status.MISSED


def test_illustrative_facts_mark_the_verdict() -> None:
    g = promise("revenue", "above RMB 30 billion", "FY27Q1")
    f = fact("revenue", quarter("FY27Q1"), "RMB 31 billion", date(2026, 8, 20), illustrative=True)
    v = verdict(g, [f])
    assert v.illustrative and v.to_dict()["illustrative"] is True
    assert v.to_dict()["facts"][0]["source"] == "test results"
