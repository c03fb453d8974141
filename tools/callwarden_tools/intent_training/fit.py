"""One-vs-rest logistic regression on sparse hashed features, with numpy only.

Minibatch Adam with L2; rows are kept in CSR form (indptr, indices, values) and
the gradient is scattered back with `np.bincount`, which sums in a fixed order,
so a seed gives the same weights on every run.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple

import numpy as np

from callwarden.detect.classifier import hashed, prepare
from callwarden.detect.phrases import normalise


@dataclass(frozen=True)
class Rows:
    """Sparse feature rows in CSR form."""
    indptr: np.ndarray
    indices: np.ndarray
    values: np.ndarray

    def __len__(self) -> int:
        return len(self.indptr) - 1

    def subset(self, rows: np.ndarray) -> Rows:
        idx, val, _ = self.take(rows)
        lengths = self.indptr[rows + 1] - self.indptr[rows]
        return Rows(np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64), idx, val)

    def take(self, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """(indices, values, row number within `rows`) of the chosen rows' features."""
        starts, ends = self.indptr[rows], self.indptr[rows + 1]
        lengths = ends - starts
        offsets = np.repeat(starts - np.cumsum(lengths) + lengths, lengths)
        pos = offsets + np.arange(lengths.sum())
        return self.indices[pos], self.values[pos], np.repeat(np.arange(len(rows)), lengths)


class Settings(NamedTuple):
    hash_bits: int = 16
    epochs: int = 30
    batch: int = 1024
    learning_rate: float = 0.05
    l2: float = 2e-6
    seed: int = 7


def featurise(texts: list[str], hash_bits: int) -> Rows:
    indptr, indices, values = [0], [], []
    for text in texts:
        idx, val = hashed(prepare(normalise(text)), hash_bits)
        indices.append(idx)
        values.append(val)
        indptr.append(indptr[-1] + len(idx))
    return Rows(np.asarray(indptr, dtype=np.int64), np.concatenate(indices).astype(np.int64),
                np.concatenate(values).astype(np.float32))


def _sigmoid(z: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + np.exp(-np.clip(z, -30.0, 30.0)))


def scores(rows: Rows, weights: np.ndarray, bias: np.ndarray) -> np.ndarray:
    out = np.empty((len(rows), weights.shape[1]), dtype=np.float32)
    for start in range(0, len(rows), 4096):
        chosen = np.arange(start, min(start + 4096, len(rows)))
        idx, val, row = rows.take(chosen)
        z = np.zeros((len(chosen), weights.shape[1]), dtype=np.float32)
        np.add.at(z, row, val[:, None] * weights[idx])
        out[chosen] = _sigmoid(z + bias)
    return out


def train(rows: Rows, labels: np.ndarray, s: Settings) -> tuple[np.ndarray, np.ndarray]:
    """Weights (2**hash_bits, intents) and biases minimising mean log-loss + l2/2 |W|^2."""
    n, k = labels.shape
    dims = 1 << s.hash_bits
    weights = np.zeros((dims, k), dtype=np.float32)
    bias = np.zeros(k, dtype=np.float32)
    m_w, v_w = np.zeros_like(weights), np.zeros_like(weights)
    m_b, v_b = np.zeros_like(bias), np.zeros_like(bias)
    beta1, beta2, eps = 0.9, 0.999, 1e-8
    rng = np.random.default_rng(s.seed)
    step = 0
    for _ in range(s.epochs):
        order = rng.permutation(n)
        for start in range(0, n, s.batch):
            chosen = order[start:start + s.batch]
            idx, val, row = rows.take(chosen)
            z = np.zeros((len(chosen), k), dtype=np.float32)
            np.add.at(z, row, val[:, None] * weights[idx])
            err = (_sigmoid(z + bias) - labels[chosen]) / len(chosen)
            grad_w = np.stack([np.bincount(idx, weights=val * err[row, j], minlength=dims) for j in range(k)],
                              axis=1).astype(np.float32)
            grad_w += s.l2 * weights
            grad_b = err.sum(axis=0)
            step += 1
            lr = s.learning_rate * np.sqrt(1 - beta2 ** step) / (1 - beta1 ** step)
            m_w = beta1 * m_w + (1 - beta1) * grad_w
            v_w = beta2 * v_w + (1 - beta2) * grad_w * grad_w
            weights -= (lr * m_w / (np.sqrt(v_w) + eps)).astype(np.float32)
            m_b = beta1 * m_b + (1 - beta1) * grad_b
            v_b = beta2 * v_b + (1 - beta2) * grad_b * grad_b
            bias -= (lr * m_b / (np.sqrt(v_b) + eps)).astype(np.float32)
    return weights, bias


def best_thresholds(probs: np.ndarray, labels: np.ndarray, lo: float = 0.2, hi: float = 0.9) -> np.ndarray:
    """Per intent, the threshold with the best F1 on held-out phrasings; the middle of a tied run."""
    grid = np.round(np.arange(lo, hi + 1e-9, 0.01), 2)
    out = np.empty(labels.shape[1], dtype=np.float32)
    for j in range(labels.shape[1]):
        truth = labels[:, j] > 0.5
        f1 = []
        for t in grid:
            fired = probs[:, j] >= t
            tp = float(np.sum(fired & truth))
            f1.append(2 * tp / max(1.0, float(fired.sum() + truth.sum())))
        f1 = np.asarray(f1)
        best = np.flatnonzero(f1 >= f1.max() - 1e-9)
        out[j] = grid[best[len(best) // 2]]
    return out
