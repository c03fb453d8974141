"""Writing helpers for the probe files: digits in other forms, and the entry builders."""
from __future__ import annotations

DIGIT_WORDS = "zero one two three four five six seven eight nine".split()


def words(d: str, sep: str = " ") -> str:
    return sep.join(DIGIT_WORDS[int(c)] for c in d)


def group(d: str, sizes, sep: str) -> str:
    out, i = [], 0
    for n in sizes:
        out.append(d[i:i + n])
        i += n
    if i < len(d):
        out.append(d[i:])
    return sep.join(out)


def fullwidth(s: str) -> str:
    return "".join(chr(0xFF10 + int(c)) if c.isdigit() else c for c in s)


def arabic(s: str) -> str:
    return "".join(chr(0x660 + int(c)) if c.isdigit() else c for c in s)


def devanagari(s: str) -> str:
    return "".join(chr(0x966 + int(c)) if c.isdigit() else c for c in s)


def mathbold(s: str) -> str:
    return "".join(chr(0x1D7CE + int(c)) if c.isdigit() else c for c in s)


def superscript(s: str) -> str:
    sup = "⁰¹²³⁴⁵⁶⁷⁸⁹"
    return "".join(sup[int(c)] if c.isdigit() else c for c in s)


def circled(s: str) -> str:
    return "".join(("⓪" if c == "0" else chr(0x2460 + int(c) - 1)) if c.isdigit() else c for c in s)


def keycap(s: str) -> str:
    return "".join(c + "\ufe0f\u20e3" if c.isdigit() else c for c in s)


def interleave(s: str, ch: str, every: int = 1) -> str:
    return ch.join(s[i:i + every] for i in range(0, len(s), every))


def homoglyph(s: str) -> str:
    return s.replace("0", "O").replace("1", "l")


def mixed(d: str) -> str:  # "4 one 1 one"
    return " ".join(c if i % 2 == 0 else DIGIT_WORDS[int(c)] for i, c in enumerate(d))


def sec(kind: str, value: str, terms=None) -> dict:
    s = {"kind": kind, "value": value}
    if terms:
        s["terms"] = terms
    return s


ENTRIES: list[dict] = []


def E(id_: str, kind: str, turns, secrets, note: str = "") -> None:
    ENTRIES.append({"id": id_, "kind": kind, "note": note, "turns": list(turns), "secrets": list(secrets)})


def H(id_: str, category: str, turns, note: str = "") -> None:
    ENTRIES.append({"id": id_, "kind": "harmless", "category": category, "note": note, "turns": list(turns),
                    "secrets": []})
