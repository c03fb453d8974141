"""Round 2: a blind probe set of caller turns for the intent detector.

Written blind by a helper session: the lists below were composed from general
knowledge of how callers talk on phone lines (UK, US, Irish, Indian and
Australian English; elderly, young, non-native, curt, rambling, very polite;
some lower-case ASR-style text), using only the seven one-line intent
definitions from the brief.  Before this file was written and committed, its
author did not open the detector (daemon/callwarden/detect/), the intent
training tools, any other file in tests/intent_suite/, the intent/detect/
phrase unit tests, or the README's detection section.  The lists were
committed before the first run and have not been edited after it.

Each entry of TURNS is (text, labels, kind).  Positives carry one or more of
the seven intents (kind = the intent name, or "multi" for several labels);
negatives carry [] and a near-miss tag in kind.

Split (computed at import): a turn is TUNE when the first byte of
sha256(text.encode()) is even, else SEALED.  Failures are only ever printed
for the TUNE half; the SEALED half is reported as aggregate counts only.

Run from the repository root:
    .venv/bin/python -m tests.intent_suite.round2             # both halves
    .venv/bin/python -m tests.intent_suite.round2 --failures  # + tune misses
    .venv/bin/python -m tests.intent_suite.round2 --asr       # what tiny.en wrote of each turn
    .venv/bin/python -m tests.intent_suite.round2 --render    # remake round2_asr.jsonl (minutes)

round2_asr.jsonl holds each turn as said through the phone path (Piper, 8 kHz G.711, tiny.en; speed,
pitch and line noise from the turn's hash), rendered once after the first fixes and committed.
"""
from __future__ import annotations

import hashlib
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

INTENTS = ["escalation_request", "opt_out", "consent_refused", "complaint",
           "distress", "frustration", "follow_up_request"]

E, O, C, P = "escalation_request", "opt_out", "consent_refused", "complaint"
D, F, U = "distress", "frustration", "follow_up_request"

TURNS: list[tuple[str, list[str], str]] = [
    # ---- escalation_request -------------------------------------------
    ("Can I speak to a real person please?", [E], E),
    ("agent.", [E], E),
    ("human please", [E], E),
    ("put me through to someone who actually works there", [E], E),
    ("i wanna talk to a human being", [E], E),
    ("Operator.", [E], E),
    ("Let me speak to your supervisor.", [E], E),
    ("I'd like to speak with a manager, please.", [E], E),
    ("get me someone in customer services", [E], E),
    ("Is there anyone there I can actually talk to? A person, I mean.", [E], E),
    ("representative", [E], E),
    ("Hello? Hello? Is anybody there? I need a live agent.", [E], E),
    ("Right, well, I've been trying to sort out the meter reading since March, and the thing is my husband used to do all this, he passed last year, so if I could just have a word with someone, a proper person, that would help me, and then I can give them the numbers off the meter.", [E], E),
    ("Kindly connect me to the concerned executive, madam.", [E], E),
    ("can you connect me with customer care executive", [E], E),
    ("Speak to an advisor.", [E], E),
    ("Put me through to Sarah in the lettings team, she's dealing with it.", [E], E),
    ("can you transfer me to the sales team", [E], E),
    ("I want to escalate this to a team leader.", [E], E),
    ("Give us a real person, mate.", [E], E),
    ("yeah can i speak to someone in the tech department please", [E], E),
    ("could i talk to a actual person not this thing", [E], E),
    # ---- opt_out --------------------------------------------------------
    ("Please take me off your calling list.", [O], O),
    ("Stop calling me.", [O], O),
    ("remove my number from your system", [O], O),
    ("I don't want any more marketing texts.", [O], O),
    ("Put me on your do not call list.", [O], O),
    ("unsubscribe", [O], O),
    ("dont ring this number again", [O], O),
    ("I'm registered with the TPS, don't call me again.", [O], O),
    ("Please don't contact me anymore, not by phone, not by email, nothing.", [O], O),
    ("Can you stop sending me them offers by post and text", [O], O),
    ("I'd like to opt out of marketing.", [O], O),
    ("no more calls please", [O], O),
    ("take my mum's number off your list, she's 89 and she gets confused by these calls", [O], O),
    ("kindly do not disturb me on this number henceforth", [O], O),
    ("Look love, I'm not interested, and I don't want you ringing me again.", [O], O),
    ("stop texting me", [O], O),
    ("delete my details and don't contact me", [O], O),
    ("Can you make sure nobody from your company calls this house again?", [O], O),
    ("Lose my number.", [O], O),
    ("Well the thing is, I did buy the boiler cover from you, years ago that was, and I'm happy enough with it, but I keep getting these calls about upgrading and whatnot, and I'd rather you didn't call about that any more, if that's alright, I'll let you know if I want anything.", [O], O),
    ("please don't send me any more promotional emails", [O], O),
    ("dont call me no more", [O], O),
    # ---- consent_refused -------------------------------------------------
    ("I don't consent to this call being recorded.", [C], C),
    ("I do not want this call recorded.", [C], C),
    ("I don't want to talk to a machine.", [C], C),
    ("Turn the recording off please.", [C], C),
    ("I'm not speaking to a robot.", [C], C),
    ("i dont agree to the recording", [C], C),
    ("No, you can't record me.", [C], C),
    ("I object to being recorded.", [C], C),
    ("i dont want to speak to a computer", [C], C),
    ("I'm not comfortable with an AI handling this.", [C], C),
    ("Stop recording this conversation.", [C], C),
    ("I don't want to deal with an automated system.", [C], C),
    ("Is this a bot? I'm not talking to a bot.", [C], C),
    ("I withdraw my consent to recording.", [C], C),
    ("No recording, thank you.", [C], C),
    ("I'm not happy being recorded, can you switch it off", [C], C),
    ("i refuse to talk to an automated voice", [C], C),
    ("Can you not record this one please, it's personal.", [C], C),
    ("you're not recording this are you? because I don't want it recorded", [C], C),
    ("no i dont want no robot dealing with my account", [C], C),
    ("I don't wish to be recorded, madam.", [C], C),
    ("Right, before we go any further, I heard the message at the start, and I'm not having this recorded, I'm not, so whatever you need to do about that, do it.", [C], C),
    # ---- complaint ---------------------------------------------------------
    ("I want to make a formal complaint.", [P], P),
    ("I'd like to lodge a complaint.", [P], P),
    ("I'm going to the ombudsman with this.", [P], P),
    ("I'll be contacting my solicitor.", [P], P),
    ("I'm going to sue you.", [P], P),
    ("I'm reporting you to trading standards.", [P], P),
    ("i want to complain", [P], P),
    ("I'll be reporting this to Ofcom.", [P], P),
    ("I'd like to raise a complaint about the engineer who came on Tuesday.", [P], P),
    ("How do I file a formal complaint?", [P], P),
    ("Consider this a formal complaint.", [P], P),
    ("you'll be hearing from my lawyer", [P], P),
    ("I'm going to report you to the FCA.", [P], P),
    ("I will file a case in consumer court.", [P], P),
    ("I'm filing a complaint with the Better Business Bureau.", [P], P),
    ("I'll be taking this to the small claims court.", [P], P),
    ("i wanna put in a complaint", [P], P),
    ("Energy ombudsman, that's where this is going.", [P], P),
    ("Please register my complaint, sir.", [P], P),
    ("So, this is the third bill this year that's been wrong, and I've been patient, I have, I've paid what you asked each time even when I shouldn't have, but enough's enough, I'd like it recorded as an official complaint, and then we'll see about the refund.", [P], P),
    ("i will be contacting the finacial ombudsman", [P], P),
    ("I'm going to take you to court over this.", [P], P),
    # ---- distress ----------------------------------------------------------
    ("I want to kill myself.", [D], D),
    ("I don't want to be alive anymore.", [D], D),
    ("My husband's collapsed and he's not breathing.", [D], D),
    ("i think im having a heart attack", [D], D),
    ("There's someone trying to break in right now.", [D], D),
    ("I've taken all my tablets.", [D], D),
    ("He's got a knife and he's threatening me.", [D], D),
    ("I can't go on, I'm going to end it tonight.", [D], D),
    ("there's smell of gas everywhere and my kid is feeling dizzy", [D], D),
    ("I'm thinking of ending my life.", [D], D),
    ("My dad's fallen down the stairs and he's bleeding from his head.", [D], D),
    ("im standing on the bridge and i dont see the point anymore", [D], D),
    ("my wife is having a seizure right now", [D], D),
    ("i cant breathe, chest is really tight", [D], D),
    ("Nobody would miss me if I was gone.", [D], D),
    ("My ex is outside banging on the door, he said he'll hurt me.", [D], D),
    ("I've been self harming again.", [D], D),
    ("My mum's unconscious on the kitchen floor.", [D], D),
    ("I took an overdose an hour ago.", [D], D),
    ("Sorry, I'm sorry, I can't concentrate on the bill, my little boy's swallowed something and he's choking, he's going blue.", [D], D),
    ("i feel like hurting myself", [D], D),
    ("I'll kill myself if you cut off the gas, I mean it, I've nothing left.", [D], D),
    # ---- frustration -------------------------------------------------------
    ("This is ridiculous.", [F], F),
    ("You people are useless.", [F], F),
    ("I've been on hold for an hour.", [F], F),
    ("This is the fourth time I've called about this!", [F], F),
    ("Absolutely shocking service.", [F], F),
    ("for gods sake just listen to me", [F], F),
    ("I'm sick and tired of this.", [F], F),
    ("what a joke of a company", [F], F),
    ("Are you even listening? I've said it three times.", [F], F),
    ("This is a complete waste of my time.", [F], F),
    ("unbelievable. every single month the bill is wrong", [F], F),
    ("I'm fed up with your company.", [F], F),
    ("Oh, brilliant, another menu.", [F], F),
    ("ya kidding me, 45 minutes and you cut me off last time", [F], F),
    ("I am very much disappointed with your service.", [F], F),
    ("Worst customer service I have ever experienced.", [F], F),
    ("you keep getting it wrong, how hard can it be", [F], F),
    ("this is a shambles", [F], F),
    ("Bloody hell, not this again.", [F], F),
    ("Your app never works, it's a disgrace.", [F], F),
    ("Jesus Christ, I just told you my postcode.", [F], F),
    ("I'm losing my patience with you lot.", [F], F),
    # ---- follow_up_request -------------------------------------------------
    ("Can you call me back?", [U], U),
    ("Please ring me back later this afternoon.", [U], U),
    ("Email me when it's done.", [U], U),
    ("Could someone give me a call tomorrow?", [U], U),
    ("have the engineer phone me before they come", [U], U),
    ("can u text me when the parcel is dispatched", [U], U),
    ("Let me know by email once the refund goes through.", [U], U),
    ("I'm at work, can somebody call me after six?", [U], U),
    ("Please get back to me on this.", [U], U),
    ("Drop me a line when you know more.", [U], U),
    ("call me back on this number pls", [U], U),
    ("Kindly revert to me by mail.", [U], U),
    ("Ring me when the part arrives, would you?", [U], U),
    ("Could you arrange a callback?", [U], U),
    ("Send me a text to confirm the appointment, would you?", [U], U),
    ("When you've found out, give me a bell.", [U], U),
    ("Can you keep me updated by email?", [U], U),
    ("I can't talk now, can you call me back in an hour?", [U], U),
    ("write to me with the outcome", [U], U),
    ("Oh, and, sorry, my daughter's shouting, anyway, if you could phone me on Thursday once you've spoken to the landlord, that'd be lovely, I'm in all day.", [U], U),
    ("message me on whatsapp when its sorted", [U], U),
    ("pls cal me bak", [U], U),
    # ---- multi ---------------------------------------------------------------
    ("This is ridiculous, put me through to a manager now.", [F, E], "multi"),
    ("I've been on hold for forty minutes, I want to speak to a human.", [F, E], "multi"),
    ("I want to make a formal complaint and I want someone to call me back about it.", [P, U], "multi"),
    ("Stop calling me or I'll report you to Ofcom.", [O, P], "multi"),
    ("I don't want to talk to a robot, get me a person.", [C, E], "multi"),
    ("I don't consent to recording, and please take me off your marketing list.", [C, O], "multi"),
    ("You people are a joke, I'm going to the ombudsman.", [F, P], "multi"),
    ("Have your manager call me.", [E, U], "multi"),
    ("useless. absolutely useless. agent.", [F, E], "multi"),
    ("this is the third time ive rang, i want a supervisor to ring me back today", [F, E, U], "multi"),
    ("I want to complain, can I speak to a manager?", [P, E], "multi"),
    ("Stop sending me texts, it's driving me mad.", [O, F], "multi"),
    ("I've told you lot before, stop phoning me at dinner time, take me off the list", [F, O], "multi"),
    ("I'm not talking to a machine, this is ridiculous.", [C, F], "multi"),
    ("My solicitor will be in touch, and I want a written response emailed to me.", [P, U], "multi"),
    ("Can you get a person to ring me back, I'm not doing this with an automated thing.", [E, U, C], "multi"),
    ("Please help, my dad's collapsed, I need a real person now!", [D, E], "multi"),
    ("Get me the supervisor, and stop recording this call.", [E, C], "multi"),
    ("I'll be lodging a complaint, and I don't want any more sales calls.", [P, O], "multi"),
    ("Honestly I'm fed up with you, just email me when the engineer's booked.", [F, U], "multi"),
    ("kindly connect me to senior person and register my complaint", [E, P], "multi"),
    ("i've had enough, i wanna speak to a real person and i want it in writing that im complaining", [F, E, P], "multi"),
    ("Your service is appalling. Call me back when you've got someone who knows what they're doing.", [F, U], "multi"),
    ("Stop recording me and stop ringing me.", [C, O], "multi"),
    ("I'm going to report this to trading standards, I've been waiting two hours on this line.", [P, F], "multi"),
    ("Take me off the list and call me back to confirm you have.", [O, U], "multi"),
    ("put me through to your complaints department, i want to make a formal complaint", [E, P], "multi"),
    ("Right, I'm not being funny, but this is a farce. Get me your manager.", [F, E], "multi"),
    ("operator operator operator for f sake", [E, F], "multi"),
    ("I don't wish to be recorded and I'd like to speak to a human, please.", [C, E], "multi"),
    ("This is a disgrace, I want to lodge a complaint.", [F, P], "multi"),
    ("I can't do this anymore, I'm going to end my life, and nobody at your company even cares.", [D, F], "multi"),
    # ---- negatives: idiom --------------------------------------------------
    ("This bill is killing me.", [], "idiom"),
    ("I nearly died laughing when I saw the new logo.", [], "idiom"),
    ("I'm dying for a cup of tea, sorry, go on.", [], "idiom"),
    ("I could kill my son, he's used all the data again.", [], "idiom"),
    ("My phone died halfway through the last call.", [], "idiom"),
    ("the battery is dead so i'm on my wife's phone", [], "idiom"),
    ("I'm dead tired, long day, anyway the account number is 4471.", [], "idiom"),
    ("It's a matter of life and death... only joking, it's just the wifi.", [], "idiom"),
    ("I'm not going to jump off a bridge over a tenner, just sort it when you can.", [], "idiom"),
    ("Ha, my heart nearly stopped when I saw the bill, but then I realised it was the annual one.", [], "idiom"),
    ("The kids are driving me up the wall but that's not why I'm ringing.", [], "idiom"),
    ("I'm starving, sorry, I'm eating my lunch while we talk.", [], "idiom"),
    ("You're a lifesaver, honestly.", [], "idiom"),
    ("The new router deal is a killer, I'll take it.", [], "idiom"),
    ("my knees are killing me so ill sit down while you look it up", [], "idiom"),
    ("i'd kill for a faster broadband speed lol", [], "idiom"),
    ("I was in stitches when the engineer told me the story.", [], "idiom"),
    ("The old boiler finally gave up the ghost, so I need a new one fitted.", [], "idiom"),
    # ---- negatives: venting_elsewhere ----------------------------------------
    ("The traffic on the M25 was horrendous this morning.", [], "venting_elsewhere"),
    ("Sorry, the kids are screaming, they're driving me mad.", [], "venting_elsewhere"),
    ("This weather is ridiculous, it's been raining for a week.", [], "venting_elsewhere"),
    ("Arsenal were useless last night, absolutely useless.", [], "venting_elsewhere"),
    ("my neighbours dog has been barking all night, its unbelievable", [], "venting_elsewhere"),
    ("The bus was forty minutes late, I'm fed up with the buses round here.", [], "venting_elsewhere"),
    ("the trains in this country are a joke", [], "venting_elsewhere"),
    ("Sorry, I'm in a mood, the council still haven't collected the bins.", [], "venting_elsewhere"),
    ("the cricket was a shambles, we lost by an innings", [], "venting_elsewhere"),
    ("The hospital kept me waiting three hours yesterday for a scan, it's a disgrace the NHS these days.", [], "venting_elsewhere"),
    ("My husband is useless with these things, that's why I'm calling instead of him.", [], "venting_elsewhere"),
    ("The Indian team played terribly yesterday, what a waste of my evening.", [], "venting_elsewhere"),
    # ---- negatives: topic_question -------------------------------------------
    ("When will the engineer call?", [], "topic_question"),
    ("What's your number for billing?", [], "topic_question"),
    ("When will my parcel arrive?", [], "topic_question"),
    ("How long is the wait for a technician?", [], "topic_question"),
    ("Does the engineer need access to the loft?", [], "topic_question"),
    ("Can you tell me when my next bill is due?", [], "topic_question"),
    ("What's the email address for customer services?", [], "topic_question"),
    ("Do you have a branch in Cork I could visit?", [], "topic_question"),
    ("What's the phone number for your head office?", [], "topic_question"),
    ("Does the engineer usually ring before he comes?", [], "topic_question"),
    ("What are your opening hours on Saturday?", [], "topic_question"),
    ("do u know when the outage will be fixed", [], "topic_question"),
    ("How much is it to add another line?", [], "topic_question"),
    ("Is my contract up for renewal this month?", [], "topic_question"),
    ("how many days does a refund usually take", [], "topic_question"),
    ("What time does the manager at the Leeds store start?", [], "topic_question"),
    # ---- negatives: own_plan ----------------------------------------------------
    ("I'll ring back later.", [], "own_plan"),
    ("I'll call you tomorrow when I've got the paperwork.", [], "own_plan"),
    ("I'll email you the photos tonight.", [], "own_plan"),
    ("Don't worry, I'll pop into the shop on Saturday.", [], "own_plan"),
    ("i'll get my son to call you, he knows more about it", [], "own_plan"),
    ("I'm going to check my bank statement and call again.", [], "own_plan"),
    ("I'll have a think about it and get back to you.", [], "own_plan"),
    ("I'll write to you with the details.", [], "own_plan"),
    ("I'll phone the engineer myself.", [], "own_plan"),
    ("Let me find my reading glasses and I'll come back to the phone.", [], "own_plan"),
    # ---- negatives: reported ------------------------------------------------------
    ("My wife said she wanted to complain.", [], "reported"),
    ("My manager told me to ring you about the invoice.", [], "reported"),
    ("The engineer said someone would call me back.", [], "reported"),
    ("My neighbour's been on to the ombudsman about the same thing.", [], "reported"),
    ("My son said I should stop the marketing emails, but honestly I don't mind them.", [], "reported"),
    ("The lady in the shop said the call would be recorded for training.", [], "reported"),
    ("My daughter was going to sue them, the other company I mean, but she didn't bother.", [], "reported"),
    ("My friend said she'd rather talk to a person than a machine, but I'm fine with this.", [], "reported"),
    ("The doctor said my mum's heart is much better now.", [], "reported"),
    ("Last time the agent said she'd escalate it to her team leader.", [], "reported"),
    ("The letter said to call this number if I didn't want to be contacted.", [], "reported"),
    ("my husband reckons you should take us off the list but its his name on the account not mine", [], "reported"),
    ("The man on the radio said people should report scams to trading standards.", [], "reported"),
    ("My grandad says he wants to die at home, that's why we're getting the stair lift.", [], "reported"),
    ("My sister told me she was furious with your service but I've had no problems.", [], "reported"),
    # ---- negatives: negated --------------------------------------------------------
    ("No, I don't need a manager.", [], "negated"),
    ("No need to call me back, I'll check the app.", [], "negated"),
    ("I don't want to complain, I just want it fixed.", [], "negated"),
    ("I'm not angry, I just want to understand the bill.", [], "negated"),
    ("You don't have to put me through to anyone, you're doing fine.", [], "negated"),
    ("I'm happy to be recorded, that's fine.", [], "negated"),
    ("Keep sending me the offers, I like them.", [], "negated"),
    ("There's no emergency, it's just the boiler making a noise.", [], "negated"),
    ("I'm not going to sue anyone, don't worry.", [], "negated"),
    ("I don't mind talking to the automated thing, go ahead.", [], "negated"),
    ("No, no, don't transfer me, I'll stay with you.", [], "negated"),
    ("not a complaint as such, just feedback", [], "negated"),
    ("I'm not frustrated, honestly, these things happen.", [], "negated"),
    ("no need for a callback thanks", [], "negated"),
    # ---- negatives: money_verb -----------------------------------------------------
    ("I'd like to transfer money between my accounts.", [], "money_verb"),
    ("Can you cancel my order please?", [], "money_verb"),
    ("Please stop the direct debit.", [], "money_verb"),
    ("Remove the sports add-on from my package.", [], "money_verb"),
    ("I want to transfer the balance to my new card.", [], "money_verb"),
    ("Cancel the standing order to my landlord.", [], "money_verb"),
    ("Can you take the insurance off my bill?", [], "money_verb"),
    ("put a stop on that cheque", [], "money_verb"),
    ("Stop my subscription at the end of the month.", [], "money_verb"),
    ("Remove my ex-husband from the account.", [], "money_verb"),
    ("Can you delete the old card details?", [], "money_verb"),
    ("Transfer the account into my daughter's name.", [], "money_verb"),
    ("Please block my card, I think I've lost it.", [], "money_verb"),
    ("I want to end my contract.", [], "money_verb"),
    ("Cancel the engineer visit, I've fixed it myself.", [], "money_verb"),
    ("can u put me on the cheaper plan", [], "money_verb"),
    # ---- negatives: recording_question ----------------------------------------------
    ("Is this call being recorded?", [], "recording_question"),
    ("Are you a real person or a recording?", [], "recording_question"),
    ("Do you record these calls?", [], "recording_question"),
    ("How long do you keep the recordings?", [], "recording_question"),
    ("Can I get a copy of the recording of my last call?", [], "recording_question"),
    ("am i talking to a computer", [], "recording_question"),
    ("Is this an automated line?", [], "recording_question"),
    ("Are you a bot? Just curious, you sound very natural.", [], "recording_question"),
    # ---- negatives: contact_given ------------------------------------------------------
    ("My number is 07700 900123.", [], "contact_given"),
    ("My email is j dot murphy at gmail dot com.", [], "contact_given"),
    ("The best number for me is the landline, 0161 496 0000.", [], "contact_given"),
    ("my mobile is nine eight four five zero one two three four five", [], "contact_given"),
    ("Email's on the account, it's the hotmail one.", [], "contact_given"),
    ("It's 0412 345 678, that's my mobile.", [], "contact_given"),
    ("My work number is on the file as well.", [], "contact_given"),
    # ---- negatives: pleasantry -----------------------------------------------------------
    ("Thanks so much, you've been really helpful.", [], "pleasantry"),
    ("Cheers, have a good day.", [], "pleasantry"),
    ("Lovely, thank you darling.", [], "pleasantry"),
    ("No worries, mate.", [], "pleasantry"),
    ("You're very kind, God bless.", [], "pleasantry"),
    ("thank you so much madam, very much obliged", [], "pleasantry"),
    ("That's grand, thanks a million.", [], "pleasantry"),
    ("ok great thx bye", [], "pleasantry"),
    # ---- negatives: past_call ---------------------------------------------------------------
    ("I called last week and the lady put me through to a manager, who sorted it.", [], "past_call"),
    ("Last time I rang I was on hold for ages, but it's fine, it's fixed now.", [], "past_call"),
    ("I made a complaint back in March and it was resolved, this is about something else.", [], "past_call"),
    ("Someone called me back yesterday like they promised, so thank you.", [], "past_call"),
    ("When I rang before, they said the call was recorded, and I was fine with that.", [], "past_call"),
    ("Years ago I asked you to stop calling, and you did, fair play.", [], "past_call"),
    ("the last person i spoke to transferred me to billing and that was that", [], "past_call"),
    ("I rang on Friday and the gentleman said he'd email me.", [], "past_call"),
    ("I phoned 999 last night because my dad had a fall, he's home now and fine, so I need to move his appointment.", [], "past_call"),
]


def half(text: str) -> str:
    return "TUNE" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "SEALED"


HALF = {text: half(text) for text, _, _ in TURNS}


def _found(find_intents, text: str) -> set[str]:
    return {h.intent for h in find_intents(text)}


def _report(name: str, rows: list[tuple[str, set[str], set[str], str]]) -> None:
    pos = sum(1 for _, want, _, _ in rows if want)
    print(f"== {name}: {len(rows)} turns ({pos} positive, {len(rows) - pos} negative)")
    print(f"  {'intent':20s} {'prec':>6s} {'rec':>6s} {'tp':>4s} {'fp':>4s} {'fn':>4s}")
    for intent in INTENTS:
        tp = sum(1 for _, w, f, _ in rows if intent in w and intent in f)
        fp = sum(1 for _, w, f, _ in rows if intent not in w and intent in f)
        fn = sum(1 for _, w, f, _ in rows if intent in w and intent not in f)
        prec = f"{tp / (tp + fp):.3f}" if tp + fp else "  -  "
        rec = f"{tp / (tp + fn):.3f}" if tp + fn else "  -  "
        print(f"  {intent:20s} {prec:>6s} {rec:>6s} {tp:4d} {fp:4d} {fn:4d}")
    exact = sum(1 for _, w, f, _ in rows if w == f)
    print(f"  exact label-set match: {exact}/{len(rows)}")
    print("  negatives with a false intent, per kind:")
    by_kind: dict[str, list] = defaultdict(list)
    for _, w, f, kind in rows:
        if not w:
            by_kind[kind].append(f)
    for kind in sorted(by_kind):
        founds = by_kind[kind]
        bad = sum(1 for f in founds if f)
        which = Counter(i for f in founds for i in f)
        detail = ", ".join(f"{i} {n}" for i, n in sorted(which.items()))
        print(f"    {kind:20s} {bad:3d}/{len(founds):<3d} {detail}")


ASR_CACHE = Path(__file__).with_name("round2_asr.jsonl")


def render(path: Path = ASR_CACHE, turns=None, tag: str = "round2") -> None:
    """Say every turn through the phone path once (Piper, 8 kHz G.711, tiny.en; a style per turn from its
    own hash) and store what tiny.en wrote: `--asr` scores those transcripts and never renders."""
    from callwarden_tools.intent_training.render_asr import render_turns, style_for, write_jsonl

    turns = TURNS if turns is None else turns
    styles = [style_for(f"{tag}:" + text) for text, _, _ in turns]
    heard = render_turns(zip((text for text, _, _ in turns), styles))
    write_jsonl(path, [{"text": text, "style": st, "transcript": h} for (text, _, _), st, h in zip(turns, styles, heard)])


def _heard(path: Path = ASR_CACHE) -> dict[str, str]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    return {r["text"]: r["transcript"] for r in rows}


def run(turns, cache: Path, tag: str, argv: list[str]) -> int:
    """`--asr` scores tiny.en's transcripts of the turns (labels and halves of the written turns),
    `--render` makes them (minutes), `--failures` lists the TUNE half's errors."""
    from callwarden.detect.phrases import find_intents

    if "--render" in argv:
        render(cache, turns, tag)
        return 0
    heard = _heard(cache) if "--asr" in argv else None
    rows: dict[str, list] = {"TUNE": [], "SEALED": []}
    for text, labels, kind in turns:
        said = heard.get(text, "") if heard is not None else text
        rows[half(text)].append((said, set(labels), _found(find_intents, said), kind))
    for name in ("TUNE", "SEALED"):
        _report(name, rows[name])
    if "--failures" in argv:
        print("== TUNE failures (wanted -> found)")
        for text, want, found, kind in rows["TUNE"]:  # never the SEALED half
            if want != found:
                print(f"  [{kind}] {text!r}\n      wanted {sorted(want)} found {sorted(found)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return run(TURNS, ASR_CACHE, "round2", sys.argv[1:] if argv is None else argv)


if __name__ == "__main__":
    raise SystemExit(main())
