"""A circuit breaker for the model endpoint: after repeated failures, stop asking for a while.

A dead endpoint would otherwise cost every caller turn its full first-token
timeout of silence. Pure: the caller passes the clock.
"""

from __future__ import annotations


class CircuitBreaker:
    def __init__(self, failures: int, cooldown_s: float) -> None:
        self.failures_to_open = failures
        self.cooldown_s = cooldown_s
        self._failures = 0
        self._open_until: float | None = None

    def allow(self, now_s: float) -> bool:
        """May a request go to the endpoint now? After the cool-down one trial request is let through."""
        if self._open_until is None:
            return True
        if now_s >= self._open_until:
            self._open_until = None           # half open: the next result decides
            self._failures = self.failures_to_open - 1
            return True
        return False

    def success(self) -> None:
        self._failures = 0
        self._open_until = None

    def failure(self, now_s: float) -> bool:
        """Counts a failure; True when this one opened the circuit."""
        self._failures += 1
        if self._failures >= self.failures_to_open and self._open_until is None:
            self._open_until = now_s + self.cooldown_s
            return True
        return False

    @property
    def is_open(self) -> bool:
        return self._open_until is not None
