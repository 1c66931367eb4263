"""States that once went wrong as a user moved between screens: the studio after practice
and after a quiz, feedback kept across a theme change, feedback said once and whole."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.marking import mark_colours
from quizapp.ui.question_widgets import ClassifyWidget, CompareWidget, HighlightWidget
from tests.gui.driving import choose_in_combo, click, click_item, drag_over
from tests.gui.test_modes import enter_password, enter_profile, menu_titles
from tests.gui.test_studio import PASSWORD, choose_password, when_modal

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
STUDENT_MENUS = ["&File", "&View", "Practi&ce", "&Teacher", "&Help"]


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


def start_harbour_quiz(qtbot: QtBot, window):
    """Profile Ann, the first quiz in the list started with the mouse; returns the runner."""
    enter_profile(qtbot, window)
    click_item(qtbot, window.quiz_list.tree, 0)
    click(qtbot, window.quiz_list.start_button)
    return window.runner()


def drawn_fill(text, start: int) -> str:
    """The background colour drawn over the character at ``start`` (a name like #rrggbb)."""
    for left, right, text_format in text.drawn_ranges():
        if left <= start < right:
            return text_format.background().color().name()
    return "none"


def test_theme_change_keeps_the_feedback(qtbot: QtBot, open_window) -> None:
    """Switching to the dark theme after submitting keeps the feedback, drawn in dark colours."""
    window = open_window()
    window.theme_actions["light"].trigger()
    runner = start_harbour_quiz(qtbot, window)
    widget = runner.question_widget
    assert isinstance(widget, HighlightWidget)
    text = widget.views[0].text
    drag_over(qtbot, text, "will likely rise")
    click(qtbot, runner.primary_button)
    start = text.text().index("will likely rise")
    body = runner.feedback_view.body.text()
    assert "Found" in body
    light_fill = drawn_fill(text, start)
    assert light_fill == mark_colours(text.palette())["found-fill"].name()

    window.theme_actions["dark"].trigger()  # View > Theme > Dark
    QApplication.processEvents()
    assert runner.question_widget is widget and runner.feedback_view.isVisible()
    assert runner.feedback_view.body.text() == body
    assert [h.kind for h in text._highlights] == ["found"]
    dark_fill = mark_colours(text.palette())["found-fill"].name()
    assert dark_fill != light_fill
    assert drawn_fill(text, start) == dark_fill  # not the light fill under light text


def answer_until(qtbot: QtBot, runner, kind: type) -> None:
    """Submit empty answers and go on until the question on screen is of ``kind``."""
    while not isinstance(runner.question_widget, kind):
        click(qtbot, runner.primary_button)  # submit
        click(qtbot, runner.primary_button)  # next


def test_classify_feedback_is_said_once(qtbot: QtBot, open_window) -> None:
    """Each phrase's label result appears once: under the phrase, not again in the panel."""
    window = open_window()
    runner = start_harbour_quiz(qtbot, window)
    answer_until(qtbot, runner, ClassifyWidget)
    widget = runner.question_widget
    choose_in_combo(qtbot, widget.combos[0], "figure")
    choose_in_combo(qtbot, widget.combos[2], "unconfirmed attribution")
    click(qtbot, runner.primary_button)
    shown = [label.text() for label in widget.result_labels if label.isVisible()]
    assert len(shown) == 3
    assert "you called this an unconfirmed attribution; it is speculation" in shown[2]
    panel = runner.feedback_view.body.text() + runner.feedback_view.points_label.text()
    for result in shown:
        message = result.removeprefix("✓ ").removeprefix("✗ ")
        assert message[:40] not in panel, message
    assert "1 of 3 phrases labelled right" in runner.feedback_view.body.text()


def test_compare_feedback_gives_the_reason(qtbot: QtBot, open_window) -> None:
    """The compare feedback panel says whether the reason was right, and names the right one."""
    window = open_window()
    runner = start_harbour_quiz(qtbot, window)
    answer_until(qtbot, runner, CompareWidget)
    widget = runner.question_widget
    click(qtbot, widget.verdict.buttons[0])  # They conflict
    assert widget.reasons is not None
    click(qtbot, widget.reasons.buttons[1])  # "One outlet invented its number." (wrong)
    click(qtbot, runner.primary_button)
    body = runner.feedback_view.body.text()
    assert "Verdict right" in body
    assert "Reason not right: “One outlet invented its number.”" in body
    assert "The right reason: “Report A is older; tolls rise as news comes in.”" in body


def test_my_progress_counts_quiz_answers(qtbot: QtBot, open_window) -> None:
    """After a class quiz, Practice > My progress shows those answers and their skills."""
    window = open_window()
    runner = start_harbour_quiz(qtbot, window)
    widget = runner.question_widget
    assert isinstance(widget, HighlightWidget)
    drag_over(qtbot, widget.views[0].text, "will likely rise")  # right: speculation
    click(qtbot, runner.primary_button)
    click(qtbot, runner.primary_button)
    answer_until(qtbot, runner, ClassifyWidget)  # the compare and choice left empty
    click(qtbot, runner.primary_button)  # the last one empty too
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window, Qt.Key.Key_G, CTRL_SHIFT)  # Practice > My progress
    progress = window._progress
    assert window.pages.currentWidget() is progress
    assert progress.today_label.text().startswith("Today: 4 of ")
    assert not progress.empty_label.isVisible()
    assert set(progress.skill_labels) == {"figure", "speculation", "unconfirmed"}
    assert "2 answers" in progress.skill_labels["speculation"].text()
