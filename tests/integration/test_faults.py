"""Bad input loses nothing: unsupported codecs, malformed SIP, dead RTP, overlong calls, a killed daemon."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time

import pytest

from callwarden_tools.harness import Daemon, caller_results, place_calls
from callwarden.redact.redactor import CallRedactor
from callwarden.timeline import TimelineStore
from callwarden_tools.render import CallerStyle
from callwarden_tools.wer import wer
from helpers import all_calls, finals_text, metric_value, run_sipp

SENTENCE = ["Please send me a copy of the contract by mail."]

MALFORMED = [
    b"\x00\x01\x02garbage that is not SIP at all\r\n\r\n",
    b"INVITE sip:bot@127.0.0.1 SIP/2.0\r\n\r\n",                       # no Via, From, To, Call-ID, CSeq
    b"INVITE sip:bot@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bKx\r\n"
    b"From: <sip:a@b>;tag=1\r\nTo: <sip:bot@127.0.0.1>\r\nCall-ID: bad1\r\nCSeq: notanumber INVITE\r\n"
    b"Content-Length: 9999\r\n\r\nv=0\r\n",                            # bad CSeq, lying Content-Length
    b"OPTIONS sip:bot@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bKy\r\n"
    b"From: <sip:a@b>;tag=2\r\nTo: <sip:bot@127.0.0.1>\r\nCall-ID: bad2\r\nCSeq: 1 OPTIONS\r\n"
    b"Content-Type: application/sdp\r\nContent-Length: 3\r\n\r\n\xff\xfe\xfd",  # binary body
    b"SIP/2.0 200 OK\r\nVia: SIP/2.0/UDP 127.0.0.1:5999;branch=z9hG4bKnone\r\n\r\n",  # stray response
    b"X" * 60000,                                                        # oversized datagram
]


@pytest.fixture(scope="module")
def daemon(tmp_path_factory):
    d = Daemon(tmp_path_factory.mktemp("faults") / "state", extra=["--set", "sip.rtp_timeout_s=2"]).start()
    yield d
    d.stop()


@pytest.fixture(scope="module")
def speech(render):
    return render(SENTENCE, CallerStyle(rate_wpm=165, noise_snr_db=30, seed=11), lead_in_ms=500, pause_ms=900)


def new_calls(daemon: Daemon, before: set) -> list:
    return [(c, e) for c, e in all_calls(daemon.state_dir) if c.call_id not in before]


def ids(daemon: Daemon) -> set:
    path = daemon.state_dir / "timeline.sqlite3"
    return {c.call_id for c, _ in all_calls(daemon.state_dir)} if path.exists() else set()


def assert_good_call(daemon: Daemon, speech, tmp_path) -> None:
    before = ids(daemon)
    r = run_sipp("uac_speech.xml", daemon.sip_port, audio=speech, play_ms=5000, work_dir=tmp_path)
    assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]
    (call, events), = new_calls(daemon, before)
    assert wer(SENTENCE[0], finals_text(events)) <= 0.15, finals_text(events)
    assert call.end_reason == "caller_bye"


def test_unsupported_codec_gets_488_and_next_call_works(daemon, speech, tmp_path):
    before = ids(daemon)
    r = run_sipp("uac_g729_only.xml", daemon.sip_port, work_dir=tmp_path)
    assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]
    assert new_calls(daemon, before) == []        # refused INVITEs open no timeline
    assert metric_value(daemon.get("/metrics"), "callwarden_calls_refused_total", code="488", reason="codec") == 1
    assert_good_call(daemon, speech, tmp_path)


def test_malformed_sip_does_not_crash(daemon, speech, tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as udp:
        for msg in MALFORMED:
            udp.sendto(msg, ("127.0.0.1", daemon.sip_port))
    for msg in MALFORMED[:3]:
        with socket.create_connection(("127.0.0.1", daemon.sip_port), timeout=5) as tcp:
            tcp.sendall(msg)
            time.sleep(0.1)
    time.sleep(1.0)
    assert daemon.proc.poll() is None
    assert daemon.health()[0] == 200
    assert_good_call(daemon, speech, tmp_path)


def test_rtp_stopping_ends_the_call_at_the_timeout(daemon, speech, tmp_path):
    before = ids(daemon)
    r = run_sipp("uac_rtp_stops.xml", daemon.sip_port, audio=speech, work_dir=tmp_path, timeout_s=40)
    assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]  # sipp got the appliance's BYE
    (call, events), = new_calls(daemon, before)
    assert call.end_reason == "rtp_timeout"
    end = events[-1]
    assert end.kind == "call.end" and end.body["reason"] == "rtp_timeout"
    last_audio_ms = max(e.body["t_end_ms"] for e in events if e.kind == "utterance.final")
    assert 2000 <= end.t_ms - last_audio_ms <= 8000       # about rtp_timeout_s after the audio stopped
    assert wer(SENTENCE[0], finals_text(events)) <= 0.15


def test_max_call_duration_ends_the_call(daemon_factory, render, tmp_path):
    daemon = daemon_factory("--set", "sip.max_call_duration_s=6")
    long_wav = render(SENTENCE * 3, CallerStyle(seed=12), pause_ms=1500)   # ~12 s of caller audio
    results = place_calls(daemon.uri, [long_wav], tail_s=1.0, timeout_s=60)
    assert results[0]["connected"]
    (call, events), = all_calls(daemon.state_dir)
    assert call.end_reason == "max_duration"
    assert 6000 <= events[-1].t_ms <= 9000
    assert finals_text(events)                    # what was said before the cut is kept
    assert [e.seq for e in events] == list(range(len(events)))


def children_of(pid: int) -> list[int]:
    out = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout
    return [int(p) for p in out.split()]


def running(pid: int) -> bool:
    """Alive and not a zombie (an unreaped zombie holds no memory or socket)."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_kill_9_mid_call_then_restart(daemon_factory, render, tmp_path):
    sentences = ["I am calling to report a broken street light.", "It is on the corner of Elm Street.",
                 "It has been dark for a week.", "Thank you for looking into it."]
    # Said twice: the call runs about 35 s, so it is surely still up when two finals are stored
    # (under a loaded CI box finals lag by seconds, and the short call had ended before the kill).
    wav = render(sentences * 2, CallerStyle(seed=13), pause_ms=1300)
    state = tmp_path / "killed"
    daemon = daemon_factory(state_dir=state)
    caller = place_calls(daemon.uri, [wav], tail_s=2.0, background=True, timeout_s=90)
    deadline = time.monotonic() + 60
    finals_before = []
    while time.monotonic() < deadline and len(finals_before) < 2:
        time.sleep(0.2)
        (call, events), = all_calls(state) or [(None, [])]
        finals_before = [e for e in events if e.kind == "utterance.final"]
    assert len(finals_before) >= 2
    engine_pids = children_of(daemon.proc.pid)
    assert engine_pids, "the daemon runs its ASR engine as a child"
    daemon.kill()
    caller.kill()
    caller.communicate()
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline and any(map(running, engine_pids)):
        time.sleep(0.1)
    assert not any(map(running, engine_pids)), "the engine outlived its master"
    (call, events), = all_calls(state)
    assert call.ended is None                       # the crash left it open ...
    restarted = daemon_factory(state_dir=state)     # ... and the next start closes it
    (call, after), = all_calls(state)
    assert call.end_reason == "daemon_lost"
    assert after[: len(events)] == events           # everything written before the kill is intact
    assert after[-1].kind == "call.end" and after[-1].seq == len(events)
    assert [e.seq for e in after] == list(range(len(after)))
    # against the sentences as the redactor stores them: "Elm Street" is "[ADDRESS]" on both sides, so the
    # bound measures what was heard, not the mask (two of 17 words, which left no room for one ASR slip)
    redactor = CallRedactor()
    stored = " ".join(redactor.redact(s, 0, 1000).text for s in sentences[:2])
    assert "[ADDRESS]" in stored
    assert wer(stored, " ".join(e.body["text"] for e in finals_before[:2])) <= 0.2
    assert restarted.health()[0] == 200


def test_sip_port_in_use_is_a_clear_error(tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:
        taken.bind(("127.0.0.1", 0))
        port = taken.getsockname()[1]
        out = subprocess.run([sys.executable, "-m", "callwarden.cli", "run", "--state-dir", str(tmp_path),
                              "--set", f"sip.port={port}", "--set", "admin.enabled=false",
                              "--set", "tts.enabled=false"],
                             capture_output=True, text=True, timeout=120)
    assert out.returncode == 1
    assert f"cannot bind SIP UDP 127.0.0.1:{port}" in out.stderr
    assert "Traceback" not in out.stderr


def test_cancel_while_ringing_then_a_call_rings_and_is_answered(daemon_factory, speech, tmp_path):
    daemon = daemon_factory("--set", "sip.answer_after_ms=3000")
    r = run_sipp("uac_cancel.xml", daemon.sip_port, work_dir=tmp_path)
    assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]
    deadline = time.monotonic() + 10
    calls = []
    while time.monotonic() < deadline and not (calls and calls[0][0].ended):
        time.sleep(0.1)
        calls = all_calls(daemon.state_dir)
    (call, events), = calls
    assert [e.kind for e in events] == ["call.start", "call.end"]   # never answered, nothing played
    assert call.end_reason == "caller_cancel"

    r = run_sipp("uac_speech.xml", daemon.sip_port, audio=speech, play_ms=5000, work_dir=tmp_path)
    assert r.returncode == 0, r.stdout[-1500:] + r.stderr[-1500:]
    (call, events), = [(c, e) for c, e in all_calls(daemon.state_dir) if c.end_reason != "caller_cancel"]
    answer = next(e for e in events if e.kind == "call.answer")
    assert 2900 <= answer.t_ms <= 4500                                # rang for answer_after_ms
    assert wer(SENTENCE[0], finals_text(events)) <= 0.15
