"""Health details said in everyday words rather than as a term: an infection by where it is, a body
part that is playing up, a new hip, a lump or a shadow somewhere, a pregnancy said as "expecting",
the menopause as "the change", a jab, a period, an aid or device, clinic shorthand ("my bloods"), injury
idioms, street drugs, and slang ("the big C", "my ticker"); abbreviations are health.py's. Each pattern
names the detail whole, so the mask covers it.
"""

from __future__ import annotations

import re

_PART = (r"heart|chest|back|knees?|hips?|stomach|tummy|bladder|bowels?|kidneys?|lungs?|eyes?|ears?|nerves|"
         r"joints?|shoulders?|neck|spine|prostate|thyroid|liver|pancreas|womb|ovaries")
_OWNER = r"(?:my|his|her|their|our|the baby's|the kids'|the)"
PATTERNS = [
    ("phi_infection", re.compile(
        r"\b(?:water|chest|ear|sinus|yeast|fungal|viral|bacterial|bladder|kidney|urinary|urine|eye|skin|throat|"
        r"tooth|gum|wound|bone|bowel|lung|blood|tummy|stomach|womb|breast|toe ?nail|nail)\s+infections?\b", re.I)),
    ("phi_part_trouble", re.compile(
        rf"\b{_OWNER}\s+(?:{_PART})(?:'s|'re|\s+has|\s+have|\s+is|\s+are|\s+keeps?)?\s+(?:been\s+|still\s+|started\s+)?"
        r"(?:playing up|acting up|giving (?:me|him|her|them) (?:trouble|grief|gyp|jip)|packing up|failing|"
        r"going funny|not working properly)\b", re.I)),
    ("phi_new_part", re.compile(r"\b(?:new|artificial|replacement|metal|donor)\s+(?:hip|knee|shoulder|heart valve|"
                                r"valve|kidney|liver|lung|heart|cornea|hips|knees)\b(?!-)", re.I)),
    ("phi_growth", re.compile(rf"\b(?:a\s+|the\s+)?(?:lump|lumps|shadow|mass|growth|cyst|polyp|polyps|nodule|"
                              rf"nodules|lesion|tumou?r)\s+(?:on|in)\s+{_OWNER}\s+(?:{_PART}|breasts?|armpit|"
                              r"groin|brain|head|skin|testicles?|throat|colon|bowel)\b", re.I)),
    ("phi_growth", re.compile(r"\b(?:found|find|felt|feel|noticed|notice|discovered|had|have|got|has)\s+"
                              r"(?:a\s+|another\s+|some\s+)?(?:lump|lumps|growth|cyst|polyp|polyps|nodule)\b"
                              r"(?!\s+(?:of|in (?:the|our|your) (?:box|parcel|delivery|food|bag)))", re.I)),
    ("phi_expecting", re.compile(r"\b(?:i'?m|she'?s|we'?re|they'?re|(?:my|our) (?:wife|partner|daughter|girlfriend|"
                                 r"sister)(?:'s| is))\s+expecting(?:\s+(?:a baby|twins|again|our (?:first|second|third)"
                                 r"(?: baby| child)?|in [A-Za-z]+))?(?=\s*(?:[.,!?;]|$|so\b|and\b|but\b|in\b))", re.I)),
    ("phi_menopause", re.compile(r"\b(?:going through|gone through|went through|started|starting|in)\s+the change\b",
                                 re.I)),
    ("phi_jab", re.compile(r"\b(?:flu|covid|corona ?virus|shingles|tetanus|hpv|mmr|pneumonia|booster|hep(?:atitis)? "
                           r"[ab])\s+(?:jabs?|shots?|vaccines?|vaccinations?|boosters?|injections?)\b", re.I)),
    ("phi_recovery", re.compile(r"\b(?:i'?m|he'?s|she'?s|they'?re|i am|he is|she is)\s+(?:now\s+|still\s+)?"
                                r"in recovery\b", re.I)),
    ("phi_measure", re.compile(r"\b(?:blood sugars?|sugar levels?|kidney function|liver function|lung function|"
                               r"white (?:blood )?cell count|platelet count|heart rhythm)\b", re.I)),
    # a mental-health episode by its kind; "manic" alone is everyday ("it's been manic at work")
    ("phi_episode", re.compile(r"\b(?:manic|hypomanic|psychotic|depressive|dissociative|bipolar|schizophrenic)\s+"
                               r"(?:episodes?|phases?|states?|spells?|breaks?|lows?|highs?|crash)\b", re.I)),
    # menstruation, said of someone ("the billing period" is not)
    ("phi_period", re.compile(
        r"\b(?:on|started|starting|having|had|get|getting|missed|skipped|late with|due on)\s+(?:my|her|their)\s+periods?\b|"
        r"\b(?:my|her|their)\s+periods?(?:'s|\s+is|\s+are|\s+was|\s+were|\s+has been|\s+have been)\s+(?:really\s+|very\s+|so\s+)?"
        r"(?:late|heavy|painful|irregular|early|bad|awful|stopped)\b|\bperiod (?:pains?|cramps?)\b|"
        r"\b(?:my|her) time of the month\b", re.I)),
    # a disability by its kind, or had, or lived on ("the disability ramp at your shop" names no one's)
    ("phi_disability", re.compile(
        r"\b(?:learning|physical|intellectual|developmental|sensory|hidden|invisible|cognitive)\s+"
        r"(?:disabilit(?:y|ies)|difficult(?:y|ies)|impairments?|handicaps?)\b|"
        r"\b(?:have|has|had|got|with|living with)\s+(?:a\s+)?disabilit(?:y|ies)\b"
        r"(?!\s+(?:access|ramps?|toilets?|parking|friendly|facilities|services|team|act|discrimination))|"
        r"\bon (?:disability(?: benefits?| allowance)?|sick (?:leave|pay|benefits?)|(?:the |long[- ]term )sick)\b", re.I)),
    # aids and devices worn or used for a body or faculty (the project's own list has inhaler, wheelchair)
    ("phi_aid", re.compile(
        r"\b(?:hearing aids?|walking (?:frames?|sticks?|aids?)|zimmer(?: frames?)?|mobility scooters?|stair ?lifts?|"
        r"guide dogs?|white (?:canes?|sticks?)|commodes?|(?:insulin|epi|auto)[ -]?pens?|epipens?|"
        r"(?:continuous )?(?:blood )?(?:glucose|sugar) (?:monitors?|sensors?|meters?)|blood pressure (?:monitors?|cuffs?)|"
        r"prosthetic (?:legs?|arms?|limbs?|hands?|feet|foot)|(?:artificial|false) (?:legs?|limbs?)|"
        r"oxygen (?:tanks?|cylinders?|concentrators?|masks?)|(?:colostomy|ileostomy|urostomy|catheter) bags?|"
        r"freestyle libre|libre sensors?|dexcom(?: sensors?)?|omnipod)\b", re.I)),
    # gender-affirming care
    ("phi_gender_care", re.compile(
        r"\b(?:top|bottom|gender[- ](?:affirming|confirmation|reassignment)|sex[- ]reassignment|"
        r"facial feminis(?:ation|ization))\s+surger(?:y|ies)\b|"
        r"\bgender (?:identity )?clinic\b|\bpuberty blockers?\b|\bgender[- ]affirming (?:care|treatment|hormones)\b",
        re.I)),
    # tests by their clinic shorthand: "my bloods", "a urine sample", "a swab"
    ("phi_sample", re.compile(
        rf"\b{_OWNER}\s+bloods\b|\bbloods?\s+(?:done|taken|back|came back|results?)\b|\bblood ?work\b|"
        r"\b(?:urine|stool|poo|wee|sperm|semen|sputum)\s+samples?\b|"
        r"\b(?:a|the|my|his|her)\s+(?:(?:first|second|last|next|latest|other)\s+)?(?:nose\s+|throat\s+|covid\s+|"
        r"mouth\s+)?swabs?\b", re.I)),
    # injuries said as idioms: "done my back in", "put his neck out", "cricked my neck"
    ("phi_injury_idiom", re.compile(
        r"\b(?:done|did|doing|does)\s+(?:my|his|her|their|your)\s+(?:back|knees?|ankles?|shoulders?|neck|hips?|wrists?|"
        r"hamstrings?|groin|calf|achilles)\s+in\b|"
        r"\b(?:put|putting|puts)\s+(?:my|his|her|their|your)\s+(?:back|neck|hips?|shoulders?|knees?|jaw)\s+out\b|"
        r"\b(?:cricked|ricked|crocked|jarred|wrenched|strained|hurt)\s+(?:my|his|her|their|your)\s+(?:back|neck|shoulders?|knees?|"
        r"ankles?|hamstrings?|groin|calf|hips?|wrists?)\b", re.I)),
    # street drugs by name and time clean from them (the packaged list keeps medicines, and drops what
    # ASR knows as an everyday word)
    ("phi_substance", re.compile(
        r"\b(?:heroin|cocaine|crack cocaine|crystal meth|methamphetamine|ketamine|fentanyl|opiates?|opioids?|"
        r"amphetamines?|benzos|mdma)\b|"
        r"\b(?:been|stayed|staying|now|still)\s+clean\s+(?:from|off|of)\s+(?:the\s+)?[a-z]+\b|"
        r"\b(?:[a-z]+\s+)?(?:years?|months?|weeks?|days?)\s+clean\b", re.I)),
    # slang and euphemism for a condition or an organ
    ("phi_euphemism", re.compile(
        r"\bthe (?:big|dreaded) c\b|"
        r"\b(?:my|his|her|their|dodgy|dicky|duff|bad|weak|old)\s+ticker(?:'s)?\b|"
        r"\b(?:a )?touch of (?:the )?sugar\b|\bsugar diabetes\b|(?:\b(?:got|has|had)|\b(?:i|we|they) have)\s+the sugar\b(?![- ]free)|"
        r"\b(?:bad|shot|shattered|weak)\s+nerves\b|\bnerves\s+(?:are|were|is|'re)\s+(?:shot|bad|shattered|in bits|gone)\b|"
        r"\ba bag of nerves\b|"
        r"\b(?:water|fluid)\s+on\s+(?:the|my|his|her)\s+(?:lungs?|knees?|brain|chest)\b|"
        r"\b(?:my|his|her|their|the old)\s+waterworks\b|\bwaterworks\s+(?:are|is|'re)\s+(?:playing|acting)\s+up\b|"
        r"\b(?:a|another)\s+(?:funny|dizzy|fainting)\s+(?:turns?|spells?|fits?)\b|"
        r"\b(?:got|have|has|had)\s+the (?:runs|trots|squits)\b", re.I)),
    # a body function in trouble, named by its adjective: "erectile problems", "urinary issues"
    ("phi_function_trouble", re.compile(
        r"\b(?:erectile|urinary|sexual|menstrual|hormonal|continence|incontinence|bowel|bladder|prostate)\s+"
        r"(?:problems?|issues?|trouble|dysfunction|difficult(?:y|ies)|health)\b", re.I)),
    # the contraceptive pill by its cue: "my repeat for the pill", "she came off the pill"
    ("phi_contraception", re.compile(
        r"\b(?:morning[- ]after|contraceptive|mini)\s+pills?\b|\b(?:repeats?|prescriptions?|scripts?|refills?)\s+"
        r"(?:for|of)\s+the pill\b|\b(?:came|come|coming|went|go|going|stopped|started|starting)\s+(?:off|on)\s+"
        r"the pill\b", re.I)),
    # a part named first and then what is wrong with it: "the drum's perforated", "her retina has detached"
    ("phi_part_damaged", re.compile(
        r"\b(?:the|my|his|her|their)\s+(?:ear ?)?(?:drums?|eardrums?|retinas?|discs?|cornea|appendix|spleen|"
        r"ligaments?|tendons?|achilles|acl|cartilage|meniscus|rotator cuff)(?:'s|\s+is|\s+was|\s+has|\s+have|"
        r"\s+are)\s+(?:been\s+|got\s+|now\s+)?(?:perforated|ruptured|burst|torn|detached|slipped|herniated|"
        r"prolapsed|collapsed|damaged|infected|inflamed|trapped|bulging)\b", re.I)),
]


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, rule) of each everyday health phrase in the turn."""
    return [(m.start(), m.end(), rule) for rule, rx in PATTERNS for m in rx.finditer(text)]
