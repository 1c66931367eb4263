"""Opening a bank the way the program and the command line both do.

``open_bank`` creates a new bank in one step (filled from the bundled question files,
then renamed into place, so a crash never leaves half a bank), checks an existing one for
damage, moves a damaged file aside and raises ``DamagedBankError``, and makes the day's
backup. After a ``DamagedBankError``, ``recover(path, "restore" | "new")`` carries out the
user's choice.
"""

from __future__ import annotations

import os
import tempfile
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Literal

from quizapp.core import safety
from quizapp.core.bank import Bank, BankError
from quizapp.core.bank.connection import make_self_contained
from quizapp.core.safety import DamagedBankError

RecoveryChoice = Literal["restore", "new"]


def _fill_from_bundle(bank: Bank, bundled_questions: Path | None) -> None:
    if bundled_questions is None or not bundled_questions.is_dir():
        return
    from quizapp.core.files import check_paths  # YAML is only needed for a new bank

    sets, problems = check_paths([bundled_questions])
    if problems:
        raise BankError(
            "the bundled questions are damaged:\n" + "\n".join(str(p) for p in problems)
        )
    bank.import_sets(sets)


def _create_bank(path: Path, bundled_questions: Path | None) -> None:
    """Build a new bank under a temporary name and link it into place at ``path``.

    Stray ``-wal``/``-shm`` files of a bank that is gone are moved aside first: SQLite
    would otherwise read them into the new file. When another program creates the bank
    at the same moment, its bank wins and ours is thrown away.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BankError(f"cannot create the folder for the bank {path}: {error}") from None
    if any(Path(f"{path}{suffix}").exists() for suffix in safety.SIDECARS):
        safety.move_aside(path, "orphaned")
    handle, temporary_name = tempfile.mkstemp(
        prefix=f".{path.name}.", suffix=".new", dir=path.parent
    )
    os.close(handle)
    temporary = Path(temporary_name)
    try:
        temporary.unlink()  # Bank.open creates it; an empty file would count as damaged
        bank = Bank.open(temporary)
        try:
            _fill_from_bundle(bank, bundled_questions)
            make_self_contained(bank.db)
        finally:
            bank.close()
        try:
            os.link(temporary, path)
        except FileExistsError:
            pass  # created by another program meanwhile: use that one
        except OSError:
            if not path.exists():
                os.rename(temporary, path)
    finally:
        for suffix in ("", *safety.SIDECARS):
            with suppress(OSError):
                Path(f"{temporary}{suffix}").unlink()


def open_bank(
    path: Path,
    bundled_questions: Path | None = None,
    *,
    now: datetime | None = None,
    backup_in_background: bool = False,
    on_damage: safety.DamageListener | None = None,
) -> Bank:
    """Open the bank at ``path``; a new bank is filled from the bundled question files.

    A damaged bank is moved aside (never deleted) and ``DamagedBankError`` is raised,
    naming where it went and the newest good backup. Once a day (UTC) a backup is made;
    ``backup_in_background`` makes it in a thread so a window can show at once, and lets
    a big bank's full integrity check run in that thread too (``on_damage`` hears of
    damage it finds; the next start then checks before opening).
    """
    path = Path(path)
    if not path.exists():
        _create_bank(path, bundled_questions)
    check_later = backup_in_background and safety.check_can_wait(path)
    try:
        bank = Bank.open(path, thorough_check=not check_later)
    except DamagedBankError as error:
        moved = safety.set_aside_damaged(error, now)
        safety.checked_fully(path)
        raise moved from None
    if check_later:
        safety.start_background_check(path, on_damage, now)
        return bank
    safety.checked_fully(path)
    if backup_in_background:
        safety.start_daily_backup(path, now)
    else:
        safety.daily_backup(bank, now)
    return bank


def recover(
    path: Path,
    choice: RecoveryChoice,
    bundled_questions: Path | None = None,
    *,
    now: datetime | None = None,
) -> Bank:
    """Carry out the user's choice after ``DamagedBankError`` and return the open bank.

    ``"restore"`` puts the newest good backup in place; ``"new"`` starts a new bank from
    the bundled questions. A damaged file still at ``path`` is moved aside first; a good
    one (another window recovered already) is simply opened. Raises ``BankError`` when
    there is no good backup to restore.
    """
    path = Path(path)
    if path.exists():
        problem = safety.bank_problem(path, live=True)
        if problem is None:
            return open_bank(path, bundled_questions, now=now)
        safety.move_aside(path, "damaged", now)
    if choice == "restore":
        backup = safety.newest_good_backup(path)
        if backup is None:
            raise BankError(
                f"There is no good backup of {path} to restore. Start a new bank instead."
            )
        safety.restore_backup(path, backup.path, now)
    elif choice != "new":
        raise ValueError(f"unknown choice {choice!r}: use 'restore' or 'new'")
    return open_bank(path, bundled_questions, now=now)
