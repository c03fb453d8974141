"""Is the ASR engine saturated? The answer decides whether new calls are taken.

Finals are the work a call cannot do without. When they wait in the engine's
queue longer than `[asr] saturated_wait_ms` (the median over the last
WINDOW_S, or the oldest final waiting right now), the engine is past what it
can serve within budget, and another call would only slow the calls already
up: workers answer new INVITEs 503 + Retry-After until it has recovered.

Pure bookkeeping: the engine's batch thread observes, a timer asks.
"""

from __future__ import annotations

from collections import deque

WINDOW_S = 5.0          # long enough that one slow batch does not flip admission, short enough to recover fast
HOLD_S = 2.0            # once saturated, stay so at least this long: no flapping between INVITEs


class SaturationMonitor:
    def __init__(self, threshold_ms: float, window_s: float = WINDOW_S, hold_s: float = HOLD_S) -> None:
        self.threshold_ms = threshold_ms         # 0: never saturated (admission by call count only)
        self.window_s = window_s
        self.hold_s = hold_s
        self._waits: deque[tuple[float, float]] = deque()     # (when decoded, ms it waited)
        self._since: float | None = None
        self._reason: str | None = None

    def observe_final(self, wait_ms: float, now_s: float) -> None:
        self._waits.append((now_s, wait_ms))

    def check(self, now_s: float, oldest_final_wait_ms: float = 0.0) -> str | None:
        """Why new calls should be refused now, or None."""
        while self._waits and self._waits[0][0] < now_s - self.window_s:
            self._waits.popleft()
        if not self.threshold_ms:
            return None
        reason = None
        if oldest_final_wait_ms > self.threshold_ms:
            reason = f"a final has waited {oldest_final_wait_ms:.0f} ms in the ASR engine's queue"
        elif self._waits:
            waits = sorted(w for _, w in self._waits)
            median = waits[len(waits) // 2]
            if median > self.threshold_ms:
                reason = f"finals waited {median:.0f} ms (median, last {self.window_s:.0f} s) in the ASR engine"
        if reason:
            if self._since is None:
                self._since = now_s
            self._reason = f"{reason}, over [asr] saturated_wait_ms = {self.threshold_ms:.0f}"
        elif self._since is not None and now_s - self._since >= self.hold_s:
            self._since, self._reason = None, None
        return self._reason
