"""Logging goes to journald with a CALL_ID field under systemd, to stderr otherwise."""

from __future__ import annotations

import logging

import pytest

from callwarden import systemd


@pytest.fixture(autouse=True)
def restore_logging():
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    yield
    root.handlers[:] = handlers
    root.setLevel(level)


def test_journald_under_systemd_carries_call_id(monkeypatch):
    monkeypatch.setenv("INVOCATION_ID", "0123456789abcdef")
    sent = []
    handler = systemd.setup_logging("info", journal_sender=lambda MESSAGE, **fields: sent.append((MESSAGE, fields)))
    assert type(handler).__name__ == "JournalHandler"
    logging.getLogger("callwarden.call").info("call answered", extra={"CALL_ID": "c0ffee-1"})
    logging.getLogger("callwarden.call").debug("not at info level")
    assert len(sent) == 1
    msg, fields = sent[0]
    assert msg == "call answered"
    assert fields["CALL_ID"] == "c0ffee-1" and fields["SYSLOG_IDENTIFIER"] == "callwarden"
    assert fields["PRIORITY"] == "6"


def test_stderr_outside_systemd(monkeypatch, capsys):
    monkeypatch.delenv("INVOCATION_ID", raising=False)
    monkeypatch.delenv("JOURNAL_STREAM", raising=False)
    handler = systemd.setup_logging("warning")
    assert isinstance(handler, logging.StreamHandler)
    log = logging.getLogger("callwarden.sip")
    log.info("hidden")
    log.warning("INVITE refused", extra={"CALL_ID": "1234567890abcdef"})
    err = capsys.readouterr().err
    assert "hidden" not in err
    assert "WARNING callwarden.sip: INVITE refused [call 12345678]" in err


def test_notify_is_silent_without_socket(monkeypatch):
    monkeypatch.delenv("NOTIFY_SOCKET", raising=False)
    systemd.notify("READY=1")   # must not raise outside systemd
