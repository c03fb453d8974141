"""Entity finders: pure functions from one turn's text (plus the call's active contexts) to spans."""

from __future__ import annotations

import re
from dataclasses import dataclass

from callwarden.redact import lexicon as lx
from callwarden.redact.spoken import TEENS, TENS, UNITS, NumberRun, Token, luhn_ok, number_runs, tokenize

# Entities, in the order that wins when spans overlap.
PCI_PAN, PCI_CVV, PCI_EXPIRY = "pci_pan", "pci_cvv", "pci_expiry"
SSN, PIN, BANK_ACCOUNT, DOB = "ssn", "pin", "bank_account", "dob"
EMAIL, PHONE, ADDRESS, PHI = "email", "phone", "address", "phi"
PRIORITY = [PCI_PAN, PCI_CVV, PCI_EXPIRY, SSN, PIN, BANK_ACCOUNT, DOB, EMAIL, PHONE, ADDRESS, PHI]
PLACEHOLDER = {e: f"[{e.upper()}]" for e in PRIORITY}

# Contexts a turn can open; they stay open for the next turns (see redactor).
PAYMENT, CVV, EXPIRY = "payment", "cvv", "expiry"
CONTEXT_PATTERNS = {
    PAYMENT: lx.PAYMENT_CONTEXT, CVV: lx.CVV_CONTEXT, EXPIRY: lx.EXPIRY_CONTEXT, SSN: lx.SSN_CONTEXT,
    DOB: lx.DOB_CONTEXT, PIN: lx.PIN_CONTEXT, BANK_ACCOUNT: lx.ACCOUNT_CONTEXT, PHONE: lx.PHONE_CONTEXT,
    EMAIL: lx.EMAIL_CONTEXT, ADDRESS: lx.ADDRESS_CONTEXT,
}
_CONTEXT_RE = {name: re.compile(r"\b(?:" + "|".join(p) + r")", re.I) for name, p in CONTEXT_PATTERNS.items()}
_PHI_RE = re.compile(r"\b(?:" + "|".join(sorted((re.escape(t) for t in lx.MEDICATIONS + lx.CONDITIONS),
                                                 key=len, reverse=True)) + r")\b", re.I)
_MED_FOR_CONDITION = re.compile(r"for (?:my |his |her |the )?", re.I)
_SSN_PATTERN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
_WRITTEN_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_TLDS = {"com", "net", "org", "edu", "gov", "io", "co", "uk", "us", "ca", "de", "info", "biz", "me", "mail"}
_EMAIL_JOINERS = {".", "dot", "_", "underscore", "-", "dash", "hyphen"}
_STOPWORDS = {"is", "my", "email", "mail", "address", "it's", "its", "the", "me", "at", "it", "and", "e"}
_DATE_WORDS = set(lx.MONTHS) | set(lx.ORDINALS) | {"of", "the", "st", "nd", "rd", "th"}
_STREET = set(lx.STREET_SUFFIXES)
_NUMBER_WORDS = set(UNITS) | set(TEENS) | set(TENS) | {"hundred", "thousand", "oh"}


@dataclass(frozen=True, slots=True)
class Span:
    entity: str
    start: int
    end: int
    rule: str
    confidence: float


def contexts_in(text: str) -> set[str]:
    return {name for name, rx in _CONTEXT_RE.items() if rx.search(text)}


def find_spans(text: str, active: set[str]) -> list[Span]:
    """Every sensitive span in `text`, given the contexts open for this turn."""
    tokens = tokenize(text)
    runs = number_runs(text, tokens)
    spans = [s for run in runs if (s := _classify_run(text, run, active))]
    spans += [Span(SSN, m.start(), m.end(), "ssn_pattern", 0.95) for m in _SSN_PATTERN.finditer(text)]
    if DOB in active or ({PAYMENT, EXPIRY} <= active):
        spans += _dates(tokens, DOB if DOB in active and PAYMENT not in active else PCI_EXPIRY)
    spans += _emails(text, tokens, EMAIL in active)
    spans += _addresses(tokens, runs)
    spans += _phi(text)
    return merge(spans)


def _classify_run(text: str, run: NumberRun, active: set[str]) -> Span | None:
    n = len(run.digits)
    if PAYMENT in active:
        # Inside a payment context every number is masked, whatever its length or Luhn.
        return Span(_payment_entity(text[:run.start], n, active), run.start, run.end, "payment_context", 0.9)
    if 13 <= n <= 19:
        return Span(PCI_PAN, run.start, run.end, "luhn" if luhn_ok(run.digits) else "pan_length",
                    0.99 if luhn_ok(run.digits) else 0.7)
    if SSN in active and 7 <= n <= 11:
        return Span(SSN, run.start, run.end, "ssn_context", 0.9)
    if PIN in active and 3 <= n <= 8:
        return Span(PIN, run.start, run.end, "pin_context", 0.9)
    if BANK_ACCOUNT in active and n >= 4:
        return Span(BANK_ACCOUNT, run.start, run.end, "account_context", 0.85)
    if DOB in active:
        return Span(DOB, run.start, run.end, "dob_context", 0.8)
    if (PHONE in active and n >= 7) or n in (10, 11):
        return Span(PHONE, run.start, run.end, "phone_context" if PHONE in active else "phone_length", 0.8)
    return None


def _payment_entity(before: str, n_digits: int, active: set[str]) -> str:
    """PAN, CVV or expiry: the nearest keyword before the number in this turn decides."""
    nearest, entity = -1, None
    for ctx, ent in ((PAYMENT, PCI_PAN), (CVV, PCI_CVV), (EXPIRY, PCI_EXPIRY)):
        for m in _CONTEXT_RE[ctx].finditer(before):
            if m.start() > nearest or (m.start() == nearest and ent != PCI_PAN):
                nearest, entity = m.start(), ent
    if entity:
        return entity
    if n_digits >= 12:
        return PCI_PAN
    return PCI_CVV if CVV in active else PCI_EXPIRY if EXPIRY in active else PCI_PAN


def _dates(tokens: list[Token], entity: str) -> list[Span]:
    """Runs of date words (ordinals, months, numbers) in a date-of-birth or expiry context."""
    spans, i = [], 0
    while i < len(tokens):
        j, has_core = i, False
        while j < len(tokens):
            w = tokens[j].lower.rstrip(".") or tokens[j].lower
            core = w in lx.MONTHS or w in lx.ORDINALS or w[:1].isdigit() or w in _NUMBER_WORDS \
                or re.fullmatch(r"\d+(st|nd|rd|th)", w) is not None
            if core or (w in _DATE_WORDS or w in {",", "/", "-"}) and has_core:
                has_core = has_core or core
                j += 1
            else:
                break
        if has_core:
            while j > i and tokens[j - 1].lower in {"of", "the", ",", "/", "-"}:
                j -= 1
            spans.append(Span(entity, tokens[i].start, tokens[j - 1].end, "date_in_context", 0.85))
            i = j
        else:
            i += 1
    return spans


def _emails(text: str, tokens: list[Token], in_context: bool) -> list[Span]:
    spans = [Span(EMAIL, m.start(), m.end(), "email_written", 0.99) for m in _WRITTEN_EMAIL.finditer(text)]
    for k, tok in enumerate(tokens):
        if tok.lower not in {"at", "@"} or k == 0:
            continue
        # Domain: word (dot word)+ ending in a known top-level domain.
        j, end = k + 1, None
        while j + 2 < len(tokens) + 1 and j < len(tokens) and tokens[j].lower.isalnum():
            if j + 2 < len(tokens) and tokens[j + 1].lower in {".", "dot"} and tokens[j + 2].lower.isalnum():
                j += 2
                if tokens[j].lower in _TLDS:
                    end = tokens[j].end
                continue
            break
        if end is None:
            continue
        s = k - 1
        while s - 2 >= 0 and tokens[s - 1].lower in _EMAIL_JOINERS and tokens[s - 2].lower.isalnum():
            s -= 2
        if in_context and s - 1 >= 0 and tokens[s - 1].lower.isalpha() and tokens[s - 1].lower not in _STOPWORDS:
            s -= 1   # "jane miller at example dot com": a spoken space between two names
        if tokens[s].lower in _STOPWORDS:
            continue
        spans.append(Span(EMAIL, tokens[s].start, end, "email_spoken", 0.9))
    return spans


def _addresses(tokens: list[Token], runs: list[NumberRun]) -> list[Span]:
    spans = []
    for run in runs:
        for j in range(run.last_token, min(run.last_token + 5, len(tokens))):
            if tokens[j].lower.rstrip(".") in _STREET:
                spans.append(Span(ADDRESS, run.start, tokens[j].end, "street_address", 0.85))
                break
    return spans


def _phi(text: str) -> list[Span]:
    hits = list(_PHI_RE.finditer(text))
    spans = [Span(PHI, m.start(), m.end(), "phi_lexicon", 0.9) for m in hits]
    for a, b in zip(hits, hits[1:]):   # "metformin for my type two diabetes" as one span
        if _MED_FOR_CONDITION.fullmatch(text[a.end():b.start()].strip() + " ") or not text[a.end():b.start()].strip():
            spans.append(Span(PHI, a.start(), b.end(), "phi_medication_for_condition", 0.9))
    return spans


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

