"""Receiver settings: optional TOML file ([receiver] table), then environment, then CLI flags.

Same rules as the appliance's config: every key has a default, a wrong key, type or value
raises ConfigError naming the key path, and the CLI turns that into one line and exit 2.
receiver.toml next to this module lists every key with its default and what it is for.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any

from callwarden.config import ConfigError, read_toml

DSN_ENV = "CALLWARDEN_RECEIVER_DSN"
MIB = 1024 * 1024
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")

# key -> (type, lo, hi); None bounds mean "no range check". Lists hold strings.
_RULES: dict[str, tuple[type, float | None, float | None]] = {
    "dsn": (str, None, None),
    "host": (str, None, None),
    "port": (int, 1, 65535),
    "threads": (int, 1, 256),
    "max_body_bytes": (int, 1024, 1024 * MIB),
    "max_import_bytes": (int, 1024, 1024 * MIB),
    "recordings_dir": (str, None, None),
    "max_recording_bytes": (int, 1024, 16 * 1024 * MIB),
    "sample_percent": (float, 0.0, 100.0),
    "pool_size": (int, 1, 256),
    "api_token_sha256": (str, None, None),
    "intents": (list, None, None),
    "alarm_opt_out_rate": (float, 0.0, 1.0),
    "alarm_transfer_rate": (float, 0.0, 1.0),
    "currency": (str, None, None),
    "cost_per_call": (float, 0.0, 1e9),
    "cost_per_minute": (float, 0.0, 1e9),
    "cost_per_escalation": (float, 0.0, 1e9),
    "cost_per_ticket": (float, 0.0, 1e9),
    "tls_cert_file": (str, None, None),
    "tls_key_file": (str, None, None),
    "rate_limit_per_s": (float, 0.0, 1e6),
    "rate_limit_burst": (int, 1, 1_000_000),
    "metrics_access": (str, None, None),
    "console_session_idle_s": (int, 60, 86_400),
    "console_session_max_s": (int, 300, 30 * 86_400),
    "console_stale_after_s": (int, 60, 30 * 86_400),
    "console_trend_days": (int, 7, 92),
    "console_fork_alert_s": (int, 60, 365 * 86_400),
    "console_login_max_failures": (int, 1, 1000),
    "console_login_max_failures_per_address": (int, 1, 100_000),
    "console_login_lockout_s": (int, 10, 86_400),
}

DEFAULT_INTENTS = ("billing", "payment", "account_change", "technical_support", "opening_hours",
                   "callback", "complaint", "cancel", "other")


@dataclass(frozen=True)
class ReceiverConfig:
    dsn: str = ""
    host: str = "127.0.0.1"
    port: int = 8088
    threads: int = 8
    max_body_bytes: int = 8 * MIB       # POST /v1/batches bodies above this get 413
    max_import_bytes: int = 64 * MIB    # POST /v1/annotations bodies above this get 413
    # Where PUT /v1/recordings stores WAV files; empty: recordings are refused (503).
    recordings_dir: str = ""
    max_recording_bytes: int = 200 * MIB  # PUT /v1/recordings bodies above this get 413
    sample_percent: float = 7.0         # Label Studio export: random stratum share
    pool_size: int = 8                  # PostgreSQL connections kept by `serve`
    # sha256 (hex) of the bearer token every read and the annotation import need.
    # Empty: those requests get 403, also on loopback (see receiver.toml for why).
    api_token_sha256: str = ""
    intents: tuple[str, ...] = DEFAULT_INTENTS  # the intent choices of the Label Studio config
    alarm_opt_out_rate: float = 0.15    # SLA report alarms when a day's rate is past these
    alarm_transfer_rate: float = 0.40
    currency: str = "USD"               # cost inputs of the SLA report's cost per resolution
    cost_per_call: float = 0.0
    cost_per_minute: float = 0.0
    cost_per_escalation: float = 0.0
    cost_per_ticket: float = 0.0
    # PEM certificate chain and key: set both and `serve` speaks only HTTPS.
    tls_cert_file: str = ""
    tls_key_file: str = ""
    # Per appliance, after its signature verified: sustained requests per second and burst (0: off).
    rate_limit_per_s: float = 20.0
    rate_limit_burst: int = 200
    # Who may read /metrics without the API token: "loopback" (this host, not via a proxy),
    # "token" (nobody), "open" (anyone): receiver/metrics.py.
    metrics_access: str = "loopback"
    # Ops console (console/): a session ends after this long without a request, and at the
    # latest this long after login; an appliance with no batch for this long shows as stale;
    # the SLA page's default range in days.
    console_session_idle_s: int = 1800
    console_session_max_s: int = 43_200
    console_stale_after_s: int = 3600
    console_trend_days: int = 28
    # An appliance with a batch refused as a fork this recently shows as FORKED.
    console_fork_alert_s: int = 7 * 86_400
    # Login lockout: this many failed logins for one user name (since its last good login), or
    # from one address, within console_login_lockout_s refuse further tries (429) until the
    # oldest of them is that old.
    console_login_max_failures: int = 5
    console_login_max_failures_per_address: int = 20
    console_login_lockout_s: int = 900

    @property
    def costs_configured(self) -> bool:
        return any((self.cost_per_call, self.cost_per_minute, self.cost_per_escalation, self.cost_per_ticket))


def _check(key: str, value: Any) -> Any:
    kind, lo, hi = _RULES[key]
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if kind is list:
        if not (isinstance(value, (list, tuple)) and value
                and all(isinstance(v, str) and 0 < len(v) <= 100 for v in value)):
            raise ConfigError(f"receiver.{key}", f"expected a non-empty list of short strings, got {value!r}")
        if len(set(value)) != len(value):
            raise ConfigError(f"receiver.{key}", "expected each entry once")
        return tuple(value)
    if isinstance(value, bool) or not isinstance(value, kind):
        raise ConfigError(f"receiver.{key}", f"expected {'an integer' if kind is int else 'a ' + kind.__name__}"
                                             f", got {value!r}")
    if lo is not None and not (lo <= value <= hi):
        raise ConfigError(f"receiver.{key}", f"expected a value from {lo:g} to {hi:g}, got {value!r}")
    if key == "metrics_access" and value not in ("loopback", "token", "open"):
        raise ConfigError(f"receiver.{key}", f"expected loopback, token or open, got {value!r}")
    if key == "api_token_sha256" and value and not _SHA256_HEX.fullmatch(value):
        # The hash, never the token: a leaked config file must not open the API.
        raise ConfigError(f"receiver.{key}", "expected 64 lower-case hex digits (the line "
                                             "`callwarden-receiver token` prints), not the token itself")
    return value


def load(path: Path | None = None, overrides: dict[str, Any] | None = None,
         environ: dict[str, str] | None = None) -> ReceiverConfig:
    """File (if any) < CALLWARDEN_RECEIVER_DSN < overrides (CLI flags; None values are skipped)."""
    values: dict[str, Any] = {}
    if path is not None:
        raw = read_toml(path)
        for section in raw:
            if section != "receiver":
                raise ConfigError(section, "unknown section (expected receiver)")
        table = raw.get("receiver", {})
        if not isinstance(table, dict):
            raise ConfigError("receiver", "expected a table ([receiver])")
        values.update(table)
    env = os.environ if environ is None else environ
    if env.get(DSN_ENV):
        values["dsn"] = env[DSN_ENV]
    values.update({k: v for k, v in (overrides or {}).items() if v is not None})
    known = {f.name for f in fields(ReceiverConfig)}
    for key in values:
        if key not in known:
            raise ConfigError(f"receiver.{key}", "unknown key")
    cfg = replace(ReceiverConfig(), **{k: _check(k, v) for k, v in values.items()})
    if bool(cfg.tls_cert_file) != bool(cfg.tls_key_file):
        missing = "tls_key_file" if cfg.tls_cert_file else "tls_cert_file"
        raise ConfigError(f"receiver.{missing}", "expected both tls_cert_file and tls_key_file, or neither")
    if cfg.console_session_idle_s > cfg.console_session_max_s:
        raise ConfigError("receiver.console_session_idle_s", "expected at most console_session_max_s "
                                                             f"({cfg.console_session_max_s})")
    for key in ("tls_cert_file", "tls_key_file"):
        path = getattr(cfg, key)
        if path and not Path(path).is_file():
            raise ConfigError(f"receiver.{key}", f"expected a readable PEM file, {path} is not a file")
    return cfg


def require_dsn(cfg: ReceiverConfig) -> str:
    if not cfg.dsn:
        raise ConfigError("receiver.dsn", f"expected a PostgreSQL connection string (--dsn or {DSN_ENV})")
    return cfg.dsn
