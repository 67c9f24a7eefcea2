"""`thesis db migrate` and `thesis db copy`: the ledger database itself (DuckDB file or PostgreSQL)."""

from __future__ import annotations

from typing import Annotated

import typer

from thesisledger.cli._common import DbOpt, JsonOpt, one_line_errors, print_json
from thesisledger.errors import InputError
from thesisledger.store import Ledger, current_version, default_location

db_app = typer.Typer(help="The ledger database: bring it to the current schema, copy it to PostgreSQL.")

FromOpt = Annotated[
    str,
    typer.Option(
        "--from", help="Source ledger: a DuckDB file (PATH or duckdb://PATH) or a postgresql:// URL."
    ),
]
ToOpt = Annotated[str, typer.Option("--to", help="Target ledger: a postgresql:// URL or a DuckDB file.")]


def migrate(db: DbOpt = None) -> None:
    """Create the ledger if needed and apply any pending schema migrations."""
    with one_line_errors(), Ledger.open(db) as ledger:
        was = ledger.schema_version_at_open
        done = "up to date" if was == current_version() else f"migrated from schema {was}"
        typer.echo(f"ledger {ledger.location}: schema version {current_version()} ({done})")


def copy(source: FromOpt, target: ToOpt, json_out: JsonOpt = False) -> None:
    """Copy companies, documents, claims, facts (with history), guidance, FX rates and the ingest log;
    re-running adds nothing."""
    with one_line_errors():
        if default_location(source) == default_location(target):
            raise InputError(f"--from and --to are the same ledger ({source}); name two different ones")
        with Ledger.open(source) as src, Ledger.open(target) as dst:
            added = src.copy_into(dst)
            where = (src.location, dst.location)
    if json_out:
        print_json({"from": where[0], "to": where[1], "added": added})
        return
    summary = ", ".join(f"{n} {table}" for table, n in added.items())
    typer.echo(f"copied {where[0]} -> {where[1]}: added {summary}")


def register(app: typer.Typer) -> None:
    db_app.command("migrate")(migrate)
    db_app.command("copy")(copy)
    app.add_typer(db_app, name="db")
