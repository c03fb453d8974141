"""The [llm] section: an OpenAI-compatible chat-completions endpoint for `[agent] mode = "llm"`.

Kept out of config.py (already long); config.py calls `parse_llm` and turns its
LlmConfigError into a ConfigError, so a bad value still stops start-up with exit 2
naming the key. The api_key is a secret: it is kept out of repr() (and so out of
any log line that prints the config) and never put in an event.
"""

from __future__ import annotations

import ipaddress
import os
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

STRUCTURED = ("tools", "json")
# The key reaches the SIP workers through their environment (readable by the same user only),
# never on their command line with the rest of the config (readable by any local user in ps).
KEY_ENV = "CALLWARDEN_LLM_API_KEY"


class LlmConfigError(Exception):
    def __init__(self, key_path: str, message: str) -> None:
        super().__init__(f"{key_path}: {message}")
        self.key_path = key_path
        self.message = message


@dataclass(frozen=True)
class LlmConfig:
    base_url: str = ""                 # e.g. http://127.0.0.1:8080/v1 (llama.cpp server), .../v1 of vLLM, Ollama
    model: str = ""
    api_key: str = field(default="", repr=False)
    system_prompt: str = ""            # text, or the path of a file holding it (the site's FAQ)
    max_tokens: int = 160
    temperature: float = 0.3
    timeout_ms: int = 8000             # the whole answer; past it the stream is closed
    first_token_timeout_ms: int = 2500  # no text by then: the built-in flow answers the turn
    context_turns: int = 6             # earlier caller/agent turns sent with each request
    structured: str = "tools"          # tools (function call route_call), or json (strict JSON reply)
    breaker_failures: int = 3          # failures in a row that open the circuit
    breaker_cooldown_s: float = 30.0   # how long an open circuit stops asking the endpoint
    price_per_1k_tokens: float = 0.0   # for the SLA report's cost per resolution (0: not priced)
    # Lets base_url be plain http:// to a host other than loopback (turns and key in clear).
    insecure_transport: bool = False

    def key(self) -> str:
        """The api_key; in a child process, the one its master handed down (for_children)."""
        return self.api_key or os.environ.get(KEY_ENV, "")

    def system_text(self) -> str:
        """The system prompt's text (a file is read each time a call starts: edits apply to new calls)."""
        p = self.system_prompt
        if p and "\n" not in p and len(p) < 4096 and Path(p).is_file():
            return Path(p).read_text(encoding="utf-8").strip()
        return p.strip()


_RANGES = {"max_tokens": (1, 4096), "temperature": (0.0, 2.0), "timeout_ms": (200, 120_000),
           "first_token_timeout_ms": (100, 60_000), "context_turns": (0, 50), "breaker_failures": (1, 100),
           "breaker_cooldown_s": (1.0, 3600.0), "price_per_1k_tokens": (0.0, 1000.0)}


def private_transport(url: str) -> bool:
    """https, or http that never leaves the box."""
    if url.startswith("https://"):
        return True
    host = (urlsplit(url).hostname or "").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _typed(key: str, default: Any, value: Any) -> Any:
    want = type(default)
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if (want is int and isinstance(value, bool)) or not isinstance(value, want):
        words = {int: "an integer", float: "a number", str: "a string", bool: "true or false"}[want]
        # A wrong api_key is not echoed: it may be the secret itself.
        shown = "(hidden)" if key.endswith("api_key") else repr(value)
        raise LlmConfigError(key, f"expected {words}, got {shown}")
    return value


def parse_llm(table: dict[str, Any], agent_mode: str) -> LlmConfig:
    """The [llm] table as an LlmConfig; a bad key or value is an LlmConfigError naming it."""
    defaults = {f.name: f.default for f in fields(LlmConfig)}
    values: dict[str, Any] = {}
    for key, value in table.items():
        if key not in defaults:
            raise LlmConfigError(f"llm.{key}", "unknown key")
        value = _typed(f"llm.{key}", defaults[key], value)
        if key in _RANGES and not _RANGES[key][0] <= value <= _RANGES[key][1]:
            lo, hi = _RANGES[key]
            raise LlmConfigError(f"llm.{key}", f"expected a value from {lo} to {hi}, got {value!r}")
        values[key] = value
    cfg = LlmConfig(**values)
    url = cfg.base_url
    if url and not url.startswith(("http://", "https://")):
        raise LlmConfigError("llm.base_url", f"expected an http:// or https:// URL, got {url!r}")
    if url and (urlsplit(url).username or urlsplit(url).password):
        raise LlmConfigError("llm.base_url", "expected no credentials in the URL (use llm.api_key)")
    if cfg.structured not in STRUCTURED:
        raise LlmConfigError("llm.structured", f"expected one of {', '.join(STRUCTURED)}, got {cfg.structured!r}")
    if url and not private_transport(url) and not cfg.insecure_transport:
        raise LlmConfigError("llm.base_url", f"expected an https:// URL (or http:// to loopback), got {url!r}; "
                                             "set llm.insecure_transport = true to send in clear anyway")
    if cfg.first_token_timeout_ms > cfg.timeout_ms:
        raise LlmConfigError("llm.first_token_timeout_ms",
                             f"expected at most llm.timeout_ms ({cfg.timeout_ms}), got {cfg.first_token_timeout_ms}")
    if agent_mode == "llm":
        if not url:
            raise LlmConfigError("llm.base_url", "expected the endpoint's URL when agent.mode = \"llm\"")
        if not cfg.model:
            raise LlmConfigError("llm.model", "expected the model's name when agent.mode = \"llm\"")
    p = cfg.system_prompt
    if p.startswith(("/", "./")) and "\n" not in p and not Path(p).is_file():
        raise LlmConfigError("llm.system_prompt", f"expected text or the path of a readable file, got {p!r}")
    return cfg


def for_children(values: dict[str, Any]) -> dict[str, Any]:
    """The [llm] values as config.to_dict hands them to child processes: the key moves from the
    values (their command line) to this process's environment, which the children inherit."""
    if values.get("api_key"):
        os.environ[KEY_ENV] = values["api_key"]
        values = {**values, "api_key": ""}
    return values
