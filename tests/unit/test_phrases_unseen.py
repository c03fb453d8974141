"""Phrasings that are not in the dev dialogs: every intent in other words, and look-alikes that are not."""

import pytest

from callwarden.detect.phrases import FOLLOW_UP, find_intents

OTHER_WORDS = {
 "escalation_request": ["Can you transfer me to someone?", "I'd rather speak with a person.", "Get me a live agent.",
   "Is there a human I can talk to?", "Operator!", "Put me through to a real person please.", "I need to speak to somebody in charge.",
   "Could I talk to an actual human being?", "Connect me with customer service, a person please.", "I want a representative."],
 "opt_out": ["Please stop calling me.", "Remove my number from your list.", "I don't want any more calls from you.",
   "Unsubscribe me from these calls.", "Never call me again.", "Don't contact me again.", "Put me on your do not call list.",
   "Stop phoning this number."],
 "consent_refused": ["I do not agree to be recorded.", "Please don't record this call.", "I don't want to talk to a robot.",
   "I'd rather not be recorded.", "I don't give permission to record this.", "You do not have my consent to record.",
   "I'm not okay with this call being recorded.", "No, I don't want to speak with an AI."],
 "distress": ["I think I'm having a heart attack.", "My husband just collapsed.", "I want to kill myself.",
   "Someone is breaking into my house.", "I can't breathe.", "I took too many pills.", "There's a fire in my kitchen.",
   "I need an ambulance right now."],
 "complaint": ["I want to make a complaint.", "I'm reporting you to the regulator.", "This is going to my solicitor.",
   "I'll be taking legal action.", "I want to lodge a complaint about your service.", "I'm going to sue you.",
   "I'd like to complain about the engineer."],
 "frustration": ["This is a joke.", "Are you serious?", "I've been waiting for an hour.", "Unbelievable.",
   "This is absolutely ridiculous.", "I'm sick of this.", "You people are hopeless.", "Why is this so difficult?",
   "I'm getting really annoyed now."],
}
LOOK_ALIKES = ["I'm dying to try your new app.", "My agent said the policy covers it.", "Stop the direct debit from next month.",
 "My lawyer friend told me about you.", "No worries, take your time.", "The recording of my meeting was great.",
 "I don't need a manager, thanks.", "That was a killer deal.", "I saw the fire department on the news.",
 "Please record my new address.", "I'm not upset, just curious.", "Can you stop the payment for this month?",
 "I'd like to speak about my bill.", "The human resources department sent me.", "I complained last year and you fixed it.",
 "My heart is set on the blue one.", "I need to cancel my old card.", "Could you call the driver?",
 "I'm calling to say thank you.", "The person at the store was helpful."]


@pytest.mark.parametrize("intent,text", [(i, t) for i, ts in OTHER_WORDS.items() for t in ts])
def test_intent_in_other_words(intent, text):
    assert intent in [h.intent for h in find_intents(text)]


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes_raise_nothing(text):
    assert [h.intent for h in find_intents(text) if h.intent != FOLLOW_UP] == []


@pytest.mark.parametrize("said, want", [
    # a medical emergency in the plural is still one
    ("I've got chest pains and my left arm is numb.", {"distress"}),
    # the company "will give me a heart attack": exasperation, not an emergency
    ("Honestly your billing department is going to give me a heart attack.", set()),
    ("The pain in my chest is giving me a heart attack feeling, I can't breathe.", {"distress"}),
    # a transfer dreaded is not one asked for; a polite ask with "if" still is
    ("I'll scream if you put me on hold and transfer me again.", set()),
    ("If you could transfer me to the returns team that would be lovely.", {"escalation_request"}),
    # exasperation idioms at the service
    ("Your company will be the death of me.", {"frustration"}),
    ("I'm going to lose my mind with this app of yours.", {"frustration"}),
])
def test_hyperbole_and_emergencies_said_in_other_words(said, want):
    got = {h.intent for h in find_intents(said)} & {"distress", "escalation_request", "frustration"}
    assert got == want, said


@pytest.mark.parametrize("said, want", [
    # insisting, naming who alone will do, asking whether a person is free (detect/asks.py)
    ("I'll only discuss this with a manager.", "escalation_request"),
    ("I insist on speaking with a manager.", "escalation_request"),
    ("Is a person available?", "escalation_request"),
    ("Can I get a call handler please?", "escalation_request"),
    ("Pass me to whoever is in charge.", "escalation_request"),
    ("I'm writing to Ofcom about this.", "complaint"),
    ("I don't see any point in going on.", "distress"),
    ("They'd all be better off without me.", "distress"),
    ("Would someone be able to follow this up with me next week?", "follow_up_request"),
    # the same words asking for a visit, about a contract, reported or past
    ("Is someone available on Tuesday to fix the boiler?", None),
    ("I insist on paying by card.", None),
    ("There's no point in going on with this contract.", None),
    ("What's the point in carrying on paying for this?", None),
    ("I can't carry on any more with this provider, I'm switching.", None),
    ("I read on the Ofcom website that I can switch.", None),
    ("I went to citizens advice and they said to ring you.", None),
])
def test_asks_in_other_registers(said, want):
    got = {h.intent for h in find_intents(said)}
    assert (want in got) if want else not got & {"escalation_request", "complaint", "distress"}, (said, got)


@pytest.mark.parametrize("said, want, absent", [
    # reported: someone else said, planned or did it (detect/look_alikes.py)
    ("My sister said she'd rather speak to a human than one of these bots, but I don't mind.", None, "escalation_request"),
    ("My brother was going to take them to court over it, but he dropped it.", None, "complaint"),
    ("Our neighbour has been on to the ombudsman about the same fault.", None, "complaint"),
    ("The leaflet said to ring this number if we didn't want any more calls.", None, "opt_out"),
    ("My mum told me I should unsubscribe, but I like the offers.", None, "opt_out"),
    ("The chap I spoke to yesterday transferred me to the wrong team.", None, "escalation_request"),
    ("My neighbour complained to Ofcom about the same fault.", None, "complaint"),
    ("My wife complained, and now I want to make a formal complaint too.", "complaint", None),
    # relayed requests and a danger reported keep their words
    ("My husband wants to speak to a manager.", "escalation_request", None),
    ("My wife says stop calling us.", "opt_out", None),
    ("I want to be transferred to a supervisor.", "escalation_request", None),
    ("My son says he's going to kill himself.", "distress", None),
    # registers the rules missed
    ("Connect me to the billing department please.", "escalation_request", None),
    ("Put me on to someone in charge.", "escalation_request", None),
    ("Please do not disturb me on this mobile again.", "opt_out", None),
    ("I wish to register my complaint against the technician.", "complaint", None),
    ("I can't see the point any more.", "distress", None),
    ("How many times do I have to give you my account number?", "frustration", None),
    ("for f sake why is it still broken", "frustration", None),
    # blessings, a grievance resolved, a complaint logged, a callback not needed
    ("Thanks so much love, God bless you.", None, "frustration"),
    ("Last week the app was down all day, but it's all sorted now.", None, "frustration"),
    ("Could you log it as a formal complaint please?", "complaint", "consent_refused"),
    ("No need for a call back, thanks.", None, "follow_up_request"),
    ("Please do not disturb me while I check the router.", None, "opt_out"),
    # a question about recording asks for nothing; an opt-out after it still counts
    ("Are your calls recorded at all?", None, "opt_out"),
    ("Is this recorded? Either way, remove my number from your list.", "opt_out", None),
])
def test_reports_and_registers(said, want, absent):
    got = {h.intent for h in find_intents(said)}
    assert want is None or want in got, (said, got)
    assert absent is None or absent not in got, (said, got)


@pytest.mark.parametrize("said, want, absent", [
    # a clause about a past call or act is a story; a new ask after it still counts
    ("When I phoned last week they put me through to the wrong department.", None, "escalation_request"),
    ("I asked them not to record it the last time I called.", None, "consent_refused"),
    ("A friend of mine said they refused the recording and nobody minded.", None, "consent_refused"),
    ("My brother told me to ask for a manager, but I'm happy with you.", None, "escalation_request"),
    ("Last time I asked for a manager nobody came, so I want a supervisor now.", "escalation_request", None),
    ("Last week I got cut off, but I want a supervisor this time.", "escalation_request", None),
    ("Could you put me through to someone in billing?", "escalation_request", None),
    ("Yesterday, the lady escalated it to her supervisor.", None, "escalation_request"),
    # as tiny.en writes them: "put" heard as "but", an oath hyphenated
    ("Okay. But me through to the billing department.", "escalation_request", None),
    ("Why is it still broken, for F-SAKE.", "frustration", None),
    ("I'll do it, but me first in the queue please.", None, "escalation_request"),
])
def test_stories_of_past_calls(said, want, absent):
    got = {h.intent for h in find_intents(said)}
    assert want is None or want in got, (said, got)
    assert absent is None or absent not in got, (said, got)


@pytest.mark.parametrize("said, want", [
    # crisis said without the core rules' emergency words (asks.DISTRESS)
    ("Honestly there's nothing left to live for.", True),
    ("Nobody would even notice if I was gone.", True),
    ("I'm going to throw myself off the bridge.", True),
    ("I might do something stupid tonight.", True),
    ("She's necked a whole bottle of her antidepressants.", True),
    ("A man has been following me since the station.", True),
    ("I'll jump on the app and check the balance.", False),
    ("I might do something stupid like switch to your rivals.", False),
    ("Someone has been following me on Facebook with your adverts.", False),
    ("I took loads of photos of the leak.", False),
])
def test_crisis_said_plainly(said, want):
    assert ("distress" in {h.intent for h in find_intents(said)}) == want, said


@pytest.mark.parametrize("said, want", [
    # tiny.en hears "phone me" as "follow me": a request with a when is a callback (asks.FOLLOW_UP)
    ("can you follow me tomorrow about the quote", True),
    ("Could someone follow me this afternoon?", True),
    ("Please follow me on Monday, I'm in all day.", True),
    ("Get the nurse to follow me before the appointment.", True),
    ("if someone could follow me later that would help", True),
    ("Follow me on Instagram for the pictures.", False),
    ("Can you follow me so far?", False),
    ("Please follow me to the counter.", False),
    ("Could you follow me on Twitter tomorrow?", False),
    ("The engineer will follow me in his van tomorrow.", False),
    ("Keep me in the loop about the engineer, please.", True),
    ("I was kept out of the loop by the last agent.", False),
])
def test_a_callback_heard_as_follow_me(said, want):
    assert ("follow_up_request" in {h.intent for h in find_intents(said)}) == want, said


@pytest.mark.parametrize("said, want", [
    # "put me on" a plan or a list is an errand; "put me on to" someone is not (look_alikes.ERRAND)
    ("Can you put me on the cheaper plan?", False),
    ("could you move me onto the annual tariff please", False),
    ("Please put us on the family bundle.", False),
    ("can you put me on the priority register", False),
    ("Put me on to the complaints team.", True),
    ("Put me on to a manager, then put me on the cheaper plan.", True),
])
def test_put_me_on_a_plan_is_no_transfer(said, want):
    assert ("escalation_request" in {h.intent for h in find_intents(said)}) == want, said


@pytest.mark.parametrize("said, want", [
    # someone else's self-harm said plainly is distress (asks.DISTRESS), told as past or not
    ("My son tried to kill himself.", True),
    ("my daughter has been self harming", True),
    ("She cut herself again last night.", True),
    ("He tried to kill himself last month, he's home now.", True),
    ("She's been talking about hurting herself.", True),
    ("He nearly killed himself laughing.", False),
    ("The boiler tried to kill itself.", False),
    # an emergency told as past and over in the same turn is no crisis now (look_alikes.RESOLVED)
    ("I called an ambulance last week for my mum, she's fine now, I need to change her appointment.", False),
    ("My son had a seizure last week, thankfully he's fine now.", False),
    ("My husband collapsed last night. He's home now but he can't breathe properly.", True),
    ("She took an overdose yesterday, she's recovering, and I need to cancel her order.", True),
])
def test_self_harm_of_others_and_emergencies_that_are_over(said, want):
    assert ("distress" in {h.intent for h in find_intents(said)}) == want, said
