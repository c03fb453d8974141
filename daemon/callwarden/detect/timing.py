"""Dead air and dead lines: `silence` (RTP flowing, caller quiet while the agent waits) and
`audio_dropout` (no RTP at all mid-call). Pure: fed frame observations and RTP state."""

from __future__ import annotations

from callwarden.bodies import AUDIO_DROPOUT, SILENCE, Flag
from callwarden.events import CallEvent


class TimingDetector:
    def __init__(self, call_id: str, silence_ms: int, dropout_ms: int) -> None:
        self.call_id = call_id
        self.silence_ms = silence_ms
        self.dropout_ms = dropout_ms
        self._quiet_since: int | None = None    # caller quiet and agent silent since
        self._silence_flagged = False
        self._rtp_flowing = True

    def frame(self, t_ms: int, caller_speaking: bool, agent_speaking: bool, now_ms: int) -> list[CallEvent]:
        if caller_speaking or agent_speaking or not self._rtp_flowing:
            self._quiet_since = None
            self._silence_flagged = False
            return []
        if self._quiet_since is None:
            self._quiet_since = t_ms
            return []
        if not self._silence_flagged and t_ms - self._quiet_since >= self.silence_ms:
            self._silence_flagged = True
            return [self._flag(SILENCE, "warn", self._quiet_since, self._quiet_since + self.silence_ms,
                               now_ms, "[no speech]")]
        return []

    def rtp(self, flowing: bool, since_ms: int, now_ms: int) -> list[CallEvent]:
        """RTP stopped (flowing False, since = last packet) or resumed."""
        self._rtp_flowing = flowing
        if flowing:
            return []
        self._quiet_since = None
        return [self._flag(AUDIO_DROPOUT, "warn", since_ms, since_ms + self.dropout_ms, now_ms, "[no RTP]")]

    def _flag(self, type_: str, severity: str, start: int, end: int, now_ms: int, text: str) -> CallEvent:
        return Flag.raised(type_, severity, 1.0, start, end, text, now_ms).to_event(self.call_id, now_ms)
