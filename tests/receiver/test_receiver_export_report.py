"""Label Studio export and SLA report, over HTTP and the CLI, on a day of its own."""

from __future__ import annotations

import csv
import io
import json
import uuid

import pytest

from callwarden.events import CallEvent
from callwarden.receiver.export import in_random_sample
from callwarden.wire import batch as wire
from conftest import register, run_cli
from rx_util import Appliance, call_events, get, post

DAY = "2031-06-02"
WALL = f"{DAY}T10:00:00.000Z"


def extra(call_id: str, seq: int, kind: str, body: dict) -> dict:
    return CallEvent(call_id, seq, 5000 + seq, WALL, kind, "system", body).to_dict()


@pytest.fixture(scope="module")
def day_calls(server, tmp_path_factory):
    """Five calls on DAY (and one the day after), sent through the real API."""
    app = register(server.dsn, Appliance(tmp_path_factory.mktemp("k"), name=f"sla-{uuid.uuid4().hex[:8]}"))
    ids = {name: str(uuid.uuid4()) for name in ("auto", "optout", "escalate", "ticket", "unrouted", "nextday")}
    batches = [
        call_events(ids["auto"], texts=("my bill", "thanks"), route="auto", end=True, wall=WALL),
        call_events(ids["optout"], texts=("stop calling me",), wall=WALL, route="end", end=True,
                    flags=({"type": "opt_out"},)),
        call_events(ids["escalate"], texts=("a human please",), wall=WALL, route="escalate",
                    flags=({"type": "escalation_request", "severity": "critical", "latency_ms": 450},))
        + [extra(ids["escalate"], 4, "transfer", {"target": "sip:q@pbx", "result": "ok"})],
        call_events(ids["ticket"], texts=("call me back",), wall=WALL, route="ticket")
        + [extra(ids["ticket"], 3, "ticket", {"id": "T-1", "result": "created", "reason": "callback"})],
        call_events(ids["unrouted"], texts=("card 4111",), wall=WALL, redactions=1),
        call_events(ids["nextday"], texts=("tomorrow",), wall="2031-06-03T00:00:00.000Z", route="escalate"),
    ]
    for events in batches:
        batch = app.make(events)
        status, answer = post(server.url, wire.encode(batch))
        assert status == 200, answer
        app.accept(batch)
    return ids


EXPECTED = {
    "day": DAY, "calls": 5, "erased_calls": 0, "contained": 2, "containment_rate": 0.4,
    "escalated": 1, "escalation_rate": 0.2, "tickets": 1, "ticket_rate": 0.2, "opt_outs": 1, "opt_out_rate": 0.2,
    "transfers": 1, "transfer_rate": 0.2,
    # nothing annotated on this day: the annotation figures are not applicable
    "annotated_calls": 0, "escalation_annotated": 0, "escalation_accuracy": None,
    "hallucination_annotated": 0, "hallucination_rate": None,
    "flags": {"escalation_request": 1, "opt_out": 1},
    "asr_latency_ms": {"n": 6, "p50": 120, "p99": 130},
    "flag_latency_ms": {"n": 2, "p50": 300, "p99": 450},
    # opt-out 20 % is past 15 %; transfers 20 % are under 40 %
    "alarms": {"opt_out_rate": {"threshold": 0.15, "firing": True},
               "transfer_rate": {"threshold": 0.4, "firing": False}},
    # conftest.SERVER_CONFIG: 5 calls * 0.05 + 2 ended calls * 4.2 s = 0.14 min * 0.5
    # + 1 escalation * 4.0 + 1 ticket * 1.5 = 5.82, over 2 contained calls
    "cost": {"currency": "EUR", "total": 5.82, "per_resolution": 2.91, "resolutions": 2},
}


def test_sla_report_json_over_http_and_cli(server, day_calls):
    assert get(server.url, f"/v1/report/sla?day={DAY}") == (200, EXPECTED)
    done = run_cli("--config", str(server.config_path), "report", "--day", DAY, dsn=server.dsn)
    assert done.returncode == 0 and json.loads(done.stdout) == EXPECTED
    assert "ALARM: opt_out_rate on 2031-06-02 is 20.0%, past 15.0%" in done.stderr
    assert get(server.url, "/v1/report/sla")[0] == 400


def test_sla_report_csv(server, day_calls):
    done = run_cli("--config", str(server.config_path), "report", "--day", DAY, "--csv", dsn=server.dsn)
    rows = dict(csv.reader(io.StringIO(done.stdout)))
    assert rows["metric"] == "value"
    assert rows["calls"] == "5" and rows["containment_rate"] == "0.4" and rows["flags.opt_out"] == "1"
    assert rows["asr_latency_ms.p99"] == "130"
    assert rows["escalation_accuracy"] == "n/a" and rows["hallucination_rate"] == "n/a"
    assert rows["alarms.opt_out_rate.firing"] == "true" and rows["alarms.transfer_rate.firing"] == "false"
    assert rows["cost.per_resolution"] == "2.91" and rows["cost.currency"] == "EUR"
    status, text = get(server.url, f"/v1/report/sla?day={DAY}&format=csv")
    assert status == 200 and text == done.stdout


def test_empty_day_report(server):
    status, body = get(server.url, "/v1/report/sla?day=1999-01-01")
    assert status == 200 and body["calls"] == 0 and body["containment_rate"] is None
    assert body["alarms"]["opt_out_rate"]["firing"] is False
    assert body["cost"] == {"currency": "EUR", "total": 0.0, "per_resolution": None, "resolutions": 0}


def test_cost_is_null_without_cost_inputs(server, day_calls):
    done = run_cli("report", "--day", DAY, dsn=server.dsn)  # no --config: every cost input is 0
    assert done.returncode == 0
    assert json.loads(done.stdout)["cost"] == {"currency": "USD", "total": None, "per_resolution": None,
                                               "resolutions": 2}


def test_label_studio_export_strata(server, day_calls, tmp_path):
    status, tasks = get(server.url, f"/v1/export/label-studio?day={DAY}&percent=0")
    assert status == 200
    by_id = {t["data"]["call_id"]: t for t in tasks}
    # percent 0: only the critical-flag and the redaction strata
    assert set(by_id) == {day_calls["escalate"], day_calls["unrouted"]}
    assert by_id[day_calls["escalate"]]["data"]["strata"] == ["critical"]
    assert by_id[day_calls["unrouted"]]["data"]["strata"] == ["redaction"]
    esc = by_id[day_calls["escalate"]]
    assert esc["data"]["utterances"] == [{"speaker": "caller", "start_ms": 0, "end_ms": 800,
                                          "text": "a human please"}]
    assert esc["data"]["text"] == "caller [0.0s-0.8s]: a human please"
    results = esc["predictions"][0]["result"]
    assert results[0]["value"] == {"choices": ["escalation_request"]}
    assert results[1]["value"] == {"choices": ["escalate"]}

    out = tmp_path / "tasks.json"
    done = run_cli("export", "--day", DAY, "--percent", "100", "--out", str(out), dsn=server.dsn)
    assert done.returncode == 0, done.stderr
    everything = json.loads(out.read_text())
    assert len(everything) == 5
    assert all("random" in t["data"]["strata"] for t in everything)


def test_random_stratum_is_deterministic_and_near_its_share():
    ids = [str(uuid.UUID(int=i * 7919 + 1)) for i in range(4000)]
    picked = [i for i in ids if in_random_sample(i, 7.0)]
    assert picked == [i for i in ids if in_random_sample(i, 7.0)]
    assert 0.055 < len(picked) / len(ids) < 0.085
    assert not any(in_random_sample(i, 0.0) for i in ids) and all(in_random_sample(i, 100.0) for i in ids)


def test_erased_calls_are_not_exported(server, tmp_path):
    app = register(server.dsn, Appliance(tmp_path / "k"))
    call_id = str(uuid.uuid4())
    batch = app.make(call_events(call_id, texts=("card 4111",), wall="2031-07-01T10:00:00.000Z", redactions=1))
    assert post(server.url, wire.encode(batch))[0] == 200
    assert len(get(server.url, "/v1/export/label-studio?day=2031-07-01&percent=0")[1]) == 1
    assert run_cli("erase", call_id, dsn=server.dsn).returncode == 0
    assert get(server.url, "/v1/export/label-studio?day=2031-07-01&percent=0") == (200, [])
    status, detail = get(server.url, f"/v1/calls/{call_id}")
    assert detail["call"]["erased"] is True and detail["call"]["from"] is None
    assert all(e["body"] == {"erased": True} for e in detail["events"])
