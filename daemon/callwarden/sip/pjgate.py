"""Runs `gate.Gate` inside pjsip, as a module that sees each request before the transaction layer.

pjsua2 offers no hook that can refuse a presence SUBSCRIBE's 200, a MESSAGE's 200 or answer an
unknown method, so the gate is registered as a plain pjsip module through ctypes, using the C
symbols the pjsua2 wheel exports. The structures below mirror pjproject 2.15.1 as the pinned
wheel builds it (PJSIP_MAX_PKT_LEN 4000); `_layout_holds` checks them on every request and the
gate fails closed (drops the request, logs once) if they ever disagree with the memory.
Everything here runs in the SIP thread, inside libHandleEvents().
"""

from __future__ import annotations

import ctypes as C
import logging
import time
from pathlib import Path

import pjsua2

from callwarden.sip import gate as policy
from callwarden.sip.setup_budget import RETRY_AFTER_S, SetupBudget, takes_sockets

log = logging.getLogger("callwarden.sip")

PJSIP_MAX_PKT_LEN = 4000
PJ_INET6_ADDRSTRLEN = 46
PJSIP_H_ALLOW = 4
PJSIP_MOD_PRIORITY_TSX_LAYER = 16
GENERIC_ARRAY_MAX = 32

_lib = C.CDLL(str(next(Path(pjsua2.__file__).parent.glob("_pjsua2*.so"))))


class PjStr(C.Structure):
    # A pointer, not c_char_p: pj_str_t is not NUL-terminated, and c_char_p would read (and write)
    # Python copies instead of pjsip's memory.
    _fields_ = [("ptr", C.c_void_p), ("slen", C.c_ssize_t)]


_KEPT: list = []        # buffers pjsip points into (module name, reasons): alive as long as the process


def pj_str(data: bytes) -> PjStr:
    buf = C.create_string_buffer(data, len(data))
    _KEPT.append(buf)
    return PjStr(C.addressof(buf), len(data))


RX_CB = C.CFUNCTYPE(C.c_int, C.c_void_p)
OTHER_CB = C.CFUNCTYPE(C.c_int, C.c_void_p)


class Module(C.Structure):        # struct pjsip_module
    _fields_ = [("prev", C.c_void_p), ("next", C.c_void_p), ("name", PjStr), ("id", C.c_int),
                ("priority", C.c_int), ("load", C.c_void_p), ("start", C.c_void_p), ("stop", C.c_void_p),
                ("unload", C.c_void_p), ("on_rx_request", RX_CB), ("on_rx_response", C.c_void_p),
                ("on_tx_request", C.c_void_p), ("on_tx_response", C.c_void_p), ("on_tsx_state", C.c_void_p)]


class Hdr(C.Structure):           # the members every pjsip header starts with
    _fields_ = [("prev", C.c_void_p), ("next", C.c_void_p), ("type", C.c_int), ("name", PjStr),
                ("sname", PjStr), ("vptr", C.c_void_p)]


class ArrayHdr(C.Structure):      # pjsip_generic_array_hdr (the endpoint's Allow)
    _fields_ = [("hdr", Hdr), ("count", C.c_uint), ("values", PjStr * GENERIC_ARRAY_MAX)]


class SockaddrIn6(C.Structure):   # the largest member of the pj_sockaddr union
    _fields_ = [("family", C.c_uint16), ("port", C.c_uint16), ("flowinfo", C.c_uint32),
                ("addr", C.c_uint8 * 16), ("scope_id", C.c_uint32)]


class RxData(C.Structure):        # the head of struct pjsip_rx_data, up to msg_info.len
    _fields_ = [("pool", C.c_void_p), ("transport", C.c_void_p), ("tp_data", C.c_void_p),
                ("op_key", C.c_void_p * 34), ("op_key_rdata", C.c_void_p),
                ("timestamp", C.c_long * 2), ("packet", C.c_char * PJSIP_MAX_PKT_LEN), ("zero", C.c_uint32),
                ("len", C.c_ssize_t), ("src_addr", SockaddrIn6), ("src_addr_len", C.c_int),
                ("src_name", C.c_char * PJ_INET6_ADDRSTRLEN), ("src_port", C.c_int),
                ("msg_buf", C.c_void_p), ("msg_len", C.c_int)]


_lib.pjsua_get_pjsip_endpt.restype = C.c_void_p
_lib.pjsip_endpt_register_module.argtypes = [C.c_void_p, C.POINTER(Module)]
_lib.pjsip_endpt_create_pool.restype = C.c_void_p
_lib.pjsip_endpt_create_pool.argtypes = [C.c_void_p, C.c_char_p, C.c_size_t, C.c_size_t]
_lib.pjsip_generic_string_hdr_create.restype = C.c_void_p
_lib.pjsip_generic_string_hdr_create.argtypes = [C.c_void_p, C.POINTER(PjStr), C.POINTER(PjStr)]
_lib.pj_list_insert_before.argtypes = [C.c_void_p, C.c_void_p]
_lib.pjsip_endpt_respond_stateless.argtypes = [C.c_void_p, C.c_void_p, C.c_int, C.POINTER(PjStr),
                                               C.c_void_p, C.c_void_p]
_lib.pjsip_endpt_get_capability.restype = C.POINTER(ArrayHdr)
_lib.pjsip_endpt_get_capability.argtypes = [C.c_void_p, C.c_int, C.c_void_p]


def _layout_holds(rx: RxData, base: int) -> bool:
    """The parsed message starts inside the packet buffer and the source fields agree with each
    other: true for every request on the layout above, false on any other."""
    start = base + RxData.packet.offset
    port = int.from_bytes(bytes(C.c_uint16(rx.src_addr.port)), "big")
    return (start <= (rx.msg_buf or 0) < start + PJSIP_MAX_PKT_LEN and 0 < rx.msg_len <= rx.len
            <= PJSIP_MAX_PKT_LEN and port == rx.src_port)


class PjGate:
    """Registers the gate with the running endpoint; keep the object alive as long as pjsua runs."""

    def __init__(self, gate: policy.Gate) -> None:
        self.gate = gate
        self._endpt = _lib.pjsua_get_pjsip_endpt()
        self._broken = False
        self._refused = 0
        self._pool = _lib.pjsip_endpt_create_pool(self._endpt, b"callwarden-gate", 1024, 1024)
        name, value = pj_str(b"Allow"), pj_str(policy.ALLOW.encode())
        self._allow_hdr = _lib.pjsip_generic_string_hdr_create(self._pool, C.byref(name), C.byref(value))
        self._allow_list = Hdr()
        head = C.addressof(self._allow_list)
        self._allow_list.prev = self._allow_list.next = head
        _lib.pj_list_insert_before(head, self._allow_hdr)
        self.budget = SetupBudget()
        self._over_budget = 0
        name, value = pj_str(b"Retry-After"), pj_str(str(RETRY_AFTER_S).encode())
        self._retry_list = Hdr()
        head = C.addressof(self._retry_list)
        self._retry_list.prev = self._retry_list.next = head
        _lib.pj_list_insert_before(head, _lib.pjsip_generic_string_hdr_create(self._pool, C.byref(name),
                                                                              C.byref(value)))
        self._unavailable = pj_str(b"Service Unavailable")
        self._reasons = {}
        self._callback = RX_CB(self._on_rx_request)
        self._module = Module(name=pj_str(b"mod-callwarden-gate"), id=-1,
                              priority=PJSIP_MOD_PRIORITY_TSX_LAYER - 1, on_rx_request=self._callback)
        status = _lib.pjsip_endpt_register_module(self._endpt, C.byref(self._module))
        if status != 0:
            raise OSError(f"could not register the SIP request gate (pj_status {status})")
        self._trim_allow()

    def _trim_allow(self) -> None:
        """pjsua advertises SUBSCRIBE, MESSAGE and more in every Allow; keep what is served."""
        hdr = _lib.pjsip_endpt_get_capability(self._endpt, PJSIP_H_ALLOW, None)
        if not hdr:
            return
        allow = hdr.contents
        values = [(allow.values[i].ptr, allow.values[i].slen) for i in range(min(allow.count, GENERIC_ARRAY_MAX))]
        kept = [(ptr, n) for ptr, n in values if C.string_at(ptr, n).decode(errors="replace").upper() in policy.SERVED]
        for i, (ptr, n) in enumerate(kept):
            allow.values[i].ptr, allow.values[i].slen = ptr, n
        allow.count = len(kept)

    def _on_rx_request(self, rdata: int) -> int:
        """1: consumed here (answered or dropped); 0: pjsua carries on with it."""
        try:
            rx = RxData.from_address(rdata)
            if not _layout_holds(rx, rdata):
                if not self._broken:
                    log.critical("SIP request gate: pjsip_rx_data layout not as expected; refusing all SIP")
                    self._broken = True
                return 1
            msg = C.string_at(rx.msg_buf, rx.msg_len)
            method = policy.request_method(msg)
            verdict = self.gate.judge(method or "", rx.src_name.decode(errors="replace"))
            if verdict is policy.PASS:
                if method != "INVITE" or not takes_sockets(msg) or self.budget.admit(time.monotonic()):
                    return 0
                # Past the sockets pjsua can open in time (setup_budget.py): refused before it opens any.
                _lib.pjsip_endpt_respond_stateless(self._endpt, rdata, 503, C.byref(self._unavailable),
                                                   C.addressof(self._retry_list), None)
                self._over_budget += 1
                if self._over_budget % 100 == 1:
                    log.warning("new INVITEs past %d a second refused with 503 (%d so far)",
                                self.budget.budget, self._over_budget)
                return 1
            if verdict == policy.DROP or method == "ACK":
                return 1
            if verdict.reason not in self._reasons:
                self._reasons[verdict.reason] = pj_str(verdict.reason.encode())
            reason = self._reasons[verdict.reason]
            _lib.pjsip_endpt_respond_stateless(self._endpt, rdata, verdict.code, C.byref(reason),
                                               C.addressof(self._allow_list) if verdict.allow else None, None)
            if verdict.code == 403:
                self._refused += 1
                if self._refused % 100 == 1:     # a flood logs one line per hundred, not each
                    log.warning("SIP %s from %s refused: source not in sip.allowed_sources (%d so far)",
                                method, rx.src_name.decode(errors="replace"), self._refused)
            return 1
        except Exception:       # never let an exception cross into C; fail closed
            log.exception("SIP request gate failed; request dropped")
            return 1
