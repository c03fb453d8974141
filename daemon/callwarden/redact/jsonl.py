"""`callwarden redact`: JSON lines in, the same lines redacted out, with the live call's stream state.

Input, one object per line, in call order:
  {"call": ID, "speaker": "caller"|"agent", "text": ...}   or   {"call": ID, "dtmf": "1234"}
Output: the same object with `text` (or `dtmf`) redacted and `entities`: [{type, start, end, flag}]
(character offsets of each mask in the output text; for DTMF, of each masked key; `flag`: the call
flag the mask raises, pci/pii/phi, or null). Agent lines
are passed through unchanged: they open contexts for the caller's next turns, as on a call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import IO, Iterable, Iterator

from callwarden.redact.flags import flag_of
from callwarden.redact.redactor import CallRedactor, RedactRules


@dataclass
class InputError(Exception):
    line: int
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


def _parse(n: int, raw: str) -> dict:
    try:
        obj = json.loads(raw)
    except json.JSONDecodeError as e:
        raise InputError(n, f"not JSON ({e.msg})") from None
    if not isinstance(obj, dict):
        raise InputError(n, "expected a JSON object")
    if not isinstance(obj.get("call"), (str, int)) or isinstance(obj.get("call"), bool):
        raise InputError(n, "expected \"call\": a string or number naming the call")
    if "dtmf" in obj:
        if not isinstance(obj["dtmf"], str) or not all(c in "0123456789*#ABCDabcd" for c in obj["dtmf"]):
            raise InputError(n, "expected \"dtmf\": a string of keypad characters (0-9 * # A-D)")
        return obj
    if obj.get("speaker") not in ("caller", "agent"):
        raise InputError(n, "expected \"speaker\": \"caller\" or \"agent\" (or a \"dtmf\" line)")
    if not isinstance(obj.get("text"), str):
        raise InputError(n, "expected \"text\": a string")
    return obj


def redact_lines(lines: Iterable[str], rules: RedactRules | None = None) -> Iterator[dict]:
    """Each input line's redacted object, in order; raises InputError naming the first bad line.
    Every line is checked before anything is written, so a bad line loses nothing half-done."""
    parsed = [(n, _parse(n, raw)) for n, raw in enumerate(lines, 1) if raw.strip()]
    calls: dict[str, CallRedactor] = {}
    for _, obj in parsed:
        key = str(obj["call"])
        r = calls.get(key) or calls.setdefault(key, CallRedactor(rules))
        out = dict(obj)
        if "dtmf" in obj:
            keys, entities = [], []
            for i, d in enumerate(obj["dtmf"]):
                shown, record = r.dtmf(d, 0)
                keys.append(shown)
                if record:
                    entities.append({"type": record.entity, "start": i, "end": i + 1,
                                     "flag": flag_of(record.entity, record.rule)})
            # a line is one entry: its end is known
            if (ended := r.entry_ended()) and keys:
                entities.append({"type": ended.entity, "start": len(keys) - 1, "end": len(keys),
                                 "flag": flag_of(ended.entity, ended.rule)})
            out["dtmf"], out["entities"] = "".join(keys), entities
        elif obj["speaker"] == "agent":
            r.note_agent_text(obj["text"])
            out["entities"] = []
        else:
            red = r.redact(obj["text"], 0, 0)
            out["text"] = red.text
            out["entities"] = [{"type": e, "start": a, "end": b, "flag": flag_of(e, rec.rule)}
                               for (e, a, b), rec in zip(red.spans, red.records)]
        yield out


def main(source: IO[str], sink: IO[str], errors: IO[str], rules: RedactRules | None = None,
         text: bool = False) -> int:
    try:
        results = list(redact_lines(source, rules))
    except InputError as e:
        print(f"callwarden redact: {e}", file=errors)
        return 2
    for obj in results:
        if text:
            who = "caller dtmf" if "dtmf" in obj else obj["speaker"]
            sink.write(f"{obj['call']} {who}: {obj.get('dtmf', obj.get('text'))}\n")
        else:
            sink.write(json.dumps(obj, ensure_ascii=False) + "\n")
    return 0
