"""Kinds of caller turn the round 3 probes showed failing, written here in new words (none copied from a probe set):
refusing what a call asks consent for (recording, a credit check, the terms, sharing data); someone else's anger
or ask, anger over and done with, a feeling denied or hedged; a grievance kept on record; asks for a person by
rank, history or department; questions about a subject; family hyperbole; danger told as what is happening;
sarcasm at the call's machinery; an opt-out's words in an errand. Each kind has near misses that must stay silent."""

from __future__ import annotations

import pytest

from callwarden.bodies import COMPLAINT, CONSENT_REFUSED, DISTRESS, ESCALATION, FOLLOW_UP, FRUSTRATION, OPT_OUT
from callwarden.detect import phrases


def _intents(text: str) -> set[str]:
    return {h.intent for h in phrases.find_intents(text)}


@pytest.mark.parametrize("text", [
    "I won't authorise any credit search on my file.",
    "Please don't share my details with the finance company, I don't agree to that.",
    "nope, not accepting your terms and conditions",
    "I'm not going to give you my permission for that.",
    "i withdraw my consent",
    "I'll have to decline the credit check, sorry.",
    "I don't want my account history handed over to anyone else.",
    "No thanks, I'd rather you didn't.",
    "I do not accept.",
    "They can't pass my phone number on to the lenders, I never agreed.",
    "We're saying no to the data processing part.",
    "i dont consent to you keeping my data",
    "Please don't carry out a credit search on me.",
    "Never pass my medical records on to anyone.",
    "I'd prefer you didn't do the soft search.",
    "I'm not comfortable with you keeping a recording of this.",
    "Permission is refused.",
    "Scrap the credit check, I'll pay the deposit instead.",
    "Sorry, I'm not comfortable with that.",
    "Nah, I can't accept that.",
    "I won't be signing up to your terms.",
    "No credit search, thank you.",
    "Please don't put me through a credit search.",
    "I'm not willing to accept the conditions.",
])
def test_consent_refused_for_what_a_call_asks(text):
    assert CONSENT_REFUSED in _intents(text)


@pytest.mark.parametrize("text", [
    "I'm not sure about the credit check, how does it work?",
    "Why can't you run the credit check today?",
    "I didn't pass the credit check last month, can I try again?",
    "Do I have to agree to the terms before the engineer comes?",
    "I don't mind you sharing my details with the installer.",
    "How do I decline the paper statements?",
    "Yes, I agree to the terms.",
    "Can you read me the conditions again?",
    "I was refused a loan after the credit check.",
    "I don't agree with the amount on this bill, it's far too high.",
    "The consent form came through fine, thanks.",
    "I'm not happy with the terms of my contract, the price keeps going up.",
    "Don't worry about the credit check, it's fine.",
    "I'd rather not say, is the credit check needed?",
    "Don't forget to send me the terms.",
    "There's no credit check on this plan, is there?",
    "I'm not comfortable with the engineer coming on Sunday.",
    "I can't agree to pay that much.",
    "I don't want to check my credit score, just the balance.",
])
def test_consent_near_misses_stay_silent(text):
    assert CONSENT_REFUSED not in _intents(text)


@pytest.mark.parametrize("text", [
    "My daughter's the one who's livid about the charges, I'm only ringing to pay.",
    "My son is livid about the roaming charges, but I just want to add a bolt-on.",
    "I wouldn't say I'm fed up with you, just a bit lost.",
    "I won't claim I was furious, but it was a surprise.",
    "I was fuming a few months ago, but you put it right, so I'm happy to stay.",
    "I was sick of you lot a couple of years ago, but you sorted it out, so no problem.",
])
def test_someone_elses_or_past_or_denied_anger_is_not_frustration(text):
    assert FRUSTRATION not in _intents(text)


@pytest.mark.parametrize("text", [
    "I was on hold for an hour last week, but you fixed it, and now it's broken again and I'm livid.",
    "My wife is fuming and so am I, this bill is a joke.",
    "I'm not saying much, but I'm absolutely fed up with your service.",
])
def test_anger_of_the_callers_own_still_counts(text):
    assert FRUSTRATION in _intents(text)


@pytest.mark.parametrize("text, intent", [
    ("The previous advisor said she'd ring me back; has anything been noted?", FOLLOW_UP),
    ("Your other colleague said she would call me back today, did she leave a note?", FOLLOW_UP),
    ("Our GP said she'd ring me back about it, so I'm only checking the address.", FOLLOW_UP),
    ("My solicitor says she's lodged a complaint with you already, I'm just updating my address.", COMPLAINT),
])
def test_what_someone_else_asked_or_did_is_reported(text, intent):
    assert intent not in _intents(text)


def test_the_callers_lawyer_still_threatens():
    assert COMPLAINT in _intents("My lawyer says he'll be suing you if this isn't fixed.")


@pytest.mark.parametrize("text", [
    "I'd like it recorded that I rang to complain about the meter.",
    "Don't use my number for marketing, I don't want my details sold on.",
    "I don't want my information shared for marketing purposes.",
    "Please don't send me marketing, and I don't want my details shared with anyone for it either.",
])
def test_kept_on_record_or_refused_for_marketing_is_no_consent_refused(text):
    assert CONSENT_REFUSED not in _intents(text)


@pytest.mark.parametrize("text", [
    "I don't want this conversation on record.",
    "No marketing please, and I don't consent to this call being recorded.",
])
def test_recording_refused_beside_those_still_counts(text):
    assert CONSENT_REFUSED in _intents(text)


@pytest.mark.parametrize("text", [
    "Can you put me back on to the gentleman I dealt with this morning?",
    "I am requesting you to please let me speak with a senior person.",
    "I'm wishing to talk to higher authority regarding this matter.",
    "Pass me on to cancellations.",
    "Could you connect me to tech support, please?",
])
def test_asks_for_a_person_by_rank_by_history_or_by_department(text):
    assert ESCALATION in _intents(text)


@pytest.mark.parametrize("text", [
    "I was talking to a lady yesterday about the bill.",
    "What's the complaints address?",
    "Does billing open on Saturdays?",
    "My senior officer at work told me to ring.",
])
def test_a_person_or_department_only_mentioned(text):
    assert ESCALATION not in _intents(text)


@pytest.mark.parametrize("text", [
    "I'm not satisfied with the refund and I'd like to take it further.",
    "Kindly take down my complaint regarding the late refund.",
    "I want it noted on file that your courier damaged the gate.",
    "I'd like it on record that the meter was read wrong.",
])
def test_a_grievance_kept_or_taken_further_is_a_complaint(text):
    assert COMPLAINT in _intents(text)


@pytest.mark.parametrize("text", [
    "Do you want it on file?",
    "I'm not going to take it further, it's fine.",
    "Did you note the complaint reference?",
    "I don't want this on record.",
])
def test_no_grievance_taken_further(text):
    assert COMPLAINT not in _intents(text)


@pytest.mark.parametrize("text", [
    "Can I talk to a supervisor, or failing that, can someone ring me back tonight?",
    "Get me a team leader, otherwise call me back after five.",
])
def test_a_callback_offered_as_the_fallback_keeps_the_ask_for_a_person(text):
    assert {ESCALATION, FOLLOW_UP} <= _intents(text)


def test_a_person_wanted_on_the_callback_is_only_a_callback():
    assert ESCALATION not in _intents("I'd like to talk to a manager, can she ring me back tomorrow?")


@pytest.mark.parametrize("text, intent", [
    ("Does the travel policy pay for emergency medical treatment abroad?", DISTRESS),
    ("Is emergency dental care covered?", DISTRESS),
    ("How would I opt out of the automatic renewal?", OPT_OUT),
    ("Can I opt out of the price increase?", OPT_OUT),
    ("How does the callback feature work?", FOLLOW_UP),
    ("Is the ring back service available at weekends?", FOLLOW_UP),
])
def test_a_question_about_the_subject_asks_nothing(text, intent):
    assert intent not in _intents(text)


@pytest.mark.parametrize("text, intent", [
    ("It's an emergency, my dad's collapsed, does that cover an ambulance?", DISTRESS),
    ("How do I opt out of your marketing emails?", OPT_OUT),
    ("Opt me out of the survey calls.", OPT_OUT),
    ("Can I have a callback please?", FOLLOW_UP),
])
def test_the_ask_itself_still_counts(text, intent):
    assert intent in _intents(text)


@pytest.mark.parametrize("text", [
    "Me nan will kill me if I don't pay her phone bill on time.",
    "My other half's going to kill me when he sees what I spent on the upgrade.",
    "My father would kill me if I cancelled his insurance.",
])
def test_family_hyperbole_said_with_any_family_word_is_no_danger(text):
    assert DISTRESS not in _intents(text)


@pytest.mark.parametrize("text", [
    "My mam said she'd kill me, I'm scared to go home.",
    "My dad is going to kill me, he's got a knife.",
])
def test_a_family_threat_with_fear_stays_distress(text):
    assert DISTRESS in _intents(text)


def _rules(text: str) -> set[str]:
    return {h.intent for h in phrases.find_intents(text, rules_only=True)}


@pytest.mark.parametrize("text", [
    "The bus has rolled into the canal and people are still inside.",
    "We skidded into the reservoir, the water's coming in.",
    "There's a man pinned under the rubble next door.",
    "The fuse box is smoking and there's sparks everywhere.",
    "There's a gas leak in the flat below.",
    "My nan won't wake up and her lips are blue.",
    "My little boy is drowning!",
])
def test_danger_told_as_what_is_happening_is_distress_on_the_rules_alone(text):
    assert DISTRESS in _rules(text) and DISTRESS in _intents(text)


@pytest.mark.parametrize("text", [
    "I'm drowning in emails, can you just text me?",
    "The match drowned out the phone, sorry, can you repeat?",
    "My laptop won't wake up after the update.",
    "The app isn't responding.",
    "You're on fire today, thanks for sorting it.",
    "Can I give you a gas meter reading?",
])
def test_the_same_words_said_of_things_are_no_danger(text):
    assert DISTRESS not in _intents(text)


@pytest.mark.parametrize("text", [
    "Oh brilliant, yet another automated menu.",
    "Fantastic, more hold music, exactly what I wanted.",
    "Cheers for nothing, mate.",
    "Perfect, one more form to fill in.",
])
def test_sarcasm_at_the_calls_machinery_is_frustration(text):
    assert FRUSTRATION in _intents(text)


@pytest.mark.parametrize("text", [
    "Lovely, thank you, that's all sorted.",
    "Lovely, one more thing, can I change my address?",
    "Great, more data on my plan for the same price?",
    "Brilliant, that's another job done, thanks.",
])
def test_pleasure_said_plainly_is_no_sarcasm(text):
    assert FRUSTRATION not in _intents(text)


@pytest.mark.parametrize("text", [
    "my husband's collapse on the stairs, get me somebody",     # tiny.en drops the final -d
    "i swallowed all of my pill",
    "he's just pulled out a machete",
    "there's a man in the garden with a shotgun",
])
def test_weapons_and_asr_shortened_crises_are_distress(text):
    assert DISTRESS in _rules(text)


@pytest.mark.parametrize("text", [
    "The market's collapse hit my pension.",
    "I've got a knife sharpener on back order, when will it arrive?",
    "I had a gun licence renewal letter from you.",
    "I took my tablet this morning as usual, is the pharmacy open?",
])
def test_weapon_and_collapse_words_of_things_are_no_danger(text):
    assert DISTRESS not in _intents(text)


@pytest.mark.parametrize("text", [
    "Can you unsubscribe my daughter from the pay-as-you-go bolt-on?",
    "Please don't ring me before ten, I'm on nights.",
    "Would unsubscribing from the texts stop the emails as well?",
    "Stop emailing my old work address, send it to the new one please.",
])
def test_contact_moved_or_a_product_left_is_no_opt_out(text):
    assert OPT_OUT not in _intents(text)


@pytest.mark.parametrize("text", [
    "Stop calling my old number and my new one, I don't want any calls.",
    "Unsubscribe me from the newsletter.",
    "Don't ring me at 7am ever again, take me off your list.",
])
def test_an_opt_out_beside_them_still_counts(text):
    assert OPT_OUT in _intents(text)


@pytest.mark.parametrize("text, intent", [
    ("the engineer said he ring me back, has he called?", FOLLOW_UP),           # tiny.en drops the 'd
    ("My neighbour wants to report your driver, but I'm only ringing to pay.", COMPLAINT),
    ("My sister's been trying to get a callback for weeks, can I check my own account?", FOLLOW_UP),
    ("My dad threatened to take you to court, but I just need the balance.", COMPLAINT),
    ("My daughter opted out of your texts, can I opt in?", OPT_OUT),
])
def test_someone_elses_ask_reported_or_disowned(text, intent):
    assert intent not in _intents(text)


@pytest.mark.parametrize("text, intent", [
    ("My husband wants to speak to a manager.", ESCALATION),
    ("My wife wants a callback, and I'm just as fed up, call us back tonight.", FOLLOW_UP),
    ("The agent said they call me back but nobody did, I want to complain.", COMPLAINT),
])
def test_a_relayed_or_own_ask_still_counts(text, intent):
    assert intent in _intents(text)


@pytest.mark.parametrize("text", [
    "Is there anyone more senior there?",
    "Put someone else on, please.",
    "Is there somebody else available?",
    "Put a manager on, now.",
])
def test_someone_above_or_other_asked_for(text):
    assert ESCALATION in _intents(text)


@pytest.mark.parametrize("text", [
    "Is there anyone else on the account?",
    "Put my wife on the policy.",
    "Is there anyone else who uses this number?",
])
def test_someone_else_only_mentioned(text):
    assert ESCALATION not in _intents(text)
