"""Model text -> speakable sentences, as the tokens arrive. Pure: no I/O.

A sentence goes to TTS as soon as it is complete, so the caller hears the first
one while the model is still writing the rest. Markdown a model likes to write
(asterisks, headings, bullets) is dropped: a voice would read it out.
"""

from __future__ import annotations

import re

MIN_CHARS = 12          # "Sure." alone is merged with what follows: one short clip sounds clipped
MAX_CHARS = 220         # a run-on answer is cut at a comma (or a space) so audio starts anyway
_END = re.compile(r"[.!?]+[\"')\]]*(?=\s)")
_ABBREV = re.compile(r"(?:\b(?:mr|mrs|ms|dr|st|no|vs|etc|e\.g|i\.e|approx|tel)\.|\b[A-Za-z]\.)$", re.I)
_MARKUP = re.compile(r"[*_`#>|]+|^\s*[-•]\s+|\[(?:[^\]]*)\]\((?:[^)]*)\)", re.M)


def speakable(text: str) -> str:
    """Text as a voice should read it: markup gone, whitespace collapsed."""
    return " ".join(_MARKUP.sub(" ", text).split())


class SentenceSplitter:
    def __init__(self) -> None:
        self._buf = ""

    def feed(self, delta: str) -> list[str]:
        """Complete sentences in the text so far (the rest waits for more)."""
        self._buf += delta
        out: list[str] = []
        start = 0
        for m in _END.finditer(self._buf):
            candidate = self._buf[start:m.end()]
            if _ABBREV.search(candidate.rstrip("\"')]")) or len(speakable(candidate)) < MIN_CHARS:
                continue
            out.append(candidate)
            start = m.end()
        self._buf = self._buf[start:]
        while len(self._buf) > MAX_CHARS:
            cut = self._buf.rfind(",", 0, MAX_CHARS)
            cut = cut + 1 if cut > MIN_CHARS else (self._buf.rfind(" ", 0, MAX_CHARS) if " " in self._buf[:MAX_CHARS]
                                                   else MAX_CHARS)
            out.append(self._buf[:cut])
            self._buf = self._buf[cut:]
        return [s for s in (speakable(o) for o in out) if s]

    def flush(self) -> list[str]:
        """What is left once the model has finished."""
        rest, self._buf = speakable(self._buf), ""
        return [rest] if rest else []
