"""python -m callwarden_tools.intent_training [--out PATH] [--seed N]: rebuild the shipped intent model.

Same seed, same file, byte for byte: the corpus, the shuffles and the zip entries
are all fixed. Thresholds are chosen on out-of-fold scores, the folds split by
template so each turn is scored by a model that never saw its phrasing; the
shipped weights are then fitted on every template.
"""

from __future__ import annotations

import argparse
import hashlib
import io
import sys
import time
import zipfile
import zlib
from pathlib import Path

import numpy as np

from callwarden.detect.classifier import MODEL_PATH
from callwarden_tools.intent_training.fit import Settings, best_thresholds, featurise, scores, train
from callwarden_tools.intent_training.generate import INTENTS, Sample, build_corpus

FOLDS = 5


def label_matrix(samples: list[Sample]) -> np.ndarray:
    y = np.zeros((len(samples), len(INTENTS)), dtype=np.float32)
    for r, s in enumerate(samples):
        for intent in s.labels:
            y[r, INTENTS.index(intent)] = 1.0
    return y


def fold_of(s: Sample) -> int:
    return zlib.crc32(s.group.encode()) % FOLDS


def write_model(path: Path, weights: np.ndarray, bias: np.ndarray, thresholds: np.ndarray, hash_bits: int) -> None:
    arrays = {"intents": np.asarray(INTENTS), "weights": weights.astype(np.float16),
              "bias": bias.astype(np.float32), "thresholds": thresholds.astype(np.float32),
              "hash_bits": np.asarray(hash_bits, dtype=np.int64)}
    with zipfile.ZipFile(path, "w") as z:
        for name, arr in arrays.items():
            buf = io.BytesIO()
            np.save(buf, arr, allow_pickle=False)
            info = zipfile.ZipInfo(name + ".npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, buf.getvalue(), compresslevel=9)


def report(probs: np.ndarray, y: np.ndarray, thresholds: np.ndarray) -> None:
    for j, intent in enumerate(INTENTS):
        fired, truth = probs[:, j] >= thresholds[j], y[:, j] > 0.5
        tp = int(np.sum(fired & truth))
        print(f"  {intent:20s} thr {thresholds[j]:.2f}  precision {tp / max(1, fired.sum()):.3f}  "
              f"recall {tp / max(1, truth.sum()):.3f}  ({int(truth.sum())} positives)")


def build(seed: int, out: Path) -> str:
    t0 = time.perf_counter()
    settings = Settings(seed=seed)
    samples = build_corpus(seed)
    rows = featurise([s.text for s in samples], settings.hash_bits)
    y = label_matrix(samples)
    folds = np.asarray([fold_of(s) for s in samples])
    print(f"corpus: {len(samples)} turns, {int((y.sum(1) > 0).sum())} with an intent "
          f"({time.perf_counter() - t0:.1f} s)")

    out_of_fold = np.zeros_like(y)
    for k in range(FOLDS):
        fit_rows, check = np.flatnonzero(folds != k), np.flatnonzero(folds == k)
        w, b = train(rows.subset(fit_rows), y[fit_rows], settings)
        out_of_fold[check] = scores(rows.subset(check), w, b)
    thresholds = best_thresholds(out_of_fold, y)
    print("scored by models that never saw the turn's template:")
    report(out_of_fold, y, thresholds)

    w, b = train(rows, y, settings)
    write_model(out, w, b, thresholds, settings.hash_bits)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    print(f"wrote {out} ({out.stat().st_size} bytes, sha256 {digest}) in {time.perf_counter() - t0:.1f} s")
    return digest


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m callwarden_tools.intent_training", description=__doc__.split("\n")[0])
    p.add_argument("--out", type=Path, default=MODEL_PATH)
    p.add_argument("--seed", type=int, default=7)
    args = p.parse_args(argv)
    build(args.seed, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
