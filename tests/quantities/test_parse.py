"""Golden table for parse_quantity: every phrase form named in issue 2, item 2, and the currency aliases."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from thesisledger.errors import QuantityParseError
from thesisledger.quantities import Bound, Quantity, UnitKind, parse_quantity, read_quantity

B = 1e9

# text, low, high, bound, unit, scale, qualitative
ISSUE_PHRASES: list[tuple[str, float | None, float | None, Bound, str, str | None, str | None]] = [
    ("RMB 9 billion", 9 * B, 9 * B, Bound.EQ, "CNY", "billion", None),
    ("US$38bn", 38 * B, 38 * B, Bound.EQ, "USD", "bn", None),
    ("HK$1.2 trillion", 1.2e12, 1.2e12, Bound.EQ, "HKD", "trillion", None),
    ("¥470,000", 470_000, 470_000, Bound.EQ, "CNY", None, None),
    ("USD 800 million", 800e6, 800e6, Bound.EQ, "USD", "million", None),
    ("30%", 0.3, 0.3, Bound.EQ, "ratio", "%", None),
    ("-7 percentage points", -0.07, -0.07, Bound.EQ, "pp", "percentage points", None),
    ("3.75x", 3.75, 3.75, Bound.EQ, "multiple", None, None),
    ("8-10x", 8, 10, Bound.RANGE, "multiple", None, None),
    ("5 to 8 billion USD", 5 * B, 8 * B, Bound.RANGE, "USD", "billion", None),
    ("above 10 billion but below 20 billion", 10 * B, 20 * B, Bound.RANGE, "count", "billion", None),
    ("above RMB 10 billion but below 20 billion", 10 * B, 20 * B, Bound.RANGE, "CNY", "billion", None),
    ("over 40%", 0.4, None, Bound.GT, "ratio", "%", None),
    ("approximately RMB 9 billion", 9 * B, 9 * B, Bound.APPROX, "CNY", "billion", None),
    ("nearly 30%", 0.3, 0.3, Bound.APPROX, "ratio", "%", None),
    ("more than 50%", 0.5, None, Bound.GT, "ratio", "%", None),
    ("teens", 0.10, 0.19, Bound.RANGE, "ratio", "%", "teens"),
    ("mid-teens", 0.14, 0.16, Bound.RANGE, "ratio", "%", "mid teens"),
    ("high single digits", 0.07, 0.09, Bound.RANGE, "ratio", "%", "high single digits"),
    ("low double digits", 0.10, 0.13, Bound.RANGE, "ratio", "%", "low double digits"),
    ("1 billion downloads", 1 * B, 1 * B, Bound.EQ, "count", "billion", None),
    ("158 million monthly active users", 158e6, 158e6, Bound.EQ, "count", "million", None),
]


@pytest.mark.parametrize(
    ("text", "low", "high", "bound", "unit", "scale", "qualitative"),
    ISSUE_PHRASES,
    ids=[p[0] for p in ISSUE_PHRASES],
)
def test_issue_phrases(
    text: str,
    low: float | None,
    high: float | None,
    bound: Bound,
    unit: str,
    scale: str | None,
    qualitative: str | None,
) -> None:
    q = parse_quantity(text)
    assert (q.low, q.high, q.bound, str(q.unit), q.scale, q.qualitative) == pytest.approx(
        (low, high, bound, unit, scale, qualitative)
    )
    lo, hi = low if low is not None else high, high if high is not None else low
    assert lo is not None and hi is not None
    expected_value = (lo + hi) / 2 if low is not None and high is not None else lo
    assert q.value == pytest.approx(expected_value)


def test_counted_nouns_are_kept() -> None:
    assert parse_quantity("1 billion downloads").unit.noun == "downloads"
    assert parse_quantity("158 million monthly active users").unit.noun == "monthly active users"
    assert parse_quantity("8-10x PE").unit.noun == "PE"


def test_json_shape_of_a_range() -> None:
    d = parse_quantity("above 10 billion but below 20 billion").to_dict()
    assert d == {
        "value": 15e9,
        "low": 10e9,
        "high": 20e9,
        "bound": "range",
        "unit": "count",
        "scale": "billion",
    }


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("RMB 9 billion", "CNY"),
        ("CNY 9 billion", "CNY"),
        ("9 billion yuan", "CNY"),
        ("Rmb9bn", "CNY"),
        ("9 billion renminbi", "CNY"),
        ("USD 9 billion", "USD"),
        ("US$9 billion", "USD"),
        ("$9 billion", "USD"),
        ("9 billion dollars", "USD"),
        ("9 billion US dollars", "USD"),
        ("HKD 9 billion", "HKD"),
        ("HK$9 billion", "HKD"),
        ("9 billion Hong Kong dollars", "HKD"),
        ("EUR 9 billion", "EUR"),
        ("€9 billion", "EUR"),
        ("9 billion euros", "EUR"),
        ("JPY 9 billion", "JPY"),
        ("9 billion yen", "JPY"),
        ("£9 billion", "GBP"),
    ],
)
def test_currency_aliases(text: str, code: str) -> None:
    q = parse_quantity(text)
    assert q.unit.kind is UnitKind.CURRENCY
    assert q.unit.code == code
    assert q.low == q.high == 9e9


def test_yen_sign_is_cny_by_default_with_a_note_and_jpy_on_request() -> None:
    m = read_quantity("¥470,000")
    assert m.quantity.unit.code == "CNY"
    assert m.note is not None and "JPY" in m.note
    assert parse_quantity("¥470,000", default_currency="JPY").unit.code == "JPY"


def test_default_currency_resolves_a_bare_amount() -> None:
    q = parse_quantity("above 10 billion but below 20 billion", default_currency="RMB")
    assert str(q.unit) == "CNY"
    assert not read_quantity("above 10 billion but below 20 billion").unit_explicit


@pytest.mark.parametrize(
    ("text", "low", "high", "bound"),
    [
        ("at least 20%", 0.2, None, Bound.GTE),
        ("at most 5x", None, 5.0, Bound.LTE),
        ("less than USD 3 billion", None, 3e9, Bound.LT),
        ("between 5 and 8 billion", 5e9, 8e9, Bound.RANGE),
        ("~RMB 9bn", 9e9, 9e9, Bound.APPROX),
        ("50-70%", 0.5, 0.7, Bound.RANGE),
        ("50 bps", 0.005, 0.005, Bound.EQ),
        ("USD 1.25 per share", 1.25, 1.25, Bound.EQ),
    ],
)
def test_other_bound_and_unit_forms(text: str, low: float | None, high: float | None, bound: Bound) -> None:
    q = parse_quantity(text)
    assert (q.low, q.high, q.bound) == pytest.approx((low, high, bound))


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ("", "empty"),
        ("approximately", "no quantity"),
        ("more than", "no quantity"),
        ("the cloud business", "no quantity"),
        ("30% and 40%", "2 quantities"),
        ("XYZ 9 billion", "unknown currency"),
    ],
)
def test_not_a_quantity(text: str, fragment: str) -> None:
    with pytest.raises(QuantityParseError, match=fragment):
        parse_quantity(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789 .,-%$¥€xXbnmkto~()HKUSDRMBabove")), max_size=40))
@example("~1-2")  # "~" before a range once crashed the note about it (a TypeError)
def test_parse_raises_only_quantity_parse_error_on_quantity_like_noise(text: str) -> None:
    with contextlib.suppress(QuantityParseError):
        assert isinstance(parse_quantity(text), Quantity)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60))
def test_parse_raises_only_quantity_parse_error_on_any_text(text: str) -> None:
    with contextlib.suppress(QuantityParseError):
        assert isinstance(parse_quantity(text), Quantity)
