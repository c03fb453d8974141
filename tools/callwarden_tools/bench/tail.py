"""Where the slow finals' time went: the stored `utterance.final` timing (call/recognition.py,
final_timing) of every final against that of the slowest ones.

A final's latency is the endpoint to its storing. Its parts, all ms after the endpoint: when its
task started (the frame batch that held the endpoint was handled), when its transcript was in hand
(`ready`), when the voice measure was (`voice`); from the engine: how long its decode waited in the
queue and how long it ran, and with how many others it was batched. `after` is what follows the
transcript (redaction, detectors, storing): latency - max(ready, voice). Pure: bodies in, a dict out.
"""

from __future__ import annotations

from statistics import median

PARTS = ("started_ms", "ready_ms", "voice_ms", "queue_ms", "decode_ms", "after_ms", "batch")


def _row(body: dict) -> dict:
    """One final's timing with its latency and what followed its transcript and voice measure."""
    t = body["timing"]
    return dict(t, latency_ms=body["latency_ms"], after_ms=body["latency_ms"] - max(t["ready_ms"], t["voice_ms"]))


def _summary(bodies: list[dict]) -> dict:
    rows = [_row(b) for b in bodies if b.get("timing")]
    if not rows:
        return {"finals": len(bodies), "timed": 0}
    out = {"finals": len(bodies), "timed": len(rows),
           "latency_ms": round(median(r["latency_ms"] for r in rows), 1)}
    out.update({p: round(median(r[p] for r in rows), 1) for p in PARTS})
    out["speculative"] = round(sum(1 for r in rows if r["speculative"]) / len(rows), 3)
    out["redecoded"] = sum(1 for r in rows if r["redecoded"])
    out["long_turns"] = sum(1 for r in rows if r["prefixes"])
    return out


def tail_breakdown(bodies: list[dict], share: float = 0.05, worst: int = 3) -> dict:
    """Medians of each part over all finals and over the slowest `share` of them (at least one):
    `speculative` is the share decoded before the endpoint, `redecoded` and `long_turns` counts;
    and the `worst` slowest finals' own figures (a p99 of under 100 finals is its slowest one)."""
    ranked = sorted((b for b in bodies if b.get("latency_ms") is not None), key=lambda b: b["latency_ms"])
    slow = ranked[len(ranked) - max(1, round(len(ranked) * share)):] if ranked else []
    rows = [_row(b) for b in ranked[::-1][:worst] if b.get("timing")]
    return {"all": _summary(ranked), "slowest": _summary(slow), "slowest_share": share, "worst": rows}
