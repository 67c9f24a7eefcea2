"""Metric readings that recur across companies (second metric round): aliases of existing keys and
attachment rules, each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "free cash" is free cash flow, not a cash balance
        ("Free cash grew 20% to $300 million in the quarter.", {"$300 million": "free_cash_flow"}),
        ("We ended the quarter with $300 million of cash.", {"$300 million": "cash"}),
        # the change of revenue per piece (package) is the price change; a level in dollars has no key
        ("Revenue per piece increased 9.5% in the quarter.", {"9.5%": "price_change"}),
        (
            "Fuel drove 250 basis points of the revenue per package growth rate.",
            {"250 basis points": "price_change"},
        ),
        ("Revenue per piece was $11.20 in the quarter.", {"$11.20": None}),
        # a share of the company's volume
        ("Small businesses represented 28% of our volume in the quarter.", {"28%": "volume_share"}),
    ],
)
def test_aliases_of_existing_keys(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a verb of multiplying is a change of what did it: growth when its measure takes no multiples
        ("Operating profit more than doubled in the quarter.", {"more than doubled": "growth"}),
        ("Adjusted EPS nearly tripled in the quarter.", {"nearly tripled": "growth"}),
        ("Orders more than doubled in the quarter.", {"more than doubled": "growth"}),
        # contrast: a ratio to something else, a comparison said as an adjective, are no change
        ("Our backlog is now double the level of last year's peak.", {"double": None}),
        ("Net leverage was 3 times EBITDA at quarter end.", {"3 times EBITDA": None}),
    ],
)
def test_multiplied_is_growth(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a "respectively" list ending with a measure the vocabulary does not know: its change is growth
        (
            "Segment revenue and rated issuance increased 12% and 11%, respectively.",
            {"12%": "revenue_growth", "11%": "growth"},
        ),
        # the change verb before the list moves each measure in it, EPS too
        (
            "We grew total company sales and earnings per share 17% and 18%, respectively.",
            {"17%": "revenue_growth", "18%": "growth"},
        ),
        # contrast: a verb of an earlier number does not move the list after it
        (
            "EBITDA increased 40% to $1.5 billion, and operating income and EBITDA margins were 20% and 35%,"
            " respectively.",
            {"35%": "ebitda_margin"},
        ),
    ],
)
def test_respectively_lists(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a growth "in" a part given as the cause of a named growth is the part's growth
        (
            "Financial institutions revenue rose 14%, supported by 25% growth in issuance.",
            {"14%": "revenue_growth", "25%": "growth"},
        ),
        ("Our revenue growth was 5%, led by 12% growth in our direct business.", {"12%": "growth"}),
        # contrast: without a cause word the part's growth stays the named growth
        (
            "We delivered mid single-digit core revenue growth in marking and 12% growth in packaging.",
            {"12%": "revenue_growth"},
        ),
    ],
)
def test_growth_of_a_cause(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a change verb leading through "to" into the number: the level reached by something with no key
        ("We increased our ROIC to 30.8%, an increase of 910 basis points.", {"30.8%": None}),
        ("The combined ratio increased to 58.1% in the quarter.", {"58.1%": None}),
        # contrasts: a growth named before is that level; a change said against last year stays growth
        ("Our net unit growth increased to 6% this year.", {"6%": "growth"}),
        ("Adjusted EBITDA increased to 20% compared to last year.", {"20%": "growth"}),
        ("The operating margin increased to 14% in the quarter.", {"14%": "operating_margin"}),
    ],
)
def test_raised_to_a_level(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "a N% decline in X" after a named growth: the change of X, growth when X has no key
        (
            "Revenue declined 2% compared to a 17% decrease in issuance.",
            {"2%": "revenue_growth", "17%": "growth"},
        ),
        ("Revenue was down 58% as a result of a 65% decline in attendance.", {"65%": "growth"}),
        # contrasts: a decline in sales is revenue's; a decline in an earlier period is the same growth
        (
            "Revenue declined 5%, driven by a 6% decline in China local currency sales.",
            {"6%": "revenue_growth"},
        ),
        (
            "Revenue declined 11%, an improvement from the 22% decline in the third quarter.",
            {"22%": "revenue_growth"},
        ),
    ],
)
def test_decline_in_something_unkeyed(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)
