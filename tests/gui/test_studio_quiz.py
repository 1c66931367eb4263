"""Questions of every type in the editor, the quiz builder's choices and refusals, the
student's preview of a quiz, and handing a quiz out: damaged files refused with
``path:line``, dropped files imported after a preview."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank
from quizapp.core.files import dump_question_set, load_question_set
from quizapp.ui.question_widgets import (
    ChoiceWidget,
    ClassifyWidget,
    CompareWidget,
    HighlightWidget,
)
from quizapp.ui.studio import StudioView, open_quiz_file
from quizapp.ui.studio.handout import ImportSummary
from tests.gui.test_studio import shown_host, type_into

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


class Recorder:
    """Answers the studio's questions (yes) and keeps what it was told."""

    def __init__(self) -> None:
        self.asked: list[str] = []
        self.warnings: list[str] = []
        self.infos: list[str] = []

    def ask(self, _parent: object, _title: str, text: str, *_buttons: str) -> bool:
        self.asked.append(text)
        return True

    def warn(self, _parent: object, _title: str, text: str) -> None:
        self.warnings.append(text)

    def inform(self, _parent: object, _title: str, text: str) -> None:
        self.infos.append(text)


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    """The teacher's bank, holding the harbour-fire set."""
    opened = Bank.open(tmp_path / "teacher.sqlite3")
    opened.import_sets([load_question_set(FIXTURE)])
    yield opened
    opened.close()


@pytest.fixture
def studio(qtbot: QtBot, bank: Bank) -> StudioView:
    host = shown_host(qtbot)
    view = StudioView(bank, host, prompter=Recorder())
    host.layout().addWidget(view)
    view.show()
    host.activateWindow()
    yield view  # (the host lives as long as the test)


def pick(studio: StudioView, *question_ids: str) -> None:
    """In the builder: search everything, then tick and add the questions one by one."""
    builder = studio.quiz_builder
    studio.tabs.setCurrentWidget(builder)
    builder.run_search()
    for question_id in question_ids:
        builder.tick([question_id])
        builder.add_button.click()


def test_every_question_type_previews_in_the_students_widget(
    qtbot: QtBot, studio: StudioView
) -> None:
    """Each of the four types shows in its runner widget; excerpt spin boxes stop at the
    article's last paragraph."""
    studio.open_set("harbour-fire")
    studio.tabs.setCurrentWidget(studio.questions)
    page = studio.questions
    expected = {
        "fire-speculation": HighlightWidget,
        "fire-toll": CompareWidget,
        "fire-source": ChoiceWidget,
        "fire-labels": ClassifyWidget,
    }
    for index, (question_id, kind) in enumerate(expected.items()):
        page.list.setCurrentRow(index)
        assert page.form.question_id.text() == question_id
        qtbot.waitUntil(lambda kind=kind: isinstance(page.preview.widget, kind))
    page.list.setCurrentRow(0)
    row = page.form.excerpt_rows[0]
    assert (row.first.maximum(), row.last.maximum()) == (2, 2)
    assert not page.form.rows["options"].isVisible()
    page.list.setCurrentRow(1)
    assert len(page.form.excerpt_rows) == 2 and page.form.rows["verdict"].isVisible()


def test_writing_a_choice_question_with_inline_problems(qtbot: QtBot, studio: StudioView) -> None:
    """A choice question shows the core's problems inline until an option is marked right;
    then the preview appears and Try it scores the teacher's pick."""
    studio.open_set("harbour-fire")
    studio.tabs.setCurrentWidget(studio.questions)
    page = studio.questions
    page.new_actions["choice"].trigger()
    form = page.form
    type_into(qtbot, form.prompt, "Who gives the toll?")
    table = form.options.table
    table.item(0, 0).setText("The coast guard")
    table.item(0, 1).setCheckState(Qt.CheckState.Unchecked)
    table.item(1, 0).setText("Nobody")
    page.refresh_preview()
    assert "has no option marked 'correct: true'" in form.problems.text()
    assert page.preview.widget is None
    table.item(0, 1).setCheckState(Qt.CheckState.Checked)
    page.refresh_preview()
    assert form.problems.text() == ""
    widget = page.preview.widget
    assert isinstance(widget, ChoiceWidget)
    widget.options.buttons[0].click()
    result = page.preview.try_it()
    assert result is not None and result.points == result.max_points
    assert page.preview.feedback.isVisible()
    qtbot.mouseClick(page.preview.reset_button, Qt.MouseButton.LeftButton)
    assert isinstance(page.preview.widget, ChoiceWidget) and not page.preview.widget.is_locked()


def test_changing_type_to_compare_keeps_prompt_and_asks_two_excerpts(
    qtbot: QtBot, studio: StudioView
) -> None:
    """Turning a highlight into a compare question keeps its prompt, gives two excerpts,
    a quantity and a verdict, and previews as a compare widget; undo turns it back."""
    studio.open_set("harbour-fire")
    studio.tabs.setCurrentWidget(studio.questions)
    page = studio.questions
    form = page.form
    form.kind.setCurrentIndex(form.kind.findData("compare"))
    data = studio.draft.questions[0]
    assert data["type"] == "compare" and data["prompt"] == "Mark every phrase that is speculation."
    assert len(data["excerpts"]) == 2
    form.excerpt_rows[1].article.setCurrentIndex(form.excerpt_rows[1].article.findData("report-b"))
    form.quantity.setCurrentText("deaths")
    form.verdict.setCurrentIndex(form.verdict.findData("conflict"))
    page.refresh_preview()
    assert form.problems.text() == ""
    assert isinstance(page.preview.widget, CompareWidget)
    studio.undo_action.trigger()
    studio.undo_action.trigger()
    studio.undo_action.trigger()
    assert studio.draft.questions[0]["type"] == "highlight"


def test_invalid_quizzes_refused_with_the_cores_message(studio: StudioView, bank: Bank) -> None:
    """A quiz with no questions, or drawing more than it holds, is refused in words and
    nothing is stored; the time limit cannot go below zero."""
    builder = studio.quiz_builder
    assert builder.save_quiz() is None
    assert builder.message.isVisibleTo(builder) and "no questions" in builder.message.text()
    pick(studio, "fire-speculation", "fire-toll")
    builder.draw.click()
    builder.draw_spins["speculation"].setValue(3)
    assert builder.save_quiz() is None
    assert "draws 3 'speculation' questions but only 1 are available" in builder.message.text()
    assert not bank.has_set("new-quiz")
    assert builder.time_limit.minimum() == 0  # 0 is "no limit"; below zero cannot be typed
    builder.draw_spins["speculation"].setValue(1)
    assert builder.save_quiz() is not None
    assert not builder.message.isVisibleTo(builder)


def test_quiz_settings_are_stored_and_a_rebuild_updates_in_place(
    studio: StudioView, bank: Bank
) -> None:
    """Order, draw, feedback, time, pass mark and attempts reach the bank; building the
    quiz again (asked first) updates it rather than adding another."""
    builder = studio.quiz_builder
    pick(studio, "fire-speculation", "fire-toll", "fire-labels")
    builder.title.setText("Harbour check")
    builder._title_edited("Harbour check")
    builder.shuffled.click()
    builder.draw.click()
    builder.draw_spins["figure"].setValue(1)
    builder.feedback.setCurrentIndex(builder.feedback.findData("end"))
    builder.time_limit.setValue(15)
    builder.pass_mark.setValue(50)
    builder.attempts.setValue(2)
    quiz = builder.save_quiz()
    assert quiz is not None and quiz.id == "harbour-check"
    settings = bank.quiz_settings("harbour-check")
    assert (settings.shuffle, settings.draw, settings.feedback) == (True, {"figure": 1}, "end")
    assert (settings.time_limit_minutes, settings.pass_mark, settings.attempts) == (15, 50, 2)
    assert [q.id for q in bank.questions("harbour-check")] == [
        "fire-speculation",
        "fire-toll",
        "fire-labels",
    ]
    builder.quiz_list.setCurrentRow(2)
    builder.up_button.click()
    assert builder.save_quiz() is not None
    assert studio.prompter.asked and "Update it?" in studio.prompter.asked[-1]
    assert [s.id for s in bank.set_summaries()].count("harbour-check") == 1
    assert bank.question_ids("harbour-check")[1] == "fire-labels"


def test_preview_as_a_student_shows_the_real_widgets(qtbot: QtBot, studio: StudioView) -> None:
    """The quiz preview shows each question in the runner's widget and scores Try it."""
    builder = studio.quiz_builder
    pick(studio, "fire-source", "fire-speculation")
    dialog = builder.preview()
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert isinstance(dialog.pane.widget, ChoiceWidget)
    dialog.pane.widget.options.buttons[0].click()
    assert dialog.pane.try_it() is not None
    assert "1 of 1 points" in dialog.pane.feedback.points_label.text()
    dialog.next_button.click()
    assert isinstance(dialog.pane.widget, HighlightWidget)
    assert not dialog.next_button.isEnabled()
    dialog.close()


def test_damaged_quiz_file_refused_with_its_line(tmp_path: Path, bank: Bank) -> None:
    """A damaged quiz file is refused with path:line: message and nothing is imported."""
    good = dump_question_set(bank.question_set("harbour-fire"))
    lines = good.splitlines()
    broken_line = next(i for i, line in enumerate(lines) if "targets:" in line)
    lines[broken_line] = lines[broken_line].replace("speculation", "speculaton")
    path = tmp_path / "quiz.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    student = Bank.open(tmp_path / "student.sqlite3")
    told = Recorder()
    confirmed: list[ImportSummary] = []
    try:
        assert not open_quiz_file(
            None, student, path, confirm=lambda _p, s: confirmed.append(s) or True, prompter=told
        )
        assert student.set_ids() == [] and confirmed == []
        assert f"{path}:{broken_line + 1}: " in told.warnings[0]
        assert "unknown label 'speculaton'" in told.warnings[0] or "speculaton" in told.warnings[0]

        path.write_text("quizapp: 1\nid: harbour\ntitle: [broken\n", encoding="utf-8")
        assert not open_quiz_file(None, student, path, prompter=told)
        assert re.search(rf"{re.escape(str(path))}:[34]: YAML syntax error", told.warnings[1])
        assert student.set_ids() == []
    finally:
        student.close()


def test_a_saved_quiz_opens_again_for_editing(studio: StudioView, bank: Bank) -> None:
    """Edit: a saved quiz comes back with its questions in order and its settings; changed
    and saved again it is updated in place (asked first); A new quiz starts afresh."""
    builder = studio.quiz_builder
    pick(studio, "fire-speculation", "fire-toll")
    builder.title.setText("Harbour check")
    builder._title_edited("Harbour check")
    builder.shuffled.click()
    builder.feedback.setCurrentIndex(builder.feedback.findData("end"))
    builder.time_limit.setValue(15)
    builder.pass_mark.setValue(50)
    builder.attempts.setValue(2)
    assert builder.save_quiz() is not None
    assert builder.saved.currentData() == "harbour-check"

    builder.saved.setCurrentIndex(builder.saved.findData(None))
    builder.saved.activated.emit(builder.saved.currentIndex())  # as a user's choice
    assert builder.quiz_list.count() == 0 and builder.title.text() == "New quiz"
    assert (builder.time_limit.value(), builder.fixed.isChecked()) == (0, True)

    index = builder.saved.findData("harbour-check")
    assert index > 0 and "Harbour check" in builder.saved.itemText(index)
    builder.saved.setCurrentIndex(index)
    builder.saved.activated.emit(index)
    assert [builder.quiz_list.item(i).data(Qt.ItemDataRole.UserRole)[1] for i in range(2)] == [
        "fire-speculation",
        "fire-toll",
    ]
    assert (builder.title.text(), builder.quiz_id.text()) == ("Harbour check", "harbour-check")
    assert builder.shuffled.isChecked() and builder.feedback.currentData() == "end"
    assert (builder.time_limit.value(), builder.pass_mark.value(), builder.attempts.value()) == (
        15,
        50,
        2,
    )

    builder.title.setText("Harbour check, week 2")
    builder._title_edited("Harbour check, week 2")
    assert builder.quiz_id.text() == "harbour-check"  # the same quiz, renamed
    builder.time_limit.setValue(25)
    pick(studio, "fire-labels")
    asked = len(studio.prompter.asked)
    assert builder.save_quiz() is not None
    assert "Update it?" in studio.prompter.asked[asked]
    assert [s.id for s in bank.set_summaries()].count("harbour-check") == 1
    assert bank.question_ids("harbour-check") == ["fire-speculation", "fire-toll", "fire-labels"]
    assert bank.quiz_settings("harbour-check").time_limit_minutes == 25
    assert bank.question_set("harbour-check").title == "Harbour check, week 2"


def test_putting_aside_a_quiz_being_built_is_asked(studio: StudioView) -> None:
    """Choosing another quiz while one is being built asks first; No keeps building."""
    builder = studio.quiz_builder
    pick(studio, "fire-speculation")
    assert builder.save_quiz() is not None
    pick(studio, "fire-toll")
    studio.prompter.ask = lambda *_args: False  # the teacher keeps building
    builder.saved.setCurrentIndex(0)
    builder.saved.activated.emit(0)
    assert builder.quiz_list.count() == 2
    assert builder.saved.currentData() == builder.quiz_id.text()
