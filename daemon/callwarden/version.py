"""The installed package's version, for `--version`, `/status`, `callwarden status` and the
sync User-Agent.

Read from the installed distribution's metadata rather than a constant in the code, so what the
programs report is what pip or the .deb installed (a constant drifts from pyproject.toml).
"""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata

DISTRIBUTION = "callwarden"


@lru_cache(maxsize=1)
def version() -> str:
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:   # run from a source tree that was never installed
        return "unknown"


def user_agent() -> str:
    """`callwarden/<version>` (RFC 9110 product token): a receiver's access log names the
    version each appliance runs, which is what is asked first when one misbehaves."""
    return f"callwarden/{version()}"
