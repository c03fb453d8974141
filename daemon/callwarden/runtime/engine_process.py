"""The master's handle on the ASR/TTS engine process: start it, restart it when it dies, stop it."""

from __future__ import annotations

import sys
from pathlib import Path

from callwarden.config import Config, config_arg
from callwarden.runtime.children import ChildProcess
from callwarden.runtime.sockets import unix_socket


def socket_path(state_dir: Path) -> Path:
    """The engine's socket in the state dir, or in /tmp when that path is too long for a unix socket."""
    return unix_socket(state_dir, "engine.sock", "callwarden-engine-{}.sock")


class EngineProcess(ChildProcess):
    """Supervised like the front's children; dies with the master, so a master killed with -9
    leaves no engine behind holding the model's memory."""

    def __init__(self, cfg: Config, on_restart=lambda: None) -> None:
        self.cfg = cfg
        self.socket = socket_path(cfg.state_path)
        super().__init__("ASR engine", [sys.executable, "-m", "callwarden.engine.server", "--socket", str(self.socket),
                                        "--config-json", config_arg(cfg, cfg.state_path / "run" / "engine.json")],
                         on_restart)
