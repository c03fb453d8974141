"""Entity finders: pure functions from one turn's text (plus the call's open contexts) to spans.

Numbers are masked unless a recogniser in `safe` names them harmless; the
open contexts only decide what a masked number is called (a card, a PIN ...),
which is what raises the pci/pii flags. Dates with a day and a month, e-mail
addresses, street addresses, names said to identify oneself and health
details are found by the finders below.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from callwarden.redact import health
from callwarden.redact import lexicon as lx
from callwarden.redact import everyday, groups, namelists, pieces, syntax
from callwarden.redact.credentials import credentials
from callwarden.redact.people import beside_spelled, names, spelled
from callwarden.redact.places import (address_continued, addresses, after_address_cue, emails, numbered,
                                      house_name_before, house_number_after_cue, named_streets, street_after)
from callwarden.redact.places_answer import ADDRESS_ASKED, house_names, listed_parts, locality_after
from callwarden.redact.safe import WEAK, safe_form
from callwarden.redact import when_answer
from callwarden.redact.spelled_words import apostrophe_names, word_of_spelling
from callwarden.redact.spoken import (NATO, TEENS, TENS, UNITS, NumberRun, Token, luhn_ok, number_runs, tokenize,
                                      without_lead)

# Entities, in the order that wins when spans overlap.
PCI_PAN, PCI_CVV, PCI_EXPIRY = "pci_pan", "pci_cvv", "pci_expiry"
SSN, PIN, BANK_ACCOUNT, DOB = "ssn", "pin", "bank_account", "dob"
EMAIL, PHONE, ADDRESS, PHI = "email", "phone", "address", "phi"
NAME, DATE, NUMBER = "person", "date", "number"   # masked, but raise no flag on their own
# A name or a street found by its cue wins over a drug it happens to resemble ("Dolores").
PRIORITY = [PCI_PAN, PCI_CVV, PCI_EXPIRY, SSN, PIN, BANK_ACCOUNT, DOB, EMAIL, NAME, ADDRESS, PHI, PHONE, DATE,
            NUMBER]
PLACEHOLDER = {e: f"[{e.upper()}]" for e in PRIORITY} | {NAME: "[NAME]"}

# Contexts a turn can open; they stay open for the next turns (see redactor).
PAYMENT, CVV, EXPIRY, ORDER, IDENTITY = "payment", "cvv", "expiry", "order", "identity"
CONTEXT_PATTERNS = {
    PAYMENT: lx.PAYMENT_CONTEXT, CVV: lx.CVV_CONTEXT, EXPIRY: lx.EXPIRY_CONTEXT, SSN: lx.SSN_CONTEXT,
    DOB: lx.DOB_CONTEXT, PIN: lx.PIN_CONTEXT, BANK_ACCOUNT: lx.ACCOUNT_CONTEXT, PHONE: lx.PHONE_CONTEXT,
    EMAIL: lx.EMAIL_CONTEXT, ADDRESS: lx.ADDRESS_CONTEXT, ORDER: lx.ORDER_CONTEXT, IDENTITY: lx.IDENTITY_CONTEXT,
}
# A context word may be followed by "number is"; the longer match wins over a shorter one inside it.
_CONTEXT_RE = {name: re.compile(r"\b(?:" + "|".join(p) + r")(?!\w)(?:\s+(?:number|no))?(?:\s+(?:is|was|it's))?",
                                re.I) for name, p in CONTEXT_PATTERNS.items()}
# While one of these is open, numbers are secret whatever words surround them.
GUARDING = {PAYMENT, CVV, EXPIRY, SSN, PIN, BANK_ACCOUNT, DOB, PHONE}
CONTEXT_ENTITY = {SSN: SSN, PIN: PIN, BANK_ACCOUNT: BANK_ACCOUNT, DOB: DOB, PHONE: PHONE, ADDRESS: ADDRESS,
                  EMAIL: EMAIL}
# One or two digits in a card or PIN context ("every one", "two of them") are masked but are weak
# evidence that a card is being read: the detectors do not flag on them.
SHORT_RUN_CONFIDENCE = 0.5
# Days with a fixed date that callers give as a birthday ("born on Boxing Day"); moveable feasts say no date
_NAMED_DAY = re.compile(r"\b(?:(?:st\.?|saint) (?:patrick|george|david|andrew|swithin|stephen)'?s (?:day|eve)|"
                        r"christmas (?:day|eve)|boxing day|new year'?s (?:day|eve)|valentine'?s day|hallowe'?en|"
                        r"bonfire night|guy fawkes(?: night)?|hogmanay|burns night|armistice day|remembrance day|"
                        r"april fools'? day|independence day|the fourth of july|leap day|midsummer'?s (?:day|eve))\b",
                        re.I)
_SSN_PATTERN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
# UK ("LS6 2QT", "M20 4RT", "SW1A 1AA") and Canadian ("K1A 0B1") postal codes as written.
# A UK or Canadian postcode; ASR often drops the last letter of a UK one ("SW1A 1A").
_POSTCODE = re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?\s?\d[A-Z]{2}|[A-Z]{2}\d[A-Z\d]?\s\d[A-Z]|[A-Z]\d[A-Z]\s?\d[A-Z]\d)\b")
_DAY_SUFFIX = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?$")
_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "oh"}


@dataclass(frozen=True, slots=True)
class Span:
    entity: str
    start: int
    end: int
    rule: str
    confidence: float


@dataclass
class TurnContext:
    """What the call knows when a caller turn arrives."""
    active: list[str] = field(default_factory=list)   # open contexts, most recently opened last
    recent: set[str] = field(default_factory=set)     # heard or used in this or the previous caller turn
    carry_entity: str | None = None   # the caller's previous turn ended reading out this kind of number
    keep: tuple[re.Pattern, ...] = ()
    extra_terms: health.HealthVocabulary | None = None
    pending: pieces.Pending = pieces.Pending()   # a piece the previous turn left unfinished; names so far
    asked: frozenset[str] = frozenset()          # contexts the agent asked about just before this turn


@dataclass(frozen=True, slots=True)
class ContextHit:
    context: str
    start: int
    end: int


def context_hits(text: str) -> list[ContextHit]:
    return sorted((ContextHit(name, m.start(), m.end()) for name, rx in _CONTEXT_RE.items()
                   for m in rx.finditer(text)), key=lambda h: (h.end, h.end - h.start))


@dataclass(frozen=True, slots=True)
class Turn:
    """A turn's text read once: its tokens, numbers and context cues."""
    text: str
    tokens: list[Token]
    runs: list[NumberRun]
    hits: list[ContextHit]


def read_turn(text: str) -> Turn:
    tokens = tokenize(text)
    return Turn(text, tokens, number_runs(text, tokens), context_hits(text))


def find_spans(text: str, ctx: TurnContext, turn: Turn | None = None) -> list[Span]:
    """Every sensitive span in `text`, given what the call knows."""
    turn = turn or read_turn(text)
    tokens, runs, hits = turn.tokens, turn.runs, turn.hits
    active = set(ctx.active) | {h.context for h in hits}
    spans: list[Span] = []
    masked: list[NumberRun] = []
    for k, run in enumerate(runs):
        span = _classify_run(text, tokens, run, hits, ctx, carry=ctx.carry_entity if k == 0 else None, runs=runs)
        if span:
            street = street_after(tokens, run)
            address = Span(ADDRESS, run.start, street, "number_then_street_name", 0.7) if street is not None else None
            if address and len(run.digits) <= 6:
                # "25876 Ironwood Place" after "where should we send the new card?": a house number, not the card's
                span = address
            spans.append(span)
            masked.append(run)
            if address and span is not address:
                spans.append(address)
    spans += [Span(SSN, m.start(), m.end(), "ssn_pattern", 0.95) for m in _SSN_PATTERN.finditer(text)]
    date_entity = DOB if DOB in active else PCI_EXPIRY if EXPIRY in active or PAYMENT in active else DATE
    for a, b in _dates(tokens, DOB in active):
        # With no context word (or one ASR garbled), a date whose year is long past is most often a birth date
        born = date_entity == DATE and long_ago(text[a:b])
        spans.append(Span(DOB if born else date_entity, a, b, "date_with_past_year" if born else "date_day_month", 0.85))
    if DOB in active:       # "born on St Patrick's Day": a named day is a day and a month
        spans += [Span(DOB, m.start(), m.end(), "named_day_of_birth", 0.8) for m in _NAMED_DAY.finditer(text)]
    found_emails = emails(text, tokens, EMAIL in active)
    spans += [Span(EMAIL, a, b, rule, 0.9) for a, b, rule in found_emails]
    # letters spelled out beside an e-mail address are part of it; elsewhere, a spelled name
    # an order or booking reference right after its cue is the business's, like a number there
    order_cue = ORDER in {h.context for h in hits} or ORDER in ctx.recent
    letters = spelled(tokens)
    rare = namelists.listed_word()
    unknown = _unknown_word(rare)       # both read the name lists: built once a turn
    for a, b in letters:
        if not _spelled_code(text[a:b]):
            spans.append(Span(EMAIL if found_emails else NAME, a, b, "spelled_letters", 0.8))
        elif not order_cue:     # letters and digits: a code, a postcode, a reference ("J 7 K 2")
            spans.append(Span(EMAIL if found_emails else NUMBER, a, b, "spelled_code", 0.8))
    if not found_emails:
        spelled_names = [(a, b) for a, b in letters if not _spelled_code(text[a:b])]
        spans += [Span(NAME, a, b, "name_beside_spelling", 0.7)
                  for a, b in beside_spelled(tokens, spelled_names, unknown)]
        spans += [Span(NAME, a, b, "word_of_spelling", 0.7) for a, b in word_of_spelling(tokens, spelled_names)]
        spans += [Span(NAME, a, b, "apostrophe_spelled", 0.7) for a, b in apostrophe_names(text)]
    # a postcode keeps its letters with its digits: "LS6 2QT" must not leave "LS" and "QT" behind
    spans += [Span(ADDRESS, m.start(), m.end(), "postcode_pattern", 0.9) for m in _POSTCODE.finditer(text)
              if not order_cue]
    fresh_address = ADDRESS in ctx.recent or ADDRESS in {h.context for h in hits}
    # a street suffix makes any number before it a house number; without one, only a masked number
    spans += [Span(ADDRESS, a, b, rule, 0.85) for a, b, rule in addresses(tokens, runs, False)]
    # ... or, while an address is asked for or given, a small one that numbers a dwelling ("flat nine ...")
    dwellings = [r for r in runs if fresh_address and r not in masked and numbered(tokens, r)]
    spans += [Span(ADDRESS, a, b, rule, 0.85) for a, b, rule in addresses(tokens, masked + dwellings, fresh_address)]
    spans += [Span(ADDRESS, a, b, rule, 0.8) for a, b, rule in after_address_cue(text, tokens)]
    spans += [Span(PIN, a, b, rule, 0.9) for a, b, rule in credentials(text)]
    spans += [Span(ADDRESS, a, b, rule, 0.75) for a, b, rule in named_streets(tokens, fresh_address)]
    cue = max((h.end for h in hits if h.context == ADDRESS), default=None)   # "my address is X, by Y"
    spans += [Span(ADDRESS, a, b, rule, 0.75) for a, b, rule in house_names(tokens, fresh_address)
              + listed_parts(tokens, ADDRESS_ASKED in ctx.asked or cue is not None, cue or 0,
                             unknown if ADDRESS_ASKED in ctx.asked else None)]
    # an address goes on after a comma, from a street or a house number ("number nine, the Paddocks")
    house_numbers = {sp.end for sp in spans if sp.entity == NUMBER and re.search(
        r"\b(?:number|no|at)\s*$", text[:sp.start], re.I)}
    ends = sorted({sp.end for sp in spans if sp.entity == ADDRESS} | house_numbers)
    spans += [Span(ADDRESS, a, b, rule, 0.75) for a, b, rule in address_continued(tokens, ends)
              + locality_after(tokens, ends, unknown)]
    spans += [Span(ADDRESS, a, b, rule, 0.75) for a, b, rule in house_name_before(
        tokens, sorted({sp.start for sp in spans if sp.entity == ADDRESS}))]
    spans += [Span(NAME, a, b, rule, 0.8)
              for a, b, rule in names(text, tokens, IDENTITY in active, rare, unknown, namelists.any_listed())]
    health_spans = [Span(PHI, h.start, h.end, h.rule, 0.9)
                    for h in health.find(text, tokens, health.vocabulary(), ctx.extra_terms)]
    # a listed name inside an address, an e-mail, a date or a health detail is part of that ("42 Elm
    # Street", "Eliquis", "the 3rd of June")
    places_found = [sp for sp in spans if sp.entity in (ADDRESS, EMAIL, DATE, DOB, PCI_EXPIRY)] + health_spans
    spans += [Span(NAME, a, b, "name_listed", 0.7) for a, b in namelists.listed_names(tokens, namelists.lists())
              if not any(p.start < b and a < p.end for p in places_found)]
    spans += health_spans
    spans += _pieces(tokens, ctx, active, found_emails)
    spans += [Span(NUMBER, m.start(), m.end(), "letters_and_digits", 0.8) for m in _ALNUM_ID.finditer(text)
              if len(m.group().replace("-", "")) >= 4 and not _ALNUM_SAFE.match(m.group()) and not order_cue
              and not _kept_by_site(text, m, ctx.keep)]
    # a name masked in this turn and said again in it ("it's Maria, Maria Gonzalez")
    said = pieces.name_words(text, [(sp.start, sp.end) for sp in spans if sp.entity == NAME])
    if said - ctx.pending.names:
        spans += [Span(NAME, a, b, "name_repeated", 0.7) for a, b in pieces.known_names(tokens, said)]
    # the answer to the agent's "how many?" or "when?", while no number is being read out or asked for
    plain_answer = not ctx.carry_entity and not (active | ctx.recent | ctx.asked) & (GUARDING | {groups.NAMED_NUMBER})
    if groups.COUNT in ctx.asked and plain_answer:
        spans = _count_answer(turn, spans)
    if when_answer.WHEN in ctx.asked and plain_answer:
        spans = when_answer.kept_times(turn.tokens, turn.runs, spans, NUMBER)
    if when_answer.YEAR in ctx.asked and plain_answer:
        spans = when_answer.kept_times(turn.tokens, turn.runs, spans, NUMBER, when_answer.year_shaped)
    return merge([_with_id_letters(sp, tokens) if sp.entity in _ID_LIKE or sp.entity == ADDRESS else sp
                  for sp in spans])


def _unknown_word(rare):
    """Whether a lower-case word said where a name was asked for or beside a spelling is one: a listed name
    that is no common word (`rare`), or any word everyday English lacks ("okonjo")."""
    known = everyday.words()
    return lambda w: rare(w) or w.isalpha() and not everyday.is_everyday(w, known)


def _count_answer(turn: Turn, spans: list[Span]) -> list[Span]:
    """The plain numbers of a short answer to the agent's "how many ...?" ("Three.", "like 5 or 6"):
    a count, kept. Only while nothing secret is asked for, open or carried."""
    runs = {(r.start, r.end): r for r in turn.runs}
    plain = [sp for sp in spans if sp.entity == NUMBER and (sp.start, sp.end) in runs]
    if not plain or not all(groups.answers_count(turn.tokens, turn.runs, runs[(sp.start, sp.end)]) for sp in plain):
        return spans
    return [sp for sp in spans if sp not in plain]


def _spelled_code(text: str) -> bool:
    return any(ch.isdigit() for ch in text) or any(w in UNITS for w in text.lower().replace(",", " ").split())


def _pieces(tokens: list[Token], ctx: TurnContext, active: set[str], found_emails: list) -> list[Span]:
    """Secrets said over several turns (pieces.py): the part in this turn."""
    pend, out = ctx.pending, []
    if (p := pieces.email_piece(tokens, EMAIL in ctx.asked, EMAIL in active, pend)) is not None:
        out.append(Span(EMAIL, *p, "email_piece", 0.7))
    out += [Span(NAME, a, b, "letters_piece", 0.7) for a, b in pieces.letters_piece(tokens, IDENTITY in ctx.asked,
                                                                                     pend)]
    if (p := pieces.street_piece(tokens, ADDRESS in ctx.asked, pend)) is not None:
        out.append(Span(ADDRESS, *p, "street_piece", 0.7))
    out += [Span(NAME, a, b, "name_known", 0.7) for a, b in pieces.known_names(tokens, pend.names)]
    return out


# An identifier mixing letters and digits ("SM9IJ", "1EG4-TE5-MK73", "GB82"); what is left safe are
# ordinals, times, units and sizes ("21st", "4pm", "500ml", "1080p", "4x4").
_ALNUM_ID = re.compile(r"\b(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*\b")
_ALNUM_SAFE = re.compile(r"^(?:\d+-?ish|\d+(?:st|nd|rd|th|am|pm|s|k|m|g|gb|mb|tb|kb|kg|km|cm|mm|ml|l|lb|lbs|oz|ft|mph|hz|ghz|"
                         r"mhz|kw|kwh|w|v|p|x|hp|cc|mbps|gbps)|\d+x\d+)$", re.I)
_ID_LIKE = {PCI_PAN, PCI_CVV, PCI_EXPIRY, SSN, PIN, BANK_ACCOUNT, PHONE, NUMBER}


_KNOWN_CAPS = {"OK", "ID", "PIN", "IBAN", "SSN", "DOB", "NI", "CVV", "CVC", "ZIP", "UK", "US", "USA", "EU", "PO",
               "ATM", "VAT", "NHS", "AM", "PM", "TV", "SMS", "ETA", "FAQ"}


# Letters as ASR writes them when spelled ("em one four, five tee why"); not the ones that are
# everyday words as well ("see", "you", "are", "why" alone, "oh" is a digit).
LETTER_NAMES = {"ay", "bee", "dee", "ee", "eff", "gee", "aitch", "jay", "kay", "el", "em", "en", "pee", "cue",
                "ar", "ess", "tee", "vee", "ex", "zed", "zee"}


def _id_letters(text: str) -> bool:
    """A single letter (not "a" or "I") or four or five capitals that are no everyday abbreviation
    (three are too often a label: "RMA 1234")."""
    if text.lower() in NATO or text.lower() in LETTER_NAMES:
        return True
    if len(text) == 1:
        return text.isalpha() and text not in ("a", "A", "I")
    return 4 <= len(text) <= 5 and text.isalpha() and text.isupper() and text not in _KNOWN_CAPS


def _with_id_letters(span: Span, tokens: list[Token]) -> Span:
    """Letters said beside a masked number belong to it ("Q Q 12 34 56 C", "MORGA 753116")."""
    inside = [i for i, t in enumerate(tokens) if span.start <= t.start and t.end <= span.end]
    if not inside:
        return span
    start, end = span.start, span.end
    for step, k in ((-1, inside[0] - 1), (1, inside[-1] + 1)):
        n = 0
        while 0 <= k < len(tokens) and n < 3 and _id_letters(tokens[k].text):
            start, end = min(start, tokens[k].start), max(end, tokens[k].end)
            k += step
            n += 1
    return Span(span.entity, start, end, span.rule, span.confidence)


_OPENERS = {"it's", "its", "it", "is", "that's", "sure", "yes", "yeah", "okay", "ok", "um", "uh", "so", "the",
            "number", "order", "my", ",", ".", "-", "#"}


def _opens_turn(tokens: list[Token], run: NumberRun) -> bool:
    return run.first_token <= 4 and all(t.lower in _OPENERS for t in tokens[:run.first_token])


def _kept_by_site(text: str, run: NumberRun | re.Match, keep: tuple[re.Pattern, ...]) -> bool:
    start, end = (run.start(), run.end()) if isinstance(run, re.Match) else (run.start, run.end)
    return any(m.start() <= start and end <= m.end() for rx in keep for m in rx.finditer(text))


def _nearest_context(run: NumberRun, hits: list[ContextHit], ctx: TurnContext) -> str | None:
    before = [h for h in hits if h.end <= run.start]
    if before:
        return before[-1].context
    return ctx.active[-1] if ctx.active else None


def _classify_run(text: str, tokens: list[Token], run: NumberRun, hits: list[ContextHit], ctx: TurnContext,
                  carry: str | None, runs: list[NumberRun] = ()) -> Span | None:
    if _kept_by_site(text, run, ctx.keep):
        return None
    n = len(run.digits)
    pan_like = 13 <= n <= 19 and luhn_ok(run.digits)
    nearest = _nearest_context(run, hits, ctx)
    in_turn_order = any(h.end <= run.start for h in hits) and nearest == ORDER
    # An order number is kept when said right after its cue: in the same turn, or as the answer
    # that opens the next turn ("What's the order number?" / "It's 448 1902").
    if nearest == ORDER and not pan_like and (in_turn_order or _opens_turn(tokens, run)):
        return None
    # A context guards numbers (no "count" or "year" can hide a PIN) while it is fresh: heard in
    # this turn or the one before, or still being read out; older ones only name what is masked.
    in_turn = {h.context for h in hits if h.end <= run.start}
    guards = (in_turn | ctx.recent) & GUARDING
    guarded = "carry" if carry else True if guards - {PHONE} else WEAK if guards else False
    if house_number_after_cue(text, run):
        guarded = True
    if safe_form(text, tokens, run, guarded):
        return None
    # "it came to forty nine ninety nine": the homophone "to" is a word when the rest is harmless
    if run.lead and guarded in (False, WEAK) and safe_form(text, tokens, without_lead(run, tokens), guarded):
        return None
    # A count of any noun, by its syntax ("we need 250 chairs"): only when nothing in the call is
    # asking for or reading out a number, in this turn, an open context or the agent's last question.
    if guarded is False and not carry and not hits and not ctx.active and not ctx.asked - {groups.COUNT, when_answer.WHEN} \
            and not ctx.pending.piece \
            and (syntax.counts_a_noun(text, tokens, run, list(runs)) or syntax.said_as_time(text, tokens, run, list(runs))):
        return None
    entity, rule, confidence = _entity(text[:run.start], run, nearest, carry)
    # masked, but too short to flag on; not an address's: a house number or a postcode's digits ("L S six,
    # two Q T") are short and still someone's address
    if len(run.digits) < 3 and not carry and entity != ADDRESS:
        confidence = min(confidence, SHORT_RUN_CONFIDENCE)
    return Span(entity, run.start, run.end, rule, confidence)


def _entity(before: str, run: NumberRun, nearest: str | None, carry: str | None) -> tuple[str, str, float]:
    n = len(run.digits)
    if nearest in (PAYMENT, CVV, EXPIRY):
        return _payment_entity(before, n, nearest), "payment_context", 0.9
    if 13 <= n <= 19 and luhn_ok(run.digits):
        return PCI_PAN, "luhn", 0.99
    if nearest in CONTEXT_ENTITY:
        return CONTEXT_ENTITY[nearest], f"{nearest}_context", 0.9
    if 13 <= n <= 19:
        return PCI_PAN, "luhn" if luhn_ok(run.digits) else "pan_length", 0.99 if luhn_ok(run.digits) else 0.7
    if carry:
        return carry, "continued_from_previous_turn", 0.8
    if n == 9:
        return SSN, "ssn_length", 0.6
    if n in (10, 11):
        return PHONE, "phone_length", 0.8
    if n >= 5:      # not a count or a price, and no context: a ZIP, an account or a PIN as likely as not
        return NUMBER, "unidentified_long_number", 0.6
    return NUMBER, "unidentified_number", 0.5


_YEAR = re.compile(r"\b(19\d\d|20\d\d)\b")
_PAST_YEARS = date.today().year - 10     # a birth date's year; an appointment's is this year or next


# a year said in words: "nineteen sixty four", "nineteen oh two" (every 19xx is long past), "two thousand
# and three", "twenty oh five"
_SPOKEN_19XX = re.compile(r"\bnineteen[\s,-]+(?:oh|o|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|"
                          r"eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)\b", re.I)
_SPOKEN_20XX = re.compile(r"\b(?:two thousand(?: and)?|twenty oh)[\s-]+(one|two|three|four|five|six|seven|eight|nine)\b",
                          re.I)


def long_ago(said: str) -> bool:
    """The text names a year long past (a birth year: an appointment's is this year or next)."""
    if any(int(y) <= _PAST_YEARS for y in _YEAR.findall(said)) or _SPOKEN_19XX.search(said):
        return True
    return any(2000 + int(UNITS[m.lower()]) <= _PAST_YEARS for m in _SPOKEN_20XX.findall(said))


def _payment_entity(before: str, n_digits: int, nearest: str) -> str:
    """PAN, CVV or expiry: the nearest keyword before the number in this turn decides."""
    best, entity = -1, None
    for ctx, ent in ((PAYMENT, PCI_PAN), (CVV, PCI_CVV), (EXPIRY, PCI_EXPIRY)):
        for m in _CONTEXT_RE[ctx].finditer(before):
            if m.start() > best or (m.start() == best and ent != PCI_PAN):
                best, entity = m.start(), ent
    if entity:
        return entity
    if n_digits >= 12:
        return PCI_PAN
    return {CVV: PCI_CVV, EXPIRY: PCI_EXPIRY}.get(nearest, PCI_PAN)


def _day_at(tokens: list[Token], k: int) -> int:
    """Tokens used by a day of the month at k ("3rd", "third", "twenty first", "the 3"), else 0."""
    if k >= len(tokens):
        return 0
    w = tokens[k].lower
    if w in lx.ORDINALS:
        return 1
    if w in ("twenty", "thirty") and k + 1 < len(tokens) and tokens[k + 1].lower in lx.ORDINALS[:9]:
        return 2
    if w in ("twenty", "thirty") and k + 2 < len(tokens) and tokens[k + 1].text == "-" \
            and tokens[k + 2].lower in lx.ORDINALS[:9]:
        return 3                                                        # "twenty-first"
    m = _DAY_SUFFIX.match(w)
    if m and 1 <= int(m.group(1)) <= 31:
        return 2 if k + 1 < len(tokens) and tokens[k + 1].lower in ("st", "nd", "rd", "th") else 1
    return 0


def _month_ordinal_at(tokens: list[Token], k: int) -> int:
    """Tokens used by a month said as an ordinal at k ("sixth", "3rd", "12 th"), else 0."""
    if k >= len(tokens):
        return 0
    if tokens[k].lower in lx.ORDINALS[:12]:
        return 1
    m = _DAY_SUFFIX.match(tokens[k].lower)
    if not m or not 1 <= int(m.group(1)) <= 12:
        return 0
    if k + 1 < len(tokens) and tokens[k + 1].lower in ("st", "nd", "rd", "th"):
        return 2
    return int(not tokens[k].lower.isdigit())       # "3 of the 4 boxes" is a count, "the 3rd of the 4th" a date


def _year_and(words: list[str], b: int) -> bool:
    """The "and" of "two thousand and three"."""
    return words[b] == "and" and words[b - 1] == "thousand" and b + 1 < len(words) and words[b + 1] in _NUMBER_WORDS


def _dates(tokens: list[Token], dob_context: bool) -> list[tuple[int, int]]:
    """Dates with a day and a month ("May 3rd", "the twelfth of July 1990"); in a date-of-birth
    context a month, an ordinal or a year alone is enough."""
    out = []
    words = [t.lower.rstrip(".") for t in tokens]
    for i in range(len(words)):
        # "the twenty-first of the sixth (, eighty-eight)": the month said as an ordinal
        n = _day_at(tokens, i)
        if n and words[i + n:i + n + 2] == ["of", "the"] and (m := _month_ordinal_at(tokens, i + n + 2)):
            a, b = i - (i > 0 and words[i - 1] == "the"), i + n + 2 + m
            while b < len(words) and (words[b].isdigit() or words[b] in (",", "-", "oh") or words[b] in _NUMBER_WORDS):
                b += 1
            while words[b - 1] in (",", "-"):
                b -= 1
            out.append((tokens[a].start, tokens[b - 1].end))
    if dob_context:     # "The fourteenth." in the turn after "March."
        for i in range(len(words)):
            if words[i] in lx.ORDINALS[:31] or _DAY_SUFFIX.match(words[i]) and not words[i].isdigit():
                n = _day_at(tokens, i)
                if n:
                    out.append((tokens[i].start, tokens[i + n - 1].end))
    for i, w in enumerate(words):
        if w not in lx.MONTHS:
            continue
        a = b = None
        k = i + 1 + (i + 1 < len(words) and words[i + 1] == "the")
        if (n := _day_at(tokens, k)):                                 # "May (the) 3rd"
            a, b = i, k + n
        j = i - 1 - (i > 0 and words[i - 1] == "of")
        j -= j > 0 and words[j - 1] == "the" and not _day_at(tokens, j)
        for start in (j - 2, j - 1, j):                     # "(the) 3rd of May", "the thirty-first of May"
            if start >= 0 and _day_at(tokens, start) and start + _day_at(tokens, start) >= j:
                a, b = (start - (start > 0 and words[start - 1] == "the")), max(b or 0, i + 1)
                break
        if a is None and dob_context:
            a, b = i, i + 1
        if a is None:
            continue
        while b < len(words) and (words[b].isdigit() or words[b] in (",", "nineteen", "twenty", "oh")
                                  or words[b] in _NUMBER_WORDS or _year_and(words, b)):
            b += 1                                                      # the year after it
        out.append((tokens[a].start, tokens[b - 1].end))
    return out


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans become one, keeping the higher-priority entity."""
    merged: list[Span] = []
    for s in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and s.start <= merged[-1].end:
            last = merged[-1]
            keep = last if PRIORITY.index(last.entity) <= PRIORITY.index(s.entity) else s
            merged[-1] = Span(keep.entity, last.start, max(last.end, s.end), keep.rule, keep.confidence)
        else:
            merged.append(s)
    return merged
