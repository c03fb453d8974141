"""Dead air and dead lines on real calls: `silence` while RTP flows, `audio_dropout` when RTP stops."""

from __future__ import annotations

from callwarden_tools.harness import place_calls
from callwarden_tools.render import CallerStyle
from helpers import all_calls, run_sipp


def flags_of(events):
    return {e.body["type"]: e for e in events if e.kind == "flag"}


def test_silent_caller_is_asked_then_ticketed_and_ended(daemon_factory, render):
    wav = render(["Hi, I'm calling about my flight booking."], CallerStyle(noise_snr_db=30, seed=51),
                 pause_ms=500, tail_ms=32000)                      # then 32 s of line noise, no speech
    daemon = daemon_factory("--set", "detect.silence_s=4")
    place_calls(daemon.uri, [wav], tail_s=0.5, timeout_s=60)
    (call, events), = all_calls(daemon.state_dir)
    silence = flags_of(events)["silence"].body
    ev = silence["evidence"]
    assert ev["t_end_ms"] - ev["t_start_ms"] == 4000
    final = next(e for e in events if e.kind == "utterance.final")
    assert ev["t_start_ms"] >= final.body["t_end_ms"]             # quiet started after the caller spoke
    assert [e.body["action"] for e in events if e.kind == "route"][0] == "ticket"
    # Dead air once: "are you still there?"; as long again: a ticket, the goodbye, BYE.
    said = [e.body["text"] for e in events if e.kind == "tts.start"]
    assert "Are you still there? Take your time, I'm listening." in said
    assert [e.body["type"] for e in events if e.kind == "flag"].count("silence") == 2
    assert [e.body["result"] for e in events if e.kind == "ticket"] == ["queued"]
    assert said[-1] == "Thank you for calling. Goodbye." and call.end_reason == "agent_end"
    assert "audio_dropout" not in flags_of(events)


def test_rtp_stopping_is_an_audio_dropout_before_the_timeout(daemon_factory, render, tmp_path):
    wav = render(["Is my order on its way yet?"], CallerStyle(seed=52), lead_in_ms=500, pause_ms=600)
    daemon = daemon_factory("--set", "sip.rtp_timeout_s=6")
    r = run_sipp("uac_rtp_stops.xml", daemon.sip_port, audio=wav, work_dir=tmp_path, timeout_s=40)
    assert r.returncode == 0, r.stderr[-1500:]
    (call, events), = all_calls(daemon.state_dir)
    flags = flags_of(events)
    dropout = flags["audio_dropout"]
    ev = dropout.body["evidence"]
    assert ev["t_end_ms"] - ev["t_start_ms"] == 2000
    assert dropout.t_ms < events[-1].t_ms and call.end_reason == "rtp_timeout"
    assert "silence" not in flags                                   # no RTP is not dead air
    assert [e.body["action"] for e in events if e.kind == "route"] == ["auto"]
