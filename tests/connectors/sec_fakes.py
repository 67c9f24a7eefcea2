"""Offline SEC EDGAR for tests: a transport serving the recorded responses, and a fake clock."""

from __future__ import annotations

from collections import deque
from pathlib import Path

import httpx

RECORDED = Path(__file__).parent / "recorded"
UA = "Test Runner test-runner@example.com"
EXHL = "0009990001"
EXDV = "0009990002"
_A = "https://www.sec.gov/Archives/edgar/data"

ROUTES: dict[str, str] = {
    "https://www.sec.gov/files/company_tickers.json": "company_tickers.json",
    f"https://data.sec.gov/submissions/CIK{EXHL}.json": f"submissions_CIK{EXHL}.json",
    f"https://data.sec.gov/submissions/CIK{EXHL}-submissions-001.json": f"submissions_CIK{EXHL}-001.json",
    f"https://data.sec.gov/submissions/CIK{EXDV}.json": f"submissions_CIK{EXDV}.json",
    f"https://data.sec.gov/api/xbrl/companyfacts/CIK{EXHL}.json": f"companyfacts_CIK{EXHL}.json",
    f"https://data.sec.gov/api/xbrl/companyfacts/CIK{EXDV}.json": f"companyfacts_CIK{EXDV}.json",
    f"{_A}/9990001/000999000125000031/0009990001-25-000031-index.htm": "index_0009990001-25-000031.htm",
    f"{_A}/9990001/000999000125000019/0009990001-25-000019-index.htm": "index_0009990001-25-000019.htm",
    f"{_A}/9990001/000999000125000007/0009990001-25-000007-index.htm": "index_0009990001-25-000007.htm",
    f"{_A}/9990002/000999000225000041/0009990002-25-000041-index.htm": "index_0009990002-25-000041.htm",
    f"{_A}/9990002/000999000225000030/0009990002-25-000030-index.htm": "index_0009990002-25-000030.htm",
    f"{_A}/9990001/000999000125000031/exhl-ex99-1_20250828.htm": "exhl_ex99-1_20250828.htm",
    f"{_A}/9990001/000999000125000019/exhl-ex99-1_20250515.htm": "exhl_ex99-1_20250515.htm",
    f"{_A}/9990001/000999000125000007/exhl-ex99-1_20250220.htm": "exhl_ex99-1_20250220.htm",
    f"{_A}/9990002/000999000225000041/exdv-ex99-1.txt": "exdv_ex99-1.txt",
    f"{_A}/9990002/000999000225000030/exdv-ex99-1_20250602.htm": "exdv_ex99-1_20250602.htm",
}

Reply = httpx.Response | Exception


class RecordedSec:
    """Serves the recorded files by URL (404 otherwise) and logs every request.

    `queue(url, ...)` makes the next requests to `url` get the given responses or raise the given
    exceptions first; `serve(url, body)` adds a route.
    """

    def __init__(self) -> None:
        self.routes: dict[str, bytes | Path] = {url: RECORDED / name for url, name in ROUTES.items()}
        self.queued: dict[str, deque[Reply]] = {}
        self.calls: list[str] = []
        self.user_agents: list[str] = []

    def serve(self, url: str, body: bytes | Path) -> None:
        self.routes[url] = body

    def queue(self, url: str, *replies: Reply) -> None:
        self.queued.setdefault(url, deque()).extend(replies)

    def handler(self, request: httpx.Request) -> httpx.Response:
        url = str(request.url)
        self.calls.append(url)
        self.user_agents.append(request.headers.get("User-Agent", ""))
        pending = self.queued.get(url)
        if pending:
            reply = pending.popleft()
            if isinstance(reply, Exception):
                raise reply
            return reply
        body = self.routes.get(url)
        if body is None:
            return httpx.Response(404, text="Not Found")
        return httpx.Response(200, content=body.read_bytes() if isinstance(body, Path) else body)

    @property
    def transport(self) -> httpx.MockTransport:
        return httpx.MockTransport(self.handler)

    def count(self, url: str) -> int:
        return sum(1 for c in self.calls if c == url)


class FakeClock:
    """Monotonic and wall time that only move when something sleeps (or a test advances them)."""

    def __init__(self, start: float = 1_750_000_000.0) -> None:
        self.now = start
        self.sleeps: list[float] = []

    def monotonic(self) -> float:
        return self.now

    def time(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.now += seconds

    def advance(self, seconds: float) -> None:
        self.now += seconds
