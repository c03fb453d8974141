"""The ASR engine as its own process: garbage on its socket, shedding, and a crash mid-call that
the call rides out (the master restarts the engine, the worker reconnects, the finals arrive)."""

from __future__ import annotations

import asyncio
import json
import os
import signal
import socket
import struct
import subprocess
import sys
import time

import numpy as np
import pytest

from callwarden.runtime.status_report import engine_stats
from callwarden.engine.client import EngineClient
from callwarden_tools.bench.main import render_utterances
from callwarden_tools.bench.corpus import SENTENCES
from callwarden_tools.harness import caller_results, place_calls
from callwarden_tools.render import CallerStyle
from callwarden_tools.wer import wer
from helpers import all_calls, finals_text, metric_value

SCRIPT = ["My kitchen faucet is leaking under the sink.", "The plumber never arrived yesterday.",
          "Can somebody come over this afternoon?", "I will be at home until six."]


def start_engine(state, asr: dict):
    sock = state / "e.sock"
    cfg = {"daemon": {"state_dir": str(state)}, "asr": {"max_partials_queued": 0, **asr}, "tts": {"enabled": False}}
    proc = subprocess.Popen([sys.executable, "-m", "callwarden.engine.server", "--socket", str(sock),
                             "--config-json", json.dumps(cfg)], stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 180
    while not sock.exists() and time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
    assert sock.exists(), proc.stderr.read() if proc.poll() is not None else "engine did not start"
    return sock, proc


@pytest.fixture(scope="module")
def engine(tmp_path_factory):
    sock, proc = start_engine(tmp_path_factory.mktemp("engine"), {})
    yield sock, proc
    proc.terminate()
    proc.wait(10)


def speech(render, text) -> np.ndarray:
    import wave
    import callwarden_native as native
    with wave.open(str(render([text], CallerStyle(seed=5), lead_in_ms=200, pause_ms=300))) as w:
        pcm = np.frombuffer(w.readframes(w.getnframes()), "<i2").astype(np.float32) / 32768
    return native.resample(pcm, 8000, 16000).astype(np.float32)


async def ask(sock, audio, kind="final"):
    client = EngineClient(sock)
    stopping = asyncio.Event()
    task = asyncio.ensure_future(client.run(stopping))
    await asyncio.wait_for(client.connected.wait(), 30)
    try:
        return client.info, await client.transcribe(audio, kind, "call-x")
    finally:
        stopping.set()
        await task


def test_engine_transcribes_and_says_hello(engine, render):
    sock, _ = engine
    info, transcript = asyncio.run(ask(sock, speech(render, SCRIPT[0])))
    assert info["kind"] == "hello" and info["device"] in ("cpu", "cuda") and not info["tts"]
    assert wer(SCRIPT[0], transcript.text) <= 0.15, transcript.text
    assert transcript.batch >= 1 and transcript.queue_ms >= 0


def test_garbage_on_the_socket_closes_that_connection_only(engine, render):
    sock, proc = engine
    for junk in (b"\xff\xff\xff\xff", struct.pack(">I", 5) + b"\xc1\xc1\xc1\xc1\xc1", b"GET / HTTP/1.0\r\n\r\n"):
        s = socket.socket(socket.AF_UNIX)
        s.connect(str(sock))
        s.settimeout(10)
        s.recv(4096)                       # the hello
        s.sendall(junk)
        time.sleep(0.2)
        s.close()
    assert proc.poll() is None
    _, transcript = asyncio.run(ask(sock, speech(render, SCRIPT[1])))
    assert wer(SCRIPT[1], transcript.text) <= 0.2, transcript.text


def test_a_card_number_is_decoded_once(engine):
    card = next(i for i, s in enumerate(SENTENCES) if s.startswith("The card number is"))
    text, audio = render_utterances([card])[0]
    sock, _ = engine
    before = asyncio.run(engine_stats(sock))["redecoded"]
    _, transcript = asyncio.run(ask(sock, audio))
    assert not transcript.redecoded and wer(text, transcript.text) <= 0.3, transcript.text
    assert asyncio.run(engine_stats(sock))["redecoded"] == before


def test_a_looping_final_is_decoded_again_off_the_batch_thread_and_counted(tmp_path):
    """The old shortest window without the n-gram block still loops on a card number: the engine's
    fallback decodes it again on the full window, answers it, and counts it."""
    card = next(i for i, s in enumerate(SENTENCES) if s.startswith("The card number is"))
    text, audio = render_utterances([card + len(SENTENCES)])[0]
    sock, proc = start_engine(tmp_path, {"min_window_s": 1.0, "pad_s": 0.5, "no_repeat_ngram": 0})
    try:
        _, transcript = asyncio.run(ask(sock, audio))
        assert transcript.redecoded and wer(text, transcript.text) <= 0.2, transcript.text
        stats = asyncio.run(engine_stats(sock))
        assert stats["redecoded"] >= 1 and stats["jobs"] >= 1, stats
    finally:
        proc.terminate()
        proc.wait(10)


def test_partials_are_shed_when_there_is_no_room(engine, render):
    sock, _ = engine
    _, transcript = asyncio.run(ask(sock, speech(render, SCRIPT[2]), kind="partial"))
    assert transcript is None               # max_partials_queued = 0: every partial is shed


def test_a_call_rides_out_an_engine_crash(daemon_factory, render):
    wav = render(SCRIPT, CallerStyle(rate_wpm=160, noise_snr_db=30, seed=9), lead_in_ms=800, pause_ms=1800)
    daemon = daemon_factory("--set", 'agent.fallback_reply=""')
    _, health = daemon.health()
    first_pid = health["asr_engine_pid"]
    caller = place_calls(daemon.uri, [wav], tail_s=2.0, background=True)
    time.sleep(6.0)                         # the first sentence or two are in
    os.kill(first_pid, signal.SIGKILL)
    results = caller_results(caller)
    assert results[0]["connected"]
    (call, events), = all_calls(daemon.state_dir)
    assert call.end_reason == "caller_bye"
    text = finals_text(events)
    assert wer(" ".join(SCRIPT), text) <= 0.25, text    # nothing lost: every sentence transcribed
    metrics = daemon.get("/metrics")
    assert metric_value(metrics, "callwarden_engine_restarts_total") == 1
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and daemon.health()[1].get("asr_engine_pid") in (None, first_pid):
        time.sleep(0.5)
    assert daemon.health()[1]["asr_engine_pid"] not in (None, first_pid)
