"""The `thesis` command: thin Typer commands that parse arguments and call the core.

Each command group lives in its own module with a `register(app)` function; this module only
assembles them. Errors print one line on stderr with an exit status from `_common`.
"""

from __future__ import annotations

import importlib

import typer

app = typer.Typer(
    name="thesis",
    help="Thesis Ledger: claims, guidance and actuals from earnings documents, with provenance.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Modules that add commands; each has `register(app: typer.Typer) -> None`.
_COMMAND_MODULES = (
    "thesisledger.cli.basics",
    "thesisledger.cli.ledger_cmds",
    "thesisledger.cli.valuation_cmds",
    "thesisledger.cli.report_cmds",
    "thesisledger.cli.web_cmds",
    "thesisledger.cli.reconcile_cmds",
    "thesisledger.cli.extract_cmds",
    "thesisledger.cli.db_cmds",
    "thesisledger.cli.fetch_cmds",
    "thesisledger.cli.audit_cmds",
    "thesisledger.cli.ingest_cmds",
)


def _register_all() -> None:
    for name in _COMMAND_MODULES:
        module = importlib.import_module(name)
        module.register(app)


_register_all()


def main() -> None:
    """Entry point of the `thesis` script."""
    app()
