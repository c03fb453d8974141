"""Everyday idioms that borrow the words of anger or danger ("this heat is killing me", "the kids are
driving me up the wall") raise neither frustration nor distress; the same words aimed at the service,
or a real danger, still do. Phrasings are this file's own, not the patterns' or the training
templates'."""

from __future__ import annotations

import pytest

from callwarden import events as ev
from callwarden.detect.detectors import PhraseDetector
from callwarden.detect.phrases import DISTRESS, FRUSTRATION, find_intents
from callwarden.events import CallClock

IDIOMS = [
    "This weather is driving me crazy.",
    "I'm dying to know if it's arrived.",
    "Killing me softly was on the radio when you picked up.",
    "I'm so done with this heat.",
    "The traffic on the ring road drove me nuts this morning.",
    "My back has been killing me since the weekend.",
    "I'm sick of all this rain, anyway, I need to check my bill.",
    "The kids are driving me up the wall with the school holidays.",
    "I could murder a cup of tea right now.",
    "I'm fed up with the cold, roll on summer.",
    "Honestly the humidity is unbearable today.",
    "This heatwave is going to be the death of me.",
    "I'm dying of thirst in this heat.",
    "I'm bored to death waiting for the kettle.",
    "My feet are killing me after that walk.",
    "The suspense in that show is killing me.",
    "The neighbour's dog is doing my head in.",
    "I nearly died laughing at the match last night.",
    "I'm over this winter already.",
    "The pollen is driving me mad this year.",
    "What the hell is going on with this weather?",
    "That quiz show was ridiculous last night.",
    "My husband is driving me round the bend with his DIY.",
    "I'd kill for a week in the sun.",
    "I'm so tired of the snow.",
    "My hay fever is so annoying.",
    "The roadworks outside are a nightmare.",
    "These mosquitoes are killing me.",
    "I'm frustrated with my golf swing.",
    "It's not an emergency, I just want to move my appointment.",
    "this heat is going to kill me",
    "I want to end my contract",
]
# Written before the fix and first scored after it.
SEALED_IDIOMS = [
    "This drizzle is doing my head in, anyway, is my parcel out for delivery?",
    "I'm absolutely sick to death of this cold snap.",
    "The football last night was a total joke.",
    "My knees are killing me after the stairs.",
    "I'm dying for a coffee.",
    "The wind out there is driving me bonkers.",
    "I'm fed up with the wasps in the garden.",
    "My toddler is driving me up the wall today.",
    "Honestly I'm done with this summer heat.",
    "That film nearly gave me a heart attack, it was so scary.",
    "The queue at the supermarket was a nightmare.",
    "I'm bored stiff in this waiting room.",
    "My cat is so annoying in the mornings.",
    "This heat will be the death of me.",
    "My in-laws are driving me insane this week.",
    "I could kill for a holiday right now.",
    "I'm so over the rain, anyway, I'm calling about my meter reading.",
    "That comedian absolutely killed me.",
    "I'm tired of winter, I want the sunshine back.",
    "The snow is absolutely ridiculous this year.",
    "I've had enough of this heatwave.",
    "I'm losing my mind with these builders next door.",
    "I was dying of embarrassment at the party.",
    "What a nightmare the motorway was today.",
]
STILL_FRUSTRATED = [
    "Your app is driving me crazy.", "I'm fed up with your billing department.",
    "I'm sick of being passed around.", "I'm so done with this company.", "Honestly, your service is a joke.",
    "The hold music is driving me mad.", "This weather is awful and your engineer still hasn't come, it's ridiculous.",
    "I'm tired of chasing you for my refund.", "I'm sick of the same old excuses.", "I'm fed up with the delays.",
    "The website is a nightmare.", "This whole process is ridiculous.",
]
# Venting at things on no list, neither everyday nor the service's: no rule decides, the classifier may.
UNLISTED_TARGETS = ["I'm fed up with the pigeons.", "I'm tired of the seagulls.", "These roadside cones are so annoying.",
                    "My sourdough starter is ridiculous.", "The tourists in town are a nightmare this time of year."]
STILL_DISTRESS = [
    "He said he's going to kill me tonight.", "The heat is unbearable and my dad has collapsed.",
    "I'm scared to death, there's a man outside with a knife.", "My chest is killing me and my left arm is numb.",
    "I want to end my life.",
]


@pytest.mark.parametrize("text", IDIOMS + SEALED_IDIOMS)
def test_everyday_idioms_are_neither_frustration_nor_distress(text):
    assert not {FRUSTRATION, DISTRESS} & {h.intent for h in find_intents(text)}


@pytest.mark.parametrize("text", STILL_FRUSTRATED)
def test_the_same_words_at_the_service_are_still_frustration(text):
    assert FRUSTRATION in [h.intent for h in find_intents(text)]


# Written for this test, not taken from any suite: venting at things no list names, and the service
# named in general words.
MORE_UNLISTED = ["The seagulls on my roof are driving me mad.", "My grandson's drum kit is driving me round the bend.",
                 "My tomatoes are hopeless this year.", "My printer at home is useless, so can you post it?",
                 "I'm fed up with the potholes round here."]
SERVICE_IN_GENERAL_WORDS = ["Your new handset is a nightmare.", "This subscription is a joke.",
                            "The upgrade you sold me is hopeless.", "I'm sick of your adverts promising fibre."]


@pytest.mark.parametrize("text", UNLISTED_TARGETS + MORE_UNLISTED)
def test_venting_at_an_unlisted_thing_is_not_frustration(text):
    assert FRUSTRATION not in [h.intent for h in find_intents(text)]


@pytest.mark.parametrize("text", SERVICE_IN_GENERAL_WORDS)
def test_venting_at_the_service_in_general_words_is_frustration(text):
    assert FRUSTRATION in [h.intent for h in find_intents(text)]


@pytest.mark.parametrize("text", STILL_DISTRESS)
def test_a_real_danger_is_still_distress(text):
    assert DISTRESS in [h.intent for h in find_intents(text)]


def test_a_call_of_small_talk_raises_no_flag():
    clock, det = CallClock(), PhraseDetector()
    flags = []
    for text in ["Morning! This heat is killing me.", "The kids are driving me up the wall, anyway.",
                 "I'm dying to know if my parcel has shipped."]:
        final = clock.event(ev.UTTERANCE_FINAL, "caller", {"text": text, "t_start_ms": 0, "t_end_ms": 10,
                                                           "confidence": 0.8, "voice": None})
        flags += det.feed(final, 20)
    assert flags == []


# Idioms of exasperation about the caller's own state need no target; aimed at an everyday thing they
# are small talk again. This file's own phrasings.
EXASPERATED = [
    "Honestly I'm at the end of my tether with this.", "I'm at my wits end, nothing works.",
    "I've had it up to here with being put on hold.", "I'm tearing my hair out over this bill.",
    "It's like talking to a brick wall.", "We keep going round in circles.", "I'm getting nowhere with you people.",
    "This is the final straw.", "Enough is enough, sort it out.", "I give up.", "I've lost all patience.",
    "My patience is wearing thin.", "I keep getting fobbed off.", "I've been passed from pillar to post.",
    "This is beyond a joke now.", "Your website is doing my head in.", "This is driving me mad.",
]
EXASPERATED_AT_LIFE = [
    "I'm at my wits' end with the builders next door.", "I'm at the end of my tether with the kids this week.",
    "I'm getting nowhere with my diet.", "I'm going round in circles with this crossword.",
    "I'm pulling my hair out with the toddler, anyway, my meter reading.", "I'm trying to give up smoking.",
]


@pytest.mark.parametrize("text", EXASPERATED)
def test_idioms_of_exasperation_are_frustration(text):
    assert FRUSTRATION in [h.intent for h in find_intents(text)]


@pytest.mark.parametrize("text", EXASPERATED_AT_LIFE)
def test_exasperation_at_everyday_things_is_no_rule_match(text):
    assert not [h for h in find_intents(text) if h.intent == FRUSTRATION and h.by_rule]


def test_a_count_of_calls_said_kindly_is_no_grievance_and_waits_for_the_whole_turn():
    assert FRUSTRATION not in [h.intent for h in find_intents("I've rung four times this year and you've all been great.")]
    assert FRUSTRATION in [h.intent for h in find_intents("I have phoned you five times already!")]
    # a partial ("I've called three times") may still be heading for "... and everyone's been lovely"
    assert FRUSTRATION not in [h.intent for h in find_intents("I've called three times", rules_only=True)]
