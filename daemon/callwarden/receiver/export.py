"""Label Studio export: a stratified, deterministic sample of calls as annotation tasks.

Strata (a call can be in several):
- random: sha256(call_id) falls in the first `percent` % of the hash space, so the same call
  is in or out on every run and on every receiver;
- critical: the call raised a flag with severity critical;
- redaction: the call has redactions (compliance spot-check of the redacted text).
Erased calls are never exported.

Each task's data carries `dialogue` (caller and agent turns, each with the seq of its event)
for the labeling config in labels.py; annotations made on it come back through annotations.py,
which finds a corrected bot turn by that seq. Each export's calls are noted in
label_studio_progress (record_export), for the console's annotation progress.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Callable

import psycopg

from callwarden.receiver import labels, queries
from callwarden.receiver.jsonb import from_jsonb

MODEL_VERSION = "callwarden"
_KINDS = ("utterance.final", "tts.start", "tts.end", "flag", "route")
CHUNK_CALLS = 100


def in_random_sample(call_id: str, percent: float) -> bool:
    bucket = int.from_bytes(hashlib.sha256(call_id.encode("utf-8")).digest()[:8], "big")
    return bucket < percent / 100.0 * 2**64


def strata(call: dict, percent: float) -> list[str]:
    found = []
    if in_random_sample(call["call_id"], percent):
        found.append("random")
    if call["critical_flags"] > 0:
        found.append("critical")
    if call["redactions"] > 0:
        found.append("redaction")
    return found


def _num(value: object) -> int | float | None:
    return value if isinstance(value, (int, float)) and not isinstance(value, bool) else None


def turns(events: list[tuple]) -> list[dict]:
    """Caller finals and agent prompts in seq order; a prompt ends at its tts.end (whose text it takes).

    Each turn: seq (of the utterance.final or tts.start event), speaker (caller/agent),
    start_ms, end_ms, text (redacted, as stored)."""
    out: list[dict] = []
    open_prompt: dict | None = None
    for seq, t_ms, kind, _leg, raw_body in events:
        body = from_jsonb(raw_body)
        text = body.get("text") if isinstance(body.get("text"), str) else None
        if kind == "utterance.final" and text is not None:
            out.append({"seq": seq, "speaker": "caller", "start_ms": _num(body.get("t_start_ms")),
                        "end_ms": _num(body.get("t_end_ms")), "text": text})
        elif kind == "tts.start" and text is not None:
            open_prompt = {"seq": seq, "speaker": "agent", "start_ms": t_ms, "end_ms": None, "text": text}
            out.append(open_prompt)
        elif kind == "tts.end" and open_prompt is not None:
            open_prompt["end_ms"] = t_ms
            if text:
                # A model's answer streamed in ([agent] mode = "llm"): tts.start had its first
                # sentence, tts.end has what the caller heard. Other prompts: the same text.
                open_prompt["text"] = text
            open_prompt = None
    return out


def _fmt_ms(ms: object) -> str:
    return f"{ms / 1000:.1f}s" if isinstance(ms, (int, float)) and not isinstance(ms, bool) else "?"


def task(call: dict, events: list[tuple], call_strata: list[str]) -> dict:
    call_turns = turns(events)
    utterances = [{k: t[k] for k in ("speaker", "start_ms", "end_ms", "text")} for t in call_turns]
    # Paragraphs input: author/text are what Label Studio shows; seq names the turn on import.
    dialogue = [{"author": t["speaker"], "text": t["text"], "seq": t["seq"]} for t in call_turns]
    flags = []
    for _seq, _t, kind, _leg, raw_body in events:
        body = from_jsonb(raw_body)
        if kind == "flag" and isinstance(body.get("type"), str):
            flags.append({"type": body["type"], "severity": body.get("severity"),
                          "confidence": _num(body.get("confidence"))})
    text = "\n".join(f"{u['speaker']} [{_fmt_ms(u['start_ms'])}-{_fmt_ms(u['end_ms'])}]: {u['text']}"
                     for u in utterances)
    types = sorted({f["type"] for f in flags})
    scores = [f["confidence"] for f in flags if f["confidence"] is not None]
    prediction = {"model_version": MODEL_VERSION, "score": max(scores) if scores else None,
                  "result": [{"from_name": labels.FLAGS, "to_name": labels.OBJECT, "type": "choices",
                              "value": {"choices": types}}]}
    if call["last_route_action"]:
        prediction["result"].append({"from_name": labels.ROUTE, "to_name": labels.OBJECT, "type": "choices",
                                     "value": {"choices": [call["last_route_action"]]}})
    return {"data": {"call_id": call["call_id"], "appliance": call["appliance"], "started": call["started"],
                     "strata": call_strata, "text": text, "utterances": utterances, "dialogue": dialogue,
                     "flags": flags},
            "predictions": [prediction]}


def label_studio_tasks(conn: psycopg.Connection, *, day: date | None, percent: float,
                       tick: Callable[[int, int], None] | None = None) -> list[dict]:
    """The sample's tasks; `tick(n, total)` hears each chunk of n of the total calls done (the CLI's progress)."""
    chosen = []
    for call in queries.calls_of_day(conn, day):
        call_strata = strata(call, percent)
        if call_strata and not call["erased"]:
            chosen.append((call, call_strata))
    out = []
    # Events a chunk of calls at a time: memory stays flat on an export of every day, and progress moves.
    for k in range(0, len(chosen), CHUNK_CALLS):
        part = chosen[k:k + CHUNK_CALLS]
        events = queries.events_by_call(conn, [c for c, _ in part], _KINDS)
        out += [task(c, events[(c["appliance"], c["call_id"])], s) for c, s in part]
        if tick is not None:
            tick(len(part), len(chosen))
    return out


def record_export(conn: psycopg.Connection, tasks: list[dict]) -> None:
    """Notes that these tasks' calls were handed to Label Studio (the console's annotation progress)."""
    if not tasks:
        return
    apps = [t["data"]["appliance"] for t in tasks]
    ids = [t["data"]["call_id"] for t in tasks]
    with conn.transaction():
        conn.execute("INSERT INTO label_studio_progress (appliance, call_id, first_exported_at, last_exported_at, "
                     "exports) SELECT appliance, call_id, now(), now(), 1 FROM unnest(%s::text[], %s::text[]) "
                     "AS w(appliance, call_id) ON CONFLICT (appliance, call_id) DO UPDATE SET "
                     "first_exported_at = coalesce(label_studio_progress.first_exported_at, now()), "
                     "last_exported_at = now(), exports = label_studio_progress.exports + 1", (apps, ids))
