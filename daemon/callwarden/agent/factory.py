"""Which dialog a call gets: the built-in flow, the webhook, or the LLM (with the built-in flow behind it)."""

from __future__ import annotations

from callwarden.agent.llm.breaker import CircuitBreaker
from callwarden.agent.llm.flow import LlmAgent
from callwarden.agent.script import ScriptedAgent
from callwarden.agent.webhook import WebhookAgent
from callwarden.config import Config

# One breaker per endpoint for the whole worker process: a dead endpoint is skipped by every call.
_breakers: dict[tuple[str, str], CircuitBreaker] = {}


def make_agent(cfg: Config, call_id: str, from_uri: str) -> ScriptedAgent | WebhookAgent | LlmAgent:
    a = cfg.agent
    if a.mode == "webhook":
        return WebhookAgent(a, call_id, from_uri)
    if a.mode == "llm":
        key = (cfg.llm.base_url, cfg.llm.model)
        breaker = _breakers.setdefault(key, CircuitBreaker(cfg.llm.breaker_failures, cfg.llm.breaker_cooldown_s))
        return LlmAgent(cfg.llm, call_id, breaker, ScriptedAgent(a))
    return ScriptedAgent(a)
