"""Say a fixed subset of the suite through the phone path and record what tiny.en wrote.

    python -m tests.intent_suite.render [--share N] [--out PATH]

Piper (speed, pitch and line noise varied per turn) -> 8 kHz G.711 -> tiny.en, with the same
function the training cache uses (callwarden_tools.intent_training.render_asr.render_turns). A turn
is rendered when the SHA-256 of its id puts it in the first N fifths; the subset does not move
when frames are added elsewhere. The result, asr_cache.jsonl (id, half, text, style,
transcript, labels), is committed: `score --asr` reads it and never renders.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import time
from pathlib import Path

from callwarden_tools.intent_training.render_asr import render_turns, style_for, write_jsonl

from . import suite
from .score import CACHE

SHARE = 3     # fifths of each half rendered


def chosen(share: int = SHARE) -> list[dict]:
    return [t for h in suite.HALVES for t in suite.build(h)
            if hashlib.sha256(t["id"].encode()).digest()[1] % 5 < share]


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.intent_suite.render", description=__doc__.split("\n")[0])
    p.add_argument("--share", type=int, default=SHARE, choices=range(1, 6))
    p.add_argument("--out", type=Path, default=CACHE)
    args = p.parse_args(argv)
    turns = chosen(args.share)
    # A style keyed on the suite's own id, apart from the training cache's styles.
    styles = [style_for("suite:" + t["id"]) for t in turns]
    t0 = time.perf_counter()

    def progress(i: int, text: str, heard: str) -> None:
        if i % 50 == 0:
            print(f"{i}/{len(turns)} {time.perf_counter() - t0:.0f} s", flush=True)

    heard = render_turns(zip((t["text"] for t in turns), styles), progress)
    rows = [{"id": t["id"], "half": t["half"], "text": t["text"], "style": st, "transcript": h,
             "labels": t["labels"]} for t, st, h in zip(turns, styles, heard)]
    write_jsonl(args.out, rows)
    print(f"wrote {len(rows)} turns to {args.out} in {time.perf_counter() - t0:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
