"""Start a real daemon as a subprocess and place real SIP calls into it.

Shared by `callwarden demo`, the integration tests and the benchmarks, so all
three exercise exactly what `callwarden run` does.
"""

from __future__ import annotations

import fcntl
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

from callwarden.config import CALLS_PER_WORKER


# Test ports come from blocks below the kernel's ephemeral range (no outgoing connection, no
# `bind(0)` anywhere on the host ever takes one), and each block belongs to one process at a time:
# it holds an flock on the block's lock file while it lives (the kernel drops it when it exits). A
# port is handed out once per process and stays unbound until the daemon binds it, so neither
# another test, another test run, nor the OS can take it meanwhile.
PORT_FLOOR = 10000
PORT_BLOCK = 1000
PORT_LOCKS = Path(tempfile.gettempdir()) / "callwarden-test-ports"
WORKER_PORTS = 8        # ports after a daemon's SIP port kept for its front's workers, at least
RTP_PORTS = 100         # a daemon's RTP range (shared by its workers)
# Daemon args that turn off refusing calls by ASR-engine load and by places for talking calls
# (tests/integration/test_engine_saturation.py covers both), for runs that pace their own calls and
# score something else.
WITHOUT_ENGINE_ADMISSION = ["--set", "asr.saturated_busy=1.0", "--set", "asr.saturated_wait_ms=60000",
                            "--set", "asr.max_talking_calls=0"]


def _ephemeral_floor() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768            # Linux's default


def _bindable(port: int) -> bool:
    """Free for both UDP and TCP on 127.0.0.1 (something outside this scheme may have bound it)."""
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        try:
            with socket.socket(socket.AF_INET, kind) as s:
                s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


class _PortBlocks:
    def __init__(self) -> None:
        self._held: list = []           # open lock files: closing one gives its block up
        self._next = self._end = 0
        self._pid = os.getpid()

    def _claim(self) -> None:
        PORT_LOCKS.mkdir(exist_ok=True)
        ceiling = _ephemeral_floor()
        for start in range(PORT_FLOOR, ceiling - PORT_BLOCK + 1, PORT_BLOCK):
            # Our own blocks fail here too: a second lock on the file conflicts with the first.
            lock = open(PORT_LOCKS / f"{start}.lock", "a")
            try:
                fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                lock.close()
                continue
            self._held.append(lock)
            self._next, self._end = start, start + PORT_BLOCK
            return
        raise OSError(f"no free block of {PORT_BLOCK} test ports between {PORT_FLOOR} and {ceiling} "
                      f"(each is held by a running process; see {PORT_LOCKS})")

    def take(self, span: int) -> int:
        """The first of `span` consecutive ports, none handed out before, all bindable now."""
        if span > PORT_BLOCK:
            raise ValueError(f"a span of {span} ports is more than a block ({PORT_BLOCK})")
        if os.getpid() != self._pid:    # a forked child: its parent's blocks are not its own
            self.__init__()
        while True:
            if self._next + span > self._end:
                self._claim()
            first = self._next
            taken = next((p for p in range(first, first + span) if not _bindable(p)), None)
            if taken is None:
                self._next = first + span
                return first
            self._next = taken + 1      # skip past what something else has bound


_blocks = _PortBlocks()
_blocks_lock = threading.Lock()


def free_port(kind: int = socket.SOCK_DGRAM, span: int = 1) -> int:
    """A port free for both UDP and TCP on 127.0.0.1, with the `span - 1` ports after it free too;
    no other caller, in this process or another, gets any of them (`kind` is accepted for the
    callers that name one: every port is free for both)."""
    with _blocks_lock:
        return _blocks.take(span)


def _settings(extra: list[str]) -> dict[str, str]:
    """The `--set key=value` pairs of a daemon's args."""
    return dict(a.split("=", 1) for a, flag in zip(extra[1:], extra) if flag == "--set" and "=" in a)


@dataclass
class Daemon:
    state_dir: Path
    sip_port: int = 0           # 0: taken from the test ports, with room for the front's workers
    admin_port: int = 0         # 0: taken from the test ports
    extra: list[str] = field(default_factory=list)
    config: Path | None = None
    proc: subprocess.Popen | None = None
    log_path: Path | None = None
    env: dict[str, str] = field(default_factory=dict)
    died_before_stop: bool = False   # set by stop(): the process had already exited (a crash)
    rtp_port_min: int = 0

    def __post_init__(self) -> None:
        # Every port the daemon will bind is reserved here: its SIP port and the workers' after it
        # (as many as `sip.max_calls` in `extra` needs), admin, and its whole RTP range.
        settings = _settings(self.extra)
        workers = -(-int(settings.get("sip.max_calls", "4")) // CALLS_PER_WORKER)
        self.rtp_ports = int(settings.get("sip.rtp_port_range", RTP_PORTS))
        self.sip_port = self.sip_port or free_port(span=1 + max(WORKER_PORTS, workers))
        self.admin_port = self.admin_port or free_port()
        self.rtp_port_min = self.rtp_port_min or free_port(span=self.rtp_ports)

    @property
    def uri(self) -> str:
        return f"sip:bot@127.0.0.1:{self.sip_port}"

    def args(self) -> list[str]:
        args = [sys.executable, "-m", "callwarden.cli", "run", "--state-dir", str(self.state_dir),
                "--set", "sip.host=\"127.0.0.1\"", "--set", f"sip.port={self.sip_port}",
                "--set", f"sip.rtp_port_min={self.rtp_port_min}", "--set", f"sip.rtp_port_range={self.rtp_ports}",
                "--set", f"admin.port={self.admin_port}"]
        if self.config:
            args += ["--config", str(self.config)]
        return args + self.extra

    def start(self, wait: bool = True, timeout_s: float = 180.0) -> "Daemon":
        self.state_dir.mkdir(parents=True, exist_ok=True)
        # A test may keep the log off the state dir's filesystem (one it fills up).
        self.log_path = self.log_path or self.state_dir / "daemon.log"
        log = open(self.log_path, "ab")
        env = dict(os.environ, PYTHONUNBUFFERED="1")
        env.pop("NOTIFY_SOCKET", None)
        env.update(self.env)
        self.proc = subprocess.Popen(self.args(), stdout=log, stderr=subprocess.STDOUT, env=env)
        log.close()
        if wait:
            self.wait_healthy(timeout_s)
        return self

    def health(self) -> tuple[int, dict]:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{self.admin_port}/healthz", timeout=2) as r:
                return r.status, json.loads(r.read())
        except urllib.error.HTTPError as e:
            # A 503 says why in its body (phase, storage, engine): a test waiting for a phase of an
            # unready daemon needs it (reading {} waited out the whole deadline instead).
            try:
                return e.code, json.loads(e.read())
            except (ValueError, OSError):
                return e.code, {}
        except (urllib.error.URLError, ConnectionError, TimeoutError, OSError):
            return 0, {}

    def get(self, path: str) -> str:
        with urllib.request.urlopen(f"http://127.0.0.1:{self.admin_port}{path}", timeout=5) as r:
            return r.read().decode()

    def wait_healthy(self, timeout_s: float = 180.0) -> None:
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.proc and self.proc.poll() is not None:
                raise RuntimeError(f"daemon exited with {self.proc.returncode}:\n{self.log_tail()}")
            if self.health()[0] == 200:
                return
            time.sleep(0.2)
        raise TimeoutError(f"daemon not healthy after {timeout_s} s:\n{self.log_tail()}")

    def log_tail(self, n: int = 40) -> str:
        if not self.log_path or not self.log_path.exists():
            return ""
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-n:])

    def stop(self, timeout_s: float = 20.0) -> int:
        if not self.proc or self.proc.poll() is not None:
            if self.proc and not self.died_before_stop and self.proc.returncode not in (0, -9):
                self.died_before_stop = True
            return self.proc.returncode if self.proc else 0
        self.proc.send_signal(signal.SIGTERM)
        try:
            return self.proc.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            return self.proc.wait()

    def kill(self) -> None:
        if self.proc and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()


def place_calls(target: str, plays: list[Path], records: list[Path] | None = None, tail_s: float = 1.5,
                timeout_s: float = 180.0, background: bool = False, dtmf: str = "", hold_until: Path | None = None):
    """Runs the pjsua2 caller; returns its per-call results (or the Popen when background)."""
    args = [sys.executable, "-m", "callwarden_tools.sip.caller", target, "--tail-s", str(tail_s),
            "--timeout-s", str(timeout_s)]
    if dtmf:
        args += ["--dtmf", dtmf]
    if hold_until is not None:
        args += ["--hold-until", str(hold_until)]
    for p in plays:
        args += ["--play", str(p)]
    for r in records or []:
        args += ["--record", str(r)]
    if background:
        return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    out = subprocess.run(args, capture_output=True, text=True, timeout=timeout_s + 30)
    if out.returncode != 0:
        raise RuntimeError(f"caller failed ({out.returncode}): {out.stderr[-2000:]}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]


def caller_results(proc: subprocess.Popen, timeout_s: float = 240.0) -> list[dict]:
    out, err = proc.communicate(timeout=timeout_s)
    if proc.returncode != 0:
        raise RuntimeError(f"caller failed ({proc.returncode}): {err[-2000:]}")
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]
