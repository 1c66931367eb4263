"""A quiz with a time limit: the countdown shows, and when time is up what is on screen is
submitted and the results appear (with a fake clock, no waiting)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank
from quizapp.ui.runner import format_remaining
from tests.gui.conftest import FIXTURE, make_bank_file
from tests.gui.driving import click, drag_over


def timed_bank(tmp_path, minutes: float = 1):
    text = FIXTURE.read_text(encoding="utf-8") + f"quiz:\n  time_limit: {minutes}\n"
    return make_bank_file(tmp_path / "timed.sqlite3", text)


def test_countdown_format() -> None:
    """Seconds left read as m:ss, rounded up, and h:mm:ss past an hour."""
    assert format_remaining(60) == "1:00"
    assert format_remaining(59.2) == "1:00"
    assert format_remaining(0.4) == "0:01"
    assert format_remaining(0) == "0:00"
    assert format_remaining(3725) == "1:02:05"


def test_time_up_submits_the_marked_answer(qtbot: QtBot, open_window, tmp_path, clock):
    """Past the deadline the tick submits the marks on screen and shows the results."""
    window = open_window(timed_bank(tmp_path))
    window.profile_view.name_edit.setText("Fay")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    assert runner.timer.isActive()
    assert runner.timer_label.isVisible()
    assert runner.timer_label.text() == "Time left: 1:00"

    clock.advance(45)
    runner.tick()
    assert runner.timer_label.text() == "Time left: 0:15"
    assert runner.timer_label.objectName() == "timerLow"
    drag_over(qtbot, runner.question_widget.views[0].text, "will likely rise")

    clock.advance(16)
    runner.tick()
    results = window.results_view()
    assert window.pages.currentWidget() is results
    assert not runner.timer.isActive()
    assert "Time ran out" in results.note_label.text()
    assert "3 question(s) were not answered" in results.note_label.text()
    assert results.review.topLevelItem(0).text(2) == "1 of 1"
    assert results.total_label.text() == "25%"

    bank = Bank.open(tmp_path / "timed.sqlite3")
    try:
        attempt = bank.attempt(1)
        assert attempt is not None and attempt.finished_at is not None
        stored = bank.responses(attempt.id)
        assert [(r.question_id, r.response) for r in stored] == [
            ("fire-speculation", {"marks": [[0, 58, 74]]})
        ]
    finally:
        bank.close()


def test_resuming_after_the_deadline_finishes_at_once(
    qtbot: QtBot, open_window, tmp_path, clock, prompter
):
    """A timed quiz resumed after its deadline goes straight to the results."""
    path = timed_bank(tmp_path)
    window = open_window(path)
    window.profile_view.name_edit.setText("Gus")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    window.close()
    clock.advance(3600)
    window = open_window(path)
    click(qtbot, window.profile_view.continue_button)
    assert prompter.asked and "question 1 of 4" in prompter.asked[-1]
    assert window.pages.currentWidget() is window.results_view()
    assert "Time ran out" in window.results_view().note_label.text()


def test_feedback_at_the_end_and_a_pass_mark(qtbot: QtBot, open_window, tmp_path):
    """With feedback at the end, Submit goes straight on and shows no key; earlier answers
    can be looked at but not changed; the results say passed or not against the mark."""
    text = FIXTURE.read_text(encoding="utf-8") + "quiz:\n  feedback: end\n  pass_mark: 60\n"
    window = open_window(make_bank_file(tmp_path / "end.sqlite3", text))
    window.profile_view.name_edit.setText("Jan")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    drag_over(qtbot, runner.question_widget.views[0].text, "will likely rise")
    click(qtbot, runner.primary_button)
    assert runner.position_label.text() == "Question 2 of 4"
    assert not runner.feedback_view.isVisible()
    assert "feedback at the end" in runner.note.text()

    click(qtbot, runner.previous_button)
    first = runner.question_widget
    assert first.response() == {"marks": [[0, 58, 74]]}
    assert not runner.feedback_view.isVisible()  # still no key
    drag_over(qtbot, first.views[0].text, "Early reports indicate")
    assert first.response() == {"marks": [[0, 58, 74]]}  # cannot be changed
    click(qtbot, runner.primary_button)  # Next question
    for response in (
        {"marks": [], "verdict": "compatible"},
        {"choices": [1]},
        {"labels": {0: "figure"}},
    ):
        assert runner.answering
        runner.question_widget.set_response(response)
        click(qtbot, runner.primary_button)
    results = window.results_view()
    assert window.pages.currentWidget() is results
    assert results.pass_label.objectName() == "notPassed"
    assert results.pass_label.text().startswith("Not passed yet (the pass mark is 60%).")
