"""packaging/manpages.py: the man pages written from the parsers render without groff warnings
and carry every command and every option the programs take."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "packaging"))
import manpages  # noqa: E402

from callwarden import cli  # noqa: E402
from callwarden.receiver import cli as receiver_cli  # noqa: E402

pytestmark = pytest.mark.skipif(shutil.which("groff") is None, reason="groff is not installed")


def commands(parser: argparse.ArgumentParser, path: list[str]):
    """(command path, option strings) of a parser and its subcommands, hidden ones left out."""
    yield path, [s for a in parser._actions for s in a.option_strings if s not in ("-h", "--help")]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, child in action.choices.items():
                if " ".join(path + [name]) not in manpages.HIDDEN:
                    yield from commands(child, path + [name])


@pytest.mark.parametrize("name, build", [("callwarden", cli.build_parser),
                                         ("callwarden-receiver", receiver_cli.build_parser)])
def test_page_renders_cleanly_with_every_command_and_option(tmp_path, name, build):
    manpages.write(tmp_path)
    page = tmp_path / f"{name}.1"
    warnings = subprocess.run(["groff", "-man", "-Tutf8", "-ww", "-z", str(page)], capture_output=True, text=True)
    assert warnings.returncode == 0 and warnings.stderr == "", warnings.stderr
    text = subprocess.run(["groff", "-man", "-Tascii", "-P-cbou", str(page)], capture_output=True, text=True,
                          env={**os.environ, "MANWIDTH": "200"}).stdout
    flat = " ".join(text.split())
    for path, options in commands(build(), [name]):
        if len(path) > 1:
            assert " ".join(path) in flat, path
        for option in options:
            assert option in flat, (path, option)
    assert "worker --index" not in flat     # the master's internal command is not for people
