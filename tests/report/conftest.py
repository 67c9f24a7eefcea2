"""Fixtures for report tests: a small ledger built once per module."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from report_fixtures import THESIS, Built, build_ledger
from thesisledger.report import Report, build_report
from thesisledger.store import Ledger


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Built:
    return build_ledger(tmp_path_factory.mktemp("report"))


@pytest.fixture
def ledger(built: Built) -> Iterator[Ledger]:
    with Ledger.open(built.path) as opened:
        yield opened


@pytest.fixture(scope="module")
def report(built: Built) -> Report:
    with Ledger.open(built.path) as opened:
        return build_report(opened, "BABA", thesis_path=THESIS, simulations=4000, seed=11)


@pytest.fixture(scope="module")
def thesis_path() -> Path:
    return THESIS
