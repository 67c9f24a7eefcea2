"""The public surface of thesisledger.periods does not drift by accident."""

from __future__ import annotations

import thesisledger.periods as periods


def test_public_names() -> None:
    assert sorted(periods.__all__) == [
        "FiscalCalendar",
        "Period",
        "PeriodKind",
        "PeriodMatch",
        "find_periods",
        "resolve_period",
    ]
    for name in periods.__all__:
        assert getattr(periods, name) is not None
