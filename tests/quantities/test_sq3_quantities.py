"""Quantities the scanner used to miss on new companies (helper SQ3): number words before "point(s)" after
a verb of contribution or change, or before "of" and a driver of growth; "15 of our 17 properties"."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from read_quantities import read_quantities as _read
from thesisledger.quantities import find_quantities


@pytest.mark.parametrize(
    ("text", "span", "value", "bound"),
    [
        ("Acquisitions added 10 points, while currency added two points.", "two points", 0.02, "eq"),
        ("and foreign exchange added nearly two points.", "nearly two points", 0.02, "approx"),
        ("we expect the deal to add three points to growth", "three points", 0.03, "eq"),
        ("a decrease of more than three points over last year", "more than three points", 0.03, "gt"),
        ("an improvement of seven points from the prior period", "seven points", 0.07, "eq"),
        ("the combined ratio improved one point to 93%", "one point", 0.01, "eq"),
        ("It reflects about one point of net benefit from M&A", "about one point", 0.01, "approx"),
        ("driven by three points of favorable price/mix", "three points", 0.03, "eq"),
        ("and four points of unfavorable foreign currency", "four points", 0.04, "eq"),
        ("which includes one point of growth from the deal", "one point", 0.01, "eq"),
    ],
)
def test_number_word_points_after_contribution_or_before_driver(
    text: str, span: str, value: float, bound: str
) -> None:
    got = [g for g in _read(text) if g[4] == "pp" and g[0].endswith(("point", "points")) and "10" not in g[0]]
    assert [(g[0], g[3]) for g in got] == [(span, bound)]
    low, high = got[0][1], got[0][2]
    assert (low if low is not None else high) == pytest.approx(value)


@pytest.mark.parametrize(
    "text",
    [
        "three points of contact with the customer",
        "we are down to about two points of disagreement",
        "I'd add two points on the outlook",
        "the merger added two points of view to the board",
        "let me make two points of clarification",
    ],
)
def test_number_word_points_without_change_or_driver_stay_unread(text: str) -> None:
    assert [g for g in _read(text) if g[4] == "pp"] == []


_WORDS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@settings(max_examples=60, deadline=None)
@given(
    n=st.integers(min_value=1, max_value=12),
    lead=st.sampled_from(["currency added", "acquisitions contributing", "an improvement of", "it improved"]),
    bound=st.sampled_from(["", "about ", "more than "]),
)
def test_any_number_word_points_after_a_change_are_that_many_points(n: int, lead: str, bound: str) -> None:
    word = _WORDS[n - 1]
    got = [g for g in _read(f"Sales rose 9%, and {lead} {bound}{word} points.") if g[4] == "pp"]
    assert [g[0] for g in got] == [f"{bound}{word} points"]
    value = got[0][1] if got[0][1] is not None else got[0][2]
    assert value == pytest.approx(n / 100)


@settings(max_examples=60, deadline=None)
@given(
    part=st.integers(min_value=1, max_value=900),  # the group stays below 1900: "of our 2021" is a year
    extra=st.integers(min_value=0, max_value=999),
    noun=st.sampled_from(["properties", "mills", "stores", "open hotels"]),
)
def test_digits_of_our_counted_group_are_a_count(part: int, extra: int, noun: str) -> None:
    whole = part + extra
    got = _read(f"Results were broad, as {part} of our {whole} {noun} grew.")
    assert [(g[0], g[1], g[4]) for g in got] == [
        (str(part), pytest.approx(part), "count"),
        (f"{whole} {noun}", pytest.approx(whole), "count"),
    ]


@pytest.mark.parametrize(
    ("text", "part"),
    [("with six of our 10 mills setting records", "six"), ("as 15 of our 17 properties grew", "15")],
)
def test_part_of_our_counted_group(text: str, part: str) -> None:
    assert _read(text)[0][0] == part


def test_year_after_of_our_is_no_group() -> None:
    assert _read("1 of our 2021 goals") == []


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "our net debt-to-EBITDA ratio has declined from 1.9 a year ago to 1.3 at the end of Q2.",
            [1.9, 1.3],
        ),
        ("The debt to EBITDA ratio was 1.5 times versus 1.6 last year.", [1.5, 1.6]),
        ("Book-to-bill went up sharply to 1.64 in the quarter after 0.93 in quarter three.", [1.64, 0.93]),
        ("the leverage ratio, which improved to 2.2 times, down from 3.2 a year ago.", [2.2, 3.2]),
    ],
)
def test_the_base_of_a_named_ratio_is_a_multiple_too(text: str, values: list[float]) -> None:
    got = _read(text)
    assert [g[1] for g in got] == [pytest.approx(v) for v in values]
    assert {g[4] for g in got} == {"multiple"}


def test_a_named_ratio_range_gives_no_second_value() -> None:
    assert [g[0] for g in _read("a leverage ratio of approximately 3.7 to 3.8")] == ["approximately 3.7"]


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        ("Over the decade, we repurchased over a third of our shares.", "over a third", "gt"),
        ("Online is now roughly a third of sales.", "roughly a third", "approx"),
        ("Deposits now comprise a third of the total.", "a third", "eq"),
    ],
)
def test_a_third_of_is_a_share(text: str, span: str, bound: str) -> None:
    got = _read(text)
    assert [(g[0], g[3], g[4]) for g in got] == [(span, bound, "ratio")]
    assert got[0][1 if bound != "lt" else 2] == pytest.approx(1 / 3)


@pytest.mark.parametrize(
    "text",
    ["It was a third quarter record.", "We use a third party operator.", "We announced a third increase."],
)
def test_a_third_not_before_of_is_no_share(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "span", "noun"),
    [
        ("we decided to build a 12-inch wafer fab in Germany", "12-inch", "inch"),
        ("integrating our gearbox, our 400-volt silicon inverter and our motor", "400-volt", "volt"),
        ("replace the lift with a 6-person high-speed chairlift", "6-person", "person"),
        ("approval of our design for a 28-story mixed-use building", "28-story", "story"),
    ],
)
def test_product_spec_sizes_are_counts(text: str, span: str, noun: str) -> None:
    got = [(m.text, m.quantity.unit.noun) for m in find_quantities(text)]
    assert got == [(span, noun)]


@pytest.mark.parametrize(
    "text",
    ["demand for our Flex-Force 60-volt lithium-ion products", "compatible with our DEWALT 20-volt system"],
)
def test_a_spec_after_a_brand_name_is_a_product_name(text: str) -> None:
    assert _read(text) == []


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "municipal bonds make up about three quarters of our insured portfolio",
            "about three quarters",
            0.75,
        ),
        (
            "technologies made up roughly three-quarters of our licensing business",
            "roughly three-quarters",
            0.75,
        ),
        ("sales reached approximately one quarter of our total sales", "approximately one quarter", 0.25),
        ("a fleet with nearly a quarter of our capacity newly delivered", "nearly a quarter", 0.25),
    ],
)
def test_quarters_of_our_are_a_share(text: str, span: str, value: float) -> None:
    assert _read(text) == [(span, pytest.approx(value), pytest.approx(value), "approx", "ratio")]


@pytest.mark.parametrize(
    "text",
    [
        "in the first three quarters of the year we earned more",
        "through the first three quarters of our fiscal year",
        "strong results for three quarters of our fiscal year",
    ],
)
def test_quarters_of_a_year_stay_a_duration(text: str) -> None:
    assert [g[4] for g in _read(text)] == ["quarters"]


def test_a_quarter_of_a_year_is_no_share() -> None:
    assert _read("a quarter of our fiscal year") == []
