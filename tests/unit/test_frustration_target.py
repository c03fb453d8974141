"""Venting aimed somewhere other than the call raises neither frustration nor distress; venting at the call,
the company or its service, or at nothing named, still raises frustration.

The turns are this file's own, written before detect/target.py and not taken from idioms.py, the training
templates or the intent suite. The bar is 95 %, not 100 %: the target is read off spaCy's parse, and a few
phrasings are honestly ambiguous. Misses are printed (pytest -s) so a change that trades one for another
shows which."""

from __future__ import annotations

from callwarden.detect.phrases import DISTRESS, FRUSTRATION, find_intents

# Everyday venting: things, chores, people, health, institutions, hobbies, travel, work. Some carry an
# errand for the call after the venting, as callers do.
NOT_AT_CALL = [
    "My neighbour's dog barks all night, I'm fed up with it.",
    "I'm sick to death of the roadworks on the high street. Can I check my balance?",
    "The hoover has packed in again and it's driving me mad.",
    "I'm losing the will to live with this flat-pack wardrobe.",
    "My sister keeps borrowing my clothes without asking, it's so annoying.",
    "I'm so fed up of this cough, I've had it for three weeks.",
    "The council are useless, they still haven't emptied our bins.",
    "My landlord is a nightmare, he never fixes anything.",
    "I'm going round the bend with these mosquito bites.",
    "This hay fever is driving me up the wall, my eyes won't stop streaming.",
    "The referee was a joke on Saturday, we were robbed.",
    "I'm tired of my laptop crashing every five minutes when I'm writing my essay.",
    "Ugh, my car failed its MOT again, I'm absolutely fuming.",
    "My teenage son is doing my head in, he won't tidy his room.",
    "I've had enough of the seagulls nicking my chips.",
    "The buses round here are a joke, none of them turn up on time.",
    "My boss is driving me up the wall with all these meetings.",
    "The builders next door start drilling at seven, it's doing my head in.",
    "I'm losing the will to live with this jigsaw, it's a thousand pieces of sky.",
    "The printer in our office is useless, it jams every single time.",
    "My mother-in-law is staying with us and she's driving me round the bend.",
    "I'm sick and tired of ironing shirts every Sunday.",
    "The gym was heaving tonight, it was a total nightmare.",
    "Our football team is hopeless this season.",
    "The airport was an absolute shambles when we flew back from Spain.",
    "I'm fed up of cooking every night, nobody else in this house lifts a finger.",
    "My flatmate never washes up, I've had enough of him.",
    "I'm going round the bend with this toddler, she just won't nap.",
    "The new road layout in town is ridiculous, nobody knows where to go.",
    "I'm so annoyed with my brother, he forgot mum's birthday.",
    "The parking at the hospital is a disgrace.",
    "I'm fed up with revising for these exams.",
    "The chemist got my prescription wrong again, it's a joke.",
    "I'm sick to death of this cold, I can't taste anything.",
    "The noise from the pub across the road is driving us insane.",
    "My golf swing has gone to pieces, it's so frustrating.",
    "I'm losing the will to live with my dissertation.",
    "The cat keeps bringing in mice, I'm at my wits' end.",
    "The motorway was a car park this morning, absolutely ridiculous.",
    "I'm furious with the referee, he sent off our best player.",
    "The school keeps setting homework that nobody understands, it's beyond a joke.",
    "My knee is playing up again and I'm so fed up with it.",
    "I'm fed up with my husband snoring, I haven't slept properly in weeks.",
    "The queue at the post office was ridiculous this morning, I was there half an hour.",
    "The cleaners at my mum's care home are hopeless, her room is filthy.",
    "I'm sick of the government, they're all as bad as each other.",
    "My tomato plants have all got blight, it's so frustrating.",
    "I'm tired of the tourists clogging up the pavements every summer.",
    "The washing machine flooded the kitchen floor, what a nightmare.",
    "I'm going round the bend with this eczema, it itches all night.",
    "I'm sick to death of my kids fighting over the telly.",
    "The shop assistant in town was so rude, it was unbelievable.",
    "I'm fed up with the weather, it's been grey for a fortnight.",
    "My piano teacher is driving me mad with her scales.",
    "The ferry crossing was a nightmare, the sea was so rough.",
    "I'm losing the will to live with this spreadsheet at work.",
    "My allotment neighbour keeps letting his weeds spread, it's infuriating.",
    "The match last night was pathetic, we didn't have a single shot on target.",
    "I'm fed up of my colleague taking credit for my work.",
    "The dentist had me in the chair for an hour, my jaw is killing me.",
    "The library has cut its opening hours again, it's ridiculous.",
    "My hay fever is sending me round the bend this year.",
    "I'm so fed up of the rain, the garden is a swamp.",
    "Our holiday cottage was filthy and the owner didn't care, it was a disgrace.",
    "I'm sick to death of decorating, the hallway has taken me a month.",
]

# Frustration at the call, the company or its service, or at nothing named: targeted, untargeted, "it"/"this".
AT_CALL = [
    "I'm so fed up.",
    "This is a joke.",
    "Unbelievable.",
    "I've been on hold for an hour.",
    "Your app is useless, it logs me out every time.",
    "I'm sick to death of ringing you about the same problem.",
    "This is ridiculous, I've called four times this week.",
    "I'm losing the will to live with your automated menu.",
    "It's driving me mad, the internet keeps dropping every evening.",
    "I'm fed up with being passed from one department to another.",
    "Honestly this is beyond a joke now.",
    "The engineer never turned up and I'm furious.",
    "I'm going round the bend trying to get a refund out of you.",
    "Your customer service is a disgrace.",
    "I've had enough of this, just sort it out.",
    "I'm sick and tired of the bill going up every month.",
    "It's a nightmare, my broadband has been down since Tuesday.",
    "I've been waiting three weeks for my order and it's ridiculous.",
    "I'm at the end of my tether with this account.",
    "For god's sake, I've already given you my postcode twice.",
    "This whole thing is an absolute shambles.",
    "I'm absolutely livid, you charged me twice.",
    "The delivery was late again, it's pathetic.",
    "I'm tired of repeating myself to every agent I speak to.",
    "Nobody ever calls back, it's hopeless.",
    "My connection drops every night and it's driving me up the wall.",
    "Your website is a nightmare to use.",
    "I'm so frustrated, I just want my money back.",
    "This is the third time I've explained this, I'm fed up.",
    "It's ridiculous, the payment still hasn't gone through.",
    "The contract you sold me is a joke.",
    "I'm sick of this company's excuses.",
    "That is completely unacceptable.",
    "I'm fuming, the refund you promised never arrived.",
    "What a waste of my time this call has been.",
    "Your system keeps cutting me off, it's infuriating.",
    "I've had it up to here with your charges.",
    "The line keeps going dead and I'm losing my patience.",
    "I'm fed up with your excuses, just fix my phone line.",
    "It's been a month and nothing has been done, it's a disgrace.",
    "I'm going round the bend with this menu, none of the options fit.",
    "This service is going from bad to worse, I'm fed up with it.",
    "Are you kidding me, another late fee?",
    "I'm sick to death of being kept on hold.",
]

# Real danger and health are never read as venting, whatever else the sentence names.
DANGER = [
    "I think I'm having a heart attack, my chest is so tight.",
    "He's going to hurt me, he's outside the door.",
    "My husband collapsed in the garden and he's not breathing.",
    "I took the whole packet of pills an hour ago.",
]


def _intents(text: str) -> set[str]:
    return {h.intent for h in find_intents(text)}


def _score(turns: list[str], wanted) -> tuple[float, list[str]]:
    misses = [t for t in turns if not wanted(_intents(t))]
    return 1 - len(misses) / len(turns), misses


def test_the_probes_are_as_many_as_promised():
    assert len(NOT_AT_CALL) >= 60 and len(AT_CALL) >= 40


def test_venting_aimed_elsewhere_raises_neither_frustration_nor_distress():
    rate, misses = _score(NOT_AT_CALL, lambda found: not found & {FRUSTRATION, DISTRESS})
    print(f"\nnot at the call: {rate:.3f} correct; misses:", *misses, sep="\n  ")
    assert rate >= 0.95


def test_venting_at_the_call_or_at_nothing_named_is_frustration():
    rate, misses = _score(AT_CALL, lambda found: FRUSTRATION in found)
    print(f"\nat the call: {rate:.3f} correct; misses:", *misses, sep="\n  ")
    assert rate >= 0.95


def test_danger_is_never_dropped():
    for turn in DANGER:
        assert DISTRESS in _intents(turn), turn


# How the target check behaves, beyond the probe rates (written with detect/target.py).

def test_a_pronoun_points_back_one_sentence_to_what_it_names():
    assert FRUSTRATION not in _intents("The printer in the hall keeps jamming. It's driving me mad.")
    assert FRUSTRATION in _intents("My broadband keeps dropping. It's driving me mad.")


def test_only_the_sentence_aimed_elsewhere_is_left_out():
    assert FRUSTRATION in _intents("The kids are driving me mad. Your app is useless.")
    assert FRUSTRATION in _intents("I'm fed up with the rain. I've been on hold for forty minutes.")


def test_a_sentence_naming_a_danger_keeps_its_distress():
    assert DISTRESS in _intents("I'm sick to death of my husband, he's threatening me and I'm scared.")


def test_partials_flag_frustration_only_when_already_aimed_at_the_service():
    partial = lambda text: {h.intent for h in find_intents(text, rules_only=True)}
    assert FRUSTRATION not in partial("I'm fed up of")            # "... sneezing" may follow
    assert FRUSTRATION in partial("I'm fed up with your app")
    assert DISTRESS in partial("he's going to hurt me")


def test_without_the_parser_every_hit_stands(monkeypatch):
    from callwarden.detect import target
    monkeypatch.setattr(target, "_parse", lambda text: None)
    assert FRUSTRATION in _intents("I'm fed up of sneezing.")
