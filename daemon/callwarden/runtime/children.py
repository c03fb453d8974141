"""A supervised child process of the master: started, restarted with backoff when it dies unasked, stopped.

Used for the ASR engine, the front's workers and Kamailio.
"""

from __future__ import annotations

import asyncio
import ctypes
import logging
import os
import signal
import sys
from typing import Callable

from callwarden.admin.multiproc import mark_dead

log = logging.getLogger("callwarden")

RESTART_MIN_S, RESTART_MAX_S = 0.5, 30.0
STABLE_S = 30.0        # a child that ran this long starts the backoff from the beginning again


PR_SET_PDEATHSIG = 1


def dies_with_parent(signo: int = signal.SIGKILL) -> Callable[[], None]:
    """A preexec_fn: the child gets `signo` from the kernel when this process ends, however it
    ends (SIGTERM, SIGKILL, a crash), so no orphaned worker or engine keeps ports or memory. The
    parent may already be gone by the time the child asks: then it signals itself."""
    parent = os.getpid()

    def preexec() -> None:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signo)
        if os.getppid() != parent:
            os.kill(os.getpid(), signo)
    return preexec


class ChildProcess:
    def __init__(self, name: str, args: list[str], on_restart: Callable[[], None] = lambda: None,
                 on_exit: Callable[[], None] = lambda: None, own_group: bool = False) -> None:
        self.name = name
        self.args = args
        self.on_restart = on_restart
        self.on_exit = on_exit          # called when it died unasked, before the restart
        # Kamailio forks its workers, and a fork does not inherit the parent-death signal: killed
        # with -9, they lived on holding the SIP port. An own_group child runs under the reaper
        # (reaper.py), the leader of its process group, which kills the group when the master goes
        # (its parent-death signal is SIGTERM, which it handles) or the child exits; and what is
        # left of the group is killed here before a restart.
        self.own_group = own_group
        self.proc: asyncio.subprocess.Process | None = None
        self.restarts = 0

    @property
    def up(self) -> bool:
        return self.proc is not None and self.proc.returncode is None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.up else None

    async def start(self) -> None:
        # stderr is the master's: the child's log lines reach the same journal.
        args = [sys.executable, "-m", "callwarden.runtime.reaper", *self.args] if self.own_group else self.args
        death = signal.SIGTERM if self.own_group else signal.SIGKILL
        self.proc = await asyncio.create_subprocess_exec(*args, stdin=asyncio.subprocess.DEVNULL,
                                                         preexec_fn=dies_with_parent(death),
                                                         start_new_session=self.own_group)
        log.info("%s started (pid %d)", self.name, self.proc.pid)

    async def supervise(self, stopping: asyncio.Event) -> None:
        """Restarts the child whenever it exits unasked, with backoff, until `stopping` is set."""
        delay_s = RESTART_MIN_S
        loop = asyncio.get_running_loop()
        while not stopping.is_set():
            started = loop.time()
            waiting = asyncio.ensure_future(self.proc.wait())
            stop_wait = asyncio.ensure_future(stopping.wait())
            await asyncio.wait([waiting, stop_wait], return_when=asyncio.FIRST_COMPLETED)
            stop_wait.cancel()
            if stopping.is_set():
                waiting.cancel()
                return
            if loop.time() - started > STABLE_S:
                delay_s = RESTART_MIN_S
            log.error("%s exited with %s; restarting in %.1f s", self.name, self.proc.returncode, delay_s)
            self._kill_leftovers()
            # Its live gauges in /metrics (calls up, queue depth) died with it; its counts stay.
            mark_dead(self.proc.pid)
            try:
                self.on_exit()
            except Exception:
                log.exception("%s: cleaning up after it failed", self.name)
            try:
                await asyncio.wait_for(stopping.wait(), delay_s)
                return
            except asyncio.TimeoutError:
                pass
            delay_s = min(RESTART_MAX_S, delay_s * 2)
            self.restarts += 1
            self.on_restart()
            await self.start()

    async def stop(self, timeout_s: float = 10.0) -> None:
        if not self.up:
            self._kill_leftovers()
            return
        self.proc.terminate()
        try:
            await asyncio.wait_for(self.proc.wait(), timeout_s)
        except asyncio.TimeoutError:
            log.warning("%s did not stop within %.0f s: killed", self.name, timeout_s)
            self.proc.kill()
            await self.proc.wait()
        self._kill_leftovers()

    def _kill_leftovers(self) -> None:
        if self.own_group and self.proc is not None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
