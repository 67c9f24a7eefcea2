"""Fixtures for the ledger tests: a fresh ledger per test on each back end, fact files written on the spot.

`ledger` and `ledger_url` run every test twice: on a new DuckDB file, and on a new schema of the
PostgreSQL server named by $THESIS_TEST_PG (marked `postgres`; skipped when the variable is unset).
Start a local server with `eval "$(.ci/postgres.sh start)"`.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

from thesisledger.store import Ledger

HEADER = "company,segment,metric,period,value,unit,scale,source"
PG_ENV = "THESIS_TEST_PG"


def fact_csv(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def pg_base_url() -> str:
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f'no PostgreSQL server: set {PG_ENV} (eval "$(.ci/postgres.sh start)")')
    return url


@contextmanager
def fresh_pg_schema(base: str) -> Iterator[str]:
    """A new, empty schema on the test server; yields a URL whose search_path is that schema."""
    import psycopg

    schema = f"t_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(base, autocommit=True) as con:
        con.execute(f"CREATE SCHEMA {schema}")
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with psycopg.connect(base, autocommit=True) as con:
            con.execute(f"DROP SCHEMA {schema} CASCADE")


@pytest.fixture
def pg_url() -> Iterator[str]:
    """A URL to a fresh schema on the PostgreSQL test server (skips without one)."""
    with fresh_pg_schema(pg_base_url()) as url:
        yield url


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "ledger.duckdb"


@pytest.fixture(params=["duckdb", pytest.param("postgres", marks=pytest.mark.postgres)])
def ledger_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """Where a fresh ledger lives: a DuckDB file path, or a postgresql:// URL to a new schema."""
    if request.param == "duckdb":
        yield str(tmp_path / "ledger.duckdb")
    else:
        with fresh_pg_schema(pg_base_url()) as url:
            yield url


@pytest.fixture
def ledger(ledger_url: str) -> Iterator[Ledger]:
    with Ledger.open(ledger_url) as led:
        yield led


FactCsv = Callable[..., Path]


@pytest.fixture
def write_csv() -> FactCsv:
    """`write_csv(path, rows, header=HEADER)`: write a small UTF-8 fact file and return its path."""
    return fact_csv
