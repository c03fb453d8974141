"""The LLM dialog of one call: each redacted caller final goes to the model with recent context.

`LlmAgent.begin(text)` gives an `LlmTurn` whose `sentences()` stream the answer
sentence by sentence (the call session speaks each as it comes); once the stream
ends, `turn.action` is the model's validated proposal and `turn.report` what the
`agent.reply` event records. A turn that fails before any text (endpoint down,
no first token in time, malformed or refused answer, open circuit) is answered
by the built-in flow: `turn.fallback()`.

Only redacted text reaches this module: the session hands it `utterance.final`
bodies, which the redactor wrote. What the model said but the caller never
heard (barge-in) is not put in the context as said.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import asdict, dataclass, field

from callwarden.agent.llm.actions import (ActionError, ModelAction, SayExtractor, json_reply, messages,
                                          request_body, tool_action)
from callwarden.agent.llm.breaker import CircuitBreaker
from callwarden.agent.llm.client import ChatStream, HttpStatusError, LlmError
from callwarden.agent.llm.sentences import SentenceSplitter
from callwarden.agent.reply import Reply
from callwarden.config.llm import LlmConfig

log = logging.getLogger("callwarden.agent")

# A request with tools that these statuses refuse is asked again with a strict JSON reply.
TOOLS_REFUSED = (400, 404, 422, 501)


@dataclass
class ReplyReport:
    """The `agent.reply` event's body: where the answer came from, what it cost, how fast."""
    source: str = "llm"                 # llm, or builtin (the built-in flow answered for the model)
    model: str = ""
    structured: str = "tools"           # tools or json
    reason: str = ""                    # why the built-in flow answered, or why the stream stopped early
    action: str = "none"                # what the model proposed (the route policy decides)
    prompt_tokens: int = 0
    completion_tokens: int = 0
    tokens_estimated: bool = False      # the endpoint sent no usage: completion chunks counted
    first_token_ms: float | None = None  # request sent -> first text (or tool call) from the model
    model_ms: float | None = None       # request sent -> stream ended or closed
    sentences: int = 0                  # sentences handed to TTS
    said: str = ""                      # what the caller heard (set when the reply has played or was cut)
    interrupted: bool = False           # the caller barged in: the stream was closed
    closed_early: bool = False          # the stream was closed before the model finished
    cost: float | None = None           # tokens x [llm] price_per_1k_tokens, when priced

    def body(self) -> dict:
        return {k: v for k, v in asdict(self).items() if v is not None}


@dataclass
class _Stats:
    chunks: int = 0
    usage: dict = field(default_factory=dict)


class LlmTurn:
    def __init__(self, agent: "LlmAgent", text: str, refused: str = "") -> None:
        self.agent = agent
        self.text = text
        self.context = list(agent.history)     # the conversation before this turn
        cfg = agent.llm
        self.report = ReplyReport(model=cfg.model, structured=agent.structured)
        self.action = ModelAction()
        self.error = refused                 # set: the built-in flow answers (fallback())
        self.finished = False                # the model's stream ended by itself
        self._stream: ChatStream | None = None
        self._started = 0.0

    async def sentences(self) -> AsyncIterator[str]:
        """The answer's sentences as the model writes them. On failure before any text, yields
        nothing and sets `error`; after some text, stops there and says why in report.reason."""
        if self.error:
            return
        agent, cfg = self.agent, self.agent.llm
        self._started = agent.clock()
        deadline = self._started + cfg.timeout_ms / 1000
        spoken_any = False
        try:
            for attempt in (1, 2):
                try:
                    async for sentence in self._attempt(deadline):
                        spoken_any = True
                        yield sentence
                    break
                except HttpStatusError as e:
                    if attempt == 1 and agent.structured == "tools" and e.status in TOOLS_REFUSED:
                        # The endpoint offers no tool calls: strict JSON from now on, for this call.
                        agent.structured = self.report.structured = "json"
                        continue
                    raise
            self.finished = True
            agent.breaker.success()
        except (LlmError, ActionError, asyncio.TimeoutError, TimeoutError, TypeError, AttributeError, KeyError,
                ValueError) as e:
            # (The last four: a chunk of an unexpected shape, e.g. a tool name that is not a string.)
            why = _why(e, self.report.first_token_ms is None)
            if spoken_any:
                self.report.reason = f"stopped: {why}"
            else:
                self.error = why
            if agent.breaker.failure(agent.clock()):
                log.warning("llm endpoint failing (%s): not asked for %.0f s", why, cfg.breaker_cooldown_s,
                            extra={"CALL_ID": agent.call_id})
        finally:
            self.close()

    async def _attempt(self, deadline: float) -> AsyncIterator[str]:
        agent, cfg = self.agent, self.agent.llm
        body = request_body(cfg.model, messages(agent.system, self.context, self.text, cfg.context_turns,
                                                agent.structured),
                            cfg.max_tokens, cfg.temperature, agent.structured)
        self._stream = stream = agent.stream_factory(cfg.base_url, cfg.key(), body)
        splitter, extractor = SentenceSplitter(), SayExtractor()
        stats, raw, tool = _Stats(), [], {"name": "", "arguments": ""}
        self._stats, self._request_chars = stats, len(str(body["messages"]))
        first_deadline = min(deadline, self._started + cfg.first_token_timeout_ms / 1000)
        chunks = stream.chunks()
        try:
            while True:
                limit = (first_deadline if self.report.first_token_ms is None else deadline) - agent.clock()
                if limit <= 0:
                    raise asyncio.TimeoutError()
                try:
                    chunk = await asyncio.wait_for(anext(chunks), limit)
                except StopAsyncIteration:
                    break
                stats.chunks += 1
                if isinstance(chunk.get("usage"), dict):
                    stats.usage = chunk["usage"]
                delta = _delta(chunk)
                content = delta.get("content") or ""
                for call in delta.get("tool_calls") or []:
                    if not isinstance(call, dict) or call.get("index", 0) != 0:
                        continue         # one route_call is all there is to make; a second is ignored
                    fn = call.get("function") or {}
                    tool["name"] += fn.get("name") or ""
                    tool["arguments"] += fn.get("arguments") or ""
                if (content or tool["name"]) and self.report.first_token_ms is None:
                    self.report.first_token_ms = round((agent.clock() - self._started) * 1000, 1)
                if not content:
                    continue
                raw.append(content)
                text = extractor.feed(content) if agent.structured == "json" else content
                for sentence in splitter.feed(text):
                    self.report.sentences += 1
                    yield sentence
        finally:
            await chunks.aclose()
        self._usage(stats)
        if agent.structured == "json":
            say, self.action = json_reply("".join(raw))
            rest = splitter.flush()
            if not self.report.sentences and not say.strip():
                rest = []
        else:
            rest = splitter.flush()
            if tool["name"]:
                self.action = tool_action(tool["name"], tool["arguments"])
            elif not "".join(raw).strip():
                raise ActionError("empty answer")
        self.report.action = self.action.action
        for sentence in rest:
            self.report.sentences += 1
            yield sentence

    def _usage(self, stats: _Stats) -> None:
        usage, r = stats.usage, self.report
        if isinstance(usage.get("prompt_tokens"), int) and isinstance(usage.get("completion_tokens"), int):
            r.prompt_tokens, r.completion_tokens = usage["prompt_tokens"], usage["completion_tokens"]
        else:
            r.completion_tokens, r.tokens_estimated = stats.chunks, True

    def close(self, interrupted: bool = False) -> None:
        """Ends the model's stream (the connection is closed: the server stops generating)."""
        if self._stream is not None:
            self._stream.close()
            self._stream = None
            if not self.finished and self.report.first_token_ms is not None:
                self.report.closed_early = True
        if interrupted:
            self.report.interrupted = True
        stats = getattr(self, "_stats", None)
        if stats is not None and not self.report.completion_tokens and stats.chunks:
            # Closed before the usage chunk: completion chunks counted, the prompt guessed (4 chars a token).
            self.report.completion_tokens = stats.chunks
            self.report.prompt_tokens = self._request_chars // 4
            self.report.tokens_estimated = True
        if self.report.model_ms is None and self._started:
            self.report.model_ms = round((self.agent.clock() - self._started) * 1000, 1)
        price = self.agent.llm.price_per_1k_tokens
        if price:
            self.report.cost = round((self.report.prompt_tokens + self.report.completion_tokens) * price / 1000, 6)

    def fallback(self) -> Reply:
        """The built-in flow's answer to this turn, its reason saying why the model did not answer."""
        scripted = self.agent.fallback.reply(self.text)
        self.report.source = "builtin"
        self.report.reason = self.error
        self.report.action = scripted.action
        return Reply(scripted.say, scripted.action, f"llm {self.error}; {scripted.reason}")


class LlmAgent:
    def __init__(self, llm: LlmConfig, call_id: str, breaker: CircuitBreaker, fallback,
                 stream_factory: Callable[[str, str, dict], ChatStream] = ChatStream,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self.llm = llm
        self.call_id = call_id
        self.breaker = breaker
        self.fallback = fallback              # the built-in flow (consent, and every turn the model misses)
        self.stream_factory = stream_factory
        self.clock = clock
        self.structured = llm.structured
        self.system = llm.system_text()
        self.history: list[dict] = []        # redacted caller turns and what the caller heard

    @property
    def awaiting_consent(self) -> bool:
        return self.fallback.awaiting_consent

    def opening(self) -> list[str]:
        return self.fallback.opening()

    def heard_agent(self, text: str) -> None:
        """What the caller heard from the agent (only that is context for the next turns)."""
        if text:
            self.history.append({"role": "assistant", "content": text})

    def begin(self, text: str) -> LlmTurn | Reply:
        """The model's turn for this caller text; a Reply when the built-in flow owns the turn (consent)."""
        if self.fallback.awaiting_consent:      # consent is the appliance's business, not the model's
            return self.fallback.reply(text)
        refused = "" if self.breaker.allow(self.clock()) else "circuit open"
        turn = LlmTurn(self, text, refused)
        self.history.append({"role": "user", "content": text})
        return turn


def _delta(chunk: dict) -> dict:
    choices = chunk.get("choices")
    if not isinstance(choices, list) or not choices or not isinstance(choices[0], dict):
        return {}
    delta = choices[0].get("delta")
    return delta if isinstance(delta, dict) else {}


def _why(e: Exception, before_first_token: bool) -> str:
    if isinstance(e, (asyncio.TimeoutError, TimeoutError)):
        return "first token timeout" if before_first_token else "timeout"
    if isinstance(e, ActionError):
        return f"malformed answer: {e}"
    if isinstance(e, (TypeError, AttributeError, KeyError, ValueError)):
        return "malformed stream"
    return str(e) or type(e).__name__
