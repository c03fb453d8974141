"""The engine's queue: finals before partials, partials shed first, batches formed in a few ms.

Pure bookkeeping (no threads, no I/O): the engine's batch thread calls `take`,
the connection handlers call `put`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

FINAL, PARTIAL = "final", "partial"


@dataclass(slots=True)
class Job:
    kind: str                   # final | partial
    audio: Any                  # np.ndarray, 16 kHz float32
    enqueued_s: float
    reply: Any = field(repr=False, default=None)    # how the answer goes back (engine's business)


class BatchQueue:
    def __init__(self, max_partials: int) -> None:
        self.max_partials = max_partials
        self.finals: deque[Job] = deque()
        self.partials: deque[Job] = deque()

    def __len__(self) -> int:
        return len(self.finals) + len(self.partials)

    def put(self, job: Job) -> list[Job]:
        """Queues a job; returns the partials shed to make room (finals are never shed)."""
        if job.kind == FINAL:
            self.finals.append(job)
            return []
        self.partials.append(job)
        shed = []
        while len(self.partials) > self.max_partials:
            shed.append(self.partials.popleft())     # the oldest hypothesis is the least useful
        return shed

    def take(self, max_batch: int) -> list[Job]:
        """Up to max_batch finals, oldest first; partials only when no final waits, and fewer of
        them (a quarter batch): a partial riding along would pad every final to its length, and a
        big batch of partials would keep the next final waiting."""
        if self.finals:
            return [self.finals.popleft() for _ in range(min(max_batch, len(self.finals)))]
        n = min(max(1, max_batch // 4), len(self.partials))
        return [self.partials.popleft() for _ in range(n)]

    def oldest_final_s(self) -> float | None:
        """When the final waiting longest was queued (None: no final waits)."""
        return self.finals[0].enqueued_s if self.finals else None
