"""Human-readable lines for timeline events (`callwarden timeline`, the demo)."""

from __future__ import annotations

from callwarden import events as ev
from callwarden.events import CallEvent


def describe(e: CallEvent) -> str:
    b = e.body
    if e.kind == ev.CALL_START:
        return f"call from {b.get('from', '?')} to {b.get('to', '?')} codec {b.get('codec') or '?'}"
    if e.kind == ev.CALL_ANSWER:
        return f"answered ({b.get('codec', '')})"
    if e.kind == ev.CALL_END:
        return f"ended: {b.get('reason')} after {b.get('duration_ms', 0) / 1000:.1f} s"
    if e.kind == ev.UTTERANCE_FINAL:
        return (f"\"{b.get('text', '')}\"  [{b.get('t_start_ms', 0) / 1000:.2f}-{b.get('t_end_ms', 0) / 1000:.2f} s, "
                f"conf {b.get('confidence', 0):.2f}, final +{b.get('latency_ms', 0)} ms]")
    if e.kind == ev.TTS_START:
        return f"speaking: \"{b.get('text', '')}\""
    if e.kind == ev.TTS_END:
        return "done speaking" + (" (interrupted)" if b.get("interrupted") else "")
    if e.kind == ev.DTMF:
        return f"DTMF {b.get('digit')}"
    if e.kind == ev.AGENT_REPLY:
        ms = "" if b.get("first_token_ms") is None else f", first token {b['first_token_ms']:.0f} ms"
        why = f" ({b['reason']})" if b.get("reason") else ""
        return (f"{b.get('source', '?')} answer{why}, action {b.get('action', 'none')}, "
                f"{b.get('prompt_tokens', 0)}+{b.get('completion_tokens', 0)} tokens{ms}")
    return " ".join(f"{k}={v}" for k, v in b.items())


def format_event(e: CallEvent) -> str:
    return f"{e.t_ms / 1000:8.2f}s  #{e.seq:<3d} {e.leg:<6s} {e.kind:<16s} {describe(e)}"
