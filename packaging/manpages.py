"""Man pages for `callwarden` and `callwarden-receiver`, written from their argparse parsers, so a
page cannot drift from the options the program takes (each option's help text is the page's).

    python3 packaging/manpages.py OUTDIR        writes OUTDIR/callwarden.1, OUTDIR/callwarden-receiver.1

packaging/build-deb installs them (gzip -9n) in each package's usr/share/man/man1. No date in the
page: the build stays reproducible; the version is the package's (pyproject.toml).
"""

from __future__ import annotations

import argparse
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HIDDEN = {"callwarden worker"}      # started by the master, not by people

SEE_ALSO = {"callwarden": "callwarden-receiver(1), kamailio(8), prometheus(1)",
            "callwarden-receiver": "callwarden(1), psql(1), prometheus(1)"}
FILES = {"callwarden": [("/etc/callwarden/callwarden.toml", "the configuration (every key with its default, commented)"),
                        ("/var/lib/callwarden", "state: timeline database, keys, prompt cache, recordings, metrics")],
         "callwarden-receiver": [("/etc/callwarden-receiver/receiver.toml", "the configuration ([receiver] table)")]}


def esc(text: str) -> str:
    """roff-safe text: backslashes and dashes escaped, no line starting with a control character."""
    text = text.replace("\\", "\\e").replace("-", "\\-")
    return "\n".join(("\\&" + line if line[:1] in (".", "'") else line) for line in text.splitlines())


def help_text(action: argparse.Action, prog: str) -> str:
    if not action.help or action.help == argparse.SUPPRESS:
        return ""
    params = {k: v for k, v in vars(action).items() if v is not argparse.SUPPRESS}
    params["prog"] = prog
    if params.get("choices") is not None:
        params["choices"] = ", ".join(map(str, params["choices"]))
    try:
        return action.help % params
    except (KeyError, TypeError, ValueError):
        return action.help


def option_label(action: argparse.Action) -> str:
    if not action.option_strings:
        return esc(action.metavar or action.dest.upper())
    names = ", ".join(f"\\fB{esc(s)}\\fR" for s in action.option_strings)
    if action.nargs == 0:
        return names
    metavar = action.metavar or (("{" + ",".join(map(str, action.choices)) + "}") if action.choices
                                 else action.dest.upper())
    return f"{names} \\fI{esc(str(metavar))}\\fR"


def describe(parser: argparse.ArgumentParser, path: list[str], out: list[str], summary: str = "") -> None:
    """One .SS section per (sub)command, then its subcommands, depth first."""
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    options = [a for a in parser._actions if not isinstance(a, (argparse._SubParsersAction, argparse._HelpAction))]
    if len(path) > 1:
        out += [f'.SS "{esc(" ".join(path))}"']
    text = parser.description or summary
    if len(path) > 1 and text:
        out += [esc(text)]
    for action in options:
        out += [".TP", option_label(action), esc(help_text(action, parser.prog)) or "\\&"]
    for action in subs:
        helps = {a.dest: a.help for a in action._choices_actions}
        seen: set[int] = set()
        for name, child in action.choices.items():
            if id(child) not in seen and " ".join(path + [name]) not in HIDDEN:   # an alias: described once
                seen.add(id(child))
                describe(child, path + [name], out, helps.get(name) or "")


def page(parser: argparse.ArgumentParser, name: str, version: str) -> str:
    commands = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    names = [n for a in commands for n in a.choices if f"{name} {n}" not in HIDDEN]
    out = [f'.TH {name.upper()} 1 "" "{name} {version}" "User Commands"', ".SH NAME",
           f"{esc(name)} \\- {esc((parser.description or '').rstrip('.'))}", ".SH SYNOPSIS",
           f".B {esc(name)}", "[\\fIOPTIONS\\fR] \\fICOMMAND\\fR [\\fIOPTIONS\\fR] [\\fIARGS\\fR]", ".SH DESCRIPTION",
           esc((parser.description or "").rstrip(".") + "."), "Commands: " + esc(", ".join(names)) + ".",
           "Options given before the command apply to every command; each command's own are listed under it.",
           ".SH OPTIONS"]
    body: list[str] = []
    describe(parser, [name], body)
    first_command = next((i for i, line in enumerate(body) if line.startswith(".SS")), len(body))
    out += body[:first_command] + [".SH COMMANDS"] + body[first_command:]
    out += [".SH FILES"]
    for path, what in FILES[name]:
        out += [".TP", f"\\fI{esc(path)}\\fR", esc(what)]
    out += [".SH EXIT STATUS", "0 success; 2 a bad option, configuration key or value (one line names it); "
            "other codes as each command documents.", ".SH SEE ALSO", esc(SEE_ALSO[name]),
            "and /usr/share/doc/" + esc(name) + "/README.md"]
    return "\n".join(out) + "\n"


def write(out_dir: Path) -> list[Path]:
    sys.path.insert(0, str(ROOT / "daemon"))
    from callwarden import cli
    from callwarden.receiver import cli as receiver_cli
    version = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for name, build in (("callwarden", cli.build_parser), ("callwarden-receiver", receiver_cli.build_parser)):
        path = out_dir / f"{name}.1"
        path.write_text(page(build(), name, version), encoding="utf-8")
        written.append(path)
    return written


if __name__ == "__main__":
    if len(sys.argv) != 2:
        raise SystemExit(__doc__)
    for p in write(Path(sys.argv[1])):
        print(p)
