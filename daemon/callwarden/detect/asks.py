"""Asks said in registers the core rules in phrases.py do not reach.

The core rules hold the common shape of each ask ("can I speak to a manager", "call me back"). These
hold the other ways callers put the same thing: insisting ("I insist on speaking with a manager", "I'll
only discuss this with a supervisor"), asking whether a person is free, writing to a regulator by its
name, crisis said without the core rules' emergency words ("no point in going on", "nobody would miss
me", "swallowed a load of paracetamol"), "do not disturb me" (Indian English for an opt-out), oaths and
exasperation at repeating oneself, a matter followed up. Each is a shape with slots, not a sentence,
found from phrasings written here, not from the tests' suites.
"""

from __future__ import annotations

from callwarden.bodies import COMPLAINT as _COMPLAINT, CONSENT_REFUSED as _CONSENT_REFUSED, DISTRESS as _DISTRESS, \
    ESCALATION as _ESCALATION, FOLLOW_UP as _FOLLOW_UP, FRUSTRATION as _FRUSTRATION, OPT_OUT as _OPT_OUT

# Who a caller asks for. "call handler" and "case worker" are what some sites call their agents.
HUMAN = (r"(?:(?:a |an |the |your |some )?(?:real |live |actual )?(?:human(?: being)?|person|agent|"
         r"representative|rep|operator|supervisor|manager|someone|somebody|staff member|advisor|adviser|"
         r"call handler|case ?worker|case handler)|"
         r"one of your (?:staff|people|team|colleagues|agents|advisors|advisers)|a member of (?:staff|your team)|"
         r"(?:the )?(?:person|someone|somebody) in charge|"
         # rank said as in Indian and formal English: "kindly connect me to senior officer", "higher authority"
         r"(?:a |the |your |some )?(?:senior|higher|more senior) (?:officer|official|person|member of staff|staff|"
         r"manager|colleague|authority|authorities|executive)|someone (?:more )?senior|your (?:superior|senior)|"
         r"(?:a |the |your )?team (?:lead|leader)|higher[- ]ups?|"
         # the one the caller dealt with before: "the lady I spoke to yesterday"
         r"(?:the )?(?:lady|man|woman|gentleman|guy|girl|chap|fella|person|agent|advis[eo]r|one) (?:i|we) (?:spoke|talked|"
         r"dealt) (?:to|with))")

# People by their trade: asking for one is asking for a human ("can I talk to the pharmacist on duty"),
# but only with an article or "someone in": "speak to my doctor first" and "did you speak to the
# engineer" ask this call for nobody
ROLE = (r"(?:a |an |the |your |one of your |someone (?:in|from) |somebody (?:in|from) )"
        r"(?:duty |on[- ]call )?(?:pharmacists?|nurses?|doctors?|gp|engineers?|technicians?|specialists?|clinicians?|"
        r"dispensers?|(?:billing|accounts?|sales|support|technical|complaints|claims) (?:team|department|desk))")

ESCALATION = [
    # "put me on to the complaints team"
    rf"\bput me (?:back )?(?:on ?to|across to|through to) (?:{HUMAN}|{ROLE})\b",
    # insisting, or naming who alone will do: "I insist on speaking with a manager", "I'll only discuss
    # this with a supervisor", "hand this over to a human", "pass me to whoever is in charge"
    rf"\b(?:insist(?:ing)? on (?:speaking|talking|dealing)|only (?:(?:want|going|willing) to |gonna )?"
    rf"(?:discuss|deal|talk|speak|go through)\w*\b[^.?!]{{0,25}}\bwith|(?:hand|pass|put|route|escalate) "
    rf"(?:this|it|me|my call|the call|my case)(?: over| on| through)? to)\b[^.?!]{{0,12}}\b(?:{HUMAN}|whoever)\b",
    # someone above or other, asked for: "is there anyone more senior there?", "put someone else on"; not "is there
    # anyone else on the account?", "put my wife on the policy"
    r"\b(?:is there|isn'?t there|have you got|there must be)(?: not)? (?:anyone|anybody|someone|somebody|no ?one|nobody)"
    r"(?: else)?(?: (?:more senior|senior|higher up|above you|in charge)\b| else(?=\s*(?:[.,;!?]|$|there\b|available\b|"
    r"(?:i|we) (?:can|could|might) (?:talk|speak)|to (?:talk|speak))))",
    rf"\bput (?:someone|somebody|(?:a |your |the )?(?:real |actual )?(?:person|human|manager|supervisor|boss|team leader))"
    rf"(?: else)? on(?=\s*(?:[.,;!?]|$|the (?:line|phone)\b|please\b|now\b))",
    # a department by its bare name with a transfer: "put me through to complaints", "transfer me to billing"
    r"\b(?:put me (?:through|across|on ?to)|transfer me|connect me|pass me(?: on)?|send me)(?: through)? to (?:the )?"
    r"(?:complaints|billing|accounts|sales|support|claims|customer (?:services?|care|relations)|cancellations|retentions|"
    r"tech(?:nical)? support|collections|repairs|bereavement|fraud|lettings|renewals)\b(?! (?:address|email|form|page|policy)\b)",
    # a request said formally: "I am requesting to kindly speak with senior officer"
    rf"\b(?:request(?:ing)?|requested|wish(?:ing)?|want(?:ing)?) to (?:kindly |please )?(?:speak|talk) (?:to|with)\b.{{0,25}}\b{HUMAN}\b",
    # "is a person available?", "are any of your agents free?"
    r"\b(?:is|are) (?:there )?(?:a |an |any |any of your )?(?:real |live )?(?:human|person|people|agents?|advis[eo]rs?|"
    r"managers?|supervisors?|operators?|someone|somebody|anyone|anybody) (?:available|free)\b"
    # ... to talk now, not to come out: "is someone available on Tuesday to fix the boiler?" asks for a visit
    r"(?=\s*(?:[.,;!?]|$|to (?:talk|speak|chat|help me)\b|(?:right )?now\b|please\b))",
]

COMPLAINT = [
    # a regulator or watchdog named as where the matter is going: "I'm writing to Ofcom about this"
    r"\b(?:writ(?:e|ing)|complain(?:ing)?|report(?:ing)?|go(?:ing)?|escalat(?:e|ing)|"
    r"tak(?:e|ing) (?:this|it|you)|contact(?:ing)?|tell(?:ing)?)\b[^.?!]{0,20}\b(?:to )?(?:the )?(?:ofcom|ofgem|ofwat|fca|"
    r"financial conduct authority|ico|information commissioner(?:'s office)?|cqc|ftc|fcc|cfpb|trading standards|"
    r"consumer (?:council|protection)|attorney general|watchdog|my mp|my congressman|"
    r"my congresswoman|my senator)\b",
    # a grievance to be kept or taken further: "I want it put on record", "I'd like to raise this formally",
    # "please log my complaint"; not "I don't want it on record" (a recording refused)
    r"\b(?:i|we)(?:'d| would| do)? (?:want|like|need)(?: it| this| that)?(?: (?:put|placed|noted|logged|kept))? on "
    r"(?:the |my )?(?:record|file)\b|\b(?:raise|take|pursue|escalate|put|make) (?:it|this|that|the matter|the issue|"
    r"things)(?: (?:in|up))? (?:formally|officially|further|formal|official)\b|"
    r"(?<!you )\b(?:note|log|record|take down|put down|pass on|escalate|accept|acknowledge|take) (?:my|our|this) "
    r"complaint\b(?! (?:reference|ref|number|form|id|letter|procedure|process|policy)\b)",
]

DISTRESS = [
    # hopelessness without "die" or "end it": "I don't see any point in going on", "they'd be better off
    # without me"; "no point in going on with this contract" is about the contract
    r"\b(?:no|any|the) point (?:in )?(?:living|going on|carrying on|being (?:here|alive)|waking up)\b"
    r"(?=\s*(?:[.,;!?]|$|any ?more\b|like this\b|without\b))",
    r"\b(?:better off|be better) without me\b|\blife (?:isn'?t|is not|is no longer) worth (?:living|it)\b|"
    r"\bcan'?t (?:go on|carry on|keep going) any ?more\b(?!\s*with\b)",
    r"\b(?:don'?t|do not|can'?t|cannot) see (?:the|any) point (?:any ?more|in (?:anything|life|living|it all))\b|"
    r"\bno point (?:any ?more|in anything)\b(?!\s*with\b)",
    # self-harm and danger said the way people in crisis say them
    r"\b(?:nothing|no one|nobody|nothing left|no reason) (?:left )?to live for\b|\bno reason to (?:live|go on|carry on)\b",
    r"\b(?:nobody|no one|no-one) (?:would|will|'d|'ll)(?: even| really| actually| ever)? (?:miss|care about|notice) (?:me|if i)\b",
    r"\b(?:going to|gonna|about to|want to|i'll|i will) (?:jump|throw myself)\b(?! (?:on|at|ahead|through|to|onto|"
    r"the queue|ship|in (?:the|a) (?:queue|car|shower)|back)\b)",
    r"\b(?:going to|gonna|about to|might|will|i'll) do something (?:stupid|silly|drastic)\b(?! (?:like|with|and)\b)",
    # an overdose said with any amount: "swallowed a load of paracetamol"
    r"\b(?:took|taken|swallowed|had|necked|downed) (?:a load of|loads of|lots of|a handful of|a bunch of|a lot of|"
    r"all (?:of )?(?:my|the|his|her)|the rest of (?:my|the|his|her)|(?:a|the) (?:whole |full )?(?:packet|bottle|box) of)"
    r" (?:my |the |his |her )?(?:pills|tablets|paracetamol|painkillers|sleeping (?:pills|tablets)|antidepressants|meds|"
    r"medication|insulin|co-?codamol|ibuprofen|aspirin|codeine)\b",
    # someone else's self-harm said plainly: "my son tried to kill himself", "she's been self harming",
    # "she cut herself again"; not "killed himself laughing", "cut himself shaving", "hurt herself playing"
    r"\b(?:kill(?:ed|ing|s)?|harm(?:ed|ing|s)?) (?:himself|herself|themselves|themself)\b(?! (?:laughing|with laughter))|"
    r"\b(?:tried|trying|tries|try|attempted|wants?|wanted|going|gonna|threaten(?:ed|ing|s)?|talk(?:s|ed|ing)? about|"
    r"said (?:he|she|they)(?:'d| would)) (?:to )?hurt(?:ing)? (?:himself|herself|themselves|themself)\b|"
    r"\bself[- ]?harm(?:ing|s|ed)?\b|"
    r"\bcut(?:s|ting)? (?:himself|herself|themselves|themself)\b(?! (?:shaving|on|while|cooking|chopping|with the|"
    r"opening|by accident|accidentally))",
    # danger to life said as what is happening, not with the emergency words: a car in a river, a house on fire,
    # someone who won't wake, gas in the house; not "drowning in paperwork", "the app isn't responding"
    r"\b(?:gone|went|going|driven|drove|rolled|crashed|fallen|fell|slid|skidded|plunged|veered)(?: off the (?:road|bridge))? "
    r"into (?:the |a )?(?:river|canal|lake|sea|water|ditch|pond|harbour|reservoir|quarry|loch|estuary)\b|"
    r"\bdrown(?:ing|ed|s)?\b(?! (?:in (?:debt|paperwork|work|bills|e?mails|letters|admin|forms)|out)\b)|"
    r"\b(?:trapped|pinned) (?:in|under|inside|beneath) (?:the |a |my |his |her |their )?(?:car|lift|elevator|rubble|"
    r"wreck\w*|fire|water|river|flood\w*|house|flat|building|room)\b",
    r"\b(?:house|flat|kitchen|car|home|building|room|garage|bedroom|van|shed|roof|pan|oven|boiler|meter|cooker|wiring|"
    r"socket|fuse ?box)(?:'s| is| has| has caught| caught)? (?:on fire|caught fire|in flames|burning|smoking)\b|"
    r"\bcarbon mon\w+|\b(?:co|gas) alarm\b[^.?!]{0,20}\b(?:going off|beeping|sounding)\b|\bgas leak\w*|"
    r"\b(?:smell|smells|smelling|whiff) (?:of )?gas\b",
    r"\b(?:my |our |the )?(?:husband|wife|son|daughter|mum|mom|mam|dad|baby|child|kid|partner|father|mother|nan|gran|"
    r"friend|brother|sister|grandad|grandma|neighbou?r|he|she)(?:'s| is)? (?:not|isn'?t|won'?t|will not|can'?t) "
    r"(?:moving|responding|waking up|wake up|be woken|wake)\b|\b(?:is|'s) unresponsive\b",
    # a weapon in someone's hands: "he's got a knife", "she was waving a gun" (tiny.en: "you've got a knife")
    r"\b(?:got|has|have|had|holding|waving|pulled|pulling|brandishing|carrying|with)(?: out)? (?:a |an |his |her |their |"
    r"the )?(?:knife|knives|gun|guns|machete|blade|weapon|shotgun|pistol|rifle)\b(?! (?:sharpener|set|block|drawer|holder|"
    r"crime|amnesty|licen[cs]e|shop|club|range|show)s?\b)",
    # as tiny.en writes them, a final -d or plural lost: "my mom's collapse", "I took all my tablet"
    r"\b(?:he|she|they|mum|mom|mam|dad|nan|gran|grandad|grandma|wife|husband|son|daughter|partner|baby|friend|brother|"
    r"sister|father|mother)(?:'s|'ve| has| have)?(?: just| suddenly)? collapse\b(?! of\b)|"
    r"\b(?:took|taken|swallowed|had) (?:too many|a lot of|all (?:of )?(?:my|the|his|her)) (?:pill|tablet)s?\b",
    # followed or watched, and afraid: not "following me on Twitter"
    r"\b(?:someone|somebody|a man|a guy|a car|he|they)(?:'s| is| are|'re| has been| have been) (?:following|stalking|watching)"
    r" me\b(?! on\b)",
]

OPT_OUT = [
    # Indian English: "kindly do not disturb me on this number", "register my number for DND"
    r"\b(?:do not|don'?t|never) disturb (?:me|us)\b(?! (?:while|when|during|until|till|before|after|between)\b)",
    r"\b(?:register|put|add|enrol)\b[^.?!]{0,20}\b(?:for|on|in|under) (?:the )?(?:dnd|do not disturb)\b",
]

FRUSTRATION = [
    # exasperation at repeating oneself: "how many times do I have to say it", "I just told you"
    # ("I've told you before, stop phoning me" is an opt-out said firmly: phrases.py wants frustration beside
    # an opt-out to have words of its own)
    r"\bhow many (?:more )?times (?:do|have|must|should|will|am) i\b|\bi(?:'ve| have)? (?:already|just) told you\b|"
    r"\bi(?:'ve| have) told you(?: lot| people| guys)? (?:twice|three times|a (?:hundred|thousand|million) times)\b",
    # sarcasm at the call's own machinery: "oh lovely, another menu", "brilliant, more hold music", "thanks for nothing"
    r"\b(?:great|lovely|brilliant|marvellous|wonderful|fantastic|perfect|super|terrific|smashing|fab|awesome|joy)[,.!]* "
    r"(?:just )?(?:another|yet another|more|even more|one more) (?:[a-z]+ )?(?:menus?|options?|queues?|hold|wait|"
    r"transfers?|forms?|robots?|machines?|bots?|buttons?|recordings?|messages?|delays?|charges?|fees?|excuses?|music)\b|"
    r"\b(?:thanks|thank you|cheers) (?:a lot |very much |so much )?for nothing\b|\boh joy\b",
    # oaths of exasperation, as said and as ASR writes them ("for f sake")
    r"\bfor f(?:'?s|ing|ucks?|eck'?s?|ox)?[- ]?(?:sake|sage)s?\b|\bffs\b|\bjesus (?:christ|wept)\b|\bchrist almighty\b|"
    r"\bbloody hell\b|\bfor the love of god\b",
]

_DAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
_SOON = rf"(?:on {_DAY}|tomorrow|today|tonight|later|this (?:morning|afternoon|evening|week)|next (?:week|{_DAY}))"

FOLLOW_UP = [
    # "would someone be able to follow this up with me next week?"
    r"\bfollow (?:this|it|that|things|my case|the matter) up with (?:me|us)\b",
    # tiny.en hears "phone me" as "follow me": a request with a when ("could you follow me on Thursday",
    # "get the nurse to follow me before the appointment"); not "follow me on Instagram", "can you follow me?"
    rf"\b(?:(?:could|can|would|will) (?:you|someone|somebody|they|one of you) (?:please )?|please |if you could |"
    rf"if someone could )follow (?:me|us) {_SOON}\b|"
    rf"\b(?:have|get|ask) (?:the|your|an?|someone|somebody) ?(?:[a-z]+ )?(?:to )?follow (?:me|us) "
    rf"(?:{_SOON}|before|after|once|when)\b",
]

# What a call asks consent for besides the recording: a credit check, the terms, sharing the caller's data.
_SHARE = r"(?:shar|pass|sold|sell|giv|given|hand|disclos|transferr|sen[dt]|releas)\w*"
_DATA = (r"(?:data|information|info|details|records|notes|history|number|results)")
_CONSENT_TOPIC = (rf"(?:record\w*|tap(?:e|ed|ing)\b|credit (?:check|search|reference|history|file)s?|(?:soft|hard) search|"
                  rf"search(?:es)? on (?:my|me|the) (?:credit )?(?:file|record|history|name)|"
                  rf"terms|t ?(?:&|and) ?c'?s\b|conditions|(?:data|information) (?:sharing|share|processing)|"
                  rf"{_DATA}\b[^.?!,;]{{0,15}}?\b{_SHARE}|{_SHARE} (?:on )?(?:of )?(?:my|our|the|his|her) (?:[a-z]+ )?{_DATA})")
_NO_TO = (r"(?<!they )(?<!he )(?<!she )(?<!it )(?:don'?t|do not|won'?t|will not|not|never|not going to|refuse to|"
          r"(?<=i )can'?t|(?<=i )cannot)(?: be| happy to| willing to| prepared to)?")
_ASSENT = (r"(?:consent\w*|agree\w*|accept\w*|authori[sz]\w*|allow\w*|permit\w*|sign\w*(?: up)?|want|giving(?: out)?|"
           r"giv\w* (?:you |them )?(?:my |any )?(?:consent|permission|authori[sz]ation|approval))")
_PERMISSION = r"(?:consent|permission|authori[sz]ation|approval)"

CONSENT_REFUSED = [
    # consent withheld from a thing a call asks it for: "I won't agree to a credit check", "I'm not signing up to
    # those terms", "I don't want my records passed on to the insurer"; not "I'm not sure about the terms"
    rf"\b{_NO_TO} {_ASSENT}\b[^.?!;]{{0,40}}?\b{_CONSENT_TOPIC}",
    # permission denied to the asker: "you can't run a credit check on me"; not "why can't you do the check?"
    rf"(?<!why )(?<!how )\b(?:you|they) (?:can'?t|cannot|may not|are not allowed to|aren'?t allowed to)\b"
    rf"[^.?!;]{{0,40}}?\b{_CONSENT_TOPIC}",
    # a no said to it: "I'll say no to the credit search", "I'm declining the data sharing"
    rf"\b(?:say(?:ing)? no|no) to (?:the |this |that |your |any |a )?(?:[a-z]+ )?{_CONSENT_TOPIC}|"
    rf"(?<!do )(?<!can )(?<!should )(?<!how )\b(?:i|we)(?:'ll| will| must| have to| would|'d| am|'m)?(?: have to)? "
    rf"(?:declin|refus|reject|object)\w*(?: to)? (?:the |this |that |your |any |a |being )?(?:[a-z]+ )?{_CONSENT_TOPIC}",
    # told not to go ahead, or that the caller would rather it didn't: "please don't run the credit check", "don't pass
    # my number on", "I'd rather not have a credit search", "I'm not comfortable with you sharing my details"
    rf"\b(?:don'?t|do not|never)(?: you)? (?:do|run|carry out|perform|go ahead with|proceed with|start|put me through)\w* (?:the |a |any |"
    rf"that |this )?(?:[a-z]+ )?{_CONSENT_TOPIC}|\b(?:don'?t|do not|never)(?: you)? (?:shar|pass|sell|giv|hand|disclos|releas)"
    rf"\w*(?: on| out| over)? (?:my|our|any of my|his|her) (?:[a-z]+ )?{_DATA}\b|"
    rf"\b(?:rather not|prefer not to|(?:rather|prefer) (?:you|they|it) (?:didn'?t|did not|wouldn'?t|not)|not (?:comfortable|"
    rf"happy|okay|ok|keen) (?:with|about|for) (?:you|them|anyone|it|that|this|my|being|having))\b[^.?!;,]{{0,30}}?\b"
    rf"{_CONSENT_TOPIC}|\b(?:skip|forget|scrap|leave out) (?:the |a |any )?credit (?:check|search)|"
    # a no said as a noun at a clause's start: "no credit check, thanks"; not "there's no credit check, is there?"
    r"(?:^|[.,;!] )(?:(?:no|nah|nope|sorry),? )?no (?:credit (?:check|search)|(?:soft |hard )?search|data sharing)s?\b"
    r"(?! (?:needed|required|involved|necessary)\b)(?![^.?!]*\?)",
    # consent itself refused, whatever it is for: "I'm not giving you my permission", "I withdraw my consent"
    rf"\b(?:not|never|don'?t|do not|won'?t|will not)(?: going to)? (?:giv|grant|provid)\w* (?:you |them |anyone |it )?"
    rf"(?:my |any |the |that |your |this )?{_PERMISSION}\b|\b(?:withh[oe]ld|withdr[ae]w|revok|refus|deny|denied|declin)\w* "
    rf"(?:my |any |the |that )?{_PERMISSION}\b|\b(?:don'?t|do not|won'?t|will not|never|not) consent\b(?! forms?\b)",
    # the whole turn a bare no to a consent question: "I decline.", "Not agreed.", "I'd rather you didn't, thanks."
    r"^(?:(?:no|nope|nah|sorry|thanks|thank you|i'?m afraid|afraid)[,.!]?\s+)*(?:i(?:'ll| will| must| have to| would|'d)?(?: have to)? "
    r"(?:respectfully |politely )?(?:decline|refuse)|(?:i )?(?:do not|don'?t|won'?t|will not) (?:agree|accept)|"
    r"not agreed|(?:i'?m |i am )?not (?:agreeing|consenting|accepting|signing (?:anything|up))|(?:i'?d|i would) rather you "
    r"didn'?t|(?:i'?m |i am )?not (?:okay|ok|comfortable) with|(?:i )?(?:can'?t|cannot) (?:agree|accept|consent)|"
    r"you (?:may|can) not|you mayn'?t)"
    r"(?: (?:to )?(?:any of )?(?:that|this|it|them|those))?(?:[,.!]?\s*(?:thanks|thank you|sorry|no))*[\s.!]*$|"
    r"\b(?:consent|permission) (?:is )?(?:not given|refused|denied|withheld)\b",
]

BY_INTENT = {_ESCALATION: ESCALATION, _CONSENT_REFUSED: CONSENT_REFUSED, _OPT_OUT: OPT_OUT, _COMPLAINT: COMPLAINT, _DISTRESS: DISTRESS,
             _FRUSTRATION: FRUSTRATION, _FOLLOW_UP: FOLLOW_UP}
