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


async def serve(cfg: Config) -> int:
    state = cfg.state_path
    state.mkdir(parents=True, exist_ok=True)
    for key, url, _ in plain_http_urls(cfg):      # allowed by insecure_transport, or config would refuse
        if key != "sync.url":                       # the uploader says so itself
            log.warning("%s is plain http to another host (%s): sent in clear (insecure_transport = true)",
                        key, url)
    if cfg.recording.enabled:
        removed = expire_recordings(state / "recordings", cfg.recording.retention_days)
        if removed:
            log.info("removed %d recording(s) past retention", removed)
    key = keys.load_or_create(state)       # the appliance's signing key, made at first start
    store = TimelineStore(state, outbox=cfg.sync.enabled)
    closed = store.close_open_calls(ev.END_INTERRUPTED)
    if closed:
        log.warning("closed %d call(s) left open by a previous run (reason %s)", len(closed), ev.END_INTERRUPTED)
    # Before the first metric and the first child: every process of this run counts into one directory.
    multiproc.enable(multiproc.metrics_dir(state))
    metrics = Metrics()
    loop = asyncio.get_running_loop()
    started_s = time.monotonic()
    readiness = {"sip": [], "asr_model": None, "asr_device": None, "phase": "starting"}
    engine: EngineClient | None = None
    engine_proc: EngineProcess | None = None
    space = SpaceGuard(state, cfg.storage.min_free_mb)

    def health() -> dict:
        # The engine restarting makes the box unready (503) until its socket answers again; so does a
        # full state dir, since every new call is refused meanwhile.
        engine_up = engine is not None and engine.connected.is_set()
        storage = space.snapshot()
        return {"ok": bool(readiness["sip"] and readiness["asr_model"] and engine_up and storage["ok"]),
                **readiness, "asr_engine_pid": engine.info.get("pid") if engine_up else None,
                # Informative only: a saturated engine refuses new calls but the box stays ready (and
                # the watchdog keeps being pinged) while it serves the calls it has.
                "asr_engine_saturated": engine.saturated if engine_up else None, "storage": storage}

    async def status() -> dict:
        return await admin_status.snapshot(cfg, health(), started_s, engine_proc,
                                           engine_proc.socket if engine_proc else None, pool, worker, metrics, space)
    worker: Worker | None = None
    pool: FrontPool | None = None          # instead of `worker` with the Kamailio front

    def render_metrics() -> str:
        metrics.engine_saturated.set(1 if engine is not None and engine.saturated else 0)
        if engine is not None:
            metrics.partial_interval.set(max(cfg.asr.partial_interval_ms, engine.partial_interval_ms) / 1000)
        body, _ = multiproc.exposition(metrics.registry, version(), lambda: daemon_processes(engine_proc, pool))
        return body.decode()
    admin = None
    if cfg.admin.enabled:
        # Up first, so that /healthz says 503 while models load instead of refusing connections.
        admin = AdminServer(cfg.admin.host, cfg.admin.port,
                            health=health, status=status,
                            metrics=render_metrics, calls=lambda: pool.calls() if pool else worker.calls() if worker else [],
                            token=Path(cfg.admin.token_file).read_text().strip() if cfg.admin.token_file else "",
                            metrics_address=admin_address.parse(cfg.admin.metrics_address))
        try:
            await admin.start()
        except OSError as e:
            log.error("cannot bind admin HTTP %s:%d%s: %s", cfg.admin.host, cfg.admin.port,
                      f" or metrics {cfg.admin.metrics_address}" if cfg.admin.metrics_address else "", e.strerror)
            store.close()
            return 1
    native.warm_up()
    stopping = asyncio.Event()
    engine_stopping = asyncio.Event()       # set after the calls are done: their last finals need it
    engine_proc = EngineProcess(cfg, on_restart=metrics.engine_restarts.inc)
    await engine_proc.start()
    engine = EngineClient(engine_proc.socket)
    engine_task = asyncio.ensure_future(engine.run(engine_stopping))
    if not await _engine_ready(engine, engine_proc):
        engine_stopping.set()
        await engine_task
        store.close()
        if admin:
            await admin.stop()
        return 1
    supervisor = asyncio.ensure_future(engine_proc.supervise(engine_stopping))
    readiness.update(asr_model=engine.info["model"], asr_device=engine.info["device"])
    try:
        prompts = await prepare_prompts(cfg, engine)
    except EngineUnavailable as e:
        log.error("prompts not synthesised: %s", e)
        prompts = {}
    dnc = DoNotCall(state, cfg.privacy.default_region)
    tickets = TicketQueue(state, cfg.route.ticket_webhook_url)
    if cfg.sip.front == "kamailio":
        pool = FrontPool(cfg, engine_proc.socket, prompts, store)
        return await _serve_front(cfg, pool, store, engine, engine_proc, engine_task, supervisor, engine_stopping,
                                  tickets, key, metrics, readiness, admin, stopping, space)

    def notify_status() -> None:
        notify(f"STATUS={len(worker.sessions)} active call(s), {int(total(metrics.calls_total))} total")

    worker = Worker(cfg, store, engine, prompts, metrics, dnc, tickets, on_change=notify_status, space=space)
    try:
        await worker.start()
    except OSError as e:
        log.error("%s", e)
        engine_stopping.set()
        await asyncio.gather(engine_task, supervisor)
        await engine_proc.stop()
        store.close()
        if admin:
            await admin.stop()
        return 1
    readiness.update(sip=worker.stack.bound, phase="running")
    background = start_background(cfg, key, metrics, tickets, stopping, space)
    log.info("ready: SIP %s, admin %s, ASR %s/%s, state %s", ", ".join(worker.stack.bound),
             f"http://{cfg.admin.host}:{cfg.admin.port}" if admin else "off",
             engine.info["device"], engine.info["compute_type"], state)
    notify("READY=1")
    notify_status()
    watchdog = asyncio.ensure_future(watchdog_pings(stopping))

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    readiness.update(phase="stopping")
    log.info("stopping: hanging up %d call(s)", len(worker.sessions))
    notify("STOPPING=1")
    await worker.stop()
    engine_stopping.set()
    await asyncio.gather(engine_task, supervisor)
    await engine_proc.stop()
    await asyncio.gather(watchdog, *background)
    if admin:
        await admin.stop()
    store.close()
    return 0


async def _serve_front(cfg: Config, pool: FrontPool, store, engine, engine_proc, engine_task, supervisor,
                       engine_stopping, tickets, key, metrics, readiness, admin, stopping, space) -> int:
    """The master's loop with the Kamailio front: pool up, then the same services as without it."""
    state = cfg.state_path
    loop = asyncio.get_running_loop()
    try:
        await pool.start()
    except OSError as e:
        log.error("%s", e)
        engine_stopping.set()
        await asyncio.gather(engine_task, supervisor)
        await engine_proc.stop()
        store.close()
        if admin:
            await admin.stop()
        return 1
    children_stopping = asyncio.Event()
    child_supervisors = pool.supervise(children_stopping)
    readiness.update(sip=pool.bound, phase="running")
    background = start_background(cfg, key, metrics, tickets, stopping, space)
    log.info("ready: SIP %s via Kamailio over %d worker(s), admin %s, ASR %s/%s, state %s",
             ", ".join(pool.bound), len(pool.workers),
             f"http://{cfg.admin.host}:{cfg.admin.port}" if admin else "off",
             engine.info["device"], engine.info["compute_type"], state)
    notify("READY=1")
    notify(f"STATUS=Kamailio front over {len(pool.workers)} worker(s)")
    watchdog = asyncio.ensure_future(watchdog_pings(
        stopping, healthy=lambda: pool.all_up and engine_proc.proc.returncode is None))
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    readiness.update(phase="draining")
    log.info("stopping: draining %d call(s) for up to %.0f s", pool.active_calls(), cfg.sip.drain_timeout_s)
    notify("STOPPING=1")
    await pool.drain(cfg.sip.drain_timeout_s)
    children_stopping.set()
    await asyncio.gather(*child_supervisors)
    await pool.stop()
    engine_stopping.set()
    await asyncio.gather(engine_task, supervisor)
    await engine_proc.stop()
    await asyncio.gather(watchdog, *background)
    if admin:
        await admin.stop()
    store.close()
    return 0


async def _engine_ready(engine: EngineClient, proc: EngineProcess) -> bool:
    """Waits for the engine's hello; False (logged) when it dies or never answers."""
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
    await proc.stop()
    return False


def run(cfg: Config) -> int:
    return asyncio.run(serve(cfg))
