"""`[admin] metrics_address` (admin/address.py): a bad value stops start-up with exit 2 naming the key."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from callwarden import config
from callwarden.config import ConfigError

CLI = Path(sys.executable).parent / "callwarden"


@pytest.mark.parametrize("value, parsed", [("", None), ("0.0.0.0:9464", ("0.0.0.0", 9464)),
                                           ("10.0.0.5:8078", ("10.0.0.5", 8078)), ("[::]:9464", ("::", 9464))])
def test_good_addresses(value, parsed):
    cfg = config.load(None, {"admin": {"metrics_address": value}})
    assert cfg.admin.metrics_address == value
    from callwarden.admin import address
    assert (address.parse(value) if value else None) == parsed


@pytest.mark.parametrize("value", ["9464", "localhost:9464", "10.0.0.5", "10.0.0.5:0", "10.0.0.5:70000",
                                   "::1:9464", "[10.0.0.5]:9464", "127.0.0.1:8077", "0.0.0.0:8077",
                                   "10.0.0.5:5060"])
def test_bad_addresses_name_the_key(value):
    with pytest.raises(ConfigError) as info:
        config.load(None, {"admin": {"metrics_address": value}})
    assert info.value.key_path == "admin.metrics_address"


def test_check_config_exits_2_naming_the_key(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text('[admin]\nmetrics_address = "everywhere"\n', encoding="utf-8")
    proc = subprocess.run([str(CLI), "check-config", "--config", str(path)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 2
    assert len(proc.stderr.splitlines()) == 1 and "admin.metrics_address" in proc.stderr


def test_check_config_names_the_metrics_listener(tmp_path):
    path = tmp_path / "good.toml"
    path.write_text('[admin]\nmetrics_address = "0.0.0.0:9464"\n', encoding="utf-8")
    proc = subprocess.run([str(CLI), "check-config", "--config", str(path)], capture_output=True, text=True,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "admin 127.0.0.1:8077, metrics 0.0.0.0:9464" in proc.stdout
