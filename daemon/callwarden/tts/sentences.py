"""Splits a reply into the pieces synthesised one after another: sentences, with a long
first sentence cut at its first clause break or a phrase boundary a few words in, so the
caller hears something sooner."""

from __future__ import annotations

import re

# A full stop after these never ends a sentence ("Dr. Smith", "No. 5").
TITLES = {"mr", "mrs", "ms", "dr", "prof", "sr", "jr", "st", "mt", "vs", "approx", "dept", "ave"}
# These are abbreviations only before a number ("No. 5", "ext. 204"); "The answer is no. Sorry." ends.
BEFORE_NUMBER = {"no", "nos", "fig", "ext", "tel", "apt", "vol", "p", "pp"}
# These end a sentence only when a capitalised word follows ("at 9 a.m. Call us then").
SOFT = {"etc", "a.m", "p.m", "e.g", "i.e", "inc", "ltd", "co"}

FIRST_SPLIT_MIN_WORDS = 4     # a first sentence this long is cut at its first comma, semicolon, colon or dash
PHRASE_SPLIT_MIN_WORDS = 7    # a first part this long is cut again at a phrase boundary ...
HEAD_MAX_WORDS = 5            # ... within its first few words
PHRASE_STARTS = {"to", "for", "from", "with", "without", "on", "in", "at", "by", "of", "about", "before", "after",
                 "between", "within", "until", "into", "during", "since", "and", "but", "or", "so", "because",
                 "that", "which", "who", "when", "while", "if", "unless", "than"}
DETERMINERS = {"the", "a", "an", "this", "these", "those", "our", "your", "my", "his", "her", "their", "its",
               "some", "any", "every", "each", "two", "three", "four", "five"}
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


def _phrase_cut(words: list[str]) -> int | None:
    """Where to cut a long opening so its first part is a few words ending at a phrase boundary:
    before a preposition or conjunction, else before a determiner. None: no good place."""
    if len(words) < PHRASE_SPLIT_MIN_WORDS:
        return None
    for tier in (PHRASE_STARTS, DETERMINERS):
        cuts = [i for i in range(2, min(HEAD_MAX_WORDS, len(words) - 3) + 1)
                if words[i].lower().strip("\"'(") in tier and words[i - 1][-1:].isalnum()]
        if cuts:
            return next((i for i in cuts if i >= 3), cuts[0])
    return None


def speech_chunks(text: str) -> list[str]:
    """What is synthesised, in order: the sentences, with a long first one cut at its first clause
    break, else at a phrase boundary a few words in. The first part is all the caller waits for:
    Piper's time grows with the audio it makes, so a short first part means early sound."""
    parts = sentences(text)
    if parts and len(parts[0].split()) >= FIRST_SPLIT_MIN_WORDS:
        m = _CLAUSE.search(parts[0])
        if m and len(parts[0][m.end():].split()) >= 2:
            parts[0:1] = [parts[0][:m.start() + 1].strip(), parts[0][m.end():].strip()]
    if parts:
        words = parts[0].split()
        cut = _phrase_cut(words)
        if cut is not None:
            parts[0:1] = [" ".join(words[:cut]), " ".join(words[cut:])]
    return parts


def is_phrase(chunk: str) -> bool:
    """A chunk cut mid-sentence without punctuation: the pause after it should be short."""
    return chunk[-1:].isalnum()
