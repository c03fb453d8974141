"""Everyday idioms that borrow the words of anger and danger, said about life rather than the call.

"This heat is killing me", "the kids are driving me up the wall", "I'm sick of the
rain", "I'm dying of boredom", "I nearly had a heart attack when I saw it": a caller
chatting, not a caller fed up with the service or in danger. The patterns are a
family (a venting phrase x an everyday thing), not a list of sentences, so
"the pollen is doing my head in" is caught without ever being written down.
phrases.py blanks these spans before its frustration and distress rules and the
classifier read the turn; what is left of the turn still counts ("this heat is
killing me and your app is useless" is still frustration).

People are everyday targets for frustration only: "he's going to kill me" may be
meant, so a person's threat is never blanked for distress.

Venting at something on neither list, the everyday one here nor the service's
("I'm fed up with the pigeons", "the tourists are a nightmare"), is not frustration
either: FRUSTRATION_UNKNOWN spans are blanked for rules and classifier alike, so the
service's words (_SERVICE, kept general) decide what venting is about the call.
"""

from __future__ import annotations

# Things a call centre does not sell. Words a company might (trains, holidays, the gym, the line, the
# noise on it, training) are left out: "the trains are a joke" may be about the caller's operator.
_WEATHER = ["weather", "heat", "heatwave", "heat wave", "rain", "drizzle", "snow", "sleet", "hail", "wind", "cold",
            "cold snap", "frost", "ice", "fog", "humidity", "sun", "sunshine", "storms?", "thunder", "temperatures?",
            "winter", "summer", "autumn", "pollen", "hay fever", "mosquito(?:es)?", "wasps?", "midges", "flies",
            "slugs", "clouds?", "gloom", "darkness", "dark evenings"]
# Body parts only as "my back": a bare "back" is "put back on hold", and the chest, heart or head may be real.
_BODY = [r"(?:my|his|her|our|their) (?:back|feet|foot|knees?|legs?|neck|shoulders?|hips?|ankles?|toes?|wrists?|"
         r"bunions?|blisters?|sunburn|allergies|sinuses|teeth|tooth)", "hangover", "jet ?lag"]
_PASTIMES = ["our team", "(?:my|our) (?:football |rugby |cricket )?(?:club|side|lads)",
             "film", "movie", "series", "episode", "soap", "match", "football", "cricket", "rugby", "referee",
             "quiz", "crossword", "puzzle", "novel", "golf", "swing", "diet", "workout", "homework", "exams?",
             "revision", "party", "election", "suspense", "cliffhanger", "ending", "plot", "stairs", "hill", "garden",
             "lawn", "weeds", "housework", "cleaning", "ironing", "decorating", "diy", "cooking", "baking"]
# Daily life: work, school, the week. Not "the work" (a repair's) or "your work".
_DAILY = [r"(?:(?<=my )|(?<=at )|(?<=^)|(?<=\. ))work", "my job", "my shift", "night shifts?", "uni", "college", "mondays?"]
_TRAVEL = ["traffic", "commute", "roadworks", "road works", "motorway", "rush hour", "school run", "builders"]
_PEOPLE = ["kids", "children", "child", "toddler", "teenagers?", "baby", "twins", "husband", "wife", "partner",
           "boyfriend", "girlfriend", "in-laws", "in laws", "mother-in-law", "mother in law", "mum", "mom", "dad",
           # as families say them: "my mam would kill me", "the missus", "me nan"
           "mam", "mammy", "mummy", "mommy", "mother", "father", "daddy", "nan", "nana", "nanna", "gran",
           "granny", "grandma", "grandad", "grandpa", "missus", "missis", "the wife", "other half", "fella", "parents",
           "folks", "auntie", "aunt", "uncle",
           "sister", "brother", "son", "daughter", "family", "neighbours?", "neighbors?", "flatmates?", "roommates?",
           "housemates?", "colleagues?", "boss", "dog", "cat", "puppy", "kitten", "parrot", "pets?"]

# Nouns after a target that turn it back into the service ("the cold calls", "the weather delay on my flight").
_SERVICE_NEXT = (r"(?!(?:'s)? (?:calls?|callers?|bills?|charges?|payments?|tariff|meter|cover|insurance|policy|claim|"
                 r"warranty|refund|delay|delays|delivery|deliveries|fees?|contract|plan|account|app|service|line)\b)")
_DET = r"(?:(?:all )?(?:the|this|that|these|those|my|our|his|her|their)\s+)?"
_MODIFIERS = r"(?:[a-z'-]+\s+){0,2}?"
# Between a target and what is said of it: a few words, none opening a new clause or turning to "you".
_BETWEEN = r"(?:\s+(?!(?:you|your|you're|yours|and|but|because|or)\b)[a-z'-]+){0,5}?\s+"


def _alt(words: list[str]) -> str:
    # never "your X": that is the company's
    return "(?<!your )(?<!you )(?:" + "|".join(words) + ")"


EVERYDAY = _alt(_WEATHER + _BODY + _PASTIMES + _TRAVEL + _DAILY + _PEOPLE)    # for phrases.py
_THINGS = _alt(_WEATHER + _BODY + _PASTIMES + _TRAVEL + _DAILY)
_ANYONE = _alt(_WEATHER + _BODY + _PASTIMES + _TRAVEL + _DAILY + _PEOPLE)

_FED_UP = (r"(?:fed up|sick(?: and tired| to death)?|tired|bored|done|over|had enough|frustrated|annoyed|fuming|"
           r"furious|angry|cross|exasperated|livid|raging|seething|mad|gutted|"
           r"(?:lost|losing|run out of|running out of) (?:all )?(?:my )?patience|had it up to here|"
           r"losing my (?:mind|patience|head|marbles)|at (?:the )?end of my (?:tether|rope)|"
           r"at my wits'? ?end|pulling my hair out|tearing my hair out|at breaking point|getting nowhere|going (?:round|around) in circles)")
_VENT = (r"(?:driving me (?:up the wall|round the (?:bend|twist)|to distraction|[a-z]+)|drove me (?:up the wall|[a-z]+)|"
         r"doing my head in|did my head in|getting on my nerves|gets on my nerves|sending me (?:mad|crazy|round the bend)|"
         r"making me (?:mad|crazy|miserable)|annoying|frustrating|infuriating|ridiculous|a joke|"
         r"a nightmare|unbearable|insane|the worst|unbelievable|hopeless|useless|pathetic|stupid|absurd|"
         r"outrageous|a shambles|a disgrace|killing me|torture|murder|a pain|"
         # "the cricket was a total shambles", "an absolute nightmare"
         r"an? (?:complete|total|absolute|utter|right|proper|real) (?:nightmare|joke|shambles|disgrace|farce|pain|mess|"
         r"disaster))")
_DEADLY = r"(?:kill(?:ing)? me|be the (?:death|end) of me|finish me off)"

FRUSTRATION = [
    # "I'm fed up with this rain", "sick and tired of my back", "losing my mind with these builders"
    rf"\b(?:i'm |i am |i've |i have |i've been |i get |getting )?(?:so |really |absolutely |totally |just |completely "
    rf"|utterly |a bit |well )*(?:{_FED_UP} (?:with|of|by|about|at|over)|over)\s+{_DET}"
    rf"{_MODIFIERS}{_ANYONE}\b{_SERVICE_NEXT}",
    # "the snow is absolutely ridiculous", "my kids are driving me up the wall"
    rf"\b{_ANYONE}\b{_SERVICE_NEXT}(?:'s|'re)?{_BETWEEN}{_VENT}",
    # "what the hell is going on with this weather", "what a nightmare the motorway was"
    rf"\b(?:what the (?:hell|heck)|what on earth|for god's sake|for crying out loud|ugh)\b[^.?!]{{0,25}}?\b{_ANYONE}\b",
    rf"\bwhat an? (?:nightmare|joke|pain|farce|mess|shambles|disaster|drag),?\s+{_DET}{_MODIFIERS}{_ANYONE}\b",
]

# What a caller fed up with the service vents at. Generic words (thing, situation, whole) count: "this whole
# thing is a joke" is about the call.
_SERVICE = (r"(?:service|services|company|firm|business|shop|store|bank|app|apps|system|bot|robot|machine|menu|"
            r"website|site|portal|line|lines|helpline|hotline|phone|phones|call|calls|calling|wait|waiting|queue|hold|"
            r"music|delays?|runaround|excuses?|answers?|bills?|billing|charges?|fees?|prices?|engineers?|technicians?|"
            r"staff|people|agents?|advisors?|team|department|process|treatment|situation|thing|things|whole|lot|"
            r"customer|support|contract|account|order|delivery|parcel|package|refund|payment|card|booking|appointment|"
            r"claim|policy|insurance|manager|supervisor|driver|courier|repair|installation|connection|broadband|"
            r"internet|wifi|signal|network|outage|meter|tariff|plan|product|item|device|router|boiler|heating|form|"
            r"letter|emails?|texts?|messages?|recording|automated|trains?|buses|flights?|holiday|tickets?|reply|"
            r"replies|response|problems?|issues?|faults?|errors?|mistakes?|updates?|mess|nonsense|rubbish|hassle|"
            r"way|experience|attitude|communication|times?|hours|minutes|days|weeks|months|"
            # what a company sells or does to a customer, in general words
            r"subscriptions?|membership|handsets?|modem|sim|data|bundle|package|offers?|deals?|upgrades?|software|"
            r"firmware|adverts?|advertising|marketing|vouchers?|coupons?|promotions?|renewal|premiums?|quotes?|"
            r"estimates?|invoices?|statements?|direct debit|credit|loan|mortgage|overdraft|excess|call centre|"
            r"chatbot|assistant|options?|channels?|fibre|speeds?|coverage|reception|visits?|slots?|login|password|"
            r"security|checks|paperwork|documents|terms|small print|contracts?|sales|salesman|salespeople|"
            r"you|yours|it|this|that)")
_PRONOUNS = r"(?:you|yours|it|this|that)"
_SERVICE_NOUN = _SERVICE.replace("|you|yours|it|this|that)", ")")
_AUX = r"(?:is|are|was|were|has|have|had|keeps?|kept|just|really|so|still|always|all|one)"
# "fed up with the seagulls this week": "this" after the target is time, not the service
_OTHER_NP = (rf"(?:the|this|that|these|those|my|our|his|her|their) (?!{_PRONOUNS}\b)"
             rf"(?!(?:[a-z'-]+ ){{0,2}}{_SERVICE_NOUN}\b)(?!{_AUX}\b)"
             rf"(?:[a-z'-]+ )?[a-z'-]+")
FRUSTRATION_UNKNOWN = [
    rf"\b(?:fed up|sick(?: and tired| to death)?|tired|had enough|frustrated|annoyed|bored|fuming|furious|livid|raging|"
    rf"angry|cross|mad|(?:lost|losing|run out of|running out of) (?:all )?(?:my )?patience|had it up to here|had it|"
    rf"at (?:the )?end of my (?:tether|rope)|at my wits'? ?end|(?:pulling|tearing) my hair out) "
    rf"(?:with|of|by|about|at) "
    rf"{_OTHER_NP}\b",
    rf"\b{_OTHER_NP}\b(?:'s|'re)?{_BETWEEN}{_VENT}",
]

# Complaining about life is no complaint to the company: "I could complain about the weather all day",
# "my dad never stops complaining about the neighbours". The company's own things (the service words
# below) are not on these lists, so "I want to complain about the engineer" still counts.
_THIRD_PARTIES = ["landlord", "landlady", "council", "government", "bin men", "binmen", "school", "teachers?",
                  "prices", "tourists", "seagulls", "pigeons", "noise next door"]
COMPLAINT = [
    # a person's own thing is still a complaint's object: "complaining about my mum's care home bill"
    rf"\bcomplain\w* (?:about|to|at|over) {_DET}{_MODIFIERS}(?:{_THINGS}|{_alt(_THIRD_PARTIES)}|{_alt(_PEOPLE)}(?!'s))"
    rf"\b{_SERVICE_NEXT}",
    # someone's habit, not the caller's request: "my dad never stops complaining", "she's always moaning"
    r"\b(?:always|forever|constantly) (?:complain\w*|moan\w*)\b|"
    r"\b(?:never stops|keeps|won't stop|loves to|likes to) (?:complain|complaining|moan|moaning)\b",
]

_MONEY_OR_CHORE = (r"(?=[^.?!]*\b(?:pay|paid|paying|bills?|spen[dt]\w*|bought|buy\w*|cost\w*|prices?|money|charged?|"
                   r"order\w*|cancel\w*|renew\w*|forget|forgot|forgotten|late|holiday|shopping|credit card|overdraft|"
                   r"mess|broke|broken|scratch\w*|dent\w*|lost|lose)\b)")
_NO_DANGER = (r"(?![^.?!]*\b(?:police|leave|leaving|left|tell|telling|told|report\w*|hurt\w*|hit|hits|beat\w*|"
              r"scared|afraid|frightened|terrified|safe|knife|gun|threat\w*|means? it|serious\w*|really will)\b)")

DISTRESS = [
    # a thing, never a person: "this heat is killing me", "the stairs will be the death of me"
    rf"\b{_THINGS}\b{_SERVICE_NEXT}(?:'s|'re)?{_BETWEEN}{_DEADLY}",
    r"\bkilling me softly\b",
    # the thing named, then a pronoun for it: "the weather is very bad today, it is kill me"
    rf"\b{_THINGS}\b{_SERVICE_NEXT}[^.?!]{{0,40}}?\b(?:(?:it|they|that|this)(?:'s| is| are|'re| will| keeps?)?|is|are) "
    rf"(?:{_DEADLY}|kill me)",
    r"\bdying (?:of|from|with) (?:the )?(?:boredom|laughter|laughing|curiosity|embarrassment|shame|thirst|hunger|"
    r"heat|cold|envy|jealousy|suspense|anticipation|excitement)\b",
    r"\bdying for (?:a|an|some|my|the|another)\b",
    r"\b(?:bored|worried|sick|tired|laughed|laughing|starving|scared me|frightened me) to death\b",
    r"\b(?:nearly|almost|practically|basically) (?:had|gave me|given me|giving me|give me|having) (?:a )?"
    r"(?:heart attack|stroke|seizure|fit)\b",
    r"\b(?:nearly|almost) (?:died|dying) (?:laughing|of|from|when|at|with)\b",
    r"\b(?:kill|die|murder) for (?:a|an|some|the|my|another)\b|\bcould murder (?:a|an|some)\b",
    r"\b(?:not|no|isn't|is not|wasn't|nothing like|hardly|far from) (?:an? |really an? |exactly an? )?emergency\b",
    # family hyperbole over money or a chore: "my wife will kill me if I forget to pay the window cleaner", "my
    # dad's going to kill me when he sees what I spent". A person's threat otherwise stands (see above), and
    # so does this one with any word of real danger in the sentence (leaving, telling, the police, fear).
    rf"\b{_alt(_PEOPLE)}(?:(?:'s| is| are|'re)? (?:going to|gonna)| will| would|'ll|'d) (?:absolutely |literally |actually "
    rf"|definitely )?kill me (?:if|when|once|for|unless|after)\b{_MONEY_OR_CHORE}{_NO_DANGER}",
]
