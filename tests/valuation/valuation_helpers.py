"""Helpers for valuation tests: write a thesis to disk and find the line a piece of it is on."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
ALIBABA = REPO / "examples" / "alibaba" / "thesis.yaml"
ALIBABA_FACTS = REPO / "examples" / "alibaba" / "facts.yaml"

# A small thesis every test can start from: one P/S segment, net cash, a price.
MINIMAL = """\
name: minimal
currency: USD
shares:
  value: 100
  source: test
price:
  value: 10
  currency: USD
  source: test
inputs:
  rev:
    value: 1000
    unit: USD
    source: test
  mult:
    low: 2
    high: 4
    unit: multiple
    source: test
segments:
  core:
    method: ps
    revenue: rev
    multiple: mult
"""


def line_of(text: str, needle: str) -> int:
    """1-based line of the only line containing `needle`."""
    hits = [i + 1 for i, line in enumerate(text.splitlines()) if needle in line]
    assert len(hits) == 1, f"{needle!r} on lines {hits}"
    return hits[0]


@pytest.fixture
def write_thesis(tmp_path: Path) -> Callable[[str], Path]:
    def write(text: str, name: str = "thesis.yaml") -> Path:
        p = tmp_path / name
        p.write_text(textwrap.dedent(text), encoding="utf-8")
        return p

    return write
