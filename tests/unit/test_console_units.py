"""Ops console pieces without a database: config keys, escaping and masks, charts, passwords, roles."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from callwarden.config import ConfigError
from callwarden.receiver import config as rx_config
from callwarden.receiver.console import passwords, svg, users
from callwarden.receiver.console.markup import esc, page
from callwarden.receiver.console.pages_call import masked, render_event


@pytest.mark.parametrize("text, key", [
    ("console_session_idle_s = 10", "receiver.console_session_idle_s"),
    ('console_session_max_s = "long"', "receiver.console_session_max_s"),
    ("console_stale_after_s = 0", "receiver.console_stale_after_s"),
    ("console_trend_days = 400", "receiver.console_trend_days"),
    ("console_session_idle_s = 7200\nconsole_session_max_s = 3600", "receiver.console_session_idle_s"),
])
def test_bad_console_keys_name_themselves(tmp_path, text, key):
    path = tmp_path / "r.toml"
    path.write_text(f"[receiver]\n{text}\n")
    with pytest.raises(ConfigError) as e:
        rx_config.load(path, environ={})
    assert key in str(e.value)
    exe = Path(sys.executable).parent / "callwarden-receiver"
    done = subprocess.run([str(exe), "--config", str(path), "--dsn", "host=/nonexistent", "users", "list"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and key in done.stderr


def test_console_defaults_load():
    cfg = rx_config.load(None, environ={})
    assert (cfg.console_session_idle_s, cfg.console_session_max_s, cfg.console_trend_days) == (1800, 43200, 28)


def test_text_is_escaped_and_masks_are_drawn():
    html = masked('card <script>alert(1)</script> is [PCI_PAN] & "[SSN]"')
    assert "<script>" not in html and "&lt;script&gt;" in html and "&amp;" in html
    assert html.count('class="mask"') == 2 and ">PCI_PAN</span>" in html
    flag = render_event("flag", "system", 61_500, {"type": "pci<b>", "severity": "critical", "confidence": 0.9,
                                                   "latency_ms": 12, "evidence": {"text": "it is [PCI_PAN]"}})
    assert "pci&lt;b&gt;" in flag and 'class="flag critical"' in flag and "01:01.5" in flag
    assert render_event("utterance.final", "caller", 0, {"text": 5}) .count("<li") == 1   # odd bodies do not break
    assert esc(None) == "" and "&quot;" in esc('"')
    assert b"&lt;x&gt;" in page("<x>", "")


def test_chart_draws_series_thresholds_and_alarms():
    drawn = svg.line_chart("c<1>", ["2026-01-01", "2026-01-02", "2026-01-03"],
                           [("opt-out", [0.1, None, 0.3]), ("transfer <b>", [0.2, 0.5, 0.1])],
                           fmt=lambda v: f"{v:.2f}", y_max=1.0, thresholds=[("limit", 0.15)], alarms=[(0, 2), (1, 1)])
    assert drawn.startswith("<svg") and 'id="c&lt;1&gt;"' in drawn and "transfer &lt;b&gt;" in drawn
    assert drawn.count("<polyline") == 3          # the gap splits the first series in two runs
    assert drawn.count('class="alarm"') == 2 and drawn.count('class="threshold"') == 1


def test_passwords_and_roles():
    stored = passwords.hash_password("a long enough password")
    assert stored.startswith("$argon2id$")
    assert passwords.verify(stored, "a long enough password")
    assert not passwords.verify(stored, "a long enough passwore")
    assert not passwords.verify(None, "a long enough password")
    with pytest.raises(ValueError):
        passwords.hash_password("short")
    assert users.allows("admin", "auditor") and users.allows("auditor", "viewer")
    assert not users.allows("viewer", "auditor") and not users.allows("nobody", "viewer")
    with pytest.raises(ValueError):
        users.check_name("bad name\n")
