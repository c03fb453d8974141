"""A card number read out makes the short encoder window loop ("for 111 111 111 …", every
rendering of the bench set); the engine's final path decodes such a final again on the full
window. Real model, real Piper voice, through 8 kHz µ-law like a phone line."""

from __future__ import annotations

import pytest

from callwarden.bench import render_utterances
from callwarden.bench_corpus import SENTENCES
from callwarden.config import AsrConfig
from callwarden.wer import wer

CARD = next(i for i, s in enumerate(SENTENCES) if s.startswith("The card number is"))


@pytest.fixture(scope="module")
def transcriber():
    from callwarden.asr.transcriber import Transcriber
    t = Transcriber(AsrConfig())
    t.warm_up()
    return t


@pytest.fixture(scope="module")
def card_readings():
    # Two renderings of the card sentence in different voices (rate, pitch, noise vary with the index).
    return render_utterances([CARD, CARD + len(SENTENCES)])


def test_a_looping_final_is_decoded_again_on_the_full_window(transcriber, card_readings):
    for text, audio in card_readings:
        short = transcriber.transcribe_batch([audio])[0]
        final = transcriber.transcribe(audio)
        assert final.redecoded, (short.text, final.text)
        assert wer(text, final.text) <= 0.2, final.text
        assert wer(text, final.text) < wer(text, short.text), (short.text, final.text)


def test_only_the_looping_utterance_of_a_batch_is_decoded_again(transcriber, card_readings):
    text, audio = card_readings[0]
    plain_text, plain_audio = render_utterances([0])[0]
    finals = transcriber.transcribe_batch([plain_audio, audio], redecode_loops=True)
    assert [f.redecoded for f in finals] == [False, True]
    assert wer(plain_text, finals[0].text) <= 0.15, finals[0].text
    assert wer(text, finals[1].text) <= 0.2, finals[1].text
    assert finals[0].decode_ms == finals[1].decode_ms        # the batch's replies wait for the second decode


def test_partials_are_never_decoded_again(transcriber, card_readings):
    _, audio = card_readings[0]
    assert not transcriber.transcribe_batch([audio], min_window_s=1.0)[0].redecoded
    assert not transcriber.transcribe_batch([audio], padded=True, redecode_loops=True)[0].redecoded
