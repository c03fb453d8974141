"""How many calls the ASR engine can serve at once, and which calls hold a place now.

The engine's load signs (load.py) lag: a call admitted now costs nothing until
its caller has spoken a few turns, so a burst of INVITEs (32 within 4 s) is all
admitted before either sign moves, and every call then misses its budget. So
every admitted call holds a place from its INVITE to its hang-up, whether it
has spoken yet or not, and INVITEs past `[asr] max_talking_calls` places get
503 + Retry-After like any other refusal; a call that ends gives its place back.
The load signs stay on top of this, for calls that cost more than planned.

"auto" sizes the places from what a talking call costs (measured with
`callwarden bench sipload` on tiny.en int8, below) and the cores the daemon may
run on, less what other work on the box keeps busy (OutsideLoad: a backup, a
rebuild, another service), measured live: a box half taken by something else
serves half the calls. Pure bookkeeping: the engine's event loop tells it who
came and went, and what the CPU counters said (engine/cpu_use.py reads them).
"""

from __future__ import annotations

import os
from collections import deque

AUTO = "auto"

# What one talking call costs, in cores over the call's length, on a CPU engine (bench sipload at
# 16 calls on 2 cores, tiny.en int8, one compute thread a lane: callers talking about 40 % of the
# call, turns of 1-4 s). With two compute threads for finals it was 0.1: one thread decodes faster.
ENGINE_CORES_PER_CALL = 0.045      # finals, their loop checks, partials within their budget
MEDIA_CORES_PER_CALL = 0.021       # a pjsua2 worker: RTP, jitter buffer, endpointer, per-turn work
# Of the cores, the share planned for calls on average: callers' turns coincide, and then their
# finals wait for each other, so the mean has to stay well under the box. Measured (README, "Admission
# by places"): 16 calls used 42 % of 2 cores with endpoint -> final p99 145 ms, 24 calls 51 % with
# p99 517 ms.
PLANNED_SHARE = 0.53
# Other work beside the daemon while PLANNED_SHARE was measured (the bench's sipp callers, itself,
# the kernel): only outside load past this takes places away.
CALIBRATION_OUTSIDE_CORES = 0.3
# Long enough that a short job (a test rendering its audio, logrotate, apt) does not shut the door,
# short enough to follow a backup or a rebuild within a minute.
OUTSIDE_WINDOW_S = 60.0


def cpu_cores() -> int:
    """The cores this process may run on (a container's or taskset's, not the host's)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:       # not Linux
        return max(1, os.cpu_count() or 1)


def auto_capacity(device: str, cores: float, engine_threads: int) -> tuple[int, str]:
    """Places for talking calls, and how they were reckoned (for the log). `engine_threads`: the
    compute threads the engine decodes on at most (lane 0's cpu_threads and one per other lane)."""
    media = cores * PLANNED_SHARE / MEDIA_CORES_PER_CALL
    if device == "cuda":
        # Decoding is the device's; what the box's cores carry is the calls' media. The device's own
        # limit is not calibrated here: the load signs guard it.
        places = max(1, int(media))
        return places, (f"{cores:.3g} core{'s' if cores != 1 else ''} x {PLANNED_SHARE:g} for calls, {MEDIA_CORES_PER_CALL:g} of a core each "
                        f"for media (decoding on the GPU)")
    per_call = ENGINE_CORES_PER_CALL + MEDIA_CORES_PER_CALL
    places = cores * PLANNED_SHARE / per_call
    # The engine decodes on its own threads only: on a box with many cores they bound it first.
    places = max(1, int(min(places, min(engine_threads, cores) * PLANNED_SHARE / ENGINE_CORES_PER_CALL)))
    return places, (f"{cores:.3g} core{'s' if cores != 1 else ''} x {PLANNED_SHARE:g} for calls, {per_call:.3g} of a core per talking call "
                    f"({ENGINE_CORES_PER_CALL:g} decoding, {MEDIA_CORES_PER_CALL:g} media), decoding on "
                    f"{min(engine_threads, cores):.3g} threads")


def capacity(setting: int | str, device: str, engine_threads: int, cores: int | None = None) -> tuple[int, str]:
    """`[asr] max_talking_calls` as a number of places (0: no limit) and how it was reckoned."""
    if setting == AUTO:
        return auto_capacity(device, cores or cpu_cores(), engine_threads)
    return int(setting), "[asr] max_talking_calls"


def spare_cores(cores: int, outside_cores: float) -> float:
    """The cores left for calls when other work keeps `outside_cores` busy (beyond what ran beside
    the calibration); never under a tenth of one, so one call can still be reckoned."""
    return max(0.1, cores - max(0.0, outside_cores - CALIBRATION_OUTSIDE_CORES))


def cpu_moved(before: dict[int, float], now: dict[int, float]) -> float:
    """CPU seconds a set of processes used between two readings of their counters (pid -> s). A
    process new since `before` used all of its own; one gone since is left out (its last moments
    are lost, not counted twice); a counter that went back (a reused pid) counts from zero."""
    return sum(s - before[pid] if pid in before and s >= before[pid] else s for pid, s in now.items())


class OutsideLoad:
    """Cores the box kept busy with work that is not the daemon's, over the last window: the box's
    busy CPU seconds less the daemon's own (its master and every process under it), per second."""

    def __init__(self, window_s: float = OUTSIDE_WINDOW_S) -> None:
        self.window_s = window_s
        self._spans: deque[tuple[float, float, float]] = deque()   # (end, seconds, outside CPU s)

    def observe(self, now_s: float, interval_s: float, box_busy_s: float, daemon_s: float) -> None:
        """Over the `interval_s` up to now_s the box was busy `box_busy_s` CPU seconds, the daemon
        `daemon_s` of them (counters are read at different instants: a negative rest is 0)."""
        if interval_s > 0:
            self._spans.append((now_s, interval_s, max(0.0, box_busy_s - daemon_s)))
        while self._spans and self._spans[0][0] < now_s - self.window_s:
            self._spans.popleft()

    def cores(self) -> float:
        # Over the whole window, not only the part seen so far: a daemon just started beside a short
        # burst of other work does not take places away for it.
        seconds = max(self.window_s, sum(span for _, span, _ in self._spans))
        return sum(busy for _, _, busy in self._spans) / seconds if seconds else 0.0


class TalkingCalls:
    """The calls holding a place, by who holds them: a worker's connection to the engine. When a
    connection goes (its worker died, or it reconnects), its calls' places come back; a worker
    that reconnects tells its live calls again."""

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity            # 0: no limit
        self._held: dict[object, set[str]] = {}

    def admitted(self, holder: object, call_id: str) -> None:
        self._held.setdefault(holder, set()).add(call_id)

    def ended(self, holder: object, call_id: str) -> None:
        calls = self._held.get(holder)
        if calls is not None:
            calls.discard(call_id)
            if not calls:
                del self._held[holder]

    def holder_gone(self, holder: object) -> None:
        self._held.pop(holder, None)

    @property
    def count(self) -> int:
        return sum(len(calls) for calls in self._held.values())

    @property
    def room(self) -> int | None:
        """Places left (never below 0); None: no limit."""
        return max(0, self.capacity - self.count) if self.capacity else None

    def refusal(self, note: str = "") -> str | None:
        """Why a new call should be refused now, or None; `note` says why the places are so few."""
        if not self.capacity or self.count < self.capacity:
            return None
        return (f"all {self.capacity} places for talking calls are held "
                f"({self.count} calls up, [asr] max_talking_calls{note})")
