"""CallRedactor: one per call; a stream that redacts each final turn and keyed digit before
anything is stored.

Fail closed by construction: every number is masked unless a recogniser names
it harmless (money, a time, a count of things ...), so a secret split over
turns, said with fillers or heard without its context word is masked in each
part. Contexts (payment, PIN, SSN ...) opened by a caller turn or by what the
agent just asked only name what a masked number is, and keep numbers secret
while a card or a PIN is being read out; a caller turn that continues a number
read out at the end of the previous one inherits its kind. Each redaction is
recorded (entity, span on the call clock, rule), never the value.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field, replace

from callwarden.redact import finders as f
from callwarden.redact import (everyday, groups, health_context, health_figurative, health_followup, places_answer,
                               readout, textnorm, when_answer)
from callwarden.redact.health import HealthVocabulary, vocabulary
from callwarden.redact.pieces import EMAIL_PIECE, LETTERS, STREET, Pending, email_unfinished, name_words
from callwarden.redact.spoken import luhn_ok

# A context stays open for this many caller turns after the one it was heard in (or, when the
# agent asked, for this many caller turns from the next one); a turn that carries on reading
# out a number keeps it open.
CONTEXT_TURNS = 4
DTMF_CONTEXTS = {f.PAYMENT: f.PCI_PAN, f.CVV: f.PCI_CVV, f.EXPIRY: f.PCI_EXPIRY, f.PIN: f.PIN, f.SSN: f.SSN,
                 f.BANK_ACCOUNT: f.BANK_ACCOUNT, f.DOB: f.DOB, f.PHONE: f.PHONE}
DTMF_ENTITY = "dtmf"          # a keyed digit with no context: masked, raises no flag on its own
FAILED = "[REDACTION_FAILED]"
SHORT = {f.ORDER, f.IDENTITY}   # contexts that name what the very next answer is, no more
# A number "continues" into the next turn when it ends the turn (a few words may follow) ...
TAIL_WORDS = 3
KEYED_GAP_MS = 4000     # keys further apart than this start a new keyed run
# A pause this long ends an entry, like an IVR's inter-digit timeout but short: the entry's flag is
# due within the call's flag budget, and keys of one entry come faster than this from a keypad or a
# phone's RFC 4733 events.
ENTRY_PAUSE_MS = 600
ENTRY_MIN = 4           # keys: an entry this long is data (a PIN, a member number), not a menu choice
_WORD = re.compile(r"[A-Za-z']+")
# "For billing, press 1": the keys a menu offers
_MENU_KEY = re.compile(r"\b(?:press|dial|key|select|choose|option)\s+(?:number\s+)?"
                       r"([0-9]|zero|one|two|three|four|five|six|seven|eight|nine)\b", re.I)
# Talk while fetching a card or a letter ("hang on, it's in my bag", "okay, got it"): no turn of a context's
# life is spent on it, up to HOLD_TURNS such turns per call.
_HOLDING = re.compile(r"^\W*(?:(?:hang on|hold on|one (?:sec|second|moment|minute)|just a (?:sec|second|moment|minute)|"
                      r"bear with me|give me a (?:sec|second|moment|minute)|let me (?:get|find|grab|look|check)|"
                      r"it'?s (?:in|upstairs|downstairs|somewhere|here somewhere)|sorry|okay|ok|right|so|um+|uh+|er+|erm|"
                      r"yeah|yes|where was i|here we go|got it|found it|i'?ve (?:got|found) (?:it|my \w+)|"
                      r"the \w+'?s (?:barking|crying|at the door)|one tick|wait|still looking|nearly there|"
                      r"just getting it|getting it now|bit of a mess)\b[\s,.!?\-]*)+(?:[a-z']+\W*){0,4}$", re.I)
HOLD_TURNS = 8
# "Using your keypad, enter the code from your letter": an imperative that asks for keys
_KEYPAD = re.compile(r"\b(?:enter|key(?:pad)? in|keypad|type|tap in|dial|punch in|input)\b", re.I)
_KEY_WORDS = {w: str(i) for i, w in enumerate("zero one two three four five six seven eight nine".split())}


@dataclass(frozen=True)
class RedactRules:
    """A site's own rules ([redact] in the config)."""
    keep: tuple[re.Pattern, ...] = ()
    extra_terms: tuple[str, ...] = ()

    @staticmethod
    def from_config(keep: list[str], extra_terms: list[str]) -> "RedactRules":
        return RedactRules(tuple(re.compile(k, re.I) for k in keep), tuple(extra_terms))


@dataclass(frozen=True, slots=True)
class RedactionRecord:
    entity: str
    t_start_ms: int
    t_end_ms: int
    rule: str
    confidence: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class Redacted:
    text: str
    records: tuple[RedactionRecord, ...]
    failed: bool = False
    # character spans of the masks in `text` (entity, start, end), for `callwarden redact`
    spans: tuple[tuple[str, int, int], ...] = ()

    @property
    def entities(self) -> set[str]:
        return {r.entity for r in self.records}


@dataclass
class _State:
    turn: int = 0
    open_until: dict[str, int] = field(default_factory=dict)   # context -> last caller turn it applies to
    opened_at: dict[str, tuple[int, int]] = field(default_factory=dict)   # context -> (turn, order heard)
    heard: int = 0
    carry: str | None = None          # kind of the number the previous caller turn ended reading out
    read_out: str = ""                # its digits so far, over the turns it was read out in (readout.py)
    keyed: str = ""                   # digits keyed in a row (gaps under KEYED_GAP_MS)
    keyed_ms: int = -10**9
    pending: Pending = Pending()      # what the previous caller turn left unfinished (pieces.py)
    asked: frozenset[str] = frozenset()   # contexts the agent asked about since the caller's last turn
    menu: frozenset[str] = frozenset()    # keys the agent's last menu offered, until one is keyed
    held: int = 0                         # caller turns spent fetching, that kept contexts open
    # the agent's last words or the caller's last turn named a number not said yet ("key in the code from
    # your letter", "I'll tap in my member code"): keys that follow are it
    keys_named: bool = False
    entry_done: bool = False          # the keyed run already raised (or was known to need) no more
    answered: frozenset[str] = frozenset()   # what the caller's last turn answered ("how many", "when"), for a read-back
    health_told: bool = False         # a caller turn of this call had a health detail masked

    def copy(self) -> "_State":
        return replace(self, open_until=dict(self.open_until), opened_at=dict(self.opened_at))


class CallRedactor:
    def __init__(self, rules: RedactRules | None = None) -> None:
        self.rules = rules or RedactRules()
        self._extra = _site_vocabulary(self.rules.extra_terms)
        self._state = _State()

    def _open(self, context: str, until: int) -> None:
        s = self._state
        s.open_until[context] = max(until, s.open_until.get(context, -1)) if context not in SHORT else until
        s.heard += 1
        s.opened_at[context] = (s.turn, s.heard)

    def note_agent_text(self, text: str) -> None:
        """What the agent asks opens contexts too ("Please say your card number")."""
        text = textnorm.fold(text)[0]
        offered = {_KEY_WORDS.get(k.lower(), k) for k in _MENU_KEY.findall(text)}
        if offered:
            self._state.menu = frozenset(offered)
        # only the agent's last words: "how many came?" then "and what's your postcode?" asks for no count
        self._state.asked = (self._state.asked - {kind for kind, _ in _ASKED_BY_LAST_WORDS}) | {
            kind for kind, asks in _ASKED_BY_LAST_WORDS if asks(text)}
        hits = f.context_hits(text)
        if _NEW_QUESTION.search(text) and not _GOES_ON.search(text):
            # "and what are we paying today?": the agent has moved on, so what the caller read out before is
            # over: its contexts, a number it ended on and a piece it left unfinished end here
            s = self._state
            s.open_until = {c: min(until, s.turn - 1) for c, until in s.open_until.items()}
            s.carry, s.read_out, s.pending = None, "", Pending(None, s.pending.names)
        if _READ_BACK.match(text) and not hits:
            # "Twelve?", "Five pm, yes?": the agent checks the answer; the caller's next words answer the same question
            self._state.asked |= self._state.answered
        if (_ASKS.search(text) or _KEYPAD.search(text)) and groups.names_a_number(text):
            # no context word, but a number is asked for: nothing is kept by its syntax in the answer
            self._state.asked |= {groups.NAMED_NUMBER}
            # (an agent's "okay" after the caller's "I'll tap in my code" leaves the keys named)
            self._state.keys_named = not _names_order(hits)
        for hit in hits:
            # a name or an order number is expected in the answer only; others for a few turns
            self._open(hit.context, self._state.turn + (0 if hit.context in SHORT else CONTEXT_TURNS - 1))
            if _ASKS.search(text):      # "I've updated your email" asks for nothing
                self._state.asked |= {hit.context}

    def recent(self) -> set[str]:
        """Contexts heard (or used to read a number) in the previous caller turn or since."""
        s = self._state
        return {c for c in self.active() if s.opened_at.get(c, (-9, 0))[0] >= s.turn - 1}

    def active(self) -> list[str]:
        """Open contexts, the most recently heard last."""
        s = self._state
        return sorted((c for c, until in s.open_until.items() if until >= s.turn),
                      key=lambda c: s.opened_at.get(c, (-1, -1))[1])

    def preview(self, text: str, t_start_ms: int, t_end_ms: int) -> Redacted:
        """Redacts a partial hypothesis with the call's context, leaving that context as it was."""
        real = self._state
        self._state = real.copy()
        try:
            return self.redact(text, t_start_ms, t_end_ms)
        finally:
            self._state = real

    def redact(self, text: str, t_start_ms: int, t_end_ms: int) -> Redacted:
        """Never raises: any failure gives FAILED text (fail closed)."""
        try:
            return self._redact(text, t_start_ms, t_end_ms)
        except Exception:
            self._state.turn += 1
            return Redacted(FAILED, (RedactionRecord("unknown", t_start_ms, t_end_ms, "redaction_failed", 1.0),),
                            failed=True, spans=(("unknown", 0, len(FAILED)),))

    def _redact(self, said: str, t_start_ms: int, t_end_ms: int) -> Redacted:
        s = self._state
        # the finders read the folded text (textnorm: full-width, other scripts' digits, zero-width
        # characters ...); the masks are put on what was said
        text, origin = textnorm.fold(said)
        turn = f.read_turn(text)
        ctx = f.TurnContext(active=self.active(), recent=self.recent(),
                            carry_entity=s.carry if _starts_with_number(turn) else None,
                            keep=self.rules.keep, extra_terms=self._extra, pending=s.pending,
                            asked=s.asked | _address_asked_now(s))
        s.answered, s.asked = s.asked & _READ_BACK_KEEPS, frozenset()
        s.keys_named = not turn.runs and groups.names_a_number(text) and not _names_order(turn.hits)
        spans, read_out = readout.name_pieces(turn, f.find_spans(text, ctx, turn),
                                              s.read_out if ctx.carry_entity else "")
        if health_figurative.OCCUPATION in ctx.asked:      # "occupation?" ... "midwife": a job, not care
            spans = health_figurative.job_answer(text, spans)
        if health_followup.MEDICINE in ctx.asked:        # "which inhaler?" ... "the purple one, <brand>"
            spans = f.merge(spans + [f.Span(f.PHI, a, b, "medicine_answer", 0.7)
                                     for a, b in health_followup.named_medicines(text, vocabulary().common)])
        if not s.health_told:      # "my ears are ringing": a person's own body, told without a term
            spans = f.merge(spans + health_figurative.literal(text, [
                f.Span(f.PHI, a, b, "health_owned", 0.4) for a, b in health_context.owned(text)]))
        told = s.health_told or any(sp.entity == f.PHI for sp in spans)
        if told:
            # "she had another fit", "my script": health carried on by an everyday word
            spans = f.merge(spans + [f.Span(f.PHI, a, b, "health_referred_back", 0.7)
                                     for a, b in health_followup.referred_back(text)])
            # ... and any word everyday English does not know: it may be the detail itself
            known = everyday.words()
            spans = f.merge(spans + [f.Span(f.PHI, a, b, "uncommon_in_health_call", 0.5) for a, b in
                                     health_followup.uncommon_words(text, lambda w: everyday.is_everyday(w, known))])
            # ... and what else the caller names that means health (health_context), but for a health word's
            # figurative use or a thing's ("a pain in the neck", "a virus scan")
            spans = f.merge(spans + health_figurative.literal(text, [
                f.Span(f.PHI, a, b, "health_meaning", 0.4) for a, b in health_context.spans(
                    text, [(sp.start, sp.end) for sp in spans])]))
        s.health_told = told
        s.pending = _next_pending(text, turn, spans, ctx, s.pending)
        for hit in turn.hits:
            if hit.context == f.IDENTITY:     # the caller's own "my name is" is read in the turn itself
                continue
            # "my order number is" at the end of a turn covers the next one; a caller's order
            # number said in the turn does not make later numbers safe
            short = hit.context in SHORT
            self._open(hit.context, s.turn + (CONTEXT_TURNS if not short else
                                              1 if not any(r.start >= hit.end for r in turn.runs) else 0))
        number_spans = [sp for sp in spans if sp.entity not in (f.PHI, f.NAME, f.EMAIL)]
        ends_reading = bool(number_spans) and len(_WORD.findall(text[number_spans[-1].end:])) <= TAIL_WORDS
        if number_spans:
            # reading a number out keeps its context open and fresh for the next part
            for c, until in list(s.open_until.items()):
                if until >= s.turn and c in f.GUARDING:
                    s.open_until[c] = max(until, s.turn + CONTEXT_TURNS)
                    s.opened_at[c] = (s.turn, s.opened_at.get(c, (0, 0))[1])
        s.carry = number_spans[-1].entity if ends_reading else None
        s.read_out = read_out if ends_reading else ""
        if not spans and not turn.runs and s.held < HOLD_TURNS and _HOLDING.match(text):
            s.held += 1
            for c, until in list(s.open_until.items()):
                if until >= s.turn:
                    s.open_until[c] = until + 1
        s.turn += 1
        s.menu = frozenset()          # the caller spoke: a later key answers something else
        out, records, masks, pos = [], [], [], 0
        length = max(len(said), 1)
        for span in spans:
            start, end = textnorm.span_back(origin, span.start, span.end, len(said))
            start = max(start, pos)
            out.append(said[pos:start])
            at = sum(map(len, out))
            out.append(f.PLACEHOLDER[span.entity])
            masks.append((span.entity, at, at + len(f.PLACEHOLDER[span.entity])))
            pos = max(end, start)
            records.append(RedactionRecord(
                span.entity, t_start_ms + (t_end_ms - t_start_ms) * start // length,
                t_start_ms + (t_end_ms - t_start_ms) * pos // length, span.rule, span.confidence))
        out.append(said[pos:])
        return Redacted("".join(out), tuple(records), spans=tuple(masks))

    def dtmf(self, digit: str, t_ms: int) -> tuple[str, RedactionRecord | None]:
        """Every keyed digit is stored as '*': a single key cannot be known not to start a PIN
        ("#", "*" and A-D are stored as keyed).

        The most recently opened context names it ("pay by card ... I'll type my PIN" keys a PIN);
        with none, a run of keys shaped like a card (13-19 digits passing Luhn) is a card, and keys the
        agent asked for or the caller announced by naming a number ("key in the code from your letter",
        "I'll tap in my member code"; not an order number) personal data (pii). Any other entry of
        ENTRY_MIN or more keys is personal data once it has ended (entry_ended(): a "#", or a pause):
        before that it may still turn out to be a card at its last key. The one exception is
        the first key after a menu the agent read out ("for billing, press 1"), when it is one of the keys
        offered and no context asks for a number: that is a choice, and it is kept."""
        s = self._state
        if not digit.isdigit():      # "#" ends an entry, "*" and A-D carry no data
            record = self.entry_ended() if digit == "#" else None
            s.keyed, s.entry_done = "", False
            return digit, record
        if t_ms - s.keyed_ms > KEYED_GAP_MS:
            s.keyed, s.entry_done = "", False
        s.keyed += digit
        s.keyed_ms = t_ms
        active = self.active()
        # "I'll tap in my order number": the last thing named is what is keyed, and an order number is no secret
        order = active[-1:] == [f.ORDER]
        candidates = [ctx for ctx in active if ctx in DTMF_CONTEXTS] if not order else []
        menu, s.menu = s.menu, frozenset()
        if not candidates and s.keyed == digit and digit in menu:
            # the answer to a menu, when no context asks for a number: one key that the menu offered,
            # and no part of what is keyed next
            s.keyed = ""
            return digit, None
        if candidates:
            s.entry_done = True
            ctx = candidates[-1]
            return "*", RedactionRecord(DTMF_CONTEXTS[ctx], t_ms, t_ms, f"dtmf_in_{ctx}_context", 0.9)
        s.entry_done = s.entry_done or order
        if 13 <= len(s.keyed) <= 19 and luhn_ok(s.keyed):
            s.entry_done = True
            return "*", RedactionRecord(f.PCI_PAN, t_ms, t_ms, "dtmf_luhn", 0.9)
        if s.keys_named:
            s.entry_done = True
            return "*", RedactionRecord(DTMF_ENTITY, t_ms, t_ms, readout.KEYED_ASKED_RULE, 0.6)
        return "*", RedactionRecord(DTMF_ENTITY, t_ms, t_ms, "dtmf_any", 0.5)

    def entry_ended(self, t_ms: int | None = None) -> RedactionRecord | None:
        """The keyed entry is over (a "#", or the call's clock saw ENTRY_PAUSE_MS pass since the last
        key when `t_ms` is given): an entry of ENTRY_MIN or more keys that nothing named yet is personal
        data (a PIN, an account or member number keyed after a prompt that named none), raised once.
        None while the entry may still go on, or when it was named (a context, a card, an order number)."""
        s = self._state
        if s.entry_done or len(s.keyed) < ENTRY_MIN or t_ms is not None and t_ms - s.keyed_ms < ENTRY_PAUSE_MS:
            return None
        s.entry_done = True
        return RedactionRecord(DTMF_ENTITY, s.keyed_ms, s.keyed_ms, readout.KEYED_RULE, 0.6)


# What the agent's last words alone ask for (a count, a time, an occupation, a medicine): the answer is
# the caller's next turn, so each goes when the agent speaks again.
_ASKED_BY_LAST_WORDS = ((groups.COUNT, groups.asks_count), (when_answer.WHEN, when_answer.asks_when),
                        (when_answer.YEAR, when_answer.asks_year),
                        (health_figurative.OCCUPATION, health_figurative.asks_occupation),
                        (health_followup.MEDICINE, health_followup.asks_medicine))


def _address_asked_now(s: _State) -> frozenset[str]:
    """The agent's words since the caller's last turn asked where the caller lives: this turn answers it
    (a list of name words is read as the address only then, not turns later)."""
    return frozenset({places_answer.ADDRESS_ASKED}) if s.opened_at.get(f.ADDRESS, (-9, 0))[0] == s.turn \
        and s.open_until.get(f.ADDRESS, -1) >= s.turn else frozenset()


def _names_order(hits: list) -> bool:
    """An order number is named: keys that follow are the business's own, no secret."""
    return any(h.context == f.ORDER for h in hits)


# The agent reads a short answer back as a question: a few words, no question word of its own.
_READ_BACK = re.compile(r"^\W*(?:(?:sorry|so|and|ok|okay|right|did you say|you said)\W+)?(?:[\w'.:-]+\W+){0,3}"
                        r"[\w'.:-]+\W*(?:,\W*(?:yes|yeah|right|correct|is that right))?\W*\?\W*$", re.I)
# A question about something else ("how many do you need?", "when did you open the account?") ... unless it
# asks to go on with or say again what is being read out ("and the rest?", "sorry, what was that?")
_NEW_QUESTION = re.compile(r"\b(?:what|what's|whats|which|when|how|who|whose|where|why)\b", re.I)
_GOES_ON = re.compile(r"\b(?:rest|remaining|again|repeat|go on|carry on|continue|next|last|first|digits?|numbers?|"
                      r"codes?|missed|sorry|pardon|more|else|spell|spelling|bit|part|what was (?:that|it)|"
                      r"(?:say|read|repeat) (?:that|it)|of it|is that (?:right|correct|all|it))\b", re.I)
_READ_BACK_KEEPS = frozenset({groups.COUNT, when_answer.WHEN})
_ASKS = re.compile(r"\?|^\s*(?:please|can|could|may|would|what|which|tell|spell|say|give)\b", re.I)


def _next_pending(text: str, turn: f.Turn, spans: list, ctx: f.TurnContext, before: Pending) -> Pending:
    """What this turn leaves unfinished for the next one, and the names the call has heard."""
    tokens, rules = turn.tokens, {sp.rule for sp in spans}
    names = before.names | name_words(text, [(sp.start, sp.end) for sp in spans if sp.entity == f.NAME])
    piece = None
    if rules & {"email_piece"} and email_unfinished(tokens):
        piece = EMAIL_PIECE
    elif rules & {"spelled_letters"} or (f.IDENTITY in ctx.recent or before.piece == LETTERS) and any(
            len(t.text) == 1 and t.text.isalpha() and t.text not in ("a", "I") for t in tokens):
        piece = LETTERS
    elif f.ADDRESS in ctx.recent and turn.runs and len(turn.runs[-1].digits) <= 4 \
            and turn.runs[-1].end >= len(text.rstrip(" .,?!")) and not rules & {"street_address", "address_after_cue"}:
        piece = STREET          # "two hundred and six" ... the street comes next (a ZIP has five digits)
    return Pending(piece, names)


# Words a caller says before carrying on with a number ("and then four four ...", "the rest is ...").
CONTINUATIONS = {"and", "then", "uh", "um", "er", "erm", "ah", "hmm", "so", "okay", "ok", "sorry", "yes", "yeah",
                 "the", "rest", "is", "next", "last", "it's", "its", "that's", "plus", "also", "after", "that",
                 "right", "alright", "sure", "go", "on", "part", "bit", "few", "ones", "are", "digits", "numbers",
                 ",", ".", "-"}


def _starts_with_number(turn: f.Turn) -> bool:
    """The turn opens with a number, after nothing but words of carrying on (the rest of a number
    read out), so it continues the previous turn's number."""
    runs, tokens = turn.runs, turn.tokens
    return bool(runs) and runs[0].first_token <= 2 * TAIL_WORDS and all(
        t.lower in CONTINUATIONS for t in tokens[:runs[0].first_token])


_site_cache: dict[tuple[str, ...], HealthVocabulary | None] = {}


def _site_vocabulary(terms: tuple[str, ...]) -> HealthVocabulary | None:
    if not terms:
        return None
    if terms not in _site_cache:
        _site_cache[terms] = HealthVocabulary([], vocabulary().common, list(terms))
    return _site_cache[terms]
