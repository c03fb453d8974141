"""How much of the engine partials may use: a CPU budget, shedding, and the rate workers ask at.

Partials only feed early intent flags; finals are what the 200 ms budget is about. So
partial decodes get at most `[asr] partial_share` of the engine's compute over the
last WINDOW_S (each lane's busy time weighted by its share of the compute threads):
past it, waiting partials are shed instead of decoded, and the interval at which
workers ask for them grows (pushed to every worker with the load message), so the
load drops at its source instead of being thrown away. When partials use well under
their share again the interval comes back down to `[asr] partial_interval_ms`.

Pure bookkeeping: the lanes observe, the engine's load timer adapts.
"""

from __future__ import annotations

from collections import deque

WINDOW_S = 2.0          # short: the budget must react within a turn or two
GROW, SHRINK = 1.5, 0.8
MAX_INTERVAL_MS = 4000  # past this a partial comes after the turn's final anyway


class PartialBudget:
    def __init__(self, share: float, base_interval_ms: int, window_s: float = WINDOW_S,
                 max_interval_ms: int = MAX_INTERVAL_MS) -> None:
        self.share = share                      # 0: partials are never decoded
        self.base_interval_ms = base_interval_ms
        self.window_s = window_s
        self.max_interval_ms = max(max_interval_ms, base_interval_ms)
        self.interval_ms = base_interval_ms
        self._spans: deque[tuple[float, float, float]] = deque()   # (start, end, weight) of partial batches
        self.decoded = 0
        self.shed: dict[str, int] = {"budget": 0, "queue": 0, "stale": 0, "replaced": 0}
        self._shed_since_adapt = 0

    def observe(self, start_s: float, end_s: float, weight: float, jobs: int) -> None:
        """A batch of `jobs` partials was decoded from start_s to end_s on a lane holding `weight`
        of the engine's compute threads."""
        self._spans.append((start_s, end_s, weight))
        self.decoded += jobs

    def note_shed(self, reason: str, n: int = 1) -> None:
        if n:
            self.shed[reason] = self.shed.get(reason, 0) + n
            if reason != "replaced":        # a newer partial from the same call is not lost load
                self._shed_since_adapt += n

    def spent(self, now_s: float) -> float:
        """Share of the engine's compute spent on partials over the last window."""
        since = now_s - self.window_s
        while self._spans and self._spans[0][1] < since:
            self._spans.popleft()
        return sum(w * (min(e, now_s) - max(s, since)) for s, e, w in self._spans if e > since) / self.window_s

    def allowed(self, now_s: float) -> bool:
        return self.spent(now_s) < self.share

    def adapt(self, now_s: float) -> int:
        """The interval workers should ask for partials at, after the last LOAD_CHECK_S: longer while
        partials hit the budget or were shed, back towards the configured one when well under it."""
        spent = self.spent(now_s)
        if self._shed_since_adapt or spent >= self.share:
            self.interval_ms = min(self.max_interval_ms, int(self.interval_ms * GROW))
        elif spent < self.share / 2:
            self.interval_ms = max(self.base_interval_ms, int(self.interval_ms * SHRINK))
        self._shed_since_adapt = 0
        return self.interval_ms

    def stats(self, now_s: float) -> dict:
        return {"partial_share": round(self.spent(now_s), 3), "partial_budget": self.share,
                "partial_interval_ms": self.interval_ms, "partials_decoded": self.decoded,
                "partials_shed": dict(self.shed)}
