"""The rest of scenes.py's scenarios (split only to keep each module short); read scenes.py first.

The shared slots (`s_when`, `s_errand`, `s_written`, `s_digits`) live in scenes.py; scenes.SCENE_SLOTS
joins both tables, which is what the templates are expanded against.
"""

from __future__ import annotations

from callwarden.detect.phrases import (COMPLAINT, CONSENT_REFUSED, DISTRESS, ESCALATION, FOLLOW_UP, FRUSTRATION,
                                       OPT_OUT)

NEG = "neg"

SLOTS_MORE: dict[str, list[str]] = {
    "s_study_thing": ["the exams", "my dissertation", "the deadlines", "my essays", "revision", "the group project",
                      "my placement", "the lab reports"],
    "s_adviser": ["Sarah", "Mark", "a lady called Jo", "an adviser called Tom", "the man in billing", "Priya",
                  "your colleague Dan"],
    "s_ward": ["at work", "on the ward", "on the shop floor", "on site", "in the warehouse", "in the classroom"],
    "s_ache": ["my back", "my knee", "my hip", "my neck", "my shoulder", "my feet"],
}

SCENES_MORE: dict[str, dict[str, list[str]]] = {
    "student": {
        FRUSTRATION: [
            "I've {emailed|messaged|rung} {you|your support team|the accommodation office} {five times|every day this week|for a month} and {nobody|no one} {replies|gets back to me|has a clue}{, it's a joke|. Useless|, honestly|}",
            "{your|the} {app|portal|website} {logs me out|crashes|won't let me pay} {every single time|again|constantly}{,|.} {I'm so done with it|I'm sick of it|it's beyond useless}",
        ],
        FOLLOW_UP: [
            "I'm in {lectures|a seminar|an exam|the lab} {all day|till four|this morning}{,|} {can|could} {you|someone} {email|text|message} me {instead|the details|<s_written>}{?|}",
            "{could|can} {someone|you} {call|ring} me {back|} {<s_when>|after my lecture|between classes}{?|} {I can't really talk|I can't talk} {in the library|right now|}",
        ],
        ESCALATION: [
            "{this|the} {chatbot|bot|automated thing} {isn't helping|doesn't understand me}{,|.} {is there|can I talk to} {an actual person|a human|someone from the team|a real adviser}{?|}",
        ],
        COMPLAINT: [
            "{I want to|I'd like to} {make a complaint|complain} about {your accommodation team|your repairs team|the halls management}{,|.} {the heating's been off|there's mould everywhere|nobody's fixed the shower} {for weeks|since October|}",
        ],
        OPT_OUT: [
            "I'm {a student|skint}{,|} {I don't want|I'm not interested in} {your offers|a contract}{,|.} {stop|quit} {texting|ringing|emailing} me {every day|all the time|}",
        ],
        NEG: [
            "<s_study_thing> {is|are} {killing me|doing my head in|a nightmare} {at the moment|this term|this week}{,|} {anyway|sorry}{,|} <s_errand>",
            "{my flatmates|my housemates|the people upstairs} {were|have been} {so loud|a nightmare|partying} {all night|again}{,|} I'm {knackered|shattered|dead on my feet}",
            "I'm {dying for|desperate for|counting down to} {the summer|reading week|the holidays|graduation}{, honestly|, haha|}",
            "{my|the} {loan|student loan|bursary} {comes|goes} in {on the fifth|next week|at the end of the month}{,|} {can I|could I} {move|push back} {the payment|my direct debit|the due date} {till then|to after that|}{?|}",
            "{my mum|my dad|my parents} {will|might} {call you|ring you|be in touch} {about the deposit|to pay the bill|because it's in their name}{, is that okay|, if that's alright|}",
            "{I|we} couldn't stop {laughing|crying with laughter} at {the lecturer|the group chat|it}{,|} {honestly|it was} {hilarious|so funny|brilliant}",
            "{how do I|can I} {get|apply for} {a student discount|the student rate|a railcard}{?|}",
            "{is there|do you have} {an email|a number|a chat} {for students|I can use|for the uni}{?|}",
            "{I'll|I can} {ring back|call again|phone back} {after my exam|between lectures|later} {if|when} {I've got|I find} {my student number|the reference}",
            "{no thanks|no, it's okay}{,|} {I don't need|I won't need} {the insurance|the paper copy|the add-on}{,|} I'm {only|just} {here for the term|in halls|on a budget}",
            "{I|we} {cancelled|stopped} {the gym|the streaming|the subscription} {to save money|because I'm skint}{,|} {and|} {now I need|I just need} to {check|know} {my balance|when the bill's due}",
            "{the|your} {app|portal} {has been|is} {great|much better|fine} since {the update|they fixed it}{,|} I {just|} {can't find|need} {the payment page|my statement}",
            "is the portal {down|under maintenance} {today|this morning}{,|} or is it just {me|my laptop}{?|}",
            "{the|our} {match|game|five-a-side} {was|went} {a disaster|a joke|embarrassing} {last night|on Wednesday}{,|} {we lost|we got thrashed} {ten nil|eight one|by loads}",
        ],
    },
    "break": {
        FOLLOW_UP: [
            "I'm {on my break|on my lunch|on a ten-minute break}{,|} {I'm due back|I've got to go back} {in five minutes|now|at two}{,|} {so|} {can|could} {someone|you} {ring|call|phone} me {back|} {after my shift|after five|<s_when>}{?|}",
            "{I can't|I won't be able to} {take calls|pick up|answer} <s_ward>{,|} {so|} {please|could you} {text|email} me {<s_written>|the details|the answer} {instead|}",
        ],
        FRUSTRATION: [
            "I've {spent|wasted} {my whole|my entire|half my} {lunch break|break} {on hold|in this queue|listening to this music}{,|.} {this is ridiculous|it's a joke|unbelievable|I'm so fed up}",
        ],
        ESCALATION: [
            "I've {only|} got {ten|five|two} minutes{,|} {so|} {just|please} {put me through to|get me|give me} {a person|someone who can help|an adviser|a human} {now|straight away|}",
        ],
        OPT_OUT: [
            "{you|your company} {keep|kept} {calling|ringing} me {at work|during my shifts|while I'm working}{,|.} {it's getting me in trouble|I can't answer|}{,|.} {stop calling me|don't call this number again|take my number off your list}",
        ],
        # a complaint told with a failure behind it (a no-show, repeated cut-offs) vents at the service too
        COMPLAINT + "+" + FRUSTRATION: [
            "I {took|had to take} {a day off|unpaid leave|half a day off} {for the engineer|for the delivery|for your appointment} and {nobody came|no one turned up}{,|.} {I want to complain|I'm making a complaint|I'm putting in a complaint}",
        ],
        NEG: [
            "{my|the} {boss|supervisor|manager} {will|is going to} {kill me|go mad|have my head} if I'm {late back|not back in five|on the phone}{,|} {so|} {quickly|I'll be quick}{,|} <s_errand>",
            "{my|our} {manager|line manager|supervisor} {needs|wants} {a copy of the invoice|my bill|a letter} {for expenses|for the claim|by Friday}{,|} {how do I|can I} {download|get} {it|one}{?|}",
            "I'm {on my break|on my lunch}{,|} {so|} I've only got {ten minutes|a few minutes}{,|} {can you|I just need you to} {check|tell me} {my balance|when the engineer's coming|the due date}{?|}",
            "{I'll|I'll have to} {ring|call|phone} {back|again} {after my shift|on my next break|tomorrow on my lunch}{,|} {what time|when} do you {close|shut}{?|}",
            "{work|this shift|the night shift|my job} {is|has been} {killing me|murder|a nightmare|brutal} {this week|lately|today}{, honestly|}",
            "I'm {dying for|gasping for|desperate for} {a coffee|a cuppa|a sit down|a cigarette} {after this shift|on my break|}",
            "{sorry|excuse the noise}{,|} {I'm|I'm calling} from {the staff room|the canteen|the car park at work|the loading bay}{,|} it gets {loud|noisy|busy} {in here|at lunch|}",
            "{I|we} {finish|clock off} at {five|six|half four}{,|} so {any time|any day} {after that|next week} {is fine|works} for {the engineer|the appointment|the delivery}",
            "{no|no thanks}{,|} {I don't need|don't bother with} {a text reminder|a confirmation call|the survey}{,|} I'll {remember|be fine|put it in my diary}",
            "{can|could} you {transfer|move} {my appointment|the booking|the slot} {to|onto} {a weekend|Saturday|my day off}{?|}",
            "{the|our} {printer|coffee machine|till} at work {is|has been} {broken|jammed|useless} {all week|again}{,|} {it's driving everyone mad|honestly, a joke}",
            "how long is the {wait|queue} {usually|normally} {at lunchtime|on a Monday|around now}{?|} {I'm on my break|I've only got twenty minutes|}",
            "{my|a} {colleague|workmate} {recommended|told me about} {you|your deals|this tariff}{,|} {he|she} {said|reckons} {it's|you're} {good|cheap|worth it}",
        ],
    },
    "badline": {
        FOLLOW_UP: [
            "{this line|my line|the line} {is|keeps} {crackling|dropping|breaking up}{,|.} {can you|could you} {ring|call} me {back|} on {my mobile|my partner's mobile|this other number} {instead|please|}{?|}",
            "I'm {calling|ringing} from {a neighbour's phone|my work phone|a friend's mobile} {because|as} {mine's|my line is} {dead|not working}{,|} {so|} {text|email} me {when|once} {the engineer's booked|it's fixed|you know more}{, please|}",
        ],
        FRUSTRATION: [
            "{this is|it's} the {third|fourth|fifth} {engineer visit|time I've reported it|week without a line} and {it's|my phone's} still {not working|dead|crackling}{,|.} {absolutely ridiculous|you're useless|I've had enough}",
        ],
        COMPLAINT: [
            "I {want|need} {to make|to put in} a complaint{,|} I've been without {a landline|a working phone|broadband} {for three weeks|since the storm|for a month}{, I'm housebound|, and I'm on my own|}",
        ],
        ESCALATION: [
            "{the|your} {fault line|automated tester|robot} {says|keeps saying} {there's no fault|the line's fine}{,|.} {there is|it isn't}{,|.} {put me through to|I need} {an engineer|a person|someone technical|a human} {please|now|}",
        ],
        NEG: [
            "{sorry|hello}{,|} {you're breaking up|you're cutting out|I can't hear you very well}{,|} {can you|could you} {say that again|repeat that|speak up}{?|}",
            "{can you|could you} hear me {now|okay|alright}{?|} I've {just|} {moved|gone} {to the window|upstairs|into the garden}",
            "{the|my} {line|landline|phone} {went|has gone} {dead|quiet|crackly} {in the storm|after the roadworks|last night}{,|} {so|} I'd like to {report a fault|book an engineer|report it}",
            "{if|in case} {we get cut off|it drops}{,|} I'll {ring|call} {straight back|back|you back} {on my mobile|from the other phone|}",
            "{my|the} {hearing aid|hearing aids} {is|are} {whistling|playing up|driving me mad}{,|} {sorry|bear with me}{,|} {can you|could you} {speak up|talk a bit louder}{?|}",
            "{what|which} number {should I|do I} {ring|call} {if|when} {the line's down|my landline's not working|there's a fault}{?|}",
            "{will|does} the engineer {ring|call|text} {before he comes|on the day|when he's on his way}{?|}",
            "{my|our} {dog|puppy} {chewed|ate} {the phone cable|the charger|the router lead}{,|} {the little monster|I could kill him|honestly}{,|} {so|} {I need|can I get} a {new one|replacement}{?|}",
            "{no|no thanks}{,|} {I don't need|there's no need for} {an engineer|a visit|a new router}{,|} it's {working again|fine now|just the plug}",
            "I'm {ringing|calling} {from|on} {my mobile|my daughter's phone} {because|as} {the landline's|my line is} {not working|down}{,|} {the number that's broken is|my account number is} <s_digits>",
            "{the|your} {recorded message|automated message|recorded voice} {said|told me} there's {a fault|an outage} {in my area|on the exchange}{,|} {how long|when} {will it|is it going to} {be fixed|take}{?|}",
            "how long does a {fault repair|line repair} {usually|normally} take {round here|out in the country|}{?|}",
            "{log|note down|record} that {it|the line} {has been|went} {down|off} {since Sunday|for four days|since the storm}{,|} {for|so I can claim} {the compensation|a refund|}",
        ],
    },
    "cutoff": {
        FRUSTRATION: [
            "{I was|I got|I've been} cut off {twice|three times|after forty minutes|just as it was getting sorted} {already|earlier|last time}{,|.} {I can't believe it|this is ridiculous|it's a joke|I'm fuming}",
        ],
        FOLLOW_UP: [
            "{if|in case} {we get|this gets|I get} cut off {again|this time}{,|} {please|can you|will you} {ring|call} me {back|straight back} on {this number|my mobile}{?|}",
            "{I was|I got} cut off {last time|yesterday|earlier}{,|} {so|} {could|can} {you|someone} {take|note} my number and {call|ring} me back if it {happens again|drops}{?|}",
        ],
        ESCALATION: [
            "{I was|I got} cut off {from|while talking to} <s_adviser> {earlier|this morning}{,|} {can you|could you} {put me back through to|get me} {her|him|them|someone} {please|}{?|}",
        ],
        COMPLAINT + "+" + FRUSTRATION: [
            "{I want to|I'm going to} {complain|make a complaint} {about being|because I was} {cut off|hung up on} {three times|twice|mid-call}{,|} {it's cost me|I've lost} {an hour|my whole morning|the credit on my phone}",
        ],
        NEG: [
            "{we|I} got cut off {earlier|a minute ago|before}{,|} I was {talking to|speaking to} <s_adviser> about {my refund|the booking|a new SIM}{,|} {the reference is|it was reference} <s_digits>",
            "{sorry|apologies}{,|} {I think|} {I|my phone} {cut you off|hung up by mistake|pressed the wrong button} {earlier|just now|}{, my fault|, sorry about that|}",
            "{if|should} {it|the call} {drops|cuts out}{,|} {I'll|I can} {ring|call} {back|again} {straight away|in a minute|}{, no problem|, don't worry|}",
            "I'm {on a train|in the car park|on the bus|in the lift soon}{,|} so {sorry if|if} I {cut out|drop out|go quiet}",
            "{can you|could you} {cut off|stop|cancel} {the old line|the second SIM|my son's phone} {at the end of the month|today|}{?|}",
            "{I'll|I'm going to} {call|ring} {my son|my husband|my daughter} back {first|after this}{,|} {he|she} {rang|was ringing} {while I was on hold|a minute ago}",
            "{does|will} {the system|your system|the line} {ring|call} {people|me|you} back {automatically|by itself} {if|when} {it drops|you get cut off}{?|}",
            "{a man|some bloke} {pushed in|cut in front of me} {at the post office|at the petrol station|in the queue}{, the cheek|, the nerve of it|}{,|} {anyway|sorry}{,|} <s_errand>",
            "{we|I} {spoke|talked} {earlier|this morning|yesterday} and the line went dead{,|} {no harm done|no worries|not to worry}{,|} I {just|} need {the reference|to finish changing my address|to confirm the date}",
            "{no|no thanks}{,|} {you don't need to|no need to} {call|ring} me {back|} {if it drops|later}{,|} I'll {just|} {ring again|try the app|hold}",
        ],
    },
    "returning": {
        FRUSTRATION: [
            "{this is|it's} the {third|fourth|fifth|sixth} time {I've rung|I've called|I'm ringing} {about this|this week|this month}{,|} and {every time|each time} {it's|I get} {someone new|a different story|the same excuse}{,|.} {I'm sick of it|I've had enough|absolutely ridiculous}",
            "{you said|they said|I was told} {it would be|it'd be} {sorted|fixed|done} {by Friday|in 48 hours|last week}{,|.} {it isn't|nothing's happened|still waiting}{,|.} {typical|unbelievable|what a joke}",
        ],
        ESCALATION: [
            "I {spoke to|was talking to} <s_adviser> {last week|on Tuesday|yesterday}{,|} {can I|could I} {speak to|be put through to} {her|him|them} {again|directly|please}{?|}",
            "I've {got|already got} {a case number|an open case|a reference} {from last time|}{,|} so {can I|could I} {speak to|be put through to} {the person handling it|whoever's dealing with it|someone on the case} {please|}{?|}",
        ],
        COMPLAINT: [
            "I {complained|raised it} {last month|before|twice} and {nothing happened|nothing's changed}{,|} so {I'm going to the ombudsman|I want to make a formal complaint this time|I'm putting in another complaint}",
        ],
        FOLLOW_UP + "+" + FRUSTRATION: [
            "{you|someone} {promised|said they'd} {ring|call} me back {yesterday|on Monday|last week} and {nobody did|no one rang}{,|.} {can|could} {someone|you} {actually|please} ring me {this time|<s_when>}{?|}",
        ],
        FOLLOW_UP: [
            "{can|could} {the person|whoever|the adviser} {dealing with my case|who has my file} {ring|call|email} me {<s_when>|with an update|when there's news}{?|}",
        ],
        NEG: [
            "I {rang|called|phoned} {last week|on Monday|yesterday} and {Sarah|the lady|the young man} {sorted it|was brilliant|fixed it}{,|} I'm {just|only} {checking|ringing to check} {it went through|it's on the system|the refund's gone}",
            "I'm {calling|ringing} back {as|like} {you|the lady|your colleague} {asked|said to|told me to}{,|} {with|about} {the meter reading|my account number|the photos}",
            "{you|your colleague|the adviser} {said|told me} {to|I should} {ring|call} {back|again} {today|after ten|once the payment cleared}{,|} so {here I am|that's what I'm doing}",
            "{I|we} {complained|raised a complaint} {in the spring|last year|ages ago} and {you|your team} {sorted it|were great|paid out}{,|} {this is about|this is} {something else|a different thing|a new order}",
            "{what was|who was} the {name of the|} {adviser|person} I {spoke to|dealt with} {last time|on Tuesday|before}{?|} I'd like to {thank them|pass on a thank you|mention them}",
            "{do you|have you got} {a record|notes|a note} of {my last call|what we discussed|the last conversation}{?|}",
            "I'll {ring|call|phone} back {when|once} {the letter comes|I've got the paperwork|the engineer's been}{, thanks|, cheers|, no rush|}",
            "I {keep|kept} {forgetting|meaning} to {ring|call} {you|about this}{,|} {sorry|my fault}{,|} {it's been|life's been} {manic|crazy|a whirlwind} {with the kids|at work|lately}",
            "{my|the} {reference|case number|ticket number} {from last time|you gave me} is <s_digits>{,|} I'm {just|} {checking|following up on} {the status|where it's at|progress}",
            "{the|my} {kids|grandkids|twins} {have been|were} {a nightmare|a handful|murder} {all week|since half term}{,|} {so|} {sorry|I'm sorry} it's taken me {so long|a while} to {ring back|get back to you}",
            "{you|your team} {rang|called|texted} me {yesterday|earlier|this morning} {about|regarding} {my renewal|the appointment|a missed payment}{,|} so I'm {returning the call|ringing back}",
            "how long do {cases like mine|these investigations|disputes} {normally|usually} take{?|} {just so I know|no rush|}",
            "I've had enough of {this rain|the school run|my brother's moaning} {this week|, honestly|}{,|} {anyway|sorry}{,|} <s_errand>",
            "I've got {no complaints|nothing to complain about}{,|} {it was|it's all} {fine|sorted|great}{,|} I {just|} {want to|need to} {add|change|check} {something|one thing|the date}",
        ],
    },
    "moving": {
        FRUSTRATION: [
            "I {told you|rang} {twice|three times|a month ago} that I was moving{,|} and you've {still|} {billed|charged} me for {the old flat|both addresses|the old place}{,|.} {it's ridiculous|how hard can it be|unbelievable}",
        ],
        FOLLOW_UP: [
            "{can|could} {you|someone} {email|post} {the final bill|the closing meter readings|confirmation of the move|the new contract} to {my new address|me}{?|}",
            "{we're|I'm} {in the middle of|up to our eyes in} {packing|the move|unpacking}{,|} {can|could} {someone|you} {ring|call} me {back|} {<s_when>|once the movers have gone}{?|}",
        ],
        COMPLAINT + "+" + FRUSTRATION: [
            "{the|your} {engineer|installer} {never turned up|didn't show} {on moving day|at the new house} and we've {had|been with} {no internet|no heating|no phone} {for a week|since Friday}{,|} so {I'm making|I want to make|I'm lodging} a {formal|} complaint",
        ],
        OPT_OUT: [
            "{you keep|you're always} {ringing|calling} {this number|the house} for {the people who lived here before|the last tenants|the previous owners}{,|.} {please stop|take this number off your list|stop calling}",
        ],
        ESCALATION: [
            "{I need|can I speak to|put me through to} {someone in the home moves team|a person|a real adviser}{,|} {the menu|this system} has no option for {moving house|a home move}",
        ],
        NEG: [
            "{I'm|we're} moving {house|on the twelfth|next Friday}{,|} {can I|could I} {transfer|move} {my account|the broadband|the contract} to {the new address|my new place}{?|}",
            "{I'd like to|can I} {give you|record} the {final|closing|last} meter reading{,|} it {reads|says} <s_digits>",
            "{please|can you} {stop|cancel|end} {the service|the supply|the contract} at {the old address|the old flat|my old place} {from the thirtieth|on moving day|next week}",
            "{the|our} {move|moving day} was {a nightmare|hell|absolute chaos}{,|} {the van broke down|the removal men were late|the lift didn't work}{,|} {anyway|so}{,|} <s_errand>",
            "<s_ache> {is|has been} {killing me|in bits|wrecked} {from|after} {carrying boxes|lugging the sofa|all those stairs}{, honestly|}",
            "{I've|we've} {had|got} {post|letters} {for|addressed to} {the last owners|the previous tenants|someone called Dave}{,|} what {should I|do I} do with {them|it}{?|}",
            "{do I|will I} need {to be in|an engineer} {for|when} {the switch|the move|the connection}{?|}",
            "{no thanks|no, you're alright}{,|} {we won't need|I don't need} {the moving pack|the installation service|a new router} {this time|}{,|} {we're|I'm} keeping the old one",
            "{the|our} {new neighbours|old landlord|estate agent} {is|are} {driving me up the wall|a nightmare|useless}{,|} {but|anyway} {that's not why I'm ringing|never mind}",
            "{when's|what's} the {earliest|first} {date|slot} {you can|I can} {connect|get} {the new place|broadband at the new house}{?|}",
            "how much notice {do you need|do I have to give} {before I move|when I'm moving}{?|}",
            "{my|the} {solicitor|conveyancer} {says|said} completion {is|will be} {on Friday|next week}{,|} so {I'll|we'll} {call|ring} {back|you} {to confirm|when it's definite}",
        ],
    },
    "travel": {
        COMPLAINT: [
            "{my|our} flight {was|got} {cancelled|delayed eleven hours|moved} {without warning|at the last minute|twice}{,|} and I'm {going to complain|making a complaint|reporting you to the aviation regulator}",
        ],
        FRUSTRATION: [
            "{we've|I've} been {sat|stuck|stranded} {at the airport|at the gate|in departures} {for nine hours|since this morning|all day} and {nobody from your airline|no one from your company|nobody} {has told us anything|will tell us anything}{,|.} {it's a disgrace|this is a shambles|shocking}",
        ],
        ESCALATION: [
            "{I need|get me|can I speak to} {a human|someone on the rebooking team|a real person|an agent}{,|.} {your app|the website|the chatbot} {won't let me|can't} {rebook|change the flight|sort a refund}",
        ],
        FOLLOW_UP: [
            "{email|text} me {the new booking|the new flight details|the voucher|the refund confirmation} {please|when it's done|as soon as you can}{,|} {my battery's dying|I'm about to board|I'm driving}",
            "{can|could} {you|someone} {ring|call} me {back|} {when|once} {there's|you've got} {a seat|a new flight|news} {for us|}{?|}",
        ],
        NEG: [
            "{the|our} {holiday|trip|week away} was {amazing|brilliant|to die for}{,|} I'm {ringing|calling} about {booking|adding} {another trip|a return flight}",
            "{I'm|we're} {dying for|desperate for|gasping for} {a shower|a proper bed|a decent coffee} after {that flight|the journey|twelve hours on a plane}",
            "{can I|I'd like to} {cancel|change} {my|the} {hotel|car hire|return flight|seat} and {get|have} {a refund|credit|the money back}{?|}",
            "{what|which} {terminal|gate} {does|is} {the flight|it} {leave from|at|go from}{?|}",
            "{is there|what's} {a number|an email|the best way} {to contact|to reach|to get hold of} {you|the airline|customer services} {from abroad|while I'm away|overseas}{?|}",
            "{the|that} {queue|heat|jet lag} {at passport control|out there|coming back} {was|is} {unbearable|killing me|murder}{, honestly|, anyway|}",
            "{can|could} you transfer {my points|the voucher|my booking} {to|onto} {my wife|my husband|my partner|a later flight}{?|}",
            "{I'll|I can} {ring|call|phone} {back|you back} {once we've landed|when I'm home|from the hotel}{,|} {it's|that's} {easier|cheaper|fine}",
            "{the kids|the children|the little one} {were|was} {a nightmare|an angel|a handful} on {the plane|the flight|the coach}{,|} {but|anyway} {we|I} {just|} need {the receipt|a copy of the booking|to add a bag}",
            "{no thanks|no, that's alright}{,|} {I don't want|I don't need} {travel insurance|priority boarding|a seat upgrade|the hotel add-on}{,|} just {the flight|the basic fare|the seat}{, please|}",
            "how long {does|must} a flight {have to be|be} delayed {before|for} {you get|me to get} compensation{?|}",
            "{are|is} {your|the} {calls|lines} {recorded|monitored} {for training|for quality}{, just out of interest|, I was wondering|}{?|}",
        ],
    },
    "clinic": {
        DISTRESS: [
            "I'm {ringing|calling} about {a repeat prescription|my appointment|my results}{,|} {but|and} {I've got|there's} {a crushing pain in my chest|a pain down my left arm|no feeling in my face} {right now|since ten minutes ago|}",
            "{my|our} {baby|little boy|daughter|toddler} {has|'s got} a {fever|rash|temperature} and {he's|she's} {floppy|not waking up properly|fitting}{,|} {what do I do|please help|I'm scared}",
        ],
        FRUSTRATION: [
            "I've been {trying to get|ringing for} an appointment {for two weeks|every morning at eight|since Monday}{,|} and {the line's|you're|it's} {always|} {engaged|fully booked|busy}{,|.} {it's hopeless|it's a joke|I give up}",
        ],
        COMPLAINT: [
            "{I want to|I'd like to} {make a complaint|complain} about {the receptionist|the way the doctor spoke to me|how my referral was lost|being given the wrong tablets}",
        ],
        FOLLOW_UP: [
            "{can|could} {the doctor|the pharmacist|the nurse|someone} {ring|call|phone} me {back|} {about my results|with the results|<s_when>}{?|}",
        ],
        ESCALATION: [
            "{can I|could I} {speak to|talk to} {the pharmacist|the duty doctor|the practice manager|the nurse|a real person}{, please|}{?|}",
        ],
        CONSENT_REFUSED: [
            "{I'm going to|I need to} {talk about|mention} {something personal|my mental health|a private matter}{,|} so {I'd rather not be recorded|I'd rather you didn't record this|please don't record the call}",
        ],
        NEG: [
            "<s_ache> {is|has been} {killing me|agony|murder} {since the weekend|for weeks|this week}{,|} {can I|could I} {get|book} {an appointment|a physio appointment|something stronger}{?|}",
            "{I nearly died|I almost died|I nearly wet myself} laughing {when my grandson said grace|at the panto|at my husband's dancing}",
            "I'm {sick of|fed up of|sick to death of} {this cold|this cough|hay fever|this chest infection}{,|} {can I|could I} {get|book} {an appointment|something for it|a prescription}{?|}",
            "{my|our} {GP|doctor|consultant} {told me|asked me|said} to {ring|call} {you|the pharmacy} {about|to check} {my prescription|the dosage|whether it's ready}",
            "how long {is|'s} the {wait|waiting list} for {a physio appointment|a hearing test|a referral} {at the moment|these days}{?|}",
            "{is|has} my {prescription|repeat|medication} {ready|been sent over|gone through} {yet|}{?|}",
            "{what|when} {are|is} {your|the} {opening hours|surgery hours|pharmacy hours} {on Saturday|over Easter|this week}{?|}",
            "{my|the} {blood pressure cuff|heart rate monitor|sugar monitor} {stopped working|needs new batteries|is reading funny}{,|} {can I|where do I} {get|return} {another|a new one|it}{?|}",
            "I'm {dying for|desperate for|longing for} {a cup of tea|my lunch|a sit down} after {that blood test|the fasting|that waiting room}{, honestly|}",
            "{no thanks|no}{,|} {I don't need|I won't need} {a reminder text|a follow-up appointment|a paper copy}{,|} I've {written it down|got it in my diary|got the app}",
            "{can you|could you} {send|transfer} {my records|my prescription|the referral} {to|over to} {my new GP|the pharmacy near work|the hospital}{?|}",
            "{the|my} {results|test results} came back {fine|normal|clear}{, thank goodness|, what a relief|}{,|} I {just|} {need|want} to {book|arrange} {the next one|a check-up|my jab}",
            "{I|we|Mum} had {a scare|a fright|a funny turn} {last week|at the weekend}{,|} {but|} {I'm|she's|he's} {fine now|all clear|right as rain}{,|} {just|} {need|ringing to book} {a check-up|a follow-up visit}",
        ],
    },
}
