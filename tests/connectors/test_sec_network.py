"""One live request to SEC EDGAR. Skipped without network (a 2-second connect to www.sec.gov:443) and,
in CI, unless THESIS_NETWORK_TESTS=1."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from thesisledger.connectors.sec import RetryPolicy, SecConnector, SecHttpClient


def _sec_reachable() -> bool:
    try:
        with socket.create_connection(("www.sec.gov", 443), timeout=2.0):
            return True
    except OSError:
        return False


@pytest.mark.network
def test_live_apple_filings_and_facts(tmp_path: Path) -> None:
    if os.environ.get("CI") and os.environ.get("THESIS_NETWORK_TESTS") != "1":
        pytest.skip("network tests run in CI only with THESIS_NETWORK_TESTS=1")
    if not _sec_reachable():
        pytest.skip("www.sec.gov:443 is not reachable")
    ua = os.environ.get("THESIS_SEC_USER_AGENT") or "Thesis Ledger tests thesis-ledger-tests@example.com"
    http = SecHttpClient(
        ua, cache_dir=tmp_path / "cache", timeout=10.0, retry=RetryPolicy(retries=1, cap=2.0)
    )
    with SecConnector(http=http) as sec:
        assert sec.resolve("AAPL") == "0000320193"
        filings = sec.filings("0000320193", forms=["10-K"])
        assert filings and all(f.base_form == "10-K" for f in filings)
        facts = sec.company_facts("0000320193")
        assert any(f.metric == "revenue" and f.period.kind.value == "year" for f in facts)
