"""The redaction suite's sequences as tiny.en wrote them down over the phone path (committed cache,
tests/redaction_suite/asr.py): no secret that survived the transcription leaks past the redactor on the
tune half, and the scorer does see them when nothing is redacted."""

from __future__ import annotations

import json

from tests.redaction_suite import asr, grammar
from tests.redaction_suite.score import identity


def _tune() -> list[dict]:
    return [s for s in asr.chosen(grammar.generate()) if s["half"] == "tune"]


def test_the_cache_covers_the_chosen_tune_sequences():
    cache = asr.read_cache()
    assert all(asr.as_heard(s, cache) is not None for s in _tune())


def test_no_heard_secret_leaks_on_the_tune_half():
    results = asr.score(_tune(), asr.read_cache())
    leaked = [(r["id"], x["kind"]) for r in results for x in r["secrets"] if x["heard"] and x["leaked"]]
    assert leaked == []
    # the phone path keeps most secrets readable, so the figure above measures the redactor
    heard = sum(x["heard"] for r in results for x in r["secrets"])
    assert heard >= 0.5 * sum(len(r["secrets"]) for r in results)


def test_the_scorer_sees_heard_secrets_when_nothing_is_redacted():
    results = asr.score(_tune()[:40], asr.read_cache(), redactor=identity)
    assert any(x["heard"] and x["leaked"] for r in results for x in r["secrets"])
    assert json.dumps(asr.summary(results))
