"""Start a real daemon as a subprocess and place real SIP calls into it.

Shared by `callwarden demo`, the integration tests and the benchmarks, so all
three exercise exactly what `callwarden run` does.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path


# Ports this process has handed out: daemons started side by side must not pick each other's
# (a front's workers listen on sip.port + 1 ..., which nothing else reserves).
_handed_out: set[int] = set()
WORKER_PORTS = 8        # ports after a daemon's SIP port kept for its front's workers
# Daemon args that turn off refusing calls by ASR-engine load (tests/integration/test_engine_saturation.py
# covers it), for runs that pace their own calls and score something else.
WITHOUT_ENGINE_ADMISSION = ["--set", "asr.saturated_busy=1.0", "--set", "asr.saturated_wait_ms=60000"]


def _bindable(port: int) -> bool:
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        try:
            with socket.socket(socket.AF_INET, kind) as s:
                s.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port(kind: int = socket.SOCK_DGRAM, span: int = 1) -> int:
    """A port free for both UDP and TCP on 127.0.0.1, with the `span - 1` ports after it free too."""
    for _ in range(200):
        with socket.socket(socket.AF_INET, kind) as s:
            s.bind(("127.0.0.1", 0))
            port = s.getsockname()[1]
        ports = range(port, port + span)
        if port + span <= 65535 and not _handed_out.intersection(ports) and all(map(_bindable, ports)):
            _handed_out.update(ports)
            return port
    raise OSError("no free port")


@dataclass
class Daemon:
    state_dir: Path
    sip_port: int = field(default_factory=lambda: free_port(span=1 + WORKER_PORTS))
    admin_port: int = field(default_factory=lambda: free_port(socket.SOCK_STREAM))
    extra: list[str] = field(default_factory=list)
    config: Path | None = None
    proc: subprocess.Popen | None = None
    log_path: Path | None = None
    env: dict[str, str] = field(default_factory=dict)
    died_before_stop: bool = False   # set by stop(): the process had already exited (a crash)

    @property
    def uri(self) -> str:
        return f"sip:bot@127.0.0.1:{self.sip_port}"

    def args(self) -> list[str]:
        rtp = 20000 + (self.sip_port % 400) * 100  # disjoint RTP ranges for daemons side by side
        args = [sys.executable, "-m", "callwarden.cli", "run", "--state-dir", str(self.state_dir),
                "--set", "sip.host=\"127.0.0.1\"", "--set", f"sip.port={self.sip_port}",
                "--set", f"sip.rtp_port_min={rtp}", "--set", "sip.rtp_port_range=100",
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
                timeout_s: float = 180.0, background: bool = False, dtmf: str = ""):
    """Runs the pjsua2 caller; returns its per-call results (or the Popen when background)."""
    args = [sys.executable, "-m", "callwarden.sip.caller", target, "--tail-s", str(tail_s),
            "--timeout-s", str(timeout_s)]
    if dtmf:
        args += ["--dtmf", dtmf]
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
