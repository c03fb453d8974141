"""When the engine counts as saturated: finals' queue waits against [asr] saturated_wait_ms."""

from callwarden.engine.load import SaturationMonitor


def test_median_wait_over_the_threshold_saturates_and_one_slow_final_does_not():
    m = SaturationMonitor(500, window_s=5.0, hold_s=2.0)
    for t in range(4):
        m.observe_final(40.0, 10.0 + t * 0.1)
    m.observe_final(3000.0, 10.5)                 # one slow batch
    assert m.check(10.6) is None
    for t in range(6):
        m.observe_final(900.0, 11.0 + t * 0.1)
    reason = m.check(11.6)
    assert reason and "median" in reason and "saturated_wait_ms = 500" in reason


def test_a_final_waiting_now_saturates_before_it_is_decoded():
    m = SaturationMonitor(500)
    assert m.check(1.0, oldest_final_wait_ms=200) is None
    assert "has waited 800 ms" in m.check(1.2, oldest_final_wait_ms=800)


def test_recovers_once_the_window_holds_no_slow_finals_but_not_before_the_hold():
    m = SaturationMonitor(500, window_s=5.0, hold_s=2.0)
    m.observe_final(1000.0, 0.0)
    assert m.check(0.1)
    assert m.check(1.0, oldest_final_wait_ms=0)            # still in the window
    m.observe_final(10.0, 5.5)
    assert m.check(5.6) is None                              # slow one aged out, fast ones since
    # A brief spike is held for hold_s even once the queue drained.
    m.observe_final(2000.0, 6.0)
    assert m.check(6.1)
    assert m.check(7.0)
    m.observe_final(10.0, 11.5)
    m.observe_final(10.0, 11.6)
    assert m.check(11.7) is None


def test_threshold_zero_never_refuses():
    m = SaturationMonitor(0)
    m.observe_final(60_000.0, 1.0)
    assert m.check(1.1, oldest_final_wait_ms=60_000) is None


def test_finals_keeping_the_engine_busy_past_the_share_saturate_before_any_wait():
    m = SaturationMonitor(500, busy_fraction=0.7, window_s=5.0, hold_s=2.0)
    for i in range(10):                      # 0.3 s of every 0.5 s: 60 % busy
        m.observe_busy(10.0 + i * 0.5, 10.3 + i * 0.5)
    assert abs(m.busy_share(15.0) - 0.6) < 1e-9 and m.check(15.0) is None
    for i in range(10):                      # then 0.45 s of every 0.5 s: 90 %
        m.observe_busy(15.0 + i * 0.5, 15.45 + i * 0.5)
    reason = m.check(20.0)
    assert reason and "busy 90%" in reason and "saturated_busy = 0.7" in reason
    assert m.check(27.1) is None             # a quiet window later (hold passed): calls taken again


def test_busy_share_zero_is_off():
    m = SaturationMonitor(0, busy_fraction=0.0)
    m.observe_busy(0.0, 5.0)
    assert m.check(5.0) is None
