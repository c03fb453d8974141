"""Password hashing: argon2id via argon2-cffi, with RFC 9106's low-memory parameters named here, so
hashes are the same under the pinned wheel and Debian's older python3-argon2 (which the receiver's
.deb runs on)."""

from __future__ import annotations

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHash, VerificationError, VerifyMismatchError  # InvalidHash: both versions

MIN_LENGTH = 12
MAX_LENGTH = 1024          # a longer one is refused before hashing: no free CPU burn
_HASHER = PasswordHasher(time_cost=3, memory_cost=65536, parallelism=4, hash_len=32, salt_len=16)
# Checked when the user does not exist, so a wrong name costs as long as a wrong password.
_DUMMY = _HASHER.hash("callwarden-console-no-such-user")


def check_new(password: str) -> None:
    if len(password) < MIN_LENGTH:
        raise ValueError(f"password: expected at least {MIN_LENGTH} characters")
    if len(password) > MAX_LENGTH:
        raise ValueError(f"password: expected at most {MAX_LENGTH} characters")


def hash_password(password: str) -> str:
    check_new(password)
    return _HASHER.hash(password)


def verify(stored_hash: str | None, password: str) -> bool:
    if len(password) > MAX_LENGTH:
        return False
    try:
        return _HASHER.verify(stored_hash or _DUMMY, password) and stored_hash is not None
    except (VerifyMismatchError, VerificationError, InvalidHash):
        return False
