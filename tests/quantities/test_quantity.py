from __future__ import annotations

import pytest

from thesisledger.quantities import PP, RATIO, Bound, Quantity, Unit


def test_range_midpoint_and_dict() -> None:
    q = Quantity.between(1e10, 2e10, Unit.currency("RMB"), "billion")
    assert q.value == 1.5e10
    assert q.to_dict() == {
        "value": 1.5e10,
        "low": 1e10,
        "high": 2e10,
        "bound": "range",
        "unit": "CNY",
        "scale": "billion",
    }
    assert Quantity.from_dict(q.to_dict()) == q


def test_open_bounds() -> None:
    q = Quantity.more_than(0.4, RATIO, "%")
    assert q.interval() == (0.4, float("inf"))
    assert q.contains(0.41) and not q.contains(0.4)
    assert Quantity.at_least(0.4, RATIO).contains(0.4)


@pytest.mark.parametrize(
    ("low", "high", "bound"),
    [(1.0, 2.0, Bound.EQ), (None, 1.0, Bound.GT), (1.0, 2.0, Bound.LT), (3.0, 2.0, Bound.RANGE)],
)
def test_inconsistent_bounds_rejected(low: float | None, high: float | None, bound: Bound) -> None:
    with pytest.raises(ValueError):
        Quantity(low, high, bound, PP)


def test_per_share_unit_roundtrip() -> None:
    u = Unit.parse("US$/share")
    assert str(u) == "USD/share" and u.per_share
