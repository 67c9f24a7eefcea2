"""Fixtures for the SEC connector tests: the recorded transport, a fake clock and a wired connector."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sec_fakes import UA, FakeClock, RecordedSec

from thesisledger.connectors.sec import SecConnector, SecHttpClient


@pytest.fixture
def sec_server() -> RecordedSec:
    return RecordedSec()


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


MakeClient = Callable[..., SecHttpClient]


@pytest.fixture
def make_client(sec_server: RecordedSec, clock: FakeClock, tmp_path: Path) -> MakeClient:
    """Build a SecHttpClient on the recorded transport and fake clock; keyword arguments override."""

    def make(**overrides: object) -> SecHttpClient:
        kwargs: dict[str, object] = {
            "user_agent": UA,
            "cache_dir": tmp_path / "cache",
            "transport": sec_server.transport,
            "sleep": clock.sleep,
            "clock": clock.monotonic,
            "wall_clock": clock.time,
        }
        kwargs.update(overrides)
        return SecHttpClient(**kwargs)  # type: ignore[arg-type]

    return make


@pytest.fixture
def sec(make_client: MakeClient) -> SecConnector:
    return SecConnector(http=make_client())


@pytest.fixture(autouse=True)
def _no_user_config(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Tests never read the user's config file, cache or ledger."""
    monkeypatch.setenv("THESIS_CONFIG", str(tmp_path / "no-config.toml"))
    monkeypatch.setenv("THESIS_SEC_CACHE", str(tmp_path / "default-cache"))
    monkeypatch.setenv("THESIS_DB", str(tmp_path / "default-ledger.duckdb"))
