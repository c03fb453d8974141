"""/status on the admin server: the processes, calls per worker and the engine's queue, as JSON.

Built from the master's own handles (children, the pool's worker status files)
at request time; `callwarden status` renders it.
"""

from __future__ import annotations

import asyncio
import os
import time

from callwarden.admin.metrics import total
from callwarden.engine import protocol
from callwarden.runtime.status_files import read_statuses
from callwarden.version import version

STALE_STATUS_S = 10.0
ENGINE_TIMEOUT_S = 2.0


async def engine_stats(socket_path) -> dict | None:
    """The engine's own queue depth and counters, over a short connection of its own."""
    try:
        reader, writer = await asyncio.wait_for(asyncio.open_unix_connection(str(socket_path)), ENGINE_TIMEOUT_S)
    except (OSError, asyncio.TimeoutError):
        return None
    try:
        await asyncio.wait_for(protocol.read(reader), ENGINE_TIMEOUT_S)       # its hello
        writer.write(protocol.encode({"id": 1, **protocol.Stats().to_message()}))
        message = await asyncio.wait_for(protocol.read(reader), ENGINE_TIMEOUT_S)
    except (OSError, asyncio.TimeoutError, asyncio.IncompleteReadError, protocol.ProtocolError):
        return None
    finally:
        writer.close()
    try:
        reply = protocol.parse_reply(protocol.Stats.KIND, message)
    except protocol.ProtocolError:      # an engine of another version: no figures rather than a crash
        return None
    if isinstance(reply, (protocol.Failed, protocol.Shed)):
        return None
    return {"queue_depth": reply.queue, "batches": reply.batches, "jobs": reply.jobs, "redecoded": reply.redecoded,
            "saturated": reply.saturated, "lanes": reply.lanes, "partial_share": reply.partial_share,
            "partial_budget": reply.partial_budget, "partial_interval_ms": reply.partial_interval_ms,
            "partials_shed": reply.partials_shed, "talking_calls": reply.talking_calls,
            "talking_capacity": reply.talking_capacity, "outside_cores": reply.outside_cores}


def process(name: str, child) -> dict:
    """A supervised child (children.ChildProcess or the engine's handle)."""
    proc = child.proc if child is not None else None
    up = proc is not None and proc.returncode is None
    return {"name": name, "pid": proc.pid if up else None, "up": up,
            "restarts": child.restarts if child is not None else 0}


def front_workers(pool) -> list[dict]:
    """Each pool worker: its process, and its calls from the status file it refreshes."""
    now = time.time()
    by_pid = {s.get("pid"): s for s in read_statuses(pool.state) if now - s.get("updated", 0) < STALE_STATUS_S}
    out = []
    for index, child in enumerate(pool.workers):
        entry = process(child.name, child)
        status = by_pid.get(entry["pid"]) if entry["up"] else None
        entry.update(index=index, ready=bool(status and status.get("ready")), reporting=status is not None,
                     active=status.get("active", 0) if status else 0,
                     calls_total=status.get("calls_total", 0) if status else 0,
                     calls_rejected=status.get("calls_rejected", 0) if status else 0)
        out.append(entry)
    return out


async def snapshot(cfg, health: dict, started_s: float, engine_proc, engine_socket, pool, worker,
                   metrics, space) -> dict:
    processes = [{"name": "master", "pid": os.getpid(), "up": True, "restarts": 0},
                 process("ASR engine", engine_proc)]
    if pool is not None:
        processes.append(process("Kamailio front", pool.kamailio))
        workers = front_workers(pool)
        processes += workers
    else:
        workers = [{"name": "SIP worker (in the master)", "index": 0, "pid": os.getpid(), "up": worker is not None,
                    "restarts": 0, "ready": bool(health.get("sip")), "reporting": worker is not None,
                    "active": len(worker.sessions) if worker else 0,
                    "calls_total": int(total(metrics.calls_total)),
                    "calls_rejected": int(total(metrics.calls_refused))}]
    engine = await engine_stats(engine_socket) if engine_socket is not None else None
    return {
        "version": version(),
        "pid": os.getpid(), "uptime_s": round(time.monotonic() - started_s, 1), "phase": health.get("phase"),
        "healthy": bool(health.get("ok")), "front": cfg.sip.front, "sip": health.get("sip", []),
        "processes": processes,
        "workers": [{k: w[k] for k in ("index", "pid", "up", "ready", "reporting", "active", "calls_total",
                                       "calls_rejected")} for w in workers],
        "calls": {"active": sum(w["active"] for w in workers), "max": pool.max_calls if pool else cfg.sip.max_calls},
        "engine": {"up": processes[1]["up"], "pid": processes[1]["pid"], "device": health.get("asr_device"),
                   "model": health.get("asr_model"), **(engine or {"queue_depth": None})},
        "storage": space.snapshot(),
    }
