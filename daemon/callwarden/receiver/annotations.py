"""Reading completed annotations out of a Label Studio JSON export (the tasks our export made).

Input: the list of tasks Label Studio's "JSON" export writes, each with the `data` we sent
(call_id, appliance, dialogue) and its `annotations`. Per annotation this keeps the per-call
answers named in labels.py and each bot-turn correction, found by the paragraph index its
region points at and the seq that `data.dialogue` holds there. Anything that does not fit
raises Malformed naming where (tasks[i].annotations[j]...); nothing is half-read.
Pure: no database here (annotation_store.py stores what this returns).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

from callwarden.receiver import labels

MAX_TEXT_CHARS = 10_000   # one corrected reply
MAX_NAME_CHARS = 200      # ids, intents, appliance and call names


class Malformed(ValueError):
    """The file is not a Label Studio export of our tasks; the message says where and why."""


@dataclass
class Annotation:
    where: str                       # tasks[i].annotations[j], for messages
    project: str                     # Label Studio project id; "" when the export has none
    annotation_id: str
    appliance: str
    call_id: str
    task_id: str | None
    annotator: str | None            # Label Studio user id, never an email
    ground_truth: bool
    cancelled: bool                  # the annotator skipped the task
    annotated_at: datetime | None
    answers: dict[str, Any]          # intent, slot_accuracy, sentiment: str; hallucination, escalation_correct: bool
    corrections: dict[int, str] = field(default_factory=dict)  # bot turn seq -> corrected reply
    result: list = field(default_factory=list)                 # as exported, kept for later questions


def _check_text(value: Any, where: str) -> None:
    """PostgreSQL text and jsonb refuse NUL and lone surrogates: refuse them here, as 400."""
    if isinstance(value, str):
        if "\x00" in value:
            raise Malformed(f"{where}: text contains a NUL character")
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise Malformed(f"{where}: text is not valid Unicode") from None
    elif isinstance(value, list):
        for i, v in enumerate(value):
            _check_text(v, f"{where}[{i}]")
    elif isinstance(value, dict):
        for k, v in value.items():
            _check_text(k, where)
            _check_text(v, f"{where}.{k}")


def _name(value: Any, where: str) -> str:
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise Malformed(f"{where}: expected a string or an integer")
    text = str(value)
    _check_text(text, where)
    if not (0 < len(text) <= MAX_NAME_CHARS):
        raise Malformed(f"{where}: expected 1 to {MAX_NAME_CHARS} characters")
    return text


def _time(value: Any, where: str) -> datetime | None:
    if value is None:
        return None
    try:
        t = datetime.fromisoformat(value)
    except (TypeError, ValueError):
        raise Malformed(f"{where}: expected an ISO 8601 time, got {value!r}") from None
    return t if t.tzinfo else t.replace(tzinfo=timezone.utc)


def _annotator(value: Any) -> str | None:
    # Label Studio writes a user id, or a user object that may carry an email: keep the id only.
    if isinstance(value, dict):
        value = value.get("id")
    return str(value) if isinstance(value, int) and not isinstance(value, bool) else None


def _paragraph(value: dict, where: str) -> int | None:
    """The paragraph index a region covers; None when the value names none."""
    start, end = value.get("start"), value.get("end", value.get("start"))
    if start is None:
        return None
    indices = []
    for v in (start, end):
        if isinstance(v, str) and v.isdigit():
            v = int(v)
        if isinstance(v, bool) or not isinstance(v, int) or v < 0:
            raise Malformed(f"{where}.value.start: expected a paragraph index")
        indices.append(v)
    if indices[0] != indices[1]:
        raise Malformed(f"{where}: a corrected reply must mark exactly one bot turn (paragraphs "
                        f"{indices[0]} to {indices[1]})")
    return indices[0]


def _correction_text(value: dict, where: str) -> str:
    text = value.get("text")
    if isinstance(text, list) and all(isinstance(t, str) for t in text):
        text = "\n".join(text)
    if not isinstance(text, str):
        raise Malformed(f"{where}.value.text: expected the corrected reply as text")
    text = text.strip()
    if len(text) > MAX_TEXT_CHARS:
        raise Malformed(f"{where}.value.text: longer than {MAX_TEXT_CHARS} characters")
    return text


def _choice(name: str, value: dict, where: str) -> Any:
    picked = value.get("choices")
    if not isinstance(picked, list) or not all(isinstance(c, str) for c in picked) or len(picked) > 1:
        raise Malformed(f"{where}.value.choices: expected one choice for {name}")
    if not picked:
        return None
    choice = picked[0]
    if name == labels.INTENT:
        return _name(choice, f"{where}.value.choices[0]")
    allowed = labels.CHOICES[name]
    if choice not in allowed:
        raise Malformed(f"{where}: {name}: expected one of {', '.join(allowed)}, got {choice!r}")
    return choice == labels.YES if allowed == (labels.YES, labels.NO) else choice


def _bot_turn_seq(dialogue: list, index: int, where: str) -> int:
    if not 0 <= index < len(dialogue):
        raise Malformed(f"{where}: paragraph {index} is not in the task's dialogue ({len(dialogue)} turns)")
    turn = dialogue[index]
    if not isinstance(turn, dict) or turn.get("author") != "agent":
        raise Malformed(f"{where}: paragraph {index} is not a bot turn (only agent replies can be corrected)")
    seq = turn.get("seq")
    if isinstance(seq, bool) or not isinstance(seq, int) or seq < 0:
        raise Malformed(f"{where}: data.dialogue[{index}].seq: expected the turn's event seq")
    return seq


def _results(result: list, dialogue: list | None, where: str) -> tuple[dict, dict[int, str]]:
    answers: dict[str, Any] = {}
    corrections: dict[int, str] = {}
    # A per-region text area may leave the paragraph out of its own value: the label
    # result of the same region (same id) has it.
    region_value: dict[str, tuple[dict, str]] = {}
    for i, item in enumerate(result):
        at = f"{where}.result[{i}]"
        if not isinstance(item, dict) or not isinstance(item.get("value"), dict):
            raise Malformed(f"{at}: expected a result object with a value")
        if isinstance(item.get("id"), str) and "start" in item["value"]:
            region_value.setdefault(item["id"], (item["value"], at))
    for i, item in enumerate(result):
        at = f"{where}.result[{i}]"
        name, value = item.get("from_name"), item["value"]
        if name == labels.INTENT or name in labels.CHOICES:
            if name in answers:
                raise Malformed(f"{at}: {name} answered twice")
            answers[name] = _choice(name, value, at)
        elif name == labels.CORRECTION:
            text = _correction_text(value, at)
            if not text:
                continue
            index = _paragraph(value, at)
            if index is None and item.get("id") in region_value:
                index = _paragraph(*region_value[item["id"]])
            if index is None:
                raise Malformed(f"{at}: the corrected reply is not attached to a bot turn (no region)")
            if dialogue is None:
                raise Malformed(f"{where}: the task has no data.dialogue (was it exported by callwarden-receiver?)")
            seq = _bot_turn_seq(dialogue, index, at)
            if seq in corrections:
                raise Malformed(f"{at}: bot turn {index} is corrected twice in one annotation")
            corrections[seq] = text
    return answers, corrections


def _task(task: Any, t: int) -> list[Annotation]:
    where = f"tasks[{t}]"
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise Malformed(f"{where}: expected a Label Studio task with data")
    data = task["data"]
    call_id = _name(data.get("call_id"), f"{where}.data.call_id")
    appliance = _name(data.get("appliance"), f"{where}.data.appliance")
    dialogue = data.get("dialogue")
    if dialogue is not None and not isinstance(dialogue, list):
        raise Malformed(f"{where}.data.dialogue: expected a list of turns")
    project = "" if task.get("project") is None else _name(task["project"], f"{where}.project")
    task_id = None if task.get("id") is None else _name(task["id"], f"{where}.id")
    found = task.get("annotations", [])
    if not isinstance(found, list):
        raise Malformed(f"{where}.annotations: expected a list")
    out = []
    for a, ann in enumerate(found):
        at = f"{where}.annotations[{a}]"
        if not isinstance(ann, dict):
            raise Malformed(f"{at}: expected an annotation object")
        if ann.get("id") is None:
            raise Malformed(f"{at}.id: missing (re-import finds an annotation by its id)")
        result = ann.get("result", [])
        if not isinstance(result, list):
            raise Malformed(f"{at}.result: expected a list")
        _check_text(result, f"{at}.result")
        cancelled = ann.get("was_cancelled") is True
        answers, corrections = ({}, {}) if cancelled else _results(result, dialogue, at)
        out.append(Annotation(
            where=at, project=project, annotation_id=_name(ann["id"], f"{at}.id"), appliance=appliance,
            call_id=call_id, task_id=task_id, annotator=_annotator(ann.get("completed_by")),
            ground_truth=ann.get("ground_truth") is True, cancelled=cancelled,
            annotated_at=_time(ann.get("updated_at") or ann.get("created_at"), f"{at}.updated_at"),
            answers=answers, corrections=corrections, result=result))
    return out


def parse(raw: bytes | str) -> list[Annotation]:
    """Every annotation in a Label Studio JSON export (a list of tasks; one task alone is accepted)."""
    try:
        tasks = json.loads(raw)
    except UnicodeDecodeError:
        raise Malformed("not UTF-8 text") from None
    except ValueError as e:
        raise Malformed(f"not JSON ({e})") from None
    if isinstance(tasks, dict) and "data" in tasks:
        tasks = [tasks]
    if not isinstance(tasks, list):
        raise Malformed("expected the list of tasks Label Studio's JSON export writes "
                        "(JSON-MIN and CSV exports do not carry the task data the import needs)")
    out: list[Annotation] = []
    seen: dict[tuple[str, str], str] = {}
    for t, task in enumerate(tasks):
        for ann in _task(task, t):
            key = (ann.project, ann.annotation_id)
            if key in seen:
                raise Malformed(f"{ann.where}: annotation id {ann.annotation_id} also appears at {seen[key]}")
            seen[key] = ann.where
            out.append(ann)
    return out
