"""Round 9's registry: the data modules call these helpers, build_round9.py checks and writes.

Every helper appends one sequence to ENTRIES; ids are numbered per kind (secret sequences) or per
category (harmless ones) in the order the modules are imported.
"""
from __future__ import annotations

from collections import Counter

ENTRIES: list[dict] = []
DIGIT_SECRETS = {"pan", "cvv", "expiry", "ssn", "pin", "routing", "account", "phone", "zip", "dtmf"}
_COUNT: Counter = Counter()


def add(kind: str, note: str, turns: list[str], secrets=(), category: str | None = None,
        exact: bool = True) -> None:
    key = category or kind
    _COUNT[key] += 1
    e = {"id": f"r9-{key}-{_COUNT[key]:02d}", "kind": kind, "note": note, "turns": list(turns),
         "secrets": list(secrets), "_exact": exact}
    if category:
        e["category"] = category
    ENTRIES.append(e)


# ------------------------------------------------------------------ secrets
def H(*terms: str) -> dict:
    """A health detail; the terms are the words that must not survive."""
    return {"kind": "health", "value": " / ".join(terms), "terms": list(terms)}


def N(value: str, *terms: str) -> dict:
    return {"kind": "name", "value": value, "terms": list(terms)}


def AD(value: str, *terms: str) -> dict:
    return {"kind": "address", "value": value, "terms": list(terms)}


def EM(value: str, *terms: str) -> dict:
    return {"kind": "email", "value": value, "terms": list(terms)}


def DOB(value: str) -> dict:
    return {"kind": "dob", "value": value}


def DG(kind: str, value: str) -> dict:
    return {"kind": kind, "value": value}


# ------------------------------------------------------------------ sequences
def health(note: str, turns: list[str], *terms: str, more=()) -> None:
    add("health", note, turns, [H(*terms), *more])


def secret(kind: str, note: str, turns: list[str], *secrets: dict, exact: bool = True) -> None:
    add(kind, note, turns, secrets, exact=exact)


def keep(category: str, note: str, turns: list[str], *secrets: dict) -> None:
    """A harmless sequence: the {{...}} strings must come out verbatim; secrets listed so --check masks them."""
    add("harmless", note, turns, secrets, category=category, exact=False)
