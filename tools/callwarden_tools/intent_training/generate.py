"""The labelled training corpus: paraphrases, hard negatives, mixed turns, ASR-damaged copies
and real tiny.en transcripts of some turns (render_asr.py's cache).

Every sample remembers the template it came from (`group`), so a split by group
holds out whole phrasings rather than near-copies of training sentences.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import NamedTuple

from callwarden_tools.intent_training.grammar import asr_damage, expand, tidy
from callwarden_tools.intent_training.idioms import IDIOM_SLOTS, IDIOM_TEMPLATES
from callwarden_tools.intent_training.negatives import HARD_NEGATIVE, NEGATIVE_SLOTS, NEUTRAL
from callwarden_tools.intent_training.positives import POSITIVE, SLOTS
from callwarden_tools.intent_training.registers import (PER_REGISTER_MIXED, PER_REGISTER_NEGATIVE,
                                                        PER_REGISTER_TEMPLATE, REGISTER_MIXED, REGISTER_NEGATIVE,
                                                        REGISTER_POSITIVE, REGISTER_SLOTS)
from callwarden_tools.intent_training.render_asr import CACHE_PATH, read_cache

INTENTS = tuple(POSITIVE)
ALL_SLOTS = {**SLOTS, **NEGATIVE_SLOTS, **IDIOM_SLOTS, **REGISTER_SLOTS}

PER_INTENT = 3200           # positive samples per intent, spread over its templates
PER_NEUTRAL_TEMPLATE = 110
PER_HARD_TEMPLATE = 90
PER_IDIOM_TEMPLATE = 250    # idiom frames have wide slots: more draws to cover them
MIXED_TURNS = 2400          # two intents in one turn
ASR_DAMAGE_RATE = 0.35
KEPT_SHARE = 0.7           # a transcript with fewer words than this share of the turn's is not used
CONTEXT_RATE = 0.25         # a neutral clause before or after, as real turns have


class Sample(NamedTuple):
    text: str
    labels: tuple[str, ...]
    group: str


def _draw(templates: list[str], name: str, count: int, labels: tuple[str, ...], rng: random.Random
          ) -> list[Sample]:
    out = []
    for i in range(count):
        k = i % len(templates)
        out.append(Sample(expand(templates[k], ALL_SLOTS, rng), labels, f"{name}/{k}"))
    return out


def _with_context(s: Sample, chatter: list[Sample], rng: random.Random) -> Sample:
    other = rng.choice(chatter).text
    tail = rng.choice(["thanks", "please", "thank you", "right now", "okay", "if you don't mind", "today"])
    if rng.random() < 0.5:
        text = f"{other}. {s.text}" if rng.random() < 0.7 else f"{s.text}, {tail}"
    else:
        text = f"{s.text}. {other}"
    return Sample(tidy(text), s.labels, s.group)


def build_corpus(seed: int = 7, asr_cache: Path | None = CACHE_PATH) -> list[Sample]:
    """The synthetic corpus plus the recorded tiny.en transcripts of some of its turns (render_asr.py).

    A transcript keeps its turn's labels and template group, so the folds still hold out whole
    phrasings. One that lost much of the turn (tiny.en stops early on a long turn) may have lost
    the intent's words too, and its labels would then lie: those are left out."""
    samples = synthetic_corpus(seed)
    heard = [Sample(tidy(r["transcript"]), tuple(r["labels"]), r["group"])
             for r in (read_cache(asr_cache) if asr_cache else [])
             if len(r["transcript"].split()) >= KEPT_SHARE * len(r["text"].split())]
    return _dedupe(samples + heard)


def synthetic_corpus(seed: int = 7) -> list[Sample]:
    rng = random.Random(seed)
    positives: list[Sample] = []
    for intent, templates in POSITIVE.items():
        positives += _draw(templates, intent, PER_INTENT, (intent,), rng)
    neutral = _draw(NEUTRAL, "neutral", PER_NEUTRAL_TEMPLATE * len(NEUTRAL), (), rng)
    hard: list[Sample] = []
    for near, templates in HARD_NEGATIVE.items():
        hard += _draw(templates, f"hard-{near}", PER_HARD_TEMPLATE * len(templates), (), rng)
    idioms = _draw(IDIOM_TEMPLATES, "hard-idiom", PER_IDIOM_TEMPLATE * len(IDIOM_TEMPLATES), (), rng)

    by_intent = {i: [s for s in positives if s.labels == (i,)] for i in INTENTS}
    mixed = []
    for _ in range(MIXED_TURNS):
        a, b = rng.sample(INTENTS, 2)
        first, second = rng.choice(by_intent[a]), rng.choice(by_intent[b])
        joiner = rng.choice([", ", ". ", " and ", ", so ", ". ", " "])
        mixed.append(Sample(tidy(first.text + joiner + second.text[:1].lower() + second.text[1:]),
                            tuple(sorted((a, b))), first.group))

    samples = positives + neutral + hard + idioms + mixed + register_corpus(seed)
    # Context is small talk too: an idiom before "get me a manager" must not hide the request.
    chatter = neutral + idioms
    samples = [_with_context(s, chatter, rng) if rng.random() < CONTEXT_RATE else s for s in samples]
    samples = [Sample(asr_damage(s.text, rng), s.labels, s.group) if rng.random() < ASR_DAMAGE_RATE else s
               for s in samples]
    return _dedupe(samples)


def register_corpus(seed: int = 7) -> list[Sample]:
    """registers.py's turns (curt, polite, elderly, non-native, indirect, errand first, self-corrected),
    drawn from their own seeded stream so the other sources' draws do not move when it changes."""
    rng = random.Random(f"{seed}:registers")
    out: list[Sample] = []
    for intent, templates in REGISTER_POSITIVE.items():
        out += _draw(templates, f"reg-{intent}", PER_REGISTER_TEMPLATE * len(templates), (intent,), rng)
    for labels, templates in REGISTER_MIXED.items():
        out += _draw(templates, "reg-mixed-" + "+".join(sorted(labels)), PER_REGISTER_MIXED * len(templates),
                     tuple(sorted(labels)), rng)
    for kind, templates in REGISTER_NEGATIVE.items():
        out += _draw(templates, f"reg-neg-{kind}", PER_REGISTER_NEGATIVE * len(templates), (), rng)
    return _dedupe(out)


def _dedupe(samples: list[Sample]) -> list[Sample]:
    """One copy of each text; a text drawn with two different label sets keeps the positive one."""
    seen: dict[str, Sample] = {}
    for s in samples:
        kept = seen.get(s.text)
        if kept is None or len(s.labels) > len(kept.labels):
            seen[s.text] = s
    return list(seen.values())
