"""The ASR/TTS engine: one process owning the Whisper model and the Piper voice.

Workers connect over a unix socket (frames in protocol.py). ASR requests from
every call wait in one BatchQueue; `[asr] decode_lanes` lane threads, each with
its own model, take what arrived within `batch_window_ms` and decode it in one
pass. Lane 0 decodes only finals (every call's together), with all of
`cpu_threads`, at normal priority. The other lanes are background: one compute
thread each at a lower CPU priority (BACKGROUND_NICE), for long turns' prefixes,
partials (held to a CPU budget, engine/budget.py), and finals that waited past
OVERFLOW_S because lane 0 is busy, so one long decode cannot hold every call. A
background lane starts a prefix or partial batch only while lane 0 is idle and
no final waits: a final never waits for one (it starts on lane 0 at once), and
finals and background work overlap only when a final arrives mid-batch. (Measured
on 2 cores, bench sipload at 8 calls: two equal one-thread lanes made finals
compete with partials for the CPU, p99 1.6 s against 49 ms on one lane; partials
on a niced lane beside busy finals still gave 329 ms.) TTS requests are
synthesised into the prompt cache on their own thread and answered with the
WAV's path. Run by the master: `python -m callwarden.engine.server --socket PATH --config-json JSON`.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import os
import signal
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from pathlib import Path

import numpy as np

from callwarden import config as config_mod
from callwarden.admin.metrics import EngineMetrics
from callwarden.engine import admission, cpu_use, protocol
from callwarden.engine.batching import FINAL, PARTIAL, PREFIX, BatchQueue, Job
from callwarden.engine.budget import PartialBudget
from callwarden.engine.load import SaturationMonitor
from callwarden.engine.transcriber import PARTIAL_MIN_WINDOW_S, Transcriber, Transcript

log = logging.getLogger("callwarden.engine")

LOAD_CHECK_S = 0.25       # how often saturation is judged (and a change told to every worker)
OUTSIDE_CHECK_S = 1.0     # how often the box's CPU counters are read for "auto" places (a few ms each)
STALE_PARTIAL_S = 1.0     # a partial waiting longer describes audio the caller has long since added to
OVERFLOW_S = 0.15         # a final waiting this long (lane 0 busy) may be taken by a background lane
BACKGROUND_NICE = 5       # background lanes' CPU priority: below finals and the workers' media


class Engine:
    def __init__(self, cfg: config_mod.Config) -> None:
        self.cfg = cfg
        self.transcriber = Transcriber(cfg.asr)
        self.transcriber.warm_up()
        # Background lanes load their own model (tiny.en int8 is ~40 MB) in their own thread, once
        # it has lowered its priority: CTranslate2's compute threads, made then, inherit it.
        self.lanes: list[Transcriber | None] = [self.transcriber] + [None] * (cfg.asr.decode_lanes - 1)
        self._loading = cfg.asr.decode_lanes - 1
        self.lanes_ready = threading.Event()      # every background lane's model is loaded
        self._lane0_busy = False
        if not self._loading:
            self.lanes_ready.set()
        self.budget = PartialBudget(cfg.asr.partial_share, cfg.asr.partial_interval_ms)
        self.prompts = None
        if cfg.tts.enabled:
            from callwarden.models import tts_voice_path
            from callwarden.tts.voice import PromptCache, Voice
            self.prompts = PromptCache(Voice(tts_voice_path(cfg.tts.voice)), cfg.state_path / "prompts",
                                       cfg.tts.length_scale)
        self.queue = BatchQueue(cfg.asr.max_partials_queued)
        self.saturation = SaturationMonitor(cfg.asr.saturated_wait_ms, cfg.asr.saturated_busy)
        self._engine_threads = cfg.asr.cpu_threads + cfg.asr.decode_lanes - 1
        self._compute_cores = max(1, min(self._engine_threads, admission.cpu_cores()))   # what _weight divides by
        places, how = admission.capacity(cfg.asr.max_talking_calls, self.transcriber.device, self._engine_threads)
        self.talking = admission.TalkingCalls(places)   # touched on the event loop only
        self.full_places = places             # "auto": with no other work on the box
        log.info("admission: %s", f"at most {places} talking calls ({how})" if places else
                 "no limit on talking calls ([asr] max_talking_calls = 0)")
        # "auto" places shrink while other work keeps the box busy (the master: the daemon's root).
        self.outside = admission.OutsideLoad()
        self._cpu = cpu_use.DaemonCpu(os.getppid()) if cfg.asr.max_talking_calls == admission.AUTO else None
        self._outside_note = ""
        self._lagging: str | None = None      # the load signs' reason (load.py), judged every LOAD_CHECK_S
        self.saturated: str | None = None     # why new calls should be refused now; told to every connection
        self._room_told: int | None = None    # the places left, as last told to every connection
        self.partial_interval_ms = cfg.asr.partial_interval_ms   # told to every connection when it changes
        self._connections: set = set()        # each connection's send
        self._lock = threading.Condition()
        self._stopping = False
        self._tts_pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="tts")
        self._loop: asyncio.AbstractEventLoop | None = None
        self._streaming: set = set()          # (connection's send, request id) of prompts being synthesised
        self._cancelled: set = set()          # of those, the ones the worker stopped (barge-in)
        self.batches = 0
        self.jobs = 0
        self.redecoded = 0
        # Under `callwarden run` these land in the run's metrics directory, read by the master's /metrics.
        self.metrics = EngineMetrics()

    @property
    def hello(self) -> dict:
        t = self.transcriber
        return protocol.Hello(str(t.model_dir), t.device, t.compute_type, self.prompts is not None, os.getpid(),
                              self.saturated, self.partial_interval_ms, self.talking.room,
                              self.full_places).to_message()

    # ---- the lanes ----
    def _weight(self, lane: int) -> float:
        """A lane's share of the engine's compute: its threads (lane 0: cpu_threads; others: one) over
        the cores the engine's threads can keep busy at once. With one thread a lane on two cores, each
        lane is half the engine, so partials' budget and the finals' busy share count it as half."""
        threads = self.cfg.asr.cpu_threads if lane == 0 else 1
        return min(1.0, threads / self._compute_cores)

    def _start_lane(self, lane: int) -> None:
        if lane > 0:
            try:
                os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), BACKGROUND_NICE)
            except OSError as e:        # a sandbox without setpriority: the lane still runs
                log.warning("decode lane %d keeps normal priority: %s", lane, e)
            model = Transcriber(replace(self.cfg.asr, cpu_threads=1, redecode_loops=False))
            model.transcribe_batch([np.zeros(16000, np.float32)])
            self.lanes[lane] = model
            with self._lock:
                self._loading -= 1
                if not self._loading:
                    self.lanes_ready.set()

    def run_batches(self, lane: int = 0) -> None:
        """One lane's loop (see the module's docstring for who takes what)."""
        self._start_lane(lane)
        window_s = self.cfg.asr.batch_window_ms / 1000
        max_batch = self.cfg.asr.max_batch
        background = lane > 0 or len(self.lanes) == 1
        while True:
            with self._lock:
                while not self._stopping and not self._work_for(lane, background):
                    # A background lane looks again when a waiting final would come due for it.
                    self._lock.wait(OVERFLOW_S / 2 if background and self.queue.finals else None)
                if self._stopping:
                    return
                # A few ms for other calls' requests to join, unless the batch is already full. The
                # kind is chosen only after the window: a final that arrives meanwhile goes before the
                # partials this lane was about to take.
                deadline = time.monotonic() + window_s
                while len(self.queue) < max_batch and (left := deadline - time.monotonic()) > 0:
                    self._lock.wait(left)
                background = self._background_ok(lane)
                batch = self.queue.take(max_batch, self._partials_ok(background), self._finals_ok(lane),
                                        prefixes_ok=background)
                if not batch:
                    continue
                depth = len(self.queue)
                started = time.monotonic()
                if lane == 0:
                    self._lane0_busy = True
                for job in batch:
                    if job.kind == FINAL:
                        self.saturation.observe_final((started - job.enqueued_s) * 1000, started)
            self._decode(batch, started, depth, self.lanes[lane])
            self.metrics.batch_size.labels(batch[0].kind).observe(len(batch))
            self.metrics.batch_seconds.labels(batch[0].kind).observe(time.monotonic() - started)
            with self._lock:
                if lane == 0:
                    self._lane0_busy = False
                    self._lock.notify_all()     # background work may start now
                if batch[0].kind == PARTIAL:
                    self.budget.observe(started, time.monotonic(), self._weight(lane), len(batch))
                else:           # finals and prefixes: the work a call cannot do without
                    self.saturation.observe_busy(started, time.monotonic(), self._weight(lane))
                self.batches += 1
                self.jobs += len(batch)

    def _finals_ok(self, lane: int) -> bool:
        """Lane 0 takes every final; a background lane one that lane 0 left waiting OVERFLOW_S."""
        oldest = self.queue.oldest_final_s()
        return oldest is not None and (lane == 0 or len(self.lanes) == 1
                                       or time.monotonic() - oldest >= OVERFLOW_S)

    def _background_ok(self, lane: int) -> bool:
        """Prefixes and partials start only while finals have the CPU to themselves to spare."""
        return (lane > 0 or len(self.lanes) == 1) and not self._lane0_busy and not self.queue.finals

    def _work_for(self, lane: int, background: bool) -> bool:
        background = self._background_ok(lane)
        return (self._finals_ok(lane) or (background and bool(self.queue.prefixes))
                or self._partials_ok(background))

    def _partials_ok(self, may_partial: bool) -> bool:
        """Whether this lane may start partials now (under self._lock). Past the budget, or left
        waiting too long, they are shed here rather than decoded."""
        if not may_partial or not self.queue.partials:
            return False
        now = time.monotonic()
        self._answer_shed(self.queue.shed_stale_partials(now, STALE_PARTIAL_S), "stale")
        if self.queue.partials and not self.budget.allowed(now):
            self._answer_shed(self.queue.shed_partials(), "budget")
        return bool(self.queue.partials)

    def _answer_shed(self, jobs: list[Job], reason: str) -> None:
        self.budget.note_shed(reason, len(jobs))
        if jobs:
            self.metrics.shed.labels(reason).inc(len(jobs))
        for job in jobs:
            self._loop.call_soon_threadsafe(job.reply, protocol.Shed(why=reason).to_message())

    def _decode(self, batch: list[Job], started: float, depth: int, transcriber: Transcriber | None = None) -> None:
        """Decodes one batch and answers each job; a looping final is answered after its second
        decode, the rest of the batch before it."""
        partials = batch[0].kind == PARTIAL
        audios = [job.audio for job in batch]
        answered: set[int] = set()

        def answer(indexes: list[int], transcripts: list[Transcript]) -> None:
            for i, t in zip(indexes, transcripts):
                job = batch[i]
                answered.add(i)
                self._loop.call_soon_threadsafe(job.reply, protocol.Transcribed(
                    t.text, t.confidence, t.decode_ms, (started - job.enqueued_s) * 1000, len(batch), depth,
                    t.redecoded, t.evidence, t.settled_text, t.settled_s).to_message())
        try:
            # take() never mixes kinds: a batch of partials gets the short window.
            lane = transcriber or self.transcriber
            first = lane.transcribe_batch(audios, min_window_s=PARTIAL_MIN_WINDOW_S if partials else None,
                                          evidence=not partials, settle=batch[0].kind == PREFIX)
            again = self.transcriber.looping(first) if not partials and self.cfg.asr.redecode_loops else []
            now = [i for i in range(len(batch)) if i not in again]
            answer(now, [first[i] for i in now])
            if again:
                def later(second, again=again) -> None:       # on the fallback's thread
                    if isinstance(second, Exception):
                        for i in again:
                            self._loop.call_soon_threadsafe(batch[i].reply, protocol.Failed(
                                f"decode failed: {type(second).__name__}").to_message())
                        return
                    answer(again, [replace(t, decode_ms=first[i].decode_ms + t.decode_ms) for i, t in zip(again, second)])
                # The fallback's own replica, at low priority: the next batch does not wait for it.
                self.transcriber.redecode_later([audios[i] for i in again], later)
                answered.update(again)
                self.redecoded += len(again)
        except Exception as e:          # a bad input must not take the engine (and every call) down
            log.exception("batch of %d failed", len(batch))
            for i, job in enumerate(batch):
                if i not in answered:
                    self._loop.call_soon_threadsafe(job.reply, protocol.Failed(
                        f"decode failed: {type(e).__name__}").to_message())

    # ---- admission ----
    async def watch_load(self) -> None:
        """Judges the load signs every LOAD_CHECK_S (calls coming and going are judged as they
        come, _judge)."""
        checked_outside = time.monotonic()
        while True:
            await asyncio.sleep(LOAD_CHECK_S)
            if self._cpu is not None and time.monotonic() - checked_outside >= OUTSIDE_CHECK_S:
                checked_outside = time.monotonic()
                await self._check_outside()
            with self._lock:
                now = time.monotonic()
                oldest = self.queue.oldest_final_s()
                self._lagging = self.saturation.check(now, (now - oldest) * 1000 if oldest is not None else 0.0)
                interval = self.budget.adapt(now) if self.cfg.asr.partials else self.partial_interval_ms
            self._judge(interval)

    async def _check_outside(self) -> None:
        """"auto" places from the cores other work on the box leaves (admission.OutsideLoad)."""
        sample = await asyncio.get_running_loop().run_in_executor(None, self._cpu.sample)
        if sample is None:
            return
        self.outside.observe(time.monotonic(), *sample)
        cores, outside = admission.cpu_cores(), self.outside.cores()
        places, _ = admission.auto_capacity(self.transcriber.device, admission.spare_cores(cores, outside),
                                            self._engine_threads)
        places = min(places, self.full_places)
        if (places < self.full_places) != (self.talking.capacity < self.full_places):
            log.warning("other work keeps %.1f of the box's %d cores busy: %d places for talking calls, not %d",
                        outside, cores, places, self.full_places) if places < self.full_places else \
                log.info("the box's cores are the daemon's again: %d places for talking calls", places)
        self.talking.capacity = places
        self._outside_note = (f"; other work keeps {outside:.1f} of the box's {cores} cores busy"
                              if places < self.full_places else "")

    def _judge(self, interval: int | None = None) -> None:
        """Why new calls are refused now (the load signs, else every place held) and the places left;
        a change is pushed to every worker at once, so the next INVITE anywhere is answered by it
        (503 while refused). On the event loop."""
        reason = self._lagging or self.talking.refusal(self._outside_note)
        room = self.talking.room
        interval = self.partial_interval_ms if interval is None else interval
        if (reason, room, interval) == (self.saturated, self._room_told, self.partial_interval_ms):
            return
        if (reason is None) != (self.saturated is None):
            log.warning("saturated: new calls refused (%s)", reason) if reason else \
                log.info("no longer saturated: new calls taken again")
        self.saturated, self._room_told, self.partial_interval_ms = reason, room, interval
        for send in list(self._connections):
            send(protocol.Load(reason, interval, room).to_message())

    # ---- streamed synthesis ----
    def _stream(self, rid, text: str, send) -> None:
        """Answers with one message per sentence as each is synthesised ({seq, pcm, done}); the last
        also names the cached WAV of the whole prompt. A cached prompt comes back in one message.
        Each sentence is its own job on the one TTS thread, so another call's first sentence waits
        for at most one sentence of this prompt, not all of it."""
        from callwarden.tts.sentences import is_phrase, speech_chunks
        parts: list[np.ndarray] = []
        chunks = speech_chunks(text)
        key = (send, rid)
        self._streaming.add(key)

        def finished() -> None:
            self._streaming.discard(key)
            self._cancelled.discard(key)

        def reply(message: protocol.SentenceAudio) -> None:
            self._loop.call_soon_threadsafe(send, message.to_message(rid))

        def step(i: int) -> None:
            if key in self._cancelled:
                finished()
                return
            try:
                if i == 0 and (hit := self.prompts.cached(text)) is not None:
                    finished()
                    reply(protocol.SentenceAudio(0, hit[1].tobytes(), True, str(hit[0]), cached=True))
                    return
                pcm = (self.prompts.synthesize_part(chunks[i], mid_sentence_before=i > 0 and is_phrase(chunks[i - 1]),
                                                    mid_sentence_after=is_phrase(chunks[i]))
                       if chunks else np.zeros(0, np.int16))
                parts.append(pcm)
                done = i + 1 >= len(chunks)
                wav = None
                if done:        # complete: cached whole, so a repeat is one message
                    wav = str(self.prompts.store(text, np.concatenate(parts)))
                    finished()
                reply(protocol.SentenceAudio(i, pcm.tobytes(), done, wav))
                if not done:
                    self._tts_pool.submit(step, i + 1)
            except Exception as e:
                finished()
                log.exception("streamed synthesis failed")
                self._loop.call_soon_threadsafe(send, protocol.Failed(repr(e)).to_message(rid))

        self._tts_pool.submit(step, 0)

    def stop(self) -> None:
        with self._lock:
            self._stopping = True
            self._lock.notify_all()

    # ---- connections ----
    async def serve_connection(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        def send(message: dict) -> None:
            if not writer.is_closing():
                writer.write(protocol.encode(message))

        send(self.hello)
        self._connections.add(send)
        try:
            while True:
                request = await protocol.read(reader)
                self._handle(request, send)
        except (asyncio.IncompleteReadError, ConnectionError):
            pass
        except protocol.ProtocolError as e:
            log.warning("worker connection closed: %s", e)
        finally:
            self._connections.discard(send)
            self.talking.holder_gone(send)      # a worker gone: its calls are gone (one back tells them again)
            self._judge()
            writer.close()

    def _handle(self, message: dict, send) -> None:
        rid = message.get("id")
        try:
            request = protocol.parse_request(message)
        except protocol.ProtocolError as e:
            send(protocol.Failed(str(e)).to_message(rid))
            return
        if isinstance(request, protocol.Stats):
            with self._lock:
                send(protocol.EngineStats(len(self.queue), self.batches, self.jobs, self.redecoded, self.saturated,
                                          len(self.lanes), **self.budget.stats(time.monotonic()),
                                          talking_calls=self.talking.count,
                                          talking_capacity=self.talking.capacity,
                                          outside_cores=round(self.outside.cores(), 2)).to_message(rid))
            return
        if isinstance(request, (protocol.CallUp, protocol.CallDown)):
            if isinstance(request, protocol.CallUp):
                self.talking.admitted(send, str(request.call_id))
            else:
                self.talking.ended(send, str(request.call_id))
            self._judge()
            return
        if isinstance(request, (protocol.Tts, protocol.TtsStream)) and self.prompts is None:
            send(protocol.Failed("TTS is disabled").to_message(rid))
            return
        if isinstance(request, protocol.TtsStream):
            self._stream(rid, str(request.text), send)
            return
        if isinstance(request, protocol.TtsCancel):
            if (send, request.stream) in self._streaming:
                self._cancelled.add((send, request.stream))
            return
        if isinstance(request, protocol.Tts):
            future = self._loop.run_in_executor(self._tts_pool, self.prompts.get, str(request.text))
            future.add_done_callback(lambda f: send(
                protocol.Synthesized(str(f.result())).to_message(rid) if not f.exception()
                else protocol.Failed(repr(f.exception())).to_message(rid)))
            return
        self._transcribe(rid, request, send)

    def _transcribe(self, rid, request: protocol.Transcribe, send) -> None:
        """Queues an ASR request; what the queue sheds to make room is answered at once."""
        audio = np.frombuffer(request.audio, dtype="<f4")
        if not len(audio) or len(audio) > self.cfg.audio.max_utterance_s * 16000 * 1.5:
            send(protocol.Failed(f"audio of {len(audio)} samples is out of range").to_message(rid))
            return
        job = Job(request.kind, audio, time.monotonic(), lambda reply: send({"id": rid, **reply}), request.call_id)
        with self._lock:
            shed = self.queue.put(job)
            self._lock.notify_all()
            replaced = {id(j) for j in shed if j is not job and j.call_id and j.call_id == job.call_id}
            self.budget.note_shed("replaced", len(replaced))
            self.budget.note_shed("queue", len(shed) - len(replaced))
        for dropped in shed:
            dropped.reply(protocol.Shed(why="replaced" if id(dropped) in replaced else "queue").to_message())


async def serve(cfg: config_mod.Config, socket_path: Path) -> int:
    loop = asyncio.get_running_loop()
    engine = await loop.run_in_executor(None, Engine, cfg)
    engine._loop = loop
    lanes = [threading.Thread(target=engine.run_batches, args=(i,), name=f"asr-lane{i}", daemon=True)
             for i in range(len(engine.lanes))]
    for lane in lanes:
        lane.start()
    # The background lanes' models load on their threads: the socket opens once they are ready.
    await loop.run_in_executor(None, engine.lanes_ready.wait)
    load_watch = asyncio.ensure_future(engine.watch_load())
    socket_path.unlink(missing_ok=True)
    server = await asyncio.start_unix_server(engine.serve_connection, path=str(socket_path))
    os.chmod(socket_path, 0o600)
    log.info("engine ready on %s: %s on %s/%s", socket_path, engine.transcriber.model_dir,
             engine.transcriber.device, engine.transcriber.compute_type)
    stopping = asyncio.Event()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stopping.set)
    await stopping.wait()
    server.close()
    load_watch.cancel()
    engine.stop()
    for lane in lanes:
        lane.join(timeout=10)
    socket_path.unlink(missing_ok=True)
    log.info("engine stopped")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="callwarden-engine")
    parser.add_argument("--socket", required=True)
    parser.add_argument("--config-json", required=True, help="the master's config sections, as JSON")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s engine %(levelname)s %(message)s", stream=sys.stderr)
    cfg = config_mod.read_config_arg(args.config_json)
    code = asyncio.run(serve(cfg, Path(args.socket)))
    # CTranslate2's threads abort the process if Python tears the model down at exit: leave now.
    logging.shutdown()
    os._exit(code)


if __name__ == "__main__":
    sys.exit(main())
