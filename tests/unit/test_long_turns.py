"""Long turns: the settled part is decoded while the caller speaks, the endpoint decodes only the tail,
and the final's text is the prefixes' text followed by the tail's. Frames reach calls in batches."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import numpy as np
import pytest

from callwarden import events as ev
from callwarden.admin.metrics import Metrics, total
from callwarden.engine.client import EngineClient
from callwarden.engine.prefix import PAUSE_MS, RATE_HZ, TurnPrefix, join_pieces, join_texts, merge_evidence
from callwarden.engine.transcriber import Transcript
from callwarden.audio.frames import FrameDecoder
from callwarden.config import from_dict
from callwarden.route.dnc import DoNotCall
from callwarden.route.tickets import TicketQueue
from callwarden.sip import stack as sip
from callwarden.sip.rxport import FrameMailbox
from callwarden.timeline import TimelineStore
from tests.helpers import FakeStack
from callwarden.runtime.worker import Worker


def test_a_prefix_is_cut_in_a_pause_once_enough_is_unsettled():
    p = TurnPrefix(6.0)
    pause = PAUSE_MS * RATE_HZ // 1000
    assert p.at_pause(3 * RATE_HZ, pause) is None                 # not 6 s yet
    assert p.at_pause(7 * RATE_HZ, pause // 2) is None            # a gap inside a word, not a pause
    start, end = p.at_pause(7 * RATE_HZ, pause)
    assert start == 0 and 7 * RATE_HZ < end < 7 * RATE_HZ + pause and p.settled == end
    assert p.at_pause(9 * RATE_HZ, pause) is None                 # 2 s since the cut
    assert p.at_pause(14 * RATE_HZ, pause)[0] == end
    assert TurnPrefix(0).at_pause(20 * RATE_HZ, pause) is None    # off


def test_a_caller_who_never_pauses_is_cut_at_the_quietest_moment():
    p = TurnPrefix(4.0)
    rng = np.random.default_rng(3)
    audio = (rng.standard_normal(9 * RATE_HZ) * 0.3).astype(np.float32)
    quiet = 9 * RATE_HZ - RATE_HZ // 2                            # 0.5 s before the end
    audio[quiet:quiet + 320] *= 0.001
    assert p.unpaused(audio[:7 * RATE_HZ]) is None                # under 2 x 4 s
    start, end = p.unpaused(audio)
    assert start == 0 and quiet <= end < quiet + 320


def test_a_settled_prefix_hands_its_last_segment_to_the_next_piece_only_while_it_is_the_last_cut():
    p = TurnPrefix(4.0)
    pause = PAUSE_MS * RATE_HZ // 1000
    first = p.at_pause(5 * RATE_HZ, pause)
    assert p.settle(first[0], first[1], 3 * RATE_HZ) and p.settled == 3 * RATE_HZ
    assert not p.settle(first[0], 3 * RATE_HZ, 5 * RATE_HZ)          # past its own end: nothing to give back
    second = p.at_pause(9 * RATE_HZ, pause)
    assert second[0] == 3 * RATE_HZ                                   # the next piece starts at the settled point
    third = p.at_pause(15 * RATE_HZ, pause)
    assert not p.settle(second[0], second[1], RATE_HZ)                # a later cut was made: too late to move
    assert p.settled == third[1]


def test_pieces_join_without_the_words_both_heard_only_where_they_overlap():
    pieces = ["The code on the card is seven", "card is seven one five nine.", "Thank you."]
    assert join_pieces(pieces, [True, False]) == "The code on the card is seven one five nine. Thank you."
    # Without an overlap a repeat is what was said (a card's "one one one one, one one one one").
    assert join_pieces(["one one one one,", "one one one one."], [False]) == "one one one one, one one one one."
    assert join_pieces(["Hello.", "", "hello again"], [True, True]) == "Hello. again"
    assert join_pieces(["Please check my refund", "Refund, has been processed."], [True]) == \
        "Please check my refund has been processed."           # compared as plain words


def test_texts_and_evidence_join():
    assert join_texts(["Hello there.", "", " I am calling ", "about my bill."]) == \
        "Hello there. I am calling about my bill."
    merged = merge_evidence([{"avg_logprob": -0.2, "no_speech_prob": 0.1, "words": 10, "low_prob_words": 0.0,
                              "oov_words": 0.1}, None,
                             {"avg_logprob": -0.5, "no_speech_prob": 0.02, "words": 30, "low_prob_words": 0.2,
                              "oov_words": 0.0}], "some text here that is long enough")
    assert merged["words"] == 40 and merged["no_speech_prob"] == 0.02
    assert merged["avg_logprob"] == pytest.approx(-0.425) and merged["low_prob_words"] == pytest.approx(0.15)


WORDS = "zulu alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar".split()


def speechlike(rng, seconds, loud=True):
    n = int(seconds * 8000)
    return (rng.standard_normal(n) * (4000 if loud else 20)).astype("<i2")


def make_worker(tmp_path: Path, **asr) -> Worker:
    cfg = from_dict({"daemon": {"state_dir": str(tmp_path)}, "tts": {"enabled": False}, "asr": asr})
    worker = Worker(cfg, TimelineStore(tmp_path), EngineClient(tmp_path / "none.sock"), None, Metrics(),
                    DoNotCall(tmp_path, "US"), TicketQueue(tmp_path, ""))
    worker.stack = FakeStack()
    return worker


async def read_out(tmp_path, transcribe, commit_s: float, phrases: int):
    """A caller reading something out: 1.5 s phrases with 0.4 s pauses, then quiet past the
    endpoint, fed in 40 ms batches as the stack hands them over; (session, worker) once done."""
    worker = make_worker(tmp_path, long_turn_commit_s=commit_s, partials=False)
    worker._loop = asyncio.get_running_loop()
    worker.transcribe = transcribe
    worker.dispatch(sip.Incoming(0, "sip:caller@x", "sip:bot@x", "cid", {}, "PCMU"))
    session = worker.sessions[0]
    rng = np.random.default_rng(7)
    parts = [speechlike(rng, 1.0, loud=False)]
    for _ in range(phrases):
        parts += [speechlike(rng, 1.5), speechlike(rng, 0.4, loud=False)]
    parts.append(speechlike(rng, 1.5, loud=False))
    pcm = np.concatenate(parts).tobytes()
    for i in range(0, len(pcm) - 639, 640):
        worker.dispatch(sip.Frame(0, pcm[i:i + 640], session.clock._t0 + (i // 640 + 1) * 0.04))
        await asyncio.sleep(0)
    await asyncio.gather(*session.pending)
    return session, worker


def test_a_long_turns_final_decodes_only_the_tail_and_reads_prefixes_then_tail(tmp_path):
    asked = []

    async def transcribe(audio, kind="final", call_id=""):
        asked.append((kind, len(audio)))
        await asyncio.sleep(0)
        return None if kind == "partial" else Transcript(f"{kind} {WORDS[len(asked)]}", 0.9, 1.0)

    session, worker = asyncio.run(read_out(tmp_path, transcribe, commit_s=3.0, phrases=7))
    prefixes = [n for kind, n in asked if kind == "prefix"]
    assert len(prefixes) >= 2, asked
    assert sum(prefixes) >= 8 * 16000                               # the settled part went early
    # Every decode of a final (speculative, at a pause, or at the endpoint) after the first cut is of
    # the tail only; the last one is the turn's end.
    after_cut = [n for kind, n in asked[asked.index(("prefix", prefixes[0])):] if kind == "final"]
    assert after_cut and max(after_cut) < 4 * 16000, asked
    turn_samples = sum(prefixes) + after_cut[-1]
    assert 12 * 16000 < turn_samples < 14 * 16000                   # prefixes + tail = the whole turn (13.3 s)
    texts = [f"prefix {WORDS[i + 1]}" for i, (kind, _) in enumerate(asked) if kind == "prefix"]
    assert session.transcript[-1]["text"] == " ".join(texts + [f"final {WORDS[len(asked)]}"])
    assert asked[-1][0] == "final"
    assert total(worker.metrics.long_turn_prefixes) == len(prefixes) and total(worker.metrics.long_turn_finals) == 1


def test_a_settled_prefix_moves_the_cut_back_and_the_final_reads_its_settled_text(tmp_path):
    asked = []

    async def transcribe(audio, kind="final", call_id=""):
        asked.append((kind, len(audio)))
        await asyncio.sleep(0)
        if kind == "prefix":       # the last second of each prefix is its last segment: given back
            n = sum(1 for k, _ in asked if k == "prefix")
            return Transcript(f"prefix {WORDS[n]} lastword", 0.9, 1.0, settled_text=f"prefix {WORDS[n]}",
                              settled_s=len(audio) / 16000 - 1.0)
        return Transcript(f"lastword {kind} {WORDS[len(asked)]}", 0.9, 1.0)

    session, worker = asyncio.run(read_out(tmp_path, transcribe, commit_s=3.0, phrases=7))
    prefixes = [n for kind, n in asked if kind == "prefix"]
    assert len(prefixes) >= 2, asked
    tail = [n for kind, n in asked if kind == "final"][-1]
    # Each prefix gave its last second back: the pieces overlap by that much and still cover the turn.
    turn_samples = sum(n - 16000 for n in prefixes) + tail
    assert 12 * 16000 < turn_samples < 14 * 16000, asked
    text = session.transcript[-1]["text"]
    assert text.startswith("prefix " + WORDS[1] + " prefix " + WORDS[2]) and "lastword" not in text.split()[:-3]
    assert text.endswith(f"final {WORDS[len(asked)]}")


def test_a_final_stores_where_its_latency_went(tmp_path):
    async def transcribe(audio, kind="final", call_id=""):
        await asyncio.sleep(0)
        return None if kind == "partial" else Transcript(f"{kind} words", 0.9, 42.0, queue_ms=7.4, batch=3)

    for commit_s, prefixed in ((0.0, False), (3.0, True)):
        session, worker = asyncio.run(read_out(tmp_path / str(commit_s), transcribe, commit_s=commit_s, phrases=7))
        finals = [e for e in worker.store.events(session.call_id) if e.kind == "utterance.final"]
        assert len(finals) == 1
        body = finals[0].body
        timing = body["timing"]
        # The pause after the turn outlasts the trailing pad: the final was decoded before the endpoint.
        assert timing["speculative"] is True and timing["redecoded"] is False
        assert (timing["queue_ms"], timing["decode_ms"], timing["batch"]) == (7, 42, 3)
        assert (timing["prefixes"] >= 2) is prefixed
        assert 0 <= timing["started_ms"] <= timing["ready_ms"] <= body["latency_ms"]
        assert timing["voice_ms"] <= body["latency_ms"]


def test_the_voice_is_measured_while_the_caller_pauses_so_the_final_finds_it_done(tmp_path, monkeypatch):
    from callwarden.detect.voice import VoiceMeter, turn_voice
    measured = []
    real = VoiceMeter.measure

    def measure(self, audio):
        measured.append(audio.copy())
        return real(self, audio)

    guesses = []

    async def transcribe(audio, kind="final", call_id=""):
        guesses.append(len(audio)) if kind == "final" else None
        await asyncio.sleep(0)
        return None if kind == "partial" else Transcript("words", 0.9, 1.0)

    monkeypatch.setattr(VoiceMeter, "measure", measure)
    session, worker = asyncio.run(read_out(tmp_path, transcribe, commit_s=0.0, phrases=3))
    finals = [e for e in worker.store.events(session.call_id) if e.kind == "utterance.final"]
    assert len(finals) == 1 and finals[0].body["timing"]["speculative"] is True
    # Each guess measured the turn so far; the endpoint's measure is of the same audio as the last.
    assert len(guesses) >= 2 and [len(a) for a in measured] == guesses + [guesses[-1]]
    assert finals[0].body["voice"] == turn_voice(measured[-1])


def test_without_prefixes_the_whole_turn_is_decoded_at_the_end(tmp_path):
    asked = []

    async def transcribe(audio, kind="final", call_id=""):
        asked.append((kind, len(audio)))
        return Transcript("whole", 0.9, 1.0)

    session, _ = asyncio.run(read_out(tmp_path, transcribe, commit_s=0.0, phrases=5))
    assert [k for k, _ in asked if k != "final"] == [] and max(n for _, n in asked) > 9 * 16000
    assert session.transcript[-1]["text"] == "whole"


def test_frames_wait_in_the_mailbox_for_the_loop_and_reach_their_calls_in_batches(tmp_path, monkeypatch):
    woken = []
    box = FrameMailbox(woken.append)
    for k in range(3):
        box.put(sip.Frame(k % 2, b"\0" * 640, time.monotonic()))
    assert woken == []                                 # the media thread never wakes the loop
    frames = box.take()
    assert [f.key for f in frames] == [0, 1, 0] and box.take() == []

    handled = []

    async def run():
        worker = make_worker(tmp_path)
        worker._loop = asyncio.get_running_loop()
        worker.stack.take_frames = lambda: frames if not handled else []
        worker.dispatch(sip.Incoming(0, "sip:a@x", "sip:bot@x", "c0", {}, "PCMU"))
        worker.dispatch(sip.Incoming(1, "sip:b@x", "sip:bot@x", "c1", {}, "PCMU"))
        for key, session in worker.sessions.items():
            monkeypatch.setattr(session, "frame", lambda pcm, t, key=key: handled.append((key, len(pcm))))
        worker._drain_frames()
        worker._stopped = True
        return worker

    worker = asyncio.run(run())
    assert handled == [(0, 640), (1, 640), (0, 640)]
    assert total(worker.metrics.frame_batches) == 1 and total(worker.metrics.frames) == 6


def test_a_batch_of_frames_decodes_as_its_frames_one_by_one():
    rng = np.random.default_rng(1)
    pcm = (rng.standard_normal(160 * 6) * 3000).astype("<i2").tobytes()
    one_by_one = FrameDecoder()
    singles = [one_by_one.decode(pcm[i:i + 320], 100 + i // 16) for i in range(0, len(pcm), 320)]
    batched = FrameDecoder().decode_frames(pcm, 100)
    assert [c.t_ms for c in batched] == [100, 120, 140, 160, 180, 200]
    assert [c.t_ms for c in singles] == [100, 120, 140, 160, 180, 200]
    for a, b in zip(batched, singles):
        np.testing.assert_allclose(a.samples, b.samples, atol=1e-6)
