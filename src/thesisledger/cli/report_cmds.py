"""`thesis report`: a company's ledger, valuation and triggers as HTML, Markdown or PDF."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from thesisledger.cli._common import CompanyOpt, DbOpt, one_line_errors, parse_date
from thesisledger.errors import InputError
from thesisledger.report import build_report, render_html, render_markdown, render_pdf
from thesisledger.store import Ledger


class Format(StrEnum):
    HTML = "html"
    MD = "md"
    PDF = "pdf"


def report(
    company: CompanyOpt = None,
    thesis: Annotated[
        Path | None, typer.Option("--thesis", help="A thesis YAML file to value and check triggers of.")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="File to write (default: report.<format>; '-' for stdout).")
    ] = None,
    fmt: Annotated[
        Format, typer.Option("--format", help="html (one offline file), md or pdf.")
    ] = Format.HTML,
    as_of: Annotated[str | None, typer.Option("--as-of", help="As known on this date (YYYY-MM-DD).")] = None,
    simulations: Annotated[
        int, typer.Option("--simulate", help="Monte-Carlo scenarios for the distribution (0: none).", min=0)
    ] = 20_000,
    seed: Annotated[int, typer.Option("--seed", help="Random seed of the simulation.")] = 7,
    fx: Annotated[
        Path | None,
        typer.Option(
            "--fx", help="Extra FX rates for the scorecard, CSV with date or year, currency, per_usd."
        ),
    ] = None,
    no_ledger: Annotated[
        bool, typer.Option("--no-ledger", help="Do not open the ledger (valuation from the thesis alone).")
    ] = False,
    db: DbOpt = None,
) -> None:
    """Write a report: summary, actuals charts, claims ledger, audit, valuation, triggers."""
    with one_line_errors():
        when = parse_date(as_of, "--as-of")
        if thesis is not None and not thesis.is_file():
            raise InputError(f"--thesis {thesis}: no such file")
        table = None
        if fx is not None:
            from thesisledger.quantities.fx import FxTable

            try:
                text = fx.read_text("utf-8")
            except (OSError, UnicodeDecodeError) as e:
                raise InputError(f"--fx {fx}: cannot read the FX file: {e}") from e
            table = FxTable.default().extended(FxTable.from_csv_text(text, fx.name))
        if no_ledger:
            rep = build_report(
                None, company, thesis_path=thesis, as_of=when, simulations=simulations, seed=seed
            )
        else:
            # the ledger is only read, and closed before rendering, so the lock is held briefly
            with Ledger.open(db) as ledger:
                rep = build_report(
                    ledger,
                    company,
                    thesis_path=thesis,
                    as_of=when,
                    simulations=simulations,
                    seed=seed,
                    fx=table,
                )
        target = out if out is not None else Path(f"report.{fmt.value}")
        if fmt is Format.PDF:
            if str(target) == "-":
                raise InputError("--format pdf needs a file for --out, not '-'")
            written = render_pdf(render_html(rep), target)
            typer.echo(f"report written: {written}")
            return
        text = render_html(rep) if fmt is Format.HTML else render_markdown(rep)
        if str(target) == "-":
            typer.echo(text, nl=False)
            return
        try:
            target.write_text(text, encoding="utf-8")
        except OSError as exc:
            raise InputError(f"--out {target}: cannot write the report: {exc.strerror}") from exc
        typer.echo(f"report written: {target.resolve()}")


def register(app: typer.Typer) -> None:
    app.command("report")(report)
