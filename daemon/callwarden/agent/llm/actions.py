"""What the model may ask for, how it is asked (tools or strict JSON), and how its answer is checked.

Pure: builds request bodies and validates answers; no I/O. The model proposes
an action; the route policy (detect/policy.py) still decides, so a model can
neither keep a caller from a human that a flag sent there nor end such a call.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from callwarden.bodies import AGENT_ACTIONS as ACTIONS
from callwarden.bodies import NONE

TOOL_NAME = "route_call"
MAX_SAY_CHARS = 1000
MAX_REASON_CHARS = 120

ACTION_SCHEMA = {"type": "string", "enum": list(ACTIONS),
                 "description": "none: keep talking; ticket: open a ticket for a follow-up; "
                                "escalate: hand the caller to a human; end: say goodbye and hang up"}
TOOLS = [{"type": "function", "function": {
    "name": TOOL_NAME,
    "description": "Route the call after your spoken answer. Call it only when the caller needs a ticket, "
                   "a human, or is done.",
    "parameters": {"type": "object", "properties": {"action": ACTION_SCHEMA,
                                                    "reason": {"type": "string"}},
                   "required": ["action"], "additionalProperties": False}}}]
REPLY_SCHEMA = {"type": "object", "properties": {"say": {"type": "string"}, "action": ACTION_SCHEMA},
                "required": ["say", "action"], "additionalProperties": False}
JSON_INSTRUCTION = ('Answer with one JSON object only, no other text: {"say": "<what to say to the caller>", '
                    '"action": "none" | "ticket" | "escalate" | "end"}.')
SPOKEN_STYLE = ("You are speaking on a phone call: answer in one to three short sentences of plain speech, "
                "no lists, no markdown. Text in square brackets like [PCI_PAN] was removed for privacy: "
                "never ask the caller to repeat it.")


class ActionError(ValueError):
    pass


@dataclass(frozen=True, slots=True)
class ModelAction:
    action: str = NONE
    reason: str = ""


def check_action(action: object, reason: object = "") -> ModelAction:
    """A proposed action, validated: one of ACTIONS, a short reason string."""
    if action not in ACTIONS:
        raise ActionError(f"action must be one of {', '.join(ACTIONS)}")
    if not isinstance(reason, str):
        raise ActionError("reason must be a string")
    return ModelAction(str(action), " ".join(reason.split())[:MAX_REASON_CHARS])


def tool_action(name: str, arguments: str) -> ModelAction:
    """The route_call tool call the model made (its arguments arrive as a JSON string)."""
    if name != TOOL_NAME:
        raise ActionError(f"unknown tool {name[:40]!r}")
    try:
        args = json.loads(arguments or "{}")
    except ValueError:
        raise ActionError("tool arguments are not JSON") from None
    if not isinstance(args, dict):
        raise ActionError("tool arguments are not a JSON object")
    return check_action(args.get("action"), args.get("reason", ""))


def json_reply(text: str) -> tuple[str, ModelAction]:
    """A strict-JSON answer {"say", "action"}: the say text and the action; anything else is an ActionError."""
    try:
        answer = json.loads(text.strip())
    except ValueError:
        raise ActionError("answer is not JSON") from None
    if not isinstance(answer, dict) or set(answer) - {"say", "action", "reason"}:
        raise ActionError("answer is not a JSON object with say and action")
    say = answer.get("say")
    if not isinstance(say, str) or len(say) > MAX_SAY_CHARS:
        raise ActionError(f"say must be a string of at most {MAX_SAY_CHARS} characters")
    return say, check_action(answer.get("action"), answer.get("reason", ""))


def request_body(model: str, messages: list[dict], max_tokens: int, temperature: float, structured: str) -> dict:
    """The chat-completions request: streamed, with usage, and the route_call tool or the JSON schema."""
    body = {"model": model, "messages": messages, "stream": True, "max_tokens": max_tokens,
            "temperature": temperature, "stream_options": {"include_usage": True}}
    if structured == "tools":
        body["tools"] = TOOLS
        body["tool_choice"] = "auto"
    else:
        body["response_format"] = {"type": "json_schema",
                                   "json_schema": {"name": "reply", "strict": True, "schema": REPLY_SCHEMA}}
    return body


def messages(system: str, history: list[dict], text: str, context_turns: int, structured: str) -> list[dict]:
    """System prompt, the last `context_turns` exchanges (redacted caller text, what was said), this turn."""
    system = "\n\n".join(p for p in (system, SPOKEN_STYLE, JSON_INSTRUCTION if structured == "json" else "") if p)
    recent = history[-2 * context_turns:] if context_turns else []
    return ([{"role": "system", "content": system}] + [dict(m) for m in recent]
            + [{"role": "user", "content": text}])


class SayExtractor:
    """The "say" string of a JSON answer as it streams in, so speech can start before the JSON ends."""

    def __init__(self) -> None:
        self._raw = ""
        self._pos = 0           # where scanning resumes in _raw
        self._state = "key"     # key -> colon -> quote -> value -> done
        self._escape = ""

    def feed(self, delta: str) -> str:
        """The new characters of the say value in `delta` (decoded JSON string escapes)."""
        self._raw += delta
        out = []
        while self._pos < len(self._raw) and self._state != "done":
            if self._state == "key":
                i = self._raw.find('"say"', self._pos)
                if i < 0:
                    self._pos = max(self._pos, len(self._raw) - 4)
                    break
                self._pos, self._state = i + 5, "colon"
                continue
            c = self._raw[self._pos]
            self._pos += 1
            if self._state == "colon":
                if c == ":":
                    self._state = "quote"
            elif self._state == "quote":
                if c == '"':
                    self._state = "value"
                elif not c.isspace():
                    self._state = "done"        # say is not a string: json_reply will say so
            elif self._escape:
                self._escape += c
                if self._escape[1] == "u" and len(self._escape) < 6:
                    continue
                try:
                    out.append(json.loads(f'"{self._escape}"'))
                except ValueError:
                    pass
                self._escape = ""
            elif c == "\\":
                self._escape = c
            elif c == '"':
                self._state = "done"
            else:
                out.append(c)
        return "".join(out)
