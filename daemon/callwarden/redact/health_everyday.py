"""Health details said in everyday words rather than as a term: an infection by where it is, a body
part that is playing up, a new hip, a lump or a shadow somewhere, a pregnancy said as "expecting",
the menopause as "the change", a jab (abbreviations are health.py's). Each pattern names the detail whole, so the mask covers it.
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
]


def spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, rule) of each everyday health phrase in the turn."""
    return [(m.start(), m.end(), rule) for rule, rx in PATTERNS for m in rx.finditer(text)]
