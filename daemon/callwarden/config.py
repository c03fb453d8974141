"""Configuration: TOML -> frozen dataclasses, one per section.

Every key has a default here and a commented copy in config/callwarden.toml.
A wrong key, type or value raises ConfigError naming the key path; the CLI
turns that into one line on stderr and exit code 2.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import tomllib
from dataclasses import dataclass, field, fields, replace
from pathlib import Path
from typing import Any, get_args, get_origin

from callwarden.config_llm import LlmConfig, LlmConfigError, for_children, parse_llm, private_transport

from callwarden.admin import address as admin_address

DEFAULT_PATH = Path("/etc/callwarden/callwarden.toml")


class ConfigError(Exception):
    def __init__(self, key_path: str, message: str) -> None:
        super().__init__(f"{key_path}: {message}")
        self.key_path = key_path
        self.message = message


def _rule(default: Any, *, choices: tuple | None = None, lo: float | None = None,
          hi: float | None = None, check: Any = None, doc: str = "") -> Any:
    meta = {"choices": choices, "lo": lo, "hi": hi, "check": check, "doc": doc}
    if isinstance(default, list):
        return field(default_factory=lambda: list(default), metadata=meta)
    return field(default=default, metadata=meta)


def _loopback(value: str) -> str | None:
    try:
        return None if ipaddress.ip_address(value).is_loopback else "a loopback address (127.0.0.1 or ::1)"
    except ValueError:
        return "an IP address"


def _ip(value: str) -> str | None:
    try:
        ipaddress.ip_address(value)
        return None
    except ValueError:
        return "an IP address"


def _optional_ip(value: str) -> str | None:
    return None if value == "" else _ip(value)


def _network(value: str) -> str | None:
    try:
        ipaddress.ip_network(value, strict=False)
        return None
    except ValueError:
        return "an IP address or network (10.0.0.0/24)"


def _pem_file(value: str) -> str | None:
    if value and not Path(value).is_file():
        return "empty or the path of an existing PEM file"
    return None


def _token_file(value: str) -> str | None:
    if not value:
        return None
    try:
        token = Path(value).read_text().strip()
    except OSError:
        return "empty or the path of a readable file holding a token"
    return None if len(token) >= 16 and token.isprintable() and " " not in token else \
        "a file holding one token of at least 16 printable characters"


_HOSTNAME = re.compile(r"^(?=.{1,253}$)[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
                       r"(\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$")


def _host_port(value: str) -> str | None:
    """"10.0.0.5:5070", "worker2.example.net:5070" or "[2001:db8::5]:5070"."""
    want = "host:port (an IPv4 address or host name, or [IPv6], and a port from 1 to 65535)"
    host, sep, port = value.rpartition(":")
    if not sep or not port.isdigit() or not 1 <= int(port) <= 65535:
        return want
    if host.startswith("[") and host.endswith("]"):
        try:
            return None if ipaddress.ip_address(host[1:-1]).version == 6 else want
        except ValueError:
            return want
    try:
        return None if ipaddress.ip_address(host).version == 4 else want
    except ValueError:
        return None if _HOSTNAME.match(host) and not host.replace(".", "").isdigit() else want


def _ct2_model_dir(value: str) -> str | None:
    if value and not (Path(value) / "model.bin").is_file():
        return "empty (the bundled model) or a CTranslate2 Whisper model directory (with model.bin)"
    return None


def _onnx_voice(value: str) -> str | None:
    if value and not (Path(value).is_file() and Path(value + ".json").is_file()):
        return "empty (the bundled voice) or a Piper .onnx file with its .onnx.json beside it"
    return None


@dataclass(frozen=True)
class DaemonConfig:
    state_dir: str = _rule("/var/lib/callwarden")
    log_level: str = _rule("info", choices=("debug", "info", "warning", "error"))


CALLS_PER_WORKER = 4          # the PyPI pjsua2 wheel is built with PJSUA_MAX_CALLS=4


def worker_count(max_calls: int) -> int:
    """Local pjsua2 worker processes a front needs for max_calls."""
    return max(1, -(-max_calls // CALLS_PER_WORKER))


@dataclass(frozen=True)
class SipConfig:
    host: str = _rule("127.0.0.1", check=_ip)
    port: int = _rule(5060, lo=1, hi=65535)
    transports: list = _rule(["udp", "tcp"], choices=("udp", "tcp"))
    public_address: str = _rule("")
    # Where RTP binds and what the SDP offers; "" = host. The master sets it for its workers, whose
    # SIP listens on loopback behind the front while their media stays on the front's address.
    media_host: str = _rule("", check=_optional_ip)
    rtp_port_min: int = _rule(20000, lo=1024, hi=65000)
    rtp_port_range: int = _rule(1000, lo=8, hi=20000)
    codecs: list = _rule(["PCMU", "PCMA"], choices=("PCMU", "PCMA"))
    max_calls: int = _rule(4, lo=1, hi=256)
    answer_after_ms: int = _rule(0, lo=0, hi=30000)
    rtp_timeout_s: float = _rule(20.0, lo=1.0, hi=600.0)
    max_call_duration_s: float = _rule(3600.0, lo=5.0, hi=86400.0)
    front: str = _rule("none", choices=("none", "kamailio"))
    worker_port_base: int = _rule(0, lo=0, hi=65535)
    allowed_sources: list = _rule([], check=_network)
    drain_timeout_s: float = _rule(30.0, lo=0.0, hi=3600.0)
    keep_headers: list = _rule(["X-Customer-Id", "X-Account-Id"])
    # TLS on the front (kamailio-tls-modules); 0 = off. Certificate and key are PEM files.
    tls_port: int = _rule(0, lo=0, hi=65535)
    tls_certificate: str = _rule("", check=_pem_file)
    tls_private_key: str = _rule("", check=_pem_file)
    # Workers on other hosts ("host:port"), dispatched to after the local ones.
    remote_workers: list = _rule([], check=_host_port)
    # SIP to remote workers over TLS (their hosts' own Kamailio front with a tls_port), the
    # certificate verified against this CA file (PEM).
    remote_workers_tls: bool = _rule(False)
    remote_workers_ca_file: str = _rule("", check=_pem_file)

    def __post_init__(self) -> None:
        # Cross-key rules of the section: each names the key that has to change.
        if self.tls_port:
            if self.front != "kamailio":
                raise ConfigError("sip.tls_port", "expected 0 unless front = \"kamailio\" (TLS ends on the front)")
            base = self.worker_port_base or self.port + 1
            workers = range(base, base + worker_count(self.max_calls))
            if self.tls_port == self.port or self.tls_port in workers:
                raise ConfigError("sip.tls_port", f"expected a port other than sip.port ({self.port}) and the "
                                  f"workers' ({workers.start}-{workers.stop - 1})")
            for key in ("tls_certificate", "tls_private_key"):
                if not getattr(self, key):
                    raise ConfigError(f"sip.{key}", "expected a PEM file when sip.tls_port is set")
        if self.front == "none" and not ipaddress.ip_address(self.host).is_loopback and not self.allowed_sources:
            # Without the front a worker is the edge: it enforces allowed_sources itself, and with
            # none it would take calls from anywhere the network reaches.
            raise ConfigError("sip.front", f"expected \"kamailio\" for a SIP host reachable from the network "
                              f"({self.host}), or [sip] allowed_sources listing the trunk's addresses")
        if self.remote_workers and self.front != "kamailio":
            raise ConfigError("sip.remote_workers", "expected [] unless front = \"kamailio\" (the front dispatches)")
        if self.remote_workers_tls and not self.remote_workers:
            raise ConfigError("sip.remote_workers_tls", "expected false when sip.remote_workers is empty")
        if self.remote_workers_tls and not self.tls_port:
            # The workers' in-dialog requests come back over TLS to the front's Record-Route.
            raise ConfigError("sip.tls_port", "expected a TLS port (and certificate) when sip.remote_workers_tls "
                              "is true")
        if self.remote_workers_tls and not self.remote_workers_ca_file:
            raise ConfigError("sip.remote_workers_ca_file", "expected the PEM file of the CA that signed the remote "
                              "workers' certificates (they are verified)")
        workers = worker_count(self.max_calls) if self.front == "kamailio" else 1
        if self.rtp_port_range // workers < 8:
            # Each local worker gets its share of the range; a share under 8 ports cannot start.
            raise ConfigError("sip.rtp_port_range", f"expected at least {8 * workers} (8 ports for each of the "
                              f"{workers} workers that max_calls = {self.max_calls} needs), got {self.rtp_port_range}")


@dataclass(frozen=True)
class AudioConfig:
    endpoint_silence_ms: int = _rule(500, lo=100, hi=5000)
    speech_margin_db: float = _rule(12.0, lo=3.0, hi=40.0)
    speech_floor_dbfs: float = _rule(-50.0, lo=-90.0, hi=-10.0)
    min_speech_ms: int = _rule(160, lo=20, hi=2000)
    preroll_ms: int = _rule(200, lo=0, hi=1000)
    max_utterance_s: float = _rule(20.0, lo=2.0, hi=60.0)


@dataclass(frozen=True)
class DetectConfig:
    low_confidence_threshold: float = _rule(0.45, lo=0.0, hi=1.0)
    silence_s: float = _rule(8.0, lo=1.0, hi=600.0)
    audio_dropout_s: float = _rule(2.0, lo=0.5, hi=60.0)


def _http_url(value: str) -> str | None:
    if value and not value.startswith(("http://", "https://")):
        return "empty or an http:// or https:// URL"
    return None


def _sip_uri(value: str) -> str | None:
    if value and not value.startswith(("sip:", "sips:")):
        return "empty or a sip: URI of the human queue"
    return None


@dataclass(frozen=True)
class RouteConfig:
    consent_refused_action: str = _rule("end", choices=("end", "escalate"))
    escalate_uri: str = _rule("", check=_sip_uri)
    ticket_webhook_url: str = _rule("", check=_http_url)
    # Lets ticket_webhook_url be plain http:// to a host other than loopback (tickets in clear).
    insecure_transport: bool = _rule(False)
    handoff_prompt: str = _rule("Let me put you through to a colleague now.")
    goodbye_prompt: str = _rule("Thank you for calling. Goodbye.")
    fallback_prompt: str = _rule("I'm sorry, nobody can take your call right now. "
                                 "We have opened a ticket and will get back to you.")


INTENT_ACTIONS = ("none", "end", "ticket", "escalate")


@dataclass(frozen=True)
class IntentRule:
    """One scripted intent: any trigger phrase in a caller turn gets the reply, then the action."""
    name: str
    triggers: tuple[str, ...]
    reply: str
    action: str = "none"


DEFAULT_INTENTS = (
    IntentRule("opening_hours", ("opening hours", "open hours", "when are you open", "what time do you open",
                                 "what time do you close", "are you open"),
               "We are open Monday to Friday, from nine in the morning to six in the evening."),
    IntentRule("goodbye", ("that's all", "that is all", "nothing else", "goodbye", "bye"),
               "Thank you for calling. Goodbye.", "end"),
)


def _intent_rules(key: str, value: Any) -> tuple[IntentRule, ...]:
    """[[agent.intents]] tables -> IntentRules; a bad entry names its index and key."""
    if not isinstance(value, list):
        raise ConfigError(key, "expected an array of tables ([[agent.intents]])")
    rules, names = [], set()
    for i, table in enumerate(value):
        where = f"{key}[{i}]"
        if not isinstance(table, dict):
            raise ConfigError(where, f"expected a table with name, triggers, reply, got {table!r}")
        unknown = set(table) - {"name", "triggers", "reply", "action"}
        if unknown:
            raise ConfigError(f"{where}.{sorted(unknown)[0]}", "unknown key (expected name, triggers, reply, action)")
        for field_name in ("name", "reply"):
            if not isinstance(table.get(field_name), str) or not table[field_name].strip():
                raise ConfigError(f"{where}.{field_name}", f"expected a non-empty string, got {table.get(field_name)!r}")
        triggers = table.get("triggers")
        if (not isinstance(triggers, list) or not triggers
                or not all(isinstance(t, str) and t.strip() for t in triggers)):
            raise ConfigError(f"{where}.triggers", f"expected a non-empty list of phrases, got {triggers!r}")
        action = table.get("action", "none")
        if action not in INTENT_ACTIONS:
            raise ConfigError(f"{where}.action", f"expected one of {', '.join(INTENT_ACTIONS)}, got {action!r}")
        if table["name"] in names:
            raise ConfigError(f"{where}.name", f"expected a unique name, {table['name']!r} is used twice")
        names.add(table["name"])
        rules.append(IntentRule(table["name"], tuple(t.strip().lower() for t in triggers), table["reply"], action))
    return tuple(rules)


@dataclass(frozen=True)
class AgentConfig:
    mode: str = _rule("script", choices=("script", "webhook", "llm"))
    recording_consent: str = _rule("notify", choices=("notify", "ask"))
    consent_question: str = _rule("May we record this call? Please say yes or no.")
    consent_thanks: str = _rule("Thank you. How can I help you today?")
    consent_declined: str = _rule("Understood.")
    fallback_reply: str = _rule("Sorry, I didn't get that. Could you say it another way?")
    # An intent also matches when this much of one of its trigger phrases is in the turn, by the
    # detector classifier's features (agent/meaning.py); 0 = trigger phrases only.
    intent_similarity: float = _rule(0.6, lo=0.0, hi=1.0)
    # A plainly stated errand ("I'm calling about my gas bill") that no intent matches gets this reply
    # ({topic}: the errand in the agent's words) instead of fallback_reply; "" = fallback_reply.
    errand_reply: str = _rule("I understand, you are calling about {topic}. I can have a colleague call "
                              "you back about it, just say call me back, or ask for a person.")
    ticket_reply: str = _rule("I have opened a ticket for you. Someone will get back to you.")
    silence_prompt: str = _rule("Are you still there? Take your time, I'm listening.")
    webhook_url: str = _rule("", check=_http_url)
    webhook_timeout_ms: int = _rule(1500, lo=100, hi=30000)
    webhook_token: str = _rule("")
    # Lets webhook_url be plain http:// to a host other than loopback (turns and token in clear).
    insecure_transport: bool = _rule(False)
    bargein: bool = _rule(True)
    bargein_min_speech_ms: int = _rule(60, lo=20, hi=1000)
    intents: tuple = field(default=DEFAULT_INTENTS, metadata={"parse": _intent_rules})


@dataclass(frozen=True)
class RecordingConfig:
    enabled: bool = _rule(False)
    retention_days: float = _rule(30.0, lo=0.01, hi=3650.0)
    max_s: float = _rule(3600.0, lo=10.0, hi=86400.0)
    # Upload recordings to the receiver (needs [sync] enabled); off: they never leave the box.
    sync: bool = _rule(False)


@dataclass(frozen=True)
class AsrConfig:
    model: str = _rule("", check=_ct2_model_dir)
    device: str = _rule("auto", choices=("auto", "cpu", "cuda"))
    compute_type: str = _rule("auto", choices=("auto", "int8", "float16", "float32", "int8_float16"))
    cpu_threads: int = _rule(2, lo=1, hi=64)
    beam_size: int = _rule(1, lo=1, hi=10)
    partials: bool = _rule(True)
    partial_interval_ms: int = _rule(300, lo=100, hi=5000)
    max_batch: int = _rule(8, lo=1, hi=64)
    batch_window_ms: int = _rule(4, lo=0, hi=100)
    max_partials_queued: int = _rule(8, lo=0, hi=1000)
    saturated_wait_ms: int = _rule(500, lo=0, hi=60000)
    saturated_busy: float = _rule(0.7, lo=0.0, hi=1.0)
    # Decode lanes: threads that each decode a batch at once (asr/engine.py). The first decodes only
    # finals, on all cpu_threads; the others, one thread each at a lower priority, take long turns'
    # prefixes, partials, and finals the first left waiting: no partial batch or long decode holds
    # every call's final. 1: one lane does everything, finals first.
    decode_lanes: int = _rule(2, lo=1, hi=8)
    # The share of the engine's compute partials may use (asr/budget.py); past it they are shed and
    # workers ask for them less often.
    partial_share: float = _rule(0.3, lo=0.0, hi=1.0)
    # A turn longer than this has its settled part decoded at a pause while the caller goes on
    # (asr/prefix.py): the endpoint then decodes only the tail. 0: off.
    long_turn_commit_s: float = _rule(8.0, lo=0.0, hi=60.0)
    min_window_s: float = _rule(6.5, lo=1.0, hi=30.0)
    redecode_loops: bool = _rule(True)
    # Silence appended to a final's audio before the mel; and the first decode's loop controls:
    # no token n-gram of this size twice (0: off), and the penalty on tokens already written.
    pad_s: float = _rule(1.5, lo=0.0, hi=30.0)
    no_repeat_ngram: int = _rule(6, lo=0, hi=20)
    repetition_penalty: float = _rule(1.1, lo=1.0, hi=2.0)


@dataclass(frozen=True)
class TtsConfig:
    enabled: bool = _rule(True)
    voice: str = _rule("", check=_onnx_voice)
    greeting: str = _rule("Hello, you are speaking with an automated assistant. This call may be recorded. "
                          "How can I help you today?")
    length_scale: float = _rule(1.0, lo=0.5, hi=2.0)


@dataclass(frozen=True)
class AdminConfig:
    enabled: bool = _rule(True)
    host: str = _rule("127.0.0.1", check=_loopback)
    port: int = _rule(8077, lo=1, hi=65535)
    # A file holding a bearer token /metrics, /calls and /status then ask for; "" = none.
    token_file: str = _rule("", check=_token_file)
    # "IP:PORT" where /metrics and /healthz are served too (for Prometheus); "" = loopback listener only.
    metrics_address: str = _rule("", check=admin_address.check)


@dataclass(frozen=True)
class SyncConfig:
    enabled: bool = _rule(False)
    url: str = _rule("", check=_http_url)
    appliance: str = _rule("")
    batch_max_events: int = _rule(500, lo=1, hi=10000)
    max_backlog_events: int = _rule(1_000_000, lo=100, hi=100_000_000)
    timeout_s: float = _rule(10.0, lo=1.0, hi=120.0)
    retry_max_s: float = _rule(60.0, lo=1.0, hi=3600.0)
    ca_file: str = _rule("")
    # Lets url be plain http:// to a host other than loopback (events cross the network in clear).
    insecure_transport: bool = _rule(False)


def _regex(value: str) -> str | None:
    try:
        re.compile(value)
        return None
    except re.error as e:
        return f"a valid regular expression ({e})"


@dataclass(frozen=True)
class RedactConfig:
    # Regexes of a site's own safe formats ("ORD-\\d{6}"): a number inside a match is kept.
    keep: list = _rule([], check=_regex)
    # A site's own health vocabulary (local drug and procedure names): masked as [PHI], fuzzy-matched.
    extra_terms: list = _rule([], check=lambda v: None if v.strip() else "a non-empty term")


def _region(value: str) -> str | None:
    import phonenumbers      # here: only a config naming a region pays for loading its tables
    return None if value in phonenumbers.SUPPORTED_REGIONS else "a two-letter region code (US, GB, DE ...)"


@dataclass(frozen=True)
class PrivacyConfig:
    # How the caller's number and kept CRM headers are stored, synced, served and logged:
    # hash (keyed, like the do-not-call list), last4, or clear.
    caller_number: str = _rule("hash", choices=("hash", "last4", "clear"))
    # Region for numbers written without a country code (E.164 normalisation, DNC matching).
    default_region: str = _rule("US", check=_region)


@dataclass(frozen=True)
class StorageConfig:
    # New calls get 503 + Retry-After while the state dir's filesystem has less free; 0: no floor
    # (a write failing with "disk full" still refuses them until space returns).
    min_free_mb: int = _rule(256, lo=0, hi=10_000_000)


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
    llm: LlmConfig = field(default_factory=LlmConfig)      # config_llm.py

    @property
    def state_path(self) -> Path:
        return Path(self.daemon.state_dir)

    def with_state_dir(self, state_dir: str) -> "Config":
        return replace(self, daemon=replace(self.daemon, state_dir=state_dir))


_TYPE_WORDS = {int: "an integer", float: "a number", str: "a string", bool: "true or false", list: "a list"}


def _check_value(key: str, f: Any, value: Any) -> Any:
    want = f.type if isinstance(f.type, type) else {"int": int, "float": float, "str": str,
                                                      "bool": bool, "list": list}[f.type]
    if want is float and isinstance(value, int) and not isinstance(value, bool):
        value = float(value)
    if want is int and isinstance(value, bool) or not isinstance(value, want):
        raise ConfigError(key, f"expected {_TYPE_WORDS[want]}, got {value!r}")
    meta = f.metadata
    items = value if want is list else [value]
    for item in items:
        if want is list and not isinstance(item, str):
            raise ConfigError(key, f"expected a list of strings, got {value!r}")
        if meta["choices"] and item not in meta["choices"]:
            raise ConfigError(key, f"expected one of {', '.join(map(str, meta['choices']))}, got {item!r}")
        if meta["check"]:
            problem = meta["check"](item)
            if problem:
                raise ConfigError(key, f"expected {problem}, got {item!r}")
    if meta["lo"] is not None and not (meta["lo"] <= value <= meta["hi"]):
        raise ConfigError(key, f"expected a value from {meta['lo']} to {meta['hi']}, got {value!r}")
    return value


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
            continue         # checked below, once agent.mode is known (config_llm.py)
        cls = section_fields[name].default_factory
        key_fields = {f.name: f for f in fields(cls)}
        values = {}
        for key, value in table.items():
            if key not in key_fields:
                raise ConfigError(f"{name}.{key}", "unknown key")
            parse = key_fields[key].metadata.get("parse")
            values[key] = (parse(f"{name}.{key}", value) if parse
                           else _check_value(f"{name}.{key}", key_fields[key], value))
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
