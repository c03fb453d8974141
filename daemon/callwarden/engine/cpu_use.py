"""CPU counters from /proc for the places' outside-load estimate (admission.OutsideLoad): the box's
busy CPU seconds, and those of a process and every process under it (the daemon: the master, the
engine, the workers, Kamailio). Linux only: elsewhere None, and "auto" places stay as reckoned."""

from __future__ import annotations

import os
import time
from pathlib import Path

from callwarden.engine.admission import cpu_moved

_TICK_S = 1.0 / os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 0.01


def box_busy_s() -> float | None:
    """CPU seconds every core of the box has spent busy since boot (not idle, not waiting on I/O)."""
    try:
        fields = Path("/proc/stat").read_text().split("\n", 1)[0].split()
    except OSError:
        return None
    # cpu user nice system idle iowait irq softirq steal ...: guest time is already in user.
    ticks = [int(v) for v in fields[1:9]]
    return (sum(ticks) - ticks[3] - ticks[4]) * _TICK_S


def _stat(pid: str) -> tuple[int, float] | None:
    """(parent pid, CPU seconds) of a process; None once it is gone."""
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    rest = text[text.rindex(")") + 2:].split()      # the name may hold spaces and parentheses
    return int(rest[1]), (int(rest[11]) + int(rest[12])) * _TICK_S


def tree_cpu_s(root: int) -> dict[int, float] | None:
    """pid -> CPU seconds of `root` and every process under it, now."""
    try:
        pids = [p for p in os.listdir("/proc") if p.isdigit()]
    except OSError:
        return None
    stats = {int(p): st for p in pids if (st := _stat(p)) is not None}
    children: dict[int, list[int]] = {}
    for pid, (ppid, _) in stats.items():
        children.setdefault(ppid, []).append(pid)
    out, todo = {}, [root]
    while todo:
        pid = todo.pop()
        if pid in stats and pid not in out:
            out[pid] = stats[pid][1]
            todo += children.get(pid, [])
    return out


class DaemonCpu:
    """Reads the counters each time it is asked and answers what moved since the last time."""

    def __init__(self, root: int, clock=time.monotonic) -> None:
        self.root = root                # the master: the daemon is it and everything under it
        self._clock = clock
        self._last: tuple[float, float, dict[int, float]] | None = None

    def sample(self) -> tuple[float, float, float] | None:
        """(seconds since the last sample, the box's busy CPU seconds and the daemon's in them);
        None the first time, or where /proc cannot say."""
        now, box, tree = self._clock(), box_busy_s(), tree_cpu_s(self.root)
        if box is None or not tree:
            return None
        last, self._last = self._last, (now, box, tree)
        if last is None:
            return None
        return now - last[0], box - last[1], cpu_moved(last[2], tree)
