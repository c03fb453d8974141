"""Is the ASR engine saturated? The answer decides whether new calls are taken.

Finals are the work a call cannot do without. Two signs that the engine has
no room for another call, and new INVITEs get 503 + Retry-After until it has:

- leading: decoding finals kept it busy more than `[asr] saturated_busy` of
  the last WINDOW_S (partials do not count: they are shed under load). The
  calls already up keep talking, so admission has to stop before the queue
  grows, not after;
- lagging: finals waited in its queue longer than `[asr] saturated_wait_ms`
  (the median over the last WINDOW_S, or the oldest final waiting now).

Both lag a burst of INVITEs (a call costs nothing until it speaks): the places
for talking calls (admission.py) hold that back; these catch calls that cost
more than planned.

Pure bookkeeping: the engine's batch thread observes, a timer asks.
"""

from __future__ import annotations

from collections import deque

WINDOW_S = 5.0          # long enough that one slow batch does not flip admission, short enough to recover fast
HOLD_S = 2.0            # once saturated, stay so at least this long: no flapping between INVITEs


class SaturationMonitor:
    def __init__(self, threshold_ms: float, busy_fraction: float = 0.0, window_s: float = WINDOW_S,
                 hold_s: float = HOLD_S) -> None:
        self.threshold_ms = threshold_ms         # 0: the wait is never a reason
        self.busy_fraction = busy_fraction       # 0: the busy share is never a reason
        self.window_s = window_s
        self.hold_s = hold_s
        self._waits: deque[tuple[float, float]] = deque()     # (when decoded, ms it waited)
        self._busy: deque[tuple[float, float, float]] = deque()   # (start, end, weight) of batches of finals
        self._since: float | None = None
        self._reason: str | None = None

    def observe_final(self, wait_ms: float, now_s: float) -> None:
        self._waits.append((now_s, wait_ms))

    def observe_busy(self, start_s: float, end_s: float, weight: float = 1.0) -> None:
        """A batch of finals was decoded from start_s to end_s on a decode lane holding `weight` of
        the engine's compute threads (two lanes busy at once on half the threads each: fully busy)."""
        self._busy.append((start_s, end_s, weight))

    def busy_share(self, now_s: float) -> float:
        """The share of the last WINDOW_S spent decoding finals."""
        since = now_s - self.window_s
        return sum(w * (min(end, now_s) - max(start, since)) for start, end, w in self._busy if end > since) / self.window_s

    def _busy_reason(self, now_s: float) -> str | None:
        busy = self.busy_share(now_s)
        if not self.busy_fraction or busy <= self.busy_fraction:
            return None
        return (f"decoding finals kept the ASR engine busy {busy:.0%} of the last {self.window_s:.0f} s, "
                f"over [asr] saturated_busy = {self.busy_fraction:g}")

    def _wait_reason(self, oldest_final_wait_ms: float) -> str | None:
        if not self.threshold_ms:
            return None
        if oldest_final_wait_ms > self.threshold_ms:
            reason = f"a final has waited {oldest_final_wait_ms:.0f} ms in the ASR engine's queue"
        else:
            waits = sorted(w for _, w in self._waits)
            median = waits[len(waits) // 2] if waits else 0.0
            if median <= self.threshold_ms:
                return None
            reason = f"finals waited {median:.0f} ms (median, last {self.window_s:.0f} s) in the ASR engine"
        return f"{reason}, over [asr] saturated_wait_ms = {self.threshold_ms:.0f}"

    def check(self, now_s: float, oldest_final_wait_ms: float = 0.0) -> str | None:
        """Why new calls should be refused now, or None."""
        while self._waits and self._waits[0][0] < now_s - self.window_s:
            self._waits.popleft()
        while self._busy and self._busy[0][1] < now_s - self.window_s:
            self._busy.popleft()
        reason = self._busy_reason(now_s) or self._wait_reason(oldest_final_wait_ms)
        if reason:
            if self._since is None:
                self._since = now_s
            self._reason = reason
        elif self._since is not None and now_s - self._since >= self.hold_s:
            self._since, self._reason = None, None
        return self._reason
