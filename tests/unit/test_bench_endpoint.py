"""The endpoint sweep's bookkeeping on synthetic bursts (no timings asserted): a pause inside a
turn longer than the setting is a premature endpoint, one shorter is not."""

import numpy as np

from callwarden_tools.bench.endpoint import RATE_HZ, sweep


def burst(ms: int, seed: int) -> np.ndarray:
    rng = np.random.default_rng(seed)
    return (rng.standard_normal(RATE_HZ * ms // 1000) * 3000).astype(np.int16)


def quiet(ms: int) -> np.ndarray:
    """Line noise (digital zeros tell the endpointer nothing about the noise floor)."""
    return (np.random.default_rng(ms).standard_normal(RATE_HZ * ms // 1000) * 30).astype(np.int16)


def test_a_450_ms_pause_cuts_the_turn_at_300_but_not_at_600():
    # turn 0: 1 s of speech, 450 ms pause, 1 s of speech; turn 1: 1.5 s straight
    line = np.concatenate([quiet(1000), burst(1000, 1), quiet(450), burst(1000, 2), quiet(2500),
                           burst(1500, 3), quiet(2500)])
    turns = [{"start_ms": 1000, "end_ms": 3450, "words": 10, "kind": "hesitant"},
             {"start_ms": 5950, "end_ms": 7450, "words": 6, "kind": "fluent"}]
    short, long_ = sweep(line, turns, settings=(300, 600))
    assert short["turns_cut"] == 1 and short["hesitant_cut"] == "1/1" and short["fluent_cut"] == "0/1"
    assert 20 < short["words_cut_pct"] < 45          # about the second half of turn 0's ten words
    assert long_["turns_cut"] == 0 and long_["words_cut_pct"] == 0.0
    assert 600 <= long_["speech_end_to_endpoint_p50_ms"] < 800
