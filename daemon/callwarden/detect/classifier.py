"""A small trained intent classifier: hashed n-grams into one-vs-rest logistic regression.

It complements the phrase rules with phrasings nobody wrote a pattern for. The
weights ship in `intent_model.npz` (built by `python -m callwarden_tools.intent_training`)
and are read once, on first use. Features hash with crc32, which is stable
across processes, unlike Python's salted `hash()`.
"""

from __future__ import annotations

import re
import zlib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

MODEL_PATH = Path(__file__).with_name("intent_model.npz")
HASH_BITS = 16
CHAR_NGRAMS = (3, 5)
# Counts are not length-normalised (a long turn should not dilute "stop calling me"); the scale keeps a
# typical turn's vector near unit length.
FEATURE_SCALE = 0.1

_NOT_WORD = re.compile(r"[^a-z0-9]+")
_DIGITS = re.compile(r"[0-9]+")
_PLACEHOLDER = re.compile(r"\[([a-z_]+)\]")
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


def prepare(text: str) -> str:
    """The text the features see: lower case, no punctuation or apostrophes, digit runs as one token.

    Apostrophes go because tiny.en writes "dont" as often as "don't". The redactor's
    placeholders become tokens of their own: "[EMAIL]" is a value, not a request to email."""
    t = _PLACEHOLDER.sub(lambda m: " x" + m.group(1).replace("_", "") + " ", text.lower())
    t = t.replace("\u2019", "").replace("'", "")
    t = _NOT_WORD.sub(" ", t)
    return " ".join(_DIGITS.sub("0", t).split())


def feature_names(prepared: str) -> list[str]:
    words = prepared.split()
    names = ["w" + w for w in words]
    padded = ["<s>"] + words + ["</s>"]
    names += ["b" + a + " " + b for a, b in zip(padded, padded[1:])]
    chars = " " + prepared + " "
    lo, hi = CHAR_NGRAMS
    for n in range(lo, hi + 1):
        names += ["c" + chars[i:i + n] for i in range(len(chars) - n + 1)]
    return names


def hashed(prepared: str, hash_bits: int = HASH_BITS) -> tuple[np.ndarray, np.ndarray]:
    """(indices, values) of the signed feature counts; a sign bit keeps hash collisions unbiased."""
    mask = (1 << hash_bits) - 1
    acc: dict[int, float] = {}
    for name in feature_names(prepared):
        h = zlib.crc32(name.encode())
        i = h & mask
        acc[i] = acc.get(i, 0.0) + (1.0 if h & 0x80000000 else -1.0)
    idx = np.fromiter(acc.keys(), dtype=np.int64, count=len(acc))
    val = np.fromiter(acc.values(), dtype=np.float32, count=len(acc)) * np.float32(FEATURE_SCALE)
    return idx, val


@dataclass(frozen=True)
class IntentModel:
    intents: tuple[str, ...]
    weights: np.ndarray      # (2**hash_bits, len(intents)) float32
    bias: np.ndarray
    thresholds: np.ndarray
    hash_bits: int

    def probabilities(self, text: str) -> dict[str, float]:
        """Per intent, P(intent | turn); `text` as `phrases.normalise` leaves it, like the training turns."""
        idx, val = hashed(prepare(text), self.hash_bits)
        z = val @ self.weights[idx] + self.bias
        p = 1.0 / (1.0 + np.exp(-z))
        return dict(zip(self.intents, p.tolist()))

    def turn_probabilities(self, text: str) -> dict[str, float]:
        """Per intent, the highest P over the whole turn and each of its sentences.

        A turn often carries an ask and an errand ("I'd rather deal with a person. How much is a
        bag?"): the errand's words dilute the ask's when scored together, so each sentence is
        also scored alone. Fragments under three words are left to the whole turn."""
        best = self.probabilities(text)
        parts = [p for p in _SENTENCE_END.split(text) if len(p.split()) >= 3]
        if len(parts) > 1:
            for part in parts:
                for intent, p in self.probabilities(part).items():
                    best[intent] = max(best[intent], p)
        return best

    def threshold(self, intent: str) -> float:
        return float(self.thresholds[self.intents.index(intent)])


def read_model(path: Path) -> IntentModel:
    with np.load(path, allow_pickle=False) as z:
        return IntentModel(intents=tuple(str(s) for s in z["intents"]),
                           weights=z["weights"].astype(np.float32),
                           bias=z["bias"].astype(np.float32),
                           thresholds=z["thresholds"].astype(np.float32),
                           hash_bits=int(z["hash_bits"]))


@lru_cache(maxsize=1)
def model() -> IntentModel | None:
    """The shipped model, or None when the file is absent (the rules then work alone)."""
    return read_model(MODEL_PATH) if MODEL_PATH.exists() else None
