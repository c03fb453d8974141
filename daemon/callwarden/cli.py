"""`callwarden` command line: parses arguments and hands off; no logic lives here."""

from __future__ import annotations

import argparse
import json
import sys
import time
from importlib import metadata
from pathlib import Path

from callwarden import config as config_mod
from callwarden.cli_util import quiet_broken_pipe
from callwarden.config import ConfigError
from callwarden.version import version

EXIT_CONFIG = 2


def _load_config(args: argparse.Namespace):
    path = args.config
    if path is None and config_mod.DEFAULT_PATH.exists():
        path = config_mod.DEFAULT_PATH
    overrides: dict = {}
    for item in (getattr(args, "set_before", None) or []) + (getattr(args, "set", None) or []):
        section, key, value = config_mod.parse_override(item)
        overrides.setdefault(section, {})[key] = value
    cfg = config_mod.load(path, overrides)
    if getattr(args, "state_dir", None):
        cfg = cfg.with_state_dir(args.state_dir)
    return cfg


def cmd_run(args: argparse.Namespace) -> int:
    import faulthandler
    faulthandler.enable()   # a crash in native code (pjsua2, CTranslate2) leaves every thread's stack in the log
    cfg = _load_config(args)
    from callwarden.systemd import setup_logging
    setup_logging(cfg.daemon.log_level)
    from callwarden.runtime import master
    return master.run(cfg)


def cmd_redact(args: argparse.Namespace) -> int:
    from callwarden.redact import jsonl
    from callwarden.redact.redactor import RedactRules
    cfg = _load_config(args)
    rules = RedactRules.from_config(cfg.redact.keep, cfg.redact.extra_terms)
    if args.file in (None, "-"):
        return jsonl.main(sys.stdin, sys.stdout, sys.stderr, rules, text=args.text)
    with open(args.file, encoding="utf-8") as source:
        return jsonl.main(source, sys.stdout, sys.stderr, rules, text=args.text)


def cmd_worker(args: argparse.Namespace) -> int:
    from callwarden.runtime import worker_process
    return worker_process.run(args)


def cmd_check_config(args: argparse.Namespace) -> int:
    cfg = _load_config(args)
    print(f"config ok: SIP {cfg.sip.host}:{cfg.sip.port} ({'/'.join(cfg.sip.transports)}), "
          f"state {cfg.daemon.state_dir}, admin {cfg.admin.host}:{cfg.admin.port}"
          + (f", metrics {cfg.admin.metrics_address}" if cfg.admin.metrics_address else ""))
    return 0


def _store(args: argparse.Namespace):
    from callwarden.timeline import TimelineStore
    return TimelineStore(_load_config(args).state_path, readonly=True)


def cmd_calls(args: argparse.Namespace) -> int:
    calls = _store(args).calls(args.limit)
    if args.json:
        for c in calls:
            print(json.dumps(vars(c) if hasattr(c, "__dict__") else c.__dict__))
        return 0
    print(f"{'CALL ID':36s}  {'FROM':32s}  {'STARTED':24s}  {'DURATION':>9s}  {'UTT':>4s}  END")
    for c in calls:
        dur = f"{c.duration_ms / 1000:.1f} s" if c.duration_ms is not None else "active"
        print(f"{c.call_id:36s}  {c.from_uri[:32]:32s}  {c.started:24s}  {dur:>9s}  {c.utterances:4d}  "
              f"{c.end_reason or ''}")
    return 0


def cmd_timeline(args: argparse.Namespace) -> int:
    from callwarden.timeline.render import format_event
    store = _store(args)
    call_id = store.find_call(args.call_id)
    if call_id is None:
        print(f"no call matching {args.call_id!r}", file=sys.stderr)
        return 1
    last = -1
    while True:
        for e in store.events(call_id, last):
            print(e.to_json() if args.json else format_event(e), flush=True)
            last = e.seq
        if not args.follow or store.is_ended(call_id):
            return 0
        time.sleep(0.2)


def cmd_models(args: argparse.Namespace) -> int:
    from callwarden import models
    found = models.load_manifest()
    if args.action == "list":
        for m in found:
            size = sum(f.path.stat().st_size for f in m.files if f.path.exists())
            print(f"{m.name:28s} {m.role:4s} {size / 1e6:7.1f} MB  {m.package}  {m.directory}  [{m.licence}]")
        return 0
    problems = models.verify(found)
    for p in problems:
        print(p, file=sys.stderr)
    if not problems:
        print(f"models ok: {sum(len(m.files) for m in found)} files match models/manifest.toml")
    return 1 if problems else 0


def cmd_sync(args: argparse.Namespace) -> int:
    cfg = _load_config(args)
    if args.action == "pubkey":
        from callwarden.wire import keys
        from callwarden.sync.uploader import appliance_name
        key = keys.load_or_create(cfg.state_path)
        print(f"callwarden-receiver appliances add {appliance_name(cfg.sync)} {keys.public_key_text(key)}")
        return 0
    from callwarden.sync.uploader import status_lines
    print(status_lines(cfg.state_path, cfg.sync))
    return 0


def cmd_status(args: argparse.Namespace) -> int:
    from callwarden import status
    return status.main(_load_config(args), args.json)


def cmd_dnc(args: argparse.Namespace) -> int:
    from callwarden.route.dnc import DoNotCall
    cfg = _load_config(args)
    dnc = DoNotCall(cfg.state_path, cfg.privacy.default_region)
    if args.action == "list":
        for h, added, reason in dnc.entries():
            print(f"{h}  {added}  {reason}")
        return 0
    if not args.number:
        print("callwarden: dnc add/remove needs a NUMBER", file=sys.stderr)
        return EXIT_CONFIG
    if args.action == "add":
        print(dnc.add(args.number, "added by an operator"))
        return 0
    return 0 if dnc.remove(args.number) else 1


def cmd_doctor(args: argparse.Namespace) -> int:
    from callwarden import doctor
    path = args.config or (config_mod.DEFAULT_PATH if config_mod.DEFAULT_PATH.exists() else None)
    return doctor.main(lambda: _load_config(args), str(path) if path else "embedded defaults")


def cmd_phone(args: argparse.Namespace) -> int:
    from callwarden.sip import softphone
    if args.list_devices:
        print(softphone.list_devices())
        return 0
    uri = args.uri
    if uri is None:     # this box's own appliance, where its config says SIP listens
        cfg = _load_config(args)
        host = "127.0.0.1" if cfg.sip.host in ("0.0.0.0", "::") else cfg.sip.host
        uri = f"sip:callwarden@{f'[{host}]' if ':' in host else host}:{cfg.sip.port}"
    return softphone.main(uri, args.bind, args.sip_port, args.input_device, args.output_device,
                          args.hangup_after_s)


TOOL_COMMANDS = "callwarden.commands"


def add_tool_commands(sub) -> None:
    """`bench`, `demo` and `eval` live in the developer tooling (callwarden_tools), which the runtime
    must not import. Each declares itself as an entry point in this group (pyproject.toml) and adds its
    own subparser, so the commands people type stay the same while no runtime module names the
    tooling; an install without the tools simply has fewer subcommands."""
    seen = set()
    for ep in sorted(metadata.entry_points(group=TOOL_COMMANDS), key=lambda e: e.name):
        if ep.name not in seen:     # a checkout's overlay and the installed copy may both list it
            seen.add(ep.name)
            ep.load()(sub)


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="callwarden", description="On-premises SIP call appliance.")
    p.add_argument("--version", action="version", version=f"%(prog)s {version()}",
                   help="print the installed package's version and exit")
    # --config, --state-dir and --set go before the subcommand or after it (`callwarden --state-dir D
    # calls` = `callwarden calls --state-dir D`); after it, SUPPRESS keeps the subcommand from
    # overwriting what came before with None; the nearer --config/--state-dir wins, --set adds up.
    p.add_argument("--config", type=Path, help=f"TOML config (default {config_mod.DEFAULT_PATH} if present)")
    p.add_argument("--state-dir", help="override [daemon] state_dir")
    p.add_argument("--set", action="append", dest="set_before", metavar="SECTION.KEY=VALUE",
                   help="override one key (repeatable)")
    sub = p.add_subparsers(dest="command", required=True)

    def with_config(sp: argparse.ArgumentParser) -> argparse.ArgumentParser:
        sp.add_argument("--config", type=Path, default=argparse.SUPPRESS,
                        help=f"TOML config (default {config_mod.DEFAULT_PATH} if present)")
        sp.add_argument("--state-dir", default=argparse.SUPPRESS, help="override [daemon] state_dir")
        sp.add_argument("--set", action="append", metavar="SECTION.KEY=VALUE", help="override one key")
        sp.set_defaults(takes_config=True)
        return sp

    with_config(sub.add_parser("run", help="run the daemon")).set_defaults(fn=cmd_run)
    # Started by the master for each SIP worker behind the Kamailio front; not for people.
    sp = sub.add_parser("worker")
    sp.add_argument("--config-json", required=True, help="the worker's config, as config.to_dict writes it")
    sp.add_argument("--index", type=int, required=True, help="the worker's slot in the pool (0-based)")
    sp.add_argument("--engine-socket", type=Path, required=True, help="the ASR engine's Unix socket")
    sp.add_argument("--prompts", type=Path, required=True, help="JSON: fixed prompt text -> WAV (null: TTS off)")
    sp.set_defaults(fn=cmd_worker)
    with_config(sub.add_parser("check-config", help="validate the config and exit")).set_defaults(
        fn=cmd_check_config)
    sp = with_config(sub.add_parser("calls", help="list recent calls"))
    sp.add_argument("--limit", type=int, default=50, help="at most this many, newest first (default 50)")
    sp.add_argument("--json", action="store_true", help="one JSON object per call instead of a table")
    sp.set_defaults(fn=cmd_calls)
    sp = with_config(sub.add_parser("timeline", help="print one call's events"))
    sp.add_argument("call_id", help="call id or a unique prefix of it")
    sp.add_argument("--follow", "-f", action="store_true", help="keep printing until the call ends")
    sp.add_argument("--json", action="store_true", help="JSON lines")
    sp.set_defaults(fn=cmd_timeline)
    sp = sub.add_parser("models", help="list or verify the bundled models")
    sp.add_argument("action", choices=["list", "verify"],
                    help="list: name, role, size, package and licence of each; verify: check every file's "
                         "sha256 against models/manifest.toml (exit 1 on a mismatch)")
    sp.set_defaults(fn=cmd_models)
    sp = with_config(sub.add_parser("sync", help="sync backlog and chain state, or this appliance's key"))
    sp.add_argument("action", choices=["status", "pubkey"],
                    help="status: backlog and chain state; pubkey: the command that registers this "
                         "appliance's key on the receiver")
    sp.set_defaults(fn=cmd_sync)
    sp = with_config(sub.add_parser("status", help="processes, calls per worker, engine queue, sync backlog "
                                    "(exit 3: not running)"))
    sp.add_argument("--json", action="store_true", help="the daemon's /status and the sync backlog as JSON")
    sp.set_defaults(fn=cmd_status)
    sp = with_config(sub.add_parser("dnc", help="the do-not-call list (numbers kept as keyed hashes)"))
    sp.add_argument("action", choices=["list", "add", "remove"],
                    help="list the entries (hashes), add a number, or remove one (exit 1: not listed)")
    sp.add_argument("number", nargs="?", help="the number for add and remove, in any common notation")
    sp.set_defaults(fn=cmd_dnc)
    with_config(sub.add_parser("doctor", help="check ports, models, GPU, Kamailio, disk, clock, receiver")
                ).set_defaults(fn=cmd_doctor)
    sp = with_config(sub.add_parser(
        "phone", help="a test softphone: call the appliance (or SIP-URI) from this machine's microphone and "
                      "speaker (PyAudio), hear the greeting, talk, follow a transfer"))
    sp.add_argument("uri", nargs="?", metavar="SIP-URI",
                    help="whom to call (default: this box's appliance, at the config's [sip] host and port)")
    sp.add_argument("--bind", default="0.0.0.0", help="local address for SIP and RTP (default: all)")
    sp.add_argument("--sip-port", type=int, default=0, help="local SIP port (default: any free one)")
    sp.add_argument("--input-device", type=int, help="PortAudio input device index (default: the default one)")
    sp.add_argument("--output-device", type=int, help="PortAudio output device index (default: the default one)")
    sp.add_argument("--list-devices", action="store_true", help="list PortAudio's devices and exit")
    sp.add_argument("--hangup-after-s", type=float,
                    help="hang up this long after the answer (default: stay until the far end hangs up or Ctrl-C)")
    sp.set_defaults(fn=cmd_phone)
    sp = with_config(sub.add_parser(
        "redact", help="redact JSON lines of call turns with the live call's rules (exit 2 naming a bad line)",
        description="Reads JSON lines {\"call\": ID, \"speaker\": \"caller\"|\"agent\", \"text\": ...} or "
                    "{\"call\": ID, \"dtmf\": \"1234\"} in call order and writes the same lines with text "
                    "redacted and \"entities\" (type, start, end) added; [redact] keep and extra_terms come "
                    "from the config."))
    sp.add_argument("file", nargs="?", help="input file (default or -: standard input)")
    out = sp.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="JSON lines (the default)")
    out.add_argument("--text", action="store_true", help="one readable line per turn instead")
    sp.set_defaults(fn=cmd_redact)
    add_tool_commands(sub)
    return p


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "takes_config", False) and (args.config or args.state_dir or args.set_before):
        parser.error(f"--config, --state-dir and --set do not apply to `{args.command}`")
    try:
        code = args.fn(args)
        sys.stdout.flush()      # a reader gone before the last buffered line shows up here, not at exit
        return code
    except BrokenPipeError:
        if args.fn in (cmd_run, cmd_worker):    # the daemon's own sockets: a real error, with its traceback
            raise
        return quiet_broken_pipe()
    except ConfigError as e:
        print(f"callwarden: config error: {e}", file=sys.stderr)
        return EXIT_CONFIG
    except FileNotFoundError as e:
        print(f"callwarden: {e}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
