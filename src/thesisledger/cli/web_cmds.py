"""`thesis serve`: the local dashboard (FastAPI under uvicorn) over one ledger file."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from thesisledger.cli._common import DbOpt, one_line_errors
from thesisledger.store import default_location


def serve(
    db: DbOpt = None,
    host: Annotated[
        str, typer.Option("--host", help="Address to bind; 127.0.0.1 keeps it local.")
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.", min=1, max=65535)] = 8000,
    theses: Annotated[
        Path | None, typer.Option("--theses", help="Folder thesis files may be read from (default: here).")
    ] = None,
    max_upload_mb: Annotated[
        float, typer.Option("--max-upload-mb", help="Largest document upload, in MB.", min=0.001)
    ] = 10.0,
) -> None:
    """Serve the dashboard and JSON API (schema at /openapi.json) until Ctrl-C; ledger opened per request."""
    import uvicorn

    from thesisledger.web import create_app

    with one_line_errors():
        app = create_app(db, thesis_root=theses, max_upload_bytes=int(max_upload_mb * 1024 * 1024))
        typer.echo(f"ledger {default_location(db)}; dashboard at http://{host}:{port}/ (Ctrl-C stops)")
        if host not in ("127.0.0.1", "localhost", "::1"):
            typer.echo(f"warning: binding {host} makes the dashboard reachable from other machines", err=True)
        uvicorn.run(app, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
