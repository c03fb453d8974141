"""Export -> annotate (Label Studio's export format, built by hand) -> import -> preference pairs
-> SLA report, over the real HTTP API and the CLI, on days of their own."""

from __future__ import annotations

import json
import uuid

import psycopg
import pytest

from callwarden.wire import batch as wire
from conftest import register, run_cli
from callwarden.receiver import labels
from ls_fake import agent_paragraphs, annotation, check_against_config, choice, config_names, correction, exported
from rx_util import Appliance, dialog_events, get, post, post_json

GREETING = "Hello, you are through to Acme. How can I help?"
DIALOGS = {
    # name: (turns, route)
    "escalated": ([("agent", GREETING), ("caller", "my card [PCI_PAN] was charged twice"),
                   ("agent", "I can see the charge."), ("caller", "I want a person"),
                   ("agent", "Putting you through now.")], "escalate"),
    "contained": ([("agent", GREETING), ("caller", "when do you open"),
                   ("agent", "We open at nine on Sundays.")], "auto"),
    "twice": ([("agent", GREETING), ("caller", "what is my balance"),
               ("agent", "Your balance is [ACCOUNT].")], "auto"),
    "ticket": ([("agent", GREETING), ("caller", "call me back tomorrow"),
                ("agent", "We will call you back.")], "ticket"),
    "untouched": ([("agent", GREETING), ("caller", "bye")], "auto"),
}


def seed_day(server, key_dir, day: str) -> dict[str, str]:
    """The DIALOGS as calls started on `day` from a new appliance; name -> call_id."""
    app = register(server.dsn, Appliance(key_dir, name=f"ann-{uuid.uuid4().hex[:8]}"))
    ids = {}
    for name, (turns, route) in DIALOGS.items():
        ids[name] = str(uuid.uuid4())
        batch = app.make(dialog_events(ids[name], turns, wall=f"{day}T09:00:00.000Z", route=route))
        status, answer = post(server.url, wire.encode(batch))
        assert status == 200, answer
        app.accept(batch)
    return ids


def export_tasks(server, day: str) -> dict[str, dict]:
    status, tasks = get(server.url, f"/v1/export/label-studio?day={day}&percent=100")
    assert status == 200
    return {t["data"]["call_id"]: t for t in tasks}


def label_config(server) -> str:
    status, xml = get(server.url, "/v1/export/label-studio/config")
    assert status == 200
    return xml


def answers(**picked: str) -> list[dict]:
    return [choice(name, value) for name, value in picked.items()]


def annotate(ids: dict[str, str], tasks: dict[str, dict]) -> tuple[dict[str, list[dict]], dict]:
    """What annotators did on the seeded day: annotations per call_id and the corrections made."""
    esc, con, twice, tick = (tasks[ids[n]] for n in ("escalated", "contained", "twice", "ticket"))
    fixes = {"escalated": "I can see the charge; I will refund the duplicate now.",
             "contained": "We are closed on Sundays; we open at nine on Monday."}
    by_call = {
        ids["escalated"]: [annotation(1, answers(intent="billing", slot_accuracy="correct", hallucination="no",
                                                 sentiment="negative", escalation_correct="yes")
                                      + correction(esc, agent_paragraphs(esc)[1], fixes["escalated"]))],
        # text area without its own position (joined to the label by region id), index as text
        ids["contained"]: [annotation(2, answers(intent="opening_hours", hallucination="yes",
                                                 escalation_correct="no", sentiment="neutral")
                                      + correction(con, agent_paragraphs(con)[1], fixes["contained"],
                                                   start_in_textarea=False, start_as_text=True))],
        # two annotators: the later one's answers count; a "correction" equal to the reply is no preference
        ids["twice"]: [annotation(3, answers(hallucination="yes", escalation_correct="no"),
                                  updated_at="2031-09-01T08:00:00Z"),
                       annotation(4, answers(hallucination="no", escalation_correct="yes")
                                  + correction(twice, agent_paragraphs(twice)[1], "Your balance is [ACCOUNT]."),
                                  updated_at="2031-09-02T08:00:00Z", completed_by={"id": 9, "email": "a@b.example"})],
        # intent only: counts as annotated, not in the escalation or hallucination figures
        ids["ticket"]: [annotation(5, answers(intent="callback"))],
    }
    return by_call, fixes


@pytest.fixture(scope="module")
def round_trip(server, tmp_path_factory):
    day = "2031-08-10"
    work = tmp_path_factory.mktemp("roundtrip")
    ids = seed_day(server, work / "key", day)
    tasks = export_tasks(server, day)
    by_call, fixes = annotate(ids, tasks)
    ls_export = exported(list(tasks.values()), by_call)
    check_against_config(ls_export, label_config(server))
    path = work / "label-studio-export.json"
    path.write_text(json.dumps(ls_export))
    status, counts = post_json(server.url, "/v1/annotations", path.read_bytes())
    assert status == 200, counts
    return {"day": day, "ids": ids, "tasks": tasks, "fixes": fixes, "path": path, "counts": counts}


def test_export_carries_the_bot_turns_annotators_correct(round_trip):
    task = round_trip["tasks"][round_trip["ids"]["escalated"]]
    dialogue = task["data"]["dialogue"]
    assert [(t["author"], t["text"]) for t in dialogue] == DIALOGS["escalated"][0]
    # seq names the turn's event: tts.start for agent turns (call.start is seq 0)
    assert [t["seq"] for t in dialogue] == [1, 3, 4, 6, 7]
    assert task["predictions"][0]["result"][-1] == {"from_name": "route", "to_name": "dialogue",
                                                     "type": "choices", "value": {"choices": ["escalate"]}}


def test_import_counts(round_trip):
    assert round_trip["counts"] == {"annotations": 5, "inserted": 5, "updated": 0, "corrections": 3,
                                    "skipped_cancelled": 0, "skipped_erased_calls": 0}


def test_stored_answers(round_trip, server):
    with psycopg.connect(server.dsn) as conn:
        rows = conn.execute("SELECT annotation_id, call_id, annotator, intent, slot_accuracy, hallucination, "
                            "sentiment, escalation_correct, project FROM annotations WHERE call_id = ANY(%s) "
                            "ORDER BY annotation_id", (list(round_trip["ids"].values()),)).fetchall()
    ids = round_trip["ids"]
    assert rows == [
        ("1", ids["escalated"], "7", "billing", "correct", False, "negative", True, "12"),
        ("2", ids["contained"], "7", "opening_hours", None, True, "neutral", False, "12"),
        ("3", ids["twice"], "7", None, None, True, None, False, "12"),
        ("4", ids["twice"], "9", None, None, False, None, True, "12"),  # the user id, not the email
        ("5", ids["ticket"], "7", "callback", None, None, None, None, "12"),
    ]


def test_preference_pairs_over_http_and_cli(round_trip, server, tmp_path):
    ids, fixes, day = round_trip["ids"], round_trip["fixes"], round_trip["day"]
    status, text = get(server.url, f"/v1/export/preference-pairs?day={day}")
    assert status == 200
    pairs = [json.loads(line) for line in text.splitlines()]
    appliance = pairs[0]["metadata"]["appliance"]
    expected = [
        {"prompt": [{"role": "assistant", "content": GREETING},
                    {"role": "user", "content": "my card [PCI_PAN] was charged twice"}],
         "chosen": [{"role": "assistant", "content": fixes["escalated"]}],
         "rejected": [{"role": "assistant", "content": "I can see the charge."}],
         "metadata": {"appliance": appliance, "call_id": ids["escalated"], "turn_seq": 4, "bot_turn": 1,
                      "annotation": {"project": "12", "id": "1", "annotator": "7"},
                      "labels": {"intent": "billing", "slot_accuracy": "correct", "hallucination": False,
                                 "sentiment": "negative", "escalation_correct": True}}},
        {"prompt": [{"role": "assistant", "content": GREETING}, {"role": "user", "content": "when do you open"}],
         "chosen": [{"role": "assistant", "content": fixes["contained"]}],
         "rejected": [{"role": "assistant", "content": "We open at nine on Sundays."}],
         "metadata": {"appliance": appliance, "call_id": ids["contained"], "turn_seq": 4, "bot_turn": 1,
                      "annotation": {"project": "12", "id": "2", "annotator": "7"},
                      "labels": {"intent": "opening_hours", "hallucination": True, "sentiment": "neutral",
                                 "escalation_correct": False}}},
    ]
    # Same start time and appliance: ordered by call_id. The "twice" call's correction repeats
    # the reply word for word, so it is no preference and gives no pair.
    assert pairs == sorted(expected, key=lambda p: p["metadata"]["call_id"])

    out = tmp_path / "pairs.jsonl"
    done = run_cli("export", "--preference-pairs", "--day", day, "--out", str(out), dsn=server.dsn)
    assert done.returncode == 0, done.stderr
    assert out.read_text() == text and "wrote 2 preference pairs" in done.stderr
    assert get(server.url, "/v1/export/preference-pairs?day=2031-08-11") == (200, "")


def test_sla_report_takes_accuracy_and_hallucination_from_annotations(round_trip, server):
    status, body = get(server.url, f"/v1/report/sla?day={round_trip['day']}")
    assert status == 200
    # escalation_correct: escalated yes, contained no, twice yes (the later annotation) -> 2 of 3
    # hallucination: escalated no, contained yes, twice no -> 1 of 3; ticket answered neither
    assert {k: body[k] for k in ("calls", "annotated_calls", "escalation_annotated", "escalation_accuracy",
                                 "hallucination_annotated", "hallucination_rate")} == {
        "calls": 5, "annotated_calls": 4, "escalation_annotated": 3, "escalation_accuracy": 0.6667,
        "hallucination_annotated": 3, "hallucination_rate": 0.3333}
    # cost: 5 calls * 0.05 + 5 min * 0.5 + 1 escalation * 4.0 + 1 ticket * 1.5 = 8.25 over 3 contained calls
    assert body["cost"] == {"currency": "EUR", "total": 8.25, "per_resolution": 2.75, "resolutions": 3}
    status, csv_text = get(server.url, f"/v1/report/sla?day={round_trip['day']}&format=csv")
    assert "escalation_accuracy,0.6667\n" in csv_text and "hallucination_rate,0.3333\n" in csv_text


def test_reimport_updates_instead_of_duplicating(round_trip, server):
    path, ids = round_trip["path"], round_trip["ids"]
    done = run_cli("import-annotations", str(path), dsn=server.dsn)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == ("5 annotations: 0 new, 5 updated, 3 corrected replies; "
                                   "skipped 0 cancelled, 0 of erased calls")
    ls_export = json.loads(path.read_text())
    edited = next(t for t in ls_export if t["data"]["call_id"] == ids["contained"])
    ann = edited["annotations"][0]
    ann["result"] = [r for r in ann["result"] if r["from_name"] not in ("hallucination", "corrected_reply")]
    ann["result"].append(choice("hallucination", "no"))
    status, counts = post_json(server.url, "/v1/annotations", json.dumps([edited]).encode())
    assert (status, counts["inserted"], counts["updated"], counts["corrections"]) == (200, 0, 1, 0)
    with psycopg.connect(server.dsn) as conn:
        assert conn.execute("SELECT count(*) FROM annotations WHERE call_id = ANY(%s)",
                            (list(ids.values()),)).fetchone()[0] == 5
        assert conn.execute("SELECT hallucination FROM annotations WHERE annotation_id = '2' AND project = '12'"
                            ).fetchone()[0] is False
        assert conn.execute("SELECT count(*) FROM annotation_corrections WHERE annotation_id = '2' "
                            "AND project = '12'").fetchone()[0] == 0
    # put the module's state back for the tests that follow
    status, counts = post_json(server.url, "/v1/annotations", path.read_bytes())
    assert (status, counts["updated"]) == (200, 5)


def test_cancelled_annotation_removes_the_earlier_import(server, tmp_path):
    day = "2031-08-12"
    ids = seed_day(server, tmp_path / "key", day)
    tasks = export_tasks(server, day)
    task = tasks[ids["contained"]]
    first = exported([task], {ids["contained"]: [annotation(70, answers(hallucination="yes"))]}, project=99)
    assert post_json(server.url, "/v1/annotations", json.dumps(first).encode())[1]["inserted"] == 1
    assert get(server.url, f"/v1/report/sla?day={day}")[1]["hallucination_rate"] == 1.0
    skipped = exported([task], {ids["contained"]: [annotation(70, [], cancelled=True)]}, project=99)
    status, counts = post_json(server.url, "/v1/annotations", json.dumps(skipped).encode())
    assert (status, counts["skipped_cancelled"]) == (200, 1)
    assert get(server.url, f"/v1/report/sla?day={day}")[1]["hallucination_rate"] is None


def test_ground_truth_annotation_wins(server, tmp_path):
    day = "2031-08-13"
    ids = seed_day(server, tmp_path / "key", day)
    task = export_tasks(server, day)[ids["escalated"]]
    ls_export = exported([task], {ids["escalated"]: [
        annotation(80, answers(escalation_correct="no"), ground_truth=True, updated_at="2031-09-01T08:00:00Z"),
        annotation(81, answers(escalation_correct="yes"), updated_at="2031-09-05T08:00:00Z")]})
    assert post_json(server.url, "/v1/annotations", json.dumps(ls_export).encode())[0] == 200
    assert get(server.url, f"/v1/report/sla?day={day}")[1]["escalation_accuracy"] == 0.0


def test_erasure_removes_annotations_and_pairs_and_reimport_skips_them(server, tmp_path):
    day = "2031-08-14"
    ids = seed_day(server, tmp_path / "key", day)
    tasks = export_tasks(server, day)
    by_call, _ = annotate(ids, tasks)
    ls_export = json.dumps(exported(list(tasks.values()), by_call, project=314)).encode()
    assert post_json(server.url, "/v1/annotations", ls_export)[0] == 200
    assert len(get(server.url, f"/v1/export/preference-pairs?day={day}")[1].splitlines()) == 2

    done = run_cli("erase", ids["contained"], dsn=server.dsn)
    assert done.returncode == 0 and "1 annotations dropped" in done.stdout
    pairs = [json.loads(line) for line in get(server.url, f"/v1/export/preference-pairs?day={day}")[1].splitlines()]
    assert [p["metadata"]["call_id"] for p in pairs] == [ids["escalated"]]
    report = get(server.url, f"/v1/report/sla?day={day}")[1]
    assert (report["escalation_accuracy"], report["hallucination_rate"]) == (1.0, 0.0)  # 2 of 2 right, 0 of 2

    status, counts = post_json(server.url, "/v1/annotations", ls_export)
    assert (status, counts["skipped_erased_calls"], counts["updated"]) == (200, 1, 4)
    with psycopg.connect(server.dsn) as conn:
        assert conn.execute("SELECT count(*) FROM annotations WHERE call_id = %s",
                            (ids["contained"],)).fetchone()[0] == 0


def test_label_config_over_http_and_cli(server, tmp_path):
    xml = label_config(server)
    out = tmp_path / "config.xml"
    done = run_cli("export", "--label-config", "--out", str(out), dsn=server.dsn)
    assert done.returncode == 0 and out.read_text() == xml
    assert '<Paragraphs name="dialogue" value="$dialogue"' in xml and 'perRegion="true"' in xml


def test_label_config_offers_every_question_the_import_reads():
    names = config_names(labels.label_config(("billing", "a <site> intent")))
    for name, values in labels.CHOICES.items():
        assert names[name] == set(values)
    assert names[labels.INTENT] == {"billing", "a <site> intent"}  # escaped in the XML, intact here
    assert names[labels.TURN_LABELS] == {labels.TURN_LABEL}
    assert names[labels.CORRECTION] is None and labels.OBJECT in names
