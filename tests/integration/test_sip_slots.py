"""pjsua's call slots under reuse, on a real SIP stack (pjsua2 in this process) over raw UDP.

pjsua gives an ended call's slot to the next INVITE, even one read in the same poll as the BYE
that ended it; under load (a flood, calls set up and torn down back to back) one poll reads many
requests. The test lets the SIP thread poll only when told, so that chosen requests are read in
one poll: the worst moment, made certain instead of waited for.
"""

from __future__ import annotations

import threading
import time

import pytest

from callwarden.config import SipConfig
from callwarden_tools.harness import free_port
from callwarden.sip import stack as sip
from raw_call import RawCall

GENEROUS_S = 30.0


class Polls:
    """Gates the SIP thread's polls: step() lets exactly one poll (and the rest of that loop turn,
    the freeing of ended calls included) run, reading everything sent before it."""

    def __init__(self) -> None:
        self.tickets = threading.Semaphore(0)
        self.parked = threading.Event()
        self.free = False

    def gated(self, poll):
        def gated_poll(ep, msec):
            if not self.free:
                self.parked.set()
                self.tickets.acquire()
            return poll(ep, msec)
        return gated_poll

    def step(self, *sends) -> None:
        assert self.parked.wait(GENEROUS_S), "the SIP thread never came back to its poll"
        for send in sends:
            send()
        self.parked.clear()
        self.tickets.release()
        assert self.parked.wait(GENEROUS_S), "the SIP thread never came back to its poll"

    def run_free(self) -> None:
        self.free = True
        self.tickets.release()


@pytest.fixture
def gated_stack(monkeypatch):
    polls = Polls()
    monkeypatch.setattr(sip._Endpoint, "libHandleEvents", polls.gated(sip._Endpoint.libHandleEvents))
    events: list = []
    rtp = free_port(span=40)
    cfg = SipConfig(host="127.0.0.1", port=free_port(), transports=["udp"], rtp_port_min=rtp, rtp_port_range=40,
                    max_calls=2, rtp_timeout_s=600)
    stack = sip.SipStack(cfg, events.append)
    polls.run_free()                # start-up polls freely; the test gates from its first call on
    stack.start()
    polls.free = False
    try:
        yield stack, polls, events
    finally:
        polls.run_free()
        stack.stop()


def test_a_slot_freed_and_taken_in_one_poll_leaves_the_new_call_up_and_the_next_answered(gated_stack):
    stack, polls, events = gated_stack
    target = ("127.0.0.1", stack.cfg.port)
    calls = {name: RawCall(target) for name in "LABC"}
    L, A, B, C = calls.values()
    got = {}

    def call_up(name: str) -> None:
        polls.step(calls[name].send_invite)
        got[f"{name} invite"] = calls[name].final("INVITE")
        polls.step(calls[name].ack)

    def hang_up(name: str) -> None:
        polls.step(calls[name].send_bye)
        got[f"{name} bye"] = calls[name].final("BYE")

    try:
        call_up("L")        # L holds slot 0 until B is up: B can only land in slot 1
        call_up("A")
        polls.step(A.send_bye, B.send_invite)       # B takes A's slot in the poll that ended A
        got["A bye"], got["B invite"] = A.final("BYE"), B.final("INVITE")
        polls.step(B.ack)
        # Freeing A's Call object after B took the slot hung B up (a BYE from the stack; ours then
        # found no dialog) and detached B: its end was never reported, the worker held a ghost.
        hang_up("B")
        hang_up("L")
        # With room again, the next INVITE in that slot replaced the ghost, whose freed Call
        # declined it: 603.
        call_up("C")
        hang_up("C")
    finally:
        polls.run_free()
        for call in calls.values():
            call.close()
    assert got == {k: 200 for k in got}, str(got)
    assert not [(n, c.requests) for n, c in calls.items() if c.requests], "the stack hung up a call itself"
    deadline = time.monotonic() + GENEROUS_S
    while sum(isinstance(e, sip.Ended) for e in events) < len(calls):
        assert time.monotonic() < deadline, [e for e in events if not isinstance(e, sip.Frame)]
        time.sleep(0.02)
    assert sum(isinstance(e, sip.Incoming) for e in events) == len(calls)
    assert not [e for e in events if isinstance(e, sip.Rejected)]
