"""The trained intent classifier: the shipped file, hand-written held-out phrasings, look-alikes, cost.

The held-out sentences below were written by hand, apart from the training
templates, to stand for callers who word things differently. HELD_OUT was also
used to find gaps while the templates grew; SEALED was not.
"""

from __future__ import annotations

import hashlib
import json
import time
from pathlib import Path

import numpy as np
import pytest

from callwarden.detect import classifier
from callwarden.detect.phrases import (COMPLAINT, CONSENT_REFUSED, DISTRESS, ESCALATION, FOLLOW_UP, FRUSTRATION,
                                       OPT_OUT, find_intents, normalise)

MODEL_SHA256 = "e275685be8e465e0338c659bb09f619aabd451b78358a8a5ba5579d288a861ef"
INTENTS = (ESCALATION, OPT_OUT, CONSENT_REFUSED, COMPLAINT, DISTRESS, FRUSTRATION, FOLLOW_UP)
DEV = Path(__file__).resolve().parents[3] / "shared" / "data" / "dialogs" / "dev"

HELD_OUT = {
    ESCALATION: [
        "Can I please speak to an actual person?", "I'd like to be put through to someone from your team.",
        "Honestly, just give me a real human.", "is there anybody there who isn't a robot i can speak to",
        "Get your manager on the line.", "I want to talk to someone in charge right now.",
        "Could you connect me with a live representative?", "Transfer me to an agent, please.",
        "I need a real person to look at this.", "Let me speak with your supervisor, please.",
        "i wanna talk to a person", "Put a human on the phone.", "Can you pass me over to one of your colleagues?",
        "I'd prefer to talk this through with somebody from customer service.", "Representative.",
        "Escalate this to a supervisor.", "Can a human being help me with this, please?",
    ],
    OPT_OUT: [
        "Please take my number off your call list.", "I don't want you ringing me anymore.",
        "Stop contacting me, please.", "Never ring this number again.", "Can you remove me from all your marketing?",
        "I want to opt out of these phone calls.", "Quit calling me.", "Lose my number.", "No more calls, thank you.",
        "please stop texting me", "I'd like to be taken off your contact list.", "Don't phone me again.",
        "i want you to stop calling my house", "Add me to your do-not-call register.",
        "I never want to be contacted by your company again.", "Unsubscribe me from your texts.",
    ],
    CONSENT_REFUSED: [
        "Please turn off the recording.", "I'm not happy for this call to be recorded.",
        "You don't have my permission to record this conversation.", "I don't wish to be recorded.",
        "Don't record me.", "I refuse to talk to an automated system.", "I'm not speaking to a computer.",
        "I object to this call being recorded.", "no recording please",
        "I do not consent to the recording of this call.", "I don't want to deal with a bot.",
        "I'd prefer you didn't record this call.", "Switch the recording off, I don't agree to it.",
        "i dont want to talk to a robot", "I don't consent to an AI handling my call.",
        "Can you stop recording this please?",
    ],
    COMPLAINT: [
        "I'd like to lodge an official complaint.", "I'm going to take you to court over this.",
        "I'll be speaking to my solicitor.", "I want to report your company to the ombudsman.",
        "How do I make a complaint?", "You'll be hearing from my lawyer.",
        "I want to complain about the way I was treated.", "I'm considering legal action against you.",
        "This is a formal complaint about your engineer.", "I'm going to sue your company.",
        "i want to put in a complaint", "I'm reporting this to trading standards.", "My attorney will be in touch.",
        "I want this logged as a complaint.", "I'll take this to small claims court.",
        "I'd like to raise a complaint about my last bill.",
    ],
    DISTRESS: [
        "I think I'm having a stroke.", "My chest is really tight and I can't catch my breath.",
        "I don't want to be alive anymore.", "My wife isn't breathing.", "There's a man trying to break into my flat.",
        "I've taken a whole bottle of pills.", "I smell gas in my kitchen.", "My son has collapsed and won't wake up.",
        "Please send an ambulance.", "I'm going to end my life.", "Someone is threatening me with a knife.",
        "My house is on fire.", "i cant breathe", "I'm bleeding really badly.", "My dad is having a heart attack.",
        "I'm scared, my ex is outside and says he'll hurt me.",
    ],
    FRUSTRATION: [
        "This is absolutely unacceptable.", "I've rung you four times this week.", "You're not listening to me at all.",
        "I'm at the end of my rope.", "What a total waste of time.", "I've been on hold for forty minutes.",
        "How many times do I have to repeat myself?", "This service is rubbish.", "Oh for crying out loud.",
        "i am so sick of this", "You people are incompetent.", "I'm losing my patience here.",
        "Nobody ever gets back to me.", "This is the third time I've explained this.",
        "Why does everything take so long with you?", "I'm really angry about this.",
    ],
    FOLLOW_UP: [
        "Can someone ring me back later?", "Please email me a copy of that.", "Could I get that in writing?",
        "Send me a text when it's sorted.", "I'd like a callback tomorrow morning.",
        "Have someone get in touch with me later.", "Can you email the quote to me?",
        "Could you mail me a written confirmation?", "i need you to call me back this afternoon",
        "Let me know by email once it's fixed.", "Can you follow up with me next week?",
        "Please send the details to my inbox.", "Can somebody phone me back when they know more?",
        "I'd rather you sent me a letter about it.", "Just text me the reference number.",
    ],
}
HARD_NEGATIVES = [
    "I'm dying to know when it ships.", "Stop the late fees on my account.", "My agent told me to call you.",
    "I don't want to cancel my plan.", "I don't need a supervisor, you're doing fine.", "No need to transfer me.",
    "Can you transfer fifty dollars to my savings?", "I'd like to talk about my bill.",
    "The person I spoke to yesterday was really helpful.", "My travel agent booked the flight.",
    "I'll talk to my wife and call back.", "Please stop the direct debit.", "Can you remove the late fee from my bill?",
    "Cancel my order please.", "I never got your email.", "You can call me on my mobile instead.",
    "Recording the call is fine with me.", "I don't mind being recorded.", "Please record my meter reading.",
    "The ticket machine at the station ate my card.", "I set up automatic payments last month.",
    "I don't want to talk about it right now.", "My sister is a lawyer and she said this was fine.",
    "No complaints, the engineer was great.", "I want to report a power cut.", "I need to report my card stolen.",
    "I'd like to make a claim on my insurance.", "I complained last month and it was sorted quickly.",
    "I'm not going to sue anyone, I just want a refund.", "I'm calling about my gas bill.",
    "My phone died halfway through the last call.", "I need to update my emergency contact.",
    "I need a refill of my blood pressure tablets.", "That new phone is to die for.",
    "The fire alarm I ordered hasn't arrived.", "Is the clinic open for flu jabs this week?",
    "No worries, I can wait.", "Take your time, there's no rush.", "I was sick last week so I missed my appointment.",
    "How long is the wait for a new meter?", "Not a problem at all.", "That's really helpful, thank you.",
    "I'm not annoyed, I just want to check something.", "I'll call you back later when I have my card.",
    "I got the text you sent, thanks.", "Can you send the parcel to my work address?", "What's your email address?",
    "Is this call being recorded?", "My order number is four four seven two nine.",
    "Could you tell me when my next bill is due?", "Do you have a store near the train station?",
    "I'd like to book an appointment for Tuesday.", "My date of birth is the third of March, nineteen eighty two.",
    "Can I pay by card over the phone?", "I moved house, my new address is 14 Elm Road.",
    "Sorry, you broke up there, could you say that again?", "Yes, that's correct.",
    "Great, that's everything, goodbye.", "Hello, I've got a question about my broadband.",
    "What's my current data allowance?", "Can I add extra legroom to my booking?", "Is my refund processed yet?",
    "The human resources team asked me for an invoice.", "My manager needs a receipt for expenses.",
    "I don't need anyone to call me back, thanks.", "You don't have to email me, I'll check the app.",
    "Please keep sending me the reminder texts, they're useful.", "I'm happy for you to record the call.",
    "I'm killing time until my flight.", "I'd rather pay by bank transfer.", "Can you connect my new smart meter?",
    "Put me down for the morning slot.", "I'm not in any danger, I just locked myself out.",
    "The operator of the shuttle bus was lovely.",
]

# A second hand-written set, kept apart while the templates were being written and first scored at the end.
SEALED = {
    ESCALATION: ["Could you get a real live person for me?", "i need to speak with someone from customer services",
                 "Please pass this call to a manager.", "I'd like a human to deal with this.",
                 "Is it possible to talk to a staff member?", "Agent, please.", "Hook me up with a person, would you?",
                 "Please let me talk to someone who actually works there."],
    OPT_OUT: ["Kindly stop calling this number.", "Erase my details from your calling list.",
              "I don't want to hear from you again.", "Stop sending me messages.", "i want off your call list",
              "Don't ever contact me again.", "Please stop ringing my mobile.",
              "I want no further calls from your company."],
    CONSENT_REFUSED: ["I don't want this conversation recorded.", "I won't talk to an automated voice.",
                      "Please don't record anything I say.", "I'm not comfortable being recorded.",
                      "Stop the recording now.", "I decline to be recorded.", "i don't want a machine answering me",
                      "I don't give consent for recording."],
    COMPLAINT: ["I wish to file a complaint.", "I'll be contacting my lawyer.",
                "I'm going to report this to the regulator.", "I'm making an official complaint about your billing.",
                "This is going to end up in court.", "i want to complain about your service",
                "Expect to hear from my solicitor.", "I'm taking legal action."],
    DISTRESS: ["My husband just fell and he's not responding.", "I'm thinking about killing myself.",
               "I can't breathe and my lips are going blue.", "There's smoke everywhere, the building's on fire.",
               "Someone broke in and he's still in the house.", "She took an overdose.",
               "i'm having really bad chest pains", "Please help, my baby is choking."],
    FRUSTRATION: ["This is driving me up the wall.", "Are you having a laugh?", "I've had it with your company.",
                  "This is hopeless.", "i've called like ten times already", "Your system is a joke.",
                  "I'm so annoyed right now.", "Why can't anyone give me a straight answer?"],
    FOLLOW_UP: ["Can you get someone to call me back?", "Could you put that in an email?",
                "Text me the confirmation, please.", "Please ring me back on this number.",
                "Send me the details in writing.", "I'd like someone to follow up with me by phone.",
                "can you send me an email with all that", "Get back to me when you know."],
}
SEALED_NEGATIVES = [
    "I'm dying to see the new timetable.", "Stop the payment for this month only.",
    "My insurance agent said I'm covered.", "I don't want to cancel my membership.",
    "I don't need to speak to a manager.", "Can I transfer my booking to next week?",
    "Please record my new phone number.", "My solicitor is handling the house sale.",
    "I've got no complaints about the service.", "I'd like to report a gas meter fault.",
    "My heart sank when I saw the price.", "The wait time on the website said two minutes.",
    "No problem, I'll hold.", "I'll ring back tomorrow.", "I didn't get a confirmation email.",
    "I don't mind the recording.", "Is the machine at your branch working?", "What's the emergency exit row price?",
    "My battery died.", "I'm not complaining, just curious.", "Can you take the charge off my bill?",
    "I talked to a person at the desk yesterday.", "My boss told me to ring you.",
    "I'll let my husband speak to you about it.", "When does the pharmacy open tomorrow?",
    "I need to change my delivery date.", "My account number is seven seven three one nine.",
    "Thanks, you've been very helpful.", "Could you spell that for me?", "I want to pay the remaining balance.",
]


def score(positives: dict[str, list[str]], negatives: list[str]) -> dict[str, dict[str, float]]:
    """Text-level precision and recall per intent: every sentence is a negative for the intents it is not listed under."""
    texts = [(t, {i}) for i, ts in positives.items() for t in ts] + [(t, set()) for t in negatives]
    found = [{h.intent for h in find_intents(t)} for t, _ in texts]
    out = {}
    for intent in INTENTS:
        tp = sum(1 for (_, want), got in zip(texts, found) if intent in want and intent in got)
        fp = sum(1 for (_, want), got in zip(texts, found) if intent not in want and intent in got)
        fn = sum(1 for (_, want), got in zip(texts, found) if intent in want and intent not in got)
        out[intent] = {"precision": tp / max(1, tp + fp), "recall": tp / max(1, tp + fn), "fp": fp, "fn": fn}
    return out


def test_shipped_model_is_the_recorded_build():
    digest = hashlib.sha256(classifier.MODEL_PATH.read_bytes()).hexdigest()
    assert digest == MODEL_SHA256, "retrained? run python -m callwarden_tools.intent_training and record the new sha256"
    assert classifier.MODEL_PATH.stat().st_size < 2_000_000


def test_model_loads_quickly_and_scores_every_intent():
    classifier.model.cache_clear()
    t0 = time.perf_counter()
    m = classifier.model()
    load_ms = (time.perf_counter() - t0) * 1000
    print(f"model load {load_ms:.1f} ms")
    assert m is not None and set(m.intents) == set(INTENTS)
    assert load_ms < 1000      # < 200 ms on an idle box; the bound leaves room for a loaded CI machine
    assert all(0.0 < m.threshold(i) < 1.0 for i in INTENTS)


# The sealed set's floor sits below its first score (one follow-up false positive: "I didn't get a
# confirmation email."), which was left as found rather than fixed in the templates.
@pytest.mark.parametrize("name,positives,negatives,floor", [("held-out", HELD_OUT, HARD_NEGATIVES, 0.9),
                                                            ("sealed", SEALED, SEALED_NEGATIVES, 0.85)])
def test_hand_written_phrasings(name, positives, negatives, floor):
    result = score(positives, negatives)
    for intent, r in result.items():
        print(f"{name} {intent:20s} precision {r['precision']:.3f} recall {r['recall']:.3f}")
    for intent, r in result.items():
        assert r["recall"] >= floor and r["precision"] >= floor, (intent, r)


@pytest.mark.parametrize("text", [
    "I'm dying to know when it ships", "stop the late fees please", "my agent told me it renews in June",
    "I don't want to cancel", "I don't want to cancel, I just want to change the date",
    "no need to put me through to anyone", "I'm not going to make a complaint", "I don't mind being recorded",
    "No worries at all, take your time.", "My lawyer friend told me about you", "I had a stroke of luck today",
])
def test_false_friends_and_negations_raise_nothing(text):
    assert find_intents(text) == []


@pytest.mark.parametrize("text,intents", [
    ("This is ridiculous, get me a manager now", {FRUSTRATION, ESCALATION}),
    ("stop calling me or I'll report you to the regulator", {OPT_OUT, COMPLAINT}),
    ("i went to speak to a real person", {ESCALATION}),
    ("my husband collapsed please send help", {DISTRESS}),
])
def test_mixed_and_asr_damaged_turns(text, intents):
    assert {h.intent for h in find_intents(text)} == intents


def test_confidence_comes_from_the_model_when_it_fires():
    text = "would you be able to find me a real human being"
    hit, = find_intents(text)
    assert hit.intent == ESCALATION
    assert hit.confidence == pytest.approx(classifier.model().probabilities(normalise(text))[ESCALATION])


@pytest.mark.parametrize("text", ["My email is [EMAIL].", "the card is [PCI_PAN] and it expires [PCI_EXPIRY]",
                                  "I take [PHI] and my date of birth is the [DOB]", "my number is [PHONE]"])
def test_redacted_values_are_not_cues(text):
    assert find_intents(text) == []


def dev_turns() -> list[tuple[str, str, set[str]]]:
    """(dialog, caller text, intents it carries) for every caller turn of the dev dialogs.

    Flags name their turn. Two things the dialogs imply without naming a turn: a
    'frustration twice' call (escalated on frustration alone) is frustrated again in
    its last turn, and a call routed to a ticket with no flag at all asked for a
    follow-up in the turns no other call has."""
    dialogs = [json.loads(p.read_text()) for p in sorted(DEV.glob("*.json"))]
    elsewhere = {t["say"] for d in dialogs if d["expect"]["route"] != "ticket" for t in d["turns"] if "say" in t}
    out = []
    for d in dialogs:
        exp = d["expect"]
        said = [i for i, t in enumerate(d["turns"]) if "say" in t]
        labels = {i: {f["type"] for f in exp["flags"] if f["turn"] == i and f["type"] in INTENTS} for i in said}
        types = {f["type"] for f in exp["flags"]}
        if exp["route"] == "escalate" and types == {FRUSTRATION}:
            labels[said[-1]].add(FRUSTRATION)
        if exp["route"] == "ticket" and not exp["flags"]:
            for i in said:
                if d["turns"][i]["say"] not in elsewhere:
                    labels[i].add(FOLLOW_UP)
        out += [(d["id"], d["turns"][i]["say"], labels[i]) for i in said]
    return out


def turn_scores(turns: list[tuple[str, str, set[str]]]) -> dict[str, dict[str, int]]:
    counts = {i: {"tp": 0, "fp": 0, "fn": 0} for i in INTENTS}
    for _, text, want in turns:
        got = {h.intent for h in find_intents(text)}
        for i in INTENTS:
            if i in got or i in want:
                counts[i]["tp" if i in got and i in want else "fp" if i in got else "fn"] += 1
    return counts


@pytest.mark.skipif(not DEV.exists(), reason="../shared/data/dialogs is not beside this checkout")
def test_dev_dialog_turns_rules_alone_and_with_the_model(monkeypatch):
    turns = dev_turns()
    combined = turn_scores(turns)
    monkeypatch.setattr(classifier, "model", lambda: None)
    rules = turn_scores(turns)
    print(f"dev caller turns: {len(turns)}")
    for i in INTENTS:
        r, c = rules[i], combined[i]
        print(f"dev {i:20s} rules tp {r['tp']} fp {r['fp']} fn {r['fn']}  |  rules+model tp {c['tp']} fp {c['fp']} "
              f"fn {c['fn']}")
    for i in INTENTS:
        assert combined[i]["fn"] <= rules[i]["fn"] and combined[i]["fp"] == 0, (i, combined[i])


def test_cost_per_call():
    """Wall time and the thread's CPU time per call; on a busy machine the two part at the tail."""
    texts = [t for ts in HELD_OUT.values() for t in ts] + HARD_NEGATIVES
    find_intents(texts[0])
    wall, cpu = [], []
    for _ in range(5):
        for t in texts:
            w0, c0 = time.perf_counter_ns(), time.thread_time_ns()
            find_intents(t)
            cpu.append((time.thread_time_ns() - c0) / 1e6)
            wall.append((time.perf_counter_ns() - w0) / 1e6)
    for name, ms in (("wall", wall), ("cpu", cpu)):
        p50, p99 = np.percentile(ms, [50, 99])
        print(f"find_intents {name} ms over {len(ms)} calls: p50 {p50:.3f}, p99 {p99:.3f}")
