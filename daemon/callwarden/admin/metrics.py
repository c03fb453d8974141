"""Prometheus text-format metrics, no dependencies: counters, gauges, histograms."""

from __future__ import annotations

import bisect
import threading

def _number(v: float) -> str:
    """Exact for counters of any size (':g' would print 1234567 as 1.23457e+06)."""
    return str(int(v)) if float(v).is_integer() else repr(float(v))


LATENCY_BUCKETS_MS = (25, 50, 75, 100, 150, 200, 300, 500, 750, 1000, 2000, 5000)


class Counter:
    kind = "counter"

    def __init__(self, name: str, help_text: str) -> None:
        self.name, self.help = name, help_text
        self.value = 0.0

    def inc(self, n: float = 1.0) -> None:
        self.value += n

    def samples(self) -> list[str]:
        return [f"{self.name} {_number(self.value)}"]


class Gauge(Counter):
    kind = "gauge"

    def set(self, value: float) -> None:
        self.value = value


class Histogram:
    kind = "histogram"

    def __init__(self, name: str, help_text: str, buckets: tuple = LATENCY_BUCKETS_MS) -> None:
        self.name, self.help = name, help_text
        self.buckets = tuple(buckets)
        self.counts = [0] * (len(buckets) + 1)
        self.sum = 0.0
        self.count = 0
        self._lock = threading.Lock()

    def observe(self, value: float) -> None:
        with self._lock:
            self.counts[bisect.bisect_left(self.buckets, value)] += 1
            self.sum += value
            self.count += 1

    def samples(self) -> list[str]:
        lines, running = [], 0
        for bound, n in zip(self.buckets, self.counts):
            running += n
            lines.append(f'{self.name}_bucket{{le="{bound:g}"}} {running}')
        lines.append(f'{self.name}_bucket{{le="+Inf"}} {self.count}')
        lines += [f"{self.name}_sum {_number(self.sum)}", f"{self.name}_count {self.count}"]
        return lines


class Metrics:
    """The daemon's metrics, one attribute each."""

    def __init__(self) -> None:
        self.calls_active = Gauge("callwarden_calls_active", "Calls up right now")
        self.calls_total = Counter("callwarden_calls_total", "Calls answered since start")
        self.calls_rejected = Counter("callwarden_calls_rejected_total", "INVITEs refused (busy, codec)")
        self.speculative_used = Counter("callwarden_speculative_finals_total",
                                        "Finals decoded early, from the first silence, and confirmed at the endpoint")
        self.partials = Counter("callwarden_partials_total", "Partial hypotheses decoded while callers spoke")
        self.utterances = Counter("callwarden_utterances_total", "Final caller utterances transcribed")
        self.dtmf = Counter("callwarden_dtmf_total", "DTMF digits received")
        self.frames = Counter("callwarden_frames_total", "20 ms caller audio frames processed")
        self.frames_late = Counter("callwarden_frames_late_total",
                                   "Caller audio frames dropped because they waited past 1 s (loop stalled)")
        self.frames_after_end = Counter("callwarden_frames_after_end_total",
                                        "Caller audio frames that arrived for a call already ending (harmless)")
        self.final_latency = Histogram("callwarden_final_latency_ms", "Endpoint decided -> final emitted (ms)")
        self.tts_first_frame = Histogram("callwarden_tts_first_frame_ms",
                                         "Reply text known -> its first audio frame handed to the call (ms)")
        self.sync_backlog = Gauge("callwarden_sync_backlog_events", "Events waiting for the receiver")
        self.sync_backlog_alarm = Gauge("callwarden_sync_backlog_alarm", "1 when the backlog is past 80 % of its bound")
        self.sync_batches = Counter("callwarden_sync_batches_total", "Batches stored by the receiver")
        self.sync_errors = Counter("callwarden_sync_errors_total", "Batch sends that failed (retried)")
        self.recordings_waiting = Gauge("callwarden_recordings_waiting", "Recordings queued for upload")
        self.recordings_uploaded = Counter("callwarden_recordings_uploaded_total", "Recordings stored by the receiver")
        self.recording_errors = Counter("callwarden_recording_errors_total", "Recording uploads that failed (retried)")
        self.recordings_missing = Counter("callwarden_recordings_missing_total",
                                          "Recordings deleted by retention before upload (dropped)")
        self.recordings_mismatch = Counter("callwarden_recordings_mismatch_total",
                                           "Recordings whose file differs from the sha256 in call.end (never sent)")
        self.recordings_refused = Counter("callwarden_recordings_refused_total",
                                          "Recordings the receiver refused for good: 410, 413, 422 (dropped)")
        self.asr_decode = Histogram("callwarden_asr_decode_ms", "ASR decode time per utterance (ms)")
        self.asr_queue = Histogram("callwarden_asr_queue_ms", "Time a final waited in the engine's queue (ms)")
        self.asr_batch = Histogram("callwarden_asr_batch_size", "Utterances decoded together with a final")
        self.engine_queue = Gauge("callwarden_engine_queue_depth", "Requests waiting in the ASR engine")
        self.engine_restarts = Counter("callwarden_engine_restarts_total", "ASR engine restarts after a crash")
        self.partials_shed = Counter("callwarden_partials_shed_total", "Partial decodes the engine shed under load")

    def all(self) -> list:
        return [v for v in vars(self).values() if hasattr(v, "samples")]

    def render(self) -> str:
        out = []
        for m in self.all():
            out += [f"# HELP {m.name} {m.help}", f"# TYPE {m.name} {m.kind}", *m.samples()]
        return "\n".join(out) + "\n"
