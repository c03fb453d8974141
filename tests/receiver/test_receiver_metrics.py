"""The receiver's /metrics against a real receiver process and PostgreSQL: batches, events,
refusals by reason, chain forks, verify results, lag per appliance; who may scrape."""

from __future__ import annotations

import urllib.error
import urllib.request
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

from callwarden.receiver.auth import token_sha256
from callwarden.wire import batch as wire
from conftest import start_server, stop_server
from helpers import metric_value  # tests/, on the path through conftest
from rx_util import TOKEN, Appliance, call_events, post


def scrape(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    req = urllib.request.Request(url + "/metrics", headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=10) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


def test_counts_what_it_stored_and_refused_and_forks_per_appliance(server, appliance):
    status, before = scrape(server.url)        # from loopback, no proxy headers: no token needed
    assert status == 200, before
    first = appliance.make(call_events(end=True))
    assert post(server.url, wire.encode(first))[0] == 200
    appliance.accept(first)
    assert post(server.url, wire.encode(first))[0] == 200                           # a retry: duplicate
    fork = appliance.make(call_events(texts=("other",)), seq=0, prev=wire.GENESIS_HASH)
    assert post(server.url, wire.encode(fork))[0] == 409
    gap = appliance.make(call_events(), seq=5)
    assert post(server.url, wire.encode(gap))[0] == 409
    stranger = Appliance(Path(server.log_path).parent / f"k-{appliance.name}")   # never registered
    assert post(server.url, wire.encode(stranger.make(call_events())))[0] == 401
    status, after = scrape(server.url)
    assert status == 200

    def delta(name: str, **labels: str) -> float:
        return metric_value(after, name, **labels) - metric_value(before, name, **labels)

    assert delta("callwarden_receiver_batches_total", result="stored") == 1
    assert delta("callwarden_receiver_batches_total", result="duplicate") == 1
    assert delta("callwarden_receiver_events_total") == len(first["events"])
    assert delta("callwarden_receiver_refusals_total", what="batch", reason="fork") == 1
    assert delta("callwarden_receiver_refusals_total", what="batch", reason="gap") == 1
    assert delta("callwarden_receiver_refusals_total", what="batch", reason="unauthenticated") == 1
    assert metric_value(after, "callwarden_receiver_chain_forks_total", appliance=appliance.name) == 1
    assert delta("callwarden_receiver_batch_verify_total", result="ok") == 2
    assert delta("callwarden_receiver_batch_verify_total", result="bad_signature") == 1
    assert stranger.name not in after          # an unauthenticated name never becomes a label
    assert metric_value(after, "callwarden_receiver_event_lag_seconds", appliance=appliance.name) > 0
    assert metric_value(after, "callwarden_receiver_last_batch_timestamp_seconds", appliance=appliance.name) > 0
    assert metric_value(after, "callwarden_receiver_chain_head", appliance=appliance.name) == 0
    assert metric_value(after, "callwarden_receiver_database_up") == 1
    names = {f.name for f in text_string_to_metric_families(after)}
    assert not [n for n in names if n.endswith("_ms")]


def test_a_proxied_or_remote_scrape_needs_the_token_unless_metrics_are_open(pg, tmp_path):
    dsn = pg.create_db("metrics_access", template="cw_template")
    base = f'[receiver]\napi_token_sha256 = "{token_sha256(TOKEN)}"\n'
    loopback = start_server(dsn, tmp_path, base)
    try:
        assert scrape(loopback.url, {"X-Forwarded-For": "203.0.113.9"})[0] == 401
        assert scrape(loopback.url, {"X-Forwarded-For": "203.0.113.9", "Authorization": f"Bearer {TOKEN}"})[0] == 200
    finally:
        stop_server(loopback)
    token_only = start_server(dsn, tmp_path, base + 'metrics_access = "token"\n')
    try:
        assert scrape(token_only.url)[0] == 401
        assert scrape(token_only.url, {"Authorization": f"Bearer {TOKEN}"})[0] == 200
    finally:
        stop_server(token_only)
    open_ = start_server(dsn, tmp_path, base + 'metrics_access = "open"\n')
    try:
        assert scrape(open_.url, {"Forwarded": "for=203.0.113.9"})[0] == 200
    finally:
        stop_server(open_)
