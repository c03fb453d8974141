"""Names a caller gives to identify themselves: "my name is ...", "this is ... speaking".

Whisper capitalises names, so after the weaker cues ("this is", "I'm", "it's")
only capitalised words count; after "my name is" any word does. Spelled
letters ("that's J O H N") are part of the name. Text in lower case (another
ASR's, an export) names people too: there a word counts where a capitalised one
would when it is a listed name that is no common word (`listed`: "im agnieszka",
"hi deepika here"), or, where a name was asked for or strongly cued, no everyday
word at all (`unknown`: "what name is it under" ... "okonjo"); and any word after
a title.
"""

from __future__ import annotations

import re

from callwarden.redact.namelists import PARTICLES
from callwarden.redact.spoken import NATO, UNITS, Token

_STRONG = re.compile(r"\b(?:my name is|my name's|my names|name is|name's|name,? (?:which|that) is|"
                     r"(?:first|last|full|middle|maiden) name(?: is|'s)?|"
                     r"surname(?: is|'s)?|under the name(?: of)?|spelled|spelt|spelling|pronounced|"
                     # how a name is said: "Featherstonehaugh, you say it fanshaw"
                     r"you say it|say it like|it's said|said like)\s+", re.I)
# Cues after which only capitalised words are a name, wherever the sentence goes on.
_NAMED_UNDER = r"under (?:my|his|her|their|our|the) (?:[a-z]+'s )?name,?(?: of| is| it's)?"
_MEDIUM = re.compile(r"\b(?:(?:(?:account|booking|reservation|order|policy) is|it's|it is) under"
                     r"(?: (?:my|his|her|their|our|the) (?:[a-z]+'s )?name,?(?: of| is| it's)?)?|in the name of|"
                     r"name on the (?:card|account|booking|policy) is|on behalf of|"
                     # "it's under my wife's name, Priya ...", "put it down as Tomasz"
                     rf"{_NAMED_UNDER}|"
                     r"put (?:it|that|this|me|them) (?:down )?(?:as|under)|"
                     r"(?:for|of) my (?:mother|father|mom|mum|dad|wife|husband|son|daughter|partner|brother|"
                     r"sister|grandmother|grandfather|grandma|grandpa|aunt|uncle|friend|neighbou?r|boss|client|"
                     r"patient|tenant),?|ask for|speak (?:to|with)|talk (?:to|with)|"
                     # what a caller goes by: "everyone calls me lupe", "known as bongani"
                     r"(?:everyone|people|they|friends|most people) calls? me|known as|goes by|i go by)\s+", re.I)
_WEAK = re.compile(r"\b(?:this is|it's|its|it is|i'm|im|i am|speaking with|talking to|you've got|call me)\s+", re.I)
_GREETING = re.compile(r"(?:hi|hello|hiya|hey|morning|afternoon|evening|yes|yeah)\s+", re.I)
_AFTER_WEAK = {"speaking", "calling", "here", "from", "again"}
_AFTER_WEAK_PHRASES = (("on", "the", "line"), ("on", "the", "phone"))
# "Hiya, Bartholomew here", "Yes, Dana Ruiz speaking": a caller naming themself at the start of a clause.
_SELF_NAMED = re.compile(r"(?:^|[.,!?]\s+|\b(?:hi|hello|hiya|hey|morning|afternoon|evening|yes|yeah)\W+)"
                         r"((?:(?:mr|mrs|ms|miss|dr|doctor)\.? )?[a-z][a-z'-]+(?: [a-z][a-z'-]+){0,2}),? (?:here|speaking)\b",
                         re.I)
NOT_NAMES = {"i", "ok", "okay", "sorry", "not", "so", "just", "still", "here", "sure", "yes", "no", "fine", "good",
             "hi", "hello", "well", "really", "very", "calling", "trying", "looking", "having", "english", "the",
             "a", "an", "and", "but", "because", "about", "from", "with", "is", "to", "speaking", "please",
             "thanks", "thank", "you", "um", "uh", "it", "it's", "that", "that's", "this", "my", "me", "in", "on",
             "at", "for", "of", "or", "if", "what", "who", "why", "how", "when", "where", "can", "could",
             "would", "will", "actually", "afraid", "glad", "happy", "going", "ringing", "phoning", "back",
             "again", "now", "right", "correct", "wrong", "done", "over", "all", "one", "two", "new", "old",
             "frustrated", "angry", "upset", "confused", "worried", "ridiculous", "unacceptable", "ready",
             "there", "then", "also", "too", "sir", "madam", "ma'am", "spelled", "spelt", "as", "like", "monday",
             "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "christmas", "covid", "i've", "i'll",
             "i'd", "great", "thanks", "perfect", "alright", "we", "they", "he", "she", "our", "your", "their",
             # roles a caller asks for ("let me talk to Supervisor", as ASR may write it)
             "supervisor", "manager", "agent", "operator", "human", "person", "someone", "somebody", "anyone",
             "representative", "rep", "advisor", "adviser", "boss", "staff", "team", "leader", "customer",
             "service", "support", "billing", "sales", "reception", "receptionist", "technician", "engineer",
             "doctor", "nurse", "pharmacist", "dispatcher", "management", "head", "senior", "colleague"}
_ANSWER_OPENERS = {"sure", "yes", "yeah", "yep", "it's", "its", "it", "is", "okay", "ok", "um", "uh", "that's",
                   "this", "my", "name", "name's", "i'm"}
TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "mister", "professor"}
MAX_WORDS = 3


def _never_rare(word: str) -> bool:
    return False


def _name_words(tokens: list[Token], k: int, capitalised_only: bool, rare=_never_rare) -> int:
    """How many tokens from k are a name (titles, words, spelled letters, hyphens), 0 if none."""
    j, words, titled = k, 0, False
    while j < len(tokens) and words < MAX_WORDS + 6:
        t = tokens[j]
        w = t.lower.rstrip(".")
        if w in TITLES:
            j += 1 + (j + 1 < len(tokens) and tokens[j + 1].text == ".")
            titled = True
            continue
        if t.text in ("-", ".") and words and j + 1 < len(tokens) and tokens[j + 1].text[:1].isalpha():
            j += 1
            continue
        if w in PARTICLES and words < MAX_WORDS and j + 1 < len(tokens) and _name_goes_on(tokens[j + 1], rare):
            j += 1      # "van der merwe", "o leary": the particle is the surname's
            continue
        if w in PARTICLES and words and j + 2 < len(tokens) and tokens[j + 1].lower == "an" \
                and _name_goes_on(tokens[j + 2], rare):
            j += 2      # "nic an bhaird", "mac an tsaoi"
            continue
        if not t.text[:1].isalpha() or w in NOT_NAMES:
            break
        if len(w) > 1 and words >= MAX_WORDS:
            break
        if capitalised_only and not t.text[:1].isupper() and len(w) > 1 and not (titled and not words or rare(w)):
            break
        words += 1
        j += 1
    return j - k if words else 0


def _name_goes_on(t: Token, rare) -> bool:
    return t.text[:1].isupper() or rare(t.lower) or t.lower in PARTICLES


def names(text: str, tokens: list[Token], in_context: bool, listed=_never_rare,
          unknown=_never_rare, any_listed=_never_rare) -> list[tuple[int, int, str]]:
    """(start, end, rule) of the names a caller gives; `listed` and `unknown` say which lower-case words
    are names (above), `any_listed` which are listed names at all ("baker")."""
    spans = []
    cued = (lambda w: listed(w) or unknown(w))    # where a name was asked for or strongly cued
    for rx, strength in ((_STRONG, "strong"), (_MEDIUM, "medium"), (_WEAK, "weak")):
        rare = listed if strength == "weak" else cued
        for m in rx.finditer(text):
            k = next((j for j, t in enumerate(tokens) if t.start >= m.end()), None)
            if k is None:
                continue
            n = _name_words(tokens, k, capitalised_only=strength != "strong", rare=rare)
            if not n:
                continue
            after = tuple(t.lower for t in tokens[k + n:k + n + 3])
            # a title or a rare word needs no pause after it: lower-case ASR text has few commas
            named = tokens[k].lower.rstrip(".") in TITLES or all(
                t.text.islower() and rare(t.lower) for t in tokens[k:k + n])
            if strength == "weak" and not named and not (k + n < len(tokens) and tokens[k + n].lower in _AFTER_WEAK
                                           or after in _AFTER_WEAK_PHRASES
                                           or k + n >= len(tokens) or tokens[k + n].text in (".", ",")):
                continue   # "I'm Jane, ..." / "this is Jane speaking"; not "it's Friday that ..."
            spans.append((tokens[k].start, tokens[k + n - 1].end, "name_in_identity"))
    for m in _SELF_NAMED.finditer(text):
        said = m.group(1)
        while (greeting := _GREETING.match(said)) and greeting.end() < len(said):     # "hi deepika here"
            said = said[greeting.end():]
        words = [w for w in said.split() if w.lower().rstrip(".") not in TITLES]
        if words and not any(w.lower() in NOT_NAMES for w in words) and all(
                w[:1].isupper() or listed(w.lower()) for w in words):
            spans.append((m.end(1) - len(said), m.end(1), "name_self_introduced"))
    k = 0
    while k < len(tokens) and k < 4 and (tokens[k].lower in _ANSWER_OPENERS or tokens[k].text in ",."):
        k += 1
    if in_context and not any(a <= tokens[k].start < b for a, b, _ in spans if k < len(tokens)):
        # the agent just asked for a name: the capitalised words the caller's answer opens with
        # ("Priya Nair.", "Sure, Priya Nair"), also when more of it is cued later ("okonjo, first name pieter")
        # a lower-case answer counts when the caller goes on to spell it ("fenwick, f for freddie, e n ...")
        n = _name_words(tokens, k, capitalised_only=not _SPELLS.search(text), rare=cued) if k < len(tokens) else 0
        # a listed name that is also a word, said alone as the answer: "baker, tom baker", "grace."
        n = n or (_said_alone(tokens, k, any_listed) if not (k and tokens[k - 1].lower in _OWNERS) else 0)
        if n:
            spans.append((tokens[k].start, tokens[k + n - 1].end, "name_after_question"))
    return spans


_OWNERS = {"my", "his", "her", "our", "their", "the", "a"}     # "my husband, ...": a relation, not a name


def _said_alone(tokens: list[Token], k: int, any_listed) -> int:
    """One or two listed names opening the answer and closed by a comma, a stop or the turn's end."""
    j = k
    while j < len(tokens) and j - k < 2 and any_listed(tokens[j].lower) and tokens[j].lower not in NOT_NAMES:
        j += 1
    return j - k if j > k and (j == len(tokens) or tokens[j].text in (",", ".", "?", "!")) else 0


# a spelling goes on in the turn: a letter for a word ("f for freddie", "b as in bravo") or letters in a row
_SPELLS = re.compile(r"\b[a-z]\s+(?:for|as in|like)\s+[a-z]{3,}\b|\b(?:[a-z]\s+){2,}[a-z]\b", re.I)


def beside_spelled(tokens: list[Token], spelled_spans: list[tuple[int, int]],
                   rare=_never_rare) -> list[tuple[int, int]]:
    """A name said and then spelled ("Tomasz, T O M A S Z, Wisniewski"): the capitalised (or `rare`)
    words right before and right after the letters are the same name."""
    out = []
    for a, b in spelled_spans:
        first = next(i for i, t in enumerate(tokens) if t.start >= a)
        last = max(i for i, t in enumerate(tokens) if t.end <= b)
        for step, k in ((-1, first - 1), (1, last + 1)):
            while 0 <= k < len(tokens) and tokens[k].text in (",", "-", ".", ":"):
                k += step
            n = 0
            while 0 <= k < len(tokens) and n < 2:
                t = tokens[k]
                if len(t.text) < 2 or not (t.text[:1].isupper() or rare(t.lower)) or t.lower in NOT_NAMES \
                        or t.lower in TITLES:
                    break
                out.append((t.start, t.end))
                k += step
                n += 1
    return out


def _letter(t: Token, started: bool, nxt: Token | None) -> bool:
    if len(t.text) == 1 and t.text.isalpha() or t.lower in NATO and started:
        return True
    # "alpha bravo": the radio alphabet, two or more in a row
    return t.lower in NATO and nxt is not None and (nxt.lower in NATO or len(nxt.text) == 1)


def _digit(t: Token) -> bool:
    return len(t.text) == 1 and t.text.isdigit() or t.lower in UNITS


# A letter glued to the number before it is its unit ("5k", "2m", "10l", "4x"), not a letter spelled out:
# "a 5k deposit" is no code "A 5 K".
_UNIT_LETTERS = {"k", "m", "g", "l", "s", "p", "x", "w", "v"}


def _glued_unit(tokens: list[Token], j: int) -> bool:
    t = tokens[j]
    return j > 0 and t.lower in _UNIT_LETTERS and tokens[j - 1].text[-1:].isdigit() and tokens[j - 1].end == t.start


def spelled(tokens: list[Token]) -> list[tuple[int, int]]:
    """Letters spelled out one by one ("L A C H A N C E", "B-A-P-T-I-S-T-E", "C U double N"):
    three or more in a row are a name or an address being spelled; two or more with digits among
    them a code ("sierra whiskey one alpha, one alpha alpha", "J 7 K")."""
    spans, i = [], 0
    while i < len(tokens):
        j, letters, digits, last = i, 0, 0, i
        while j < len(tokens):
            t, nxt = tokens[j], tokens[j + 1] if j + 1 < len(tokens) else None
            if _glued_unit(tokens, j):
                break
            if _letter(t, letters > 0, nxt):
                letters += 1
            elif letters and _digit(t) and nxt is not None and (_letter(nxt, True, None) or _digit(nxt)):
                digits += 1
            elif letters and _digit(t) and digits:
                digits += 1
            elif t.lower in ("double", "triple") and nxt is not None and len(nxt.text) == 1:
                pass
            elif t.text in ("-", ".", ",") and letters and nxt is not None and (
                    len(nxt.text) == 1 and nxt.text.isalnum() or nxt.lower in NATO or digits and _digit(nxt)):
                pass
            else:
                break
            j += 1
            if t.text not in ("-", ".", ","):
                last = j
        word = "".join(t.text for t in tokens[i:last]).upper()
        if (letters >= 3 or letters >= 2 and digits) and not (letters == 3 and not digits and word in _ABBREVIATIONS):
            spans.append((tokens[i].start, tokens[last - 1].end))
            i = last
        else:
            i = max(j, i + 1)
    return spans


# Spelled-out letters that are everyday abbreviations, not someone's name.
_ABBREVIATIONS = {"ATM", "USA", "TV", "PDF", "DVD", "CEO", "FAQ", "PIN", "SSN", "DOB", "ETA", "ASAP", "SMS",
                  "IRS", "GPS", "ISP", "APR", "VIP", "UPS", "DHL", "BBC", "CNN", "NHS", "ICU", "ER", "MRI", "ECG"}
