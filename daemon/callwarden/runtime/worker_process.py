"""One SIP worker process behind the Kamailio front (`callwarden worker`, started by the master).

It owns one pjsua2 stack (at most 4 calls), its own connection to the shared
engine socket and its own handle on the timeline store (SQLite WAL, writes in
BEGIN IMMEDIATE transactions, so several worker processes append safely).
What the master's /calls and /healthz need it writes to a small status JSON.
"""

from __future__ import annotations

import asyncio
import json
import logging
import os
import signal
import time
from pathlib import Path

import callwarden_native as native
from callwarden.admin.metrics import Metrics, total
from callwarden.config import Config
from callwarden.engine.client import EngineClient
from callwarden.route.dnc import DoNotCall
from callwarden.route.tickets import TicketQueue
from callwarden.runtime.disk_room import is_full_error
from callwarden.runtime.status_files import status_dir, status_path, write_atomic
from callwarden.runtime.worker import Worker
from callwarden.timeline import TimelineStore

log = logging.getLogger("callwarden.worker")

ENGINE_WAIT_S = 60.0
STATUS_EVERY_S = 2.0
WORKER_COUNTERS = ("utterances", "partials", "partials_shed", "speculative_used", "frames",
                   "frames_late", "frame_batches", "long_turn_prefixes", "long_turn_finals", "asr_redecoded")


async def serve(cfg: Config, index: int, engine_socket: Path, prompts_file: Path) -> int:
    state = cfg.state_path
    status_dir(state).mkdir(parents=True, exist_ok=True)
    store = TimelineStore(state, outbox=cfg.sync.enabled)
    metrics = Metrics()
    stopping = asyncio.Event()
    engine_stopping = asyncio.Event()
    engine = EngineClient(engine_socket)
    engine_task = asyncio.ensure_future(engine.run(engine_stopping))
    try:
        await asyncio.wait_for(engine.connected.wait(), ENGINE_WAIT_S)
    except asyncio.TimeoutError:
        log.error("worker %d: no ASR engine on %s", index, engine_socket)
        engine_stopping.set()
        await engine_task
        store.close()
        return 1
    prompts = json.loads(prompts_file.read_text()) if prompts_file.exists() else None
    native.warm_up()
    dnc = DoNotCall(state, cfg.privacy.default_region)
    tickets = TicketQueue(state, cfg.route.ticket_webhook_url)   # the master delivers what is queued
    worker: Worker | None = None
    path = status_path(state, index)

    def write_status() -> None:
        try:
            _write_status()
        except OSError as e:
            # A full state dir must not take the worker (and its calls) down; the guard refuses new calls.
            if not is_full_error(e):
                raise
            if worker is not None:
                worker.space.note_full(e)

    def _write_status() -> None:
        write_atomic(path, {
            "index": index, "pid": os.getpid(), "port": cfg.sip.port, "updated": time.time(),
            "ready": worker is not None and worker.stack is not None and bool(worker.stack.bound),
            "active": len(worker.sessions) if worker else 0,
            "calls_total": int(total(metrics.calls_total)),
            "calls_rejected": int(total(metrics.calls_refused)),
            "calls": [dict(c, worker=index) for c in worker.calls()] if worker else [],
            # For bench sipload; /metrics reads every process's values itself (admin/multiproc.py).
            "counters": {**{name: int(total(getattr(metrics, name))) for name in WORKER_COUNTERS},
                         "partials_shed_budget": worker.partials_shed_budget if worker else 0},
        })

    worker = Worker(cfg, store, engine, prompts, metrics, dnc, tickets, on_change=write_status)
    try:
        await worker.start()
    except OSError as e:
        log.error("worker %d: %s", index, e)
        engine_stopping.set()
        await engine_task
        store.close()
        return 1
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    log.info("worker %d ready: SIP %s", index, ", ".join(worker.stack.bound))
    write_status()
    while not stopping.is_set():      # refreshed so the master can tell a live worker from a stale file
        try:
            await asyncio.wait_for(stopping.wait(), STATUS_EVERY_S)
        except asyncio.TimeoutError:
            write_status()
    await worker.stop()
    engine_stopping.set()
    await engine_task
    store.close()
    path.unlink(missing_ok=True)
    return 0


def run(args) -> int:
    import faulthandler

    from callwarden.config import read_config_arg
    from callwarden.systemd import setup_logging

    faulthandler.enable()
    cfg = read_config_arg(args.config_json)
    setup_logging(cfg.daemon.log_level)
    return asyncio.run(serve(cfg, args.index, args.engine_socket, args.prompts))

