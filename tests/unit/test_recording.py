import os
import time
import wave

import numpy as np

from callwarden.audio.recording import GUARD_MS, CallRecorder, expire


def tone(ms: int, amp: float = 0.5) -> bytes:
    t = np.arange(ms * 8) / 8000
    return (np.sin(2 * np.pi * 440 * t) * amp * 32767).astype("<i2").tobytes()


def read(path):
    with wave.open(str(path)) as w:
        return w.getnchannels(), np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2)


def test_frames_placed_on_the_call_clock_and_spans_muted_with_guard(tmp_path):
    rec = CallRecorder(max_s=60)
    for t in range(0, 2000, 20):
        rec.caller_frame(tone(20), t)
    for t in range(3000, 4000, 20):         # a 1 s RTP gap before this
        rec.caller_frame(tone(20), t)
    path = rec.write(tmp_path / "c.wav", [(1000, 1200)], end_ms=4000)
    channels, x = read(path)
    assert channels == 2 and len(x) == 4000 * 8
    caller = x[:, 0].astype(np.int32)
    assert np.all(caller[(1000 - GUARD_MS) * 8:(1200 + GUARD_MS) * 8] == 0)
    assert np.abs(caller[500 * 8:700 * 8]).max() > 10000
    assert np.all(caller[2100 * 8:2900 * 8] == 0)             # the gap stays silent, in place
    assert np.abs(caller[3100 * 8:3300 * 8]).max() > 10000
    assert not (tmp_path / "c.partial").exists()


def test_caller_speech_outside_the_clean_turns_is_muted(tmp_path):
    # Fail closed: only turns the redactor read and found clean stay audible; a burst that never
    # became a turn (here 2500-2700 ms) and speech cut off by the hang-up (3500-) were never read.
    rec = CallRecorder(max_s=60)
    for t in range(0, 4000, 20):
        rec.caller_frame(tone(20), t)
    rec.agent_prompt(np.frombuffer(tone(500), "<i2"), 2500)
    _, x = read(rec.write(tmp_path / "f.wav", [(1000, 1200)], end_ms=4000, checked_spans_ms=[(300, 900)]))
    caller, agent = x[:, 0].astype(np.int32), x[:, 1].astype(np.int32)
    assert np.abs(caller[400 * 8:800 * 8]).max() > 10000                # the clean turn is heard
    assert np.all(caller[(900 + GUARD_MS) * 8:] == 0)                  # nothing else of the caller
    assert np.all(caller[:(300 - GUARD_MS) * 8] == 0)
    assert np.abs(agent[2600 * 8:2900 * 8]).max() > 10000               # the agent side is kept


def test_agent_prompts_on_the_right_channel(tmp_path):
    prompt = tmp_path / "p.wav"
    with wave.open(str(prompt), "wb") as w:
        w.setnchannels(1), w.setsampwidth(2), w.setframerate(8000)
        w.writeframes(tone(500))
    rec = CallRecorder(max_s=60)
    rec.caller_frame(tone(20, 0.0), 0)
    rec.agent_prompt(prompt, 1000)
    _, x = read(rec.write(tmp_path / "a.wav", [], end_ms=2000))
    agent = x[:, 1]
    assert np.all(agent[:1000 * 8] == 0) and np.abs(agent[1100 * 8:1400 * 8]).max() > 10000


def test_expire_removes_old_and_partial(tmp_path):
    old, new, partial = tmp_path / "old.wav", tmp_path / "new.wav", tmp_path / "x.partial"
    for f in (old, new, partial):
        f.write_bytes(b"RIFF")
    os.utime(old, (time.time() - 3 * 86400,) * 2)
    assert expire(tmp_path, retention_days=2) == 2
    assert [f.name for f in tmp_path.iterdir()] == ["new.wav"]
