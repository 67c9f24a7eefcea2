"""The SEC HTTP layer: User-Agent policy, rate limit, retries with back-off, and the disk cache."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path

import httpx
import pytest
from sec_fakes import EXHL, UA, FakeClock, RecordedSec

from conftest import MakeClient
from thesisledger.connectors.sec import DiskCache, RetryPolicy, TokenBucket, resolve_user_agent
from thesisledger.connectors.sec._http import SecHttpClient
from thesisledger.errors import ConnectorError, ConnectorSetupError

SUBMISSIONS = f"https://data.sec.gov/submissions/CIK{EXHL}.json"
TICKERS = "https://www.sec.gov/files/company_tickers.json"


# -- User-Agent ------------------------------------------------------------------------------------
def test_missing_user_agent_is_refused_with_instructions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("THESIS_SEC_USER_AGENT", raising=False)
    with pytest.raises(ConnectorSetupError) as err:
        SecHttpClient(cache_dir=Path("/nonexistent"))
    msg = str(err.value)
    assert "THESIS_SEC_USER_AGENT" in msg
    assert "Jane Doe jane@example.com" in msg
    assert "403" in msg  # says why: SEC refuses anonymous clients


def test_user_agent_without_contact_is_refused() -> None:
    with pytest.raises(ConnectorSetupError, match="no contact e-mail"):
        resolve_user_agent("Jane Doe research bot")


def test_user_agent_from_env_is_sent(
    monkeypatch: pytest.MonkeyPatch, make_client: MakeClient, sec_server: RecordedSec
) -> None:
    monkeypatch.setenv("THESIS_SEC_USER_AGENT", "  Ana Lyst ana@example.org ")
    client = make_client(user_agent=None)
    client.get_json(TICKERS)
    assert sec_server.user_agents == ["Ana Lyst ana@example.org"]


# -- rate limit ------------------------------------------------------------------------------------
def test_token_bucket_never_exceeds_ten_per_second() -> None:
    clock = FakeClock(0.0)
    bucket = TokenBucket(10.0, clock=clock.monotonic, sleep=clock.sleep)
    stamps = []
    for _ in range(35):
        bucket.acquire()
        stamps.append(clock.now)
    assert stamps[0] == 0.0
    assert stamps[-1] == pytest.approx(3.4)  # 35 requests spaced 0.1 s apart
    for t in stamps:
        in_window = [s for s in stamps if t <= s < t + 1.0 - 1e-9]
        assert len(in_window) <= 10


def test_token_bucket_does_not_wait_after_idle_time() -> None:
    clock = FakeClock(0.0)
    bucket = TokenBucket(10.0, clock=clock.monotonic, sleep=clock.sleep)
    bucket.acquire()
    clock.advance(5.0)
    assert bucket.acquire() == 0.0
    assert clock.sleeps == []


def test_token_bucket_burst_capacity() -> None:
    clock = FakeClock(0.0)
    bucket = TokenBucket(10.0, capacity=5, clock=clock.monotonic, sleep=clock.sleep)
    for _ in range(5):
        bucket.acquire()
    assert clock.now == 0.0  # the burst goes through at once
    bucket.acquire()
    assert clock.now == pytest.approx(0.1)


def test_client_requests_pass_through_the_limiter(make_client: MakeClient, clock: FakeClock) -> None:
    client = make_client(use_cache=False)
    start = clock.now
    for _ in range(21):
        client.get_bytes(TICKERS)
    assert client.requests_sent == 21
    assert clock.now - start == pytest.approx(2.0, abs=1e-4)  # 21 requests need 2 s at 10 per second


# -- retries ---------------------------------------------------------------------------------------
def test_5xx_is_retried_with_exponential_backoff_and_jitter(
    make_client: MakeClient, sec_server: RecordedSec, clock: FakeClock
) -> None:
    sec_server.queue(SUBMISSIONS, httpx.Response(503), httpx.Response(502), httpx.Response(500))
    client = make_client(retry=RetryPolicy(retries=4, base=0.5), rng=random.Random(7))
    data = client.get_json(SUBMISSIONS)
    assert data["name"] == "Example Holdings Ltd"
    assert sec_server.count(SUBMISSIONS) == 4
    backoffs = [s for s in clock.sleeps if s > 0.1 + 1e-9 or s < 0.1 - 1e-9]  # not the limiter's
    assert len(backoffs) == 3
    for attempt, slept in enumerate(backoffs):
        delay = 0.5 * 2**attempt
        assert delay / 2 <= slept <= delay


def test_retry_after_seconds_is_honoured(
    make_client: MakeClient, sec_server: RecordedSec, clock: FakeClock
) -> None:
    sec_server.queue(SUBMISSIONS, httpx.Response(429, headers={"Retry-After": "7"}))
    make_client().get_json(SUBMISSIONS)
    assert 7.0 in clock.sleeps


def test_retry_after_http_date_is_honoured(
    make_client: MakeClient, sec_server: RecordedSec, clock: FakeClock
) -> None:
    when = datetime.fromtimestamp(clock.now + 12, tz=UTC)
    sec_server.queue(
        SUBMISSIONS, httpx.Response(503, headers={"Retry-After": format_datetime(when, usegmt=True)})
    )
    make_client().get_json(SUBMISSIONS)
    assert any(abs(s - 12.0) < 1.0 for s in clock.sleeps)


def test_retry_after_too_long_fails_at_once(make_client: MakeClient, sec_server: RecordedSec) -> None:
    sec_server.queue(SUBMISSIONS, httpx.Response(429, headers={"Retry-After": "3600"}))
    with pytest.raises(ConnectorError, match=r"HTTP 429 .*wait 3600 s"):
        make_client().get_json(SUBMISSIONS)
    assert sec_server.count(SUBMISSIONS) == 1


def test_persistent_5xx_gives_a_clear_error_naming_url_and_status(
    make_client: MakeClient, sec_server: RecordedSec
) -> None:
    sec_server.queue(SUBMISSIONS, *[httpx.Response(503) for _ in range(10)])
    with pytest.raises(ConnectorError) as err:
        make_client(retry=RetryPolicy(retries=3)).get_json(SUBMISSIONS)
    msg = str(err.value)
    assert SUBMISSIONS in msg
    assert "HTTP 503" in msg
    assert "4 attempts" in msg
    assert sec_server.count(SUBMISSIONS) == 4


def test_transport_errors_are_retried(make_client: MakeClient, sec_server: RecordedSec) -> None:
    sec_server.queue(SUBMISSIONS, httpx.ConnectError("connection refused"), httpx.ReadTimeout("slow"))
    assert make_client().get_json(SUBMISSIONS)["tickers"] == ["EXHL"]
    assert sec_server.count(SUBMISSIONS) == 3


def test_persistent_transport_error_names_the_url(make_client: MakeClient, sec_server: RecordedSec) -> None:
    sec_server.queue(SUBMISSIONS, *[httpx.ConnectError("no route to host") for _ in range(5)])
    with pytest.raises(ConnectorError, match=r"ConnectError: no route to host after 5 attempts") as err:
        make_client().get_json(SUBMISSIONS)
    assert SUBMISSIONS in str(err.value)


def test_403_is_explained_and_not_retried(make_client: MakeClient, sec_server: RecordedSec) -> None:
    sec_server.queue(
        SUBMISSIONS,
        httpx.Response(403, text="<html>Your Request Originates from an Undeclared Automated Tool</html>"),
    )
    with pytest.raises(ConnectorError) as err:
        make_client().get_json(SUBMISSIONS)
    msg = str(err.value)
    assert "HTTP 403" in msg and SUBMISSIONS in msg
    assert "User-Agent" in msg and UA in msg and "THESIS_SEC_USER_AGENT" in msg
    assert sec_server.count(SUBMISSIONS) == 1


def test_403_for_request_rate_says_to_wait(make_client: MakeClient, sec_server: RecordedSec) -> None:
    sec_server.queue(SUBMISSIONS, httpx.Response(403, text="<h1>Request Rate Threshold Exceeded</h1>"))
    with pytest.raises(ConnectorError, match="10 requests per second and is blocked for about 10 minutes"):
        make_client().get_json(SUBMISSIONS)


def test_404_names_the_url(make_client: MakeClient) -> None:
    url = "https://data.sec.gov/submissions/CIK0000000007.json"
    with pytest.raises(ConnectorError, match=r"nothing at .*CIK0000000007\.json \(HTTP 404\)"):
        make_client().get_json(url)


# -- disk cache ------------------------------------------------------------------------------------
def test_second_request_is_served_from_the_cache(make_client: MakeClient, sec_server: RecordedSec) -> None:
    client = make_client()
    first = client.get_bytes(SUBMISSIONS)
    second = make_client().get_bytes(SUBMISSIONS)  # a new client, the same cache directory
    assert first == second
    assert sec_server.count(SUBMISSIONS) == 1


def test_max_age_expires_api_responses(
    make_client: MakeClient, sec_server: RecordedSec, clock: FakeClock
) -> None:
    client = make_client()
    client.get_json(SUBMISSIONS, max_age=3600)
    clock.advance(1800)
    client.get_json(SUBMISSIONS, max_age=3600)
    assert sec_server.count(SUBMISSIONS) == 1
    clock.advance(3600)
    client.get_json(SUBMISSIONS, max_age=3600)
    assert sec_server.count(SUBMISSIONS) == 2
    client.get_json(SUBMISSIONS, max_age=0)  # forced refresh
    assert sec_server.count(SUBMISSIONS) == 3


def _body_file(cache_root: Path) -> Path:
    (body,) = cache_root.rglob("*.body")
    return body


def test_truncated_cached_file_is_detected_and_refetched(
    make_client: MakeClient, sec_server: RecordedSec, tmp_path: Path
) -> None:
    original = make_client().get_json(SUBMISSIONS)
    body = _body_file(tmp_path / "cache")
    body.write_bytes(body.read_bytes()[:200])  # as if the disk lost the tail
    again = make_client().get_json(SUBMISSIONS)
    assert again == original
    assert sec_server.count(SUBMISSIONS) == 2
    assert json.loads(_body_file(tmp_path / "cache").read_bytes()) == original  # the cache is healed


def test_cached_json_that_does_not_parse_is_refetched(
    make_client: MakeClient, sec_server: RecordedSec, tmp_path: Path
) -> None:
    # The server once sent a broken body; the cache holds it intact (hash matches) but it is not JSON.
    sec_server.queue(SUBMISSIONS, httpx.Response(200, content=b'{"cik": "9990001", "filings": {"rec'))
    client = make_client()
    assert client.get_bytes(SUBMISSIONS).startswith(b'{"cik"')
    data = make_client().get_json(SUBMISSIONS)
    assert data["name"] == "Example Holdings Ltd"
    assert sec_server.count(SUBMISSIONS) == 2


def test_server_sending_bad_json_twice_is_a_clear_error(
    make_client: MakeClient, sec_server: RecordedSec
) -> None:
    sec_server.queue(SUBMISSIONS, httpx.Response(200, content=b"<html>maintenance</html>"))
    sec_server.queue(SUBMISSIONS, httpx.Response(200, content=b"<html>maintenance</html>"))
    with pytest.raises(
        ConnectorError, match=r"not valid JSON for https://data\.sec\.gov/submissions/CIK0009990001"
    ):
        make_client().get_json(SUBMISSIONS)


def test_corrupt_metadata_is_a_cache_miss(tmp_path: Path) -> None:
    clock = FakeClock()
    cache = DiskCache(tmp_path, clock=clock.time)
    cache.put("https://example.test/a", b"hello")
    (meta,) = tmp_path.rglob("*.meta.json")
    meta.write_text("{not json")
    assert cache.get("https://example.test/a") is None
    assert list(tmp_path.rglob("*.body")) == []  # the broken entry was removed


def test_interrupted_write_leaves_no_entry_and_no_temp_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache = DiskCache(tmp_path)
    cache.put("https://example.test/a", b"first version")
    real_replace = Path.replace
    calls = {"n": 0}

    def crash_on_metadata(self: Path, target: Path) -> Path:
        calls["n"] += 1
        if str(target).endswith(".meta.json"):
            raise KeyboardInterrupt  # the run is killed between the body and its metadata
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", crash_on_metadata)
    with pytest.raises(KeyboardInterrupt):
        cache.put("https://example.test/a", b"second version, longer")
    monkeypatch.undo()
    assert calls["n"] == 2
    assert list(tmp_path.rglob("*.tmp")) == []
    # The new body does not match the old metadata: the entry reads as missing, never half-new.
    assert cache.get("https://example.test/a") is None


def test_cache_keys_are_per_url(tmp_path: Path) -> None:
    cache = DiskCache(tmp_path)
    cache.put("https://example.test/a", b"A")
    cache.put("https://example.test/b", b"B")
    hit = cache.get("https://example.test/a")
    assert hit is not None and hit.body == b"A"
    assert "https://example.test/b" in cache
    assert "https://example.test/c" not in cache


def test_token_bucket_cannot_spin_when_the_clock_does_not_move() -> None:
    # A clock stuck at 1.7e9 (sleeps too short to move it) used to loop for ever.
    sleeps: list[float] = []
    bucket = TokenBucket(10.0, clock=lambda: 1_700_000_000.0, sleep=sleeps.append)
    for _ in range(5):
        bucket.acquire()
    assert len(sleeps) == 4
    assert sleeps == pytest.approx([0.1, 0.2, 0.3, 0.4])
