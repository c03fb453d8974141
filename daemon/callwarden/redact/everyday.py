"""Everyday English, for telling a caller's uncommon words (a drug's brand, a condition as ASR spelt it,
a clinic's name) from ordinary speech: the whole words of the ASR model's vocabulary and the strings of
the packaged spaCy pipeline (both pinned in models/manifest.toml), a word's inflections ("giggles",
"removed", "she's") read as the word itself.
"""

from __future__ import annotations

import json
import re
import threading

_lock = threading.Lock()
_words: frozenset[str] | None = None
# inflection -> what the word may have been before it ("studies" -> "study", "hoping" -> "hope")
_ENDINGS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"), ("ly", ""),
            ("ers", ""), ("er", ""), ("est", ""), ("ness", ""), ("ful", ""))


def words() -> frozenset[str]:
    """Built once per process (a tenth of a second); the worker warms it before the first call."""
    global _words
    with _lock:
        if _words is None:
            from callwarden.models import model_for
            from callwarden.redact.health import vocabulary
            strings = json.loads((model_for("redact-syntax").directory / "vocab" / "strings.json").read_text())
            _words = frozenset(vocabulary().common | {s.lower() for s in strings if s.isalpha()})
        return _words


def before_apostrophe(word: str) -> str:
    """"toe's" -> "toe", "doctor\u2019s" -> "doctor": the word a possessive or contraction is made of."""
    return word.lower().split("'")[0].split("\u2019")[0]


def is_everyday(word: str, known: frozenset[str] | set[str]) -> bool:
    parts = [p for p in re.split(r"[-]", before_apostrophe(word)) if p]
    return all(_known(p, known) for p in parts)


def _known(w: str, known) -> bool:
    if w in known:
        return True
    return any(w.endswith(end) and len(w) - len(end) >= 3 and w[:-len(end)] + add in known for end, add in _ENDINGS)
