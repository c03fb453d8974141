"""The fallback decoder: its own thread at a lower CPU priority, counted, never blocking the caller."""

from __future__ import annotations

import os
import threading

from callwarden.engine.fallback import FallbackDecoder


def test_fallback_runs_on_its_own_low_priority_thread_and_counts():
    seen = {}
    release = threading.Event()

    def decode(replica, audios):
        seen["thread"] = threading.get_native_id()
        seen["nice"] = os.getpriority(os.PRIO_PROCESS, threading.get_native_id())
        release.wait(10)
        return [f"{replica}:{a}" for a in audios]
    fb = FallbackDecoder(lambda: "replica", decode, nice=5)
    done = threading.Event()
    results = []
    fb.submit(["a", "b"], lambda r: (results.append(r), done.set()))
    assert fb.fired == 2
    assert not done.is_set()            # submit returned while the decode is still held: nobody waited
    release.set()
    assert done.wait(10)
    assert results == [["replica:a", "replica:b"]]
    assert seen["thread"] != threading.get_native_id()
    assert seen["nice"] >= os.getpriority(os.PRIO_PROCESS, 0) + 5 or seen["nice"] == 19
    assert fb.decode(["c"]) == ["replica:c"] and fb.fired == 3


def test_a_failed_decode_is_answered_and_the_thread_lives_on():
    calls = []

    def decode(replica, audios):
        calls.append(audios)
        if audios == ["bad"]:
            raise ValueError("bad audio")
        return audios
    fb = FallbackDecoder(lambda: None, decode)
    box = []
    done = threading.Event()
    fb.submit(["bad"], lambda r: (box.append(r), done.set()))
    assert done.wait(10) and isinstance(box[0], ValueError)
    assert fb.decode(["good"]) == ["good"]
