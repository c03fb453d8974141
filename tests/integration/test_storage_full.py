"""A full state dir, on a real small filesystem (tmpfs): new calls get 503, what was written stays,
and calls are taken again once there is room, without a restart."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request

import pytest

from callwarden_tools.harness import Daemon, place_calls
from callwarden_tools.wer import wer
from helpers import all_calls, finals_text, run_sipp

FS_MB = 48
FLOOR_MB = 8
REFUSED_LINE = "new calls refused with 503"


@pytest.fixture
def small_fs(tmp_path):
    mnt = tmp_path / "small"
    mnt.mkdir()
    out = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={FS_MB}m,mode=0755", "tmpfs", str(mnt)],
                         capture_output=True, text=True)
    if out.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here (needs root): {out.stderr.strip()}")
    yield mnt
    subprocess.run(["umount", "-l", str(mnt)], capture_output=True)


def free_bytes(path) -> int:
    st = os.statvfs(path)
    return st.f_bavail * st.f_frsize


def fill(path, leave_bytes: int = 0) -> None:
    """Writes filler until `leave_bytes` are free, or until the filesystem refuses (ENOSPC)."""
    chunk = b"\0" * (1 << 20)
    with open(path, "ab") as f:
        try:
            while True:
                room = free_bytes(path.parent) - leave_bytes
                if leave_bytes and room <= 0:
                    break
                f.write(chunk[:max(4096, min(len(chunk), room))] if leave_bytes else chunk)
                f.flush()
        except OSError as e:
            assert e.errno == 28, e      # ENOSPC


def healthz(daemon: Daemon) -> tuple[int, dict]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{daemon.admin_port}/healthz", timeout=5) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def in_background(fn, *args, **kwargs):
    box = {}
    thread = threading.Thread(target=lambda: box.setdefault("result", fn(*args, **kwargs)))
    thread.start()
    return thread, box


def test_full_state_dir_refuses_new_calls_keeps_data_and_recovers(small_fs, render, tmp_path):
    first = ["I am calling about the broken street light.", "It is on the corner of Elm Street."]
    wav1 = render(first, pause_ms=1500, lead_in_ms=600)
    wav3 = render(["I need to change the address on my order."], lead_in_ms=600, pause_ms=1000)
    daemon = Daemon(small_fs / "state", extra=["--set", f"storage.min_free_mb={FLOOR_MB}"],
                    log_path=tmp_path / "daemon.log")
    daemon.start()
    try:
        # Call 1 is up and has a final stored when the disk runs short.
        call1, box1 = in_background(run_sipp, "uac_speech.xml", daemon.sip_port, audio=wav1, play_ms=9000,
                                    work_dir=tmp_path, timeout_s=60)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            calls = all_calls(daemon.state_dir)
            if calls and finals_text(calls[-1][1]):
                break
            time.sleep(0.2)
        else:
            pytest.fail(f"no final from call 1:\n{daemon.log_tail()}")

        # Below the floor, not yet at zero: new INVITEs are refused, the call that is up goes on.
        fill(small_fs / "filler-1", leave_bytes=(FLOOR_MB // 2) << 20)
        refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=10)
        assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:] + daemon.log_tail()
        status, health = healthz(daemon)
        assert status == 503 and health["storage"]["ok"] is False, health
        assert "min_free_mb" in health["storage"]["reason"]
        call1.join(90)
        assert box1["result"].returncode == 0, box1["result"].stdout[-1500:] + daemon.log_tail()
        (c1, events1), = all_calls(daemon.state_dir)
        assert c1.end_reason == "caller_bye", daemon.log_tail()
        text1 = finals_text(events1)
        assert wer(" ".join(first), text1) <= 0.25, text1

        # Completely full (writes fail with ENOSPC): still 503, and nothing stored is damaged.
        fill(small_fs / "filler-2")
        assert free_bytes(small_fs) < 64 * 1024
        refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=10)
        assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:] + daemon.log_tail()
        assert [(c.call_id, ev) for c, ev in all_calls(daemon.state_dir)] == [(c1.call_id, events1)]
        assert daemon.proc.poll() is None, daemon.log_tail()
        log_text = daemon.log_path.read_text()
        assert log_text.count(REFUSED_LINE) == 1, log_text[-3000:]
        assert log_text.count("refused with 503") >= 3      # one per refused INVITE besides the state line

        # Room again: calls are taken without a restart.
        (small_fs / "filler-1").unlink()
        (small_fs / "filler-2").unlink()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and healthz(daemon)[0] != 200:
            time.sleep(0.2)
        assert healthz(daemon)[0] == 200, daemon.log_tail()
        answered = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav3, play_ms=4500, work_dir=tmp_path)
        assert answered.returncode == 0, answered.stdout[-1500:] + daemon.log_tail()
        calls = all_calls(daemon.state_dir)
        assert len(calls) == 2 and calls[0][1] == events1
        c3, events3 = calls[1]
        assert c3.end_reason == "caller_bye"
        assert "address" in finals_text(events3).lower(), finals_text(events3)
        assert "has room again" in daemon.log_path.read_text()
        assert daemon.log_path.read_text().count(REFUSED_LINE) == 1
    finally:
        daemon.stop()


@pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("kamcmd") is None,
                    reason="kamailio is not installed (scripts/setup installs it)")
def test_behind_the_front_a_full_state_dir_gets_503_and_recovers(small_fs, render, tmp_path):
    speech = render(["I need to change the address on my order."], lead_in_ms=600, pause_ms=1000)
    daemon = Daemon(small_fs / "state", log_path=tmp_path / "daemon.log",
                    extra=["--set", f"storage.min_free_mb={FLOOR_MB}", "--set", 'sip.front="kamailio"',
                           "--set", "sip.max_calls=8"])
    daemon.start()
    try:
        fill(small_fs / "filler")
        # Every worker says 503; the front then answers 503 with Retry-After itself.
        refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=10)
        assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:] + daemon.log_tail()
        status, health = healthz(daemon)
        assert status == 503 and health["storage"]["ok"] is False, health
        assert all_calls(daemon.state_dir) == []
        assert daemon.log_path.read_text().count(REFUSED_LINE) == 1, daemon.log_tail()
        (small_fs / "filler").unlink()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and healthz(daemon)[0] != 200:
            time.sleep(0.2)
        # The pjsua2 caller: sipp's uac_speech.xml sends its BYE without the front's Route set.
        results = place_calls(daemon.uri, [speech], tail_s=1.0)
        assert [r["connected"] for r in results] == [True], results + [daemon.log_tail()]
        (call, events), = all_calls(daemon.state_dir)
        assert call.end_reason == "caller_bye" and "address" in finals_text(events).lower()
    finally:
        daemon.stop()


def test_a_call_whose_events_no_longer_fit_is_ended_and_closed_once_there_is_room(small_fs, render, tmp_path):
    # No floor: only the failed write tells. The call is hung up, not carried on unrecorded.
    wav1 = render(["I am calling about the broken street light.", "It is on the corner of Elm Street.",
                   "It has been dark for a week now."], pause_ms=1500, lead_in_ms=600)
    wav2 = render(["I need to change the address on my order."], lead_in_ms=600, pause_ms=1000)
    daemon = Daemon(small_fs / "state", extra=["--set", "storage.min_free_mb=0"], log_path=tmp_path / "daemon.log")
    daemon.start()
    try:
        call1, _ = in_background(run_sipp, "uac_speech.xml", daemon.sip_port, audio=wav1, play_ms=14000,
                                 work_dir=tmp_path, timeout_s=60)
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and not (all_calls(daemon.state_dir)
                                                   and finals_text(all_calls(daemon.state_dir)[-1][1])):
            time.sleep(0.2)
        fill(small_fs / "filler")
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline and "ending the call" not in daemon.log_path.read_text():
            time.sleep(0.2)
        assert "ending the call" in daemon.log_path.read_text(), daemon.log_tail()
        call1.join(60)          # sipp got the daemon's BYE mid-scenario: its result is not the point
        (c1, stored), = all_calls(daemon.state_dir)
        first_final = next(e.body["text"] for e in stored if e.kind == "utterance.final")
        assert c1.ended is None and wer("I am calling about the broken street light.", first_final) <= 0.25, stored
        assert [e.seq for e in stored] == list(range(len(stored)))
        refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=10)
        assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:] + daemon.log_tail()
        assert healthz(daemon)[1]["storage"]["reason"].endswith(")") and "writes fail" in healthz(daemon)[1][
            "storage"]["reason"]

        (small_fs / "filler").unlink()
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline and healthz(daemon)[0] != 200:
            time.sleep(0.2)
        assert healthz(daemon)[0] == 200, daemon.log_tail()
        answered = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav2, play_ms=4500, work_dir=tmp_path)
        assert answered.returncode == 0, answered.stdout[-1500:] + daemon.log_tail()
        (c1, events1), (c2, events2) = all_calls(daemon.state_dir)
        assert events1[:len(stored)] == stored and events1[-1].kind == "call.end"
        assert c1.end_reason == "storage_full" and [e.seq for e in events1] == list(range(len(events1)))
        assert c2.end_reason == "caller_bye" and "address" in finals_text(events2).lower()
        assert daemon.log_path.read_text().count(REFUSED_LINE) == 1, daemon.log_tail()
    finally:
        daemon.stop()
