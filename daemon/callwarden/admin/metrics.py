"""The daemon's Prometheus metrics, on prometheus_client.

Under `callwarden run` every process (master, SIP workers, ASR engine) writes its values into
memory-mapped files in one directory per run (multiproc.py sets it up before any of them makes
a metric), and the master's /metrics reads them all back: counters and histograms add up
across processes, a dead worker's counts stay, the gauges say how each is combined (`calls
up` add up across live processes; the engine's queue depth seen by each is the largest).
Without that directory (tests, `bench`) the values live in this process only.

Units are Prometheus' base units (seconds, not ms): the code measures in ms (the timeline's
unit) and divides by 1000 where a value enters a histogram or a gauge.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, disable_created_metrics

# A `_created` series per counter is noise on every scrape and absent in multiprocess mode anyway.
disable_created_metrics()

# Endpoint -> final, TTS first frame: the 200 ms p99 target sits between two buckets.
LATENCY_BUCKETS_S = (0.025, 0.05, 0.075, 0.1, 0.15, 0.2, 0.3, 0.5, 0.75, 1.0, 2.0, 5.0)
# A decode of a few seconds of speech on CPU, tiny.en up to large-v3.
DECODE_BUCKETS_S = (0.01, 0.025, 0.05, 0.1, 0.2, 0.3, 0.5, 1.0, 2.0, 5.0)
# Waiting in the engine's queue: usually a few ms (the batching window), long only when saturated.
QUEUE_BUCKETS_S = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5)
# Requests decoded together: a count, bounded by [asr] max_batch (at most 64).
BATCH_BUCKETS = (1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64)

# Why an INVITE was refused, as a label: the code alone cannot tell a full disk from a saturated engine.
REFUSAL_BUSY, REFUSAL_CODEC, REFUSAL_STORAGE, REFUSAL_SATURATED, REFUSAL_ENGINE_DOWN, REFUSAL_OTHER = (
    "busy", "codec", "storage", "saturated", "engine_restarting", "other")
# Every place for a talking call held (engine/admission.py): the box is full as planned, not lagging.
REFUSAL_CAPACITY = "capacity"


def refusal_reason(status_code: int, reason: str) -> str:
    """The `reason` label of a refused INVITE, from its SIP status and the refuser's text
    (worker.py: the storage guard's and the engine client's texts)."""
    if status_code == 486:
        return REFUSAL_BUSY
    if status_code == 488:
        return REFUSAL_CODEC
    if status_code == 503:
        if reason.startswith("state dir"):
            return REFUSAL_STORAGE
        if "restarting" in reason:
            return REFUSAL_ENGINE_DOWN
        if "max_talking_calls" in reason:
            return REFUSAL_CAPACITY
        return REFUSAL_SATURATED
    return REFUSAL_OTHER


def total(metric) -> float:
    """A counter's value in this process, all label values together (for /status and the
    workers' status files; /metrics reads every process)."""
    return sum(s.value for family in metric.collect() for s in family.samples if s.name.endswith("_total"))


class Metrics:
    """The SIP side's and the master's metrics (workers, sync, recordings), one attribute each."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        # A registry of its own: two Metrics in one process (tests) do not collide in the global one.
        self.registry = r = registry if registry is not None else CollectorRegistry()
        self.calls_active = Gauge("callwarden_calls_active", "Calls up right now", registry=r,
                                  multiprocess_mode="livesum")
        self.calls_total = Counter("callwarden_calls", "Calls answered", registry=r)
        self.calls_refused = Counter("callwarden_calls_refused", "INVITEs refused, by reason (busy 486, codec 488, "
                                     "storage/saturated/capacity/engine_restarting 503)", ["code", "reason"], registry=r)
        self.speculative_used = Counter("callwarden_speculative_finals",
                                        "Finals decoded early, from the first silence, and confirmed at the endpoint",
                                        registry=r)
        self.partials = Counter("callwarden_partials", "Partial hypotheses decoded while callers spoke", registry=r)
        self.partials_shed = Counter("callwarden_partials_shed", "Partial decodes of these calls the engine shed",
                                     registry=r)
        self.utterances = Counter("callwarden_utterances", "Final caller utterances transcribed", registry=r)
        self.dtmf = Counter("callwarden_dtmf", "DTMF digits received", registry=r)
        self.flags = Counter("callwarden_flags", "Flags raised, by type", ["type"], registry=r)
        self.routes = Counter("callwarden_routes", "Route decisions, by action", ["action"], registry=r)
        self.transfers = Counter("callwarden_transfers", "Transfers to a human (REFER), by result", ["result"],
                                 registry=r)
        self.tickets = Counter("callwarden_tickets", "Tickets opened through the webhook, by result", ["result"],
                               registry=r)
        self.frames = Counter("callwarden_frames", "20 ms caller audio frames processed", registry=r)
        self.frames_late = Counter("callwarden_frames_late",
                                   "Caller audio frames dropped because they waited past 1 s (loop stalled)",
                                   registry=r)
        self.frames_after_end = Counter("callwarden_frames_after_end",
                                        "Caller audio frames that arrived for a call already ending (harmless)",
                                        registry=r)
        self.frame_batches = Counter("callwarden_frame_batches",
                                     "Batches of caller audio frames handed from the SIP stack to the calls",
                                     registry=r)
        self.final_latency = Histogram("callwarden_final_latency_seconds", "Endpoint decided -> final emitted",
                                       buckets=LATENCY_BUCKETS_S, registry=r)
        self.tts_first_frame = Histogram("callwarden_tts_first_frame_seconds",
                                         "Reply text known -> its first audio frame handed to the call",
                                         buckets=LATENCY_BUCKETS_S, registry=r)
        self.asr_decode = Histogram("callwarden_asr_decode_seconds", "ASR decode time per final utterance",
                                    buckets=DECODE_BUCKETS_S, registry=r)
        self.asr_queue = Histogram("callwarden_asr_queue_seconds", "Time a final waited in the engine's queue",
                                   buckets=QUEUE_BUCKETS_S, registry=r)
        self.asr_redecoded = Counter("callwarden_asr_redecoded",
                                     "Finals decoded again on the full window because the short one looped",
                                     registry=r)
        self.long_turn_prefixes = Counter("callwarden_long_turn_prefixes",
                                          "Settled parts of long turns decoded while the caller was still talking",
                                          registry=r)
        self.long_turn_finals = Counter("callwarden_long_turn_finals",
                                        "Finals of long turns: committed prefixes plus only the tail decoded at the end",
                                        registry=r)
        # Set by each worker from what its engine connection last said; the largest is the engine's.
        self.engine_queue = Gauge("callwarden_engine_queue_depth", "Requests waiting in the ASR engine",
                                  registry=r, multiprocess_mode="livemax")
        self.partial_interval = Gauge("callwarden_partial_interval_seconds",
                                      "Speech between two partials of a call now (grows while partials are over "
                                      "their CPU budget)", registry=r, multiprocess_mode="livemax")
        # Master only.
        self.engine_restarts = Counter("callwarden_engine_restarts", "ASR engine restarts after a crash", registry=r)
        self.engine_saturated = Gauge("callwarden_engine_saturated",
                                      "1 while the ASR engine is saturated and new calls get 503", registry=r,
                                      multiprocess_mode="livemax")
        self.sync_backlog = Gauge("callwarden_sync_backlog_events", "Events waiting for the receiver", registry=r,
                                  multiprocess_mode="livemax")
        self.sync_backlog_alarm = Gauge("callwarden_sync_backlog_alarm",
                                        "1 when the backlog is past 80 % of [sync] max_backlog_events", registry=r,
                                        multiprocess_mode="livemax")
        self.sync_batches = Counter("callwarden_sync_batches", "Batches stored by the receiver", registry=r)
        self.sync_events = Counter("callwarden_sync_events", "Events stored by the receiver", registry=r)
        self.sync_errors = Counter("callwarden_sync_errors", "Batch sends that failed (retried)", registry=r)
        self.recordings_waiting = Gauge("callwarden_recordings_waiting", "Recordings queued for upload", registry=r,
                                        multiprocess_mode="livemax")
        self.recordings_uploaded = Counter("callwarden_recordings_uploaded", "Recordings stored by the receiver",
                                           registry=r)
        self.recording_errors = Counter("callwarden_recording_errors", "Recording uploads that failed (retried)",
                                        registry=r)
        self.recordings_missing = Counter("callwarden_recordings_missing",
                                          "Recordings deleted by retention before upload (dropped)", registry=r)
        self.recordings_mismatch = Counter("callwarden_recordings_mismatch",
                                           "Recordings whose file differs from the sha256 in call.end (never sent)",
                                           registry=r)
        self.recordings_refused = Counter("callwarden_recordings_refused",
                                          "Recordings the receiver refused for good: 410, 413, 422 (dropped)",
                                          registry=r)

    def refused(self, status_code: int, reason: str) -> None:
        self.calls_refused.labels(str(status_code), refusal_reason(status_code, reason)).inc()


class EngineMetrics:
    """What only the ASR engine process sees: each batch it decodes and each partial it sheds."""

    def __init__(self, registry: CollectorRegistry | None = None) -> None:
        r = registry if registry is not None else CollectorRegistry()
        self.batch_size = Histogram("callwarden_asr_batch_size", "Requests decoded together in one batch, by kind",
                                    ["kind"], buckets=BATCH_BUCKETS, registry=r)
        self.batch_seconds = Histogram("callwarden_asr_batch_seconds", "Decode time of one batch, by kind",
                                       ["kind"], buckets=DECODE_BUCKETS_S, registry=r)
        self.shed = Counter("callwarden_asr_partials_shed", "Partial requests the engine shed, by reason "
                            "(stale: waited too long; budget: partials past [asr] partial_share)", ["reason"],
                            registry=r)
