"""`thesis ingest DIR|GLOB`: extract and store the claims of a whole corpus on Dask, with progress."""

from __future__ import annotations

from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from thesisledger.cli._common import EXIT_FINDINGS, CompanyOpt, DbOpt, one_line_errors
from thesisledger.ingest import DEFAULT_BATCH_SIZE, IngestProgress, IngestReport, expand_paths, ingest_corpus
from thesisledger.store import Ledger


def _summary(report: IngestReport) -> str:
    return (
        f"ingested {report.ingested} documents, {report.claims} claims; skipped {report.skipped} already "
        f"stored; {len(report.failures)} failed ({report.files} files, {report.batches} batches, "
        f"{report.seconds:.1f} s)"
    )


def ingest(
    inputs: Annotated[
        list[str],
        typer.Argument(
            metavar="DIR|GLOB...",
            help="Directories (searched recursively), glob patterns or files.",
            show_default=False,
        ),
    ],
    company: CompanyOpt = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Local Dask worker processes.")] = 2,
    scheduler: Annotated[
        str | None,
        typer.Option(
            "--scheduler", help="Address of a running Dask scheduler (tcp://host:8786).", show_default=False
        ),
    ] = None,
    batch_size: Annotated[
        int, typer.Option("--batch-size", min=1, help="Documents per bulk load into the ledger.")
    ] = DEFAULT_BATCH_SIZE,
    db: DbOpt = None,
) -> None:
    """Extract claims from every document under DIR|GLOB in parallel and store them in the ledger.

    Files already stored are skipped (same bytes); a re-run after a crash finishes the rest. Exit 0 if
    every document was ingested, 1 if some failed (listed), 2 for bad input.
    """
    err = Console(stderr=True)
    with one_line_errors():
        files = expand_paths(inputs)  # bad input fails before the ledger is opened or a cluster started
    with (
        one_line_errors(),
        Ledger.open(db) as ledger,
        Progress(
            TextColumn("[bold]ingest"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("failed {task.fields[failed]}  claims {task.fields[claims]}"),
            TimeElapsedColumn(),
            console=err,
            transient=False,
        ) as bar,
    ):
        task = bar.add_task("ingest", total=None, failed=0, claims=0)

        def show(p: IngestProgress) -> None:
            bar.update(task, total=p.total, completed=p.done, failed=p.failed, claims=p.claims)

        report = ingest_corpus(
            files,
            ledger,
            company,
            workers=workers,
            scheduler=scheduler,
            batch_size=batch_size,
            progress=show,
        )
    typer.echo(_summary(report))
    for f in report.failures:  # one line each, never wrapped: scripts grep them
        typer.echo(f"failed [{f.stage}] {f.path}: {f.reason}")
    if report.failures:
        raise typer.Exit(EXIT_FINDINGS)


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest)
