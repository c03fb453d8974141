"""A caller's last words count even when they are transcribed after the caller hung up.

A caller who says "stop calling me" and hangs up at once sends the BYE before that turn's final
is back from the engine; CallSession.end waits for it, and the route it decides is recorded. The
route is also carried out as far as a call that is gone allows: the opt-out goes on the
do-not-call list, a hand-off becomes a ticket. Here the engine answers only once the BYE is
handled (an event, not a timer), so the final always comes after the hang-up.
"""

from __future__ import annotations

import asyncio

import numpy as np

from callwarden.admin.metrics import Metrics
from callwarden.config import from_dict
from callwarden.engine.client import EngineClient
from callwarden.engine.transcriber import Transcript
from callwarden.route.dnc import DoNotCall
from callwarden.route.tickets import TicketQueue
from callwarden.runtime.worker import Worker
from callwarden.sip import stack as sip
from callwarden.timeline import TimelineStore
from tests.helpers import FakeStack

CALLER = "sip:+15551234567@127.0.0.1"


def make_worker(tmp_path) -> Worker:
    cfg = from_dict({"daemon": {"state_dir": str(tmp_path)}, "tts": {"enabled": False}, "asr": {"partials": False}})
    worker = Worker(cfg, TimelineStore(tmp_path), EngineClient(tmp_path / "none.sock"), None, Metrics(),
                    DoNotCall(tmp_path, "US"), TicketQueue(tmp_path, ""))
    worker.stack = FakeStack()
    return worker


def speechlike(rng, seconds, loud=True):
    n = int(seconds * 8000)
    return (rng.standard_normal(n) * (4000 if loud else 20)).astype("<i2")


def last_turn_after_bye(tmp_path, said: str):
    """One call: a 1.5 s turn, quiet past the endpoint, then the caller's BYE; the engine answers
    the turn's final only after the BYE was handled. (events, worker) once the call is closed."""
    async def run():
        worker = make_worker(tmp_path)
        worker._loop = asyncio.get_running_loop()
        bye_handled = asyncio.Event()
        asked = []

        async def transcribe(audio, kind="final", call_id=""):
            asked.append(kind)
            await bye_handled.wait()
            return Transcript(said, 0.9, 1.0)

        worker.transcribe = transcribe
        worker.dispatch(sip.Incoming(0, CALLER, "sip:bot@127.0.0.1", "cid", {}, "PCMU"))
        session = worker.sessions[0]
        worker.dispatch(sip.Answered(0, "PCMU"))
        rng = np.random.default_rng(3)
        pcm = np.concatenate([speechlike(rng, 1.0, loud=False), speechlike(rng, 1.5),
                              speechlike(rng, 2.0, loud=False)]).tobytes()
        for i in range(0, len(pcm) - 639, 640):
            worker.dispatch(sip.Frame(0, pcm[i:i + 640], session.clock._t0 + (i // 640 + 1) * 0.04))
            await asyncio.sleep(0)
        assert "final" in asked and not session.ended      # the turn is with the engine, not back yet
        worker.dispatch(sip.Ended(0, "caller_bye", 0))
        while not session.ended:                           # the BYE reached the session
            await asyncio.sleep(0)
        bye_handled.set()
        await asyncio.gather(*worker._endings)
        return worker.store.events(session.call_id), worker

    return asyncio.run(run())


def routes(events):
    return [(e.body["action"], bool(e.body.get("final"))) for e in events if e.kind == "route"]


def test_an_opt_out_transcribed_after_the_hang_up_goes_on_the_do_not_call_list(tmp_path):
    events, worker = last_turn_after_bye(tmp_path, "Stop calling me, I don't want these calls.")
    kinds = [e.kind for e in events]
    assert kinds.index("utterance.final") < kinds.index("call.end")
    assert [e.body["type"] for e in events if e.kind == "flag"] == ["opt_out"]
    assert routes(events) == [("end", False), ("end", True)]
    assert worker.dnc.contains(CALLER)
    assert worker.tickets.queued() == 0


def test_a_request_for_a_person_transcribed_after_the_hang_up_becomes_a_ticket(tmp_path):
    events, worker = last_turn_after_bye(tmp_path, "I want to talk to a human agent.")
    assert [e.body["type"] for e in events if e.kind == "flag"] == ["escalation_request"]
    assert routes(events) == [("escalate", False), ("escalate", True)]
    tickets = [e.body for e in events if e.kind == "ticket"]
    assert len(tickets) == 1 and tickets[0]["result"] == "queued", tickets
    assert "hung up" in tickets[0]["reason"]
    assert worker.tickets.queued() == 1
    assert not worker.dnc.contains(CALLER)
