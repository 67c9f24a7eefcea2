"""valuation."""
