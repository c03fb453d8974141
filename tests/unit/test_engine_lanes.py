"""The engine's lanes and partial budget, with a stand-in model: finals never wait behind partials,
partials are shed and slowed past their CPU budget, every call's finals share one batch."""

from __future__ import annotations

import asyncio
import threading
from dataclasses import replace

import numpy as np
import pytest

from callwarden.engine import server as engine_mod
from callwarden.engine.batching import FINAL, PARTIAL, PREFIX, BatchQueue, Job
from callwarden.engine.budget import PartialBudget
from callwarden.engine.transcriber import Transcript
from callwarden.config import Config
from tests.helpers import until


LONG = 16000 * 8


class FakeTranscriber:
    """Decodes instantly, except that a batch of partials waits until the test lets it go."""
    release_partials = threading.Event()
    started_partials = threading.Event()
    batches: list = []

    def __init__(self, cfg) -> None:
        self.cfg = cfg
        self.model_dir, self.device, self.compute_type = "fake", "cpu", "int8"

    def warm_up(self) -> None:
        pass

    def transcribe_batch(self, audios, min_window_s=None, evidence=True, **_):
        partial = min_window_s is not None
        if len(audios) == 1 and len(audios[0]) == 16000 and not audios[0].any():
            return [Transcript("", 0.0, 0.0)]          # the engine's warm-up
        FakeTranscriber.batches.append(("partial" if partial else "final", [len(a) for a in audios]))
        if partial or len(audios[0]) >= LONG:     # a partial batch, or a long turn's prefix
            FakeTranscriber.started_partials.set()
            assert FakeTranscriber.release_partials.wait(30)
        return [Transcript(f"{'partial' if partial else 'final'} {len(a)}", 0.9, 1.0) for a in audios]

    @staticmethod
    def looping(transcripts):
        return []


@pytest.fixture
def fake_model(monkeypatch):
    monkeypatch.setattr(engine_mod, "Transcriber", FakeTranscriber)
    FakeTranscriber.release_partials = threading.Event()
    FakeTranscriber.started_partials = threading.Event()
    FakeTranscriber.batches = []


def make_engine(**asr) -> engine_mod.Engine:
    cfg = Config()
    cfg = replace(cfg, tts=replace(cfg.tts, enabled=False), asr=replace(cfg.asr, **asr))
    return engine_mod.Engine(cfg)


async def run_lanes(engine, body):
    engine._loop = asyncio.get_running_loop()
    lanes = [threading.Thread(target=engine.run_batches, args=(i,), daemon=True) for i in range(len(engine.lanes))]
    for t in lanes:
        t.start()
    try:
        return await body()
    finally:
        engine.stop()
        FakeTranscriber.release_partials.set()
        for t in lanes:
            t.join(10)


def ask(engine, kind, samples, call_id, answers):
    """Puts a request as a worker's would; its answer is appended to `answers` as (call_id, reply)."""
    engine._handle({"id": call_id, "kind": kind, "call_id": call_id, "audio": np.ones(samples, "<f4").tobytes()},
                   lambda reply: answers.append((call_id, reply)))


def test_a_final_is_decoded_while_a_partial_batch_holds_the_other_lane(fake_model):
    engine = make_engine(decode_lanes=2)
    answers = []

    async def body():
        ask(engine, PARTIAL, 8000, "a", answers)
        await until(FakeTranscriber.started_partials.is_set, "the partial never started")
        ask(engine, FINAL, 16000 * 2, "b", answers)
        await until(lambda: answers, "the final was not answered while the partial batch ran")
        assert answers == [("b", answers[0][1])] and answers[0][1]["text"] == "final 32000"
        FakeTranscriber.release_partials.set()
        await until(lambda: len(answers) == 2, "the partial was never answered")
    asyncio.run(run_lanes(engine, body))
    assert [a[0] for a in answers] == ["b", "a"]


def test_a_long_prefix_decoding_holds_no_final_and_lane_0_never_takes_background_work(fake_model):
    engine = make_engine(decode_lanes=2)
    answers = []

    async def body():
        ask(engine, PREFIX, LONG, "long", answers)
        await until(FakeTranscriber.started_partials.is_set, "the prefix never started")
        for call in ("a", "b"):
            ask(engine, FINAL, 16000, call, answers)
        await until(lambda: len(answers) == 2, "the finals waited for the prefix")
        ask(engine, PARTIAL, 8000, "p", answers)          # lane 1 is busy: lane 0 leaves it waiting
        ask(engine, FINAL, 16000, "c", answers)
        await until(lambda: len(answers) == 3, "the third final waited")
        assert len(engine.queue.partials) == 1
        FakeTranscriber.release_partials.set()
        await until(lambda: len(answers) == 5, "the prefix and the partial were never answered")
    asyncio.run(run_lanes(engine, body))
    assert [a[0] for a in answers[:3]] == ["a", "b", "c"] and {a[0] for a in answers[3:]} == {"long", "p"}
    assert engine.lanes[1] is not None and engine.lanes_ready.is_set()


def test_one_lane_a_final_arriving_in_the_batch_window_goes_before_queued_partials(fake_model):
    engine = make_engine(decode_lanes=1, batch_window_ms=100)
    FakeTranscriber.release_partials.set()
    answers = []

    async def body():
        for call in ("p1", "p2", "p3"):
            ask(engine, PARTIAL, 8000, call, answers)
        ask(engine, FINAL, 16000, "f", answers)
        await until(lambda: len(answers) == 4, "not every request was answered")
    asyncio.run(run_lanes(engine, body))
    assert answers[0][0] == "f"
    assert FakeTranscriber.batches[0] == ("final", [16000])


def test_finals_of_every_call_share_one_batch_and_prefixes_are_never_shed(fake_model):
    engine = make_engine(decode_lanes=1, batch_window_ms=100, max_partials_queued=0)
    FakeTranscriber.release_partials.set()
    answers = []

    async def body():
        for call in ("a", "b", "c"):
            ask(engine, FINAL, 16000, call, answers)
        ask(engine, PREFIX, 16000 * 8, "d", answers)
        ask(engine, PARTIAL, 8000, "e", answers)          # no room: shed at once
        await until(lambda: len(answers) == 5, "not every request was answered")
    asyncio.run(run_lanes(engine, body))
    assert FakeTranscriber.batches[0] == ("final", [16000, 16000, 16000])
    assert ("final", [16000 * 8]) in FakeTranscriber.batches          # the prefix, decoded like a final
    assert dict(answers)["e"] == {"id": "e", "ok": False, "shed": True, "why": "queue"}
    assert dict(answers)["d"]["text"] == "final 128000"


def test_partials_past_their_cpu_budget_are_shed_and_slowed(fake_model):
    engine = make_engine(decode_lanes=2, partial_share=0.2)
    FakeTranscriber.release_partials.set()
    answers = []

    async def body():
        # As if partials had just kept a lane busy for the whole window: over a 0.2 share.
        now = engine_mod.time.monotonic()
        engine.budget.observe(now - 2.0, now, 1.0, 10)
        for call in ("a", "b", "c"):
            ask(engine, PARTIAL, 8000, call, answers)
        await until(lambda: len(answers) == 3, "the partials were neither decoded nor shed")
        ask(engine, FINAL, 16000, "f", answers)          # finals are never held by the budget
        await until(lambda: len(answers) == 4, "the final was not answered")
    asyncio.run(run_lanes(engine, body))
    shed = [reply for call, reply in answers if call != "f"]
    assert all(r["shed"] and r["why"] == "budget" for r in shed), shed
    assert dict(answers)["f"]["ok"]
    assert engine.budget.shed["budget"] == 3
    assert engine.budget.adapt(engine_mod.time.monotonic()) > engine.cfg.asr.partial_interval_ms
    stats = engine.budget.stats(engine_mod.time.monotonic())
    assert stats["partials_shed"]["budget"] == 3 and stats["partial_interval_ms"] > 300


def test_the_budget_grows_the_interval_under_load_and_brings_it_back():
    b = PartialBudget(0.3, 300, window_s=2.0)
    assert b.allowed(10.0) and b.adapt(10.0) == 300
    b.observe(9.0, 10.0, 1.0, 4)             # half the window on one full-weight lane
    assert not b.allowed(10.0) and b.spent(10.0) == pytest.approx(0.5)
    grown = [b.adapt(10.0 + i * 0.25) for i in range(3)]
    assert grown == sorted(grown) and grown[-1] > 300
    assert b.allowed(12.5)                   # the span aged out of the window
    for i in range(40):
        b.adapt(13.0 + i * 0.25)
    assert b.interval_ms == 300
    b.note_shed("budget", 2)
    assert b.adapt(30.0) > 300               # a shed partial is load the workers should not ask for


def test_a_newer_partial_from_the_same_call_replaces_the_waiting_one():
    q = BatchQueue(max_partials=8)
    assert q.put(Job(PARTIAL, np.ones(3), 1.0, call_id="a")) == []        # arrays: removed by identity
    q.partials[0].audio = 1
    assert q.put(Job(PARTIAL, 2, 1.1, call_id="b")) == []
    shed = q.put(Job(PARTIAL, 3, 1.2, call_id="a"))
    assert [j.audio for j in shed] == [1] and [j.audio for j in q.partials] == [2, 3]
    assert [j.audio for j in q.shed_stale_partials(2.15, 1.0)] == [2] and len(q.partials) == 1
    assert q.take(8, partials_ok=False) == [] and len(q.partials) == 1
