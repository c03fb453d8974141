"""The master's side of `[sip] front = "kamailio"`: the worker processes and Kamailio, supervised.

Workers start first (Kamailio only dispatches to ports that answer); the
master reads their status files for /calls and the drain.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import shutil
import signal
import sys
import time
from dataclasses import replace
from pathlib import Path

from callwarden import events as ev
from callwarden.bodies import CallEnd
from callwarden.config import Config, config_arg, worker_count
from callwarden.runtime import kamailio as front
from callwarden.runtime.children import ChildProcess
from callwarden.runtime.status_files import read_statuses, status_dir, status_path
from callwarden.timeline import TimelineStore

log = logging.getLogger("callwarden")

END_WORKER_LOST = "worker_lost"    # the worker holding the call died (kill -9, crash)
# Workers start in parallel and their start is CPU-bound (imports, the health vocabulary): 13 of them
# on a loaded 2-core machine were not all up after 60 s. Below systemd's TimeoutStartSec (300), so
# the master still says itself which part did not come up.
START_TIMEOUT_S = 240.0
STALE_STATUS_S = 10.0


def reap_orphans(cfg_path: Path) -> None:
    """Kamailio processes of our config with no parent left, holding the SIP port: the next start
    kills them. Under its reaper (children.py) none outlives the master; this still clears those
    of a run whose reaper was killed outright too, or of a version before the reaper."""
    needle = str(cfg_path).encode()
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            argv = (entry / "cmdline").read_bytes().split(b"\0")
            ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, ValueError, IndexError):
            continue
        if ppid == 1 and argv and argv[0].endswith(b"kamailio") and needle in argv:
            log.warning("killing Kamailio process %s left over from an earlier run", entry.name)
            try:
                os.kill(int(entry.name), signal.SIGKILL)
            except OSError:
                pass


def worker_config(cfg: Config, slot: front.WorkerSlot) -> Config:
    """The worker's view: its own port, call share and RTP range; SIP on loopback, taken only from
    the front's addresses, media on the front's host address."""
    sip = replace(cfg.sip, host=front.worker_sip_host(cfg.sip), media_host=cfg.sip.media_host or cfg.sip.host,
                  allowed_sources=front.worker_sources(cfg.sip), port=slot.port, max_calls=slot.max_calls,
                  rtp_port_min=slot.rtp_port_min, rtp_port_range=slot.rtp_port_range, front="none", tls_port=0,
                  tls_certificate="", tls_private_key="", remote_workers=[], remote_workers_tls=False,
                  remote_workers_ca_file="")
    return replace(cfg, sip=sip)


class FrontPool:
    def __init__(self, cfg: Config, engine_socket: Path, prompts: dict[str, str] | None,
                 store: TimelineStore, on_restart=lambda: None, places: int = 0) -> None:
        self.cfg = cfg
        self.store = store
        self.state = cfg.state_path
        shutil.rmtree(status_dir(self.state), ignore_errors=True)    # a previous run's leftovers
        self.cfg_path, self.ctl = front.write_files(cfg.sip, self.state, places)
        prompts_file = self.cfg_path.parent / "prompts.json"
        prompts_file.write_text(json.dumps(prompts))
        self.workers = []
        slots = front.worker_slots(cfg.sip, places)
        self.max_calls = sum(slot.max_calls for slot in slots)
        if len(slots) < worker_count(cfg.sip.max_calls):
            log.info("%d SIP worker%s for the %d calls the engine admits at once ([sip] max_calls = %d)",
                     len(slots), "" if len(slots) == 1 else "s", places, cfg.sip.max_calls)
        for slot in slots:
            args = [sys.executable, "-m", "callwarden.cli", "worker", "--index", str(slot.index),
                    "--engine-socket", str(engine_socket), "--prompts", str(prompts_file),
                    "--config-json", config_arg(worker_config(cfg, slot),
                                                self.state / "run" / f"worker-{slot.index}.json")]
            self.workers.append(ChildProcess(f"SIP worker {slot.index} (:{slot.port})", args, on_restart,
                                             on_exit=lambda index=slot.index: self.close_lost_calls(index)))
        self.kamailio = ChildProcess("Kamailio front", front.kamailio_args(self.cfg_path), on_restart,
                                     own_group=True)
        self.children = [*self.workers, self.kamailio]

    @property
    def bound(self) -> list[str]:
        return [f"{t}:{self.cfg.sip.host}:{self.cfg.sip.port}" for t in self.cfg.sip.transports]

    @property
    def all_up(self) -> bool:
        return all(child.up for child in self.children)

    async def start(self) -> None:
        """Workers, then Kamailio; OSError when either does not come up."""
        for worker in self.workers:
            await worker.start()
        deadline = time.monotonic() + START_TIMEOUT_S
        while len(self._live_statuses(ready_only=True)) < len(self.workers):
            dead = [w.name for w in self.workers if not w.up]
            if dead or time.monotonic() > deadline:
                await self.stop()
                raise OSError(f"{', '.join(dead) or 'SIP workers'} did not start (see the log above)")
            await asyncio.sleep(0.2)
        reap_orphans(self.cfg_path)
        await self.kamailio.start()
        while not await self._kamcmd("core.uptime"):
            if not self.kamailio.up or time.monotonic() > deadline:
                await self.stop()
                raise OSError(f"Kamailio did not start on {self.cfg.sip.host}:{self.cfg.sip.port} "
                              f"(see the log above; config {self.cfg_path})")
            await asyncio.sleep(0.2)

    def supervise(self, stopping: asyncio.Event) -> list[asyncio.Task]:
        return [asyncio.ensure_future(child.supervise(stopping)) for child in self.children]

    def _live_statuses(self, ready_only: bool = False) -> list[dict]:
        pids = {w.pid for w in self.workers if w.up}
        now = time.time()
        return [s for s in read_statuses(self.state)
                if s.get("pid") in pids and now - s.get("updated", 0) < STALE_STATUS_S
                and (s.get("ready") or not ready_only)]

    def close_lost_calls(self, index: int) -> None:
        """Ends the calls a dead worker held (its last status lists them) with reason worker_lost:
        every event it wrote stays, the timeline gets its call.end."""
        path = status_path(self.state, index)
        try:
            lost = [c["call_id"] for c in json.loads(path.read_text())["calls"]]
        except (OSError, ValueError, KeyError):
            return
        path.unlink(missing_ok=True)
        closed = [call_id for call_id in lost if not self.store.is_ended(call_id)]
        for call_id in closed:
            events = self.store.events(call_id)
            seq, last_t = (events[-1].seq + 1, max(e.t_ms for e in events)) if events else (0, 0)
            end = CallEnd(END_WORKER_LOST, last_t)
            self.store.append(ev.CallEvent(call_id, seq, last_t, ev.wall_now(), end.KIND, end.LEG, end.to_body()))
        if closed:
            log.warning("closed %d call(s) of the lost worker %d (reason %s)", len(closed), index, END_WORKER_LOST)

    def calls(self) -> list[dict]:
        return [call for status in self._live_statuses() for call in status["calls"]]

    def active_calls(self) -> int:
        return sum(status["active"] for status in self._live_statuses())

    async def drain(self, timeout_s: float) -> None:
        """New INVITEs get 503 + Retry-After from the front; active calls get up to timeout_s to end."""
        if not await self._kamcmd(*front.drain_command(self.ctl)[3:]):
            log.error("could not switch the front to draining: new INVITEs may still reach workers")
        deadline = time.monotonic() + timeout_s
        while self.active_calls() and time.monotonic() < deadline:
            await asyncio.sleep(0.2)
        left = self.active_calls()
        if left:
            log.warning("drain timeout (%.0f s): hanging up %d call(s)", timeout_s, left)

    async def stop(self) -> None:
        """Workers hang up what is left (reason shutdown) and exit; then the front goes."""
        await asyncio.gather(*(w.stop(timeout_s=15.0) for w in self.workers))
        await self.kamailio.stop()

    async def _kamcmd(self, *command: str) -> bool:
        try:
            proc = await asyncio.create_subprocess_exec(
                "kamcmd", "-s", f"unix:{self.ctl}", *command,
                stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL)
            return await asyncio.wait_for(proc.wait(), 5) == 0
        except (OSError, asyncio.TimeoutError):
            return False
