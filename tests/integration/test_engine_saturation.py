"""Admission by the ASR engine's load: while finals wait past [asr] saturated_wait_ms, new INVITEs get
503 + Retry-After (the call already up goes on, whole); once the engine has caught up, calls are taken.
And by places for talking calls ([asr] max_talking_calls): a call holds one from its INVITE, spoken
or not, and gives it back when it ends.

The threshold is set to 1 ms so that the real engine counts as saturated as soon as it decodes one
final (every final waits at least the batch window): the rule, the push to the workers and the SIP
answer are the real ones; only the threshold is scaled to what one test call can produce.
"""

from __future__ import annotations

import json
import shutil
import threading
import time

import pytest

from callwarden_tools.harness import Daemon, caller_results, place_calls
from callwarden_tools.wer import wer
from helpers import all_calls, finals_text, metric_value, run_sipp

FIRST = ["I am calling about the broken street light.", "It is on the corner of Elm Street.",
         "It has been dark for a week now."]
RECOVER_S = 20.0        # window (5 s) + hold (2 s) after the last final, with room for a loaded machine


def metric(daemon: Daemon, name: str, **labels: str) -> float:
    return metric_value(daemon.get("/metrics"), name, **labels)


def wait_for(predicate, timeout_s: float, what: str, daemon: Daemon):
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(0.2)
    pytest.fail(f"{what} within {timeout_s} s:\n{daemon.log_tail()}")


def saturated(daemon: Daemon):
    return daemon.health()[1].get("asr_engine_saturated")


def check_refused_then_recovered(daemon: Daemon, tmp_path, first_call_done, place_second) -> None:
    wait_for(lambda: all_calls(daemon.state_dir) and finals_text(all_calls(daemon.state_dir)[-1][1]),
             40, "no final from the first call", daemon)
    reason = wait_for(lambda: saturated(daemon), 5, "the engine never said it was saturated", daemon)
    assert "saturated_wait_ms = 1" in reason, reason
    refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=10)
    assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:] + daemon.log_tail()
    assert metric(daemon, "callwarden_engine_saturated") == 1
    assert "SATURATED" in _status_text(daemon)
    first_call_done()
    (first, events), = all_calls(daemon.state_dir)
    assert first.end_reason == "caller_bye", daemon.log_tail()
    assert wer(" ".join(FIRST), finals_text(events)) <= 0.25, finals_text(events)
    wait_for(lambda: saturated(daemon) is None, RECOVER_S, "still saturated after the calls ended", daemon)
    assert daemon.health()[0] == 200              # saturation never made the box unready
    place_second()
    calls = all_calls(daemon.state_dir)
    assert len(calls) == 2 and calls[0][1] == events
    assert calls[1][0].end_reason == "caller_bye" and "address" in finals_text(calls[1][1]).lower()


def _status_text(daemon: Daemon) -> str:
    import json
    st = json.loads(daemon.get("/status"))
    return "SATURATED" if st["engine"].get("saturated") else json.dumps(st["engine"])


def test_a_saturated_engine_refuses_new_calls_and_takes_them_again_once_caught_up(render, tmp_path):
    wav1 = render(FIRST, pause_ms=1500, lead_in_ms=600)
    wav2 = render(["I need to change the address on my order."], lead_in_ms=600, pause_ms=1000)
    daemon = Daemon(tmp_path / "state", extra=["--set", "asr.saturated_wait_ms=1"])
    daemon.start()
    try:
        box = {}
        call1 = threading.Thread(target=lambda: box.setdefault("r", run_sipp(
            "uac_speech.xml", daemon.sip_port, audio=wav1, play_ms=13000, work_dir=tmp_path, timeout_s=60)))
        call1.start()

        def first_done():
            call1.join(90)
            assert box["r"].returncode == 0, box["r"].stdout[-1500:] + daemon.log_tail()

        def second():
            r = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav2, play_ms=4500, work_dir=tmp_path)
            assert r.returncode == 0, r.stdout[-1500:] + daemon.log_tail()

        check_refused_then_recovered(daemon, tmp_path, first_done, second)
        assert "saturated: new calls refused" in daemon.log_path.read_text()
        assert metric(daemon, "callwarden_calls_refused_total", code="503", reason="saturated") >= 1
    finally:
        daemon.stop()


@pytest.mark.skipif(shutil.which("kamailio") is None or shutil.which("kamcmd") is None,
                    reason="kamailio is not installed (scripts/setup installs it)")
def test_behind_the_front_every_worker_refuses_and_metrics_add_up_the_workers(render, tmp_path):
    wav1 = render(FIRST, pause_ms=1500, lead_in_ms=600)
    wav2 = render(["I need to change the address on my order."], lead_in_ms=600, pause_ms=1000)
    daemon = Daemon(tmp_path / "state", extra=["--set", "asr.saturated_wait_ms=1", "--set", 'sip.front="kamailio"',
                                               "--set", "sip.max_calls=8"])
    daemon.start()
    try:
        # The pjsua2 caller: sipp's uac_speech.xml sends its BYE without the front's Route set.
        caller = place_calls(daemon.uri, [wav1], tail_s=1.0, background=True)

        def first_done():
            results = caller_results(caller, timeout_s=90)
            assert [r["connected"] for r in results] == [True], results

        def second():
            results = place_calls(daemon.uri, [wav2], tail_s=1.0)
            assert [r["connected"] for r in results] == [True], results

        check_refused_then_recovered(daemon, tmp_path, first_done, second)
        # Both calls were answered by workers; the master's /metrics counts them (and their finals).
        wait_for(lambda: metric(daemon, "callwarden_calls_total") == 2, 10, "workers' calls not in /metrics", daemon)
        assert metric(daemon, "callwarden_utterances_total") >= 4
        assert metric(daemon, "callwarden_final_latency_seconds_count") >= 4
        assert metric(daemon, "callwarden_calls_refused_total", reason="saturated") >= 2      # each worker answered the INVITE 503
    finally:
        daemon.stop()


def test_a_call_holds_its_place_from_the_invite_and_gives_it_back_when_it_ends(render, tmp_path):
    # One place, and the load signs off: a refusal can only come from the place the first call holds.
    wav1 = render(FIRST, pause_ms=1500, lead_in_ms=600)
    wav2 = render(["I need to change the address on my order."], lead_in_ms=600, pause_ms=1000)
    daemon = Daemon(tmp_path / "state", extra=["--set", "asr.max_talking_calls=1", "--set", "asr.saturated_wait_ms=0",
                                               "--set", "asr.saturated_busy=0"])
    daemon.start()
    try:
        box = {}
        call1 = threading.Thread(target=lambda: box.setdefault("r", run_sipp(
            "uac_speech.xml", daemon.sip_port, audio=wav1, play_ms=13000, work_dir=tmp_path, timeout_s=60)))
        call1.start()
        reason = wait_for(lambda: saturated(daemon), 10, "the first call took no place", daemon)
        assert "all 1 places for talking calls are held" in reason, reason
        refused = run_sipp("uac_unavailable.xml", daemon.sip_port, work_dir=tmp_path, timeout_s=10)
        assert refused.returncode == 0, refused.stdout[-1500:] + refused.stderr[-1500:] + daemon.log_tail()
        assert metric(daemon, "callwarden_calls_refused_total", code="503", reason="capacity") == 1
        engine = json.loads(daemon.get("/status"))["engine"]
        assert (engine["talking_calls"], engine["talking_capacity"]) == (1, 1), engine
        call1.join(90)
        assert box["r"].returncode == 0, box["r"].stdout[-1500:] + daemon.log_tail()
        (first, events), = all_calls(daemon.state_dir)
        assert first.end_reason == "caller_bye" and wer(" ".join(FIRST), finals_text(events)) <= 0.25
        # Hung up: the place is back (no hold time: nothing lags) and the next call is taken.
        wait_for(lambda: saturated(daemon) is None, 10, "the place never came back", daemon)
        r = run_sipp("uac_speech.xml", daemon.sip_port, audio=wav2, play_ms=4500, work_dir=tmp_path)
        assert r.returncode == 0, r.stdout[-1500:] + daemon.log_tail()
        calls = all_calls(daemon.state_dir)
        assert len(calls) == 2 and calls[1][0].end_reason == "caller_bye"
    finally:
        daemon.stop()

