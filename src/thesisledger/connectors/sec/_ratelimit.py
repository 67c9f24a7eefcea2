"""A token bucket that keeps a client under SEC's fair-access ceiling (10 requests per second).

The clock and the sleep are injected so tests can drive time without waiting.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class TokenBucket:
    """Allow `rate` acquisitions per second on average, at most `capacity` back to back.

    With the default capacity of 1, acquisitions are spaced 1/rate apart, so no window of one
    second ever holds more than `rate` of them (a bigger burst would allow rate + capacity - 1).

    Implemented as virtual scheduling (GCRA): the bucket keeps the theoretical time the next
    acquisition is due, computes the wait once and sleeps it once. It never re-reads the clock in
    a loop, so it cannot spin when a clock does not move by less than its float resolution (a
    clock reading 1.7e9 does not move by 1e-9 s) or when a fake clock only moves on sleep.
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
        self._interval = 1.0 / rate
        self._burst = (capacity - 1.0) * self._interval  # how far ahead of the schedule a burst may run
        self._clock = clock
        self._sleep = sleep
        self._due: float | None = None  # the theoretical time of the next acquisition
        self._lock = threading.Lock()

    def acquire(self) -> float:
        """Take one token, sleeping until one is available; returns the seconds slept."""
        with self._lock:
            now = self._clock()
            due = now if self._due is None else max(self._due, now)
            wait = due - self._burst - now
            slept = 0.0
            if wait > 0:
                self._sleep(wait)
                slept = wait
            self._due = due + self._interval
            return slept
