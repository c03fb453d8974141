"""Numbers that name a thing rather than a person: a product's model or generation ("iPhone 15 Pro",
"Windows 11", "a 5G plan", "4K telly") and a size said as dimensions ("40 by 30 by 20 centimetres").

Callers to a support line name their kit all the time, and masking "Windows [NUMBER]" both loses the
conversation and raises nothing useful. Both recognisers stand down while a context makes numbers
secret, and a model number has at most three digits, so no card, PIN or phone number fits.
"""

from __future__ import annotations

from callwarden.redact.numvocab import UNIT_WORDS
from callwarden.redact.spoken import TEENS, TENS, UNITS, NumberRun, Token

# Product families and the words that introduce a model or generation ("model 3", "gen 2"); words that
# are also names or everyday words ("Mark", "Echo", "Note", "Switch") are left out: "this is Mark 482".
PRODUCT_WORDS = {
    "iphone", "ipad", "ipod", "imac", "macbook", "airpods", "pixel", "galaxy", "xbox", "playstation", "kindle",
    "thinkpad", "chromebook", "windows", "android", "ios", "macos", "firestick", "roku", "fitbit", "model", "gen",
    "generation"}
# Glued to the number: a network generation, a screen's resolution, a picture's dimensions
TECH_SUFFIXES = {"g", "k", "d", "p", "hd"}
_ASKED_FOR = {"code", "number", "pin", "password", "passcode", "digits"}
_DIMENSION_JOINERS = {"by", "x"}
_SIZE_UNITS = UNIT_WORDS | {"cm", "mm", "m", "centimetres", "centimeters", "millimetres", "millimeters"}
# The word before a number that makes it an address's or an account's, never a model's
_NOT_PRODUCTS = {"flat", "apartment", "apt", "unit", "suite", "house", "number", "no", "box", "account", "pin",
                 "card", "code", "extension", "ext", "ending", "ends"}


def _camel(word: str) -> bool:
    """"iPhone", "eReader": a lower-case letter before a capital opens a brand, never a name ("McDonald")
    or a street."""
    return len(word) > 2 and word.isalpha() and word[0].islower() and word[1].isupper()


def model_number(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    if guarded or len(run.digits) > 3 or not run.digits:
        return False
    k = run.first_token
    before = tokens[k - 1] if k > 0 else None
    after = tokens[run.last_token] if run.last_token < len(tokens) else None
    glued_after = after is not None and after.start == run.end
    if glued_after and after.lower in TECH_SUFFIXES and len(run.digits) <= 2:
        return True                  # "5G", "4K", "3D" (1080p: "p" after up to four digits is a picture's)
    if before is None or before.lower in _NOT_PRODUCTS \
            or any(t.lower in _ASKED_FOR for t in tokens[max(0, k - 4):k - 1]):   # "the code is iPhone 482"
        return False
    if before.lower in PRODUCT_WORDS or _camel(before.text):
        return True
    return False


def dimensions(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"40 by 30 by 20 centimetres", "6 x 4 feet": numbers joined by "by" or "x" and ending in a unit,
    this run one of them."""
    if guarded or len(run.digits) > 4:
        return False
    # walk left to the first number of the chain, then right to its unit
    k = run.first_token
    while k >= 2 and tokens[k - 1].lower in _DIMENSION_JOINERS and _is_number(tokens[k - 2]):
        k -= 2
    j, joined = k, 0
    while j < len(tokens) and _is_number(tokens[j]):
        if j + 2 < len(tokens) and tokens[j + 1].lower in _DIMENSION_JOINERS and _is_number(tokens[j + 2]):
            j, joined = j + 2, joined + 1
            continue
        break
    return joined > 0 and j + 1 < len(tokens) and tokens[j + 1].lower in _SIZE_UNITS


def _is_number(token: Token) -> bool:
    return token.text.replace(".", "", 1).isdigit() or token.lower in UNITS or token.lower in TEENS or token.lower in TENS
