"""`callwarden-receiver users add|list|disable`: the console's users, managed on the receiver's host."""

from __future__ import annotations

import argparse
import getpass
import sys


def _password(args: argparse.Namespace) -> str:
    if args.password_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    first = getpass.getpass(f"password for {args.name}: ")
    if getpass.getpass("again: ") != first:
        raise ValueError("the two passwords differ")
    return first


def cmd_add(args: argparse.Namespace, connect) -> int:
    from callwarden.receiver.console import users
    users.check_name(args.name)
    password = _password(args)
    with connect(args) as conn:
        users.add(conn, args.name, args.role, password, replace=args.replace)
    print(f"user {args.name} ({args.role}) {'updated' if args.replace else 'added'}; log in at /console/")
    return 0


def cmd_list(args: argparse.Namespace, connect) -> int:
    from callwarden.receiver.console import users
    with connect(args) as conn:
        for u in users.listing(conn):
            print(f"{u['name']:32s} {u['role']:8s} {'disabled' if u['disabled'] else 'active':8s} "
                  f"last login {u['last_login'].isoformat() if u['last_login'] else '-'}")
    return 0


def cmd_disable(args: argparse.Namespace, connect) -> int:
    from callwarden.receiver.console import users
    with connect(args) as conn:
        if not users.disable(conn, args.name):
            print(f"callwarden-receiver: no user {args.name}", file=sys.stderr)
            return 1
    print(f"user {args.name} disabled, their sessions ended")
    return 0


def add_parser(sub, command, connect) -> None:
    """Registers `users` on the receiver's subcommand parser; `command` adds a subparser with the
    common --dsn/--config options, `connect(args)` opens the database."""
    from callwarden.receiver.console.users import ROLES
    u = command(sub, "users", help="ops console users (/console/)")
    usub = u.add_subparsers(dest="action", required=True, parser_class=sub._parser_class)
    a = command(usub, "add", help="add a user (asks for the password twice, or reads one line with --password-stdin)")
    a.add_argument("name", help="the user's login name")
    a.add_argument("--role", required=True, choices=ROLES,
                   help="viewer: aggregates and redacted timelines; auditor: also chain verification, erasures "
                        "and the access log; admin: also key fingerprints and users")
    a.add_argument("--password-stdin", action="store_true", help="read the password from stdin's first line")
    a.add_argument("--replace", action="store_true", help="set a new role and password for an existing user")
    a.set_defaults(func=lambda args: cmd_add(args, connect))
    ls = command(usub, "list", help="the users and their roles")
    ls.set_defaults(func=lambda args: cmd_list(args, connect))
    d = command(usub, "disable", help="disable a user and end their sessions")
    d.add_argument("name", help="the user to disable")
    d.set_defaults(func=lambda args: cmd_disable(args, connect))
