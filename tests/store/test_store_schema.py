"""Schema versions and migrations; where the ledger file lives."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from thesisledger.errors import SchemaVersionError
from thesisledger.store import Ledger, current_version, default_location
from thesisledger.store.schema import migrations

TABLES = {"companies", "documents", "claims", "facts", "guidance", "fx_rates", "schema_version"}
TABLES |= {"ingest_files", "ingest_failures"}  # schema 3 (corpus ingestion)


def _tables(path: Path) -> set[str]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    finally:
        con.close()


def _versions(path: Path) -> list[int]:
    con = duckdb.connect(str(path), read_only=True)
    try:
        return [r[0] for r in con.execute("SELECT version FROM schema_version ORDER BY version").fetchall()]
    finally:
        con.close()


def test_migrations_are_numbered_from_one_without_gaps() -> None:
    versions = [m.version for m in migrations()]
    assert versions == list(range(1, len(versions) + 1))
    assert current_version() == len(versions) >= 1


def test_open_empty_file_applies_every_migration(db_path: Path) -> None:
    with Ledger.open(db_path) as led:
        assert led.schema_version_at_open == 0
        assert led.count("facts") == 0
    assert _tables(db_path) == TABLES
    assert _versions(db_path) == list(range(1, current_version() + 1))


def test_reopen_applies_nothing(db_path: Path) -> None:
    Ledger.open(db_path).close()
    with Ledger.open(db_path) as led:
        assert led.schema_version_at_open == current_version()
    assert _versions(db_path) == list(range(1, current_version() + 1))


def test_newer_schema_is_refused_and_left_untouched(db_path: Path) -> None:
    Ledger.open(db_path).close()
    newer = current_version() + 2
    con = duckdb.connect(str(db_path))
    con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [newer])
    con.execute("CREATE TABLE from_the_future (x INTEGER)")
    con.close()
    before = db_path.read_bytes()

    with pytest.raises(SchemaVersionError) as err:
        Ledger.open(db_path)

    assert str(err.value) == (
        f"ledger {db_path} was written by a newer thesisledger "
        f"(schema {newer} > {current_version()}); upgrade thesisledger"
    )
    assert _versions(db_path)[-1] == newer
    assert "from_the_future" in _tables(db_path)
    assert db_path.read_bytes() == before


def test_failed_migration_leaves_an_empty_file_unmigrated(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from thesisledger.store import schema

    good = migrations()
    broken = (*good, schema.Migration(len(good) + 1, "9999_broken.sql", "CREATE TABLE x (;"))
    monkeypatch.setattr(schema, "migrations", lambda: broken)
    with pytest.raises(Exception, match="rolled back"):
        Ledger.open(db_path)
    monkeypatch.undo()
    # The first migrations ran in the same transaction as the broken one, so none of them stuck.
    assert _tables(db_path) <= {"schema_version"}
    with Ledger.open(db_path) as led:
        assert led.schema_version_at_open == 0


def test_location_from_argument_env_or_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("THESIS_DB", str(tmp_path / "env.duckdb"))
    assert default_location(tmp_path / "arg.duckdb") == str(tmp_path / "arg.duckdb")
    assert default_location() == str(tmp_path / "env.duckdb")
    monkeypatch.delenv("THESIS_DB")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    expected = tmp_path / "home" / ".local" / "share" / "thesisledger" / "ledger.duckdb"
    assert default_location() == str(expected)
    with Ledger.open() as led:
        assert led.location == str(expected)
    assert expected.is_file()


def test_a_file_that_is_not_a_ledger_is_refused_untouched(tmp_path: Path) -> None:
    from thesisledger.errors import StoreError

    path = tmp_path / "notes.duckdb"
    path.write_text("not a database\n", encoding="utf-8")
    with pytest.raises(StoreError) as err:
        Ledger.open(path)
    assert str(err.value).startswith(f"cannot open ledger {path}: ")
    assert str(err.value).endswith("; check the path or use --db for another file")
    assert path.read_text(encoding="utf-8") == "not a database\n"


def test_public_names() -> None:
    import thesisledger.store as store

    assert store.__all__ == [
        "FactLine",
        "ImportReport",
        "Ledger",
        "RecordedFact",
        "current_version",
        "default_location",
        "read_fact_file",
        "read_fact_lines",
    ]


def test_a_schema_3_ledger_with_claims_gains_the_refinement_column(db_path: Path) -> None:
    from dataclasses import replace
    from datetime import UTC, datetime

    from thesisledger.documents import load_text
    from thesisledger.extract import extract_claims
    from thesisledger.store.rows import claim_row, document_row

    doc = load_text("Revenue was $4.2 billion in the quarter, up 12%.\n")
    claims = extract_claims(doc)
    # a ledger written before schema 4: migrations 1-3 and rows without the new column
    con = duckdb.connect(str(db_path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at TIMESTAMP)")
    for m in migrations()[:3]:
        con.execute(m.sql)
        con.execute("INSERT INTO schema_version VALUES (?, current_timestamp)", [m.version])
    old_rows = [("documents", document_row(doc, datetime.now(UTC)))]
    old_rows += [("claims", {k: v for k, v in claim_row(c).items() if k != "refinement"}) for c in claims]
    for table, row in old_rows:
        cols, marks = ", ".join(row), ", ".join("?" for _ in row)
        con.execute(f"INSERT INTO {table} ({cols}) VALUES ({marks})", list(row.values()))
    con.close()
    with Ledger.open(db_path) as led:
        assert led.schema_version_at_open == 3
        kept = led.claims(None)
        assert [c.span_text for c in kept] == [c.span_text for c in claims]
        assert all(c.refinement is None for c in kept)
        refined = [replace(claims[0], metric="revenue", refinement="metric x -> revenue (test)"), *claims[1:]]
        led.record_document(doc, refined)
        assert {c.refinement for c in led.claims(None)} == {None, "metric x -> revenue (test)"}
