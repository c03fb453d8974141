"""Round 3: a blind probe set of caller turns for the intent detector.

Written blind by a helper session on 2026-12-05.  The turns below were composed
by hand from general knowledge of how callers talk on phone lines (UK, US,
Irish, Scottish, Indian, Nigerian, South African and Australian English;
elderly, young, non-native; very polite, curt, rude, rambling, sarcastic; some
lower-case ASR-style text with homophones, dropped words and fillers), using
only the seven one-line intent definitions given in the brief.

Exactly what its author read before this file was written and committed:
  * tests/intent_suite/round2.py, lines 1-60 (module docstring, imports,
    INTENTS, the label aliases and the first fifteen escalation turns of its
    TURNS list) and lines 384-466 (half, HALF, _found, _report, ASR_CACHE,
    render, _heard, main), plus a grep of that file for its def/constant lines;
  * `ls tests/intent_suite/` and the last five `git log --oneline` subjects.
Nothing under daemon/ (detector, lexicon, training), tools/, tests/unit/,
tests/dialogs/, /work/shared, any other file in tests/intent_suite/, or the
README's detection section was opened or grepped.  This file was committed
before its first run and its TURNS have not been edited after it.

Each entry of TURNS is (text, labels, kind).  Positives carry one or more of
the seven intents (kind = the intent name, or "multi" for several labels);
negatives carry [] and a near-miss tag in kind: idiom (intent words used
figuratively), errand (intent words in an ordinary request), negated (the
intent named and denied), topic (a question about the intent's subject, not
an ask), reported_other (someone else's intent, or the caller's in the past),
life_venting (upset about life, not this call or company), plain.

Split (computed at import, same rule as round 2): a turn is TUNE when the first
byte of sha256(text.encode()) is even, else SEALED.  Failures are only ever
printed for the TUNE half; the SEALED half is reported as aggregate counts only.

Run from the repository root:
    .venv/bin/python -m tests.intent_suite.round3             # both halves
    .venv/bin/python -m tests.intent_suite.round3 --failures  # + tune misses
    .venv/bin/python -m tests.intent_suite.round3 --asr       # what tiny.en wrote of each turn
    .venv/bin/python -m tests.intent_suite.round3 --render    # remake round3_asr.jsonl (minutes)

round3_asr.jsonl holds each turn as said through the phone path (Piper, 8 kHz G.711, tiny.en; speed,
pitch and line noise from the hash of "round3:" + the turn), made with the same rendering call as
round 2 and committed.
"""
from __future__ import annotations

import sys
from pathlib import Path

from tests.intent_suite.round2 import INTENTS, _found, _heard, _report, half

E, O, C, P = "escalation_request", "opt_out", "consent_refused", "complaint"
D, F, U = "distress", "frustration", "follow_up_request"

TURNS: list[tuple[str, list[str], str]] = [
    # ---- escalation_request -------------------------------------------
    ("Could you put me through to an actual human, please?", [E], E),
    ("is there no one else I could talk to about this", [E], E),
    ("I'd rather speak to somebody, if that's alright, love.", [E], E),
    ("supervisor", [E], E),
    ("Get me your manager. Now.", [E], E),
    ("Please transfer me to the billing department, I need to speak with someone there.", [E], E),
    ("yeah can i get a live person on the line", [E], E),
    ("I'm not doing this with a machine. Who can I talk to?", [E], E),
    ("Respected sir, I am requesting to kindly speak with senior officer regarding my issue.", [E], E),
    ("Abeg, connect me to one of your staff, I wan talk to person.", [E], E),
    ("Howzit, can I chat to a consultant please?", [E], E),
    ("Mate, just put us through to someone in accounts, would ya?", [E], E),
    ("Ach, can I no just speak tae a person?", [E], E),
    ("I've gone through it twice with the automated thing and I'd honestly just like to be handed over to one of your team.", [E], E),
    ("transfer me to an agent", [E], E),
    ("can i talk to somebody in the fraud department", [E], E),
    ("I was told to ask for the claims team, can you put me through?", [E], E),
    ("Hi there, um, so I'm calling about my mum's pension, she's ninety-one and she can't really manage the phone, and I've got power of attorney, I've got all the paperwork here in front of me, and what I really need is to speak with whoever handles the power of attorney side, if you could pass me across to them.", [E], E),
    ("Is there a human I could speak with, or is it just you?", [E], E),
    ("Escalate this to your team leader, please.", [E], E),
    ("Who's your boss? I want to talk to them.", [E], E),
    ("i need talk with some person, my english not so good for machine", [E], E),
    ("Can you just get someone on the phone who can help me with this?", [E], E),
    ("sorry is it possible to speak to a, uh, a real agent", [E], E),
    ("Put me on to the lady I spoke to yesterday, Siobhan, she knows the whole story.", [E], E),
    ("Any chance I could speak to someone in the Dublin office?", [E], E),
    ("Press zero, I pressed zero... how do I get a person here?", [E], E),
    ("can i speak too a manger please", [E], E),
    # ---- opt_out --------------------------------------------------------
    ("Please take me off your mailing list.", [O], O),
    ("stop calling me", [O], O),
    ("I don't want any more of these calls, remove my number.", [O], O),
    ("Can you make sure nobody rings this number again?", [O], O),
    ("I'd like to unsubscribe from all your marketing emails, thanks.", [O], O),
    ("Don't use my details for any marketing, I don't want my data passed on to anyone.", [O], O),
    ("Put me on your do not call list.", [O], O),
    ("lose my number", [O], O),
    ("Kindly delete my number from your database and stop sending these SMS.", [O], O),
    ("Ja, please stop the WhatsApp messages, I never signed up for them.", [O], O),
    ("Listen, somebody from your place rings me at teatime every single day. Take me off whatever list I'm on.", [O], O),
    ("I'd prefer not to receive any further offers by post.", [O], O),
    ("remove me from the list", [O], O),
    ("Stop texting my mother's phone, she's eighty-seven and the messages confuse her.", [O], O),
    ("I'm registered with the Telephone Preference Service and I want you to stop contacting me.", [O], O),
    ("I'd like to opt out of the marketing texts.", [O], O),
    ("No more calls, please, I mean it.", [O], O),
    ("Yeah, hi, I keep getting these emails about broadband deals and I honestly don't want them, so if you could just, like, unsubscribe me or whatever, that'd be grand.", [O], O),
    ("Please erase my information, I withdraw my permission for you to contact me.", [O], O),
    ("Don't call me back, ever, I don't want to hear from you again.", [O], O),
    ("Strike my name off your list.", [O], O),
    ("I want my data removed under GDPR and no further contact from you.", [O], O),
    ("Abeg, stop calling this number, I no want am again.", [O], O),
    ("Hi, I'm calling because my late husband still gets your catalogues, could you take him off your mailing list please?", [O], O),
    ("stop sending me them promo emails mate", [O], O),
    ("No, I'm not after a callback or anything, I just want you to stop phoning me.", [O], O),
    ("Could you arrange it so I'm not contacted by your company anymore?", [O], O),
    ("take me of you're list", [O], O),
    # ---- consent_refused ------------------------------------------------
    ("No, I don't consent to the call being recorded.", [C], C),
    ("No, you can't run a credit check on me.", [C], C),
    ("I don't agree to those terms.", [C], C),
    ("no i do not give permission", [C], C),
    ("I'd rather you didn't share my details with third parties, so no.", [C], C),
    ("Absolutely not, I'm not agreeing to that.", [C], C),
    ("Sorry, no, I'm not happy for you to do a credit search.", [C], C),
    ("I decline.", [C], C),
    ("No thank you, I won't be accepting the terms and conditions.", [C], C),
    ("Is it compulsory? Because if not, then no, I don't want you checking my credit.", [C], C),
    ("I do not authorise you to access my bank details.", [C], C),
    ("No. You do not have my permission to share anything with my landlord.", [C], C),
    ("um no i'd prefer not to consent to that if that's ok", [C], C),
    ("No, I don't want my medical information passed to the insurer.", [C], C),
    ("Nope, not agreeing to the recording.", [C], C),
    ("I don't accept the terms, the answer's no.", [C], C),
    ("Not comfortable with that, so no, don't do the soft search.", [C], C),
    ("Madam, I am not giving consent for this, please note it.", [C], C),
    ("No ways, I'm not signing up to those conditions.", [C], C),
    ("Nah, I'll say no to the data sharing bit.", [C], C),
    ("I'm going to say no to the recording, thanks.", [C], C),
    ("Hmm, no, I don't think I want to agree to that, sorry.", [C], C),
    ("You can't have my date of birth for a credit check, no.", [C], C),
    ("No, you don't have my permission to contact my employer for verification.", [C], C),
    ("I'd rather not have this conversation recorded, so no to that please.", [C], C),
    ("Not agreed.", [C], C),
    ("Before you go on: no, I'm not giving you consent to share my data with your partners.", [C], C),
    ("no i dont excep the terms", [C], C),
    # ---- complaint ------------------------------------------------------
    ("I want to make a formal complaint.", [P], P),
    ("How do I lodge a complaint about one of your engineers?", [P], P),
    ("I'd like to complain about the driver who delivered my parcel today, he threw it over the gate.", [P], P),
    ("complaint", [P], P),
    ("The woman in your Leeds branch was incredibly rude to me and I want it put on record.", [P], P),
    ("I'm ringing to complain, basically.", [P], P),
    ("Can you log this as a complaint, please.", [P], P),
    ("My son said I should complain, so I'm complaining. The bin men have missed us four weeks running.", [P], P),
    ("I wish to register a grievance regarding the conduct of your agent.", [P], P),
    ("I'd like to take my complaint to the ombudsman, what's the reference I need?", [P], P),
    ("Who do I write to about a complaint?", [P], P),
    ("i need to report one of your staff, he was very disrespectful to my wife", [P], P),
    ("Please note down my complaint, the reference number from last time is 4471.", [P], P),
    ("I'm not happy with the repair and I'd like to raise it formally.", [P], P),
    ("Sir, I am putting a complaint against your technician who came yesterday, he took money and did not fix.", [P], P),
    ("Yeah I wanna file a complaint on the installation guy", [P], P),
    ("This is a formal complaint about the billing error, and I expect a written response.", [P], P),
    ("Is there a complaints procedure? Because I'd like to use it.", [P], P),
    ("I want to make a complaint about how my late father's account was handled.", [P], P),
    ("Can I put in a complaint about the noise from your depot at five in the morning?", [P], P),
    ("I'd like it recorded that I'm complaining about the delay.", [P], P),
    ("Could you send me the complaints form?", [P], P),
    ("the nurse on the phone last night was dismissive and i want to complain about her", [P], P),
    ("I'm going to be putting in a formal complaint about the way this was handled, just so you know.", [P], P),
    ("Hi, um, I'm calling about the refund, well, not just the refund, I suppose I want to complain really, because nobody told me the flight was moved and I missed my connection.", [P], P),
    ("I want to lay a complaint against your branch in Sandton.", [P], P),
    ("Please raise a complaint on my behalf against the courier you use.", [P], P),
    ("i want to make a complain about you're service", [P], P),
    # ---- distress -------------------------------------------------------
    ("Help me, someone's trying to break in.", [D], D),
    ("My husband's collapsed and he's not breathing.", [D], D),
    ("I can't go on anymore, I want to end it.", [D], D),
    ("he's hitting me, please, I need help", [D], D),
    ("There's a fire in the flat below and I can't get out.", [D], D),
    ("I think I'm having a heart attack, my chest is really tight.", [D], D),
    ("My baby isn't waking up.", [D], D),
    ("I'm scared, he said he'd kill me if I told anyone.", [D], D),
    ("i took all my tablets", [D], D),
    ("My neighbour's lying at the bottom of her stairs and she's not answering me.", [D], D),
    ("I don't want to be alive anymore.", [D], D),
    ("Please send someone, there's a man with a knife outside my door.", [D], D),
    ("My dad's having a stroke, I think, his face has gone all droopy.", [D], D),
    ("I'm being followed and I'm really frightened.", [D], D),
    ("Sorry, I— I can't breathe properly, my throat's swelling up.", [D], D),
    ("my son's been stabbed", [D], D),
    ("I've fallen and I can't get up, I've been on the floor since last night.", [D], D),
    ("I feel like hurting myself.", [D], D),
    ("There's smoke everywhere, help.", [D], D),
    ("My partner locks me in and I'm not safe here.", [D], D),
    ("Sorry to bother you, dear, but I've had a fall and my hip's gone and there's nobody here.", [D], D),
    ("I'm thinking about killing myself.", [D], D),
    ("The car's gone into the river with the kids in it, please!", [D], D),
    ("a man is threatening my mother with a gun", [D], D),
    ("I've been bleeding heavily and I feel faint.", [D], D),
    ("My friend's overdosed, what do I do?", [D], D),
    ("Honestly I've been thinking everyone would be better off without me.", [D], D),
    ("I know this is the electricity line but my carbon monoxide alarm is going off and I feel dizzy.", [D], D),
    # ---- frustration ----------------------------------------------------
    ("This is ridiculous, I've been on hold for forty minutes.", [F], F),
    ("I'm so fed up with your company.", [F], F),
    ("Oh brilliant, cut off again. Fantastic service as always.", [F], F),
    ("You lot are absolutely useless.", [F], F),
    ("I've explained this five times already!", [F], F),
    ("for god's sake just listen to me", [F], F),
    ("Are you even listening? That's not what I said.", [F], F),
    ("This is the third time this month my internet's gone down and I'm sick of it.", [F], F),
    ("Honestly, I'm losing my patience with this.", [F], F),
    ("Why is it so hard to get a simple answer out of you people?", [F], F),
    ("Oh lovely, another menu. Just what I needed.", [F], F),
    ("I'm absolutely livid, you've charged me twice.", [F], F),
    ("This machine is driving me up the wall.", [F], F),
    ("Jesus, how many times do I have to say my postcode?", [F], F),
    ("Typical. Pay on time every month and this is how you treat me.", [F], F),
    ("I'm fuming.", [F], F),
    ("It's a joke, this, an absolute joke.", [F], F),
    ("bloody hell not this again", [F], F),
    ("I am very much annoyed, this is not the way to treat a customer.", [F], F),
    ("Ugh, seriously? The app's down again?", [F], F),
    ("Your service is a disgrace.", [F], F),
    ("I pay you ninety quid a month for this rubbish.", [F], F),
    ("Stop repeating yourself, it's not helping!", [F], F),
    ("I'm at the end of my tether with your company.", [F], F),
    ("Haibo, this thing is wasting my time now.", [F], F),
    ("This is doing my head in, I just want my bill fixed.", [F], F),
    ("Oh for crying out loud, I've been cut off three times today.", [F], F),
    ("ya this is so frustrating i just want the order cancelled", [F], F),
    # ---- follow_up_request ----------------------------------------------
    ("Can someone call me back later?", [U], U),
    ("Could you ring me tomorrow morning instead?", [U], U),
    ("Drop me an email when you've got an answer.", [U], U),
    ("I'm driving at the moment, can you give me a bell in an hour?", [U], U),
    ("Call me back on this number please.", [U], U),
    ("I'd appreciate a callback when the engineer's confirmed.", [U], U),
    ("Could somebody get back to me by Friday?", [U], U),
    ("text me when it's ready", [U], U),
    ("I'm at work now, could you phone after six?", [U], U),
    ("Kindly revert back to me on my mail id.", [U], U),
    ("Can you let me know by email once the refund's gone through?", [U], U),
    ("Best thing is if you ring me back, I'm just about to go into a meeting.", [U], U),
    ("could you call me back in like twenty minutes my battery's dying", [U], U),
    ("Get back to me when you know, yeah?", [U], U),
    ("Would it be possible for someone to phone me next week?", [U], U),
    ("I'd like a call back from the surveyor, please.", [U], U),
    ("Ring me on my landline later, love, I don't hear the mobile.", [U], U),
    ("Please give me a call back at your earliest convenience.", [U], U),
    ("Can I arrange a callback for Thursday afternoon?", [U], U),
    ("Follow up with me by email, please.", [U], U),
    ("Just send me a message when you've looked into it.", [U], U),
    ("Will you call me back when you've checked with the warehouse?", [U], U),
    ("i cant talk right now cud u call me bak", [U], U),
    ("Please try me again this evening, I'll be home after seven.", [U], U),
    ("Could you have someone reach out to me tomorrow?", [U], U),
    ("I'll be in Lagos next week, so call me when I'm back, the Monday after.", [U], U),
    ("call me back latter when your not busy", [U], U),
    # ---- multi-intent -----------------------------------------------------
    ("This is a joke, put me through to a manager now.", [F, E], "multi"),
    ("I want to complain and I want to speak to a supervisor.", [P, E], "multi"),
    ("Stop calling me, you lot are a nightmare.", [O, F], "multi"),
    ("No, I don't agree to the recording, and take me off your marketing list while you're at it.", [C, O], "multi"),
    ("I'm fed up of waiting, just have someone call me back.", [F, U], "multi"),
    ("I'd like to make a complaint, and can someone ring me back about it tomorrow?", [P, U], "multi"),
    ("My mum's collapsed, get me a person, not a machine!", [D, E], "multi"),
    ("I've been on hold an hour, this is disgraceful, I want to lodge a formal complaint.", [F, P], "multi"),
    ("Can I speak to your manager, or if they're busy, have them call me back this afternoon?", [E, U], "multi"),
    ("Honestly I'm sick of this, and no, you can't do a credit check.", [F, C], "multi"),
    ("No, I'm not giving consent, and I want to talk to a person about why you need it.", [C, E], "multi"),
    ("Take my number off your list, and I'll be making a complaint about how many times you've rung.", [O, P], "multi"),
    ("I'm so angry right now, you people keep texting me, stop it.", [F, O], "multi"),
    ("Please, he's got a knife, I can't talk to a machine, I need a human!", [D, E], "multi"),
    ("I want a manager, and I want to complain about the girl I spoke to.", [E, P], "multi"),
    ("This is useless. Email me when it's fixed.", [F, U], "multi"),
    ("Can someone phone me back, I want this logged as a complaint.", [U, P], "multi"),
    ("Don't send me any more letters, I'm done with you lot, honestly, worst company I've ever dealt with.", [O, F], "multi"),
    ("I'm not comfortable with the credit check so no, and please don't use my details for marketing either.", [C, O], "multi"),
    ("Look, I've had enough, get me your supervisor.", [F, E], "multi"),
    ("I'm formally complaining, and I'd like a written reply by email.", [P, U], "multi"),
    ("My dad's fallen and hit his head, I have to go to him, can someone call me back straight away?", [D, U], "multi"),
    ("Ugh, this is pathetic, remove me from all your lists.", [F, O], "multi"),
    ("No recording, thank you, and I'd like to speak to an advisor.", [C, E], "multi"),
    ("Kindly note my complaint and arrange a call back for me tomorrow.", [P, U], "multi"),
    ("i'm absolutely raging, stop ringing my phone", [F, O], "multi"),
    ("I'm in a lot of pain and I've fallen, is there a person there please?", [D, E], "multi"),
    ("Frankly it's been appalling. I want to complain, I want to speak to someone senior, and I want it today.", [F, P, E], "multi"),
    ("I'm not giving you permission to record, and I'm sick of being asked three times, too.", [C, F], "multi"),
    ("Can you call me back? And don't add me to any mailing lists.", [U, O], "multi"),
    ("Put me through to complaints.", [E, P], "multi"),
    # ---- negatives: idiom -------------------------------------------------
    ("My boss will kill me if this isn't sorted by Monday.", [], "idiom"),
    ("I'm dying to know when the new phones come out.", [], "idiom"),
    ("I'm dead on my feet after a long shift, so bear with me.", [], "idiom"),
    ("That offer's to die for, I'll take it.", [], "idiom"),
    ("I nearly had a heart attack when I saw how cheap it was, go on then, book it.", [], "idiom"),
    ("I could murder a cup of tea, sorry, go on.", [], "idiom"),
    ("My feet are killing me, I've been in the queue at the post office all morning.", [], "idiom"),
    ("Honestly it's no skin off my nose, whichever date's easier for you.", [], "idiom"),
    ("That app's a lifesaver, really.", [], "idiom"),
    ("I'm drowning in paperwork this week so the sooner the direct debit's set up the better.", [], "idiom"),
    ("Let's call it a day, I've got what I need, thanks.", [], "idiom"),
    ("I'm over the moon with the new boiler.", [], "idiom"),
    ("My phone's about to die, so I'll be quick: it's about the Tuesday delivery.", [], "idiom"),
    ("I'm scared stiff of heights, so is the flat on the ground floor?", [], "idiom"),
    ("Put me down as a maybe for the Saturday slot.", [], "idiom"),
    ("It killed me to pay that much but it was worth it.", [], "idiom"),
    ("We're not out of the woods yet but the new roof's holding up.", [], "idiom"),
    ("My mam would kill me if I forgot her birthday, so can I order the flowers for Friday?", [], "idiom"),
    ("That price is daylight robbery, ha, only joking, it's fine, I'll pay it.", [], "idiom"),
    ("I'm a bag of nerves about the driving test, so I want the insurance sorted today.", [], "idiom"),
    ("The match last night nearly finished me off, what a game.", [], "idiom"),
    # ---- negatives: errand ------------------------------------------------
    ("Can I transfer the balance to my new account?", [], "errand"),
    ("I need to stop the cheque I sent last week.", [], "errand"),
    ("Put me down for the premium plan, please.", [], "errand"),
    ("Can you call the courier and tell them to leave it with next door?", [], "errand"),
    ("I'd like to cancel my direct debit.", [], "errand"),
    ("Can you send the invoice to my work email?", [], "errand"),
    ("I need to transfer money to my daughter's account.", [], "errand"),
    ("Please stop my newspaper delivery while I'm on holiday.", [], "errand"),
    ("Can you put me on the waiting list for the hip clinic?", [], "errand"),
    ("I want to remove my ex-husband's name from the joint account.", [], "errand"),
    ("How do I change the phone number you have on file?", [], "errand"),
    ("Can I speak to you about upgrading my phone?", [], "errand"),
    ("I want to give you a meter reading to record.", [], "errand"),
    ("Please connect my new line on the fifteenth.", [], "errand"),
    ("Can I take my son off the swimming lessons? He's moving club.", [], "errand"),
    ("I'd like to block international calls on my mobile.", [], "errand"),
    ("Can you remove the roaming add-on from my plan?", [], "errand"),
    ("Transfer the deposit across to the new tenancy, please.", [], "errand"),
    ("I need to report a fault on the line.", [], "errand"),
    ("Can you ring the pharmacy and check if my prescription's ready?", [], "errand"),
    ("Put a stop on the card, I've lost it.", [], "errand"),
    ("I'd like to update my marketing preferences so I get the newsletter.", [], "errand"),
    ("Sign me up for the text reminders, please.", [], "errand"),
    ("I need to give consent for my daughter to manage my account.", [], "errand"),
    ("Can you put the engineer's visit back to next week?", [], "errand"),
    ("I want to unsubscribe from the magazine, the print edition, I'm going digital.", [], "errand"),
    # ---- negatives: negated -----------------------------------------------
    ("I'm not asking for a callback, I just want the balance.", [], "negated"),
    ("I don't want to complain, I just want to know what happened.", [], "negated"),
    ("No need to transfer me, you've been very helpful.", [], "negated"),
    ("I'm not angry, I just want to understand the bill.", [], "negated"),
    ("You don't need to call me back, I'll check the app.", [], "negated"),
    ("Yes, that's fine, you can record the call.", [], "negated"),
    ("I'm happy for you to do the credit check.", [], "negated"),
    ("I'm not after a manager or anything, just a quick question about my tariff.", [], "negated"),
    ("I don't mind the texts actually, keep sending them.", [], "negated"),
    ("It's not a complaint as such, more of a question.", [], "negated"),
    ("No, I'm fine, nobody's hurt, I'm just calling about the insurance for the car.", [], "negated"),
    ("I'm not frustrated with you at all, you've been lovely.", [], "negated"),
    ("No, don't put me through to anyone, I'll hold.", [], "negated"),
    ("I wasn't going to ask to speak to a supervisor, don't worry.", [], "negated"),
    ("I don't need anyone to ring me, I'll pop into the branch.", [], "negated"),
    ("There's no emergency, I just want to book a routine appointment.", [], "negated"),
    ("I'm not opting out of anything, I just want the paper bill back.", [], "negated"),
    ("Sure, I consent to that.", [], "negated"),
    ("No, I'm not unhappy with the service, it's been good.", [], "negated"),
    ("I wouldn't say I'm fed up, just a bit confused.", [], "negated"),
    ("Yes, I agree to the terms.", [], "negated"),
    # ---- negatives: topic -------------------------------------------------
    ("How do I opt out of paperless billing?", [], "topic"),
    ("What's your policy on recording calls?", [], "topic"),
    ("Do you keep call recordings, and for how long?", [], "topic"),
    ("How long does a complaint usually take to resolve?", [], "topic"),
    ("What time does your call centre open?", [], "topic"),
    ("Do you do credit checks for the contract phones?", [], "topic"),
    ("Is the callback service free?", [], "topic"),
    ("What's the number for your emergency line, just so I have it written down for my nan?", [], "topic"),
    ("How does the do-not-call register work?", [], "topic"),
    ("What data do you hold about me?", [], "topic"),
    ("Can managers approve refunds over a hundred pounds?", [], "topic"),
    ("What happens if somebody doesn't consent to the soft credit check?", [], "topic"),
    ("Does your insurance cover emergency dental treatment?", [], "topic"),
    ("I read in the paper you've had loads of complaints about the new smart meters, is mine one of those models?", [], "topic"),
    ("What's the escalation process if a repair isn't done in time?", [], "topic"),
    ("Do you share my data with credit agencies?", [], "topic"),
    ("How soon does the engineer usually phone to arrange a time?", [], "topic"),
    ("Are your staff trained in first aid, for the open day?", [], "topic"),
    # ---- negatives: reported_other ----------------------------------------
    ("My neighbour complained about your van blocking her drive, she asked me to find out when it'll be moved.", [], "reported_other"),
    ("My daughter asked to speak to a manager last week, but I'm just after the opening hours.", [], "reported_other"),
    ("The last agent said they'd call me back, did they put a note on the account?", [], "reported_other"),
    ("My husband told them to stop calling, but actually I'd quite like the offers.", [], "reported_other"),
    ("My mum refused the credit check last time and that's why it was declined, so I'm applying in my own name.", [], "reported_other"),
    ("My friend had a heart attack last year so I'm looking at the life cover.", [], "reported_other"),
    ("The customer before me was screaming at your staff, poor girl, anyway I'm here for my parcel.", [], "reported_other"),
    ("My brother's the one who's fuming about the bill, I'm just paying it.", [], "reported_other"),
    ("My solicitor says she's written to your complaints team already; I'm only calling to confirm my address.", [], "reported_other"),
    ("My son wanted me to ask whether he can transfer his contract over to me.", [], "reported_other"),
    ("The engineer said he'd ring before coming, so I'm just checking the time.", [], "reported_other"),
    ("Our tenant said someone from your company called her asking for consent, was that legitimate?", [], "reported_other"),
    ("My wife says she's sick of the adverts on the app, but I don't mind them.", [], "reported_other"),
    ("Dad was in hospital with a stroke last month, he's home now and doing well, I'm calling to update his address.", [], "reported_other"),
    ("He told the lady he didn't want to be recorded, so does that mean there's no copy of the call?", [], "reported_other"),
    ("My colleague said your complaints team sorted her out really quickly, fair play.", [], "reported_other"),
    ("The warden said to phone if we ever need help, and we don't, I'm just checking the number works.", [], "reported_other"),
    ("Someone from your team emailed me back already, thanks, I'm just confirming I got it.", [], "reported_other"),
    ("My nan always says she wants a real person, but she gets on fine with the app now.", [], "reported_other"),
    ("I was furious with you lot last year, but you sorted it, so fair enough, I'm renewing.", [], "reported_other"),
    # ---- negatives: life_venting ------------------------------------------
    ("Sorry if I'm a bit short with you, it's been an awful week at work.", [], "life_venting"),
    ("The traffic on the M25 was a nightmare this morning, I'm knackered.", [], "life_venting"),
    ("My landlord's driving me mad, but that's not your problem, I need to update my address.", [], "life_venting"),
    ("I'm so stressed with the kids' exams, anyway, it's about the direct debit date.", [], "life_venting"),
    ("Honestly the weather's been miserable, I'm sick of the rain.", [], "life_venting"),
    ("Ugh, Mondays. Right, account number.", [], "life_venting"),
    ("My team lost again, I'm gutted, sorry, go on.", [], "life_venting"),
    ("Everything's going wrong today, I spilled coffee on my laptop, so I need the delivery sent to my office instead.", [], "life_venting"),
    ("The council are useless about the potholes, but I'm ringing you about my broadband upgrade.", [], "life_venting"),
    ("I'm fed up with my job, to be honest, so I'm moving to Cork and need the insurance changed.", [], "life_venting"),
    ("My ex is a nightmare, I need to take her off the joint account.", [], "life_venting"),
    ("I've had a horrible day, I just want to pay my bill and go to bed.", [], "life_venting"),
    ("The neighbours' dog has been barking all night and I'm exhausted.", [], "life_venting"),
    ("The bank's been a pain about the mortgage, so I'd like to know exactly when your payment comes out.", [], "life_venting"),
    ("I've been that lonely since my wife passed, it's nice to hear a voice, anyway what's my balance?", [], "life_venting"),
    ("The trains were cancelled again, I could scream.", [], "life_venting"),
    ("I'm a bit teary today, it's my mum's anniversary, but I'm fine, I just need to renew the TV licence.", [], "life_venting"),
    ("Politicians, honestly, they're all the same. Anyway, can I pay by card?", [], "life_venting"),
    ("Argh, my toddler just threw my keys down the drain. Sorry. Where were we?", [], "life_venting"),
    ("My knee's giving me grief but the doctor says it's just wear and tear, so can the delivery come to the ground floor?", [], "life_venting"),
    ("my flatmate never does the dishes im so done with him lol anyway is my order shipped", [], "life_venting"),
    # ---- negatives: plain -------------------------------------------------
    ("Hi, I'd like to check my balance please.", [], "plain"),
    ("What time does the shop close on Sunday?", [], "plain"),
    ("Yes, that's correct.", [], "plain"),
    ("My account number is 5567 2281.", [], "plain"),
    ("Can I pay my bill by card?", [], "plain"),
    ("It's Mrs O'Connell, O apostrophe C O N N E L L.", [], "plain"),
    ("I've moved house and need to update my address.", [], "plain"),
    ("Thank you so much, you've been really helpful.", [], "plain"),
    ("Is the Wi-Fi down in the Glasgow area?", [], "plain"),
    ("Could you repeat that, please?", [], "plain"),
    ("No, that's everything, thanks.", [], "plain"),
    ("Hello, is this the gas company?", [], "plain"),
    ("What's the cheapest tariff for a two-bed flat?", [], "plain"),
    ("I'd like to book an appointment for the boiler service.", [], "plain"),
    ("ok", [], "plain"),
    ("yeah go on then", [], "plain"),
    ("Sorry, the line's bad, can you say that again?", [], "plain"),
    ("My date of birth is the fourth of June, nineteen fifty-two.", [], "plain"),
    ("When will my parcel arrive?", [], "plain"),
    ("um i just wanted to know if the bill's gone out yet", [], "plain"),
    ("Namaste, I am calling regarding my new SIM activation.", [], "plain"),
    ("Grand so, that's sorted then.", [], "plain"),
]

HALF = {text: half(text) for text, _, _ in TURNS}

ASR_CACHE = Path(__file__).with_name("round3_asr.jsonl")


def render(path: Path = ASR_CACHE) -> None:
    """Say every turn through the phone path once (Piper, 8 kHz G.711, tiny.en; a style per turn from its
    own hash) and store what tiny.en wrote: `--asr` scores those transcripts and never renders."""
    from callwarden_tools.intent_training.render_asr import render_turns, style_for, write_jsonl

    styles = [style_for("round3:" + text) for text, _, _ in TURNS]
    heard = render_turns(zip((text for text, _, _ in TURNS), styles))
    write_jsonl(path, [{"text": text, "style": st, "transcript": h} for (text, _, _), st, h in zip(TURNS, styles, heard)])


def main(argv: list[str] | None = None) -> int:
    """`--asr` scores tiny.en's transcripts of the turns (labels and halves of the written turns),
    `--render` makes them (minutes), `--failures` lists the TUNE half's errors."""
    argv = sys.argv[1:] if argv is None else argv
    from callwarden.detect.phrases import find_intents

    if "--render" in argv:
        render()
        return 0
    heard = _heard(ASR_CACHE) if "--asr" in argv else None
    rows: dict[str, list] = {"TUNE": [], "SEALED": []}
    for text, labels, kind in TURNS:
        said = heard.get(text, "") if heard is not None else text
        rows[HALF[text]].append((said, set(labels), _found(find_intents, said), kind))
    for name in ("TUNE", "SEALED"):
        _report(name, rows[name])
    if "--failures" in argv:
        print("== TUNE failures (wanted -> found)")
        for text, want, found, kind in rows["TUNE"]:  # never the SEALED half
            if want != found:
                print(f"  [{kind}] {text!r}\n      wanted {sorted(want)} found {sorted(found)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
