"""A call sequence under construction: turns, the secrets and harmless numbers they carry, and the
ideal redaction (every secret span masked, nothing else) used to validate the labels."""

from __future__ import annotations

import random
from dataclasses import dataclass, field

from . import harmless, vocab
from .spoken import speak, split_digits


@dataclass
class S:
    """A span of caller text that is (part of) a secret."""
    text: str
    secret: dict


@dataclass
class H:
    """A harmless number's surface text, to be left alone."""
    text: str
    kind: str


@dataclass
class Seq:
    id: str
    kind: str
    rng: random.Random
    turns: list = field(default_factory=list)
    ideal: list = field(default_factory=list)
    secrets: list = field(default_factory=list)
    harmless: list = field(default_factory=list)

    def secret(self, kind: str, value: str, *, digits: str | None = None, words: list[str] | None = None,
               squash: list[str] | None = None, phrases: list[str] | None = None, scoped: bool = False,
               note: str = "") -> dict:
        s = {"kind": kind, "value": value, "turns": []}
        if digits:
            s["digits"] = digits
        if words:
            s["words"] = words
        if squash:
            s["squash"] = squash
        if phrases:
            s["phrases"] = phrases
        if scoped:
            s["scope"] = s["turns"]     # judged only on the turns that carry it (dates of birth)
        if note:
            s["note"] = note
        self.secrets.append(s)
        return s

    def agent(self, text: str) -> None:
        self.turns.append({"speaker": "agent", "text": text})
        self.ideal.append({"speaker": "agent", "text": text})

    def caller(self, *parts) -> None:
        idx = len(self.turns)
        text, ideal = "", ""
        for p in parts:
            if isinstance(p, S):
                text += p.text
                ideal += "[X]"
                if idx not in p.secret["turns"]:
                    p.secret["turns"].append(idx)
            elif isinstance(p, H):
                self.harmless.append({"kind": p.kind, "text": p.text, "turn": idx})
                text += p.text
                ideal += p.text
            else:
                text += p
                ideal += p
        if parts and isinstance(parts[0], str) and text[:1].islower():
            text, ideal = text[0].upper() + text[1:], ideal[0].upper() + ideal[1:]
        self.turns.append({"speaker": "caller", "text": text})
        self.ideal.append({"speaker": "caller", "text": ideal})

    def dtmf(self, keys: str, secret: dict | None = None, harmless_kind: str | None = None) -> None:
        idx = len(self.turns)
        self.turns.append({"dtmf": keys})
        if secret is not None:
            secret["turns"].append(idx)
            self.ideal.append({"dtmf": "".join("*" if c.isdigit() else c for c in keys)})
        else:
            self.ideal.append({"dtmf": keys})
            if harmless_kind:
                self.harmless.append({"kind": harmless_kind, "text": keys, "turn": idx})

    # ---- pieces shared by the kinds ----

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    def harmless_turn(self, kind: str | None = None) -> None:
        k, surface, template = harmless.clause(self.rng, kind)
        head, _, tail = template.partition("{}")
        if surface.endswith(".") and tail.startswith("."):
            tail = tail[1:]
        self.caller(head, H(surface, k), tail)

    def opening(self, p_harmless: float = 0.3) -> None:
        if self.chance(0.5):
            self.agent(self.pick(vocab.AGENT_OPEN))
            if self.chance(p_harmless):
                self.harmless_turn()
            else:
                self.caller(self.pick(vocab.CALLER_OPEN))

    def closing(self, p_harmless: float = 0.3) -> None:
        if self.chance(0.5):
            self.agent(self.pick(vocab.AGENT_CLOSE))
            if self.chance(p_harmless):
                self.harmless_turn()
            else:
                self.caller(self.pick(vocab.CALLER_CLOSE))

    def n_parts(self, length: int, sizes: list[int] | None) -> int:
        n = self.rng.choices([1, 2, 3, 4, 5], [5, 3, 2, 1, 1])[0]
        cap = len(sizes) if sizes and self.chance(0.8) else length // 3
        return max(1, min(n, cap))

    def say_digits(self, secret: dict, digits: str, *, lead: str = "", prompt: str | None = None,
                   parts: int | None = None, sizes: list[int] | None = None, tail: str = "",
                   hang_on: bool | None = None, go_on: float = 0.7, style: str | None = None) -> None:
        """Ask (maybe), stall (maybe), then say the digits over one or more caller turns."""
        rng = self.rng
        if prompt:
            self.agent(prompt)
        if hang_on is None:
            hang_on = (bool(prompt) or bool(lead)) and self.chance(0.15)
        if hang_on:
            if lead:
                self.caller(lead.rstrip(" ,") + "... " + self.pick(vocab.HANG_ON))
                lead = self.pick(["okay, ", "right, so ", "here it is, ", "", "it's "])
            else:
                self.caller(self.pick(vocab.HANG_ON))
            if self.chance(0.5):
                self.agent(self.pick(["Sure, take your time.", "No problem.", "Okay."]))
        n = parts or self.n_parts(len(digits), sizes)
        pieces = _natural_split(digits, n, sizes, rng)
        for k, piece in enumerate(pieces):
            if k:
                if self.chance(go_on):
                    self.agent(self.pick(vocab.GO_ON))
                head = self.pick(["", "", "then ", "and ", "okay ", "next is ", "uh ", "the rest is "])
            else:
                head = lead
            psizes = None if len(pieces) > 1 else sizes
            said = speak(piece, rng, psizes, style=style)
            self.caller(head, S(said, secret), tail if k == len(pieces) - 1 else "")


def _natural_split(digits: str, n: int, sizes: list[int] | None, rng: random.Random) -> list[str]:
    """Cut at the card's printed groups when there are any, else anywhere."""
    if n <= 1:
        return [digits]
    if sizes and len(sizes) >= n and rng.random() < 0.8:
        bounds = [sum(sizes[:i]) for i in range(1, len(sizes))]
        cuts = sorted(rng.sample(bounds, n - 1))
        edges = [0] + cuts + [len(digits)]
        return [digits[edges[i]:edges[i + 1]] for i in range(n)]
    return split_digits(digits, n, rng, min_len=2)
