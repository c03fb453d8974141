"""Call churn: one worker takes call after call, four at a time, so every call slot is reused
several times. Each slot keeps its two conference ports for its next call (freeing them while
pjmedia's clock ran crashed the process), so each reused slot must carry audio both ways: the
caller's words to the ASR, the greeting to the caller."""

from __future__ import annotations

from callwarden_tools.render import CallerStyle
from callwarden_tools.wer import wer
from helpers import all_calls, finals_text, run_sipp

SENTENCE = "I need to change the address on my order."
CALLS = 24          # six calls per slot of a 4-call worker


def test_every_slot_reused_carries_audio_both_ways(daemon_factory, render, tmp_path):
    daemon = daemon_factory()
    wav = render([SENTENCE], CallerStyle(rate_wpm=160, seed=11), lead_in_ms=400, pause_ms=700)
    play_ms = len(wav.with_suffix(".ul").read_bytes()) // 8 + 300
    r = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav, play_ms=play_ms, calls=CALLS, timeout_s=180,
                 work_dir=tmp_path, extra=["-l", "4", "-r", "8"])
    assert r.returncode == 0, r.stdout[-2000:] + r.stderr[-2000:]
    assert daemon.proc.poll() is None, "the daemon died during the churn"
    calls = all_calls(daemon.state_dir)
    assert len(calls) == CALLS
    for call, events in calls:
        kinds = [e.kind for e in events]
        assert kinds[-1] == "call.end" and events[-1].body["reason"] == "caller_bye", kinds
        assert wer(SENTENCE, finals_text(events)) <= 0.2, finals_text(events)
        greeting = [e for e in events if e.kind == "tts.end" and e.body["prompt_id"] == 1]
        # The slot's prompt port was pulled for this call: its first frame left within the call.
        assert len(greeting) == 1 and greeting[0].body.get("tts_first_frame_ms") is not None, greeting
