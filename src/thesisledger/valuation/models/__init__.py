"""Models that drive a thesis: growth and CAGR, margin mix-shift, re-rating analogs, unit economics."""

from thesisledger.valuation.models.analogs import Analog, load_analogs, rerated_multiple
from thesisledger.valuation.models.growth import (
    CagrCheck,
    CagrVerdict,
    cagr,
    check_cagr,
    grow,
    grow_path,
    required_cagr,
)
from thesisledger.valuation.models.mix_shift import MixBridge, blended_margin, mix_shift_bridge
from thesisledger.valuation.models.unit_economics import (
    UnitEconomics,
    contribution,
    ebita_from_unit_economics,
)

__all__ = [
    "Analog",
    "CagrCheck",
    "CagrVerdict",
    "MixBridge",
    "UnitEconomics",
    "blended_margin",
    "cagr",
    "check_cagr",
    "contribution",
    "ebita_from_unit_economics",
    "grow",
    "grow_path",
    "load_analogs",
    "mix_shift_bridge",
    "required_cagr",
    "rerated_multiple",
]
