"""The receiver's /metrics: what it took, what it refused and why, chain forks, per-appliance lag.

One process (threads), so a plain prometheus_client registry of its own. Appliance names become
label values only once a batch's signature verified: a name from an unauthenticated request
never does (anyone could mint series otherwise).

Who may scrape ([receiver] metrics_access):
  loopback (default)  a peer on this host without proxy headers, no token; anyone else needs the
                      API bearer token (Prometheus: `authorization: {credentials_file: ...}`).
                      A TLS proxy on this host forwards with X-Forwarded-For/Forwarded, so its
                      clients are not mistaken for local ones.
  token               the API bearer token always.
  open                no token (a receiver whose port only the monitoring network reaches).
"""

from __future__ import annotations

import ipaddress
import logging
import time
from datetime import datetime

from prometheus_client import CollectorRegistry, Counter, Gauge, generate_latest
from prometheus_client.metrics_core import GaugeMetricFamily

log = logging.getLogger("callwarden.receiver")

ACCESS_CHOICES = ("loopback", "token", "open")
PROXY_HEADERS = ("HTTP_X_FORWARDED_FOR", "HTTP_FORWARDED", "HTTP_X_REAL_IP")

_LAST_BATCHES = """SELECT a.name, extract(epoch FROM b.received_at)::float8, b.batch_seq
FROM appliances a LEFT JOIN LATERAL (SELECT received_at, batch_seq FROM batches WHERE appliance = a.name
                                     ORDER BY batch_seq DESC LIMIT 1) b ON true"""


def refusal_reason(status: int, message: str) -> str:
    """The `reason` label of a refused upload, from the answer's status and message."""
    if status == 400:
        return "bad_hash" if "hash does not match" in message else "malformed"
    if status == 409:
        return "fork" if message.startswith("fork") else "gap" if message.startswith("gap") else "conflict"
    return {401: "unauthenticated", 411: "malformed", 413: "too_large", 415: "malformed", 429: "rate_limited",
            503: "unavailable", 500: "error"}.get(status, str(status))


def local_peer(environ: dict) -> bool:
    """A request from this host itself, not relayed by a proxy on it."""
    try:
        loopback = ipaddress.ip_address(environ.get("REMOTE_ADDR", "")).is_loopback
    except ValueError:
        return False
    return loopback and not any(environ.get(h) for h in PROXY_HEADERS)


class ReceiverMetrics:
    def __init__(self) -> None:
        self.registry = r = CollectorRegistry()
        self.batches = Counter("callwarden_receiver_batches", "Batches answered 200, by result: stored, or "
                               "duplicate (already stored with the same hash: a retry)", ["result"], registry=r)
        self.events = Counter("callwarden_receiver_events", "Events stored", registry=r)
        self.refusals = Counter("callwarden_receiver_refusals", "Uploads refused, by what (batch, recording) and "
                                "reason (malformed, unauthenticated, bad_hash, fork, gap, conflict, too_large, "
                                "rate_limited, unavailable)", ["what", "reason"], registry=r)
        self.chain_forks = Counter("callwarden_receiver_chain_forks", "Batches refused because they fork the "
                                   "appliance's stored chain (an ALARM: a cloned box or a restored state dir)",
                                   ["appliance"], registry=r)
        self.verify = Counter("callwarden_receiver_batch_verify", "Checks of incoming batches by result: ok, "
                              "bad_signature, bad_hash (content or link hash), fork, gap", ["result"], registry=r)
        self.event_lag = Gauge("callwarden_receiver_event_lag_seconds", "Per appliance: its last stored batch's "
                               "arrival minus its newest event's time (how far behind its sync runs)",
                               ["appliance"], registry=r)
        for result in ("stored", "duplicate"):
            self.batches.labels(result)        # present at 0: rate() needs a first sample
        for result in ("ok", "bad_signature", "bad_hash", "fork", "gap"):
            self.verify.labels(result)

    # ---- called by ingest (signature verified) and app (answers) ----
    def verified(self, result: str) -> None:
        self.verify.labels(result).inc()

    def fork(self, appliance: str) -> None:
        self.chain_forks.labels(appliance).inc()

    def stored(self, appliance: str, events: list[dict], duplicate: bool = False) -> None:
        self.verified("ok")
        self.batches.labels("duplicate" if duplicate else "stored").inc()
        if duplicate:
            return
        self.events.inc(len(events))
        newest = max((_epoch(e.get("wall")) for e in events), default=None)
        if newest is not None:
            self.event_lag.labels(appliance).set(max(0.0, time.time() - newest))

    def refused(self, what: str, status: int, message: str) -> None:
        self.refusals.labels(what, refusal_reason(status, message)).inc()

    # ---- the page ----
    def page(self, pool) -> bytes:
        registry = CollectorRegistry(auto_describe=False)
        registry.register(_Forward(self.registry))
        registry.register(_FromDatabase(pool))
        return generate_latest(registry)


def _epoch(wall) -> float | None:
    try:
        return datetime.fromisoformat(str(wall).replace("Z", "+00:00")).timestamp()
    except ValueError:
        return None


class _Forward:
    def __init__(self, registry: CollectorRegistry) -> None:
        self._registry = registry

    def collect(self):
        return self._registry.collect()


class _FromDatabase:
    """Read at each scrape, so they hold across receiver restarts: each registered appliance's last
    stored batch and chain head, and whether PostgreSQL answered."""

    def __init__(self, pool) -> None:
        self._pool = pool

    def collect(self):
        up = GaugeMetricFamily("callwarden_receiver_database_up", "1 when PostgreSQL answered this scrape")
        last = GaugeMetricFamily("callwarden_receiver_last_batch_timestamp_seconds",
                                 "Per appliance: when its last batch was stored (Unix time)", labels=["appliance"])
        head = GaugeMetricFamily("callwarden_receiver_chain_head", "Per appliance: batch_seq of its last stored batch",
                                 labels=["appliance"])
        try:
            with self._pool.connection() as conn:
                rows = conn.execute(_LAST_BATCHES).fetchall()
        except Exception as e:          # the page still answers: database_up says what is wrong
            log.warning("metrics: database unavailable: %s", type(e).__name__)
            up.add_metric([], 0)
            return [up]
        up.add_metric([], 1)
        for name, received, seq in rows:
            if received is not None:
                last.add_metric([name], received)
                head.add_metric([name], seq)
        return [up, last, head]
