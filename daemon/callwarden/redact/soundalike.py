"""A sound-alike key for English spellings, to find a drug or condition name that speech recognition
wrote as other words ("Mount Jarrow" for Mounjaro, "trays a done" for trazodone).

The key is written here (no metaphone package): letters become sound classes, voiced and voiceless
pairs share a class (ASR and accents swap them), every vowel run is one `A`, an `r` counts only
before a vowel (ASR adds and drops it after one), silent and inserted letters are dropped, and a
word boundary is not a sound. Two spellings that say the same thing get the same key; many
different words do too, which is why health.py only trusts a key match with guards around it.
"""
from __future__ import annotations

import re

from callwarden.redact.spoken import TEENS, TENS, UNITS

VOWELS = frozenset("aeiouy")
SOFT = frozenset("eiy")      # c and g before these say s and j
# A letter said on its own ("F", "M"), as ASR writes a spelled-out letter: its spoken name.
LETTER_NAMES = {"b": "bee", "c": "see", "d": "dee", "e": "ee", "f": "ef", "g": "jee", "h": "aitch",
                "j": "jay", "k": "kay", "l": "el", "m": "em", "n": "en", "p": "pee", "q": "cue",
                "r": "ar", "s": "es", "t": "tee", "u": "you", "v": "vee", "w": "double you", "x": "ex",
                "y": "why", "z": "zed"}
# Silent or merged clusters at the start of a word: "psoriasis", "knee", "gnaw", "wrist", "Xanax".
_ONSET = (("ps", "s"), ("pn", "n"), ("kn", "n"), ("gn", "n"), ("wr", "r"), ("wh", "w"), ("x", "s"),
          ("rh", "r"), ("mn", "n"), ("pt", "t"))
# Each class stands for the sounds that ASR confuses: voicing pairs share one.
_PLAIN = {"b": "p", "p": "p", "d": "t", "t": "t", "f": "f", "v": "f", "k": "k", "q": "k", "z": "s",
          "s": "s", "j": "j", "l": "l", "m": "m", "n": "n", "r": "r"}


def spoken(words: list[str]) -> str:
    """The words of a run as one letter string, a lone letter (not a, i, o) as its spoken name."""
    out = []
    for w in words:
        w = re.sub(r"[^a-z]", "", w.lower())
        out.append(LETTER_NAMES.get(w, w) if len(w) == 1 else w)
    return "".join(out)


def _codes(s: str) -> list[str]:
    """Sound classes for a letter string, left to right; `A` is a vowel, `h` and `w` glide."""
    for old, new in _ONSET:
        if s.startswith(old):
            s = new + s[len(old):]
            break
    out: list[str] = []
    i, n = 0, len(s)
    while i < n:
        c, nxt = s[i], s[i + 1] if i + 1 < n else ""
        nxt2 = s[i + 2] if i + 2 < n else ""
        if c in VOWELS and not (c == "y" and i == 0 and nxt in VOWELS):
            out.append("A")
        elif c == "y":
            out.append("y")
        elif c == "w":  # a glide at the start ("we"), part of a vowel elsewhere ("own", "low")
            out.append("w" if i == 0 else "A")
        elif c == "h":  # silent or breathy: "Hugh" and "u" say the same to a recogniser
            pass
        elif s.startswith("sch", i):
            out.append("sk")
            i += 3
            continue
        elif c in "sc" and nxt == "h":  # "ch" in medicine is Greek, a k ("chemo", "chlamydia", "tech")
            out.append("k" if c == "c" else "x")
            i += 2
            continue
        elif c == "t" and nxt == "c" and nxt2 == "h":
            out.append("x")
            i += 3
            continue
        elif c in "pt" and nxt == "h":  # "ph" is f; "th" is said as t by many and by ASR
            out.append("f" if c == "p" else "t")
            i += 2
            continue
        elif c == "g" and nxt == "h":  # silent: "though", "Hugh", "eight"
            i += 2
            continue
        elif c == "c" and nxt == "k":
            out.append("k")
            i += 2
            continue
        elif c == "q" and nxt == "u":
            out.extend("kA")
            i += 2
            continue
        elif c == "c":
            out.append("s" if nxt in SOFT else "k")
        elif c == "g" and i and s[i - 1] == "n" and nxt not in VOWELS:  # "cycling": ng is one sound
            pass
        elif c == "g" and nxt == "g":  # hard before a soft vowel too: "bigger", "trigger"
            out.append("k")
            i += 2
            continue
        elif c == "g":
            out.append("j" if nxt in SOFT else "k")
        elif c == "x":
            out.extend("ks")
        elif c in _PLAIN:
            out.append(_PLAIN[c])
        i += 1
    return out


def sound_key(s: str) -> str:
    """The key of a letter string: sound classes with doubles merged, `t` before `s` or `j` dropped
    (its own sound is inside them: "ants"/"ance", "Mount Jarrow"/"Mounjaro"), `r` kept only before
    a vowel, and the trailing vowel dropped."""
    return _clean("".join(_codes(s)))


def _clean(codes: str) -> str:
    codes = re.sub(r"A+", "A", codes)
    codes = re.sub(r"(.)\1+", r"\1", codes)
    codes = re.sub(r"t(?=[sjx])", "", codes)
    codes = re.sub(r"r(?!A)", "", codes)
    codes = re.sub(r"(.)\1+", r"\1", codes)
    return codes.rstrip("A")


_FOLDS = (("ph", "f"), ("ck", "k"), ("qu", "kw"), ("x", "ks"), ("c", "k"), ("z", "s"), ("y", "i"), ("w", "u"))


def fold(letters: str) -> str:
    """A spelling with its letter-level variants merged (ph/f, c/k, z/s, y/i, doubled letters, h
    after a consonant): close spellings of one sound end up a letter or two apart."""
    for a, b in _FOLDS:
        letters = letters.replace(a, b)
    letters = re.sub(r"(?<=[^aeiou])h", "", letters)
    return re.sub(r"(.)\1+", r"\1", letters)


def _vowels_one(letters: str) -> str:
    return re.sub(r"[aeiouy]+", "a", letters)


def consonants(key: str) -> int:
    return sum(1 for c in key if c != "A")


def word_codes(word: str) -> str:
    """One word's sound classes (a lone letter as its spoken name), to be joined by run_key."""
    return "".join(_codes(spoken([word])))


def run_key(codes: list[str]) -> str:
    """The key of a run of words from each word's codes: a glide inside the run is a vowel
    ("Jan you via" is Januvia), then the same clean-up as sound_key."""
    joined = "".join(codes)
    joined = joined[:1] + joined[1:].replace("y", "A").replace("w", "A")
    return _clean(joined)


MAX_RUN = 4             # words a misheard term is split into ("meth oh trex eight")
HAS, MEDICAL, ON, TAKEN = 1, 2, 3, 4     # how strongly what comes before says a health term follows
MIN_CONSONANTS = 3      # shorter keys ("Humira", "a mirror") are shared by too many words
MIN_CONSONANTS_ALONE = 4    # an uncommon word with no cue ("Mount Jarrow" said alone)
MIN_CONSONANTS_ON = 4       # everyday words after "I'm on" ("on the same day") or before "pens"
LONG_KEY = 6            # keys this long still say which term when ASR added a consonant
MIN_CONSONANTS_WEAK = 5     # everyday words after "has", "with": "taken all", "few stray" sound like brands
# Said before a medicine or condition: what someone takes, is on or was given (strong), or has (weak:
# "has", "with" come before anything).
_DET = r"(?:(?:my|his|her|their|your|a|an|the|some|more)\s+)?"
_ON = re.compile(r"\b(?:i'm|i am|i've been|i was|he's|she's|they're|me|him|her|them|been|is|was|still|now) on\s+"
                 + _DET, re.I)
_STRONG = re.compile(r"\b(?:take|takes|taking|took|inject|injects|injecting|prescribed|prescribe|prescription for|"
                     r"switched(?: me| him| her)? to|started(?: me| him| her)? on|gave me|upped|lowered|allergic to|"
                     r"diagnosed with|suffers? from|suffering from|positive for|treated for|booked in for|booked for|"
                     r"recovering from)\s+" + _DET, re.I)
_WEAK = re.compile(r"\b(?:has|have|had|got|with|having|given|increased|reduced|stopped)\s+" + _DET, re.I)
_MEDICAL_TURN = re.compile(r"\b(?:pharmacy|pharmacist|chemist|prescriptions?|prescribed|doctor|gp|hospital|clinic|"
                           r"nurse|consultant|surgery|medications?|medicines?|meds|pills|tablets|capsules|dose|"
                           r"refill|repeat|inhaler|injections?|diagnos\w*|symptoms|side effects)\b", re.I)
# Said after one: "the Vic Tosa pens", "my symbol court inhaler".
AFTER = frozenset({"pens", "pen", "inhaler", "inhalers", "tablets", "tablet", "pills", "pill", "capsules", "drops",
                   "patches", "injections", "injection", "jabs", "prescription", "refill", "dose", "doses",
                   "medication", "treatment", "results", "diagnosis", "disease", "syndrome", "flare"})


# Words a misheard name does not start or end with ("I'm near Meadowhall is", "Hotspur on").
EDGE = frozenset({"a", "the", "my", "his", "her", "their", "our", "your", "on", "in", "at", "of", "is", "was", "are",
                  "for", "to", "and", "or", "so", "near", "with", "from", "by", "it", "that", "this", "me", "i",
                  "an", "some", "any", "no", "not", "but", "if", "as", "up", "out", "be", "been", "am", "we", "you",
                  "he", "she", "they", "them", "him", "got", "get", "has", "have", "had", "take", "takes", "took"})


# Said as themselves, never as part of a misheard name.
NOT_NAMES = frozenset(UNITS) | frozenset(TEENS) | frozenset(TENS) | {
    "hundred", "thousand", "double", "triple", "um", "umm", "uh", "uhh", "er", "erm", "ah", "uhm", "hmm", "hm",
    "mm", "mhm"}
_INFLECTIONS = ("s", "es", "ed", "ing", "er", "ers", "ly", "d", "n")


# Said at the end of a name ASR made into a word: "eloquist" for Eliquis.
_ADDED_LAST = frozenset("tsk")
_CONTRACTION = re.compile(r"'(?:ve|t|m|re|ll|d)$")     # "i've", "don't"; "'s" may be a possessive


def _plain(word: str) -> bool:
    """A word: no contraction ("I've"; "jar d'ance" is a name), number ("three kids") or filler ("six erm")."""
    return word.replace("'", "").isalpha() and not _CONTRACTION.search(word) and word not in NOT_NAMES


def edit_distance(a: str, b: str, limit: int) -> int:
    """Edit distance, or limit + 1 once it is past limit."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb))
        if min(cur) > limit:
            return limit + 1
        prev = cur
    return prev[-1]


class SoundIndex:
    """Terms by sound key (a string per key, a tuple where several terms share one)."""

    def __init__(self, terms, common: set[str]) -> None:
        self.common = common
        self.keys: dict[str, str | tuple[str, ...]] = {}
        self._codes: dict[str, str] = {}
        built: dict[str, str] = {}         # the terms' words repeat ("disease", "syndrome"): each coded once
        for term in terms:
            words = re.sub(r"[^a-z ]", "", term.lower()).split()
            flat = "".join(words)
            if len(flat) < 6 or len(words) > MAX_RUN - 1 or not flat.isalpha():
                continue
            codes = []
            for w in words:
                c = built.get(w)
                if c is None:
                    c = built[w] = "".join(_codes(w))
                codes.append(c)
            key = run_key(codes)
            if consonants(key) < MIN_CONSONANTS:
                continue
            have = self.keys.get(key)
            if have is None:
                self.keys[key] = flat
            elif flat != have and flat not in have:
                self.keys[key] = (have, flat) if isinstance(have, str) else have + (flat,)

    def codes(self, word: str) -> str:
        got = self._codes.get(word)
        if got is None:
            got = word_codes(word)
            if len(self._codes) < 50_000:       # bounded: call text is open-ended
                self._codes[word] = got
        return got

    def _one_added(self, key: str) -> str | tuple[str, ...] | None:
        """The terms of a long key with one consonant taken out: ASR adds one to make a word of a
        syllable ("symbol court" for Symbicort)."""
        for k, c in enumerate(key):
            if c != "A":
                have = self.keys.get(_clean(key[:k] + key[k + 1:]))
                if have is not None:
                    return have
        return None

    @staticmethod
    def _least(rare: bool, cue: int, after: bool) -> int:
        """The fewest consonants a key needs: the fewer other signs, the more it must say."""
        if rare:
            return MIN_CONSONANTS if cue >= MEDICAL or after else MIN_CONSONANTS_ALONE
        if cue == TAKEN:
            return MIN_CONSONANTS
        return MIN_CONSONANTS_ON if cue == ON or after else MIN_CONSONANTS_WEAK

    def everyday(self, word: str) -> bool:
        """A common word, or one with an inflection on a common word ("renews", "Sainsbury's")."""
        word = word.removesuffix("'s")
        if _CONTRACTION.search(word):
            return True
        if word.endswith("ied") and word[:-3] + "y" in self.common:      # "proxied", "supplied"
            return True
        return word in self.common or any(
            word.endswith(end) and (word[:-len(end)] in self.common or word[:-len(end)] + "e" in self.common)
            for end in _INFLECTIONS)

    def match_at(self, words: list[str], i: int, cue: int, stop: int | None = None) -> int:
        """How many words from i sound like a term (0: none).

        After a strong cue ("prescribed", "I'm on", a turn about medicine) or before a treatment word
        ("... pens") the key decides, with four consonants for a run of everyday words and three
        otherwise. Elsewhere the run must also be spelled close to the term (a quarter of its letters
        once folded: "Mount Jarrow" is two from Mounjaro, "three kids" nothing like the brand it
        sounds like), and needs an uncommon word or, after "has"/"with", six consonants. A lone word
        needs a cue of medicine and that close spelling too."""
        for n in range(min(MAX_RUN, (len(words) if stop is None else stop) - i), 0, -1):
            run = words[i:i + n]
            # nor ends one, unless a cue came first and the name needs it ("got cell you light is")
            if run[-1].removesuffix("'s") in EDGE and run[-1] != "me" and (
                    not cue or n < 3 or self.match_at(words, i, cue, i + n - 1)) or not all(map(_plain, run[1:])):
                continue
            # an everyday word or a contraction leads the name only where the rest is no name ("the
            # Nexeum", "got endo"), and a pair only after a strong cue ("gave me so fran", "take I'm a tricks")
            led = run[0].removesuffix("'s") in EDGE or bool(_CONTRACTION.search(run[0]))
            if not led and not _plain(run[0]) or led and (
                    n == 1 or n == 2 and (cue < ON or not self.everyday(run[1])) or run[1] in EDGE
                    or self.match_at(words, i + 1, 0)):
                continue
            after = i + n < len(words) and words[i + n] in AFTER or n > 1 and _located(words, i + n)
            strong = cue >= MEDICAL or after
            rare = any(len(w) >= 2 and not self.everyday(w) for w in run)
            if n == 1 and not (rare and strong) or not rare and not cue and not after:
                continue
            flat = spoken(run)
            if len(flat) < 6:
                continue
            key = run_key([self.codes(w) for w in run])
            have = self.keys.get(key)
            if have is None and (after or rare and cue >= MEDICAL) and consonants(key) >= LONG_KEY:
                have = self._one_added(key)
            if have is None and rare and key[-1:] in _ADDED_LAST:     # "eloquist"
                have = self.keys.get(key[:-1].rstrip("A"))
            if have is None or consonants(key) < max(self._least(rare, cue, after), 4 if led and n == 2 else 0):
                continue
            for term in (have,) if isinstance(have, str) else have:
                gap = max(2 if n == 1 else 3, len(term) // 3)     # ASR's words add letters: "Mount Jarrow"
                if abs(len(term) - len(flat)) > gap:
                    continue
                if (cue >= ON or after) and n > 1:
                    return n
                near, said = fold(term), fold(flat)
                most = max(2, len(near) // 4)
                if edit_distance(said, near, most) <= most:
                    return n
                # ASR spells a split term's vowels its own way ("has die a beaties"): after a cue, with an
                # uncommon word in the run, the consonants in order and a vowel where the term has one do
                if cue and rare and n > 1 and edit_distance(_vowels_one(said), _vowels_one(near), most) <= most:
                    return n
        return 0


# Where in the body, said right after a run of words ("sigh attica all down my leg", "a pain you
# rism in my head"): as strong a sign as a treatment word after it. Only for runs of two or more words.
_WHERE = frozenset({"in", "on", "down", "up", "behind", "under", "round", "around", "over", "across"})
_BODY = frozenset({"leg", "legs", "back", "brain", "head", "chest", "arm", "arms", "neck", "spine", "hip", "hips",
                   "knee", "knees", "foot", "feet", "hand", "hands", "stomach", "tummy", "bowel", "bowels", "lungs",
                   "lung", "heart", "liver", "kidney", "kidneys", "bladder", "skin", "eye", "eyes", "ear", "ears",
                   "throat", "shoulder", "shoulders", "joints", "side", "face", "blood", "bones", "womb", "breast"})


def _located(words: list[str], j: int) -> bool:
    if j < len(words) and words[j] == "all":
        j += 1
    if j >= len(words) or words[j] not in _WHERE:
        return False
    # "on the back", "in the side": of a thing as often as of a body ("down the leg" is a body's)
    the = words[j] in ("on", "in", "behind", "under", "over") and j + 1 < len(words) and words[j + 1] == "the"
    j += 1
    if j < len(words) and words[j] in ("my", "his", "her", "their", "the", "both", "your"):
        j += 1
    j += j < len(words) and words[j] in ("left", "right", "lower", "upper")
    # "in my back garden", "on the side door": the part names a place; "on the" a part that is also a
    # thing's ("the security code on the back", "on the face of it") is no body
    if the and j < len(words) and words[j] in _THINGS_TOO:      # ... unless a body's: "the back of my leg"
        return (j + 3 < len(words) and words[j + 1] == "of" and words[j + 2] in ("my", "his", "her", "their", "your")
                and words[j + 3] in _BODY)
    return j < len(words) and words[j] in _BODY and (j + 1 == len(words) or words[j + 1] not in _PLACES)


_THINGS_TOO = frozenset({"back", "side", "face", "head", "arm", "arms", "foot", "feet", "hand", "hands", "eye", "eyes",
                         "ear", "ears", "neck", "heart", "skin", "leg", "legs", "shoulder", "shoulders"})
_PLACES = frozenset({"room", "rooms", "garden", "door", "yard", "bedroom", "office", "seat", "seats", "pocket",
                     "passage", "street", "road", "wall", "window", "gate", "entrance", "lane", "page", "panel"})


def cued_at(text: str, tokens) -> dict[int, int]:
    """Token index -> the strength of the health cue right before it: TAKEN ("prescribed", "diagnosed
    with"), ON ("I'm on"), MEDICAL (anywhere in a turn about medicine), HAS ("has", "with")."""
    ends = {m.end(): HAS for m in _WEAK.finditer(text)}
    ends.update({m.end(): ON for m in _ON.finditer(text)})
    ends.update({m.end(): TAKEN for m in _STRONG.finditer(text)})
    # a turn about medicine is a cue everywhere in it ("the pharmacy sent eloquist")
    least = MEDICAL if _MEDICAL_TURN.search(text) else 0
    return {k: max(ends.get(t.start, 0), least) for k, t in enumerate(tokens) if t.start in ends or least}
