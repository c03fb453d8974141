"""`callwarden run`: loads models, opens the timeline, starts SIP and the admin server.

With `[sip] front = "none"` this process is the single SIP worker on host:port
(sites with at most 4 concurrent calls). SIGTERM/SIGINT hang up calls with
reason `shutdown` and close every timeline before exit.
"""

from __future__ import annotations

import asyncio
import logging
import os
import signal

import callwarden_native as native
from callwarden import events as ev
from callwarden.admin.metrics import Metrics
from callwarden.admin.server import AdminServer
from callwarden.asr.transcriber import Transcriber
from callwarden.audio.recording import expire as expire_recordings
from callwarden.config import Config
from callwarden.models import tts_voice_path
from callwarden.route.dnc import DoNotCall
from callwarden.route.tickets import TicketQueue
from callwarden.sync import keys
from callwarden.sync.uploader import Uploader
from callwarden.systemd import notify
from callwarden.timeline import TimelineStore
from callwarden.worker import Worker

log = logging.getLogger("callwarden")

HOUSEKEEPING_S = 3600.0


def prepare_prompts(cfg: Config):
    """The prompt cache with every fixed prompt synthesised, so no call waits for Piper."""
    if not cfg.tts.enabled:
        return None
    from callwarden.tts.voice import PromptCache, Voice
    cache = PromptCache(Voice(tts_voice_path(cfg.tts.voice)), cfg.state_path / "prompts", cfg.tts.length_scale)
    agent = cfg.agent
    fixed = [cfg.tts.greeting, cfg.route.handoff_prompt, cfg.route.goodbye_prompt, cfg.route.fallback_prompt,
             agent.fallback_reply, agent.ticket_reply, *(rule.reply for rule in agent.intents)]
    if agent.recording_consent == "ask":
        fixed += [agent.consent_question, agent.consent_thanks, agent.consent_declined]
    for text in fixed:
        if text:
            cache.get(text)
    return cache


async def hourly_housekeeping(cfg: Config, stopping: asyncio.Event) -> None:
    while not stopping.is_set():
        try:
            await asyncio.wait_for(stopping.wait(), timeout=HOUSEKEEPING_S)
        except asyncio.TimeoutError:
            if cfg.recording.enabled:
                expire_recordings(cfg.state_path / "recordings", cfg.recording.retention_days)


async def watchdog_pings(stopping: asyncio.Event) -> None:
    """WATCHDOG=1 every half of the unit's WatchdogSec, sent from the event loop: a wedged
    loop stops the pings and systemd restarts the service. Nothing without WatchdogSec."""
    usec = int(os.environ.get("WATCHDOG_USEC", "0") or 0)
    if usec <= 0 or os.environ.get("WATCHDOG_PID", str(os.getpid())) != str(os.getpid()):
        return
    while not stopping.is_set():
        notify("WATCHDOG=1")
        try:
            await asyncio.wait_for(stopping.wait(), timeout=usec / 2e6)
        except asyncio.TimeoutError:
            pass


async def serve(cfg: Config) -> int:
    state = cfg.state_path
    state.mkdir(parents=True, exist_ok=True)
    if cfg.recording.enabled:
        removed = expire_recordings(state / "recordings", cfg.recording.retention_days)
        if removed:
            log.info("removed %d recording(s) past retention", removed)
    key = keys.load_or_create(state)       # the appliance's signing key, made at first start
    store = TimelineStore(state, outbox=cfg.sync.enabled)
    closed = store.close_open_calls(ev.END_INTERRUPTED)
    if closed:
        log.warning("closed %d call(s) left open by a previous run (reason %s)", len(closed), ev.END_INTERRUPTED)
    metrics = Metrics()
    loop = asyncio.get_running_loop()
    readiness = {"sip": [], "asr_model": None, "asr_device": None}
    worker: Worker | None = None
    admin = None
    if cfg.admin.enabled:
        # Up first, so that /healthz says 503 while models load instead of refusing connections.
        admin = AdminServer(cfg.admin.host, cfg.admin.port,
                            health=lambda: {"ok": bool(readiness["sip"] and readiness["asr_model"]), **readiness},
                            metrics=metrics.render, calls=lambda: worker.calls() if worker else [])
        try:
            await admin.start()
        except OSError as e:
            log.error("cannot bind admin HTTP %s:%d: %s", cfg.admin.host, cfg.admin.port, e.strerror)
            store.close()
            return 1
    native.warm_up()
    transcriber = await loop.run_in_executor(None, Transcriber, cfg.asr)
    await loop.run_in_executor(None, transcriber.warm_up)
    prompts = await loop.run_in_executor(None, prepare_prompts, cfg)
    dnc = DoNotCall(state)
    tickets = TicketQueue(state, cfg.route.ticket_webhook_url)

    def status() -> None:
        notify(f"STATUS={len(worker.sessions)} active call(s), {int(metrics.calls_total.value)} total")

    worker = Worker(cfg, store, transcriber, prompts, metrics, dnc, tickets, on_change=status)
    try:
        await worker.start()
    except OSError as e:
        log.error("%s", e)
        store.close()
        if admin:
            await admin.stop()
        return 1
    readiness.update(sip=worker.stack.bound, asr_model=str(transcriber.model_dir), asr_device=transcriber.device)
    stopping = asyncio.Event()
    housekeeping = asyncio.ensure_future(hourly_housekeeping(cfg, stopping))
    ticket_task = asyncio.ensure_future(tickets.run(stopping)) if cfg.route.ticket_webhook_url else None
    uploader_task = None
    if cfg.sync.enabled:
        uploader = Uploader(cfg.sync, state, key, metrics)
        uploader_task = asyncio.ensure_future(uploader.run(stopping))
        log.info("sync to %s as %s", cfg.sync.url, uploader.appliance)
    log.info("ready: SIP %s, admin %s, ASR %s/%s, state %s", ", ".join(worker.stack.bound),
             f"http://{cfg.admin.host}:{cfg.admin.port}" if admin else "off",
             transcriber.device, transcriber.compute_type, state)
    notify("READY=1")
    status()
    watchdog = asyncio.ensure_future(watchdog_pings(stopping))

    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    log.info("stopping: hanging up %d call(s)", len(worker.sessions))
    notify("STOPPING=1")
    await worker.stop()
    await housekeeping
    await watchdog
    if ticket_task:
        await ticket_task
    if uploader_task:
        await uploader_task
    if admin:
        await admin.stop()
    store.close()
    return 0


def run(cfg: Config) -> int:
    return asyncio.run(serve(cfg))
