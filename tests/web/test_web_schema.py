"""Schemathesis: requests generated from /openapi.json, valid and invalid, never get a 500."""

from __future__ import annotations

from pathlib import Path

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.checks import not_a_server_error

from report_fixtures import REPO, build_ledger
from thesisledger.web import create_app

pytestmark = pytest.mark.slow


def _app() -> object:
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="thesis-schema-"))
    built = build_ledger(folder)
    return create_app(built.path, thesis_root=REPO, max_upload_bytes=4096, simulations=200)


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_api_never_answers_500(case: schemathesis.Case) -> None:
    case.call_and_validate(checks=[not_a_server_error])
