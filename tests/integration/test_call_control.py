"""Routes carried out on real calls: opt-out ends with BYE and a DNC entry; an escalation is a
REFER to the human queue (a sipp UAS), a refused transfer becomes a delivered ticket, and a
caller's side that hangs up before the transfer's outcome leaves it recorded as unconfirmed."""

from __future__ import annotations

import subprocess
import time

from callwarden_tools.harness import free_port, place_calls
from callwarden.route.dnc import DoNotCall
from callwarden_tools.render import CallerStyle
from helpers import SCENARIOS, Webhook, all_calls

STYLE = CallerStyle(rate_wpm=160, noise_snr_db=30, seed=41)


def kinds(events, kind):
    return [e.body for e in events if e.kind == kind]


def start_queue(scenario: str, port: int, work_dir) -> subprocess.Popen:
    return subprocess.Popen(["sipp", "-sf", str(SCENARIOS / scenario), "-m", "1", "-i", "127.0.0.1",
                             "-mi", "127.0.0.1", "-p", str(port), "-nostdin", "-timeout", "60s",
                             "-trace_err", "-error_file", str(work_dir / f"{scenario}.err")],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=work_dir)


def test_opt_out_ends_the_call_and_adds_the_caller_to_dnc(daemon_factory, render):
    wav = render(["Hi, I have a question about my bill.", "Please do not call me again."], STYLE,
                 pause_ms=1500, tail_ms=6000)
    daemon = daemon_factory()
    results = place_calls(daemon.uri, [wav], tail_s=5.0, timeout_s=60)
    (call, events), = all_calls(daemon.state_dir)
    heard = [e.body["text"] for e in events if e.kind == "utterance.final"]
    assert [f["type"] for f in kinds(events, "flag")] == ["opt_out"], heard
    routes = kinds(events, "route")
    assert routes[0]["action"] == "end" and routes[-1] == {**routes[-1], "action": "end", "final": True}
    assert any(t["text"].startswith("Thank you for calling") for t in kinds(events, "tts.start"))
    assert call.end_reason == "agent_end" and results[0]["connected"]
    assert DoNotCall(daemon.state_dir).contains("sip:caller@127.0.0.1")


def escalate_to(queue_scenario: str, tail_s: float, daemon_factory, render, tmp_path):
    """A caller asks for a human with the queue played by `queue_scenario`; the call's timeline,
    the queue's port and its sipp process (finished)."""
    queue_port = free_port()
    queue = start_queue(queue_scenario, queue_port, tmp_path)
    wav = render(["Hello, it's about my account.", "I want to talk to a human agent."], STYLE,
                 pause_ms=1500, tail_ms=1000)
    daemon = daemon_factory("--set", f'route.escalate_uri="sip:queue@127.0.0.1:{queue_port}"')
    place_calls(daemon.uri, [wav], tail_s=tail_s, timeout_s=60)
    out, err = queue.communicate(timeout=60)
    (call, events), = all_calls(daemon.state_dir)
    return call, events, queue_port, (queue.returncode, out[-1500:] + err[-1500:])


def test_escalation_is_a_refer_to_the_human_queue(daemon_factory, render, tmp_path):
    call, events, queue_port, (rc, queue_log) = escalate_to("uas_queue_answer.xml", 10.0, daemon_factory,
                                                            render, tmp_path)
    assert rc == 0, queue_log     # INVITE arrived with X-Callwarden-Call-Id
    assert "escalation_request" in [f["type"] for f in kinds(events, "flag")]
    route = kinds(events, "route")[0]
    assert route["action"] == "escalate" and route["latency_ms"] < 1000
    transfer, = kinds(events, "transfer")
    assert transfer["result"] == "ok" and transfer["target"].endswith(f":{queue_port}")
    assert call.end_reason == "transferred"
    assert 0 <= transfer["flag_to_refer_ms"] < transfer["refer_sent_ms"]


def test_refused_transfer_becomes_a_delivered_ticket(daemon_factory, render, tmp_path):
    queue_port, hook_port = free_port(), free_port()
    hook = Webhook(hook_port)
    queue = start_queue("uas_queue_busy.xml", queue_port, tmp_path)
    wav = render(["Hello, it's about my account.", "Let me talk to your supervisor."], STYLE,
                 pause_ms=1500, tail_ms=1000)
    try:
        daemon = daemon_factory("--set", f'route.escalate_uri="sip:queue@127.0.0.1:{queue_port}"',
                                "--set", f'route.ticket_webhook_url="http://127.0.0.1:{hook_port}/t"')
        place_calls(daemon.uri, [wav], tail_s=12.0, timeout_s=60)
        queue.communicate(timeout=30)
        deadline = time.monotonic() + 10
        while not hook.received and time.monotonic() < deadline:
            time.sleep(0.1)
    finally:
        hook.close()
    (call, events), = all_calls(daemon.state_dir)
    transfer, = kinds(events, "transfer")
    assert transfer["result"] == "failed" and transfer["sip_status"] == 486
    ticket, = kinds(events, "ticket")
    assert ticket["result"] == "queued"
    assert any(t["text"].startswith("I'm sorry, nobody can take") for t in kinds(events, "tts.start"))
    delivered, = hook.received
    assert delivered["ticket_id"] == ticket["id"] and delivered["call_id"] == call.call_id
    assert "escalation_request" in delivered["flags"]
    assert any("supervisor" in t["text"].lower() for t in delivered["transcript"])


def test_a_hang_up_before_the_final_notify_leaves_the_transfer_unconfirmed(daemon_factory, render, tmp_path):
    # The transferee accepts the REFER, the queue only rings, and the first leg is hung up by the
    # caller's side before any final NOTIFY: the timeline says the transfer was under way.
    call, events, queue_port, _ = escalate_to("uas_queue_ringing.xml", 4.0, daemon_factory, render, tmp_path)
    assert [r["action"] for r in kinds(events, "route")][0] == "escalate"
    transfer, = kinds(events, "transfer")
    assert transfer["result"] == "unconfirmed" and transfer["sip_status"] in (180, 183), transfer
    assert transfer["target"].endswith(f":{queue_port}") and "refer_sent_ms" in transfer
    assert call.end_reason == "caller_bye"
    assert not kinds(events, "ticket"), "an accepted transfer is not a failed one"
