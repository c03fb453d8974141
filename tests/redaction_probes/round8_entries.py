"""Round 8's registry: the sequences the data modules (round8_numbers.py, round8_people.py,
round8_harmless.py) add, in the order they add them; build_round8.py checks and writes them. See
build_round8.py for how the round was written."""
from __future__ import annotations

from collections import Counter


ENTRIES: list[dict] = []
_COUNT: Counter = Counter()
DIGIT_SECRETS = {"pan", "cvv", "expiry", "ssn", "phone", "account", "routing", "pin", "zip"}


def sec(kind: str, value: str, *terms: str) -> dict:
    s = {"kind": kind, "value": value}
    if terms:
        s["terms"] = list(terms)
    return s


def E(kind: str, turns: list[str], secrets: list[dict], note: str = "", exact: bool = True) -> None:
    """A sequence carrying secrets. exact=False: the surfaces hold more digits than the value
    (a correction, a repeat, a wrong guess), so they are not read back against it."""
    _COUNT[kind] += 1
    ENTRIES.append({"id": f"r8-{kind}-{_COUNT[kind]:02d}", "kind": kind, "note": note, "turns": turns,
                    "secrets": secrets, "_exact": exact})


def H(category: str, turns: list[str], secrets: list[dict] = (), note: str = "") -> None:
    """A harmless sequence: the {{...}} numbers must survive; secrets said in the same call are masked."""
    _COUNT[category] += 1
    ENTRIES.append({"id": f"r8-{category}-{_COUNT[category]:02d}", "kind": "harmless", "category": category,
                    "note": note, "turns": turns, "secrets": list(secrets), "_exact": True})
