"""The dialog webhook: each final caller turn (redacted) is POSTed; the answer is {say, action}.

A webhook that is slow, down or answers nonsense never leaves the caller in
silence: past `webhook_timeout_ms` the built-in flow answers that turn, and
the reply's reason says why.
"""

from __future__ import annotations

import asyncio
import json
import logging
import urllib.error
import urllib.request

from callwarden.agent.reply import Reply
from callwarden.agent.script import ScriptedAgent
from callwarden.bodies import AGENT_ACTIONS as ACTIONS
from callwarden.bodies import NONE
from callwarden.config import AgentConfig
from callwarden.version import user_agent

log = logging.getLogger("callwarden.agent")

MAX_SAY_CHARS = 1000


class WebhookError(Exception):
    pass


def parse_answer(raw: bytes) -> Reply:
    """The webhook's JSON answer as a Reply; anything else is a WebhookError saying what was wrong."""
    try:
        answer = json.loads(raw)
    except ValueError:
        raise WebhookError("answer is not JSON") from None
    if not isinstance(answer, dict):
        raise WebhookError("answer is not a JSON object")
    say, action = answer.get("say", ""), answer.get("action", NONE)
    if not isinstance(say, str) or len(say) > MAX_SAY_CHARS:
        raise WebhookError(f"'say' must be a string of at most {MAX_SAY_CHARS} characters")
    if action not in ACTIONS:
        raise WebhookError(f"'action' must be one of {', '.join(ACTIONS)}")
    return Reply(say.strip(), action, "webhook")


class WebhookAgent:
    def __init__(self, cfg: AgentConfig, call_id: str, from_uri: str) -> None:
        self.cfg = cfg
        self.call_id = call_id
        self.from_uri = from_uri
        self.fallback = ScriptedAgent(cfg)
        self.history: list[dict] = []
        self.turns = 0

    @property
    def awaiting_consent(self) -> bool:
        return self.fallback.awaiting_consent

    def opening(self) -> list[str]:
        return self.fallback.opening()

    def heard_agent(self, text: str) -> None:
        self.history.append({"role": "agent", "text": text})

    async def reply(self, turn: dict, flags: list[str]) -> Reply:
        """`turn` is the redacted utterance.final body."""
        self.turns += 1
        self.history.append({"role": "caller", "text": turn["text"]})
        if self.fallback.awaiting_consent:      # consent is the appliance's business, not the webhook's
            return self.fallback.reply(turn["text"])
        request = {"call_id": self.call_id, "from": self.from_uri, "turn": self.turns, "text": turn["text"],
                   "t_start_ms": turn["t_start_ms"], "t_end_ms": turn["t_end_ms"],
                   "confidence": turn["confidence"], "flags": flags, "history": self.history[:-1]}
        timeout_s = self.cfg.webhook_timeout_ms / 1000
        try:
            raw = await asyncio.wait_for(asyncio.to_thread(self._post, request, timeout_s), timeout_s)
            return parse_answer(raw)
        except (asyncio.TimeoutError, TimeoutError):
            why = "webhook timeout"
        except (OSError, WebhookError) as e:
            why = f"webhook failed: {_describe(e)}"
        log.warning("dialog %s; the built-in flow answers this turn", why, extra={"CALL_ID": self.call_id})
        scripted = self.fallback.reply(turn["text"])
        return Reply(scripted.say, scripted.action, why)

    def _post(self, request: dict, timeout_s: float) -> bytes:
        headers = {"Content-Type": "application/json", "User-Agent": user_agent()}
        if self.cfg.webhook_token:
            headers["Authorization"] = f"Bearer {self.cfg.webhook_token}"
        req = urllib.request.Request(self.cfg.webhook_url, json.dumps(request).encode(), headers, method="POST")
        with urllib.request.urlopen(req, timeout=timeout_s) as resp:
            return resp.read(64 * 1024)


def _describe(e: Exception) -> str:
    """An error in words that carry no URL credentials or response body."""
    if isinstance(e, urllib.error.HTTPError):
        return f"HTTP {e.code}"
    if isinstance(e, urllib.error.URLError):
        return f"unreachable ({type(e.reason).__name__})"
    return str(e) if isinstance(e, WebhookError) else type(e).__name__
