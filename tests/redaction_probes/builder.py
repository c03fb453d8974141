"""What the blind rounds' builders (build_round8.py, build_round9.py) share: the half an id falls in, the
Luhn check, and writing the checked sequences out as JSON lines with a count per kind and half."""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

HOMOPHONES = {"won": "one", "to": "two", "too": "two", "for": "four", "fore": "four", "ate": "eight"}


def half(id_: str) -> str:
    return "tune" if hashlib.sha256(id_.encode()).digest()[0] % 2 == 0 else "sealed"


def luhn(digits: str) -> bool:
    total = 0
    for i, c in enumerate(reversed(digits)):
        d = int(c) * (2 if i % 2 else 1)
        total += d - 9 if d > 9 else d
    return total % 10 == 0


def write(entries: list[dict], check, out: Path) -> None:
    """Checks every entry (all problems reported at once, nothing written), then writes the rows."""
    seen = set()
    rows, problems = [], []
    for e in entries:
        assert e["id"] not in seen, e["id"]
        seen.add(e["id"])
        try:
            check(e)
        except AssertionError as err:
            problems.append(str(err))
        row = {"id": e["id"], "half": half(e["id"]), "kind": e["kind"]}
        if "category" in e:
            row["category"] = e["category"]
        row.update({"note": e["note"], "turns": e["turns"], "secrets": e["secrets"]})
        rows.append(row)
    if problems:
        raise SystemExit("\n".join(problems))
    texts = [" ".join(r["turns"]) for r in rows]
    assert len(set(texts)) == len(texts), "two sequences say the same thing"
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    by = Counter((r.get("category") or r["kind"], r["half"]) for r in rows)
    print(f"{len(rows)} sequences -> {out}")
    for k in sorted({k for k, _ in by}):
        print(f"   {k:10s} tune {by[k, 'tune']:3d}  sealed {by[k, 'sealed']:3d}")
    halves = Counter(r["half"] for r in rows)
    print(f"   {'all':10s} tune {halves['tune']:3d}  sealed {halves['sealed']:3d}")
