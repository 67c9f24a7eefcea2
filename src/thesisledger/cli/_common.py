"""Plumbing shared by every command: exit codes, one-line errors, output helpers, options."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console

from thesisledger.errors import (
    ConnectorError,
    FxRateError,
    InputError,
    StoreError,
    ThesisLedgerError,
)

# Exit codes scripts can rely on (documented in the README).
EXIT_OK = 0
EXIT_FINDINGS = 1  # the command ran and found something to report (audit findings, triggers fired)
EXIT_INPUT = 2  # bad input: a phrase, a file, an option
EXIT_STORE = 3  # the ledger database: locked, newer schema, unwritable
EXIT_CONNECTOR = 4  # a remote data source failed


def exit_code_for(error: ThesisLedgerError) -> int:
    """The process exit status for an error class."""
    if isinstance(error, StoreError):
        return EXIT_STORE
    if isinstance(error, ConnectorError):
        return EXIT_CONNECTOR
    if isinstance(error, InputError | FxRateError):
        return EXIT_INPUT
    return EXIT_INPUT


@contextmanager
def one_line_errors() -> Iterator[None]:
    """Turn a ThesisLedgerError into one line on stderr and its exit status; never a traceback."""
    try:
        yield
    except ThesisLedgerError as e:
        typer.echo(f"error: {e}", err=True)
        raise typer.Exit(exit_code_for(e)) from None


def parse_date(text: str | None, option: str = "--date") -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise typer.BadParameter(f"{text!r} is not a date; use YYYY-MM-DD", param_hint=option) from None


def finite(obj: Any) -> Any:
    """JSON has no NaN/inf: write them as null."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {k: finite(v) for k, v in obj.items()}
    if isinstance(obj, list | tuple):
        return [finite(v) for v in obj]
    return obj


def print_json(obj: Any) -> None:
    typer.echo(json.dumps(finite(obj), indent=2, ensure_ascii=False, default=str))


def console() -> Console:
    return Console(soft_wrap=False, width=None if sys.stdout.isatty() else 160)


DbOpt = Annotated[
    Path | None,
    typer.Option(
        "--db",
        help="Ledger: a DuckDB file or a postgresql:// URL "
        "(default: $THESIS_DB, else ~/.local/share/thesisledger/ledger.duckdb).",
        show_default=False,
    ),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of tables.")]
CompanyOpt = Annotated[
    str | None,
    typer.Option("--company", help="Ticker or name of a company profile (optional).", show_default=False),
]
DateOpt = Annotated[
    str | None, typer.Option("--date", help="Document date (YYYY-MM-DD); default: today.", show_default=False)
]
