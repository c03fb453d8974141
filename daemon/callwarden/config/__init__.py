"""Configuration: TOML -> frozen dataclasses, one per section.

Every key has a default here and a commented copy in config/callwarden.toml.
A wrong key, type or value raises ConfigError naming the key path; the CLI
turns that into one line on stderr and exit code 2.
"""

from __future__ import annotations

import json
import os
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any

from callwarden.admin import address as admin_address
from callwarden.config.checks import ConfigError, check_value
from callwarden.config.llm import LlmConfig, LlmConfigError, for_children, parse_llm, private_transport
# Every section and the worker sizing helpers stay importable from callwarden.config.
from callwarden.config.sections import *  # noqa: F401,F403
from callwarden.config.sections import AgentConfig, AdminConfig, AsrConfig, AudioConfig, DaemonConfig, \
    DetectConfig, PrivacyConfig, RecordingConfig, RedactConfig, RouteConfig, SipConfig, StorageConfig, \
    SyncConfig, TtsConfig

DEFAULT_PATH = Path("/etc/callwarden/callwarden.toml")


@dataclass(frozen=True)
class Config:
    daemon: DaemonConfig = field(default_factory=DaemonConfig)
    storage: StorageConfig = field(default_factory=StorageConfig)
    sip: SipConfig = field(default_factory=SipConfig)
    audio: AudioConfig = field(default_factory=AudioConfig)
    asr: AsrConfig = field(default_factory=AsrConfig)
    tts: TtsConfig = field(default_factory=TtsConfig)
    admin: AdminConfig = field(default_factory=AdminConfig)
    sync: SyncConfig = field(default_factory=SyncConfig)
    recording: RecordingConfig = field(default_factory=RecordingConfig)
    detect: DetectConfig = field(default_factory=DetectConfig)
    route: RouteConfig = field(default_factory=RouteConfig)
    agent: AgentConfig = field(default_factory=AgentConfig)
    redact: RedactConfig = field(default_factory=RedactConfig)
    privacy: PrivacyConfig = field(default_factory=PrivacyConfig)
    llm: LlmConfig = field(default_factory=LlmConfig)      # config/llm.py

    @property
    def state_path(self) -> Path:
        return Path(self.daemon.state_dir)

    def with_state_dir(self, state_dir: str) -> "Config":
        return replace(self, daemon=replace(self.daemon, state_dir=state_dir))


def plain_http_urls(cfg: "Config") -> list[tuple[str, str, bool]]:
    """(key, url, insecure_transport) of each configured URL that would leave this box in clear."""
    urls = (("sync.url", cfg.sync.url, cfg.sync.insecure_transport),
            ("agent.webhook_url", cfg.agent.webhook_url, cfg.agent.insecure_transport),
            ("route.ticket_webhook_url", cfg.route.ticket_webhook_url, cfg.route.insecure_transport),
            ("llm.base_url", cfg.llm.base_url, cfg.llm.insecure_transport))
    return [(key, url, allowed) for key, url, allowed in urls if url and not private_transport(url)]


def from_dict(raw: dict[str, Any]) -> Config:
    sections = {}
    section_fields = {f.name: f for f in fields(Config)}
    for name, table in raw.items():
        if name not in section_fields:
            raise ConfigError(name, f"unknown section (expected one of {', '.join(section_fields)})")
        if not isinstance(table, dict):
            raise ConfigError(name, "expected a table ([section])")
        if name == "llm":
            continue         # checked below, once agent.mode is known (config/llm.py)
        cls = section_fields[name].default_factory
        key_fields = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in table.items():
            if key not in key_fields:
                raise ConfigError(f"{name}.{key}", "unknown key")
            parse = key_fields[key].metadata.get("parse")
            values[key] = (parse(f"{name}.{key}", value) if parse
                           else check_value(f"{name}.{key}", key_fields[key], value))
        sections[name] = cls(**values)
    try:
        agent_mode = sections["agent"].mode if "agent" in sections else AgentConfig.mode
        sections["llm"] = parse_llm(raw.get("llm") or {}, agent_mode)
    except LlmConfigError as e:
        raise ConfigError(e.key_path, e.message) from None
    cfg = Config(**sections)
    if cfg.sip.rtp_port_min + cfg.sip.rtp_port_range > 65535:
        raise ConfigError("sip.rtp_port_range", "expected rtp_port_min + rtp_port_range <= 65535")
    if cfg.sip.front == "none" and cfg.sip.max_calls > 4:
        # One pjsua2 worker holds at most 4 calls; more need the front (the toml says so).
        raise ConfigError("sip.max_calls", f"expected a value from 1 to 4, got {cfg.sip.max_calls}")
    if cfg.sync.enabled and not cfg.sync.url:
        raise ConfigError("sync.url", "expected the receiver's URL when sync.enabled = true")
    for key, url, allowed in plain_http_urls(cfg):
        if not allowed:
            section = key.split(".")[0]
            raise ConfigError(key, f"expected an https:// URL (or http:// to loopback), got {url!r}; "
                                   f"set {section}.insecure_transport = true to send in clear anyway")
    if cfg.agent.mode == "webhook" and not cfg.agent.webhook_url:
        raise ConfigError("agent.webhook_url", "expected the dialog webhook's URL when agent.mode = \"webhook\"")
    if cfg.admin.enabled and cfg.admin.port == cfg.sip.port:
        raise ConfigError("admin.port", "expected a port different from sip.port")
    clash = admin_address.clashes(cfg.admin.metrics_address, cfg.admin.host, cfg.admin.port, cfg.sip.port)
    if cfg.admin.enabled and clash:
        raise ConfigError("admin.metrics_address", f"expected {clash}")
    return cfg


def to_dict(cfg: Config) -> dict[str, Any]:
    """The config as from_dict reads it (what the master hands the engine process)."""
    out: dict[str, Any] = {}
    for section in fields(cfg):
        values = {}
        for f in fields(getattr(cfg, section.name)):
            value = getattr(getattr(cfg, section.name), f.name)
            if f.name == "intents":
                value = [{"name": r.name, "triggers": list(r.triggers), "reply": r.reply, "action": r.action}
                         for r in value]
            values[f.name] = value
        out[section.name] = for_children(values) if section.name == "llm" else values
    return out


def config_arg(cfg: Config, path: Path) -> str:
    """What a child process gets for --config-json: "@PATH" of a file only this user can read,
    holding to_dict(cfg). A command line is readable by every local user (ps), and the config
    carries the webhook token."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(to_dict(cfg), f)
    os.chmod(path, 0o600)
    return f"@{path}"


def read_config_arg(value: str) -> Config:
    """--config-json as config_arg wrote it ("@PATH"), or the JSON itself (benches, tests)."""
    text = Path(value[1:]).read_text(encoding="utf-8") if value.startswith("@") else value
    return from_dict(json.loads(text))


def read_toml(path: Path) -> dict[str, Any]:
    """A TOML file's tables; a missing or malformed file is a ConfigError naming it."""
    try:
        return tomllib.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(str(path), "file not found") from None
    except tomllib.TOMLDecodeError as e:
        raise ConfigError(str(path), f"not valid TOML ({e})") from None


def load(path: Path | None, overrides: dict[str, dict[str, Any]] | None = None) -> Config:
    """Reads `path` (None: embedded defaults only) and applies per-section overrides."""
    raw: dict[str, Any] = read_toml(path) if path is not None else {}
    for section, values in (overrides or {}).items():
        raw.setdefault(section, {}).update(values)
    return from_dict(raw)


def parse_override(text: str) -> tuple[str, str, Any]:
    """'sip.port=5099' -> ('sip', 'port', 5099); the value is read as TOML, else as a string."""
    key, sep, value = text.partition("=")
    section, dot, name = key.strip().partition(".")
    if not sep or not dot:
        raise ConfigError(text, "expected SECTION.KEY=VALUE")
    try:
        parsed = tomllib.loads(f"v = {value}")["v"]
    except tomllib.TOMLDecodeError:
        parsed = value.strip()
    return section, name.strip(), parsed
