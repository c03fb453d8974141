"""What the decoder knew about its own transcript, for the per-turn "was this understood?" decision.

One number (exp of the mean token log-probability) misses nonsense that Whisper
writes down as ordinary-looking words at an ordinary score. Each final also
carries: how likely the window was to hold no speech; how repetitive the text is
(zlib compression ratio, as Whisper's own fallback uses); the share of words the
decoder found unlikely once it had the whole text (forced-alignment token
probabilities); and the share of words that are not whole words of its vocabulary
(a common English word is a single BPE token with a leading space, while
"tasko" or "blen" is spelled out of pieces); and the share of function words
("the", "to", "my", "is"...), which is how word salad ("purple river quietly
frozen bottle") shows itself when every word is clear: callers' sentences run
at 30-80 % function words. Numbers are left out of the shares: digits are
always pieces, and the redactor already vouches for spoken numbers.

Pure: token pieces, probabilities and a vocabulary lookup in, a small dict out
(only figures, never words, so it may be stored and synced).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable

LOW_WORD_P = 0.4          # a word below this (mean of its tokens' probabilities) is one the decoder doubted
MIN_GRAMMAR_WORDS = 4     # the function-word share of a shorter turn says nothing ("Billing, please.")
FUNCTION_WORDS = frozenset("""
a an the this that these those my your his her its our their me you him us them i we he she it they mine yours
myself yourself what which who whom whose when where why how there here is are was were be been being am do does
did done have has had having will would shall should can could may might must to of in on at by for with from
about as into onto over under after before since until up down out off than then and or but so if because though
while not no yes yeah ok okay please thanks thank just also too very really all any some every each both either
neither more most much many few other another such only own same don't can't won't isn't aren't wasn't i'm it's
that's i'd i'll i've you're we're they're there's what's let's hello hi bye goodbye sorry right well oh um uh
""".split())
NUMBER_WORDS = frozenset("""zero oh one two three four five six seven eight nine ten eleven twelve thirteen fourteen
fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand
double triple""".split())
_WORD = re.compile(r"[a-z']+")
_ALNUM = re.compile(r"[A-Za-z0-9]")
_SUFFIX = re.compile(r"'(?:s|t|re|ve|ll|d|m)$")


def compression_ratio(text: str) -> float:
    raw = text.encode("utf-8")
    return len(raw) / len(zlib.compress(raw)) if raw else 0.0


def words_of(pieces: list[str], probs: list[float]) -> list[tuple[str, float]]:
    """(word, mean probability of its word tokens) from decoded token pieces; a piece with a leading space
    starts a word, punctuation joins the word before it and is not scored."""
    out: list[tuple[str, list[float]]] = []
    for piece, p in zip(pieces, probs):
        if piece.startswith(" ") or not out:
            out.append((piece.strip(), []))
        else:
            out[-1] = (out[-1][0] + piece, out[-1][1])
        if _ALNUM.search(piece):
            out[-1][1].append(p)
    return [(w, sum(ps) / len(ps)) for w, ps in out if ps]


def _word_key(word: str) -> list[str]:
    """The parts of a word to look up: no punctuation around it, no "'s"/"n't" ending, hyphens split."""
    w = _SUFFIX.sub("", word.strip(".,?!;:\"()[]").replace("\u2019", "'"))
    return [part for part in w.split("-") if part]


def function_word_share(text: str) -> float | None:
    """Share of function words among the turn's words (numbers aside); None below MIN_GRAMMAR_WORDS."""
    words = [w.strip("'") for w in _WORD.findall(text.lower().replace("\u2019", "'"))]
    words = [w for w in words if w and w not in NUMBER_WORDS]
    if len(words) < MIN_GRAMMAR_WORDS:
        return None
    return round(sum(1 for w in words if w in FUNCTION_WORDS) / len(words), 3)


def summarise(text: str, avg_logprob: float, no_speech_prob: float, pieces: list[str], probs: list[float],
              known: Callable[[str], bool]) -> dict:
    """The evidence dict of one final (see the module's docstring)."""
    scored = [(w, p) for w, p in words_of(pieces, probs) if not any(c.isdigit() for c in w)]
    n = len(scored)
    low = sum(1 for _, p in scored if p < LOW_WORD_P)
    oov = sum(1 for w, _ in scored if not all(known(part) for part in _word_key(w)))
    return {"avg_logprob": round(avg_logprob, 3), "no_speech_prob": round(no_speech_prob, 3),
            "compression_ratio": round(compression_ratio(text), 3), "words": n,
            "low_prob_words": round(low / n, 3) if n else 0.0, "oov_words": round(oov / n, 3) if n else 0.0,
            "function_words": function_word_share(text)}
