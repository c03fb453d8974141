"""The LLM dialog's Prometheus metrics, registered beside the worker's own (admin/metrics.py).

Made on first use per registry: a site without `mode = "llm"` shows none of them.
Values are in seconds, as Prometheus wants; the timeline keeps milliseconds.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram

MODEL_BUCKETS_S = (0.05, 0.1, 0.2, 0.3, 0.5, 0.75, 1.0, 1.5, 2.0, 3.0, 5.0, 10.0, 30.0)

_by_registry: dict[int, "LlmMetrics"] = {}


class LlmMetrics:
    def __init__(self, r: CollectorRegistry) -> None:
        self.first_token = Histogram("callwarden_llm_first_token_seconds",
                                     "Model request sent -> first text or tool call", buckets=MODEL_BUCKETS_S,
                                     registry=r)
        self.model_time = Histogram("callwarden_llm_model_seconds", "Model request sent -> stream ended or closed",
                                    buckets=MODEL_BUCKETS_S, registry=r)
        self.tokens = Counter("callwarden_llm_tokens", "Tokens of model turns, by kind (prompt, completion)",
                              ["kind"], registry=r)
        self.replies = Counter("callwarden_llm_replies",
                               "Caller turns answered in llm mode, by source (llm, builtin) and outcome",
                               ["source", "outcome"], registry=r)

    def observe(self, body: dict) -> None:
        if body.get("first_token_ms") is not None:
            self.first_token.observe(body["first_token_ms"] / 1000)
        if body.get("model_ms") is not None:
            self.model_time.observe(body["model_ms"] / 1000)
        self.tokens.labels("prompt").inc(body.get("prompt_tokens", 0))
        self.tokens.labels("completion").inc(body.get("completion_tokens", 0))
        # Few label values: the reason's head ("unreachable", "first token timeout", "HTTP 500", "stopped").
        outcome = ("interrupted" if body.get("interrupted")
                   else body.get("reason", "").split(":")[0].split(" (")[0] or "ok")
        self.replies.labels(body.get("source", "llm"), outcome.replace(" ", "_")[:32]).inc()


def llm_metrics(worker_metrics: object) -> LlmMetrics | None:
    """The LLM metrics beside `worker_metrics` (None when it has no prometheus registry)."""
    r = getattr(worker_metrics, "registry", None)
    if not isinstance(r, CollectorRegistry):
        return None
    if id(r) not in _by_registry:
        _by_registry[id(r)] = LlmMetrics(r)
    return _by_registry[id(r)]
