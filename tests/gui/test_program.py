"""The program around the window: a damaged bank, a bank open twice, restoring a backup."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from quizapp.app import Program
from quizapp.core import safety, teacher
from quizapp.core.bank import Bank
from quizapp.ui.main_window import MainWindow
from tests.gui.conftest import AutoPrompter, make_bank_file


@pytest.fixture
def program_for(qtbot: QtBot, tmp_path: Path, prompter: AutoPrompter):
    """Makes a Program whose windows answer dialogs through ``prompter``."""
    made: list[Program] = []
    problems: list[str] = []

    def factory(bank: Bank) -> MainWindow:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        window = MainWindow(bank, settings=settings, prompter=prompter)
        window.dialog_runner = lambda dialog: True  # the teacher accepts the first backup
        qtbot.addWidget(window)
        return window

    def make(db_path: Path, choice: str | None = "restore") -> Program:
        program = Program(
            db_path,
            ask_damage=lambda error: choice,
            problem=lambda title, text: problems.append(text),
            window_factory=factory,
        )
        made.append(program)
        return program

    make.problems = problems  # type: ignore[attr-defined]
    yield make
    for program in made:
        program.close()


def damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:100] = b"\xde\xad\xbe\xef" * 25
    path.write_bytes(bytes(data))


def test_damaged_bank_restored_from_backup(program_for, tmp_path: Path) -> None:
    """A damaged bank is moved aside and the newest good backup opens instead."""
    db = make_bank_file(tmp_path / "bank.sqlite3")
    safety.make_backup(db, "manual")
    damage(db)
    program = program_for(db, "restore")
    assert program.open()
    assert program.bank is not None and program.bank.has_set("harbour-fire")
    aside = [p for p in tmp_path.iterdir() if ".damaged" in p.name or "damaged" in p.name]
    assert aside, list(tmp_path.iterdir())


def test_damaged_bank_new_bank(program_for, tmp_path: Path) -> None:
    """Choosing a new bank opens one filled from the bundled questions."""
    db = make_bank_file(tmp_path / "bank.sqlite3")
    damage(db)
    program = program_for(db, "new")
    assert program.open()
    assert program.bank is not None and len(program.bank.set_ids()) >= 3


def test_damaged_bank_quit(program_for, tmp_path: Path) -> None:
    """Quitting at the damage dialog opens nothing and leaves the moved-aside file."""
    db = make_bank_file(tmp_path / "bank.sqlite3")
    damage(db)
    program = program_for(db, None)
    assert not program.open()
    assert program.window is None


def test_bank_open_twice_is_said_and_works(program_for, tmp_path: Path) -> None:
    """A second program on the same bank is told plainly and still saves answers."""
    db = make_bank_file(tmp_path / "bank.sqlite3")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from quizapp.core.safety import BankLock; "
            "lock = BankLock(sys.argv[1]); assert lock.acquire(); print('held', flush=True); "
            "time.sleep(60)",
            str(db),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        program = program_for(db)
        assert program.open()
        message = program.window.statusBar().currentMessage()
        assert "also open in another quizapp window" in message
        assert program.bank.add_profile("Ann").id > 0
    finally:
        holder.kill()
        holder.wait()


def test_restore_from_teacher_menu(program_for, tmp_path: Path, qtbot: QtBot) -> None:
    """Teacher › Restore a backup puts the backup back and reopens on it; the bank as it
    was is kept aside."""
    db = make_bank_file(tmp_path / "bank.sqlite3")
    program = program_for(db)
    assert program.open()
    bank = program.bank
    teacher.set_password(bank, "teacher-pass")
    safety.make_backup(db, "manual")
    bank.add_profile("Added after the backup")
    window = program.window
    qtbot.waitUntil(lambda: window.menus_filled)  # the menus are made after the first paint
    window.gate()._unlocked = True  # the teacher typed the password a moment ago
    window.restore_action.trigger()
    assert program.window is not window
    assert [p.name for p in program.bank.profiles()] == []
    assert program.bank.has_set("harbour-fire")
    assert "Backup restored" in program.window.statusBar().currentMessage()
    kept = [
        p
        for p in tmp_path.iterdir()
        if p.is_file()
        and p.name.startswith("bank.sqlite3.")
        and not p.name.endswith(("-wal", "-shm", ".lock"))
    ]
    names = []
    for path in kept:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            names += [row[0] for row in connection.execute("SELECT name FROM profiles")]
        except sqlite3.DatabaseError:
            continue
        finally:
            connection.close()
    assert "Added after the backup" in names  # the replaced bank was kept, not deleted


def test_restore_needs_teacher_mode(
    program_for, tmp_path: Path, prompter: AutoPrompter, qtbot: QtBot
) -> None:
    """Without the teacher password nothing is restored."""
    db = make_bank_file(tmp_path / "bank.sqlite3")
    program = program_for(db)
    assert program.open()
    teacher.set_password(program.bank, "teacher-pass")
    safety.make_backup(db, "manual")
    window = program.window
    qtbot.waitUntil(lambda: window.menus_filled)
    window.gate().unlock = lambda: False  # the user cancels the password dialog
    window.restore_action.trigger()
    assert program.window is window


def test_damage_found_after_the_window_opened_is_told(
    program_for, tmp_path: Path, prompter: AutoPrompter, qtbot: QtBot, monkeypatch
) -> None:
    """A big bank opens before its full check; damage that check finds is told in the
    window, with what to do, and the next start checks before opening."""
    db = make_bank_file(tmp_path / "bank.sqlite3")
    with sqlite3.connect(db) as connection:
        root = connection.execute(
            "SELECT rootpage FROM sqlite_master WHERE name = 'articles'"
        ).fetchone()[0]
        page = connection.execute("PRAGMA page_size").fetchone()[0]
    connection.close()
    data = bytearray(db.read_bytes())
    data[(root - 1) * page : root * page] = b"\x5a" * page
    db.write_bytes(bytes(data))
    monkeypatch.setattr(safety, "THOROUGH_CHECK_MAX_BYTES", 0)
    program = program_for(db)
    assert program.open()  # at once: the check runs in a thread
    qtbot.waitUntil(lambda: bool(prompter.warnings), timeout=10000)
    assert "found damage" in prompter.warnings[0]
    assert "restore the newest backup" in prompter.warnings[0]
    assert "damaged" in program.window.statusBar().currentMessage()
    assert safety.recheck_marker(db).exists()
