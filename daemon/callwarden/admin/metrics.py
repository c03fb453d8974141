"""Prometheus text-format metrics, no dependencies: counters, gauges, histograms.

Behind the Kamailio front each worker process keeps its own Metrics and writes
a snapshot into its status file; the master's /metrics renders its own plus
the workers' (WorkerTotals), so the calls, utterances and latencies of every
worker show up in one unlabelled series each.
"""

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

    def samples(self, others: list = ()) -> list[str]:
        return [f"{self.name} {_number(self.merged(others))}"]

    def snapshot(self) -> float:
        return self.value

    def merged(self, others: list) -> float:
        return self.value + sum(others)


class Gauge(Counter):
    kind = "gauge"

    def __init__(self, name: str, help_text: str, summed: bool = False) -> None:
        super().__init__(name, help_text)
        self.summed = summed        # calls up in each process add up; an engine's queue depth seen by each does not

    def set(self, value: float) -> None:
        self.value = value

    def merged(self, others: list) -> float:
        return self.value + sum(others) if self.summed else max([self.value, *others])


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

    def snapshot(self) -> dict:
        with self._lock:
            return {"counts": list(self.counts), "sum": self.sum, "count": self.count}

    def samples(self, others: list = ()) -> list[str]:
        own = self.snapshot()
        counts, total, count = own["counts"], own["sum"], own["count"]
        for other in others:
            if len(other.get("counts", ())) == len(counts):     # same buckets (same version)
                counts = [a + b for a, b in zip(counts, other["counts"])]
                total += other["sum"]
                count += other["count"]
        lines, running = [], 0
        for bound, n in zip(self.buckets, counts):
            running += n
            lines.append(f'{self.name}_bucket{{le="{bound:g}"}} {running}')
        lines.append(f'{self.name}_bucket{{le="+Inf"}} {count}')
        lines += [f"{self.name}_sum {_number(total)}", f"{self.name}_count {count}"]
        return lines


class Metrics:
    """The daemon's metrics, one attribute each."""

    def __init__(self) -> None:
        self.calls_active = Gauge("callwarden_calls_active", "Calls up right now", summed=True)
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
        self.asr_redecoded = Counter("callwarden_asr_redecoded_total",
                                     "Finals decoded again on the full window because the short one looped")
        self.engine_queue = Gauge("callwarden_engine_queue_depth", "Requests waiting in the ASR engine")
        self.engine_restarts = Counter("callwarden_engine_restarts_total", "ASR engine restarts after a crash")
        self.partials_shed = Counter("callwarden_partials_shed_total", "Partial decodes the engine shed under load")
        self.partials_shed_budget = Counter("callwarden_partials_shed_budget_total",
                                            "Partials shed because partials were past [asr] partial_share of the "
                                            "engine's compute")
        self.partial_interval = Gauge("callwarden_partial_interval_ms",
                                      "Speech between two partials of a call now (grows while partials are over "
                                      "their CPU budget)")
        self.long_turn_prefixes = Counter("callwarden_long_turn_prefixes_total",
                                          "Settled parts of long turns decoded while the caller was still talking")
        self.long_turn_finals = Counter("callwarden_long_turn_finals_total",
                                        "Finals of long turns: committed prefixes plus only the tail decoded at the end")
        self.frame_batches = Counter("callwarden_frame_batches_total",
                                     "Batches of caller audio frames handed from the SIP stack to the calls")
        self.engine_saturated = Gauge("callwarden_engine_saturated",
                                      "1 while the ASR engine is saturated and new calls get 503")

    def all(self) -> list:
        return [v for v in vars(self).values() if hasattr(v, "samples")]

    def snapshot(self) -> dict:
        """Every metric's value by its exported name: what a worker writes into its status file."""
        return {m.name: m.snapshot() for m in self.all()}

    def render(self, others: list[dict] = ()) -> str:
        """The text format; `others` are other processes' snapshots, added in."""
        out = []
        for m in self.all():
            theirs = [o[m.name] for o in others if m.name in o]
            out += [f"# HELP {m.name} {m.help}", f"# TYPE {m.name} {m.kind}", *m.samples(theirs)]
        return "\n".join(out) + "\n"


class WorkerTotals:
    """The pool workers' snapshots for the master's /metrics. A worker that restarted (new pid on the
    same index) starts counting from zero: its predecessor's last counters and histograms are kept,
    so totals never go back (what it counted after its last report, at most STATUS_EVERY_S, is lost)."""

    def __init__(self) -> None:
        self._current: dict[int, tuple[int, dict]] = {}      # worker index -> (pid, latest snapshot)
        self._retired: list[dict] = []

    def snapshots(self, statuses: list[dict]) -> list[dict]:
        """`statuses`: the live workers' status files. Returns the snapshots to add to the master's."""
        seen = set()
        for status in statuses:
            snap, index, pid = status.get("metrics"), status.get("index"), status.get("pid")
            if not isinstance(snap, dict) or index is None:
                continue
            seen.add(index)
            before = self._current.get(index)
            if before is not None and before[0] != pid:
                self._retired.append(_lasting(before[1]))
            self._current[index] = (pid, snap)
        # A worker that died and is not back yet: its counts stay, its gauges died with it.
        return self._retired + [snap if index in seen else _lasting(snap)
                                for index, (_, snap) in self._current.items()]


def _lasting(snapshot: dict) -> dict:
    """Counters and histograms of a snapshot; gauges (calls up, queue depth) end with their process."""
    return {k: v for k, v in snapshot.items() if k.endswith("_total") or isinstance(v, dict)}
