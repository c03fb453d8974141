"""`callwarden-receiver` command line: parses arguments and hands off.

Exit codes: 0 ok; 1 a failure (verify found a broken link, database error, no such call,
annotations naming calls that are not stored); 2 bad arguments, configuration or input file.
Errors are one line on stderr (unknown calls: one line each), never a traceback.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from pathlib import Path

import psycopg

from callwarden.cli_util import quiet_broken_pipe
from callwarden.config import ConfigError
from callwarden.receiver import config as config_mod
from callwarden.receiver import db
from callwarden.version import version

EXIT_FAIL = 1
EXIT_USAGE = 2


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> None:  # one line instead of usage + error
        sys.stderr.write(f"{self.prog}: error: {message}\n")
        sys.exit(EXIT_USAGE)


def _cfg(args: argparse.Namespace) -> config_mod.ReceiverConfig:
    overrides = {"dsn": args.dsn}
    for key in ("host", "port", "threads", "max_body_bytes"):
        overrides[key] = getattr(args, key, None)
    return config_mod.load(args.config, overrides)


def _conn(args: argparse.Namespace):
    return db.connect(config_mod.require_dsn(_cfg(args)))


def cmd_migrate(args: argparse.Namespace) -> int:
    applied = db.migrate(config_mod.require_dsn(_cfg(args)))
    print(f"applied {len(applied)} migrations ({', '.join(applied)})" if applied else "schema is current")
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    cfg = _cfg(args)
    from callwarden.systemd import setup_logging
    setup_logging(args.log_level)
    from callwarden.receiver.app import serve
    return serve(cfg)


def cmd_appliances_add(args: argparse.Namespace) -> int:
    with _conn(args) as conn:
        db.add_appliance(conn, args.name, args.public_key, replace=args.replace)
    print(f"appliance {args.name} registered")
    return 0


def cmd_appliances_list(args: argparse.Namespace) -> int:
    with _conn(args) as conn:
        rows = db.list_appliances(conn)
    if args.json:
        print(json.dumps(rows, indent=2))
        return 0
    print(f"{'NAME':24s}  {'BATCHES':>8s}  {'LAST SEQ':>8s}  {'LAST RECEIVED':32s}  PUBLIC KEY")
    for r in rows:
        last = "-" if r["last_batch_seq"] is None else str(r["last_batch_seq"])
        print(f"{r['name'][:24]:24s}  {r['batches']:8d}  {last:>8s}  {r['last_received_at'] or '-':32s}  "
              f"{r['public_key']}")
    return 0


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):   # no passwd entry for this uid (a container)
        return f"uid {os.getuid()}"


def cmd_verify(args: argparse.Namespace) -> int:
    from callwarden.receiver.verify import record, verify
    with _conn(args) as conn:
        report = verify(conn, args.appliance)
        if args.record:
            try:
                record(conn, report, f"cli ({_os_user()})")
            except psycopg.Error as e:   # a read-only role or replica: the check itself still counts
                first = (str(e).strip().splitlines() or [type(e).__name__])[0]
                print(f"callwarden-receiver: verify result not recorded for the console: {first}", file=sys.stderr)
    if args.json:
        print(json.dumps(_verify_json(report), indent=2))
        return EXIT_FAIL if report.broken else 0
    # Each problem (a script's first line is still BROKEN ... or chain ok: ...), the verdict, then a
    # line per appliance: what was checked and where its chain first broke.
    for broken in report.broken:
        print(broken.line())
    if report.broken:
        bad = sum(1 for d in report.detail.values() if d["first_broken"])
        others = len({b.appliance for b in report.broken} - set(report.detail))
        print(f"chain BROKEN: {len(report.broken)} problems; {bad} of {report.appliances} appliances broken"
              + (f", {others} unregistered appliances with rows" if others else ""))
    else:
        print(report.summary())
    for name, d in report.detail.items():
        first = d["first_broken"]
        where = ("" if first is None else f" at batch_seq {first['batch_seq']}" if first["batch_seq"] is not None
                 else f" at call {first['call_id']}" if first["call_id"] is not None else "")
        print(f"  {name}: {d['batches']} batches, {d['events']} events, {d['calls']} calls checked; "
              + ("ok" if first is None else f"BROKEN{where}: {first['problem']}"
                 + (f" (+{d['problems'] - 1} more)" if d["problems"] > 1 else "")))
    return EXIT_FAIL if report.broken else 0


def _verify_json(report) -> dict:
    return {"ok": not report.broken,
            "appliances": [{"name": name, "ok": d["first_broken"] is None} | d for name, d in report.detail.items()],
            "totals": {k: getattr(report, k) for k in ("appliances", "batches", "events", "erased_events", "calls",
                                                        "v1_unchecked_batches", "recordings")},
            "problems": [b.line() for b in report.broken]}


def cmd_erase(args: argparse.Namespace) -> int:
    from callwarden.receiver.erase import Ambiguous, erase_call
    with _conn(args) as conn:
        try:
            done = erase_call(conn, args.call_id, args.appliance)
        except Ambiguous as e:
            print(f"callwarden-receiver: call {args.call_id}: {e} with --appliance", file=sys.stderr)
            return EXIT_FAIL
    if done is None:
        print(f"callwarden-receiver: no call {args.call_id} is stored", file=sys.stderr)
        return EXIT_FAIL
    print(f"erased call {args.call_id} of {', '.join(done['appliances'])}: {done['events']} event bodies "
          f"(digests kept) in {done['batches']} batches, {done['annotations']} annotations dropped, "
          f"{done['recordings']} recording files deleted (hashes and signatures kept)")
    return 0


def _day(text: str):
    from callwarden.receiver.queries import parse_day
    try:
        return parse_day(text)
    except ValueError as e:
        raise argparse.ArgumentTypeError(str(e)) from None


def _percent(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not 0.0 <= value <= 100.0:
        raise argparse.ArgumentTypeError("expected a number from 0 to 100")
    return value


def _write(out: str | None, text: str, what: str) -> None:
    if out:
        Path(out).write_text(text, encoding="utf-8")
        print(f"wrote {what} to {out}", file=sys.stderr)
    else:
        sys.stdout.write(text)


def cmd_export(args: argparse.Namespace) -> int:
    if args.percent is not None and (args.preference_pairs or args.label_config):
        print("callwarden-receiver export: error: --percent applies to the Label Studio tasks only", file=sys.stderr)
        return EXIT_USAGE
    cfg = _cfg(args)
    if args.label_config:
        from callwarden.receiver.labels import label_config
        _write(args.out, label_config(cfg.intents), "the labeling config")
        return 0
    with db.connect(config_mod.require_dsn(cfg)) as conn, _Ticker() as ticker:
        if args.preference_pairs:
            from callwarden.receiver.pairs import preference_pairs, to_jsonl
            found = preference_pairs(conn, args.day, ticker.tick("export: calls with corrected replies"))
            ticker.close()
            _write(args.out, to_jsonl(found), f"{len(found)} preference pairs")
            return 0
        from callwarden.receiver.export import label_studio_tasks, record_export
        percent = cfg.sample_percent if args.percent is None else args.percent
        tasks = label_studio_tasks(conn, day=args.day, percent=percent, tick=ticker.tick("export: Label Studio tasks"))
        ticker.close()
        _write(args.out, json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", f"{len(tasks)} tasks")
        try:
            record_export(conn, tasks)   # once written: a failed write hands nothing out
        except psycopg.Error as e:     # a read-only role: the export itself stands
            first = (str(e).strip().splitlines() or [type(e).__name__])[0]
            print(f"callwarden-receiver: export not recorded for the console: {first}", file=sys.stderr)
    return 0


class _Ticker:
    """Progress of an export on stderr (callwarden/progress.py: a bar on a terminal, plain lines
    otherwise), started at the first tick, when the total is known."""

    def __init__(self) -> None:
        self._bar = None

    def tick(self, what: str):
        def hear(n: int, total: int) -> None:
            if self._bar is None:
                from callwarden.progress import Progress
                self._bar = Progress(total, what)
            self._bar.update(n)
        return hear

    def close(self) -> None:
        if self._bar is not None:
            self._bar.close()
            self._bar = None

    def __enter__(self) -> "_Ticker":
        return self

    def __exit__(self, *_exc) -> None:
        self.close()


def cmd_import_annotations(args: argparse.Namespace) -> int:
    from callwarden.receiver.annotation_store import UnknownCalls, import_annotations
    from callwarden.receiver.annotations import Malformed, parse
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as e:
        print(f"callwarden-receiver: cannot read {args.file}: {e.strerror}", file=sys.stderr)
        return EXIT_USAGE
    try:
        parsed = parse(raw)
        with _conn(args) as conn:
            counts = import_annotations(conn, parsed)
    except Malformed as e:
        print(f"callwarden-receiver: {args.file}: {e}", file=sys.stderr)
        return EXIT_USAGE
    except UnknownCalls as e:
        for appliance, call_id in e.calls:
            print(f"callwarden-receiver: unknown call {call_id} from appliance {appliance}", file=sys.stderr)
        print(f"callwarden-receiver: {len(e.calls)} annotated calls are not stored here; nothing was imported",
              file=sys.stderr)
        return EXIT_FAIL
    print(f"{counts['annotations']} annotations: {counts['inserted']} new, {counts['updated']} updated, "
          f"{counts['corrections']} corrected replies; skipped {counts['skipped_cancelled']} cancelled, "
          f"{counts['skipped_erased_calls']} of erased calls")
    return 0


def cmd_token(args: argparse.Namespace) -> int:
    from callwarden.receiver.auth import new_token
    token, digest = new_token()
    print(f"token (give it to API clients; shown once, not stored): {token}")
    print("config line for the [receiver] table:")
    print(f'api_token_sha256 = "{digest}"')
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    from callwarden.receiver.report import sla_report, to_csv
    cfg = _cfg(args)
    with db.connect(config_mod.require_dsn(cfg)) as conn:
        result = sla_report(conn, args.day, cfg)
    if args.csv:
        print(to_csv(result), end="")
    else:
        print(json.dumps(result, indent=2))
    return 0


def _common() -> argparse.ArgumentParser:
    """--config and --dsn for every subcommand, so they may follow it (`serve --dsn x`) as well as
    precede it. SUPPRESS keeps a subcommand that was not given them from overwriting the values
    given before it with None."""
    c = argparse.ArgumentParser(add_help=False)
    c.add_argument("--config", type=Path, default=argparse.SUPPRESS, help="TOML file with a [receiver] table")
    c.add_argument("--dsn", default=argparse.SUPPRESS,
                   help=f"PostgreSQL connection string (default: ${config_mod.DSN_ENV})")
    return c


def build_parser() -> argparse.ArgumentParser:
    p = _Parser(prog="callwarden-receiver", description="callwarden central receiver")
    p.add_argument("--version", action="version", version=f"%(prog)s {version()}",
                   help="print the installed package's version and exit")
    p.add_argument("--config", type=Path, help="TOML file with a [receiver] table")
    p.add_argument("--dsn", help=f"PostgreSQL connection string (default: ${config_mod.DSN_ENV})")
    sub = p.add_subparsers(dest="command", required=True, parser_class=_Parser)
    common = [_common()]

    def command(parent, name: str, **kw) -> argparse.ArgumentParser:
        return parent.add_parser(name, parents=common, **kw)

    command(sub, "migrate", help="apply pending schema migrations").set_defaults(func=cmd_migrate)

    s = command(sub, "serve", help="run the HTTP API")
    s.add_argument("--host", help="address to listen on (default: [receiver] host)")
    s.add_argument("--port", type=int, help="TCP port to listen on (default: [receiver] port)")
    s.add_argument("--threads", type=int, help="request handler threads (default: [receiver] threads)")
    s.add_argument("--max-body-bytes", type=int, dest="max_body_bytes",
                   help="largest batch body accepted; larger ones get 413 (default: [receiver] max_body_bytes)")
    s.add_argument("--log-level", default="info", choices=("debug", "info", "warning", "error"),
                   help="log level (default: info)")
    s.set_defaults(func=cmd_serve)

    a = command(sub, "appliances", help="register and list appliances")
    asub = a.add_subparsers(dest="action", required=True, parser_class=_Parser)
    add = command(asub, "add", help="register NAME with its base64 Ed25519 public key")
    add.add_argument("name", help="the appliance's [sync] appliance name")
    add.add_argument("public_key", help="its public key, as `callwarden sync pubkey` prints it")
    add.add_argument("--replace", action="store_true", help="re-key an already registered appliance")
    add.set_defaults(func=cmd_appliances_add)
    ls = command(asub, "list", help="registered appliances, their batches and last upload")
    ls.add_argument("--json", action="store_true", help="a JSON array instead of a table")
    ls.set_defaults(func=cmd_appliances_list)

    v = command(sub, "verify", help="re-walk every stored chain; print each broken link, the verdict and a "
                                           "line per appliance; exit 1 if any link is broken")
    v.add_argument("--appliance", help="only this appliance's chain (default: every appliance)")
    v.add_argument("--json", action="store_true",
                   help="a JSON object (ok, each appliance's counts and first broken link, totals, problems) "
                        "instead of lines; the exit code is the same")
    v.add_argument("--no-record", dest="record", action="store_false",
                   help="do not keep the result for the console's chain status (default: each appliance's "
                        "result is recorded, as a check from the console is)")
    v.set_defaults(func=cmd_verify)

    e = command(sub, "erase", help="GDPR: delete a call's content, keep the chain verifiable")
    e.add_argument("call_id", help="the call to erase")
    e.add_argument("--appliance", help="the appliance whose call it is (needed when two share the call id)")
    e.set_defaults(func=cmd_erase)

    x = command(sub, "export", help="Label Studio tasks for a stratified sample of calls (default), "
                                    "their labeling config, or RLHF preference pairs")
    what = x.add_mutually_exclusive_group()
    what.add_argument("--preference-pairs", action="store_true",
                      help="JSON lines in TRL's conversational preference format {prompt, chosen, rejected, "
                           "metadata} from annotators' corrected replies")
    what.add_argument("--label-config", action="store_true", help="the Label Studio labeling config (XML)")
    x.add_argument("--out", help="file to write (default: stdout)")
    x.add_argument("--day", type=_day, help="only calls started on this UTC day (YYYY-MM-DD)")
    x.add_argument("--percent", type=_percent, help="random stratum share (default: sample_percent, 7)")
    x.set_defaults(func=cmd_export)

    i = command(sub, "import-annotations", help="import a Label Studio JSON export of annotated tasks")
    i.add_argument("file", help="the export file, or - for stdin")
    i.set_defaults(func=cmd_import_annotations)

    t = command(sub, "token", help="make an API token for reads and imports; prints its config line")
    t.set_defaults(func=cmd_token)

    r = command(sub, "report", help="SLA report for one UTC day")
    r.add_argument("--day", type=_day, required=True, help="the UTC day (YYYY-MM-DD)")
    r.add_argument("--csv", action="store_true", help="CSV instead of JSON")
    r.set_defaults(func=cmd_report)

    from callwarden.receiver.console.cli_users import add_parser as add_users_parser
    add_users_parser(sub, command, _conn)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code = args.func(args)
        sys.stdout.flush()      # a reader gone before the last buffered line shows up here, not at exit
        return code
    except BrokenPipeError:
        return quiet_broken_pipe()
    except ConfigError as e:
        print(f"callwarden-receiver: {e}", file=sys.stderr)
        return EXIT_USAGE
    except (db.DbError, ValueError, OSError) as e:
        print(f"callwarden-receiver: {e}", file=sys.stderr)
        return EXIT_FAIL
    except psycopg.Error as e:
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        print(f"callwarden-receiver: database error: {first}", file=sys.stderr)
        return EXIT_FAIL
    except KeyboardInterrupt:
        return EXIT_FAIL


if __name__ == "__main__":
    sys.exit(main())
