"""A disk cache of HTTP response bodies keyed by URL, safe against interrupted runs.

Each entry is two files named by the URL's SHA-256: `<key>.body` (the bytes as served) and
`<key>.meta.json` (URL, size, SHA-256 of the body, fetch time). Both are written to a temporary
file in the same folder and renamed into place, body first, so a run killed mid-write leaves either
a complete entry or none; the body's hash is checked on every read, so a truncated or edited body
is treated as missing (and removed) rather than served.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path


def default_cache_dir() -> Path:
    """`$THESIS_SEC_CACHE`, else `$XDG_CACHE_HOME/thesisledger/sec`, else `~/.cache/thesisledger/sec`."""
    explicit = os.environ.get("THESIS_SEC_CACHE")
    if explicit:
        return Path(explicit).expanduser()
    base = os.environ.get("XDG_CACHE_HOME")
    root = Path(base).expanduser() if base else Path.home() / ".cache"
    return root / "thesisledger" / "sec"


@dataclass(frozen=True, slots=True)
class CacheEntry:
    url: str
    body: bytes
    fetched_at: float  # seconds since the epoch


def _atomic_write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name + ".", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


class DiskCache:
    """Response bodies on disk under `root`, one pair of files per URL."""

    def __init__(self, root: Path, *, clock: Callable[[], float] = time.time) -> None:
        self.root = Path(root)
        self._clock = clock

    def _paths(self, url: str) -> tuple[Path, Path]:
        key = hashlib.sha256(url.encode("utf-8")).hexdigest()
        folder = self.root / key[:2]
        return folder / f"{key}.body", folder / f"{key}.meta.json"

    def get(self, url: str, *, max_age: float | None = None) -> CacheEntry | None:
        """The cached body of `url` if present, intact and younger than `max_age` seconds."""
        body_path, meta_path = self._paths(url)
        try:
            meta = json.loads(meta_path.read_text("utf-8"))
            body = body_path.read_bytes()
        except FileNotFoundError:
            return None
        except (OSError, ValueError):
            self.discard(url)
            return None
        if (
            not isinstance(meta, dict)
            or meta.get("url") != url
            or meta.get("size") != len(body)
            or meta.get("sha256") != hashlib.sha256(body).hexdigest()
            or not isinstance(meta.get("fetched_at"), int | float)
        ):
            self.discard(url)
            return None
        fetched_at = float(meta["fetched_at"])
        if max_age is not None and self._clock() - fetched_at > max_age:
            return None
        return CacheEntry(url, body, fetched_at)

    def put(self, url: str, body: bytes) -> None:
        body_path, meta_path = self._paths(url)
        body_path.parent.mkdir(parents=True, exist_ok=True)
        meta = {
            "url": url,
            "size": len(body),
            "sha256": hashlib.sha256(body).hexdigest(),
            "fetched_at": self._clock(),
        }
        _atomic_write(body_path, body)
        _atomic_write(meta_path, json.dumps(meta).encode("utf-8"))

    def discard(self, url: str) -> None:
        """Forget `url` (a corrupt entry, or one whose content failed to parse)."""
        for path in self._paths(url):
            with contextlib.suppress(FileNotFoundError):
                path.unlink()

    def __contains__(self, url: str) -> bool:
        return self.get(url) is not None
