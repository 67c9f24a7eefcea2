"""find_quantities on the real seed note (read from ../shared at test time) and on small own sentences."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from read_quantities import read_quantities as _read
from thesisledger.quantities import (
    MULTIPLE,
    Bound,
    Quantity,
    QuantityMatch,
    cagr,
    find_quantities,
    growth_multiple,
)

B = 1e9


@pytest.fixture(scope="module")
def note(seed_note_path: Path) -> str:
    return seed_note_path.read_text("utf-8")


@pytest.fixture(scope="module")
def matches(note: str) -> list[QuantityMatch]:
    return list(find_quantities(note))


def _key(m: QuantityMatch) -> tuple[str, Bound, float | None, float | None, str]:
    q = m.quantity
    return m.text, q.bound, q.low, q.high, str(q.unit)


def test_spans_are_exact_ordered_and_disjoint(note: str, matches: list[QuantityMatch]) -> None:
    assert len(matches) > 80  # the note is dense with numbers
    last_end = -1
    for m in matches:
        assert note[m.start : m.end] == m.text
        assert m.text == m.text.strip()
        assert m.start >= last_end
        last_end = m.end


@pytest.mark.parametrize(
    "expected",
    [
        ("approximately RMB 9 billion", Bound.APPROX, 9 * B, 9 * B, "CNY"),
        ("RMB 36 billion", Bound.EQ, 36 * B, 36 * B, "CNY"),
        ("exceeded RMB 8 billion", Bound.GT, 8 * B, None, "CNY"),
        ("RMB 10 billion", Bound.EQ, 10 * B, 10 * B, "CNY"),
        ("3.75x", Bound.EQ, 3.75, 3.75, "multiple"),
        ("8-10x PE", Bound.RANGE, 8.0, 10.0, "multiple"),
        ("50-70%", Bound.RANGE, 0.5, 0.7, "ratio"),
        ("9%", Bound.EQ, 0.09, 0.09, "ratio"),
        ("teens", Bound.RANGE, 0.10, 0.19, "ratio"),
        ("470,000 units", Bound.EQ, 470_000.0, 470_000.0, "count"),
        ("158 million monthly active users", Bound.EQ, 158e6, 158e6, "count"),
        ("approximately USD 22 billion", Bound.APPROX, 22 * B, 22 * B, "USD"),
        ("USD 100 billion", Bound.EQ, 100 * B, 100 * B, "USD"),
        ("over 40%", Bound.GT, 0.4, None, "ratio"),
        ("-7 percentage points", Bound.EQ, -0.07, -0.07, "pp"),
        ("above 10 billion but below 20 billion USD", Bound.RANGE, 10 * B, 20 * B, "USD"),
        ("21.2 billion yuan", Bound.EQ, 21.2 * B, 21.2 * B, "CNY"),
        ("$800 million", Bound.EQ, 800e6, 800e6, "USD"),
        ("1.6x PS", Bound.EQ, 1.6, 1.6, "multiple"),
    ],
    ids=lambda e: e[0],
)
def test_seed_note_quantities_found(
    matches: list[QuantityMatch], expected: tuple[str, Bound, float | None, float | None, str]
) -> None:
    keys = [_key(m) for m in matches]
    assert any(k[0] == expected[0] and k[1] is expected[1] and k[4] == expected[4] for k in keys), expected[0]
    hit = next(k for k in keys if k[0] == expected[0])
    assert hit[2:4] == pytest.approx(expected[2:4])


def test_seed_note_no_years_or_period_labels(note: str, matches: list[QuantityMatch]) -> None:
    labels = [(m.start(), m.end()) for m in re.finditer(r"FY\d\dQ\d|\b(?:19|20)\d\d\b", note)]
    assert labels  # the note names fiscal quarters and years
    for m in matches:
        for start, end in labels:
            assert m.end <= start or m.start >= end, (m.text, note[start:end])


def test_seed_note_numbers_expose_its_arithmetic(matches: list[QuantityMatch]) -> None:
    """The note's own figures: 22 -> 100 (USD bn) over five years is ~35.4% a year, not "over 40%"."""
    by_text = {m.text: m.quantity for m in matches}
    start = by_text["approximately USD 22 billion"]
    end = by_text["USD 100 billion"]
    rate = cagr(start, end, 5)
    assert rate.low == pytest.approx(0.3537, abs=1e-4)
    assert not by_text["over 40%"].contains(rate.value)
    # ARR "more than RMB 8bn" now and "more than RMB 30bn" later: the stated points are 3.75x apart
    arr_now, arr_later = by_text["exceeded RMB 8 billion"], by_text["surpass RMB 30 billion"]
    points = [Quantity.exact(q.value, q.unit) for q in (arr_now, arr_later)]
    assert growth_multiple(*points) == Quantity.exact(3.75, MULTIPLE)
    # ...while the note's "8 billion to 300 billion" pair is 37.5x, not the 3.75x it states next to them
    eight = next(m.quantity for m in matches if m.text == "8 billion")
    three_hundred = next(m.quantity for m in matches if m.text == "300 billion")
    assert growth_multiple(eight, three_hundred).value == pytest.approx(37.5)


def test_bound_word_with_article_is_part_of_the_span() -> None:
    text = "Margins may exceed the 25% mark next year."
    (m,) = find_quantities(text)
    assert m.text == "exceed the 25%"
    assert (m.quantity.bound, m.quantity.low) == (Bound.GT, 0.25)


def test_own_sentence() -> None:
    text = "Revenue rose to US$4.5bn in 2025, up 12% year on year, with 3 million new subscribers."
    got = [(m.text, str(m.quantity.unit), m.quantity.low) for m in find_quantities(text)]
    assert got == [
        ("US$4.5bn", "USD", 4.5e9),
        ("12%", "ratio", 0.12),
        ("3 million new subscribers", "count", 3e6),
    ]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_find_never_raises_and_spans_hold(text: str) -> None:
    last = -1
    for m in find_quantities(text):
        assert text[m.start : m.end] == m.text
        assert m.start >= last
        last = m.end


# -- number words before units, hyphenated units, "a" before a fold (round 3) -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("costs came down one basis point", ("one basis point", 0.0001, 0.0001, "eq", "pp")),
        ("the margin declined five basis points", ("five basis points", 0.0005, 0.0005, "eq", "pp")),
        ("a 170-basis-point improvement", ("170-basis-point", 0.017, 0.017, "eq", "pp")),
        ("sales were up six percent", ("six percent", 0.06, 0.06, "eq", "ratio")),
        ("margin rose two percentage points", ("two percentage points", 0.02, 0.02, "eq", "pp")),
        ("our yield is more than seven times higher", ("more than seven times", 7.0, None, "gt", "multiple")),
        ("is more than a fourfold increase", ("more than a fourfold", 4.0, None, "gt", "multiple")),
        ("a targeted range of nine to 9.5%", ("nine to 9.5%", 0.09, 0.095, "range", "ratio")),
        ("double-digit growth", ("double-digit", 0.1, None, "gte", "ratio")),
        ("a twofold rise", ("twofold", 2.0, 2.0, "eq", "multiple")),
    ],
)
def test_number_words_before_units(text: str, expected: tuple[str, float, float, str, str]) -> None:
    got = _read(text)
    assert len(got) == 1
    span, low, high, bound, unit = got[0]
    assert (span, bound, unit) == expected[:1] + expected[3:]
    assert low == pytest.approx(expected[1]) if expected[1] is not None else low is None
    assert high == pytest.approx(expected[2]) if expected[2] is not None else high is None


@pytest.mark.parametrize("text", ["at times we", "sometimes", "many times over", "the Times reported"])
def test_times_without_a_number_word_is_nothing(text: str) -> None:
    assert _read(text) == []


def test_a_year_lends_no_unit_to_the_number_after_it() -> None:
    got = _read("down from 9.4% in the second quarter of 2020 and 8.8% in the first quarter")
    assert [g[0] for g in got] == ["9.4%", "8.8%"]


_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9}


@settings(max_examples=100, deadline=None)
@given(
    st.sampled_from(sorted(_WORDS)),
    st.sampled_from([("basis points", 1e-4, "pp"), ("percent", 1e-2, "ratio"), ("times", 1.0, "multiple")]),
    st.sampled_from(["", "more than ", "about ", "at least "]),
)
def test_number_word_measures_read_as_the_digits_would(
    word: str, unit: tuple[str, float, str], bound: str
) -> None:
    name, factor, code = unit
    text = f"the figure rose {bound}{word} {name} last year"
    digits = _read(f"the figure rose {bound}{_WORDS[word]} {name} last year")
    got = _read(text)
    assert len(got) == 1 and len(digits) == 1
    assert got[0][0] == f"{bound}{word} {name}"
    assert (
        got[0][1:] == pytest.approx(digits[0][1:]) if got[0][1] is not None else got[0][1:] == digits[0][1:]
    )
    assert (got[0][1] if got[0][1] is not None else got[0][2]) == pytest.approx(_WORDS[word] * factor)
    assert got[0][4] == code


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("A headwind of $75 million in the quarter and $335 million year to date.", "$335 million"),
        ("Free cash flow rose $40 million year over year.", "$40 million"),
        ("We booked RMB 300 billion year-to-date.", "RMB 300 billion"),
    ],
)
def test_money_before_a_period_word_ends_before_it(text: str, span: str) -> None:
    found = {text[q.start : q.end]: q for q in find_quantities(text)}
    assert span in found and found[span].quantity.unit.kind.value == "currency"
    # contrast: a duration without money is still a duration
    (q,) = find_quantities("a payback of 3-5 years")
    assert q.quantity.unit.code == "years"
