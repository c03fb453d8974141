"""A third, independent phrasing source, organised by the call's scenario rather than by intent word.

positives.py/negatives.py start from each intent's words and registers.py from how people talk. Here
each block is one situation a caller is in (a billing dispute, a parcel gone wrong, a bereavement, a
scam, a carer ringing for a parent, a small business ...; scenes_more.py holds the rest) and lists
what such a caller says when they do want something (every intent that fits the scene), next to at
least as many things the same caller says when they do not: venting at the weather, the kids or work,
idioms ("my back's killing me", "that's criminal"), an intent's words put to another use (transfer
the account, stop the direct debit, record a meter reading, call my son back), questions about a
topic (the complaints policy, is this recorded, how do I contact you), negated asks, time words
with no request, and polite refusals of an offer ("no thanks, I don't need a paper bill").

The model learned the older sources' wording too closely: the same scene on both sides of the line
makes it weigh the ask itself, not the vocabulary of the situation around it.

Labels follow README "Detection and routing", as registers.py does: frustration is aimed at the
call, the service or the company; a follow-up needs someone asked to contact the caller (or to send
something written); asking whether the call is recorded or about the complaints policy is a question,
not a refusal or a complaint; reporting a fault or a scam is an errand, not a complaint.

Template language as grammar.py. Slot names start with `s_`; every template is its own training
group, `scene-<scenario>-<intent, intents joined by "+", or neg>/<n>` (generate.scene_corpus).
"""

from __future__ import annotations

from callwarden.detect.phrases import (COMPLAINT, CONSENT_REFUSED, DISTRESS, ESCALATION, FOLLOW_UP, FRUSTRATION,
                                       OPT_OUT)
from callwarden_tools.intent_training.scenes_more import SCENES_MORE, SLOTS_MORE

NEG = "neg"     # a scene's turns that carry no intent

_SLOTS: dict[str, list[str]] = {
    # shared by both scene modules
    "s_when": ["after six", "tomorrow before nine", "on my lunch", "this evening", "on Thursday morning",
               "once you've checked", "when it's been put right", "any time after three", "at the weekend",
               "when you've got an answer", "before Friday", "in the next hour", "later this week", ""],
    "s_written": ["the breakdown", "the reference", "a summary of that", "the new dates", "the confirmation",
                  "what you've just told me", "the case number", "the new figures", "the agreement"],
    "s_errand": ["I'm ringing about my bill", "it's about my account", "I need to change my payment date",
                 "I wanted to check my balance", "I'm calling about an order", "I've a question about my contract",
                 "I need to update my phone number", "I'm after a copy of my statement",
                 "I wanted to book an appointment", "it's about a refund I'm owed"],
    "s_digits": ["four seven one one nine", "two zero eight six", "nine three three five one", "K L five five two",
                 "one eight four oh two", "six six oh one three", "zero three nine seven"],
    # scene-specific
    "s_bill_item": ["a roaming charge", "a charge for a phone I sent back", "the same payment taken twice",
                    "an exit fee I was told I wouldn't pay", "a late fee when I paid on time",
                    "an estimated reading that's miles out", "a price rise nobody told me about",
                    "a bill for three hundred quid", "an admin fee out of nowhere", "a charge for a month I'd left"],
    "s_parcel_fate": ["left in the recycling bin", "thrown over the side gate", "marked as delivered but never came",
                      "handed to somebody I've never met", "left on the doorstep in the rain",
                      "delivered to the wrong street", "taken back to the depot without anyone knocking",
                      "dropped off smashed to bits", "three days late for a birthday"],
    "s_kin_gone": ["my husband", "my wife", "my mum", "my dad", "my father", "my mother", "my partner", "my brother"],
    "s_parent": ["my mum", "my dad", "my mother", "my father", "my nan", "my grandad"],
    "s_trade": ["a cafe", "a little shop", "a hair salon", "a garage", "a plumbing firm", "a florist",
                "a takeaway", "a dog grooming business"],
}

SCENES: dict[str, dict[str, list[str]]] = {
    "billing": {
        COMPLAINT: [
            "{right|okay|look}{,|} I've been charged <s_bill_item> and I want {it logged as|this put down as} a {formal|proper|} complaint",
            "{how do I|where do I} {put in|raise|lodge} a complaint about <s_bill_item>{?|}",
            "{unless it's refunded|if that charge doesn't come off|unless I get that money back} {by Friday|this week|}{,|} I'm {going to the ombudsman|taking you to small claims|handing it to my solicitor}",
        ],
        FRUSTRATION: [
            "{every month|three months running|again} there's <s_bill_item> on my bill{,|.} {I'm sick to death of it|it's beyond a joke|I've had enough of you lot}",
            "I {paid|settled} {this|it} {on time|twice|weeks ago} and {you're|your lot are} still {chasing me|sending red letters|saying I owe you}{,|.} {unbelievable|it's pathetic|}",
            "{your|the} {billing department|billing system|accounts people} {can't|couldn't} {add up|get one bill right|tell me the same thing twice}{,|.} {what a shambles|honestly|}",
        ],
        ESCALATION: [
            "{you clearly can't|this machine can't|the menu can't} {sort this|help with this}{,|.} {put me through to|I need} {someone in billing|a billing supervisor|a real person}{, please|}",
            "I want {somebody from|someone in} {the accounts team|credit control|billing} who can {actually take this charge off|authorise a refund}{, not a menu|}",
        ],
        FOLLOW_UP: [
            "{can|could} {you|someone} {email|post|send} me {an itemised bill|the corrected bill|a letter confirming the refund}{?|, please|}",
            "{once|when} {it's|the charge is} {refunded|taken off|corrected}{,|} {can|could} {someone|you} {ring|phone|text} me {to confirm|to let me know|<s_when>}{?|}",
        ],
        CONSENT_REFUSED: [
            "{before I give you|I'm about to read out} my bank details{,|} {so|} {switch the recording off|I don't want this call recorded|please don't record this bit}",
        ],
        OPT_OUT: [
            "{and|also}{,|} {stop|quit} {ringing|texting} me {with upgrade offers|about new deals|with broadband deals} {while my bill's in dispute|, ever|for good|}",
        ],
        NEG: [
            "{can I|I'd like to} {cancel|stop} the direct debit {and pay by card instead|for the old account|from next month}{?|}",
            "{what's|where can I read} your complaints {policy|procedure}{, just for my records|, for future reference|}{?|}",
            "{I'd like to|can I} {give you|submit} a meter reading{,|} {it's|the number is} <s_digits>",
            "{the bill|my bill|it} {was|is} {a bit higher|higher than usual|more than I expected} {this month|this quarter}{,|} {why is that|is that the price rise}{?|}",
            "{no thanks|no, that's fine}{,|} I don't need {a paper bill|a copy posted|a payment reminder}{, I've got the app|, I'll see it online|}",
            "{I|we} {transferred|moved} the {money|payment} {across|over} {on Friday|yesterday|last week}{,|} {has it|did it} {arrived|cleared|shown up}{?|}",
            "{honestly|God}{,|} {the price of everything|the food shop|petrol|the mortgage} is {criminal|daylight robbery|killing us} {at the moment|these days|}{, anyway|}",
            "{my|our} {accountant|bookkeeper|partner} {deals with|normally does} the bills{,|} {so|} {can I|could I} {check|confirm} {the balance|what's owed|the due date}{?|}",
            "{I'm not disputing|I'm not complaining about|I'm not arguing with} the {charge|bill|amount}{,|} I {just|only} {want to|need to} {understand|know} {what it's for|where it came from}",
            "{is|will} this call {recorded|being recorded}{?|} {only because|I ask because} I might need {the reference|to quote it} {later|for my records}",
            "{what's|when's} the {last day|deadline} {I can|to} pay {before|without} {a late fee|it goes overdue|a penalty}{?|}",
            "{I'll|I can} {ring|phone|call} {back|you back} {once I've|when I've} {found the statement|checked with my bank|got my card}{, is that okay|, no problem|}",
            "{your|the} {billing department|accounts people|billing team} {were|have been} {really helpful|brilliant|spot on} {last time|before}{,|} so {hopefully this is quick|it should be an easy one}",
            "{why|how come} {has|did} my {direct debit|bill} {gone up|go up} {this month|in April}{, has the tariff changed|, is that the yearly rise|}{?|}",
            "{my car|the washing machine|my laptop} {is|'s} {useless|a joke}{,|} {another repair bill|another thing to pay for}{,|} I'm {sick of it|so fed up}{, anyway|}",
            "{the|my} {bank|card provider} {stopped|blocked|froze} {the payment|my card|the transfer} {for fraud checks|by mistake|}{, that's why it bounced|, so it didn't go through|}",
        ],
    },
    "delivery": {
        FRUSTRATION: [
            "{the parcel|my order|the sofa|the fridge} was <s_parcel_fate>{,|.} {your drivers are|your courier is|this company is} {a joke|useless|an absolute shambles}",
            "{that's|this is} the {second|third|fourth} {missed delivery|time you've failed to deliver} {and|.} {I took the day off work for it|I waited in all day|I rearranged everything}{, I'm so fed up|. Unbelievable|, ridiculous|}",
            "{your|the} tracking {has said|says} {out for delivery|with the driver} {for three days|all week|since Monday}{,|.} {does anyone even know where it is|nobody has a clue|it's a joke}{?|.|}",
        ],
        COMPLAINT: [
            "{I want to|I'm going to} {complain|make a complaint} about {your driver|the courier|the delivery firm you use}{,|.} {my parcel was|it was} <s_parcel_fate>",
            "{I'll be|I'm} {reporting this to trading standards|going to trading standards|taking this to the ombudsman} {if I don't get a refund|unless it turns up|}",
        ],
        ESCALATION: [
            "{can I|I'd like to} {speak to|talk to} {someone at the depot|the delivery manager|a supervisor in dispatch|someone who can actually find my parcel}{?|}",
            "{the bot|this chat thing|the tracker} {keeps|just keeps} {telling me|saying} {it's delivered|to wait|the same thing}{,|.} {I need a person|get me a human|let me speak to somebody}",
        ],
        FOLLOW_UP: [
            "{can|could} {someone|the driver|you} {text|call|ring} me {when|before} {it's on its way|he's ten minutes away|the new slot is booked}{?|}",
            "{please|can you} email me {the proof of delivery|the photo the driver took|the refund confirmation|the new delivery date}{?|}",
            "{I'm|I'll be} {out|at work} {till six|all day}{,|} so {ring|call} me {back|} {once you've traced it|when you know where it is|<s_when>}",
        ],
        OPT_OUT: [
            "{stop|please stop} {texting|sending} me {delivery surveys|those how did we do texts|rate your driver messages}{, I don't want them|, I've asked before|}",
        ],
        NEG: [
            "{can I|I want to} cancel {the order|the second one|one of the items} {before it ships|and keep the rest|, I ordered it twice}{?|}",
            "{the driver|your courier|the delivery man} was {lovely|really helpful|brilliant}{,|} {he|they} {even|} {carried it upstairs|put it in the porch|rang the bell twice}",
            "{do you|does the driver} {text|ring} {before|when} {you deliver|the van's close|they arrive}{?|}",
            "{what's|what is} {your|the} returns {policy|address|window}{?|}",
            "{I'll|I can} {ring back|call again} {tomorrow|later} if it {still hasn't come|doesn't turn up}{, thanks|, no worries|}",
            "{my neighbour|the lady at number six|the bloke next door} {took it in|has it}{,|} {panic over|all sorted|sorry to bother you}",
            "{the dog|our dog|the cat} {goes|went} {mental|crazy|absolutely berserk} {every time|whenever} the {doorbell|letterbox} {goes|rattles}{, sorry about the noise|, ignore him|}",
            "I'm {dying to|desperate to|itching to} {get my hands on it|try it out|open it}{, is it on the van yet|, when's it due}{?|}",
            "{can you|could you} {deliver|send} it to {my work|the office|my mum's} {instead|} {because I'm out|on Thursday|}{?|}",
            "{I'm|we're} {not in|out} {on Friday|at the weekend|until four}{,|} {can|could} {it|the delivery} {come|be moved to} {Saturday|Monday|the evening slot}{?|}",
            "{stop|pause|hold} the {deliveries|veg box|subscription box} {while we're on holiday|for two weeks|until July}{, please|}",
            "{your|the} {couriers|drivers} are {usually|normally} {brilliant|spot on|really good}{,|} {so|} I'm {just|} checking {the new date|where it is|the slot}",
            "how long {do|does} {refunds|a refund} {usually|normally} take to {show|come through} {on my card|after a return}{?|}",
            "{the traffic|the parking round here|the one-way system} {is|has been} {a joke|ridiculous|a nightmare} {since they dug the road up|all week}{, I've had enough of it|}",
            "{the|my} {parcel|box} {came|arrived} {fine|safe and sound|early}{,|} {I'm|I'm just} {ringing|calling} about {the invoice|a second order|a missing charger}",
        ],
    },
    "bereavement": {
        ESCALATION: [
            "<s_kin_gone> {passed away|died} {last week|in March|recently}{,|.} {can I|could I please} speak to {someone in your bereavement team|a real person|someone who deals with this}{?|}",
            "{sorry|I'm sorry}{,|} {this is hard|I'm not coping well}{,|} {is there|can I have} {a person|someone|an actual adviser} {I can talk to|to go through it with}{, please|}{?|}",
        ],
        OPT_OUT: [
            "{please|can you} {stop|quit} {ringing|calling|phoning} {this house|me} {asking for him|asking for her|about his account}{,|.} {he died|she passed} {in May|months ago|last year}",
            "{I keep getting|you keep sending} {sales calls|offers|marketing} {in his name|addressed to her}{,|.} {he died|she passed away} {last year|in the spring}{,|.} {take us off your lists|please stop them|remove this number}",
        ],
        FOLLOW_UP: [
            "{could|can} {you|someone} {send me|post me|email me} {the forms|what you need|the closing statement|a letter saying the account's closed}{,|} {I'm the executor|I'm sorting out the estate}{?|}",
            "{I'm not up to|I can't manage} {much today|a long call}{,|} {could|would} {someone|somebody} {ring|phone} me {back|} {next week|in a few days|<s_when>}{?|}",
        ],
        CONSENT_REFUSED: [
            "{I'd rather|I'd prefer} {this call wasn't|you didn't have this} recorded{,|} {it's|this is} {very personal|private|hard enough}",
        ],
        FRUSTRATION: [
            "I've sent the death certificate {three times|twice|again} and {you're still|you lot are still} {writing to him|sending her bills|chasing a dead man for money}{,|.} {it's disgraceful|have you no heart|I can't believe this company}",
        ],
        COMPLAINT: [
            "{I want to|I'd like to} {make a complaint|complain} about how {my mother's|my father's|his|her} account {was handled|has been dealt with} {since she died|since he passed|after the funeral}",
        ],
        NEG: [
            "<s_kin_gone> {passed away|died} {last month|in the spring|a fortnight ago}{,|} {so|and} I {need to|'m ringing to} {close|sort out} the account",
            "{can the|could the} account be {transferred|moved|put} into my name{?|, please|}",
            "{I've been|I'm} {in bits|all over the place|not sleeping} {since the funeral|this week|lately}{, sorry|, forgive me|}{,|} {but|} {I've got the account number here|I've got the reference}",
            "{the funeral|the service|the wake} {is|was} {on Friday|next Tuesday|last week}{,|} {so|and} I'm {trying to get|just getting} the paperwork {in order|sorted}",
            "{please|can you} {cancel|stop} {his|her} {direct debit|standing order|phone contract} {from the date of death|as of this month|}",
            "{take|remove} {his|her} name {off the joint account|off the bill|from the policy}{,|} {it's|it'll be} just me {now|from now on}",
            "{do you|does the bank} need {the death certificate|a copy of the will|the probate letter} {posted|as an original|or will a copy do}{?|}",
            "{I don't need|there's no need for} {anyone to call me|a callback|the paperwork posting}{,|} {I'll|I can} {pop into the branch|do it online|bring it in}",
            "{he|she} {would have|'d have} {laughed|died laughing|found it hilarious}{, honestly|, bless her|, bless him|}{,|} {anyway|sorry}",
            "{is|will} {this|the call} {recorded|being recorded}{?|} {I might|I'll} {need|want} {a note of what we agreed|to tell my brother}",
            "{my brother|my sister|the solicitor} {will|is going to} {ring you|get in touch} {about the estate|with the details|next week}",
            "{we've had|I've had} {so many|a lot of} {cards|flowers|visitors}{,|} {everyone's been|people have been} {so kind|lovely}{,|} {it's just|it's} {a lot|overwhelming}",
        ],
    },
    "scam": {
        DISTRESS: [
            "{they|the scammers|he} {said|told me} {they know where I live|they'd come round|he'd send someone to my house} {if I didn't pay|}{,|.} {I'm terrified|I'm shaking|he's outside now}",
            "{there's|I think there's} {a man|someone} {at my door|outside} {saying he's from the bank|who says he's come for my card}{,|} {I'm frightened|he won't go away|I'm on my own}{,|.} {please help|what do I do}",
        ],
        ESCALATION: [
            "{I've been|I think I've been} {scammed|conned|defrauded}{,|} {I need|put me through to|get me} {your fraud team|a real person|someone in fraud|a human} {now|right now|please}",
        ],
        CONSENT_REFUSED: [
            "{after what happened|after that scam call|after being conned}{,|} {I'm not talking to|I won't deal with} {a machine|an automated system|a recorded voice}{, sorry|}",
        ],
        OPT_OUT: [
            "{how do I know|how can I tell} {you're really|this is really} {the bank|who you say}{?|} {don't|do not} {ring|call} me {again|on this number again}{,|} {I'll ring the number on my card|I'll come into the branch}",
        ],
        FRUSTRATION: [
            "{you|your bank|your security team} let {them|someone} {empty my account|take two thousand pounds|take my savings} and {nobody|no one} {even noticed|flagged it|rang me}{,|.} {it's a disgrace|how is that allowed|useless}",
        ],
        COMPLAINT: [
            "{I'm taking this|I'll take this} {to the financial ombudsman|to the ombudsman|to my MP} {if you don't refund me|unless I get my money back|}",
        ],
        FOLLOW_UP: [
            "{can|could} {someone|the fraud team|you} {ring|call} me back {on the number on my account|<s_when>}{,|} {so I know it's really you|I don't trust calls that just come in|}",
        ],
        NEG: [
            "{someone|a man|they} {rang|called} {pretending to be|saying they were} {you|the bank|from your fraud team} and {told me to|asked me to} transfer {my savings|the money|two thousand pounds} to a {safe|new} account",
            "I {need|want} to report {a scam|a fraudulent payment|a dodgy text|a phishing email} {on my account|I got this morning|}",
            "{is it true|is it right} {that|} you {never|don't} {ring|call} {customers|people} asking for {their PIN|passwords|codes}{?|}",
            "{I|we} {hung up on|put the phone down on|blocked} {them|the scammer|the number} {straight away|right away}{,|} {so|} {I think|I hope} {I'm fine|nothing went out}",
            "{can you|please} {stop|block|freeze} {my card|the payment} {before they use it|straight away|now}{?|}",
            "{my|our} {grandson|son|daughter} {says|told me} it's {a scam|one of those scams}{,|} {and|} {he'll|she'll} {ring you|call you} {later|tonight} {about it|}",
            "{I feel|I felt} {so stupid|such an idiot|a right fool}{,|} {I should have known|I can't believe I fell for it}",
            "{they|the scammers} {were|sounded} {really convincing|so professional}{,|} {they even|} {knew my name|had my address|played hold music}",
            "{do you|does the bank} {record|keep a recording of} {calls|the calls} {in case|so} {there's a dispute|I need evidence}{?|}",
            "{the|my} {police|local police} {gave me|have given me} a {crime number|reference}{,|} {do you|will you} need {it|that}{?|}",
            "{I'm not|I am not} {going to|gonna} {answer|pick up} {withheld numbers|unknown numbers|calls I don't know} {any more|from now on}{, lesson learned|, that's for sure|}",
            "{it|the fraud} {was|happened} {on Tuesday|last night|at the weekend}{,|} {about|around} {six|nine|lunchtime}{,|} {while I was|I was} {making tea|at the shops|watching telly}",
        ],
    },
    "carer": {
        ESCALATION: [
            "{I'm|I am} {calling for|ringing on behalf of} <s_parent>{,|} {she's|he's} {got dementia|hard of hearing|not well}{,|} {can I|could I} {speak to|get} {a person|someone real|an adviser} {please|rather than the menu|}",
        ],
        FOLLOW_UP: [
            "{please|could you} {ring|call} me {back|} {rather than|not} {her|him|Mum|Dad}{,|} {on my mobile|on this number|}{,|} {she gets confused|he panics|she can't hear you}",
            "{can you|could you} {send|post|email} me {a copy of|} {the care plan|the appointment letter|her bill|the new prices} {as well|too|}{?|}",
        ],
        OPT_OUT: [
            "{your sales people keep|you keep} {ringing|calling} <s_parent> and {upsetting|confusing} {him|her}{,|.} {please|} {stop calling that number|take that number off your list|never ring that number again}",
        ],
        DISTRESS: [
            "{hang on|oh god|sorry}{,|} {Mum|Dad} {has|'s} {just|} {fallen|collapsed|gone down} and {she's|he's} not {answering me|responding|moving}{,|} {I need an ambulance|call an ambulance|help}",
        ],
        CONSENT_REFUSED: [
            "{Mum|Dad} {doesn't|does not} want {this|the call} recorded{,|} {she's|he's} {said so|told me} {before|already|}{,|} {so|} {please|} {turn it off|don't record it}",
        ],
        FRUSTRATION: [
            "I've {explained|told you} {three times|twice|over and over} that I'm {her|his} {carer|power of attorney} and {you|your system} {still|just} {won't|can't} {listen|accept it}{,|.} {it's exhausting|it's ridiculous|I'm at my wits' end}",
        ],
        NEG: [
            "{Mum|Dad|she|he} is {dying for|desperate for|gasping for} {a cup of tea|a biscuit|her lunch|the paper}{,|} {so|} {I'll|let me} {be quick|make this quick}",
            "{she's|he's} {driving me round the bend|doing my head in|a nightmare} {with the telly|about the heating|some days}{, bless her|, bless him|}{,|} {anyway|} <s_errand>",
            "{I've got|I have} {power of attorney|lasting power of attorney|a letter from her GP}{,|} {can I|could I} {manage|look at|change} {her|his} account{?|}",
            "{can you|could you} {call|ring} <s_parent> {back|} {later|this afternoon} {about the appointment|to confirm the date|, she's expecting you|}{?|}",
            "{her|his} {back|hip|knee} {is|has been} {killing her|killing him|giving her gyp|agony} {this week|lately}{,|} so {she can't|he can't} get to the phone",
            "{is it|would it be} {alright|okay} if I {speak|talk} {for her|for him|on her behalf}{?|} {she's|he's} {right here|sat next to me|listening}",
            "{Mum|Dad|she|he} had a {fall|funny turn|bad night} {last week|on Sunday|recently}{,|} {she's|he's} {fine now|on the mend|much better}{,|} {I'm just|I'm} updating {her|his} contact number",
            "{stop|cancel} {her|his} {paper bill|magazine|meal delivery} {please|}{,|} {she|he} {can't read it anymore|doesn't use it|is in a home now}",
            "{no thanks|no, that's fine}{,|} {she|he} {doesn't need|won't need} {the large print version|a home visit|an engineer} {after all|any more|}",
            "{who|which team} {deals with|looks after} {vulnerable customers|carers|the priority services register}{?|}",
            "{I|we} {write down|note} {her|his} {blood pressure|sugar levels|readings} {every morning|each day}{,|} {do you need them|should I send them in}{?|}",
            "{my|the} {manager|boss} at work {lets me|said I can} {take calls|have time off} for {her|him|Mum}{,|} {so|} {I'm ringing on my lunch|I'm calling now}",
        ],
    },
    "business": {
        ESCALATION: [
            "I {run|own|have} <s_trade>{,|} and I need {my account manager|someone on your business team|a business adviser|a real person} {today|now|}{,|} {not|rather than} {a call centre script|this menu|a bot}",
        ],
        COMPLAINT: [
            "{your|the} {card machine|terminal|payment system} went down {all Saturday|for two days|over lunch}{,|} {I lost|that cost me} {a fortune|hundreds|a day's takings}{,|.} {I want to make a formal complaint|I'm going to complain|I'm putting a complaint in}",
        ],
        FRUSTRATION: [
            "I've {got a business to run|customers waiting|a shop full of people}{,|} and I've been {stuck on hold|going round this menu|waiting} {for half an hour|since opening|for ages}{,|.} {it's a joke|this is hopeless|unbelievable}",
        ],
        FOLLOW_UP: [
            "{can you|could you} {email|send} {the invoice|a VAT receipt|the quote|the contract} {to the shop email|to my business address|over} {for my accountant|today|<s_when>}{?|}",
            "{I'm|I am} {serving|with a customer|on my own in the shop}{,|} {can|could} {someone|you} {ring|call} me {back|} {after closing|when it's quieter|<s_when>}{?|}",
        ],
        OPT_OUT: [
            "{stop|please stop} {ringing|cold calling|phoning} {the shop|my business line|the salon} {with offers|about card machine deals|about advertising}{,|} {it ties up the line|I've got customers|}",
        ],
        CONSENT_REFUSED: [
            "I'll be {discussing|reading out} {client details|customer accounts|my staff's details}{,|} so {I don't consent to this being recorded|please don't record this|I don't want the recording on}",
        ],
        NEG: [
            "{the manager|my manager} {of|at} {my shop|the salon|the cafe} {will|is going to} {ring you|call you|be in touch} {about the order|on Monday|}",
            "{I need to|can I} transfer {the account|the contract|the line} {to|into} {my business partner's name|the new company|the limited company}{?|}",
            "{cancel|stop} the direct debit {for the old premises|on the old unit|for the second line} {from next month|please|}",
            "{trade|business} {has been|is} {killing me|dead|murder} {this month|since the roadworks|since January}{,|} so I'm {looking to|trying to} {cut costs|bring the bill down|change tariff}",
            "{my|our} {staff|apprentice|Saturday girl} {is|are} {driving me up the wall|off sick again|useless today}{,|} {anyway|sorry}{,|} {I'm calling about|I need} {a second card machine|an extra line|the bill}",
            "{what|which} {hours|days} {is|does} your business {desk|line|team} {open|work}{?|}",
            "{can I|I need to} {give you|submit} {a meter reading|the readings} {for the shop|for the unit|for the business}{?|}",
            "{no thanks|no, don't worry}{,|} I don't {need|want} {a paper invoice|the extra insurance|the upgrade|a receipt}{, I'm all set|, I'm fine|}",
            "{my|the} {customers|regulars} {were|have been} {dying for|desperate for|queuing for} {the new menu|the new stock|the sale}{, honestly|, it's been mad|}",
            "{I'm|we're} a {small|tiny|one-man} {business|firm|outfit}{,|} {do you have|have you got} {a business tariff|discounts for small businesses|a separate line for businesses}{?|}",
            "{I'll|I'm going to} {call|ring} {my accountant|the supplier|my business partner} {first|} and {get back to you|confirm}",
            "{how do I|what's the best way to} {contact|reach|get hold of} {your business team|you} {out of hours|at the weekend|if the terminal goes down}{?|}",
        ],
    },
}

# One table over both modules: scenes_more.py's scenarios join these ones.
SCENE_SLOTS: dict[str, list[str]] = {**_SLOTS, **SLOTS_MORE}
SCENES.update(SCENES_MORE)

PER_SCENE_TEMPLATE = 45     # draws per positive template; duplicates are dropped later
PER_SCENE_NEGATIVE = 50     # negatives: draws per template, a little more, their slots are wider
