"""Does a secret survive in stored text, in any spelling? Used by tests and the eval harness.

Digit secrets are compared as digit streams (so "4111 1111", "4,111,111" and
"four one one one" are one secret); word secrets as normalised word sequences,
and any rare word of theirs (a drug, a surname, an e-mail's name: not a word
of Whisper's everyday vocabulary) surviving on its own is a leak too.
"""

from __future__ import annotations

import re

from callwarden.redact.spoken import number_runs
from callwarden.text import normalise

MIN_DIGITS = 3


def _digit_stream(text: str) -> str:
    return "".join(run.digits for run in number_runs(text))


def leaks(secret: str, stored: str) -> bool:
    secret_digits = _digit_stream(secret)
    if len(secret_digits) >= MIN_DIGITS:
        stored_runs = [r.digits for r in number_runs(stored)]
        joined = "".join(stored_runs)
        # Any 4-digit window of the secret (3 for short secrets) surviving anywhere is a leak.
        window = min(len(secret_digits), 4)
        return any(secret_digits[i:i + window] in joined
                   for i in range(len(secret_digits) - window + 1))
    digit = re.compile(r"\d")
    words = [w for w in normalise(secret) if not digit.fullmatch(w)]
    stored_words = [w for w in normalise(stored) if not digit.fullmatch(w)]
    n = len(words)
    if n > 0 and any(stored_words[i:i + n] == words for i in range(len(stored_words) - n + 1)):
        return True
    rare = {w for w in words if len(w) >= 5 and w.isalpha() and w not in _common()}
    return bool(rare & set(stored_words))


_COMMON: set[str] | None = None


def _common() -> set[str]:
    global _COMMON
    if _COMMON is None:
        from callwarden.redact.health import common_words
        _COMMON = common_words()
    return _COMMON
