"""Annotation import refusals: malformed files (400 / exit 2), calls this receiver does not
store (422 / exit 1, each listed, nothing imported), and the HTTP limits."""

from __future__ import annotations

import copy
import http.client
import json
import uuid
from urllib.parse import urlparse

import psycopg
import pytest

from callwarden.receiver.annotations import Malformed, parse
from callwarden.wire import batch as wire
from conftest import SERVER_MAX_IMPORT_BYTES, register, run_cli
from ls_fake import agent_paragraphs, annotation, choice, correction, exported
from rx_util import Appliance, auth_headers, dialog_events, get, post, post_json

DAY = "2031-08-20"
TURNS = [("agent", "Hello, how can I help?"), ("caller", "is the shop open"), ("agent", "Yes, until six.")]


@pytest.fixture(scope="module")
def task(server, tmp_path_factory):
    """One exported task of a stored call."""
    app = register(server.dsn, Appliance(tmp_path_factory.mktemp("k"), name=f"err-{uuid.uuid4().hex[:8]}"))
    call_id = str(uuid.uuid4())
    batch = app.make(dialog_events(call_id, TURNS, wall=f"{DAY}T09:00:00.000Z"))
    assert post(server.url, wire.encode(batch))[0] == 200
    status, tasks = get(server.url, f"/v1/export/label-studio?day={DAY}&percent=100")
    assert status == 200 and len(tasks) == 1
    return tasks[0]


def one(task: dict, result: list[dict], annotation_id: int = 1) -> list[dict]:
    return exported([task], {task["data"]["call_id"]: [annotation(annotation_id, result)]})


def stored(dsn: str, call_id: str) -> int:
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT count(*) FROM annotations WHERE call_id = %s", (call_id,)).fetchone()[0]


def malformed_cases(task: dict) -> dict[str, tuple[bytes, str]]:
    """name -> (body, what the error message must say)."""
    agent = agent_paragraphs(task)
    no_call = copy.deepcopy(one(task, []))
    del no_call[0]["data"]["call_id"]
    no_id = one(task, [choice("hallucination", "no")])
    del no_id[0]["annotations"][0]["id"]
    no_dialogue = one(task, correction(task, agent[0], "Better."))
    del no_dialogue[0]["data"]["dialogue"]
    two_turns = one(task, correction(task, agent[0], "Better."))
    two_turns[0]["annotations"][0]["result"][1]["value"]["end"] = agent[1]
    orphan = one(task, correction(task, agent[0], "Better.", start_in_textarea=False))
    orphan[0]["annotations"][0]["result"].pop(0)
    lying_seq = one(task, correction(task, agent[0], "Better."))
    lying_seq[0]["data"]["dialogue"][agent[0]]["seq"] = 0  # seq 0 is call.start, not a bot reply
    twice = one(task, [choice("sentiment", "neutral"), choice("sentiment", "negative")])
    out_of_range = one(task, correction(task, agent[0], "Better."))
    for result in out_of_range[0]["annotations"][0]["result"]:
        result["value"].update(start=17, end=17)
    return {
        "not json": (b"{not json", "not JSON"),
        "not utf-8": (b"[\xff]", "not UTF-8"),
        "not a list": (b'{"tasks": []}', "expected the list of tasks"),
        "no call id": (json.dumps(no_call).encode(), "tasks[0].data.call_id"),
        "no annotation id": (json.dumps(no_id).encode(), "tasks[0].annotations[0].id: missing"),
        "unknown choice": (json.dumps(one(task, [choice("hallucination", "maybe")])).encode(),
                           "hallucination: expected one of yes, no, got 'maybe'"),
        "two choices": (json.dumps(one(task, [{**choice("sentiment", "neutral"),
                                               "value": {"choices": ["neutral", "negative"]}}])).encode(),
                        "expected one choice for sentiment"),
        "answered twice": (json.dumps(twice).encode(), "sentiment answered twice"),
        "caller turn corrected": (json.dumps(one(task, correction(task, 1, "Better."))).encode(),
                                  "paragraph 1 is not a bot turn"),
        "paragraph out of range": (json.dumps(out_of_range).encode(), "paragraph 17 is not in the task's dialogue"),
        "no dialogue": (json.dumps(no_dialogue).encode(), "the task has no data.dialogue"),
        "region over two turns": (json.dumps(two_turns).encode(), "must mark exactly one bot turn"),
        "correction without region": (json.dumps(orphan).encode(), "not attached to a bot turn"),
        "nul in text": (json.dumps(one(task, correction(task, agent[0], "Bet\x00ter."))).encode(),
                        "NUL character"),
        "lone surrogate": (json.dumps(one(task, correction(task, agent[0], "Better \ud800"))).encode(),
                           "not valid Unicode"),
        "seq of another event": (json.dumps(lying_seq).encode(), "seq 0 of call"),
        "same id twice": (json.dumps(one(task, []) + one(task, [])).encode(), "also appears at tasks[0]"),
    }


CASES = ["not json", "not utf-8", "not a list", "no call id", "no annotation id", "unknown choice", "two choices",
         "answered twice", "caller turn corrected", "paragraph out of range", "no dialogue", "region over two turns",
         "correction without region", "nul in text", "lone surrogate", "seq of another event", "same id twice"]


@pytest.mark.parametrize("case", CASES)
def test_malformed_is_400_and_exit_2_and_stores_nothing(case, server, task, tmp_path):
    body, message = malformed_cases(task)[case]
    status, answer = post_json(server.url, "/v1/annotations", body)
    assert status == 400 and message in answer["error"], answer
    path = tmp_path / "ls.json"
    path.write_bytes(body)
    done = run_cli("import-annotations", str(path), dsn=server.dsn)
    assert done.returncode == 2
    line = done.stderr.strip()
    assert len(line.splitlines()) == 1 and line.startswith(f"callwarden-receiver: {path}: ") and message in line
    assert stored(server.dsn, task["data"]["call_id"]) == 0


def test_every_case_is_tested(task):
    assert set(CASES) == set(malformed_cases(task))


def test_unknown_calls_are_listed_and_nothing_is_imported(server, task, tmp_path):
    ghost = copy.deepcopy(task)
    ghost["data"]["call_id"] = "no-such-call"
    other = copy.deepcopy(task)
    other["data"]["appliance"] = "no-such-appliance"
    ls_export = (one(task, [choice("hallucination", "no")], 1) + one(ghost, [choice("hallucination", "no")], 2)
                 + one(other, [choice("hallucination", "no")], 3))
    status, answer = post_json(server.url, "/v1/annotations", json.dumps(ls_export).encode())
    assert status == 422
    assert answer["unknown_calls"] == sorted([{"appliance": task["data"]["appliance"], "call_id": "no-such-call"},
                                              {"appliance": "no-such-appliance", "call_id": task["data"]["call_id"]}],
                                             key=lambda c: (c["appliance"], c["call_id"]))
    assert "nothing was imported" in answer["error"]
    assert stored(server.dsn, task["data"]["call_id"]) == 0  # the known call's annotation waits too

    path = tmp_path / "ls.json"
    path.write_text(json.dumps(ls_export))
    done = run_cli("import-annotations", str(path), dsn=server.dsn)
    assert done.returncode == 1
    lines = done.stderr.strip().splitlines()
    assert f"callwarden-receiver: unknown call no-such-call from appliance {task['data']['appliance']}" in lines
    assert (f"callwarden-receiver: unknown call {task['data']['call_id']} from appliance no-such-appliance"
            in lines)
    assert lines[-1] == "callwarden-receiver: 2 annotated calls are not stored here; nothing was imported"
    assert stored(server.dsn, task["data"]["call_id"]) == 0


def test_cli_reads_stdin_and_refuses_a_missing_file(server, task, tmp_path):
    import subprocess
    from conftest import receiver_exe
    body = json.dumps(one(task, [choice("sentiment", "positive")], 600))
    done = subprocess.run([receiver_exe(), "--dsn", server.dsn, "import-annotations", "-"], input=body,
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and done.stdout.startswith("1 annotations: 1 new"), done.stderr
    missing = run_cli("import-annotations", str(tmp_path / "nope.json"), dsn=server.dsn)
    assert missing.returncode == 2 and "cannot read" in missing.stderr and "Traceback" not in missing.stderr


def test_http_limits(server, task):
    body = json.dumps(one(task, []))
    assert post_json(server.url, "/v1/annotations", body.encode(), content_type="text/plain")[0] == 415
    # The declared length alone gets the 413: the server answers without reading the body.
    u = urlparse(server.url)
    conn = http.client.HTTPConnection(u.hostname, u.port, timeout=5)
    conn.putrequest("POST", "/v1/annotations")
    for name, value in (("Content-Type", "application/json"), ("Content-Length", str(SERVER_MAX_IMPORT_BYTES + 1)),
                        *auth_headers().items()):
        conn.putheader(name, value)
    conn.endheaders()
    assert conn.getresponse().status == 413
    conn.close()
    assert post_json(server.url, "/v1/annotations", body.encode(), token=None)[0] == 401


def test_label_studio_variants_parse():
    """Forms Label Studio versions write: one task instead of a list, indices as text, the text
    area's text as a plain string, a user object for completed_by, no project."""
    task = {"id": 5, "data": {"call_id": "c", "appliance": "a",
                              "dialogue": [{"author": "agent", "text": "Hi", "seq": 1},
                                           {"author": "caller", "text": "yo", "seq": 2}]},
            "annotations": [{"id": 9, "completed_by": {"id": 3, "email": "x@y.example"}, "updated_at": None,
                             "result": [{"id": "r", "from_name": "corrected_reply", "to_name": "dialogue",
                                         "type": "textarea", "value": {"start": "0", "end": "0", "text": " Hello! "}},
                                        {"id": "i", "from_name": "intent", "to_name": "dialogue", "type": "choices",
                                         "value": {"choices": ["a_site_intent"]}},
                                        {"id": "x", "from_name": "some_other_control", "to_name": "dialogue",
                                         "type": "rating", "value": {"rating": 4}}]}]}
    [ann] = parse(json.dumps(task))
    assert (ann.project, ann.annotation_id, ann.task_id, ann.annotator) == ("", "9", "5", "3")
    assert ann.corrections == {1: "Hello!"} and ann.answers == {"intent": "a_site_intent"}
    assert ann.annotated_at is None and len(ann.result) == 3
    with pytest.raises(Malformed, match=r"tasks\[0\].annotations\[0\].updated_at"):
        parse(json.dumps([{**task, "annotations": [{**task["annotations"][0], "updated_at": "yesterday"}]}]))
