"""Was a caller turn understood? A pure decision over one utterance.final body.

Whisper's mean token probability alone lets nonsense through: pseudo-words come
out as ordinary words ("Kurt, people plug real tough golf.") and word salad
("Purple orange river quietly frozen thunder bottle.") at the score of ordinary
speech. The engine puts more evidence in the body (`asr`, see engine/evidence.py);
each piece adds a part in 0..1 by how far past its knee it is, and the turn is
unsure when the parts reach UNSURE_SCORE: one strong sign or two moderate ones.

Calibrated on Piper-rendered caller turns through the appliance's own tiny.en path
(8 kHz mu-law, endpointer padding; rate, pitch and line noise varied), two
independent sets of 90 and 85 turns (the thresholds were chosen on the first):

  ordinary speech (90 turns)   score max 0.73, p90 0.23; flagged 0
  pseudo-word strings (18)     score p10 1.6;             flagged 18
  muffled / quiet / mumbled    misheard (WER >= 0.5): flagged 45 of 49 (with the pseudo-words);
                               heard right (WER <= 0.25): flagged 1 of 13
  word salad (18)              flagged 10: every word clear and common, the function-word
                               share is the only sign, and some salad has function words

Per piece, on ordinary speech vs nonsense (min..max over both sets):
  avg_logprob       speech -1.07..-0.11 (numbers lowest)  pseudo-words -2.50..-0.95
  low_prob_words    speech 0..0.33                         pseudo-words 0..1 (p50 0.6), mumbled 0.22..0.89
  oov_words         speech 0..0.20 (a surname)             pseudo-words 0..1 (p50 0.33)
  no_speech_prob    speech 0.01..0.29                      mumbled up to 0.64
  function_words    speech 0.29..1.0                       salad 0..0.62 (p50 0.2)
  compression_ratio speech 0.65..1.03                      (none looped; Whisper's own loop limit is 2.4)

Without evidence (an older engine, a replay) the turn is unsure when its confidence is under
`[detect] low_confidence_threshold`, as before.
"""

from __future__ import annotations

import math

UNSURE_SCORE = 0.9
LOGPROB_SPAN = 0.45        # below log(threshold), the mean log-probability adds up to 1 over this span
LOW_PROB_KNEE, LOW_PROB_SPAN = 0.15, 0.35
OOV_KNEE, OOV_SPAN = 0.10, 0.30
NO_SPEECH_KNEE, NO_SPEECH_SPAN = 0.25, 0.35
LOOP_KNEE, LOOP_SPAN = 1.8, 0.6
GRAMMAR_KNEE, GRAMMAR_SPAN = 0.25, 0.15
SHARE_FULL_WORDS = 3       # word shares of a one- or two-word turn count for less: one odd word is not a turn


def _part(value: float, knee: float, span: float) -> float:
    return min(1.0, max(0.0, (value - knee) / span))


def parts(asr: dict, min_confidence: float) -> dict[str, float]:
    """Each piece of evidence's part of the score (0 = nothing odd, 1 = enough on its own)."""
    weight = min(1.0, asr.get("words", 0) / SHARE_FULL_WORDS)
    grammar = asr.get("function_words")
    return {
        "avg_logprob": _part(math.log(max(min_confidence, 1e-6)) - asr["avg_logprob"], 0.0, LOGPROB_SPAN),
        "low_prob_words": weight * _part(asr.get("low_prob_words", 0.0), LOW_PROB_KNEE, LOW_PROB_SPAN),
        "oov_words": weight * _part(asr.get("oov_words", 0.0), OOV_KNEE, OOV_SPAN),
        "no_speech_prob": _part(asr.get("no_speech_prob", 0.0), NO_SPEECH_KNEE, NO_SPEECH_SPAN),
        "compression_ratio": _part(asr.get("compression_ratio", 0.0), LOOP_KNEE, LOOP_SPAN),
        "function_words": 0.0 if grammar is None else _part(-grammar, -GRAMMAR_KNEE, GRAMMAR_SPAN),
    }


def unsure(body: dict, min_confidence: float) -> tuple[bool, float]:
    """(unsure, how sure we are that it is) for one final's body."""
    # A turn in which the redactor found a card number or a date was understood, even though
    # digit strings lower Whisper's confidence.
    # A masked name is no such evidence: mumbled words can look like names to the name lists.
    if any(r.get("entity") != "person" for r in body.get("redactions", [])):
        return False, 0.0
    asr = body.get("asr")
    if not asr or "avg_logprob" not in asr:
        confidence = body["confidence"]
        return confidence < min_confidence, 1.0 - confidence
    score = sum(parts(asr, min_confidence).values())
    return score >= UNSURE_SCORE, min(1.0, score / (2 * UNSURE_SCORE))
