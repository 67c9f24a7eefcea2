"""An ASGI app served by uvicorn on 127.0.0.1 in a background thread, for tests that need real HTTP."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import pytest


def free_port() -> int:
    """A port nothing listens on right now (also used to point a client at a dead server)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port: int = s.getsockname()[1]
        return port


@contextmanager
def serve(app: Any, what: str = "the test server", wait: float = 20.0) -> Iterator[str]:
    """Run `app` until the block ends; yields its base URL. Fails the test if it does not start in time."""
    import uvicorn

    port = free_port()
    srv = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + wait
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            srv.should_exit = True
            pytest.fail(f"{what} did not start within {wait:g} s")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        srv.should_exit = True
        thread.join(10)
