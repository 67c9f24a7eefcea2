"""Numbers as analysts write them: quantities with bounds, units, scales and currencies; FX; arithmetic."""

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
    "Unit",
    "UnitKind",
    "normalize_currency",
]
