"""What the agent answers to one caller turn."""

from __future__ import annotations

from dataclasses import dataclass

from callwarden.bodies import NONE

CONSENT_GIVEN, CONSENT_REFUSED, CONSENT_UNCLEAR = "given", "refused", "unclear"


@dataclass(frozen=True, slots=True)
class Reply:
    say: str                    # "" = say nothing
    action: str = NONE          # what follows the reply: none, end (hang up), ticket, escalate
    reason: str = ""            # "intent opening_hours", "fallback", "webhook", "webhook timeout" ...
    consent: str | None = None  # set when this turn answered the consent question
