"""The redaction suite through the phone path: a fixed share of its sequences, each caller turn said
by Piper (speed, pitch and line noise varied per turn), sent through 8 kHz G.711 and written down by
tiny.en, then redacted as one call by `callwarden redact` and read by the suite's own scorer.

    python -m tests.redaction_suite.asr [--render] [--share N] [--json]

`--render` renders the turns the cache lacks (minutes; the cache, asr_cache.jsonl, is committed, so
scoring never renders). Only what tiny.en actually wrote is scored: a secret counts when the scorer can
still read it in the unredacted transcript ("heard"), a harmless number when its surface is still in
its turn. Figures per half and per kind; the sealed half is reported as totals only, like score.py.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

from . import grammar, leak
from .score import RedactorError, run_cli

CACHE = Path(__file__).with_name("asr_cache.jsonl")
SHARE = 2       # tenths of each half rendered, chosen by hash of the sequence id


def chosen(seqs: list[dict], share: int = SHARE) -> list[dict]:
    return [s for s in seqs if hashlib.sha256(s["id"].encode()).digest()[2] % 10 < share]


def _key(seq_id: str, i: int, text: str) -> str:
    return f"{seq_id}:{i}:{hashlib.sha256(text.encode()).hexdigest()[:12]}"


def read_cache(path: Path = CACHE) -> dict[str, str]:
    if not path.exists():
        return {}
    rows = [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]
    return {r["key"]: r["heard"] for r in rows}


def render(seqs: list[dict], path: Path = CACHE) -> int:
    """Renders the caller turns missing from the cache and appends them; returns how many."""
    from callwarden_tools.intent_training.render_asr import render_turns, style_for
    have = read_cache(path)
    todo = [(s["id"], i, t["text"]) for s in seqs for i, t in enumerate(s["turns"])
            if t.get("speaker") == "caller" and "text" in t and _key(s["id"], i, t["text"]) not in have]
    if not todo:
        return 0
    styles = [style_for(f"redaction:{sid}:{i}") for sid, i, _ in todo]

    def progress(k: int, text: str, heard: str) -> None:
        if k % 25 == 0:
            print(f"  rendered {k}/{len(todo)}", file=sys.stderr)

    heard = render_turns([(text, st) for (_, _, text), st in zip(todo, styles)], progress)
    with path.open("a", encoding="utf-8") as f:
        for (sid, i, text), st, h in zip(todo, styles, heard):
            f.write(json.dumps({"key": _key(sid, i, text), "id": sid, "turn": i, "style": st, "heard": h},
                               ensure_ascii=False) + "\n")
    return len(todo)


def as_heard(seq: dict, cache: dict[str, str]) -> dict | None:
    """The sequence with each caller turn replaced by what tiny.en wrote (None: not all rendered)."""
    turns = []
    for i, t in enumerate(seq["turns"]):
        if t.get("speaker") == "caller" and "text" in t:
            h = cache.get(_key(seq["id"], i, t["text"]))
            if h is None:
                return None
            t = {**t, "text": h}
        turns.append(t)
    return {**seq, "turns": turns}


def score(seqs: list[dict], cache: dict[str, str], redactor=None) -> list[dict]:
    heard = [h for s in seqs if (h := as_heard(s, cache)) is not None]
    lines = grammar.input_lines(heard)
    outs = (redactor or run_cli)(lines)
    if len(outs) != len(lines):
        raise RedactorError(f"{len(lines)} lines in, {len(outs)} out")
    by_call: dict[str, list[dict]] = {}
    for out, line in zip(outs, lines):
        by_call.setdefault(json.loads(line)["call"], []).append(out)
    results = []
    for s in heard:
        out = by_call[s["id"]]
        raw_texts = [leak._turn_text(t, None) for t in s["turns"]]
        red_texts = [leak._turn_text(t, out[i]) for i, t in enumerate(s["turns"])]
        secrets = [{"kind": x["kind"], "heard": bool(leak.secret_leak(x, raw_texts)),
                    "leaked": bool(leak.secret_leak(x, red_texts))} for x in s["secrets"]]
        harmless = [{"kind": h["kind"], "heard": h["text"] in str(s["turns"][h["turn"]].get("text", "")),
                     "over": leak.overmasked(h, s["turns"], out)} for h in s["harmless"]]
        results.append({"id": s["id"], "half": s["half"], "kind": s["kind"], "secrets": secrets,
                        "harmless": harmless})
    return results


def summary(results: list[dict]) -> dict:
    out: dict = {}
    for r in results:
        half = out.setdefault(r["half"], {"sequences": 0, "secrets": {}, "harmless": {}})
        half["sequences"] += 1
        for x in r["secrets"]:
            row = half["secrets"].setdefault(x["kind"], {"n": 0, "heard": 0, "leaked": 0})
            row["n"] += 1
            row["heard"] += x["heard"]
            row["leaked"] += x["heard"] and x["leaked"]
        for x in r["harmless"]:
            row = half["harmless"].setdefault(x["kind"], {"n": 0, "heard": 0, "over": 0})
            row["n"] += 1
            row["heard"] += x["heard"]
            row["over"] += x["heard"] and x["over"]
    return out


def format_summary(summ: dict) -> str:
    lines = []
    for half in ("tune", "sealed"):
        h = summ.get(half)
        if not h:
            continue
        sec = h["secrets"]
        harm = h["harmless"]
        heard = sum(r["heard"] for r in sec.values())
        leaked = sum(r["leaked"] for r in sec.values())
        lines.append(f"{half}: {h['sequences']} sequences; secrets heard {heard}/{sum(r['n'] for r in sec.values())},"
                     f" leaked {leaked}; harmless heard {sum(r['heard'] for r in harm.values())},"
                     f" over-masked {sum(r['over'] for r in harm.values())}")
        for kind, r in sorted(sec.items()):
            lines.append(f"   {kind:10} secrets heard {r['heard']:3}/{r['n']:<3} leaked {r['leaked']}")
        for kind, r in sorted(harm.items()):
            lines.append(f"   {kind:10} harmless heard {r['heard']:3}/{r['n']:<3} over-masked {r['over']}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m tests.redaction_suite.asr", description=__doc__.split("\n")[0])
    ap.add_argument("--render", action="store_true", help="render what the cache lacks first")
    ap.add_argument("--share", type=int, default=SHARE, choices=range(1, 11))
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    seqs = chosen(grammar.generate(), args.share)
    if args.render:
        print(f"rendered {render(seqs)} caller turns", file=sys.stderr)
    try:
        results = score(seqs, read_cache())
    except (RedactorError, OSError) as e:
        print(f"redactor failed: {e}", file=sys.stderr)
        return 1
    summ = summary(results)
    print(json.dumps(summ, indent=1) if args.json else format_summary(summ))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
