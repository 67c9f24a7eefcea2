"""Numbers as analysts write them: quantities with bounds, units, scales and currencies; FX; arithmetic.

parse_quantity("above RMB 10 billion but below 20 billion")  -> Quantity (a CNY range)
find_quantities(text)                                          -> QuantityMatch per quantity, with spans
format_quantity(q)                                             -> "CNY 10-20 billion"
growth_multiple, pct_change, cagr, years_for_cagr, cagr_target, annualise, share_of, pp_difference
FxTable.default().convert(q, "USD", on=date(2025, 3, 31))
"""

from thesisledger.quantities.arithmetic import (
    annualise,
    cagr,
    cagr_target,
    growth_multiple,
    pct_change,
    pp_difference,
    share_of,
    years_for_cagr,
)
from thesisledger.quantities.format import format_quantity
from thesisledger.quantities.fx import FxQuote, FxRate, FxTable
from thesisledger.quantities.parse import QuantityMatch, find_quantities, parse_quantity, read_quantity
from thesisledger.quantities.quantity import Bound, Quantity
from thesisledger.quantities.units import (
    COUNT,
    MULTIPLE,
    PP,
    RATIO,
    Unit,
    UnitKind,
    normalize_currency,
)

__all__ = [
    "COUNT",
    "MULTIPLE",
    "PP",
    "RATIO",
    "Bound",
    "FxQuote",
    "FxRate",
    "FxTable",
    "Quantity",
    "QuantityMatch",
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
