"""E-mail and street addresses, however ASR writes them.

E-mail: "jane.miller@example.com", "jane dot miller at example dot com",
"janeat example dot org" (ASR glued "at" onto the name), "j o h n at ...",
any top-level domain. Street: a house number with a street suffix within a
few words ("42 Elm Street"), or, in an address context ("I live at ...",
"ship it to ..."), a house number and the words after it ("4417 Birchwood").
"""

from __future__ import annotations

import re

from callwarden.redact import lexicon as lx
from callwarden.redact.numvocab import UNIT_WORDS
from callwarden.redact.spoken import REPEATERS, TEENS, TENS, UNITS, NumberRun, Token

_WRITTEN = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)*")
_DOTS = {".", "dot", "dash", "-", "hyphen"}   # inside a domain: "riverside dash clinic dot org"
_LOCAL_JOINERS = {".", "dot", "_", "underscore", "-", "dash", "hyphen", "+", "plus"}
_PROVIDERS = {"gmail", "yahoo", "hotmail", "outlook", "icloud", "aol", "protonmail", "proton", "live", "msn",
              "comcast", "verizon", "att", "me", "mail", "ymail", "gmx", "zoho", "fastmail", "btinternet"}
_STOP = {"is", "my", "email", "mail", "address", "it's", "its", "the", "me", "at", "it", "and", "e", "to", "send",
         "write", "reach", "on", "or", "use", "uh", "um", "so", "that's", "thats", "yes", "yeah", "okay", "ok",
         "sure", "i", "i'm", "you", "your", "can", "under", "try", "email's", "sign", "symbol", "in", "a", "an",
         "with", "from", "of", "for", "just", "then", "but", "please", "thanks"}
_AT_EXTRA = {"sign", "symbol"}
_STREET = set(lx.STREET_SUFFIXES)
_MEASURES = {"feet", "foot", "ft", "meters", "metres", "meter", "metre", "miles", "yards", "inches", "kilometres",
             "kilometers", "km"}
_UNIT_WORDS = {"apartment", "apt", "unit", "suite", "flat", "number", "no", "#", "floor",
               # rural and mobile homes: "rural route 2 box 14", "lot 23", "pitch 6", "berth 12"
               "box", "lot", "route", "rr", "plot", "pitch", "berth"}
ADDRESS_STOP = _STOP | {"and", "but", "so", "because", "please", "now", "since", "for", "in", "with", "then",
                         "thank", "thanks", "anyway", "okay", "right", "if", "when", "which", "where", "we",
                         "they", "he", "she", "last", "next", "this", "that", "there", "here", "moved",
                         "ago", "years", "months", "weeks", "am", "was", "were", "been", "have", "has"}


def _joined(tokens: list[Token], j: int) -> bool:
    """Token j links its neighbours: a spoken "dot"/"underscore", or a written "." with no spaces."""
    t = tokens[j]
    if t.text.isalpha():
        return True
    return tokens[j - 1].end == t.start and t.end == tokens[j + 1].start


_NOT_LABEL = {"and", "or", "is", "the", "to", "in", "on", "at", "it", "i", "my", "me", "your", "a", "an", "of", "for"}


def _domain_end(tokens: list[Token], k: int) -> int | None:
    """Index of the last token of a domain starting at k ("example dot co dot uk"), or None."""
    if k >= len(tokens) or not tokens[k].lower.isalnum() or tokens[k].lower.isdigit():
        return None
    j, end = k, None
    # "fast mail dot com": ASR splits a domain label into two words
    # "bright side bakery dot co": and into three
    for extra in (1, 2):
        between = tokens[k + 1:k + 1 + extra]
        if k + extra + 2 < len(tokens) and tokens[k + extra + 1].lower in ("dot", ".") \
                and all(len(t.lower) > 1 and t.lower.isalpha() and t.lower not in _DOTS | _NOT_LABEL for t in between):
            j = k + extra
            break
    while j + 2 < len(tokens) and tokens[j + 1].lower in _DOTS and tokens[j + 2].lower.isalnum() \
            and _joined(tokens, j + 1):
        j += 2
        if tokens[j - 1].lower in (".", "dot") and len(tokens[j].lower) > 1 and tokens[j].lower.isalpha():
            end = j
    if end is None and tokens[k].lower in _PROVIDERS:
        return k   # "jane at gmail": ASR dropped the "dot com"
    return end


_RESTATE = {"that's", "thats", "that", "is", "i", "mean", "spelled", "spelt", "sorry", "or", "so", "like"}
_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | set(REPEATERS) | {"oh"}


def _spoken_local_start(tokens: list[Token], k: int) -> int | None:
    """Start of a local part read out, then restated, before "at": "octavia seven zero, that's
    O C T A V I A seven zero", "dolores underscore albrecht, that's D O L O R E S ...". Walks back
    over letters, digits, number words, joiners and at most two plain words per stretch."""
    s, j, plain = None, k, 0
    while j >= 0:
        t = tokens[j]
        w = t.lower
        if w == "," or (w in _RESTATE and s is not None):
            j -= 1
            plain = 0
            continue
        if len(w) == 1 and w.isalnum() or w.isdigit() or w in _NUMBER_WORDS or w in _LOCAL_JOINERS:
            s, j = j, j - 1
            continue
        if w.replace("'", "").isalnum() and w not in _STOP and plain < 2:
            s, j, plain = j, j - 1, plain + 1
            continue
        break
    return s


def _local_start(tokens: list[Token], k: int, in_context: bool) -> int | None:
    """First token of the local part that ends at token k."""
    if k < 0 or (tokens[k].lower in _STOP and len(tokens[k].text) > 1) \
            or not tokens[k].lower.replace("'", "").isalnum():
        return None
    s = k
    while s - 2 >= 0 and tokens[s - 1].lower in _LOCAL_JOINERS and tokens[s - 2].lower.isalnum() \
            and tokens[s - 2].lower not in _STOP and _joined(tokens, s - 1):
        s -= 2
    # spelled letters "j o h n" or "J-O-H-N"
    while s - 1 >= 0 and len(tokens[s - 1].lower) == 1 and tokens[s - 1].lower.isalnum() and len(tokens[s].lower) <= 2:
        s -= 1
    if in_context and s - 1 >= 0 and tokens[s - 1].lower.isalpha() and tokens[s - 1].lower not in _STOP:
        s -= 1   # "jane miller at example dot com": a spoken space between two names
    return s


# "(?<=my)": ASR glues the cue to "my" ("Mymail is ...", "myemail's ...").
_EMAIL_CUE = re.compile(r"(?:\b|(?<=my))(?:e-?mail(?: address)?(?: is|'s| it's| should be)|e-?mail me at|mail me at|"
                        r"mail is|e-?mail address,? it's)\s+", re.I)
_CHUNK_END = {",", "and", "but", "please", "thanks", "thank", "so", "if", "because", "or", "which", "when"}
_EMAIL_MARKS = {"dot", "underscore", "at", "@", "_", "dash", "hyphen"}


# "my address is sam underscore ... dot com": "address" alone is an e-mail's cue when what follows has
# the marks only an e-mail has (a written or spoken dot, an underscore); "at" alone may start a street
# and "my address" with its "is" as tiny.en hears it ("my address to sam under school of ...")
_ADDRESS_IS = re.compile(r"\baddress(?: is|'s)\s+|\bmy (?:e-?mail )?(?:address|e-?mail)(?: to| as| was| it's)\s+", re.I)
_STRONG_MARKS = {"dot", "underscore", "_"}


def _after_cue(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """"My email is tomos.razeafesmail.com": whatever ASR made of the address after the cue, up to
    the end of the clause, when it has the marks of one (a dot between words, "underscore", "at")."""
    spans = []
    cues = [(m, _EMAIL_MARKS) for m in _EMAIL_CUE.finditer(text)] + \
        [(m, _STRONG_MARKS) for m in _ADDRESS_IS.finditer(text)]
    for m, marks in cues:
        k = next((j for j, t in enumerate(tokens) if t.start >= m.end()), None)
        if k is None:
            continue
        j, marked = k, False
        while j < len(tokens) and j - k < 12 and tokens[j].lower not in _CHUNK_END:
            t = tokens[j]
            if t.text == "." and (j + 1 >= len(tokens) or tokens[j + 1].start > t.end):
                break        # a full stop, not a dot inside an address
            marked = marked or t.lower in marks or (t.text == "." and j > k)
            j += 1
        if marked and j > k:
            spans.append((tokens[k].start, tokens[j - 1].end, "email_after_cue"))
    return spans


# A host name as ASR writes one ("j.smithagmail.com", "tomkelly88.co.uk"): labels joined by dots,
# ending in a top-level domain.
_HOSTNAME = re.compile(r"(?<![\w@.])((?:[A-Za-z0-9_+-]+\.)+)(com|org|net|edu|gov|info|biz|io|co|uk|us|ca|au|ie|nz|"
                       r"de|fr|es|it|nl|me)\b(?!\.\w)", re.I)


def _hostname_emails(text: str) -> list[tuple[int, int, str]]:
    """A written host name is an e-mail address whose "at" ASR lost or glued on ("smith a gmail" ->
    "smithagmail.com") unless it is a bare site or provider ("gmail.com", "amazon.co.uk"): kept when
    it has one label before the top-level domain(s), all letters, not a provider with letters glued
    in front of it."""
    spans = []
    for m in _HOSTNAME.finditer(text):
        labels = [x for x in m.group(1).lower().split(".") if x]
        while labels and labels[-1] in ("co", "com", "org", "ac", "gov", "net"):   # "x.co.uk": "co" is the TLD's
            labels.pop()
        if not labels:
            continue
        first = labels[0]
        glued = any(first.endswith(p) and len(first) > len(p) + 1 for p in _PROVIDERS if len(p) > 3)
        if len(labels) > 1 or glued or not first.isalpha():
            spans.append((m.start(), m.end(), "email_hostname"))
    return spans


def emails(text: str, tokens: list[Token], in_context: bool) -> list[tuple[int, int, str]]:
    spans = [(m.start(), m.end(), "email_written") for m in _WRITTEN.finditer(text)] + _after_cue(text, tokens) \
        + _hostname_emails(text)
    for k, tok in enumerate(tokens):
        w = tok.lower
        if w in ("at", "@"):
            d = k + 1 + (k + 1 < len(tokens) and tokens[k + 1].lower in _AT_EXTRA)
            end = _domain_end(tokens, d)
            if end is None:
                continue
            s = _local_start(tokens, k - 1, in_context)
            wide = _spoken_local_start(tokens, k - 1)
            if wide is not None and (s is None or wide < s):
                s = wide
            if s is None:
                s = k   # no local part heard: mask from "at", the domain is still theirs
            spans.append((tokens[s].start, tokens[end].end, "email_spoken"))
        elif len(w) > 3 and w.endswith("at") and w.isalpha():
            end = _domain_end(tokens, k + 1)
            if end is not None and (end > k + 1 or tokens[k + 1].lower in _PROVIDERS):
                s = _local_start(tokens, k, in_context) or k
                spans.append((tokens[s].start, tokens[end].end, "email_glued_at"))
    return spans


def wordlike(text: str) -> bool:
    """A word, possessives included: street names are often a saint's or a person's ("St Mary's Close")."""
    return text.replace("'", "").isalpha()


def addresses(tokens: list[Token], runs: list[NumberRun], in_context: bool) -> list[tuple[int, int, str]]:
    spans = []
    for run in runs:
        end, rule = None, ""
        if _measure_after_article(tokens, run) or not in_context and _measured(tokens, run):
            continue
        for j in range(run.last_token, min(run.last_token + 5, len(tokens))):
            if tokens[j].lower.rstrip(".") in _STREET and tokens[j].start > run.end \
                    and not (j + 1 < len(tokens) and tokens[j + 1].lower in _MEASURES) \
                    and not (tokens[j].lower == "way" and tokens[j - 1].lower in _WAY_OF):   # "3rd", "482 square feet"
                end, rule = j, "street_address"
                break
            if tokens[j].lower == "the" and j == run.last_token:
                continue        # "47 the esplanade", "3 the mews"
            if tokens[j].lower in ADDRESS_STOP or not wordlike(tokens[j].text):
                break
        if end is None and in_context:
            first = run.last_token + (run.last_token < len(tokens) and tokens[run.last_token].lower == "the")
            j = first
            while j < len(tokens) and j - first < 4 and wordlike(tokens[j].text) \
                    and tokens[j].lower not in ADDRESS_STOP:
                j += 1
            if j > first:
                end, rule = j - 1, "address_context"
        if end is None:
            continue
        # "88 Rue Saint-Denis": a hyphen joins the street name's parts
        while end + 2 < len(tokens) and tokens[end + 1].text == "-" and tokens[end + 2].text[:1].isalpha() \
                and tokens[end].end == tokens[end + 1].start == tokens[end + 2].start - 1:
            end += 2
        # "apartment 3", "unit 4B"
        if end + 2 < len(tokens) and tokens[end + 1].lower.strip(",") in _UNIT_WORDS:
            end += 2
        elif end + 3 < len(tokens) and tokens[end + 1].text == "," and tokens[end + 2].lower in _UNIT_WORDS:
            end += 3
        spans.append((tokens[run.first_token].start, tokens[end].end, rule))
    return spans


def numbered(tokens: list[Token], run: NumberRun) -> bool:
    """"flat nine", "number 4", "unit two": a number said after a word that numbers a dwelling; or, while
    an address is asked for, one that opens the answer before a name ("nine the paddocks")."""
    if run.first_token > 0 and tokens[run.first_token - 1].lower in _UNIT_WORDS - {"floor"}:
        return True
    k = run.last_token
    return all(t.lower in _ANSWER_OPENERS for t in tokens[:run.first_token]) and k + 1 < len(tokens) \
        and tokens[k].lower == "the" and wordlike(tokens[k + 1].text) and tokens[k + 1].lower not in ADDRESS_STOP


_ANSWER_OPENERS = {"it's", "its", "it", "is", "um", "uh", "er", "erm", "yeah", "yes", "so", "that's", "thats", "at", ","}


# "each way", "one way", "either way": a manner, not a street called Way
_WAY_OF = {"each", "one", "either", "any", "no", "same", "all", "this", "that", "which", "every", "both"}


def _measured(tokens: list[Token], run: NumberRun) -> bool:
    """"150 miles each way", "20 minutes down the road": a unit right after the number measures
    something; with no address asked for or given, it numbers no house ("40 Mile End Road" is still
    one while an address is being given; "14 Mile Road" always: the street follows the unit)."""
    k = run.last_token
    return k < len(tokens) and tokens[k].lower in UNIT_WORDS and not (
        k + 1 < len(tokens) and tokens[k + 1].lower.rstrip(".") in _STREET)


def _measure_after_article(tokens: list[Token], run: NumberRun) -> bool:
    """"a 20 minute drive", "the 2 terabyte drive": a number after an article with a unit right after it
    measures the thing ("drive", "way", "walk"); nobody says their house number after "a"."""
    before = tokens[run.first_token - 1].lower if run.first_token > 0 else ""
    unit = tokens[run.last_token].lower if run.last_token < len(tokens) else ""
    return before in ("a", "an", "the") and unit in UNIT_WORDS


_ADDRESS_CUE = re.compile(r"\b(?:(?:my |the |home |billing |delivery |postal |mailing )?address(?: is|'s)|"
                          r"(?:i|we) (?:live|lived|stay|am staying) (?:at|on)|(?:i|we)'ve moved to|"
                          r"(?:i|we) moved to|"
                          # "ship it to", "send the parts to", "deliver to": where a parcel goes
                          r"(?:ship|send|deliver|post|mail|forward)(?: it| them| this| that| the \w+)? to)\s+",
                          re.I)
WHEN_WORDS = _WHEN_WORDS = set(lx.MONTHS) | {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                "christmas", "easter"}
_PLACE_JOINERS = {",", "-", "'", "of", "the", "on", "upon", "in", "by", "la", "le", "de", "du", "van", "von"}


def house_number_after_cue(text: str, run: NumberRun) -> bool:
    """The number comes right after an address cue ("I live at nine oh four ..."): a house number,
    whatever shape it has (a clock time's, a price's)."""
    return any(m.end() <= run.start and not text[m.end():run.start].strip(" ,") for m in _ADDRESS_CUE.finditer(text))


def after_address_cue(text: str, tokens: list[Token]) -> list[tuple[int, int, str]]:
    """"My address is The Old Rectory, Church Lane, ...": an address need not start with a number.
    After a cue, the capitalised words, numbers and commas that follow are the address."""
    spans = []
    for m in _ADDRESS_CUE.finditer(text):
        k = next((j for j, t in enumerate(tokens) if t.start >= m.end()), None)
        j, last = k, None
        while j is not None and j < len(tokens) and j - k < 14:
            t = tokens[j]
            if t.lower in _WHEN_WORDS or t.text == "I":
                break
            if t.text[:1].isupper() or t.text[:1].isdigit() or t.lower in _UNIT_WORDS:
                last = j
            elif t.lower not in _PLACE_JOINERS:
                break
            j += 1
        if last is None and k is not None:
            last = _lower_address_end(tokens, k)
        if last is not None:
            spans.append((tokens[k].start, tokens[last].end, "address_after_cue"))
    return spans


# Words that make a short lower-case phrase after a cue a place ("the old rectory", "flat 3").
_HOUSE_WORDS = {"house", "cottage", "farm", "farmhouse", "rectory", "vicarage", "manor", "lodge", "hall", "mill",
                "barn", "villa", "mansions", "court", "estate", "building", "tower", "towers", "block", "box"}
_CHUNK_WORDS = 4


def _lower_address_end(tokens: list[Token], k: int) -> int | None:
    """Chat text is not capitalised: "ship it to the old rectory, church lane, little snoring". After a
    cue, comma-separated chunks of a few plain words are the address when one of them has a street
    suffix, a number, a unit or a house word; the chunks up to the first word that is no place's go."""
    j, last, marked, words = k, None, False, 0
    while j < len(tokens) and j - k < 18:
        t = tokens[j]
        w = t.lower.rstrip(".")
        if t.text == ",":
            if marked and words:
                last = j - 1
            words = 0
        elif (t.text[:1].isalnum() and w not in _WHEN_WORDS and (w not in ADDRESS_STOP or w in _PLACE_JOINERS)
              and words < _CHUNK_WORDS):
            words += 1
            marked = marked or w in _STREET or w in _UNIT_WORDS or w in _HOUSE_WORDS or any(c.isdigit() for c in w)
        else:
            break
        j += 1
    if marked and words:
        last = j - 1
    return last


# Suffixes that name a street even with no address context ("Quarry Hill Road"); "Drive", "Way",
# "Place", "Square" also name products and sayings ("Google Drive", "no way"), so they need one.
_STRONG_STREET = {"street", "st", "avenue", "ave", "road", "rd", "lane", "ln", "boulevard", "blvd", "terrace",
                  "crescent", "highway", "parkway"}


def named_streets(tokens: list[Token], in_context: bool) -> list[tuple[int, int, str]]:
    """A street said by name without a house number: capitalised words before a street suffix
    ("Quarry Hill Road", "North Wolcott Avenue"), or, while an address is being given, any words
    before any suffix ("church lane")."""
    spans = []
    for j, t in enumerate(tokens):
        w = t.lower.rstrip(".")
        if w not in _STREET or (not in_context and (w not in _STRONG_STREET or not t.text[:1].isupper())):
            continue
        if j + 1 < len(tokens) and tokens[j + 1].lower in _MEASURES:
            continue
        a = j
        while a - 1 >= 0 and j - a < 3 and wordlike(tokens[a - 1].text) and tokens[a - 1].text != "I" \
                and tokens[a - 1].lower not in ADDRESS_STOP and tokens[a - 1].lower not in _WHEN_WORDS \
                and (in_context or tokens[a - 1].text[:1].isupper()):
            a -= 1
        if a < j:
            spans.append((tokens[a].start, t.end, "street_name"))
    return spans


def street_after(tokens: list[Token], run: NumberRun) -> int | None:
    """End of the capitalised words right after a masked house number ("4417 Birchwood"), if any:
    Whisper capitalises street names, and a number followed by a proper noun is rarely anything else."""
    if len(run.digits) > 5 or run.last_token >= len(tokens):
        return None
    j = run.last_token
    while j < len(tokens) and j - run.last_token < 3 and tokens[j].text[:1].isupper() and tokens[j].text.isalpha() \
            and tokens[j].lower not in ADDRESS_STOP and tokens[j].text != "I":
        j += 1
    return tokens[j - 1].end if j > run.last_token else None


_PLACE_AFTER = {"in", "near", "off", "by", "and", "please"}
# Heads of an estate's or a close's name that no suffix list has ("Oakwood Park", "Orchard View"):
# trusted only capitalised, right after an address
_PLACE_HEADS = {"park", "view", "rise", "bank", "hill", "green", "fields", "meadows", "gate", "estate", "village",
                "house", "mews", "orchard", "paddock", "paddocks", "chase", "croft", "dale", "vale", "side"}


def address_continued(tokens: list[Token], ends: list[int]) -> list[tuple[int, int, str]]:
    """An address goes on after a comma: "number nine, the Paddocks", "42 Hollybush, Hollybush Gardens".
    After the end of an address found already, a chunk of capitalised words is more of it when it is led
    by "the" (a house or close known by its name) or ends in a street suffix; chunks are followed on."""
    spans = []
    for end in ends:
        k = next((j for j, t in enumerate(tokens) if t.start >= end), None)
        while k is not None and k < len(tokens):
            j = k + 1 if tokens[k].text == "," else k
            led = j < len(tokens) and tokens[j].lower == "the"
            j += led
            a = j
            while j < len(tokens) and j - a < 3 and tokens[j].text[:1].isupper() and wordlike(tokens[j].text) \
                    and tokens[j].text != "I" and tokens[j].lower not in _WHEN_WORDS \
                    and tokens[j].lower not in ADDRESS_STOP:
                j += 1
            # the chunk ends the clause: "the Smiths bought it" is people, not a place
            closed = j == len(tokens) or tokens[j].text in (",", ".", "?", "!") or tokens[j].lower in _PLACE_AFTER
            if j == a or not closed or not (led or tokens[j - 1].lower in _STREET | _PLACE_HEADS):
                break
            spans.append((tokens[k].start if tokens[k].text != "," else tokens[k + 1].start, tokens[j - 1].end,
                          "address_continued"))
            k = j
    return spans


_HOUSE_BEFORE = {"at", "it's", "is", "was", "its", ",", ":", "address", "address's", "that's", "we're", "i'm"}


def house_name_before(tokens: list[Token], starts: list[int]) -> list[tuple[int, int, str]]:
    """A house known by its name, said just before its street: "the Old Vicarage, Church Lane",
    "the Laurels, 4 Park Road": "the" and up to three capitalised words, then a comma, then the address."""
    spans = []
    for start in starts:
        k = next((j for j, t in enumerate(tokens) if t.start >= start), None)
        if k is None or k < 3 or tokens[k - 1].text != ",":
            continue
        j = k - 2
        while j >= 0 and k - 2 - j < 3 and tokens[j].text[:1].isupper() and wordlike(tokens[j].text) \
                and tokens[j].text != "I" and tokens[j].lower not in _WHEN_WORDS:
            j -= 1
        if j < 0 or j == k - 2 or tokens[j].lower != "the":
            continue
        # where one lives is said after "at", "it's", "is": "I rang the Bank, 4 Kings Road branch" is no house
        if j > 0 and tokens[j - 1].lower not in _HOUSE_BEFORE:
            continue
        spans.append((tokens[j].start, tokens[k - 2].end, "house_name"))
    return spans
