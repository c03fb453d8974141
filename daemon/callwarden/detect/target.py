"""What a caller's venting is aimed at: the call and the company, or something else in their life.

"I'm fed up of sneezing", "the printer at work is driving everyone potty", "my boss is a nightmare":
the words of frustration (and of venting distress: "going round the bend", "sick to death", "losing the
will to live") said about life, not about the call. idioms.py lists everyday targets, but no list holds
every thing people vent about, while the words for what a company sells and does to a customer are
a closed, general set. So the target is read off spaCy's dependency parse (the redactor's loader, one
copy per process): the venting predicate's subject ("my boss is a nightmare") or its prepositional
object ("fed up with/of/about/by ..."). A sentence is aimed elsewhere when

- that target is a named thing, person or activity that is not the company's (no service word), or
- the target is a pronoun ("it's driving me mad") and this sentence or the one before names such a
  thing, or there is none ("I'm going round the bend") and another clause of the sentence has such a
  thing for its subject ("my toddler is teething"); a sentence with no venting words at all (the model
  alone heard it) is judged as one with no target, and loses only its frustration,

and the sentence says nothing to or of the service: no "you"/"your", no service or contact word, no
waiting or repeated contact. Venting at nothing named ("I'm so fed up", "this is a joke") stays
frustration: on a call it is most likely about the call.

Only turns where frustration or distress already fired are parsed (phrases.find_intents asks), and a
sentence that names a danger never loses its distress ("he's going to hurt me, I'm going out of my mind").
Without the parser nothing is dropped: the hit stands, as before this module.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from callwarden.redact.syntax import parse as _parse     # the redactor's parser and its cache

# The predicates of venting. Broader than the rules that raise frustration: this only locates what a
# sentence vents at, it never raises anything.
_VENT = re.compile(
    r"\b(?:fed up|sick(?: and tired)?(?: to death)? of|sick to death|tired of|bored (?:of|with)|had enough|"
    r"(?:so |really |absolutely )(?:angry|annoyed|cross|mad|fed up)|fuming|livid|furious|raging|seething|"
    r"frustrat\w+|annoy\w+|infuriat\w+|irritat\w+|exasperat\w+|"
    r"(?:lost|losing|lose|run out of|running out of) (?:all )?(?:my )?patience|(?:losing|lost|lose) the will to live|"
    r"(?:losing|lost|lose|out of) my (?:mind|head|marbles|rag)|(?:had it|had) up to here|"
    r"(?:at|reached) (?:the )?end of my (?:tether|rope)|wits'? ?end|(?:pulling|tearing) my hair out|"
    r"(?:go|going|gone|went|goes|drive|driving|drives|drove|send|sending|sends|sent) (?:\w+ )?(?:round|around) "
    r"the (?:bend|twist)|(?:going|go|gone|went) (?:mad|crazy|insane|spare|potty|nuts|bananas|up the wall)|"
    r"(?:driving|drives|drove|drive|sending|sends|making|makes|made|send) (?:me|us|everyone|everybody|him|her|them|"
    r"people) (?:mad|crazy|insane|potty|nuts|bananas|spare|up the wall|to distraction|barmy|mental|miserable)|"
    r"(?:doing|does|did) (?:my|our|everyone's) heads? in|(?:getting|gets|got) on (?:my|our|everyone's) (?:last )?"
    r"nerves?|knocked me for six|can'?t (?:stand|bear|take)|i hate|(?:done|over) with|i'?m (?:so )?over it|"
    r"my blood boil\w*|(?:makes?|made|making) my blood boil|(?:killing|kill) (?:me|us)|the death of me|"
    r"(?:an? )?(?:(?:complete|total|absolute|utter|right|proper|real) )?(?:joke|nightmare|shambles|farce|disgrace|"
    r"disaster|pain)|beyond a joke|disgraceful|useless|ridiculous|pathetic|hopeless|unacceptable|outrageous|"
    r"unbearable|unbelievable|absurd|appalling|terrible|awful|rubbish|stupid|insane|a waste of (?:my )?time|"
    # more venting idioms, so the model's hits on them can be traced to a target ("it winds me up")
    r"(?:wind|winds|winding|wound) (?:me|us) up|(?:gets?|getting|got) (?:right )?on my wick|bane of my (?:life|existence)|"
    r"pain in the (?:neck|backside|arse|bum|butt|ass)|(?:gets?|getting) my goat|(?:wrecking|wrecks|melting|melts) my head|"
    r"(?:doing|does|did|done) my (?:nut|brain|box) in|grinds? my gears|testing my patience|(?:giving|gives|gave) me grief|"
    r"under my skin|(?:want|wants|wanted) to scream|i could scream|(?:driving|drives|drove|drive|driven) (?:me|us) to "
    r"(?:drink|despair|distraction|an early grave)|(?:is|was|are|were) (?:murder|torture|hell)|a headache)\b")

# Said to or of the service: the second person, what a company sells or does to a customer (general words,
# not one company's), contact and waiting. Any of these in a sentence keeps its venting.
_SECOND_PERSON = r"you|your|yours|you're|youre|you've|youve|you'll|youll|yourself|yourselves|ya|u"
_SERVICE = (r"services?|company|companies|firm|provider|supplier|bills?|billing|billed|account|accounts|app|apps|"
            r"website|online|portal|login|log in|password|internet|broadband|wi-?fi|connection|line|lines|"
            r"signal|network|coverage|reception|fibre|router|modem|box|engineers?|technicians?|installation|"
            r"repair|fault|outage|delays?|delayed|deliver\w*|parcel|package|courier|orders?|ordered|refund\w*|"
            r"payments?|paid|pay|charges?|charged|charging|overcharged|fees?|prices?|contract|plan|tariff|subscription|membership|"
            r"upgrade|direct debit|invoice|statement|balance|credit|loan|mortgage|debt|money|card|bank|meter|"
            r"policy|claim|insurance|premium|renewal|cancel\w*|booking|appointment|complaints?|"
            r"agents?|advis[eo]rs?|operators?|staff|customer|support|helpline|hotline|department|manager|"
            r"supervisor|system|menu|options?|bot|robot|automated|recording|calls?|called|calling|rang|"
            # asking for someone at the company: "this is a joke, put me through to a representative"
            r"representatives?|reps?|humans?|human being|(?:real|actual|live) person|speak to|talk to|put me through|"
            r"get me|transfer\w*|"
            # the call's own machinery and the people on it: "this machine is useless", "the lady I spoke to"
            r"(?<!washing )(?<!coffee )(?<!vending )(?<!sewing )(?<!slot )(?<!fruit )machines?|computer|chat ?bot|"
            r"assistant|voice|music|buttons?|press|keypad|(?:spoke|spoken|talked|talking|speaking) (?:to|with)|"
            r"rung|phoned|phone|ringing|emails?|emailed|letters?|texts?|messages?|product|device|handset|sim|data|"
            r"reference|"
            # an errand's words: the turn's other sentence is often one ("I need my PAC code. This is a joke.")
            r"address|details|postcode|zip|number|branch|store|shop|opening|collection|returns?|exchange|warranty|"
            r"guarantee|receipt|items?|stock|vouchers?|discount|code|pin|pension|savings|benefits?|records|"
            r"registration|application|form|points|rewards|offers?|deals?|quotes?|premiums?|excess|cover|top-?up|"
            r"unlock|bundle|allowance|usage|transactions?|cheque|debit|overdraft|interest|rate|arrears|isa")
# Waiting and repeated contact. Waiting for a named thing is not a wait on the company ("waiting for the bus":
# what is waited for is judged by its own words, "waiting for my refund"), nor is a queue somewhere else.
_CONTACT = (r"hold|on the phone|queue(?! (?:at|for|outside|in town)\b)|"
            r"wait\w*(?! (?:for|on) (?:the|a|an|my|our|his|her|their|this|that|these|those)\b)|"
            r"(?:tried|trying|try) (?:to (?:call|ring|phone|get through|contact|reach|sort)|again|calling|ringing)|"
            r"chas\w+|repeat\w*|explain\w*|transferr?\w*|passed (?:around|about|on|from|between)|put through|cut off|"
            r"hung up|promised|callback|call back|get through|got through|"
            r"(?:nobody|no one|no-one) (?:ever )?(?:got back|gets back|came|turned up|rang|called|answers|answered|"
            r"picks up|listens|helps|calls back)|(?:never|didn'?t|did not|hasn'?t|has not|haven'?t) (?:\w+ )?"
            r"(?:arrived?|came|come|turn(?:ed)? up|show(?:ed|n)? up)|(?:first|second|third|fourth|fifth|\w+th) time|"
            r"times (?:now|already|today|this week)|(?:called|rang|rung|phoned|tried|chased|emailed|written|wrote|"
            r"explained|spoken|been on) (?:\w+ ){0,2}times")
_SERVICE_WORD = re.compile(rf"\b(?:{_SECOND_PERSON}|{_SERVICE}|{_CONTACT})\b")
_CONTACT_WORD = re.compile(rf"(?:{_CONTACT})")


# A former or other company is not the one on the call: "my old provider", "a different bank", "the other firm".
_OTHER_FIRM = re.compile(r"\b(?:(?:my|our|his|her|their|the) (?:old|previous|former|last|ex-?|other)|another|a different|"
                         r"an? (?:previous|old|former|other)) (?:[a-z-]+ )?(?:company|companies|firm|provider|supplier|bank|"
                         r"building society|network|insurer|lender|agency|operator|carrier|retailer|shop|store)\b")


def _blanked(low: str) -> str:
    """`low` with the words that address nobody and the other firms blanked, same length."""
    for rx in (_GENERIC_YOU, _OTHER_FIRM):
        low = rx.sub(lambda m: " " * len(m.group()), low)
    return low


def _at_service(sentence: str) -> bool:
    return bool(_SERVICE_WORD.search(_blanked(sentence)))
# Danger and health keep a sentence's distress (never its frustration): "I'm going out of my mind, my son
# hasn't come home", "I'm sick to death of this chest pain".
_DANGER = re.compile(r"\b(?:hurt\w*|injur\w*|missing|hasn'?t come home|not answering|ambulance|police|scared|"
                     r"frightened|terrified|afraid|help me|emergency|bleed\w*|pain|breath\w*|dying|die|dead|kill\w*|"
                     r"suicid\w*|attack\w*|safe|danger\w*|threat\w*|violent|hit me|abus\w*|pills|tablets|"
                     r"overdose|chest|heart|collaps\w*|unconscious|faint\w*|dizzy|numb|seizure|fit|stroke|fire|"
                     r"hospital|a&e|doctor|nurse|end it)\b")

# Nouns that name no target of their own: time (a wait), generic words ("this whole thing is a joke" is
# about the call), and the nouns inside venting idioms ("the end of my tether", "the will to live").
_NOT_A_TARGET = {
    "time", "times", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks", "fortnight", "month",
    "months", "year", "years", "morning", "afternoon", "evening", "night", "tonight", "today", "yesterday",
    "tomorrow", "weekend", "moment", "ages", "age", "while", "second", "seconds", "now",
    "thing", "things", "lot", "whole", "situation", "matter", "issue", "issues", "problem", "problems", "mess",
    "nonsense", "rubbish", "everything", "anything", "nothing", "something", "way", "point", "bit", "kind",
    "sort", "stuff", "hassle", "process", "experience", "treatment", "attitude", "excuse", "excuses", "state",
    "level", "fact", "reason", "question", "answer", "answers", "people", "person", "one", "someone", "somebody",
    "anyone", "anybody", "everyone", "everybody", "nobody", "lady", "man", "woman", "guy", "bloke", "girl", "lad",
    "joke", "nightmare", "disgrace", "shambles", "farce", "pain", "disaster", "waste", "sake", "god", "goodness",
    "heaven", "hell", "heck", "earth", "life", "patience", "tether", "rope", "wits", "wit", "end", "bend", "twist",
    "wall", "head", "heads", "nerves", "nerve", "hair", "death", "will", "straw", "circles", "pillar", "post",
    "teeth", "enough", "distraction", "mind", "marbles", "six", "worst", "limit", "kidding",
    # the caller's own dealings, not a target: "sick of being messed about", "tired of getting nowhere"
    "being", "getting", "having", "going", "doing", "dealing", "hearing", "listening", "talking", "speaking",
    "trying", "waiting", "hanging", "sitting", "holding", "asking", "telling", "paying", "pressing", "jumping",
    # words for how a matter is handled: "this whole business", "the runaround", "this palaver"
    "business", "palaver", "saga", "rigmarole", "circus", "runaround", "incompetence", "progress", "lack",
    "response", "reply", "help", "communication", "malarkey", "handling", "standard", "quality", "effort", "fuss",
    "drama", "ordeal", "struggle", "battle", "fight", "bureaucracy", "tape", "hoops", "conversation", "chat",
    "explanation", "story", "promises", "lies", "apology", "apologies", "carry", "state", "service",
    # fillers and courtesies the tagger may call nouns
    "um", "umm", "erm", "er", "uh", "ah", "oh", "bye", "cheers", "thanks", "hello", "hi", "please", "sorry", "ok",
    "okay", "yeah", "yes", "no", "mate", "love", "sir", "madam", "dear",
}
_PRONOUNS = {"it", "this", "that", "they", "them", "these", "those", "he", "she", "him", "her", "its"}
_OWNERS = {"the", "my", "our", "his", "her", "their", "this", "that", "these", "those"}
_CALLER = {"i", "we", "me", "us", "myself", "ourselves"}
_AIMS = {"with", "of", "about", "by", "at", "over"}
_SUBJECTS = {"nsubj", "nsubjpass", "csubj"}
# A clause's head is found by climbing from the venting words through these relations.
_CLIMB = {"acomp", "attr", "oprd", "dobj", "xcomp", "advmod", "prep", "pobj", "prt", "amod", "npadvmod", "det",
          "compound", "dep", "intj"}
# A new ask opens a new clause even unpunctuated (tiny.en rarely writes a full stop).
# So does an errand's opening ("the kids are driving me mad and I need to check my bill").
_SPLIT = re.compile(r"(?<=[.?!;])\s+|\s+(?=(?:can|could|would|will|may) (?:i|you|someone|somebody)\b)|"
                    r",?\s+(?=(?:and |but |so |anyway )?(?:also|anyway|please|i need|i'?d like|i would like|"
                    r"i want(?:ed)? to|i'?m (?:calling|ringing|phoning)|i was (?:calling|ringing|wondering)|"
                    r"just (?:wondering|wanted|calling|ringing)|quick question|how (?:do|can|much|long)|"
                    r"what (?:time|is|are|'s)|when (?:does|do|is|will)|is it possible|do you|are you|have you)\b)")
# "you" that addresses nobody: a filler or a saying, not the company
_GENERIC_YOU = re.compile(r"\b(?:you know|i tell you|i'?m telling you|mind you|thank you|bless you|if you ask me|"
                          r"you see|you wouldn'?t believe|can you believe|would you believe|believe you me|"
                          r"you'?d think|you never know|don'?t get me started|(?:honest|frank|straight) with you|"
                          r"(?:let me|i can|i have to|i must|i'?ve got to|i'?ll) tell you|sorry to (?:bother|bore|trouble) "
                          r"you|as you (?:can|might|may) (?:probably )?(?:imagine|tell|hear)|you can (?:probably )?"
                          r"(?:imagine|hear)|if you can hear|you get me)\b")


@dataclass(frozen=True, slots=True)
class Elsewhere:
    """A sentence of the turn (character span of the text given) whose venting is not aimed at the call."""
    start: int
    end: int
    danger: bool        # it names a danger (or has no venting words): its distress stands, only its frustration goes


def _sentences(text: str) -> list[tuple[int, int]]:
    spans, a = [], 0
    for m in _SPLIT.finditer(text):
        if m.start() > a:
            spans.append((a, m.start()))
        a = m.end()
    if a < len(text):
        spans.append((a, len(text)))
    return spans


def _content_word(tok) -> bool:
    return tok.lower_.isalpha() and tok.lower_ not in _NOT_A_TARGET and tok.lower_ not in _PRONOUNS


def _is_thing(tok) -> bool:
    """A common noun (or an activity: "fed up of sneezing") naming something."""
    if not _content_word(tok):
        return False
    if tok.tag_ in ("NN", "NNS") or tok.tag_ == "VBG" and tok.dep_ in ("pobj", "pcomp"):
        return True
    # a name is a thing when it is someone's or determined ("the Hoover", "my Honda"): a bare one may be
    # the company's, or a word the tagger only capitalised ("Un believable")
    return tok.tag_ in ("NNP", "NNPS") and any(c.dep_ in ("det", "poss") and c.lower_ in _OWNERS for c in tok.children)


# The caller's own gadget is not the company's machinery ("my laptop", "my son's phone"), and a contact word
# said of the caller's own people is not contact with the company ("my brother promised he'd help").
_GADGET = re.compile(r"machines?|computer|voice|music|phones?|handset|device|buttons?|keypad")
_OWN = {"my", "our", "his", "her", "their"}
_THIRD = {"he", "she", "it", "they"}       # may stand for one of the caller's own, named earlier
# A clause ends where another begins: what a named thing's own clause says decides its venting.
_NEW_CLAUSE = {"conj", "advcl", "ccomp", "parataxis", "cc", "mark"}


def _owned(tok) -> bool:
    """Someone's of the caller's life: "my son", "her phone", "my sister's laptop"."""
    return any(c.dep_ == "poss" and (c.lower_ in _OWN or c.tag_ in ("NN", "NNP") and _owned(c)) for c in tok.children)


def _subject_of(tok):
    for _ in range(3):
        sub = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
        if sub is not None or tok.head is tok:
            return sub
        tok = tok.head
    return None


def _serves(toks, blank: str) -> bool:
    """Any of `toks` is a service word in the sense of _at_service, less the caller's own gadgets and the
    contact words said of the caller's own people (parsed, so finer than _at_service)."""
    if not toks:
        return False
    by_start = {t.idx: t for t in toks}
    a, b = min(by_start), max(t.idx + len(t.text) for t in toks)
    for m in _SERVICE_WORD.finditer(blank, a, b):
        tok = by_start.get(m.start())
        if tok is None:
            continue
        if _GADGET.fullmatch(tok.lower_) and _owned(tok):
            continue
        if tok.tag_.startswith("VB") and _CONTACT_WORD.fullmatch(m.group()) and (sub := _subject_of(tok)) is not None \
                and not _SERVICE_WORD.fullmatch(sub.lower_) and (_owned(sub) or sub.lower_ in _THIRD and any(
                    _owned(t) and t.tag_ in ("NN", "NNS") and not _SERVICE_WORD.fullmatch(t.lower_)
                    for t in toks if t.i < sub.i)):
            continue        # "my brother promised he'd help", "my phone's on its last legs, it cut off twice"
        return True
    return False


def _said_by_caller(tok) -> bool:
    """The clause holding `tok` has the caller for its subject ("so I thought I'd ring you instead")."""
    while True:
        if tok.tag_.startswith("VB"):
            sub = next((c for c in tok.children if c.dep_ in _SUBJECTS), None)
            if sub is not None:
                return sub.lower_ in _CALLER
        if tok.head is tok:
            return False
        tok = tok.head


def _clause_tokens(vent: list, target_tok) -> list:
    """The venting predicate's own clause (no conjoined or subordinate clause) and its target's words."""
    ids = {t.i for t in vent}
    head = _clause_head(next((t for t in vent if t.head.i not in ids or t.head is t), vent[0]))
    out, stack = {}, [head, *vent, *(target_tok.subtree if target_tok is not None else [])]
    while stack:
        t = stack.pop()
        if t.i not in out:
            out[t.i] = t
            stack += [c for c in t.children if c.dep_ not in _NEW_CLAUSE]
    return list(out.values())


def _names_a_thing(toks, vent_tokens: set[int]) -> bool:
    return any(_is_thing(t) and t.i not in vent_tokens for t in toks)


def _clause_head(tok):
    while tok.dep_ in _CLIMB and tok.head is not tok and not tok.tag_.startswith("VB"):
        tok = tok.head
    return tok


def _target(span_toks: list, inside: set[int], vent_tokens: set[int]):
    """(kind, token) of what one venting predicate is aimed at: 'thing', 'pronoun', 'keep' (a word that names
    no outside target, or the company's name) or 'none' (the caller, or nothing)."""
    ids = {t.i for t in span_toks}
    head = next((t for t in span_toks if t.head.i not in ids or t.head is t), span_toks[0])
    clause = _clause_head(head)
    # the prepositional object first: "I'm fed up with the builders" names the builders, not "I"
    last = max(span_toks, key=lambda t: t.i)
    if last.dep_ == "prep" and last.lower_ in _AIMS:
        # the venting words end on their preposition ("sick of", "tired of"): its object is the target
        for obj in last.children:
            if obj.dep_ in ("pobj", "pcomp") and obj.i in inside:
                return _kind(obj)
    for holder in [*span_toks, clause]:
        for prep in holder.children:
            # not the preposition the venting words hang from ("at my wits' end", "sick to death")
            if prep.dep_ == "prep" and prep.lower_ in _AIMS and prep.i not in ids and prep.i in inside \
                    and not any(o.i in ids for o in prep.subtree):
                for obj in prep.children:
                    if obj.dep_ in ("pobj", "pcomp") and obj.i in inside:
                        return _kind(obj)
    for sub in clause.children:
        if sub.dep_ in _SUBJECTS and sub.i in inside and sub.i not in ids:
            if sub.tag_ == "WP" and clause.dep_ == "csubj":
                # "what's driving me mad is the overtime": the copula's complement is the target
                aim = next((c for c in clause.head.children if c.dep_ in ("attr", "acomp", "dobj") and c.i in inside), None)
                if aim is not None:
                    return _kind(aim)
            if sub.dep_ == "csubj":
                # an activity: "trying to park round here is a nightmare", "getting the kids to school is murder"
                doing = next((t for t in sub.subtree if t.i not in ids and _content_word(t)
                              and (t.tag_.startswith("VB") or t.tag_ in ("NN", "NNS"))), None)
                return ("thing", doing) if doing is not None else ("keep", sub)
            return _kind(sub)
    return "none", None


# The caller's own state as the target: "fed up of being ill", "tired of feeling rough", "sick of being skint".
_STATES = {"ill", "sick", "unwell", "poorly", "cold", "hot", "tired", "exhausted", "knackered", "sore", "achy", "rough",
           "old", "skint", "broke", "lonely", "bored", "single", "pregnant", "sick", "ill", "fat", "stressed", "busy"}


def _kind(tok):
    low = tok.lower_
    if low in ("being", "getting", "feeling") and any(c.dep_ in ("acomp", "attr", "oprd") and c.lower_ in _STATES
                                                       for c in tok.children):
        return "thing", tok
    if low in _CALLER:
        return "none", tok
    if low in _PRONOUNS:
        return "pronoun", tok
    if tok.tag_ in ("DT", "PRP") or low in ("everything", "all", "lot", "whole"):
        return "keep", tok
    # the noun phrase's service word ("the phone line", "the customer service") is caught sentence-wide
    return ("thing", tok) if _is_thing(tok) else ("keep", tok)


def elsewhere(text: str, rules: tuple[re.Pattern, ...] = ()) -> list[Elsewhere]:
    """Sentences of `text` whose venting is aimed at something other than the call (see the module doc).
    `rules`: frustration's phrase rules (phrases.py passes them in: "the last straw", "banging my head
    against a brick wall"), so that whatever raised the hit can be located besides _VENT.
    Empty when the parser is unavailable or every sentence may be about the call."""
    spans = _sentences(text)
    low = text.lower()
    # cheap first: a sentence with a service word is never dropped, and a turn with none left is never parsed
    candidates = [(a, b) for a, b in spans if not _at_service(low[a:b])]
    doc = _parse(text)
    if doc is None:
        return []
    out: list[Elsewhere] = []
    previous_names = False
    blank = _blanked(low)
    for a, b in spans:
        toks = [t for t in doc if a <= t.idx < b]
        inside = {t.i for t in toks}
        vents = [[t for t in toks if t.idx < m.end() and t.idx + len(t.text) > m.start()]
                 for rx in (_VENT, *rules) for m in rx.finditer(low, a, b)]
        vents = [v for v in vents if v]
        vent_tokens = {t.i for v in vents for t in v}
        names = _names_a_thing(toks, vent_tokens)
        # venting with no target of its own is put down to another clause's subject only ("my toddler is
        # teething, I'm going round the bend"), not to any noun ("I've spent my lunch break on this, I'm livid")
        subject = any(t.dep_ in _SUBJECTS for t in toks if _is_thing(t) and t.i not in vent_tokens)
        if toks:
            aims = [(_target(v, inside, vent_tokens), v) for v in vents]
            kinds = {k for (k, _), _ in aims} or {"none"}
            # a service word keeps the sentence, unless it is the caller's own gadget or people's doing, or
            # every predicate vents at a named thing whose own clause says nothing of the service ("my old
            # provider was a nightmare, that's why I'm switching to you")
            serves = (a, b) not in candidates and _serves(toks, blank)
            if serves and kinds == {"thing"}:
                own = [_clause_tokens(v, tok) for (_, tok), v in aims]
                held = {t.i for clause in own for t in clause}
                # another clause counts unless it is the caller's own doing ("...so I rang you instead"):
                # "the driver was a joke, he left my parcel in the rain" is still about the delivery
                serves = any(_serves(clause, blank) for clause in own) or _serves(
                    [t for t in toks if t.i not in held and not _said_by_caller(t)], blank)
            # every predicate must be aimed elsewhere: one aimed at the call keeps the sentence
            if not serves and "keep" not in kinds and ("thing" in kinds or "pronoun" in kinds and (names or previous_names)
                                                       or kinds == {"none"} and subject):
                # without venting words only the model heard it: its frustration goes, never its distress
                # ("my husband fell down the stairs")
                out.append(Elsewhere(a, b, not vents or bool(_DANGER.search(low[a:b]))))
        # a pronoun may point back one sentence, but only to one that says nothing of the service
        previous_names = names and not _at_service(low[a:b])
    return out


def without(text: str, drop: list[Elsewhere], keep_danger: bool) -> str:
    """`text` with the dropped sentences left out; `keep_danger` keeps those naming a danger (for distress)."""
    gone = [(e.start, e.end) for e in drop if not (keep_danger and e.danger)]
    parts, a = [], 0
    for s, e in sorted(gone):
        parts.append(text[a:s])
        a = e
    parts.append(text[a:])
    return " ".join(" ".join(parts).split())


def aimed_at_service(text: str) -> bool:
    """The turn says something to or of the service: on a partial, the only venting that may flag before
    the sentence (and its target) is complete."""
    return _at_service(text.lower())
