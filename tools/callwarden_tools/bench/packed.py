"""Bench speech packed into files: `callwarden bench pack --out DIR` writes the sets `bench asr` and
`bench load` measure on; `--corpus DIR` reads them back instead of rendering (Piper) or reading
Debian's recorded prompts. For a machine that has neither, such as a GPU box lent for a bench:
the same turns, so its figures sit beside this box's.

One .npz per set: the texts, and every turn's audio (16 kHz, after 8 kHz µ-law and the frame
decoder, as the sets make it) as float16 end to end with offsets. float16 keeps 11 bits of
mantissa, far finer than the 8-bit µ-law the audio already went through.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

LOAD_SET = "load"          # bench load's corpus (render_corpus(LOAD_TURNS))
LOAD_TURNS = 24


def save(path: Path, corpus: list[tuple[str, np.ndarray]]) -> None:
    lengths = np.array([len(a) for _, a in corpus], np.int64)
    audio = np.concatenate([a for _, a in corpus]).astype(np.float16) if corpus else np.zeros(0, np.float16)
    np.savez_compressed(path, texts=np.array(json.dumps([t for t, _ in corpus])), lengths=lengths, audio=audio)


def load(path: Path) -> list[tuple[str, np.ndarray]]:
    if not path.is_file():
        raise FileNotFoundError(f"{path}: no packed bench set here (write it with `callwarden bench pack --out DIR`)")
    with np.load(path) as z:
        texts = json.loads(str(z["texts"]))
        audio = z["audio"].astype(np.float32)
        bounds = np.concatenate([[0], np.cumsum(z["lengths"])])
    return [(t, audio[bounds[i]:bounds[i + 1]]) for i, t in enumerate(texts)]


def set_path(directory: Path, name: str) -> Path:
    return Path(directory) / f"{name}.npz"


def load_set(directory: Path, name: str, n: int | None) -> list[tuple[str, np.ndarray]]:
    """A packed set, which must hold n turns: real sets spread n over the recordings, so a pack of
    another size holds other turns, not more or fewer of the same."""
    corpus = load(set_path(directory, name))
    if n is not None and n != len(corpus):
        raise ValueError(f"{set_path(directory, name)} holds {len(corpus)} turns, {n} asked for: pack it again")
    return corpus


def pack(directory: Path, sets: tuple[str, ...], n: int, long_n: int, first: int, log=print) -> dict:
    """Writes each named bench asr set (n short / long_n long turns, as `bench asr` would load them)
    and bench load's corpus; {set: turns}."""
    from callwarden_tools.bench.corpus import render_corpus
    from callwarden_tools.bench.sets import LONG_SETS
    from callwarden_tools.bench.sets import load_set as make_set
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written = {}
    for name in sets:
        count = long_n if name in LONG_SETS else n
        log(f"packing set {name}: {count} turns ...")
        corpus = make_set(name, count, first if name.startswith("rendered") else 0)
        save(set_path(directory, name), corpus)
        written[name] = len(corpus)
    log(f"packing bench load's corpus: {LOAD_TURNS} turns ...")
    save(set_path(directory, LOAD_SET), render_corpus(LOAD_TURNS))
    written[LOAD_SET] = LOAD_TURNS
    return written
