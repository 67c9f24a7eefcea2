"""`thesis audit FILE`: check a document's numbers against each other (and the ledger's facts).

Exit status 1 when a high-severity failure exists (usable as a gate in a review pipeline), 0
otherwise, 2 for bad input. `--format json` prints the stable contract documented in the README.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

from thesisledger.cli._common import (
    EXIT_FINDINGS,
    CompanyOpt,
    DateOpt,
    one_line_errors,
)
from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.errors import InputError
from thesisledger.facts import Fact


def _date(text: str | None) -> date | None:
    if text is None:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InputError(f"--date {text!r} is not a date; use YYYY-MM-DD") from None


def audit(
    file: Annotated[Path, typer.Argument(help="A .txt, .md, .html or .pdf document.", show_default=False)],
    company: CompanyOpt = None,
    date_: DateOpt = None,
    format_: Annotated[
        str, typer.Option("--format", help="text, md, json (the stable contract) or html.")
    ] = "text",
    show_passes: Annotated[
        bool, typer.Option("--show-passes", help="Also list the checks that passed.")
    ] = False,
    db: Annotated[
        Path | None,
        typer.Option(
            "--db",
            help="Ledger file: also check stated figures against its recorded facts (needs --company).",
            show_default=False,
        ),
    ] = None,
) -> None:
    """Audit FILE: growth, CAGR, shares, pp, scale slips, currencies, status and (with --db) the ledger.

    Exit status 1 when a high-severity finding exists, 0 otherwise, 2 for bad input.
    """
    from thesisledger.audit import Severity, audit_document, render_findings
    from thesisledger.audit.render import FORMATS
    from thesisledger.documents.load import load_document
    from thesisledger.extract import extract_claims

    with one_line_errors():
        if format_ not in FORMATS:
            raise InputError(f"unknown format {format_!r}; use one of {', '.join(FORMATS)}")
        doc = load_document(file, date=_date(date_))
        profile: CompanyProfile | None = None
        facts: list[Fact] = []
        if db is not None:
            from thesisledger.store import Ledger

            with Ledger.open(db) as ledger:
                profile = ledger.company(company) if company else None
                if profile is not None:
                    facts = ledger.facts(profile.ticker)
        elif company:
            profile = find_profile(company)
        doc = replace(doc, company=profile.ticker if profile else None)
        claims = extract_claims(doc, profile)
        findings = audit_document(doc, claims, ledger_facts=facts, show_passes=show_passes)
    typer.echo(render_findings(findings, doc.text, format_, title=doc.title))
    if db is not None and profile is None:
        typer.echo("note: --db without --company checks no ledger facts", err=True)
    if any(f.failed and f.severity is Severity.HIGH for f in findings):
        raise typer.Exit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    app.command("audit")(audit)
