"""Health referred back to by a short everyday word once the call has told it ("my daughter has
seizures" ... "she had another fit"; "i'm on methadone" ... "i pick up my script"; "mum has
dementia" ... "the memory tablets"): alone, "a fit", "my script" or "the scan" need not be health,
but in a call where a health detail was already masked (or in the same turn) they carry it on. Two
shapes: an episode had ("had another fit", "having a bad turn") and a person's care named with a
possessive or "the" and at most one word before it ("my script", "her heart pills", "the scan",
"my levels", "the op", "her condition").
Pure functions; the redactor keeps whether the call has told health yet."""

from __future__ import annotations

import re

# an episode of a condition, when someone has one
_EPISODES = r"(?:fits?|seizures?|turns?|episodes?|attacks?|flare[- ]?ups?|relapses?|spells?|blackouts?|funny turns?)"
_HAD = r"(?:had|has|have|having|get|gets|getting|got|gone into|went into|another)"
_EPISODE = re.compile(rf"\b{_HAD}\s+(?:(?:another|a|one|her|his|my|their|more|two|three|several|few|bad|big|small|"
                      rf"little|funny|nasty|major|minor|proper)\s+){{0,2}}{_EPISODES}\b(?! of)", re.I)
# care that belongs to the person: what they take, pick up, or have done
_CARE = (r"(?:scripts?|prescriptions?|meds|medications?|medicines?|tablets|pills|scans?|ultrasounds?|bloods|"
         r"blood tests?|injections?|jabs?|inhalers?|patch(?:es)?|dressings?|physio|chemo|dialysis|"
         r"infusions?|check[- ]?ups?|follow[- ]?ups?|consultant|specialist|clinic|treatment|therapy|sessions|"
         # what is measured or done for it, and the condition by a general name ("my levels", "the op",
         # "my sugars", "the side effects", "her condition"), not "the results of the vote"
         r"(?:levels|readings|sugars?|results|doses?|dosage|side[- ]effects|ops?|operation|surgery|procedure|"
         r"condition|illness|diagnosis|pump)(?! of\b))")
_OWNER = r"(?:my|her|his|their|your|the|our|mum's|mums|dad's|dads|nan's|gran's)"
# "the new tablets" vs "the memory tablets": any one word may name what the care is for
_CARE_REF = re.compile(rf"\b{_OWNER}\s+(?:[a-z']+\s+)?{_CARE}\b", re.I)
# nouns that make "the tablets"/"the patch" something else: a device, a pitch, software
_NOT_CARE = re.compile(r"\b(?:ipad|apple|samsung|android|screen|software|security|grass|garden|cabbage|nicotine "
                       r"free)\b", re.I)


def referred_back(text: str) -> list[tuple[int, int]]:
    """Spans of episodes and care referred back to, in a call that has told health."""
    out = [(m.start(), m.end()) for m in _EPISODE.finditer(text)]
    out += [(m.start(), m.end()) for m in _CARE_REF.finditer(text) if not _NOT_CARE.search(m.group())]
    return out
