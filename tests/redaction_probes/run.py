"""Scores `callwarden redact` on the probe files here (see README.md).

  python -m tests.redaction_probes.run [FILE...] [--half tune|sealed|both] [--failures] [--check] [--json]

--check scores an ideal redaction (every [[secret]] replaced by a mask, nothing else touched): it must
give 0 leaks and 0 over-masks, or the probe file or this scorer is wrong. --failures prints the
tune half's failures only; the sealed half's are never printed, so it stays a fair measure.
"""
from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
CLI = ROOT / ".venv" / "bin" / "callwarden"
SECRET_RE = re.compile(r"\[\[(.*?)\]\]", re.S)
KEEP_RE = re.compile(r"\{\{(.*?)\}\}", re.S)
MASK_RE = re.compile(r"\[[A-Z][A-Z0-9_]*\]")
DIGIT_KINDS = {"pan", "cvv", "ssn", "pin", "routing", "account", "phone", "zip", "dtmf", "address"}

UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}
UNITS.update({"oh": 0, "o": 0, "nought": 0, "naught": 0, "nil": 0, "zeroes": None})
UNITS.pop("zeroes")
TEENS = {w: 10 + i for i, w in enumerate(
    "ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen".split())}
TENS = {w: 10 * (i + 2) for i, w in enumerate("twenty thirty forty fifty sixty seventy eighty ninety".split())}
PLURALS = {"zeros": 0, "zeroes": 0, "ohs": 0, "ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5,
           "sixes": 6, "sevens": 7, "eights": 8, "nines": 9}
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth thirteenth "
    "fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth".split())}
ORDINALS.update({"thirtieth": 30})
MONTHS = {}
for i, names in enumerate(["january jan", "february feb", "march mar", "april apr", "may", "june jun",
                           "july jul", "august aug", "september sep sept", "october oct",
                           "november nov", "december dec"]):
    for n in names.split():
        MONTHS[n] = i + 1
ROMAN = {r: i + 1 for i, r in enumerate("i ii iii iv v vi vii viii ix x xi xii".split()) if r not in ("i", "v", "x")}
NATO = {w: w[0] for w in ("alpha alfa bravo charlie delta echo foxtrot golf hotel india juliet juliett kilo lima "
                          "mike november oscar papa quebec romeo sierra tango uniform victor whiskey whisky "
                          "xray yankee zulu").split()}


# ------------------------------------------------------------------ probe file
def load(paths) -> list[dict]:
    seqs = []
    for p in paths:
        for n, line in enumerate(Path(p).read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                s = json.loads(line)
                s["source"] = f"{Path(p).name}:{n}"
                seqs.append(s)
    return seqs


def parse_turn(raw: str) -> dict:
    who, text = raw[:2], raw[2:]
    speaker = {"C:": "caller", "A:": "agent", "D:": "dtmf"}[who]
    keeps = KEEP_RE.findall(text)
    plain = KEEP_RE.sub(lambda m: m.group(1), text)
    return {"speaker": speaker, "marked": plain, "text": SECRET_RE.sub(lambda m: m.group(1), plain),
            "keeps": keeps}


def cli_lines(seq: dict) -> list[dict]:
    out = []
    for t in map(parse_turn, seq["turns"]):
        if t["speaker"] == "dtmf":
            out.append({"call": seq["id"], "dtmf": t["text"]})
        else:
            out.append({"call": seq["id"], "speaker": t["speaker"], "text": t["text"]})
    return out


def redact_cli(seqs: list[dict]) -> dict[str, list[str]]:
    """Runs every sequence through the installed CLI in one process; returns id -> output texts."""
    lines = [ln for s in seqs for ln in cli_lines(s)]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for ln in lines:
            f.write(json.dumps(ln, ensure_ascii=False) + "\n")
    proc = subprocess.run([str(CLI), "redact", "--json", f.name], capture_output=True, text=True)
    Path(f.name).unlink()
    if proc.returncode:
        sys.exit(f"callwarden redact exited {proc.returncode}: {proc.stderr[-2000:]}")
    outs = [json.loads(x) for x in proc.stdout.splitlines() if x.strip()]
    assert len(outs) == len(lines), (len(outs), len(lines))
    res: dict[str, list[str]] = defaultdict(list)
    for o in outs:
        res[o["call"]].append(o["dtmf"] if "dtmf" in o else o["text"])
    return res


def redact_ideal(seqs: list[dict]) -> dict[str, list[str]]:
    res = {}
    for s in seqs:
        texts = []
        for t in map(parse_turn, s["turns"]):
            mask = "*" if t["speaker"] == "dtmf" else "[X]"
            texts.append(SECRET_RE.sub(lambda m: mask * (len(m.group(1)) if mask == "*" else 1), t["marked"]))
        res[s["id"]] = texts
    return res


# ------------------------------------------------------------------ reading what came out
def normalise(text: str) -> str:
    """What a reader still sees: NFKC, format/combining marks dropped, any script's digits as ASCII,
    masks (and masked DTMF keys) as a break '|', lower case."""
    text = MASK_RE.sub(" | ", text).replace("*", " | ")
    text = unicodedata.normalize("NFKC", text)
    out = []
    for ch in text:
        cat = unicodedata.category(ch)
        if cat in ("Cf", "Mn", "Me"):
            continue
        d = unicodedata.decimal(ch, None)
        out.append(str(d) if d is not None else ch)
    return "".join(out).lower()


def tokens(text: str) -> list[str]:
    return re.findall(r"\||[^\W_]+", normalise(text))


def word_numbers(toks: list[str]) -> list[str]:
    """Tokens with spoken numbers turned into digit strings ('forty one' -> '41', 'four ones' -> '1111',
    'eleven hundred' -> '1100', 'a hundred and one' -> '101', 'double five' -> '55')."""
    out: list[str] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        nxt = toks[i + 1] if i + 1 < len(toks) else ""
        if t in ("double", "triple") and nxt in UNITS:
            out.append(str(UNITS[nxt]) * (2 if t == "double" else 3))
            i += 2
            continue
        if t in UNITS and nxt in PLURALS:
            out.append(str(PLURALS[nxt]) * UNITS[t])
            i += 2
            continue
        if t in ("hundred", "thousand"):
            base = 1
            if out and out[-1].isdigit() and len(out[-1]) <= 2 and i > 0 and toks[i - 1] not in ("|",):
                base = int(out.pop())
            value = base * (100 if t == "hundred" else 1000)
            j = i + 1
            if j < len(toks) and toks[j] == "and":
                j += 1
            rest, k = _small(toks, j)
            if k > j:
                value += rest
                i = k
            else:
                i += 1
            out.append(str(value))
            continue
        small, k = _small(toks, i)
        if k > i:
            out.append(str(small).zfill(1))
            i = k
            continue
        out.append(t)
        i += 1
    return out


def _small(toks, i):
    t = toks[i] if i < len(toks) else ""
    if t in TENS:
        if i + 1 < len(toks) and toks[i + 1] in UNITS and UNITS[toks[i + 1]] and toks[i + 1] not in ("o", "oh"):
            return TENS[t] + UNITS[toks[i + 1]], i + 2
        return TENS[t], i + 1
    if t in TEENS:
        return TEENS[t], i + 1
    if t in UNITS:
        return UNITS[t], i + 1
    return 0, i


def digit_stream(texts: list[str]) -> str:
    """Every digit a reader can still get from the texts, in order, separators and words dropped,
    a mask breaking the run ('|')."""
    parts = []
    for text in texts:
        for t in word_numbers(tokens(text)):
            if t == "|":
                parts.append("|")
            elif t.isdigit():
                parts.append(t)
            elif any(c.isdigit() for c in t):
                if re.fullmatch(r"[0-9oil]+", t):
                    parts.append(t.translate(str.maketrans("oil", "011")))
                else:
                    parts.append("".join(c for c in t if c.isdigit()))
    return "".join(parts)


def month_stream(texts: list[str]) -> str:
    """The digit stream with month names read as two digits (for expiry dates)."""
    return digit_stream([" ".join(f"{MONTHS[w]:02d}" if w in MONTHS else w
                                  for w in re.findall(r"\||[^\W_]+", normalise(t))) for t in texts])


def compact(texts: list[str]) -> str:
    return "|".join(re.sub(r"[\W_]+", "", t) for t in normalise(" ".join(texts)).split("|"))


def spelled(texts: list[str]) -> str:
    """Letters spelled out one at a time ('j as in juliet, o for oscar', 'k, o, w')."""
    out, last = [], ""
    for t in tokens(" ".join(texts)):
        if len(t) == 1 and t.isalpha():
            out.append(t)
            last = t
        elif t in NATO:
            if NATO[t] != last:
                out.append(NATO[t])
            last = ""
        elif t in ("as", "in", "for", "like", "and", "then"):
            continue
        else:
            out.append(" ")
            last = ""
    return "".join(out)


def leaked(secret: dict, texts: list[str]) -> bool:
    kind, value = secret["kind"], secret["value"]
    if secret.get("terms"):
        return any(_term_leaked(term, texts) for term in secret["terms"])
    if kind == "dob":
        return _dob_leaked(value, texts)
    if kind == "expiry":
        stream = month_stream(texts)
        mm, yy = value[:2], value[2:]
        return any(w in stream for w in (mm + yy, mm + "20" + yy, str(int(mm)) + yy))
    digits = re.sub(r"\D", "", value)
    return _digits_leaked(digits, digit_stream(texts))


def _digits_leaked(digits: str, stream: str) -> bool:
    if len(digits) <= 4:
        return digits in stream
    return any(digits[i:i + 4] in stream for i in range(len(digits) - 3))


def _term_leaked(term: str, texts: list[str]) -> bool:
    if term.isdigit():
        return _digits_leaked(term, digit_stream(texts))
    norm = normalise(" ".join(texts))
    flat = re.sub(r"[\W_]+", "", term.lower())
    if len(flat) >= 5 and (flat in compact(texts) or flat in spelled(texts).replace(" ", "")):
        return True
    if len(flat) >= 4 and flat in spelled(texts):
        return True
    pat = r"(?<![^\W_])" + r"\W*".join(map(re.escape, term.lower().split())) + r"(?![^\W_])"
    return re.search(pat, norm) is not None


def _dob_leaked(value: str, texts: list[str]) -> bool:
    _, mm, dd = value.split("-")
    day, month = int(dd), int(mm)
    stream = digit_stream(texts)
    if dd + mm in stream or mm + dd in stream:
        return True
    toks = tokens(" ".join(texts))
    days, months = set(), set()
    for i, t in enumerate(toks):
        num = re.fullmatch(r"0*(\d{1,2})(st|nd|rd|th)?", t)
        if num and int(num.group(1)) == day:
            days.add(i)
        if num and not num.group(2) and int(num.group(1)) == month:
            months.add(i)
        if t in ORDINALS and ORDINALS[t] == day or (t in UNITS and UNITS[t] == day and t not in ("o",)):
            days.add(i)
        if t in TENS and i + 1 < len(toks) and TENS[t] + ORDINALS.get(toks[i + 1], UNITS.get(toks[i + 1], 99)) == day:
            days.add(i)
        if t in TEENS and TEENS[t] == day:
            days.add(i)
        if MONTHS.get(t) == month or ROMAN.get(t) == month or (t in UNITS and UNITS[t] == month):
            months.add(i)
    return any(abs(a - b) <= 3 and a != b for a in days for b in months)


# ------------------------------------------------------------------ scoring
def score(seqs: list[dict], outs: dict[str, list[str]]) -> list[dict]:
    rows = []
    for s in seqs:
        turns = [parse_turn(t) for t in s["turns"]]
        texts = outs[s["id"]]
        said = [x for t, x in zip(turns, texts) if t["speaker"] != "agent"]
        leaks = [sec for sec in s["secrets"] if leaked(sec, said)]
        keeps, lost = 0, []
        for t, x in zip(turns, texts):
            for k in t["keeps"]:
                keeps += 1
                if k not in x:
                    lost.append(k)
        rows.append({"id": s["id"], "half": s["half"], "kind": s["kind"], "category": s.get("category"),
                     "leaks": leaks, "keeps": keeps, "lost": lost, "out": texts})
    return rows


def summary(rows: list[dict]) -> dict:
    by_kind: dict = defaultdict(lambda: {"seqs": 0, "leaked": 0})
    by_cat: dict = defaultdict(lambda: {"keeps": 0, "lost": 0})
    for r in rows:
        if r["kind"] != "harmless":
            by_kind[r["kind"]]["seqs"] += 1
            by_kind[r["kind"]]["leaked"] += bool(r["leaks"])
        cat = r["category"] or "in-secret-seq"
        by_cat[cat]["keeps"] += r["keeps"]
        by_cat[cat]["lost"] += len(r["lost"])
    keeps = sum(c["keeps"] for c in by_cat.values())
    lost = sum(c["lost"] for c in by_cat.values())
    core = [c for k, c in by_cat.items() if k in ("money", "time", "quantity", "count")]
    ck, cl = sum(c["keeps"] for c in core), sum(c["lost"] for c in core)
    return {"by_kind": dict(by_kind), "by_category": dict(by_cat),
            "leaked_seqs": sum(k["leaked"] for k in by_kind.values()),
            "secret_seqs": sum(k["seqs"] for k in by_kind.values()),
            "keeps": keeps, "lost": lost, "overmask_rate": lost / keeps if keeps else 0.0,
            "core_keeps": ck, "core_lost": cl, "core_overmask_rate": cl / ck if ck else 0.0}


def print_summary(name: str, s: dict) -> None:
    print(f"== {name}: {s['leaked_seqs']}/{s['secret_seqs']} secret sequences leak; over-masked "
          f"{s['lost']}/{s['keeps']} harmless numbers ({100 * s['overmask_rate']:.1f} %), money/time/"
          f"quantity/count {s['core_lost']}/{s['core_keeps']} ({100 * s['core_overmask_rate']:.1f} %)")
    for k, v in sorted(s["by_kind"].items()):
        print(f"   {k:10s} leaked {v['leaked']:3d}/{v['seqs']}")
    for k, v in sorted(s["by_category"].items()):
        print(f"   keep {k:14s} lost {v['lost']:3d}/{v['keeps']}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("files", nargs="*")
    ap.add_argument("--half", choices=("tune", "sealed", "both"), default="both")
    ap.add_argument("--failures", action="store_true", help="print the tune half's failures")
    ap.add_argument("--check", action="store_true", help="score an ideal redaction instead of the CLI")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args(argv)
    files = a.files or sorted(HERE.glob("*.jsonl"))
    seqs = load(files)
    outs = redact_ideal(seqs) if a.check else redact_cli(seqs)
    rows = score(seqs, outs)
    halves = ("tune", "sealed") if a.half == "both" else (a.half,)
    report = {h: summary([r for r in rows if r["half"] == h]) for h in halves}
    if a.json:
        print(json.dumps(report, indent=1))
    else:
        for h in halves:
            print_summary(h, report[h])
    if a.failures:
        for r in rows:
            if r["half"] == "tune" and (r["leaks"] or r["lost"]):
                print(f"-- {r['id']} leaks={[x['kind'] + ':' + x['value'] for x in r['leaks']]} lost={r['lost']}")
                for x in r["out"]:
                    print("     ", x[:300])
    bad = sum(report[h]["leaked_seqs"] for h in halves)
    return 1 if a.check and (bad or any(report[h]["lost"] for h in halves)) else 0


if __name__ == "__main__":
    sys.exit(main())
