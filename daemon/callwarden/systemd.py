"""sd_notify and logging: journald with structured fields under systemd, stderr otherwise."""

from __future__ import annotations

import logging
import os
import sys

try:
    from systemd import daemon as _sd_daemon
    from systemd import journal as _sd_journal
except ImportError:  # the package is a pinned dependency; this keeps `callwarden` usable without it
    _sd_daemon = _sd_journal = None


def under_systemd() -> bool:
    return bool(os.environ.get("INVOCATION_ID") or os.environ.get("JOURNAL_STREAM"))


def notify(state: str) -> None:
    """READY=1, STATUS=..., WATCHDOG=1, STOPPING=1; a no-op outside systemd."""
    if _sd_daemon is not None and os.environ.get("NOTIFY_SOCKET"):
        _sd_daemon.notify(state)


class _StderrFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        line = super().format(record)
        call_id = getattr(record, "CALL_ID", None)
        return f"{line} [call {call_id[:8]}]" if call_id else line


def setup_logging(level: str = "info", journal_sender=None) -> logging.Handler:
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(level.upper())
    if under_systemd() and _sd_journal is not None:
        # Fields in `extra` written in capitals (CALL_ID, KIND) become journal fields.
        kwargs = {"sender_function": journal_sender} if journal_sender else {}
        handler: logging.Handler = _sd_journal.JournalHandler(SYSLOG_IDENTIFIER="callwarden", **kwargs)
    else:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(_StderrFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    return handler
