"""A house known by its name, given while an address is being asked for or given, in lower-case chat
text with no cue of its own ("its a house name, rose cottage", "just kilbride farm, kilbride, county
wicklow"): a name word or two before a house word (cottage, farm, lodge ...) is the first line, and
the short comma-separated parts after it (a townland, a village, "county X") are the rest. A county
said while an address is given is part of it too. Pure functions over tokens; places.py holds the
rules with a number, a street suffix or a cue."""

from __future__ import annotations

from callwarden.redact.places import ADDRESS_STOP, wordlike
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
