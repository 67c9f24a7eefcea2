"""`create_app(db_path)`: the FastAPI dashboard and JSON API over one ledger file.

The ledger is opened for each request and closed when it ends: DuckDB lets one process write a file
at a time, so the server never holds the lock between requests (the CLI can write meanwhile).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.responses import JSONResponse, Response

from thesisledger.errors import InputError, StoreError, ThesisLedgerError
from thesisledger.report.charts import plotly_js
from thesisledger.store import Ledger
from thesisledger.web.settings import Settings
from thesisledger.web.upload import DEFAULT_MAX_UPLOAD, UploadTooLargeError


class NotFoundError(InputError):
    """A page or record that does not exist (HTTP 404)."""


def create_app(
    db_path: str | Path | None = None,
    *,
    thesis_root: str | Path | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD,
    simulations: int = 20_000,
) -> FastAPI:
    """The dashboard over the ledger at `db_path` (see `store.default_location`).

    Thesis files are read only from under `thesis_root` (default: the current folder); uploads over
    `max_upload_bytes` are refused.
    """
    from thesisledger.web import api, pages

    settings = Settings(
        db_path=str(db_path) if db_path is not None else None,
        thesis_root=Path(thesis_root or Path.cwd()).resolve(),
        max_upload_bytes=max_upload_bytes,
        simulations=simulations,
    )
    app = FastAPI(
        title="Thesis Ledger",
        description="Claims, reported actuals, valuations and triggers from the Thesis Ledger store.",
        version="0.1.0",
        docs_url=None,  # Swagger UI and ReDoc load from a CDN; the schema itself is at /openapi.json
        redoc_url=None,
    )
    app.state.settings = settings

    @app.exception_handler(ThesisLedgerError)
    async def _ledger_error(request: Request, exc: ThesisLedgerError) -> Response:
        status = _status_for(exc)
        if request.url.path.startswith("/api/"):
            return JSONResponse({"detail": str(exc)}, status_code=status)
        return pages.error_page(request, status, str(exc))

    @app.get("/static/plotly.js", include_in_schema=False)
    def _plotly() -> Response:
        return Response(
            plotly_js(), media_type="application/javascript", headers={"Cache-Control": "max-age=86400"}
        )

    app.include_router(api.router)
    app.include_router(pages.router)
    return app


def _status_for(exc: ThesisLedgerError) -> int:
    if isinstance(exc, NotFoundError):
        return 404
    if isinstance(exc, UploadTooLargeError):
        return 413
    if isinstance(exc, StoreError):  # locked by another process, unreadable: try again later
        return 503
    return 400


def settings_of(request: Request) -> Settings:
    s: Settings = request.app.state.settings
    return s


def open_ledger(request: Request) -> Iterator[Ledger]:
    """A ledger for one request, closed afterwards (FastAPI dependency)."""
    with Ledger.open(settings_of(request).db_path) as ledger:
        yield ledger


LedgerDep = Annotated[Ledger, Depends(open_ledger)]
SettingsDep = Annotated[Settings, Depends(settings_of)]
