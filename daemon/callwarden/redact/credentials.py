"""Words a caller gives to prove who they are: a password, a memorable word, a security answer, a login.

They carry no digits and no name shape ("my password is purple elephant", "the memorable word is
marmalade"), so no number or name finder sees them; the cue that asks for them does. The words
after it, up to the end of the clause (at most four), are masked as a PIN is: they unlock an account.
"""

from __future__ import annotations

import re

_CUE = re.compile(
    r"\b(?:(?:my|the|our|his|her) )?(?:pass ?word|passphrase|pass phrase|memorable (?:word|name|place|date|answer)|"
    r"security (?:answer|word|phrase)|secret (?:word|answer|phrase)|answer to (?:my|the) security question|"
    r"(?:my )?security question(?:'s| is)? answer|user ?name|login(?: name)?|user id)"
    r"(?:'s|,? (?:it's|it is|is|was|would be|should be)|:| being)[,:]?\s+", re.I)
# Words after the cue that talk about the secret rather than say it ("my password is on a sticky note",
# "the password is case sensitive", "is the password the same")
_ABOUT = {"on", "in", "at", "the", "not", "wrong", "correct", "right", "incorrect", "expired", "locked", "written",
          "saved", "stored", "case", "too", "still", "same", "different", "working", "invalid", "blocked", "reset",
          "changed", "forgotten", "lost", "stuck", "definitely", "probably", "supposed", "meant", "what", "something",
          "just", "a", "an", "really", "very", "going", "being", "no", "never", "always", "also"}
# Where the secret ends: punctuation closing the clause, or a word that starts a new one
_STOP = re.compile(r"[.,;!?]|\s(?:and|but|so|because|if|or|then|please|thanks|thank|okay|ok|right)\b", re.I)
MAX_WORDS = 4


def credentials(text: str) -> list[tuple[int, int, str]]:
    spans = []
    for m in _CUE.finditer(text):
        rest = text[m.end():]
        stop = _STOP.search(rest)
        words = list(re.finditer(r"\S+", rest[:stop.start() if stop else len(rest)]))[:MAX_WORDS]
        if words and words[0].group().lower().strip("'\"") not in _ABOUT:
            spans.append((m.end() + words[0].start(), m.end() + words[-1].end(), "credential_after_cue"))
    return spans
