"""Metric readings found on the dev9 calls (new companies' wordings), each checked on sentences of our own
with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a cost told per share is a step of the EPS bridge (README, decided 2026-12-03: no metric)
        ("Shipping expenses were higher by $0.14 per share than last year.", {"$0.14 per share": None}),
        (
            "Adjusted EPS was $2.40. The increase was partly offset by higher labor costs of $0.23.",
            {"$0.23": None},
        ),
        # contrasts: a cost line in dollars, and a unit cost, keep `expenses`
        ("Shipping expenses were higher by $14 million compared to last year.", {"$14 million": "expenses"}),
        ("Adjusted EPS was $2.40. Our cash costs were $1.42 per pound.", {"$1.42": "expenses"}),
    ],
)
def test_cost_per_share_is_a_bridge_step(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare "margin" after one profit measure with a margin of its own is that profit's margin
        (
            "Segment EBITDA was $52 million on sales of $310 million, a margin of 16.8%.",
            {"16.8%": "ebitda_margin"},
        ),
        ("Adjusted EBITDA of $95 million was up 9%, with margins of 21.2%.", {"21.2%": "ebitda_margin"}),
        ("Gross profit rose 12% and our margin improved to 38.5%.", {"38.5%": "gross_margin"}),
        # contrasts: a margin the sentence names keeps its name, and a bare margin with no profit named
        # before it stays the operating margin
        ("EBITDA was $52 million and operating margin was 11.4%.", {"11.4%": "operating_margin"}),
        ("Sales rose 4% and margins were 12.5% in the quarter.", {"12.5%": "operating_margin"}),
    ],
)
def test_bare_margin_after_a_profit(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a per-share change of something its clause names is a step of the EPS bridge (README: no metric)
        (
            "Adjusted EPS was $3.05. Resin prices were up $0.12 per share versus last year.",
            {"$0.12 per share": None},
        ),
        ("Adjusted EPS was $3.05. Fiber costs were lower by $0.04 per share.", {"$0.04 per share": None}),
        (
            "Adjusted EPS was $3.05. Box prices were $0.31 per share above the first quarter.",
            {"$0.31 per share": None},
        ),
        # a change of earnings itself, and one told right after EPS, have no metric either (README, decided in
        # the eighth session: a change of EPS in dollars is a variance of EPS); the level stays `eps`
        ("Earnings were higher by $0.30 per share than last year.", {"$0.30 per share": None}),
        (
            "Adjusted EPS was $3.05, up $0.64 per share versus last year.",
            {"$3.05": "eps", "$0.64 per share": None},
        ),
    ],
)
def test_other_change_per_share_is_a_bridge_step(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part's share of the bookings is a share of volume, as shares of new lease signings are
        ("Enterprise deals made up 40% of our total bookings in the quarter.", {"40%": "volume_share"}),
        ("In the quarter, 55% of our bookings were new work.", {"55%": "volume_share"}),
        # contrast: a share of revenue
        ("Enterprise deals made up 40% of our total revenue in the quarter.", {"40%": "revenue_share"}),
    ],
)
def test_share_of_bookings(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % change of a cost per unit is a cost line's change (README: "costs improved 7%" -> expenses)
        ("Production cost per ton increased 6.1% on inflation.", {"6.1%": "expenses"}),
        ("COGS per case were down 2% in the quarter.", {"2%": "expenses"}),
        # contrast: a price per unit in the same sentence is a price's change (test_metric_mm10)
        ("Revenue per ton rose 4% and cost per ton rose 3%.", {"4%": "price_change", "3%": "expenses"}),
    ],
)
def test_unit_cost_change(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an annual growth rate told over a span of years is a CAGR named without "compound"
        ("That has produced a 35% annual growth rate over the last four years.", {"35%": "cagr"}),
        ("Bookings grew at an annual growth rate of 18% over a 3-year period.", {"18%": "cagr"}),
        ("We are targeting a 6% annual growth rate for 2023 to 2026.", {"6%": "cagr"}),
        # contrasts: one year's annual growth rate, and a plain growth over years, keep their reading
        ("The midpoint represents an approximate 14% annual growth rate.", {"approximate 14%": "growth"}),
        ("Revenue grew 12% over the last three years.", {"12%": "revenue_growth"}),
    ],
)
def test_annual_rate_over_years(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
