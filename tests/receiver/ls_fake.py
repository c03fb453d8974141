"""What Label Studio's JSON export gives back for our tasks once annotated, built by hand.

Shapes follow Label Studio's export: tasks with id, data (as we exported it), project and
annotations; each annotation with id, completed_by, result, was_cancelled, ground_truth,
created_at/updated_at. A corrected bot reply is a paragraph region: a `paragraphlabels`
result and a per-region `textarea` result sharing one region id. Every name used here is
checked against the labeling config the receiver serves (config_names).
"""

from __future__ import annotations

import copy
import itertools
import xml.etree.ElementTree as ET

from callwarden.receiver import labels

_region_ids = itertools.count(1)


def config_names(xml: str) -> dict[str, set[str] | None]:
    """{control name: its choice values (None for controls without choices)} of a labeling config."""
    root = ET.fromstring(xml)
    names: dict[str, set[str] | None] = {}
    for element in root.iter():
        if element.tag in ("Choices", "ParagraphLabels"):
            names[element.get("name")] = {c.get("value") for c in element if c.tag in ("Choice", "Label")}
        elif element.tag in ("TextArea", "Paragraphs"):
            names[element.get("name")] = None
    return names


def choice(name: str, value: str) -> dict:
    return {"id": f"c{next(_region_ids)}", "from_name": name, "to_name": labels.OBJECT, "type": "choices",
            "origin": "manual", "value": {"choices": [value]}}


def correction(task: dict, paragraph: int, text: str, *, start_in_textarea: bool = True,
               start_as_text: bool = False) -> list[dict]:
    """The two results of one corrected paragraph. Label Studio versions differ in whether the
    text area's value repeats the region's position, and in writing indices as strings."""
    region = f"r{next(_region_ids)}"
    shown = task["data"]["dialogue"][paragraph]["text"]
    index = str(paragraph) if start_as_text else paragraph
    position = {"start": index, "end": index, "startOffset": 0, "endOffset": len(shown)}
    marked = {"id": region, "from_name": labels.TURN_LABELS, "to_name": labels.OBJECT, "type": "paragraphlabels",
              "origin": "manual", "value": {**position, "text": shown, "paragraphlabels": [labels.TURN_LABEL]}}
    typed = {"id": region, "from_name": labels.CORRECTION, "to_name": labels.OBJECT, "type": "textarea",
             "origin": "manual", "value": {**(position if start_in_textarea else {}), "text": [text]}}
    return [marked, typed]


def agent_paragraphs(task: dict) -> list[int]:
    return [i for i, turn in enumerate(task["data"]["dialogue"]) if turn["author"] == "agent"]


def annotation(annotation_id: int, result: list[dict], *, updated_at: str = "2031-09-01T10:00:00.000000Z",
               completed_by: object = 7, cancelled: bool = False, ground_truth: bool = False) -> dict:
    return {"id": annotation_id, "completed_by": completed_by, "result": result, "was_cancelled": cancelled,
            "ground_truth": ground_truth, "created_at": updated_at, "updated_at": updated_at, "lead_time": 42.5,
            "result_count": 0, "task": None}


def exported(tasks: list[dict], annotations_by_call: dict[str, list[dict]], project: int = 12) -> list[dict]:
    """Label Studio's export of `tasks` (as our export wrote them) with these annotations."""
    out = []
    for task_id, task in enumerate(tasks, start=1000):
        anns = copy.deepcopy(annotations_by_call.get(task["data"]["call_id"], []))
        for a in anns:
            a["task"] = task_id
        out.append({"id": task_id, "project": project, "data": copy.deepcopy(task["data"]), "annotations": anns,
                    "predictions": task["predictions"], "created_at": "2031-08-31T08:00:00.000000Z",
                    "updated_at": "2031-09-01T10:00:00.000000Z", "inner_id": task_id - 999, "total_annotations":
                    len(anns), "cancelled_annotations": 0, "total_predictions": 1, "comment_count": 0,
                    "file_upload": "tasks.json", "drafts": []})
    return out


def check_against_config(ls_tasks: list[dict], xml: str) -> None:
    """Every result's control exists in the labeling config, and every choice is one it offers."""
    names = config_names(xml)
    for task in ls_tasks:
        for ann in task["annotations"]:
            for result in ann["result"]:
                assert result["from_name"] in names, result["from_name"]
                assert result["to_name"] in names, result["to_name"]
                offered = names[result["from_name"]]
                for key in ("choices", "paragraphlabels"):
                    for value in result["value"].get(key, []):
                        assert offered is not None and value in offered, (result["from_name"], value)
