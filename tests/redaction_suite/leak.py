"""The scorer's own reader of redacted text: does a secret survive, does a harmless number survive.

It reads digits the way a person would: digits, number words, 'oh', 'double/triple', tens pairs,
comma groups, fillers ignored. It is deliberately generous (everything that is not a mask is read
through), so a leak it reports is real text that a reader could recover."""

from __future__ import annotations

import re

TOKEN = re.compile(r"\[[^\]]*\]|<[A-Z][A-Z_]*>|\*+|\d+|[A-Za-z]+(?:'[A-Za-z]+)?")
UNIT = {w: str(i) for i, w in enumerate(
    "zero one two three four five six seven eight nine".split())}
AMBIG = {"oh": "0", "o": "0", "won": "1", "to": "2", "too": "2", "for": "4", "ate": "8"}
TEEN = {w: str(10 + i) for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: str(i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
ORD = {w: str(i + 1) for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
ORD["thirtieth"] = "30"
MONTH = {w: str(i + 1) for i, w in enumerate(
    "january february march april may june july august september october november december".split())}
MONTH.update({"jan": "1", "feb": "2", "mar": "3", "apr": "4", "jun": "6", "jul": "7", "aug": "8",
              "sep": "9", "sept": "9", "oct": "10", "nov": "11", "dec": "12"})
REPEAT = {"double": 2, "triple": 3}
SKIP = {"um", "umm", "uh", "uhh", "er", "erm", "hmm", "hm", "mm", "ah", "sorry", "and", "then", "let", "me",
        "see"}
SEPARATORS = {"dot", "underscore", "dash", "hyphen", "period"}
BREAK = "\x00"


def tokens(text: str) -> list[str]:
    """Lower-cased tokens; any mask ([X], <X>, ***) becomes BREAK; a possessive 's is dropped."""
    out = []
    for m in TOKEN.finditer(text or ""):
        t = m.group(0)
        if t[0] in "[<*":
            out.append(BREAK)
            continue
        t = t.lower()
        if t.endswith("'s"):
            t = t[:-2]
        out.append(t)
    return out


def _kind(t: str, dates: bool) -> str:
    if t == BREAK:
        return "break"
    if t.isdigit():
        return "digits"
    if t in UNIT:
        return "unit"
    if t in TEEN:
        return "teen"
    if t in TENS:
        return "tens"
    if t in ("hundred", "thousand"):
        return "mult"
    if t in REPEAT:
        return "repeat"
    if t in AMBIG:
        return "ambig"
    if dates and t in ORD:
        return "ord"
    if dates and t in MONTH:
        return "month"
    return "word"


NUMERIC = {"digits", "unit", "teen", "tens", "mult", "repeat", "ord", "month"}


def _resolve(toks: list[str], kinds: list[str]) -> None:
    """An ambiguous word ('to', 'for', 'oh', ...) is a digit when its nearest non-filler neighbour is
    a number: that is where ASR writes a spoken digit as a homophone."""
    changed = True
    while changed:
        changed = False
        for i, k in enumerate(kinds):
            if k != "ambig":
                continue
            for step in (-1, 1):
                j = i + step
                while 0 <= j < len(toks) and kinds[j] == "word" and toks[j] in SKIP:
                    j += step
                if 0 <= j < len(toks) and kinds[j] in NUMERIC:
                    kinds[i] = "unit"
                    changed = True
                    break


def _value(t: str) -> str:
    return UNIT.get(t) or AMBIG.get(t) or ""


def parse(text: str, dates: bool = False) -> tuple[list[str], list[str], list[str | None]]:
    """(tokens, kinds, digits each token contributes: None for a non-number, '' when consumed)."""
    toks = tokens(text)
    kinds = [_kind(t, dates) for t in toks]
    _resolve(toks, kinds)
    emit: list[str | None] = [None] * len(toks)
    i = 0
    while i < len(toks):
        t, k = toks[i], kinds[i]
        nxt = kinds[i + 1] if i + 1 < len(toks) else ""
        if k == "digits":
            emit[i] = t
        elif k == "unit":
            emit[i] = _value(t)
        elif k == "teen":
            emit[i] = TEEN[t]
        elif k in ("ord", "month"):
            emit[i] = ORD[t] if k == "ord" else MONTH[t]
        elif k == "tens":
            if nxt == "unit" and _value(toks[i + 1]) not in ("", "0"):
                emit[i], emit[i + 1] = TENS[t] + _value(toks[i + 1]), ""
                i += 1
            elif dates and nxt == "ord" and int(ORD[toks[i + 1]]) < 10:
                emit[i], emit[i + 1] = TENS[t] + ORD[toks[i + 1]], ""
                i += 1
            else:
                emit[i] = TENS[t] + "0"
        elif k == "repeat":
            if nxt == "unit":
                emit[i], emit[i + 1] = _value(toks[i + 1]) * REPEAT[t], ""
                i += 1
            elif nxt == "digits" and len(toks[i + 1]) == 1:
                emit[i], emit[i + 1] = toks[i + 1] * REPEAT[t], ""
                i += 1
            else:
                kinds[i] = "word"
        elif k == "mult":
            width = 2 if t == "hundred" else 3
            head = "" if i > 0 and emit[i - 1] is not None else "1"
            j = i + 1
            while j < len(toks) and toks[j] == "and":
                j += 1
            tail, span = "", 0
            if j < len(toks) and kinds[j] == "teen":
                tail, span = TEEN[toks[j]], 1
            elif j < len(toks) and kinds[j] == "tens":
                u = _value(toks[j + 1]) if j + 1 < len(toks) and kinds[j + 1] == "unit" else ""
                tail, span = (TENS[toks[j]] + u, 2) if u not in ("", "0") else (TENS[toks[j]] + "0", 1)
            elif j < len(toks) and kinds[j] == "unit":
                if j + 1 < len(toks) and toks[j + 1] == "hundred":
                    width = 0   # 'two thousand five hundred': the hundreds fill the width
                else:
                    tail, span = _value(toks[j]), 1
            emit[i] = head + (tail.rjust(width, "0") if tail else "0" * width)
            if span:
                for m in range(i + 1, j + span):
                    emit[m] = ""
                i = j + span - 1
        i += 1
    return toks, kinds, emit


def _segments(toks: list[str], emit: list[str | None]) -> list[str]:
    segs, cur = [], []
    for t, e in zip(toks, emit):
        if t == BREAK:
            segs.append("".join(cur))
            cur = []
        elif e:
            cur.append(e)
    segs.append("".join(cur))
    return [s for s in segs if s]


def digit_stream(text: str, dates: bool = False) -> list[str]:
    """Digit runs a reader recovers from text; a mask ends a run, words and fillers do not."""
    toks, _, emit = parse(text, dates)
    return _segments(toks, emit)


def digit_leak(secret: str, stream: list[str]) -> str | None:
    """The first piece of the secret still readable: the whole of a 3-4 digit secret, else any 4 in a row."""
    if len(secret) <= 4:
        return secret if any(secret in s for s in stream) else None
    for k in range(len(secret) - 3):
        w = secret[k:k + 4]
        if any(w in s for s in stream):
            return w
    return None


def word_segments(text: str) -> list[list[str]]:
    """Words per unmasked stretch, plus each spelled-out letter run joined ('k o w a l' -> 'kowal')."""
    toks, kinds, _ = parse(text)
    segs: list[list[str]] = [[]]
    run: list[str] = []

    def flush():
        if len(run) >= 2:
            segs[-1].append("".join(run))
        run.clear()

    i = 0
    while i < len(toks):
        t = toks[i]
        if t == BREAK:
            flush()
            segs.append([])
        elif len(t) == 1 and t.isalpha():
            run.append(t)
            segs[-1].append(t)
        elif t in REPEAT and i + 1 < len(toks) and len(toks[i + 1]) == 1 and toks[i + 1].isalpha():
            run.append(toks[i + 1] * REPEAT[t])
            segs[-1].extend([t, toks[i + 1]])
            i += 1
        else:
            flush()
            segs[-1].append(t)
        i += 1
    flush()
    return segs


def word_leak(needles: list[str], segs: list[list[str]]) -> str | None:
    for needle in needles:
        parts = needle.lower().split()
        for seg in segs:
            for k in range(len(seg) - len(parts) + 1):
                if seg[k:k + len(parts)] == parts:
                    return needle
    return None


def squash_segments(text: str) -> list[str]:
    """Each unmasked stretch with spaces and 'dot'/'underscore' dropped and numbers as digits: an
    e-mail address reads the same whether written, spoken, spelled or glued by ASR."""
    toks, kinds, emit = parse(text)
    segs, cur = [], []
    i = 0
    while i < len(toks):
        t = toks[i]
        if t == BREAK:
            segs.append("".join(cur))
            cur = []
        elif emit[i] is not None:
            cur.append(emit[i])
        elif t in REPEAT and i + 1 < len(toks) and len(toks[i + 1]) == 1:
            cur.append(toks[i + 1] * REPEAT[t])
            i += 1
        elif t not in SEPARATORS and t not in SKIP:
            cur.append(t)
        i += 1
    segs.append("".join(cur))
    return [s for s in segs if s]


def squash_leak(needles: list[str], segs: list[str]) -> str | None:
    for needle in needles:
        if any(needle in s for s in segs):
            return needle
    return None


def phrase_leak(phrases: list[str], text: str) -> str | None:
    flat = " ".join((text or "").lower().split())
    for p in phrases:
        p = " ".join(p.lower().split())
        if re.search(r"(?<![a-z0-9])" + re.escape(p) + r"(?![a-z0-9])", flat):
            return p
    return None


def _turn_text(turn: dict, out: dict | None) -> str | None:
    """The caller's words (or keys) of one output line; None for an agent line."""
    src = out if out is not None else turn
    if "dtmf" in turn:
        return str(src.get("dtmf", ""))
    if turn.get("speaker") != "caller":
        return None
    return str(src.get("text", ""))


def secret_leak(secret: dict, texts: list[str | None]) -> str | None:
    """Why this secret leaks from these per-turn caller texts (None: it does not)."""
    scope = secret.get("scope")
    chosen = [t for i, t in enumerate(texts) if t is not None and (scope is None or i in scope)]
    joined = "\n".join(chosen)
    if secret.get("digits"):
        hit = digit_leak(secret["digits"], digit_stream(joined))
        if hit:
            return f"digits {hit}"
    if secret.get("words"):
        hit = word_leak(secret["words"], word_segments(joined))
        if hit:
            return f"word {hit!r}"
    if secret.get("squash"):
        hit = squash_leak(secret["squash"], squash_segments(joined))
        if hit:
            return f"e-mail part {hit!r}"
    if secret.get("phrases"):
        hit = phrase_leak(secret["phrases"], joined)
        if hit:
            return f"phrase {hit!r}"
    return None


def overmasked(item: dict, turns: list[dict], outputs: list[dict] | None) -> bool:
    """A harmless number is over-masked when its surface text no longer appears as often as it did."""
    i = item["turn"]
    field = "dtmf" if "dtmf" in turns[i] else "text"
    before = str(turns[i].get(field, "")).count(item["text"])
    after_line = outputs[i] if outputs is not None else turns[i]
    after = str(after_line.get(field, "")).count(item["text"])
    return after < before


def check(seq: dict, outputs: list[dict] | None) -> tuple[list[dict], list[dict]]:
    """(leaks, over-masks) of one sequence given its output lines (None: the input unchanged)."""
    turns = seq["turns"]
    texts = [_turn_text(t, outputs[i] if outputs is not None else None) for i, t in enumerate(turns)]
    leaks = []
    for s in seq["secrets"]:
        why = secret_leak(s, texts)
        if why:
            leaks.append({"kind": s["kind"], "value": s["value"], "why": why})
    over = [{"kind": h["kind"], "text": h["text"], "turn": h["turn"]}
            for h in seq["harmless"] if overmasked(h, turns, outputs)]
    return leaks, over
