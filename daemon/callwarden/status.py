"""`callwarden status`: the running daemon's processes, calls per worker, engine queue, state dir
room and sync backlog.

Processes, calls and the engine come from the admin API on loopback (/status);
the sync backlog is read from the state dir. Exit codes follow `systemctl
status`: 0 running, 3 not running, 4 unknown (the admin API is off).
"""

from __future__ import annotations

import json
import math
import sqlite3
import urllib.error
import urllib.request

from callwarden.config import Config
from callwarden.timeline.store import DB_NAME

EXIT_RUNNING, EXIT_NOT_RUNNING, EXIT_UNKNOWN = 0, 3, 4
TIMEOUT_S = 5.0


def fetch(cfg: Config) -> dict | None:
    """The daemon's /status; None when nothing answers on the admin port."""
    url = f"http://{cfg.admin.host}:{cfg.admin.port}/status"
    req = urllib.request.Request(url)
    if cfg.admin.token_file:        # the daemon asks for it on everything but /healthz
        from pathlib import Path
        req.add_header("Authorization", "Bearer " + Path(cfg.admin.token_file).read_text().strip())
    try:
        with urllib.request.urlopen(req, timeout=TIMEOUT_S) as r:
            return json.loads(r.read())
    except urllib.error.HTTPError as e:
        if e.code == 404:       # an older daemon without /status, or something else on the port
            raise RuntimeError(f"{url} answered 404: is this port callwarden's admin API?") from None
        return None
    except (urllib.error.URLError, OSError, ValueError):
        return None


def sync_backlog(cfg: Config) -> dict:
    """Events and batches waiting for the receiver, read-only from the timeline database."""
    if not cfg.sync.enabled:
        return {"enabled": False}
    path = cfg.state_path / DB_NAME
    out: dict = {"enabled": True, "url": cfg.sync.url}
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
        try:
            events = db.execute("SELECT COUNT(*) FROM outbox").fetchone()[0]
            state = dict(db.execute("SELECT key, value FROM sync_state WHERE key IN "
                                    "('pending', 'next_seq', 'last_ok', 'last_error')").fetchall())
        finally:
            db.close()
    except sqlite3.Error as e:
        return {**out, "error": f"cannot read {path}: {e}"}
    out.update(events_waiting=events, batches_waiting=math.ceil(events / cfg.sync.batch_max_events),
               pending_batch=bool(state.get("pending")), next_batch_seq=int(state.get("next_seq") or 0),
               last_ok=state.get("last_ok"), last_error=state.get("last_error"),
               backlog_ratio=round(events / cfg.sync.max_backlog_events, 4))
    return out


def _uptime(seconds: float) -> str:
    seconds = int(seconds)
    days, rest = divmod(seconds, 86400)
    hours, rest = divmod(rest, 3600)
    minutes, secs = divmod(rest, 60)
    return (f"{days}d " if days else "") + (f"{hours}h " if hours or days else "") + f"{minutes}m {secs}s"


def render(st: dict, sync: dict) -> str:
    # .get: a daemon from before the version was in /status answers without it
    lines = [f"callwarden {st.get('version', '(version unknown)')}: running (pid {st['pid']}, "
             f"up {_uptime(st['uptime_s'])}), "
             f"{'healthy' if st['healthy'] else 'NOT healthy'}, {st['phase']}",
             f"  SIP {', '.join(st['sip']) or '-'}"
             + (" via the Kamailio front" if st["front"] == "kamailio" else " (no front)"),
             "processes:"]
    width = max(len(p["name"]) for p in st["processes"])
    for p in st["processes"]:
        pid = f"pid {p['pid']}" if p["pid"] else "pid -"
        extra = f"   {p['active']} call(s)" if "active" in p else ""
        lines.append(f"  {p['name']:{width}s}  {pid:10s}  {'up' if p['up'] else 'DOWN':4s}  "
                     f"restarts {p['restarts']}{extra}")
    calls = st["calls"]
    lines.append(f"calls: {calls['active']} active (max {calls['max']})")
    for w in st["workers"]:
        lines.append(f"  worker {w['index']}: {w['active']} active, {w['calls_total']} total, "
                     f"{w['calls_rejected']} refused" + ("" if w["reporting"] else " (no status report)"))
    engine = st["engine"]
    queue = engine.get("queue_depth")
    lines.append(f"engine: pid {engine['pid'] or '-'}, {engine.get('device') or '?'}, "
                 f"queue depth {queue if queue is not None else 'unknown (no answer)'}"
                 + (f" ({engine['batches']} batches, {engine['jobs']} jobs, "
                    f"{engine.get('redecoded') or 0} finals decoded again for looping)" if engine.get("batches") is not None
                    else "")
                 + (f", {engine['talking_calls']} of {engine['talking_capacity'] or 'unlimited'} places for "
                    f"talking calls held" if engine.get("talking_calls") is not None else "")
                 + (f" (other work on the box: {engine['outside_cores']:.1f} cores)"
                    if engine.get("outside_cores") else "")
                 + (f": SATURATED, NEW CALLS REFUSED: {engine['saturated']}" if engine.get("saturated") else ""))
    storage = st["storage"]
    free_mb = storage["free_mb"]
    free = "?" if free_mb is None else f"{free_mb / 1024:.1f} GiB" if free_mb >= 10240 else f"{free_mb:.1f} MB"
    lines.append(f"storage: {free} free under {storage['path']} "
                 f"(floor {storage['min_free_mb']} MB): " + ("ok" if storage["ok"] else
                                                             f"NEW CALLS REFUSED: {storage['reason']}"))
    lines.append(sync_line(sync))
    return "\n".join(lines)


def sync_line(sync: dict) -> str:
    if not sync["enabled"]:
        return "sync: off"
    if "error" in sync:
        return f"sync: {sync['error']}"
    line = (f"sync: {sync['events_waiting']} event(s) in {sync['batches_waiting']} batch(es) waiting"
            f"{' (one sent, not yet acknowledged)' if sync['pending_batch'] else ''}; "
            f"last ok {sync['last_ok'] or 'never'}")
    return line + (f"; last error {sync['last_error']}" if sync["last_error"] else "")


def main(cfg: Config, as_json: bool) -> int:
    if not cfg.admin.enabled:
        print("callwarden: status unknown: the admin API is off ([admin] enabled = false)")
        return EXIT_UNKNOWN
    try:
        st = fetch(cfg)
    except RuntimeError as e:
        print(f"callwarden: status unknown: {e}")
        return EXIT_UNKNOWN
    sync = sync_backlog(cfg)
    if st is None:
        where = f"http://{cfg.admin.host}:{cfg.admin.port}"
        if as_json:
            print(json.dumps({"running": False, "admin": where, "sync": sync}))
        else:
            print(f"callwarden is not running: nothing answers on its admin API ({where})")
            print(sync_line(sync))
        return EXIT_NOT_RUNNING
    if as_json:
        print(json.dumps({"running": True, **st, "sync": sync}, indent=2))
    else:
        print(render(st, sync))
    return EXIT_RUNNING
