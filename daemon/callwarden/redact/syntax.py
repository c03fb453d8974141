"""Counts of things and clock times recognised by their syntax, not by a list of nouns.

"we bought 3 sheep", "she has five grandchildren": a short number that spaCy's
parser (en_core_web_sm, pinned in models/manifest.toml) attaches as `nummod`
to a common noun counts that noun; the word lists in `safe` only know the
nouns their authors thought of, the parser knows any. Also "12 of his books"
(a share of a plural noun), "I need 2 more" (under 100, a verb's object with
the noun left out) and, without parsing, an hour said after a time word
("at 8 20", "home about 7").

Fail closed, like every recogniser: these are asked only when no context
that makes numbers secret is open, pending or heard anywhere in the call's
stream (finders decides that), and keep a number only when it is said as one
value under 1000, no other number is within reach (a card read in groups or
a PIN's digits said apart assemble into a longer run), and the counted noun
is no word for a number itself ("4 digits", "the 3 code"). Without the
parser (missing or failing model) no count is kept here. Ages ("my son is 7")
and numbers told ("I said 44") are never kept.
"""
from __future__ import annotations

import functools
import threading

from callwarden.redact import groups
from callwarden.redact.spoken import TEENS, TENS, UNITS, NumberRun, Token

# Nouns a number names rather than counts, or that a secret's digits sit before:
# "4 digits", "2 cards ending 4412" is fine but "7 pin" is not a count.
SECRET_HEADS = {
    "digit", "digits", "number", "numbers", "numeral", "numerals", "code", "codes", "pin", "pins", "passcode",
    "password", "card", "account", "zip", "zipcode", "postcode", "extension", "ext", "ssn", "social", "security",
    "routing", "sort", "cvv", "cvc", "csc", "expiry", "expiration", "date", "dob", "birthday", "birth", "id",
    "reference", "ref", "confirmation", "member", "policy", "license", "licence", "passport", "serial", "ending",
    "last", "first", "street", "st", "avenue", "ave", "road", "rd", "lane", "drive", "dr", "court", "ct",
    "boulevard", "blvd", "way", "place", "apartment", "apt", "suite", "unit", "box", "house", "phone", "cell",
    "mobile", "line", "character", "characters", "letter", "letters", "key", "keys", "oh", "o", "double", "triple",
}
# Between the number and its noun: adjectives and noun modifiers only ("3 more boxes", "two kitchen chairs").
_MODIFIER_TAGS = {"JJ", "JJR", "JJS", "VBN", "VBG", "NN"}
_COUNTED_TAGS = {"NN", "NNS"}
WINDOW = 8            # tokens parsed either side of the number: enough for its noun, cheap to parse
REACH = 4             # another number this close may be the same secret read in parts
MAX_GAP = 3           # the noun within this many tokens after the number
_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "oh", "o", "double", "triple"}

_lock = threading.Lock()
_nlp = None
_failed = False


def parser():
    """spaCy's tagger and parser, loaded once per process after the model's sha256s are checked
    (about a second; the daemon warms it before the first call). None when it cannot be had."""
    global _nlp, _failed
    with _lock:
        if _nlp is None and not _failed:
            try:
                import spacy

                from callwarden.models import ModelError, model_for, verify
                model = model_for("redact-syntax")
                problems = verify([model])
                if problems:
                    raise ModelError("; ".join(problems))
                # the NER, lemmatizer and sentence splitter are not needed: a third of the cost
                _nlp = spacy.load(model.directory, exclude=["ner", "lemmatizer", "senter", "attribute_ruler"])
            except Exception:       # fail closed: without the parser, no count is kept by it
                _failed = True
        return _nlp


@functools.lru_cache(maxsize=512)
def parse(window: str):
    """The parsed `window`, or None without the parser; one cache for the redactor and detect/target.py."""
    nlp = parser()
    return nlp(window) if nlp is not None else None


def _near_other_number(tokens: list[Token], run: NumberRun, runs: list[NumberRun]) -> bool:
    """Another number, or a digit said as a word the run assembly left out, within REACH tokens."""
    for other in runs:
        if other is not run and other.last_token > run.first_token - REACH and other.first_token < run.last_token + REACH:
            return True
    lo, hi = max(0, run.first_token - REACH), min(len(tokens), run.last_token + REACH)
    return any(any(c.isdigit() for c in t.text) or t.lower in _NUMBER_WORDS
               for t in tokens[lo:run.first_token] + tokens[run.last_token:hi])


def _cheap_gate(tokens: list[Token], run: NumberRun, runs: list[NumberRun]) -> bool:
    """What can be ruled out without parsing: most turns never reach the parser."""
    if not run.cardinal or run.groups != 1 or run.lead or not 1 <= len(run.digits) <= 3:
        return False
    first = tokens[run.first_token].text
    if first[0] == "0" and run.digits != "0" or not all(c.isdigit() or c == "," for c in first) and first[0].isdigit():
        return False           # "07" is read digit by digit; "2:30", "1.5", "3/4" are other things
    after = tokens[run.last_token].lower if run.last_token < len(tokens) else ""
    if not after.replace("-", "").isalpha() or len(after) < 2 or after in SECRET_HEADS:
        return False           # a noun, or an adjective before one, must follow the number
    before = tokens[run.first_token - 1].lower if run.first_token else ""
    return before not in ("#", "no", "number", "pin", "code", "is") and not _near_other_number(tokens, run, runs)


def counts_a_noun(text: str, tokens: list[Token], run: NumberRun, runs: list[NumberRun]) -> bool:
    """The run is a small number counting the common noun after it ("250 chairs")."""
    if not _cheap_gate(tokens, run, runs):
        return False
    a = tokens[max(0, run.first_token - WINDOW)].start
    b = tokens[min(len(tokens), run.last_token + WINDOW) - 1].end
    doc = parse(text[a:b])
    if doc is None:
        return False
    inside = [t for t in doc if t.idx >= run.start - a and t.idx + len(t.text) <= run.end - a]
    if not inside or any(t.tag_ != "CD" for t in inside):
        return False
    last = inside[-1]
    if _of_plural(last, inside) or _object_count(last, inside, run) or _subject_count(last, inside, run):
        return True
    head = last.head
    # "two hundred": "two" hangs on "hundred", which counts the noun; nothing of the run hangs elsewhere
    if last.dep_ != "nummod" or any(t.head not in inside and t is not last for t in inside):
        return False
    if head.tag_ not in _COUNTED_TAGS or not 0 < head.i - last.i <= MAX_GAP \
            or head.lower_ in SECRET_HEADS or not head.lower_.isalpha():
        return False
    between = doc[last.i + 1:head.i]
    return all(t.tag_ in _MODIFIER_TAGS and t.lower_.isalpha() and t.lower_ not in SECRET_HEADS for t in between)


def _of_plural(last, inside) -> bool:
    """"I've read 12 of his books", "3 of the boxes": a share of a plural noun right after."""
    of = [c for c in last.children if c.lower_ == "of" and c.i == last.i + 1]
    if not of or any(t.head not in inside and t is not last for t in inside):
        return False
    nouns = [c for c in of[0].children if c.dep_ == "pobj"]
    return bool(nouns) and nouns[0].tag_ == "NNS" and nouns[0].i - last.i <= MAX_GAP + 1 \
        and nouns[0].lower_.isalpha() and nouns[0].lower_ not in SECRET_HEADS \
        and all(t.tag_ in _MODIFIER_TAGS | {"DT", "PRP$", "PDT"} for t in last.doc[of[0].i + 1:nouns[0].i])


# Verbs a number is told with, not counted by: "I said 44", "enter 12", "try 37".
TELLING_VERBS = {"say", "said", "says", "saying", "give", "gave", "giving", "read", "reading", "enter", "entered",
                 "type", "typed", "key", "keyed", "press", "pressed", "dial", "dialed", "dialled", "put", "try",
                 "tried", "use", "used", "change", "changed", "set", "reset", "pick", "picked", "choose", "chose",
                 "got", "get", "have", "had", "is", "was", "be", "call", "called", "text", "texted", "write", "wrote"}


def _object_count(last, inside, run: NumberRun) -> bool:
    """"I need 2 more", "they knocked 20 off": under 100 things as a verb's object, the noun left
    out. Not after verbs that tell a number ("I said 44", "I've got 12")."""
    head = last.head
    return len(run.digits) <= 2 and len(inside) == 1 and last.dep_ == "dobj" and head.tag_.startswith("VB") \
        and head.i < last.i and head.lower_ not in TELLING_VERBS


# A number as the subject of these says what it is, not how many: "7 is my lucky number".
_NAMING_VERBS = {"is", "was", "be", "been", "being", "'s", "am", "equals", "equal", "means", "mean", "stands",
                 "stand", "goes", "comes", "starts", "ends"}


def _subject_count(last, inside, run: NumberRun) -> bool:
    """"all three are broken", "only 2 arrived", "two came on Monday": under 100 as the subject of a
    verb after it counts things named earlier or left out (a plural verb agrees with a count). Not
    the subject of a verb that names or tells a number ("7 is my lucky number", "4 goes first")."""
    head = last.head
    return len(run.digits) <= 2 and len(inside) == 1 and last.dep_ in ("nsubj", "nsubjpass") \
        and head.tag_.startswith("VB") and head.i > last.i and head.lower_ not in _NAMING_VERBS \
        and (head.lower_ not in TELLING_VERBS or head.lower_ == "are") \
        and not any(c.lower_ in _NAMING_VERBS for c in head.children if c.dep_ in ("aux", "auxpass", "cop"))


# A clock time after the word that introduces one: "the bus leaves at 8 20", "home about 7".
TIME_WORDS = {"at", "around", "about", "till", "til", "until", "by", "before", "after", "from", "since", "between"}
_HEDGES = {"about", "around", "roughly", "approximately", "like", "say", "maybe", "just", "gone"}


def said_as_time(text: str, tokens: list[Token], run: NumberRun, runs: list[NumberRun]) -> bool:
    """An hour (1-12) or an hour and its minutes ("5 30", "eleven forty five") after a time word.

    The safe module keeps "at three" and "at 5:30" anywhere; with nothing open in the call an
    hour said in two digit groups is a time too (a house number is written "530", a PIN is not read
    after "at"), and so is "about 7". Never with another number within reach."""
    if _said_as_value(tokens, run, runs):
        return True
    if run.lead or run.groups > 2 or not 1 <= len(run.digits) <= 4 or _near_other_number(tokens, run, runs):
        return False
    k = run.first_token - 1
    before = tokens[k].lower if k >= 0 else ""
    if before in _HEDGES and k >= 1 and tokens[k - 1].lower in TIME_WORDS:
        before = tokens[k - 1].lower        # "at about 7", "by around 10 30"
    if before not in TIME_WORDS:
        return False
    parts = tokens[run.first_token:run.last_token]
    if any(not (t.text.isdigit() or t.lower.replace("-", "").isalpha()) for t in parts):
        return False        # "8.20", "5,30" are read elsewhere ("2:30" by the safe module)
    if run.groups == 1:
        return run.cardinal and 1 <= int(run.digits) <= 12 and run.digits[0] != "0"
    hours, minutes = int(run.digits[:-2] or 0), run.digits[-2:]
    # "five thirty", "11 45", "seven oh five": minutes said as a pair, never a lone digit
    return 1 <= hours <= 12 and len(run.digits) in (3, 4) and run.digits[0] != "0" and int(minutes) < 60 \
        and (minutes[0] != "0" or any(t.lower in ("oh", "o") for t in parts))


# "it was ...", "that's ...", "the total's ...": what a value said after it is
_COPULAS = {"was", "is", "were", "be", "it's", "its", "that's", "thats", "it'll", "that'll", "becomes", "came"}
# Verbs of a scheduled event, before the time it happens ("the shop shuts 5 30"): a time, never a price.
_SCHEDULE_VERBS = {"opens", "opened", "closes", "closed", "shuts", "shut", "leaves", "left", "starts", "started",
                   "finishes", "finished", "ends", "ended", "arrives", "arrived", "departs", "departed", "begins",
                   "began", "landed", "lands", "woke", "wakes", "stopped", "stops", "dropped", "drops"}
_CLAUSE_END = {"", ".", ",", "!", "?", "-", "and", "but", "so", "now", "then", "which", "or", "ish", "each", "a", "per",
               "plus", "though", "apparently", "i", "last", "this", "yesterday", "today",
               # a preposition opens the next phrase: "it was twelve fifty in the shop", "for the lot"
               "in", "at", "on", "for", "with", "from", "when", "if", "after", "before", "by"}


def _said_as_value(tokens: list[Token], run: NumberRun, runs: list[NumberRun]) -> bool:
    """"it was forty nine ninety nine", "that's about six fifteen": a price or a clock time said in
    word groups at the end of a clause after a copula is a value, not digits read out. Never with a
    word for a number anywhere before it in the turn ("the code was ...", "the last four are ..."),
    nor with another number within reach (finders asks only while nothing in the call is open)."""
    # in words, or in digit groups ("6 15", "10 to 4"); one written number is read elsewhere
    if run.lead or not (tokens[run.first_token].text[0].isalpha() or run.groups >= 2) or len(run.digits) > 6:
        return False
    is_clock = groups.clock(tokens, run) is not None
    if not (groups.price(tokens, run) or is_clock) or _near_other_number(tokens, run, runs):
        return False
    k = run.first_token - 1
    while k >= 0 and tokens[k].lower in _HEDGES | {"only", "roughly", "exactly"}:
        k -= 1
    before = tokens[k].lower if k >= 0 else ""
    if before not in _COPULAS and not before.endswith("'s") and not (is_clock and before in _SCHEDULE_VERBS):
        return False
    after = tokens[run.last_token].lower if run.last_token < len(tokens) else ""
    return after in _CLAUSE_END and not any(t.lower in SECRET_HEADS or t.lower.split("'")[0] in SECRET_HEADS
                                            for t in tokens[:run.first_token])
