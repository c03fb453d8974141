"""Four simultaneous calls into one worker: each timeline holds only its own caller's words."""

from __future__ import annotations

import time

from callwarden_tools.harness import caller_results, place_calls
from callwarden_tools.render import CallerStyle
from callwarden_tools.wer import normalise, wer
from helpers import all_calls, finals_text, metric_value, run_sipp

SCRIPTS = [
    ["My kitchen faucet is leaking under the sink.", "The plumber never arrived yesterday."],
    ["I want to book a flight to Denver next Friday.", "A window seat would be great."],
    ["The printer in our office shows a paper jam.", "We already opened every tray."],
    ["Please cancel my newspaper subscription this month.", "I am moving to another city."],
]


def active_calls(daemon) -> int:
    try:
        return daemon.get("/calls").count("call_id")
    except OSError:      # a poll that loses a race with a busy loop is simply retried
        return 0


def test_four_calls_keep_their_own_words(daemon_factory, render, tmp_path):
    daemon = daemon_factory()
    wavs = [render(s, CallerStyle(rate_wpm=150 + 10 * i, pitch_cents=100 * (i - 2), noise_snr_db=30, seed=i),
                   lead_in_ms=700 + 300 * i, pause_ms=1100)
            for i, s in enumerate(SCRIPTS)]
    caller = place_calls(daemon.uri, wavs, tail_s=4.0, background=True)
    # While all four are up, a fifth caller is turned away with 486 (pjsua2's 4-call limit).
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and active_calls(daemon) < 4:
        time.sleep(0.1)
    busy = run_sipp("uac_busy.xml", daemon.sip_port, work_dir=tmp_path)
    results = caller_results(caller)
    assert [r["connected"] for r in results] == [True] * 4
    assert busy.returncode == 0, busy.stdout[-1500:] + busy.stderr[-1500:]

    metrics = daemon.get("/metrics")
    print("\n".join(m for m in metrics.splitlines() if "frames" in m or "latency_seconds_sum" in m))
    calls = all_calls(daemon.state_dir)
    assert len(calls) == 4
    vocab = [set(normalise(" ".join(s))) for s in SCRIPTS]
    common = set.intersection(*vocab) | {"a", "the", "i", "to", "my", "in", "our", "we"}
    seen = set()
    for call, events in calls:
        text = finals_text(events)
        scores = [wer(" ".join(s), text) for s in SCRIPTS]
        own = min(range(4), key=scores.__getitem__)
        seen.add(own)
        print(own, round(scores[own], 3), text)
        # Accuracy is held to 15 % in test_call; here WER only identifies whose words these are
        # (four decodes sharing 2 cores: measured up to 0.31 in CI). Cross-talk is asserted below.
        assert scores[own] <= 0.4, (SCRIPTS[own], text)
        others = set().union(*(vocab[j] for j in range(4) if j != own)) - vocab[own] - common
        assert not (set(normalise(text)) & others), f"words of another call in {text!r}"
        assert [e.seq for e in events] == list(range(len(events)))
        assert call.end_reason == "caller_bye"
    assert seen == {0, 1, 2, 3}
    assert metric_value(metrics, "callwarden_frames_late_total") == 0
    assert metric_value(metrics, "callwarden_calls_refused_total", code="486", reason="busy") == 1
    assert metric_value(metrics, "callwarden_calls_total") == 4
