"""Positive recognisers of harmless numbers: money, times, quantities with a unit, counts, years.

Every number a caller says is masked unless one of these claims it (fail closed):
a number is only kept when it is known not to be part of a secret. Each
recogniser looks at the words around a run, never at its digits alone, and
stands down while a context that makes numbers secret (a card, a PIN ...)
is open, except for explicit money and counts of things.
"""

from __future__ import annotations

from callwarden.redact import clocks, groups, syntax, when_answer
from callwarden.redact.lexicon import MONTHS
from callwarden.redact.product_numbers import dimensions, model_number
from callwarden.redact.numvocab import (ADJECTIVES, CURRENCY_SIGNS, CURRENCY_WORDS, DAY_PART_OPENERS, DAY_PARTS,
                                        GLUED_MAGNITUDES, GROUP_NOUNS, LABEL_BEFORE, LARGE_MAGNITUDES, MAGNITUDES,
                                        MONEY_CUES, NOT_THINGS, ONE_PRONOUN_AFTER, ONE_PRONOUN_BEFORE, RATE_PERIODS,
                                        TIME_AFTER, TIME_BEFORE, UNIT_WORDS, WEAK, YEAR_BEFORE)
from callwarden.redact.numvocab import CENTS as _CENTS
from callwarden.redact.numvocab import CLOCK as _CLOCK
from callwarden.redact.spoken import TEENS, TENS, UNITS, NumberRun, Token, number_runs


def _word(tokens: list[Token], k: int) -> str:
    return tokens[k].lower if 0 <= k < len(tokens) else ""


def _value(text: str, run: NumberRun) -> int:
    return int(run.digits) if run.digits and len(run.digits) <= 12 else 10 ** 13


def money(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    before = text[max(0, run.start - 2):run.start].strip()
    if before[-1:] in CURRENCY_SIGNS and len(run.digits) <= 9:
        return True
    if _word(tokens, run.first_token - 1) in ("dollar", "dollars", "usd") and len(run.digits) <= 7:
        return True       # "$1,299" as ASR sometimes writes it: "dollar 1,299"
    after = _word(tokens, run.last_token)
    if after in CURRENCY_WORDS and len(run.digits) <= 9:
        return True
    # "forty nine dollars ninety nine", "two dollars and fifty"
    k = run.first_token - 1
    if _word(tokens, k) == "and":
        k -= 1
    if _word(tokens, k) in CURRENCY_WORDS and len(run.digits) <= 2:
        return True
    # "forty-six twenty-five a month": a price per period
    if _word(tokens, run.last_token) in ("a", "per", "each") and _word(tokens, run.last_token + 1) in RATE_PERIODS \
            and len(run.digits) <= 5:
        return True
    if guarded:
        return False
    # "20 each", "30 in credit", "100 upfront": what follows says it is an amount
    if groups.amount(tokens, run) and (after in ("each", "apiece", "upfront", "outright", "overdrawn") or after == "in" and
                                       _word(tokens, run.last_token + 1) in MONEY_CUES | {"arrears", "debt"}):
        return True
    # "it was 19.99 on the website": written with cents, a price (no card, PIN or phone number is
    # written so); "10.12" could be a day and a month, and stays masked
    if run.last_token - run.first_token == 1 and (m := _CENTS.match(tokens[run.first_token].text)) \
            and not (int(m.group(1).replace(",", "")) <= 31 and 1 <= int(m.group(2)) <= 12) \
            and not _name_follows(tokens, run.last_token):
        return True
    # "the total was forty nine ninety nine", "I paid 1,299.00", "the bill's 212.40": a price, not an identifier.
    # ... never with a word naming a number right before it ("my balance on account 4412")
    named = any(_word(tokens, run.first_token - d) in syntax.SECRET_HEADS for d in (1, 2))
    cue = not named and (any(_word(tokens, run.first_token - d).split("'")[0] in MONEY_CUES for d in range(1, 4))
                         or _money_in_clause(tokens, run))
    # An amount is said as one value or as an amount and its cents, never digit by digit ("billing
    # zip is eight, one, double six"); at most four digits before the cents without a currency word.
    said_as_amount = groups.amount(tokens, run)
    return cue and (said_as_amount or "." in tokens[run.last_token - 1].text and len(run.digits) <= 7)


def _name_follows(tokens: list[Token], k: int) -> bool:
    """A capitalised word right after the number, past a comma: "it's 2.17, Oakmont, over in Dayton" is a
    house number that ASR wrote with a point (a street follows it), not a price."""
    if _word(tokens, k) == ",":
        k += 1
    return k < len(tokens) and tokens[k].text[:1].isupper() and tokens[k].text.isalpha() \
        and tokens[k].lower not in _NOT_A_STREET


_NOT_A_STREET = {"i", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", *MONTHS}


# A clause ends at punctuation; a word naming a number ("extension", "account", "ending") between the
# money word and the number makes the number that thing's.
_CLAUSE_STOPS = {".", ",", "?", "!", ";", ":", "but", "because"} | syntax.SECRET_HEADS


def _money_in_clause(tokens: list[Token], run: NumberRun, reach: int = 6) -> bool:
    """A money word earlier in the same clause, past a few words ("the bill is usually about 60",
    "my bill went from 40 to 65"); a word naming a number in between breaks it."""
    for k in range(run.first_token - 1, max(-1, run.first_token - 1 - reach), -1):
        w = tokens[k].lower
        if w in _CLAUSE_STOPS:
            return False
        if w.split("'")[0] in MONEY_CUES:
            return True
    return False


def clock_time(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    after = _word(tokens, run.last_token)
    after2 = _word(tokens, run.last_token + 1)
    if after == "a" and after2 == "." or after in ("a", "p") and after2 in (".", "m"):
        after = "am"      # "a.m." and "p.m." as ASR writes them
    explicit = after in TIME_AFTER or (after == "in" and _word(tokens, run.last_token + 2) in DAY_PARTS)
    if explicit and len(run.digits) <= 4:
        return True
    before = _word(tokens, run.first_token - 1)
    if before in ("half", "quarter") or before in ("past", "to", "after") and _minutes_word(tokens, run.first_token - 2):
        return len(run.digits) <= 2 and run.groups == 1 and (before in ("half", "quarter") or 1 <= _value(text, run) <= 12)
    m = _CLOCK.match(tokens[run.first_token].text) if run.last_token - run.first_token == 1 else None
    if m and guarded != "carry":    # "2:30" is written as a time; a PIN or card is not
        return int(m.group(1)) <= 24 and int(m.group(2)) < 60
    # "at 5", "just after 6", "until 4": an hour alone after a time word, also while a phone number is asked for
    # (nobody starts reading one with "after")
    v = _value(text, run) if run.cardinal and run.groups == 1 and len(run.digits) <= 4 else 0
    # ... or its minutes too, as ASR writes "2:30" after "until" ("until 230"; "at 904" is a house number)
    hour = before in clocks.HOUR_OPENERS and (1 <= v <= 12 or before != "at" and 1 <= v // 100 <= 12 and v % 100 < 60) \
        and clocks.alone(tokens, run)
    if guarded:
        return guarded == WEAK and (hour or before == "at" and run.cardinal and _value(text, run) <= 12)
    if hour:
        return True
    if before in TIME_BEFORE and (after in DAY_PARTS or after in ("or", "and", "ish", "then") or (
            after in DAY_PART_OPENERS and _word(tokens, run.last_token + 1) in DAY_PARTS)):
        # "until four then", "by ten thirty or so"; "to one one, sorry, one then" is digits read out
        hours, minutes = divmod(_value(text, run), 100) if _value(text, run) > 24 else (_value(text, run), 0)
        return len(run.digits) <= 4 and run.groups <= 2 and hours <= 24 and minutes < 60
    if before == "at" and len(run.digits) <= 4:
        v = _value(text, run)
        if v <= 12:
            return v >= 1                      # "at three", "at 5"
        # "at three thirty" is a time; "at 904" is a house number (a time is written 9:04)
        hours, minutes = divmod(v, 100)
        said = not tokens[run.first_token].text[0].isdigit()
        # ... unless another number is said right beside it ("it's 44 at ten forty": parts of one)
        return said and run.groups == 2 and 1 <= hours <= 12 and minutes < 60 and clocks.alone(tokens, run)
    return False


def _minutes_word(tokens: list[Token], k: int) -> bool:
    """"quarter", "ten", "20", "twenty five" before "past"/"to": minutes of an hour."""
    w = _word(tokens, k)
    if w in ("half", "quarter", "minutes", "mins"):
        return True
    value = int(w) if w.isdigit() and len(w) <= 2 else int(UNITS.get(w) or TEENS.get(w) or 0) or (
        int(TENS[w]) * 10 if w in TENS else 0)
    if w in UNITS and _word(tokens, k - 1) in TENS:
        value += int(TENS[_word(tokens, k - 1)]) * 10      # "twenty five past"
    return 1 <= value <= 30


# Words that are no adjective or noun of a counted thing: "1 and", "eight of", "one for".
FUNCTION_WORDS = {"and", "or", "the", "for", "to", "of", "in", "on", "at", "is", "was", "but", "so", "then", "that",
                  "this", "it", "a", "an", "my", "your", "our", "their", "his", "her", "with", "from", "by", "as",
                  "if", "not", "no", "yes", "um", "uh", "er", "are", "were", "be", "been", "i", "you", "we", "they",
                  "he", "she", "me", "us", "them", "than", "too", "also", "just", "only", "now", "there", "here",
                  "again", "please", "thanks", "sorry", "okay", "ok", "what", "which", "who", "when", "where", "why",
                  "how", "dash", "hyphen", "space", "point", "oh", "double", "triple", "digit", "digits", "number"}


def _plural(w: str) -> bool:
    return len(w) >= 4 and w.endswith("s") and not w.endswith("ss") and w not in UNITS and w not in TEENS \
        and w not in TENS and w not in NOT_THINGS


def _counted_noun(tokens: list[Token], k: int, loose: bool = False) -> str | None:
    """The noun a number counts, skipping up to two adjectives ("3 more boxes", "two other cards");
    `loose` (nothing secret is being read out): one of them any word when a plural noun follows it
    ("eight missed calls")."""
    unknown = False
    for _ in range(3):
        w = _word(tokens, k)
        if not w:
            return None
        if w in UNIT_WORDS and w not in ("more", "of"):
            return w
        if w in ADJECTIVES:
            k += 1
            continue
        if w in NOT_THINGS or not w.isalpha():
            return None
        if _plural(w):
            return w
        nxt = _word(tokens, k + 1)
        if loose and not unknown and len(w) >= 3 and w not in FUNCTION_WORDS and w not in UNITS and w not in TEENS \
                and w not in TENS and (nxt in UNIT_WORDS and nxt not in ("more", "of") or _plural(nxt)):
            unknown = True
            k += 1
            continue
        return None
    return None


_FRACTIONS = {"half", "quarter", "third"}


def _fraction_after(tokens: list[Token], run: NumberRun) -> bool:
    """"three and a half (stars)", "2 and a quarter": a measure, never a digit of a secret."""
    return _word(tokens, run.last_token) == "and" and _word(tokens, run.last_token + 1) in ("a", "one") \
        and _word(tokens, run.last_token + 2) in _FRACTIONS


def count_or_quantity(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    # Only a number said as one value counts things: "two cards", never "four one one one cards".
    if not run.cardinal or len(run.digits) > 6:
        return False
    if guarded == "carry" and len(run.digits) >= 3:
        return False      # "4111" / "1111 boxes": the next group of a number read out, not a count
    after = _word(tokens, run.last_token)
    if after in ("%", "percent"):
        return True
    noun = _counted_noun(tokens, run.last_token, loose=not guarded)
    if noun and not (guarded and len(run.digits) >= 3 and noun not in UNIT_WORDS):
        return True
    if not guarded and len(run.digits) <= 3 and _fraction_after(tokens, run):
        return True
    # "1 bar of signal", "one engineer": one of a thing, said in the singular
    nxt = _word(tokens, run.last_token)
    if not guarded and run.digits == "1" and nxt.isalpha() and len(nxt) >= 3 and nxt not in FUNCTION_WORDS \
            and nxt not in NOT_THINGS and nxt not in UNITS and nxt not in TEENS and nxt not in TENS:
        return True
    before, before2 = _word(tokens, run.first_token - 1), _word(tokens, run.first_token - 2)
    if after == "of" and _word(tokens, run.last_token + 1) in ("us", "them", "you", "those", "these", "my", "our",
                                                                "the", "their"):
        return True
    if before in ("of", "for") and before2 in GROUP_NOUNS or before == "of" and _word(
            tokens, run.first_token - 3) in GROUP_NOUNS:
        return True
    # "a 12 pack", "a 3 day trip", "a 45 minute wait": a number inside a compound noun
    nxt = _word(tokens, run.last_token)
    if before == "a" and not guarded and nxt.isalpha() and nxt not in NOT_THINGS and len(nxt) >= 3 \
            and nxt not in ("and", "or", "the", "for", "to", "of", "in", "on", "at", "is", "was"):
        return True
    if run.digits == "1" and tokens[run.first_token].lower == "one" and (
            before in ONE_PRONOUN_BEFORE or after in ONE_PRONOUN_AFTER) and not guarded:
        return True
    return False


def ordinal_or_label(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    """"the 5th floor", "option 3", "room 12", "24/7": a position or a label, not an identifier
    (nobody reads a card or a PIN out like that, so only a number being continued stands down)."""
    if not guarded and when_answer.day_shaped(tokens, run):     # "by the twenty third"
        return True
    if guarded == "carry" or not run.cardinal or len(run.digits) > 3:
        return tokens[run.first_token].text == "24/7"
    if _word(tokens, run.last_token) in ("st", "nd", "rd", "th"):
        return True
    return _word(tokens, run.first_token - 1) in LABEL_BEFORE


def year(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    if len(run.digits) != 4 or run.digits[:2] not in ("19", "20") or guarded == "carry":
        return False
    before = _word(tokens, run.first_token - 1)
    # "since 2004" and "back in 2009" say when something began, never a card's expiry; other cues stand
    # down while a context is open. "born back in 1985" is a birth year, and stays masked.
    looking_back = before == "in" and _word(tokens, run.first_token - 2) == "back" and "born" not in {
        _word(tokens, run.first_token - k) for k in range(3, 6)}
    return before == "since" or looking_back or not guarded and before in YEAR_BEFORE


def magnitude(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    """"2.5 million yen", "a 5k deposit": a number scaled by a magnitude word is an amount. Not while
    a number is being continued from the previous turn (there a lone digit group may be a secret's),
    and only millions and more while a card, PIN ... is being read out."""
    if guarded == "carry" or len(run.digits) > 4 or run.last_token >= len(tokens):
        return False
    after = tokens[run.last_token]
    if guarded and after.lower not in LARGE_MAGNITUDES:
        return False        # "my PIN is 4 thousand 7 hundred": only millions are never a secret's part
    if after.lower in MAGNITUDES:
        return True
    return after.lower in GLUED_MAGNITUDES and after.start == run.end and len(run.digits) <= 3


def round_magnitude(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    """"half a million", "two thousand", "a couple of million": a round number said with its magnitude word
    is an amount; nobody reads a secret's digits so. While a card, PIN ... is read out, only millions."""
    words = [t.lower for t in tokens[run.first_token:run.last_token]]
    # at most two digits before the zeros: "four thousand seven hundred" may be a PIN's digits said in words
    significant = run.digits.rstrip("0")
    if guarded == "carry" or not words or words[-1] not in MAGNITUDES or not 1 <= len(significant) <= 2:
        return False
    return not guarded or words[-1] in LARGE_MAGNITUDES


def out_of(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    """"5 out of 5 stars", "three out of four", "4 out of 10": a score or a share, both numbers. Not
    while a card, PIN ... is being read out (a lone digit there may be a secret's)."""
    if guarded not in (False, WEAK) or len(run.digits) > 2:
        return False
    if _word(tokens, run.last_token) == "out" and _word(tokens, run.last_token + 1) == "of":
        return True
    k = run.first_token - 3          # the number before "out of"
    w = _word(tokens, k)
    return _word(tokens, k + 1) == "out" and _word(tokens, k + 2) == "of" and (
        w.isdigit() and len(w) <= 2 or w in UNITS or w in TEENS)


_CLAUSE_END = {"", ".", ",", "!", "?", "and", "but", "instead", "so", "not", "only", "which", "that"}
# "I'm 72", "she turned ninety", "aged 14": an age; "minus 5", "30 degrees": a temperature
_AGE_BEFORE = {"i'm", "im", "he's", "she's", "they're", "turned", "turns", "turning", "aged", "age"}
_HEDGE_BEFORE = {"nearly", "almost", "only", "just", "about", "over", "under", "now"}


def age_or_degrees(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    """A person's age after "I'm"/"turned"/"aged", or a temperature ("minus 5", "30 degrees"): one
    value of up to three digits, said while no number is secret."""
    if guarded or not run.cardinal or len(run.digits) > 3 or _value(text, run) > 130:
        return False
    k = run.first_token - 1
    while _word(tokens, k) in _HEDGE_BEFORE:
        k -= 1
    after = _word(tokens, run.last_token)
    if after.isdigit() or after in UNITS or after in TEENS or after in TENS:
        return False
    return _word(tokens, k) in _AGE_BEFORE or _word(tokens, run.first_token - 1) in ("minus", "negative") \
        or after in ("degrees", "degree", "°", "celsius", "fahrenheit")


def elided_count(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    """"I ordered 3 boxes but got 2": a small number ending its clause after a count of things in the
    same turn counts the same things. Not while a number is secret (a PIN's digit said alone)."""
    if guarded or not run.cardinal or len(run.digits) > 2 or _word(tokens, run.last_token) not in _CLAUSE_END:
        return False
    for k in range(run.first_token - 1, -1, -1):
        w = tokens[k].lower
        if (w.isdigit() or w in UNITS or w in TEENS or w in TENS) and _counted_noun(tokens, k + 1):
            return True
    return False


def grouped_range(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """A range said as one run and named by what follows or introduces it: "5 to 10 minutes",
    "between 20 and 30 dollars", "50-60 megabits", "from ten to four", "between 9 and 11 in the
    morning", "£10-15". Not while a number is being read out."""
    if guarded not in (False, WEAK) or run.lead:
        return False
    found = groups.span(tokens, run)
    if not clocks.alone(tokens, run, 2):
        return False
    if found and _money_in_clause(tokens, run):
        return True          # "my bill went from 40 to 65"
    if found is None:
        # "between 8 and 1", "from 9-5": two hours, a window that may cross noon
        return groups.hour_span(tokens, run) is not None and clocks.cue_before(tokens, run) in ("between", "from")
    lo, hi = found
    if clocks.cue_before(tokens, run) == "from" and _word(tokens, run.first_token - 1) == "from" \
            and groups.parts(tokens, run)[1:2] and groups.parts(tokens, run)[1].homophone == "to":
        return True          # "it went from 32 to 41": a change, said as one
    after = _word(tokens, run.last_token)
    before = text[max(0, run.start - 2):run.start].strip()
    if after in CURRENCY_WORDS or after in ("%", "percent") or before[-1:] in CURRENCY_SIGNS \
            or after in UNIT_WORDS and after not in ("more", "of", "time", "thing", "things"):
        return True
    if _counted_noun(tokens, run.last_token, loose=True):
        return True
    hours = hi <= 12 or hi <= 24 and lo >= 1
    return hours and (clocks.cue_before(tokens, run) in ("between", "from", "at", "around", "about", "by")
                      or clocks.time_after(tokens, run.last_token))


def alternative(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"3 or 4 in the afternoon", "five or six pounds": a number offered before a larger one of the
    same scale that is harmless is the same kind of thing. Nothing open, both said as one value."""
    if guarded or not run.cardinal or len(run.digits) > 3 or _word(tokens, run.last_token) != "or":
        return False
    nxt = next((r for r in number_runs(text, tokens) if r.first_token == run.last_token + 1), None)
    if nxt is None or not nxt.cardinal or not _value(text, run) < _value(text, nxt) <= 10 * _value(text, run):
        return False
    return any(name != "alternative" and recognise(text, tokens, nxt, guarded) for name, recognise in RECOGNISERS)


_COMPARED = ("instead of", "rather than", "compared to", "compared with", "down from", "up from", "not", "than")


def compared_amount(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> bool:
    """"charged forty nine ninety nine instead of thirty five": a bare amount set against a price said
    earlier in the turn is a price too. Nothing open, said as one value."""
    if guarded or not run.cardinal or len(run.digits) > 5 or not groups.amount(tokens, run):
        return False
    before = " ".join(t.lower for t in tokens[max(0, run.first_token - 2):run.first_token])
    if not any(before == c or before.endswith(" " + c) for c in _COMPARED):
        return False
    return any(r.end < run.start and money(text, tokens, r, guarded) for r in number_runs(text, tokens))


# Words after which "one" is the pronoun even while a card is being read out: no digit of a number
# follows them ("which one?", "the other one", "one of them").
_ONE_AFTER = {"which", "this", "that", "each", "every", "another", "other", "same", "either", "neither",
              "whichever", "new", "old", "wrong", "right", "older", "newer"}


def lone_one(text: str, tokens: list[Token], run: NumberRun, guarded: bool) -> bool:
    """A single "one" is the pronoun unless a number is being read out ("which one", "one sec")."""
    if run.digits != "1" or tokens[run.first_token].lower != "one" or not run.cardinal:
        return False
    return not guarded or _word(tokens, run.first_token - 1) in _ONE_AFTER or _word(tokens, run.last_token) == "of"


RECOGNISERS = (("money", money), ("time", clock_time), ("count", count_or_quantity), ("year", year),
               ("ordinal_or_label", ordinal_or_label), ("magnitude", magnitude),
               ("round_magnitude", round_magnitude), ("out_of", out_of),
               ("elided_count", elided_count), ("one", lone_one), ("age_or_degrees", age_or_degrees),
               ("model", model_number), ("dimensions", dimensions)) + clocks.RECOGNISERS + (
    ("range", grouped_range), ("alternative", alternative), ("compared", compared_amount))


def safe_form(text: str, tokens: list[Token], run: NumberRun, guarded: bool | str) -> str | None:
    """The kind of harmless number this run is, or None (then it is masked).

    `guarded`: a context that makes numbers secret is open (payment, PIN, SSN, account, date of
    birth), or the run continues a number read out in the caller's previous turn; WEAK when only
    a phone context is."""
    for name, recognise in RECOGNISERS:
        if recognise(text, tokens, run, guarded):
            return name
    return None

