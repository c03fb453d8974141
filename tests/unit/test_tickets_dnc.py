"""Ticket webhook delivery from the on-disk queue, and the do-not-call list."""

from __future__ import annotations

from callwarden_tools.harness import free_port
from callwarden.route import tickets as tickets_mod
from callwarden.route.dnc import DoNotCall, number_of
from callwarden.route.tickets import TicketQueue
from helpers import Webhook


def test_webhook_down_then_up_delivers_each_ticket_once_in_order(tmp_path, monkeypatch):
    monkeypatch.setattr(tickets_mod, "RETRY_MIN_S", 0.0)
    port = free_port()
    q = TicketQueue(tmp_path, f"http://127.0.0.1:{port}/tickets", timeout_s=2)
    ids = [q.enqueue({"call_id": f"c{i}", "reason": "test", "flags": [], "transcript": []}) for i in range(3)]
    assert q.deliver_due() == 0 and q.queued() == 3           # nobody listening: nothing lost
    hook = Webhook(port)
    try:
        assert q.deliver_due() == 3 and q.queued() == 0
        assert q.deliver_due() == 0                           # delivered ones are not sent again
        assert [t["ticket_id"] for t in hook.received] == ids
        assert [t["call_id"] for t in hook.received] == ["c0", "c1", "c2"]
    finally:
        hook.close()


def test_webhook_error_keeps_the_ticket(tmp_path, monkeypatch):
    monkeypatch.setattr(tickets_mod, "RETRY_MIN_S", 0.0)
    port = free_port()
    hook = Webhook(port, status=500)
    try:
        q = TicketQueue(tmp_path, f"http://127.0.0.1:{port}/")
        q.enqueue({"call_id": "c"})
        assert q.deliver_due() == 0 and q.queued() == 1 and len(hook.received) == 1
    finally:
        hook.close()
    reopened = TicketQueue(tmp_path, "http://127.0.0.1:1/")   # survives a restart
    assert reopened.queued() == 1


def test_dnc_keeps_keyed_hashes_only(tmp_path):
    dnc = DoNotCall(tmp_path)
    h = dnc.add('"Bob" <sip:+1 (555) 010-0100@pbx.example>', "opt_out")
    assert dnc.contains("sip:15550100100@other-pbx") and not dnc.contains("sip:15550100101@pbx")
    assert len(h) == 64 and "5550100100" not in (tmp_path / "dnc.sqlite3").read_bytes().decode("latin-1")
    other = DoNotCall(tmp_path / "other")
    assert other.key_of("15550100100") != h                   # keyed: useless off this box
    assert dnc.remove("+1 555 010 0100") and dnc.entries() == []
    assert number_of("sip:alice@example.com") == "alice"
    assert oct((tmp_path / "dnc.key").stat().st_mode & 0o777) == "0o600"
