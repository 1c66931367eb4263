"""The teacher password: a salted scrypt hash in the bank, never the password itself.

The hash is stored with its scrypt cost (``n``, ``r``, ``p``), so the cost can be raised
later: a hash made at a lower cost (or an old one stored without its parameters, which
used N=2**14, r=8, p=1) still verifies, and is made again at the current cost on the next
right password. Current cost: N=2**15, r=8, p=1 — 32 MiB of memory and about 0.1 s per
try on a school laptop (0.14 s measured on the project's build machine).

Wrong passwords are throttled: after ``FREE_FAILURES`` wrong tries in a row, each further
try waits ``30 s × 2**(failures − 3)`` (at most 15 minutes) after the last wrong one.
The count is kept in the bank, so restarting the program does not reset it; a right
password does.

What this protects: a student at the keyboard cannot reach teacher screens or answer
keys without the password. What it cannot protect: the key is in the database file,
and anyone who can copy that file can read it with any SQLite tool (docs/security.md).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime

from quizapp.core.bank import Bank
from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.text import Catalogue

MESSAGES = Catalogue("teacher")  # quizapp/core/messages/teacher.toml

SETTING_KEY = "teacher_password"
FAILURES_KEY = "teacher_password_failures"
MIN_LENGTH = 6
N, R, P = 2**15, 8, 1  # the current cost: 128 * r * N bytes = 32 MiB
LEGACY_COST = (2**14, 8, 1)  # hashes stored before the cost was recorded
MAX_N = 2**20  # a stored cost above this is refused rather than run (1 GiB)
FREE_FAILURES = 3
FIRST_WAIT = 30.0  # seconds, after the FREE_FAILURES-th wrong try
MAX_WAIT = 15 * 60.0


class PasswordError(CodedError, ValueError):
    """A password that cannot be set (too short, or the old one is wrong)."""

    code = ErrorCode.PASSWORD_REFUSED


@dataclass(frozen=True)
class Verdict:
    """The outcome of a try: ``ok``, or how long to wait before the next one."""

    ok: bool
    wait_seconds: float = 0.0  # > 0: too many wrong tries; nothing was checked
    failures: int = 0


def _maxmem(n: int, r: int) -> int:
    return 128 * r * n + 16 * 1024 * 1024


def hash_password(
    password: str, salt: bytes | None = None, cost: tuple[int, int, int] = (N, R, P)
) -> dict[str, object]:
    n, r, p = cost
    salt = salt if salt is not None else secrets.token_bytes(16)
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_maxmem(n, r), dklen=32
    )
    return {"scheme": "scrypt", "n": n, "r": r, "p": p, "salt": salt.hex(), "hash": digest.hex()}


def stored_cost(stored: dict[str, object]) -> tuple[int, int, int]:
    """The (N, r, p) a stored hash was made with (the old default when not recorded)."""
    if not all(key in stored for key in ("n", "r", "p")):
        return LEGACY_COST
    n, r, p = (int(stored[key]) for key in ("n", "r", "p"))  # type: ignore[call-overload]
    if not (1 < n <= MAX_N and n & (n - 1) == 0 and 0 < r <= 32 and 0 < p <= 16):
        raise ValueError("unusable scrypt parameters")
    return n, r, p


def _matches(password: str, stored: dict[str, object]) -> bool:
    if stored.get("scheme", "scrypt") != "scrypt":
        return False
    n, r, p = stored_cost(stored)
    salt = bytes.fromhex(str(stored["salt"]))
    digest = hashlib.scrypt(
        password.encode("utf-8"), salt=salt, n=n, r=r, p=p, maxmem=_maxmem(n, r), dklen=32
    )
    return hmac.compare_digest(digest.hex(), str(stored["hash"]))


def has_password(bank: Bank) -> bool:
    return bank.setting(SETTING_KEY) is not None


def set_password(bank: Bank, new: str, old: str | None = None) -> None:
    """Choose the password (first time) or change it (the old one must match)."""
    if has_password(bank) and (old is None or not check_password(bank, old)):
        raise PasswordError(MESSAGES.WRONG_PASSWORD())
    if len(new) < MIN_LENGTH:
        raise PasswordError(MESSAGES.TOO_SHORT(count=MIN_LENGTH))
    bank.set_setting(SETTING_KEY, json.dumps(hash_password(new)))


def _stored(bank: Bank) -> dict[str, object] | None:
    text = bank.setting(SETTING_KEY)
    if text is None:
        return None
    try:
        value = json.loads(text)
    except ValueError:
        return None
    return value if isinstance(value, dict) else None


def check_password(bank: Bank, password: str) -> bool:
    """Whether ``password`` is the teacher password (no throttling; see ``try_password``)."""
    stored = _stored(bank)
    if stored is None:
        return False
    try:
        return _matches(password, stored)
    except (ValueError, KeyError, TypeError):
        return False


# --------------------------------------------------------------------------- throttling


def wait_after(failures: int) -> float:
    """Seconds to wait after ``failures`` wrong tries in a row before the next try."""
    if failures < FREE_FAILURES:
        return 0.0
    return min(FIRST_WAIT * 2 ** (failures - FREE_FAILURES), MAX_WAIT)


def _failures(bank: Bank) -> tuple[int, datetime | None]:
    try:
        data = json.loads(bank.setting(FAILURES_KEY) or "{}")
        count = int(data.get("count", 0))
        last = datetime.fromisoformat(data["last"]) if data.get("last") else None
    except (ValueError, TypeError, AttributeError):
        return FREE_FAILURES, None  # a damaged record counts as the throttle's start
    return max(0, count), last


def wait_seconds(bank: Bank, now: datetime | None = None) -> float:
    """How long before the next try is allowed (0: now)."""
    count, last = _failures(bank)
    delay = wait_after(count)
    if not delay or last is None:
        return 0.0
    elapsed = ((now or datetime.now(UTC)) - last).total_seconds()
    # A clock set back does not make the wait longer than the delay itself.
    return max(0.0, min(delay, delay - elapsed))


def try_password(bank: Bank, password: str, now: datetime | None = None) -> Verdict:
    """Check a password typed at the gate, throttled: while a wait is running nothing is
    checked. A wrong password is counted (in the bank); a right one clears the count and
    upgrades a hash made at a lower cost."""
    now = now or datetime.now(UTC)
    waiting = wait_seconds(bank, now)
    count, _ = _failures(bank)
    if waiting > 0:
        return Verdict(False, waiting, count)
    if check_password(bank, password):
        if count:
            bank.set_setting(FAILURES_KEY, json.dumps({"count": 0}))
        stored = _stored(bank) or {}
        try:
            outdated = stored_cost(stored) != (N, R, P)
        except ValueError:
            outdated = True
        if outdated:
            bank.set_setting(SETTING_KEY, json.dumps(hash_password(password)))
        return Verdict(True)
    count += 1
    bank.set_setting(FAILURES_KEY, json.dumps({"count": count, "last": now.isoformat()}))
    return Verdict(False, wait_after(count), count)
