"""A token bucket that keeps a client under SEC's fair-access ceiling (10 requests per second).

The clock and the sleep are injected so tests can drive time without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

_EPSILON = 1e-9


class TokenBucket:
    """Allow `rate` acquisitions per second on average, at most `capacity` back to back.

    With the default capacity of 1, acquisitions are spaced 1/rate apart, so no window of one
    second ever holds more than `rate` of them (a bigger burst would allow rate + capacity - 1).
    """

    def __init__(
        self,
        rate: float = 10.0,
        capacity: float = 1.0,
        *,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        if rate <= 0:
            raise ValueError(f"rate must be positive, got {rate}")
        if capacity < 1:
            raise ValueError(f"capacity must be at least 1, got {capacity}")
        self.rate = rate
        self.capacity = capacity
        self._clock = clock
        self._sleep = sleep
        self._tokens = capacity
        self._last = clock()
        self._lock = threading.Lock()

    def _refill(self) -> None:
        now = self._clock()
        self._tokens = min(self.capacity, self._tokens + (now - self._last) * self.rate)
        self._last = now

    def acquire(self) -> float:
        """Take one token, sleeping until one is available; returns the seconds slept."""
        slept = 0.0
        with self._lock:
            while True:
                self._refill()
                # The epsilon absorbs float rounding: 0.3 - 0.2 is not quite 0.1, and a wait of
                # 1e-17 s would not move a clock that reads 1.7e9.
                if self._tokens >= 1.0 - _EPSILON:
                    self._tokens = max(0.0, self._tokens - 1.0)
                    return slept
                wait = (1.0 - self._tokens) / self.rate
                self._sleep(wait)
                slept += wait
