"""Every path a caller's words can take out of one real call, read back after it: no secret survives.

One real SIP call (pjsua2 caller, seeded Piper speech) with secrets of several kinds in spoken
form: a card number read over two turns with a filler ("um") at the split, a date of birth with
day and month, an e-mail address spoken "... dot ... at ... dot com", a medication and a
diagnosis, and a PIN keyed by DTMF with no context word; the caller then asks for a written
follow-up (a ticket: the follow-up intent, or the dialog webhook when that misses) and for a human
(a REFER to a sipp queue that answers). The daemon runs with the dialog webhook, the ticket
webhook, sync to a real receiver on PostgreSQL, and recording (synced too), logging at debug.

Read back: timeline events (finals, flag evidence, routes, transfer, ticket), the ticket store and
the delivered ticket, the REFER as the caller received it and the INVITE the queue received,
every dialog webhook request, the receiver's events rows, batches (no raw bytes are kept), calls row, stored
recording and its log, PostgreSQL's log, the daemon log, every file of the state dir as raw bytes
(SQLite files with their WAL), and the recording (redacted turns silent, no caller speech outside
a transcribed turn). Each is also checked to hold the call's content (masks of each kind, the
webhook's turns, the receiver's copy equal to the local one), so a path that went empty fails.

Run as a script (`python test_leak_paths.py caller ...`) this file is the pjsua2 caller: it keys
the PIN at a set point of the audio and keeps the REFER it receives."""

from __future__ import annotations

import difflib
import json
import os
import re
import shutil
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
import uuid
import wave
from pathlib import Path

import numpy as np
import pytest

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]      # tests/receiver (conftest, rx_util), tests/ (helpers)

CARD = "4539 1488 0343 6467"                        # Luhn-valid
PIN = "8203"
SCRIPT_A = ["Hi, I'd like to pay my bill by card.",
            "My credit card number is four five three nine, one four eight eight,",
            "um, zero three four three, six four six seven.",
            "My date of birth is the fourth of March, nineteen eighty-four.",
            "My email is kate dot wilder at fastmail dot com.",
            "I'm on Eliquis for atrial fibrillation.",
            "Send me a letter about it, please."]
SCRIPT_B = ["Now I want to talk to a human agent, please."]   # after the PIN is keyed
DTMF_GAP_S = 3.0     # silence between the two parts; the PIN is keyed at its start

# Secrets as the independent reader (tests/redaction_suite/leak.py) looks for them.
DIGIT_SECRETS = {"pci_pan": CARD.replace(" ", ""), "dob": "1984", "pin": PIN}
WORD_SECRETS = {"dob": ["march", "fourth of"], "email": ["kate", "wilder"],
                "phi": ["eliquis", "atrial", "fibrillation", "a trial fibrillation"]}
SQUASH_SECRETS = ["katedotwilder", "wilder", "fastmail"]
FUZZY_TERMS = ["eliquis", "fibrillation", "wilder", "fastmail"]   # ASR misspellings count too
SPOKEN_SECRETS = [CARD, "four five three nine, one four eight eight", "zero three four three, six four six seven",
                  "the fourth of March, nineteen eighty-four", "kate dot wilder at fastmail dot com",
                  "Eliquis", "atrial fibrillation", PIN]
# Spellings looked for in raw bytes (DB pages, WAL, logs, SIP text): long enough that no
# timestamp, id or port contains them by chance.
RAW_NEEDLES = ["4539 1488", "45391488", "4,539,148", "4539-1488", "1488 0343", "0343 6467", "03436467",
               "four five three nine", "one four eight eight", "zero three four three", "six four six seven",
               "nineteen eighty", "march", "fourth of", "4th of", "kate", "wilder", "fastmail", "fast mail",
               "eliquis", "atrial", "fibrillation"]
RAW_DTMF = re.compile(rb'"digit":\s*"(?!\*")')
# Strings that are identifiers or signalling, not speech: uuids, hashes, timestamps, URIs.
NOT_SPEECH = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(?:\.wav)?|[0-9a-f]{16,}|"
                        r"\d{4}-\d\d-\d\dT[\d:.]+(?:Z|[+-]\d\d:?\d\d)?|<?sips?:\S+|https?://\S+", re.I)
STYLE_SEED = 73
# Log noise whose digits are not caller data: time stamps, call ids (bracketed, or a bare UUID as in
# "recording of call 8df26444-... stored": its random digits once read as a card's), pids, paths,
# addresses, and counts with their unit ("final after 9 ms (35 characters)", "batch 13 ... (4 events)").
LOG_NOISE = re.compile(r"^\S+ \S+|\d\d:\d\d:\d\d[.,]\d+|\[call [0-9a-f]+\]|"
                       r"\b[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\b|"
                       r"\bpid \d+|\S*/\S*|0x[0-9a-f]+|"
                       r"\d+\.\d+\.\d+\.\d+(?::\d+)?|<?sips?:[^\s>]*>?|\bbatch \d+|\(status=\d+\)|"
                       r"\b\d+(?:\.\d+)? ?(?:ms|s|%|characters?|utterances?|call\(s\)|calls?|events?|files?|bytes)\b",
                       re.I)


# ---------------------------------------------------------------- the caller (script mode)

def caller_main(target: str, wav: str, pin: str, dtmf_at_s: float, tail_s: float, timeout_s: float) -> dict:
    import pjsua2 as pj
    from callwarden_tools.sip.caller import Caller, _Call

    refers: list[str] = []

    class LeakCall(_Call):
        def onCallTsxState(self, prm):
            try:
                msg = prm.e.body.tsxState.src.rdata.wholeMsg
            except Exception:
                return
            if msg.startswith("REFER "):
                refers.append(msg)

    caller = Caller()
    try:
        call = LeakCall(caller, 0, wav, None)
        call.makeCall(target, pj.CallOpParam(True))
        deadline = time.monotonic() + timeout_s
        dtmf_sent_s = None
        while time.monotonic() < deadline and not call.done:
            caller.ep.libHandleEvents(10)
            if not call.connected_at or call.connected_at == float("inf"):
                continue
            elapsed = time.monotonic() - call.connected_at
            if dtmf_sent_s is None and elapsed >= dtmf_at_s:
                call.dialDtmf(pin)
                dtmf_sent_s = elapsed
            if elapsed >= call.play_s + tail_s:
                call.hangup(pj.CallOpParam())
                call.connected_at = float("inf")
        caller.poll(1.0)            # the transferred leg settles before close() hangs it up
        result = {"connected": call.connected_at > 0, "done": call.done, "status_code": call.status_code,
                  "dtmf_sent_s": dtmf_sent_s, "refers": refers, "transferred": len(caller.transferred)}
        call.player = None
        del call            # before libDestroy: the Call's destructor needs the library
    finally:
        caller.close()
    return result


if __name__ == "__main__" and len(sys.argv) > 1 and sys.argv[1] == "caller":
    t, w, p, at, tail, tmo = sys.argv[2:8]
    print(json.dumps(caller_main(t, w, p, float(at), float(tail), float(tmo))), flush=True)
    sys.exit(0)


# ---------------------------------------------------------------- the test

import psycopg  # noqa: E402

from callwarden_tools.evaluation.score import texts_of  # noqa: E402
from callwarden_tools.harness import WITHOUT_ENGINE_ADMISSION, Daemon, free_port  # noqa: E402
from callwarden.receiver import db as receiver_db  # noqa: E402
from callwarden.receiver.auth import token_sha256  # noqa: E402
from callwarden.redact.leaks import leaks  # noqa: E402
from callwarden.wire import keys  # noqa: E402
from callwarden_tools.render import CallerStyle, save_caller_audio  # noqa: E402
from conftest import TEMPLATE_DB, start_server, stop_server  # noqa: E402
from helpers import SCENARIOS, DialogWebhook, Webhook, all_calls  # noqa: E402
from redaction_suite.leak import (digit_leak, digit_stream, phrase_leak, squash_leak,  # noqa: E402
                                  squash_segments, word_leak, word_segments)
from rx_util import TOKEN, auth_headers  # noqa: E402

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(shutil.which("sipp") is None, reason="sipp is needed (scripts/setup installs it)")]


def speech_strings(value) -> list[str]:
    """Every string a stored structure holds, less identifiers and signalling."""
    return [s for s in texts_of(value) if s.strip() and not NOT_SPEECH.fullmatch(s.strip())]


def leaks_in(text: str, *, caller_words: bool = False) -> list[str]:
    """Why `text` leaks a secret (empty: it does not). `caller_words`: the text is the caller's
    (a final, flag evidence, a transcript line), where no run of 3+ digits may survive at all:
    nothing in the script is a harmless number."""
    found = [f"leaks({s!r})" for s in SPOKEN_SECRETS if leaks(s, text)]
    stream = digit_stream(text, dates=True)
    found += [f"{entity} digits {hit}" for entity, digits in DIGIT_SECRETS.items()
              if (hit := digit_leak(digits, stream))]
    if caller_words:
        found += [f"digit run {run}" for run in stream if len(run) >= 3]
    segments = word_segments(text)
    found += [f"{entity} word {hit!r}" for entity, words in WORD_SECRETS.items()
              if (hit := word_leak(words, segments))]
    if hit := squash_leak(SQUASH_SECRETS, squash_segments(text)):
        found.append(f"email part {hit!r}")
    if hit := phrase_leak(WORD_SECRETS["phi"] + WORD_SECRETS["email"], text):
        found.append(f"phrase {hit!r}")
    for token in re.findall(r"[a-z]{5,}", text.lower()):     # a misspelling keeps the word's onset
        for term in FUZZY_TERMS:
            if token[:2] == term[:2] and difflib.SequenceMatcher(None, token, term).ratio() >= 0.75:
                found.append(f"near {term!r}: {token!r}")
    return found


def raw_leaks(raw: bytes) -> list[str]:
    text = raw.decode("latin-1").lower()
    found = [needle for needle in RAW_NEEDLES if needle in text]
    return found + ["a keyed digit"] if RAW_DTMF.search(raw) else found


class Audit:
    """Collects every leak found, by path, so one run names them all."""

    def __init__(self) -> None:
        self.found: dict[str, list[str]] = {}
        self.read: dict[str, int] = {}

    def text(self, where: str, text: str, *, caller_words: bool = False) -> None:
        self.read[where.split(" ")[0]] = self.read.get(where.split(" ")[0], 0) + 1
        if hits := leaks_in(text, caller_words=caller_words):
            self.found.setdefault(where, []).extend(hits + [f"stored: {text[:300]!r}"])

    def value(self, where: str, value) -> None:
        for s in speech_strings(value):
            self.text(where, s)

    def raw(self, where: str, raw: bytes) -> None:
        self.read[where.split(" ")[0]] = self.read.get(where.split(" ")[0], 0) + 1
        if hits := raw_leaks(raw):
            context = []
            low = raw.decode("latin-1").lower()
            for needle in hits[:3]:
                i = low.find(needle)
                if i >= 0:
                    context.append(raw[max(0, i - 120):i + 120].decode("latin-1"))
            self.found.setdefault(where, []).extend(hits + [f"around: {c!r}" for c in context])


def wav_pcm(path: Path) -> np.ndarray:
    with wave.open(str(path)) as w:
        assert (w.getnchannels(), w.getframerate(), w.getsampwidth()) == (1, 8000, 2)
        return np.frombuffer(w.readframes(w.getnframes()), "<i2")


def wait_for(what: str, check, timeout_s: float):
    deadline = time.monotonic() + timeout_s
    while True:
        got = check()
        if got:
            return got
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.2)


@pytest.fixture
def rec_receiver(pg, tmp_path):
    """A receiver of this test's own that keeps recordings, on a fresh database."""
    work = tmp_path / "receiver"
    work.mkdir()
    config = (f'[receiver]\napi_token_sha256 = "{token_sha256(TOKEN)}"\n'
              f'recordings_dir = "{work / "recordings"}"\nmax_recording_bytes = {16 * 1024 * 1024}\n')
    server = start_server(pg.create_db(f"cw_leak_{uuid.uuid4().hex[:8]}", template=TEMPLATE_DB), work, config)
    yield server
    stop_server(server)


def test_no_secret_survives_on_any_path(pg, rec_receiver, render, tmp_path):
    t0 = time.monotonic()
    style = CallerStyle(rate_wpm=155, noise_snr_db=30, seed=STYLE_SEED)
    part_a = render(SCRIPT_A, style, pause_ms=1500)
    part_b = render(SCRIPT_B, style, lead_in_ms=int(DTMF_GAP_S * 1000), pause_ms=1000)
    pcm_a = wav_pcm(part_a)
    wav = tmp_path / "call.wav"
    save_caller_audio(np.concatenate([pcm_a, wav_pcm(part_b)]), wav)
    dtmf_at_s = len(pcm_a) / 8000 + 0.2
    phases = {"render": time.monotonic() - t0}

    state = tmp_path / "state"
    name = f"box-{uuid.uuid4().hex[:6]}"
    with psycopg.connect(rec_receiver.dsn) as conn:
        receiver_db.add_appliance(conn, name, keys.public_key_text(keys.load_or_create(state)))
    dialog = DialogWebhook(free_port(), lambda request: (200, json.dumps(answer(request)).encode()))
    ticket_hook_port = free_port()
    ticket_hook = Webhook(ticket_hook_port)
    queue_port = free_port()
    queue_trace = tmp_path / "queue_messages.log"
    queue = subprocess.Popen(["sipp", "-sf", str(SCENARIOS / "uas_queue_answer.xml"), "-m", "1", "-i", "127.0.0.1",
                              "-mi", "127.0.0.1", "-p", str(queue_port), "-nostdin", "-timeout", "120s",
                              "-trace_msg", "-message_file", str(queue_trace),
                              "-trace_err", "-error_file", str(tmp_path / "queue.err")],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=tmp_path)
    daemon = Daemon(state, extra=[
        *WITHOUT_ENGINE_ADMISSION, "--set", 'daemon.log_level="debug"',
        "--set", 'agent.mode="webhook"', "--set", f'agent.webhook_url="{dialog.url}"',
        "--set", "agent.webhook_timeout_ms=3000",
        "--set", "sync.enabled=true", "--set", f'sync.url="{rec_receiver.url}"', "--set", f'sync.appliance="{name}"',
        "--set", "recording.enabled=true", "--set", "recording.sync=true",
        "--set", f'route.escalate_uri="sip:queue@127.0.0.1:{queue_port}"',
        "--set", f'route.ticket_webhook_url="http://127.0.0.1:{ticket_hook_port}/tickets"'])
    try:
        daemon.start()
        phases["daemon start"] = time.monotonic() - t0 - sum(phases.values())
        t_call = time.monotonic()
        out = subprocess.run([sys.executable, __file__, "caller", daemon.uri, str(wav), PIN, f"{dtmf_at_s:.2f}",
                              "4.0", "120"], capture_output=True, text=True, timeout=180,
                             env=dict(os.environ, PYTHONUNBUFFERED="1"))
        assert out.returncode == 0, out.stderr[-3000:]
        caller = json.loads(out.stdout.strip().splitlines()[-1])
        phases["call"] = time.monotonic() - t_call
        queue_out, queue_err = queue.communicate(timeout=60)
        wait_for("the call's end in the timeline", lambda: all_calls(state) and all_calls(state)[0][0].ended, 30)
        call_id = all_calls(state)[0][0].call_id

        def receiver_has_recording():
            with psycopg.connect(rec_receiver.dsn) as conn:
                return conn.execute("SELECT path FROM recordings WHERE appliance = %s AND call_id = %s",
                                    (name, call_id)).fetchone()
        rx_recording_path, = wait_for("the recording at the receiver", receiver_has_recording, 60)
        wait_for("the ticket's delivery", lambda: ticket_hook.received, 30)
        phases["sync"] = time.monotonic() - t0 - sum(phases.values())
    finally:
        daemon.stop()
        dialog.close()
        ticket_hook.close()
        if queue.poll() is None:
            queue.kill()
    assert queue.returncode == 0, queue_out[-1500:] + queue_err[-1500:]   # transferred INVITE answered
    audit = Audit()

    # ---- the timeline: every event (call.start holds signalling only: the caller's URI and Call-ID)
    (call, events), = all_calls(state)
    finals = [e for e in events if e.kind == "utterance.final"]
    heard = [e.body["text"] for e in finals]
    for e in events:
        if e.kind == "call.start":
            continue
        audit.value(f"timeline {e.kind} seq {e.seq}", e.body)
        if e.kind == "utterance.final":
            audit.text(f"timeline final seq {e.seq}", e.body["text"], caller_words=True)
        if e.kind == "flag":
            audit.text(f"timeline flag evidence seq {e.seq}", e.body["evidence"]["text"], caller_words=True)
    start = events[0].body
    for field in ("from", "to", "sip_call_id"):
        audit.raw(f"timeline call.start {field}", start[field].encode())
    # The content is there: each kind of secret was heard and masked, in finals and as flags.
    entities = {r["entity"] for e in finals for r in e.body["redactions"]}
    assert {"pci_pan", "dob", "email", "phi"} <= entities, (entities, heard)
    assert sum("[PCI_PAN]" in t for t in heard) >= 2, heard          # both halves of the split card
    for mask in ("[DOB]", "[EMAIL]", "[PHI]"):
        assert any(mask in t for t in heard), (mask, heard)
    assert {"pci", "pii", "phi", "escalation_request"} <= {e.body["type"] for e in events if e.kind == "flag"}, heard
    keyed = [e.body for e in events if e.kind == "dtmf"]
    assert [k["digit"] for k in keyed] == ["*"] * len(PIN) and all(k["redactions"] for k in keyed), keyed
    routes = [e.body for e in events if e.kind == "route"]
    assert "ticket" in [r["action"] for r in routes] and routes[-1]["action"] == "escalate", routes
    transfer, = [e.body for e in events if e.kind == "transfer"]
    assert transfer["result"] == "ok" and call.end_reason == "transferred", (transfer, call.end_reason)
    ticket_events = [e.body for e in events if e.kind == "ticket"]
    assert ticket_events and all(t["result"] == "queued" for t in ticket_events), ticket_events

    # ---- the ticket store on the box, and the ticket as its webhook received it
    with sqlite3.connect(state / "tickets.sqlite3") as db:
        stored_tickets = [json.loads(p) for p, in db.execute("SELECT payload FROM tickets")]
    assert {t["ticket_id"] for t in stored_tickets} == {t["id"] for t in ticket_events}
    for where, tickets in (("ticket store", stored_tickets), ("ticket webhook", ticket_hook.received)):
        for t in tickets:
            audit.value(f"{where} {t['ticket_id'][:8]}", {k: v for k, v in t.items() if k != "from"})
            for line in t["transcript"]:
                audit.text(f"{where} {t['ticket_id'][:8]} transcript", line["text"], caller_words=True)
    transcript = " ".join(line["text"] for t in stored_tickets for line in t["transcript"])
    assert "[PCI_PAN]" in transcript and "[DOB]" in transcript, transcript     # the secrets were in it

    # ---- the REFER as the caller received it, the INVITE the queue received
    assert caller["connected"] and caller["dtmf_sent_s"] is not None and caller["transferred"] == 1, caller
    refer, = caller["refers"]
    assert f"X-Callwarden-Call-Id: {call.call_id}" in refer, refer
    reasons = re.findall(r"^X-Callwarden-Reason: *(.*)$", refer, re.M)
    refer_to = urllib.parse.unquote(re.search(r"^(?:Refer-To|r): *(.*)$", refer, re.M | re.I).group(1))
    assert reasons and "X-Callwarden-Reason=" in refer_to, refer
    audit.raw("REFER message", refer.encode())
    audit.raw("REFER Refer-To (decoded)", refer_to.encode())
    for reason in reasons + [refer_to.split("X-Callwarden-Reason=", 1)[1]]:
        audit.text("REFER X-Callwarden-Reason", reason)
    queue_messages = queue_trace.read_text(errors="replace")
    invite = queue_messages[queue_messages.find("INVITE sip:"):]
    assert "X-Callwarden-Reason" in invite and call.call_id in invite, queue_messages[-3000:]
    audit.raw("queue INVITE", queue_messages.encode())
    for reason in re.findall(r"^X-Callwarden-Reason: *(.*)$", invite, re.M):
        audit.text("queue INVITE X-Callwarden-Reason", urllib.parse.unquote(reason))

    # ---- every dialog webhook request
    requests = dialog.received
    assert len(requests) >= 5, [r["text"] for r in requests]       # the turns before the ticket, 6 as a rule
    for i, request in enumerate(requests):
        audit.value(f"webhook request {i}", {k: v for k, v in request.items() if k not in ("from", "call_id")})
        audit.text(f"webhook request {i} text", request["text"], caller_words=True)
        for h in request["history"]:
            if h["role"] == "caller":
                audit.text(f"webhook request {i} history", h["text"], caller_words=True)
    sent = " ".join(r["text"] for r in requests)
    for mask in ("[PCI_PAN]", "[DOB]", "[EMAIL]", "[PHI]"):
        assert mask in sent, (mask, sent)

    # ---- the receiver: events rows, raw batches, the calls row, the recording, its log
    with psycopg.connect(rec_receiver.dsn) as conn:
        rows = conn.execute("SELECT seq, kind, body FROM events WHERE appliance = %s AND call_id = %s ORDER BY seq",
                            (name, call.call_id)).fetchall()
        # Sync format 2 keeps no raw batch bytes: each events row carries its own digest.
        batches = [r for r, in conn.execute("SELECT raw FROM batches WHERE appliance = %s ORDER BY batch_seq",
                                            (name,))]
        call_row = conn.execute("SELECT * FROM calls WHERE appliance = %s AND call_id = %s",
                                (name, call.call_id)).fetchone()
    assert [(s, k, b) for s, k, b in rows] == [(e.seq, e.kind, e.body) for e in events]   # all of it, as stored
    for seq, kind, body in rows:
        if kind != "call.start":
            audit.value(f"receiver events seq {seq}", body)
    assert batches and all(raw is None for raw in batches), "raw batch bytes stored"
    audit.value("receiver calls row", [v for v in call_row if isinstance(v, str)])
    api_request = urllib.request.Request(f"{rec_receiver.url}/v1/calls/{call.call_id}", headers=auth_headers())
    with urllib.request.urlopen(api_request, timeout=10) as r:
        api_events = json.loads(r.read())["events"]
    assert [(e["seq"], e["body"]) for e in api_events] == [(e.seq, e.body) for e in events]
    for e in api_events:
        if e["kind"] != "call.start":
            audit.value(f"receiver API /v1/calls seq {e['seq']}", e["body"])
    local_recording = state / "recordings" / events[-1].body["recording"]
    assert Path(rx_recording_path).read_bytes() == local_recording.read_bytes()
    audit.raw("receiver log", rec_receiver.log_path.read_bytes())
    audit.raw("postgres log", (pg.base / "postgres.log").read_bytes())

    # ---- the daemon log (debug level), line by line and raw; every file of the state dir, raw
    log_text = daemon.log_path.read_text(errors="replace")
    for n, line in enumerate(log_text.splitlines(), 1):
        audit.text(f"daemon log line {n}", LOG_NOISE.sub(" ", line))
    files = [p for p in state.rglob("*") if p.is_file() and p.suffix != ".wav"]
    assert {"timeline.sqlite3", "tickets.sqlite3", "daemon.log"} <= {p.name for p in files}, files
    for path in files:
        audit.raw(f"state file {path.relative_to(state)}", path.read_bytes())

    # ---- the recording: stereo, caller left; every redacted turn silent, no caller speech
    # outside a transcribed turn (audio nobody transcribed is audio nobody redacted)
    with wave.open(str(local_recording)) as w:
        assert (w.getnchannels(), w.getframerate()) == (2, 8000)
        x = np.frombuffer(w.readframes(w.getnframes()), "<i2").reshape(-1, 2).astype(np.float32) / 32768

    def level_db(a_ms: int, b_ms: int) -> float:
        seg = x[max(0, a_ms) * 8:b_ms * 8, 0]
        return float(20 * np.log10(np.sqrt(np.mean(seg ** 2)) + 1e-9)) if len(seg) else -200.0

    recording = []
    for e in finals:
        a, b = e.body["t_start_ms"], e.body["t_end_ms"]
        if e.body["redactions"]:
            if level_db(a - 200, b + 200) >= -80:
                recording.append(f"redacted turn {e.body['text']!r} audible: {level_db(a - 200, b + 200):.1f} dB")
        else:
            assert level_db(a, b) > -40, e.body["text"]                    # the recording is not all silence
    for e in events:
        if e.kind == "dtmf" and level_db(e.t_ms - 100, e.t_ms + 100) >= -80:
            recording.append(f"keyed digit at {e.t_ms} ms audible")
    spans = [(e.body["t_start_ms"] - 300, e.body["t_end_ms"] + 300) for e in finals]
    loud = [t for t in range(0, len(x) // 8 - 20, 20)
            if level_db(t, t + 20) > -30 and not any(a <= t <= b for a, b in spans)]
    if len(loud) > 5:                                                      # > 100 ms of speech nobody redacted
        recording.append(f"{len(loud) * 20} ms of caller speech outside every turn, from {loud[0]} ms: {loud[:20]}")
    if recording:
        audit.found["recording"] = recording
    audit.read["recording"] = 1

    phases["checks"] = time.monotonic() - t0 - sum(phases.values())
    print(f"\nheard: {heard}\nwebhook turns: {len(requests)}; events: {len(events)}; batches: {len(batches)}; "
          f"paths read: {audit.read}\nseconds: { {k: round(v, 1) for k, v in phases.items()} }")
    assert not audit.found, "secrets survive:\n" + json.dumps(audit.found, indent=1)


def answer(request: dict) -> dict:
    """The dialog webhook: a ticket when asked for one, a human when asked for one, else a nod."""
    text = request["text"].lower()
    if "letter" in text or "ticket" in text:
        return {"say": "I have opened a ticket for you.", "action": "ticket"}
    if "human" in text or "agent" in text or "person" in text:
        return {"say": "Let me put you through.", "action": "escalate"}
    return {"say": "Okay.", "action": "none"}
