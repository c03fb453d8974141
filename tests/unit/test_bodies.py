"""The typed bodies build exactly the dicts the producers wrote by hand before (same keys, same
order: the timeline prints them in that order and sync hashes them), and read them back."""

from __future__ import annotations

from callwarden import events as ev
from callwarden.bodies import FLAG_TYPES, ROUTE_ACTIONS, ROUTE_RANK, Flag, Route, UtteranceFinal


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
                                 "voice", "asr"]
    event = ev.CallClock("c1").event(ev.UTTERANCE_FINAL, "caller", u.to_body())
    assert UtteranceFinal.from_event(event) == u


def test_one_home_for_flag_types_and_actions():
    assert {"escalation_request", "opt_out", "pci", "silence", "redaction_failed"} <= set(FLAG_TYPES)
    assert ROUTE_ACTIONS == ("auto", "ticket", "end", "escalate")
    assert ROUTE_RANK["escalate"] > ROUTE_RANK["end"] > ROUTE_RANK["ticket"] > ROUTE_RANK["auto"]
