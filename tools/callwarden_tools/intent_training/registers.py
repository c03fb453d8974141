"""A second, independent phrasing source, organised by how people talk rather than by intent keyword.

positives.py and negatives.py start from each intent's words ("speak to", "take me off", "record")
and vary around them. This file starts from a caller's register and fits every intent (and as
many non-intents) into it:

- curt or rude ("manager. now."), very polite and roundabout, British ("I wonder if I might...")
  and American ("would it be at all possible..."), elderly or confused ("I'm not very good with
  these things, dear"), non-native English ("please, I am wanting speak with person"),
- angry without asking for anything, asking indirectly ("is there anybody there who could..."),
- two asks in one turn, the ask after an errand clause, and self-corrections ("no wait, actually").

Negatives get the same effort, in the same registers: everyday venting and exaggeration aimed at
other people or things (the commute, the kids, the weather, a match, a boss), an intent's words
used for something else (transfer money, cancel an order, stop a payment, call my wife back),
negated intents, questions about a topic, and time words with no request ("I'll try later").

Labels follow the existing corpus and README "Detection and routing": asking how to make a
complaint is a complaint, asking about the complaints policy is not; asking how to stop the calls
is an opt-out; asking whether the call is recorded is not a refusal; frustration is aimed at the
call, the service or the company, not at life; a follow-up needs someone asked to contact the
caller (or to send something written), not the words "later", "back" or "call".

Every template is its own training group (`reg-<kind>/<n>`), so the trainer's folds hold out
whole register frames. Slot names start with `r_` so they never collide with the other sources'.
"""

from __future__ import annotations

from callwarden.detect.phrases import (COMPLAINT, CONSENT_REFUSED, DISTRESS, ESCALATION, FOLLOW_UP, FRUSTRATION,
                                       OPT_OUT)

REGISTER_SLOTS: dict[str, list[str]] = {
    # --- people and things on the caller's side of the line -----------------------------------------
    "r_person": ["a real person", "a proper person", "an actual human", "a human being", "someone who works there",
                 "a member of your staff", "somebody real", "a living person", "one of your people",
                 "a person, not a recording", "your supervisor", "a supervisor", "your manager", "the manager",
                 "someone senior", "somebody more senior", "someone above you", "whoever is in charge",
                 "the person in charge", "a team leader", "someone with a bit of authority", "a customer adviser",
                 "a human operator", "the operator", "someone from customer services", "an agent",
                 "a representative", "somebody who can make decisions", "the boss", "your superior",
                 "a live operator", "someone I can actually talk to"],
    "r_person_short": ["person", "human", "operator", "agent", "manager", "supervisor", "someone real",
                       "real person", "representative", "a human", "a person"],
    "r_contact_ing": ["calling", "ringing", "phoning", "texting", "messaging", "emailing", "contacting",
                      "bothering me", "pestering me", "hounding me", "chasing me"],
    "r_contact": ["call", "ring", "phone", "text", "message", "email", "contact", "bother"],
    "r_my_number": ["me", "my number", "this number", "my mobile", "my landline", "my house", "my phone",
                    "my mother's number", "this household", "my cell"],
    "r_list": ["your list", "your calling list", "your database", "your system", "your records",
               "your marketing list", "the mailing list", "your contact list", "all your lists"],
    "r_rec": ["the recording", "this recording", "the call recording", "the tape"],
    "r_bot": ["a machine", "a computer", "a robot", "a bot", "an automated system", "an AI", "this recording",
              "an automatic voice", "a computer voice", "this automated thing"],
    "r_complaint_obj": ["the engineer who came out", "the way I was spoken to", "my last bill", "the delivery driver",
                        "your staff in the branch", "how long this has taken", "the service I've had",
                        "the man I spoke to yesterday", "the damage to my car", "the missed appointment",
                        "the charges on my account", "the state of the flat", "the installer"],
    "r_watchdog": ["the ombudsman", "trading standards", "the regulator", "consumer rights people",
                   "the better business bureau", "the papers", "my MP", "the local news", "my solicitor",
                   "my lawyer", "the small claims court", "citizens advice"],
    "r_kin": ["my husband", "my wife", "my mum", "my dad", "my son", "my daughter", "my neighbour",
              "my partner", "my grandson", "my granddaughter", "my friend", "the old man next door",
              "my flatmate", "my brother", "my sister", "my baby"],
    "r_medical": ["has collapsed", "isn't breathing", "won't wake up", "is having a fit", "has gone blue",
                  "is clutching his chest", "fell down the stairs and isn't moving", "is bleeding everywhere",
                  "has taken a load of pills", "can't breathe properly", "is choking", "has passed out",
                  "is having a stroke I think", "is unconscious on the floor", "has stopped breathing"],
    "r_self_danger": ["I can't breathe", "there's a pain in my chest", "my chest is crushing", "I've fallen and can't get up",
                      "I've taken too many tablets", "I think I'm having a heart attack", "I'm bleeding a lot",
                      "someone is trying to get in", "there's a man outside with a knife", "the kitchen is on fire",
                      "I can smell gas", "he says he's going to hurt me", "I don't want to be alive anymore",
                      "I'm going to end it tonight", "I feel like I'm going to die", "my arm's gone numb and my face feels wrong",
                      "there's smoke coming under the door", "I've cut myself and it won't stop"],
    "r_help": ["send an ambulance", "get an ambulance here", "send the police", "get someone here",
               "call nine nine nine", "call 911", "send help", "get help", "call the fire brigade",
               "send the ambulance"],
    "r_when": ["this afternoon", "tomorrow morning", "after five", "later today", "in an hour or so", "on Monday",
               "when you've looked into it", "once it's sorted", "tonight", "before Friday", "at lunchtime",
               "when someone's free", "first thing tomorrow", "after the weekend", ""],
    "r_written": ["the details", "that", "all of that", "a confirmation", "the reference", "the quote", "a copy",
                  "the new prices", "what we agreed", "the dates", "a summary", "the tracking number",
                  "the cancellation confirmation", "the terms"],
    "r_service": ["this service", "your company", "this whole system", "your helpline", "this phone line",
                  "your app", "the customer service", "your website", "this menu", "the way you lot work",
                  "your billing", "your engineers", "this automated thing", "your support team", "this company",
                  "this call", "the hold music", "your call centre"],
    # --- errands, as a clause before or after an ask ------------------------------------------------
    "r_errand": ["I rang to change my address", "I was trying to pay my bill", "I only wanted to move my appointment",
                 "I need to update my bank details", "I was calling about my delivery", "it's about my broadband",
                 "I've had a letter about my tariff", "I was checking on my refund", "I wanted to book a repair",
                 "I need a new card sending", "my meter reading is due", "I'm ringing about my mum's account",
                 "I was trying to sort out my direct debit", "I've been charged twice this month",
                 "it's about my flight on Tuesday", "the router keeps dropping out", "I've got a question about my policy",
                 "I'm trying to get my prescription renewed", "I wanted to add a bag to my booking",
                 "my parcel never arrived"],
    "r_errand_inf": ["change my address", "pay my bill", "move my appointment", "update my bank details",
                     "check on my delivery", "book an engineer", "order a new card", "give a meter reading",
                     "sort out my direct debit", "add a bag to my flight", "check my balance", "renew my policy",
                     "change my tariff", "get my prescription renewed", "ask about my last statement"],
    # --- everyday things people vent at that are not the call -------------------------------------
    "r_life": ["the traffic", "the traffic this morning", "the kids", "my kids", "the children", "my teenager",
               "the weather", "this weather", "the rain", "the heat", "the cold", "the wind", "my back",
               "my knees", "my feet", "work", "my job", "my boss", "my manager at work", "my colleagues",
               "the commute", "the roadworks", "the neighbours", "next door's dog", "the builders",
               "my mother-in-law", "my husband", "my wife", "my ex", "the dog", "the cat", "the referee",
               "our team", "the match", "the football", "the election", "the garden", "the school run",
               "the washing machine at home", "my landlord", "the council", "the bin men", "the tourists",
               "the seagulls", "my brother", "my sister", "the car park at the hospital", "my toddler",
               "the hay fever", "my hangover", "the exams", "my essay", "the decorating", "the twins",
               "the cricket", "the rugby", "the pigeons", "my flatmate", "the potholes", "the noise upstairs",
               "the parking round here", "my allergies", "the midges", "the wasps", "my in-laws"],
    "r_life_plural": ["the kids", "my kids", "the neighbours", "the builders", "my knees", "my feet",
                      "the roadworks", "my colleagues", "the tourists", "the seagulls", "the twins", "the potholes",
                      "my in-laws", "the pigeons", "the wasps", "the midges", "my allergies", "the exams"],
    "r_life_sing": ["the traffic", "the weather", "the rain", "the heat", "the cold", "my back", "work", "my job",
                    "my boss", "the commute", "the dog", "the cat", "the referee", "the match", "the election",
                    "the garden", "the school run", "my landlord", "the council", "my brother", "my sister",
                    "my toddler", "my hangover", "my essay", "the decorating", "the noise upstairs",
                    "the parking round here", "my mother-in-law", "my husband", "my wife", "my ex", "our team",
                    "next door's dog", "my flatmate", "the wind", "the hay fever"],
    "r_vent_is": ["driving me mad", "driving me round the bend", "driving me up the wall", "doing my head in",
                  "getting on my nerves", "killing me", "murdering me", "winding me up", "getting to me",
                  "wrecking my head", "testing my patience", "sending me loopy", "making me lose my mind",
                  "giving me a headache", "getting on my last nerve", "being a nightmare", "being ridiculous",
                  "being a total pain", "wearing me down", "grinding me down", "making me want to scream",
                  "absolutely shocking", "useless", "hopeless", "a joke", "unbearable", "a nightmare",
                  "ridiculous", "torture", "the worst"],
    "r_vent_adj": ["furious", "livid", "fuming", "so angry", "raging", "really annoyed", "fed up", "sick of it",
                   "at the end of my tether", "losing my mind", "so frustrated", "gutted", "properly cross",
                   "beside myself", "at my wits' end", "tearing my hair out", "ready to scream"],
    "r_happy_mad": ["mad about", "crazy about", "nuts about", "obsessed with", "dying to see", "dying to try",
                    "desperate to see", "wild about"],
    "r_killing_it": ["killing it", "smashing it", "absolutely killing it", "on fire", "murdering the competition",
                     "slaying it", "knocking it out of the park", "crushing it"],
    "r_hobby": ["the new series", "that band", "the garden", "my new bike", "the baking show", "the cricket",
                "golf", "the new café in town", "her new car", "the grandkids", "my running", "the quiz"],
    "r_person_life": ["my daughter", "my son", "my sister", "my niece", "the band", "our team", "my brother",
                      "the new striker", "my granddaughter", "the lad next door", "my colleague", "the singer"],
    # --- money and orders: an intent's words used for something else --------------------------------
    "r_money": ["fifty pounds", "a hundred quid", "two hundred dollars", "the money", "my savings", "the balance",
                "some money", "the deposit", "the rent money", "five hundred euros", "my points"],
    "r_money_to": ["my savings account", "my son's account", "my other account", "my wife", "the landlord",
                   "my joint account", "my daughter in Spain", "the ISA", "my business account"],
    "r_order": ["my order", "the order", "my booking", "my appointment", "the delivery", "my subscription",
                "the table for Friday", "my card", "the standing order", "the repair visit", "my hotel room",
                "the taxi", "my gym membership", "the newspaper delivery"],
    "r_payment": ["the payment", "the direct debit", "the standing order", "the cheque", "the transfer",
                  "my card payments", "the automatic renewal", "the monthly charge", "the top-up",
                  "the deliveries while I'm away", "the late fees", "the extra charges"],
    "r_third": ["my wife", "my husband", "my son", "my daughter", "my mum", "the plumber", "the landlord",
                "my accountant", "the garage", "the school", "my neighbour", "the hotel", "the dentist"],
    "r_my_manager": ["my manager", "my boss", "my supervisor at work", "my line manager", "the manager at the branch",
                     "the site manager", "the practice manager", "our office manager"],
    "r_later_self": ["I'll try later", "I'll try again later", "I'll ring back later", "I'll give it another go tomorrow",
                     "later today I'm out", "I'm out later so it'll have to be quick", "I'll pop in later",
                     "I'll sort it out later myself", "I'll check the app later", "I'll do it online later",
                     "later on I'm at work", "I'm busy later", "I'll call again tomorrow",
                     "I might ring back after lunch", "we'll see later", "I'll have a look later",
                     "I'll phone again in the morning", "I'll get my son to look at it later"],
}

# A register frame per line; `{...}` and `<...>` as in grammar.py.
REGISTER_POSITIVE: dict[str, list[str]] = {
    ESCALATION: [
        # curt / rude
        "<r_person_short>. {now|please|now please|right now}{.|!|}",
        "{just|} get me <r_person>{.|!|} {now|}",
        "{enough|stop}{.|,} {put me through to|give me} <r_person>",
        "{oi|look|listen}{,|} I {want|need} <r_person>{,|} not {you|this|a machine}",
        "<r_person_short>{,|} <r_person_short>{,|} <r_person_short>",
        # very polite, British
        "I wonder if I {might|could} {possibly|perhaps|} {speak|have a word} with <r_person>{, please|, if that's alright|}",
        "{I'm terribly sorry to be a nuisance|Sorry to be a pain|I do apologise}{,|} but {might|could} I be put through to <r_person>{?|}",
        "would it be {at all|} possible to {speak with|be passed to|talk to} <r_person>{, please|, at all|}{?|}",
        # very polite, American
        "{hi|hey|hello} there{,|} would you {mind|be able to} {transferring me|connecting me|getting me over} to <r_person>{?|}",
        "I'd {really|} appreciate it if you could {connect me with|get me over to|transfer me to} <r_person>",
        # elderly / confused
        "{oh dear|oh gosh|hello?|sorry love}{,|} I'm not very good with {these machines|these things|phones like this}{,|} {is there|can I talk to} <r_person>{?|}",
        "{hello|hello?}{,|} {is that a real person|am I talking to a real person}{?|} {I'd like|I want|can I have} {a real person|someone proper|a person please}{, dear|, love|}",
        "{I don't understand|I can't follow} {all this|these options|what it wants}{,|} {can|could} {somebody|someone} {real|} {come on the line|talk to me|help me}{?|}",
        # non-native
        "please{,|} I {want|am wanting|need} {speak|to speak|talk} {with|to} {person|human|manager|real person|somebody}",
        "{you can|can you} {give|pass} me {to|for} {a|} {person|manager|human|operator|somebody} please{?|}",
        "{sorry|excuse me}{,|} my English {not so good|is not perfect}{,|} {I want|I need|please I want} {speak|talk} {with|to} {real person|a person|someone|human}",
        # indirect
        "is there {anybody|anyone|someone|somebody} {there|about|around|on your end} who {could|can|would be able to} {speak to me|take my call|talk this through with me}{?|}",
        "{I was hoping|I'd hoped} to {talk|speak} to <r_person>{, really|, if there's one about|}",
        "{any chance|is there any chance} {I could|of} {speaking|talking|getting through} to <r_person>{?|}",
        "{who|is there somebody} {higher up|more senior|in charge} I {can|could} {speak to|talk to}{?|}",
        # ask after an errand clause
        "<r_errand>{,|.} {but|and} {honestly|really|} {I'd rather|I need to|I want to|can I} {speak|talk} to <r_person>",
        "<r_errand>{,|.} {can you|could you|just} {put me through to|pass me to|get me} <r_person>{?|}",
        # self-correction
        "{can I|I want to} <r_errand_inf>{,|} {no wait|no, actually|hang on, actually|sorry, no}{,|} {just|} {put me through to|get me|let me speak to} <r_person>",
        "{put me through to|give me} {billing|the accounts team|sales}{,|} {no|no wait|actually no}{,|} {actually|} <r_person> {please|}",
    ],
    OPT_OUT: [
        # curt / rude
        "{stop|quit} <r_contact_ing>{.|!} {now|}",
        "{don't|never|do not} <r_contact> <r_my_number> again{.|!|}",
        "{lose|bin|delete|scrap|forget} {my number|this number|my details}{.|!|} {goodbye|bye|}",
        "{get|take} me off <r_list>{.|!} {and stop <r_contact_ing>|now|}",
        "{no|not interested}{.|,} {stop|quit} <r_contact_ing> {me|}{.|!|}",
        # polite, British
        "I'd be {ever so|very|most|} grateful if you could {take|remove} {me|my number|my details} {off|from} <r_list>",
        "{I'm sorry|sorry}{,|} but I'd {rather|really rather} you didn't <r_contact> <r_my_number> {again|in future|any more}",
        "{would you|could you} {kindly|please|} {make a note|note down|pop a note on the file} not to <r_contact> <r_my_number> {again|in future|}",
        # polite, American
        "{hi|hey}{,|} I'd {really|} appreciate it if you {stopped|would stop} <r_contact_ing> {me|this number|} {going forward|from now on|}",
        "{could|would} you {go ahead and|} {put|add} {me|my number|this number} on your do not call list{?|}",
        # elderly / confused
        "{oh|hello}{,|} {you lot|you people|somebody} {keep|keeps} {ringing|calling} {me|the house|my number}{,|} {dear|love|}{,|} {can you|would you} {stop it|make it stop|take me off}{?|}",
        "{I'm eighty two|I'm not well|I live on my own}{,|} {and|} {these calls|all these calls|the phone ringing} {frighten|upset|worry} me{,|} {please|} {stop|don't} {ringing|calling} {me|}",
        # non-native
        "please{,|} no more {call|calls|message|messages} {to me|for me|to this number|}{,|} {thank you|}",
        "{you|your company} {call|calling} me {every day|too much|many times}{,|} {please|} {stop|no more}{,|} {remove|delete} my number",
        "I {not want|no want|am not wanting} {more|any} {call|calls|message} from {you|your company}",
        # indirect
        "is there {anybody|someone|anyone} who {can|could} {take|get} {me|my number} off <r_list>{?|}",
        "{how do I|how can I|what do I do to} {stop|get rid of} {these|your|all these} {calls|texts|messages}{?|}",
        # angry with an errand first
        "<r_errand>{,|.} {and|but} {also|while I've got you|another thing}{,|} {stop|quit} {texting|ringing|calling|emailing} me {with offers|with deals|about upgrades|}",
        # self-correction
        "{can you|I want to} {cancel|move} {my|the} {appointment|order|booking}{,|} {no|no wait|actually no}{,|} {actually|} {just|} {take me off your list|stop calling me|don't ring me again}",
    ],
    CONSENT_REFUSED: [
        # curt
        "{no recording|don't record this|stop recording}{.|!|} {now|}",
        "{turn|switch|shut} {it|the recording|that recording} off{.|!|}",
        "{I'm not talking to|not talking to|won't talk to} <r_bot>{.|!|}",
        "{no|nope}{.|,} {you can't|you don't get to|you're not allowed to} record {me|this|this call}{.|!|}",
        # polite, British
        "{I'm afraid|I'm sorry but|if it's all the same to you}{,|} I'd {rather|prefer} {not be recorded|this call wasn't recorded|you didn't record this}",
        "{would you mind|could you possibly} {switching|turning} {off|} <r_rec> {off|}{, please|}{?|}",
        "{I'm not terribly comfortable|I'm not comfortable|I'm not happy} {being recorded|with this being recorded|with the recording}{, I'm afraid|, sorry|}",
        # polite, American
        "{just so you know|for the record|to be clear}{,|} I do not consent to {this call being recorded|being recorded|the recording}",
        "{I'd prefer|I would prefer} not to {deal with|talk to|go through} <r_bot>{, if that's okay|, thanks|}",
        # elderly / confused
        "{is this|are you} {a machine|one of those computer things|a recording}{?|} {I don't like those|I don't want that|I won't talk to it|no thank you}{, dear|}",
        "{I don't want|I don't like} {being taped|being recorded|my voice recorded}{, love|, dear|}{,|} {can you|please} {stop|turn it off}",
        # non-native
        "{please|} {no|not} record{,|} {I don't agree|I not agree|I don't give permission}",
        "{I am not|I'm not} {agree|agreeing} {for|with} {recording|record this}{,|} {please|} stop",
        "{I not want|I don't want} {talk|speak} {with|to} {machine|robot|computer}",
        # indirect
        "{is there|can there be} {any way|a way} {to|I can} {not be recorded|turn off the recording|skip the recording|opt out of the recording}{?|}",
        "{if this is being recorded|if you're recording}{,|} {I'm not happy|I don't want it|I'd like it stopped|I object}",
        # errand first
        "<r_errand>{,|.} {but|and} {before we start|first}{,|} {I don't want|please don't have} {this recorded|this call recorded|any recording}",
        # self-correction
        "{yes|yeah|okay}{,|} {record|that's fine}{,|} {no wait|actually no|hang on}{,|} {I don't want|I'd rather not have} {it|this} recorded",
    ],
    COMPLAINT: [
        # curt
        "{I want to make|I'm making|I'm putting in} a complaint{.|,} {about|it's about} <r_complaint_obj>{.|}",
        "{right|fine|okay}{.|,} {put me down for a complaint|I want to complain|complaint, now}{.|!|}",
        "{I'm|I'll be} reporting {you|this|your company} to <r_watchdog>{.|!|}",
        "{see you|I'll see you} in court{.|!|}",
        # polite, British
        "I'm {afraid|sorry to say} I'd like to {make|raise|register} a {formal|proper|} complaint about <r_complaint_obj>",
        "I {wonder|wondered} if you could tell me how I {go about making|make|put in} a complaint{?|}",
        "I {do feel|feel|really feel} I {ought to|must|should} complain about <r_complaint_obj>",
        # polite, American
        "I'd {like|want} to {file|submit|lodge} a complaint {regarding|about|concerning} <r_complaint_obj>{, please|}",
        "{how|where} {would I|can I|do I} {go about filing|file|submit} a {formal|} complaint{?|}",
        # elderly
        "{I've never complained before|I don't like to make a fuss}{,|} {but|and} {I want to complain|I'd like to complain|I'm going to complain} about <r_complaint_obj>",
        "{my son says|my daughter told me} I should {complain|make a complaint|report you to <r_watchdog>}{,|} {so|and} {that's what I'm doing|I want to|here I am}",
        # non-native
        "I {want|am wanting|need} {make|to make|do} {complain|complaint} {for|about} <r_complaint_obj>",
        "{this is|is} {very bad|not okay}{,|} I {will|am going} {to|} {report|complain} {you|this} {to|for} <r_watchdog>",
        # indirect
        "is there {someone|anyone|somebody} {I can complain to|who deals with complaints|who takes complaints}{?|}",
        "{who do I|who would I} {complain to|speak to to make a complaint|write to to complain}{?|}",
        # errand first, legal threats
        "<r_errand>{,|.} {and|but} {frankly|honestly|to be honest} I {want to complain|am going to complain|want this down as a complaint} {about the whole thing|about how it's been handled|}",
        "<r_errand>{,|.} {and|so} {I'm|I'll be} {speaking to|getting} {my solicitor|a lawyer|my lawyer} {about this|involved|}",
        "{if this isn't sorted|unless you sort this out|if I don't get my money back}{,|} {I'm going to|I'll} {take you to court|sue|take legal action|go to the ombudsman}",
        # self-correction
        "{I was going to|I wanted to} <r_errand_inf>{,|} {but no|actually no|no wait}{,|} I {want to|'d like to} {make a complaint|complain} {about <r_complaint_obj>|instead|}",
    ],
    DISTRESS: [
        # curt, panicked
        "<r_help>{!|.|,} <r_kin> <r_medical>{!|.|}",
        "<r_help>{,|.} {now|quick|quickly|please}{!|.|}",
        "<r_self_danger>{!|.|,} <r_help>{!|.|}",
        "{help|help me|please help}{!|,|.} <r_self_danger>",
        # polite, British (shock understates)
        "{sorry|I'm so sorry}{,|} I {think|believe} <r_kin> <r_medical>{,|.} {could you|can you|would you} <r_help>{?|}",
        "{I'm sorry to bother you|sorry to trouble you}{,|} {but|} <r_self_danger>",
        # elderly / confused
        "{oh dear|oh no|oh god}{,|} <r_kin> <r_medical>{,|} {I don't know what to do|what do I do|please help}",
        "{I'm on my own|there's nobody here}{,|} {and|} <r_self_danger>{,|} {please|can somebody} {help|come}",
        # non-native
        "please{,|} <r_kin> {not breathing|not wake up|fall down|is much blood|very sick now}{,|} {need|send} ambulance",
        "{please|help}{,|} {man|somebody} {in my house|outside my door|in the garden} {with knife|very angry|want hurt me}",
        "I {very|am very} {sick|bad}{,|} {my chest|my heart} {hurt|pain} {very much|a lot}{,|} {please|} help",
        # indirect
        "is there {anybody|anyone} who {can|could} {send|get} {an ambulance|someone|help} {out here|to me|}{?|} <r_kin> <r_medical>",
        # errand first, then it comes out
        "<r_errand>{,|.} {but|sorry, but|actually} <r_self_danger>",
        "<r_errand>{,|.} {oh god|wait|hang on}{,|} <r_kin> {just|} <r_medical>",
        # self-harm, said flatly or apologetically
        "{I'm sorry|I don't know why I'm calling|honestly}{,|} {I just|} {don't want to be here anymore|can't go on|want it all to stop|want to end it}",
        "{I've been thinking|I keep thinking} {about|of} {ending it|killing myself|hurting myself|not waking up}",
    ],
    FRUSTRATION: [
        # curt / rude
        "{useless|hopeless|pathetic|ridiculous|a joke}{.|!} {absolutely|completely|totally|bloody} {useless|hopeless|pathetic|ridiculous}{.|!|}",
        "<r_service> is {a joke|useless|rubbish|garbage|a shambles|an absolute joke|beyond useless}{.|!|}",
        "{unbelievable|un-believable|typical|brilliant, just brilliant}{.|!|} {again|every single time|same old story}{.|!|}",
        "{sort it out|get it sorted|fix it}{.|!} {I've had enough|I'm sick of this|this is ridiculous}{.|!|}",
        # polite, British (understatement still vents)
        "I {must say|have to say}{,|} I'm {rather|really|quite} {fed up|cross|disappointed|upset} {with|about} {all this|<r_service>|how this has gone}",
        "{I'm sorry|I don't mean to be rude}{,|} but {this really isn't good enough|this is quite ridiculous|I'm losing patience}",
        "{honestly|frankly}{,|} I'm {at the end of my tether|at my wits' end|losing the will to live} with <r_service>",
        # polite, American
        "I'm {so|really|just} {done|over it|frustrated} with <r_service>{, honestly|, seriously|}",
        "{I have to be honest|I'll be honest}{,|} {this has been|this is} {the worst|a terrible|an awful|a really frustrating} experience",
        # elderly
        "{I've been trying|I've rung|I've called} {for weeks|three times|all morning|since nine o'clock} {and|but} {nobody|no one} {helps me|listens|rings me back|does anything}{,|} {it's not right|it's not good enough|it's very upsetting}",
        "{all these buttons|this menu|this machine|this thing} {keeps|keep} {going round and round|sending me back|cutting me off}{,|} {it's driving me mad|I'm so fed up|I've had enough}",
        # non-native
        "{always|every time} {same|the same} problem{,|} {nobody|no one} {help|helps|fix|fixes} {me|it|nothing}{,|} {I am|I'm} {very|so} {angry|tired of this|upset}",
        "{why|why you} {not fix|never fix|not answer|no help}{?|,} {this is|is} {very bad|so bad|terrible} service",
        # angry but not asking for anything
        "I've been {on hold|waiting|stuck in this queue|listening to this music} for {forty minutes|an hour|ages|over an hour|most of the morning}{.|!|,} {forty minutes!|an hour!|ridiculous|unbelievable|}",
        "{every time|each time} I {ring|call|phone} {you lot|this number|here} {it's|I get} {a different answer|the same rubbish|passed around|cut off}",
        "{you people|you lot|this company} {never|don't ever|can't} {get anything right|listen|sort anything out}{, do you|}{?|.|!|}",
        # errand first, then the venting
        "<r_errand>{,|.} {and|but} {this is the third time I've rung|I've been at this for ages|it's the fourth time I'm calling|I've rung five times} {and it's still not sorted|already|}{,|} {it's ridiculous|I'm fed up|honestly|}",
        # self-correction
        "{it's|that's} {fine|okay}{,|} {no|no actually|actually no}{,|} {it's not fine|it's not okay|this is ridiculous}{,|} {I'm really fed up|I've had enough of this}",
    ],
    FOLLOW_UP: [
        # curt
        "{ring|call|phone} me back{.|!|} <r_when>{.|}",
        "{email|text} me {<r_written>|it|the details}{.|!|} {thanks|}",
        "{just|} {get back to me|have someone ring me}{.|!|} <r_when>{.|}",
        # polite, British
        "{I wonder if|would it be possible for} {someone|somebody} {could|to} {give me a ring|ring me back|call me back} <r_when>{?|}",
        "{could you|would you mind if someone could|might you be able to} {pop|drop|send} me {an email|a line|a note} {with|about} <r_written>{?|}",
        "I'd be {ever so|very|most} grateful if {someone|you} {could|would} {ring|call} me {back|} <r_when>",
        # polite, American
        "{would it be possible|could you} {to|} {have someone|get someone to} {reach out to me|give me a call back|call me} <r_when>{?|}",
        "{if you could|could you just} {shoot|send} me {an email|a text|a quick email} {with|confirming} <r_written>{, that'd be great|, thanks|}",
        # elderly
        "{I can't hear very well|I don't like doing this on the phone|my memory's not what it was}{,|} {could|can} {somebody|someone|you} {write to me|send me a letter|put it in a letter}{, dear|, please|}{?|}",
        "{my son|my daughter|my grandson} {will be here|comes round|is here} {after four|tomorrow|on Sunday}{,|} {could|can} {someone|you} {ring|call} me back {then|when he's here|when she's here}{?|}",
        # non-native
        "{please|} {you|can you} {call|phone} me {back|again} {later|tomorrow|after}{,|} {now|I am} {busy|driving|at work}",
        "{please|} {send|you send} me {email|an email|message|letter} {with|for} {details|information|everything}{, thank you|}",
        # indirect
        "is there {anybody|anyone|someone} who {could|can|might} {ring me back|call me back|get back to me|email me} <r_when>{?|}",
        "{I was hoping|I'd hoped} {someone|somebody|you} {could|might} {ring|call|get back to} me {back|} <r_when>",
        # errand first
        "<r_errand>{,|.} {but|and} {I'm at work|I'm driving|I'm in a meeting|I'm about to go in}{,|} {so|} {could|can} {you|someone} {ring|call} me back <r_when>{?|}",
        "<r_errand>{,|.} {can you|could you|please} {email|send|text} me <r_written> {afterwards|when it's done|<r_when>}{?|}",
        # self-correction
        "{I'll hold|I can hold|I'll wait}{,|} {actually no|no wait|sorry, no}{,|} {could|can} {you|someone} {call|ring} me back {instead|<r_when>}{?|}",
        "{text|email} me {the details|it}{,|} {no|sorry|actually}{,|} {email|text|post} {it|them} {instead|to me|please}",
    ],
}

# Two asks in one turn, in the registers above.
REGISTER_MIXED: dict[tuple[str, ...], list[str]] = {
    (ESCALATION, FRUSTRATION): [
        "<r_service> is {useless|a joke|hopeless}{,|.} {get me|put me through to|I want} <r_person>",
        "{I've had enough|I'm sick of this|this is ridiculous}{,|.} {I'd like to|I need to|let me} {speak|talk} to <r_person>",
    ],
    (COMPLAINT, FOLLOW_UP): [
        "I want to {make|put in} a complaint about <r_complaint_obj> and {I'd like|I want} {someone to call me back|it in writing|a written reply}",
    ],
    (OPT_OUT, FRUSTRATION): [
        "{this is|it's} {ridiculous|harassment|a joke}{,|.} {stop|quit} <r_contact_ing> {me|}{,|} {and|} {take me off|remove me from} <r_list>",
    ],
    (CONSENT_REFUSED, ESCALATION): [
        "I {don't|won't} {talk to|deal with} <r_bot>{,|.} {put me through to|get me|I want} <r_person>",
    ],
    (COMPLAINT, ESCALATION): [
        "{I want to|I'd like to} {make a complaint|complain}{,|} {so|and} {put me through to|get me} <r_person>",
    ],
    (FOLLOW_UP, ESCALATION): [
        "{can I|I'd like to} {speak to|talk to} <r_person>{,|} {or|and if not|otherwise} {have them|get someone to} {call|ring} me back <r_when>",
    ],
}

# Turns with no intent, by kind. Each kind is written in the registers too.
REGISTER_NEGATIVE: dict[str, list[str]] = {
    # venting and exaggeration aimed at life, not at the call
    "idiom": [
        "<r_life_sing> is {really|absolutely|just|} <r_vent_is>{, honestly|, I tell you|}",
        "<r_life_plural> are {really|absolutely|just|} <r_vent_is>{, honestly|}",
        "{ugh|honestly|God|oh}{,|} <r_life_sing> {has been|was} <r_vent_is> {all week|this morning|today|lately}",
        "I'm {absolutely|so|} <r_vent_adj> {with|about|at} <r_life>{, honestly|, don't get me started|}",
        "{don't get me started on|I can't even talk about|I could scream about} <r_life>{, honestly|}",
        "{sorry|sorry about that|excuse me}{,|} <r_life> {is|are} <r_vent_is>{,|.} {anyway|right|so}{,|} <r_errand>",
        "<r_errand>{,|.} {sorry|excuse the noise|sorry if I sound stressed}{,|} <r_life> {is|are} <r_vent_is>",
        "I {could|swear I'll} {strangle|throttle|kill} <r_life> {sometimes|some days|honestly|}",
        "<r_life> will be the {death|end} of me{, I swear|, honestly|}",
        "I'm {so|really|totally|absolutely} {fed up|sick|tired} of <r_life>{, honestly|, it never stops|}",
        "I've {had enough of|had it up to here with|lost all patience with} <r_life> {this week|today|lately|}",
        "{what a nightmare|what a joke|what a day}{,|.} <r_life> {was|were} {a nightmare|a joke|murder|ridiculous} {this morning|today|}",
        "{our team|the referee|the match|the ref} {was|were} {a joke|ridiculous|useless|a disgrace} {last night|on Saturday|yesterday}{,|} I'm {still|} {fuming|raging|gutted|livid}",
        "{I'm|I am} {furious|livid|so angry|raging} {with|at} {my brother|my husband|the lads|my sister|my son} {for|about} {borrowing my car|eating my lunch|losing the keys|forgetting my birthday}",
        "I {hate|can't stand|can't bear} {Mondays|the cold|queues at the post office|roadworks|this heat|the school run|the rain}",
        # non-native and elderly venting about life
        "{the weather|my back|the traffic|my knees} {is|are} {very bad|so bad|terrible} {today|this week}{,|} {is|it is} {kill|killing} me",
        "{oh|ooh}{,|} {my hip|my back|my knees|these stairs} {are|is} {killing me|murder|a nightmare}{, dear|, love|}{,|} {anyway|}",
        # happy exaggeration
        "I'm {absolutely|totally|just|} <r_happy_mad> <r_hobby>",
        "<r_person_life> is <r_killing_it> {at the moment|this season|at school|at work|lately}",
        "{I'm|we're} dying {to|for} {hear|hear about|see|know|try} {the results|the new menu|the film|how it went|a cup of tea}",
        "{I nearly died|I almost died|I nearly had a heart attack|I nearly fell over} when I {saw|heard} {the price|the score|the news|what she'd done}{, honestly|}",
        "{my phone|my laptop|the battery|my car} {died|is dead|has died} {on me|again|this morning|}{,|} {so|} <r_errand>",
    ],
    # an intent's words aimed at something else
    "near": [
        "{can|could} {you|I} transfer <r_money> {to|into} <r_money_to>{?|}",
        "I {need|want|'d like} to transfer <r_money> {to|into} <r_money_to> {please|today|}",
        "{please|can you|I need to|I'd like to} cancel <r_order>{, please|}",
        "{cancel|stop} <r_order>{,|} {please|thanks|}{,|} {I don't need it anymore|I've changed my mind|we're moving|}",
        "{please|can you|I'd like to|I need to} stop <r_payment> {for this month|from next week|please|while I'm away|}",
        "<r_my_manager> {told me|asked me|wants me|said I should} {to|} {ring you|call you|check|get a receipt|ask about the invoice}",
        "{I'll|I need to} {ask|check with|speak to} <r_my_manager> {first|and ring you back|before I sign|}",
        "{could you|can you|would you} {call|ring|phone} <r_third> {back|} {later|tomorrow|this afternoon|} {about the booking|to confirm|for me|}{?|}",
        "<r_third> {will|is going to|might} {call|ring|phone} you back {later|tomorrow|after lunch|}",
        "{I want to|I need to|I'm going to} complain {to|about} {the weather|my neighbours|the council about the bins|my landlord|the school|the bus company} {later|too|}{, but that's not why I'm calling|}",
        "{my mum|my dad|my neighbour|my husband} {always|never stops|loves to} {complain|complaining|moaning} about {the weather|the prices|everything|the neighbours}",
        "{record|note down|take down|please record} {my new address|my meter reading|the new number|my date of birth|that I called}",
        "{is|was} <r_third> {recorded|registered|listed} {on the account|as a contact|as the account holder}{?|}",
        "{the|my} {washing machine|cash machine|ticket machine|car park machine|coffee machine} {is broken|ate my card|won't work|took my money}",
        "{put|get} me {down|through} for {the early slot|a delivery on Friday|two tickets|the waiting list}{, please|}",
        "{can|could} you {help|get|sort} me {out|} with {a refund|a new card|a receipt|my password|the booking}{?|}",
        "I {spoke|talked|was speaking} to <r_person_short> {in the shop|at the branch|yesterday|last week} and {they were lovely|it was sorted|he was very helpful|she said it was fine}",
        "{I'd like to|I want to|can I} {speak|talk} {about|regarding} {my bill|my tariff|the booking|a payment|my options}{?|}",
        "{my|the} {emergency contact|emergency number|emergency exit seat|emergency fund} {needs updating|is wrong|costs how much}{?|}",
        "{is there|what's} {a fire sale|the fire exit|the gas bill|a gas safety check} {on|for|due} {this weekend|the flat|this year}{?|}",
        "{my|our} {son|daughter|wife|husband} {works|worked} {as|for} {a lawyer|the police|an ambulance crew|a manager} {in town|for years|}",
        "I {want|need} to {opt|sign} {in|up} {to|for} {the text reminders|paperless billing|the newsletter|email updates}",
        "{can you|could you} {send|post} {the parcel|the engineer|a new card|the replacement} to {my work|my neighbour|my new address}{?|}",
    ],
    # an intent, said and then denied
    "negated": [
        "{no need to|you don't need to|there's no need to|don't bother to} {put me through|transfer me|get a manager|escalate it}{,|} {you're doing fine|you've been great|I'm happy with you|thanks}",
        "I'm not {asking to|trying to|wanting to} {speak to a manager|make a complaint|stop the calls|cancel anything}{,|} {I just|just} {want to know|need to check|have a question}",
        "{no|nah}{,|} {I don't want|I'm not after} {a callback|anyone to ring me|an email|a letter}{,|} {I'll|I can} {hold|wait|check online|sort it now}",
        "{please|do|you can} {keep|carry on} {calling|texting|emailing|sending} me {the reminders|the updates|about my account}{, they're useful|, it's fine|}",
        "{it's fine|that's fine|go ahead|sure}{,|} {record|you can record} {it|the call|if you need to|away}{, I don't mind|}",
        "I'm not {angry|upset|cross|annoyed}{,|} {honestly|really|}{,|} {just|only|I'm just} {confused|curious|checking|tired}",
        "{it's not an emergency|nothing urgent|no emergency}{,|} {nobody's hurt|everyone's fine|it can wait}{,|.} <r_errand>",
        "{I'm not|I am not} {going to|gonna} {complain|make a fuss|report anyone|sue anybody}{,|} {mistakes happen|it's fine|I just want it sorted}",
        "{don't|do not} {take me off|remove me from} {the list|your mailing list|the texts}{,|} {I like|I want|I still want} {the offers|the reminders|the updates}",
        "{I don't mind|I'm fine with|I'm happy with} {talking to|using} {a machine|the automated system|the bot|a computer} {if it's quick|for this|honestly|}",
        "{you don't have to|no need to|don't} {call|ring|email} me back{,|} {I'll|I can} {check the app|ring again|look online|hold}",
    ],
    # questions about a topic, not the intent itself
    "topic": [
        "{is|will} this call {being|} recorded{?|}",
        "{what|how} {do you do|happens} with {the recordings|call recordings|my recording}{?|}",
        "{what's|what is|where can I find} your {complaints|cancellation|privacy|refund} policy{?|}",
        "{how long|how long roughly} does {a complaint|the complaints process|a refund} {usually|normally|} take{?|}",
        "{am I|are you|is this} {talking to|speaking to|} {a real person|a computer|a bot|a machine}{?|} {just wondering|just curious|}",
        "{do you|does the company|do they} {call|text|email} {people|customers} {with offers|about renewals|before the engineer comes}{?|}",
        "{what|which} number {will you|do you|would you} {call|ring|text} me {from|on}{?|}",
        "{do you have|is there} a {manager|supervisor|complaints team|out-of-hours line} {on site|at the weekend|at that branch}{?|}",
        "{who|what} {is|was} {the name of|} the {manager|agent|person} {I spoke to|at the branch|on the desk} {last time|yesterday|}{?|}",
        "{is|are} there {any|} {emergency|out of hours} {appointments|numbers|engineers} {at the weekend|on bank holidays|}{?|}",
    ],
    # time words without a request
    "later": [
        "<r_later_self>",
        "<r_later_self>{,|.} {thanks|cheers|bye|thank you for your help}",
        "{okay|right|fine|no worries}{,|} <r_later_self>",
        "{what time|when} {are you|is the branch|is the shop|do the lines} {open|close|shut} {later|tonight|later on|tomorrow}{?|}",
        "{is it|would it be} {busier|quieter|easier} {later|later on|in the afternoon|tomorrow}{?|}",
        "{talk|speak|chat} {later|to you later|soon}{,|} {bye|thanks|cheers|}",
        "{I'm|we're} {going out|away|at the dentist|busy} {later|this afternoon|tomorrow}{,|} {so|} <r_errand>",
        "{can|could} I {ring|call|phone} {back|again} {later|tomorrow|after lunch} {if I need to|if it's easier|}{?|}",
        "{my|the} {engineer|delivery|appointment} {is|is coming|was moved to} {later|later today|this afternoon|tomorrow}{,|} {isn't it|right|}{?|}",
    ],
    # plain errands in the registers
    "plain": [
        "<r_errand>{.|}",
        "{hello|hi|good morning}{,|} <r_errand>{, please|}",
        "{I'm sorry to bother you|sorry to trouble you}{,|} {but|} I {wonder if you could help me|need to} <r_errand_inf>",
        "please{,|} I {want|am wanting|need} {to|} <r_errand_inf>{, thank you|}",
        "{oh hello|hello dear|hello love}{,|} {I'm not very good with this|my daughter usually does this}{,|} {but|} I {need to|want to} <r_errand_inf>",
        "<r_errand_inf>{.|,} {that's all|please|quickly|}",
        "{could you|would you} {possibly|kindly|} help me <r_errand_inf>{?|}",
        "{I was going to|I wanted to} <r_errand_inf>{,|} {no wait|actually|sorry}{,|} {I meant|I need to} <r_errand_inf>",
    ],
}

PER_REGISTER_TEMPLATE = 45          # draws per positive template; duplicates are dropped later
PER_REGISTER_NEGATIVE = 60          # negatives: more draws, the slots are wider
PER_REGISTER_MIXED = 40
