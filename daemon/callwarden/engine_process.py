"""The master's handle on the ASR/TTS engine process: start it, restart it when it dies, stop it."""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import sys
import tempfile
from pathlib import Path

from callwarden.config import Config, to_dict

log = logging.getLogger("callwarden")

RESTART_MIN_S, RESTART_MAX_S = 0.5, 30.0
UNIX_PATH_MAX = 100         # sun_path holds 108 bytes; leave room


def socket_path(state_dir: Path) -> Path:
    """The engine's socket in the state dir, or in /tmp when that path is too long for a unix socket."""
    path = Path(state_dir).resolve() / "engine.sock"
    if len(str(path)) < UNIX_PATH_MAX:
        return path
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / f"callwarden-engine-{digest}.sock"


class EngineProcess:
    def __init__(self, cfg: Config, on_restart=lambda: None) -> None:
        self.cfg = cfg
        self.socket = socket_path(cfg.state_path)
        self.proc: asyncio.subprocess.Process | None = None
        self.on_restart = on_restart
        self.restarts = 0

    async def start(self) -> None:
        args = [sys.executable, "-m", "callwarden.asr.engine", "--socket", str(self.socket),
                "--config-json", json.dumps(to_dict(self.cfg))]
        # stderr is the master's: the engine's log lines reach the same journal.
        self.proc = await asyncio.create_subprocess_exec(*args, stdin=asyncio.subprocess.DEVNULL)
        log.info("ASR engine started (pid %d)", self.proc.pid)

    async def supervise(self, stopping: asyncio.Event) -> None:
        """Restarts the engine whenever it exits unasked, with backoff; calls ride it out."""
        delay_s = RESTART_MIN_S
        while not stopping.is_set():
            waiting = asyncio.ensure_future(self.proc.wait())
            stop_wait = asyncio.ensure_future(stopping.wait())
            await asyncio.wait([waiting, stop_wait], return_when=asyncio.FIRST_COMPLETED)
            stop_wait.cancel()
            if stopping.is_set():
                waiting.cancel()
                return
            log.error("ASR engine exited with %s; restarting in %.1f s", self.proc.returncode, delay_s)
            try:
                await asyncio.wait_for(stopping.wait(), delay_s)
                return
            except asyncio.TimeoutError:
                pass
            delay_s = min(RESTART_MAX_S, delay_s * 2)
            self.restarts += 1
            self.on_restart()
            await self.start()

    async def stop(self, timeout_s: float = 10.0) -> None:
        if self.proc is None or self.proc.returncode is not None:
            return
        self.proc.terminate()
        try:
            await asyncio.wait_for(self.proc.wait(), timeout_s)
        except asyncio.TimeoutError:
            self.proc.kill()
            await self.proc.wait()
