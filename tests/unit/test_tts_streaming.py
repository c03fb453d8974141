"""Streamed prompts without a call: sentence splitting, the playout buffer the media clock drains,
and the engine's per-sentence replies (with a stand-in for the Piper voice)."""

from __future__ import annotations

import asyncio
import threading
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import pytest

from callwarden.engine.server import Engine
from callwarden.sip.playout import FRAME_BYTES, PromptStream
from callwarden.tts.sentences import sentences, speech_chunks


@pytest.mark.parametrize("text, expected", [
    ("Hello there. How can I help?", ["Hello there.", "How can I help?"]),
    ("It costs 3.5 dollars. Version 2.0 is out.", ["It costs 3.5 dollars.", "Version 2.0 is out."]),
    ("Dr. Smith will call you. Mrs. Jones too.", ["Dr. Smith will call you.", "Mrs. Jones too."]),
    ("We open at 9 a.m. tomorrow. See you.", ["We open at 9 a.m. tomorrow.", "See you."]),
    ("We open at 9 a.m. Call us then.", ["We open at 9 a.m.", "Call us then."]),
    ("Ask for J. R. Smith at No. 5 Main St. in town.", ["Ask for J. R. Smith at No. 5 Main St. in town."]),
    ("The answer is no. Sorry about that.", ["The answer is no.", "Sorry about that."]),
    ("Pens, paper, etc. are in the drawer.", ["Pens, paper, etc. are in the drawer."]),
    ("Really?! Yes... Okay.", ["Really?!", "Yes...", "Okay."]),
    ('He said "stop." Then he left.', ['He said "stop."', "Then he left."]),
    ("First line\nSecond line", ["First line", "Second line"]),
    ("No full stop at the end", ["No full stop at the end"]),
    ("Done. ... ", ["Done. ..."]),
])
def test_sentences(text, expected):
    assert sentences(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "...", "?!", " . . "])
def test_no_empty_sentences(text):
    assert sentences(text) == [] and speech_chunks(text) == []


def test_a_long_first_sentence_is_cut_at_its_first_clause_break_and_no_word_is_lost():
    text = "Thanks, I will pass this to billing right away. Anything else? Call 555 0100, ext. 204."
    chunks = speech_chunks(text)
    assert chunks == ["Thanks,", "I will pass this to billing right away.", "Anything else?",
                      "Call 555 0100, ext. 204."]
    assert " ".join(chunks).split() == text.split()
    # A short first sentence, or a break with too little after it, stays whole.
    assert speech_chunks("Yes, sure. Goodbye.") == ["Yes, sure.", "Goodbye."]
    assert speech_chunks("Sorry, no.") == ["Sorry, no."]


def test_a_long_first_sentence_without_a_comma_is_cut_at_a_phrase_boundary():
    assert speech_chunks("Your parcel left our warehouse this morning. The driver is near.") == \
        ["Your parcel left", "our warehouse this morning.", "The driver is near."]
    assert speech_chunks("The outage in your area should be fixed within the hour.") == \
        ["The outage", "in your area should be fixed within the hour."]
    # Later sentences, short ones and ones with no phrase boundary early on stay whole.
    assert speech_chunks("Okay. Your parcel left our warehouse this morning.") == \
        ["Okay.", "Your parcel left our warehouse this morning."]
    assert speech_chunks("It ships tomorrow morning.") == ["It ships tomorrow morning."]
    assert speech_chunks("Our new plan costs 3.5 dollars less per month.") == \
        ["Our new plan costs 3.5 dollars less per month."]


def test_chunks_keep_every_word_in_order():
    from callwarden_tools.bench.tts import MULTI_SENTENCE, ONE_SENTENCE
    for text in ONE_SENTENCE + MULTI_SENTENCE:
        chunks = speech_chunks(text)
        assert " ".join(chunks).split() == text.split() and all(c.strip() for c in chunks)


def test_prompt_stream_hands_out_20_ms_frames_and_waits_for_the_next_sentence():
    s = PromptStream(7)
    assert s.next_frame() == (None, False) and s.first_frame_monotonic is None
    s.push(b"\x01\x00" * 250)                      # 500 bytes: one full frame and a remainder
    frame, over = s.next_frame()
    assert frame == b"\x01\x00" * 160 and not over and s.first_frame_monotonic is not None
    assert s.next_frame() == (None, False)         # the remainder waits for more audio
    s.push(b"\x02\x00" * 100)
    frame, _ = s.next_frame()
    assert frame == b"\x01\x00" * 90 + b"\x02\x00" * 70
    s.finish()
    frame, over = s.next_frame()                   # the last partial frame is padded with silence
    assert frame == b"\x02\x00" * 30 + b"\x00" * (FRAME_BYTES - 60) and not over
    assert s.next_frame() == (None, True)
    assert s.played_bytes == 3 * FRAME_BYTES and bytes(s.audio) == b"\x01\x00" * 250 + b"\x02\x00" * 100


def test_a_stopped_stream_plays_nothing_more():
    s = PromptStream(1)
    s.push(b"\x01\x00" * 1600)
    s.next_frame()
    s.stop()
    s.push(b"\x01\x00" * 1600)                     # a sentence that arrives after the barge-in
    assert s.next_frame() == (None, True) and s.played_bytes == FRAME_BYTES


class FakeCache:
    """Stands in for PromptCache: each part is as many samples as it has characters."""

    def __init__(self, tmp: Path) -> None:
        self.tmp, self.stored, self.parts = tmp, {}, []
        self.hold_after: int | None = None       # parts past this many wait for `release`
        self.release = threading.Event()

    def cached(self, text):
        return (self.tmp / "hit.wav", self.stored[text]) if text in self.stored else None

    def synthesize_part(self, text, **joins):
        if self.hold_after is not None and len(self.parts) >= self.hold_after:
            self.release.wait(5)
        self.parts.append(text)
        return np.full(len(text), len(self.parts), np.int16)

    def store(self, text, pcm):
        self.stored[text] = pcm
        return self.tmp / "whole.wav"


def make_engine(tmp_path) -> Engine:
    engine = Engine.__new__(Engine)      # no models: only the streaming part is exercised
    engine.prompts = FakeCache(tmp_path)
    engine._tts_pool = ThreadPoolExecutor(max_workers=1)
    engine._streaming, engine._cancelled = set(), set()
    return engine


async def collect(engine: Engine, rid: int, text: str, stop_after: int | None = None) -> list[dict]:
    engine._loop = asyncio.get_running_loop()
    got: list[dict] = []
    done = asyncio.Event()

    def send(message):
        got.append(message)
        if stop_after is not None and len(got) == stop_after:
            engine._handle({"kind": "tts_cancel", "stream": rid}, send)
            engine.prompts.release.set()          # the sentence under way may finish, no later one starts
            asyncio.get_running_loop().call_later(0.3, done.set)
        if message.get("done") or not message.get("ok"):
            done.set()
    engine._handle({"id": rid, "kind": "tts_stream", "text": text}, send)
    await asyncio.wait_for(done.wait(), 5)
    return got


def test_engine_answers_sentence_by_sentence_then_from_the_cache(tmp_path):
    engine = make_engine(tmp_path)
    text = "First one. Second one is longer. Third."
    got = asyncio.run(collect(engine, 1, text))
    assert [m["seq"] for m in got] == [0, 1, 2] and [m["done"] for m in got] == [False, False, True]
    assert engine.prompts.parts == ["First one.", "Second one is longer.", "Third."]
    assert [len(m["pcm"]) // 2 for m in got] == [10, 21, 6]
    assert got[-1]["wav"].endswith("whole.wav") and "wav" not in got[0]
    whole = np.frombuffer(b"".join(m["pcm"] for m in got), "<i2")
    assert np.array_equal(engine.prompts.stored[text], whole)      # cached whole once complete
    again = asyncio.run(collect(engine, 2, text))
    assert len(again) == 1 and again[0]["cached"] and again[0]["done"] and again[0]["pcm"] == whole.tobytes()
    assert engine.prompts.parts == ["First one.", "Second one is longer.", "Third."]   # nothing re-synthesised
    assert not engine._streaming and not engine._cancelled


def test_cancelled_stream_synthesises_no_further_sentence(tmp_path):
    engine = make_engine(tmp_path)
    engine.prompts.hold_after = 1
    got = asyncio.run(collect(engine, 5, "One. Two. Three. Four.", stop_after=1))
    # "Two." may have begun before the cancel arrived; nothing after it starts.
    assert engine.prompts.parts in (["One."], ["One.", "Two."]) and len(got) == len(engine.prompts.parts)
    assert not got[-1]["done"]
    assert "One. Two. Three. Four." not in engine.prompts.stored
    assert not engine._streaming and not engine._cancelled
