"""The PostgreSQL ledger: where it is named, migrations, errors that name host and database, copying.

The ledger API itself runs on PostgreSQL through the `ledger` fixture of every store test; this file
covers what only PostgreSQL has. Tests without the `postgres` mark need no server.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from typer.testing import CliRunner

from thesisledger.cli import app
from thesisledger.companies import find_profile
from thesisledger.errors import SchemaVersionError, StoreError, StoreUnavailableError
from thesisledger.periods.period import Period, PeriodKind
from thesisledger.quantities.quantity import Quantity
from thesisledger.quantities.units import Unit
from thesisledger.reconcile.guidance import Guidance
from thesisledger.store import Ledger, current_version, default_location
from thesisledger.store.postgres_backend import redact
from thesisledger.store.schema import migrations

runner = CliRunner()
TABLES = {"companies", "documents", "claims", "facts", "guidance", "fx_rates", "schema_version",
          "ingest_files", "ingest_failures"}  # fmt: skip
REFUSED = "postgresql://thesis:s3cret@127.0.0.1:1/team_ledger"


# -- naming a ledger (no server needed) ------------------------------------------------------------
def test_urls_pass_through_and_duckdb_prefix_is_a_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = "postgresql://ana@db.example:5433/ledger?options=-csearch_path%3Dteam"
    assert default_location(url) == url
    assert default_location("postgres://ana@db/ledger") == "postgres://ana@db/ledger"
    assert default_location(Path(url)) == url  # a --db option typed Path folds "//" to "/"
    assert default_location(f"duckdb://{tmp_path}/a.duckdb") == f"{tmp_path}/a.duckdb"
    assert default_location("duckdb://rel.duckdb") == str(Path("rel.duckdb"))
    monkeypatch.setenv("THESIS_DB", url)
    assert default_location() == url


def test_passwords_are_masked() -> None:
    assert redact("postgresql://ana:pa:ss@db:5432/ledger") == "postgresql://ana:***@db:5432/ledger"
    assert redact("postgresql://ana@db/ledger?password=x1&sslmode=require") == (
        "postgresql://ana@db/ledger?password=***&sslmode=require"
    )
    assert redact("postgresql://db/ledger") == "postgresql://db/ledger"


def test_unreachable_server_names_host_and_database_not_password() -> None:
    with pytest.raises(StoreUnavailableError) as err:
        Ledger.open(REFUSED)
    assert str(err.value) == (
        'cannot connect to the PostgreSQL ledger database "team_ledger" on 127.0.0.1:1 (Connection refused); '
        "check that the server is running and the URL in --db or THESIS_DB"
    )
    assert "s3cret" not in str(err.value)
    assert isinstance(err.value, StoreError)


def test_malformed_url_is_refused() -> None:
    with pytest.raises(StoreUnavailableError) as err:
        Ledger.open("postgresql://ana:s3cret@db/ledger?colour=red")
    assert str(err.value).startswith("malformed PostgreSQL URL postgresql://ana:***@db/ledger?colour=red (")
    assert str(err.value).endswith("); write postgresql://USER@HOST:PORT/DATABASE")
    assert "s3cret" not in str(err.value)


def test_cli_exits_3_with_one_line_when_server_is_unreachable(tmp_path: Path) -> None:
    result = runner.invoke(app, ["db", "migrate", "--db", REFUSED])
    assert result.exit_code == 3
    assert result.stderr.startswith('error: cannot connect to the PostgreSQL ledger database "team_ledger"')
    assert result.stderr.count("\n") == 1 and "s3cret" not in result.stderr
    source = tmp_path / "local.duckdb"
    Ledger.open(source).close()
    result = runner.invoke(app, ["db", "copy", "--from", str(source), "--to", REFUSED])
    assert result.exit_code == 3


# -- schema on PostgreSQL --------------------------------------------------------------------------
def _tables(url: str) -> set[str]:
    with psycopg.connect(url) as con:
        found = con.execute(
            "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"
        ).fetchall()
    return {r[0] for r in found}


def _versions(url: str) -> list[int]:
    with psycopg.connect(url) as con:
        return [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]


@pytest.mark.postgres
def test_pg_migrates_once(pg_url: str) -> None:
    with Ledger.open(pg_url) as led:
        assert led.schema_version_at_open == 0
        assert led.location == pg_url
    assert _tables(pg_url) == TABLES
    with Ledger.open(pg_url) as led:
        assert led.schema_version_at_open == current_version()
    assert _versions(pg_url) == list(range(1, current_version() + 1))


@pytest.mark.postgres
def test_pg_newer_schema_is_refused_untouched(pg_url: str) -> None:
    Ledger.open(pg_url).close()
    newer = current_version() + 2
    with psycopg.connect(pg_url) as con:
        con.execute("INSERT INTO schema_version VALUES (%s, now())", [newer])
    with pytest.raises(SchemaVersionError, match=rf"\(schema {newer} > {current_version()}\)"):
        Ledger.open(pg_url)
    assert _versions(pg_url)[-1] == newer


@pytest.mark.postgres
def test_pg_failed_migration_leaves_nothing(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    from thesisledger.store import schema

    good = migrations()
    broken = (*good, schema.Migration(len(good) + 1, "9999_broken.sql", "CREATE TABLE x (;"))
    monkeypatch.setattr(schema, "migrations", lambda: broken)
    with pytest.raises(StoreError, match="rolled back"):
        Ledger.open(pg_url)
    monkeypatch.undo()
    assert _tables(pg_url) == set()
    with Ledger.open(pg_url) as led:
        assert led.schema_version_at_open == 0


@pytest.mark.postgres
def test_pg_connection_lost_mid_write_leaves_nothing(pg_url: str) -> None:
    with Ledger.open(pg_url) as led:
        backend = led._backend
        pid = backend._con.info.backend_pid  # type: ignore[attr-defined]
        lost = pytest.raises(StoreUnavailableError, match="lost the connection to the PostgreSQL ledger")
        with lost, backend.transaction():
            backend.upsert_company({"ticker": "X", "name": "X", "reporting_currency": "USD",
                                    "fy_end_month": 12, "aliases": "[]", "cik": None,
                                    "entities": "[]", "added_at": date(2026, 1, 1)})  # fmt: skip
            with psycopg.connect(pg_url, autocommit=True) as admin:
                admin.execute("SELECT pg_terminate_backend(%s)", [pid])
            backend.count("companies")
    with Ledger.open(pg_url) as led:
        assert led.count("companies") == 0


@pytest.mark.postgres
def test_thesis_db_env_names_a_pg_ledger(pg_url: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THESIS_DB", pg_url)
    result = runner.invoke(app, ["db", "migrate"])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"ledger {pg_url}: schema version {current_version()} (migrated from schema 0)\n"
    )
    with Ledger.open() as led:
        led.add_company(find_profile("BABA"))
    assert runner.invoke(app, ["db", "migrate"]).output.endswith("(up to date)\n")


# -- copying a DuckDB ledger to PostgreSQL ---------------------------------------------------------
def _local_ledger(path: Path, tmp_path: Path) -> None:
    from thesisledger.documents.document import Document
    from thesisledger.extract.claim import Claim, ClaimKind, Speaker

    first = tmp_path / "first.csv"
    first.write_text(
        "company,segment,metric,period,value,unit,scale,source\n"
        "BABA,cloud,revenue,FY26Q1,31000,CNY,million,q1 release\n"
        "BABA,,revenue,FY26Q1,240000,CNY,million,q1 release\n",
        encoding="utf-8",
    )
    restated = tmp_path / "restated.csv"
    restated.write_text(
        "company,segment,metric,period,value,unit,scale,source\n"
        "BABA,cloud,revenue,FY26Q1,31500,CNY,million,q2 release\n",
        encoding="utf-8",
    )
    doc = Document(text="Cloud revenue was RMB 31 billion.", title="call", company="BABA")
    rmb = Quantity.exact(31e9, Unit.currency("RMB"), "billion")
    claim = Claim(
        doc.id, 18, 32, "RMB 31 billion", doc.text, rmb, "revenue", ClaimKind.ACTUAL, Speaker.MANAGEMENT
    )
    q2 = Period("FY26Q2", date(2025, 7, 1), date(2025, 9, 30), PeriodKind.QUARTER, 2026, 2)
    guide = Guidance("g1", "BABA", "cloud", "revenue", Quantity.at_least(3e10, Unit.currency("CNY")), q2,
                     "CFO", date(2025, 5, 15), doc.id, "at least RMB 30 billion")  # fmt: skip
    with Ledger.open(path) as led:
        led.add_company(find_profile("BABA"))
        led.import_facts(first)
        led.import_facts(restated)
        led.record_document(doc, [claim])
        led.add_guidance([guide])
        _stage_rows(led, tmp_path)


def _stage_rows(led: Ledger, tmp_path: Path) -> None:
    """One FX rate and a corpus run's log (a file stored, a file that failed), as bulk loads write them."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    at = datetime(2026, 5, 16, 9, 30)
    tables = {
        "fx_rates": [{"base": "USD", "quote": "CNY", "rate_date": date(2026, 3, 31), "rate": 7.1,
                      "kind": "spot", "source": "test"}],
        "ingest_files": [{"file_hash": "f" * 64, "document_id": led.documents()[0].id, "path": "calls/a.txt",
                          "claims": 1, "ingested_at": at}],
        "ingest_failures": [{"id": "e" * 32, "path": "calls/b.pdf", "file_hash": "b" * 64, "stage": "load",
                             "reason": "no text layer", "failed_at": at}],
    }  # fmt: skip
    staged = []
    for table, table_rows in tables.items():
        path = tmp_path / f"{table}.parquet"
        pq.write_table(pa.Table.from_pylist(table_rows), path)
        staged.append((table, path))
    led.load_staged(staged)


@pytest.mark.postgres
def test_copy_duckdb_to_pg_is_complete_and_idempotent(pg_url: str, tmp_path: Path) -> None:
    local = tmp_path / "local.duckdb"
    _local_ledger(local, tmp_path)
    result = runner.invoke(app, ["db", "copy", "--from", f"duckdb://{local}", "--to", pg_url])
    assert result.exit_code == 0, result.output
    assert result.output == (
        f"copied {local} -> {pg_url}: added 1 companies, 1 documents, 1 claims, 3 facts, 1 guidance, "
        "1 fx_rates, 1 ingest_files, 1 ingest_failures\n"
    )
    again = runner.invoke(app, ["db", "copy", "--from", str(local), "--to", pg_url, "--json"])
    assert again.exit_code == 0, again.output
    assert '"facts": 0' in again.output and '"claims": 0' in again.output
    with Ledger.open(local) as src, Ledger.open(pg_url) as dst:
        assert dst.companies() == src.companies()
        assert dst.documents() == src.documents()
        assert dst.claims() == src.claims()
        assert dst.fact_history("BABA") == src.fact_history("BABA")
        assert dst.facts("BABA") == src.facts("BABA")
        assert [f.quantity.value for f in dst.facts("BABA", entity="cloud")] == [31_500e6]
        assert dst.guidance() == src.guidance()
        assert dst.ingested_file_hashes() == src.ingested_file_hashes() == {"f" * 64}
        assert dst.ingest_failures() == src.ingest_failures()
        assert dst.count("fx_rates") == 1


def test_copy_duckdb_to_duckdb_keeps_every_table(tmp_path: Path) -> None:
    local, other = tmp_path / "local.duckdb", tmp_path / "other.duckdb"
    _local_ledger(local, tmp_path)
    first = runner.invoke(app, ["db", "copy", "--from", str(local), "--to", str(other), "--json"])
    assert first.exit_code == 0, first.output
    added = json.loads(first.output)["added"]
    with Ledger.open(local) as src:
        assert added == {t: src.count(t) for t in Ledger.COPIED_TABLES}
    again = runner.invoke(app, ["db", "copy", "--from", str(local), "--to", str(other), "--json"])
    assert set(json.loads(again.output)["added"].values()) == {0}
    with Ledger.open(local) as src, Ledger.open(other) as dst:
        assert [f.path for f in dst.ingest_failures()] == ["calls/b.pdf"]
        assert dst.claims() == src.claims() and dst.facts("BABA") == src.facts("BABA")


def test_copy_into_itself_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.duckdb"
    result = runner.invoke(app, ["db", "copy", "--from", str(path), "--to", f"duckdb://{path}"])
    assert result.exit_code == 2
    assert "same ledger" in result.stderr


# -- what corpus ingestion asks of the backend (tables from migration 0003 on the documents branch) --
INGEST_TABLES = """
CREATE TABLE IF NOT EXISTS ingest_files (file_hash TEXT PRIMARY KEY, document_id TEXT NOT NULL,
    path TEXT NOT NULL, claims INTEGER NOT NULL, ingested_at TIMESTAMP NOT NULL);
CREATE TABLE IF NOT EXISTS ingest_failures (id TEXT PRIMARY KEY, path TEXT NOT NULL,
    file_hash TEXT NOT NULL, stage TEXT NOT NULL, reason TEXT NOT NULL, failed_at TIMESTAMP NOT NULL);
"""


@pytest.mark.postgres
def test_pg_key_values_and_open_ingest_failures(pg_url: str) -> None:
    from datetime import datetime

    with Ledger.open(pg_url) as led:
        backend = led._backend
        with backend.transaction():
            backend._exec(INGEST_TABLES)  # type: ignore[attr-defined]
            backend._insert("ingest_failures", [  # type: ignore[attr-defined]
                {"id": "f1", "path": "a.txt", "file_hash": "", "stage": "read", "reason": "unreadable",
                 "failed_at": datetime(2026, 1, 1)},
                {"id": "f2", "path": "b.txt", "file_hash": "h2", "stage": "extract", "reason": "boom",
                 "failed_at": datetime(2026, 1, 2)},
            ])  # fmt: skip
            backend._insert("ingest_files", [  # type: ignore[attr-defined]
                {"file_hash": "h1", "document_id": "d1", "path": "a.txt", "claims": 3,
                 "ingested_at": datetime(2026, 1, 3)},
            ])  # fmt: skip
        assert backend.key_values("ingest_files", "file_hash") == {"h1"}  # type: ignore[attr-defined]
        assert [r["id"] for r in backend.open_ingest_failures()] == ["f2"]  # type: ignore[attr-defined]
        with pytest.raises(StoreError, match="has no column 'colour'"):
            backend.key_values("documents", "colour")  # type: ignore[attr-defined]
