"""Scoring shared by the blind probe rounds (round4.py; round5.py and round6.py through sequences.py):
each item is (what is redacted, listed strings, kind); a secret item leaks when a listed string survives,
a harmless one is damaged when one is lost. Matching is word-bounded on the text lower-cased, with
everything but a-z, 0-9 and apostrophes made a space. The sealed half's failures are counted and dropped,
never printed.
"""

from __future__ import annotations

import re
from collections import defaultdict

_NON_WORD = re.compile(r"[^a-z0-9']+")


def norm(text: str) -> str:
    return " " + " ".join(_NON_WORD.sub(" ", text.lower()).split()) + " "


def score(secret, harmless, redact):
    """(leaks, damage): lists of (item, redacted, failed strings, kind)."""
    leaks, damage = [], []
    for said, words, kind in secret:
        out = redact(said)
        bad = [w for w in words if norm(w) in norm(out)]
        if bad:
            leaks.append((said, out, bad, kind))
    for said, words, kind in harmless:
        out = redact(said)
        lost = [w for w in words if norm(w) not in norm(out)]
        if lost:
            damage.append((said, out, lost, kind))
    return leaks, damage


def by_kind(items, failed):
    total, bad = defaultdict(int), defaultdict(int)
    for _, _, kind in items:
        total[kind] += 1
    for f in failed:
        bad[f[3]] += 1
    return [(k, bad[k], total[k]) for k in sorted(total)]


def report(tune: tuple, sealed: tuple, redact, show_failures: bool, show=repr) -> None:
    """Counts per half and kind for (secret, harmless) of each half; with show_failures, the TUNE half's."""
    tune_failures = None
    for name, (secret, harmless) in (("TUNE", tune), ("SEALED", sealed)):
        leaks, damage = score(secret, harmless, redact)
        print(f"{name}: secret leaks {len(leaks)}/{len(secret)}, harmless damaged {len(damage)}/{len(harmless)}")
        for kind, n, total in by_kind(secret, leaks):
            print(f"  leaks    {kind:22s} {n}/{total}")
        for kind, n, total in by_kind(harmless, damage):
            print(f"  damaged  {kind:22s} {n}/{total}")
        if name == "TUNE":
            tune_failures = (leaks, damage)
        del leaks, damage       # the SEALED half's failures are dropped here, never printed
    if show_failures and tune_failures is not None:
        leaks, damage = tune_failures
        print("\nTUNE failures:")
        for said, out, bad, kind in leaks:
            print(f"  LEAK   [{kind}] {bad}: {show(said)}\n         -> {out!r}")
        for said, out, lost, kind in damage:
            print(f"  DAMAGE [{kind}] {lost}: {show(said)}\n         -> {out!r}")
