"""The config's sections, one frozen dataclass per TOML table, each key with its default and rule."""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass, field
from typing import Any

from callwarden.admin import address as admin_address
from callwarden.bodies import AGENT_ACTIONS, END, ESCALATE
from callwarden.config.checks import (ConfigError, _ct2_model_dir, _host_port, _http_url, _ip, _loopback,
                                      _network, _onnx_voice, _optional_ip, _pem_file, _regex, _region, _rule,
                                      _sip_uri, _token_file)

@dataclass(frozen=True)
class DaemonConfig:
    state_dir: str = _rule("/var/lib/callwarden")
    log_level: str = _rule("info", choices=("debug", "info", "warning", "error"))


CALLS_PER_WORKER = 4          # the PyPI pjsua2 wheel is built with PJSUA_MAX_CALLS=4
# Workers one INVITE is offered to before the caller gets 503. Each try is a branch of one
# transaction, and Kamailio allows at most max_branches (12 by default; tm fails to start at 31): a pool
# of 16 workers, all refusing, ran out of branches and answered 500 "Forking capacity exceeded".
FAILOVER_TRIES = 24


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
    # How the front spreads new calls over the workers: "round-robin" (a worker that hangs delays
    # 1 in N calls), or "fill" (the first worker with room takes it: fewer processes handle media
    # while the box is not full, which costs less CPU, but a hung worker delays every call 3 s).
    dispatch: str = _rule("round-robin", choices=("round-robin", "fill"))
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
        if self.dispatch == "fill" and workers + len(self.remote_workers) > FAILOVER_TRIES:
            # Filling offers a call to the workers in order: those past the tries would never get one.
            raise ConfigError("sip.dispatch", f"expected \"round-robin\" for more than {FAILOVER_TRIES} workers "
                              f"(max_calls = {self.max_calls} and {len(self.remote_workers)} remote workers)")
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


@dataclass(frozen=True)
class RouteConfig:
    consent_refused_action: str = _rule(END, choices=(END, ESCALATE))
    escalate_uri: str = _rule("", check=_sip_uri)
    ticket_webhook_url: str = _rule("", check=_http_url)
    # Lets ticket_webhook_url be plain http:// to a host other than loopback (tickets in clear).
    insecure_transport: bool = _rule(False)
    handoff_prompt: str = _rule("Let me put you through to a colleague now.")
    goodbye_prompt: str = _rule("Thank you for calling. Goodbye.")
    fallback_prompt: str = _rule("I'm sorry, nobody can take your call right now. "
                                 "We have opened a ticket and will get back to you.")


INTENT_ACTIONS = AGENT_ACTIONS


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


def _talking_calls(key: str, value: Any) -> int | str:
    """[asr] max_talking_calls: "auto" or a whole number of calls (0: no limit)."""
    if value == "auto" or (isinstance(value, int) and not isinstance(value, bool) and 0 <= value <= 4096):
        return value
    raise ConfigError(key, f"expected \"auto\" or a whole number of calls from 0 (no limit) to 4096, got {value!r}")


@dataclass(frozen=True)
class AsrConfig:
    model: str = _rule("", check=_ct2_model_dir)
    device: str = _rule("auto", choices=("auto", "cpu", "cuda"))
    compute_type: str = _rule("auto", choices=("auto", "int8", "float16", "float32", "int8_float16"))
    # Compute threads of the finals' lane. One: on 2 cores a greedy tiny.en decode ran faster on one
    # thread than on two (85-99 against 109-129 ms a final; README "Compute threads").
    cpu_threads: int = _rule(1, lo=1, hi=64)
    beam_size: int = _rule(1, lo=1, hi=10)
    partials: bool = _rule(True)
    partial_interval_ms: int = _rule(300, lo=100, hi=5000)
    max_batch: int = _rule(8, lo=1, hi=64)
    batch_window_ms: int = _rule(4, lo=0, hi=100)
    max_partials_queued: int = _rule(8, lo=0, hi=1000)
    saturated_wait_ms: int = _rule(500, lo=0, hi=60000)
    saturated_busy: float = _rule(0.7, lo=0.0, hi=1.0)
    # Calls the engine serves at once (engine/admission.py): each admitted call holds a place until
    # it ends, spoken yet or not, so a burst of INVITEs cannot outrun the load signs above. "auto":
    # from a talking call's measured cost and the cores (GPU: the media's cost); 0: no limit.
    max_talking_calls: Any = field(default="auto", metadata={"parse": _talking_calls})
    # Decode lanes: threads that each decode a batch at once (engine/server.py). The first decodes only
    # finals, on all cpu_threads; the others, one thread each at a lower priority, take long turns'
    # prefixes, partials, and finals the first left waiting: no partial batch or long decode holds
    # every call's final. 1: one lane does everything, finals first.
    decode_lanes: int = _rule(2, lo=1, hi=8)
    # The share of the engine's compute partials may use (engine/budget.py); past it they are shed and
    # workers ask for them less often.
    partial_share: float = _rule(0.3, lo=0.0, hi=1.0)
    # A turn longer than this has its settled part decoded at a pause while the caller goes on
    # (engine/prefix.py): the endpoint then decodes only the tail. 0: off.
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


@dataclass(frozen=True)
class RedactConfig:
    # Regexes of a site's own safe formats ("ORD-\\d{6}"): a number inside a match is kept.
    keep: list = _rule([], check=_regex)
    # A site's own health vocabulary (local drug and procedure names): masked as [PHI], fuzzy-matched.
    extra_terms: list = _rule([], check=lambda v: None if v.strip() else "a non-empty term")


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
