"""The tooling's `callwarden` subcommands (bench, demo, eval). The runtime CLI finds these through
the `callwarden.commands` entry points (pyproject.toml) and calls each with its subparsers."""

from __future__ import annotations

import argparse
import sys


def cmd_demo(args: argparse.Namespace) -> int:
    from callwarden_tools import demo
    return demo.main(keep_state=args.keep_state)


def cmd_eval(args: argparse.Namespace) -> int:
    from callwarden_tools.evaluation import run
    return run.main(args)


def cmd_bench(args: argparse.Namespace) -> int:
    if args.duration_s is None:
        args.duration_s = 120.0 if args.what == "sipload" else 60.0
    if args.what == "sipload":
        from callwarden_tools.bench import sipload as bench_sipload
        return bench_sipload.main(args)
    from callwarden_tools.bench import main as bench
    try:
        return bench.main(args)
    except (FileNotFoundError, ValueError) as e:     # a --corpus folder that lacks a set, or packed at another size
        if not getattr(args, "corpus", None):
            raise
        print(f"callwarden bench {args.what}: {e}", file=sys.stderr)
        return 2


def add_demo(sub) -> None:
    sp = sub.add_parser("demo", help="run the daemon on loopback and place a real SIP call into it")
    sp.add_argument("--keep-state", action="store_true", help="keep the demo's state dir")
    sp.set_defaults(fn=cmd_demo)


def add_eval(sub) -> None:
    sp = sub.add_parser("eval", help="play labelled dialogs into a daemon over real SIP and score them "
                        "(several directories: each set's figures and all together)")
    sp.add_argument("dir", nargs="+", help="directories of dialog *.json files (schema: "
                    "shared/data/dialogs/README.md); one daemon plays them all, each directory is scored "
                    "on its own and all together")
    sp.add_argument("--report", help="write the JSON report here")
    sp.add_argument("--json", action="store_true", help="JSON report on stdout, progress on stderr")
    sp.add_argument("--only", help="comma-separated dialog ids")
    sp.add_argument("--min-recall", type=float, default=0.0,
                    help="exit 1 when any flag type's recall in any set is below this (0-1; default 0)")
    sp.add_argument("--min-precision", type=float, default=0.0,
                    help="exit 1 when any flag type's precision in any set is below this (0-1; default 0)")
    sp.add_argument("--keep", action="store_true", help="keep the rendered audio, scenarios and state")
    sp.set_defaults(fn=cmd_eval)


def add_bench(sub) -> None:
    sp = sub.add_parser("bench", help="benchmarks (see tests/bench/)")
    sp.add_argument("what", choices=["asr", "detect", "calls", "load", "tts", "sipload", "endpoint", "pack"])
    sp.add_argument("--dialogs", default="../shared/data/dialogs/dev", help="dialogs for `bench detect`")
    sp.add_argument("--utterances", type=int, default=32)
    sp.add_argument("--min-window-s", type=float, help="`bench asr`: the engine path's [asr] min_window_s")
    sp.add_argument("--first", type=int, default=0,
                    help="`bench asr`: index of the first utterance (voices vary with it: 100 gives a second set)")
    sp.add_argument("--sets", default="rendered,real,rendered_long,real_long,read_out",
                    help="`bench asr`: speech sets (rendered, real, rendered_long, real_long, read_out; bench/sets.py)")
    sp.add_argument("--long-turns", type=int, help="`bench asr`: turns per long set (default utterances / 4)")
    sp.add_argument("--sweep", action="store_true",
                    help="`bench asr`: the window/padding/loop-control grid on the sets instead (bench/sweep.py)")
    sp.add_argument("--grid", help="`bench asr --sweep`: settings floor:pad:ngram,... (default bench_sweep.DEFAULT_GRID)")
    sp.add_argument("--rounds", type=int, default=3, help="`bench calls`: rounds of four concurrent calls")
    sp.add_argument("--calls", type=int, default=32, help="`bench load`: concurrent callers")
    sp.add_argument("--duration-s", type=float, help="`bench load`: how long they talk (60 s; sipload: 120 s)")
    sp.add_argument("--levels", default="1,8,16,32", help="`bench sipload`: concurrent SIP calls per level")
    sp.add_argument("--max-calls", type=int, default=0,
                    help="`bench sipload`: the daemon's [sip] max_calls (0: the level); calls past it get 503")
    sp.add_argument("--stagger-s", type=float, default=4.0, help="`bench sipload`: calls arrive spread over this long")
    sp.add_argument("--no-stock", action="store_true", help="`bench sipload`: skip the stock path")
    sp.add_argument("--long-talk", action="store_true", help="`bench sipload`: callers talk 10-30 s a turn")
    sp.add_argument("--compare", choices=["whole", "per-frame", "one-lane", "two-threads", "open", "one-by-one", "fill"],
                    help="`bench sipload`: each level again with long turns decoded whole at the endpoint, "
                         "caller audio handed over one frame at a time, one decode lane, two compute threads for finals "
                         "(the paths before), no admission limit, finals one at a time, or calls filling one worker "
                         "before the next (bench/sipload.py)")
    sp.add_argument("--sentences", type=int, default=0,
                    help="`bench sipload`: render only this many corpus sentences (0: all)")
    sp.add_argument("--replies", type=int, default=20, help="`bench tts`: agent replies to synthesise")
    sp.add_argument("--turns", type=int, default=60, help="`bench endpoint`: caller turns to render")
    sp.add_argument("--out", help="`bench pack`: write the asr sets and bench load's corpus into this folder")
    sp.add_argument("--corpus", help="`bench asr`/`bench load`: read the speech from `bench pack`'s folder instead "
                                     "of rendering it (a machine without Piper or the Debian sounds)")
    sp.add_argument("--json", action="store_true", help="JSON on stdout")
    sp.set_defaults(fn=cmd_bench)
