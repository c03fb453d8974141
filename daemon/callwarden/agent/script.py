"""The built-in scripted flow: consent question, intents (trigger phrases, then by meaning), errands, a fallback.

Pure: fed the redacted text of each final caller turn, returns a Reply. The
call session speaks it and carries out its action.
"""

from __future__ import annotations

import re

from callwarden.agent.meaning import MeaningMatcher, errand_topic
from callwarden.agent.reply import CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_UNCLEAR, Reply
from callwarden.bodies import NONE
from callwarden.config import AgentConfig

_REFUSE = re.compile(
    r"\b(?:no|nope|nah|don't|do not|rather not|prefer not|not okay|not ok|not fine|not comfortable|"
    r"i object|i refuse|absolutely not|certainly not|no way)\b")
_AGREE = re.compile(
    r"\b(?:yes|yeah|yep|yup|sure|okay|ok|fine|alright|all right|go ahead|of course|certainly|"
    r"absolutely|no problem|no worries|that's fine|i agree|i consent|please do)\b")
# Agreement phrases that contain a refusal word: removed before looking for a refusal.
_AGREE_WITH_NO = re.compile(r"\bno (?:problem|worries)\b|\bdon't mind\b|\bdo not mind\b")


def words(text: str) -> str:
    """Lower case, apostrophes kept, other punctuation as spaces."""
    return " ".join(re.sub(r"[^a-z0-9']+", " ", text.lower().replace("\u2019", "'")).split())


def consent_answer(text: str) -> str:
    """given, refused or unclear, for the answer to "may we record this call?"."""
    t = words(text)
    if _REFUSE.search(_AGREE_WITH_NO.sub(" ", t)):
        return CONSENT_REFUSED
    if _AGREE.search(t) or _AGREE_WITH_NO.search(t):
        return CONSENT_GIVEN
    return CONSENT_UNCLEAR


class ScriptedAgent:
    MAX_CONSENT_ASKS = 2

    def __init__(self, cfg: AgentConfig) -> None:
        self.cfg = cfg
        self.awaiting_consent = False
        self._consent_asks = 0
        self._triggers = [(rule, [re.compile(rf"(?<![a-z0-9']){re.escape(words(t))}(?![a-z0-9'])")
                                  for t in rule.triggers]) for rule in cfg.intents]
        self._meaning = MeaningMatcher(cfg.intents, cfg.intent_similarity)

    def opening(self) -> list[str]:
        """What to say after the greeting."""
        if self.cfg.recording_consent == "ask":
            self.awaiting_consent = True
            self._consent_asks = 1
            return [self.cfg.consent_question]
        return []

    def reply(self, text: str) -> Reply:
        if self.awaiting_consent:
            return self._consent(text)
        t = words(text)
        for rule, patterns in self._triggers:
            if any(p.search(t) for p in patterns):
                return Reply(rule.reply, rule.action, f"intent {rule.name}")
        matched = self._meaning.match(text)
        if matched:
            rule, score = matched
            return Reply(rule.reply, rule.action, f"intent {rule.name} (by meaning, {score:.2f})")
        topic = errand_topic(text) if self.cfg.errand_reply else None
        if topic:
            return Reply(self.cfg.errand_reply.replace("{topic}", topic), NONE, "errand")
        return Reply(self.cfg.fallback_reply, NONE, "fallback")

    def _consent(self, text: str) -> Reply:
        answer = consent_answer(text)
        if answer == CONSENT_UNCLEAR and self._consent_asks < self.MAX_CONSENT_ASKS:
            self._consent_asks += 1
            return Reply(self.cfg.consent_question, NONE, "consent asked again")
        self.awaiting_consent = False
        if answer == CONSENT_REFUSED:
            return Reply(self.cfg.consent_declined, NONE, "consent refused", CONSENT_REFUSED)
        # Unclear twice: the call goes on, unrecorded (no consent is not a yes).
        return Reply(self.cfg.consent_thanks, NONE, f"consent {answer}", answer)
