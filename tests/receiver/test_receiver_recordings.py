"""PUT/GET /v1/recordings against a real receiver process and PostgreSQL: every status code,
idempotence, the file on disk and its row, erase and verify."""

from __future__ import annotations

import uuid
from pathlib import Path

import psycopg
import pytest

from callwarden.wire import batch as wire
from callwarden.wire import recording as recording_wire
from conftest import TEMPLATE_DB, register, run_cli, start_server, stop_server
from recording_util import MAX_RECORDING_BYTES, get_recording, put, server_config, sha256, wav_bytes
from rx_util import Appliance, call_events, post


@pytest.fixture(scope="module")
def rec_server(pg, tmp_path_factory):
    work = tmp_path_factory.mktemp("rec-receiver")
    running = start_server(pg.create_db(f"cw_rec_{uuid.uuid4().hex[:8]}", template=TEMPLATE_DB), work,
                           server_config(work / "recordings"))
    running.recordings_dir = work / "recordings"
    yield running
    stop_server(running)


@pytest.fixture
def box(rec_server, tmp_path):
    return register(rec_server.dsn, Appliance(tmp_path / "key"))


def send(server, appliance: Appliance, events: list[dict]) -> None:
    batch = appliance.make(events)
    status, answer = post(server.url, wire.encode(batch))
    assert status == 200, answer
    appliance.accept(batch)


def ended_call(server, appliance: Appliance, recording: bytes | None, *, sha: str | None = None) -> str:
    """A whole call stored at the receiver; its call.end names `recording` (sha256 `sha` if given)."""
    call_id = str(uuid.uuid4())
    events = call_events(call_id, end=True)
    if recording is not None:
        events[-1]["body"].update(recording=f"{call_id}.wav", recording_sha256=sha or sha256(recording))
    send(server, appliance, events)
    return call_id


def row(dsn: str, appliance: str, call_id: str):
    with psycopg.connect(dsn) as conn:
        return conn.execute("SELECT sha256, bytes, path, erased_at FROM recordings WHERE appliance = %s "
                            "AND call_id = %s", (appliance, call_id)).fetchone()


def leftovers(directory: Path) -> list[Path]:
    return [p for p in directory.rglob("*") if p.name.startswith(".upload-")]


def test_stored_served_and_idempotent(rec_server, box):
    audio = wav_bytes()
    call_id = ended_call(rec_server, box, audio)
    status, answer = put(rec_server.url, box.name, call_id, audio, key=box.key)
    assert status == 200 and answer["stored"] == "new" and answer["sha256"] == sha256(audio)
    digest, size, path, erased_at = row(rec_server.dsn, box.name, call_id)
    assert (digest, size, erased_at) == (sha256(audio), len(audio), None)
    assert Path(path).read_bytes() == audio and Path(path).is_relative_to(rec_server.recordings_dir)

    status, body, headers = get_recording(rec_server.url, box.name, call_id)
    assert status == 200 and body == audio
    assert headers["Content-Type"] == "audio/wav" and headers[recording_wire.SHA256_HEADER] == sha256(audio)
    assert get_recording(rec_server.url, box.name, call_id, token=None)[0] == 401
    assert get_recording(rec_server.url, box.name, call_id, token="wrong")[0] == 401

    # The same upload again (an appliance that crashed before it noted the 200): 200, nothing rewritten.
    status, answer = put(rec_server.url, box.name, call_id, audio, key=box.key)
    assert status == 200 and answer["stored"] == "already"
    assert row(rec_server.dsn, box.name, call_id)[2] == path
    assert leftovers(rec_server.recordings_dir) == []


def test_names_with_any_character(rec_server, tmp_path):
    odd = register(rec_server.dsn, Appliance(tmp_path / "key", name=f"site/A b%?#.{uuid.uuid4().hex[:6]}"))
    audio = wav_bytes(seed=2)
    call_id = ended_call(rec_server, odd, audio)
    assert put(rec_server.url, odd.name, call_id, audio, key=odd.key)[0] == 200
    status, body, _ = get_recording(rec_server.url, odd.name, call_id)
    assert status == 200 and body == audio


def test_bad_signature_or_unknown_appliance_is_401(rec_server, box, tmp_path):
    audio = wav_bytes()
    call_id = ended_call(rec_server, box, audio)
    stranger = Appliance(tmp_path / "other")
    assert put(rec_server.url, box.name, call_id, audio, key=stranger.key)[0] == 401        # someone else's key
    other_call = recording_wire.sign(box.key, box.name, str(uuid.uuid4()), sha256(audio))
    assert put(rec_server.url, box.name, call_id, audio, sig=other_call)[0] == 401          # signed for another call
    assert put(rec_server.url, box.name, call_id, audio, sig="zz")[0] == 401
    assert put(rec_server.url, box.name, call_id, audio)[0] == 401                          # no signature
    assert put(rec_server.url, stranger.name, call_id, audio, key=stranger.key)[0] == 401   # not registered
    assert row(rec_server.dsn, box.name, call_id) is None


def test_before_its_call_end_is_stored_409_then_accepted(rec_server, box):
    audio = wav_bytes()
    call_id = str(uuid.uuid4())
    events = call_events(call_id, texts=("hello", "bye"), end=True)
    events[-1]["body"].update(recording=f"{call_id}.wav", recording_sha256=sha256(audio))
    send(rec_server, box, events[:2])                                   # call.end still on its way
    status, answer = put(rec_server.url, box.name, call_id, audio, key=box.key)
    assert status == 409 and "not stored yet" in answer["error"]
    assert put(rec_server.url, box.name, str(uuid.uuid4()), audio, key=box.key)[0] == 409  # unknown call
    send(rec_server, box, events[2:])
    assert put(rec_server.url, box.name, call_id, audio, key=box.key)[0] == 200


def test_sha256_other_than_call_end_is_422(rec_server, box):
    audio, other = wav_bytes(seed=1), wav_bytes(seed=3)
    call_id = ended_call(rec_server, box, audio)
    status, answer = put(rec_server.url, box.name, call_id, other, key=box.key)
    assert status == 422 and "recording_sha256" in answer["error"]
    no_recording = ended_call(rec_server, box, None)
    assert put(rec_server.url, box.name, no_recording, audio, key=box.key)[0] == 422
    assert row(rec_server.dsn, box.name, call_id) is None


def test_body_not_matching_its_signed_sha256_is_400_and_leaves_nothing(rec_server, box):
    audio = wav_bytes()
    call_id = ended_call(rec_server, box, audio)
    damaged = bytearray(audio)
    damaged[100] ^= 1
    status, answer = put(rec_server.url, box.name, call_id, bytes(damaged), key=box.key, sha=sha256(audio))
    assert status == 400 and "does not hash" in answer["error"]
    assert put(rec_server.url, box.name, call_id, audio, key=box.key, sha="abc")[0] == 400
    assert row(rec_server.dsn, box.name, call_id) is None
    assert leftovers(rec_server.recordings_dir) == []


def test_oversized_is_413_and_wrong_type_415(rec_server, box):
    audio = wav_bytes(seconds=3)
    assert len(audio) > MAX_RECORDING_BYTES
    call_id = ended_call(rec_server, box, audio)
    status, answer = put(rec_server.url, box.name, call_id, audio, key=box.key)
    assert status == 413 and str(MAX_RECORDING_BYTES) in answer["error"]
    small = wav_bytes()
    small_call = ended_call(rec_server, box, small)
    assert put(rec_server.url, box.name, small_call, small, key=box.key, content_type="application/json")[0] == 415


def test_get_of_nothing_is_404(rec_server, box):
    assert get_recording(rec_server.url, box.name, str(uuid.uuid4()))[0] == 404
    assert get_recording(rec_server.url, box.name, "")[0] == 404


def test_receiver_without_recordings_dir_is_503(server, appliance):
    audio = wav_bytes()
    call_id = ended_call(server, appliance, audio)
    assert put(server.url, appliance.name, call_id, audio, key=appliance.key)[0] == 503


def test_erase_deletes_the_file_keeps_the_hash_and_refuses_it_again(rec_server, box):
    audio = wav_bytes()
    call_id = ended_call(rec_server, box, audio)
    assert put(rec_server.url, box.name, call_id, audio, key=box.key)[0] == 200
    path = Path(row(rec_server.dsn, box.name, call_id)[2])
    done = run_cli("erase", call_id, dsn=rec_server.dsn)
    assert done.returncode == 0, done.stderr
    assert "1 recording files deleted" in done.stdout
    assert not path.exists()
    digest, size, kept_path, erased_at = row(rec_server.dsn, box.name, call_id)
    assert (digest, size, kept_path) == (sha256(audio), len(audio), None) and erased_at is not None
    assert put(rec_server.url, box.name, call_id, audio, key=box.key)[0] == 410
    assert get_recording(rec_server.url, box.name, call_id)[0] == 410
    # Not uploaded before the erase: refused for good as well.
    late = ended_call(rec_server, box, audio)
    assert run_cli("erase", late, dsn=rec_server.dsn).returncode == 0
    assert put(rec_server.url, box.name, late, audio, key=box.key)[0] == 410
    done = run_cli("verify", "--appliance", box.name, dsn=rec_server.dsn)
    assert done.returncode == 0, done.stdout + done.stderr


def test_verify_checks_each_recording_against_its_file_and_call_end(rec_server, box):
    calls = []
    for seed in (1, 2, 3):
        audio = wav_bytes(seed=seed)
        call_id = ended_call(rec_server, box, audio)
        assert put(rec_server.url, box.name, call_id, audio, key=box.key)[0] == 200
        calls.append(call_id)
    done = run_cli("verify", "--appliance", box.name, dsn=rec_server.dsn)
    assert done.returncode == 0, done.stdout
    assert done.stdout.splitlines()[0].endswith("; 3 recordings match their files and call.end")

    flipped = Path(row(rec_server.dsn, box.name, calls[0])[2])
    raw = bytearray(flipped.read_bytes())
    raw[200] ^= 1
    flipped.write_bytes(bytes(raw))
    Path(row(rec_server.dsn, box.name, calls[1])[2]).unlink()
    with psycopg.connect(rec_server.dsn) as conn:
        conn.execute("UPDATE recordings SET sha256 = %s WHERE appliance = %s AND call_id = %s",
                     ("0" * 64, box.name, calls[2]))
    done = run_cli("verify", "--appliance", box.name, dsn=rec_server.dsn)
    assert done.returncode == 1
    assert sorted(line for line in done.stdout.splitlines() if line.startswith("BROKEN")) == sorted([
        f"BROKEN recording appliance {box.name} call {calls[0]}: file does not match its sha256",
        f"BROKEN recording appliance {box.name} call {calls[1]}: file is missing",
        f"BROKEN recording appliance {box.name} call {calls[2]}: sha256 differs from the recording_sha256 "
        "of the call's call.end"])
