"""`thesis parse` and `thesis period`: read one phrase and show what Thesis Ledger makes of it."""

from __future__ import annotations

from datetime import date
from typing import Annotated

import typer
from rich.table import Table

from thesisledger.cli._common import (
    CompanyOpt,
    DateOpt,
    JsonOpt,
    console,
    one_line_errors,
    parse_date,
    print_json,
)
from thesisledger.companies import find_profile
from thesisledger.periods.calendar import FiscalCalendar
from thesisledger.periods.parse import resolve_period
from thesisledger.quantities.format import format_quantity
from thesisledger.quantities.parse import parse_quantity


def parse(
    text: Annotated[
        str, typer.Argument(help='A quantity phrase, e.g. "above RMB 10 billion but below 20 billion".')
    ],
    json_out: JsonOpt = False,
) -> None:
    """Parse a quantity phrase and show value, bounds, unit and scale (base units: 1e10 for "10 billion")."""
    with one_line_errors():
        q = parse_quantity(text)
    d = q.to_dict()
    if json_out:
        print_json(d)
        return
    table = Table(title=f"{text!r}", show_header=False)
    for key in ("value", "low", "high", "bound", "unit", "scale", "qualitative", "noun"):
        if key in d:
            table.add_row(
                key, "" if d[key] is None else f"{d[key]:,.6g}" if isinstance(d[key], float) else str(d[key])
            )
    table.add_row("reads as", format_quantity(q))
    console().print(table)


def period(
    text: Annotated[str, typer.Argument(help='A period phrase, e.g. "FY26Q4", "next two quarters", "June".')],
    company: CompanyOpt = None,
    date_: DateOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Resolve a period phrase against a document date and a company's fiscal calendar."""
    with one_line_errors():
        calendar = find_profile(company).calendar if company else FiscalCalendar.calendar_year()
        doc_date = parse_date(date_) or date.today()
        p = resolve_period(text, calendar=calendar, doc_date=doc_date)
    d = p.to_dict()
    if json_out:
        print_json(d)
        return
    table = Table(title=f"{text!r} (document date {doc_date.isoformat()})", show_header=False)
    for key, value in d.items():
        table.add_row(key, str(value))
    console().print(table)


def register(app: typer.Typer) -> None:
    # Negative quantities ("-7 percentage points") must not be read as options.
    lenient = {"ignore_unknown_options": True}
    app.command("parse", context_settings=lenient)(parse)
    app.command("period", context_settings=lenient)(period)
