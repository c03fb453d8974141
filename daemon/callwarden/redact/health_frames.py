"""Health details known by the frame they are said in, whatever the words inside it.

The vocabularies (health.py) and the everyday phrasings (health_everyday.py) know terms; a caller
also names a drug, a condition or a procedure no list has ("20 mg of vexapril", "stage two florgon",
"a shadow they found on my liver", "the tablets for my nerves"). The frame gives it away: a dose,
a stage, what something is treated for, something found on an organ, a test's levels, a named
clinic or ward. Each frame masks the detail with the words that say it.
"""

from __future__ import annotations

import re

_NUMBER = (r"(?:\d+(?:\.\d+)?|half|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|"
           r"twenty[- ]five|thirty|forty|fifty|sixty|seventy|eighty|hundred|a hundred|one hundred|two hundred|"
           r"two hundred and fifty|five hundred)")
# Units only medicine is measured in on a phone call: "500 ml" is as often a drink, "2 units" electricity
_DOSE_UNIT = r"(?:mg|mgs|milligrams?|mcg|micrograms?|puffs?)"
_OWNER = r"(?:my|his|her|their|our|the baby's|the kids'|mum's|mom's|dad's)"
_ORGAN = (r"(?:liver|lungs?|kidneys?|heart|brain|breasts?|bowel|colon|ovar(?:y|ies)|prostate|pancreas|spine|"
          r"thyroid|womb|uterus|cervix|bladder|stomach|skin|bones?|lymph nodes?|testicles?|throat|oesophagus|"
          r"esophagus|spleen|gall ?bladder|adrenal glands?|pituitary)")
# Words that end the detail: a clause goes on ("the tablets for my back and the bill"), or a person is
# named, not a condition ("the tablets for my daughter")
_STOP_WORDS = {"and", "but", "so", "or", "because", "which", "that", "who", "since", "when", "then", "too", "as",
               "is", "are", "was", "were", "has", "have", "had", "will", "would", "can", "could", "from", "with",
               "on", "in", "at", "to", "of", "it", "they", "you", "i", "we", "please", "again", "anymore", "now",
               "today", "yesterday", "tomorrow", "every", "each", "last", "next", "this", "these", "those"}
_PEOPLE = {"daughter", "son", "wife", "husband", "mum", "mom", "mother", "dad", "father", "partner", "kids",
           "children", "child", "baby", "brother", "sister", "nan", "gran", "grandma", "grandad", "family", "dog",
           "cat", "pet", "friend", "boss", "neighbour", "neighbor", "account", "bill", "order", "phone", "car",
           "house", "trip", "holiday", "work", "job", "birthday", "sake", "own", "self", "life"}
_PART = (r"(?:heart|chest|back|knees?|hips?|stomach|tummy|bladder|bowels?|kidneys?|lungs?|liver|pancreas|eyes?|ears?|joints?|"
         r"shoulders?|neck|spine|leg|legs|foot|feet|ankles?|wrists?|hands?|arms?|elbows?|tooth|teeth|head|throat)")
_DETAIL = r"((?:[a-z][a-z'-]*)(?: [a-z][a-z'-]*){0,2})"

PATTERNS = [
    # "20 mg of vexapril", "two puffs of the brown one", "a hundred micrograms of levo-something"
    ("phi_dose", re.compile(rf"\b{_NUMBER}\s?{_DOSE_UNIT}\b(?:\s+(?:of|of the)\s+[a-z][a-z'-]+)?", re.I)),
    # "stage two florgon", "she's stage four": not "stage two of the application", "we're at stage one"
    ("phi_stage", re.compile(
        r"\b(?:(?:has|have|had|with|it's|it is|is|she's|he's|i'm)\s+)stage\s+(?:[1-4]|one|two|three|four|iv|iii|ii)\b"
        r"(?!\s+of\b)(?:\s+[a-z][a-z'-]+)?"
        r"|\bstage\s+(?:[1-4]|one|two|three|four|iv|iii|ii)\s+(?!of\b|the\b|and\b|is\b|was\b|now\b|yet\b|so\b)"
        r"[a-z][a-z'-]+", re.I)),
    # "they found a grobble on my liver", "a spot on her lung"
    ("phi_found_on_organ", re.compile(
        rf"\b(?:found|spotted|removed|saw|seen|detected|picked up|showed|shows)\s+(?:a|an|some|the|two|three)?\s*"
        rf"[a-z][a-z'-]+(?:\s+[a-z][a-z'-]+)?\s+(?:on|in)\s+{_OWNER}\s+{_ORGAN}\b", re.I)),
    # "my krell levels are high", "her white cell count": not a phone's, a meter's or a page's
    ("phi_levels", re.compile(
        rf"\b{_OWNER}\s+(?!(?:battery|signal|data|water|oil|ink|stock|credit|noise|volume|sound|light|energy|"
        r"bar|word|step|follower|page|calorie|usage|top-?up|loyalty|points?|fuel|gas|meter|stress|skill|"
        r"confidence|comfort|service|pay|salary|head)\b)(?:[a-z][a-z'-]+\s+){1,2}(?:levels?|count|counts)\b", re.I)),
    # "the fertility clinic", "the psychiatric ward", "on the stroke unit"
    ("phi_clinic", re.compile(
        r"\b(?!(?:the|a|an|this|that|local|nearest|same|other|new|old|main|walk-in|walk in|day|private|nhs|gp|"
        r"doctor's|doctors)\s+(?:clinic|ward)s?\b)[a-z][a-z'-]+\s+(?:clinic|ward)s?\b"
        r"|\b(?:stroke|cardiac|coronary|intensive care|high dependency|burns|dialysis|renal|psychiatric|"
        r"mental health|maternity|cancer|oncology|neonatal|detox|rehab|addiction|eating disorders?)\s+"
        r"(?:unit|department|team|centre|center|service|services)\b", re.I)),
    # "self harming", "self-harm"
    ("phi_self_harm", re.compile(r"\bself[- ]?harm(?:ing|ed|s)?\b", re.I)),
    # a body part said to be bad: "I've got a bad chest", "my back's been bad since the fall"
    ("phi_bad_part", re.compile(
        rf"\b(?:a|{_OWNER})\s+(?:bad|dodgy|weak|gammy|funny|sore|stiff|painful|swollen)\s+{_PART}\b"
        rf"|\b{_OWNER}\s+{_PART}(?:'s|'re|\s+is|\s+are|\s+has|\s+have)\s+(?:been\s+)?(?:really\s+|very\s+|so\s+)?"
        r"(?:bad|sore|painful|swollen|agony|killing me|giving out|in a (?:bad|terrible|right|sorry) (?:way|state)|"
        r"shot|knackered|packing up|failing)\b", re.I)),
    # an injury to a part with any determiner: "cracked a rib", "tore a ligament", "pulled a muscle in my back"
    ("phi_injury_part", re.compile(
        r"\b(?:broke|broken|cracked|fractured|sprained|twisted|dislocated|pulled|tore|torn|ruptured|slipped|"
        r"chipped|bruised)\s+(?:a|an|two|three|some|both|my|his|her)\s+(?:ribs?|ligaments?|tendons?|muscles?|"
        r"discs?|vertebrae?|bones?|wrists?|ankles?|hamstrings?|achilles|cartilage|collarbone|cheekbone|kneecap|"
        r"toes?|fingers?|hips?|legs?|arms?|elbows?|shoulders?|knees?|nose|jaw|skull|pelvis|spine|teeth|tooth)\b",
        re.I)),
    # symptoms said as what the body does: "spitting blood", "I keep blacking out"
    ("phi_symptom", re.compile(
        r"\b(?:spitting|coughing|vomiting|throwing up|bringing up|passing|peeing|weeing|pooing)\s+(?:up\s+)?blood\b"
        r"|\b(?:keep|kept|been|started|keeps|I'm|he's|she's)\s+(?:on\s+)?(?:blacking out|passing out|fainting|"
        r"collapsing|having (?:fits|seizures|blackouts|dizzy spells|palpitations))\b", re.I)),
    # a mild illness, only said of a person: "I've got a cold", "she's come down with the flu" (the illness masked)
    ("phi_illness", re.compile(
        r"\b(?:i've got|i have|i've had|i had|i'm down with|i'm full of|(?:he|she|they)'s got|(?:he|she) has|"
        r"came down with|come down with|coming down with|off (?:work|school|sick) with)\s+(?:a |the |some |this )?"
        r"(?:bad |nasty |heavy |horrible |stinking |high )?(?P<d>cold|flu|cough|fever|(?<=a )temperature|"
        r"(?<=high )temperature|chest bug|stomach bug|sickness bug|tummy bug|sore throat|concussion|whiplash|"
        r"kidney stones?|gall ?stones?)\b"
        # the illness ends its phrase: "a cold caller", "cold feet", "the flu jab" are no illness of the caller's
        r"(?=\s*(?:$|[.,!?;]|(?:and|but|so|or|at|since|for|all|again|this|last|from|off|on|in|with|now|today|"
        r"yesterday|right|too|as|i|it|that|which|really|very|coming|going|though|still|bad|badly)\b))", re.I)),
    # suicide and self-harm said as what was tried or thought (distress also reads the turn as heard)
    ("phi_suicide", re.compile(
        r"\b(?:tried to|try to|going to|want to|wanted to|thought about|thinking about|thinking of|attempted to)\s+"
        r"(?:kill(?:ing)? myself|end(?:ing)? (?:it all|my (?:own )?life)|tak(?:e|ing) my (?:own )?life)\b"
        r"|\bsuicid(?:e|al)(?:\s+(?:watch|attempt|thoughts|risk))?\b|\bdark thoughts\b|\boverdos(?:e|ed|ing)\b", re.I)),
    # pregnancy's end and labour
    ("phi_pregnancy", re.compile(
        r"\b(?:lost|losing)\s+(?:the|our|my|a|her)\s+baby\b|\bmiscarr(?:y|ied|iage|iages)\b|\bstill ?(?:birth|born)\b"
        r"|\babortion\b|\b(?:having|had|booked|book|for|need)\s+a\s+termination\b"
        r"|\b(?:my|her) waters (?:broke|have broken|went|have gone)\b|\b(?:went|gone|going) into labou?r\b"
        r"|\b(?:i'm|she's|was|is) in labou?r\b", re.I)),
    # "I had a breakdown" (a person's, not the car's: "breakdown cover", "a breakdown on the motorway")
    ("phi_breakdown", re.compile(
        r"\b(?:nervous|mental|emotional) breakdown\b|\b(?:i|he|she|they|mum|dad) (?:had|has had|'ve had|'s had)\s+"
        r"a breakdown\b(?!\s+(?:cover|on|in|at|truck|service|recovery|of))", re.I)),
    # disability benefits and aids that say what a caller lives with
    ("phi_disability", re.compile(r"\b(?:PIP|DLA|ESA)\b")),     # in capitals only: "a pip in my juice"
    ("phi_disability", re.compile(
        r"\b(?:on|get|getting|claim|claiming|receive|receiving|applied for|apply for)\s+"
        r"(?:pip|dla|esa)\b|\b(?:attendance allowance|personal independence payment|disability living allowance|"
        r"blue badge|carer'?s allowance|motability|special needs|special school|sign language|lip ?read(?:ing)?)\b"
        r"|\b(?:i'm|i am|i've been)\s+(?:a|the|his|her|their)\s+(?:full[- ]time\s+|main\s+)?carer\b", re.I)),
    # pain, bleeding and mobility said of the caller
    ("phi_symptom", re.compile(
        r"\b(?:i'm|i am|i've been|he's|she's|been)\s+in\s+(?:a lot of|so much|constant|terrible|real|severe|chronic)\s+"
        r"pain\b|\bbleeding\s+(?:a lot|heavily|badly|again|non-?stop)\b|\bcan't\s+(?:walk|stand)\s+(?:very\s+)?"
        r"(?:far|long|properly|unaided|without)\b|\bunsteady on (?:my|his|her) feet\b", re.I)),
    # care that names itself
    ("phi_care", re.compile(
        r"\b(?:health visitor|district nurse|community nurse|(?:hospital|clinic|gp|doctor'?s|dentist'?s|"
        r"consultant'?s|outpatients?) appointment|under the (?:hospital|consultant|specialist)|"
        r"alcoholics anonymous|narcotics anonymous|aa meetings?|go to aa|na meetings?)\b"
        # any twelve-step fellowship ("gamblers anonymous", "overeaters anonymous"), not "customers anonymous"
        r"|\b(?!(?:customers|members|users|callers|voters|donors|buyers|sellers|others|answers|winners|reviewers|"
        r"readers|viewers|listeners|workers|employers|employees|players)\b)(?:[a-z]+(?:ers|ics|tors|holics|addicts)|"
        r"cocaine|crystal meth|marijuana|heroin|nicotine|pills|sex|emotions|co-?dependents)\s+anonymous\b"
        r"|\bal-?anon\b|\b(?:ga|ca|oa) meetings?\b", re.I)),
    # stopping smoking with help: "nicotine patches", "the stop smoking clinic"
    ("phi_recovery", re.compile(r"\bnicotine\s+(?:patch(?:es)?|gum|lozenges?|replacement|inhalators?|mouth ?spray|"
                                r"spray|microtabs)\b|\bstop[- ]smoking\s+(?:service|clinic|advis[eo]r|group|nurse|"
                                r"tablets|medication|course)\b", re.I)),
    # a stay or a visit that names care: "I was in hospital for two weeks", "I had to call an ambulance"
    ("phi_hospital", re.compile(
        r"\b(?:i|i've|i'm|he|he's|she|she's|they|they've|we|mum|dad|my (?:wife|husband|son|daughter|mum|dad|partner))\s+"
        r"(?:was|were|am|is|been|have been|has been|ended up|went|got taken|was taken|was rushed|had to go|just came|"
        r"just come|came|come|got|get|got let|was let)\s+(?:back\s+)?(?:in|into|to|out of|home from)\s+(?:the\s+)?"
        r"(?:hospital|a ?& ?e|accident and emergency|the er|emergency room|intensive care|icu|itu|hospice)\b"
        r"|\b(?:discharged from|admitted to|admitted into)\s+(?:the\s+)?(?:hospital|a ?& ?e|intensive care|hospice)\b"
        r"|\b(?:call|called|calling|ring|rang|phone|phoned)\s+(?:for\s+)?an ambulance\b|\bthe ambulance (?:came|took)\b",
        re.I)),
    # the body's state said plainly: "lost a lot of weight", "a weak immune system", "poor eyesight", "on a drip"
    # ("in large print" is a format asked for, not a condition)
    ("phi_state", re.compile(
        r"\blost (?:a lot of|so much|loads of|a stone of) weight\b|\bweak immune system\b|\bimmunocompromised\b"
        r"|\b(?:poor|bad|failing|fading)\s+(?:eyesight|sight|hearing|balance|circulation)\b"
        r"|\bon (?:a drip|a ventilator|life support|a feeding tube)\b"
        r"|\bamput(?:ated|ation|ee)\b|\b(?:i'm|i am|been|she's|he's) shielding\b"
        r"|\b(?:months|weeks|days|a year|not long) (?:left )?to live\b|\bend of life care\b|\bterminally ill\b"
        r"|\b(?:un|not |never been )vaccinated\b", re.I)),
    # sickness absence and pregnancy said in passing
    ("phi_absence", re.compile(
        r"\b(?:off sick|sick note|fit note|signed off sick|on the sick|sick pay|maternity (?:leave|pay)|"
        r"repeat prescriptions?)\b"
        r"|\b(?:i'm|she's|we're|my (?:wife|partner|daughter)'s)\s+due\s+(?:in|on|at the end of|at the start of)\s+"
        r"(?:january|february|march|april|may|june|july|august|september|october|november|december|the spring|"
        r"the summer|the autumn|the winter|a few weeks|two weeks|three weeks|a month)\b", re.I)),
    # care at home and tests on a part: "the carers come in four times a day", "tests on my heart"
    ("phi_care", re.compile(
        rf"\b(?:my|the|his|her|mum's|dad's)\s+carers?\s+(?:come|comes|came|visit|visits|help|helps|pop)\b"
        rf"|\b(?:tests?|scans?|x-?rays?|checks)\s+(?:on|of)\s+{_OWNER}\s+{_PART}\b", re.I)),
    # teeth: "I had a filling", "having my wisdom teeth out", "a root canal"
    ("phi_dental", re.compile(
        r"\b(?:had|have|having|need|needed|needs|getting|got)\s+(?:a|an|two|three|my|his|her)\s+"
        r"(?:fillings?(?=\s*(?:$|[.,!?]|done|out|replaced|fixed|fell|came|at the|in my|last|yesterday))|root canal|"
        r"extraction|dentures?|abscess)\b", re.I)),
    # trying to conceive; time off drink or drugs
    ("phi_fertility", re.compile(r"\btrying (?:for a baby|to get pregnant|to conceive|for another baby)\b", re.I)),
    ("phi_recovery", re.compile(r"\b(?:off|been off|come off|came off|stayed off)\s+(?:the\s+)?"
                                r"(?:drink|booze|alcohol|drugs|gambling|heroin|gear|pills|smack|crack)\b", re.I)),
]

# A therapy by its kind; health.py widens it to what it is for ("physical therapy for a torn rotator cuff")
THERAPY = re.compile(r"\b(?:physical|occupational|speech|speech and language|cognitive behaviou?ral|talking) "
                     r"therap(?:y|ies|ist)\b", re.I)

# "the tablets for my nerves", "an inhaler for his chest", "surgery for her back": what a treatment is for
_TREATED_FOR = re.compile(
    r"\b(?:tablets?|pills?|medication|medicines?|meds|prescriptions?|injections?|inhalers?|creams?|drops|"
    r"treatment|therapy|surgery|an operation|operation|physio|physiotherapy|antibiotics|painkillers|steroids)\s+"
    # a day or a time may come between: "physio on tuesday for my knee"
    r"(?:(?:on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|today|tonight|"
    r"next week|this week|every week|weekly|again|twice a week|once a week)\s+)?"
    rf"for\s+(?:{_OWNER}\s+|the\s+|a\s+|an\s+|his\s+|her\s+)?" + _DETAIL, re.I)


def _treated_for(text: str) -> list[tuple[int, int, str]]:
    out = []
    for m in _TREATED_FOR.finditer(text):
        words = m.group(1).split(" ")
        kept = []
        for w in words:
            if w.lower() in _STOP_WORDS:
                break
            kept.append(w)
        if not kept or kept[0].lower() in _PEOPLE or kept[-1].lower() in _PEOPLE:
            continue
        end = m.start(1) + len(" ".join(kept))
        out.append((m.start(), end, "phi_treated_for"))
    return out


# Stitches, unless the turn is about knitting or sewing: "six stitches", "needed stitches"
_STITCHES = re.compile(rf"\b(?:{_NUMBER}|a few|some|several|loads of|a couple of)\s+stitches\b(?!\s+(?:per|to the|in a row))"
                       r"|\b(?:had|needed|need|needs|got|get|getting|having|put in|took|take out|out)\s+(?:my |his |her |the )?"
                       r"stitches\b", re.I)
_KNITTING = re.compile(r"\b(?:knit\w*|purl|crochet\w*|cast on|yarn|wool|needles?|rows?|pattern|sew\w*|embroider\w*|"
                       r"hem|seams?|quilt\w*|cross[- ]stitch)\b", re.I)


def _short_care(text: str) -> list[tuple[int, int, str]]:
    return [] if _KNITTING.search(text) else [(m.start(), m.end(), "phi_stitches") for m in _STITCHES.finditer(text)]


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, rule) of each health detail a frame names in the turn."""
    return [(m.start("d"), m.end("d"), rule) if "d" in rx.groupindex else (m.start(), m.end(), rule)
            for rule, rx in PATTERNS for m in rx.finditer(text)] + _treated_for(text) + _short_care(text)


# "I'm on listen up for [high blood pressure]": what someone is on (or takes) for a condition found
# elsewhere is its treatment, however ASR spelled it; not "on hold for", "on the phone for"
_ON_FOR = re.compile(r"\b(?:(?:i'm|i am|he's|she's|they're|we're|been|was|is|are|still|now|started|put (?:me|him|her))"
                     r"\s+on|taking|takes|take|took|prescribed)\s+((?:[a-z'-]+\s+){1,4}?)(?:for|or)\s+"
                     r"(?:(?:my|his|her|their|the|a|an)\s+)?$", re.I)
_COUNTS = {"one", "two", "three", "four", "five", "six", "a", "couple", "few", "some", "of", "them", "half", "each"}
_NOT_TAKEN = {"hold", "phone", "line", "call", "way", "site", "app", "website", "list", "holiday", "break", "time",
              "it", "that", "this", "them", "care", "leave"}


def taken_for(text: str, spans) -> list[tuple[int, int, str]]:
    """(start, end, rule) of what is taken for each health span that ends such a clause."""
    out = []
    for span in spans:
        m = _ON_FOR.search(text[:span.start])
        said = {w.lower() for w in m.group(1).split()} if m else set()
        if said and not said & _NOT_TAKEN and not said <= _COUNTS:       # "I take two for my ...": a count
            out.append((m.start(1), m.start(1) + len(m.group(1).rstrip()), "phi_taken_for"))
    return out
