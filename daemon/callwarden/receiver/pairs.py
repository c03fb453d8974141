"""RLHF preference pairs: the bot's reply (rejected) against the annotator's correction (chosen).

One pair per corrected bot turn per annotation. Context, rejected and the call's turns come
from the stored, already redacted events, exactly as stored (nothing is reconstructed);
chosen is what the annotator typed over that redacted view. Roles follow the chat convention:
the caller is "user", the agent "assistant". Erased calls and corrections equal to the
original reply (no preference) give no pair.

Each pair is a row of TRL's conversational preference type: `prompt` (the call's turns before
the corrected reply), `chosen` and `rejected` (one assistant message each), every message
`{"role", "content"}`, so `datasets.load_dataset("json", ...)` feeds DPOTrainer without a
mapping step. Where the pair came from sits in one `metadata` column: a top-level `labels`
column would collide with the name transformers' Trainer reserves for targets.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Callable

import psycopg

from callwarden.receiver import queries
from callwarden.receiver.annotation_store import QUESTIONS
from callwarden.receiver.export import CHUNK_CALLS, turns

_KINDS = ("utterance.final", "tts.start", "tts.end")
ROLES = {"caller": "user", "agent": "assistant"}


def _corrections(conn: psycopg.Connection, day: date | None) -> list[tuple]:
    where, args = "", ()
    if day is not None:
        where, args = "AND k.started >= %s AND k.started < %s", queries.day_bounds(day)
    rows = conn.execute(
        f"SELECT a.appliance, a.call_id, c.turn_seq, c.corrected, a.project, a.annotation_id, a.annotator, "
        f"{', '.join('a.' + q for q in QUESTIONS)} "
        "FROM annotation_corrections c JOIN annotations a USING (project, annotation_id) "
        "JOIN calls k ON k.appliance = a.appliance AND k.call_id = a.call_id "
        f"WHERE NOT k.erased {where} "
        "ORDER BY k.started, a.appliance, a.call_id, c.turn_seq, a.project, a.annotation_id", args).fetchall()
    conn.rollback()
    return rows


def _message(speaker: str, text: str) -> dict:
    return {"role": ROLES[speaker], "content": text}


def preference_pairs(conn: psycopg.Connection, day: date | None = None,
                     tick: Callable[[int, int], None] | None = None) -> list[dict]:
    """Pairs for calls started on `day` (every day when None), in call and turn order;
    `tick(n, total)` hears each chunk of n of the total corrected calls read (the CLI's progress)."""
    rows = _corrections(conn, day)
    calls = [{"appliance": a, "call_id": c} for a, c in dict.fromkeys((r[0], r[1]) for r in rows)]
    call_turns = {}
    for k in range(0, len(calls), CHUNK_CALLS):
        part = calls[k:k + CHUNK_CALLS]
        call_turns.update({key: turns(evs) for key, evs in queries.events_by_call(conn, part, _KINDS).items()})
        if tick is not None:
            tick(len(part), len(calls))
    out = []
    for appliance, call_id, turn_seq, chosen, project, annotation_id, annotator, *answers in rows:
        dialogue = call_turns[(appliance, call_id)]
        index = next((i for i, t in enumerate(dialogue) if t["seq"] == turn_seq and t["speaker"] == "agent"), None)
        if index is None or dialogue[index]["text"] == chosen:
            continue
        out.append({
            "prompt": [_message(t["speaker"], t["text"]) for t in dialogue[:index]],
            "chosen": [_message("agent", chosen)],
            "rejected": [_message("agent", dialogue[index]["text"])],
            "metadata": {
                "appliance": appliance, "call_id": call_id, "turn_seq": turn_seq,
                "bot_turn": sum(t["speaker"] == "agent" for t in dialogue[:index]),  # 0 = the call's first bot reply
                "annotation": {"project": project, "id": annotation_id, "annotator": annotator},
                "labels": {q: a for q, a in zip(QUESTIONS, answers) if a is not None},
            },
        })
    return out


def to_jsonl(pairs: list[dict]) -> str:
    return "".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pairs)
