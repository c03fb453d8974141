"""Names by list: first names and surnames from a packaged data file, less the common words.

A cue ("my name is") misses most of the ways a caller names someone ("you're speaking to
Fionnuala", "my son Kwabena set it up", "the policyholder is Ingrid Solberg"). The lists
(philter-lite's, pinned in models/manifest.toml) know the names; what decides whether a listed
word is a name here is how it is said:

- capitalised inside a sentence (Whisper capitalises names) and not a common word;
- next to another listed name ("rosa delgado", ASR in lower case) or after a title;
- in lower case alone only when the word is rare as an ordinary word (it is not in the
  lists' common words, and Whisper's vocabulary has no lower-case token for it) and said
  where a name goes ("my son kwabena", "the policyholder is ingrid").
"""

from __future__ import annotations

import json
import threading
import tomllib
from dataclasses import dataclass

from callwarden.redact.spoken import Token

TITLES = {"mr", "mrs", "ms", "miss", "dr", "doctor", "mister", "professor", "sir", "dame", "auntie", "uncle"}
# Capitalised words that start a clause or are said about the call, never a person here.
_NEVER = {"i", "i'm", "i'll", "i've", "i'd", "okay", "ok", "hello", "hi", "hey", "yes", "yeah", "no", "thanks",
          "sorry", "please", "god", "christ", "jesus", "lord", "internet", "broadband", "english", "british",
          "american", "bot", "ai", "visa", "mastercard", "amex", "paypal", "apple", "google", "amazon", "uber"}


# Words after which a lower-case rare name is someone's ("my son kwabena", "yesterday, amara"); without
# one, a lower-case word that happens to be on a list ("blen", "frum" in mumbled speech) is left.
_ARTICLES = {"the", "a", "an", "this", "that", "these", "those"}
_CUES = {"son", "daughter", "wife", "husband", "mum", "mom", "mother", "dad", "father", "brother", "sister",
         "friend", "neighbour", "neighbor", "partner", "colleague", "boss", "tenant", "landlord", "carer", "nurse",
         "called", "named", "is", "was", "be", "it's", "as", "to", "for", "with", "by", "from", "and", ",",
         "name", "name's", "names", "surname", "grandson", "granddaughter", "nan", "gran", "grandma", "grandad",
         # as ASR writes them without the apostrophe ("its fionnuala", "im agnieszka", "my husbands desmond")
         "its", "im", "husbands", "wifes", "sons", "daughters", "mums", "moms", "dads", "brothers", "sisters",
         "partners", "mothers", "fathers"}
# Particles inside a surname ("desmond o leary", "van der berg", "mc donagh"): the listed word after one
# is the same name's.
PARTICLES = {"o", "mc", "mac", "de", "da", "di", "du", "van", "von", "der", "den", "la", "le", "st", "bin", "al", "el",
             "nic", "ni", "ui", "ua", "ibn", "bint", "dos", "das", "del", "della", "ter", "af", "zu"}


@dataclass(frozen=True, slots=True)
class NameLists:
    names: frozenset[str]       # first names and surnames, lower case
    common: frozenset[str]      # those of them also used as ordinary words ("bill", "grace", "may")


_lock = threading.Lock()
_lists: NameLists | None = None


def lists() -> NameLists:
    """Built once per process (a second or two); the daemon warms it before the first call."""
    global _lists
    with _lock:
        if _lists is None:
            _lists = _load()
    return _lists


def _load() -> NameLists:
    from callwarden.models import ModelError, load_manifest, model_for, verify
    model = next((m for m in load_manifest() if m.role == "redact-names"), None)
    if model is None:
        raise ModelError("no redact-names entry in models/manifest.toml")
    problems = verify([model])
    if problems:
        raise ModelError("; ".join(problems))
    data = tomllib.loads(model.files[0].path.read_text(encoding="utf-8"))
    names = {w for key in ("firstnames", "lastnames") for w in data[key] if len(w) >= 3 and w.isalpha()}
    tokenizer = next(f.path for f in model_for("asr").files if f.path.name == "tokenizer.json")
    vocab = json.loads(tokenizer.read_text(encoding="utf-8"))["model"]["vocab"]
    # "Ġbill" (lower case, after a space) is an ordinary word; "ĠRosa" alone is not
    lower = {k[1:] for k in vocab if k.startswith("\u0120") and k[1:].isalpha() and k[1].islower()}
    # only the names' overlap with the common words is kept: a third of the memory
    common = {w for w in data["nonames"] if w in names} | (lower & names)
    return NameLists(frozenset(names), frozenset(common))


def listed_names(tokens: list[Token], nl: NameLists) -> list[tuple[int, int]]:
    """Character spans of the names in a turn, by list and by how they are said."""
    n = len(tokens)
    listed = [t.lower in nl.names and t.lower not in _NEVER for t in tokens]
    rare = [listed[i] and tokens[i].lower not in nl.common for i in range(n)]
    strong = [rare[k] or tokens[k].text[:1].isupper() and tokens[k].lower not in nl.common for k in range(n)]
    is_name = [False] * n
    for i, t in enumerate(tokens):
        if not listed[i]:
            continue
        starts_clause = i == 0 or tokens[i - 1].text in (".", "!", "?", ":", '"')
        capital = t.text[:1].isupper() and not t.text.isupper()
        after_title = i > 0 and tokens[i - 1].lower.rstrip(".") in TITLES or \
            i > 1 and tokens[i - 1].text == "." and tokens[i - 2].lower in TITLES
        # two listed words side by side, each rare or a capitalised uncommon word ("rosa delgado",
        # "Ingrid Solberg"); "Perfect Cheers" is two common words however ASR capitalises them
        beside = strong[i] and ((i > 0 and listed[i - 1] and strong[i - 1])
                                or (i + 1 < n and listed[i + 1] and strong[i + 1]))
        # "with the telly", "is the hoover on": a lower-case word after an article is a thing
        cued = any(tokens[k].lower in _CUES for k in range(max(0, i - 2), i)) \
            and not (i > 0 and tokens[i - 1].lower in _ARTICLES and not capital)
        if _a_place(tokens, i) and not after_title:
            continue
        if after_title or (rare[i] and (cued or capital)) or beside \
                or (capital and not starts_clause and t.lower not in nl.common):
            is_name[i] = True
    # a listed word beside a name found above is its other half ("Ingrid Solberg", "rosa delgado")
    for i in range(n):
        if listed[i] and not is_name[i] and ((i > 0 and is_name[i - 1]) or (i + 1 < n and is_name[i + 1])) \
                and (rare[i] or tokens[i].text[:1].isupper()):
            is_name[i] = True
    for i in range(2, n):
        if listed[i] and rare[i] and not is_name[i] and is_name[i - 2] and tokens[i - 1].lower in PARTICLES:
            is_name[i - 1] = is_name[i] = True
    return [(tokens[i].start, tokens[i].end) for i in range(n) if is_name[i]]


def is_rare(word: str, nl: NameLists) -> bool:
    """A listed name that is no common word: said in lower case it is still most likely a name."""
    return word in nl.names and word not in nl.common


def listed_word():
    """Whether a lower-case word is a listed name that is no common word ("agnieszka")."""
    nl = lists()
    return lambda w: is_rare(w, nl)


def any_listed():
    """Whether a lower-case word is a listed name at all, common word or not ("baker", "grace")."""
    nl = lists()
    return lambda w: w in nl.names


# After these a capitalised word is where, not who ("the Boots in Cork", "near Leeds"), or a team
# supported ("I support Liverpool"): no one is "in" a person, save in their name ("in Sarah's name").
_PLACE_BEFORE = {"in", "near", "outside", "around", "across", "support", "supports", "supporting"}
_MAIL_WORDS = {"dot", "email", "e-mail", "mail", "gmail", "hotmail", "outlook", "yahoo", "underscore"}


def _a_place(tokens: list[Token], i: int) -> bool:
    if i == 0 or tokens[i - 1].lower not in _PLACE_BEFORE or tokens[i].lower.endswith("'s"):
        return False
    # an e-mail address said in words may hold a name after "in": then the name stays a name
    if any(t.lower in _MAIL_WORDS or "@" in t.text for t in tokens):
        return False
    return not (i + 1 < len(tokens) and tokens[i + 1].text in ("'s", "'"))
