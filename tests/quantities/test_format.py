"""format_quantity: readable text, and parse_quantity(format_quantity(q)) == q."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from quantity_strategies import quantities

from thesisledger.quantities import PP, RATIO, Bound, Quantity, Unit, format_quantity, parse_quantity


@pytest.mark.parametrize(
    ("text", "formatted"),
    [
        ("RMB 9 billion", "CNY 9 billion"),
        ("approximately RMB 9 billion", "approximately CNY 9 billion"),
        ("US$38bn", "USD 38bn"),
        ("HK$1.2 trillion", "HKD 1.2 trillion"),
        ("¥470,000", "CNY 470,000"),
        ("above 10 billion but below 20 billion", "10-20 billion"),
        ("above RMB 10 billion but below 20 billion", "CNY 10-20 billion"),
        ("5 to 8 billion USD", "USD 5-8 billion"),
        ("30%", "30%"),
        ("over 40%", "more than 40%"),
        ("at least 20%", "at least 20%"),
        ("under 5x", "less than 5x"),
        ("-7 percentage points", "-7 percentage points"),
        ("-7 to -3 pp", "-7 to -3 pp"),
        ("3.75x", "3.75x"),
        ("8-10x", "8-10x"),
        ("8-10x PE", "8-10x PE"),
        ("mid-teens", "mid-teens"),
        ("teens", "teens"),
        ("high single digits", "high single digits"),
        ("low to mid teens", "low to mid teens"),
        ("1 billion downloads", "1 billion downloads"),
        ("158 million monthly active users", "158 million monthly active users"),
        ("USD 1.25 per share", "USD 1.25 per share"),
        ("about one year", "approximately 1 year"),
        ("3-5 years", "3-5 years"),
    ],
)
def test_formats(text: str, formatted: str) -> None:
    q = parse_quantity(text)
    assert format_quantity(q) == formatted
    assert str(q) == formatted
    assert parse_quantity(formatted) == q


def test_computed_values_hide_float_noise_and_round_on_request() -> None:
    assert format_quantity(Quantity.exact(0.36 - 0.25, PP, "pp")) == "11 pp"
    assert format_quantity(Quantity.exact(0.36 - 0.25, PP, "pp"), digits=None) == "10.999999999999999 pp"
    assert format_quantity(Quantity.exact(0.353678289961735, RATIO, "%"), digits=3) == "35.4%"
    assert (
        format_quantity(Quantity.exact(123456789.0, Unit.currency("USD"), "million"), digits=2)
        == "USD 120 million"
    )


def test_defaults_for_unscaled_ratio_and_pp() -> None:
    assert format_quantity(Quantity.exact(0.3, RATIO)) == "30%"
    assert format_quantity(Quantity.exact(-0.07, PP)) == "-7 pp"


def test_level_word_is_dropped_when_the_numbers_no_longer_match_it() -> None:
    moved = Quantity(0.2, 0.3, Bound.RANGE, RATIO, "%", "mid teens")
    assert format_quantity(moved) == "20-30%"


@settings(max_examples=200, deadline=None)
@given(quantities())
def test_round_trip_exact(q: Quantity) -> None:
    text = format_quantity(q, digits=None)
    assert parse_quantity(text) == q, text


@settings(max_examples=200, deadline=None)
@given(quantities())
def test_round_trip_default_digits(q: Quantity) -> None:
    back = parse_quantity(format_quantity(q))
    assert (back.bound, back.unit, back.scale) == (q.bound, q.unit, q.scale)
    for a, b in ((back.low, q.low), (back.high, q.high)):
        assert (a is None and b is None) or (
            a is not None and b is not None and math.isclose(a, b, rel_tol=1e-14, abs_tol=1e-300)
        )
