"""Caller sentences for `callwarden bench`: everyday call-centre speech, some with spoken digits,
and their rendering as a phone line carries them."""

from __future__ import annotations

import numpy as np

from callwarden.audio.frames import FrameDecoder
from callwarden.progress import progress

SENTENCES = [
    "Hi, I am calling about a charge on my last bill.",
    "My internet has been very slow since Monday.",
    "Can you tell me when my package will arrive?",
    "I would like to change my delivery address.",
    "The technician was supposed to come this morning.",
    "I need to reset the password for my online account.",
    "Is there a branch open near the train station?",
    "My order number is four seven two nine one eight.",
    "I was charged twice for the same item.",
    "Could you send the invoice to my email again?",
    "The app keeps crashing when I try to log in.",
    "I want to upgrade my plan to the family package.",
    "What time does your store close on Saturday?",
    "My phone number is five five five, two one three, eight eight four zero.",
    "The heating in my apartment stopped working last night.",
    "I would like to speak about renewing my insurance policy.",
    "Please check whether my refund has been processed.",
    "The delivery driver left the box at the wrong house.",
    "I cannot find the tracking number in my messages.",
    "My appointment is on Thursday at three in the afternoon.",
    "The meter reading on my statement looks wrong.",
    "Can I pay the remaining balance in two installments?",
    "I moved last month and need to update my records.",
    "The code on the card is seven one five nine.",
    "Our office printer has been offline since the update.",
    "I would like to cancel the extra streaming channel.",
    "Why did my monthly payment go up this year?",
    "The replacement part never came with my order.",
    "I have a question about the warranty on my laptop.",
    "Could someone call me back tomorrow morning?",
    "My reference number is two zero one nine three three.",
    "The water pressure in the building is very low.",
    "I am not happy with how long this is taking.",
    "Thank you, that answers my question, goodbye.",
    "The card number is four one one one, one one one one, one one one one, one one one one.",
    "I would like to book a table for four people on Friday.",
]


def render_corpus(n: int) -> list[tuple[str, np.ndarray]]:
    return render_utterances(range(n))


def render_utterances(indexes) -> list[tuple[str, np.ndarray]]:
    """The bench set's utterances at these indexes: sentence and voice style follow the index."""
    from callwarden.models import tts_voice_path
    from callwarden_tools.render import CallerStyle, render_speech
    from callwarden.tts.voice import Voice
    voice = Voice(tts_voice_path(""))
    out = []
    for i in progress(indexes, "rendering turns"):
        text = SENTENCES[i % len(SENTENCES)]
        style = CallerStyle(rate_wpm=140 + (i * 7) % 55, pitch_cents=(i * 130) % 500 - 250,
                            noise_snr_db=(None, 30.0, 20.0)[i % 3], seed=i)
        pcm8k = render_speech(voice, text, style)
        decoder = FrameDecoder()
        frames = [decoder.decode(pcm8k[j:j + 160].astype("<i2").tobytes(), 0).samples
                  for j in range(0, len(pcm8k) - 159, 160)]
        out.append((text, np.concatenate(frames)))
    return out
