"""Config value checks: the rule every key is declared with (_rule), the validators its
`check` names, and the type/range test from_dict applies. ConfigError lives here so every
config module can raise it."""

from __future__ import annotations

import ipaddress
import re
from dataclasses import field
from pathlib import Path
from typing import Any

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


def _http_url(value: str) -> str | None:
    if value and not value.startswith(("http://", "https://")):
        return "empty or an http:// or https:// URL"
    return None


def _sip_uri(value: str) -> str | None:
    if value and not value.startswith(("sip:", "sips:")):
        return "empty or a sip: URI of the human queue"
    return None


def _regex(value: str) -> str | None:
    try:
        re.compile(value)
        return None
    except re.error as e:
        return f"a valid regular expression ({e})"


def _region(value: str) -> str | None:
    import phonenumbers      # here: only a config naming a region pays for loading its tables
    return None if value in phonenumbers.SUPPORTED_REGIONS else "a two-letter region code (US, GB, DE ...)"


_TYPE_WORDS = {int: "an integer", float: "a number", str: "a string", bool: "true or false", list: "a list"}


def check_value(key: str, f: Any, value: Any) -> Any:
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
