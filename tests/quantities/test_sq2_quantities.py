"""Quantity shapes found uncovered on unlabelled calls (helper SQ2): each test names the shape."""

from __future__ import annotations

import pytest

from thesisledger.quantities import Bound, find_quantities


def _found(text: str) -> dict[str, tuple[float | None, float | None, Bound, str]]:
    return {
        m.text: (m.quantity.low, m.quantity.high, m.quantity.bound, str(m.quantity.unit))
        for m in find_quantities(text)
    }


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        (
            "Sales should fall by $100 million to $300 million year on year.",
            "$100 million to $300 million",
            1e8,
            3e8,
        ),
        ("Capex was $40 million and $90 million year to date.", "$90 million", 9e7, 9e7),
        ("Capex was $40 million and $90 million year to date.", "$40 million", 4e7, 4e7),
    ],
)
def test_two_amounts_before_a_period_word_are_kept(text: str, span: str, low: float, high: float) -> None:
    got = _found(text)
    assert span in got
    assert got[span][:2] == pytest.approx((low, high))


@pytest.mark.parametrize(
    ("text", "span", "low", "high"),
    [
        ("Renewal retentions improved to the mid-80% in the aggregate.", "mid-80%", 0.84, 0.86),
        ("This included low 30% core growth in Western Europe.", "low 30%", 0.30, 0.33),
        ("Margins stayed in the mid 50%s before the pandemic.", "mid 50%s", 0.54, 0.56),
        ("Cap rates sit in the high 3% for the best assets.", "high 3%", 0.037, 0.039),
        ("Utilization moved into the low to mid 70%.", "low to mid 70%", 0.70, 0.76),
        ("Delinquencies were in the mid- to high 5% area.", "mid- to high 5%", 0.054, 0.059),
    ],
)
def test_a_percent_level_with_no_range_word_is_a_range(text: str, span: str, low: float, high: float) -> None:
    got = _found(text)
    assert span in got
    assert got[span][:3] == (pytest.approx(low), pytest.approx(high), Bound.RANGE)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The operating ratio was a record low 58% this quarter.", "58%"),
        ("Retention remained at a historically high 89%.", "89%"),
        ("The tax rate was a very low 35% this year.", "35%"),
    ],
)
def test_low_or_high_describing_a_number_is_no_level(text: str, span: str) -> None:
    got = _found(text)
    assert span in got and got[span][2] is Bound.EQ


@pytest.mark.parametrize(
    ("text", "span", "high", "unit"),
    [
        ("We will achieve a sub-90% combined ratio by 2022.", "sub-90%", 0.9, "ratio"),
        ("Deals have traded at sub 6% cap rates.", "sub 6%", 0.06, "ratio"),
        ("All of this gives a sub-$35 per barrel breakeven.", "sub-$35", 35.0, "USD"),
        ("We would still have leverage of sub 1.5 times.", "sub 1.5 times", 1.5, "multiple"),
    ],
)
def test_sub_before_a_number_is_less_than(text: str, span: str, high: float, unit: str) -> None:
    got = _found(text)
    assert span in got
    assert got[span][:3] == (None, pytest.approx(high), Bound.LT)
    assert unit in got[span][3]


def test_a_count_after_sub_names_a_class() -> None:
    assert not [s for s in _found("Bookings in the sub-1 megawatt category set a record.") if "sub" in s]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Ameren closed on a 400 megawatt project in Missouri.", "400 megawatt", 400.0),
        ("The 2.6-gigawatt offshore wind project is on schedule.", "2.6-gigawatt", 2.6),
        ("We agreed to sell the 340-room hotel downtown.", "340-room", 340.0),
        ("We will connect it to our 500 kV transmission system.", "500 kV", 500.0),
        ("It is a 160,000 square foot laboratory.", "160,000 square foot", 160000.0),
        ("We bought about a 300-unit apartment community.", "about a 300-unit", 300.0),
    ],
)
def test_a_number_before_a_singular_unit_of_size_is_a_count(text: str, span: str, value: float) -> None:
    got = _found(text)
    assert span in got
    assert got[span][:2] == (value, value)
    assert "count" in got[span][3]


@pytest.mark.parametrize(
    "text",
    [
        "We plan 2021 store openings across the country.",
        "Power sold at $50 per megawatt hour on average.",
        "It is a 100 megawatt hour battery.",
    ],
)
def test_a_year_a_rate_or_an_energy_unit_is_no_size(text: str) -> None:
    assert not [s for s in _found(text) if "megawatt" in s or "store" in s]


@pytest.mark.parametrize(
    ("text", "span", "low", "high", "bound"),
    [
        ("Most aircraft over the age of 15 were parked.", "over the age of 15", 15.0, None, Bound.GT),
        ("Buyers under the age of 35 grew as a share.", "under the age of 35", None, 35.0, Bound.LT),
        ("Demand shifted away from those 55 and older.", "55 and older", 55.0, None, Bound.GTE),
        ("Members 65 years of age or older were counted.", "65 years of age or older", 65.0, None, Bound.GTE),
        ("Customers aged 65 and over called less.", "65 and over", 65.0, None, Bound.GTE),
        ("New customers with ages 25 to 39 grew fastest.", "25 to 39", 25.0, 39.0, Bound.RANGE),
        ("More deaths came at younger ages below 65, with more severity.", "below 65", None, 65.0, Bound.LT),
    ],
)
def test_an_age_threshold_is_in_years(
    text: str, span: str, low: float | None, high: float | None, bound: Bound
) -> None:
    got = _found(text)
    assert span in got
    assert got[span] == (low, high, bound, "years")


def test_and_over_without_an_age_word_is_no_age() -> None:
    assert "12 and over" not in _found("We opened 12 and over 30 are planned.")


@pytest.mark.parametrize(
    ("text", "bound"),
    [
        ("We expect to reach net debt zero sometime next year.", Bound.EQ),
        ("Earnings from promotes were effectively zero, while rents rose.", Bound.APPROX),
        ("Travel expenses were close to zero from April through June.", Bound.APPROX),
        ("So the acquisition impact was zero.", Bound.EQ),
    ],
)
def test_zero_as_a_measures_value_is_a_quantity(text: str, bound: Bound) -> None:
    got = _found(text)
    assert got.get("zero") == (0.0, 0.0, bound, "count")


@pytest.mark.parametrize(
    "text",
    [
        "We target net zero emissions by 2050.",
        "Sales of zero-turn mowers doubled.",
        "We benefited from near zero short-term rates.",
        "We joined the Race to zero.",
        "We had essentially zero free cash flow in the quarter.",
    ],
)
def test_zero_as_an_adjective_or_a_name_is_no_quantity(text: str) -> None:
    assert "zero" not in _found(text)
