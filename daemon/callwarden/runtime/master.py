"""`callwarden run`: loads models, opens the timeline, starts SIP and the admin server.

With `[sip] front = "none"` this process is the single SIP worker on host:port
(sites with at most 4 concurrent calls). SIGTERM/SIGINT hang up calls with
reason `shutdown` and close every timeline before exit.

With `[sip] front = "kamailio"` the master runs Kamailio on host:port and a
pool of worker processes behind it (pool.py), restarting what dies; SIGTERM
drains first: new INVITEs get 503, calls get `drain_timeout_s` to finish.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal
import time
from pathlib import Path

import callwarden_native as native
from callwarden import events as ev
from callwarden.admin import address as admin_address
from callwarden.admin import multiproc
from callwarden.admin.metrics import Metrics, total
from callwarden.admin.server import AdminServer
from callwarden.audio.recording import expire as expire_recordings
from callwarden.config import Config, plain_http_urls
from callwarden.engine.client import EngineClient, EngineUnavailable
from callwarden.route.dnc import DoNotCall
from callwarden.route.tickets import TicketQueue
from callwarden.runtime import status_report as admin_status
from callwarden.runtime.disk_room import SpaceGuard
from callwarden.runtime.engine_process import EngineProcess
from callwarden.runtime.pool import FrontPool
from callwarden.runtime.worker import Worker
from callwarden.sync.recording_uploader import RecordingUploader
from callwarden.sync.uploader import Uploader
from callwarden.systemd import notify
from callwarden.timeline import TimelineStore
from callwarden.version import version
from callwarden.wire import keys

log = logging.getLogger("callwarden")

HOUSEKEEPING_S = 3600.0
STORAGE_CHECK_S = 1.0
ENGINE_START_TIMEOUT_S = 600.0


async def prepare_prompts(cfg: Config, engine: EngineClient) -> dict[str, str] | None:
    """Every fixed prompt synthesised by the engine before the first call: text -> WAV path."""
    if not cfg.tts.enabled:
        return None
    agent = cfg.agent
    fixed = [cfg.tts.greeting, cfg.route.handoff_prompt, cfg.route.goodbye_prompt, cfg.route.fallback_prompt,
             agent.fallback_reply, agent.ticket_reply, agent.silence_prompt,
             *(rule.reply for rule in agent.intents)]
    if agent.recording_consent == "ask":
        fixed += [agent.consent_question, agent.consent_thanks, agent.consent_declined]
    return {text: await engine.synthesize(text, timeout_s=120) for text in dict.fromkeys(fixed) if text}


async def hourly_housekeeping(cfg: Config, stopping: asyncio.Event) -> None:
    while not stopping.is_set():
        try:
            await asyncio.wait_for(stopping.wait(), timeout=HOUSEKEEPING_S)
        except asyncio.TimeoutError:
            if cfg.recording.enabled:
                expire_recordings(cfg.state_path / "recordings", cfg.recording.retention_days)


async def watchdog_pings(stopping: asyncio.Event, healthy=lambda: True) -> None:
    """WATCHDOG=1 every half of the unit's WatchdogSec, sent from the event loop: a wedged
    loop stops the pings and systemd restarts the service. Nothing without WatchdogSec.
    No ping while `healthy()` is false (a child down): one that stays down restarts the service."""
    usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
    if usec <= 0 or os.environ.get("WATCHDOG_PID", str(os.getpid())) != str(os.getpid()):
        return
    while not stopping.is_set():
        if healthy():
            notify("WATCHDOG=1")
        try:
            await asyncio.wait_for(stopping.wait(), timeout=usec / 2e6)
        except asyncio.TimeoutError:
            pass


async def watch_storage(space: SpaceGuard, stopping: asyncio.Event) -> None:
    """Asks the guard every second, so that running short (and recovering) is logged as it happens,
    once, whether or not INVITEs arrive meanwhile."""
    while not stopping.is_set():
        space.refusal()
        try:
            await asyncio.wait_for(stopping.wait(), timeout=STORAGE_CHECK_S)
        except asyncio.TimeoutError:
            pass


def start_background(cfg: Config, key, metrics: Metrics, tickets: TicketQueue,
                     stopping: asyncio.Event, space: SpaceGuard) -> list[asyncio.Task]:
    """Housekeeping, the storage watch, the ticket webhook, and sync (timeline batches, then recordings)."""
    tasks = [asyncio.ensure_future(hourly_housekeeping(cfg, stopping)),
             asyncio.ensure_future(watch_storage(space, stopping))]
    if cfg.route.ticket_webhook_url:
        tasks.append(asyncio.ensure_future(tickets.run(stopping)))
    if cfg.sync.enabled:
        uploader = Uploader(cfg.sync, cfg.state_path, key, metrics, sync_recordings=cfg.recording.sync)
        tasks.append(asyncio.ensure_future(uploader.run(stopping)))
        log.info("sync to %s as %s", cfg.sync.url, uploader.appliance)
        if cfg.recording.sync:
            recordings = RecordingUploader(cfg.sync, cfg.recording, cfg.state_path, key, metrics)
            tasks.append(asyncio.ensure_future(recordings.run(stopping)))
    return tasks


def daemon_processes(engine_proc: EngineProcess | None, pool: FrontPool | None) -> dict[str, int | None]:
    """The `process` label of /metrics' process_* series -> the pid of each process now. Not Kamailio:
    its pid here is its reaper's, and it runs as a tree of processes of its own."""
    out = {"master": os.getpid(), "engine": engine_proc.pid if engine_proc else None}
    if pool is not None:
        out.update({f"worker-{i}": w.pid for i, w in enumerate(pool.workers)})
    return out


class Master:
    """One run of the master. serve() is its steps in order; whatever started is stopped by the one
    shutdown path, in reverse: the engine after the calls (their last finals need it), then the
    background tasks, the admin server, the store last."""

    def __init__(self, cfg: Config) -> None:
        self.cfg = cfg
        self.state = cfg.state_path
        self.readiness = {"sip": [], "asr_model": None, "asr_device": None, "phase": "starting"}
        self.stopping = asyncio.Event()
        self.engine_stopping = asyncio.Event()      # set after the calls are done: their last finals need it
        self.engine: EngineClient | None = None
        self.engine_proc: EngineProcess | None = None
        self.engine_task: asyncio.Future | None = None
        self.supervisor: asyncio.Future | None = None
        self.admin: AdminServer | None = None
        self.worker: Worker | None = None
        self.pool: FrontPool | None = None          # instead of `worker` with the Kamailio front
        self.prompts: dict[str, str] | None = None
        self.tasks: list[asyncio.Future] = []       # background and watchdog, awaited at shutdown

    async def serve(self) -> int:
        self.open_state()
        ok = await self.start_admin() and await self.start_engine() and await self.start_calls()
        if ok:
            self.announce_ready()
            for sig in (signal.SIGTERM, signal.SIGINT):
                asyncio.get_running_loop().add_signal_handler(sig, self.stopping.set)
            await self.stopping.wait()
            await self.stop_calls()
        await self.shutdown()
        return 0 if ok else 1

    # ---- steps, in order ----
    def open_state(self) -> None:
        """The state dir, the signing key, the timeline (closing calls a previous run left open), metrics."""
        cfg, state = self.cfg, self.state
        state.mkdir(parents=True, exist_ok=True)
        for key, url, _ in plain_http_urls(cfg):      # allowed by insecure_transport, or config would refuse
            if key != "sync.url":                       # the uploader says so itself
                log.warning("%s is plain http to another host (%s): sent in clear (insecure_transport = true)",
                            key, url)
        if cfg.recording.enabled:
            removed = expire_recordings(state / "recordings", cfg.recording.retention_days)
            if removed:
                log.info("removed %d recording(s) past retention", removed)
        self.key = keys.load_or_create(state)       # the appliance's signing key, made at first start
        self.store = TimelineStore(state, outbox=cfg.sync.enabled)
        closed = self.store.close_open_calls(ev.END_INTERRUPTED)
        if closed:
            log.warning("closed %d call(s) left open by a previous run (reason %s)", len(closed), ev.END_INTERRUPTED)
        # Before the first metric and the first child: every process of this run counts into one directory.
        multiproc.enable(multiproc.metrics_dir(state))
        self.metrics = Metrics()
        self.started_s = time.monotonic()
        self.space = SpaceGuard(state, cfg.storage.min_free_mb)

    async def start_admin(self) -> bool:
        """Up first, so that /healthz says 503 while models load instead of refusing connections."""
        cfg = self.cfg
        if not cfg.admin.enabled:
            return True
        admin = AdminServer(cfg.admin.host, cfg.admin.port, health=self.health, status=self.status,
                            metrics=self.render_metrics, calls=self.calls,
                            token=Path(cfg.admin.token_file).read_text().strip() if cfg.admin.token_file else "",
                            metrics_address=admin_address.parse(cfg.admin.metrics_address))
        try:
            await admin.start()
        except OSError as e:
            log.error("cannot bind admin HTTP %s:%d%s: %s", cfg.admin.host, cfg.admin.port,
                      f" or metrics {cfg.admin.metrics_address}" if cfg.admin.metrics_address else "", e.strerror)
            return False
        self.admin = admin
        return True

    async def start_engine(self) -> bool:
        """The engine process and this process's connection to it; then every fixed prompt."""
        native.warm_up()
        self.engine_proc = EngineProcess(self.cfg, on_restart=self.metrics.engine_restarts.inc)
        await self.engine_proc.start()
        self.engine = EngineClient(self.engine_proc.socket)
        self.engine_task = asyncio.ensure_future(self.engine.run(self.engine_stopping))
        if not await _engine_ready(self.engine, self.engine_proc):
            return False
        self.supervisor = asyncio.ensure_future(self.engine_proc.supervise(self.engine_stopping))
        self.readiness.update(asr_model=self.engine.info["model"], asr_device=self.engine.info["device"])
        try:
            self.prompts = await prepare_prompts(self.cfg, self.engine)
        except EngineUnavailable as e:
            log.error("prompts not synthesised: %s", e)
            self.prompts = {}
        return True

    async def start_calls(self) -> bool:
        """SIP: the Kamailio front over a pool of worker processes, or one worker in this process."""
        cfg = self.cfg
        dnc = DoNotCall(self.state, cfg.privacy.default_region)
        self.tickets = TicketQueue(self.state, cfg.route.ticket_webhook_url)
        if cfg.sip.front == "kamailio":
            self.pool = FrontPool(cfg, self.engine_proc.socket, self.prompts, self.store,
                                  places=self.engine.info.get("places", 0))
            starting = self.pool.start()
        else:
            self.worker = Worker(cfg, self.store, self.engine, self.prompts, self.metrics, dnc, self.tickets,
                                 on_change=self.notify_status, space=self.space)
            starting = self.worker.start()
        try:
            await starting
        except OSError as e:
            log.error("%s", e)
            return False
        if self.pool is not None:
            self.children_stopping = asyncio.Event()
            self.child_supervisors = self.pool.supervise(self.children_stopping)
        self.readiness.update(sip=self.bound(), phase="running")
        return True

    def announce_ready(self) -> None:
        """Background work, the ready line, READY=1 to systemd and the watchdog."""
        cfg, pool = self.cfg, self.pool
        self.tasks = start_background(cfg, self.key, self.metrics, self.tickets, self.stopping, self.space)
        via = f" via Kamailio over {len(pool.workers)} worker(s)" if pool else ""
        log.info("ready: SIP %s%s, admin %s, ASR %s/%s, state %s", ", ".join(self.bound()), via,
                 f"http://{cfg.admin.host}:{cfg.admin.port}" if self.admin else "off",
                 self.engine.info["device"], self.engine.info["compute_type"], self.state)
        notify("READY=1")
        if pool:
            notify(f"STATUS=Kamailio front over {len(pool.workers)} worker(s)")
            # A child that stays down stops the pings: systemd restarts the service.
            healthy = lambda: pool.all_up and self.engine_proc.proc.returncode is None  # noqa: E731
        else:
            self.notify_status()
            healthy = lambda: True  # noqa: E731
        self.tasks.append(asyncio.ensure_future(watchdog_pings(self.stopping, healthy=healthy)))

    async def stop_calls(self) -> None:
        """The front drains (new INVITEs get 503, calls finish up to drain_timeout_s); one worker
        hangs up its calls with reason shutdown."""
        if self.pool is not None:
            pool = self.pool
            self.readiness.update(phase="draining")
            log.info("stopping: draining %d call(s) for up to %.0f s", pool.active_calls(),
                     self.cfg.sip.drain_timeout_s)
            notify("STOPPING=1")
            await pool.drain(self.cfg.sip.drain_timeout_s)
            self.children_stopping.set()
            await asyncio.gather(*self.child_supervisors)
            await pool.stop()
        else:
            self.readiness.update(phase="stopping")
            log.info("stopping: hanging up %d call(s)", len(self.worker.sessions))
            notify("STOPPING=1")
            await self.worker.stop()

    async def shutdown(self) -> None:
        """The one way out, after a failed start as after SIGTERM: stops what started."""
        if self.engine_proc is not None:
            self.engine_stopping.set()
            await asyncio.gather(*(t for t in (self.engine_task, self.supervisor) if t is not None))
            await self.engine_proc.stop()
        await asyncio.gather(*self.tasks)
        if self.admin:
            await self.admin.stop()
        self.store.close()

    # ---- what the admin server and systemd are told ----
    def bound(self) -> list[str]:
        return self.pool.bound if self.pool is not None else self.worker.stack.bound

    def calls(self) -> list[dict]:
        return self.pool.calls() if self.pool else self.worker.calls() if self.worker else []

    def notify_status(self) -> None:
        notify(f"STATUS={len(self.worker.sessions)} active call(s), {int(total(self.metrics.calls_total))} total")

    def health(self) -> dict:
        # The engine restarting makes the box unready (503) until its socket answers again; so does a
        # full state dir, since every new call is refused meanwhile.
        engine = self.engine
        engine_up = engine is not None and engine.connected.is_set()
        storage = self.space.snapshot()
        readiness = self.readiness
        return {"ok": bool(readiness["sip"] and readiness["asr_model"] and engine_up and storage["ok"]),
                **readiness, "asr_engine_pid": engine.info.get("pid") if engine_up else None,
                # Informative only: a saturated engine refuses new calls but the box stays ready (and
                # the watchdog keeps being pinged) while it serves the calls it has.
                "asr_engine_saturated": engine.saturated if engine_up else None, "storage": storage}

    async def status(self) -> dict:
        proc = self.engine_proc
        return await admin_status.snapshot(self.cfg, self.health(), self.started_s, proc,
                                           proc.socket if proc else None, self.pool, self.worker, self.metrics,
                                           self.space)

    def render_metrics(self) -> str:
        engine, metrics = self.engine, self.metrics
        metrics.engine_saturated.set(1 if engine is not None and engine.saturated else 0)
        if engine is not None:
            metrics.partial_interval.set(max(self.cfg.asr.partial_interval_ms, engine.partial_interval_ms) / 1000)
        body, _ = multiproc.exposition(metrics.registry, version(),
                                       lambda: daemon_processes(self.engine_proc, self.pool))
        return body.decode()


async def serve(cfg: Config) -> int:
    return await Master(cfg).serve()


async def _engine_ready(engine: EngineClient, proc: EngineProcess) -> bool:
    """Waits for the engine's hello; False (logged) when it dies or never answers (the master's
    shutdown stops it)."""
    connected = asyncio.ensure_future(engine.connected.wait())
    exited = asyncio.ensure_future(proc.proc.wait())
    done, _ = await asyncio.wait([connected, exited], timeout=ENGINE_START_TIMEOUT_S,
                                 return_when=asyncio.FIRST_COMPLETED)
    connected.cancel()
    exited.cancel()
    if connected in done:
        return True
    log.error("the ASR engine %s", f"exited with {proc.proc.returncode} while loading" if exited in done
              else f"did not start within {ENGINE_START_TIMEOUT_S:.0f} s")
    return False


def run(cfg: Config) -> int:
    return asyncio.run(serve(cfg))
