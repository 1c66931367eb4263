"""Nothing lost: a program killed mid-quiz is offered for resuming, at the right question,
with the earlier answers kept; leaving a quiz on purpose keeps it resumable too."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank
from quizapp.ui.question_widgets import CompareWidget, HighlightWidget
from tests.gui.answer_then_wait import ANSWERS
from tests.gui.driving import click, click_item, press

PROJECT = Path(__file__).resolve().parents[2]


def test_resume_after_the_program_was_killed(qtbot: QtBot, open_window, bank_path, prompter):
    """After SIGKILL with two answers stored, the next start resumes at question 3 of 4."""
    child = subprocess.Popen(
        [
            sys.executable,
            str(Path(__file__).with_name("answer_then_wait.py")),
            str(bank_path),
            "Cleo",
        ],
        cwd=PROJECT,
        env={**os.environ, "PYTHONPATH": str(PROJECT)},
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "answered"
    finally:
        os.kill(child.pid, signal.SIGKILL)
        child.wait(timeout=10)
    assert child.returncode == -signal.SIGKILL

    window = open_window()
    profiles = window.profile_view.profile_list
    assert profiles.item(0).text() == "Cleo"
    click(qtbot, window.profile_view.continue_button)
    assert prompter.asked == ["Resume “Harbour fire: the first reports” at question 3 of 4?"]
    runner = window.runner()
    assert window.pages.currentWidget() is runner
    assert runner.position_label.text() == "Question 3 of 4"
    assert runner.progress.value() == 2
    assert runner.primary_button.text() == "&Submit"

    click(qtbot, runner.previous_button)
    widget = runner.question_widget
    assert isinstance(widget, CompareWidget)
    assert widget.response() == ANSWERS[1]
    assert widget.is_locked()  # answered: feedback shown, no changes
    assert "points" in runner.feedback_view.points_label.text()
    click(qtbot, runner.previous_button)
    widget = runner.question_widget
    assert isinstance(widget, HighlightWidget)
    assert widget.response() == ANSWERS[0]
    assert "1 of 1 points" in runner.feedback_view.points_label.text()
    assert not runner.previous_button.isEnabled()
    click(qtbot, runner.primary_button)
    click(qtbot, runner.primary_button)
    assert runner.position_label.text() == "Question 3 of 4"
    assert runner.primary_button.text() == "&Submit"  # the first unanswered one again


def test_discarding_an_unfinished_quiz(qtbot: QtBot, open_window, bank_path, prompter):
    """Choosing Discard closes the old attempt and shows the list; it is not offered again."""
    bank = Bank.open(bank_path)
    from quizapp.core.session import QuizSession

    profile = bank.add_profile("Dan")
    QuizSession.start(bank, profile.id, "harbour-fire").submit(0, ANSWERS[0])
    bank.close()
    prompter.answers = [False]
    window = open_window()
    press(qtbot, Qt.Key.Key_Return)  # Dan is preselected in the focused list
    assert len(prompter.asked) == 1
    assert window.pages.currentWidget() is window.quiz_list
    assert "(in progress)" not in window.quiz_list.tree.topLevelItem(0).text(0)
    click(qtbot, window.quiz_list.switch_button)
    click(qtbot, window.profile_view.continue_button)
    assert len(prompter.asked) == 1  # nothing left to resume


def test_back_to_quizzes_keeps_the_attempt(qtbot: QtBot, open_window, prompter):
    """Back to quizzes asks first; the quiz shows as in progress and resumes where it was."""
    window = open_window()
    window.profile_view.name_edit.setText("Eve")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    runner.question_widget.set_response(ANSWERS[0])
    click(qtbot, runner.primary_button)
    click(qtbot, runner.primary_button)
    assert runner.position_label.text() == "Question 2 of 4"

    prompter.answers = [False]  # "Stay"
    click(qtbot, runner.back_button)
    assert window.pages.currentWidget() is runner
    click(qtbot, runner.back_button)  # "Leave"
    assert "resume" in prompter.asked[-1]
    assert window.pages.currentWidget() is window.quiz_list
    tree = window.quiz_list.tree
    assert tree.topLevelItem(0).text(0).endswith("(in progress)")

    click_item(qtbot, tree, 0, double=True)
    assert prompter.asked[-1].startswith("Resume “Harbour fire: the first reports” at question 2")
    assert window.pages.currentWidget() is runner
    assert runner.position_label.text() == "Question 2 of 4"
