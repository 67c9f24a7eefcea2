"""Growth-family metric readings (helper M7): which measure a change belongs to when the sentence itself does
not name it, each checked on sentences of our own with a contrasting case."""

from __future__ import annotations

import pytest

from call_claims import call_metrics


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # points of change with no measure of their own move the margin the sentence before named
        (
            "We saw strong gross margin expansion in every segment. The Americas were up 140 basis points.",
            {"140 basis points": "gross_margin"},
        ),
        (
            "Adjusted operating margin was 14.2%. This is an increase of 130 basis points versus last year.",
            {"130 basis points": "operating_margin"},
        ),
        # contrast: points of a growth or a tailwind stay a growth, the sentence before notwithstanding
        (
            "Adjusted operating margin was 14.2%. Currency was a 300 basis point tailwind.",
            {"300 basis point": "growth"},
        ),
        (
            "Adjusted operating margin was 14.2%. Unit growth accelerated by 120 basis points.",
            {"120 basis points": "growth"},
        ),
        # contrast: no margin before, no margin taken
        (
            "Revenue was $2.1 billion in the quarter. This is an increase of 130 basis points.",
            {"130 basis points": "growth"},
        ),
    ],
)
def test_points_of_previous_margin(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        # a cost or a rate the sentence names is what its points move, not the margin named before
        (
            "Gross margin was 31%. Our operating rates increased to 93% and, following the storms in the"
            " first quarter, ran about five points above the industry average.",
            "about five points",
        ),
    ],
)
def test_points_of_own_cost_or_rate(text: str, span: str) -> None:
    assert call_metrics(text)[span] != "gross_margin"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a multiple of the measure's own past is a change of it
        (
            "We generated $10.9 billion in free cash flow, more than double the amount generated in the prior"
            " year.",
            {"more than double": "growth"},
        ),
        (
            "Total contract value signed was more than twice the value from a year ago.",
            {"more than twice": "growth"},
        ),
        ("Our funnel is now five times what it was at the end of last year.", {"five times": "growth"}),
        # contrast: a multiple of another thing or of a plan is no change
        ("Our backlog is now double the level of the industry average.", {"double": None}),
        ("The savings were about twice what we expected in 2020.", {"about twice": None}),
        ("Net leverage was 2.3 times adjusted EBITDA at the end of the year.", {"2.3 times": None}),
        # a measure with no key against its own past is growth too (README: changes of unkeyed measures),
        # but not against a peak
        ("Backlog was more than twice the value from a year ago.", {"more than twice": "growth"}),
        ("Our backlog is now double the level of last year's peak.", {"double": None}),
    ],
)
def test_multiple_of_own_past(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # both ends of a move "from X% to Y%" of a ratio with no key are levels, not growth
        (
            "Our fixed rate debt as a percentage of total debt increased from 78% to 87%.",
            {"78%": None, "87%": None},
        ),
        (
            "The loss ratio increased from 42.7% in 2020 to 56.7% in 2021.",
            {"42.7%": None, "56.7%": None},
        ),
        # contrast: a growth rate moving, a tailwind, stay growth
        ("We are reducing our growth rate from 30% down to 5%.", {"30%": "growth", "5%": "growth"}),
        ("Currency cut the FX tailwind from 3% to 2.5%.", {"3%": "growth", "2.5%": "growth"}),
    ],
)
def test_from_to_level(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "make up" names a part of a whole: its "up" is no change
        ("Our dust collection business, which makes up 60% of the segment, was hit hard.", {"60%": None}),
        ("Deposits now make up 68% of total funding.", {"68%": None}),
        (
            "Our core categories, which make up more than 70% of our business, are recovering.",
            {"more than 70%": "revenue_share"},
        ),
        # contrast: "up" after another verb is a change
        ("Orders were up 60% in the quarter.", {"60%": "growth"}),
    ],
)
def test_make_up_is_no_change(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the base after the level a ratio moved to ("to X% from Y%") is of the same measure as that level
        ("Gross margins improved to 22.5% from 22.3% on a year-over-year basis.", {"22.3%": "gross_margin"}),
        ("The yield on loans increased to 3.58% this quarter from 3.55% last quarter.", {"3.55%": None}),
        # contrast: a growth moving keeps growth
        ("Unit growth accelerated to 8% from 5%.", {"5%": "growth"}),
        (
            "Sales are expected to be up 14% to 19%, resulting from high single-digit volume growth.",
            {"high single-digit": "growth"},
        ),
    ],
)
def test_base_after_level(text: str, expected: dict[str, str | None]) -> None:
    got = call_metrics(text)
    for span, metric in expected.items():
        assert got[span] == metric, (span, got)


def test_compound_average_growth_rate_is_cagr() -> None:
    # "compound average growth rate" is a compound growth rate over years, not a growth of the period
    got = call_metrics("That's about an 18% compound average growth rate over the two years.")
    assert got["18%"] == "cagr", got
