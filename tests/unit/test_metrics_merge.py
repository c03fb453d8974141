"""/metrics across processes (admin/multiproc.py): prometheus_client's multiprocess mode as the
master sets it up. Run in a fresh interpreter: enabling the mode changes prometheus_client for the
whole process, which must not leak into the other tests."""

import subprocess
import sys
import textwrap

from prometheus_client.parser import text_string_to_metric_families

SCRIPT = textwrap.dedent('''
    import subprocess, sys
    from pathlib import Path
    from callwarden.admin import multiproc
    directory = Path(sys.argv[1])
    (directory / "counter_999999.db").parent.mkdir(parents=True, exist_ok=True)
    (directory / "counter_999999.db").write_bytes(b"a previous run's leftovers")
    multiproc.enable(directory)
    from callwarden.admin.metrics import Metrics
    master = Metrics()
    master.sync_batches.inc(5)
    worker = ("from callwarden.admin.metrics import Metrics, EngineMetrics; m = Metrics(); "
              "m.calls_total.inc({n}); m.calls_active.set(2); m.engine_queue.set({n}); "
              "m.final_latency.observe(0.03); m.refused(486, 'worker full'); "
              "EngineMetrics().batch_size.labels('final').observe(3)")
    procs = [subprocess.Popen([sys.executable, "-c", worker.format(n=n)]) for n in (3, 4)]
    for p in procs:
        p.wait()
    print(multiproc.exposition(master.registry, "9.9")[0].decode())
    print("=====")
    multiproc.mark_dead(procs[0].pid)      # the master saw this worker die
    print(multiproc.exposition(master.registry, "9.9")[0].decode())
''')


def values(text: str) -> dict:
    return {(s.name, tuple(sorted(s.labels.items()))): s.value
            for f in text_string_to_metric_families(text) for s in f.samples}


def test_every_process_counts_into_one_page_and_a_dead_workers_gauges_go_but_its_counts_stay(tmp_path):
    out = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "metrics")], check=True,
                         capture_output=True, text=True, timeout=120).stdout
    before, after = (values(part) for part in out.split("=====\n"))
    # Counters add up over the two workers (3 + 4) and the master; the leftover file was removed.
    assert before[("callwarden_calls_total", ())] == 7
    assert before[("callwarden_sync_batches_total", ())] == 5
    assert before[("callwarden_calls_refused_total", (("code", "486"), ("reason", "busy")))] == 2
    assert before[("callwarden_final_latency_seconds_count", ())] == 2
    assert before[("callwarden_asr_batch_size_count", (("kind", "final"),))] == 2
    assert before[("callwarden_build_info", (("version", "9.9"),))] == 1
    # Gauges: calls up add up over processes not (yet) marked dead; queue depth is the largest seen.
    assert before[("callwarden_calls_active", ())] == 4
    assert before[("callwarden_engine_queue_depth", ())] == 4
    # One worker marked dead: its calls up go, its counts stay.
    assert after[("callwarden_calls_active", ())] == 2
    assert after[("callwarden_calls_total", ())] == 7
