"""`callwarden doctor`: one line per check of what the appliance needs on this box.

    PASS|WARN|FAIL|SKIP  name — what was found — what to do about it

Exit 0 when nothing FAILed, 1 otherwise. A broken config is reported like any other
check, and the remaining checks then run against the embedded defaults.
"""

from __future__ import annotations

import ctypes
import errno
import json
import os
import shutil
import socket
import ssl
import subprocess
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from callwarden import config as config_mod
from callwarden.config import Config, ConfigError

PASS, WARN, FAIL, SKIP = "PASS", "WARN", "FAIL", "SKIP"
MIN_FREE_BYTES = 1 << 30
HTTP_TIMEOUT_S = 3.0
KAMAILIO_PATHS = ("/usr/sbin/kamailio", "/usr/local/sbin/kamailio")


@dataclass(frozen=True)
class Check:
    status: str
    name: str
    detail: str
    hint: str = ""

    def line(self) -> str:
        return f"{self.status} {self.name} — {self.detail}" + (f" — {self.hint}" if self.hint else "")


def check_config(load: Callable[[], Config], source: str) -> tuple[Check, Config]:
    try:
        cfg = load()
    except ConfigError as e:
        return (Check(FAIL, "config", f"{source}: {e.key_path}: {e.message}",
                      f"fix {e.key_path} (`callwarden check-config` re-checks); the checks below use the defaults"),
                config_mod.load(None))
    return (Check(PASS, "config", f"{source}: SIP {cfg.sip.host}:{cfg.sip.port} ({'/'.join(cfg.sip.transports)}), "
                                  f"front {cfg.sip.front}, state {cfg.daemon.state_dir}"), cfg)


def admin_health(cfg: Config) -> dict | None:
    """The running daemon's /healthz body (200 or 503 while loading); None when nothing answers."""
    if not cfg.admin.enabled:
        return None
    url = f"http://{cfg.admin.host}:{cfg.admin.port}/healthz"
    try:
        with urllib.request.urlopen(url, timeout=HTTP_TIMEOUT_S) as r:
            body = r.read()
    except urllib.error.HTTPError as e:
        body = e.read()
    except (urllib.error.URLError, OSError):
        return None
    try:
        health = json.loads(body)
    except ValueError:
        return None
    return health if isinstance(health, dict) and "ok" in health else None


def bind_error(host: str, port: int, kind: int) -> OSError | None:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, kind) as s:
        if kind == socket.SOCK_STREAM:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)   # as servers bind: TIME_WAIT is no conflict
        try:
            s.bind((host, port))
        except OSError as e:
            return e
    return None


def _port_check(name: str, host: str, port: int, transports: list[str], health: dict | None,
                key_hint: str) -> Check:
    kinds = {"udp": socket.SOCK_DGRAM, "tcp": socket.SOCK_STREAM}
    taken, problems = [], []
    for transport in transports:
        err = bind_error(host, port, kinds[transport])
        if err is None:
            continue
        if err.errno == errno.EADDRINUSE:
            taken.append(transport)
        elif err.errno == errno.EADDRNOTAVAIL:
            return Check(FAIL, name, f"{host} is not an address of this host",
                         f"set {key_hint} host to an address this box has (`ip -br addr`)")
        else:
            problems.append(f"{transport.upper()} {host}:{port}: {err.strerror}")
    if problems:
        return Check(FAIL, name, "; ".join(problems), f"check {key_hint} host and port")
    where = f"{'/'.join(t.upper() for t in transports)} {host}:{port}"
    if taken and health is not None:
        return Check(PASS, name, f"{where} held by the running callwarden (admin /healthz answers)")
    if taken:
        return Check(FAIL, name, f"{'/'.join(t.upper() for t in taken)} {host}:{port} is in use by another process",
                     f"find it with `ss -lnp 'sport = :{port}'` and stop it, or set {key_hint} port")
    privileged = port < 1024
    return Check(WARN if privileged else PASS, name, f"{where} free",
                 "below 1024: the service needs AmbientCapabilities=CAP_NET_BIND_SERVICE (a unit drop-in)"
                 if privileged else "")


def check_sip_port(cfg: Config, health: dict | None) -> Check:
    return _port_check("sip port", cfg.sip.host, cfg.sip.port, list(cfg.sip.transports), health, "[sip]")


def check_admin_port(cfg: Config, health: dict | None) -> Check:
    if not cfg.admin.enabled:
        return Check(SKIP, "admin port", "[admin] enabled = false")
    return _port_check("admin port", cfg.admin.host, cfg.admin.port, ["tcp"], health, "[admin]")


def check_models(cfg: Config) -> Check:
    from callwarden import models
    try:
        found = models.load_manifest()
    except models.ModelError as e:
        return Check(FAIL, "models", str(e), "reinstall the callwarden package (the models ship inside it)")
    problems = models.verify(found)
    if problems:
        more = f" (+{len(problems) - 1} more)" if len(problems) > 1 else ""
        return Check(FAIL, "models", problems[0] + more,
                     "reinstall the package; `callwarden models verify` lists every file")
    detail = f"{sum(len(m.files) for m in found)} files match models/manifest.toml"
    if cfg.asr.model:
        detail += f"; ASR uses {cfg.asr.model} ([asr] model)"
    return Check(PASS, "models", detail)


def nvidia_device_nodes() -> list[str]:
    return sorted(str(p) for p in Path("/dev").glob("nvidia*"))


def cuda_device_count() -> int:
    from callwarden.engine import transcriber   # asr/ is the one place CTranslate2 is loaded
    return transcriber.ctranslate2.get_cuda_device_count()


def check_gpu(cfg: Config, count: Callable[[], int] = cuda_device_count,
              nodes: Callable[[], list[str]] = nvidia_device_nodes) -> Check:
    try:
        n = count()
    except Exception as e:  # a broken CUDA install raises from inside CTranslate2
        return Check(FAIL if cfg.asr.device == "cuda" else WARN, "gpu", f"CUDA probe failed: {e}",
                     "check the NVIDIA driver and the CUDA 12 / cuDNN 9 libraries")
    if n > 0 and cfg.asr.device == "cpu":
        return Check(WARN, "gpu", f"{n} CUDA device(s) unused: [asr] device = \"cpu\"",
                     "set [asr] device = \"auto\" to transcribe on the GPU")
    if n > 0:
        compute = "float16" if cfg.asr.compute_type == "auto" else cfg.asr.compute_type
        return Check(PASS, "gpu", f"{n} CUDA device(s): ASR runs on cuda/{compute}")
    if cfg.asr.device == "cuda":
        return Check(FAIL, "gpu", "[asr] device = \"cuda\" but CTranslate2 sees no CUDA device",
                     "install the NVIDIA driver and CUDA 12 libraries, or set [asr] device = \"auto\"")
    if nodes():
        return Check(WARN, "gpu", "NVIDIA device nodes present but CTranslate2 sees no CUDA device: CPU only",
                     "the CUDA 12 runtime, cuBLAS or cuDNN 9 libraries are probably missing")
    return Check(PASS, "gpu", "CPU only (no CUDA device): ASR runs int8 on the CPU")


def kamailio_binary() -> str | None:
    return shutil.which("kamailio") or next((p for p in KAMAILIO_PATHS if os.access(p, os.X_OK)), None)


def check_kamailio(cfg: Config, find: Callable[[], str | None] = kamailio_binary) -> Check:
    path = find()
    if path is None:
        if cfg.sip.front == "kamailio":
            return Check(FAIL, "kamailio", "not installed, and [sip] front = \"kamailio\"", "apt install kamailio")
        return Check(WARN, "kamailio", "not installed (only [sip] front = \"kamailio\" needs it)",
                     "apt install kamailio")
    if _debian_kamailio_active():
        return Check(WARN, "kamailio", f"{path}; Debian's kamailio.service is running and may hold port 5060",
                     "systemctl disable --now kamailio (callwarden runs its own Kamailio)")
    return Check(PASS, "kamailio", path)


def _debian_kamailio_active() -> bool:
    if not Path("/run/systemd/system").is_dir() or shutil.which("systemctl") is None:
        return False
    r = subprocess.run(["systemctl", "is-active", "--quiet", "kamailio.service"], capture_output=True)
    return r.returncode == 0


def check_disk(cfg: Config) -> Check:
    path = cfg.state_path
    probe = path
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    usage = shutil.disk_usage(probe)
    free_gib = usage.free / (1 << 30)
    detail = f"{free_gib:.1f} GiB free of {usage.total / (1 << 30):.1f} GiB at {path}"
    if not path.exists():
        detail += " (not created yet: the daemon makes it at first start)"
    floor_mb = cfg.storage.min_free_mb
    if usage.free < floor_mb << 20:
        return Check(FAIL, "disk", detail, f"under [storage] min_free_mb = {floor_mb}: new calls are refused "
                                           "with 503 until space is freed under the state dir")
    if usage.free < MIN_FREE_BYTES:
        return Check(WARN, "disk", detail, "free space under the state dir: the timeline and the sync "
                                          "backlog grow there, and new calls are refused when it is full")
    return Check(PASS, "disk", detail)


def kernel_clock_synced() -> bool | None:
    """The kernel's NTP state (what timedatectl's NTPSynchronized reports); None when unknown."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        timex = ctypes.create_string_buffer(512)   # struct timex, modes = 0: read only
        state = libc.adjtimex(timex)
    except (OSError, AttributeError):
        return None
    if state < 0:
        return None
    return state != 5    # TIME_ERROR: the clock is not synchronised


def timedatectl_synced() -> bool | None:
    if shutil.which("timedatectl") is None:
        return None
    try:
        r = subprocess.run(["timedatectl", "show", "-p", "NTPSynchronized", "--value"],
                           capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.TimeoutExpired):
        return None
    value = r.stdout.strip()
    return {"yes": True, "no": False}.get(value) if r.returncode == 0 else None


def check_clock(probes: tuple[Callable[[], bool | None], ...] = (timedatectl_synced, kernel_clock_synced)) -> Check:
    for probe in probes:
        synced = probe()
        if synced is True:
            return Check(PASS, "clock", "system clock synchronised (NTP)")
        if synced is False:
            return Check(WARN, "clock", "system clock not synchronised",
                         "enable systemd-timesyncd or chrony: call times and the signed timeline depend on it")
    return Check(SKIP, "clock", "synchronisation state unknown (no timedatectl, kernel state unreadable)")


def check_receiver(cfg: Config) -> Check:
    if not cfg.sync.enabled:
        return Check(SKIP, "receiver", "[sync] enabled = false")
    url = cfg.sync.url
    context = ssl.create_default_context(cafile=cfg.sync.ca_file or None) if url.startswith("https:") else None
    try:
        with urllib.request.urlopen(url, timeout=min(cfg.sync.timeout_s, 10.0), context=context) as r:
            code = r.status
    except urllib.error.HTTPError as e:
        code = e.code      # any HTTP answer means the receiver is reachable
    except urllib.error.URLError as e:
        reason = e.reason
        hint = ("set [sync] ca_file to the receiver's CA" if isinstance(reason, ssl.SSLError)
                else "check [sync] url, DNS and the firewall; events wait on disk until it answers")
        return Check(FAIL, "receiver", f"{url}: {reason}", hint)
    except (OSError, ValueError) as e:
        return Check(FAIL, "receiver", f"{url}: {e}", "check [sync] url and the network")
    return Check(PASS, "receiver", f"{url} answers (HTTP {code})")


def check_key(cfg: Config) -> Check:
    from callwarden.wire.keys import KEY_FILE
    path = cfg.state_path / KEY_FILE
    try:
        mode = path.stat().st_mode & 0o777
    except FileNotFoundError:
        return Check(WARN, "appliance key", f"{path} missing", "made at the daemon's first start "
                                                               "(or `callwarden sync pubkey`)")
    except PermissionError:
        return Check(SKIP, "appliance key", f"{path}: not readable by this user")
    if mode & 0o077:
        return Check(FAIL, "appliance key", f"{path} is mode {mode:04o}", f"chmod 0600 {path}")
    return Check(PASS, "appliance key", f"{path} (0600)")


def check_receiver_key(cfg: Config, ask: Callable | None = None) -> Check:
    """Asks the receiver, with a probe signed by this box's key, under which name that key is
    registered (callwarden.sync.probe). Two boxes cloned from one disk image share a key, and
    the receiver then knows it under the other box's name."""
    from callwarden.wire import keys
    from callwarden.sync import probe
    from callwarden.sync.uploader import appliance_name
    if not cfg.sync.enabled:
        return Check(SKIP, "receiver key", "[sync] enabled = false")
    path = cfg.state_path / keys.KEY_FILE
    try:
        key = keys.load(path)
    except FileNotFoundError:
        return Check(SKIP, "receiver key", f"{path} missing (made at the daemon's first start)")
    except (PermissionError, ValueError) as e:
        return Check(SKIP, "receiver key", f"{path}: {type(e).__name__}")
    name = appliance_name(cfg.sync)
    status, answer = (ask or probe.ask)(cfg.sync.url, key, name, min(cfg.sync.timeout_s, 10.0), cfg.sync.ca_file)
    if status == 200:
        return Check(PASS, "receiver key", f"registered at the receiver as {name!r}")
    if status == 409:
        return Check(WARN, "receiver key", f"the receiver knows this key under another appliance's name, not {name!r}",
                     f"a cloned disk image? stop callwarden, delete {path}, start it again (a new key is made) "
                     "and register the new key (`callwarden sync pubkey`)")
    if status == 404:
        return Check(WARN, "receiver key", "this key is not registered at the receiver",
                     "run on the receiver the line `callwarden sync pubkey` prints")
    if status == 0:
        return Check(SKIP, "receiver key", f"receiver unreachable ({answer})")
    return Check(WARN, "receiver key", f"the receiver answered the key probe with HTTP {status} {answer}".strip(),
                 "a receiver older than sync format 2 cannot answer it")


def run_checks(load: Callable[[], Config], source: str) -> list[Check]:
    config_check, cfg = check_config(load, source)
    health = admin_health(cfg)
    return [config_check, check_sip_port(cfg, health), check_admin_port(cfg, health), check_models(cfg),
            check_gpu(cfg), check_kamailio(cfg), check_disk(cfg), check_key(cfg), check_clock(),
            check_receiver(cfg), check_receiver_key(cfg)]


def main(load: Callable[[], Config], source: str) -> int:
    checks = run_checks(load, source)
    for c in checks:
        print(c.line(), flush=True)
    return 1 if any(c.status == FAIL for c in checks) else 0
