"""What the call-sequence probe rounds (round5.py, round6.py) share: the sha256 split, the authoring
check, one fresh CallRedactor per sequence, and the report (halves.py). Each item is (turns, strings,
kind) with turns ("A", text) for the agent and ("C", text) for the caller, in call order.
"""

from __future__ import annotations

import hashlib

from tests.redaction_probes.halves import norm, report


def joined(turns) -> str:
    return "\n".join(text for _, text in turns)


def is_tune(turns) -> bool:
    return hashlib.sha256(joined(turns).encode("utf-8")).digest()[0] % 2 == 0


def caller_text(turns) -> str:
    return " ".join(text for who, text in turns if who == "C")


def check(name: str, items) -> None:
    """Authoring check (no redaction): well-formed turns, no duplicate sequences,
    every listed string occurs in the sequence's caller turns."""
    for turns, words, kind in items:
        if not turns or not words or not kind:
            raise AssertionError(f"{name}: empty item: {turns!r}")
        for who, text in turns:
            if who not in ("A", "C") or not isinstance(text, str) or not text.strip():
                raise AssertionError(f"{name}: bad turn {who!r}: {text!r}")
        if not any(who == "C" for who, _ in turns):
            raise AssertionError(f"{name}: a sequence with no caller turn")
    texts = [joined(t) for t, _, _ in items]
    if len(set(texts)) != len(texts):
        raise AssertionError(f"{name}: duplicate sequences")
    bad = sum(1 for turns, words, _ in items for w in words
              if norm(w) not in norm(caller_text(turns)))
    if bad:
        raise AssertionError(f"{name}: {bad} listed strings do not occur in their caller turns")


def split(items) -> tuple[list, list]:
    return [c for c in items if is_tune(c[0])], [c for c in items if not is_tune(c[0])]


def redact(turns) -> str:
    """The caller turns' redacted text, joined: agent turns go to note_agent_text, caller turns to
    redact() with t advancing 3000 ms a turn."""
    from callwarden.redact.redactor import CallRedactor

    r = CallRedactor()
    t = 0
    outs = []
    for who, text in turns:
        if who == "A":
            r.note_agent_text(text)
        else:
            outs.append(r.redact(text, t, t + 2000).text)
        t += 3000
    return " ".join(outs)


def show(turns) -> str:
    return " | ".join(f"{who}: {text}" for who, text in turns)


def main(name: str, secret, harmless, argv: list[str]) -> int:
    check(name, secret + harmless)
    (tune_secret, sealed_secret), (tune_harmless, sealed_harmless) = split(secret), split(harmless)
    report((tune_secret, tune_harmless), (sealed_secret, sealed_harmless), redact, "--failures" in argv,
           show=lambda turns: repr(show(turns)))
    return 0
