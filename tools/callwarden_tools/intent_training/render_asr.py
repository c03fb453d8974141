"""Training turns said through the real phone path: Piper voice -> 8 kHz G.711 -> tiny.en.

    python -m callwarden_tools.intent_training.render_asr [--per-label N] [--out PATH]
    python -m callwarden_tools.intent_training.render_asr --registers [--per-label 30]

The synthetic damage in grammar.py guesses what tiny.en does; this records what it does.
A deterministic subset of the training corpus is rendered with the voice's speed, pitch and
line noise varied per turn, transcribed the way the engine transcribes a final, and written
to `asr_turns.jsonl` (text, style, transcript, labels, group). The corpus reads that file
(generate.py), so training stays byte-for-byte reproducible without rendering: only this
command renders, and it rewrites the cache from scratch (with `--registers`, only the rows of
registers.py's turns, groups `reg-...`, are rendered and replaced; the rest of the cache is kept). Renders are seeded, but tiny.en's int8
kernels are not bit-stable across thread timings: a re-render on a busy box can differ from the
cache in punctuation or a word, which is why the model is built from the committed cache.

`render_turns` is also what tests/intent_suite uses for its own ASR cache.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path

import numpy as np

CACHE_PATH = Path(__file__).with_name("asr_turns.jsonl")
PER_LABEL = 100         # rendered turns per intent; turns with none get NONE_SHARE times as many
REGISTER_PER_LABEL = 30  # registers.py's turns: a second, smaller set in the same cache
NONE_SHARE = 3          # negatives are where idioms and near-misses live: they need the coverage
_PAD_MS = 200           # the endpointer's preroll and tail around an utterance


def style_for(key: str) -> dict:
    """A caller's speed, pitch and line from the turn's own hash: the same turn sounds the same
    on every run, and neighbouring turns differ. Noise None is a clean line."""
    h = zlib.crc32(key.encode())
    return {"rate_wpm": 130 + h % 71, "pitch_cents": (h >> 8) % 601 - 300,
            "noise_snr_db": (None, 30.0, 22.0, 15.0)[(h >> 20) % 4], "seed": (h >> 4) % 100000}


def render_turns(texts: Iterable[tuple[str, dict]], progress: Callable[[int, str, str], None] | None = None
                 ) -> list[str]:
    """Transcripts of (text, style) pairs, each rendered as a caller and endpointed like a final."""
    from callwarden.engine.transcriber import Transcriber
    from callwarden.audio.frames import FrameDecoder
    from callwarden.config import AsrConfig
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech, silence
    from callwarden.tts.voice import Voice

    voice = Voice(tts_voice_path(""))
    transcriber = Transcriber(AsrConfig())
    transcriber.warm_up()
    out = []
    for i, (text, style) in enumerate(texts):
        s = CallerStyle(**style)
        pad = silence(_PAD_MS, s.noise_snr_db or 45.0, s.seed)
        pcm = np.concatenate([pad, render_speech(voice, text, s), pad])
        decoder = FrameDecoder()       # 20 ms frames, as the call's RTP delivers them
        audio = np.concatenate([decoder.decode(pcm[j:j + 160].astype("<i2").tobytes(), 0).samples
                                for j in range(0, len(pcm) - 159, 160)])
        heard = transcriber.transcribe(audio).text.strip()
        out.append(heard)
        if progress:
            progress(i, text, heard)
    return out


def choose(samples: list, per_label: int) -> list:
    """Up to `per_label` turns per intent (NONE_SHARE times that without one), picked by hash of the text (not by position, so the
    choice does not move when another template is added), one intent or none; mixed turns are
    left to the synthetic damage. Spread over templates: at most 3 turns from one."""
    by_label: dict[str, list] = {}
    for s in sorted(samples, key=lambda s: (zlib.crc32(s.text.encode()), s.text)):
        if len(s.labels) > 1:
            continue
        label = s.labels[0] if s.labels else "none"
        bucket = by_label.setdefault(label, [])
        quota = per_label * (NONE_SHARE if label == "none" else 1)
        if len(bucket) < quota and sum(1 for b in bucket if b.group == s.group) < 3:
            bucket.append(s)
    return [s for label in sorted(by_label) for s in by_label[label]]


def without_clashes(kept: list[dict], rows: list[dict]) -> list[dict]:
    """`rows` less those heard the same as a kept row (the corpus keys transcripts by text: one text, one group)."""
    from callwarden_tools.intent_training.grammar import tidy
    seen = {tidy(r["transcript"]) for r in kept}
    out = []
    for r in rows:
        if tidy(r["transcript"]) not in seen:
            seen.add(tidy(r["transcript"]))
            out.append(r)
    return out


def read_cache(path: Path = CACHE_PATH) -> list[dict]:
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, sort_keys=True) + "\n" for r in rows))


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m callwarden_tools.intent_training.render_asr",
                                description=__doc__.split("\n")[0])
    p.add_argument("--per-label", type=int, default=PER_LABEL)
    p.add_argument("--out", type=Path, default=CACHE_PATH)
    p.add_argument("--seed", type=int, default=7, help="the training corpus seed")
    p.add_argument("--registers", action="store_true",
                   help="render registers.py's turns only (PER_LABEL defaults to 30 then) and keep the other rows")
    args = p.parse_args(argv)
    from callwarden_tools.intent_training.generate import register_corpus, synthetic_corpus
    kept: list[dict] = []
    if args.registers:
        per_label = args.per_label if args.per_label != PER_LABEL else REGISTER_PER_LABEL
        chosen = choose(register_corpus(args.seed), per_label)
        kept = [r for r in read_cache(args.out) if not r["group"].startswith("reg-")]
    else:
        chosen = choose(synthetic_corpus(args.seed), args.per_label)
    styles = [style_for(s.text) for s in chosen]
    t0 = time.perf_counter()

    def progress(i: int, text: str, heard: str) -> None:
        if i % 20 == 0:
            print(f"{i}/{len(chosen)} {time.perf_counter() - t0:.0f} s  {text!r} -> {heard!r}", flush=True)

    heard = render_turns(zip((s.text for s in chosen), styles), progress)
    rows = [{"text": s.text, "style": st, "transcript": h, "labels": list(s.labels), "group": s.group}
            for s, st, h in zip(chosen, styles, heard)]
    rows = without_clashes(kept, rows)
    write_jsonl(args.out, kept + rows)
    print(f"wrote {len(rows)} turns to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
