"""The recorded tiny.en transcripts: training's asr_turns.jsonl and the suite's asr_cache.jsonl.

Both are written by a render command and read by everything else, so they must match what they
claim to be: the same turns as the generators make now, labels intact, and (for three turns,
rendered live) the transcript the phone path really produces today.
"""

from __future__ import annotations

import json
from collections import Counter

import pytest

from callwarden_tools.intent_training import render_asr
from callwarden_tools.intent_training import generate
from callwarden_tools.intent_training.generate import INTENTS
from callwarden_tools.intent_training.grammar import tidy
from callwarden_tools.wer import wer
from tests.intent_suite import score, suite


def test_training_cache_covers_every_intent_and_negatives_and_is_used(monkeypatch):
    rows = render_asr.read_cache()
    labels = Counter(r["labels"][0] if r["labels"] else "none" for r in rows)
    assert set(labels) == {*INTENTS, "none"}, labels
    assert min(labels[i] for i in INTENTS) >= 50 and labels["none"] >= 150, labels
    assert render_asr.CACHE_PATH.stat().st_size < 1_000_000
    # the styles really vary: speed, pitch and line
    assert len({r["style"]["rate_wpm"] for r in rows}) > 30 and len({r["style"]["noise_snr_db"] for r in rows}) == 4
    monkeypatch.setattr(generate, "synthetic_corpus", lambda seed=7: [])
    added = generate.build_corpus()
    # the corpus gets tiny.en's own text with the turn's labels and template group (the folds hold it out with them)
    by_text = {tidy(r["transcript"]): r for r in rows}
    assert len(added) > 0.9 * len(rows)
    assert all(s.labels == tuple(by_text[s.text]["labels"]) and s.group == by_text[s.text]["group"] for s in added)
    assert sum(1 for r in rows if tidy(r["transcript"]) != tidy(r["text"])) > len(rows) // 2


def test_suite_cache_is_the_current_suite():
    rows = [json.loads(x) for x in score.CACHE.read_text().splitlines() if x.strip()]
    current = {(t["id"], t["text"]): t for h in suite.HALVES for t in suite.build(h)}
    stale = [r["id"] for r in rows if (r["id"], r["text"]) not in current]
    assert not stale, f"suite changed since the cache was rendered: python -m tests.intent_suite.render ({stale[:5]})"
    assert all(r["labels"] == current[r["id"], r["text"]]["labels"] for r in rows)
    assert {r["half"] for r in rows} == set(suite.HALVES)
    assert score.CACHE.stat().st_size < 1_000_000


@pytest.mark.timeout(120)
def test_three_cached_turns_render_to_the_same_transcript():
    """Live: Piper -> G.711 -> tiny.en on three training turns, against what the cache recorded."""
    pytest.importorskip("faster_whisper")
    try:
        from callwarden.models import asr_model_dir, tts_voice_path
        asr_model_dir("")
        tts_voice_path("")
    except Exception as e:      # no models on this checkout: the cache cannot be checked here
        pytest.skip(f"models unavailable: {e}")
    rows = sorted(render_asr.read_cache(), key=lambda r: len(r["text"]))[100:103]
    heard = render_asr.render_turns([(r["text"], r["style"]) for r in rows])
    # Punctuation (and on a loaded box, now and then a word) differs between runs: CTranslate2's
    # int8 kernels are not bit-stable across thread timings. A stale cache differs far more.
    for r, h in zip(rows, heard):
        assert wer(r["transcript"], h) <= 0.25, (r["text"], r["transcript"], h)
