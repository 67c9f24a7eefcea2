"""ME: an amount per share that is an effect, a step or a variance of EPS has no metric; a level of EPS is
`eps` (labels README, decided 2026-12-03, seventh session). Sentences written for the tests."""

from __future__ import annotations

from call_claims import call_metrics


def test_effect_named_after_the_amount() -> None:
    m = call_metrics(
        "Adjusted earnings per share was $2.40, including a $0.12 drag from storm costs. "
        "Last year's earnings per share included a $0.30 per diluted share benefit from a tax ruling."
    )
    assert m["$2.40"] == "eps"
    assert m["$0.12"] is None
    assert m["$0.30 per diluted share"] is None


def test_bridge_steps_after_a_named_eps_total() -> None:
    m = call_metrics(
        "Earnings per share rose 11% to $3.10. Volume contributed about $0.20 of the increase, "
        "and pricing added $0.15 to earnings per share."
    )
    assert m["$3.10"] == "eps"
    assert m["about $0.20"] is None
    assert m["$0.15"] is None


def test_effect_named_before_the_amount() -> None:
    m = call_metrics(
        "Currency had an impact to second quarter earnings per share of $0.05. "
        "Lower tax expense benefited earnings per share by $0.04. "
        "We now expect adjusted earnings per share of $5.10 to $5.20."
    )
    assert m["$0.05"] is None
    assert m["$0.04"] is None
    assert m["$5.10 to $5.20"] == "eps"


def test_step_of_guided_eps() -> None:
    m = call_metrics(
        "We are raising our adjusted earnings per share guidance by $0.25 to a range of $6.00 to $6.10, "
        "up $0.20 from the midpoint of our prior outlook."
    )
    assert m["$0.25"] is None
    assert m["$6.00 to $6.10"] == "eps"
    assert m["$0.20"] is None


def test_change_named_around_the_amount() -> None:
    m = call_metrics(
        "This reduction of approximately $1 in adjusted earnings per share reflects higher costs. "
        "We expect to deliver about $4.50 in adjusted earnings per share for the year."
    )
    assert m["approximately $1"] is None
    assert m["about $4.50"] == "eps"


def test_charge_restated_per_share() -> None:
    m = call_metrics(
        "Results include acquisition-related amortization of approximately $90 million or $0.40 per diluted "
        "share. Net income was $500 million or $2.10 per diluted share."
    )
    assert m["$0.40 per diluted share"] is None
    assert m["$2.10 per diluted share"] == "eps"


def test_a_beat_stays_eps_and_a_change_of_eps_itself_has_none() -> None:
    # README, decided in the eighth session: a change of EPS itself in dollars has no metric
    m = call_metrics(
        "Adjusted earnings per share of $1.20 exceeded the high end of our guidance by $0.05. "
        "Earnings per share was $1.20, a $0.15 improvement year over year."
    )
    assert m["$0.05"] == "eps"
    assert m["$0.15"] is None


def test_one_time_charge_takes_no_key_of_a_measure_beside_it() -> None:
    m = call_metrics(
        "The pension charge of $30 million represents losses outside the corridor. "
        "We recorded a $45 million non-cash impairment charge, which reduced cash flow. "
        "Net income included a special charge of $0.20 per share."
    )
    assert m["$30 million"] is None
    assert m["$45 million"] is None
    assert m["$0.20 per share"] is None


def test_charge_offs_and_cost_lines_keep_their_keys() -> None:
    m = call_metrics("Net income was $120 million. Operating expenses were $80 million, including charges.")
    assert m["$120 million"] == "net_income"
    assert m["$80 million"] == "expenses"


def test_an_effect_towards_a_guided_level_leaves_the_level_eps() -> None:
    m = call_metrics(
        "We expect savings to have a positive impact to get us to our earnings guidance range of $3.10 to "
        "$3.30 per share."
    )
    assert m["$3.10 to $3.30 per share"] == "eps"
