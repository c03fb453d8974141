"""The appliance's Ed25519 key: made at first start, kept 0600 in the state dir."""

from __future__ import annotations

import base64
import os
from pathlib import Path

from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey

KEY_FILE = "appliance.key"


def load(path: Path) -> Ed25519PrivateKey:
    """The key in `path`; FileNotFoundError when there is none (nothing is made here)."""
    key = serialization.load_pem_private_key(Path(path).read_bytes(), password=None)
    if not isinstance(key, Ed25519PrivateKey):
        raise ValueError(f"{path} holds no Ed25519 key")
    return key


def load_or_create(state_dir: Path) -> Ed25519PrivateKey:
    """Made by the daemon at its first start, never by the package: a key in a disk image would
    be shared by every box cloned from it."""
    path = Path(state_dir) / KEY_FILE
    if path.exists():
        return load(path)
    key = Ed25519PrivateKey.generate()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(pem)
    return key


def public_key_text(key: Ed25519PrivateKey) -> str:
    """Raw 32-byte public key, base64: what `callwarden-receiver appliances add NAME PUBKEY` takes."""
    raw = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return base64.b64encode(raw).decode()


def public_key_from_text(text: str) -> Ed25519PublicKey:
    raw = base64.b64decode(text.strip(), validate=True)
    if len(raw) != 32:
        raise ValueError("an Ed25519 public key is 32 bytes")
    return Ed25519PublicKey.from_public_bytes(raw)
