"""Where the master's unix sockets live: in the state dir, unless its path is too long for one."""

from __future__ import annotations

import hashlib
import tempfile
from pathlib import Path

UNIX_PATH_MAX = 100         # sun_path holds 108 bytes; leave room


def unix_socket(state_dir: Path, name: str, fallback: str) -> Path:
    """state_dir/name; when that is too long, `fallback` (a name with {} for a digest of the long
    path, so each state dir keeps its own) in the temp dir."""
    path = Path(state_dir).resolve() / name
    if len(str(path)) < UNIX_PATH_MAX:
        return path
    digest = hashlib.sha256(str(path).encode()).hexdigest()[:16]
    return Path(tempfile.gettempdir()) / fallback.format(digest)
