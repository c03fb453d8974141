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
         # a medicine by its form: "the spray", "her preventer", "my eye drops"
         r"sprays?|preventer|reliever|puffer|nebuli[sz]er|drops|creams?|ointment|capsules|pessaries|sachets|"
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


# what the condition shows, named again with a determiner: "the rash", "it's a flare", "the swelling"
# ("what a pain", "a pain in the neck" are a nuisance, not a symptom)
_SIGN = re.compile(r"\b(?:the|a|this|that|another|my|his|her|their)\s+(?:(?:bad|nasty|new|big|small|red|itchy|"
                   r"latest)\s+)?(?:rash(?:es)?|flares?|flare[- ]ups?|swelling|lumps?|itching|bleeding|infection|"
                   r"symptoms|tremors?|shakes|breathlessness|wound|sores?|blisters?|ulcers?|discharge|"
                   r"(?<!a )(?<!a bad )pain)\b(?!\s+(?:thing|things|phone|car|app|website|door|computer|machine|bus|"
                   r"train|parcel|courier|kids?|dog|cat|line|system|hell|queue|form|website))|\bflar(?:ed|ing|es) up\b", re.I)
# a body part said to be in a bad state: "the big toe's still swollen", "his chest is no better"
_PARTS = (r"(?:toes?|foot|feet|knees?|hips?|back|chest|arms?|legs?|hands?|fingers?|ankles?|wrists?|eyes?|ears?|"
          r"skin|stomach|tummy|head|throat|neck|shoulders?|liver|kidneys?|heart|lungs?|joints?|gums?|teeth|tooth)")
_PART_STATE = re.compile(rf"\b(?:the|my|his|her|their)\s+(?:[a-z]+\s+)?{_PARTS}(?:'s|\s+is|\s+are|\s+was|\s+were|"
                         r"\s+has been|\s+have been|'s been)\s+(?:still\s+|really\s+|very\s+|so\s+|a bit\s+|"
                         r"all\s+)?(?:swollen|sore|painful|bad|red|hot|numb|stiff|weak|bleeding|infected|throbbing|"
                         r"aching|killing (?:me|him|her)|playing up|worse|no better|not great|in a bad way)\b", re.I)
# what is measured of the condition ("the viral load", "his cd4 count"), and a medicine known by its
# colour ("the brown one", "the blue ones": inhalers, pills)
_MEASURE = re.compile(r"\b(?:viral load|cd4(?: count)?|t[- ]cell count|tumou?r markers|inr|hba1c|blood count|"
                      r"white (?:cell )?count|platelets?)\b"
                      r"|\bthe\s+(?:blue|brown|purple|red|green|orange|pink|white|yellow|grey|gray|beige)\s+ones?\b",
                      re.I)
# a substance of addiction named in a call that has told health: "alcohol, if I'm honest, my liver's ..."
_SUBSTANCE = re.compile(r"\b(?:alcohol|booze|gambling|heroin|cocaine|cannabis|opiates|painkillers)\b"
                        r"(?![- ](?:free|gel|wipes?|hand|rub|content|licen[cs]e|sales?|aisle|ads?))", re.I)


def referred_back(text: str) -> list[tuple[int, int]]:
    """Spans of episodes and care referred back to, in a call that has told health."""
    out = [(m.start(), m.end()) for rx in (_EPISODE, _SIGN, _PART_STATE, _MEASURE, _SUBSTANCE) for m in rx.finditer(text)]
    out += [(m.start(), m.end()) for m in _CARE_REF.finditer(text) if not _NOT_CARE.search(m.group())]
    return out


# The agent asks which medicine ("which inhaler?", "what prescription is it?"): the answer's uncommon
# words are its name, whatever ASR made of a brand no list has ("the purple one, <brand>").
MEDICINE = "medicine"
_ASKS_MEDICINE = re.compile(r"\b(?:which|what)\s+(?:(?:kind of|sort of|type of|strength|one of the|of the)\s+)?"
                            r"(?:[a-z]+\s+)?(?:inhalers?|medications?|medicines?|meds|tablets|pills|prescriptions?|"
                            r"drugs?|creams?|injections?|patch(?:es)?|antibiotics|painkillers)\b"
                            r"(?!\s*(?:store|stores|shop|shops|dispenser|box|organi[sz]er|cabinet))", re.I)
_WORD = re.compile(r"[a-z][a-z'-]{4,}", re.I)


def asks_medicine(agent_text: str) -> bool:
    return _ASKS_MEDICINE.search(agent_text) is not None


def named_medicines(text: str, common: set[str]) -> list[tuple[int, int]]:
    """Spans of the words of an answer to "which medicine?" that are no everyday word."""
    return uncommon_words(text, lambda w: w.lower().replace("'", "") in common or w.lower() in common)


def uncommon_words(text: str, everyday) -> list[tuple[int, int]]:
    """Spans of the words no everyday English knows (`everyday(word)` says), in a call that has told
    health: fail closed on what the lists cannot name (a brand, a misheard drug, a clinic's name)."""
    return [(m.start(), m.end()) for m in _WORD.finditer(text) if not everyday(m.group())]
