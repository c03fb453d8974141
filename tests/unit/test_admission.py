"""Places for talking calls (engine/admission.py): every admitted call holds one from its INVITE to its
hang-up, spoken yet or not, so a burst of INVITEs is refused past the capacity before any load sign
moves; the engine tells every worker (over its real socket) and a worker never gives its last place twice."""

from __future__ import annotations

import asyncio
from dataclasses import replace

import pytest

from callwarden.config import Config, ConfigError, from_dict, to_dict
from callwarden.engine import admission, protocol
from callwarden.engine import server as engine_mod
from callwarden.engine.admission import TalkingCalls
from callwarden.engine.client import EngineClient
from tests.helpers import until


def test_a_burst_of_admissions_is_refused_past_the_capacity_before_anyone_speaks():
    places = TalkingCalls(14)
    refused = 0
    for k in range(32):                  # 32 INVITEs within seconds: none has spoken a word yet
        if places.refusal():
            refused += 1
        else:
            places.admitted("worker", f"call{k}")
    assert (places.count, refused, places.room) == (14, 18, 0)
    assert "all 14 places" in places.refusal() and "max_talking_calls" in places.refusal()


def test_a_call_that_ends_gives_its_place_back_and_ending_twice_gives_nothing_more():
    places = TalkingCalls(2)
    places.admitted("w1", "a")
    places.admitted("w2", "b")
    assert places.refusal() and places.room == 0
    places.ended("w1", "a")
    assert places.refusal() is None and places.room == 1
    places.ended("w1", "a")
    places.ended("w2", "never-admitted")
    assert places.count == 1 and places.room == 1


def test_a_worker_gone_frees_its_calls_places_only():
    places = TalkingCalls(3)
    for call in ("a", "b"):
        places.admitted("w1", call)
    places.admitted("w2", "c")
    places.holder_gone("w1")
    assert places.count == 1 and places.room == 2
    places.admitted("w2", "c")            # told again (a worker that reconnected): still one place
    assert places.count == 1


def test_capacity_zero_never_refuses():
    places = TalkingCalls(0)
    for k in range(500):
        places.admitted("w", str(k))
    assert places.refusal() is None and places.room is None


def test_auto_on_the_2_core_cpu_box_is_its_calibrated_figure_and_grows_with_cores():
    two, how = admission.auto_capacity("cpu", cores=2, engine_threads=3)
    assert two == 16, how                     # the figure bench sipload calibrated (README, Real SIP load)
    assert "2 cores" in how
    assert admission.auto_capacity("cpu", cores=1, engine_threads=3)[0] < two
    assert admission.auto_capacity("cpu", cores=4, engine_threads=5)[0] > two


def test_auto_is_bounded_by_the_engines_threads_and_a_gpu_leaves_only_the_media():
    many_cores = admission.auto_capacity("cpu", cores=64, engine_threads=3)[0]
    assert many_cores == admission.auto_capacity("cpu", cores=64, engine_threads=3)[0]
    assert many_cores < admission.auto_capacity("cpu", cores=64, engine_threads=64)[0]
    gpu, how = admission.auto_capacity("cuda", cores=2, engine_threads=3)
    assert gpu > admission.auto_capacity("cpu", cores=2, engine_threads=3)[0] and "GPU" in how
    assert admission.auto_capacity("cpu", cores=1, engine_threads=1)[0] >= 1


def test_a_set_number_is_taken_as_it_is():
    assert admission.capacity(5, "cpu", 3, cores=2)[0] == 5
    assert admission.capacity(0, "cuda", 3, cores=2)[0] == 0
    assert admission.capacity("auto", "cpu", 3, cores=2)[0] == 16


@pytest.mark.parametrize("value", [-1, 4097, 2.5, True, "many", "", None])
def test_a_broken_max_talking_calls_names_the_key(value):
    with pytest.raises(ConfigError) as e:
        from_dict({"asr": {"max_talking_calls": value}})
    assert e.value.key_path == "asr.max_talking_calls"


def test_max_talking_calls_reads_auto_or_a_number_and_survives_the_trip_to_the_engine():
    assert Config().asr.max_talking_calls == "auto"
    for value in ("auto", 0, 12):
        cfg = from_dict({"asr": {"max_talking_calls": value}})
        assert from_dict(to_dict(cfg)).asr.max_talking_calls == value


# ---- the engine and two workers' clients over the engine's real socket ----
class NoModel:
    """The engine's model, never asked to decode here."""

    def __init__(self, cfg) -> None:
        self.model_dir, self.device, self.compute_type = "none", "cpu", "int8"

    def warm_up(self) -> None:
        pass


def engine_with(monkeypatch, places: int | str) -> engine_mod.Engine:
    monkeypatch.setattr(engine_mod, "Transcriber", NoModel)
    cfg = Config()
    return engine_mod.Engine(replace(cfg, tts=replace(cfg.tts, enabled=False),
                                     asr=replace(cfg.asr, max_talking_calls=places, decode_lanes=1, cpu_threads=2)))


async def serving(engine, socket_path):
    engine._loop = asyncio.get_running_loop()
    return await asyncio.start_unix_server(engine.serve_connection, path=str(socket_path))


def test_places_held_by_one_worker_refuse_calls_at_another_and_come_back_on_hang_up(monkeypatch, tmp_path):
    engine = engine_with(monkeypatch, 2)
    socket_path = tmp_path / "engine.sock"

    async def body():
        server = await serving(engine, socket_path)
        stopping = asyncio.Event()
        a, b = EngineClient(socket_path), EngineClient(socket_path)
        run_a, run_b = (asyncio.ensure_future(c.run(stopping)) for c in (a, b))
        try:
            await until(lambda: a.connected.is_set() and b.connected.is_set(), "the workers never connected")
            assert a.room == b.room == 2 and a.refusal() is None
            a.call_up("a1")
            a.call_up("a2")
            # A worker does not wait for the engine's word to know it gave its last place away.
            assert a.room == 0 and "max_talking_calls" in a.refusal()
            await until(lambda: b.refusal() is not None, "the other worker still took calls")
            assert "all 2 places" in b.refusal() and "all 2 places" in engine.saturated
            a.call_down("a1")
            await until(lambda: b.refusal() is None and b.room == 1, "the place did not come back")
            assert engine.saturated is None and engine.talking.count == 1
            # A worker gone (its process died): its calls' places come back to everyone.
            b.call_up("b1")
            await until(lambda: a.refusal() is not None, "b's call took no place")
            run_b.cancel()
            await until(lambda: engine.talking.count == 1 and a.refusal() is None and a.room == 1,
                        "a lost worker's places were never given back")
            # The engine's stats carry the places (callwarden status).
            reader, writer = await asyncio.open_unix_connection(str(socket_path))
            await protocol.read(reader)
            writer.write(protocol.encode({"id": 1, **protocol.Stats().to_message()}))
            stats = protocol.parse_reply("stats", await protocol.read(reader))
            writer.close()
            assert (stats.talking_calls, stats.talking_capacity) == (1, 2)
        finally:
            stopping.set()
            await asyncio.wait_for(run_a, 10)
            server.close()
    asyncio.run(body())


def test_a_worker_that_reconnects_takes_its_calls_places_again(monkeypatch, tmp_path):
    engine = engine_with(monkeypatch, 3)
    socket_path = tmp_path / "engine.sock"

    async def body():
        server = await serving(engine, socket_path)
        stopping = asyncio.Event()
        client = EngineClient(socket_path)
        run = asyncio.ensure_future(client.run(stopping))
        try:
            await until(client.connected.is_set, "never connected")
            client.call_up("x")
            client.call_up("y")
            await until(lambda: engine.talking.count == 2, "the engine never counted the calls")
            first = set(engine.talking._held)
            client._writer.close()            # the connection drops: the engine lets its calls go
            await until(lambda: client.reconnects == 1 and client.connected.is_set(), "never reconnected")
            # Held again, by the new connection alone (the old one's places were given back).
            await until(lambda: engine.talking.count == 2 and set(engine.talking._held) == set(engine._connections)
                        and not first & set(engine.talking._held), "the calls took no place again")
            await until(lambda: client.room == 1, "the worker's places did not follow")
            client.call_down("x")
            await until(lambda: engine.talking.count == 1 and client.room == 2, "the hang-up was lost")
        finally:
            stopping.set()
            await asyncio.wait_for(run, 10)
            server.close()
    asyncio.run(body())


def test_a_refusal_for_want_of_a_place_is_counted_apart_from_a_lagging_engine():
    from callwarden.admin.metrics import refusal_reason
    full = TalkingCalls(1)
    full.admitted("w", "a")
    assert refusal_reason(503, full.refusal()) == "capacity"
    assert refusal_reason(503, EngineClient("/nonexistent").refusal()) == "engine_restarting"
    client = EngineClient("/nonexistent")
    client.connected.set()
    client.room = 0
    assert refusal_reason(503, client.refusal()) == "capacity"
    assert refusal_reason(503, "finals waited 900 ms (median) in the ASR engine") == "saturated"


# ---- "auto" places follow what other work leaves of the box ----
def test_outside_load_is_the_boxs_busy_cpu_less_the_daemons_over_the_window():
    load = admission.OutsideLoad(window_s=10.0)
    for t in range(1, 11):                      # 10 s: box 1.5 cores busy, the daemon 0.5 of them
        load.observe(float(t), 1.0, 1.5, 0.5)
    assert load.cores() == pytest.approx(1.0)
    for t in range(11, 21):                     # the other job ended: only the daemon
        load.observe(float(t), 1.0, 0.6, 0.6)
    assert load.cores() == pytest.approx(0.0, abs=0.11)
    load.observe(21.0, 1.0, 0.2, 0.3)           # counters read a moment apart: never below 0
    assert load.cores() >= 0.0


def test_a_short_burst_of_other_work_after_start_takes_no_place_away():
    """A daemon just started beside 10 s of other work on both cores (a test rendering its audio)
    reckons it over the whole window: under what ran beside the calibration, no place lost."""
    load = admission.OutsideLoad()
    for t in range(1, 11):
        load.observe(float(t), 1.0, 2.0, 0.1)
    assert load.cores() == pytest.approx(1.9 * 10 / admission.OUTSIDE_WINDOW_S)
    assert admission.spare_cores(2, load.cores()) >= 1.9


def test_cpu_moved_counts_new_processes_whole_and_leaves_gone_ones_out():
    before = {10: 5.0, 11: 2.0, 12: 9.0}
    now = {10: 5.5, 11: 2.25, 13: 0.5, 12: 1.0}   # 13 is new; 12's pid was reused (its counter went back)
    assert admission.cpu_moved(before, now) == pytest.approx(0.5 + 0.25 + 0.5 + 1.0)
    assert admission.cpu_moved({10: 5.0}, {}) == 0.0


def test_spare_cores_ignore_what_ran_beside_the_calibration_and_never_reach_zero():
    assert admission.spare_cores(2, 0.0) == 2
    assert admission.spare_cores(2, admission.CALIBRATION_OUTSIDE_CORES) == 2
    assert admission.spare_cores(2, 1.3) == pytest.approx(2 - (1.3 - admission.CALIBRATION_OUTSIDE_CORES))
    assert admission.spare_cores(2, 5.0) == pytest.approx(0.1)
    busy = admission.auto_capacity("cpu", admission.spare_cores(2, 1.3), 3)[0]
    assert 1 <= busy < admission.auto_capacity("cpu", 2, 3)[0]


class Counters:
    """The engine's CPU counters, as the test sets them: (interval, box busy s, daemon s)."""
    reading = (1.0, 0.5, 0.4)

    def sample(self):
        return self.reading


def test_other_work_on_the_box_takes_places_away_and_gives_them_back(monkeypatch):
    monkeypatch.setattr(admission, "cpu_cores", lambda: 2)
    engine = engine_with(monkeypatch, "auto")
    assert engine.full_places == engine.talking.capacity == 16
    engine._cpu = Counters()
    engine.outside = admission.OutsideLoad(window_s=0.0)      # the last reading alone

    async def body():
        engine._loop = asyncio.get_running_loop()
        for k in range(6):
            engine.talking.admitted("w", f"c{k}")
        await engine._check_outside()
        engine._judge()
        assert engine.talking.capacity == 16 and engine.saturated is None
        engine._cpu.reading = (1.0, 1.9, 0.4)               # a job outside the daemon takes 1.5 cores
        await engine._check_outside()
        engine._judge()
        assert engine.talking.capacity <= 6 and "other work keeps 1.5 of the box's 2 cores busy" in engine.saturated
        engine._cpu.reading = (1.0, 0.45, 0.4)
        await engine._check_outside()
        engine._judge()
        assert engine.talking.capacity == 16 and engine.saturated is None
    asyncio.run(body())
