"""Mental health said in short forms, lower case as ASR writes it: a condition's initials after what
someone has with words of degree between ("i've got really bad ocd", "she has quite severe ibs"); a
talking or brain therapy by its initials when had, waited for or given for something ("on a waiting
list for cbt", "having emdr", "dbt for my moods"; a motorbike's "my cbt" or "cbt test" stays); voices
heard as a symptom ("i just get these voices", "the voices tell me ..."). Read by health_stories.spans."""

from __future__ import annotations

import re

# ("me", "add", "pots", "eds" are everyday words in lower case: left to the capitals-only rule)
_INITIALS = r"(?:ocd|ibs|ibd|copd|adhd|ptsd|c-?ptsd|hiv|uti|cfs|pcos|bpd|gad|asd|fnd|gord|gerd|ckd|mnd)"
_HAS = r"(?:got|have|has|had|having|with|suffer(?:s|ing|ed)? (?:from|with)|living with|lives with|diagnosed with)"
_DEGREE = (r"(?:really|quite|pretty|very|so|proper|severe|mild|moderate|bad|awful|terrible|chronic|full[- ]blown|"
           r"diagnosed|undiagnosed|a bit of|a touch of|a lot of|kind of|sort of|bit of|real|serious|my|her|his|their)")
_DEGREE_INITIALS = re.compile(rf"\b{_HAS}\s+(?:{_DEGREE}\s+){{1,3}}(?P<d>{_INITIALS})\b(?![\w-])", re.I)
_THERAPIES = r"(?:cbt|dbt|emdr|ect|iapt|act therapy|cat therapy|rtms|tms)"
_THERAPY = re.compile(rf"\b(?:(?:waiting list|wait list|referral|referred|course|sessions?|block)\s+(?:of|for|to)\s+"
                      rf"(?:some\s+)?{_THERAPIES}|(?:having|had|have|doing|did|started|starting|finished|"
                      rf"getting|get|offered|given|on|trying)\s+(?:(?:me|him|her|us|them|some)\s+){{0,2}}{_THERAPIES}(?!\s+test)|"
                      rf"{_THERAPIES}\s+(?:for|sessions?|therapy|therapist)\b|"
                      # the course as what runs: "until the cbt finishes", "the emdr has helped"
                      rf"\bthe\s+{_THERAPIES}\s+(?:finishes|finished|ends|ended|starts|started|runs|lasts|helps|helped|"
                      r"has helped|is helping|is working|course|is over|wraps up)\b)\b", re.I)

# voices heard as a symptom: "i just get these voices", "he's been hearing the voices again", "voices in my
# head", "the voices tell me ..."; not voices somewhere ("voices in the hall", "voices on the app", "next door")
_VOICES = re.compile(r"\b(?:i|he|she|hes|shes|they|we|you|mum|dad|son|daughter)(?:'s| is| was| has been| have been|'ve been)?\s+"
                     r"(?:(?:just|keep|keeps|still|sometimes|always|often|started|starts|been|kept|can|cannot|can't|cant)\s+)*"
                     r"(?:get|gets|getting|hear|hears|hearing|have|has|having|had)\s+"
                     r"(?:(?:these|the|those|some|bad|strange|nasty|horrible|loud)\s+)*voices\b"
                     r"(?!\s+(?:on|of|from|for|outside|downstairs|upstairs|next door|through|at (?:the|my|our|your)|behind|"
                     r"in the (?!head\b)\w+|in (?:a|an|our|your)\b))|"
                     r"\bvoices\s+in\s+(?:my|his|her|their|your)\s+head\b|"
                     r"\bthe voices\s+(?:tell|told|telling|say|said|saying|came back|come back|are back|started|get)\b",
                     re.I)


def spans(text: str) -> list[tuple[int, int, str]]:
    out = [(m.start("d"), m.end("d"), "phi_initials") for m in _DEGREE_INITIALS.finditer(text)]
    out += [(m.start(), m.end(), "phi_therapy_initials") for m in _THERAPY.finditer(text)]
    out += [(m.start(), m.end(), "phi_voices") for m in _VOICES.finditer(text)]
    return out
