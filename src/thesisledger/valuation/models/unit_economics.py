"""Unit economics against segment EBITA: a positive contribution per order does not make EBITA positive.

Contribution = orders * (revenue per order - delivery cost per order - subsidy per order).
EBITA = contribution - depreciation - allocated headquarters costs - R&D - other fixed costs.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

Value = Any  # float or NDArray[np.float64]


def contribution(
    orders: Value, revenue_per_order: Value, cost_per_order: Value, subsidy_per_order: Value
) -> Value:
    """Orders times the unit margin: what "UE turns positive" is about."""
    return orders * (revenue_per_order - cost_per_order - subsidy_per_order)


def ebita_from_unit_economics(
    contribution_total: Value, depreciation: Value, allocations: Value, rnd: Value, other: Value = 0.0
) -> Value:
    """Segment EBITA: the contribution less the costs no single order carries."""
    return contribution_total - depreciation - allocations - rnd - other


@dataclass(frozen=True, slots=True)
class UnitEconomics:
    """One period of a delivery business. Money in one currency; `orders` a count."""

    orders: float
    revenue_per_order: float
    cost_per_order: float
    subsidy_per_order: float
    depreciation: float = 0.0
    allocations: float = 0.0
    rnd: float = 0.0
    other: float = 0.0

    @property
    def unit_margin(self) -> float:
        return self.revenue_per_order - self.cost_per_order - self.subsidy_per_order

    @property
    def contribution(self) -> float:
        return float(
            contribution(self.orders, self.revenue_per_order, self.cost_per_order, self.subsidy_per_order)
        )

    @property
    def fixed_costs(self) -> float:
        return self.depreciation + self.allocations + self.rnd + self.other

    @property
    def ebita(self) -> float:
        return float(
            ebita_from_unit_economics(
                self.contribution, self.depreciation, self.allocations, self.rnd, self.other
            )
        )

    @property
    def ue_positive(self) -> bool:
        return self.unit_margin > 0

    @property
    def ebita_positive(self) -> bool:
        return self.ebita > 0

    @property
    def breakeven_orders(self) -> float | None:
        """Orders for EBITA to reach zero at this unit margin (None if the unit margin is not positive)."""
        if self.unit_margin <= 0:
            return None
        return self.fixed_costs / self.unit_margin
