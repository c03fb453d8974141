"""Scores what a daemon stored for each dialog against its labels (pure; no I/O).

A flag counts for the expected turn when the turn its evidence falls in is
within one of the labelled turn (endpointing can shift a boundary). A flag type
a dialog does not expect is a false positive, counted once per dialog.
"""

from __future__ import annotations

import re
from collections import defaultdict

from callwarden_tools.evaluation.dialogs import Dialog
from callwarden.events import CallEvent
from callwarden.redact.leaks import leaks
from callwarden_tools.wer import percentile

TIMING_FLAGS = {"silence", "audio_dropout"}
TURN_TOLERANCE = 1
SLOW_FLAG_MS = 800     # the acceptance bar on flag latency: flags slower than it are listed by call


def flag_turn(dialog: Dialog, flag: CallEvent, offset_ms: int) -> int | None:
    ev = flag.body["evidence"]
    anchor = ev["t_end_ms"] if flag.body["type"] in TIMING_FLAGS else ev["t_start_ms"]
    return dialog.turn_at(anchor - offset_ms)


def score_call(dialog: Dialog, events: list[CallEvent], log_text: str = "") -> dict:
    answer = next((e for e in events if e.kind == "call.answer"), None)
    offset = answer.t_ms if answer else 0
    flags = [e for e in events if e.kind == "flag"]
    raised = [(f.body["type"], flag_turn(dialog, f, offset), f) for f in flags]
    result = {"dialog": dialog.id, "tp": [], "fn": [], "fp": [], "latency_ms": [], "leaks": []}
    expected_types = {x["type"] for x in dialog.expect["flags"]}
    for want in dialog.expect["flags"]:
        match, raised_turn = next(((f, turn) for t, turn, f in raised if t == want["type"] and turn is not None
                                   and abs(turn - want["turn"]) <= TURN_TOLERANCE), (None, None))
        if match is None:
            result["fn"].append(want["type"])
            continue
        result["tp"].append(want["type"])
        if want["type"] in TIMING_FLAGS:     # from the moment the threshold was crossed
            latency = match.t_ms - match.body["evidence"]["t_end_ms"]
        else:                                # from the end of the evidence turn's audio
            latency = match.t_ms - (offset + dialog.turns[want["turn"]].end_ms)
        result["latency_ms"].append(latency)
        result.setdefault("latency_by_type", []).append((want["type"], latency))
        if latency > SLOW_FLAG_MS:
            result.setdefault("slow", []).append({"dialog": dialog.id, "type": want["type"], "turn": want["turn"],
                                                  "latency_ms": latency, "raised_turn": raised_turn})
    result["fp"] = sorted({t for t, _, _ in raised if t not in expected_types})
    result["masks"] = score_masks(dialog, events, offset)
    result["bargein_ms"] = [e.body["latency_ms"] for e in events if e.kind == "bargein"]
    result["refer_ms"] = [e.body["flag_to_refer_ms"] for e in events
                          if e.kind == "transfer" and "flag_to_refer_ms" in e.body]
    routes = [e for e in events if e.kind == "route" and e.body.get("final")]
    result["route"] = routes[-1].body["action"] if routes else None
    result["route_ok"] = result["route"] == dialog.expect["route"]
    # call.start holds SIP signalling (caller id, the far end's Call-ID with its own digits): not speech.
    stored = {f"{e.kind} seq {e.seq}": _IDENTIFIER.sub(" ", "\n".join(texts_of(e.body)))
              for e in events if e.kind != "call.start"}
    log_lines = [_IDENTIFIER.sub(" ", _TIMESTAMP.sub(" ", line)) for line in log_text.splitlines()]
    for secret in dialog.secrets():
        for where, text in stored.items():
            if any(leaks(secret["text"], line) for line in text.splitlines()):
                result["leaks"].append({"dialog": dialog.id, "entity": secret["entity"], "where": where})
        for n, line in enumerate(log_lines, 1):
            if leaks(secret["text"], line):
                result["leaks"].append({"dialog": dialog.id, "entity": secret["entity"],
                                        "where": f"daemon log line {n}"})
    return result


def score_masks(dialog: Dialog, events: list[CallEvent], offset_ms: int) -> list[dict]:
    """Each redaction in a stored caller final or DTMF event, and whether it was due: a mask is
    justified when its turn (within the tolerance) carries a labelled secret. Masks in turns
    without one are what masking precision counts against (order numbers, prices, times masked)."""
    secret_turns = [t.index for t in dialog.turns if dialog.raw["turns"][t.index].get("secrets")]
    masks = []
    for e in events:
        if e.kind not in ("utterance.final", "dtmf") or e.leg != "caller":
            continue
        for record in e.body.get("redactions", []):
            turn = dialog.turn_at(record["t_start_ms"] - offset_ms) if "t_start_ms" in record else None
            if turn is None and e.kind == "dtmf":
                turn = dialog.turn_at(e.t_ms - offset_ms)
            due = turn is not None and any(abs(turn - s) <= TURN_TOLERANCE for s in secret_turns)
            masks.append({"dialog": dialog.id, "entity": record.get("entity"), "turn": turn, "due": due})
    return masks


# Times, dates, ids and process ids in log lines are not caller data: digits in them are not leaks.
_TIMESTAMP = re.compile(r"\bpid \d+|\d{4}-\d{2}-\d{2}|\d{2}:\d{2}:\d{2}(?:[.,]\d+)?|\[call [0-9a-f]+\]|0x[0-9a-f]+|"
                        r"\b\w+\.c\b|\S*/\S*|<?sips?:[^\s>]*>?|\d+\.\d+\.\d+\.\d+(?::\d+)?|\b\w+\.(?:cpp|py):\d+|"
                        r"\b\d+(?:\.\d+)? ?(?:ms|s|%|utterances?|call\(s\)|calls?|events?|files?|bytes)\b")

# Identifiers the appliance makes (a ticket's uuid4, a hash): their digits are random, and about one
# ticket id in 80 held four digits of a 16-digit test card in a row. A hex run counts only with a
# letter in it, so a card number in hex's alphabet is still read.
_IDENTIFIER = re.compile(r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|"
                         r"\b(?=[0-9a-f]*[a-f])[0-9a-f]{16,}\b", re.I)


def texts_of(value) -> list[str]:
    """The text an event stores (numbers such as t_ms are timing, not caller data)."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        return [s for v in value.values() for s in texts_of(v)]
    if isinstance(value, list):
        return [s for v in value for s in texts_of(v)]
    return []


def _spread(values: list[float]) -> dict:
    return {"n": len(values), "p50": percentile(values, 50) if values else None,
            "p99": percentile(values, 99) if values else None}


def report(results: list[dict], failed_calls: int) -> dict:
    counts: dict[str, dict[str, int]] = defaultdict(lambda: {"tp": 0, "fp": 0, "fn": 0})
    for r in results:
        for key in ("tp", "fp", "fn"):
            for t in r[key]:
                counts[t][key] += 1
    flags = {}
    for t, c in sorted(counts.items()):
        recall = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 1.0
        precision = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 1.0
        flags[t] = {**c, "recall": round(recall, 3), "precision": round(precision, 3)}
    latencies = [x for r in results for x in r["latency_ms"]]
    leaks_found = [leak for r in results for leak in r["leaks"]]
    masks = [m for r in results for m in r.get("masks", [])]
    due = sum(m["due"] for m in masks)
    return {
        "dialogs": len(results) + failed_calls, "failed_calls": failed_calls, "flags": flags,
        "route_accuracy": round(sum(r["route_ok"] for r in results) / max(len(results), 1), 3),
        "flag_latency_ms": {"p50": percentile(latencies, 50), "p99": percentile(latencies, 99)},
        "flag_latency_by_type_ms": {t: _spread([ms for r in results for kind, ms in r.get("latency_by_type", [])
                                                if kind == t]) for t in sorted(counts)},
        "bargein_latency_ms": _spread([x for r in results for x in r.get("bargein_ms", [])]),
        "flag_to_refer_ms": _spread([x for r in results for x in r.get("refer_ms", [])]),
        "secret_leaks": len(leaks_found), "leaks": leaks_found,
        "masking": {"masks": len(masks), "due": due,
                    "precision": round(due / len(masks), 3) if masks else 1.0,
                    "undue": [m for m in masks if not m["due"]]},
        "slow_flags": [s for r in results for s in r.get("slow", [])],
        "misses": [{"dialog": r["dialog"], "fn": r["fn"], "fp": r["fp"], "route": r["route"]}
                   for r in results if r["fn"] or r["fp"] or not r["route_ok"]],
    }


def report_sets(results_by_set: dict[str, list[dict]], failed_by_set: dict[str, int]) -> dict:
    """One report over every set together (the top-level keys, as for a single set) plus
    `sets`: each set's own report under its name, in the order given."""
    names = list(dict.fromkeys([*results_by_set, *failed_by_set]))
    together = report([r for name in names for r in results_by_set.get(name, [])],
                      sum(failed_by_set.get(name, 0) for name in names))
    together["sets"] = {name: report(results_by_set.get(name, []), failed_by_set.get(name, 0)) for name in names}
    return together
