"""Thesis Ledger: claims, guidance and actuals from earnings documents."""

__version__ = "0.1.0"
