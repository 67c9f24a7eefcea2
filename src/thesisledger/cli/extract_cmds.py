"""Extraction commands: `thesis extract FILE` (document -> claims, recorded) and `thesis claims`."""

from __future__ import annotations

import csv
import json
import os
import sys
from contextlib import ExitStack
from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.table import Table

from thesisledger.cli._common import (
    CompanyOpt,
    DateOpt,
    DbOpt,
    JsonOpt,
    console,
    finite,
    one_line_errors,
    parse_date,
    print_json,
)
from thesisledger.companies import CompanyProfile, find_profile
from thesisledger.documents.document import DocumentKind
from thesisledger.extract.claim import Claim, ClaimKind
from thesisledger.quantities.format import format_quantity
from thesisledger.reconcile.guidance import Guidance, guidance_from_claims

if TYPE_CHECKING:
    from thesisledger.extract.refine import ChatRefiner

KIND_STYLE = {
    ClaimKind.ACTUAL: "green",
    ClaimKind.GUIDANCE: "cyan",
    ClaimKind.TARGET: "magenta",
    ClaimKind.ESTIMATE: "yellow",
    ClaimKind.HISTORICAL: "dim",
    ClaimKind.DERIVED: "blue",
}
# The --jsonl contract's fields, sentence last (long); optional quantity keys (qualitative, noun) included.
CSV_FIELDS = ("document_id", "start", "end", "span_text", "entity", "metric", "kind", "value", "low", "high",
              "bound", "unit", "scale", "qualitative", "noun", "period", "period_start", "period_end", "horizon",  # noqa: E501
              "speaker", "speaker_name", "direction", "page", "refinement", "sentence")  # fmt: skip


def _table(claims: list[Claim], title: str) -> Table:
    table = Table("start", "quote", "value", "entity", "metric", "period", "kind", "speaker", title=title)
    for c in claims:
        style = KIND_STYLE.get(c.kind, "")
        table.add_row(
            str(c.start), c.span_text, format_quantity(c.quantity), c.entity or "", c.metric or "",
            c.period.label if c.period else "", c.kind.value, c.speaker.value, style=style,
        )  # fmt: skip
    return table


def _print_jsonl(claims: list[Claim]) -> None:
    for c in claims:
        typer.echo(json.dumps(finite(c.to_json()), ensure_ascii=False))


def _print_csv(claims: list[Claim]) -> None:
    out = csv.DictWriter(sys.stdout, fieldnames=CSV_FIELDS, extrasaction="ignore", lineterminator="\n")
    out.writeheader()
    for c in claims:
        out.writerow(c.to_json())


def _promises(
    claims: list[Claim], profile: CompanyProfile | None, given_at: date | None
) -> tuple[list[Guidance] | None, str]:
    """Guidance records to store with the document, and a note saying what was (not) recorded."""
    if profile is None:
        return None, "guidance not recorded: give --company to track this document's promises"
    if given_at is None:
        return None, "guidance not recorded: give --date (when it was said) to track its promises"
    made, skipped = guidance_from_claims(claims, profile.ticker, given_at)
    note = f"{len(made)} guidance records for {profile.ticker} (see `thesis guidance list`)"
    if skipped:
        note += f", {len(skipped)} guidance claims without a metric or period left as claims only"
    return made, note


DOC_SUFFIXES = (".txt", ".md", ".html", ".htm", ".pdf")


def _expand(paths: list[Path]) -> list[Path]:
    """The files named, with each directory replaced by the documents directly inside it (sorted)."""
    out: list[Path] = []
    for p in paths:
        if p.is_dir():
            out += sorted(f for f in p.iterdir() if f.is_file() and f.suffix.lower() in DOC_SUFFIXES)
        else:
            out.append(p)
    return out


def _refiner(url: str | None, model: str | None) -> ChatRefiner | None:
    from thesisledger.extract.refine import ChatRefiner, RefinerSetupError

    if url is None:
        if model is not None:
            raise RefinerSetupError("--refiner-model needs --refiner URL (the server that runs the model)")
        return None
    return ChatRefiner(url, model or "", api_key=os.environ.get("THESIS_REFINER_KEY") or None)


def _refined(doc: Any, claims: list[Claim], refiner: ChatRefiner, notes: list[str]) -> list[Claim]:
    """The refiner's accepted changes applied; each change and refusal noted for stderr."""
    from thesisledger.extract.refine import refine

    result = refine(doc, claims, refiner)
    notes.append(
        f"refiner {refiner.name}: {len(result.changes)} labels changed, {len(result.rejected)} answers "
        f"refused in document {doc.id}"
    )
    notes += [f"  changed {c.describe()}" for c in result.changes]
    notes += [f"  refused {why}" for why in result.rejected]
    return result.claims


def extract(
    files: Annotated[
        list[Path],
        typer.Argument(
            help="Documents (.txt, .md, .html, .pdf) or folders of them; several show a progress bar.",
            show_default=False,
        ),
    ],
    company: CompanyOpt = None,
    date_: DateOpt = None,
    jsonl: Annotated[
        bool, typer.Option("--jsonl", help="One JSON object per claim (the stable contract).")
    ] = False,
    csv_out: Annotated[bool, typer.Option("--csv", help="CSV with a header row.")] = False,
    no_store: Annotated[
        bool, typer.Option("--no-store", help="Only print; do not record in the ledger.")
    ] = False,
    db: DbOpt = None,
    doc_kind: Annotated[
        DocumentKind | None,
        typer.Option(
            "--doc-kind",
            help="transcript, press_release or note: who speaks (management vs the author) follows from it; "
            "default: guessed from the text.",
        ),
    ] = None,
    refiner_url: Annotated[
        str | None,
        typer.Option(
            "--refiner",
            help="Optional: an OpenAI-compatible API root (e.g. http://localhost:11434/v1) whose model "
            "checks each claim's metric and kind; changes are listed on stderr. Key: $THESIS_REFINER_KEY.",
            show_default=False,
        ),
    ] = None,
    refiner_model: Annotated[
        str | None, typer.Option("--refiner-model", help="The model name the refiner server knows.")
    ] = None,
) -> None:
    """Extract every quantitative claim from FILES, record documents + claims in the ledger, print them."""
    from thesisledger.cli._progress import progress_bar
    from thesisledger.documents.load import load_document
    from thesisledger.extract import extract_claims
    from thesisledger.store import Ledger

    if jsonl and csv_out:
        raise typer.BadParameter("choose one of --jsonl and --csv", param_hint="--jsonl/--csv")
    results: list[tuple[Any, list[Claim]]] = []
    stored: list[str] = []
    with one_line_errors(), ExitStack() as closing:
        refiner = _refiner(refiner_url, refiner_model)
        if refiner is not None:
            closing.callback(refiner.close)
        paths = _expand(files)
        if not paths:
            raise typer.BadParameter("no documents found", param_hint="FILES")
        profile: CompanyProfile | None = None
        if company and no_store:
            profile = find_profile(company)
        with progress_bar(f"extracting {len(paths)} documents", len(paths)) as advance:
            ledger = None if no_store else Ledger.open(db)
            try:
                if ledger is not None and company:
                    profile = ledger.company(company)
                for i, path in enumerate(paths):
                    doc = load_document(path, kind=doc_kind, date=parse_date(date_))
                    doc = replace(doc, company=profile.ticker if profile else None)
                    claims = extract_claims(doc, profile)
                    if refiner is not None:
                        claims = _refined(doc, claims, refiner, stored)
                    if ledger is not None:
                        promises, note = _promises(claims, profile, doc.date)
                        new, n = ledger.record_document(doc, claims, promises)
                        stored.append(
                            f"{'recorded' if new else 'updated'} {n} claims of document {doc.id} in "
                            f"{ledger.location}; {note}"
                        )
                    results.append((doc, claims))
                    if len(paths) > 1:
                        advance(i + 1)
            finally:
                if ledger is not None:
                    ledger.close()
    everything = [c for _, claims in results for c in claims]
    if jsonl:
        _print_jsonl(everything)
    elif csv_out:
        _print_csv(everything)
    else:
        for doc, claims in results:
            console().print(_table(claims, f"{doc.title} ({len(claims)} claims)"))
    for line in stored:
        typer.echo(line, err=True)


def _claims_matching(ledger: Any, company: str | None, metric: str | None, entity: str | None,
                     kind: ClaimKind | None) -> list[Claim]:  # fmt: skip
    """`--metric maas_arr` also means entity maas + metric arr (metric keys never include entities)."""
    found: list[Claim] = ledger.claims(company, metric=metric, entity=entity, kind=kind)
    if metric is None or entity is not None or "_" not in metric:
        return found
    seen = {(c.document_id, c.start) for c in found}
    for i in range(len(metric)):
        if metric[i] != "_":
            continue
        head, tail = metric[:i], metric[i + 1 :]
        for c in ledger.claims(company, metric=tail, entity=head, kind=kind):
            if (c.document_id, c.start) not in seen:
                found.append(c)
                seen.add((c.document_id, c.start))
    return sorted(found, key=lambda c: (c.document_id, c.start))


def claims(
    company: CompanyOpt = None,
    metric: Annotated[str | None, typer.Option("--metric", help="Metric key, e.g. arr or maas_arr.")] = None,
    entity: Annotated[str | None, typer.Option("--entity", help="Entity key, e.g. cloud.")] = None,
    kind: Annotated[ClaimKind | None, typer.Option("--kind", help="actual, guidance, target, ...")] = None,
    db: DbOpt = None,
    json_out: JsonOpt = False,
) -> None:
    """List stored claims across documents."""
    from thesisledger.store import Ledger

    with one_line_errors(), Ledger.open(db) as ledger:
        found = _claims_matching(ledger, company, metric, entity, kind)
    if json_out:
        print_json([c.to_json() for c in found])
        return
    console().print(_table(found, f"{len(found)} claims"))


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("claims")(claims)
