"""Seeded caller turns with their intents, in a tune half and a sealed half.

    python -m tests.intent_suite.suite [--half tune|sealed|both] [--out FILE]

A frame's half is the first byte of the SHA-256 of its id, a slot entry's the same of
"slot:entry", so the halves share neither frames nor fillers. The sealed half is for
measuring only (README.md): nothing here prints it unless asked.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
from pathlib import Path

from . import frames, negatives
from .damage import damage
from .vocab import SLOTS

SEED = 1307
DRAWS = 4               # turns per frame, each with its own fillers and damage
CONTEXT_RATE = 0.25     # a plain errand said before or after the ask, as real turns have
HALVES = ("tune", "sealed")

_ALT = re.compile(r"\(([^()]*\|[^()]*)\)")
_SLOT = re.compile(r"\{([a-z_]+)\}")


def half_of(key: str) -> str:
    return HALVES[hashlib.sha256(key.encode()).digest()[0] & 1]


def slot_entries(half: str) -> dict[str, list[str]]:
    out = {name: [e for e in entries if half_of(f"{name}:{e}") == half] for name, entries in SLOTS.items()}
    empty = [name for name, e in out.items() if not e]
    assert not empty, f"slots with no entry in the {half} half: {empty}"
    return out


def expand(frame: str, slots: dict[str, list[str]], rng: random.Random) -> str:
    text = frame
    while True:
        before = text
        text = _ALT.sub(lambda m: rng.choice(m.group(1).split("|")), text)
        text = _SLOT.sub(lambda m: rng.choice(slots[m.group(1)]), text)
        if text == before:
            return " ".join(re.sub(r"\s+([,.?])", r"\1", text).split()).strip(" ,")


def all_frames() -> list[tuple[str, str, tuple[str, ...], str]]:
    """(frame id, frame, intents, kind) for every frame; kind is the intent or the negative kind."""
    out = []
    for intent, fs in frames.PREFIX.items():
        out += [(f"{intent}/{i}", f, (intent,), intent) for i, f in enumerate(fs)]
    out += [(f"mixed/{i}", f, tuple(sorted(labels)), "mixed") for i, (f, labels) in enumerate(frames.MIXED)]
    for kind, fs in negatives.KINDS.items():
        out += [(f"{kind}/{i}", f, (), kind) for i, f in enumerate(fs)]
    return out


def sentence(text: str) -> str:
    """A capital and a full stop or question mark, as Whisper writes most turns."""
    if not text:
        return text
    end = "?" if re.match(r"(can|could|is|how|what|who|would|does|do)\b", text, re.I) else "."
    return text[0].upper() + text[1:] + ("" if text[-1] in ".?!" else end)


def build(half: str, seed: int = SEED) -> list[dict]:
    slots = slot_entries(half)
    mine = [f for f in all_frames() if half_of(f[0]) == half]
    plain = [f for f in mine if f[3] == "plain"]
    seen, out = set(), []
    for fid, frame, labels, kind in mine:
        for k in range(DRAWS):
            rng = random.Random(f"{seed}:{fid}:{k}")
            text = sentence(expand(frame, slots, rng))
            context = None
            if kind != "plain" and plain and rng.random() < CONTEXT_RATE:
                _, pf, _, _ = rng.choice(plain)
                context = sentence(expand(pf, slots, rng))
                text = f"{context} {text}" if rng.random() < 0.6 else f"{text} {context}"
            text, harm = damage(text, rng)
            if text.lower() in seen:
                continue
            seen.add(text.lower())
            out.append({"id": f"{fid}#{k}", "frame": fid, "kind": kind, "half": half, "text": text,
                        "labels": list(labels), "damage": harm, "context": context is not None})
    return out


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="python -m tests.intent_suite.suite", description=__doc__.split("\n")[0])
    p.add_argument("--half", choices=(*HALVES, "both"), default="tune")
    p.add_argument("--out", type=Path)
    args = p.parse_args(argv)
    turns = [t for h in HALVES if args.half in (h, "both") for t in build(h)]
    lines = "".join(json.dumps(t) + "\n" for t in turns)
    if args.out:
        args.out.write_text(lines)
    else:
        sys.stdout.write(lines)
    return 0


if __name__ == "__main__":
    sys.exit(main())
