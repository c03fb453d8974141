"""A real SIP call into a real daemon: transcribed, greeted, stored, readable."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import threading
import time
import wave

import numpy as np
import pytest

from callwarden_tools.harness import Daemon, place_calls
from callwarden_tools.render import CallerStyle
from callwarden_tools.wer import wer
from helpers import all_calls, finals_text, metric_value, run_sipp

SCRIPT = ["Hello, I would like to ask about my account balance.",
          "The last statement looked higher than usual.",
          "Can you explain the new charges to me?"]


@pytest.fixture(scope="module")
def daemon(tmp_path_factory):
    # Turns the script does not cover get no reply here: this module checks ingest, and the caller's
    # recording must hold the greeting alone (replies are tested in test_dialog).
    d = Daemon(tmp_path_factory.mktemp("call") / "state", extra=["--set", 'agent.fallback_reply=""']).start()
    yield d
    d.stop()


@pytest.fixture(scope="module")
def pjsua_call(daemon, render, tmp_path_factory):
    wav = render(SCRIPT, CallerStyle(rate_wpm=170, pitch_cents=-150, noise_snr_db=28, seed=3))
    heard = tmp_path_factory.mktemp("heard") / "heard.wav"
    before = {c.call_id for c, _ in all_calls(daemon.state_dir)} if (daemon.state_dir / "timeline.sqlite3").exists() else set()
    results = place_calls(daemon.uri, [wav], [heard], tail_s=1.5, dtmf="12#")
    calls = [(c, evs) for c, evs in all_calls(daemon.state_dir) if c.call_id not in before]
    assert len(calls) == 1, calls
    return results, calls[0][0], calls[0][1], heard


def test_caller_words_are_transcribed(pjsua_call):
    results, call, events, _ = pjsua_call
    assert results[0]["connected"]
    finals = [e for e in events if e.kind == "utterance.final"]
    assert len(finals) == len(SCRIPT), [e.body["text"] for e in finals]
    assert wer(" ".join(SCRIPT), finals_text(events)) <= 0.15, finals_text(events)
    for e in finals:
        b = e.body
        assert 0 <= b["t_start_ms"] < b["t_end_ms"] <= e.t_ms
        assert 0.0 < b["confidence"] <= 1.0
        assert b["latency_ms"] >= 0
    assert [e.body["t_start_ms"] for e in finals] == sorted(e.body["t_start_ms"] for e in finals)


def test_timeline_is_dense_and_complete(pjsua_call):
    _, call, events, _ = pjsua_call
    assert [e.seq for e in events] == list(range(len(events)))
    assert events[0].kind == "call.start" and events[-1].kind == "call.end"
    start = events[0].body
    # Privacy by default: the caller and the CRM header are keyed hashes, the trunk's host stays.
    assert start["codec"] == "PCMU" and set(start["headers"]) == {"X-Customer-Id"}
    assert re.fullmatch(r"h-[0-9a-f]{16}", start["headers"]["X-Customer-Id"]), start["headers"]
    assert re.fullmatch(r"sip:h-[0-9a-f]{16}@127\.0\.0\.1(:\d+)?", start["from"]), start["from"]
    assert call.from_uri == start["from"] and "caller@" not in call.from_uri
    assert events[-1].body["reason"] == "caller_bye"
    assert call.end_reason == "caller_bye" and call.utterances == len(SCRIPT)
    assert all(e.kind != "utterance.partial" for e in events)


def test_dtmf_events_in_order(pjsua_call):
    _, _, events, _ = pjsua_call
    keyed = [e.body for e in events if e.kind == "dtmf"]
    # Every keyed digit is stored masked (a lone key cannot be known not to start a PIN); the
    # "#" that ends an entry is no data and stays. With no context they raise no flag.
    assert [k["digit"] for k in keyed] == ["*", "*", "#"], keyed
    assert [r["entity"] for k in keyed for r in k["redactions"]] == ["dtmf", "dtmf"], keyed
    assert not [e for e in events if e.kind == "flag" and e.body["type"] in ("pci", "pii")]


def test_caller_hears_the_greeting(pjsua_call, daemon):
    _, _, events, heard = pjsua_call
    starts = [e for e in events if e.kind == "tts.start"]
    ends = [e for e in events if e.kind == "tts.end"]
    assert len(starts) == 1 and len(ends) == 1
    assert "automated assistant" in starts[0].body["text"]
    assert ends[0].body["interrupted"] is False
    spoken_ms = ends[0].t_ms - starts[0].t_ms
    assert 3000 < spoken_ms < 15000
    with wave.open(str(heard)) as w:
        rate = w.getframerate()
        x = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768
    first = x[int(0.5 * rate): int(3.0 * rate)]   # the greeting plays from the answer on
    level = 20 * np.log10(np.sqrt(np.mean(first ** 2)) + 1e-9)
    assert level > -35, f"greeting not heard: {level:.1f} dBFS"
    late = x[int((spoken_ms / 1000 + 1.0) * rate):]  # after the greeting: nothing more is played
    assert len(late) == 0 or 20 * np.log10(np.sqrt(np.mean(late ** 2)) + 1e-9) < -50


def test_admin_endpoints_reflect_the_call(pjsua_call, daemon):
    _, _, events, _ = pjsua_call
    status, health = daemon.health()
    assert status == 200 and health["ok"] and health["asr_device"] in ("cpu", "cuda")
    assert any(s.startswith("udp:") for s in health["sip"]) and any(s.startswith("tcp:") for s in health["sip"])
    metrics = daemon.get("/metrics")
    assert metric_value(metrics, "callwarden_calls_total") >= 1
    assert metric_value(metrics, "callwarden_utterances_total") >= len(SCRIPT)
    assert metric_value(metrics, "callwarden_final_latency_seconds_count") >= len(SCRIPT)
    # The script's pauses outlast the endpoint: every final was decoded from the first silence on.
    assert metric_value(metrics, "callwarden_speculative_finals_total") >= len(SCRIPT) - 1
    # ... and each final says so, with where its latency went (bench sipload reads it for the tail)
    timings = [(e.body["latency_ms"], e.body["timing"]) for e in events if e.kind == "utterance.final"]
    assert sum(1 for _, t in timings if t["speculative"]) >= len(SCRIPT) - 1
    assert all(t["started_ms"] <= t["ready_ms"] <= latency and t["voice_ms"] <= latency and t["decode_ms"] > 0
               for latency, t in timings), timings
    assert metric_value(metrics, "callwarden_calls_active") == 0
    assert metric_value(metrics, "callwarden_build_info") == 1
    assert json.loads(daemon.get("/calls")) == []


def test_cli_reads_the_timeline(pjsua_call, daemon):
    _, call, events, _ = pjsua_call
    base = [sys.executable, "-m", "callwarden.cli"]
    listing = subprocess.run(base + ["calls", "--state-dir", str(daemon.state_dir)],
                             capture_output=True, text=True, check=True).stdout
    assert call.call_id in listing and "caller_bye" in listing
    out = subprocess.run(base + ["timeline", call.call_id[:8], "--json", "--state-dir", str(daemon.state_dir)],
                         capture_output=True, text=True, check=True).stdout
    lines = [json.loads(line) for line in out.splitlines()]
    assert [(d["seq"], d["kind"]) for d in lines] == [(e.seq, e.kind) for e in events]
    human = subprocess.run(base + ["timeline", call.call_id, "--state-dir", str(daemon.state_dir)],
                           capture_output=True, text=True, check=True).stdout
    assert "utterance.final" in human and "ended: caller_bye" in human


def test_call_over_tcp(daemon, render, tmp_path):
    sentences = ["I need to change the address on my order."]
    wav = render(sentences, CallerStyle(rate_wpm=150, seed=7), lead_in_ms=600, pause_ms=1000)
    before = {c.call_id for c, _ in all_calls(daemon.state_dir)}
    r = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav, play_ms=4500, transport="t1", work_dir=tmp_path)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    new = [(c, evs) for c, evs in all_calls(daemon.state_dir) if c.call_id not in before]
    assert len(new) == 1
    call, events = new[0]
    assert events[0].body["headers"]["X-Customer-Id"].startswith("h-")      # never "sipp-1" in clear
    assert wer(" ".join(sentences), finals_text(events)) <= 0.15, finals_text(events)


def test_pcma_call(daemon, render, tmp_path):
    sentences = ["My parcel was delivered to the neighbour instead."]
    wav = render(sentences, CallerStyle(rate_wpm=160, pitch_cents=150, seed=8), lead_in_ms=600, pause_ms=1000)
    before = {c.call_id for c, _ in all_calls(daemon.state_dir)}
    r = run_sipp("uac_pcma.xml", daemon.sip_port, audio=wav, play_ms=4500, work_dir=tmp_path)
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    (call, events), = [(c, e) for c, e in all_calls(daemon.state_dir) if c.call_id not in before]
    assert events[0].body["codec"] == "PCMA"
    assert next(e for e in events if e.kind == "call.answer").body["codec"] == "PCMA"
    assert wer(" ".join(sentences), finals_text(events)) <= 0.15, finals_text(events)


def test_timeline_follow_streams_until_the_call_ends(daemon, render, tmp_path):
    sentences = ["I would like to know if my claim was approved.", "It was filed two weeks ago."]
    wav = render(sentences, CallerStyle(rate_wpm=165, seed=9), lead_in_ms=600, pause_ms=1200)
    before = {c.call_id for c, _ in all_calls(daemon.state_dir)}
    result: dict = {}
    thread = threading.Thread(target=lambda: result.update(r=run_sipp(
        "uac_speech.xml", daemon.sip_port, audio=wav, play_ms=7500, work_dir=tmp_path)))
    thread.start()
    try:
        new: list = []
        deadline = time.monotonic() + 20
        while not new and time.monotonic() < deadline:
            time.sleep(0.1)
            new = [c for c, _ in all_calls(daemon.state_dir) if c.call_id not in before]
        assert new, "the call never started"
        follow = subprocess.run([sys.executable, "-m", "callwarden.cli", "timeline", new[0].call_id, "--follow",
                                 "--state-dir", str(daemon.state_dir)], capture_output=True, text=True, timeout=60)
    finally:
        thread.join(60)
    assert result["r"].returncode == 0
    assert follow.returncode == 0                     # --follow returned on its own at call end
    lines = follow.stdout.splitlines()
    assert "call.start" in lines[0] and "ended: caller_bye" in lines[-1]
    assert sum("utterance.final" in line for line in lines) == 2
