"""Number words before "point(s)" as percentage points, and "top N" as a rank rather than a bound."""

from __future__ import annotations

import pytest

from read_quantities import read_quantities as _read


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("gross margin came in two points above plan", "two points", 0.02),
        ("a five-point improvement in retention", "five-point", 0.05),
        ("we lifted the outlook by one point to 12%", "one point", 0.01),
        ("churn was down three points", "three points", 0.03),
        ("a seven-point headwind from mix", "seven-point", 0.07),
        ("margin was up four points year-over-year", "four points", 0.04),
        ("a three-point reduction in capacity", "three-point", 0.03),
    ],
)
def test_number_word_points_are_percentage_points(text: str, span: str, value: float) -> None:
    got = [g for g in _read(text) if g[4] == "pp"]
    assert len(got) == 1
    assert got[0][0] == span
    assert got[0][1] == pytest.approx(value) and got[0][2] == pytest.approx(value)
    assert got[0][3] == "eq"


@pytest.mark.parametrize(
    ("text", "span", "bound"),
    [
        ("the loss ratio improved by more than three points", "more than three points", "gt"),
        ("we cut the capacity plan by about four points", "about four points", "approx"),
    ],
)
def test_bound_word_between_by_and_number_word_points(text: str, span: str, bound: str) -> None:
    got = [g for g in _read(text) if g[4] == "pp"]
    assert [(g[0], g[3]) for g in got] == [(span, bound)]


def test_bound_word_before_number_word_points() -> None:
    assert _read("margin landed roughly two points below target") == [
        ("roughly two points", pytest.approx(0.02), pytest.approx(0.02), "approx", "pp")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "at this point we are not changing the outlook",
        "one point in time",
        "I want to make two points about the quarter",
        "at one point, demand slowed",
        "the one point I would stress is execution",
        "three points of contact with the customer",
        "we are down to about two points of disagreement",
    ],
)
def test_point_without_a_change_word_is_nothing(text: str) -> None:
    assert [g for g in _read(text) if g[4] == "pp"] == []


def test_digits_before_points_unchanged_by_number_word_rule() -> None:
    # "one point five percent" is a spoken decimal, not one percentage point
    assert [g[0] for g in _read("growth of one point five percent")] == ["five percent"]


@pytest.mark.parametrize(
    "text",
    [
        "Sales was in 12 of our top 20 deals this quarter.",
        "Top 10 customers renewed.",
        "We looked at the top 25 accounts.",
        "the company's top 3 products",
    ],
)
def test_top_n_as_rank_is_not_a_bound(text: str) -> None:
    got = _read(text)
    assert all(g[3] != "gt" for g in got)
    # a rank count (labels README, seventh session: rank counts are claims), never a bound
    assert all(g[3] == "eq" and g[4] == "count" for g in got if "top" in g[0].lower())


def test_rank_keeps_the_share_it_ranks_by() -> None:
    got = _read("the top 5% of customers")
    assert got == [("5%", pytest.approx(0.05), pytest.approx(0.05), "eq", "ratio")]


def test_count_next_to_a_rank_is_still_read() -> None:
    got = _read("Payments were in 11 of our top 20 deals, with nine deals over $2 million.")
    assert ("over $2 million", 2e6, None, "gt", "USD") in got
    assert [g for g in got if "20" in g[0]] == [("top 20", 20.0, 20.0, "eq", "count")]  # the rank count alone


@pytest.mark.parametrize(
    ("text", "span", "low"),
    [
        ("revenue could top $5 billion next year", "top $5 billion", 5e9),
        ("monthly users topped 300 million", "topped 300 million", 3e8),
        ("the growth rate tops 20% again", "tops 20%", 0.2),
    ],
)
def test_top_as_a_verb_is_still_a_bound(text: str, span: str, low: float) -> None:
    got = _read(text)
    assert len(got) == 1
    assert got[0][0] == span and got[0][3] == "gt"
    assert got[0][1] == pytest.approx(low) and got[0][2] is None


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("Payments were in 12 of our top 20 deals.", "12", 12.0),
        ("HR was in 7 of the top 10 wins this quarter.", "7", 7.0),
        ("we won roughly 9 of our top 25 accounts", "roughly 9", 9.0),
    ],
)
def test_share_of_a_ranked_group_is_a_count(text: str, span: str, value: float) -> None:
    got = [g for g in _read(text) if g[0] == span]
    assert got and got[0][1] == value and got[0][4] == "count"


@pytest.mark.parametrize(
    "text",
    ["In 2021 of our top 20 deals were won.", "slide 12 of 40", "12 of the deals", "one of our top 20 deals"],
)
def test_bare_number_without_a_ranked_group_stays_out(text: str) -> None:
    bare = [g for g in _read(text) if g[4] == "count" and g[0][-1].isdigit() and not g[0].startswith("top")]
    assert bare == []  # ("top 20" is the rank count, a claim of its own)


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        ("gizmo income nearly tripling year over year", "nearly tripling", 3.0),
        ("the fund grew, almost tripling in size", "almost tripling", 3.0),
        ("gizmo bookings more than doubling from last year", "more than doubling", 2.0),
    ],
)
def test_a_bounded_gerund_with_no_object_is_a_multiple(text: str, span: str, value: float) -> None:
    got = [g for g in _read(text) if g[0] == span]
    assert got and got[0][4] == "multiple" and (got[0][1] or got[0][2]) == value


def test_doubling_down_is_no_multiple() -> None:
    assert _read("we are nearly doubling down on gizmos") == []
