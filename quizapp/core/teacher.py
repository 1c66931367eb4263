"""The teacher password: a salted scrypt hash in the bank, never the password itself.

What this protects: a student at the keyboard cannot reach teacher screens or answer
keys without the password. What it cannot protect: the key is in the database file,
and anyone who can copy that file can read it with any SQLite tool.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets

from quizapp.core.bank import Bank

SETTING_KEY = "teacher_password"
MIN_LENGTH = 6
# scrypt cost: about 50 ms on a school laptop; slow enough to make guessing expensive.
_N, _R, _P = 2**14, 8, 1


class PasswordError(ValueError):
    """A password that cannot be set (too short, or the old one is wrong)."""


def hash_password(password: str, salt: bytes | None = None) -> dict[str, object]:
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024 * 1024, dklen=32
    )
    return {"scheme": "scrypt", "n": _N, "r": _R, "p": _P, "salt": salt.hex(), "hash": digest.hex()}


def _matches(password: str, stored: dict[str, object]) -> bool:
    if stored.get("scheme") != "scrypt":
        return False
    salt = bytes.fromhex(str(stored["salt"]))
    digest = hashlib.scrypt(
        password.encode("utf-8"),
        salt=salt,
        n=int(stored["n"]),  # type: ignore[call-overload]
        r=int(stored["r"]),  # type: ignore[call-overload]
        p=int(stored["p"]),  # type: ignore[call-overload]
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )
    return hmac.compare_digest(digest.hex(), str(stored["hash"]))


def has_password(bank: Bank) -> bool:
    return bank.setting(SETTING_KEY) is not None


def set_password(bank: Bank, new: str, old: str | None = None) -> None:
    """Choose the password (first time) or change it (the old one must match)."""
    if has_password(bank) and (old is None or not check_password(bank, old)):
        raise PasswordError("the current password is not right")
    if len(new) < MIN_LENGTH:
        raise PasswordError(f"choose a password of at least {MIN_LENGTH} characters")
    bank.set_setting(SETTING_KEY, json.dumps(hash_password(new)))


def check_password(bank: Bank, password: str) -> bool:
    stored = bank.setting(SETTING_KEY)
    if stored is None:
        return False
    try:
        return _matches(password, json.loads(stored))
    except (ValueError, KeyError, TypeError):
        return False
