"""Health words used figuratively or about a thing, which are no one's health detail: a bill that nearly
gave someone a heart attack, the stroke of midnight, a fan that sounds like it's wheezing. A health span
inside one of these is dropped; the same words said of a person stay masked.
"""

from __future__ import annotations

import re
from typing import TypeVar

_ACUTE = r"(?:heart attack|coronary|stroke|seizure|fit|cardiac arrest|nervous breakdown|breakdown)"
# a reaction, not an event: "nearly had a heart attack when I saw the bill", "you nearly gave me a stroke"
_HYPERBOLE = [
    re.compile(r"\b(?:i|we)\s+(?:nearly|almost|practically|just about|very nearly)\s+had\s+a\s+" + _ACUTE
               + r"\s+(?:when|at|over|seeing|reading|looking|opening|after seeing|after reading)\b", re.I),
    re.compile(r"\b(?:i'?ll|i will|i'?m going to|i'?m gonna|i'?d)\s+(?:have|need)\s+a\s+" + _ACUTE
               + r"\s+(?:if|when|at|over)\b", re.I),
    re.compile(r"\b(?:you|it|that|this|the (?:bill|price|cost|letter|charge|invoice|total))\s+"
               r"(?:nearly\s+|almost\s+|(?:'?ll|will)\s+)?(?:gave|give|gives|giving)\s+me\s+a\s+" + _ACUTE + r"\b",
               re.I),
]
# "stroke" for a moment, a blow or a swimmer's style
_STROKE = re.compile(r"\bstroke of (?:midnight|noon|luck|genius|brilliance|the pen|a pen|the clock|one|two|three|four|"
                     r"five|six|seven|eight|nine|ten|eleven|twelve)\b|\b(?:at|in) (?:a|one) stroke\b|"
                     r"\b(?:key|brush|pen|back|breast|master)\s?strokes?\b", re.I)
# a machine's noise said as a symptom: the subject is "it" or a thing, not a person
_THINGS = (r"fan|router|box|engine|car|boiler|printer|laptop|computer|modem|hub|fridge|freezer|phone|tv|telly|"
           r"washing machine|dishwasher|hoover|van|line|speaker|heater|radiator|pipes?|machine|"
           r"website|site|app|system|network|signal|wifi|internet|broadband|connection|server|business|shop|"
           r"company|high street|service|battery")
# "on life support": a machine kept going, said as a patient
_SYMPTOMS = (r"(?:wheezing|coughing|spluttering|sneezing|groaning|dying|convulsing|having a (?:fit|seizure)|"
             r"on life support|on its last legs)")
_MACHINE = re.compile(r"\b(?:it|(?:the|my|our|your|this|that) (?:(?:old|ancient|new|little|poor|stupid|bloody|"
                      r"useless|knackered|second[- ]hand|work|kitchen|office|home) )?(?:" + _THINGS + r"))"
                      r"(?:'s|\s+is|\s+was|\s+keeps|\s+started|"
                      r"\s+sounds like it'?s|\s+sounds like it is)\s+(?:been\s+|still\s+|always\s+|just\s+)?"
                      + _SYMPTOMS + r"\b|\blike (?:it'?s|it is)\s+" + _SYMPTOMS + r"\b|"
                      # lower-case ASR writes "it's" as "its": "its on life support", "its wheezing again"
                      r"\bits\s+(?:been\s+|still\s+|always\s+|just\s+|properly\s+)?" + _SYMPTOMS + r"\b", re.I)
# "allergic to contracts", "allergic to paying fees": a dislike said as an allergy, of a thing or a doing no
# body reacts to (foods, drugs, animals, pollen and the like stay: "allergic to nuts", "allergic to cats")
_NOT_ALLERGENS = (r"(?:hard\s+)?work|contracts?|commitments?|paperwork|admin|forms|queues|meetings|mornings|mondays|"
                  r"rules|change|debt|bills|fees|charges|subscriptions|small print|overtime|deadlines|jargon|"
                  r"salesm[ae]n|sales ?people|sales calls|cold callers|marketing|spam|decisions|responsibility|"
                  r"housework|chores|effort|technology|tech|maths|numbers|paying|spending|waiting|queuing|queueing|"
                  r"(?:being|doing|getting|going|signing|filling|reading|talking|making|having|cleaning|tidying|"
                  r"answering|phoning|calling|tying)\b(?:\s+\w+){0,2}")
_DISLIKE = re.compile(r"\ballergic to (?:(?:all|any|the|anything|most|long|hidden|extra)\s+){0,2}(?:" + _NOT_ALLERGENS + r")\b",
                      re.I)

# The heart, the neck and the eyes in everyday English: feelings, nuisances and attention, no organ ("it
# broke my heart", "my heart's not in it", "a pain in the neck", "my eyes are glued to the screen")
_IDIOM = re.compile(r"\b(?:broke|breaks|break|breaking|warms|warmed)\s+(?:my|his|her|our|their|your)\s+heart\b|"
                    r"\b(?:my|his|her|our|their|your)\s+heart(?:'s|\s+is|\s+was|\s+isn'?t|\s+wasn'?t)?\s+"
                    r"(?:not\s+in\s+it|goes\s+out|went\s+out|sank|sinks|in\s+(?:my|his|her|our|their|your)\s+mouth|"
                    r"set\s+on|was\s+set\s+on|isn'?t\s+in\s+it|wasn'?t\s+in\s+it)\b|"
                    r"\bbless\s+(?:my|his|her|their|your)\s+heart\b|"
                    r"\b(?:a\s+)?pain\s+in\s+(?:the|my|his|her|your)\s+(?:neck|backside|arse|ass|bum|butt)\b|"
                    r"\b(?:is|was|runs|run|'s)\s+in\s+(?:my|his|her|our|their|your|the)\s+blood\b|"
                    # the eyes: attention and ease, not sight
                    r"\b(?:my|his|her|our|their|your)\s+eyes(?:'re|\s+are|\s+were|\s+was)?\s+glued\s+to\b|"
                    r"\bwith\s+(?:my|his|her|our|their|your)\s+eyes\s+(?:closed|shut)\b|"
                    r"\b(?:my|his|her|our|their|your)\s+eyes\s+(?:are|were)\s+bigger\s+than\b", re.I)

# A care title said as the caller's or a relative's job ("I'm a physiotherapist", "my wife works as a
# midwife", "I trained as a counsellor"): their work, not anyone's care. Not "she's a ..." of someone
# unnamed (the caller's own clinician), nor "a physio patient".
_CARE_JOBS = (r"physiotherapist|physio|therapist|psychotherapist|counsell?or|midwife|psychiatrist|psychologist|"
              r"oncologist|cardiologist|neurologist|rheumatologist|urologist|gyn(?:a)?ecologist|ha?ematologist|"
              r"(?:occupational|speech|sports|massage|dental|art|music|drama) therapist|paramedic|radiographer|"
              # paid care: "I'm a carer so I drive between clients" (a relative's carer stays: "a carer for my mum")
              r"carer|care worker|care assistant|support worker|(?:staff |dental |district |practice )?nurse|"
              r"health visitor")
_JOB = re.compile(r"\b(?:i'?m|im|i am|i work as|i worked as|i trained as|i'?m training as|i'?m training to be|i used to be|"
                  r"i was|(?:my|our) (?:wife|husband|partner|son|daughter|mum|mam|mom|dad|brother|sister|friend|"
                  r"flatmate|boss)(?:'s|s| is| was| works as)|works as|job as|working as)\s+(?:a|an)\s+"
                  r"(?:(?:qualified|trainee|student|registered|self[- ]employed|mobile|private|retired|locum|senior|"
                  r"junior|community|freelance|nhs|agency|home|live[- ]in|night)\s+){0,2}(?:" + _CARE_JOBS + r")\b"
                  r"(?!\s+(?:(?:patient|client|appointment|session|referral)s?\b|for\s+(?:my|his|her|their|our|me|him|"
                  r"them|mum|mam|mom|dad|nan|gran)\b))", re.I)
# The agent asks what the caller does for a living: a care title that opens the answer is the job
# ("occupation?" ... "midwife, community based").
OCCUPATION = "occupation"
_ASKS_OCCUPATION = re.compile(r"\b(?:occupation|profession|job title|line of work|what do you do(?: for (?:a living|work))?"
                              r"(?=\s*\?)|what(?:'s| is) your job|what (?:work|job) do you do|employment status)\b", re.I)
_JOB_ANSWER = re.compile(r"^\W*(?:(?:um|uh|er|erm|oh|well|so|i'?m|im|i am|it'?s|its|a|an|qualified|trainee|"
                         r"registered|community|agency|senior|junior|retired|self[- ]employed)\W+){0,3}(?:"
                         + _CARE_JOBS + r")\b(?!\s+for\b)", re.I)


def asks_occupation(agent_text: str) -> bool:
    return _ASKS_OCCUPATION.search(agent_text) is not None


def job_answer(text: str, spans: list[S]) -> list[S]:
    """The spans left once a care title that opens an answer to "what's your occupation?" is kept."""
    m = _JOB_ANSWER.match(text)
    return spans if not m else [sp for sp in spans if not (sp.start < m.end() and sp.end > m.start())]

S = TypeVar("S")


def literal(text: str, spans: list[S]) -> list[S]:
    """The spans that are not inside a figurative or a thing's use of a health word."""
    figures = [(m.start(), m.end()) for rx in (*_HYPERBOLE, _STROKE, _MACHINE, _DISLIKE, _JOB, _IDIOM) for m in rx.finditer(text)]
    if not figures:
        return spans
    return [sp for sp in spans if not any(a <= sp.start and sp.end <= b for a, b in figures)]
