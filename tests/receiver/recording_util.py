"""Helpers for the recording tests: a receiver that keeps recordings, small WAVs, signed PUTs."""

from __future__ import annotations

import hashlib
import io
import json
import urllib.error
import urllib.request
import wave
from pathlib import Path

import numpy as np

from callwarden.wire import recording as wire
from callwarden.receiver.auth import token_sha256
from rx_util import TOKEN, auth_headers

MAX_RECORDING_BYTES = 64 * 1024  # small, so the 413 test sends little


def server_config(recordings_dir: Path) -> str:
    return (f'[receiver]\napi_token_sha256 = "{token_sha256(TOKEN)}"\n'
            f'recordings_dir = "{recordings_dir}"\nmax_recording_bytes = {MAX_RECORDING_BYTES}\n')


def wav_bytes(seconds: float = 0.5, seed: int = 1) -> bytes:
    """A stereo 8 kHz WAV like the daemon writes; `seed` makes different content."""
    rng = np.random.default_rng(seed)
    frames = rng.integers(-3000, 3000, size=(int(8000 * seconds), 2), dtype=np.int16)
    out = io.BytesIO()
    with wave.open(out, "wb") as w:
        w.setnchannels(2)
        w.setsampwidth(2)
        w.setframerate(8000)
        w.writeframes(frames.astype("<i2").tobytes())
    return out.getvalue()


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def put(url: str, appliance: str, call_id: str, body: bytes, *, key=None, sha: str | None = None,
        sig: str | None = None, content_type: str = wire.CONTENT_TYPE) -> tuple[int, dict]:
    """PUT /v1/recordings/...; signed with `key` over `sha` (default: the body's) unless `sig` is given."""
    sha = sha or sha256(body)
    headers = {"Content-Type": content_type, wire.SHA256_HEADER: sha}
    if sig is None and key is not None:
        sig = wire.sign(key, appliance, call_id, sha)
    if sig is not None:
        headers[wire.SIGNATURE_HEADER] = sig
    req = urllib.request.Request(url + wire.url_path(appliance, call_id), data=body, method="PUT", headers=headers)
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, json.loads(r.read())
    except urllib.error.HTTPError as e:
        return e.code, json.loads(e.read())


def get_recording(url: str, appliance: str, call_id: str, token: str | None = TOKEN) -> tuple[int, bytes, dict]:
    req = urllib.request.Request(url + wire.url_path(appliance, call_id), headers=auth_headers(token))
    try:
        with urllib.request.urlopen(req, timeout=20) as r:
            return r.status, r.read(), dict(r.headers)
    except urllib.error.HTTPError as e:
        return e.code, e.read(), dict(e.headers)
