"""Fixtures for the ledger tests: a fresh DuckDB file per test and fact files written on the spot."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from thesisledger.store import Ledger

HEADER = "company,segment,metric,period,value,unit,scale,source"


def fact_csv(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.duckdb"


@pytest.fixture
def ledger(db_path: Path) -> Iterator[Ledger]:
    with Ledger.open(db_path) as led:
        yield led


FactCsv = Callable[..., Path]


@pytest.fixture
def write_csv() -> FactCsv:
    """`write_csv(path, rows, header=HEADER)`: write a small UTF-8 fact file and return its path."""
    return fact_csv
