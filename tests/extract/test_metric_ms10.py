"""Metric readings of claims the labels give no metric (an effect on earnings, a part's share of earnings),
each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # what an effect moved earnings by is no level of them (README, decided 2026-12-03)
        (
            "Higher storm claims reduced our segment earnings by approximately $40 million.",
            {"approximately $40 million": None},
        ),
        ("Warm weather hurt net income by $6 million in the quarter.", {"$6 million": None}),
        (
            "We expect fourth quarter operating income to be negatively impacted by about $30 million.",
            {"about $30 million": None},
        ),
        ("The sale resulted in a net increase of $25 million to net income.", {"$25 million": None}),
        # contrasts: the measure's own change, a business's own change, a level
        ("Net income increased by $43 million compared to last year.", {"$43 million": "net_income"}),
        (
            "The services segment increased operating profit by $90 million.",
            {"$90 million": "operating_income"},
        ),
        ("Net income was $412 million in the quarter.", {"$412 million": "net_income"}),
    ],
)
def test_effect_on_earnings_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of an EPS change, named as a contribution or by its source, has no metric
        (
            "Adjusted EPS was $3.10, up $0.40. Cost savings contributed $0.25 and a lower share count"
            " contributed another $0.10.",
            {"$0.25": None, "$0.10": None, "$3.10": "eps"},
        ),
        ("Adjusted EPS was $3.10. Tax items accounted for the remaining $0.05.", {"$0.05": None}),
        ("Our EPS outlook is $5.20, with $0.30 from improved pricing.", {"$0.30": None, "$5.20": "eps"}),
        (
            "We now expect EPS of $5.20, including about $0.12 of net dilution from the sale.",
            {"about $0.12": None},
        ),
        # contrast: EPS from continuing operations is a level
        ("Diluted EPS was $2.45 from continuing operations.", {"$2.45": "eps"}),
    ],
)
def test_part_of_eps_change_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a part of the company's results per share is its share of EPS, not EPS
        (
            "Results for the Distribution segment were $0.84 per share, an increase of $0.06 per share.",
            {"$0.84 per share": None, "$0.06 per share": None},
        ),
        (
            "Adjusted EPS was $1.50. The parent company results decreased $0.03 per share.",
            {"$0.03 per share": None},
        ),
        # contrasts: the company's earnings per share, and a segment's results in dollars
        ("Our second quarter earnings were $1.42 per share, up from $1.30.", {"$1.42 per share": "eps"}),
        (
            "Results for the Distribution segment were $84 million of operating income.",
            {"$84 million": "operating_income"},
        ),
    ],
)
def test_part_results_per_share_have_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the level of a ratio with no key, named right before the %, is no growth
        ("The combined ratio was 91.2%, a 3-point improvement year-over-year.", {"91.2%": None}),
        (
            "The underlying loss ratio was 60.1% for the quarter, a 0.6 point year-over-year improvement.",
            {"60.1%": None},
        ),
        (
            "Our Tier 1 ratio of 10.2%, an increase of 30 basis points during the quarter, remains strong.",
            {"10.2%": None},
        ),
        (
            "Its operating ratio was a record low 57.9%, improving 900 basis points year-over-year.",
            {"57.9%": None},
        ),
        # contrast: the ratio's change stays as it was read, a growth told after a ratio too
        ("Revenue grew 12%, while the operating ratio improved.", {"12%": "revenue_growth"}),
    ],
)
def test_ratio_level_is_no_growth(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # growth told against the market's is no growth of the company's own
        (
            "We aim to grow 200 to 300 basis points faster than the market each year.",
            {"200 to 300 basis points": None},
        ),
        (
            "Segment revenue outgrew the market by 400 basis points in the quarter.",
            {"400 basis points": None},
        ),
        (
            "Revenue grew 12%, an estimated outgrowth of approximately 150 basis points.",
            {"approximately 150 basis points": None, "12%": "revenue_growth"},
        ),
        # contrast: the company's own growth in the same sentence keeps its metric
        ("Sales grew 9% in the quarter, well ahead of the market.", {"9%": "revenue_growth"}),
    ],
)
def test_growth_over_the_market_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a % of a pre-pandemic year's measure is a level against that base, no share
        ("On-premise accounted for about 85% of 2019 net sales revenue in the quarter.", {"about 85%": None}),
        ("We expect to reach 90% of pre-COVID sales by year end.", {"90%": None}),
        # contrast: a share of the last year's revenue (the call is in 2021)
        (
            "Utility customers accounted for more than 70% of our 2020 revenues.",
            {"more than 70%": "revenue_share"},
        ),
    ],
)
def test_share_of_past_year_is_a_level(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


def test_eps_guide_raise_has_no_metric() -> None:
    # "guide" said for guidance: a raise of the EPS guide is a step, not a level (README, decided 2026-12-03)
    got = call_metrics(
        "On EPS we are raising the lower end of the prior guide by $0.05 to $9.85 to $10 per share."
    )
    assert got["$0.05"] is None, got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an effect per share named with its direction is a step of EPS, not a level
        (
            "Adjusted EPS was $1.45, including an estimated $0.04 per share favorable impact from weather.",
            {"an estimated $0.04 per share": None, "$1.45": "eps"},
        ),
        (
            "Results reflect the estimated $0.02 per share unfavorable weather effect.",
            {"$0.02 per share": None},
        ),
    ],
)
def test_directed_effect_per_share_has_no_metric(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
