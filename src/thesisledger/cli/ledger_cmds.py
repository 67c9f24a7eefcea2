"""Ledger commands: `thesis init`, `thesis company add|list`, `thesis facts import|list`, `thesis doc`.

Each command opens the ledger, does one transaction and closes it, so the file lock (DuckDB allows
one writer process) is held only while a command runs.
"""

from __future__ import annotations

import calendar
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from thesisledger.cli._common import DbOpt, JsonOpt, console, one_line_errors, parse_date, print_json
from thesisledger.companies import CompanyProfile
from thesisledger.documents.document import DocumentKind
from thesisledger.errors import DataFileError, InputError
from thesisledger.facts import Fact
from thesisledger.quantities.format import format_quantity
from thesisledger.store import Ledger, current_version

company_app = typer.Typer(help="Company profiles: ticker, names, reporting currency, fiscal year end.")
facts_app = typer.Typer(help="Reported actuals (segments, KPIs) with history of restatements.")
doc_app = typer.Typer(help="Documents in the ledger (transcripts, press releases, notes).")


@contextmanager
def open_ledger(db: Path | None) -> Iterator[Ledger]:
    with one_line_errors(), Ledger.open(db) as ledger:
        yield ledger


def init(db: DbOpt = None) -> None:
    """Create (or migrate) the ledger file and say where it is."""
    with open_ledger(db) as ledger:
        typer.echo(f"ledger ready: {ledger.location} (schema version {current_version()})")


def _month(text: str) -> int:
    t = text.strip().lower()
    if t.isdigit() and 1 <= int(t) <= 12:
        return int(t)
    for i in range(1, 13):
        if t in (calendar.month_name[i].lower(), calendar.month_abbr[i].lower()):
            return i
    raise InputError(f"--fy-end {text!r} is not a month; write a month name or number, e.g. March or 3")


@company_app.command("add")
def company_add(
    ticker: Annotated[str | None, typer.Option("--ticker", help="Ticker, e.g. 9988.HK.")] = None,
    name: Annotated[str | None, typer.Option("--name", help="Company name.")] = None,
    currency: Annotated[
        str | None, typer.Option("--currency", help="Reporting currency, e.g. RMB, USD.")
    ] = None,
    fy_end: Annotated[str, typer.Option("--fy-end", help="Fiscal-year end month (name or 1-12).")] = "12",
    alias: Annotated[
        list[str] | None, typer.Option("--alias", help="Other names or tickers (repeat).")
    ] = None,
    file: Annotated[
        Path | None, typer.Option("--file", help="A profile TOML file (see data/companies).")
    ] = None,
    db: DbOpt = None,
) -> None:
    """Add (or replace) a company profile in the ledger, from options or a TOML file."""
    with one_line_errors():
        if file is not None:
            try:
                data = tomllib.loads(file.read_text("utf-8"))
            except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
                raise DataFileError(f"{file}: cannot read the profile: {e}") from e
            profile = CompanyProfile.from_mapping(data, str(file))
        else:
            if not (ticker and name and currency):
                raise InputError("company add needs --ticker, --name and --currency (or --file PROFILE.toml)")
            profile = CompanyProfile.from_mapping(
                {
                    "ticker": ticker,
                    "name": name,
                    "reporting_currency": currency,
                    "fy_end_month": _month(fy_end),
                    "aliases": alias or [],
                },
                "command line",
            )
    with open_ledger(db) as ledger:
        new = ledger.add_company(profile)
    fy = calendar.month_name[profile.fy_end_month]
    verb = "added" if new else "updated"
    cur = profile.reporting_currency
    typer.echo(f"{verb} {profile.ticker} ({profile.name}), FY ends {fy}, reports in {cur}")


@company_app.command("list")
def company_list(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Companies known to the ledger plus the shipped profiles."""
    from thesisledger.companies import shipped_profiles

    with open_ledger(db) as ledger:
        mine = {p.ticker: p for p in ledger.companies()}
    pool = {**shipped_profiles(), **mine}
    rows: list[dict[str, str | int | list[str]]] = [
        {
            "ticker": p.ticker,
            "name": p.name,
            "currency": p.reporting_currency,
            "fy_end_month": p.fy_end_month,
            "aliases": list(p.aliases),
            "source": "ledger" if p.ticker in mine else "shipped",
        }
        for p in sorted(pool.values(), key=lambda p: p.ticker)
    ]
    if json_out:
        print_json(rows)
        return
    table = Table("ticker", "name", "currency", "FY ends", "aliases", "source")
    for p in sorted(pool.values(), key=lambda p: p.ticker):
        source = "ledger" if p.ticker in mine else "shipped"
        month = calendar.month_abbr[p.fy_end_month]
        table.add_row(p.ticker, p.name, p.reporting_currency, month, ", ".join(p.aliases), source)
    console().print(table)


@facts_app.command("import")
def facts_import(
    file: Annotated[Path, typer.Argument(help="A CSV or XLSX fact file.", show_default=False)],
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Import reported facts; the whole file is checked first, re-importing is a no-op."""
    with open_ledger(db) as ledger:
        report = ledger.import_facts(file)
    d = {"file": str(file), "added": report.added, "unchanged": report.unchanged, "restated": report.restated}
    if json_out:
        print_json(d)
    else:
        typer.echo(f"{file}: {report.added} added, {report.restated} restated, {report.unchanged} unchanged")


def fact_dict(f: Fact) -> dict[str, object]:
    d: dict[str, object] = {
        "company": f.company,
        "segment": f.segment,
        "metric": f.metric,
        "period": f.period.label,
        "period_start": f.period.start.isoformat(),
        "period_end": f.period.end.isoformat(),
        **f.quantity.to_dict(),
        "basis": f.basis.value,
        "reported_at": f.reported_at.isoformat(),
        "source": f.source,
    }
    if f.illustrative:
        d["illustrative"] = True
    return d


@facts_app.command("list")
def facts_list(
    company: Annotated[str, typer.Option("--company", help="Ticker or name.")],
    metric: Annotated[
        str | None, typer.Option("--metric", help="Metric key, e.g. revenue or cloud_revenue.")
    ] = None,
    segment: Annotated[
        str | None, typer.Option("--segment", help="Segment (entity) key, e.g. cloud.")
    ] = None,
    as_of: Annotated[str | None, typer.Option("--as-of", help="As known to the ledger on this date.")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Facts for a company, latest value per period (or as known on --as-of)."""
    with open_ledger(db) as ledger:
        when = parse_date(as_of, "--as-of")
        facts = _facts_matching(ledger, company, metric, segment, when)
    if json_out:
        print_json([fact_dict(f) for f in facts])
        return
    table = Table("segment", "metric", "period", "value", "basis", "source", title=f"facts: {company}")
    for f in facts:
        mark = " (illustrative)" if f.illustrative else ""
        table.add_row(f.segment or "", f.metric, f.period.label, format_quantity(f.quantity), f.basis.value,
                      f.source + mark)  # fmt: skip
    console().print(table)


def _facts_matching(
    ledger: Ledger, company: str, metric: str | None, segment: str | None, when: date | None
) -> list[Fact]:
    """`--metric cloud_revenue` also means segment cloud + metric revenue (metrics never include entities)."""
    facts = ledger.facts(company, metric=metric, entity=segment, as_of=when)
    if facts or metric is None or segment is not None or "_" not in metric:
        return facts
    profile = ledger.company(company)
    for e in profile.entities:
        prefix = e.key + "_"
        if metric.startswith(prefix):
            return ledger.facts(company, metric=metric[len(prefix) :], entity=e.key, as_of=when)
    return facts


@doc_app.command("add")
def doc_add(
    file: Annotated[Path, typer.Argument(help="A .txt, .md, .html or .pdf document.", show_default=False)],
    company: Annotated[str | None, typer.Option("--company", help="Ticker or name (optional).")] = None,
    date_: Annotated[str | None, typer.Option("--date", help="Document date (YYYY-MM-DD).")] = None,
    kind: Annotated[
        DocumentKind | None, typer.Option("--kind", help="Document kind; guessed if left out.")
    ] = None,
    title: Annotated[str | None, typer.Option("--title", help="Title; default: the file name.")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """Store a document (idempotent: the id is a hash of its text)."""
    from dataclasses import replace

    from thesisledger.documents.load import load_document

    with one_line_errors():
        doc = load_document(file, kind=kind, date=parse_date(date_), title=title)
    with open_ledger(db) as ledger:
        if company:
            doc = replace(doc, company=ledger.company(company).ticker)
        new = ledger.add_document(doc)
    d = {"id": doc.id, "title": doc.title, "kind": doc.kind.value, "chars": len(doc.text), "new": new}
    if json_out:
        print_json(d)
    else:
        typer.echo(f"{'added' if new else 'already in the ledger'}: {doc.id} {doc.title} ({doc.kind.value}, "
                   f"{len(doc.text):,} characters)")  # fmt: skip


@doc_app.command("list")
def doc_list(db: DbOpt = None, json_out: JsonOpt = False) -> None:
    """Documents in the ledger."""
    with open_ledger(db) as ledger:
        docs = ledger.documents()
    rows = [
        {"id": d.id, "title": d.title, "kind": d.kind.value, "date": d.date.isoformat() if d.date else None,
         "company": d.company, "chars": len(d.text)}
        for d in docs
    ]  # fmt: skip
    if json_out:
        print_json(rows)
        return
    table = Table("id", "title", "kind", "date", "company", "chars")
    for r in rows:
        table.add_row(*(str(r[k] or "") for k in ("id", "title", "kind", "date", "company", "chars")))
    console().print(table)


def register(app: typer.Typer) -> None:
    app.command("init")(init)
    app.add_typer(company_app, name="company")
    app.add_typer(facts_app, name="facts")
    app.add_typer(doc_app, name="doc")
