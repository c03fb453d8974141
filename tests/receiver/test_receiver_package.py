"""The callwarden-receiver .deb, built by packaging/build-deb --only receiver (seconds: no venv):
what dpkg sees (architecture all, no Kamailio, conffile, changelog, md5sums, the hardened unit),
and that the modules it ships are all the receiver needs: the packaged tree alone, with the
packaged launcher's own lines, migrates a fresh PostgreSQL database and serves /healthz.

It runs the packaged modules on this venv's Python libraries, not Debian's python3-psycopg and
friends; packaging/test-install-receiver (as root, a fresh Debian 12 root, not run here) is where
Debian's own libraries are used. Here only its argument checks and those of the appliance side
it drives (packaging/send-test-batch) are run.
"""

from __future__ import annotations

import gzip
import os
import re
import shutil
import subprocess
import sys
import time
import tomllib
import urllib.request
import uuid
from pathlib import Path

import pytest

from conftest import free_port

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
SHARE = "usr/share/callwarden-receiver"

BUILD_OUTPUT: dict[str, str] = {}   # what the package fixture's build-deb printed
pytestmark = pytest.mark.skipif(shutil.which("dpkg-deb") is None, reason="dpkg-deb is not installed")


@pytest.fixture(scope="module")
def package(tmp_path_factory) -> tuple[Path, Path]:
    out = tmp_path_factory.mktemp("deb")
    done = subprocess.run([str(ROOT / "packaging" / "build-deb"), "--only", "receiver", str(out)],
                          capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert done.returncode == 0, done.stdout + done.stderr
    BUILD_OUTPUT.update(stdout=done.stdout, stderr=done.stderr)
    deb = out / f"callwarden-receiver_{VERSION}_all.deb"
    tree = out / "tree"
    subprocess.run(["dpkg-deb", "-R", str(deb), str(tree)], check=True, timeout=60)
    return deb, tree


def test_build_progress_is_plain_numbered_lines_in_a_pipe(package):
    """Off a terminal build-deb prints one line per step (no carriage returns, no bars); the last
    names the package."""
    out = BUILD_OUTPUT["stdout"]
    assert "\r" not in out and "\r" not in BUILD_OUTPUT["stderr"]
    lines = out.splitlines()
    steps = [line for line in lines if re.match(r"build-deb: \[\d+/\d+\] ", line)]
    assert [re.match(r"build-deb: \[(\d+)/(\d+)\]", s).groups() for s in steps] == \
        [(str(n), "5") for n in range(1, 6)]
    assert all(line.startswith("build-deb: ") for line in lines)
    assert lines[-1].startswith("build-deb: ") and lines[-1].endswith(" s") and "_all.deb" in lines[-1]


def field(deb: Path, name: str) -> str:
    return subprocess.run(["dpkg-deb", "-f", str(deb), name], capture_output=True, text=True, check=True).stdout.strip()


def test_control_fields(package):
    deb, _ = package
    assert field(deb, "Package") == "callwarden-receiver" and field(deb, "Version") == VERSION
    assert field(deb, "Architecture") == "all"
    depends = field(deb, "Depends")
    assert "kamailio" not in depends and "python3-psycopg" in depends, depends


def test_conffile_unit_changelog_and_md5sums(package):
    _, tree = package
    assert (tree / "DEBIAN" / "conffiles").read_text().split() == ["/etc/callwarden-receiver/receiver.toml"]
    assert (tree / "etc/callwarden-receiver/receiver.toml").read_text().startswith("# callwarden-receiver")
    changelog = gzip.decompress((tree / "usr/share/doc/callwarden-receiver/changelog.gz").read_bytes()).decode()
    assert changelog.startswith(f"callwarden ({VERSION}) ")
    listed = {}
    for line in (tree / "DEBIAN" / "md5sums").read_text().splitlines():
        digest, path = line.split(maxsplit=1)
        listed[path] = digest
    shipped = {str(p.relative_to(tree)) for p in tree.rglob("*") if p.is_file() and "DEBIAN" not in p.parts}
    assert set(listed) == shipped
    check = subprocess.run(["md5sum", "--check", "--quiet", str(tree / "DEBIAN" / "md5sums")], cwd=tree,
                           capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    # Nothing of the appliance: no venv, no models, no compiled code.
    assert not any(p.suffix in (".so", ".npz", ".onnx") for p in tree.rglob("*"))


def test_man_page_is_installed_and_names_every_command(package):
    _, tree = package
    page = tree / "usr/share/man/man1/callwarden-receiver.1.gz"
    shown = subprocess.run(["man", "-l", str(page)], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "MANWIDTH": "100", "MAN_KEEP_FORMATTING": ""})
    assert shown.returncode == 0, shown.stderr
    for command in ("migrate", "serve", "appliances add", "verify", "erase", "export", "report", "token"):
        assert f"callwarden-receiver {command}" in shown.stdout, command
    assert "--dsn" in shown.stdout and "PostgreSQL connection string" in shown.stdout


def test_unit_is_the_receivers_and_hardened(package):
    _, tree = package
    unit = (tree / "lib/systemd/system/callwarden-receiver.service").read_text()
    settings = dict(re.findall(r"^(\w+)=(.*)$", unit, re.M))
    assert settings["User"] == "callwarden-receiver" and settings["Restart"] == "on-failure"
    assert "callwarden-receiver --config /etc/callwarden-receiver/receiver.toml serve" in settings["ExecStart"]
    for key in ("NoNewPrivileges", "PrivateDevices", "ProtectHome", "MemoryDenyWriteExecute", "PrivateUsers"):
        assert settings[key] == "yes", key
    assert settings["ProtectSystem"] == "strict" and settings["CapabilityBoundingSet"] == ""
    # Debian's prometheus_client 0.16 would add a _created series to every counter.
    assert "PROMETHEUS_DISABLE_CREATED_SERIES=True" in re.findall(r"^Environment=(.*)$", unit, re.M)
    if shutil.which("systemd-analyze"):
        r = subprocess.run(["systemd-analyze", "security", "--offline=true", "--no-pager",
                            str(tree / "lib/systemd/system/callwarden-receiver.service")],
                           capture_output=True, text=True, timeout=60)
        m = re.search(r"Overall exposure level for \S+: (\d+(?:\.\d+)?)", r.stdout)
        assert m and float(m.group(1)) <= 2.0, r.stdout[-2000:]


def launcher(tree: Path) -> list[str]:
    """The packaged launcher's body run with -I as its shebang says, its sys.path line pointed at
    the unpacked tree, and a line saying where `callwarden` came from: the packaged modules,
    not this checkout's, must be what gets imported."""
    text = (tree / "usr/bin/callwarden-receiver").read_text()
    assert text.startswith("#!/usr/bin/python3 -I\n") and f'"/{SHARE}"' in text
    body = text.split("\n", 1)[1].replace(f'"/{SHARE}"', repr(str(tree / SHARE)))
    body = body.replace("from callwarden.receiver.cli import main\n",
                        "from callwarden.receiver.cli import main\nimport callwarden\n"
                        "print('modules from', callwarden.__file__, file=sys.stderr, flush=True)\n")
    return [sys.executable, "-I", "-c", body]


def clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("CALLWARDEN_RECEIVER_DSN", "PYTHONPATH")}


def test_packaged_version(package):
    _, tree = package
    done = subprocess.run([*launcher(tree), "--version"], capture_output=True, text=True, timeout=60, env=clean_env())
    assert (done.returncode, done.stdout) == (0, f"callwarden-receiver {VERSION}\n"), done.stderr
    assert f"modules from {tree / SHARE / 'callwarden' / '__init__.py'}" in done.stderr


def test_packaged_tree_alone_migrates_and_serves(package, pg, tmp_path):
    _, tree = package
    dsn = pg.create_db(f"pkg_{uuid.uuid4().hex[:12]}")
    done = subprocess.run([*launcher(tree), "migrate", "--dsn", dsn], capture_output=True, text=True, timeout=120,
                          env=clean_env())
    assert done.returncode == 0 and done.stdout.startswith("applied "), done.stdout + done.stderr
    port = free_port()
    log = tmp_path / "serve.log"
    with open(log, "wb") as out:
        proc = subprocess.Popen([*launcher(tree), "serve", "--dsn", dsn, "--host", "127.0.0.1", "--port", str(port)],
                                stdout=out, stderr=subprocess.STDOUT, env=clean_env())
    try:
        deadline = time.monotonic() + 30
        status = None
        while status is None and proc.poll() is None and time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2) as r:
                    status = r.status
            except OSError:
                time.sleep(0.1)
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    assert status == 200, log.read_text(errors="replace")


def test_acceptance_scripts_refuse_a_missing_package_with_exit_2(tmp_path):
    """Checked before anything is made or fetched (and before the root check)."""
    for script in ("test-install", "test-install-receiver"):
        done = subprocess.run([str(ROOT / "packaging" / script), str(tmp_path / "none.deb")],
                              capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and "no .deb" in done.stderr, (script, done.stderr)
    shared = (ROOT / "packaging" / "install-root.sh").read_text()
    assert "make_root()" in shared and "boot_root()" in shared
    for script in ("test-install", "test-install-receiver"):
        text = (ROOT / "packaging" / script).read_text()
        assert ". packaging/install-root.sh" in text and "debootstrap bookworm" not in text, script


def test_send_test_batch_arguments(tmp_path):
    """The appliance side of test-install-receiver: its key's public half, and exit 2 on bad input."""
    send = [sys.executable, str(ROOT / "packaging" / "send-test-batch")]
    done = subprocess.run([*send, "pubkey", str(tmp_path / "appliance")], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0 and len(done.stdout.strip()) == 44, done.stderr
    assert (tmp_path / "appliance" / "appliance.key").stat().st_mode & 0o777 == 0o600
    for bad in ([], ["send", str(tmp_path), "https://127.0.0.1:1", str(tmp_path / "no-ca.pem"), "x"], ["pubkey"]):
        done = subprocess.run([*send, *bad], capture_output=True, text=True, timeout=60)
        assert done.returncode == 2 and "send-test-batch" in done.stderr, (bad, done.stderr)
