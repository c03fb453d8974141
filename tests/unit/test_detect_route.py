"""Detection and routing replayed over the labelled dialogs' text (audio-free), plus detector units.

Real-call detection is exercised by the integration tests; timing flags (silence,
audio_dropout) need audio and are not covered here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from callwarden import events as ev
from callwarden.config import Config
from callwarden.detect.detectors import LowConfidenceDetector, PhraseDetector
from callwarden.detect.phrases import find_intents
from callwarden.detect.pipeline import CallAnalysis
from callwarden.events import CallClock
from callwarden.redact.redactor import CallRedactor

DIALOGS = sorted((Path(__file__).resolve().parents[3] / "shared" / "data" / "dialogs" / "dev").glob("*.json"))
AUDIO_ONLY = {"silence", "audio_dropout", "low_confidence"}


def replay(dialog: dict) -> tuple[list[tuple[str, int]], str]:
    """(flag type, turn index) raised and the final route, turn by turn as a call would."""
    clock, redactor, analysis = CallClock(), CallRedactor(), CallAnalysis(Config())
    flags, t = [], 0
    for i, turn in enumerate(dialog["turns"]):
        produced = []
        if "say" in turn:
            red = redactor.redact(turn["say"], t, t + 2000)
            final = clock.event(ev.UTTERANCE_FINAL, "caller", {
                "text": red.text, "t_start_ms": t, "t_end_ms": t + 2000, "confidence": 0.8, "latency_ms": 100,
                "redactions": [r.to_dict() for r in red.records]}, t_ms=t + 2100)
            produced = analysis.feed(final, t + 2100)
        keyed = [redactor.dtmf(digit, t) for digit in turn.get("dtmf", "")]
        if "dtmf" in turn:          # the turn's keys are one entry, over when the turn is
            keyed.append(("", redactor.entry_ended()))
        for shown, rec in keyed:
            if shown or rec:
                produced += analysis.feed(clock.event(ev.DTMF, "caller", {
                    "digit": shown, "redactions": [rec.to_dict()] if rec else []}, t_ms=t), t)
        flags += [(e.body["type"], i) for e in produced if e.kind == ev.FLAG]
        t += 2000 + turn.get("pause_ms", 0) + turn.get("silence_ms", 0) + turn.get("rtp_gap_ms", 0)
    return flags, analysis.final_route(clock.call_id, t).body["action"]


TEXT_DIALOGS = [p for p in DIALOGS
                if not {f["type"] for f in json.loads(p.read_text())["expect"]["flags"]} & AUDIO_ONLY]


@pytest.mark.skipif(not DIALOGS, reason="../shared/data/dialogs is not beside this checkout")
@pytest.mark.parametrize("path", TEXT_DIALOGS, ids=[p.stem for p in TEXT_DIALOGS])
def test_dialog_flags_and_route(path):
    _check(json.loads(path.read_text()))


def _check(dialog: dict) -> None:
    flags, route = replay(dialog)
    raised = {f for f, _ in flags}
    for want in dialog["expect"]["flags"]:
        assert (want["type"], want["turn"]) in flags, (want, flags)
    assert not raised & set(dialog["expect"].get("no_flags", [])), flags
    assert route == dialog["expect"]["route"], (route, flags)


# The project's own dialogs (tests/dialogs/redaction) live in the repository, so CI replays them too;
# tests/dialogs/heldout is scored by `callwarden eval` only, never asserted on (it is not tuned on).
REPO_DIALOGS = [p for p in sorted((Path(__file__).resolve().parents[1] / "dialogs" / "redaction").glob("*.json"))
                if not {f["type"] for f in json.loads(p.read_text())["expect"]["flags"]} & AUDIO_ONLY]


@pytest.mark.parametrize("path", REPO_DIALOGS, ids=[p.stem for p in REPO_DIALOGS])
def test_repo_dialog_flags_and_route(path):
    _check(json.loads(path.read_text()))


def test_false_friends_and_negation():
    assert find_intents("I'm dying to know when it ships") == []
    assert find_intents("stop the late fees please") == []
    assert find_intents("my agent told me it renews in June") == []
    assert find_intents("No need to get a manager, you're doing fine") == []
    assert [h.intent for h in find_intents("Can I speak to a real person please?")] == ["escalation_request"]
    assert [h.intent for h in find_intents("Take me off your calling list.")] == ["opt_out"]
    # tiny.en has heard that as "take me after calling list" on a real call
    assert [h.intent for h in find_intents("Please take me after calling list.")] == ["opt_out"]
    assert [h.intent for h in find_intents("I'm calling my attorney about this")] == ["complaint"]
    # heard on a real call for "I want to file a formal complaint"
    assert [h.intent for h in find_intents("I went to follow a formal complaint.")] == ["complaint"]
    assert find_intents("I have no complaints, it works") == []
    assert [h.intent for h in find_intents("I don't want to talk to the machine.")] == ["consent_refused"]


def test_one_flag_per_episode():
    clock, det = CallClock(), PhraseDetector()

    def turn(text):
        e = clock.event(ev.UTTERANCE_FINAL, "caller", {"text": text, "t_start_ms": 0, "t_end_ms": 10,
                                                       "confidence": 0.9})
        return [f.body["type"] for f in det.feed(e, 20)]
    assert turn("Let me talk to a human.") == ["escalation_request"]
    assert turn("A human, please.") == []                      # the same episode
    assert turn("What time do you open?") == []
    assert turn("I want to speak to an agent.") == ["escalation_request"]   # a new one


def test_low_confidence_needs_two_consecutive_turns():
    clock, det = CallClock(), LowConfidenceDetector(0.45)

    def turn(conf):
        e = clock.event(ev.UTTERANCE_FINAL, "caller", {"text": "x", "t_start_ms": 0, "t_end_ms": 10,
                                                       "confidence": conf})
        return det.feed(e, 20)
    assert turn(0.3) == [] and turn(0.8) == [] and turn(0.3) == []
    flag, = turn(0.35)
    assert flag.body["type"] == "low_confidence" and flag.body["latency_ms"] == 10


def test_low_confidence_ignores_turns_with_found_entities():
    clock, det = CallClock(), LowConfidenceDetector(0.45)

    def turn(conf, redactions=()):
        e = clock.event(ev.UTTERANCE_FINAL, "caller", {"text": "x", "t_start_ms": 0, "t_end_ms": 10,
                                                       "confidence": conf, "redactions": list(redactions)})
        return det.feed(e, 20)
    assert turn(0.44, [{"entity": "pci_pan"}]) == [] and turn(0.44) == []
    assert turn(0.44, [{"entity": "pci_cvv"}]) == []


@pytest.mark.parametrize("stored", [
    "Right, my email address is [EMAIL].",
    "I've got a new mobile now, it's [PHONE].",
    "Can you update the email on my account to [EMAIL] please?",
    "My phone finishes in [PHONE] if that helps you find me.",
])
def test_a_contact_detail_given_is_no_follow_up_request(stored):
    # what the detector reads is the stored text, masks in it; a mask is not a request to be contacted
    assert "follow_up_request" not in [h.intent for h in find_intents(stored)]


def test_a_contact_detail_with_a_request_is_still_a_follow_up():
    assert "follow_up_request" in [h.intent for h in find_intents("Could somebody ring me on [PHONE] later on?")]
    assert "follow_up_request" in [h.intent for h in find_intents("Please send the quote to [EMAIL].")]


def test_an_opt_out_is_no_frustration_without_words_of_its_own():
    from callwarden.detect.phrases import find_intents
    said = {h.intent for h in find_intents("can you make sure nobody calls me again from your company")}
    assert "opt_out" in said and "frustration" not in said
    said = {h.intent for h in find_intents("I'm sick to death of your calls, take me off your list")}
    assert {"opt_out", "frustration"} <= said


def test_a_role_asked_for_is_no_name_however_asr_capitalises_it():
    from tests.helpers import stream
    from callwarden.detect.phrases import find_intents
    out = stream("Let me talk to Supervisor.")[0]
    assert out == "Let me talk to Supervisor." and "escalation_request" in {h.intent for h in find_intents(out)}
    assert stream("can I speak to Sarah Jones")[0] == "can I speak to [NAME]"
