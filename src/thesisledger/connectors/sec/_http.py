"""The HTTP layer for SEC EDGAR: a declared User-Agent, a rate limit, retries and a disk cache.

SEC's fair-access policy (https://www.sec.gov/os/accessing-edgar-data) asks every automated client
to declare who it is in the User-Agent ("Sample Company Name AdminContact@sample.com") and to stay
at or under 10 requests per second; clients that do not are refused with HTTP 403.
"""

from __future__ import annotations

import email.utils
import json
import os
import random
import re
import time
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC
from pathlib import Path
from types import TracebackType
from typing import Any

import httpx

from thesisledger.connectors.sec._cache import DiskCache, default_cache_dir
from thesisledger.connectors.sec._ratelimit import TokenBucket
from thesisledger.errors import ConnectorError, ConnectorSetupError

USER_AGENT_ENV = "THESIS_SEC_USER_AGENT"
CONFIG_ENV = "THESIS_CONFIG"
USER_AGENT_CONFIG_KEY = "sec.user_agent"  # [sec] user_agent = "..." in the config file
_CONTACT = re.compile(r"\S+@\S+\.\S+")
_RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})


def config_path() -> Path:
    """The config file: `$THESIS_CONFIG`, else `$XDG_CONFIG_HOME/thesisledger/config.toml`, else
    ~/.config/thesisledger/config.toml."""
    explicit = os.environ.get(CONFIG_ENV)
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CONFIG_HOME")
    root = Path(base).expanduser() if base else Path.home() / ".config"
    return root / "thesisledger" / "config.toml"


def _configured_user_agent() -> str:
    path = config_path()
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConnectorSetupError(f"{path}: cannot read the Thesis Ledger config file: {exc}") from exc
    section = raw.get("sec")
    value = section.get("user_agent") if isinstance(section, dict) else None
    return value if isinstance(value, str) else ""


def resolve_user_agent(user_agent: str | None = None) -> str:
    """The User-Agent to send: the argument, else `$THESIS_SEC_USER_AGENT`, else `user_agent` in the
    `[sec]` table of the config file (`config_path()`); refuse without a name and contact e-mail."""
    ua = user_agent if user_agent is not None else os.environ.get(USER_AGENT_ENV, "")
    if not ua.strip() and user_agent is None:
        ua = _configured_user_agent()
    ua = ua.strip()
    if not ua:
        raise ConnectorSetupError(
            f"SEC EDGAR needs a User-Agent naming you and a contact e-mail: set {USER_AGENT_ENV}, "
            f'e.g. export {USER_AGENT_ENV}="Jane Doe jane@example.com", or put '
            f'user_agent = "Jane Doe jane@example.com" under [sec] in {config_path()} '
            f"(config key {USER_AGENT_CONFIG_KEY}), or pass --user-agent. "
            "SEC's fair-access policy refuses anonymous automated clients with HTTP 403."
        )
    if not _CONTACT.search(ua):
        raise ConnectorSetupError(
            f"SEC EDGAR User-Agent {ua!r} has no contact e-mail; SEC's fair-access policy requires "
            f'one, e.g. {USER_AGENT_ENV}="Jane Doe jane@example.com".'
        )
    return ua


@dataclass(frozen=True, slots=True)
class RetryPolicy:
    """Exponential back-off with full jitter on 429/5xx and transport errors.

    Attempt n (0-based) waits a random time in [delay/2, delay] with delay = min(cap, base * 2**n),
    or the server's Retry-After when it sends one (up to `max_retry_after` seconds).
    """

    retries: int = 4
    base: float = 0.5
    cap: float = 30.0
    max_retry_after: float = 120.0

    def backoff(self, attempt: int, rng: random.Random) -> float:
        delay = min(self.cap, self.base * 2**attempt)
        return rng.uniform(delay / 2, delay)


def _retry_after(response: httpx.Response, now: Callable[[], float]) -> float | None:
    """Seconds the server asks us to wait: Retry-After as seconds or as an HTTP date."""
    raw = response.headers.get("Retry-After")
    if raw is None:
        return None
    raw = raw.strip()
    if raw.isdigit():
        return float(raw)
    try:
        when = email.utils.parsedate_to_datetime(raw)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, when.timestamp() - now())


def _explain_403(url: str, response: httpx.Response, user_agent: str) -> str:
    body = response.text[:2000].lower() if response.content else ""
    if "rate threshold" in body or "request rate" in body:
        return (
            f"SEC EDGAR refused {url} (HTTP 403): this address exceeded SEC's limit of 10 requests per "
            "second and is blocked for about 10 minutes; wait, then re-run (cached responses are kept)."
        )
    return (
        f"SEC EDGAR refused {url} (HTTP 403). SEC blocks automated clients whose User-Agent does not "
        f"declare a name and contact e-mail, or that exceed 10 requests per second; the User-Agent "
        f"sent was {user_agent!r} — set {USER_AGENT_ENV} to your name and e-mail and try again later."
    )


class SecHttpClient:
    """GET from SEC with a declared User-Agent, a token-bucket rate limit, retries and a disk cache.

    `transport`, `sleep`, `clock` and `rng` are there for tests (an `httpx.MockTransport`, a fake
    clock); production code passes none of them. `cache_dir=None` uses `default_cache_dir()`;
    `use_cache=False` turns caching off.
    """

    def __init__(
        self,
        user_agent: str | None = None,
        *,
        cache_dir: Path | None = None,
        use_cache: bool = True,
        rate: float = 10.0,
        retry: RetryPolicy | None = None,
        timeout: float = 30.0,
        transport: httpx.BaseTransport | None = None,
        sleep: Callable[[float], None] = time.sleep,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        rng: random.Random | None = None,
    ) -> None:
        self.user_agent = resolve_user_agent(user_agent)
        self.cache = DiskCache(cache_dir or default_cache_dir(), clock=wall_clock) if use_cache else None
        self.limiter = TokenBucket(rate, clock=clock, sleep=sleep)
        self.retry = retry or RetryPolicy()
        self._sleep = sleep
        self._wall_clock = wall_clock
        self._rng = rng or random.Random()
        self._client = httpx.Client(
            headers={"User-Agent": self.user_agent, "Accept-Encoding": "gzip, deflate"},
            timeout=timeout,
            transport=transport,
            follow_redirects=True,
        )
        self.requests_sent = 0  # network requests, retries included; the cache's hits are not counted

    # -- lifecycle ------------------------------------------------------------------------------
    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> SecHttpClient:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- requests -------------------------------------------------------------------------------
    def get_bytes(self, url: str, *, max_age: float | None = None) -> bytes:
        """The body of `url`, from the cache when it holds a fresh, intact copy, else from SEC.

        `max_age` (seconds) bounds how old a cached copy may be; None means any age (archived
        filings never change), 0 forces a download.
        """
        if self.cache is not None and max_age != 0:
            hit = self.cache.get(url, max_age=max_age)
            if hit is not None:
                return hit.body
        body = self._download(url)
        if self.cache is not None:
            self.cache.put(url, body)
        return body

    def get_json(self, url: str, *, max_age: float | None = None) -> Any:
        """`get_bytes` parsed as JSON; a cached copy that does not parse is dropped and re-fetched."""
        body = self.get_bytes(url, max_age=max_age)
        try:
            return json.loads(body)
        except ValueError:
            if self.cache is not None:
                self.cache.discard(url)
        body = self.get_bytes(url, max_age=0)
        try:
            return json.loads(body)
        except ValueError as exc:
            raise ConnectorError(
                f"SEC EDGAR sent a response that is not valid JSON for {url} ({len(body)} bytes: {exc}); "
                "try again later"
            ) from exc

    def _download(self, url: str) -> bytes:
        policy = self.retry
        last: str = ""
        waited = 0.0
        for attempt in range(policy.retries + 1):
            self.limiter.acquire()
            self.requests_sent += 1
            delay: float | None = None
            try:
                response = self._client.get(url)
            except httpx.TransportError as exc:
                last = f"{type(exc).__name__}: {exc}"
            else:
                status = response.status_code
                if status == 200:
                    return response.content
                if status == 403:
                    raise ConnectorError(_explain_403(url, response, self.user_agent))
                if status == 404:
                    raise ConnectorError(
                        f"SEC EDGAR has nothing at {url} (HTTP 404); "
                        "check the CIK, ticker or accession number"
                    )
                if status not in _RETRY_STATUSES:
                    raise ConnectorError(f"SEC EDGAR returned HTTP {status} for {url}")
                last = f"HTTP {status}"
                delay = _retry_after(response, self._wall_clock)
                if delay is not None and delay > policy.max_retry_after:
                    raise ConnectorError(
                        f"SEC EDGAR returned HTTP {status} for {url} and asked us to wait {delay:.0f} s "
                        "before retrying; try again later (cached responses are kept, so a re-run resumes)"
                    )
            if attempt == policy.retries:
                break
            if delay is None:
                delay = policy.backoff(attempt, self._rng)
            self._sleep(delay)
            waited += delay
        raise ConnectorError(
            f"SEC EDGAR failed for {url}: {last} after {policy.retries + 1} attempts over {waited:.1f} s "
            "of back-off; try again later (cached responses are kept, so a re-run resumes)"
        )
