"""Backups, damaged banks, restore, the lock, and writes that cannot be stored."""

from __future__ import annotations

import os
import random
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import SimpleNamespace

import pytest

from quizapp import cli
from quizapp.core import bank as bank_module
from quizapp.core import safety
from quizapp.core.bank import Bank, BankError, BankWriteError, migrations, retry_when_busy
from quizapp.core.bank import connection as bank_connection
from quizapp.core.bank import writes as bank_writes
from quizapp.core.library import open_bank, recover
from quizapp.core.safety import BankInUseError, BankLock, DamagedBankError
from quizapp.core.session import QuizSession

sys.path.insert(0, str(Path(__file__).resolve().parent))

from crash_worker import SET_ID, answer_for  # noqa: E402
from reliability import (  # noqa: E402
    DAMAGE_KINDS,
    damage,
    fill_bank,
    make_drill_bank,
    run_damage_case,
)

DAY = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)


@pytest.fixture
def bank_path(tmp_path: Path) -> Path:
    """A bank file holding the drill set (closed)."""
    path = tmp_path / "school" / "bank.sqlite3"
    path.parent.mkdir()
    make_drill_bank(path)
    return path


def run_cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


# --- damage ------------------------------------------------------------------------------


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_damage_is_detected_moved_aside_and_recoverable(tmp_path: Path, kind: str) -> None:
    """Each kind of damage is detected, moved aside intact, restorable, and a new bank starts."""
    outcome = run_damage_case(tmp_path / kind, kind, random.Random(kind))
    assert outcome.failures == []
    assert (outcome.detected, outcome.moved, outcome.restored, outcome.started_new) == (
        True,
        True,
        True,
        True,
    )


@pytest.mark.parametrize("kind", DAMAGE_KINDS)
def test_bank_open_raises_damaged_without_moving(bank_path: Path, kind: str) -> None:
    """Bank.open only reports damage (DamagedBankError with the problem); it moves nothing."""
    damage(bank_path, kind, random.Random(1))
    with pytest.raises(DamagedBankError) as caught:
        Bank.open(bank_path)
    assert caught.value.path == bank_path and caught.value.problem
    assert caught.value.moved_to is None
    assert bank_path.exists()


def test_damage_in_the_middle_is_found_by_quick_check(bank_path: Path) -> None:
    """Random bytes over pages inside the file are caught by SQLite's quick check."""
    bank = Bank.open(bank_path)
    fill_bank(bank, answers=12)
    bank.close()
    data = bytearray(bank_path.read_bytes())
    page = 4096
    assert len(data) >= 6 * page
    data[2 * page : len(data) - page] = random.Random(3).randbytes(len(data) - 3 * page)
    bank_path.write_bytes(bytes(data))
    with pytest.raises(DamagedBankError) as caught:
        open_bank(bank_path)
    assert caught.value.moved_to is not None
    assert caught.value.moved_to.read_bytes() == bytes(data)


def test_moving_aside_keeps_the_wal_with_the_file(tmp_path: Path) -> None:
    """A bank moved aside takes its -wal along, renamed so SQLite still reads it."""
    live = tmp_path / "live.sqlite3"
    writer = sqlite3.connect(live)
    writer.execute("PRAGMA journal_mode = WAL")
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("CREATE TABLE t (x)")
    writer.execute("INSERT INTO t VALUES ('kept in the log')")
    writer.commit()
    path = tmp_path / "bank.sqlite3"  # a bank left by a crash: committed rows in its -wal
    path.write_bytes(live.read_bytes())
    Path(f"{path}-wal").write_bytes(Path(f"{live}-wal").read_bytes())
    writer.close()
    moved = safety.move_aside(path, "damaged", DAY)
    assert moved is not None and moved.name == "bank.sqlite3.damaged-20261124T090000Z"
    assert not path.exists() and not Path(f"{path}-wal").exists()
    alone = tmp_path / "alone.sqlite3"
    alone.write_bytes(moved.read_bytes())
    with closing(sqlite3.connect(alone)) as reader:
        assert reader.execute("SELECT name FROM sqlite_master").fetchall() == []
    with closing(sqlite3.connect(moved)) as reader:
        assert reader.execute("SELECT x FROM t").fetchall() == [("kept in the log",)]


def test_moving_aside_never_overwrites(tmp_path: Path) -> None:
    """Two moves at the same second get two names; both files keep their bytes."""
    path = tmp_path / "bank.sqlite3"
    path.write_bytes(b"first")
    first = safety.move_aside(path, "damaged", DAY)
    path.write_bytes(b"second")
    second = safety.move_aside(path, "damaged", DAY)
    assert first != second
    assert first is not None and first.read_bytes() == b"first"
    assert second is not None and second.read_bytes() == b"second"


def test_foreign_database_is_refused_and_left_alone(tmp_path: Path) -> None:
    """A SQLite file of another program is not a quizapp bank: refused, not moved, unchanged."""
    path = tmp_path / "places.sqlite"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE bookmarks (url)")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(BankError) as caught:
        open_bank(path)
    assert not isinstance(caught.value, DamagedBankError)
    assert "not a quizapp bank" in str(caught.value)
    assert path.read_bytes() == before


def test_unopenable_path_is_not_treated_as_damage(tmp_path: Path) -> None:
    """A folder where the bank should be is an ordinary error; nothing is moved."""
    path = tmp_path / "bank.sqlite3"
    path.mkdir()
    with pytest.raises(BankError) as caught:
        open_bank(path)
    assert not isinstance(caught.value, DamagedBankError)
    assert path.is_dir()


def test_damaged_bank_in_use_elsewhere_is_left_in_place(bank_path: Path) -> None:
    """While another program holds the bank's lock, a damaged file is reported, not moved."""
    holder = _hold_lock_in_subprocess(bank_path)
    try:
        damage(bank_path, "header", random.Random(2))
        with pytest.raises(DamagedBankError) as caught:
            open_bank(bank_path)
        assert caught.value.moved_to is None
        assert bank_path.exists()
    finally:
        holder.kill()
        holder.wait()


def test_recover_restore_without_backup_says_so(tmp_path: Path) -> None:
    """Choosing "restore" with no good backup raises a plain BankError; the file is kept."""
    path = tmp_path / "bank.sqlite3"
    path.write_text("not a bank\n")
    with pytest.raises(DamagedBankError) as caught:
        open_bank(path)
    assert caught.value.backup is None
    with pytest.raises(BankError, match="no good backup"):
        recover(path, "restore")
    assert caught.value.moved_to is not None and caught.value.moved_to.exists()


def test_recover_skips_damaged_backups(bank_path: Path) -> None:
    """The newest good backup is used when a newer backup is itself damaged."""
    good = safety.make_backup(bank_path, "manual", now=DAY)
    bad = safety.make_backup(bank_path, "manual", now=DAY + timedelta(hours=1))
    damage(bad, "header", random.Random(4))
    damage(bank_path, "truncated", random.Random(5))
    with pytest.raises(DamagedBankError) as caught:
        open_bank(bank_path)
    assert caught.value.backup is not None and caught.value.backup.path == good
    restored = recover(bank_path, "restore")
    try:
        assert restored.set_ids() == [SET_ID]
    finally:
        restored.close()


def test_stray_wal_of_a_missing_bank_is_moved_aside(tmp_path: Path) -> None:
    """A new bank never reads a -wal left by a bank that is gone; that file is kept aside."""
    path = tmp_path / "bank.sqlite3"
    Path(f"{path}-wal").write_bytes(b"left over" * 100)
    bank = open_bank(path)
    try:
        assert bank.counts()["sets"] == 0
    finally:
        bank.close()
    kept = list(tmp_path.glob("bank.sqlite3.orphaned-*-wal"))
    assert len(kept) == 1 and kept[0].read_bytes() == b"left over" * 100


# --- backups -----------------------------------------------------------------------------


def test_backups_rotate_to_seven(bank_path: Path) -> None:
    """Only the newest seven backups are kept."""
    made = [
        safety.make_backup(bank_path, "manual", now=DAY + timedelta(minutes=n)) for n in range(10)
    ]
    kept = safety.list_backups(bank_path)
    assert [info.path for info in kept] == list(reversed(made[3:]))
    assert not any(path.exists() for path in made[:3])


def test_backups_in_the_same_second_do_not_collide(bank_path: Path) -> None:
    """Two backups made at the same moment are two files, newest listed first."""
    first = safety.make_backup(bank_path, "manual", now=DAY)
    second = safety.make_backup(bank_path, "manual", now=DAY)
    assert first != second and first.exists() and second.exists()
    assert [info.path for info in safety.list_backups(bank_path)] == [second, first]


def test_a_backup_name_with_no_real_date_is_not_a_backup(bank_path: Path) -> None:
    """A file named like a backup but stamped with month 13 is left out, not a crash."""
    made = safety.make_backup(bank_path, "manual", now=DAY)
    fake = made.with_name(made.name.replace(DAY.strftime("%Y%m%d"), "20261399"))
    fake.write_bytes(made.read_bytes())
    assert [info.path for info in safety.list_backups(bank_path)] == [made]
    assert safety.list_backups(bank_path)[0].created == DAY.astimezone(UTC)


def test_daily_backup_once_per_day(bank_path: Path) -> None:
    """Opening the bank makes one backup a day, whatever the number of openings."""
    for hours in (0, 1, 6):
        open_bank(bank_path, now=DAY + timedelta(hours=hours)).close()
    assert [info.reason for info in safety.list_backups(bank_path)] == ["daily"]
    open_bank(bank_path, now=DAY + timedelta(days=1)).close()
    open_bank(bank_path, now=DAY + timedelta(days=1, hours=3)).close()
    listed = safety.list_backups(bank_path)
    assert [info.created.date() for info in listed] == [
        (DAY + timedelta(days=1)).date(),
        DAY.date(),
    ]


def test_daily_backup_in_background(bank_path: Path) -> None:
    """The GUI's way: the day's backup is made by a thread, once per day, and is good."""
    bank = open_bank(bank_path, now=DAY, backup_in_background=True)
    bank.close()
    for _wait in range(250):
        if safety.list_backups(bank_path):
            break
        time.sleep(0.02)
    assert safety.start_daily_backup(bank_path, DAY + timedelta(hours=5)) is None
    (info,) = safety.list_backups(bank_path, verify=True)
    assert info.reason == "daily" and not info.damaged and info.questions == 24
    later = safety.start_daily_backup(bank_path, DAY + timedelta(days=1))
    assert later is not None
    later.join()
    assert len(safety.list_backups(bank_path)) == 2


def test_stale_partial_copies_are_cleaned(bank_path: Path) -> None:
    """A half-written backup left by a crash is removed once it is over an hour old."""
    folder = safety.backup_dir(bank_path)
    folder.mkdir()
    old, fresh = folder / ".bank-x.partial", folder / ".bank-y.partial"
    old.write_bytes(b"half")
    fresh.write_bytes(b"half")
    os.utime(old, (time.time() - 7200, time.time() - 7200))
    safety.make_backup(bank_path, "manual", now=DAY)
    assert not old.exists() and fresh.exists()


def test_daily_backup_failure_does_not_stop_opening(bank_path: Path) -> None:
    """When backups/ cannot be written the bank still opens (the failure is logged)."""
    safety.backup_dir(bank_path).write_text("a file where the folder should be")
    bank = open_bank(bank_path, now=DAY)
    try:
        assert bank.set_ids() == [SET_ID]
    finally:
        bank.close()


def test_backup_sits_next_to_the_bank_and_is_self_contained(bank_path: Path) -> None:
    """A backup goes to backups/ beside the bank, named with a UTC time, with no -wal."""
    bank = Bank.open(bank_path)
    fill_bank(bank)
    made = safety.make_backup(bank_path, "manual", source=bank.db.conn, now=DAY)
    bank.close()
    assert made == bank_path.parent / "backups" / "bank-20261124T090000Z-manual.sqlite3"
    assert not Path(f"{made}-wal").exists()
    assert made.read_bytes()[18:20] == b"\x01\x01"  # rollback journal, not WAL
    (info,) = safety.list_backups(bank_path, verify=True)
    assert (info.questions, info.attempts, info.damaged) == (24, 1, False)
    assert info.created == DAY


def test_damaged_backup_is_listed_as_damaged(bank_path: Path) -> None:
    """A broken backup is listed, marked damaged, with no counts."""
    made = safety.make_backup(bank_path, "manual", now=DAY)
    damage(made, "zero-length", random.Random(6))
    (info,) = safety.list_backups(bank_path)
    assert info.damaged and info.questions is None and info.attempts is None
    assert "DAMAGED" in info.describe()


def test_backup_of_a_damaged_bank_is_refused(bank_path: Path) -> None:
    """A damaged bank is never copied into the seven (it would push a good backup out)."""
    damage(bank_path, "truncated", random.Random(7))
    with pytest.raises(DamagedBankError):
        safety.make_backup(bank_path, "manual")
    assert safety.list_backups(bank_path) == []


def test_backup_before_migration(bank_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A pending migration copies the bank into backups/ first, and a failed copy stops it."""
    ran: list[str] = []

    def m999_test(db: object) -> None:
        ran.append("m999_test")

    monkeypatch.setattr(migrations, "steps", [*migrations.steps, ("m999_test", m999_test, True)])
    monkeypatch.setattr(migrations, "_real", None)  # rebuilt with the extra step
    safety.backup_dir(bank_path).write_text("not a folder")
    with pytest.raises(BankError):
        Bank.open(bank_path)
    assert ran == []
    safety.backup_dir(bank_path).unlink()
    bank = Bank.open(bank_path)
    try:
        assert "m999_test" in bank.schema_version() and ran == ["m999_test"]
    finally:
        bank.close()
    (info,) = safety.list_backups(bank_path)
    assert info.reason == "before-m999_test" and info.questions == 24


# --- restore -----------------------------------------------------------------------------


def test_restore_round_trip(bank_path: Path) -> None:
    """Restoring puts the backup's rows back and keeps the replaced file beside the bank."""
    bank = Bank.open(bank_path)
    fill_bank(bank, name="Ada")
    made = safety.make_backup(bank_path, "manual", source=bank.db.conn, now=DAY)
    expected = bank.counts()
    fill_bank(bank, name="Ben")
    bank.close()
    result = safety.restore_backup(bank_path, made, now=DAY)
    restored = Bank.open(bank_path)
    try:
        assert restored.counts() == expected
        assert [p.name for p in restored.profiles()] == ["Ada"]
    finally:
        restored.close()
    assert result.moved_aside is not None
    replaced = Bank.open(result.moved_aside)
    try:
        assert [p.name for p in replaced.profiles()] == ["Ada", "Ben"]
    finally:
        replaced.close()


def test_restore_refuses_a_damaged_backup(bank_path: Path) -> None:
    """A damaged backup is refused and the bank is left exactly as it was."""
    made = safety.make_backup(bank_path, "manual", now=DAY)
    damage(made, "header", random.Random(8))
    before = bank_path.read_bytes()
    with pytest.raises(BankError, match="cannot be used"):
        safety.restore_backup(bank_path, made)
    assert bank_path.read_bytes() == before
    assert list(bank_path.parent.glob("bank.sqlite3.replaced-*")) == []


def test_restore_refuses_while_open_elsewhere(bank_path: Path) -> None:
    """While another program holds the lock, restore raises BankInUseError and changes nothing."""
    made = safety.make_backup(bank_path, "manual", now=DAY)
    holder = _hold_lock_in_subprocess(bank_path)
    try:
        with pytest.raises(BankInUseError) as caught:
            safety.restore_backup(bank_path, made)
        assert caught.value.holder is not None and caught.value.holder.pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    assert list(bank_path.parent.glob("bank.sqlite3.replaced-*")) == []


# --- the lock ----------------------------------------------------------------------------


def _hold_lock_in_subprocess(bank_path: Path) -> subprocess.Popen[str]:
    code = (
        "import sys, time; from pathlib import Path;"
        "from quizapp.core.safety import BankLock;"
        f"lock = BankLock(Path({str(bank_path)!r}));"
        "print('LOCKED' if lock.acquire() else 'BUSY', flush=True); time.sleep(60)"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code],
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "LOCKED\n"
    return process


def test_lock_tells_a_second_program_and_survives_a_crash(bank_path: Path) -> None:
    """A held lock is refused to another program (naming it); a killed holder frees it."""
    holder = _hold_lock_in_subprocess(bank_path)
    lock = BankLock(bank_path)
    try:
        assert lock.path == bank_path.with_name("bank.sqlite3.lock")
        assert not lock.acquire()
        who = lock.holder()
        assert who is not None and who.pid == holder.pid
    finally:
        holder.kill()
        holder.wait()
    assert lock.path.exists()  # left behind by the killed holder: stale
    assert lock.acquire()
    assert lock.held and safety.lock_holder(bank_path) is None
    lock.release()
    assert not lock.path.exists()


def test_lock_file_being_created_is_respected_then_aged_out(bank_path: Path) -> None:
    """An empty lock file a moment old may be another program's, about to be locked; once
    it is a few seconds old with nobody holding it, it is stale and taken over."""
    path = safety.lock_path(bank_path)
    path.write_bytes(b"")
    lock = BankLock(bank_path)
    assert not lock.acquire()
    os.utime(path, (time.time() - 60, time.time() - 60))
    assert lock.acquire()
    assert path.read_text().splitlines()[0] == str(os.getpid())
    lock.release()


def test_lock_context_manager_raises_when_held(bank_path: Path) -> None:
    """``with BankLock(...)`` raises BankInUseError while another program holds it."""
    holder = _hold_lock_in_subprocess(bank_path)
    try:
        with pytest.raises(BankInUseError, match="open in another quizapp window"):
            with BankLock(bank_path):
                pass
    finally:
        holder.kill()
        holder.wait()
    with BankLock(bank_path) as lock:
        assert lock.held


# --- the command line --------------------------------------------------------------------


def test_cli_backup_prints_the_new_file(
    bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp backup` makes a backup now and prints where it is."""
    code, out, _err = run_cli(capsys, "backup", "--db", str(bank_path))
    assert code == 0
    made = Path(out.strip())
    assert made.exists() and made.parent == safety.backup_dir(bank_path)


def test_cli_restore_lists_numbered(bank_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`quizapp restore` and `--list` number the backups, newest first, with counts."""
    safety.make_backup(bank_path, "manual", now=DAY)
    safety.make_backup(bank_path, "manual", now=DAY + timedelta(hours=2))
    for argv in (("restore",), ("restore", "--list")):
        code, out, _err = run_cli(capsys, *argv, "--db", str(bank_path))
        lines = out.splitlines()
        assert code == 0 and len(lines) == 2
        assert lines[0].startswith(" 1. 2026-11-24 11:00 UTC  24 questions, 0 attempts")
        assert lines[1].startswith(" 2. 2026-11-24 09:00 UTC")


def test_cli_restore_needs_confirmation(
    bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without a terminal and without --yes, restore refuses and changes nothing."""
    safety.make_backup(bank_path, "manual", now=DAY)
    before = bank_path.read_bytes()
    code, _out, err = run_cli(capsys, "restore", "1", "--db", str(bank_path))
    assert code == 1 and "--yes" in err
    assert bank_path.read_bytes() == before


def test_cli_restore_asks_on_a_terminal(
    bank_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a terminal restore asks; "n" keeps the bank, "y" restores."""
    bank = Bank.open(bank_path)
    safety.make_backup(bank_path, "manual", source=bank.db.conn, now=DAY)
    fill_bank(bank, name="Ben")
    bank.close()
    monkeypatch.setattr(sys, "stdin", SimpleNamespace(isatty=lambda: True))
    answers = iter(["n", "y"])
    monkeypatch.setattr("builtins.input", lambda prompt: next(answers))
    code, _out, err = run_cli(capsys, "restore", "1", "--db", str(bank_path))
    assert code == 1 and "Nothing was restored" in err
    code, out, _err = run_cli(capsys, "restore", "1", "--db", str(bank_path))
    assert code == 0 and "Restored" in out
    restored = Bank.open(bank_path)
    try:
        assert restored.profiles() == []
    finally:
        restored.close()


def test_cli_restore_yes_and_unknown_number(
    bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`restore N --yes` restores at once; a number not in the list is a usage error."""
    made = safety.make_backup(bank_path, "manual", now=DAY)
    code, _out, err = run_cli(capsys, "restore", "5", "--yes", "--db", str(bank_path))
    assert code == 2 and "no backup number 5" in err
    code, out, _err = run_cli(capsys, "restore", str(made), "--yes", "--db", str(bank_path))
    assert code == 0 and "kept as" in out
    assert len(list(bank_path.parent.glob("bank.sqlite3.replaced-*"))) == 1


def test_cli_damaged_bank_gives_plain_advice(
    bank_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A damaged bank on the command line: the plain message, what to do, exit 1."""
    safety.make_backup(bank_path, "manual", now=DAY)
    damage(bank_path, "text-file", random.Random(9))
    code, _out, err = run_cli(capsys, "export", SET_ID, "--out", "-", "--db", str(bank_path))
    assert code == 1
    assert "is damaged: it is a text file" in err
    assert "moved aside to" in err
    assert f"quizapp restore 1 --db {bank_path}" in err
    assert "run your command again" in err
    assert "Traceback" not in err and "unexpected" not in err
    code, out, _err = run_cli(capsys, "restore", "1", "--yes", "--db", str(bank_path))
    assert code == 0
    code, out, _err = run_cli(capsys, "export", SET_ID, "--out", "-", "--db", str(bank_path))
    assert code == 0 and f"id: {SET_ID}" in out


# --- writes that cannot be stored --------------------------------------------------------


def _fill_the_disk(bank: Bank) -> None:
    pages = bank.db.execute("PRAGMA page_count").fetchone()[0]
    bank.db.execute(f"PRAGMA max_page_count = {pages}")


def test_full_disk_gives_a_plain_message_and_keeps_earlier_answers(bank_path: Path) -> None:
    """A full disk: BankWriteError "the disk is full", the session does not count the answer,
    every earlier answer stays, and the same answer saves once there is room."""
    bank = Bank.open(bank_path)
    try:
        profile = bank.add_profile("Ada")
        session = QuizSession.start(bank, profile.id, SET_ID)
        session.submit(0, answer_for(session.questions[0], session.attempt.id, 0))
        _fill_the_disk(bank)
        big = {"choices": [0] * 30000}  # needs pages the "disk" no longer has
        assert session.questions[2].type == "choice"
        with pytest.raises(BankWriteError) as caught:
            session.submit(2, big)
        assert caught.value.reason == "full"
        assert "The disk is full" in str(caught.value)
        assert session.answered_count == 1 and session.response_for(2) is None
        assert [r.position for r in bank.responses(session.attempt.id)] == [0]
        bank.db.execute("PRAGMA max_page_count = 1073741823")
        session.submit(1, answer_for(session.questions[1], session.attempt.id, 1))
        assert [r.position for r in bank.responses(session.attempt.id)] == [0, 1]
    finally:
        bank.close()


def test_full_disk_import_changes_nothing(bank_path: Path) -> None:
    """An import that runs out of room stores nothing and says the disk is full."""
    bank = Bank.open(bank_path)
    try:
        question_set = bank.question_set(SET_ID)
        before = bank.counts()
        _fill_the_disk(bank)
        renamed = replace(question_set, id="drill-copy")
        with pytest.raises(BankWriteError, match="The disk is full"):
            bank.import_sets([renamed])
        assert bank.counts() == before
    finally:
        bank.close()


def test_read_only_bank_gives_a_plain_message(bank_path: Path) -> None:
    """A read-only bank: BankWriteError "the bank file is read-only"; answers stay unsaved
    in the session and nothing is lost."""
    bank = Bank.open(bank_path)
    try:
        profile = bank.add_profile("Ada")
        session = QuizSession.start(bank, profile.id, SET_ID)
        session.submit(0, answer_for(session.questions[0], session.attempt.id, 0))
        bank.db.execute("PRAGMA query_only = ON")  # what a read-only file does to writes
        with pytest.raises(BankWriteError) as caught:
            session.submit(1, answer_for(session.questions[1], session.attempt.id, 1))
        assert caught.value.reason == "read-only"
        assert "read-only" in str(caught.value)
        assert session.current_index == 1
        assert len(bank.responses(session.attempt.id)) == 1
    finally:
        bank.close()


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root ignores chmod")
def test_read_only_file_on_disk(bank_path: Path) -> None:
    """A bank file with mode 0444 opens for reading and refuses writes plainly."""
    Bank.open(bank_path).close()
    bank_path.chmod(0o444)
    try:
        bank = Bank.open(bank_path)
        try:
            with pytest.raises(BankWriteError, match="read-only"):
                bank.add_profile("Ada")
        finally:
            bank.close()
    finally:
        bank_path.chmod(0o644)


def test_writes_wait_for_a_busy_bank(bank_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A write that meets another program's lock longer than the busy timeout is retried
    and stored, not lost."""
    monkeypatch.setattr(bank_connection, "BUSY_TIMEOUT_MS", 100)  # where connect() reads it
    bank = Bank.open(bank_path)
    other = sqlite3.connect(bank_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock
    released = threading.Event()

    def release_later() -> None:
        time.sleep(0.6)
        other.execute("COMMIT")
        released.set()

    thread = threading.Thread(target=release_later)
    thread.start()
    try:
        profile = bank.add_profile("Ada")
        assert released.is_set()
        assert [p.name for p in bank.profiles()] == ["Ada"] and profile.id
    finally:
        thread.join()
        other.close()
        bank.close()


def test_retry_gives_up_with_a_plain_message(monkeypatch: pytest.MonkeyPatch) -> None:
    """Busy beyond the retry budget: BankWriteError "busy", not "database is locked"."""
    monkeypatch.setattr(bank_writes, "WRITE_RETRY_SECONDS", 0.05)
    calls: list[int] = []
    fake = SimpleNamespace(
        db=SimpleNamespace(conn=SimpleNamespace(in_transaction=False)), path=None
    )

    @retry_when_busy
    def write(self: object) -> None:
        calls.append(1)
        raise sqlite3.OperationalError("database is locked")

    with pytest.raises(BankWriteError) as caught:
        write(fake)
    assert caught.value.reason == "busy" and "busy in another quizapp program" in str(caught.value)
    assert len(calls) > 1


def test_retry_keeps_generator_items_and_skips_inside_transactions() -> None:
    """A retried write sees every item of a generator again; inside an open transaction it
    is not retried (the caller must retry the whole transaction)."""
    seen: list[list[int]] = []
    fake = SimpleNamespace(
        db=SimpleNamespace(conn=SimpleNamespace(in_transaction=False)), path=None
    )

    @retry_when_busy
    def write(self: object, items: list[int]) -> None:
        seen.append(list(items))
        if len(seen) == 1:
            raise sqlite3.OperationalError("database is locked")

    write(fake, (n for n in range(3)))
    assert seen == [[0, 1, 2], [0, 1, 2]]
    fake.db.conn.in_transaction = True
    seen.clear()
    with pytest.raises(sqlite3.OperationalError) as caught:
        write(fake, [1])
    assert not isinstance(caught.value, BankWriteError)
    assert seen == [[1]]


def test_write_failing_inside_a_transaction_is_worded_once(bank_path: Path) -> None:
    """A write that fails inside ``Bank.transaction()`` comes out as one BankWriteError, and
    the transaction's earlier writes are rolled back."""
    bank = Bank.open(bank_path)
    try:
        _fill_the_disk(bank)
        with pytest.raises(BankWriteError) as caught:
            with bank.transaction():
                bank.set_setting("first", "1")
                bank.set_setting("big", "x" * 200_000)
        assert caught.value.reason == "full"
        assert bank.setting("first") is None
    finally:
        bank.close()


def test_write_error_is_also_a_sqlite_error() -> None:
    """Screens that catch sqlite3.Error keep catching the worded BankWriteError."""
    error = bank_module.write_error(sqlite3.OperationalError("database or disk is full"), None)
    assert isinstance(error, sqlite3.Error) and isinstance(error, BankError)


def test_other_database_errors_pass_unchanged(bank_path: Path) -> None:
    """An integrity error (a bug, not the disk) is not disguised as a storage problem."""
    bank = Bank.open(bank_path)
    try:
        with pytest.raises(sqlite3.IntegrityError):
            bank.save_response(999, "q0", 0, {}, 0.0, 1.0, "2026-01-01T00:00:00+00:00")
    finally:
        bank.close()


# --- big banks: the full check after the window opens -------------------------------------


def _check_thread() -> threading.Thread | None:
    return next((t for t in threading.enumerate() if t.name == safety.CHECK_THREAD_NAME), None)


def _wait_for_check() -> None:
    thread = _check_thread()
    if thread is not None:
        thread.join(30)


def _damage_a_table_nobody_reads_at_open(bank_path: Path) -> bytes:
    """Random bytes over the first page of the articles table: opening reads no article,
    SQLite's quick check does."""
    with closing(sqlite3.connect(bank_path)) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'articles'"
        ).fetchone()[0]
        size = connection.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(bank_path.read_bytes())
    data[(root - 1) * size : root * size] = random.Random(7).randbytes(size)
    bank_path.write_bytes(bytes(data))
    return bytes(data)


def test_a_big_bank_opens_at_once_and_is_checked_in_the_background(
    bank_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Above the size limit the quick check runs in a thread, then the day's backup."""
    monkeypatch.setattr(safety, "THOROUGH_CHECK_MAX_BYTES", 0)
    checked_in: list[str] = []
    real = safety.quick_check_problem

    def spy(connection: sqlite3.Connection) -> str | None:
        checked_in.append(threading.current_thread().name)
        return real(connection)

    monkeypatch.setattr(safety, "quick_check_problem", spy)
    found: list[str] = []
    bank = open_bank(bank_path, now=DAY, backup_in_background=True, on_damage=found.append)
    try:
        assert "MainThread" not in checked_in  # not before the window
        _wait_for_check()
        assert safety.CHECK_THREAD_NAME in checked_in
        assert found == [] and not safety.recheck_marker(bank_path).exists()
        assert len(safety.list_backups(bank_path)) == 1  # the day's backup came after
    finally:
        bank.close()


def test_a_small_bank_is_checked_before_opening(bank_path: Path) -> None:
    """Below the size limit damage anywhere is found before the window opens."""
    damaged = _damage_a_table_nobody_reads_at_open(bank_path)
    with pytest.raises(DamagedBankError) as caught:
        open_bank(bank_path, now=DAY, backup_in_background=True)
    assert caught.value.moved_to is not None and caught.value.moved_to.read_bytes() == damaged


def test_damage_found_in_the_background_is_told_and_checked_at_the_next_start(
    bank_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The thread reports the damage in words and leaves a note; the next start checks
    fully, moves the bank aside as usual and removes the note."""
    safety.make_backup(bank_path, "manual", now=DAY)
    damaged = _damage_a_table_nobody_reads_at_open(bank_path)
    monkeypatch.setattr(safety, "THOROUGH_CHECK_MAX_BYTES", 0)
    found: list[str] = []
    bank = open_bank(bank_path, now=DAY, backup_in_background=True, on_damage=found.append)
    try:
        _wait_for_check()
    finally:
        bank.close()
    assert len(found) == 1 and "malformed" in found[0]
    assert safety.recheck_marker(bank_path).exists()
    assert len(safety.list_backups(bank_path)) == 1  # no backup of a damaged bank
    with pytest.raises(DamagedBankError) as caught:
        open_bank(bank_path, now=DAY, backup_in_background=True)
    assert caught.value.moved_to is not None and caught.value.moved_to.read_bytes() == damaged
    assert caught.value.backup is not None  # the manual backup is offered
    assert not safety.recheck_marker(bank_path).exists()
