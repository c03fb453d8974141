"""The engine's queue: finals before prefixes before partials, partials shed first.

Three kinds of work wait here:
- finals: the end of a caller's turn, the 200 ms budget's work; batched across calls;
- prefixes: the settled part of a long turn, decoded while the caller still speaks (the
  turn's final then only decodes its tail); needed before that final, so never shed;
- partials: hypotheses that only feed early intent flags; shed first under load, and a
  newer one from the same call replaces the one still waiting (it hears more).

Pure bookkeeping (no threads, no I/O): the engine's lane threads call `take`, the
connection handlers call `put`.
"""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass, field
from typing import Any

FINAL, PARTIAL, PREFIX = "final", "partial", "prefix"
KINDS = (FINAL, PARTIAL, PREFIX)


@dataclass(slots=True, eq=False)      # told apart by identity: the audio is an array
class Job:
    kind: str                   # final | prefix | partial
    audio: Any                  # np.ndarray, 16 kHz float32
    enqueued_s: float
    reply: Any = field(repr=False, default=None)    # how the answer goes back (engine's business)
    call_id: str = ""           # a partial replaces its own call's older one


class BatchQueue:
    def __init__(self, max_partials: int) -> None:
        self.max_partials = max_partials
        self.finals: deque[Job] = deque()
        self.prefixes: deque[Job] = deque()
        self.partials: deque[Job] = deque()

    def __len__(self) -> int:
        return len(self.finals) + len(self.prefixes) + len(self.partials)

    def has_work(self, partials_ok: bool = True) -> bool:
        return bool(self.finals or self.prefixes or (partials_ok and self.partials))

    def put(self, job: Job) -> list[Job]:
        """Queues a job; returns the partials shed to make room (finals and prefixes never are)."""
        if job.kind == FINAL:
            self.finals.append(job)
            return []
        if job.kind == PREFIX:
            self.prefixes.append(job)
            return []
        shed = []
        if job.call_id:
            # The call's newer hypothesis covers what the waiting one would have said.
            stale = [j for j in self.partials if j.call_id == job.call_id]
            for j in stale:
                self.partials.remove(j)
            shed += stale
        self.partials.append(job)
        while len(self.partials) > self.max_partials:
            shed.append(self.partials.popleft())     # the oldest hypothesis is the least useful
        return shed

    def take(self, max_batch: int, partials_ok: bool = True, finals_ok: bool = True,
             prefixes_ok: bool = True) -> list[Job]:
        """The next batch, one kind only, of the kinds the caller may take: up to max_batch finals,
        oldest first; else prefixes (a quarter batch: they are long, and a batch pads every member
        to the longest); else partials (a quarter batch, so the next final waits for little).
        A partial never rides with a final: it would pad the final to its length."""
        if self.finals and finals_ok:
            return [self.finals.popleft() for _ in range(min(max_batch, len(self.finals)))]
        small = max(1, max_batch // 4)
        if self.prefixes and prefixes_ok:
            return [self.prefixes.popleft() for _ in range(min(small, len(self.prefixes)))]
        if not partials_ok:
            return []
        return [self.partials.popleft() for _ in range(min(small, len(self.partials)))]

    def shed_partials(self) -> list[Job]:
        """Every waiting partial, removed (the engine answers them shed)."""
        shed = list(self.partials)
        self.partials.clear()
        return shed

    def shed_stale_partials(self, now_s: float, max_age_s: float) -> list[Job]:
        """Partials that waited past max_age_s: the caller has said more since; a newer one will come."""
        shed = []
        while self.partials and now_s - self.partials[0].enqueued_s > max_age_s:
            shed.append(self.partials.popleft())
        return shed

    def oldest_final_s(self) -> float | None:
        """When the final waiting longest was queued (None: no final waits)."""
        return self.finals[0].enqueued_s if self.finals else None
