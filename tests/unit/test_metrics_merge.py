"""The master's /metrics with the workers' snapshots added in: sums, maxima, histograms, restarts."""

from callwarden.admin.metrics import Metrics, WorkerTotals


def value(text: str, name: str) -> float:
    line = next(l for l in text.splitlines() if l.startswith(name + " "))
    return float(line.split()[1])


def worker_snapshot(calls_total: int, active: int, queue: int, latencies: list[float]) -> dict:
    m = Metrics()
    m.calls_total.inc(calls_total)
    m.calls_active.set(active)
    m.engine_queue.set(queue)
    for ms in latencies:
        m.final_latency.observe(ms)
    return m.snapshot()


def test_counters_and_active_calls_add_up_queue_depth_is_the_largest_histograms_merge():
    master = Metrics()
    master.sync_batches.inc(5)
    text = master.render([worker_snapshot(3, 2, 4, [30, 120]), worker_snapshot(4, 1, 7, [900])])
    assert value(text, "callwarden_calls_total") == 7
    assert value(text, "callwarden_calls_active") == 3
    assert value(text, "callwarden_engine_queue_depth") == 7
    assert value(text, "callwarden_sync_batches_total") == 5
    assert value(text, "callwarden_final_latency_ms_count") == 3
    assert value(text, "callwarden_final_latency_ms_sum") == 1050
    assert 'callwarden_final_latency_ms_bucket{le="50"} 1' in text
    assert 'callwarden_final_latency_ms_bucket{le="150"} 2' in text
    assert 'callwarden_final_latency_ms_bucket{le="+Inf"} 3' in text


def status(index: int, pid: int, snap: dict) -> dict:
    return {"index": index, "pid": pid, "metrics": snap}


def test_a_restarted_worker_does_not_take_the_totals_back_and_its_gauges_die_with_it():
    totals = WorkerTotals()
    master = Metrics()
    first = totals.snapshots([status(0, 100, worker_snapshot(10, 3, 0, [50])),
                              status(1, 200, worker_snapshot(5, 1, 0, []))])
    assert value(master.render(first), "callwarden_calls_total") == 15
    # Worker 0 is killed: gone from the live statuses; its count stays, its 3 active calls do not.
    gone = master.render(totals.snapshots([status(1, 200, worker_snapshot(6, 1, 0, []))]))
    assert value(gone, "callwarden_calls_total") == 16
    assert value(gone, "callwarden_calls_active") == 1
    # Back with a new pid, counting from zero.
    back = master.render(totals.snapshots([status(0, 101, worker_snapshot(1, 1, 0, [70])),
                                           status(1, 200, worker_snapshot(6, 1, 0, []))]))
    assert value(back, "callwarden_calls_total") == 17
    assert value(back, "callwarden_calls_active") == 2
    assert value(back, "callwarden_final_latency_ms_count") == 2
