"""What callers say when they want a human, want out, refuse, complain, are in danger or are fed up.

Each intent is a set of patterns over the lower-cased turn. A match inside a
negated clause ("I don't want to cancel", "no need for a manager") does not
count, and false friends ("I'm dying to know", "my agent told me", "stop the
late fees", "my lawyer friend") are excluded explicitly.

Everyday idioms ("this heat is killing me", "the kids are driving me up the
wall") are false friends of frustration and distress, written as families in
idioms.py. A follow-up (callback, something in writing) takes a request: the
words "later", "back" or "call" alone ask for nothing.

A trained classifier (classifier.py) adds phrasings no pattern covers: an
intent fires when a rule matches or the model's probability reaches that
intent's threshold. The model reads the turn with that intent's false friends
blanked out, and a rule match vetoed by negation vetoes the model too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The intents are flag types (follow_up_request routes to a ticket without a flag): bodies.py names them.
from callwarden.bodies import COMPLAINT, CONSENT_REFUSED, DISTRESS, ESCALATION, FOLLOW_UP, FRUSTRATION, OPT_OUT
from callwarden.detect import asks, classifier, idioms, look_alikes, target
from callwarden.detect.asks import HUMAN as _HUMAN, ROLE as _ROLE

_ASK = (r"(?:speak|talk|chat) (?:to|with)|transfer me|put me through|connect me|get me|give me|get(?= one of| a member of)|"
        r"i (?:want|need|would like|'d like) (?:to (?:speak|talk) (?:to|with) )?|can i (?:have|get|speak|talk)|"
        r"let me (?:speak|talk)|i demand")

_CONTACT = (r"(?:call|ring|phone|contact|email|e-mail|text|message|write to|get back to|get in touch with|"
            r"reach out to|reach|update|follow up with)")
_SOMEONE = (r"(?:you|(?:someone|somebody|anyone|anybody) (?:from|in|at|on) (?:your|the) [a-z]+(?: [a-z]+)?|someone|somebody|"
            r"anyone|anybody|one of (?:you|your [a-z]+|the [a-z]+)|"
            r"(?:an?|the|your) [a-z]+(?: [a-z]+)?|they|them|he|she|him|her)")
_WHEN = (r"(?:back|later|tomorrow|tonight|today|this (?:afternoon|evening|morning|week)|next [a-z]+|when|once|asap|"
         r"as soon as|after [a-z]+|before [a-z]+|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|"
         r"in (?:an? |the |[a-z]+ )(?:hour|minutes|bit|while|morning|afternoon|evening))\b")
_NOT_ERRAND = r"(?! (?:a|an) (?:taxi|cab|car|uber|ambulance|doctor)\b)"     # "call me a taxi" asks for no contact
_NOT_A_NUMBER = r"(?! (?:number|line|reference|ref|code|option)\b)"         # "what's the callback number"

PATTERNS: dict[str, list[str]] = {
    ESCALATION: [
        rf"\b(?:{_ASK})\b.{{0,25}}\b{_HUMAN}\b",
        rf"(?<!you )(?<!he )(?<!she )(?<!they )(?<!we )(?<!did )\b(?:{_ASK})(?: to)? {_ROLE}\b",
        r"\b(?:human|operator|representative|agent|supervisor|manager)(?:,)? please\b",
        r"^\W*(?:human|operator|representative|agent|real person)\W*$",
        r"\bstop (?:the )?(?:bot|robot|machine)\b.{0,20}\b(?:person|human)\b",
        r"\b(?:escalate|transfer) (?:this|my call|the call|me)\b",
        r"\b(?:is there|are there|do you have|have you got) (?:a |an |any )?(?:real |live )?(?:human|person|people|agent|"
        r"someone|somebody)\b.{0,25}\b(?:talk|speak|help)",
    ],
    OPT_OUT: [
        r"\b(?:do not|don't|never|stop) (?:call|calling|contact|contacting|phone|phoning|ring|ringing|text|texting|"
        r"email|emailing) (?:me|this number|my number|us)\b(?! back\b)",
        r"\b(?:take|remove|delete) (?:me|my (?:number|name|details))(?: off| from)? (?:your|the|this) "
        r"(?:list|lists|database|records|calling list)\b",
        r"\b(?:take|remove|delete|get|cross) me\b.{0,20}\b(?:call(?:ing)?|contact|phone|mailing|marketing) "
        r"lists?\b",
        r"\b(?:unsubscribe|opt me out|opt out)\b",
        r"\bput me on (?:the|your) do not call\b|\bdo not call list\b",
        r"\b(?:no more|stop (?:all )?(?:these|the|your)) (?:calls|messages|texts|emails)\b",
        r"\b(?:don't|do not) want (?:any )?(?:more )?(?:calls|messages|texts|marketing)\b",
        r"\b(?:lose|delete|forget|bin|scrap|erase|wipe) my (?:phone )?(?:number|details)\b",
    ],
    CONSENT_REFUSED: [
        r"\b(?:don't|do not|won't|will not|didn't|did not) (?:consent|agree|give (?:my )?(?:consent|permission))\b"
        r".{0,30}\b(?:record|recording|recorded|automat|bot|ai|machine)",
        r"\b(?:don't|do not) (?:record|want (?:this|to be|my call|the call)? ?(?:call )?recorded)\b",
        r"\bstop (?:the )?recording\b",
        r"\bi (?:don't|do not) (?:want to )?(?:talk|speak) to (?:a |an |the |this |your |some )?"
        r"(?:bot|robot|machine|ai|computer|recording)\b",
        r"\bno(?:,)? (?:you may not|you can't|you cannot) record\b",
        r"\bi (?:object|refuse) to (?:being )?(?:recorded|recording|the recording)\b",
        r"\b(?:rather not|prefer not to|don't want to|do not want to) be recorded\b",
        r"\b(?:do not|don't) have my (?:consent|permission)\b",
        r"\bnot (?:okay|ok|fine|happy|comfortable) (?:with|about) (?:this |the |my )?(?:call )?(?:being )?record",
        # "I'd rather this conversation wasn't taped", "I'd prefer you didn't record me"
        r"\b(?:rather|prefer)(?: that)? (?:this|the|my|our|you|it) (?:call |conversation |chat )?(?:wasn'?t|weren'?t|was not|"
        r"were not|isn'?t|is not|not be|didn'?t|did not) (?:being )?(?:recorded|taped|record|tape)\b",
        r"\b(?:don'?t|do not) (?:tape|want (?:this|it|me|the call|my call|my voice) taped)\b",
        r"\b(?:don't|do not) want to (?:speak|talk) (?:with|to) (?:a |an )?(?:bot|robot|machine|ai|computer)\b",
        r"\b(?:not|never) (?:okay|ok|fine|happy) (?:with|about) (?:being )?(?:recorded|recording|this recording)\b",
        # "if this is being recorded I want it stopped"
        r"\brecord\w*\b.{0,40}\b(?:want|need|would like|'d like) (?:it|that|this|the recording) (?:stopped|stop|turned off|"
        r"switched off|ended|deleted|off)\b",
    ],
    COMPLAINT: [
        r"\b(?:file|make|lodge|submit|raise|register) (?:a |an |my |our |this )?(?:formal |official )?complaint\b",
        r"\b(?:formal|official|written) complaint\b",
        r"\bcomplaint (?:against|about) (?:you|your|this company|the company)\b",
        r"\bi (?:want|wish|would like|'d like) to complain\b",
        r"\b(?:complain|complaining) about\b",
        r"\b(?:going|go|goes) to (?:my |a |our )?(?:lawyer|attorney|solicitor)s?\b",
        r"\b(?:contact|call|get|speak to|talk to|see|hear from|calling) (?:my |a )?(?:lawyer|attorney|solicitor)"
        r"(?! friend)\b",
        r"\b(?:my |our )(?:lawyer|attorney|solicitor)s? (?:will|is going to|are going to)\b",
        r"\b(?:sue|suing|take (?:you|this) to court|legal action|small claims|report you to|ombudsman|"
        r"better business bureau|regulator)\b",
        # reporting the company or its people, not a fault: "I want to report your driver", "you'll be reported"
        r"\breport(?:ing|ed)? (?:you|you lot|you guys|this (?:company|firm|shop|store)|your (?:[a-z]+ )?(?:company|firm|"
        r"staff|engineers?|drivers?|technicians?|agents?|advis[eo]rs?|employees?|colleagues?|manager|operator|reps?|"
        r"representatives?|courier|man|lady|woman|guy|bloke|chap|people))\b|"
        r"\b(?:you|you lot|your [a-z]+)(?:'ll| will| are going to| should| need to| ought to) be reported\b",
    ],
    DISTRESS: [
        r"\b(?:chest pains?|heart attack|can't breathe|cannot breathe|can't breath|trouble breathing|"
        r"difficulty breathing|stroke|unconscious|not breathing|overdose|overdosed|bleeding (?:a lot|badly|heavily)|"
        r"collapsed|seizure)\b",
        r"\b(?:kill|hurt|harm) (?:myself|me)\b|\bsuicid\w*|\bend (?:my (?:own )?life|it all)\b|\bwant to die\b|"
        r"\bdon't want to (?:live|be alive)\b",
        r"\b(?:took|taken|swallowed) (?:too many|a lot of|all (?:my|the)) (?:pills|tablets)\b",
        # "I took the whole packet of pills", "swallowed a full bottle of paracetamol"
        r"\b(?:took|taken|swallowed|had) (?:the |a |my )?(?:whole|entire|full) (?:packet|bottle|box|strip|pack|tub) of "
        r"(?:my |the |his |her )?(?:pills|tablets|paracetamol|painkillers|sleeping pills|medication|meds)\b",
        r"\b(?:in danger|someone is (?:trying to|going to) (?:hurt|kill)|being attacked|he's going to hurt|"
        r"she's going to hurt|threatening me|break(?:ing)? in(?:to)?|fire in|call (?:an )?ambulance|"
        r"need (?:an )?ambulance|call 911|emergency)\b",
    ],
    FRUSTRATION: [
        r"\b(?:useless|ridiculous|pathetic|incompetent|absurd|unacceptable|outrageous|a joke|a waste of (?:my )?time|"
        r"fed up|sick (?:and tired )?of|tired of|had enough|fuming|furious|livid|so annoyed|so angry|"
        r"this is insane|for (?:god'?s?|goodness'?|heaven'?s?|pete'?s?|christ'?s?) sake|for crying out loud|are you kidding|what the hell|stupid)\b",
        # a spoken phrase as tiny.en mangles it: "for god's seat", "such a waste", "i'm at my what's end"
        r"\bfor (?:god|goodness|heaven|pete|christ)'?s? s[a-z]+\b|\bsuch a waste\b|\bwaste of (?:my )?(?:time|breath)\b|"
        r"\b(?:i am|i'm|im) at my [a-z]+'?s? end\b",
        r"\bnobody (?:ever )?(?:helps|listens|calls back)\b|\bno one (?:ever )?(?:helps|listens)\b",
        r"\byou(?:'re| are) not (?:listening|helping|understanding)\b",
        r"\b(?:are you serious|unbelievable|hopeless|frustrat\w+|annoy(?:ed|ing)|infuriating|"
        r"this is (?:a )?(?:nightmare|disgrace|shambles))\b",
        # "its a nightmare": tiny.en drops the apostrophe
        r"\b(?:is|are|was|were|'s|its|has been|have been|had been) (?:an? )?(?:complete |total |absolute |utter )?"
        r"(?:nightmare|disgrace|shambles|farce)\b",
        r"\b(?:been )?waiting (?:for )?(?:an hour|hours|ages|forever|all day|weeks)\b",
        r"\bwhy is (?:this|it|everything) so (?:difficult|hard|complicated|slow)\b",
        # Idioms of exasperation: about the caller's state, so no target is needed ("I'm at my wits' end").
        # idioms.py blanks them when they are aimed at the weather, the kids or the commute.
        r"\b(?:(?:at )?(?:the )?end of my (?:tether|rope)|(?:at )?my wits'? ?end|at (?:my )?breaking point|"
        r"(?:had|have|had it|have had it) up to here|(?:pulling|tearing) my hair out|"
        r"(?:bang|bash|hit)(?:ing)? my head (?:against|on) (?:a|the) (?:brick )?wall|(?:will|'ll|is going to|gonna) be "
        r"the (?:death|end) of me|(?:going to|gonna|about to) lose my (?:mind|marbles|rag)|my blood pressure(?:'s| is)? (?:through the roof|sky high) (?:because of|with|thanks to|over) (?:you|this)|"
        r"(?:like )?talking to a (?:brick )?wall|(?:going|go|went|run|running|ran|been) (?:round|around) in circles|"
        r"(?:getting|got|get|going) nowhere|not getting anywhere|(?:the )?(?:last|final) straw|beyond a joke|"
        r"enough is enough|i give up(?=\s*(?:[.,;!?]|$|with (?:you|this|it)\b|on (?:you|this|it|your)\b))|sick to the back teeth|my blood (?:is )?boil\w*|at the end of my patience|"
        r"(?:lost|losing|running out of|run out of) (?:all )?(?:my )?patience|my patience is (?:wearing|worn|running)|"
        r"(?:fobbed|palmed|brushed) (?:me )?off|the run-?around|(?:from )?pillar to post|"
        r"(?:passed|pushed|bounced|shunted) (?:around|about|from one [a-z]+ to another)|"
        r"(?:at|reached) the end of (?:my|our) (?:tether|rope|patience)|"
        # venting idioms the model half knew (read as distress as often): target.py drops them when aimed elsewhere
        r"(?:going|gone|go|driven|driving me|sending me) (?:round|around) the (?:bend|twist)|"
        r"(?:losing|lost) the will to live|sick to death of)\b",
        # "this is driving me mad", "your app is doing my head in": the target is the service or the call.
        r"\b(?:this|it|that|you|your [a-z]+(?: [a-z]+)?)(?:'s|'re| is| are| keeps?| has been| have been)? "
        r"(?:(?:really|absolutely|just|honestly) )?(?:driving me (?:mad|crazy|nuts|insane|bananas|round the (?:bend|twist)|"
        r"up the wall|to distraction)|doing my head in|getting on my (?:last )?nerves?|sending me (?:mad|crazy|"
        r"round the bend))\b",
        # blame said with "again": "your mob have stuffed my bill up again", "you've messed it up again"
        r"\b(?:you|you've|youve|you have|you lot|you guys|your [a-z]+)(?: (?:have|has|'ve))?(?: gone and| just)? "
        r"(?:messed|stuffed|screwed|mucked|cocked|balls?ed|botched|fouled)(?: [a-z']+){0,3}? up\b[^.?!]{0,30}\bagain\b",
    ],
    # A follow-up is a request that someone contact the caller, or send something written. The caller's own
    # plans ("I'll call back later", "can I ring back?") and questions with "later" in them are not one.
    FOLLOW_UP: [
        rf"\b(?:can|could|would|will|please|i'd like|i would like|i want|i need|i'd prefer|i'd rather|i'd appreciate "
        rf"it if|have|get|ask|make sure|tell|arrange for) {_SOMEONE} (?:to )?(?:please )?(?:{_CONTACT}|called|rang|phoned|"
        rf"contacted|emailed|texted|wrote to) (?:me|us)\b{_NOT_ERRAND}",
        rf"(?:^|[.,;!?] |\bplease |\bjust |\bso |\bthen |\bcan you |\bcould you )(?:{_CONTACT}) (?:me|us)\b(?: back)?"
        rf"(?: [a-z']+){{0,3}}? {_WHEN}",
        r"\b(?:call|ring|phone) (?:me|us) back\b|\bgive (?:me|us) a (?:call|ring|bell|buzz)\b",
        # tiny.en hears "ring me back" as "bring me back"; only a request with a when counts
        rf"\b(?:can|could|would|will|please) {_SOMEONE} (?:please )?bring (?:me|us) back(?= {_WHEN}|\s*[.,;!?]?$)",
        r"\barrange (?:for )?(?:a |an )?(?:call ?back|call-back|return call|callback)\b",
        rf"\b(?:can|could|would|will|please|for|i'd like|i want|i need|have|get|ask) {_SOMEONE} (?:to )?return "
        r"(?:my|our|the) calls?\b",
        rf"\b(?:a|an|the|my) (?:callback|call-back|call back|return call|ring back|follow-up call|follow up call)\b"
        rf"{_NOT_A_NUMBER}|\bcallback\b{_NOT_A_NUMBER}",
        r"\b(?:email|e-mail|text|send|write|mail|post|message|drop|shoot|flick|fire|bung|ping|pop) (?:me|us)\b.{0,30}"
        r"\b(?:details|information|info|summary|confirmation|copy|quote|link|letter|update|instead|in writing|later|"
        r"an? (?:quick |short |brief )?(?:email|text|message|line|note))\b",
        r"\b(?:send|email|e-mail|text|mail|post|forward) (?:it|them|that|this|everything|(?:the|a) [a-z]+(?: [a-z]+)?)"
        r" (?:over )?to (?:me|us|my (?:email|inbox|phone|mobile|address|house|home))\b",
        # "complain in writing" is the caller's own act, not a request for something written
        r"(?<!complain )(?<!complaint )(?<!complaining )\b(?:in writing|written (?:confirmation|follow-up|follow up|"
        r"summary|response|reply|quote))\b",
        # "could someone call back next week", "can you get back to [me] tomorrow" (ASR drops the "me")
        rf"\b(?:can|could|would|will|please|i'd like|i want|i need) {_SOMEONE} (?:please )?(?:get|come|call|ring|phone) "
        rf"back(?: to)?(?: (?:me|us)\b| {_WHEN}|\s*(?:[.,;!?]|$))",
        # an imperative at the start of a clause: "text me", "email us the details"
        r"(?:^|[.,;!?] |\bplease |\bjust |\bso |\bthen )(?:text|email|e-mail|message|ping) (?:me|us)\b",
        r"\b(?:follow up|follow-up) (?:with me|by email|in writing|by phone)\b|\b(?:open|raise|log) a (?:ticket|case)\b",
        r"\b(?:get back|come back) to (?:me|us)\b|\bkeep (?:me|us) (?:posted|updated|informed|in the loop)\b",
        # the modal lost or misheard at the clause's start ("[could→good] one of your advisers return my call"): a
        # third party and a contact verb in its base form still ask; "did one of you return my call?" does not
        r"(?:^|[.,;!?] )(?!(?:did|didn'?t|does|doesn'?t|has|hasn'?t|why|when|if|whether|never|nobody|no)\b)"
        r"(?:[a-z']+ )?(?:one of (?:you|your [a-z]+|the [a-z]+)|someone|somebody|an? [a-z]+) (?:please )?"
        r"(?:return (?:my|our|the) calls?|(?:call|ring|phone) (?:me|us) back)\b",
    ],
}

# Rules read only on a whole turn (never a partial): what follows may undo them. "I've called three
# times this month and everyone's been lovely" is a count, not a grievance.
# said kindly, unless denied ("and still nothing's sorted")
_KINDLY = (r"(?![^.?!]*(?<!not )(?<!nothing's )(?<!nothing is )(?<!never )(?<!nothing )\b(?:lovely|great|helpful|brilliant|fantastic|nice|kind|no problem|happy|wonderful|"
           r"thanks|thank you|sorted|fine)\b)")
WHOLE_TURN: dict[str, list[str]] = {
    FRUSTRATION: [r"\b(?:called|call|rung|rang|phoned|tried) (?:you )?(?:\w+ )?(?:times|times already)\b" + _KINDLY,
                  # "third time I've rung", "the fifth time I'm calling about this": a count of contacts by ordinal
                  r"\b(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|umpteenth|millionth|hundredth|\d+(?:rd|th))"
                  r" time (?:that )?(?:i'?ve|i have|i'?m|i am|we'?ve|we have|i|we)(?: (?:now|already|had to|been))?"
                  r" (?:rung|rang|ring|ringing|called|calling|call|phoned|phoning|tried|trying|chased|chasing|contacted|"
                  r"emailed|written|explained|explaining|been on)\b" + _KINDLY],
}

# Asking whether the call is recorded is no refusal ("is this being recorded?", "are you recording
# this?"), unless the turn goes on to object ("... I do not consent to that"); nor does it opt out.
_RECORDING_QUESTION = (r"(?:^|(?<=[.?!,] ))(?!.*\b(?:not|don't|dont|won't|no|never|refuse|object|consent|stop|rather|"
                       r"off)\b)(?:and |so |but |sorry,? |just to check,? |before we (?:go on|start),? )?"
                       r"(?:is|are|will|was|does|do|can|could) (?:this|the|my|our|you|it|these|calls?)(?: call| calls|"
                       r" conversation| line| chat)? (?:being |going to be |be |get |getting |still )?"
                       r"(?:record|recorded|recording|monitored)\b[^.?!]*(?:\?|$)")
# Phrases that look like an intent and are not one.
FALSE_FRIENDS: dict[str, list[str]] = {
    DISTRESS: [r"\bdying to\b", r"\bkilling (?:it|me with)\b", r"\b(?:heart|chest) attack(?:s)? of (?:laughter|joy)\b",
               # the company or its bills will "give me a heart attack": exasperation (a caller having one says so)
               r"\b(?:you|your [a-z]+|they|this|that|it|these [a-z]+|the [a-z]+)\b[^.?!]{0,30}?\b(?:give|gave|giving|gives) "
               r"me (?:a )?(?:heart attack|stroke|coronary)\b(?![^.?!]*\b(?:chest|breathe|ambulance|collapsed?)\b)",
               r"\bemergency (?:contacts?|numbers?|exits?|fund|savings|engineers?|appointments?|plumbers?|electricians?|"
               r"locksmiths?|dentists?|vets?|call-?outs?|repairs?|cover|lines?|tax|brake|stop|kit|supplies)\b",
               r"\bmy (?:heart|chest) (?:sank|is set)\b", r"\bstroke of (?:luck|genius)\b", r"\bliving,? breathing\b",
               # danger denied: "nobody is in danger", "no one's hurt"
               r"\b(?:nobody|no one|no-one|not|never)(?:'s| is| are| was| were|'re)? (?:in (?:any )?danger|hurt|injured)\b",
               *idioms.DISTRESS],
    CONSENT_REFUSED: [_RECORDING_QUESTION],
    OPT_OUT: [r"\bstop the (?:late )?(?:fee|fees|charges|payments?|direct debit)\b", r"\bdon't want to cancel\b",
              # a grievance about the calls, not yet a request to stop them
              r"\b(?:i|we) (?:keep|kept) (?:getting|receiving|having) (?:calls|texts|messages|emails|letters)\b"
              r"(?![^.?!]*\b(?:stop|don't|do not|never|no more|remove|take me off)\b)[^.?!]*",
              r"\bunsubscribe from (?:the )?(?:paper|newsletter)\b(?=.*\bbut\b)",
              r"\bopt(?: me)? out of (?:the |this |being |call )?record\w*", _RECORDING_QUESTION],
    ESCALATION: [r"\bmy (?:insurance |travel |real estate )?agent (?:told|said|says|mentioned)\b",
                 r"\b(?:the|my) manager (?:told|said|says)\b", r"\bagent number\b",
                 # money, a pension, a booking moved: "transfer my pension to another provider"
                 r"\btransfer(?:ring)? (?:my|the|our|some|a|an|money|funds|cash|(?:\w+ )?(?:pounds|dollars|euros|quid|"
                 r"hundred|thousand)) (?!call\b|calls\b|line\b)[a-z]+\b",
                 # the caller's own manager, or the manager of somewhere else: "I'll ask my line manager first"
                 r"\b(?:my|our) (?:line |office |site |area |own )?(?:manager|boss|supervisor)(?: at work)?\b",
                 r"\bthe (?:practice|site|office|line|hotel|restaurant|school|shop floor) manager\b",
                 # a transfer dreaded, not asked for: "I'll scream if you transfer me again"
                 r"\b(?:if|when|whenever|every time|before) (?:you|they|someone|somebody|anyone) (?:\w+ )?(?:transfer|put) me\b[^.?!,]{0,40}?\bagain\b"],
    COMPLAINT: [*idioms.COMPLAINT, r"\blawyer friend\b",
                r"\bmy (?:friend|brother|sister|wife|husband|dad|mom|mother|father) "
                r"(?:is|who is) (?:a |an )?(?:lawyer|attorney)\b", r"\bno complaints?\b"],
    FRUSTRATION: [r"\bno worries\b", r"\btake your time\b", r"\bnot (?:a )?(?:problem|useless)\b",
                  # a feeling denied: "I'm not angry with you, it's been a long day"
                  r"\b(?:i'?m|i am|i'?m really|i was) not (?:\w+ )?(?:angry|upset|cross|annoyed|frustrated|mad|unhappy|"
                  r"dissatisfied|displeased|fed up|furious|fuming|livid|complaining)(?: (?:with|at) (?:you|anyone))?\b",
                  # at oneself: "I'm furious with myself, I forgot to pay"
                  r"\b(?:furious|angry|annoyed|cross|fed up|livid|mad|frustrated|kicking) (?:with |at )?myself\b",
                  r"\byou(?:'re| are) (?:a |an )?(?:absolute |real |total )?(?:lifesaver|life saver|star|legend|gem|angel|"
                  r"hero|superstar|diamond)\b",
                  # a count of calls said kindly is no grievance, for the model either
                  r"\b(?:called|call|rung|rang|phoned|tried) (?:you )?(?:\w+ )?times\b(?=[^.?!]*\b(?:lovely|great|"
                  r"helpful|brilliant|fantastic|nice|kind|no problem|happy|wonderful|thanks|thank you)\b)",
                  *idioms.FRUSTRATION],
    # Questions about how contact happens, not asks for it: "what number will you call me from",
    # "do you send reminders by text?", and asking for something to be read or said again.
    FOLLOW_UP: [r"\b(?:call|ring|phone|text|email|e-mail|contact|message)(?:ing)? (?:me|us) from\b",
                # a contact detail given, not a contact asked for: "you can email me at [EMAIL]" (with a when, it asks)
                r"\b(?:you can|you could|feel free to|best to|the best way is to) (?:email|e-mail|reach|contact|text|get hold of|"
                r"get) (?:me|us) (?:at|on|via|by|through)\b(?![^.?!]*\b(?:back|later|tomorrow|tonight|when|once|after|before)\b)",
                r"\b(?:what|which) (?:number|line|address|email address|email) (?:do|will|would|should|does) "
                r"[^.?!]*",
                r"(?:^|[.,;!?] )(?:so |and |but )?(?:do|does|did) (?:you|they|it|the [a-z]+) (?:usually |normally |ever |"
                r"also |still )?(?:send|email|e-mail|text|post|mail|call|ring|phone|contact|write)(?! (?:me|us)\b)"
                r"[^.?!]*\?",
                r"\b(?:read|repeat|say|spell|go through|go over) (?:that|it|this|them|those|everything|all that|"
                r"the [a-z]+(?: [a-z]+)?)(?: (?:back|again|out|slowly|once more))*(?: to (?:me|us))?\b"],
}

# Spans where a rule's match does not count but the classifier still reads the words (none at present).
SOFT_FRIENDS: dict[str, list[str]] = {}
# Venting at a thing that is not the service (idioms.FRUSTRATION_UNKNOWN) is blanked for the classifier
# too: the words for what a company sells are a closed set, the everyday things people vent at are not,
# and a model left to judge "the seagulls are driving me mad" learned only that the words are angry.
FALSE_FRIENDS[FRUSTRATION] = FALSE_FRIENDS[FRUSTRATION] + idioms.FRUSTRATION_UNKNOWN
# Asks in registers the rules above miss (asks.py), turns that only look like one (look_alikes.py).
PATTERNS = {k: v + asks.BY_INTENT.get(k, []) for k, v in PATTERNS.items()}
FALSE_FRIENDS = {k: FALSE_FRIENDS.get(k, []) + look_alikes.BY_INTENT.get(k, []) for k in PATTERNS}

# tiny.en drops apostrophes ("dont"). "You don't have to" negates only the ask right after it: "I don't
# have to put up with this stop calling me" still opts out.
# A negation reaches to the end of its clause, and a new ask opens a new one even unpunctuated: "I'm not
# very good with these machines can I talk to an agent" asks for an agent, as does "and I'd like ...".
_CLAUSE_ON = (r"(?:(?!\b(?:can|could|would|will|may) (?:i|you|someone|somebody)\b|\bbut\b|\bplease\b|"
              r"\b(?:and|so) (?:i'?d like|i would like|i want|i wish)\b)[^.,;!?])*")
_NEW_ASK = re.compile(r"(?:can|could|would|will|may) (?:i|you|someone|somebody)\b")
NEGATION = re.compile(r"\b(?:(?:no need (?:to|for)|(?:don'?t|do not) need (?:to|a|an|anyone|anybody|someone|somebody|you)|"
                      r"(?:don'?t|do not) bother(?: to)?|"
                      r"not (?:going|trying) to|never said|i'?m not|i am not|without)\b" + _CLAUSE_ON + r"|"
                      r"(?:don'?t|do not|doesn'?t) have to\s*)$")

# Per intent, what just before a rule's match undoes it, as NEGATION does for every intent:
# "why didn't you call me back", "you never ring me back" are grievances, not requests.
# "I'll callback later", "let me email you" are the caller's own plans.
VETO = {FOLLOW_UP: re.compile(r"\b(?:didn'?t|did not|never|don'?t|do not|won'?t|will not|not to|stop)\s+(?:[a-z']+\s+){0,2}$|"
                              r"\b(?:i'?ll|i will|i shall|i'm going to|i am going to|i can|i could|i might|i may|let me)"
                              r"\s+(?:just\s+|try\s+(?:and|to)\s+)?$"),
        # "don't take me off the list", "please don't remove my number": keeping the contact, not ending it
        OPT_OUT: re.compile(r"\b(?:don'?t|do not|never)\s+(?:ever\s+)?$")}
# The classifier alone may add a follow-up only where the turn asks for contact or for something written:
# "later", "back" or "call" alone ("what time are you open later", "I'll call back") ask for nothing, nor
# does a contact detail given ("my email is [EMAIL]", "the new number is [PHONE]").
ASKS_FOR_FOLLOW_UP = re.compile(
    rf"\b(?:{_CONTACT}|called|calls|rang|rings|phoned|phones|contacted|emailed|texted|messaged|wrote to|send|sent|"
    rf"post|posted|mail|mailed|forward|forwarded) (?:me|us)\b|\bin (?:an? )?(?:email|e-mail|letter|text|message)\b|"
    r"\blet (?:me|us) know\b|\bkeep (?:me|us) [a-z]+|\b(?:callback|call-back|return call)\b|"
    r"\b(?:a|the) (?:call back|ring back|call|ring|bell)\b|\bin writing\b|\bwritten\b|\b(?:ticket|case)\b|"
    r"\bfollow(?: |-)?up\b|\bto (?:me|us|my (?:email|inbox|phone|mobile|address))\b|"
    r"(?:^|[.,;!?] |please |just |you |someone |somebody )(?:send|email|e-mail|text|mail|post|forward|write|drop)\b|"
    # "pop me a note", "shoot me a quick email"
    r"\b(?:pop|drop|shoot|fire|bung|ping|flick) (?:me|us) (?:an?|the|over|across) (?:quick |short |brief )?"
    r"(?:email|e-mail|text|message|line|note|letter|copy)\b")

# After venting at an everyday thing ("the match was a joke on Saturday, I'm still livid") a bare word of
# feeling with no object of its own is most likely about that thing: no rule flags it, the model decides.
_EVERYDAY_VENT = [re.compile(p) for p in idioms.FRUSTRATION + idioms.FRUSTRATION_UNKNOWN]
_BARE_FEELING = re.compile(r"\b(?:fuming|furious|livid|raging|seething|gutted|so (?:angry|annoyed|cross|mad)|fed up|"
                           r"had enough|sick of it)\b(?!\s+(?:with|at|about|of|by|over)\b)|"
                           # a pronoun for that thing: "the builders start at seven, it's driving me insane"
                           r"\b(?:it|this|that|they)(?:'s|'re| is| are| keeps?| has been| have been)? (?:really |absolutely |"
                           r"just |honestly )?(?:driving me|doing my head in|getting on my nerves|sending me|ridiculous)")

# ...or when the turn's only other subject is an everyday one, with nothing said to or of the company:
# "I'm absolutely fuming, the dog ate my sandwich".
_EVERYDAY_CAUSE = re.compile(rf"\b{idioms.EVERYDAY}\b")
_AT_SERVICE = re.compile(r"\b(?:you|your|you're|yours|you've|company|service|call|calls|hold|bill|bills|billed|charged|"
                         r"overcharged|charges?|refund\w*|account|order|delivery|parcel|package|engineer|technician|"
                         r"appointment|promised|waiting|queue|menu|payment|contract|broadband|internet|wifi|signal|meter|"
                         r"tariff|letter|email|texts?|cut off|disconnected|agent|staff|system|app|line|website)\b")

_COMPILED = {k: [re.compile(p) for p in v] for k, v in PATTERNS.items()}
_FRUSTRATION_RULES = tuple(_COMPILED[FRUSTRATION])     # target.py locates what raised a hit with these
_WHOLE = {k: [re.compile(p) for p in v] for k, v in WHOLE_TURN.items()}
_FRIENDS = {k: [re.compile(p) for p in v] for k, v in FALSE_FRIENDS.items()}
_SOFT = {k: [re.compile(p) for p in v] for k, v in SOFT_FRIENDS.items()}
SEVERITY = {ESCALATION: "warn", OPT_OUT: "warn", CONSENT_REFUSED: "warn", COMPLAINT: "warn",
            DISTRESS: "critical", FRUSTRATION: "warn", FOLLOW_UP: "info"}


@dataclass(frozen=True, slots=True)
class IntentHit:
    intent: str
    confidence: float
    start: int
    end: int
    by_rule: bool = True        # False: the classifier alone heard it


# tiny.en writes a spoken "want to" as "went to" or "wanna" often enough to matter.
# It also drops apostrophes: "ill call back" is "i'll call back", "ive" is "i've".
_ASR_FIXES = [(re.compile(r"\bi went to\b"), "i want to"), (re.compile(r"\bwanna\b"), "want to"),
              (re.compile(r"\bill (?=(?:just |probably )?(?:call|callback|ring|phone|email|text|send|get|be|try|have|need|"
                          r"come|go|do|wait|see)\b)"), "i'll "),
              (re.compile(r"\bive\b"), "i've"),
              # "put me through" heard as "but me through"
              (re.compile(r"(?:^|(?<=[.?!,] ))but me (?=through\b|on ?to\b|across to\b)"), "put me ")]


# Spoken disfluency: a restart ("i'm not going - i'm not going to") keeps one copy, and a filler
# ("you know,", "i mean,") is dropped, so neither breaks a negation's or a request's clause.
_RESTART = re.compile(r"\b((?:[a-z']+ ){0,3}[a-z']+) -+ \1\b")
_FILLER = re.compile(r"(?:,\s*)?\b(?:you know|i mean|um+|uh+|erm+|er)\b,?(?=\s|$)")


def normalise(text: str) -> str:
    t = " ".join(text.lower().replace("\u2019", "'").split())
    for rx, fixed in _ASR_FIXES:
        t = rx.sub(fixed, t)
    t = _RESTART.sub(r"\1", t)
    # a filler between commas leaves one: "now, i mean, text me" keeps "text me" at a clause's start
    t = _FILLER.sub(lambda m: ", " if m.group().startswith(",") and m.group().endswith(",") else " ", t)
    return " ".join(t.replace(" ,", ",").split())


MODEL_ONLY_MIN_P = 0.5

# A turn of nothing but thanks and goodbyes asks for nothing. The model reads a goodbye said again and
# again ("okay thanks, bye, bye, bye", as callers say it and as Whisper loops on it) as an opt-out.
_PLEASANTRIES_ONLY = re.compile(
    r"^(?:[\s,.!?;-]*(?:ok(?:ay)?|oh|right|alright|all right|yes|yeah|no|lovely|great|perfect|brilliant|cheers|ta|"
    r"thanks?(?: (?:so|very) much| a lot| again)?|thank you(?: (?:so|very) much| again)?|bye(?:-?bye)?|good-?bye|"
    r"see (?:you|ya)(?: later)?|take care|have a (?:nice|good|great|lovely) (?:day|one|evening|weekend))"
    r"(?: then)?[\s,.!?;-]*)+$")


def find_intents(text: str, rules_only: bool = False) -> list[IntentHit]:
    """Intents in a caller turn. `rules_only` is for partial hypotheses: the model, trained on whole
    turns, reads an unfinished one ("I want to talk to") as the intent it is heading for."""
    t = normalise(text)
    if _PLEASANTRIES_ONLY.match(t):
        return []
    model = None if rules_only else classifier.model()
    scored = {t: model.turn_probabilities(t)} if model else {}
    hits = [h for intent in _COMPILED if (h := _intent_hit(intent, t, rules_only, model, scored))]
    callbacks = [m.start() for m in _CALL_ME.finditer(t)]
    if callbacks and any(h.intent == FOLLOW_UP and h.by_rule for h in hits):
        # "I'd like to talk to a manager, can she call me back?": the human is wanted later, on a callback;
        # not when the ask for a human comes after ("no one called me back, get me a manager"), nor when the
        # callback is the fallback ("a manager, or if she's busy, a call back"): both are asked
        hits = [h for h in hits if h.intent != ESCALATION or h.start > callbacks[-1] or _OR.search(t, h.end, callbacks[-1])]
    if any(h.intent == OPT_OUT for h in hits):
        # "make sure nobody calls me again": the model hears the annoyance an opt-out carries as frustration;
        # frustration beside an opt-out needs its own words ("I'm sick of your calls, take me off")
        hits = [h for h in hits if h.intent != FRUSTRATION or h.by_rule]
    return _aimed(text, hits, rules_only, model)


_OR = re.compile(r"\b(?:or|otherwise|failing that|if not)\b")
_CALL_ME = re.compile(r"\b(?:call|ring|phone|contact|get back to|get in touch with) (?:me|us)\b|\breturn (?:my|our) call")


_VENTING = (FRUSTRATION, DISTRESS)


def _aimed(text: str, hits: list[IntentHit], rules_only: bool, model) -> list[IntentHit]:
    """Frustration and venting distress only when aimed at the call, the company or nothing named (target.py).
    A sentence aimed elsewhere is left out and the turn's rest judged again (rules and model): what is left
    may still vent at the call ("I'm sick of the rain, and your app is useless")."""
    if not any(h.intent in _VENTING for h in hits):
        return hits
    if rules_only:
        # a partial may stop before the target is said ("I'm fed up of" ... "sneezing"): only venting that
        # already names the service flags early, the rest waits for the final
        return [h for h in hits if h.intent != FRUSTRATION or target.aimed_at_service(text)]
    drop = target.elsewhere(text, _FRUSTRATION_RULES)
    if not drop:
        return hits
    kept = []
    for h in hits:
        if h.intent in _VENTING:
            rest = normalise(target.without(text, drop, keep_danger=h.intent == DISTRESS))
            if rest != normalise(text) and not (rest and _intent_hit(h.intent, rest, False, model, {})):
                continue
        kept.append(h)
    return kept


def _intent_hit(intent: str, t: str, rules_only: bool, model, scored: dict) -> IntentHit | None:
    """One intent on the normalised turn `t`: a rule, or the model (scores cached in `scored` by text)."""
    patterns = _COMPILED[intent]
    # every false friend is found on the turn as said, then all are blanked: one friend's blanking must
    # not hide the words another needs ("what a joke, my mother-in-law was a nightmare")
    spans = [m.span() for friend in _FRIENDS.get(intent, []) for m in friend.finditer(t)]
    cleaned = t
    if spans:
        chars = list(t)
        for a, b in spans:
            chars[a:b] = " " * (b - a)
        cleaned = "".join(chars)
    rule, negated = None, False
    veto = VETO.get(intent)
    soft = [(s.start(), s.end()) for rx in _SOFT.get(intent, []) for s in rx.finditer(cleaned)]
    if intent == FRUSTRATION and (cleaned != t and any(rx.search(t) for rx in _EVERYDAY_VENT)
                                  or _EVERYDAY_CAUSE.search(t) and not _AT_SERVICE.search(t)):
        soft += [(s.start(), s.end()) for s in _BARE_FEELING.finditer(cleaned)]
    for rx in patterns + ([] if rules_only else _WHOLE.get(intent, [])):
        m = rx.search(cleaned)
        if m and any(a <= m.start() < b for a, b in soft):
            continue        # aimed at something else: the model alone decides
        if m and (_NEW_ASK.match(cleaned, m.start()) or not NEGATION.search(cleaned[:m.start()])) \
                and not (veto and veto.search(cleaned[:m.start()])):
            rule = m
            break
        negated = negated or m is not None
    # Every request for contact in the turn is negated or the caller's own plan ("no need to email me
    # back", "you don't have to ring me"): nothing is left for the model to read as one.
    if intent == FOLLOW_UP and not rule and not any(
            not NEGATION.search(cleaned[:a.start()]) and not veto.search(cleaned[:a.start()])
            for a in ASKS_FOR_FOLLOW_UP.finditer(cleaned)):
        negated = True
    p = 0.0
    if model and not negated:
        if cleaned not in scored:
            scored[cleaned] = model.turn_probabilities(cleaned)
        p = scored[cleaned][intent]
    # Without a rule behind it the model must be surer: ASR debris around a placeholder
    # ("I'm on listen Apple for [PHI] ...") sits near the low, recall-tuned thresholds.
    if model and not negated and p >= (model.threshold(intent) if rule else max(model.threshold(intent),
                                                                                 MODEL_ONLY_MIN_P)):
        span = (rule.start(), rule.end()) if rule else (0, len(t))
        return IntentHit(intent, p, *span, by_rule=rule is not None)
    return IntentHit(intent, 0.9, rule.start(), rule.end()) if rule else None


def asks_follow_up(text: str) -> bool:
    """The turn asks to be called back or followed up (routing turns this into a ticket)."""
    return any(h.intent == FOLLOW_UP for h in find_intents(text))
