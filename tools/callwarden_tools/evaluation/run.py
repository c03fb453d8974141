"""Runs the eval: render every dialog, start a daemon, play the dialogs into it over real SIP
(four at a time: one worker's capacity), read the timelines back, score them."""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from callwarden_tools.evaluation import dialogs as dlg
from callwarden_tools.evaluation import scenario, score
from callwarden_tools.harness import WITHOUT_ENGINE_ADMISSION, Daemon
from callwarden_tools.sip import sipp
from callwarden.progress import progress
from callwarden.redact.caller import CallerPrivacy, caller_key
from callwarden.timeline import TimelineStore

JOBS = 4


def _play(dialog: dlg.Dialog, wav: Path, number: int, port: int, work: Path) -> int:
    xml = work / f"{dialog.id}.xml"
    keys = work / f"{dialog.id}.keys"
    keys.mkdir(exist_ok=True)
    xml.write_text(scenario.build(dialog, wav.with_suffix(".ul"), number, keys))
    return sipp.play_one(xml, port, work, dialog.audio_ms // 1000 + 60, work / f"{dialog.id}.sipp.log")


def dialog_sets(directories, only: list[str] | None = None) -> dict[str, list[dlg.Dialog]]:
    """Each directory's dialogs under the directory's name ("dev", "redaction"; "dev-2" for a second
    directory of the same name), filtered by --only; a set left with no dialog is dropped."""
    sets: dict[str, list[dlg.Dialog]] = {}
    for directory in directories:
        base = Path(directory).resolve().name or str(directory)
        name, k = base, 2
        while name in sets:
            name, k = f"{base}-{k}", k + 1
        sets[name] = [d for d in dlg.load(Path(directory)) if not only or d.id in only]
    sets = {name: ds for name, ds in sets.items() if ds}
    if not sets:
        raise FileNotFoundError(f"no dialog matches --only {','.join(only or [])}")
    return sets


def run(directories, only: list[str] | None = None, log=print, keep: bool = False) -> dict:
    """Plays every dialog of every directory into one daemon; the report covers them all together,
    with each directory's own figures under `sets`."""
    from callwarden.models import tts_voice_path
    from callwarden.tts.voice import Voice
    if isinstance(directories, (str, Path)):
        directories = [directories]
    sets = dialog_sets(directories, only)
    # One caller number per dialog across all sets (ids may repeat between sets).
    entries = [(name, d) for name, ds in sets.items() for d in ds]
    work = Path(tempfile.mkdtemp(prefix="callwarden-eval-"))
    # The eval scores detection and routing, four calls at a time (what one worker takes); on a
    # loaded box the engine-load admission would refuse some of them 503 and only lose dialogs.
    daemon = Daemon(work / "state", extra=WITHOUT_ENGINE_ADMISSION)
    daemon.start(wait=False)
    try:
        voice = Voice(tts_voice_path(""))
        wavs = []
        for name, d in progress(entries, "eval: rendering dialogs"):   # a set per folder: ids may repeat
            out = work / name
            out.mkdir(exist_ok=True)
            wavs.append(dlg.render(d, voice, out))
        log(f"eval: {len(entries)} dialogs rendered (Piper, 8 kHz µ-law) from {len(sets)} set(s) "
            f"({', '.join(f'{n} {len(ds)}' for n, ds in sets.items())}); daemon on 127.0.0.1:{daemon.sip_port}")
        daemon.wait_healthy()
        with ThreadPoolExecutor(JOBS) as pool:
            codes = list(progress(pool.map(lambda n: _play(entries[n][1], wavs[n], n, daemon.sip_port,
                                                           wavs[n].parent), range(len(entries))),
                                  "eval: calls", total=len(entries)))
    finally:
        code = daemon.stop()
    if daemon.died_before_stop:
        keep = True
        log(f"eval: the daemon died during the run (exit {code}); its log: {daemon.log_path}")
    store = TimelineStore(daemon.state_dir, readonly=True)
    log_text = daemon.log_path.read_text(errors="replace") if daemon.log_path else ""
    # Calls are told apart by their caller, stored as [privacy] says (a keyed hash by default).
    privacy = CallerPrivacy(caller_key(daemon.state_dir))
    number_of = {privacy.shown(f"+1555{n:07d}"): n for n in range(len(entries))}
    by_number = {}
    for call in store.calls(10_000):
        user = call.from_uri.split("sip:")[-1].split("@")[0]
        if user in number_of:
            by_number[number_of[user]] = store.events(call.call_id)
    results: dict[str, list[dict]] = {name: [] for name in sets}
    failed = dict.fromkeys(sets, 0)
    for number, (name, d) in enumerate(entries):
        label = f"{name}/{d.id}" if len(sets) > 1 else d.id
        events = by_number.get(number)
        if codes[number] != 0 or not events:
            failed[name] += 1
            log(f"  {label}: call failed (sipp exit {codes[number]}, {'no' if not events else 'a'} timeline)")
            continue
        r = score.score_call(d, events, log_text)
        results[name].append(r)
        mark = "ok " if not (r["fn"] or r["fp"] or not r["route_ok"] or r["leaks"]) else "MISS"
        log(f"  {mark} {label}: route {r['route']} (want {d.expect['route']}), flags {sorted(r['tp'])}"
            + (f", missed {r['fn']}" if r["fn"] else "") + (f", extra {r['fp']}" if r["fp"] else "")
            + (f", LEAKS {len(r['leaks'])}" if r["leaks"] else ""))
    store.close()
    if not keep:
        shutil.rmtree(work, ignore_errors=True)
    else:
        log(f"eval: work kept in {work}")
    return score.report_sets(results, failed)


def _print_summary(report: dict) -> None:
    for t, f in report["flags"].items():
        lat = report["flag_latency_by_type_ms"].get(t, {})
        timing = f"  latency p50 {lat['p50']:.0f} / p99 {lat['p99']:.0f} ms" if lat.get("n") else ""
        print(f"{t:20s} recall {f['recall']:.3f}  precision {f['precision']:.3f}  "
              f"(tp {f['tp']} fp {f['fp']} fn {f['fn']}){timing}")
    print(f"route accuracy {report['route_accuracy']:.3f}; flag latency p50 {report['flag_latency_ms']['p50']:.0f} ms, "
          f"p99 {report['flag_latency_ms']['p99']:.0f} ms; secret leaks {report['secret_leaks']}; "
          f"failed calls {report['failed_calls']}")
    for slow in report.get("slow_flags", []):
        print(f"slow flag: {slow['dialog']} {slow['type']} {slow['latency_ms']:.0f} ms after turn {slow['turn']} "
              f"(raised in turn {slow['raised_turn']})")
    m = report["masking"]
    print(f"masking precision {m['precision']:.3f} ({m['due']} of {m['masks']} masks in turns with a secret)")


def main(args) -> int:
    log = (lambda *a: print(*a, file=sys.stderr)) if args.json else print
    only = [x for x in (args.only or "").split(",") if x]
    directories = args.dir if isinstance(args.dir, list) else [args.dir]
    try:
        report = run([Path(d) for d in directories], only, log, args.keep)
    except FileNotFoundError as e:
        print(f"eval: {e}", file=sys.stderr)
        return 2
    text = json.dumps(report, indent=2)
    if args.report:
        Path(args.report).write_text(text + "\n")
    if args.json:
        print(text)
    else:
        several = len(report["sets"]) > 1
        for name, part in report["sets"].items() if several else []:
            print(f"== {name}: {part['dialogs']} dialogs")
            _print_summary(part)
        if several:
            print(f"== all {len(report['sets'])} sets: {report['dialogs']} dialogs")
        _print_summary(report)
    # The bars hold for each set on its own (and so for all of them together).
    below = [t if len(report["sets"]) == 1 else f"{t} ({name})"
             for name, part in report["sets"].items() for t, f in part["flags"].items()
             if f["recall"] < args.min_recall or f["precision"] < args.min_precision]
    if below:
        print(f"eval: below the bar: {', '.join(below)}", file=sys.stderr)
    # A leaked secret or a call that did not complete fails the run whatever the bars.
    return 1 if below or report["secret_leaks"] or report["failed_calls"] else 0
