"""Per-appliance rate limit on what appliances send (batches, recordings, key probes).

A token bucket per appliance name: `burst` requests at once, refilled at `per_s`. It is
taken only after the request's signature verified, so nobody can spend another appliance's
budget by sending garbage under its name. The buckets live in this process; a receiver run as
several processes limits each separately.
"""

from __future__ import annotations

import math
import threading
import time
from typing import Callable

MAX_TRACKED = 100_000  # names kept; only signed-in appliances get one, so this is never reached in practice


class Limited(Exception):
    def __init__(self, retry_after_s: int) -> None:
        super().__init__(f"rate limit: retry after {retry_after_s} s")
        self.retry_after_s = retry_after_s


class RateLimiter:
    def __init__(self, per_s: float, burst: int, clock: Callable[[], float] = time.monotonic) -> None:
        self.per_s = per_s
        self.burst = burst
        self._clock = clock
        self._lock = threading.Lock()
        self._buckets: dict[str, tuple[float, float]] = {}  # name -> (tokens, at)

    def admit(self, name: str) -> None:
        """Takes one token of `name`'s bucket, or raises Limited with the seconds until one is back."""
        if self.per_s <= 0:  # 0 turns the limit off
            return
        now = self._clock()
        with self._lock:
            tokens, at = self._buckets.get(name, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - at) * self.per_s)
            if tokens < 1.0:
                self._buckets[name] = (tokens, now)
                raise Limited(max(1, math.ceil((1.0 - tokens) / self.per_s)))
            if len(self._buckets) >= MAX_TRACKED and name not in self._buckets:
                self._buckets.clear()  # forgetting everyone errs towards admitting
            self._buckets[name] = (tokens - 1.0, now)
