"""Storing imported annotations, and reading them back for the SLA report.

An import is one transaction: every call it names must be stored here (else UnknownCalls and
nothing is written), and every corrected turn must be a bot reply (tts.start) of that call.
Annotations of erased calls are skipped: erasure removes them, an import must not bring them
back. A cancelled (skipped) annotation removes an earlier import of it.
"""

from __future__ import annotations

import psycopg
from psycopg.types.json import Jsonb

from callwarden.receiver.annotations import Annotation, Malformed

QUESTIONS = ("intent", "slot_accuracy", "hallucination", "sentiment", "escalation_correct")


class UnknownCalls(Exception):
    def __init__(self, calls: list[tuple[str, str]]) -> None:
        super().__init__(f"{len(calls)} annotated calls are not stored on this receiver: "
                         + ", ".join(f"{a}/{c}" for a, c in calls))
        self.calls = calls


_UPSERT = f"""
INSERT INTO annotations (project, annotation_id, appliance, call_id, task_id, annotator, ground_truth,
                         {", ".join(QUESTIONS)}, result, annotated_at)
VALUES (%s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s, %s)
ON CONFLICT (project, annotation_id) DO UPDATE SET
    appliance = EXCLUDED.appliance, call_id = EXCLUDED.call_id, task_id = EXCLUDED.task_id,
    annotator = EXCLUDED.annotator, ground_truth = EXCLUDED.ground_truth,
    {", ".join(f"{q} = EXCLUDED.{q}" for q in QUESTIONS)},
    result = EXCLUDED.result, annotated_at = EXCLUDED.annotated_at, imported_at = now()
RETURNING (xmax = 0)
"""


def _pairs(keys) -> tuple[list[str], list[str]]:
    keys = list(keys)
    return [k[0] for k in keys], [k[1] for k in keys]


def _call_states(conn: psycopg.Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], bool]:
    """{(appliance, call_id): erased} for the stored ones. FOR SHARE: an erasure running now
    either finishes first (and we see erased) or waits for this import (and removes it)."""
    apps, ids = _pairs(keys)
    rows = conn.execute("SELECT c.appliance, c.call_id, c.erased FROM calls c "
                        "JOIN unnest(%s::text[], %s::text[]) AS w(appliance, call_id) USING (appliance, call_id) "
                        "FOR SHARE OF c", (apps, ids)).fetchall()
    return {(a, c): erased for a, c, erased in rows}


def _check_bot_turns(conn: psycopg.Connection, todo: list[Annotation]) -> None:
    wanted = {(a.appliance, a.call_id, seq): a for a in todo for seq in a.corrections}
    if not wanted:
        return
    apps, ids = _pairs(wanted)
    seqs = [k[2] for k in wanted]
    rows = conn.execute("SELECT e.appliance, e.call_id, e.seq FROM events e "
                        "JOIN unnest(%s::text[], %s::text[], %s::bigint[]) AS w(appliance, call_id, seq) "
                        "USING (appliance, call_id, seq) WHERE e.kind = 'tts.start'", (apps, ids, seqs)).fetchall()
    for key in sorted(set(wanted) - {tuple(r) for r in rows}):
        raise Malformed(f"{wanted[key].where}: seq {key[2]} of call {key[1]} is not a bot reply stored on "
                        "this receiver")


def import_annotations(conn: psycopg.Connection, parsed: list[Annotation]) -> dict:
    """Stores `parsed` in one transaction; returns counts. Raises UnknownCalls or Malformed."""
    counts = {"annotations": len(parsed), "inserted": 0, "updated": 0, "corrections": 0,
              "skipped_cancelled": 0, "skipped_erased_calls": 0}
    with conn.transaction():
        states = _call_states(conn, {(a.appliance, a.call_id) for a in parsed})
        unknown = sorted({(a.appliance, a.call_id) for a in parsed} - set(states))
        if unknown:
            raise UnknownCalls(unknown)
        todo = [a for a in parsed if not states[(a.appliance, a.call_id)] and not a.cancelled]
        _check_bot_turns(conn, todo)
        for a in parsed:
            key = (a.project, a.annotation_id)
            if states[(a.appliance, a.call_id)]:
                counts["skipped_erased_calls"] += 1
                conn.execute("DELETE FROM annotations WHERE project = %s AND annotation_id = %s", key)
                continue
            if a.cancelled:
                counts["skipped_cancelled"] += 1
                conn.execute("DELETE FROM annotations WHERE project = %s AND annotation_id = %s", key)
                continue
            inserted = conn.execute(_UPSERT, (
                a.project, a.annotation_id, a.appliance, a.call_id, a.task_id, a.annotator, a.ground_truth,
                *(a.answers.get(q) for q in QUESTIONS), Jsonb(a.result), a.annotated_at)).fetchone()[0]
            counts["inserted" if inserted else "updated"] += 1
            # Corrections are replaced as a whole: one removed in Label Studio goes here too.
            conn.execute("DELETE FROM annotation_corrections WHERE project = %s AND annotation_id = %s", key)
            if a.corrections:
                with conn.cursor() as cur:
                    cur.executemany("INSERT INTO annotation_corrections (project, annotation_id, turn_seq, corrected) "
                                    "VALUES (%s, %s, %s, %s)",
                                    [(*key, seq, text) for seq, text in sorted(a.corrections.items())])
                counts["corrections"] += len(a.corrections)
        _note_returned(conn, parsed)
    return counts


def _note_returned(conn: psycopg.Connection, parsed: list[Annotation]) -> None:
    """Label Studio handed these calls back annotated (submitted or skipped): the console's
    annotation progress. The count is this import's, as a Label Studio export carries every
    annotation of a task."""
    per_call: dict[tuple[str, str], int] = {}
    for a in parsed:
        per_call[(a.appliance, a.call_id)] = per_call.get((a.appliance, a.call_id), 0) + 1
    if not per_call:
        return
    apps, ids = _pairs(per_call)
    conn.execute("INSERT INTO label_studio_progress (appliance, call_id, last_returned_at, returned_annotations) "
                 "SELECT appliance, call_id, now(), n FROM unnest(%s::text[], %s::text[], %s::int[]) "
                 "AS w(appliance, call_id, n) ON CONFLICT (appliance, call_id) DO UPDATE SET "
                 "last_returned_at = now(), returned_annotations = EXCLUDED.returned_annotations",
                 (apps, ids, list(per_call.values())))


def verdicts(conn: psycopg.Connection, calls: list[dict]) -> dict[tuple[str, str], dict]:
    """{(appliance, call_id): {question: answer}} for the annotated ones among `calls`.

    Several annotations of one call: per question, a ground-truth annotation's answer wins,
    then the most recently annotated one (Label Studio's updated_at)."""
    if not calls:
        return {}
    apps, ids = _pairs((c["appliance"], c["call_id"]) for c in calls)
    rows = conn.execute(
        f"SELECT a.appliance, a.call_id, {', '.join('a.' + q for q in QUESTIONS)} FROM annotations a "
        "JOIN unnest(%s::text[], %s::text[]) AS w(appliance, call_id) USING (appliance, call_id) "
        "ORDER BY a.ground_truth DESC, a.annotated_at DESC NULLS LAST, a.imported_at DESC, a.annotation_id",
        (apps, ids)).fetchall()
    conn.rollback()
    out: dict[tuple[str, str], dict] = {}
    for appliance, call_id, *answers in rows:
        found = out.setdefault((appliance, call_id), {})
        for question, answer in zip(QUESTIONS, answers):
            if answer is not None:
                found.setdefault(question, answer)
    return out
