"""States that once went wrong as a user moved between screens: the studio after practice
and after a quiz, feedback kept across a theme change, feedback said once and whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.driving import click, click_item
from tests.gui.test_modes import enter_password, enter_profile, menu_titles
from tests.gui.test_studio import PASSWORD, choose_password, when_modal

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
STUDENT_MENUS = ["&File", "&View", "&Practice", "&Teacher", "&Help"]


def open_studio_by_keyboard(qtbot: QtBot, window, answer_dialog) -> None:
    """Ctrl+Shift+T, then the password dialog answered as the teacher would."""
    window.activateWindow()  # as after any dialog, the window is the active one again
    qtbot.waitUntil(window.isActiveWindow)
    when_modal(answer_dialog)
    qtbot.keyClick(window, Qt.Key.Key_T, CTRL_SHIFT)
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)


def test_practice_then_studio_then_quiz_then_studio(qtbot: QtBot, open_window) -> None:
    """Practice → studio → quiz → studio by shortcuts and menus: no crash, studio menus once."""
    window = open_window()
    enter_profile(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_P, CTRL_SHIFT)  # Practice > Practise
    practice = window._practice
    assert window.pages.currentWidget() is practice
    click(qtbot, practice.primary_button)  # submit an (empty) answer
    click(qtbot, practice.primary_button)  # next question: the first widget is deleted
    qtbot.wait(10)  # deleteLater runs

    open_studio_by_keyboard(qtbot, window, choose_password(PASSWORD))
    assert window.pages.currentWidget() is window._studio
    titles = menu_titles(window)
    assert titles.count("&Studio") == 1 and titles.index("&Studio") < titles.index("&Teacher")
    window.lock_action.trigger()  # Teacher > Leave teacher mode
    assert window.pages.currentWidget() is window.quiz_list
    assert menu_titles(window) == STUDENT_MENUS

    click_item(qtbot, window.quiz_list.tree, 0)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    assert window.pages.currentWidget() is runner
    click(qtbot, runner.primary_button)  # submit question 1
    click(qtbot, runner.primary_button)  # on to question 2
    qtbot.wait(10)

    open_studio_by_keyboard(qtbot, window, enter_password(PASSWORD))
    assert window.pages.currentWidget() is window._studio
    assert menu_titles(window).count("&Studio") == 1
    window.teacher_menu.menuAction().trigger()  # the Teacher menu is still alive
    window.lock_action.trigger()
    assert menu_titles(window) == STUDENT_MENUS
