"""A house known by its name, given while an address is being asked for or given, in lower-case chat
text with no cue of its own ("its a house name, rose cottage", "just kilbride farm, kilbride, county
wicklow"): a name word or two before a house word (cottage, farm, lodge ...) is the first line, and
the short comma-separated parts after it (a townland, a village, "county X") are the rest. A county
said while an address is given is part of it too. Pure functions over tokens; places.py holds the
rules with a number, a street suffix or a cue."""

from __future__ import annotations

from callwarden.redact.places import ADDRESS_STOP, WHEN_WORDS, wordlike
from callwarden.redact.spoken import Token

# house words that end a house's name; "house", "building", "block" also say what a place is ("a house name")
_NAMED_HOUSES = {"cottage", "cottages", "farm", "farmhouse", "rectory", "vicarage", "manor", "lodge", "mill", "barn",
                 "villa", "grange", "bungalow", "mansions", "towers", "croft", "steading", "byre", "homestead"}
_NOT_NAME = ADDRESS_STOP | {"called", "named", "name", "rural", "i'm", "im", "we're", "were", "our", "a", "an",
                             "just", "only"}
_PART_WORDS = 4
_COUNTY = {"county", "co", "co."}


def _part_end(tokens: list[Token], k: int) -> int | None:
    """The last token of a short place part starting at k (up to the next comma or the end)."""
    j = k
    while j < len(tokens) and tokens[j].text != "," and j - k < _PART_WORDS:
        t = tokens[j]
        if not wordlike(t.text) or t.lower in ADDRESS_STOP and t.lower not in ("the", "on", "upon", "of"):
            return None
        j += 1
    if j == k or j < len(tokens) and tokens[j].text != ",":
        return None
    return j - 1


def house_names(tokens: list[Token], in_context: bool) -> list[tuple[int, int, str]]:
    if not in_context:
        return []
    spans = []
    for j, t in enumerate(tokens):
        w = t.lower
        if w in _COUNTY and j + 1 < len(tokens) and wordlike(tokens[j + 1].text) \
                and tokens[j + 1].lower not in ADDRESS_STOP:
            spans.append((t.start, tokens[j + 1].end, "county"))
            continue
        if w not in _NAMED_HOUSES:
            continue
        a = j
        while a - 1 >= 0 and j - a < 2 and wordlike(tokens[a - 1].text) and tokens[a - 1].lower not in _NOT_NAME:
            a -= 1
        if a == j:
            continue
        end = j
        while end + 2 < len(tokens) and tokens[end + 1].text == "," and (e := _part_end(tokens, end + 2)) is not None:
            end = e
        spans.append((tokens[a].start, tokens[end].end, "house_name"))
    return spans


# An answer to "where do you live?" said as a list ("glenview, by strathdon", "basement flat, 41 clarendon,
# bristol", "flat 3, c block, some residency, some town"): every short comma-separated part made only of
# name words, letters and numbers is a line of the address, whatever the words; a part with a verb, a
# pronoun or a filler ("ring the bottom bell", "it's a house name", "yes", "the farm on the left after
# the bridge") is talk around it. A part may lead with a preposition ("by X", "near X") or end a unit
# ("apartment 5b at the greenwood"), and what follows it is the place.
_LIST_STOP = (ADDRESS_STOP | WHEN_WORDS | {"yes", "yeah", "no", "nope", "yep", "sorry", "hi", "hello", "great", "lovely",
                                           "fine", "sure", "well", "love", "mate", "sir", "madam", "cheers", "ring",
                                           "knock", "leave", "use", "left", "right", "same", "usual", "before", "as",
                                           "after", "past", "behind", "house", "name", "thing", "one", "that's",
                                           "there's", "it", "is", "bye", "oh", "ah", "um", "uh", "er", "erm", "like",
                                           "think", "know", "mean", "don't", "not", "all", "sorted", "done", "easy"}
              ) - {"the", "on", "of"}
_OPENERS = {"it's", "its", "that's", "thats", "yeah", "yes", "um", "uh", "er", "erm", "oh", "so", "just", "ah"}
ADDRESS_ASKED = "address_asked"      # the agent's last words asked for the address (redactor.py)
_LEAD = {"by", "near", "off", "opposite", "beside", "outside", "at", "in"}
_UNIT = {"flat", "apartment", "apt", "unit", "suite", "house", "room", "plot", "door", "number", "no"}
_LIST_WORDS = 4
_ALONE_WORDS = 3
_LANDMARKS = {"station", "church", "school", "shops", "shop", "park", "pub", "hospital", "library", "bridge",
              "roundabout", "lights", "corner", "centre", "center", "town", "city", "village", "square", "market",
              "high", "street", "main", "road", "beach", "harbour", "airport", "garage", "chemist", "post", "office",
              "top", "bottom", "end", "back", "front", "middle", "local", "old", "new"}


def _place_part(part: list[Token]) -> list[Token]:
    """The place words of one comma-separated part of an address answer (empty when it is talk)."""
    at = next((j for j, t in enumerate(part[:5]) if j > 1 and t.lower in ("at", "in")), None) \
        if part and part[0].lower in _UNIT else None
    while part and part[0].lower in _OPENERS:       # "it's hazelmere"
        part = part[1:]
    if at is not None:
        part = part[at + 1:]        # "apartment 5b at the greenwood": the unit is found elsewhere
    elif part and part[0].lower in _LEAD:
        part = part[1:]
    if not part or len(part) > _LIST_WORDS or part[0].lower in ("on", "of") or part[-1].lower in ("the", "on", "of"):
        return []
    if [t.lower for t in part if t.lower != "the"][-1:] and all(
            t.lower in _LANDMARKS or t.lower == "the" for t in part):
        return []               # "near the station": a landmark anyone could name
    ok = all(t.lower not in _LIST_STOP and (wordlike(t.text) or t.text.isalnum()) for t in part)
    return part if ok and any(wordlike(t.text) and len(t.text) > 1 and t.lower != "the" for t in part) else []


def listed_parts(tokens: list[Token], in_context: bool, after: int = 0, unknown=None) -> list[tuple[int, int, str]]:
    """Spans of the place parts of an address answer said as a comma-separated list (from `after`, the
    end of the caller's own cue: "my address is glenview, by strathdon"); or said alone, a word or three
    of which one is no everyday word (`unknown`): "and the street?" "hazelmere"."""
    if not in_context:
        return []
    parts, cur = [], []
    for t in (t for t in tokens if t.start >= after):
        if t.text in (",", ";"):         # not ".": "6 a.m." is one part
            parts.append(cur)
            cur = []
        else:
            cur.append(t)
    parts.append(cur)
    if sum(1 for p in parts if p) < 2:
        alone = _place_part(next((p for p in parts if p), []))
        if unknown is None or not alone or len(alone) > _ALONE_WORDS or not any(unknown(t.lower) for t in alone):
            return []
        return [(alone[0].start, alone[-1].end, "address_alone")]
    return [(found[0].start, found[-1].end, "address_listed") for p in parts if (found := _place_part(p))]


# what introduces the town or district after an address ("forty one jacaranda in mowbray")
_LOCALITY_LEAD = {"in", "at", "near", "outside", ","}


def locality_after(tokens: list[Token], ends: list[int], unknown) -> list[tuple[int, int, str]]:
    """The town, village or district said right after an address found already: "19 cottonwood in bozeman",
    "41 jacaranda, mowbray", "7 the crescent ballymore". Up to three words, capitalised or words everyday
    English lacks (`unknown`), ending the clause; "in town", "in the morning" and "near the park" stay."""
    spans = []
    for end in ends:
        k = next((j for j, t in enumerate(tokens) if t.start >= end), None)
        if k is None or tokens[k].lower not in _LOCALITY_LEAD and not unknown(tokens[k].lower):
            continue
        a = j = k + (tokens[k].lower in _LOCALITY_LEAD)     # "... the crescent ballymore": no lead
        while j < len(tokens) and j - a < 3 and wordlike(tokens[j].text) and tokens[j].lower not in ADDRESS_STOP \
                and tokens[j].lower not in WHEN_WORDS and (tokens[j].text[:1].isupper() and tokens[j].text != "I"
                                                             or unknown(tokens[j].lower)):
            j += 1
        if j > a and (j == len(tokens) or tokens[j].text in (",", ".", "?", "!") or tokens[j].lower in ADDRESS_STOP):
            spans.append((tokens[a].start, tokens[j - 1].end, "address_locality"))
    return spans
