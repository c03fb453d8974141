"""The Kamailio front over a pool of worker processes: dispatch, edge hygiene, restart, drain."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import time

import pytest

from callwarden_tools.harness import WITHOUT_ENGINE_ADMISSION, Daemon, caller_results, place_calls
from helpers import all_calls, run_sipp

pytestmark = pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("kamcmd") is None,
                                reason="kamailio is not installed (scripts/setup installs it)")

# Refusal by ASR-engine load is off here: on a loaded machine the finals of one test's burst of
# calls would have the next test's INVITEs refused.
FRONT = ["--set", 'sip.front="kamailio"', "--set", "sip.max_calls=8", "--set", "sip.drain_timeout_s=20",
         *WITHOUT_ENGINE_ADMISSION]


def statuses(daemon: Daemon) -> dict[int, dict]:
    out = {}
    for path in (daemon.state_dir / "workers").glob("*.json"):
        try:
            status = json.loads(path.read_text())
        except ValueError:
            continue
        out[status["index"]] = status
    return out


def active_calls(daemon: Daemon) -> int:
    try:
        return len(json.loads(daemon.get("/calls")))
    except OSError:
        return 0


@pytest.fixture(scope="module")
def front(tmp_path_factory):
    daemon = Daemon(tmp_path_factory.mktemp("front") / "state", extra=FRONT).start()
    yield daemon
    daemon.stop()


@pytest.fixture(scope="module")
def speech(render):
    return render(["Hello, my internet connection keeps dropping every evening."], lead_in_ms=500)


def test_six_calls_spread_over_two_workers(front, speech):
    # One pjsua2 caller process holds 4 calls at most: two callers, three calls each.
    callers = [place_calls(front.uri, [speech] * 3, tail_s=2.0, background=True) for _ in range(2)]
    deadline = time.monotonic() + 30
    peak = 0
    while time.monotonic() < deadline and peak < 6:
        peak = max(peak, active_calls(front))
        time.sleep(0.1)
    results = [r for c in callers for r in caller_results(c)]
    assert [r["connected"] for r in results] == [True] * 6, results
    assert peak == 6, "all six calls were up at once"
    per_worker = {i: s["calls_total"] for i, s in statuses(front).items()}
    assert sorted(per_worker) == [0, 1] and all(n >= 2 for n in per_worker.values()), per_worker


def test_past_capacity_an_invite_gets_503_with_retry_after(front, speech, tmp_path):
    # Both workers full (4 + 4): each answers 486, the front tries the next, then says 503 itself.
    # The callers hold their calls until the refusal has been checked, so all eight are up at once
    # however long a loaded box takes to set up the last one.
    release = tmp_path / "release"
    callers = [place_calls(front.uri, [speech] * 4, tail_s=0.5, background=True, hold_until=release)
               for _ in range(2)]
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and active_calls(front) < 8:
            time.sleep(0.1)
        assert active_calls(front) == 8, front.log_tail()
        refused = run_sipp("uac_unavailable.xml", front.sip_port, work_dir=tmp_path, timeout_s=10)
    finally:
        release.touch()
    results = [r for c in callers for r in caller_results(c)]
    assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:]
    assert [r["connected"] for r in results] == [True] * 8, results


def test_a_killed_worker_is_restarted_and_calls_go_on(front, speech, render):
    # Worker 0 dies during a call: the call is closed with reason worker_lost, what it wrote stays.
    long_speech = render(["I would like to check my order.", "It has not arrived yet."], pause_ms=1500)
    before = {c.call_id for c, _ in all_calls(front.state_dir)}
    callers = [place_calls(front.uri, [long_speech], tail_s=1.0, background=True) for _ in range(2)]
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and active_calls(front) < 2:
        time.sleep(0.1)
    assert statuses(front)[0]["active"] == 1
    victim = statuses(front)[0]["pid"]
    os.kill(victim, signal.SIGKILL)
    for caller in callers:
        caller_results(caller)
    new = [c for c, _ in all_calls(front.state_dir) if c.call_id not in before]
    assert sorted(c.end_reason for c in new) == ["caller_bye", "worker_lost"], front.log_tail()
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        status = statuses(front).get(0, {})
        if status.get("pid") not in (None, victim) and status.get("ready"):
            break
        time.sleep(0.2)
    else:
        pytest.fail(f"worker 0 was not restarted:\n{front.log_tail()}")
    time.sleep(1.0)     # the master's supervisor logs the restart right after the new status appears
    assert "SIP worker 0" in front.log_tail(200) and "restarting" in front.log_tail(200)
    # Two calls: round-robin puts one on each worker, the restarted one included.
    results = place_calls(front.uri, [speech] * 2, tail_s=1.0)
    assert [r["connected"] for r in results] == [True, True], results
    assert front.health()[0] == 200


def kamailio_pids(daemon: Daemon) -> set[int]:
    """Kamailio's main process: the child of the reaper (callwarden.runtime.reaper) the master runs it under."""
    reapers = subprocess.run(["pgrep", "-P", str(daemon.proc.pid), "-f", "callwarden.runtime.reaper"],
                             capture_output=True, text=True).stdout.split()
    if not reapers:
        return set()
    out = subprocess.run(["pgrep", "-x", "-P", ",".join(reapers), "kamailio"], capture_output=True, text=True)
    return {int(pid) for pid in out.stdout.split()}


def test_a_killed_kamailio_is_restarted(front, speech):
    [victim] = kamailio_pids(front)
    os.kill(victim, signal.SIGKILL)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and kamailio_pids(front) in (set(), {victim}):
        time.sleep(0.2)
    assert kamailio_pids(front) - {victim}, front.log_tail()
    time.sleep(1.5)     # listening a moment after the fork
    results = place_calls(front.uri, [speech], tail_s=1.0)
    assert [r["connected"] for r in results] == [True], results + [front.log_tail()]


def test_sigterm_drains_new_invites_get_503_and_the_call_finishes(daemon_factory, render, tmp_path):
    daemon = daemon_factory(*FRONT)
    long_speech = render(["I am calling about my bill.", "It was higher than last month."], pause_ms=1500)
    caller = place_calls(daemon.uri, [long_speech], tail_s=1.0, background=True)
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline and active_calls(daemon) < 1:
        time.sleep(0.1)
    assert active_calls(daemon) == 1
    daemon.proc.send_signal(signal.SIGTERM)
    time.sleep(1.0)
    refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=10)
    assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:]
    assert caller_results(caller)[0]["connected"]
    assert daemon.proc.wait(40) == 0, daemon.log_tail()
    calls = all_calls(daemon.state_dir)
    assert [c.end_reason for c, _ in calls] == ["caller_bye"], daemon.log_tail()



def test_workers_get_their_config_from_a_private_file_not_the_command_line(front):
    # A command line is readable by every local user (ps); the config carries the webhook token.
    for index, status in statuses(front).items():
        argv = open(f"/proc/{status['pid']}/cmdline", "rb").read().split(b"\0")
        value = argv[argv.index(b"--config-json") + 1].decode()
        assert value.startswith("@") and "{" not in value, value
        assert os.stat(value[1:]).st_mode & 0o777 == 0o600


def test_fill_gives_each_call_to_the_first_worker_with_room(daemon_factory, speech, tmp_path):
    daemon = daemon_factory(*FRONT, "--set", 'sip.dispatch="fill"')
    release = tmp_path / "release"
    first = place_calls(daemon.uri, [speech] * 4, tail_s=0.5, background=True, hold_until=release)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and active_calls(daemon) < 4:
            time.sleep(0.1)
        assert active_calls(daemon) == 4, daemon.log_tail()
        # Worker 0 is full: it answers 486 and the front offers the fifth call to worker 1.
        fifth = place_calls(daemon.uri, [speech], tail_s=0.5)
    finally:
        release.touch()
    results = caller_results(first) + fifth
    assert [r["connected"] for r in results] == [True] * 5, results
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        per_worker = {i: s["calls_total"] for i, s in statuses(daemon).items()}
        if sum(per_worker.values()) == 5:
            break
        time.sleep(0.5)
    assert per_worker == {0: 4, 1: 1}, per_worker
