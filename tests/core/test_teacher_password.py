"""The teacher password: its scrypt cost is recorded and raised on login, and wrong tries
are throttled in a way that a restart does not undo."""

from __future__ import annotations

import hashlib
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from quizapp.core import teacher
from quizapp.core.bank import Bank

T0 = datetime(2026, 5, 4, 10, 0, tzinfo=UTC)


def _stored(bank: Bank) -> dict[str, object]:
    return json.loads(bank.setting(teacher.SETTING_KEY) or "{}")


def test_cost_is_recorded_with_the_hash(bank: Bank) -> None:
    """A new hash is scrypt N=2**15, r=8, p=1 (32 MiB), recorded beside salt and hash, and
    it equals hashlib's scrypt with those parameters."""
    teacher.set_password(bank, "correct horse")
    stored = _stored(bank)
    assert (stored["n"], stored["r"], stored["p"]) == (2**15, 8, 1)
    assert 128 * teacher.R * teacher.N == 32 * 1024 * 1024
    expected = hashlib.scrypt(
        b"correct horse",
        salt=bytes.fromhex(str(stored["salt"])),
        n=2**15,
        r=8,
        p=1,
        maxmem=64 * 1024 * 1024,
        dklen=32,
    )
    assert stored["hash"] == expected.hex()


def test_old_hash_without_parameters_verifies_and_is_upgraded(bank: Bank) -> None:
    """A hash stored without its cost (the old N=2**14) still opens, and the right password
    stores it again at the current cost; a wrong one changes nothing."""
    old = teacher.hash_password("old-secret", cost=teacher.LEGACY_COST)
    del old["n"], old["r"], old["p"]
    bank.set_setting(teacher.SETTING_KEY, json.dumps(old))
    assert teacher.check_password(bank, "old-secret")
    assert not teacher.try_password(bank, "wrong-one", T0).ok
    assert "n" not in _stored(bank)
    assert teacher.try_password(bank, "old-secret", T0).ok
    assert _stored(bank)["n"] == teacher.N
    assert teacher.check_password(bank, "old-secret")


def test_lower_cost_hash_is_raised_on_login(bank: Bank) -> None:
    """A hash made at a lower recorded cost verifies with that cost and is raised."""
    bank.set_setting(
        teacher.SETTING_KEY, json.dumps(teacher.hash_password("cheap-one", cost=(2**10, 8, 1)))
    )
    assert teacher.try_password(bank, "cheap-one", T0).ok
    assert _stored(bank)["n"] == teacher.N


def test_absurd_stored_cost_is_refused_not_run(bank: Bank) -> None:
    """A doctored cost (N=2**30) is not run: the password simply does not match."""
    stored = teacher.hash_password("secret12", cost=(2**10, 8, 1))
    stored["n"] = 2**30
    bank.set_setting(teacher.SETTING_KEY, json.dumps(stored))
    assert not teacher.check_password(bank, "secret12")


def test_wrong_tries_are_throttled_and_the_count_survives_a_restart(tmp_path: Path) -> None:
    """Three wrong tries start a 30 s wait during which even the right password is not
    checked; the wait doubles with each further wrong try, is still there after the bank
    is closed and opened again, and a right password after it clears the count."""
    path = tmp_path / "bank.sqlite3"
    bank = Bank.open(path)
    teacher.set_password(bank, "right-one")
    for number in (1, 2):
        verdict = teacher.try_password(bank, "nope", T0 + timedelta(seconds=number))
        assert not verdict.ok and verdict.wait_seconds == 0
    third = teacher.try_password(bank, "nope", T0 + timedelta(seconds=3))
    assert not third.ok and third.wait_seconds == 30 and third.failures == 3
    bank.close()
    bank = Bank.open(path)  # the program restarted
    try:
        during = teacher.try_password(bank, "right-one", T0 + timedelta(seconds=13))
        assert not during.ok and during.wait_seconds == 20
        fourth = teacher.try_password(bank, "nope", T0 + timedelta(seconds=34))
        assert fourth.wait_seconds == 60 and fourth.failures == 4
        assert teacher.wait_seconds(bank, T0 + timedelta(seconds=64)) == 30
        assert teacher.try_password(bank, "right-one", T0 + timedelta(seconds=95)).ok
        assert teacher.wait_seconds(bank, T0 + timedelta(seconds=96)) == 0
        assert not teacher.try_password(bank, "nope", T0 + timedelta(seconds=97)).wait_seconds
    finally:
        bank.close()


def test_waits_grow_to_a_cap() -> None:
    """Waits: none for the first two wrong tries, then 30 s, 60 s, 120 s … at most 15 min."""
    assert [teacher.wait_after(n) for n in range(1, 7)] == [0, 0, 30, 60, 120, 240]
    assert teacher.wait_after(50) == 15 * 60


def test_clock_set_back_does_not_lengthen_the_wait(bank: Bank) -> None:
    """A clock moved back never makes the wait longer than the delay itself."""
    teacher.set_password(bank, "right-one")
    for _ in range(3):
        teacher.try_password(bank, "nope", T0)
    assert teacher.wait_seconds(bank, T0 - timedelta(days=1)) == 30
