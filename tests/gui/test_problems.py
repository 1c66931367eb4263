"""Problems reach the user in plain words and lose nothing: a failed save keeps the answer
on screen, a damaged bank is explained, an unexpected error is logged, not dumped."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from quizapp import app as quizapp_app
from tests.gui.driving import click, drag_over


def test_a_failed_save_keeps_the_answer_on_screen(qtbot: QtBot, open_window, prompter, monkeypatch):
    """With the disk full, Submit says so plainly; the marks stay and a retry works."""
    window = open_window()
    window.profile_view.name_edit.setText("Kim")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    widget = runner.question_widget
    drag_over(qtbot, widget.views[0].text, "will likely rise")

    def disk_full(*args, **kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    monkeypatch.setattr(window.bank, "save_response", disk_full)
    click(qtbot, runner.primary_button)
    assert len(prompter.warnings) == 1
    assert "could not save your answer (database or disk is full)" in prompter.warnings[0]
    assert "Traceback" not in prompter.warnings[0]
    assert runner.question_widget is widget
    assert widget.response() == {"marks": [[0, 58, 74]]}
    assert not widget.is_locked()
    assert not runner.feedback_view.isVisible()  # no key: nothing was stored
    assert runner.primary_button.text() == "&Submit"

    monkeypatch.undo()
    click(qtbot, runner.primary_button)
    assert "1 of 1 points" in runner.feedback_view.points_label.text()


def test_submitting_nothing_asks_first(qtbot: QtBot, open_window, prompter):
    """Submit with nothing marked asks; "Keep working" leaves the question open."""
    window = open_window()
    window.profile_view.name_edit.setText("Lou")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    prompter.answers = [False]
    click(qtbot, runner.primary_button)
    assert prompter.asked == ["You have not answered this question yet. Submit it anyway?"]
    assert runner.answering and runner.position_label.text() == "Question 1 of 4"
    click(qtbot, runner.primary_button)  # this time: Submit anyway
    assert "0 of 1 points" in runner.feedback_view.points_label.text()


def test_profile_names_too_long_are_refused_in_words(qtbot: QtBot, open_window):
    """A name over 80 characters cannot be typed; an empty one cannot be submitted."""
    window = open_window()
    profiles = window.profile_view
    assert not profiles.new_button.isEnabled()
    qtbot.keyClicks(profiles.name_edit, "x" * 100)
    assert len(profiles.name_edit.text()) == 80
    qtbot.keyClicks(profiles.name_edit, "\r")
    assert window.pages.currentWidget() is window.quiz_list


def test_a_damaged_bank_is_explained(tmp_path: Path, monkeypatch):
    """run_gui on a file that is not a bank says what is wrong, keeps the file aside and
    returns 1 when the user quits at that question."""
    damaged = tmp_path / "bank.sqlite3"
    original = b"this is not a database" * 100
    damaged.write_bytes(original)
    seen: list = []
    monkeypatch.setattr(quizapp_app, "ask_about_damage", lambda error: seen.append(error))
    previous = sys.excepthook
    try:
        assert quizapp_app.run_gui(damaged) == 1
    finally:
        sys.excepthook = previous
    (error,) = seen
    assert error.problem and "Traceback" not in error.problem
    assert error.moved_to is not None and error.moved_to.read_bytes() == original


def test_a_bank_that_cannot_be_opened_is_explained(tmp_path: Path, monkeypatch):
    """A bank path that cannot be used at all gets a plain message and returns 1."""
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where a folder should be", encoding="utf-8")
    shown: list[str] = []
    monkeypatch.setattr(quizapp_app, "show_problem", lambda title, text: shown.append(text))
    previous = sys.excepthook
    try:
        assert quizapp_app.run_gui(blocked / "bank.sqlite3") == 1
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    assert shown[0].startswith("quizapp could not open the question bank.")
    assert "quizapp --db PATH" in shown[0]
    assert "Traceback" not in shown[0]


def test_unexpected_errors_are_logged_and_told_plainly(tmp_path: Path):
    """The exception hook writes the traceback to the log and shows words only."""
    log = tmp_path / "logs" / "quizapp.log"
    shown: list[str] = []
    previous = quizapp_app.install_excepthook(log, show=shown.append)
    try:
        try:
            raise ValueError("the sky fell")
        except ValueError as error:
            sys.excepthook(type(error), error, error.__traceback__)
    finally:
        sys.excepthook = previous
    assert "Traceback" in log.read_text(encoding="utf-8")
    assert "ValueError: the sky fell" in log.read_text(encoding="utf-8")
    assert len(shown) == 1
    assert "ValueError: the sky fell" in shown[0] and str(log) in shown[0]
    assert "Traceback" not in shown[0]


@pytest.mark.parametrize("theme", ["system", "light", "dark", "high-contrast"])
def test_every_theme_has_its_style_sheet(theme: str) -> None:
    """Each theme finds its .qss in assets/themes (loaded by path)."""
    from PySide6.QtGui import QPalette

    from quizapp.ui.themes import palette_for, style_sheet_for

    palette = palette_for(theme) or QPalette()
    assert "QLabel#hint" in style_sheet_for(theme, palette)


def test_run_gui_opens_a_new_bank_filled_from_the_bundled_questions(tmp_path: Path, qapp):
    """``quizapp`` on a new bank file fills it, shows the main window and exits 0 on close."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from quizapp.core.bank import Bank
    from quizapp.ui.main_window import MainWindow

    seen: list[MainWindow] = []

    def close_windows() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, MainWindow) and widget.isVisible():
                seen.append(widget)
                widget.close()

    QTimer.singleShot(300, close_windows)
    previous = sys.excepthook
    try:
        assert quizapp_app.run_gui(tmp_path / "new.sqlite3") == 0
    finally:
        sys.excepthook = previous
    assert len(seen) == 1
    assert not qapp.windowIcon().isNull()
    assert seen[0].pages.currentWidget() is seen[0].profile_view
    bank = Bank.open(tmp_path / "new.sqlite3")
    try:
        assert bank.counts()["questions"] > 0
    finally:
        bank.close()
