"""The typed bodies build exactly the dicts the producers wrote by hand before (same keys, same
order: the timeline prints them in that order and sync hashes them), and read them back."""

from __future__ import annotations

from callwarden import events as ev
from callwarden.bodies import (AGENT_ACTIONS, ESCALATE, FLAG_TYPES, PCI, ROUTE_ACTIONS, ROUTE_RANK, SILENCE, TICKET,
                               BargeIn, CallAnswer, CallEnd, CallStart, Dtmf, Flag, Route, Ticket, Transfer, TtsEnd,
                               TtsStart, UtteranceFinal, UtterancePartial)


def test_flag_body_keys_and_latency():
    f = Flag.raised("pci", "warn", 0.95, 1000, 2000, "[PCI_PAN]", 2150)
    body = f.to_body()
    assert list(body) == ["type", "severity", "confidence", "evidence", "latency_ms"]
    assert body["evidence"] == {"t_start_ms": 1000, "t_end_ms": 2000, "text": "[PCI_PAN]"}
    assert body["latency_ms"] == 150
    event = f.to_event("c1", 2150)
    assert (event.kind, event.leg, event.seq) == (ev.FLAG, "system", -1)
    assert Flag.from_event(event) == f
    assert Flag.raised("silence", "warn", 1.0, 0, 8000, "[no speech]", 7000).latency_ms == 0


def test_route_body_puts_final_before_latency():
    assert list(Route("ticket", "r", ["silence"], 40).to_body()) == ["action", "reason", "flags", "latency_ms"]
    final = Route("auto", "no flag", [], 0, final=True)
    assert list(final.to_body()) == ["action", "reason", "flags", "final", "latency_ms"]
    assert Route.from_event(final.to_event("c1", 5)) == final


def test_utterance_final_round_trip():
    u = UtteranceFinal("hello", 10, 900, 0.8, 120, [], None, {"avg_logprob": -0.2})
    assert list(u.to_body()) == ["text", "t_start_ms", "t_end_ms", "confidence", "latency_ms", "redactions",
                                 "voice", "asr", "timing"]
    event = ev.CallClock("c1").event(ev.UTTERANCE_FINAL, "caller", u.to_body())
    assert UtteranceFinal.from_event(event) == u


def test_one_home_for_flag_types_and_actions():
    assert {"escalation_request", "opt_out", "pci", "silence", "redaction_failed"} <= set(FLAG_TYPES)
    assert ROUTE_ACTIONS == ("auto", "ticket", "end", "escalate")
    assert ROUTE_RANK["escalate"] > ROUTE_RANK["end"] > ROUTE_RANK["ticket"] > ROUTE_RANK["auto"]


def test_the_other_kinds_build_the_dicts_written_by_hand_before():
    # The dicts call/, runtime/pool.py and timeline/store.py wrote before the bodies were typed.
    assert CallStart("sip:a@x", "sip:b@y", "abc", {"X-A": "1"}, "PCMU").to_body() == {
        "from": "sip:a@x", "to": "sip:b@y", "sip_call_id": "abc", "headers": {"X-A": "1"}, "codec": "PCMU"}
    assert CallAnswer("PCMU").to_body() == {"codec": "PCMU"}
    assert list(CallEnd("worker_lost", 900).to_body()) == ["reason", "duration_ms"]
    assert list(CallEnd("caller_bye", 900, "notified", "c.wav", "ab" * 32, 487).to_body()) == [
        "reason", "duration_ms", "recording_consent", "recording", "recording_sha256", "sip_status"]
    assert list(CallEnd("caller_bye", 900, "notified").to_body()) == ["reason", "duration_ms", "recording_consent"]
    assert Dtmf("*", []).to_body() == {"digit": "*", "redactions": []}
    assert list(UtterancePartial("hi", 0, 500, 0.5).to_body()) == ["text", "t_start_ms", "t_end_ms", "confidence",
                                                                   "redactions"]
    assert TtsStart("Hello", 1, True).to_body() == {"text": "Hello", "prompt_id": 1, "streamed": True}
    assert list(TtsEnd("Hello", 1, False).to_body()) == ["text", "prompt_id", "interrupted"]
    assert list(TtsEnd("Hello", 1, True, 310.5).to_body()) == ["text", "prompt_id", "interrupted",
                                                               "tts_first_frame_ms"]
    assert BargeIn(2, 1500, 80).to_body() == {"prompt_id": 2, "onset_ms": 1500, "latency_ms": 80}
    assert list(Transfer("sip:q@pbx", "ok", 202, "Accepted").to_body()) == ["target", "result", "sip_status", "reason"]
    assert list(Transfer("sip:q@pbx", "ok", 202, "Accepted", 40, 35).to_body())[-2:] == ["refer_sent_ms",
                                                                                         "flag_to_refer_ms"]
    assert Ticket("t1", "queued", "silence flag").to_body() == {"id": "t1", "result": "queued",
                                                                "reason": "silence flag"}


def test_the_other_kinds_round_trip_with_their_kind_and_leg():
    for body in (CallStart("a", "b"), CallAnswer("PCMA"), CallEnd("shutdown", 5, sip_status=200), Dtmf("5"),
                 TtsStart("x", 3), TtsEnd("x", 3, True, 12.0), BargeIn(3, 10, 20), Transfer("t", "failed", 0, "r"),
                 Ticket("", "not queued: full", "r")):
        event = body.to_event("c1", 7)
        assert (event.kind, event.leg) == (body.KIND, body.LEG)
        assert type(body).from_event(event) == body
    assert (Dtmf.LEG, TtsStart.LEG, BargeIn.LEG, CallEnd.LEG) == ("caller", "agent", "caller", "system")


def test_names_spelled_once():
    assert (SILENCE, PCI, ESCALATE, TICKET) == ("silence", "pci", "escalate", "ticket")
    assert AGENT_ACTIONS == ("none", "end", "ticket", "escalate")
