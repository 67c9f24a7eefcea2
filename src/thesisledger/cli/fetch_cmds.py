"""`thesis fetch ...`: pull reported facts and documents from public sources into the ledger.

    thesis fetch sec BABA --since 2023 [--facts] [--filings 6-K,20-F] [--cache-dir DIR] [--json]

Thin: parses arguments, calls `thesisledger.connectors.sec.fetch_sec`, prints the summary. Where
facts and documents go is wired by whoever builds the app (`register(app, fact_sink=...)`); without
a sink the command is a dry run that prints what it fetched.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from thesisledger.connectors.sec import PRESS_RELEASE_FORMS, SecConnector, fetch_sec
from thesisledger.connectors.sinks import DocumentSink, FactSink
from thesisledger.errors import InputError, ThesisLedgerError

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


def register(
    app: typer.Typer,
    *,
    fact_sink: Callable[[], FactSink] | None = None,
    document_sink: Callable[[], DocumentSink] | None = None,
    connector: Callable[..., SecConnector] = SecConnector,
) -> None:
    """Add the `fetch` command group to `app`.

    `fact_sink` / `document_sink` make the sinks (the ledger store) when a command runs;
    `connector` makes the `SecConnector` from (user_agent=, cache_dir=, api_max_age=) — tests pass
    one with a recorded transport.
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
                help="Forms to list, comma-separated (6-K,20-F); press-release exhibits (EX-99) of "
                "8-K and 6-K filings among them are fetched as documents."
            ),
        ] = None,
        cache_dir: Annotated[
            Path | None, typer.Option(help="Where SEC responses are cached [~/.cache/thesisledger/sec].")
        ] = None,
        user_agent: Annotated[
            str | None,
            typer.Option(help='"Name email" SEC requires of automated clients [$THESIS_SEC_USER_AGENT].'),
        ] = None,
        refresh: Annotated[
            bool, typer.Option("--refresh", help="Re-download ticker map, submissions and facts.")
        ] = False,
        as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    ) -> None:
        """SEC EDGAR: company facts and press releases by ticker or CIK (both unless --facts or
        --filings narrows it)."""
        try:
            since_d = parse_since(since) if since else None
            forms = parse_forms(filings) if filings else None
            want_facts = facts or forms is None
            if forms is None and not facts:
                forms = list(PRESS_RELEASE_FORMS)
            kwargs: dict[str, Any] = {"user_agent": user_agent, "cache_dir": cache_dir}
            if refresh:
                kwargs["api_max_age"] = 0.0
            fsink = fact_sink() if fact_sink else None
            dsink = document_sink() if document_sink else None
            with connector(**kwargs) as sec_conn:
                summary = fetch_sec(
                    sec_conn,
                    company,
                    since=since_d,
                    facts=want_facts,
                    forms=forms,
                    fact_sink=fsink,
                    document_sink=dsink,
                )
        except ThesisLedgerError as exc:
            typer.echo(f"error: {exc}", err=True)
            raise typer.Exit(1) from None
        if as_json:
            typer.echo(json.dumps(summary.to_dict(with_facts=fsink is None), indent=2))
            return
        stored = ""
        if want_facts:
            added = getattr(summary.facts_result, "added", None)
            skipped = getattr(summary.facts_result, "skipped", None)
            if fsink is None:
                stored = " (dry run: no ledger wired, nothing stored)"
            elif added is not None:
                stored = f" ({added} added, {skipped} already in the ledger)"
            typer.echo(
                f"{summary.company} (CIK {summary.cik}): {len(summary.facts)} facts, "
                f"{summary.restated} restated, {summary.derived} derived Q4{stored}; {summary.calendar}"
            )
        if forms:
            docs_note = "" if dsink is not None else " (not stored: no document sink wired)"
            typer.echo(
                f"{summary.company}: {len(summary.filings)} filings ({', '.join(forms)}), "
                f"{len(summary.documents)} press releases{docs_note}"
            )
            for d in summary.documents:
                typer.echo(f"  {d['date']}  {d['url']}")
        typer.echo(f"{summary.requests_sent} requests to SEC (the rest came from the cache)")

    app.add_typer(fetch_app, name="fetch")
