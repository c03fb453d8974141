"""The Kamailio front (`[sip] front = "kamailio"`): its generated config and the pool layout.

Kamailio listens on `[sip] host:port` and dispatches INVITEs round-robin over
the pjsua2 workers on `host:worker_port_base + i`; media goes straight to the
worker (same host address, so the SDP it writes is reachable). What workers
must never see (REGISTER, presence, unknown methods) is answered here.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from pathlib import Path

from callwarden.config import CALLS_PER_WORKER, FAILOVER_TRIES, SipConfig, worker_count
from callwarden.runtime.sockets import unix_socket
from callwarden.sip import gate

RETRY_AFTER_S = 30
PIKE_REQUESTS_PER_2S = 100
MAX_BRANCHES = 30
DISPATCH_SET = 1
# Dispatcher algorithms: 4 takes the set's destinations in turn; 8 the one of highest priority
# (each line's priority falls with its place in the file), the next on failover.
ALGORITHM = {"round-robin": 4, "fill": 8}
# pjsip's receive buffer (PJSIP_MAX_PKT_LEN in the PyPI build): a larger UDP request reaches a worker
# truncated, and one cut before its SDP even comes up as an offerless call. The front refuses them.
WORKER_MAX_MESSAGE_BYTES = 4000
# The worker's gate (sip/gate.py) answers the same way behind the front and without it.
# RFC 3261 token characters Kamailio 5.6 does not accept in a header name by default.
TOKEN_EXTRA_CHARS = "!%*`'"
RELAYED_METHODS = "|".join(gate.SERVED)
REFUSED_METHODS = "|".join(gate.NOT_SERVED)


@dataclass(frozen=True)
class WorkerSlot:
    index: int
    port: int
    max_calls: int
    rtp_port_min: int
    rtp_port_range: int


def worker_slots(sip: SipConfig, places: int = 0) -> list[WorkerSlot]:
    """One slot per worker: its SIP port, its share of the calls and of the RTP range. `places`: the
    most calls the engine admits at once (0: no limit). Workers past those would only ever refuse,
    and each holds about 700 MB and some CPU the admitted calls could use (README, "Where the
    24-call tail goes")."""
    calls = min(sip.max_calls, places) if places > 0 else sip.max_calls
    n = worker_count(calls)
    base = sip.worker_port_base or sip.port + 1
    rtp_share = sip.rtp_port_range // n
    slots = []
    for i in range(n):
        share = min(CALLS_PER_WORKER, calls - i * CALLS_PER_WORKER)
        slots.append(WorkerSlot(i, base + i, share, sip.rtp_port_min + i * rtp_share, rtp_share))
    return slots


def worker_sip_host(sip: SipConfig) -> str:
    """Local workers' SIP listens on loopback: nothing from the network reaches a worker without
    passing the front's source, size, flood and method checks. Their RTP stays on `host`."""
    return "::1" if ipaddress.ip_address(sip.host).version == 6 else "127.0.0.1"


def worker_sources(sip: SipConfig) -> list[str]:
    """Where the front's requests reach a worker from: its own address (UDP leaves from the listening
    socket) and loopback (the kernel's choice for a TCP connection to loopback)."""
    return sorted({str(ipaddress.ip_network(sip.host)), str(ipaddress.ip_network(worker_sip_host(sip)))})


def ctl_socket(state_dir: Path) -> Path:
    """Kamailio's control socket; in /tmp when the state dir's path is too long for a unix socket."""
    return unix_socket(state_dir, "kamailio_ctl", "callwarden-kamailio-{}.ctl")


def dispatcher_list(sip: SipConfig, places: int = 0) -> str:
    """Local workers first, then `remote_workers` in the order given (round-robin walks the file's
    order, and failover tries the next line)."""
    proto = "udp" if "udp" in sip.transports else "tcp"
    local = _listen_host(worker_sip_host(sip))
    remote_proto = "tls" if sip.remote_workers_tls else proto
    rows = [(f"sip:{local}:{slot.port};transport={proto}", f"worker={slot.index}") for slot in worker_slots(sip, places)]
    rows += [(f"sip:{remote};transport={remote_proto}", f"remote={i}") for i, remote in enumerate(sip.remote_workers)]
    return "".join(f"{DISPATCH_SET} {uri} 0 {len(rows) - n} {attrs}\n" for n, (uri, attrs) in enumerate(rows))


def uses_tls(sip: SipConfig) -> bool:
    return bool(sip.tls_port or sip.remote_workers_tls)


def tls_cfg(sip: SipConfig) -> str:
    """The tls module's own file. Server side: the front's certificate; callers are not asked for
    one (a PBX trunk rarely has a client certificate, and allowed_sources still applies). Client
    side (to remote workers): their certificate must chain to remote_workers_ca_file."""
    text = "# Written by callwarden at every start from callwarden.toml: edits here are lost.\n"
    if sip.tls_port:
        text += f"""[server:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
certificate = {Path(sip.tls_certificate).resolve()}
private_key = {Path(sip.tls_private_key).resolve()}

"""
    if sip.remote_workers_tls:
        return text + f"""[client:default]
method = TLSv1.2+
verify_certificate = yes
require_certificate = yes
ca_list = {Path(sip.remote_workers_ca_file).resolve()}
"""
    return text + """[client:default]
method = TLSv1.2+
verify_certificate = no
require_certificate = no
"""


def address_list(sip: SipConfig) -> str:
    """permissions' address file ("grp ip mask port tag"): group 1 = the trunk sources allowed in,
    group 2 = the workers (their BYE and REFER reach the caller through the front)."""
    lines = []
    for source in sip.allowed_sources:
        net = ipaddress.ip_network(source, strict=False)
        lines.append(f"1 {net.network_address} {net.prefixlen} 0 trunk")
    workers = list(worker_sources(sip))
    for remote in sip.remote_workers:
        host = remote.rsplit(":", 1)[0].strip("[]")
        try:
            workers.append(str(ipaddress.ip_network(host)))
        except ValueError:
            continue        # a host name: its requests must come from a listed trunk source
    for source in workers:
        net = ipaddress.ip_network(source, strict=False)
        lines.append(f"2 {net.network_address} {net.prefixlen} 0 worker")
    return "\n".join(lines) + "\n"


def _listen_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host


def kamailio_cfg(sip: SipConfig, dispatcher_file: Path, address_file: Path, ctl: Path,
                 tls_file: Path | None = None) -> str:
    listens = "\n".join(f"listen={t}:{_listen_host(sip.host)}:{sip.port}" for t in sip.transports)
    tls_core = tls_module = ""
    if sip.tls_port:
        listens += f"\nlisten=tls:{_listen_host(sip.host)}:{sip.tls_port}"
    if uses_tls(sip):
        tls_core = "enable_tls=yes\n"
        # Loaded before the other modules: it sets up OpenSSL's shared memory for the whole process.
        tls_module = f'loadmodule "tls.so"\nmodparam("tls", "config", "{tls_file}")\n'
    acl_module = 'loadmodule "permissions.so"\n' if sip.allowed_sources else ""
    acl_params = f'modparam("permissions", "address_file", "{address_file}")\n' if sip.allowed_sources else ""
    acl_check = ('    if (!allow_source_address("1") && !allow_source_address("2")) {\n'
                 '        sl_send_reply("403", "Forbidden");\n'
                 '        exit;\n'
                 '    }\n') if sip.allowed_sources else ""
    retry = f'append_to_reply("Retry-After: {RETRY_AFTER_S}\\r\\n");'
    return f"""#!KAMAILIO
# Written by callwarden at every start from callwarden.toml: edits here are lost.
debug=2
log_stderror=yes
log_facility=LOG_DAEMON
fork=yes
children=2
tcp_children=2
auto_aliases=no
max_branches={MAX_BRANCHES}
# A header name is an RFC 3261 token, which may hold ! % * ` ' too; Kamailio's own list lacks them,
# and a request with such a header was dropped unanswered (RFC 4475 3.1.1.2, 3.1.1.5).
hdr_name_extra_chars="{TOKEN_EXTRA_CHARS}"
{tls_core}{listens}
server_header="Server: callwarden-front"
user_agent_header="User-Agent: callwarden-front"

{tls_module}loadmodule "kex.so"
loadmodule "corex.so"
loadmodule "tm.so"
loadmodule "tmx.so"
loadmodule "sl.so"
loadmodule "rr.so"
loadmodule "pv.so"
loadmodule "maxfwd.so"
loadmodule "textops.so"
loadmodule "siputils.so"
loadmodule "xlog.so"
loadmodule "sanity.so"
loadmodule "ctl.so"
loadmodule "cfgutils.so"
loadmodule "pike.so"
loadmodule "dispatcher.so"
loadmodule "debugger.so"
{acl_module}
modparam("ctl", "binrpc", "unix:{ctl}")
# RFC 3261 7.3.1: a header line may be folded (CRLF then white space), and means the same unfolded.
# Kamailio's core parser cannot read a folded CSeq and dropped such a request unanswered (RFC 4475
# 3.1.1.1), so a request whose header section folds is unfolded before it is parsed (corex's
# network hook: event_route[network:msg] sets the AVP that replaces the received bytes). The hook
# warns for every message it leaves alone: corex logs errors only.
modparam("corex", "nio_intercept", 1)
modparam("corex", "nio_msg_avp", "$avp(unfolded)")
modparam("debugger", "mod_hash_size", 4)
modparam("debugger", "mod_level_mode", 1)
modparam("debugger", "mod_level", "corex=-1")
# 1 while the master drains: new INVITEs get 503 + Retry-After (kamcmd pv.shvSet draining int 1).
modparam("pv", "shvset", "draining=i:0")
modparam("dispatcher", "list_file", "{dispatcher_file}")
modparam("dispatcher", "flags", 2)
modparam("dispatcher", "ds_ping_interval", 0)
# A worker that is down does not answer: give up on it after 3 s and try the next one.
modparam("tm", "fr_timer", 3000)
modparam("tm", "fr_inv_timer", 120000)
modparam("rr", "append_fromtag", 1)
# More than 100 requests in 2 s from one address is a flood: dropped until it calms down
# (a trunk setting up calls at full pool size stays well below).
modparam("pike", "sampling_time_unit", 2)
modparam("pike", "reqs_density_per_unit", {PIKE_REQUESTS_PER_2S})
modparam("pike", "remove_latency", 4)
{acl_params}
event_route[network:msg] {{
    # Requests only: a reply is relayed without request_route, where the AVP is cleared.
    if (!is_incoming() || $mb =~ "^SIP/") {{
        return;
    }}
    # Folding inside the header section: a line that starts with white space after non-empty lines.
    if ($mb =~ "^([^\r\n]+\r\n)+[ \t]") {{
        $var(head_re) = "/^(([^\r\n]+\r\n)+\r\n).*$/\\1/s";
        $var(fold_re) = "/\r\n[ \t]+/ /g";
        $var(head) = $(mb{{re.subst,$var(head_re)}});
        $var(body) = $(mb{{s.substr,$(var(head){{s.len}}),0}});
        $avp(unfolded) = $(var(head){{re.subst,$var(fold_re)}}) + $var(body);
    }}
}}

request_route {{
    # Set by the network hook for this request's bytes only: gone before anything is sent.
    $avp(unfolded) = $null;
    if (!mf_process_maxfwd_header("10")) {{
        sl_send_reply("483", "Too Many Hops");
        exit;
    }}
    if (!sanity_check("17895", "7")) {{
        exit;
    }}
{acl_check}    if (!pike_check_req()) {{
        xlog("L_WARN", "front: flood from $si, dropped\\n");
        exit;
    }}
    if ($ml > {WORKER_MAX_MESSAGE_BYTES}) {{
        sl_send_reply("513", "Message Too Large");
        exit;
    }}
    # RFC 3261 8.2.1: a method known and not served is 405, an unknown one 501; both say Allow.
    if (is_method("{REFUSED_METHODS}")) {{
        append_to_reply("Allow: {gate.ALLOW}\\r\\n");
        sl_send_reply("405", "Method Not Allowed");
        exit;
    }}
    if (!is_method("{RELAYED_METHODS}")) {{
        append_to_reply("Allow: {gate.ALLOW}\\r\\n");
        sl_send_reply("501", "Not Implemented");
        exit;
    }}
    if (has_totag()) {{
        # In a dialog: relayed only along the route this front record-routed. A Route naming some
        # other host would make the front an open relay for whoever wrote it.
        if (is_present_hf("Route") && is_myself("$(hdr(Route)[0]{{s.select,0,,}}{{nameaddr.uri}})")
                && loose_route()) {{
            route(RELAY);
        }}
        if (is_method("ACK") && t_check_trans()) {{
            route(RELAY);
        }}
        if (!is_method("ACK")) {{
            # No dialog of the appliance's matches (RFC 3261 12.2.2).
            sl_send_reply("481", "Call/Transaction Does Not Exist");
        }}
        exit;
    }}
    if (is_method("CANCEL")) {{
        if (t_check_trans()) {{
            route(RELAY);
        }}
        exit;
    }}
    if (is_method("ACK")) {{
        if (t_check_trans()) {{
            route(RELAY);
        }}
        exit;
    }}
    t_check_trans();
    if (is_method("OPTIONS")) {{
        sl_send_reply("200", "OK");
        exit;
    }}
    if (!is_method("INVITE")) {{
        # BYE, INFO, REFER ... outside any dialog (RFC 3261 15.1.2)
        sl_send_reply("481", "Call/Transaction Does Not Exist");
        exit;
    }}
    if ($shv(draining) == 1) {{
        {retry}
        sl_send_reply("503", "Service Unavailable");
        exit;
    }}
    record_route();
    if (!ds_select_dst("{DISPATCH_SET}", "{ALGORITHM[sip.dispatch]}")) {{
        {retry}
        sl_send_reply("503", "Service Unavailable");
        exit;
    }}
    $avp(tries) = 1;
    t_on_failure("FAILOVER");
    route(RELAY);
}}

route[RELAY] {{
    if (!t_relay()) {{
        {retry}
        send_reply("503", "Service Unavailable");
    }}
    exit;
}}

# A busy (486), failing (503) or silent (408) worker: the next one gets the INVITE, up to
# {FAILOVER_TRIES} of them; then the caller hears 503 with Retry-After, never 486 from one worker.
failure_route[FAILOVER] {{
    if (t_is_canceled()) {{
        exit;
    }}
    if (t_check_status("486|503|408") || (t_branch_timeout() && !t_branch_replied())) {{
        $avp(tries) = $avp(tries) + 1;
        if ($avp(tries) <= {FAILOVER_TRIES} && ds_next_dst()) {{
            t_on_failure("FAILOVER");
            route(RELAY);
            exit;
        }}
        {retry}
        t_reply("503", "Service Unavailable");
    }}
}}
"""


def write_files(sip: SipConfig, state_dir: Path, places: int = 0) -> tuple[Path, Path]:
    """Writes kamailio.cfg and its lists into the state dir; returns (cfg path, ctl socket). `places`
    as in worker_slots."""
    front_dir = Path(state_dir).resolve() / "front"
    front_dir.mkdir(parents=True, exist_ok=True)
    dispatcher_file = front_dir / "dispatcher.list"
    address_file = front_dir / "address.list"
    dispatcher_file.write_text(dispatcher_list(sip, places))
    address_file.write_text(address_list(sip))
    ctl = ctl_socket(state_dir)
    tls_file = front_dir / "tls.cfg"
    if uses_tls(sip):
        tls_file.write_text(tls_cfg(sip))
    else:
        tls_file.unlink(missing_ok=True)
    cfg_path = front_dir / "kamailio.cfg"
    cfg_path.write_text(kamailio_cfg(sip, dispatcher_file, address_file, ctl, tls_file))
    return cfg_path, ctl


def kamailio_args(cfg_path: Path, binary: str = "kamailio") -> list[str]:
    # -DD: foreground, -E: log to stderr (the master's journal); small shared memory for a small pool.
    # -Y: its runtime dir next to the config; the default /var/run/kamailio is not writable by the
    # service user under ProtectSystem=strict, and Kamailio exits when it cannot create it.
    return [binary, "-DD", "-E", "-m", "64", "-M", "8", "-Y", str(cfg_path.parent / "run"),
            "-f", str(cfg_path)]


def drain_command(ctl: Path) -> list[str]:
    return ["kamcmd", "-s", f"unix:{ctl}", "pv.shvSet", "draining", "int", "1"]
