"""Numbers as analysts write them: quantities with bounds, units, scales and currencies; FX; arithmetic."""

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
    "Quantity",
    "QuantityMatch",
    "Unit",
    "UnitKind",
    "find_quantities",
    "normalize_currency",
    "parse_quantity",
    "read_quantity",
]
