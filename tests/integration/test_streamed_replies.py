"""Replies that are not cached prompts, on real calls: synthesised sentence by sentence while they
play, heard in full by the caller, cached whole afterwards, and cut mid-stream by barge-in."""

from __future__ import annotations

import json
import socket
import wave

import numpy as np
import pytest

import callwarden_native as native
from callwarden_tools.harness import free_port, place_calls
from callwarden_tools.render import CallerStyle
from helpers import DialogWebhook, all_calls, metric_value

STYLE = CallerStyle(rate_wpm=165, noise_snr_db=30, seed=11)
GREETING_MS = 8000

REPLY = ("Your parcel left our warehouse this morning. The driver has twelve stops before yours. "
         "Expect him shortly after lunch.")
LONG_REPLY = ("Let me explain how our billing cycle works in some detail. Every month we send the invoice on "
              "the first working day. Payment is then due within fourteen days. After that a reminder goes out "
              "by post. Finally the account is handed to collections.")


@pytest.fixture(scope="module")
def transcriber():
    from callwarden.engine.transcriber import Transcriber
    from callwarden.config import AsrConfig
    t = Transcriber(AsrConfig())
    t.warm_up()
    return t


def kinds(events, kind):
    return [e for e in events if e.kind == kind]


def heard(path, from_ms: int, to_ms: int) -> np.ndarray:
    """What the caller's side recorded between two times on the recording's clock, as float32."""
    with wave.open(str(path)) as w:
        assert w.getframerate() == 8000
        pcm = np.frombuffer(w.readframes(w.getnframes()), "<i2")
    a, b = max(0, from_ms * 8), max(0, to_ms * 8)
    return pcm[a:b].astype(np.float32) / 32768.0


def recording_lag_ms(path, answer_ms: int, prompt_start, first_frame_ms: float) -> int:
    """How far the caller's recording runs behind the daemon's clock (its jitter buffer, a busy
    machine): where the reply's first sound is, against when the daemon sent its first frame."""
    sent_ms = int(prompt_start.t_ms + first_frame_ms) - answer_ms
    x = np.abs(heard(path, sent_ms - 500, sent_ms + 3000))
    loud = np.nonzero(x > 0.02)[0]
    assert len(loud), "the reply's first sentence never reached the caller"
    return int(loud[0] // 8) - 500


def words(transcriber, audio8k: np.ndarray) -> str:
    audio16k = native.resample(audio8k, 8000, 16000)
    return transcriber.transcribe(audio16k).text.lower()


def webhook(answers):
    replies = iter(answers)
    return DialogWebhook(free_port(socket.SOCK_STREAM),
                         lambda request: (200, json.dumps({"say": next(replies, "Okay.")}).encode()))


def test_uncached_reply_is_streamed_heard_in_full_and_cached(daemon_factory, render, transcriber, tmp_path):
    hook = webhook([REPLY])
    wav = render(["Where is my parcel?"], STYLE, lead_in_ms=GREETING_MS, tail_ms=12000)
    record = tmp_path / "heard.wav"
    try:
        daemon = daemon_factory("--set", 'agent.mode="webhook"', "--set", f'agent.webhook_url="{hook.url}"')
        place_calls(daemon.uri, [wav], [record], tail_s=1.0, timeout_s=60)
        metrics = daemon.get("/metrics")
    finally:
        hook.close()
    (call, events), = all_calls(daemon.state_dir)
    start, = [e for e in kinds(events, "tts.start") if e.body["text"] == REPLY]
    end, = [e for e in kinds(events, "tts.end") if e.body["prompt_id"] == start.body["prompt_id"]]
    assert start.body["streamed"] is True and end.body["interrupted"] is False
    assert end.body["tts_first_frame_ms"] > 0
    greeting_end = kinds(events, "tts.end")[0]
    assert greeting_end.body["prompt_id"] == 1 and greeting_end.body["tts_first_frame_ms"] >= 0
    # One tts.start/tts.end pair for the whole reply, not one per sentence.
    assert [e.body["prompt_id"] for e in kinds(events, "tts.start")].count(start.body["prompt_id"]) == 1

    # The caller heard every sentence, in order, within the reply's tts.start .. tts.end.
    answer_ms = kinds(events, "call.answer")[0].t_ms
    offset_ms = recording_lag_ms(record, answer_ms, start, end.body["tts_first_frame_ms"]) - answer_ms
    audio = heard(record, start.t_ms + offset_ms, end.t_ms + offset_ms + 100)
    text = words(transcriber, audio)
    for word in ("parcel", "morning", "driver", "stops", "lunch"):
        assert word in text, text
    assert text.index("morning") < text.index("driver") < text.index("lunch")

    # Played without gaps: the reply took about as long as its audio, which is now cached whole.
    cached = [p for p in (daemon.state_dir / "prompts").glob("*.wav")]
    durations_ms = []
    for p in cached:
        with wave.open(str(p)) as w:
            durations_ms.append(w.getnframes() / 8)
    reply_ms = end.t_ms - start.t_ms
    assert any(abs(d + end.body["tts_first_frame_ms"] - reply_ms) < 400 for d in durations_ms), \
        (reply_ms, durations_ms)

    assert metric_value(metrics, "callwarden_tts_first_frame_seconds_count") >= 2, metrics
    assert call.end_reason == "caller_bye"


def test_barge_in_stops_a_streamed_reply_and_drops_the_rest(daemon_factory, render, transcriber, tmp_path):
    hook = webhook([LONG_REPLY, "Okay."])
    # The second sentence starts about two seconds into the long reply (about 14 s of speech).
    wav = render(["How does billing work?", "Wait, I only need the due date."], STYLE,
                 lead_in_ms=GREETING_MS, pause_ms=2600, tail_ms=5000)
    record = tmp_path / "heard.wav"
    try:
        daemon = daemon_factory("--set", 'agent.mode="webhook"', "--set", f'agent.webhook_url="{hook.url}"')
        place_calls(daemon.uri, [wav], [record], tail_s=1.0, timeout_s=60)
    finally:
        hook.close()
    (call, events), = all_calls(daemon.state_dir)
    start, = [e for e in kinds(events, "tts.start") if e.body["text"] == LONG_REPLY]
    pid = start.body["prompt_id"]
    # The first barge-in is on the long reply (a busy box may let the caller talk over "Okay." too).
    bargein = kinds(events, "bargein")[0]
    end, = [e for e in kinds(events, "tts.end") if e.body["prompt_id"] == pid]
    assert bargein.body["prompt_id"] == pid
    assert end.body["interrupted"] is True and end.t_ms - start.t_ms < 6000
    assert "tts_first_frame_ms" in end.body      # it had started playing

    # The caller heard the reply's opening, then nothing of it after the barge-in.
    answer_ms = kinds(events, "call.answer")[0].t_ms
    lag_ms = recording_lag_ms(record, answer_ms, start, end.body["tts_first_frame_ms"])
    offset_ms = lag_ms - answer_ms             # daemon clock -> recording clock
    before = heard(record, start.t_ms + offset_ms, bargein.t_ms + offset_ms)
    assert "explain" in words(transcriber, before)
    later = [e.t_ms for e in kinds(events, "tts.start") if e.t_ms > bargein.t_ms]
    quiet_until = min(later + [bargein.t_ms + 6000])
    # Two frames of grace: one may be on the wire as the barge-in is decided.
    after = heard(record, bargein.t_ms + offset_ms + 60, quiet_until + offset_ms)
    loud_ms = (np.nonzero(np.abs(after) > 0.02)[0] // 8).tolist()
    assert len(after) > 8000 and float(np.sqrt(np.mean(after ** 2))) < 0.003, \
        (f"the rest of the reply was still played after the barge-in: rms {np.sqrt(np.mean(after ** 2)):.4f}, "
         f"loud from {loud_ms[:1]} to {loud_ms[-1:]} ms after barge-in + 60 ms; lag {lag_ms} ms")
    assert "collections" not in words(transcriber, heard(record, start.t_ms + offset_ms, quiet_until + offset_ms))
