"""Health read by what the caller's phrases mean (health_sense.py), where no list has a term for it.

The lists and patterns (health.py, health_everyday.py, health_followup.py ...) find the details people
were thought to say. A call that has told one goes on with details nobody listed ("the stitches came
out", "it came back clear"), and a later turn carries no cue a list could key on. So, fail closed: in
such a call the caller's noun phrases and what is said of them ("... is still swollen", "... came back
clear") are masked unless they sit nearer a call's business than health, and so is what the caller
says their body does ("I might bleed after") unless it sits nearer what business does (`spans`).
Before any health is
told, only a person's own body or care said with their possessive is read so ("my ears are ringing",
`owned`). Never weighed: pronouns, numbers (the number finders judge those: money and counts are kept
there), times and days, and the people in the call by their role ("my husband", "the driver").

The parse is spaCy's (syntax.py; the same pinned pipeline). Without it, every word of five letters or
more that is no time or role is masked in a told call instead: still closed, coarser.
The margins are passed in; the redactor keeps whether the call has told health.
"""

from __future__ import annotations

import re

from callwarden.redact import everyday, health_sense, syntax
from callwarden.redact.spoken import TEENS, TENS, UNITS

# When: the call's business says when things happen, and no health detail is a day.
_WHEN = {
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mondays", "tuesdays",
    "wednesdays", "thursdays", "fridays", "saturdays", "sundays", "weekend", "weekends", "week", "weeks",
    "fortnight", "day", "days", "today", "tomorrow", "yesterday", "tonight", "morning", "mornings", "afternoon",
    "afternoons", "evening", "evenings", "night", "nights", "month", "months", "year", "years", "hour", "hours",
    "minute", "minutes", "time", "moment", "january", "february", "march", "april", "may", "june", "july",
    "august", "september", "october", "november", "december", "christmas", "easter", "holiday", "holidays",
    "am", "pm", "o'clock", "noon", "midday", "midnight", "spring", "summer", "autumn", "winter", "fall",
}
# Who: the people in a call by their relation or role (their names are the name finders').
_WHO = {
    "mum", "mom", "mother", "dad", "father", "mam", "ma", "mammy", "mummy", "mommy", "daddy", "granny",
    "parents", "husband", "wife", "partner", "son", "daughter",
    "child", "children", "kids", "kid", "baby", "brother", "sister", "family", "friend", "friends",
    "neighbour", "neighbor", "nan", "gran", "grandma", "grandad", "grandpa", "grandson", "granddaughter",
    "aunt", "uncle", "cousin", "boss", "manager", "landlord", "landlady", "driver", "colleague", "employer",
    "carer", "caller", "customer", "agent", "team", "person", "people", "someone", "somebody", "everyone",
    "anyone", "nobody", "self", "sir", "madam", "love", "mate",
    # who a caller asks for: the escalation detector reads these in the redacted text
    "supervisor", "representative", "rep", "advisor", "adviser", "operator", "human", "staff",
    # care by its everyday roles: a call that has told health names them without telling more
    "doctor", "doctors", "gp", "nurse", "nurses", "pharmacist", "receptionist",
}
# Said of anything in any call ("that's fine", "I'm sorry"): no detail, and masking them hides the
# call's course from the people who annotate it.
_SAID_OF_ANYTHING = {
    "fine", "okay", "ok", "sorry", "sure", "good", "great", "right", "wrong", "happy", "glad", "grateful",
    "able", "unable", "available", "possible", "impossible", "ready", "late", "early", "busy", "free",
    "true", "correct", "nice", "lovely", "brilliant", "perfect", "alright", "worried", "honest", "aware",
}
# How near the health side a phrase must be (health_sense.margins) to be masked: ties go to health.
# Tried and left out: the same reading of calls that have told no health yet (a margin of 0.12-0.22
# masked more figurative and look-alike uses, "a breakdown" of a van, than it found details).
LEAST = 0.0
# ... and, in a call that has told none yet, how near a person's own thing ("my left knee") must be: a
# possessive says whose body it is, the margin that it is a body (0.10-0.20 tried on the TUNE halves).
# Weighing the thing with its possessive ("my jaw") was tried: it took idioms and belongings too ("my
# hands are full", "my back pocket", "my name").
OWNED = 0.15
# ... and how near what a person says their body does (`_acts`) must be, in a call that has told health:
# the TUNE halves were flat from 0 to 0.10, and at 0 business verbs went ("I need to freeze my plan").
# Tried and left out: the same reading before any health was told (0.20-0.25: no TUNE leak found, and
# "I'm not sleeping on the sofa" masked).
ACTS = 0.10
# whose body: the caller's or a third person's; a caller's "your" is the firm's or the agent's ("your
# supervisor", "thanks for your help"), "our" a firm's ("our whole operation")
_OWNERS = {"my", "his", "her", "their"}
# a care role's place or thing ("my GP surgery", "my doctor's office"): where care is, not what it is
_CARE_ROLES = {"gp", "doctor", "doctors", "doctor's", "dentist", "dentists", "dentist's", "nurse", "nurse's"}
# Nouns of talk itself ("thanks", "cheers", "a lot", "no rush"): the tagger calls them nouns, and
# they carry nothing of anyone's health.
_TALK = {
    "thanks", "thank", "cheers", "ta", "aye", "yes", "yeah", "no", "ma'am", "maam", "sir", "madam", "please",
    "lot", "lots", "bit", "kind", "sort", "rush", "worries", "problem", "way", "thing", "things", "stuff",
    "mine", "yours", "hers", "ours", "theirs", "everything", "anything", "something", "nothing", "okay", "ok",
    "hello", "hi", "bye", "goodbye", "sorry", "pardon", "question", "call", "help",
}
_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "million", "half", "quarter",
                                                      "oh", "double", "triple", "dozen"}
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{4,}")
_NOT_THINGS = {"PRP", "PRP$", "WP", "WP$", "EX", "DT", "WDT", "POS"}
_NOUNS = {"NN", "NNS", "NNP", "NNPS"}
_ADJECTIVES = {"JJ", "JJR", "JJS", "VBN"}
_MODIFIERS = {"amod", "compound", "nmod", "det", "poss", "case", "nummod", "advmod"}


def spans(text: str, masked=(), margins=health_sense.margins) -> list[tuple[int, int]]:
    """Spans of `text`, a caller turn in a call that has told health, masked as health: its noun phrases
    and predicates whose margin (`margins`: phrases and their kinds -> health_sense margins, or None
    when it cannot tell) is at least LEAST, and what the caller says their body does (`_acts`) at least
    ACTS; every one of them without the margins. A phrase inside a span already `masked` ((start, end)
    pairs) is not weighed again: the model is most of the cost, and it runs once per turn."""
    doc = syntax.parse(text)
    if doc is None:
        return [(m.start(), m.end()) for m in _WORD.finditer(text) if _plain(m.group()) not in _WHEN | _WHO]

    def inside(a: int, b: int) -> bool:
        return any(m0 <= a and b <= m1 for m0, m1 in masked)

    found = [(words[0].idx, words[-1].idx + len(words[-1].text)) for _, words in _things(doc, lambda tok: True)]
    sure = []       # what is said of a health detail is health too: "[the scan] came back clear"
    for tok in doc:
        if _is_said_of(tok):
            subject = _subject(tok)
            if subject is not None and inside(subject.idx, subject.idx + len(subject.text)):
                sure.append((tok.idx, tok.idx + len(tok.text)))
            else:
                found.append((tok.idx, tok.idx + len(tok.text)))
    found = [(a, b) for a, b in found if not inside(a, b)]
    done = [(a, b, w) for a, b, w in _acts(doc, text) if not inside(a, b)]
    if not found and not done:
        return sure
    scores = margins([text[a:b] for a, b in found] + [w for _, _, w in done],
                     [health_sense.THINGS] * len(found) + [health_sense.ACTS] * len(done))
    if scores is None:
        return sure + found + [(a, b) for a, b, _ in done]
    return (sure + [span for span, m in zip(found, scores) if m >= LEAST]
            + [(a, b) for (a, b, _), m in zip(done, scores[len(found):]) if m >= ACTS])


def _things(doc, whose) -> list[tuple]:
    """(head, words) for each thing a turn names that could be a health detail: a noun with the words
    that say which or what kind (`_phrase`), where `whose(head)`; not a pronoun, a time, a person by
    role, a word of talk, a care role's place, nor a phrase with a number anywhere before its noun
    and after its possessive ("the thirty dollar charge": the number finders' to judge)."""
    out = []
    for tok in doc:
        if not (tok.tag_ in _NOUNS and tok.dep_ != "compound" or _is_one(tok)) or not whose(tok):
            continue
        words = _phrase(tok)
        # the number before a possessive counts the parts, not the thing: "half my bowel", "both my hips"
        owner = max((c.i for c in tok.lefts if c.dep_ == "poss"), default=-1)
        if (not words or any(_is_number(t) for c in tok.lefts if c.i > owner for t in c.subtree)
                or _is_number(tok) and not _is_one(tok) or _plain(tok.text) in _WHEN | _WHO | _TALK
                or _plain(words[0].text) in _CARE_ROLES):
            continue
        out.append((tok, words))
    return out


def _is_said_of(tok) -> bool:
    """What is said of someone or something: "is still swollen", "came back clear", "went numb", "my
    liver's enlarged and scarred" (the second of two joined predicates too)."""
    if tok.tag_ not in _ADJECTIVES or _plain(tok.text) in _SAID_OF_ANYTHING:
        return False
    if tok.dep_ in ("acomp", "oprd", "ccomp"):
        return True
    if tok.dep_ in ("advmod", "advcl") and tok.head.tag_.startswith("VB") and tok.i > tok.head.i:
        return True
    if tok.dep_ == "ROOT" and tok.tag_ == "VBN":       # "my liver's enlarged": the parser's root, said of its subject
        return any(c.dep_ == "nsubjpass" for c in tok.children)
    return tok.dep_ == "conj" and _is_said_of(tok.head)


def _phrase(head) -> list:
    """The noun and the words before it that say which or what kind ("the big toe", "my cpap
    machine", "the little white one"), without the determiner or possessive."""
    words = [head]
    for child in reversed(list(head.lefts)):
        if child.dep_ not in _MODIFIERS or child.i != words[0].i - 1 and child.tag_ not in _ADJECTIVES | _NOUNS:
            break
        words.insert(0, child)
    words = [t for t in words if t.tag_ not in _NOT_THINGS and not t.is_punct]
    return words if not _is_one(head) or len(words) > 1 else []


def _is_one(tok) -> bool:
    # "the white one", "the blue ones": a thing by its look, counted by no number
    return tok.lower_ in ("one", "ones") and any(c.dep_ in ("amod", "compound") for c in tok.lefts)


def _subject(tok):
    """Whom or what a predicate is said of ("the toe" in "the toe's gone all red and hot"), or None."""
    while tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head
    return _subject_of(tok if tok.dep_ == "ROOT" else tok.head)


def _subject_of(verb):
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


def _is_who(word: str) -> bool:
    # "mum's", and "mams" as ASR writes "mam's"
    w = _plain(word)
    return w in _WHO or w.endswith("s") and w[:-1] in _WHO


_plain = everyday.before_apostrophe


def _is_number(tok) -> bool:
    return tok.like_num or any(c.isdigit() for c in tok.text) or tok.lower_ in _NUMBER_WORDS


def owned(text: str, margins=health_sense.margins) -> list[tuple[int, int]]:
    """Spans of `text`, a caller turn in a call that has told no health yet, naming someone's own body or
    care ("my left knee", "her womb", "my son's tonsils") at least OWNED nearer health than business:
    said with a person's possessive, a body part is that person's health told ("my ears are ringing").
    Without the parser or the margins, none (the lists still read the turn)."""
    doc = syntax.parse(text)
    if doc is None:
        return []
    found = [(words[0].idx, words[-1].idx + len(words[-1].text))
             for _, words in _things(doc, lambda tok: any(_a_persons(c) for c in tok.lefts))]
    scores = margins([text[a:b] for a, b in found]) if found else None
    return [] if scores is None else [span for span, m in zip(found, scores) if m >= OWNED]


def _acts(doc, text: str) -> list[tuple[int, int, str]]:
    """(start, end, what to weigh) where a person says what their body does or cannot do ("I might
    bleed after", "wetting myself"), to be weighed against what a call's business does (health_sense's
    ACTS examples): each verb with its particles and a reflexive object. Light verbs (be, have, get ...)
    and verbs said of things ("it keeps crashing") are not weighed."""
    out = []
    for tok in doc:
        if not tok.tag_.startswith("VB") or tok.dep_ in ("aux", "auxpass") or _is_light(tok.lower_):
            continue
        subject = _actor(tok)
        if subject is not None and subject.lower_ not in _PERSONS and not _is_who(subject.text):
            continue
        words = [tok] + [c for c in tok.rights if c.dep_ in ("prt", "advmod") and not c.children
                         or c.dep_ == "dobj" and c.lower_ in _SELVES]
        words = words[:1] + [w for w in words[1:] if w.i - max(x.i for x in words if x.i < w.i) == 1]
        a, b = tok.idx, max(t.idx + len(t.text) for t in words)
        # "cant swallow properly": the negation is weighed, not masked (it is half of another word)
        out.append((a, b, ("can't " if any(c.dep_ == "neg" for c in tok.lefts) else "") + text[a:b]))
    return out


def _actor(verb):
    """Who does it: the verb's own subject, or that of the verb it is joined to or goes on ("I binge and
    purge", "it keeps crashing")."""
    while True:
        subject = _subject_of(verb)
        if subject is not None or verb.dep_ not in ("conj", "xcomp") or verb.head is verb:
            return subject
        verb = verb.head


def _is_light(word: str) -> bool:
    if word in _LIGHT_VERBS or word in _LIGHT_FORMS:
        return True
    return any(word.endswith(end) and word[:-len(end)] + add in _LIGHT_VERBS
               for end, add in (("s", ""), ("es", ""), ("ed", ""), ("d", ""), ("ing", ""), ("ing", "e"), ("ting", "")))


# verbs that say little by themselves ("I have", "I'll get", "I want to"); the words they carry are weighed
_LIGHT_VERBS = {
    "be", "have", "do", "get", "go", "say", "tell", "want", "need", "know", "think", "like", "let", "make", "come",
    "see", "look", "try", "call", "ask", "mean", "use", "give", "take", "put", "keep", "seem", "feel", "wonder",
    "hope", "guess", "suppose", "reckon", "believe", "understand", "remember", "forget", "start", "stop", "help",
    "speak", "talk", "hear", "thank", "sort", "check", "find", "leave", "wait", "would", "could", "can", "will",
}
_LIGHT_FORMS = {
    "am", "is", "are", "was", "were", "been", "being", "'s", "'re", "'m", "has", "had", "'ve", "'d", "does", "did",
    "done", "got", "gotten", "went", "gone", "said", "told", "knew", "known", "thought", "made", "came", "saw",
    "seen", "gave", "given", "took", "taken", "kept", "felt", "found", "left", "heard", "spoke", "spoken", "might",
    "should", "must", "shall", "may", "ca", "wo", "sat",
}
_PERSONS = {"i", "we", "he", "she", "they", "you", "me", "him", "her", "them", "us"}
_SELVES = {"myself", "himself", "herself", "themselves", "ourselves", "yourself"}


def _a_persons(child) -> bool:
    # "my", "her", "mum's", "my son's": a person's, not "the shop's"; "me back" as many say "my back"
    if child.lower_ == "me":
        return child.dep_ in ("poss", "compound") and child.i == child.head.i - 1
    return child.dep_ == "poss" and (child.lower_ in _OWNERS or
                                     any(g.tag_ == "POS" for g in child.children) and _plain(child.text) in _WHO)
