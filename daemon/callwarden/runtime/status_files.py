"""The workers' status files (state_dir/workers/N.json): each worker rewrites its own every few
seconds, the master's /status and /healthz and the SIP load bench read them all. The format lives
here, apart from the worker, so readers need not import the worker process's code."""

from __future__ import annotations

import json
import os
from pathlib import Path


def status_dir(state_dir: Path) -> Path:
    return Path(state_dir) / "workers"


def status_path(state_dir: Path, index: int) -> Path:
    return status_dir(state_dir) / f"{index}.json"


def read_statuses(state_dir: Path) -> list[dict]:
    out = []
    for path in sorted(status_dir(state_dir).glob("*.json")):
        try:
            out.append(json.loads(path.read_text()))
        except (OSError, ValueError):
            continue    # mid-replace or a dead worker's leftovers: skipped
    return out


def write_atomic(path: Path, data: dict) -> None:
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    try:
        tmp.write_text(json.dumps(data))
        os.replace(tmp, path)
    except OSError:
        tmp.unlink(missing_ok=True)
        raise
