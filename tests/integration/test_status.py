"""`callwarden status` against a real daemon behind the Kamailio front, during a real call, and with
no daemon at all."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time

import pytest

from callwarden_tools.harness import Daemon, caller_results, free_port, place_calls

FRONT = ["--set", 'sip.front="kamailio"', "--set", "sip.max_calls=8"]


def status(state_dir, admin_port: int, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "callwarden.cli", "status", "--state-dir", str(state_dir),
                           "--set", f"admin.port={admin_port}", *extra], capture_output=True, text=True, timeout=30)


def engine_pid(daemon: Daemon) -> int:
    out = subprocess.run(["pgrep", "-P", str(daemon.proc.pid), "-f", "callwarden.engine.server"],
                         capture_output=True, text=True).stdout.split()
    assert len(out) == 1, out
    return int(out[0])


@pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("kamcmd") is None,
                    reason="kamailio is not installed (scripts/setup installs it)")
def test_status_names_processes_workers_and_the_active_call(daemon_factory, render):
    daemon = daemon_factory(*FRONT)
    speech = render(["I would like to check my order.", "It has not arrived yet."], pause_ms=1500)
    caller = place_calls(daemon.uri, [speech], tail_s=1.0, background=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and not json.loads(daemon.get("/calls")):
        time.sleep(0.1)
    out = status(daemon.state_dir, daemon.admin_port, "--json")
    text = status(daemon.state_dir, daemon.admin_port)
    caller_results(caller)
    assert out.returncode == 0 and text.returncode == 0, out.stderr + text.stderr
    st = json.loads(out.stdout)
    pid = engine_pid(daemon)
    assert st["running"] and st["pid"] == daemon.proc.pid and st["front"] == "kamailio"
    assert st["engine"]["pid"] == pid and st["engine"]["up"] and isinstance(st["engine"]["queue_depth"], int)
    names = [p["name"] for p in st["processes"]]
    assert names[:3] == ["master", "ASR engine", "Kamailio front"] and len(names) == 5, names
    assert all(p["up"] and p["pid"] for p in st["processes"]), st["processes"]
    assert len(st["workers"]) == 2 and all(w["ready"] for w in st["workers"]), st["workers"]
    assert st["calls"]["active"] == 1 and sorted(w["active"] for w in st["workers"]) == [0, 1], st["workers"]
    assert st["storage"]["ok"] and st["sync"] == {"enabled": False}
    # The same for people: the engine's pid, both workers and the call.
    assert "ASR engine" in text.stdout and f"pid {pid}" in text.stdout, text.stdout
    assert "worker 0:" in text.stdout and "worker 1:" in text.stdout, text.stdout
    assert "calls: 1 active (max 8)" in text.stdout, text.stdout
    assert "sync: off" in text.stdout


def test_status_when_the_daemon_is_not_running(tmp_path):
    port = free_port()
    out = status(tmp_path / "state", port)
    assert out.returncode == 3, out.stdout + out.stderr
    assert "callwarden is not running" in out.stdout and f"127.0.0.1:{port}" in out.stdout, out.stdout
    out = status(tmp_path / "state", port, "--json")
    assert out.returncode == 3 and json.loads(out.stdout)["running"] is False


@pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("kamcmd") is None,
                    reason="kamailio is not installed (scripts/setup installs it)")
def test_the_pool_is_sized_to_the_calls_the_engine_admits(daemon_factory):
    # 12 calls configured but 4 places in the engine: one worker, not three idle ones burning CPU.
    daemon = daemon_factory("--set", 'sip.front="kamailio"', "--set", "sip.max_calls=12",
                            "--set", "asr.max_talking_calls=4")
    out = status(daemon.state_dir, daemon.admin_port, "--json")
    text = status(daemon.state_dir, daemon.admin_port)
    assert out.returncode == 0 and text.returncode == 0, out.stderr + text.stderr
    st = json.loads(out.stdout)
    assert [w["index"] for w in st["workers"]] == [0] and st["workers"][0]["ready"], st["workers"]
    assert st["calls"]["max"] == 4 and "calls: 0 active (max 4)" in text.stdout, text.stdout
    rows = (daemon.state_dir / "front" / "dispatcher.list").read_text().split("\n")
    assert sum("worker=" in row for row in rows) == 1, rows
    assert "1 SIP worker for the 4 calls the engine admits" in daemon.log_tail(400), daemon.log_tail()
