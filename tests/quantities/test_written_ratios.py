"""Quantities other companies write: ratios to one ("2.1:1"), fractions, counts of "these" things."""

from __future__ import annotations

import pytest

from thesisledger.quantities import find_quantities

Read = tuple[str, float | None, float | None, str, str]


def _read(text: str) -> list[Read]:
    return [
        (m.text, m.quantity.low, m.quantity.high, m.quantity.bound.value, m.quantity.unit.code)
        for m in find_quantities(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The segment posted a book-to-bill of 3:1.", ("3:1", 3.0, 3.0, "eq", "multiple")),
        ("Orders ran at 1.4:1, above plan.", ("1.4:1", 1.4, 1.4, "eq", "multiple")),
        ("A 1:1 ratio of orders to sales held.", ("1:1", 1.0, 1.0, "eq", "multiple")),
        ("It was about 0.9:1 this time.", ("about 0.9:1", 0.9, 0.9, "approx", "multiple")),
    ],
)
def test_ratio_to_one_is_a_multiple(text: str, expected: Read) -> None:
    assert _read(text) == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The call starts at 10:15 a.m. Eastern.",  # a time
        "See verse 3:16 for the quote.",  # a reference
        "They mixed the resins 1:1.5 by weight.",  # a ratio not to one: not read as 1:1
    ],
)
def test_colons_that_are_no_ratio_to_one(text: str) -> None:
    assert _read(text) == []


def test_an_amount_and_a_measure_joined_by_and_are_two_quantities() -> None:
    got = _read("The unit adds $250 million and 30 basis points of margin next year.")
    assert got == [
        ("$250 million", 250e6, 250e6, "eq", "USD"),
        ("30 basis points", 0.003, 0.003, "eq", "pp"),
    ]
