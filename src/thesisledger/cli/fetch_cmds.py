"""`thesis fetch ...`: pull reported facts and documents from public sources into the ledger.

    thesis fetch sec BABA --since 2023 [--facts] [--filings 6-K,20-F] [--db PATH] [--company T]
                    [--cache-dir DIR] [--user-agent "Name email"] [--refresh] [--dry-run] [--json]

Thin: parses arguments, calls `thesisledger.connectors.sec.fetch_sec` with a `LedgerSink` on the
ledger (`--db`, else $THESIS_DB, else the default file), prints the summary. `--dry-run` stores
nothing. Exit status 4 when SEC fails, 2 on bad input (unknown ticker), 3 when the ledger does.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from thesisledger.cli._common import DbOpt, one_line_errors, print_json
from thesisledger.companies import CompanyProfile
from thesisledger.connectors.sec import PRESS_RELEASE_FORMS, SecConnector, fetch_sec
from thesisledger.connectors.sinks import LedgerSink
from thesisledger.errors import InputError
from thesisledger.store.ledger import Ledger

_SINCE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")


def parse_since(text: str) -> date:
    """ "2023" -> 2023-01-01, "2023-06" -> 2023-06-01, "2023-06-30" -> 2023-06-30."""
    m = _SINCE.match(text.strip())
    if not m:
        raise InputError(f"--since {text!r} is not a year or date; use 2023, 2023-06 or 2023-06-30")
    year, month, day = int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1)
    try:
        return date(year, month, day)
    except ValueError as exc:
        raise InputError(f"--since {text!r} is not a real date: {exc}") from exc


def parse_forms(text: str) -> list[str]:
    """ "6-K, 20-F" -> ["6-K", "20-F"]."""
    forms = [f.strip().upper() for f in text.split(",") if f.strip()]
    if not forms:
        raise InputError(f"--filings {text!r} names no form; use e.g. --filings 6-K,20-F")
    for f in forms:
        if not re.fullmatch(r"[A-Z0-9][A-Z0-9 -]*(/A)?", f):
            raise InputError(f"--filings: {f!r} is not an EDGAR form type (like 10-K, 8-K, 20-F, 6-K)")
    return forms


def register(app: typer.Typer, *, connector: Callable[..., SecConnector] = SecConnector) -> None:
    """Add the `fetch` command group to `app`.

    `connector` makes the `SecConnector` from (user_agent=, cache_dir=[, api_max_age=]); tests pass
    one with a recorded transport and a fake clock.
    """
    fetch_app = typer.Typer(
        help="Fetch reported facts and documents from public sources.", no_args_is_help=True
    )

    @fetch_app.command("sec")
    def sec(
        company: Annotated[str, typer.Argument(help="Ticker (BABA), profile alias, or SEC CIK (1577552).")],
        since: Annotated[
            str | None, typer.Option(help="Only periods ending and filings filed on or after: 2023, 2023-06.")
        ] = None,
        facts: Annotated[
            bool, typer.Option("--facts", help="Fetch XBRL company facts as ledger facts.")
        ] = False,
        filings: Annotated[
            str | None,
            typer.Option(
                help="Forms to list, comma-separated (6-K,20-F,10-Q,10-K,8-K); press-release exhibits "
                "(EX-99) of 8-K and 6-K filings among them are stored as documents with their claims."
            ),
        ] = None,
        db: DbOpt = None,
        as_company: Annotated[
            str | None,
            typer.Option(
                "--company",
                help="File facts and documents under this ledger company (ticker or profile alias) "
                "and use its fiscal calendar; default: the company SEC names.",
                show_default=False,
            ),
        ] = None,
        cache_dir: Annotated[
            Path | None,
            typer.Option(
                help="Where SEC responses are cached [$THESIS_SEC_CACHE, else ~/.cache/thesisledger/sec]."
            ),
        ] = None,
        user_agent: Annotated[
            str | None,
            typer.Option(
                help='"Name email" SEC requires of automated clients [$THESIS_SEC_USER_AGENT, '
                "else sec.user_agent in ~/.config/thesisledger/config.toml]."
            ),
        ] = None,
        refresh: Annotated[
            bool, typer.Option("--refresh", help="Re-download ticker map, submissions and facts.")
        ] = False,
        dry_run: Annotated[bool, typer.Option("--dry-run", help="Fetch and report, store nothing.")] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    ) -> None:
        """SEC EDGAR: company facts and press releases by ticker or CIK into the ledger (both unless
        --facts or --filings narrows it). Re-running resumes: cached responses are reused and
        filings already in the ledger are skipped."""
        with one_line_errors():
            since_d = parse_since(since) if since else None
            forms = parse_forms(filings) if filings else None
            want_facts = facts or forms is None
            if forms is None and not facts:
                forms = list(PRESS_RELEASE_FORMS)
            kwargs: dict[str, Any] = {"user_agent": user_agent, "cache_dir": cache_dir}
            if refresh:
                kwargs["api_max_age"] = 0.0
            with connector(**kwargs) as sec_conn:  # refuses before the ledger is touched without a UA
                ledger = None if dry_run else Ledger.open(db)
                try:
                    profile: CompanyProfile | None = None
                    if as_company:
                        profile = ledger.company(as_company) if ledger else _find(as_company)
                    sink = LedgerSink(ledger, profile) if ledger is not None else None
                    summary = fetch_sec(
                        sec_conn,
                        company,
                        since=since_d,
                        facts=want_facts,
                        forms=forms,
                        fact_sink=sink,
                        document_sink=sink,
                        profile=profile,
                    )
                finally:
                    if ledger is not None:
                        ledger.close()
        if as_json:
            print_json(summary.to_dict(with_facts=dry_run))
            return
        where = " (dry run: nothing stored)" if dry_run else ""
        if want_facts:
            result = summary.facts_result
            stored = ""
            if result is not None:
                stored = (
                    f" ({getattr(result, 'added', '?')} added, {getattr(result, 'unchanged', '?')} "
                    "already in the ledger)"
                )
            typer.echo(
                f"{summary.company} (CIK {summary.cik}): {len(summary.facts)} facts, "
                f"{summary.restated} restated, {summary.derived} derived quarters{stored}{where}; "
                f"{summary.calendar}"
            )
        if forms:
            skipped = (
                f", {len(summary.skipped_accessions)} already in the ledger"
                if summary.skipped_accessions
                else ""
            )
            typer.echo(
                f"{summary.company}: {len(summary.filings)} filings ({', '.join(forms)}), "
                f"{len(summary.documents)} press releases, {summary.claims} claims{skipped}{where}"
            )
            for d in summary.documents:
                typer.echo(f"  {d['date']}  {d['accession']}  {d['url']}")
        typer.echo(f"{summary.requests_sent} requests to SEC (the rest came from the cache)")

    app.add_typer(fetch_app, name="fetch")


def _find(name: str) -> CompanyProfile:
    from thesisledger.companies import find_profile

    return find_profile(name)
