"""The main window's other modes: practice, handing in results, opening a quiz file, and
teacher mode (studio and class results) behind the password, locked again on leaving."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core import teacher
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.core.handin import read_results_file
from quizapp.ui.studio import PasswordDialog
from tests.gui.conftest import FIXTURE
from tests.gui.driving import click
from tests.gui.test_studio import PASSWORD, choose_password, when_modal


def enter_profile(qtbot: QtBot, window, name: str = "Ann") -> None:
    click(qtbot, window.profile_view.name_edit)
    qtbot.keyClicks(window.profile_view.name_edit, name)
    click(qtbot, window.profile_view.new_button)
    assert window.pages.currentWidget() is window.quiz_list


def enter_password(password: str):
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        dialog.new.setText(password)
        dialog.ok_button.click()

    return act


def menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions() if action.isVisible()]


def test_practice_from_the_quiz_list_and_back(qtbot: QtBot, open_window) -> None:
    """Practise opens a practice sitting; ending it shows progress; Back returns."""
    window = open_window()
    enter_profile(qtbot, window)
    click(qtbot, window.quiz_list.practice_button)
    assert window.pages.currentWidget() is window._practice
    assert window._practice.question_widget is not None
    click(qtbot, window._practice.strip.end_button)
    assert window.pages.currentWidget() is window._progress
    click(qtbot, window._progress.back_button)
    assert window.pages.currentWidget() is window.quiz_list


def test_practice_needs_a_profile(qtbot: QtBot, open_window, prompter) -> None:
    """Without a profile, Practice says to choose one first."""
    window = open_window()
    window.practice_action.trigger()
    assert prompter.infos and "profile" in prompter.infos[-1]
    assert window.pages.currentWidget() is window.profile_view


def test_save_results_file_after_a_quiz(
    qtbot: QtBot, open_window, prompter, tmp_path: Path, clock
) -> None:
    """At the end of a quiz the student saves a results file the teacher can read."""
    window = open_window()
    enter_profile(qtbot, window, "Bea")
    window.start_quiz("harbour-fire")
    session = window.session
    for index in range(session.total):
        session.submit(index, {})
    window.show_results(session.finish())
    target = tmp_path / "bea.quizresults.json"
    prompter.paths.append(str(target))
    click(qtbot, window.results_view().save_button)
    results = read_results_file(target)
    assert results.profile_name == "Bea"
    assert results.set_id == "harbour-fire"
    assert "hand this file" in window.statusBar().currentMessage()


def test_open_quiz_file_imports_after_preview(
    qtbot: QtBot, open_window, prompter, tmp_path: Path
) -> None:
    """File > Open shows what a quiz file adds, and imports it on confirmation."""
    window = open_window(path=_empty_bank(tmp_path))
    enter_profile(qtbot, window)
    assert window.quiz_list.tree.topLevelItemCount() == 0
    prompter.paths.append(str(FIXTURE))
    when_modal(lambda dialog: dialog.import_button.click())
    window.open_action.trigger()
    qtbot.waitUntil(lambda: window.quiz_list.tree.topLevelItemCount() == 1)
    assert window.bank.has_set("harbour-fire")


def test_damaged_quiz_file_imports_nothing(
    qtbot: QtBot, open_window, prompter, tmp_path: Path
) -> None:
    """A broken quiz file is refused with path:line and the bank is unchanged."""
    bad = tmp_path / "broken.yaml"
    bad.write_text("quizapp: 1\nid: x\ntitle: [unclosed\n", encoding="utf-8")
    window = open_window(path=_empty_bank(tmp_path))
    prompter.paths.append(str(bad))
    window.open_action.trigger()
    assert prompter.warnings and "broken.yaml:" in prompter.warnings[-1]
    assert window.bank.set_ids() == []


def test_teacher_mode_opens_behind_the_password_and_locks_again(qtbot: QtBot, open_window) -> None:
    """The studio needs the password; leaving teacher mode removes it and its menus."""
    window = open_window()
    enter_profile(qtbot, window)
    when_modal(choose_password(PASSWORD))
    window.studio_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.pages.currentWidget() is window._studio
    assert teacher.check_password(window.bank, PASSWORD)
    assert len(menu_titles(window)) > 5  # the studio's own menus joined the bar
    assert window.lock_action.isEnabled()
    window.lock_action.trigger()
    assert window._studio is None
    assert window.pages.currentWidget() is window.quiz_list
    assert not window.lock_action.isEnabled()
    assert menu_titles(window) == ["&File", "&View", "Practi&ce", "&Teacher", "&Help"]


def test_wrong_password_keeps_class_results_closed(qtbot: QtBot, open_window) -> None:
    """A wrong password does not open the class results."""
    window = open_window()
    teacher.set_password(window.bank, PASSWORD)
    said: list[str] = []

    def wrong_then_give_up(dialog: QWidget) -> None:
        enter_password("not-the-password")(dialog)
        said.append(dialog.message.text())  # the dialog stays open and says why
        dialog.reject()

    when_modal(wrong_then_give_up)
    window.dashboard_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window._dashboard is None
    assert said and said[0]


def test_class_results_then_lock(qtbot: QtBot, open_window) -> None:
    """The right password opens the class results; locking takes them away."""
    window = open_window()
    teacher.set_password(window.bank, PASSWORD)
    when_modal(enter_password(PASSWORD))
    window.dashboard_action.trigger()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert window.pages.currentWidget() is window._dashboard
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(
        QApplication.focusWidget() or window,
        Qt.Key.Key_L,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window._dashboard is None
    assert window.pages.currentWidget() is window.profile_view


def _empty_bank(tmp_path: Path) -> Path:
    path = tmp_path / "empty.sqlite3"
    Bank.open(path).close()
    return path


def test_fixture_is_a_valid_quiz_file() -> None:
    """The file used above is itself valid (so the import test tests the import)."""
    assert load_question_set(FIXTURE).id == "harbour-fire"
