"""Turns that carry an intent's words and ask nothing of this call: blanked (phrases.FALSE_FRIENDS) before
the rules and the classifier read the turn, so the rest of the turn is still judged.

- Reported: someone else said, thought or did it ("my friend said she'd rather talk to a person", "my
  daughter was going to sue them", "the letter said to call if I didn't want to be contacted"). A relayed
  request keeps its words ("my wife says stop calling us", "my husband wants to speak to a manager"):
  only a report whose speaker is named back by a pronoun ("she'd", "he wants"), advice to the caller
  ("said I should"), a plan or deed in the past, or a document's wording is blanked.
- Past narrative of a transfer done by someone else ("the last person I spoke to transferred me to
  billing"); "I want to be transferred" and "can I get transferred" still ask.
- A clause about a past call ("when I phoned last week they put me through to billing"), from the
  clause's start up to a new ask ("..., so I want a supervisor now" still asks).
- Bereavement told as a fact of the past ("he passed last year"), which is no emergency now.
- A blessing ("God bless") and a grievance said resolved ("I was on hold for ages, but it's fine now"); anger
  that is someone else's ("my son's the one who's fuming") or hedged away ("I wouldn't say I'm fed up").
- A complaint logged is not a recording refused ("I'd like it recorded as a complaint", "put it on record"),
  nor data refused for marketing (an opt-out).
- A question about a subject: emergency cover, opting out of a product, the callback service; and contact
  moved rather than ended ("don't ring me before nine", "stop texting my old number, use the new one").
"""

from __future__ import annotations

from callwarden.bodies import COMPLAINT, CONSENT_REFUSED, DISTRESS, ESCALATION, FOLLOW_UP, FRUSTRATION, OPT_OUT

# Who may be reported: people around the caller, staff met before, and what was read.
_THIRD = (r"(?:(?:my|our|his|her|their|a) (?:neighbou?r|friend|mate|son|daughter|husband|wife|partner|boyfriend|girlfriend|"
          r"mum|mom|mother|dad|father|brother|sister|gran|grandad|grandpa|granddad|grandma|nan|nanna|aunt|auntie|uncle|"
          r"cousin|colleague|boss|flatmate|landlord|landlady|carer|kids?|children|family|in-laws?|"
          r"(?:mother|father|son|daughter|brother|sister)-in-law|"
          # professionals who act for the caller: "my solicitor says she's written to you already"
          r"accountant|doctor|gp|nurse|social worker|support worker|advocate|"
          r"financial advis[eo]r|mortgage broker|broker)s?|"
          # staff met before, by which one: "the last agent", "the other lady", "your previous advisor"
          r"(?:the|your|that|this|a)(?: (?:last|other|previous|first|second|new|same|nice|young|old))? (?:agent|advis[eo]r|colleague|call handler|person|lady|man|woman|guy|bloke|girl|chap|engineer|technician|"
          r"driver|rep|representative|operator|manager|staff|letter|email|e-mail|text|message|website|leaflet|form|"
          r"advert|app|bill|recording|voice|notice|sign)s?(?: (?:i|we) (?:spoke|talked) (?:to|with))?|"
          r"(?:he|she|they|someone|somebody|a friend of mine|people)(?: (?:on|at|from|in) (?:the |a )?[a-z]+)?)")
_SAID = (r"(?:said|says|say|told (?:me|us|him|her)|reckons?|thinks?|thought|mentioned|keeps? saying|was saying|wrote|"
         r"promised|assured (?:me|us))")

REPORTED = [
    # a report whose speaker is named back by a pronoun, or advice to the caller: to the clause's end
    rf"\b{_THIRD}(?:'s| has| had| have)? {_SAID} (?:that )?(?:(?:she|he|they|someone|somebody)(?:'d|'ll|'s| would| will|"
    rf" wants?| wanted| was| is| were| had| needs?| needed| got| went| refused| asked| made| took|"
    # tiny.en drops the "'d": "the last agent said they call me back"
    rf" (?=(?:call|ring|phone|email|text|send|speak|talk|come|get|sort|put|pass|arrange)\b))|"
    rf"(?:i|we) (?:should|could|can|ought to|need to|must|might))\b[^.?!,;]*",
    # the caller's lawyer's deed already done is a report ("my solicitor says she's written to you already");
    # what the lawyer will do is still the caller's threat ("my lawyer says he'll be suing you")
    rf"\b(?:my|our) (?:solicitor|lawyer|attorney)s?(?:'s| has| had| have)? {_SAID} (?:that )?(?:she|he|they)(?:'s| has| have|"
    r" had) (?:already )?(?:written|complained|contacted|sent|filed|lodged|been in touch)\b[^.?!,;]*",
    # advice or an errand given to the caller: "my son told me to ask for a callback"
    rf"\b{_THIRD}(?:'s| has| had| have)? (?:told|advised|asked|wanted) (?:me|us) to\b[^.?!,;]*",
    # a document's wording: "the letter said to call this number if I didn't want to be contacted"
    r"\b(?:the|your|a|that) (?:letter|email|e-mail|text|message|website|leaflet|form|advert|app|bill|notice|"
    r"recording|sign)s? (?:said|says|say|told (?:me|us)|mentioned|asked)\b[^.?!;]*",
    # a plan or deed of someone else's: "my daughter was going to sue them", "my neighbour's been on to the
    # ombudsman", "her son took them to court"
    rf"\b{_THIRD}(?:'s| has| had| have| was| were| is| are)? (?:(?:been )?(?:going to|gonna|on to|onto|thinking of|"
    rf"talking about)|went to|took (?:them|it|him|her)|tried to|(?:been )?trying to|wanted to|threaten(?:ed|ing) to|complained|"
    rf"opted out|unsubscribed|asked for|reported (?:them|it|him|her)|"
    rf"wrote to|sued|contacted)\b[^.?!,;]*",
]

# someone else's ask, disowned by the caller in the same turn: "my neighbour wants to complain about your van,
# but I'm just here to pay"; a relayed ask without the disclaimer keeps its words
DISOWNED = [rf"\b{_THIRD}\b[^.?!;]*?(?=[,;.]? (?:but |so |and |anyway,? )?(?:i'?m|i am|i was|me,? i'?m) (?:just|only)\b)"]

# Someone else transferred the caller, in the past: a story, not an ask (the model read it as one).
TRANSFERRED = [
    r"(?<!could )(?<!can )(?<!would )(?<!will )(?<!please )\b(?:they|he|she|you|someone|somebody) (?:just |then |"
    r"eventually |finally |first )?put (?:me|us|my call) (?:through|across|over|on)? ?to\b[^.?!,;]*",
    r"(?<!\bbe )(?<!\bget )(?<!\bgot )(?<!\bgetting )(?<!\bbeing )(?<!\bi'm )(?<!\bam )(?<!\bis )\b(?:transferred|passed|"
    r"connected|handed|escalated|forwarded) (?:me|it|us|my call|my case)(?: (?:through|over|on|across))? to\b[^.?!,;]*",
]

# A clause told about a past call or a past act: "last time I asked for a manager", "years ago I took a
# company to the small claims court". Only from the clause's start, and never past a new ask ("... so get me
# one now", "but I want a supervisor"): a new ask is not blanked with the story before it.
_STORY = (r"(?:(?!\b(?:but|so|now|please|can|could|would|will|i want|i need|i'd like|i would like|get me|put me|"
          r"give me|i'm going to|i am going to|i'll|i will)\b)[^.?!,;])*")
PAST = [
    rf"(?:^|(?<=[.?!,;] )|(?<=\band )|(?<=\bbut ))(?=[a-z]){_STORY}\b(?:last (?:time|year|month|week|night|call|monday|tuesday|"
    rf"wednesday|thursday|friday|saturday|sunday)|the last call|the other day|yesterday|(?:a|two|three|four|five|six|a few|some|"
    rf"many) (?:days|weeks|months|years) ago|years ago|once before|in the past|previously|back in [a-z0-9]+)\b,?{_STORY}",
]

BEREAVEMENT = [
    r"\b(?:passed(?: away| on)?|died|was killed|lost (?:him|her|them))\b[^.?!,]{0,20}?\b(?:last (?:year|month|week|"
    r"spring|summer|autumn|fall|winter|christmas)|(?:a|two|three|four|five|six|few|some|\d+) (?:years?|months?|weeks?) "
    r"ago|in (?:january|february|march|april|may|june|july|august|september|october|november|december|(?:19|20)\d\d)|"
    r"recently|just before christmas)\b",
]

# an emergency told as past and over in the same turn: "I called an ambulance last week for my mum, she's
# fine now"; not when more danger follows ("he's home now but he can't breathe"), nor self-harm
_OVER = (r"(?:he|she|they|i|we|it|my [a-z]+|mum|mom|dad)(?:'s| is| are|'re|'m| am| was| were) (?:(?:absolutely|totally|"
         r"completely|all) )?(?:fine|okay|ok|all right|alright|home|back home|better|recovering|on the mend|doing (?:fine|"
         r"well|better|great))(?: now| again)?\b")
RESOLVED = [     # self-harm told is never over: it is for a person to hear
    rf"(?:^|(?<=[.?!] ))(?![^.?!]*\b(?:overdos\w*|suicid\w*|kill(?:ed|ing)? (?:my|him|her|them)sel(?:f|ves)|"
    rf"self[- ]?harm\w*|(?:hurt|harm|cut) (?:my|him|her|them)sel(?:f|ves)|end(?:ed)? (?:my|his|her|their) life)\b)"
    rf"[^.?!]*\b(?:last (?:night|week|month|year|weekend|monday|tuesday|wednesday|thursday|friday|"
    rf"saturday|sunday)|yesterday|the other (?:day|night)|(?:a|two|three|four|five|six|a few|a couple of) (?:days|weeks|"
    rf"months) ago)\b[^.?!]*?[.,;] (?:but |and |thankfully |luckily |thank god )*{_OVER}"
    rf"(?![^.?!]*\b(?:but|not|can'?t|cannot|isn'?t|won'?t|worse|again|still)\b)",
]

_BEFORE = (r"(?:last (?:time|year|month|week|winter|summer|spring|autumn)|before|at first|at the time|back then|earlier|"
           r"the other day|(?:a|two|three|a few|a couple of|some) (?:weeks|months|years) ago)")
VENTING_UNDONE = [
    r"\b(?:god|lord) bless(?: you| her| him| them)?\b|\bbless (?:you|her|him|them|your heart)\b",
    # the grievance and its resolution in one sentence: "I was on hold for ages, but it's fine, it's fixed now",
    # "I was livid with you a few months ago, but you put it right"
    rf"(?:^|(?<=[.?!] ))[^.?!]*?\b{_BEFORE}\b[^.?!]*?\bbut (?:(?:it'?s|its|it is|that'?s|that is|everything'?s|all) (?:fine|ok(?:ay)?|sorted|fixed|"
    rf"all good|good|been sorted)(?: now)?|(?:you|you lot|you guys|they|someone|somebody|your [a-z]+)(?:'ve| have| has| did)?"
    rf"(?: finally| eventually| soon)? (?:sorted|fixed|resolved|put right|dealt with|made up for|refunded|"
    rf"(?:put|made|set) (?:it|that|things|everything) right)(?: it| that| me| "
    rf"everything| it out| things)?)\b(?:(?!\b(?:now|again|still|but)\b)[^.?!])*",     # up to a new grievance
    # someone else's anger, not the caller's: "my son's the one who's livid about it", "my wife is fuming"
    rf"\b{_THIRD}(?:'s| is| was| were| are| has been| have been| gets| got)(?: the one (?:who'?s|who is|that'?s|who gets))?"
    r"(?: (?:really|so|absolutely|properly|very|quite|a bit))? (?:fuming|furious|livid|raging|seething|fed up|"
    r"sick of it|angry|annoyed|cross|mad|frustrated|upset)\b[^.?!,;]*",
    # a feeling hedged away: "I wouldn't say I'm angry", "I'm not saying I'm fed up", "not that I'm cross"
    r"\b(?:wouldn'?t|would not|won'?t|will not|not) (?:say|saying|call it|claim|claiming|go so far as to say)(?: that)? "
    r"(?:i'?m|i am|i was|i'?ve been|i feel|we'?re|we are)\b[^.?!,;]*|\bnot that (?:i'?m|i am|i was)\b[^.?!,;]*",
]

# an errand said with "put me on": a plan or a list is no person ("can you put me on the cheaper plan")
ERRAND = [r"\b(?:put|move|switch|sign|add) (?:me|us|him|her) (?:on|onto|on to|up for|up to|to) (?:the|a|your|that|this) "
          r"(?:[a-z]+ ){0,2}(?:plan|tariff|deal|package|contract|rate|bundle|offer|scheme|list|rota|register|"
          r"subscription|policy|membership)s?\b"]

RECORDED_AS = [r"\b(?:record|recorded|log|logged|note|noted|put down|registered) (?:it |this |that )?(?:as "
               r"(?:a|an|my|the|official|formal)|that)\b",
               # "I want it put on record": kept on file, not a recording refused ("I don't want this on record" is)
               r"(?<!n't )(?<!dont )(?<!not )\b(?:like|want|need)(?: it| this| that)?(?: (?:put|placed|noted|logged|kept))? "
               r"on (?:the |my )?(?:record|file)\b"]

# Data refused for marketing is an opt-out: "don't use my details for marketing, I don't want my data passed on".
# The whole turn, when it names marketing and no recording, credit check or terms.
FOR_MARKETING = [r"^(?=[^?]*\b(?:marketing|promotions?|special offers|newsletters?|mailing lists?)\b)"
                 r"(?![^?]*\b(?:record\w*|credit|terms|conditions|consent)\b).*"]

# A question about a subject, not an ask: "does the policy cover emergency dental work?", "how do I opt out of
# paperless billing?" (an opt-out is of contact: calls, texts, marketing), "is the callback service free?"
_NO_HARM = (r"(?![^.?!]*\b(?:collaps\w*|breath\w*|bleed\w*|ambulance|unconscious|hurt\w*|injur\w*|attack\w*|fire|police|"
            r"dying|dead|overdos\w*|help me|fell|fallen|seizure|stroke|chest|now)\b)")     # a question asked in danger stays
TOPIC_DISTRESS = [rf"(?:^|(?<=[.?!] )){_NO_HARM}[^.?!]*\b(?:cover\w*|includ\w*|pay for|charge\w*|cost\w*|price|fee|claim\w*|insur\w*|"
                  rf"policy|plan|excess)\b[^.?!]*\bemergenc(?:y|ies)\b[^.?!]*\?|(?:^|(?<=[.?!] )){_NO_HARM}[^.?!]*\bemergenc(?:y|ies)\b"
                  r"[^.?!]*\b(?:cover\w*|includ\w*|covered|extra|free|charged?)\b[^.?!]*\?"]
_CONTACT_THINGS = (r"(?:calls?|calling|phone|texts?|sms|e-?mails?|messages?|marketing|mailings?|mail|post|contact|"
                   r"communications?|newsletters?|offers|promotions?|lists?|surveys?|it|this|that|everything|them|all)")
TOPIC_OPT_OUT = [rf"\b(?:opt(?:ing)?(?: me)? out of|unsubscrib\w*(?: (?:me|us|my [a-z]+|him|her|them))? from) (?!(?:all |your |"
                 rf"the |any |these |those |this |my )?(?:[a-z-]+ )?{_CONTACT_THINGS}\b)(?:the |your |my |this |a )?[a-z-]+",
                 # how an opt-out works, asked: "does unsubscribing from emails stop the texts too?"
                 r"(?:^|(?<=[.?!] ))(?:so |and |but )?(?:does|do|will|would|is|are)\b[^.?!]*\b(?:unsubscribing|opting out|"
                 r"being unsubscribed)\b[^.?!]*\?",
                 # contact moved, not ended: "don't call me before nine", "stop texting my old number, text the new one"
                 r"\b(?:do not|don'?t|never|stop) (?:call|ring|phon|text|email|contact)\w* (?:me|us) (?:before|after|until|till|"
                 r"between|during|so early|so late|early|late|in the (?:morning|evening|afternoon)|at (?:night|weekends?|"
                 r"lunch(?:time)?|\d+))\b[^.?!,;]*",
                 r"\b(?:do not|don'?t|never|stop|no more) (?:call|ring|phon|text|email|contact|writ|send)\w*(?: to)? (?:my|the|this|"
                 r"that) (?:old|previous|former|work|home) (?:number|mobile|phone|email|address|landline)\b(?=[^?]*\b(?:new|"
                 r"instead|other one|this one)\b)[^.?!,;]*"]
TOPIC_FOLLOW_UP = [r"(?:^|(?<=[.?!] ))(?:so |and |but )?(?:is|are|does|do|how|what|when|which|why|will)\b[^.?!]*"
                   r"\b(?:call ?backs?|call-backs?|ring ?backs?) (?:service|option|feature|facility|system|scheme)s?\b[^.?!]*"]

# Reports are blanked for every intent but distress and frustration: "my husband says he wants to kill
# himself" is an emergency however it is told, and venting relayed is still venting.
REPORTED = REPORTED + DISOWNED
BY_INTENT = {ESCALATION: REPORTED + TRANSFERRED + PAST + ERRAND, OPT_OUT: REPORTED + PAST + TOPIC_OPT_OUT, COMPLAINT: REPORTED,
             FOLLOW_UP: REPORTED + TOPIC_FOLLOW_UP, CONSENT_REFUSED: REPORTED + RECORDED_AS + PAST + FOR_MARKETING,
             DISTRESS: BEREAVEMENT + RESOLVED + TOPIC_DISTRESS,
             FRUSTRATION: VENTING_UNDONE}
