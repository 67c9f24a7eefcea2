"""Fixtures for valuation tests (helpers live in valuation_helpers.py)."""

from __future__ import annotations

from valuation_helpers import write_thesis

__all__ = ["write_thesis"]
