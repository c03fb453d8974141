"""Health details in caller speech: an open vocabulary with fuzzy matching, plus context phrases.

The vocabulary is the project's own short list (always masked) and two packaged
dictionaries (drugs with their brand names; MeSH conditions), pinned by sha256
in models/manifest.toml. A packaged term that is an everyday English word
(one token with a leading space in Whisper's own vocabulary: "focus", "plan")
is dropped, so a drug brand named after a common word does not mask it.
ASR misspellings ("lisinipril", "metforman") are matched within an edit
distance of 1 (2 for words of 9 letters or more) against the uncommon terms.
A mask covers the whole phrase: the organ before a condition ("breast
cancer"), what follows a drug ("for high blood pressure"), the object of
"diagnosed with", "I'm on", "I take".
"""

from __future__ import annotations

import bz2
import json
import pickle
import re
import sys
import threading
from dataclasses import dataclass

from callwarden.redact import lexicon as lx
from callwarden.redact import health_coined, health_everyday, health_figurative, health_frames, health_stories, soundalike
from callwarden.redact.spoken import TEENS, TENS, UNITS, Token

BODY_WORDS = {"breast", "lung", "lungs", "prostate", "colon", "colorectal", "skin", "brain", "bone", "liver",
              "kidney", "kidneys", "heart", "ovarian", "cervical", "pancreatic", "thyroid", "knee", "hip",
              "shoulder", "back", "spine", "spinal", "bladder", "bowel", "stomach", "throat", "blood", "eye",
              "eyes", "ear", "ears", "chest", "ankle", "wrist", "gallbladder", "appendix", "uterine", "testicular",
              "chronic", "acute", "severe", "mild", "early", "terminal", "metastatic", "stage", "type",
              "sugar", "cholesterol", "cardiac", "mental", "sexual", "hernia", "cataract", "dental", "tooth",
              "teeth", "wisdom", "root", "canal", "fertility", "ivf", "hormone", "insulin", "cancer", "head", "neck",
              "brain", "nerve", "nerves", "pelvis", "womb", "ovaries", "leg", "legs", "arm", "arms",
              "triple", "quadruple", "gastric", "coronary", "vascular", "rheumatoid", "postnatal",
              "bipolar", "clinical"}
PROCEDURE_WORDS = {"surgery", "op", "replacement", "transplant", "biopsy", "mri", "scan", "x-ray", "xray",
                   "colonoscopy", "mammogram", "chemo", "chemotherapy", "radiation", "dialysis", "therapy",
                   "physiotherapy", "ultrasound", "ecg", "ekg", "test", "tests", "results", "levels", "operation",
                   "removal", "repair", "bypass", "stent", "injection", "injections", "infusion", "treatment",
                   "disease", "infection", "cancer", "failure", "stones", "condition", "medication",
                   "medications", "meds", "pills", "tablets", "prescription", "refill", "attack", "disorder",
                   "syndrome", "pressure", "procedure", "appointment", "screening", "clinic", "specialist",
                   "injury", "injuries", "damage", "assessment", "clot", "clots"}
# "CT scan", "blood test", "HIV test": a test of a kind is a health detail.
TEST_KINDS = {"ct", "cat", "pet", "mri", "dexa", "hiv", "std", "sti", "covid", "pregnancy", "blood", "urine", "stress",
              "sleep", "allergy", "glucose", "cholesterol", "thyroid", "biopsy", "pap", "psa", "a1c", "liver",
              "kidney", "lung", "hearing", "eye", "vision", "bone", "genetic", "dna", "drug", "x"}
TEST_WORDS = {"scan", "scans", "test", "tests", "results", "screening", "panel", "levels", "work", "count"}
# Procedure words that make a health phrase even after an everyday word ("knee replacement").
STRONG_PROCEDURES = PROCEDURE_WORDS - {"test", "tests", "results", "levels", "appointment", "clinic",
                                       "condition", "repair", "removal", "treatment", "therapy", "pressure", "damage", "assessment",
                                       "failure", "operation", "screening", "specialist", "procedure"}
INHERENT_PROCEDURES = {"colonoscopy", "mammogram", "chemotherapy", "chemo", "dialysis", "biopsy", "mri",
                       "ultrasound", "physiotherapy", "ecg", "ekg", "transplant", "stent", "endoscopy", "angioplasty",
                       "radiotherapy", "ivf", "pacemaker", "defibrillator", "catheter", "insulin", "inhaler",
                       "epipen", "rehab", "detox", "methadone", "suboxone", "antidepressants", "antibiotics",
                       "cpap", "nebuliser", "nebulizer", "stoma", "colostomy", "smear", "psychiatrist", "psychologist",
                       "oncologist", "cardiologist", "neurologist", "rheumatologist", "urologist", "gynaecologist",
                       "gynecologist", "haematologist", "hematologist", "sectioned", "hospice", "palliative",
                       # care and aids that say what someone lives with
                       "counsellor", "counselor", "therapist", "psychotherapist", "physio", "physiotherapist",
                       "midwife", "wheelchair", "crutches", "ventilator", "menopause", "perimenopause",
                       "caesarean", "cesarean", "c-section", "hrt"}
PROCEDURE_SUFFIXES = ("ectomy", "oscopy", "otomy", "ostomy", "plasty", "ography", "ogram", "therapy", "centesis")
# Heads that make a term of everyday words a condition ("hay fever", "tennis elbow", "cold sores"), and
# heads callers leave off ("sickle cell disease" said "sickle cell").
CONDITION_HEADS = {"fever", "elbow", "ear", "sores", "throat", "pox", "flu", "foot", "rash", "knee", "poisoning",
                   "palsy", "syndrome", "disease", "disorder"}
GENERIC_HEADS = {"syndrome", "disease", "disorder", "anemia", "anaemia"}
# Word endings of medicine (not of the surnames in eponyms: "Whitmore disease", "Cushing syndrome").
MEDICAL_SUFFIXES = ("itis", "osis", "emia", "aemia", "oma", "pathy", "ectomy", "otomy", "ostomy", "plasty", "algia",
                    "trophy", "plegia", "ation", "ism", "iasis", "uria", "penia", "rrhea", "rrhoea", "lepsy",
                    "phobia", "ectasis", "ial", "ular", "itic", "otic", "emic", "ysis", "oid", "ocele", "ectasia")
STOP = {"and", "but", "so", "because", "since", "i", "i'm", "im", "it", "it's", "that", "which", "who", "please",
        "thanks", "thank", "now", "again", "today", "yesterday", "anymore", "though", "too", "also", "to", "is",
        "was", "are", "were", "the", "a", "an", "my", "his", "her", "their", "our", "your", "some", "any",
        "this", "these", "those", "can", "could", "would", "will", "need", "want", "with", "at", "in", "on",
        "of", "or", "if", "when", "then", "well", "um", "uh", "like", "just", "really", "very", "still",
        "every", "last", "next", "twice", "once", "daily", "ran", "out", "ago", "year", "years", "week", "weeks",
        "month", "months", "morning", "evening", "night", "for", "from", "after", "before", "about", "right"}
_OWNERS = {"my", "your", "his", "her", "our", "their", "the", "this", "that"}
_MEDICINE_CUES = {"take", "takes", "taking", "took", "on", "prescribed", "prescription", "pharmacy", "refill", "dose",
                  "medication", "meds", "tablets", "pills", "mg", "milligrams", "chemist", "pharmacist"}
# "I'm on X" (someone is on a medicine), "diagnosed with X": the object is a health detail whatever it is.
_ON_IT = {"i'm", "im", "am", "he's", "she's", "they're", "been", "still", "started", "me", "was", "now"}
_ALWAYS = re.compile(r"\b(?:diagnos\w* (?:with|as)|suffer(?:s|ing|ed)? (?:from|with)|treated for|"
                     r"prescrib\w*(?: me)?|prescription for|being treated with|recovering from|"
                     r"tested positive for|my doctor (?:put|has) me on|"
                     # what a clinician thinks it is: "the doctor thinks it might be shingles"
                     r"(?:doctor|gp|consultant|nurse|specialist|surgeon|paramedic)s? (?:thinks?|thought|says?|said|"
                     r"reckons?|suspects?|believes?) (?:that )?(?:it'?s|it is|it might be|it could be|it may be|it was|"
                     r"i'?ve got|i have|i might have|i may have|(?:he|she)'?s got|(?:he|she) has|(?:he|she) might have)|"
                     r"(?:had|have|having|getting|scheduled for|booked for|need) (?:a|an|my|the|any|some|her|his) "
                     r"(?=(?:" + "|".join(sorted(BODY_WORDS | TEST_KINDS)) + r") (?:"
                     + "|".join(sorted(STRONG_PROCEDURES | TEST_WORDS)) + r")\b)|"
                     # "I had any replacement": the organ lost to ASR, the procedure heard
                     r"(?:had|have|has|having|getting|need|needs|scheduled for|booked (?:in )?for|recovering from)"
                     r"\s+(?:\w+\s+){0,2}?"
                     r"(?=(?:transplant|surgery|operation|biopsy|bypass|amputation|replacement|removal|"
                     r"reconstruction|fusion|graft)\b))\s*", re.I)
# "I'm on X", "I take X": a health detail only when X is a drug or an uncommon word.
_IF_UNCOMMON = re.compile(r"\b(?:i'?m on|i am on|i take|i'?m taking|i am taking|taking|takes|took|started on|"
                          r"(?:he|she)'?s on|(?:he|she) is on|they'?re on|they are on|"
                          r"switched to|allergic to|on a course of)\s+", re.I)
MAX_OBJECT_WORDS = 4
MAX_SPLIT = 4           # words a misheard term may be split into
# Conditions said as what someone is ("I'm autistic", "she's deaf in one ear"), abbreviations as ASR
# writes them ("a UTI", "my wife has MS") and injuries ("he broke his wrist").
_CONDITION_ADJECTIVES = ("autistic|deaf|blind|dyslexic|dyspraxic|epileptic|asthmatic|anorexic|bulimic|schizophrenic|"
                         "arthritic|anaemic|anemic|paraplegic|quadriplegic|tetraplegic|paralysed|paralyzed|disabled|"
                         "diabetic|immunocompromised|housebound|bedbound|bed-bound|terminally ill|hiv positive|"
                         "in remission|hard of hearing|partially sighted|visually impaired|hearing impaired|suicidal|"
                         "depressed|bipolar|infertile|incontinent|pregnant|an alcoholic|alcoholic|an addict|addicted to [a-z]+|sober")
_IS_CONDITION = re.compile(r"\b(?:i'?m|i am|he'?s|she'?s|he is|she is|they'?re|they are|we'?re|is|was|been|being|am)"
                           r" (?:now |still |also |quite |very |severely |partially |totally |completely |legally |a recovering |recovering |"
                           r"profoundly |registered )?((?:" + _CONDITION_ADJECTIVES + r")"
                           r"(?: in (?:one|both|my|his|her|the"
                           r"|left|right) (?:left |right )?(?:ears?|eyes?))?)\b", re.I)
_ABBREVIATIONS = (r"UTI|UTIs|IBS|IBD|COPD|ADHD|PTSD|OCD|HIV|AIDS|STI|STIs|STD|STDs|MS|CFS|MND|"
                  r"CKD|GERD|DVT|MRSA|BPD|AFib|TIA|TIAs|PCOS|GORD|M\.E\.")
_ABBREVIATED = re.compile(r"\b(?:" + _ABBREVIATIONS + r")(?!\w)")
# written in lower case ("i had a tia", "I have ocd"): only after what someone has ("aids", "ms" are everyday)
_ABBREVIATED_LOWER = re.compile(r"\b(?:a|an|had|has|have|got|with)\s+("
                                + _ABBREVIATIONS.replace("AIDS|", "").replace("|MS|", "|") + r")(?!\w)", re.I)
_TREATED_BY = re.compile(r"\b(?:blood pressure|heart|diabetes|diabetic|thyroid|cholesterol|water|sleeping|pain|anxiety|"
                         r"depression|epilepsy|seizure|asthma|hiv|cancer|mental health|psychiatric|hormone|fertility|"
                         r"blood thinning|blood thinners?|antidepressant|antipsychotic|steroid|chemo)"
                         r" (?:tablets|pills|medication|medications|meds|medicine|injections?|jabs?|prescriptions?|"
                         r"drugs|patches|inhaler|treatment)\b", re.I)
_INJURY = re.compile(r"\b(?:broke|broken|breaking|fractured|fracture|sprained|sprain|dislocated|tore|torn|twisted|"
                     r"injured|shattered|snapped|pulled)\s+(?:(?:my|his|her|their|your|a|the|both)\s+)?"
                     r"(?:left\s+|right\s+)?"
                     r"(?:wrists?|arms?|legs?|ankles?|hips?|knees?|collarbones?|collar bone|ribs?|shoulders?|necks?|"
                     r"fingers?|toes?|feet|foot|hands?|elbows?|nose|jaw|pelvis|skull|spine|back|hamstrings?|achilles|"
                     r"ligaments?|acl|cruciate|tendons?|muscles?|cartilage|meniscus|rotator cuffs?)\b", re.I)
# "30 weeks along", "twelve weeks pregnant": a pregnancy by its count
_WEEKS_ALONG = re.compile(r"\b(?:\d{1,2}|[a-z]+(?:[ -][a-z]+)?) weeks? (?:along|pregnant|gone)\b", re.I)
# "signed off with stress", "off sick with my nerves": what a sick note says is a health detail
_SIGNED_OFF = re.compile(r"\b(?:signed off|off sick|off work)(?: sick)? (?:with|for|because of) ((?:my |the |a |an )?"
                         r"[a-z]+(?: [a-z]+)?)\b", re.I)
_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "first", "second", "third"}
_TAKEN_BEFORE = re.compile(r"\b(?:take|takes|taking|took|i'?m on|prescribed|prescription for|started on|switched to)"
                           r"\s+(?:some |my )?$", re.I)
_REMOVED = re.compile(r"\b(?:had|have|having|getting|get|got|needs?|need to have) (?:my|his|her|their|our) "
                      r"((?:left |right |two |both )?(?:gall |wisdom |lymph |tear |sweat )?[a-z]+) "
                      r"(?:out|removed|taken out|drained|replaced|amputated)\b", re.I)
# A body part said with what is wrong with it ("a slipped disc", "a trapped nerve", "an enlarged prostate"):
# neither word is a diagnosis alone, the pair is.
_DAMAGED_PART = re.compile(r"\b(?:slipped|trapped|pinched|frozen|herniated|prolapsed|collapsed|blocked|clogged|"
                           r"enlarged|swollen|inflamed|infected|perforated|ruptured|burst|leaky|leaking|irregular|"
                           r"damaged|detached|torn|bulging|weak|underactive|overactive|lazy)\s+"
                           r"(?:discs?|nerves?|shoulders?|lungs?|arter(?:y|ies)|prostate|glands?|bowels?|appendix|"
                           r"ear ?drums?|heart(?:beat)?|heart valves?|thyroid|bladder|kidneys?|liver|retina|"
                           r"spleen|veins?|cornea|eyes?|colon|womb|cervix|pancreas|gall ?bladder|ligaments?|cartilage|"
                           r"tendons?|knee|hip)\b", re.I)
# A test result said as a level ("it showed low iron", "my potassium was high"): the result is the detail.
_MEASURES = (r"iron|potassium|sodium|calcium|magnesium|platelets?|blood sugars?|sugars?|glucose|cholesterol|"
             r"blood pressure|b ?12|vitamin [a-z0-9]+|haemoglobin|hemoglobin|white (?:blood )?cells?(?: count)?|"
             r"red (?:blood )?cells?(?: count)?|blood count|oxygen(?: levels?)?|heart rate|thyroid(?: levels?)?|"
             r"testosterone|oestrogen|estrogen|psa|a1c|liver function|kidney function|white count|"
             r"blood cell count")
# Said after what a test showed or what someone has, not as a product ("a low sugar squash").
_RESULT = re.compile(r"\b(?:(?:show(?:s|ed|ing)?|found|got|have|has|had|with|run|running|suffer from|"
                     r"because of|due to)\s+(?:a\s+|very\s+|really\s+|quite\s+|slightly\s+)?"
                     r"(?P<level>(?:low|high|raised|elevated|abnormal|dangerously low|dangerously high|borderline)\s+"
                     r"(?:levels? of\s+)?(?:" + _MEASURES + r")(?:\s+levels?)?)|(?P<said>(?:my|his|her|their|the)\s+(?:"
                     + _MEASURES + r")(?:\s+levels?)?(?:'s|\s+is|\s+was|\s+were|\s+are|\s+came back|\s+came out|\s+has been|"
                     r"\s+had been|'s been|\s+keeps?(?: going| being)?)\s+(?:a bit |very |really |quite |too |dangerously |"
                     r"slightly |way )?(?:low|high|raised|elevated|abnormal|positive|off|all over the place|"
                     r"through the roof|sky high|up and down|unstable|dropping|spiking|going up|going down)))\b", re.I)
# An organ or faculty with something wrong: "a heart condition", "kidney trouble", "memory problems".
_ORGAN_TROUBLE = re.compile(r"\b(?:heart|lung|lungs|kidney|kidneys|liver|bladder|bowel|skin|thyroid|prostate|"
                            r"stomach|chest|breathing|memory|mobility|hearing|eyesight|balance|mental health|"
                            r"joint|heart rhythm|blood)\s+(?:condition|conditions|problems?|issues?|trouble|complaint|"
                            r"clots?)\b", re.I)
# What one cannot eat or bear, with the thing named: "a wheat intolerance", "allergic to nuts".
_INTOLERANCE = re.compile(r"\b(?:(?!(?:a|an|the|my|his|her|their|no|any|some|an?y|bad|severe|mild)\b)[a-z]+\s+)?"
                          r"(?:intoleran(?:ce|ces|t)|allerg(?:y|ies))\b|\ballergic to\s+(?:(?:all|any|most)\s+)?"
                          r"[a-z]+(?:\s+(?:and|or)\s+[a-z]+)?", re.I)
# Organs a removal names; any other object must be an uncommon word ("had my card out" is no operation).
_ORGANS = {"gallbladder", "gall bladder", "appendix", "tonsils", "adenoids", "womb", "uterus", "ovaries", "ovary",
           "kidney", "spleen", "thyroid", "prostate", "breast", "breasts", "bladder", "bowel", "colon", "lung",
           "wisdom teeth", "teeth", "tooth", "cyst", "mole", "lump", "polyps", "cataract", "cataracts", "stitches",
           "catheter", "stent", "lymph nodes", "leg", "foot", "toe", "toes", "fingers", "finger", "eye", "hip", "knee",
           "knees", "hips", "tubes", "testicle", "cervix", "adenoid", "gall stones", "gallstones", "fluid"}
# Conditions and care said in everyday words rather than as a term.
_EVERYDAY = re.compile(r"\b(?:mental health(?: problems| issues| crisis| condition)?|on the pill|on oxygen|"
                       r"(?:on )?the autis\w* spectrum|(?:nerves|my nerves|his nerves|her nerves) (?:are|were) bad|"
                       r"(?:[a-z]+ )?(?:years?|months?|weeks?|days?) sober|"
                       r"(?:found |a |the )?lumps? (?:in|on) (?:my|his|her|their|the) [a-z]+|"
                       r"(?:under|over)[ -]?active (?:thyroid|bladder))\b", re.I)
_DURATION = {"week", "weeks", "month", "months", "year", "years", "day", "days", "while", "now", "ages", "life",
             "long", "rest", "good", "ever", "years'"}
# The head nouns whose qualifier says which condition it is: "a peanut allergy", "gluten intolerance".
_QUALIFIED_HEADS = {"allergy", "allergies", "intolerance", "intolerances", "infection", "infections", "deficiency",
                    "disease", "disorder", "sensitivity", "poisoning", "cancer", "fever", "virus"}


@dataclass(frozen=True, slots=True)
class HealthSpan:
    start: int
    end: int
    rule: str


def _deletes(word: str) -> set[str]:
    return {word[:i] + word[i + 1:] for i in range(len(word))}


class HealthVocabulary:
    """Terms by first word (multi-word terms), single uncommon words, and a deletion index."""

    def __init__(self, terms: list[str], common: set[str], always: list[str]) -> None:
        self.common = common
        self.single: set[str] = set()
        self.phrases: set[str] = set()       # multi-word terms, words joined by one space
        self.first_words: set[str] = set()
        self.longest = 1
        # deletion index for fuzzy matching: one string per key, a tuple where several share it
        # (sets per key cost about 100 MB for the packaged vocabulary)
        self.index: dict[str, str | tuple[str, ...]] = {}
        # long words by their first four and last three letters: misspellings two edits away inside
        # a word ("fibrolation"); one edit anywhere is the deletion index's
        self.by_ends: dict[tuple[str, str], list[str]] = {}
        for term in always:
            self._add(term, fuzzy=len(term) >= 6 and " " not in term)
        for term in terms:
            words = tuple(re.findall(r"[a-z0-9']+", term.lower()))
            if not words or len(words) > 5 or any(len(w) < 2 for w in words):
                continue
            if len(words) == 1:
                w = words[0]
                if len(w) >= 5 and w.isalpha() and w not in common:
                    self._add(w, fuzzy=len(w) >= 6)
            elif any(w not in common for w in words if w.isalpha()) or words[-1] in PROCEDURE_WORDS \
                    or words[-1] in CONDITION_HEADS:
                self._add(" ".join(words), fuzzy=False)
                # "sickle cell", "Tourette's", "carpal tunnel": callers leave the generic head off
                stem = [w.removesuffix("'s") for w in words[:-1]]
                if words[-1] in GENERIC_HEADS and stem and any(w not in common for w in stem) \
                        and (len(stem) > 1 or len(stem[0]) >= 5):
                    self._add(" ".join(stem), fuzzy=False)
                # "fibrillation" alone, or misheard inside "a trial fibrolation": the rare,
                # long words of a term are health words on their own
                for w in words:
                    if len(w) >= 7 and w.isalpha() and w not in common and w.endswith(MEDICAL_SUFFIXES):
                        self._add(w, fuzzy=True)
        # "Mount Jarrow" for Mounjaro: terms by how they sound, for runs of words ASR made of one (the
        # packaged phrases would triple the build time: only the project's own are keyed)
        self.sounds = soundalike.SoundIndex(list(self.single) + [t for t in always if " " in t], common)

    def _add(self, term: str, fuzzy: bool) -> None:
        words = term.lower().split()
        if len(words) == 1:
            w = sys.intern(words[0])
            self.single.add(w)
            if fuzzy and len(w) >= 8:
                self.by_ends.setdefault((w[:4], w[-3:]), []).append(w)
            if fuzzy:
                for d in _deletes(w) | {w}:
                    have = self.index.get(d)
                    if have is None:
                        self.index[d] = w
                    elif have != w and w not in have:
                        self.index[d] = (have, w) if isinstance(have, str) else have + (w,)
        else:
            self.phrases.add(" ".join(words))
            self.first_words.add(words[0])
            self.longest = max(self.longest, len(words))

    def extend(self, terms: list[str]) -> None:
        for t in terms:
            self._add(t.lower(), fuzzy=len(t) >= 6 and " " not in t)

    def fuzzy(self, word: str, limit: int = 2) -> bool:
        """Within one edit of a term, or two for words of 9 letters or more (at most `limit`)."""
        word = word.replace("'", "")        # "parkinson's" is listed as "parkinsons" too
        if len(word) < 6 or word in self.common or not word.isalpha():
            return False
        limit = min(limit, 1 if len(word) < 9 else 2)
        if limit == 2 and any(abs(len(c) - len(word)) <= 2 and soundalike.edit_distance(word, c, 2) <= 2
                              for c in self.by_ends.get((word[:4], word[-3:]), ())):
            return True
        for d in _deletes(word) | {word}:
            have = self.index.get(d)
            for cand in (have,) if isinstance(have, str) else have or ():
                if soundalike.edit_distance(word, cand, limit) <= limit:
                    return True
        return False

    def match_at(self, words: list[str], i: int) -> int:
        """How many words from i form a known term (0: none)."""
        if words[i] in self.first_words:
            for n in range(min(self.longest, len(words) - i), 1, -1):
                if " ".join(words[i:i + n]) in self.phrases:
                    return n
        w = words[i]
        if w in self.single or w.removesuffix("'s") in self.single or (w.endswith("s") and w[:-1] in self.single) \
                or self.fuzzy(w):       # "Raynaud's", "Crohn's" by their eponym
            return 1
        # ASR splits a long term it does not know into words it does: "met forming", "fibro my al gia"
        for n in range(2, min(MAX_SPLIT, len(words) - i) + 1):
            parts = words[i:i + n]
            joined = "".join(parts)
            # a split term that starts with a possessive needs a medicine said around it: "my card is" is
            # everyday words ("the name on my card is"), unless it is taken ("I'm on my card is": Micardis)
            if len(joined) >= 8 and all(p.isalpha() and p not in _NUMBER_WORDS for p in parts) \
                    and (parts[0] not in _OWNERS or _MEDICINE_CUES & set(words[max(0, i - 4):i]) - {"on"}
                         or words[i - 1:i] == ["on"] and words[i - 2:i - 1] and words[i - 2] in _ON_IT
                         or _MEDICINE_CUES & set(words[i + n:i + n + 2])) and joined not in self.common \
                    and (joined in self.single
                         # everyday words joined ("month please") land two edits from some term
                         # ("monteplase") by chance: then only one edit is ASR's ("met forming")
                         or self.fuzzy(joined, 2 if any(p not in self.common for p in parts) else 1)
                         or _procedure(joined, self) and any(p not in self.common for p in parts)):
                return n
        return 0


_lock = threading.Lock()
_vocabulary: HealthVocabulary | None = None


def _packaged_terms() -> list[str]:
    """Every variant name in the two packaged dictionaries, after their sha256 is checked."""
    from callwarden.models import ModelError, load_manifest, verify
    terms: list[str] = []
    for model in load_manifest():
        if model.role not in ("redact-drugs", "redact-conditions"):
            continue
        problems = verify([model])
        if problems:
            raise ModelError("; ".join(problems))
        with bz2.open(model.files[0].path, "rb") as f:
            data = pickle.load(f)   # noqa: S301 - the file's sha256 was checked against the manifest
        for key, value in data.items():
            if key.endswith("variant_to_canonical"):
                terms += list(value)
    return terms


def common_words() -> set[str]:
    from callwarden.models import model_for
    tokenizer = next(f.path for f in model_for("asr").files if f.path.name == "tokenizer.json")
    vocab = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    return {k[1:].lower() for k in vocab if k.startswith("\u0120") and k[1:].isalpha()}


def vocabulary() -> HealthVocabulary:
    """Built once per process (about a second); the daemon warms it before the first call."""
    global _vocabulary
    with _lock:
        if _vocabulary is None:
            _vocabulary = HealthVocabulary(_packaged_terms(), common_words(),
                                           lx.MEDICATIONS + lx.CONDITIONS + lx.PROCEDURES)
        return _vocabulary


def find(text: str, tokens: list[Token], vocab: HealthVocabulary, extra: HealthVocabulary | None = None
         ) -> list[HealthSpan]:
    words = [t.lower for t in tokens]
    spans: list[HealthSpan] = []
    cued = soundalike.cued_at(text, tokens)
    i = 0
    while i < len(words):
        rule = "phi_vocabulary"
        n = vocab.match_at(words, i) or (extra.match_at(words, i) if extra else 0) or _procedure(words[i], vocab)
        if not n:
            n, rule = vocab.sounds.match_at(words, i, cued.get(i, 0)), "phi_soundalike"
        if n and words[i].replace("'", "").isalpha():
            spans.append(_widen(tokens, words, i, i + n, rule, vocab))
            i += n
            continue
        if (words[i] in BODY_WORDS or words[i] in TEST_KINDS) and i + 1 < len(words) \
                and words[i + 1] in STRONG_PROCEDURES | TEST_WORDS:
            spans.append(_widen(tokens, words, i, i + 2, "phi_body_procedure", vocab))
            i += 2
            continue
        i += 1
    spans += [HealthSpan(m.start(), m.end(), "phi_pregnancy_weeks") for m in _WEEKS_ALONG.finditer(text)]
    spans += [HealthSpan(m.start(1), m.end(1), "phi_signed_off") for m in _SIGNED_OFF.finditer(text)]
    # "co-codamol", "beta-blockers": a hyphenated term is looked up whole
    for k in range(len(tokens) - 2):
        a, dash, b = tokens[k], tokens[k + 1], tokens[k + 2]
        if dash.text == "-" and a.end == dash.start and dash.end == b.start and a.text.isalpha() and b.text.isalpha() \
                and not {a.lower, b.lower} & _NUMBER_WORDS:      # "forty-nine" is a number
            joined = [f"{a.lower}-{b.lower}", a.lower + b.lower]
            taken = _TAKEN_BEFORE.search(text[:a.start]) and joined[1] not in vocab.common
            if taken or any(vocab.match_at([w], 0) or w in INHERENT_PROCEDURES for w in joined):
                spans.append(HealthSpan(a.start, b.end, "phi_hyphenated"))
    for m in _IS_CONDITION.finditer(text):
        spans.append(HealthSpan(m.start(1), m.end(1), "phi_condition_adjective"))
    # "cut back", "broke the back of it": a bare "back" counts only as someone's
    spans += [HealthSpan(m.start(), m.end(), "phi_injury") for m in _INJURY.finditer(text)
              if not (m.group().lower().endswith(" back") and not re.search(r"\b(?:my|his|her|their|your) back$",
                                                                             m.group().lower()))]
    # what a medicine is for says what the condition is ("my blood pressure tablets")
    spans += [HealthSpan(m.start(), m.end(), "phi_treated_by") for m in _TREATED_BY.finditer(text)]
    # an abbreviation only as ASR writes one, in capitals ("has MS", not the title "Ms")
    spans += [HealthSpan(m.start(), m.end(), "phi_abbreviation") for m in _ABBREVIATED.finditer(text)]
    spans += [HealthSpan(m.start(1), m.end(1), "phi_abbreviation") for m in _ABBREVIATED_LOWER.finditer(text)
              if m.group(1).islower()]
    spans += [HealthSpan(m.start(), m.end(), "phi_damaged_part") for m in _DAMAGED_PART.finditer(text)]
    spans += [HealthSpan(m.start(g), m.end(g), "phi_result") for m in _RESULT.finditer(text)
              for g in ("level", "said") if m.group(g)]
    # "I just had my gallbladder out", "she's having her tonsils removed": the organ and the act
    spans += [HealthSpan(m.start(), m.end(), "phi_everyday") for m in _EVERYDAY.finditer(text)]
    spans += [HealthSpan(*s) for s in health_everyday.spans(text) + health_frames.spans(text)
              + health_stories.spans(text, vocab) + health_coined.spans(text, vocab.common)]
    for m in health_frames.THERAPY.finditer(text):     # and what it is for: "physical therapy for a torn rotator cuff"
        a = next(j for j, t in enumerate(tokens) if t.start >= m.start())
        b = max(j for j, t in enumerate(tokens) if t.end <= m.end())
        spans.append(_widen(tokens, words, a, b + 1, "phi_therapy", vocab))
    spans += [HealthSpan(m.start(), m.end(), "phi_organ_trouble") for m in _ORGAN_TROUBLE.finditer(text)]
    spans += [HealthSpan(m.start(), m.end(), "phi_intolerance") for m in _INTOLERANCE.finditer(text)]
    for m in _REMOVED.finditer(text):
        organ = m.group(1).lower().removeprefix("left ").removeprefix("right ").removeprefix("both ") \
            .removeprefix("two ")
        if organ not in _ORGANS and (organ in vocab.common or " " in organ):
            continue
        a = next(j for j, t in enumerate(tokens) if t.start >= m.start(1))
        b = max(j for j, t in enumerate(tokens) if t.end <= m.end())
        spans.append(HealthSpan(tokens[a].start, tokens[b].end, "phi_organ_removed"))
    for rx, always in ((_ALWAYS, True), (_IF_UNCOMMON, False)):
        for m in rx.finditer(text):
            k = next((j for j, t in enumerate(tokens) if t.start >= m.end()), None)
            if k is None:
                continue
            start, end = _object_span(words, k, vocab, always)
            if end > start:
                spans.append(_widen(tokens, words, start, end, "phi_context", vocab))
    return (kept := health_figurative.literal(text, spans)) + [HealthSpan(*s) for s in health_frames.taken_for(text, kept)]


def _procedure(word: str, vocab: HealthVocabulary) -> int:
    """"colonoscopy", "mammogram", "hysterectomy": a procedure by its name alone."""
    if word in INHERENT_PROCEDURES:
        return 1
    return int(len(word) >= 7 and word not in vocab.common and word.endswith(PROCEDURE_SUFFIXES))


def _object_span(words: list[str], k: int, vocab: HealthVocabulary, always: bool) -> tuple[int, int]:
    """The object phrase after a health context (empty when it is not a health detail)."""
    if always:      # "suffers with his nerves": the possessive is not the detail, what follows it is
        while k < len(words) and words[k] in ("my", "his", "her", "their", "our", "the", "a", "an", "some"):
            k += 1
    start, end, j = k, k, k
    while j < len(words) and j - k < MAX_OBJECT_WORDS and words[j].isalpha() and (
            words[j] not in STOP or j > k and words[j] in ("of", "and") and j + 1 < len(words)
            and words[j + 1] not in STOP):
        j += 1
    if always:
        return k, j
    # "I'm on Trulicity now", "my wife's Ozempic": only the uncommon or known words
    for x in range(k, j):
        if vocab.match_at(words, x) or (words[x] not in vocab.common and len(words[x]) >= 5):
            start = x if end == k else start
            end = x + 1
    return start, end


def _widen(tokens: list[Token], words: list[str], a: int, b: int, rule: str, vocab: HealthVocabulary
           ) -> HealthSpan:
    """Grow a health span over the organ and qualifiers before it and what follows it."""
    while a > 0 and (words[a - 1] in BODY_WORDS or words[a - 1] in TEST_KINDS or words[a - 1].isdigit()
                     or words[a - 1] in ("one", "two", "three", "four", "stage", "type")):
        a -= 1
    # "a peanut allergy", "shellfish allergies": the qualifier names the condition ("my allergy" keeps "my")
    if a > 0 and words[a] in _QUALIFIED_HEADS and words[a - 1].isalpha() and words[a - 1] not in STOP \
            and words[a - 1] not in _NUMBER_WORDS:
        a -= 1
    while b < len(words) and (words[b] in PROCEDURE_WORDS or words[b] in ("mg", "milligrams", "units", "bag",
                                                                              "bags", "pump", "machine", "monitor",
                                                                              "pen", "pens", "strips", "fitted")
                              or words[b].isdigit()):
        b += 1
    # "hepatitis C", "strep B": the kind's letter belongs to the condition
    if b < len(words) and words[b] in ("b", "c", "d", "e") and words[b - 1].endswith(("itis", "strep")):
        b += 1
    # "lisinopril for my high blood pressure": the drug and what it treats, as one span
    if b + 1 < len(words) and words[b] == "for":
        c = b + 1
        while c < len(words) and words[c] in ("my", "his", "her", "the", "a"):
            c += 1
        # after a drug taken by its cue ("takes X for her ..."), what it is for is the condition, whatever
        # ASR made of it; not a duration ("for two weeks")
        for_anything = rule in ("phi_context", "phi_therapy") and words[c].isalpha() and words[c] not in STOP \
            and words[c] not in _NUMBER_WORDS and words[c] not in _DURATION
        if c < len(words) and (words[c] in BODY_WORDS or words[c] in ("high", "low", "type")
                               or vocab.match_at(words, c) or for_anything):
            d = c
            while d < len(words) and d - c < MAX_OBJECT_WORDS and words[d] not in STOP and words[d].isalpha() \
                    or d < len(words) and words[d] in ("one", "two", "1", "2"):
                d += 1
            b = max(b, d)
    return HealthSpan(tokens[a].start, tokens[b - 1].end, rule)

