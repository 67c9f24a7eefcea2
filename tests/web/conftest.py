"""Fixtures for dashboard tests: the app over a small ledger, and a TestClient."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from report_fixtures import REPO, Built, build_ledger
from thesisledger.web import create_app


@pytest.fixture
def built(tmp_path: Path) -> Built:
    return build_ledger(tmp_path)


@pytest.fixture
def app(built: Built) -> FastAPI:
    return create_app(built.path, thesis_root=REPO, max_upload_bytes=64 * 1024, simulations=2000)


@pytest.fixture
def client(app: FastAPI) -> Iterator[TestClient]:
    with TestClient(app) as c:
        yield c
