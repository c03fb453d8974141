"""Health told in slang and plain talk with no term in it, lower case as ASR writes it: a pregnancy by
its slang or its stage ("up the duff", "first trimester", "she is in her seventh month"), being sick
("throwing up all morning"), what hurts when someone pees, a reading of one's own blood pressure or
sugar ("my bp is through the roof", "me sugar dropped low"), fits, an attempt on one's life or thoughts
of one, time clean from a drug, quitting a habit and what replaces it ("on the patches"), a limb taken
off, catching something off someone, a faculty failing ("his hearing's going"), low mood with how long,
hearing or seeing what is not there, blackouts and faints, bed wetting, a fever, isolating, and a
sterilisation. Read by health_stories.spans; each pattern names the detail whole, so the mask covers
it, and keeps its near misses ("throwing up a tent", "it fits in the boot", "the water pressure is
low", "tried to end it with him", "stopped drinking coffee", "a power blackout", "a high temperature
wash").
"""

from __future__ import annotations

import re

# whose body: the ASR forms "mi", "me" and "mih" of "my" included (Caribbean, Irish, northern English)
_OWNER = r"(?:my|mi|mih|me|his|her|their|our|mum's|mam's|mom's|dad's|the baby's|nan's|gran's)"
_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|last|final|1st|2nd|3rd|[4-9]th)")
_NUMBER = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|a couple of|several)"

PATTERNS = [
    # a pregnancy by its slang or its stage ("the third month of the contract" is not one)
    ("phi_pregnancy_slang", re.compile(
        r"\bup the duff\b|\b(?:a\s+)?bun in the oven\b|\bin the family way\b|"
        r"\b(?:got|get|getting|gotten|was|been|is|she's|shes|i'm|im)\s+knocked up\b|"
        rf"\b(?:{_ORDINAL}\s+)?trimesters?\b|"
        rf"\b(?:i'?m|im|i am|she'?s|shes|she is|wife is|wife's|(?:she|i)\s+(?:is|am)\s+now)\s+(?:in\s+)?(?:her\s+|my\s+|the\s+)?"
        rf"{_ORDINAL}\s+month\b(?!\s+(?:of|at|with|on|in|here|there|into)\b)|"
        rf"\b(?:i'?m|im|i am|she'?s|shes|she is)\s+(?:about\s+|nearly\s+|almost\s+)?{_NUMBER}\s+(?:weeks?|months?)\s+"
        r"(?:gone|along|pregnant)\b", re.I)),
    # being sick: "throwing up all night" (not "throwing up a tent", "bringing up the subject")
    ("phi_vomiting", re.compile(
        r"\b(?:throwing|threw|throw|throws|chucking|chucked|puking|puked|spewing|spewed|heaving)\s+up\b"
        r"(?!\s+(?:a|an|the|some|this|that|these|those|my|his|her|their|your|our|its|it|any|anything|everything|"
        r"something|nothing|lots|loads|plenty|questions?|ideas?|issues?|errors?|problems?|results?|options?|points?|"
        r"money|cash|walls?|tents?|stalls?|shelves|on|at|in|with|by)\b)|"
        r"\b(?:i'?ve|ive|he'?s|she'?s|hes|shes|they'?ve|we'?ve|been|being|was|were|keeps?|kept|keep on)\s+"
        r"(?:been\s+)?(?:being\s+)?(?:violently\s+|really\s+|so\s+)?sick\s+(?:all (?:night|day|morning|week)|since|"
        r"every (?:morning|day|night)|twice|three times|again|non[- ]?stop|in the night)\b|"
        r"\bpuk(?:e|es|ed|ing)\b(?!\s+(?:green|colou?r))", re.I)),
    # what hurts or shows when someone passes water
    ("phi_urinary_story", re.compile(
        r"\b(?:it\s+)?(?:burns?|burning|stings?|stinging|hurts?|painful|pain|blood)\s+(?:when|while|whenever|every time)\s+"
        r"(?:i|he|she|they|you)\s+(?:pee|pees|wee|wees|piss|pisses|urinate|urinates|go to the (?:toilet|loo|bathroom))\b|"
        r"\b(?:peeing|weeing|pissing)\s+(?:blood|all the time|every (?:hour|half hour|ten minutes))\b", re.I)),
    # a reading of someone's own body ("the water pressure is low", "the sugar in the recipe")
    ("phi_reading", re.compile(
        rf"\b{_OWNER}\s+(?:bp|b p|b\.p\.|blood pressure|sugars?|sugar levels?|blood sugars?|cholesterol|heart rate|pulse|"
        r"oxygen(?: levels?)?|sats|iron(?: levels?)?|potassium|white count|platelets|temperature|temp)\s+"
        r"(?:(?:is|was|'s|are|were|has|have|had|did|does|do|went|goes|keeps?|kept|been|gone|got|getting|being|"
        r"really|very|so|too|way|dangerously|a bit|bit|real|all|up|down)\s+){0,4}"
        r"(?:high|low|up|down|through the roof|all over the place|dropp?(?:ed|ing|s)?|drop|spik(?:ed|ing|es)|"
        r"crash(?:ed|ing)?|sky ?high|bad|dangerous|rock bottom|raised|elevated|off the scale|off the charts|"
        r"shot up|plummet(?:ed|ing)|hypo)\b", re.I)),
    # pressure or pain inside a body part ("a pain in the neck" and "the backside" are idioms)
    ("phi_pressure_in", re.compile(
        rf"\b(?:pressure|pains?|aches?|aching|throbbing|swelling)\s+(?:in|behind)\s+(?:the|{_OWNER})\s+"
        r"(?:eyes?|head|chest|ears?|sinuses|bladder|stomach|belly|tummy|abdomen|kidneys?|temples?|jaw|groin|"
        r"ribs?|heart|lungs?|bowels?|womb|pelvis|testicles?|breasts?)\b", re.I)),
    # fits as seizures ("it fits in the boot", "the jacket fits fine")
    ("phi_fits", re.compile(
        r"\b(?:the|his|her|my|mi|me|their|having|had|has|have|get|gets|getting|got|started having|since the)\s+"
        r"(?:(?:epileptic|bad|little|absence|night(?:time)?|febrile)\s+)?fits\b"
        r"(?!\s+(?:in|into|inside|the|all|well|perfectly|fine|nicely|on|under|through|okay|ok|me|him|her|you|them|us|"
        r"like|better|great|snugly|right|properly|a|an|both|most|any|every|each|of|with|your|my|our|their))", re.I)),
    # an attempt on one's life, or the wish or the thought ("tried to end it with him", "end the contract")
    ("phi_self_harm", re.compile(
        # a bare "end it" only when tried and told no further ("tried to end it but the website ..." is a
        # contract); the rest whoever says it
        r"\b(?:tried|attempted)\s+to\s+end\s+it(?=\s*(?:[,.;!?]|$|twice\b|once\b|again\b|and i\b|that time\b))|"
        r"\b(?:tried|try|trying|attempted|attempt|wanted|want|wants|wanting|thought about|thinking about|"
        r"thinking of|going to|gonna|urge to)\s+(?:to\s+)?(?:end(?:ing)?\s+(?:it all|my life|his life|her life|"
        r"their life|(?:my|his|her|their) own life)|"
        r"kill(?:ing)?\s+(?:my|him|her|them)sel(?:f|ves)|take\s+(?:my|his|her|their)\s+(?:own\s+)?life|"
        r"hurt(?:ing)?\s+(?:my|him|her|them)sel(?:f|ves)|harm(?:ing)?\s+(?:my|him|her|them)sel(?:f|ves))\b|"
        r"\b(?:intrusive|suicidal|dark)\s+thoughts\b|"
        r"\bthoughts\s+(?:of|about|that)\s+(?:i'?ll|i will|i might|i'?d|i could|i should|(?:i\s+)?(?:want|wanting) to)?\s*"
        r"(?:jump(?:ing)?|hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?|dy(?:e|ing)|die|end(?:ing)?)\b", re.I)),
    # time clean from a drug, said after "clean" ("i'm clean off the gear eight months")
    ("phi_clean_time", re.compile(
        r"\b(?:i'?m|im|i am|i'?ve been|ive been|he'?s|she'?s|hes|shes|been|stayed|staying|now)\s+(?:\w+\s+)?clean\s+"
        rf"(?:(?:off|from|of)\s+(?:the\s+)?\w+(?:\s+(?:for\s+)?(?:(?:nearly|almost|over|about)\s+)?{_NUMBER}\s+"
        rf"(?:years?|months?|weeks?|days?))?|(?:for\s+)?(?:(?:nearly|almost|over|about)\s+)?{_NUMBER}\s+"
        r"(?:years?|months?|weeks?|days?))\b", re.I)),
    # quitting a habit ("stopped drinking coffee" is not one), and what replaces it
    ("phi_habit", re.compile(
        r"\b(?:quit|quitting|quits|give up|giving up|gave up|given up|packed in|packing in|pack in|stopped|stop|stopping|"
        r"cut down on|cutting down on|trying to quit|off)\s+(?:the\s+)?(?:smoking|smokes|fags|cigs|ciggies|cigarettes|"
        r"vaping|vape|drinking|drink|booze|the drink|alcohol|weed|gambling|gear|pills)\b(?!\s+(?:coffee|tea|water|"
        r"milk|juice|fizzy|soda|pop|in the|at the|on the|her|his|my|their|its|your|our|from|out of))|"
        r"\bon the (?:nicotine\s+)?(?:patch|patches|gum|lozenges|inhalator)\b|\bnicotine (?:patch|patches|gum|lozenges)\b",
        re.I)),
    # a limb taken off ("took off my coat")
    ("phi_limb_off", re.compile(
        rf"\b(?:took|take|taken|takes|tek|tuk|cut|chopped)\s+off\s+(?:the|{_OWNER}|a|both)\s+(?:(?:left|right|bad|"
        r"good|other)\s+)?(?:foot|feet|legs?|toes?|arms?|hands?|fingers?)\b|"
        rf"\b(?:took|take|taken|tek|tuk|cut|chopped)\s+(?:{_OWNER}|the|a|both)\s+(?:(?:left|right|bad|other)\s+)?"
        r"(?:foot|feet|legs?|toes?|arms?|hands?|fingers?)\s+off\b|"
        rf"\blost\s+(?:{_OWNER}|a|both)\s+(?:(?:left|right)\s+)?(?:legs?|foot|feet|arms?|toes?)\b(?!\s+(?:in the|on|at))",
        re.I)),
    # an illness caught off someone ("caught the bus", "caught something on camera")
    ("phi_caught", re.compile(
        r"\b(?:(?:caught|catch|catching|picked up|picking up)\s+something|(?:caught|catch|catching|picked up|picking up|"
        r"got|given)\s+(?:a bug|a dose|the bug|a virus|the lurgy|a cold|the flu|covid|an sti|an std|a chest thing|"
        r"a tummy bug|a stomach bug|the norovirus|norovirus|chickenpox|measles|shingles))\s+(?:off|from|of)\s+"
        r"(?:my|me|his|her|the|a|some|someone|this)\b", re.I)),
    # a faculty failing: "my memory's going", "his eyesight is getting worse" ("my head's gone" is stress)
    ("phi_faculty", re.compile(
        rf"\b{_OWNER}\s+(?:memory|eyesight|sight|hearing|balance|bladder|bowels|legs|knees|eyes|kidneys|liver)"
        r"(?:'s|s|\s+is|\s+has been|\s+have been|\s+are)?\s+(?:really\s+|definitely\s+|slowly\s+)?"
        r"(?:going|gone|failing|getting worse|not what it was|shot|packing in|packing up|deteriorating)\b"
        r"(?!\s+(?:to|out|on|in|for|with|back|away|home|up|down|over|round|through)\b)", re.I)),
    # low mood told of oneself, with how long ("the battery's been low since" is no one's mood)
    ("phi_low_mood", re.compile(
        r"\b(?:i'?ve|ive|i|he'?s|she'?s|hes|shes|he|she|we'?ve|they'?ve|i'?m|im|i am)\s+(?:(?:been|gone|got)\s+"
        r"(?:feeling\s+)?|feeling\s+|felt\s+|feel\s+)(?:really\s+|very\s+|so\s+|quite\s+|pretty\s+|a bit\s+|"
        r"awfully\s+)?(?:low|depressed|flat|numb|hopeless|(?<=feeling )down|(?<=felt )down|(?<=feel )down)\s+"
        r"(?:since|after|for (?:weeks|months|ages|a while|a long time)|lately|recently|all the time|every day|"
        r"most days)\b", re.I)),
    # hearing or seeing what is not there
    ("phi_hallucination", re.compile(
        r"\b(?:hear|hearing|hears|heard|see|seeing|sees|saw)\s+things\s+(?:that\s+)?(?:(?:aren'?t|are not|weren'?t|"
        r"were not|isn'?t)\s+(?:really\s+)?(?:there|real)|nobody else|no one else|other people (?:can'?t|don'?t))\b", re.I)),
    # blackouts and faints had by someone (a power cut is also a blackout)
    ("phi_blackout", re.compile(
        r"\b(?:get|gets|getting|got|have|has|had|having|keep having|kept having)\s+(?:these\s+|those\s+|the\s+|"
        r"a few\s+|some\s+|more\s+)?(?:dizzy spells|fainting spells|fainting fits|seizures)\b|"
        # a power cut is a blackout too: only someone's own, had again and again
        r"\b(?:i|he|she|mum|mam|mom|dad|nan|gran|ive)(?:'ve| have|'s| has)?\s+(?:been\s+)?(?:keeps?\s+|kept\s+|still\s+|"
        r"sometimes\s+)?(?:get|gets|getting|having|started getting|started having)\s+"
        r"(?:these\s+|those\s+|the\s+|a few\s+|some\s+)?(?:blackouts|black outs)\b|"
        r"\b(?:i|he|she|they|mum|mam|mom|dad|nan|gran)\s+(?:keeps?\s+|kept\s+|just\s+|nearly\s+|almost\s+)?"
        r"(?:passed|passes|passing|pass|blacked|blacks|blacking)\s+out\b(?!\s+(?:the|a|some|leaflets|flyers|forms|copies|"
        r"sheets|of))", re.I)),
    # the bed wet, a fever had, isolating with it, a sterilisation
    ("phi_body_story", re.compile(
        r"\b(?:wet|wets|wetting)\s+(?:the|my|his|her|their)\s+bed\b|\bbed[- ]?wetting\b|"
        r"\bself[- ]?isolat(?:ing|e|ed|ion)\b|"
        r"\b(?:with|got|have|has|had|running|run)\s+(?:a\s+)?(?:high\s+|raging\s+|bit of a\s+)?(?:temperature|fever)\b"
        r"(?!\s+(?:control|setting|settings|gauge|dial|sensor|probe|wash|washes|cycle|programme|program|mode|alarm|"
        r"warning|light|reading|of the|in the))|"
        r"\btubes?\s+tied\b", re.I)),
]
GATES = [
    ("duff", "oven", "family way", "knocked", "trimester", "month", "gone", "along", "pregnant"),
    ("up", "sick", "puk"),
    ("pee", "wee", "piss", "urinat", "toilet", "loo", "bathroom"),
    ("bp", "b p", "b.p", "pressure", "sugar", "cholesterol", "heart rate", "pulse", "oxygen", "sats", "iron",
     "potassium", "white count", "platelets", "temp"),
    ("pressure", "pain", "ache", "aching", "throbbing", "swelling"),
    ("fits",),
    ("end", "kill", "life", "hurt", "harm", "thoughts"),
    ("clean",),
    ("smok", "fags", "cigs", "ciggies", "cigarette", "vap", "drink", "booze", "alcohol", "weed", "gambling", "gear",
     "pills", "patch", "gum", "lozenge", "inhalator"),
    ("off", "lost"),
    ("caught", "catch", "picked", "picking", "got", "given"),
    ("memory", "eyesight", "sight", "hearing", "balance", "bladder", "bowels", "legs", "knees", "eyes", "kidneys", "liver"),
    ("low", "down", "depressed", "flat", "numb", "hopeless"),
    ("things",),
    ("blackout", "black out", "spells", "fits", "seizures", "out"),
    ("bed", "isolat", "temperature", "fever", "tied"),
]
assert len(GATES) == len(PATTERNS)
