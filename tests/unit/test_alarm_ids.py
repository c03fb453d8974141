"""ALARM log lines carry a fixed MESSAGE_ID to journald (callwarden/alarms.py)."""

from __future__ import annotations

import logging
from datetime import date

import pytest

from callwarden import alarms
from callwarden import systemd
from callwarden.receiver import ingest, report
from callwarden.receiver.config import ReceiverConfig


@pytest.fixture
def journal(monkeypatch):
    root = logging.getLogger()
    handlers, level = root.handlers[:], root.level
    monkeypatch.setenv("INVOCATION_ID", "0123456789abcdef")
    sent = []
    systemd.setup_logging("info", journal_sender=lambda MESSAGE, **fields: sent.append((MESSAGE, fields)))
    yield sent
    root.handlers[:] = handlers
    root.setLevel(level)


def test_ids_are_distinct_uuids():
    ids = [alarms.SYNC_BACKLOG, alarms.CHAIN_CONFLICT, alarms.CLONED_KEY, alarms.SLA_PIVOT]
    assert len(set(ids)) == 4 and all(len(i) == 32 and int(i, 16) >= 0 for i in ids)


def test_a_chain_conflict_and_a_pivot_alarm_reach_journald_with_their_message_id(journal):
    ingest.alarm("box-1", 7, "fork: prev_hash is not the hash of the last stored batch")
    report.alarms(date(2026, 11, 24), {"opt_out_rate": 0.3, "transfer_rate": 0.1}, ReceiverConfig())
    ids = {msg.split(":")[0] + ":" + fields.get("MESSAGE_ID", "") for msg, fields in journal}
    assert ids == {f"ALARM:{alarms.CHAIN_CONFLICT}", f"ALARM:{alarms.SLA_PIVOT}"}
