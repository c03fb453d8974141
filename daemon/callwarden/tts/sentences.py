"""Splits a reply into the pieces synthesised one after another: sentences, with a long
first sentence cut at its first clause break so the caller hears something sooner."""

from __future__ import annotations

import re

# A full stop after these never ends a sentence ("Dr. Smith", "No. 5").
TITLES = {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "approx", "dept", "ave"}
# These are abbreviations only before a number ("No. 5", "ext. 204"); "The answer is no. Sorry." ends.
BEFORE_NUMBER = {"no", "nos", "fig", "ext", "tel", "apt", "vol", "p", "pp"}
# These end a sentence only when a capitalised word follows ("at 9 a.m. Call us then").
SOFT = {"etc", "a.m", "p.m", "e.g", "i.e", "inc", "ltd", "co"}

FIRST_SPLIT_MIN_WORDS = 4     # a first sentence this long is cut at its first comma, semicolon, colon or dash
_BOUNDARY = re.compile(r"[.!?]+[\"')\]]*\s+|\n+")
_CLAUSE = re.compile(r"[,;:]\s+|\s+[-\u2013\u2014]+\s+")


def _ends_sentence(boundary: str, head: str, tail: str) -> bool:
    if "\n" in boundary or not tail:
        return True
    word = head.rstrip().rstrip("\"')]").rstrip(".!?").split()[-1:] or [""]
    last = word[0].lower().lstrip("(\"'")
    stop = head.rstrip().rstrip("\"')]")[-1:]
    if stop != ".":
        return True                     # ! and ? always end one
    if last in TITLES or (len(last) == 1 and last.isalpha()):
        return False                    # a title or an initial ("J. Smith")
    nxt = tail.lstrip("\"'(")[:1]
    if last in BEFORE_NUMBER and nxt.isdigit():
        return False
    if nxt.islower():
        return False                    # sentences start with a capital or a digit
    if last in SOFT:
        return nxt.isupper()
    return True


def sentences(text: str) -> list[str]:
    """Sentences of `text`, stripped; never an empty one (punctuation alone joins the sentence before)."""
    out: list[str] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        head, tail = text[start:m.end()], text[m.end():]
        if _ends_sentence(m.group(), head, tail):
            out.append(head)
            start = m.end()
    out.append(text[start:])
    merged: list[str] = []
    for piece in (p.strip() for p in out):
        if not piece:
            continue
        if not any(c.isalnum() for c in piece):
            if merged:
                merged[-1] += " " + piece  # a stray "..." belongs to the sentence before it
        else:
            merged.append(piece)
    return merged


def speech_chunks(text: str) -> list[str]:
    """What is synthesised, in order: the sentences, the first one cut at a clause break when long."""
    parts = sentences(text)
    if parts and len(parts[0].split()) >= FIRST_SPLIT_MIN_WORDS:
        m = _CLAUSE.search(parts[0])
        if m and len(parts[0][m.end():].split()) >= 2:
            parts[0:1] = [parts[0][:m.start() + 1].strip(), parts[0][m.end():].strip()]
    return parts
