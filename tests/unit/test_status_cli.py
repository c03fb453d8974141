"""`callwarden status` pieces that need no daemon: the sync backlog read from the state dir, the text."""

from __future__ import annotations

from callwarden import events as ev
from callwarden.config import from_dict
from callwarden.events import CallClock
from callwarden.status import render, sync_backlog
from callwarden.timeline import TimelineStore


def test_sync_backlog_counts_events_and_batches_waiting(tmp_path):
    cfg = from_dict({"daemon": {"state_dir": str(tmp_path)},
                     "sync": {"enabled": True, "url": "https://receiver.example", "batch_max_events": 2}})
    store = TimelineStore(tmp_path, outbox=True)
    clock = CallClock()
    store.append(clock.event(ev.CALL_START, "system", {"from": "sip:a@x", "to": "sip:b@y"}))
    for i in range(2):
        store.append(clock.event(ev.UTTERANCE_FINAL, "caller", {"text": f"turn {i}"}))
    store.close()
    backlog = sync_backlog(cfg)
    assert backlog["events_waiting"] == 3 and backlog["batches_waiting"] == 2
    assert backlog["pending_batch"] is False and backlog["last_ok"] is None
    assert sync_backlog(from_dict({"daemon": {"state_dir": str(tmp_path)}})) == {"enabled": False}


def test_text_names_a_down_engine_and_refused_calls():
    st = {"pid": 10, "uptime_s": 3725, "phase": "running", "healthy": False, "front": "none",
          "sip": ["udp:127.0.0.1:5060"],
          "processes": [{"name": "master", "pid": 10, "up": True, "restarts": 0},
                        {"name": "ASR engine", "pid": None, "up": False, "restarts": 2}],
          "workers": [{"index": 0, "pid": 10, "up": True, "ready": True, "reporting": True, "active": 2,
                       "calls_total": 9, "calls_rejected": 1}],
          "calls": {"active": 2, "max": 4}, "engine": {"up": False, "pid": None, "device": "cpu", "queue_depth": None},
          "storage": {"ok": False, "path": "/var/lib/callwarden", "free_mb": 12.5, "min_free_mb": 256,
                      "reason": "12.5 MB free, under [storage] min_free_mb = 256"}}
    text = render(st, {"enabled": False})
    assert "up 1h 2m 5s" in text and "NOT healthy" in text
    assert "ASR engine  pid -       DOWN  restarts 2" in text
    assert "worker 0: 2 active, 9 total, 1 refused" in text
    assert "queue depth unknown" in text and "NEW CALLS REFUSED" in text and "sync: off" in text
