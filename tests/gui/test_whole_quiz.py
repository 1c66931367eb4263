"""A whole quiz from the first screen to the results, once with the mouse only and once
with the keyboard only, on the fixture set ``harbour-fire`` (highlight, compare, choice,
classify)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.question_widgets import (
    ChoiceWidget,
    ClassifyWidget,
    CompareWidget,
    HighlightWidget,
)
from tests.gui.driving import (
    choose_in_combo,
    click,
    click_item,
    drag_over,
    focused,
    press,
    tab_to,
)

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def test_whole_quiz_with_the_mouse(qtbot: QtBot, open_window) -> None:
    """Profile, quiz, four question types and results, all by clicking and dragging."""
    window = open_window()
    profiles = window.profile_view
    click(qtbot, profiles.name_edit)
    qtbot.keyClicks(profiles.name_edit, "Ann")
    click(qtbot, profiles.new_button)
    assert window.pages.currentWidget() is window.quiz_list
    assert "Ann" in window.profile_status.text()

    tree = window.quiz_list.tree
    assert tree.topLevelItem(0).text(0) == "Harbour fire: the first reports"
    assert tree.topLevelItem(0).text(3) == "not taken"
    click_item(qtbot, tree, 0)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    assert window.pages.currentWidget() is runner
    assert runner.position_label.text() == "Question 1 of 4"
    assert runner.prompt.text() == "Mark every phrase that is speculation."

    # 1. highlight: drag over the hedge, submit, read the feedback.
    widget = runner.question_widget
    assert isinstance(widget, HighlightWidget)
    assert not runner.feedback_view.isVisible()  # no key before submitting
    drag_over(qtbot, widget.views[0].text, "will likely rise")
    assert widget.views[0].text.marks() == [(58, 74)]
    click(qtbot, runner.primary_button)
    assert runner.feedback_view.isVisible()
    assert "1 of 1 points (100%)" in runner.feedback_view.points_label.text()
    assert "A prediction is not a fact yet." in runner.feedback_view.body.text()
    assert "will likely rise" in runner.feedback_view.body.text()
    assert runner.primary_button.text() == "&Next question"
    click(qtbot, runner.primary_button)

    # 2. compare: mark a toll in each report, pick the verdict and the reason.
    widget = runner.question_widget
    assert isinstance(widget, CompareWidget)
    assert runner.position_label.text() == "Question 2 of 4"
    drag_over(qtbot, widget.views[0].text, "12 dead")
    drag_over(qtbot, widget.views[1].text, "15 people")
    click(qtbot, widget.verdict.buttons[0])  # They conflict
    assert widget.reasons is not None
    click(qtbot, widget.reasons.texts[0])  # a click on the words picks the option too
    assert widget.response()["reasons"] == [0]
    click(qtbot, runner.primary_button)
    assert "3 of 3 points" in runner.feedback_view.points_label.text()
    assert "Verdict right" in runner.feedback_view.body.text()
    click(qtbot, runner.primary_button)

    # 3. choice: a wrong answer this time.
    widget = runner.question_widget
    assert isinstance(widget, ChoiceWidget)
    click(qtbot, widget.options.buttons[1])  # "The fire brigade"
    click(qtbot, runner.primary_button)
    assert "0 of 1 points (0%)" in runner.feedback_view.points_label.text()
    assert widget.options.results[1].text().startswith("✗ Your answer, but not right.")
    assert widget.options.results[0].isVisible()  # the right answer is pointed out
    click(qtbot, runner.primary_button)

    # 4. classify: two right labels, one confused.
    widget = runner.question_widget
    assert isinstance(widget, ClassifyWidget)
    choose_in_combo(qtbot, widget.combos[0], "figure")
    choose_in_combo(qtbot, widget.combos[1], "unconfirmed attribution")
    choose_in_combo(qtbot, widget.combos[2], "unconfirmed attribution")
    assert widget.response() == {"labels": {0: "figure", 1: "unconfirmed", 2: "unconfirmed"}}
    click(qtbot, runner.primary_button)
    assert "2 of 3 points" in runner.feedback_view.points_label.text()
    assert (
        "you called this an unconfirmed attribution; it is speculation"
        in widget.result_labels[2].text()
    )
    assert "2 of 3 phrases labelled right" in runner.feedback_view.body.text()
    assert runner.primary_button.text() == "See &results"
    click(qtbot, runner.primary_button)

    # Results: total, per skill in words and in the chart, and the review list.
    results = window.results_view()
    assert window.pages.currentWidget() is results
    assert results.total_label.text() == "67%"  # (1 + 1 + 0 + 2/3) / 4
    shown = {skill: label.text() for skill, label in results.skill_labels.items()}
    assert shown == {"figure": "83%", "speculation": "83%", "unconfirmed": "67%"}
    assert results.chart.categories() == ["Figure", "Speculation", "Unconfirmed attribution"]
    assert results.chart.values() == [83.0, 83.0, 67.0]
    assert results.chart.isVisible()
    assert [results.review.topLevelItem(i).text(2) for i in range(4)] == [
        "1 of 1",
        "3 of 3",
        "0 of 1",
        "2 of 3",
    ]

    # Open question 3 again: the answer against the key, read-only.
    click_item(qtbot, results.review, 2, double=True)
    dialog = results.review_dialog
    assert dialog is not None and dialog.isVisible()
    assert "0 of 1 points" in dialog.feedback_view.points_label.text()
    assert dialog.question_widget.response() == {"choices": [1]}
    click(qtbot, dialog.question_widget.options.buttons[0])
    assert dialog.question_widget.response() == {"choices": [1]}  # cannot change it
    dialog.close()

    # Back to the list: the last score is there.
    click(qtbot, results.back_button)
    assert window.pages.currentWidget() is window.quiz_list
    assert window.quiz_list.tree.topLevelItem(0).text(3) == "67%"


def test_whole_quiz_with_the_keyboard(qtbot: QtBot, open_window) -> None:
    """Profile, quiz, four question types and results with Tab, Enter, arrows, Space."""
    window = open_window()
    assert focused() is window.profile_view.name_edit  # no profiles yet: type a name
    qtbot.keyClicks(focused(), "Bo")
    press(qtbot, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.quiz_list
    assert focused() is window.quiz_list.tree
    press(qtbot, Qt.Key.Key_Return)
    runner = window.runner()
    assert window.pages.currentWidget() is runner

    # 1. highlight: move the word cursor, mark a wrong word, undo, then the hedge.
    widget = runner.question_widget
    assert isinstance(widget, HighlightWidget)
    text = widget.views[0].text
    assert focused() is text
    press(qtbot, Qt.Key.Key_Space)  # "Early"
    assert text.marks() == [(0, 5)]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert text.marks() == []
    press(qtbot, Qt.Key.Key_Right, times=10)  # "will"
    press(qtbot, Qt.Key.Key_Right, SHIFT, times=2)  # "will likely rise"
    press(qtbot, Qt.Key.Key_Space)
    assert text.marks() == [(58, 74)]
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert "1 of 1 points" in runner.feedback_view.points_label.text()
    assert focused() is runner.primary_button
    press(qtbot, Qt.Key.Key_Return)

    # 2. compare: mark in both reports (Tab between them), verdict and reason with Space.
    widget = runner.question_widget
    assert isinstance(widget, CompareWidget)
    assert focused() is widget.views[0].text
    press(qtbot, Qt.Key.Key_Right, times=3)  # "12"
    press(qtbot, Qt.Key.Key_Right, SHIFT)  # "12 dead"
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Tab)
    assert focused() is widget.views[1].text
    press(qtbot, Qt.Key.Key_Right, times=2)
    press(qtbot, Qt.Key.Key_Right, SHIFT)
    press(qtbot, Qt.Key.Key_Space)
    tab_to(qtbot, widget.verdict.buttons[0])
    press(qtbot, Qt.Key.Key_Space)
    assert widget.reasons is not None
    tab_to(qtbot, widget.reasons.buttons[0])
    press(qtbot, Qt.Key.Key_Space)
    assert widget.response() == {
        "marks": [[0, 14, 21], [1, 9, 18]],
        "verdict": "conflict",
        "reasons": [0],
    }
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert "3 of 3 points" in runner.feedback_view.points_label.text()
    press(qtbot, Qt.Key.Key_Space)  # Space on the focused Next button

    # 3. choice: Tab to the first option, Space.
    widget = runner.question_widget
    assert isinstance(widget, ChoiceWidget)
    tab_to(qtbot, widget.options.buttons[0])
    press(qtbot, Qt.Key.Key_Space)
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert "1 of 1 points" in runner.feedback_view.points_label.text()
    press(qtbot, Qt.Key.Key_Return, CTRL)  # Ctrl+Enter also goes on

    # 4. classify: Down arrows pick labels in the closed combo boxes.
    widget = runner.question_widget
    assert isinstance(widget, ClassifyWidget)
    for combo, downs in zip(widget.combos, (1, 2, 3), strict=True):
        tab_to(qtbot, combo)
        press(qtbot, Qt.Key.Key_Down, times=downs)
    assert widget.response() == {"labels": {0: "figure", 1: "unconfirmed", 2: "speculation"}}
    press(qtbot, Qt.Key.Key_Return, CTRL)
    assert "3 of 3 points" in runner.feedback_view.points_label.text()
    press(qtbot, Qt.Key.Key_Return)

    results = window.results_view()
    assert window.pages.currentWidget() is results
    assert results.total_label.text() == "100%"
    assert {s: label.text() for s, label in results.skill_labels.items()} == {
        "figure": "100%",
        "speculation": "100%",
        "unconfirmed": "100%",
    }
    assert results.chart.values() == [100.0, 100.0, 100.0]
    assert focused() is results.review
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)  # opens question 2 for review
    dialog = results.review_dialog
    assert dialog is not None and dialog.isVisible()
    assert "Question 2" in dialog.windowTitle()
    assert "3 of 3 points" in dialog.feedback_view.points_label.text()
    qtbot.waitUntil(dialog.isActiveWindow)
    assert focused() is dialog.close_button
    press(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("size", [(1024, 600), (1920, 1080)])
def test_runner_fits_small_and_large_windows(qtbot: QtBot, open_window, size) -> None:
    """At 1024x600 and 1920x1080 the buttons stay on screen and nothing scrolls sideways."""
    window = open_window(size=size)
    window.profile_view.name_edit.setText("Dee")
    window.profile_view.new_button.click()
    window.quiz_list.start_button.click()
    runner = window.runner()
    runner.question_widget.set_response({"marks": [[0, 58, 74]]})
    runner.primary_button.click()
    runner.primary_button.click()  # to the compare question, the widest
    QApplication.processEvents()
    for button in (runner.primary_button, runner.previous_button, runner.back_button):
        assert button.isVisible()
        corner = button.mapTo(window, button.rect().bottomRight())
        assert window.rect().contains(corner)
    assert not runner.area.horizontalScrollBar().isVisible()
    assert runner.prompt.height() >= runner.prompt.fontMetrics().height()
