"""The public surface of thesisledger.quantities does not drift by accident."""

from __future__ import annotations

import thesisledger.quantities as quantities


def test_public_names() -> None:
    assert sorted(quantities.__all__) == [
        "Bound",
        "COUNT",
        "FxQuote",
        "FxRate",
        "FxTable",
        "MULTIPLE",
        "PP",
        "Quantity",
        "QuantityMatch",
        "RATIO",
        "Unit",
        "UnitKind",
        "annualise",
        "cagr",
        "cagr_target",
        "find_quantities",
        "format_quantity",
        "growth_multiple",
        "normalize_currency",
        "parse_quantity",
        "pct_change",
        "pp_difference",
        "read_quantity",
        "share_of",
        "years_for_cagr",
    ]
    for name in quantities.__all__:
        assert getattr(quantities, name) is not None
