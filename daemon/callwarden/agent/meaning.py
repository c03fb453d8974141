"""The built-in flow's understanding beyond literal trigger phrases. Pure: no I/O.

Two steps, after the trigger phrases have missed:

- An intent matches by meaning when most of one of its trigger phrases is in the
  turn, measured on the detector classifier's own features (detect/classifier.py:
  words, word pairs, character 3-5-grams of the prepared text), so "do you open on
  Sundays" finds "are you open" and "what time does the office close" finds "what
  time do you close", without anyone writing those down. Intents that end the call
  or hand it off need a closer match: a wrong one costs the caller more.
- An errand stated plainly ("I'm calling about the internet service at my house",
  "this is regarding my gas bill") gets a reply that says what was understood and
  what the caller can do next (a callback opens a ticket, a person is a hand-off),
  instead of "Sorry, I didn't get that". It opens no ticket by itself: callers
  state the errand first and explain after, and routing stays with the detectors.
"""

from __future__ import annotations

import re
from collections import Counter

from callwarden.bodies import END, ESCALATE
from callwarden.config import IntentRule
from callwarden.detect.classifier import feature_names, prepare

DRASTIC = (END, ESCALATE)
DRASTIC_MARGIN = 0.2          # end/escalate intents need this much more than the configured similarity
MAX_TOPIC_WORDS = 12

_ERRAND = re.compile(
    r"\b(?:(?:i'?m|i am|i was|we are|we're)\s+)?(?:calling|ringing|phoning|here|reaching out|contacting you|writing)\s+"
    r"(?:you\s+|today\s+)?(?:about|regarding|concerning|because of|with regards? to|in regards? to|re)\s+(?P<a>.+)"
    r"|\b(?:this|it|that)\s*(?:is|'s|s)\s+(?:about|regarding|concerning)\s+(?P<b>.+)"
    r"|\b(?:question|questions|problem|problems|issue|issues|trouble|query|enquiry|inquiry|help|complaint)\s+"
    r"(?:about|with|regarding|concerning|on|for)\s+(?P<c>.+)"
    r"|^(?:hi|hello|hey|yes|yeah|ok|okay|so|um|uh|\W)*\s*(?:regarding|concerning|about)\s+(?P<d>.+)", re.I)
_CUT = re.compile(r"[.?!;:,]|\b(?:and|but|because|so|please|thanks|thank you|can you|could you)\b", re.I)
_SWAP = {"my": "your", "i": "you", "me": "you", "mine": "yours", "myself": "yourself", "i'm": "you're",
         "i've": "you've", "i'd": "you'd", "i'll": "you'll", "am": "are", "our": "your", "we": "you", "us": "you"}
_FILLER = {"um", "uh", "erm", "like", "just", "actually", "basically"}


def _features(text: str) -> Counter:
    return Counter(feature_names(prepare(text)))


class MeaningMatcher:
    def __init__(self, rules: tuple[IntentRule, ...], similarity: float) -> None:
        self.similarity = similarity
        self._triggers = [(rule, feats, sum(feats.values())) for rule in rules
                          for feats in (_features(t) for t in rule.triggers) if feats]

    def match(self, text: str) -> tuple[IntentRule, float] | None:
        """The intent most of whose trigger phrase is in `text`, and how much of it (0-1); None below the bar."""
        if self.similarity <= 0:
            return None
        turn = _features(text)
        best: tuple[IntentRule, float] | None = None
        for rule, feats, total in self._triggers:
            covered = sum(min(n, turn[f]) for f, n in feats.items()) / total
            bar = min(1.0, self.similarity + (DRASTIC_MARGIN if rule.action in DRASTIC else 0.0))
            if covered >= bar and (best is None or covered > best[1]):
                best = (rule, covered)
        return best


def errand_topic(text: str) -> str | None:
    """What the caller says the call is about, in the agent's words ("your gas bill"); None when no errand
    is stated, or when it is too long or holds a redacted value to read back."""
    m = _ERRAND.search(text.replace("\u2019", "'"))
    if not m:
        return None
    topic = _CUT.split(next(g for g in m.groups() if g))[0]
    words = [w for w in topic.split() if w.lower() not in _FILLER]
    if not words or len(words) > MAX_TOPIC_WORDS or "[" in topic:
        return None
    return " ".join(_SWAP.get(w.lower(), w) for w in words)
