"""Whisper transcription of one endpointed utterance.

Two paths over the same CTranslate2 model:
- `transcribe()` (the appliance's path) encodes the real audio plus `[asr] pad_s` of
  silence, in a window of at least `[asr] min_window_s`, instead of 30 s, and decodes it
  once: loops are stopped inside that decode. No timestamp may fall past the end of
  the speech (a short window tempts Whisper to start the utterance over there), short
  turns may not repeat a token n-gram (`[asr] no_repeat_ngram`), and tokens are capped
  by the audio's duration. A later segment that only says the utterance's start again
  is cut. A decode that still ran away (hit its cap, or looped where nothing blocked
  it) is decoded again on the full 30 s window by the fallback (engine/fallback.py: its
  own replica, low priority, answered later, counted); the bench reports how often;
- `transcribe_stock()` is faster_whisper's own `WhisperModel.transcribe`, kept
  for the side-by-side benchmark and as a reference.
The window/padding/loop-control defaults come from `callwarden bench asr --sweep` (README).
"""

from __future__ import annotations

import logging
import math
import time
from dataclasses import dataclass, replace
from pathlib import Path

import ctranslate2
import numpy as np

import callwarden_native as native
from faster_whisper import WhisperModel

from callwarden.config import AsrConfig
from callwarden.engine.cleanup import fits, loops, trim_restart, trim_said_twice
from callwarden.engine.evidence import summarise
from callwarden.engine.fallback import FallbackDecoder
from callwarden.engine.prefix import join_pieces
from callwarden.models import asr_model_dir
from callwarden.text import normalise

log = logging.getLogger("callwarden.asr")

RATE_HZ = 16000
PAD_S = 0.5                  # silence appended before computing the mel ([asr] pad_s's default)
FULL_WINDOW_S = 30.0         # Whisper's own input length
PARTIAL_MIN_WINDOW_S = 1.0       # partials: the shortest window (they only feed intent flags, many per turn)
TOKENS_PER_S = 7.0           # generous: fast speech is ~4.5 words/s, ~1.3 tokens a word, plus timestamps
TOKENS_FLOOR = 12
# CTranslate2's Whisper generates at most max_length // 2 tokens (it keeps half the decoder's
# context for the prompt, as Whisper's own sample_len does), so a budget of N is asked as 2N.
CT2_LENGTH_FACTOR = 2
TIMESTAMP_S = 0.02           # one Whisper timestamp token step
TIMESTAMPS = 1501            # <|0.00|> .. <|30.00|>
TS_SLACK_S = 0.5             # a segment may end this long after the audio does (Whisper's timestamps are loose)
LATE_SEGMENT_S = 0.4
LONG_TURN_S = 10.0           # a turn this long repeats itself for real: no n-gram block, no restart cuts
NGRAM_MAX_S = LONG_TURN_S    # [asr] no_repeat_ngram applies to batches of turns shorter than this
REST_TURN_S = 8.0            # only turns this long lose a sentence at the end (shorter ones' timestamps drift
                             # instead: a rest decoded there said the last words again)
REST_MIN_S = 1.0             # speech this long after the text's last segment was left out by the decode
REST_SAME_WORDS = 8          # a rest that starts by saying the text's last words again says them once
REST_BACK_S = 0.3            # ... and is decoded again from a little before that segment's end
REST_LEVEL_DB = 20.0         # a frame this close to the turn's loud frames is speech
REST_FRAMES = 15             # ... and 300 ms of such frames are words, not a breath or a click
SETTLE_MIN_S = 2.0           # a prefix settles only past this much audio (less is not worth a cut)
SETTLE_MAX_S = 6.0           # ... and gives back at most this much to the next piece (the tail's decode grows by it)


def token_budget(duration_s: float) -> int:
    """The most tokens an utterance of this length can need: a decode past it is looping."""
    return int(TOKENS_FLOOR + TOKENS_PER_S * duration_s)


@dataclass(frozen=True, slots=True)
class Transcript:
    text: str
    confidence: float        # exp(mean token log-probability), 0..1
    decode_ms: float
    queue_ms: float = 0.0      # waiting in the engine's queue before its batch started
    batch: int = 1             # utterances decoded together
    redecoded: bool = False    # the first decode ran away; this is the fallback's full-window decode
    runaway: bool = False      # the decode hit its token budget, or looped unblocked (see `looping`)
    evidence: dict | None = None   # finals: what the decoder knew of its own text (engine/evidence.py)
    # Prefixes (settle=True): the text of every segment but the last, and where in the audio that last
    # one began (s). The next piece starts there, so words at a cut are heard whole, with what follows.
    settled_text: str | None = None
    settled_s: float | None = None
    text_end_s: float | None = None    # where the decoded text's last segment ends in the audio (s)


def resolve_device(cfg: AsrConfig) -> tuple[str, str]:
    device = cfg.device
    if device == "auto":
        device = "cuda" if ctranslate2.get_cuda_device_count() > 0 else "cpu"
    compute = cfg.compute_type
    if compute == "auto":
        compute = "float16" if device == "cuda" else "int8"
    return device, compute


class Transcriber:
    def __init__(self, cfg: AsrConfig) -> None:
        self.cfg = cfg
        self.model_dir: Path = asr_model_dir(cfg.model)
        self.device, self.compute_type = resolve_device(cfg)
        self.whisper = WhisperModel(str(self.model_dir), device=self.device, compute_type=self.compute_type,
                                    cpu_threads=cfg.cpu_threads, num_workers=1)
        self._ct2 = self.whisper.model
        self._tokenizer = self.whisper.hf_tokenizer
        self._prompt = self._prompt_tokens()
        self._eot = self._tokenizer.token_to_id("<|endoftext|>")
        self._ts_begin = self._tokenizer.token_to_id("<|notimestamps|>") + 1  # Whisper's layout
        self._feature = self.whisper.feature_extractor
        self._vocab = self._tokenizer.get_vocab()
        self._placeholder = [self._tokenizer.token_to_id(".")]
        self.fallback = FallbackDecoder(self._load_replica, self._fallback_decode)
        log.info("ASR model %s on %s/%s", self.model_dir, self.device, self.compute_type)

    def _prompt_tokens(self) -> list[int]:
        tok = self._tokenizer
        names = ["<|startoftranscript|>"]
        if self._ct2.is_multilingual:
            names += ["<|en|>", "<|transcribe|>"]
        return [tok.token_to_id(n) for n in names]

    def warm_up(self) -> None:
        self.transcribe(np.zeros(RATE_HZ, dtype=np.float32))
        if self.cfg.redecode_loops:
            self.fallback.start()       # its replica loads now, not on the first looping final

    def transcribe(self, audio: np.ndarray) -> Transcript:
        """One final, as the engine decodes it."""
        return self.transcribe_batch([audio], redecode_loops=self.cfg.redecode_loops)[0]

    def transcribe_batch(self, audios: list[np.ndarray], padded: bool = False,
                         min_window_s: float | None = None, redecode_loops: bool = False,
                         evidence: bool = True, settle: bool = False) -> list[Transcript]:
        """One encoder pass and one decode for several utterances (from different calls).

        Each is padded with silence to the longest one's length (plus `[asr] pad_s`): the
        encoder needs one input length per batch, and silence, unlike zeros in the mel, is what
        Whisper expects after speech. Tokens are capped, and text cut, per utterance.
        `padded` encodes Whisper's full 30 s window instead, all else the same: the
        benchmark's baseline for what truncating costs in WER. The window is at least
        `min_window_s` (default `[asr] min_window_s`; partials pass the shortest).
        With `redecode_loops`, an utterance whose decode still ran away (`looping`) is decoded
        again on the full window by the fallback decoder, waited for here; the engine does not
        wait (`redecode_later`).
        With `evidence` (finals; partials skip it) each transcript carries the figures the
        low_confidence decision weighs, at the cost of one teacher-forced pass over the text.
        With `settle` (a long turn's prefixes) each transcript also says where its last segment began
        (`settled_s`) and the text before it (`settled_text`), see `_settle`.
        """
        out = self._decode(self._ct2, audios, FULL_WINDOW_S if padded else None, min_window_s, evidence, settle)
        if evidence and not padded:
            out = self._decode_rest(audios, out, min_window_s)
        looping = self.looping(out) if redecode_loops and not padded else []
        if looping:
            for i, transcript in zip(looping, self.redecode([audios[i] for i in looping])):
                out[i] = replace(transcript, decode_ms=out[i].decode_ms + transcript.decode_ms)
        return out

    def _decode(self, model, audios: list[np.ndarray], window_s: float | None, min_window_s: float | None,
                evidence: bool, settle: bool = False) -> list[Transcript]:
        """One decode of a batch on `model` (the main replica, or the fallback's), once: the decoder's own
        repetition controls and a token budget tied to each utterance's length keep it from looping."""
        t0 = time.perf_counter()
        cfg = self.cfg
        durations = [len(a) / RATE_HZ for a in audios]
        floor_s = cfg.min_window_s if min_window_s is None else min_window_s
        if window_s is None:
            window_s = min(FULL_WINDOW_S, max(max(durations) + cfg.pad_s, floor_s))
        n = int(window_s * RATE_HZ)
        mels = []
        for audio in audios:
            samples = np.zeros(max(n, len(audio)), dtype=np.float32)
            samples[:len(audio)] = audio
            mels.append(self._feature(samples[:n], padding=0))   # real audio + silence, not 30 s of zeros
        frames = min(m.shape[1] for m in mels)
        frames -= frames % 2
        batch = np.ascontiguousarray(np.stack([m[:, :frames] for m in mels]), dtype=np.float32)
        encoded = model.encode(ctranslate2.StorageView.from_array(batch), to_cpu=False)
        budgets = [token_budget(d) for d in durations]
        # A short turn never says the same few tokens twice on purpose, a looping decode does: the
        # block stops it in the decode. A long turn does ("... press the pound key." twice), so not there.
        blocked = cfg.no_repeat_ngram if max(durations) < NGRAM_MAX_S else 0
        # No timestamp past the end of the speech (plus slack for Whisper's imprecise segment ends):
        # a new segment there can only be the utterance said again, the loop a short window invites,
        # and timestamps come in pairs, so once the last segment is closed the decoder can only end.
        last_ts = self._ts_begin + int((max(durations) + TS_SLACK_S) / TIMESTAMP_S) + 1
        late = list(range(last_ts, self._ts_begin + TIMESTAMPS))
        results = model.generate(encoded, [self._prompt] * len(audios), beam_size=cfg.beam_size,
                                 max_length=CT2_LENGTH_FACTOR * max(budgets), return_scores=True, return_no_speech_prob=True,
                                 suppress_blank=True, suppress_tokens=[-1] + late, repetition_penalty=cfg.repetition_penalty,
                                 no_repeat_ngram_size=blocked)
        ids = [r.sequences_ids[0] for r in results]
        # Cut at its own budget: a decode still writing there never reached the end of the text.
        runaway = [len(i) >= b for i, b in zip(ids, budgets)]
        segments = [self._segments(i[:b], d) for i, b, d in zip(ids, budgets, durations)]
        kept = [[t for seg in segs for t in seg[0]] for segs in segments]
        probs = self._token_probs(model, encoded, kept, durations) if evidence else None
        decode_ms = (time.perf_counter() - t0) * 1000
        out = []
        for i, result in enumerate(results):
            text = self._tokenizer.decode(kept[i]).strip()
            # Starting over is what a window ending right after the speech provokes; in a long turn a
            # sentence said again is the caller repeating it ("...glorious leader arrives" three times).
            text = trim_restart(text) if durations[i] < LONG_TURN_S else text
            said = text
            text = trim_said_twice(text, durations[i])
            # A decode that ran to its budget by saying the turn again had ended the turn before that:
            # what is left is whole, and no second decode is needed for it.
            ended = text != said and fits(text, durations[i])
            # scores[0] is the cumulative log-prob normalised by length (CT2 default).
            logprob = result.scores[0] if result.scores else -math.inf
            confidence = float(math.exp(logprob)) if result.scores else 0.0
            found = None
            if probs is not None:
                found = summarise(text, max(logprob, -99.0), result.no_speech_prob,
                                  [self._tokenizer.decode([t]) for t in kept[i]], probs[i], self._known)
            # Under the n-gram block a run cannot go on (it is at most a few tokens: a card's "1111 1111"
            # is such a run, said); without it a run of repeats is the decode looping.
            runaway_i = (runaway[i] and not ended) or (not blocked and loops(text))
            settled = self._settle(segments[i], durations[i]) if settle and not runaway_i else None
            out.append(Transcript(text, min(1.0, confidence), decode_ms, evidence=found, runaway=runaway_i,
                                  settled_text=settled[0] if settled else None,
                                  settled_s=settled[1] if settled else None,
                                  text_end_s=segments[i][-1][2] if kept[i] else None))
        return out

    def _decode_rest(self, audios: list[np.ndarray], out: list[Transcript],
                     min_window_s: float | None) -> list[Transcript]:
        """Finals and prefixes: speech the decode left out after its last segment, decoded on its own.

        On a window trimmed to the audio, Whisper sometimes ends a long turn a sentence early (an
        end-of-text after 13.9 s of a 16.2 s turn: "I am not happy with how long this is taking" was
        missing), as it would end a 30 s window's unfinished last sentence. Where REST_MIN_S or more
        of the audio follows the text's end and holds speech, that rest is decoded again, once, and
        its words follow the text (a word both decodes heard is said once). A settled prefix is
        left alone: its rest goes to the next piece anyway."""
        rest = [i for i, (a, t) in enumerate(zip(audios, out))
                if t.text_end_s is not None and not t.runaway and t.settled_s is None
                and len(a) / RATE_HZ >= REST_TURN_S and len(a) / RATE_HZ - t.text_end_s >= REST_MIN_S
                and _speech_after(a, t.text_end_s)]
        if not rest:
            return out
        starts = [int(max(0.0, out[i].text_end_s - REST_BACK_S) * RATE_HZ) for i in rest]
        again = self._decode(self._ct2, [audios[i][s:] for i, s in zip(rest, starts)], None, min_window_s, False)
        out = list(out)
        for i, more in zip(rest, again):
            if more.text and not more.runaway:
                text = join_pieces([out[i].text, more.text], [True], REST_SAME_WORDS)
                out[i] = replace(out[i], text=text, decode_ms=out[i].decode_ms + more.decode_ms, text_end_s=None)
        return out

    def _settle(self, segments: list[tuple[list[int], float, float]], duration_s: float) -> tuple[str, float] | None:
        """A prefix's settled part: every segment but the last, and a cut between the two.

        A prefix ends where the caller paused briefly or, failing a pause, at a quiet frame, often
        inside a sentence; Whisper then mishears or drops the words that run up to the cut (a whole
        sentence went missing at a forced cut). Its last segment is the one such words are in, so it
        goes back to the next piece, to be heard whole, and the cut moves to the gap before it
        (halfway between the previous segment's end and its start: both timestamps are loose; a word
        they put on both sides is said once where the pieces join, engine/prefix.py). None
        when there is nothing to give back, or too much (a long last segment would all land on the
        endpoint's decode).
        """
        if len(segments) < 2:
            return None
        end_before, start_last = segments[-2][2], segments[-1][1]
        # Starting the next piece 0.4 s earlier still (words heard twice dropped at the join) measured
        # worse: 6.7 % against 6.3 % WER on 20 read-out turns (bench asr's `call` path).
        cut_s = min((end_before + start_last) / 2, start_last)
        if cut_s < SETTLE_MIN_S or duration_s - cut_s > SETTLE_MAX_S:
            return None
        text = self._tokenizer.decode([t for seg in segments[:-1] for t in seg[0]]).strip()
        return text, round(cut_s, 2)

    def _token_probs(self, model, encoded, tokens: list[list[int]], durations: list[float]) -> list[list[float]]:
        """Each text token's probability given the audio and the text before it: one teacher-forced
        decoder pass (CTranslate2's alignment), ~13 ms for a 2 s turn on two CPU cores with tiny.en."""
        results = model.align(encoded, self._prompt, [t or self._placeholder for t in tokens],
                                  [max(1, int(d * 100)) for d in durations])    # mel frames of real audio
        return [list(r.text_token_probs) if t else [] for r, t in zip(results, tokens)]

    def _known(self, word: str) -> bool:
        """A whole word of the decoder's vocabulary: one BPE token with a leading space ("Ġ")."""
        return any("\u0120" + w in self._vocab for w in (word, word.lower(), word.capitalize()))

    @staticmethod
    def looping(transcripts: list[Transcript]) -> list[int]:
        """Indexes of the finals whose first decode still ran away: it wrote up to its token budget
        without ending, or (no n-gram block on it) its text loops. Those get the fallback's full-window
        decode."""
        return [i for i, t in enumerate(transcripts) if t.runaway]

    def redecode(self, audios: list[np.ndarray]) -> list[Transcript]:
        """The second decode of looping finals on Whisper's full window, by the fallback decoder
        (its own replica and low-priority thread), waited for."""
        return self.fallback.decode(audios)

    def redecode_later(self, audios: list[np.ndarray], done) -> None:
        """The same, not waited for: `done` gets the transcripts (or the exception) on the fallback's
        thread, so the caller's next batch is not held up by it."""
        self.fallback.submit(audios, done)

    def _load_replica(self):
        # One compute thread: the fallback is meant to take a share of the CPU, not all of it.
        return ctranslate2.models.Whisper(str(self.model_dir), device=self.device, compute_type=self.compute_type,
                                          inter_threads=1, intra_threads=1)

    def _fallback_decode(self, replica, audios: list[np.ndarray]) -> list[Transcript]:
        return [replace(t, redecoded=True) for t in self._decode(replica, audios, FULL_WINDOW_S, None, True)]

    def _segments(self, ids: list[int], duration_s: float) -> list[tuple[list[int], float, float]]:
        """(text tokens, start s, end s) of the segments that are real speech.

        A short encoder window tempts Whisper to start the utterance over once
        it has heard it all: such a segment starts in the last moments of the
        audio, or says nothing but the utterance's opening again (all its words
        are the start of what came before, possibly cut short by the token cap).
        Both are cut (the second in short turns only: a long turn may say a
        sentence again). A segment that only begins like the opening ("Please enter
        the first..." then "Please enter the number...") is speech: a long turn
        says such things again, a restart does not go somewhere new.
        """
        segments: list[list[int]] = [[]]
        starts: list[float] = [0.0]
        ends: list[float] = [duration_s]
        for t in ids:
            if t >= self._ts_begin:
                at = (t - self._ts_begin) * TIMESTAMP_S
                if segments[-1]:
                    ends[-1] = at           # the timestamp closing this segment ...
                    segments.append([])
                    starts.append(at)       # ... stands for the next one's start until that one's own comes
                    ends.append(duration_s)
                elif len(segments) > 1:
                    starts[-1] = at
            elif t < self._eot:
                segments[-1].append(t)
        kept = [(segments[0], starts[0], ends[0])]
        opening = self._words(segments[0])
        for tokens, start_s, end_s in zip(segments[1:], starts[1:], ends[1:]):
            words = self._words(tokens)
            repeat = duration_s < LONG_TURN_S and words == opening[:len(words)]
            if not words or start_s >= duration_s - LATE_SEGMENT_S or repeat:
                break
            kept.append((tokens, start_s, end_s))
            opening = self._words([t for seg in kept for t in seg[0]])
        return kept

    def _words(self, tokens: list[int]) -> list[str]:
        return normalise(self._tokenizer.decode(tokens))

    def transcribe_stock(self, audio: np.ndarray, beam_size: int = 5) -> Transcript:
        """faster-whisper's own transcribe(), with its defaults unless told otherwise."""
        t0 = time.perf_counter()
        segments, _ = self.whisper.transcribe(audio, beam_size=beam_size, language="en")
        segments = list(segments)
        text = " ".join(s.text.strip() for s in segments).strip()
        logprob = np.mean([s.avg_logprob for s in segments]) if segments else -10.0
        return Transcript(text, float(math.exp(logprob)), (time.perf_counter() - t0) * 1000)


def _speech_after(audio: np.ndarray, after_s: float) -> bool:
    """Whether the audio after `after_s` holds REST_FRAMES of frames within REST_LEVEL_DB of the
    turn's loud frames (its 95th percentile level)."""
    frame = RATE_HZ // 50
    levels = native.frames_dbfs(np.ascontiguousarray(audio, dtype=np.float32), frame)
    if not len(levels):
        return False
    loud = float(np.percentile(levels, 95))
    rest = levels[int(after_s * 50):]
    return int(np.sum(rest > loud - REST_LEVEL_DB)) >= REST_FRAMES
