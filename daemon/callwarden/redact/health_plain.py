"""More health told plainly, beside health_stories.py (which reads these PATTERNS and GATES with its
own): the mouth ("gum disease", "a root filling", "my tooth snapped"), the eyes ("halos round lights"),
what runs in a family ("carries the BRCA gene"), distress said plainly ("can't stop
crying", "don't see the point any more"), and a baby's or a child's care ("not feeding properly",
"teething", "born early", "special care", "on the spectrum"). Each keeps its near misses: "teething
problems" with a system, "born early in the morning", "struggling to cope with the bills".
"""

from __future__ import annotations

import re

OWNER = r"(?:my|his|her|their|our|mum's|mom's|dad's|the baby's|your)"

PATTERNS = [
    # the mouth said plainly
    ("phi_dental_story", re.compile(
        r"\bgum disease\b|\bdeep clean\b(?=[^.]{0,20}\bgums?\b)|\broot fillings?\b|"
        rf"\b{OWNER}\s+(?:front\s+|back\s+|wisdom\s+|bottom\s+|top\s+)?(?:tooth|teeth|crowns?|filling|jaw)\s+(?:snapped|cracked|broke|split|clicks|locks|keeps? "
        r"(?:clicking|locking))\b|\b(?:baby|milk)\s+teeth\s+(?:pulled|out|removed|extracted)\b|"
        r"\bimplants\s+(?:put in|fitted)\b", re.I)),
    # the eyes: light seen wrongly
    ("phi_eye_story", re.compile(r"\bhalos?\s+(?:round|around)\s+(?:the\s+)?lights\b", re.I)),
    # what runs in a family
    ("phi_family_story", re.compile(
        r"(?i:\bbrca ?[12]?\b(?:\s+gene)?|\b(?:carries|carry|carrier of|carrying)\s+the\s+)"
        r"(?:[A-Z0-9]{2,}[A-Za-z0-9]*|(?i:sickle cell|huntington'?s|cystic fibrosis))(?i:\s+gene)\b")),
    # distress said plainly ("struggling to cope with the bills" is about money)
    ("phi_mental_story", re.compile(
        r"\bcan'?t stop crying\b|\b(?:don't|do not|can't|cannot)\s+see\s+the\s+point\s+(?:in\s+(?:anything|living|"
        r"going on|life)|any ?more)\b(?!\s+of\b)|\b(?:get|gets|getting|feel|feeling)\s+(?:really\s+|very\s+|so\s+)?"
        r"(?:anxious|panicky|paranoid)\s+(?:on the phone|around people|in crowds|leaving the house|going out|"
        r"all the time|at night)\b|\bstruggling to cope\b(?!\s+with\s+(?:the|these|this|my|your|all)\s+"
        r"(?:bills?|charges|costs|payments|prices?|calls|admin|paperwork))", re.I)),
    # a baby's or a child's care
    ("phi_child_story", re.compile(
        r"\b(?:not|isn't|wasn't|won't)\s+feeding\s+(?:properly|well)\b|\bteething\b(?!\s+(?:problems?|issues?|"
        r"troubles?|pains? with))|\b(?:a|the)\s+(?:rash|fever|temperature)\s+and\s+(?:a|the)\s+(?:rash|fever|"
        r"temperature|cough)\b|\bborn\s+(?:early|prem|premature|(?:\w+\s+)?weeks early)\b(?!\s+in\b)|"
        r"\bspecial care(?: baby unit)?\b(?!\s+(?:instructions|label|for the))|\bscbu\b|\bnicu\b|"
        r"\bon the spectrum\b", re.I)),
]
GATES = [
    ("gum", "root filling", "tooth", "teeth", "crown", "filling", "jaw", "implants"),
    ("halo",), ("brca", "gene"),
    ("crying", "point", "anxious", "panicky", "paranoid", "cope"),
    ("feeding", "teething", "rash", "fever", "temperature", "born", "special care", "scbu", "nicu", "spectrum"),
]
assert len(GATES) == len(PATTERNS)
