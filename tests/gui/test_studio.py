"""The teacher's whole path in the studio, done as a teacher does it: choose a password,
paste a report, tag phrases with the keyboard, write a question, try it in the preview,
build a quiz and hand it out; then a student machine imports the file and takes it.

The helpers at the top (answering modal dialogs, pasting, selecting a phrase with the
word cursor) are shared by the other ``test_studio_*`` modules.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core import teacher
from quizapp.core.bank import Bank
from quizapp.core.session import QuizSession
from quizapp.ui.marking import MarkableText
from quizapp.ui.question_widgets import HighlightWidget, make_question_widget
from quizapp.ui.studio import PasswordDialog, StudioView, TeacherGate, open_quiz_file
from quizapp.ui.studio.handout import ImportSummary
from tests.gui.helpers import drag

REPORT = """Harbour blaze: at least 14 dead as fire spreads

The fire at the harbour warehouse left at least 14 people dead, the coast guard said on Tuesday.

Early reports indicate that a worker started the blaze. The toll will likely rise as crews \
search the site.

Police said 3 people were arrested near the scene.
"""
PASSWORD = "harbour-lights-7"


# --- acting as the teacher ---------------------------------------------------------------------


def when_modal(action: Callable[[QWidget], None], attempts: int = 300) -> None:
    """Run ``action`` on the next modal dialog as soon as it shows (a user answering it)."""

    def poll(left: int) -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isVisible():
            if left > 0:
                QTimer.singleShot(10, lambda: poll(left - 1))
            return
        action(dialog)

    QTimer.singleShot(0, lambda: poll(attempts))


def type_into(qtbot: QtBot, field: QLineEdit | QPlainTextEdit, text: str) -> None:
    """Click into a field, select what is there and type over it."""
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    qtbot.keyClicks(field, text)


def paste(qtbot: QtBot, widget: QWidget, text: str) -> None:
    """Put ``text`` on the clipboard and press Ctrl+V in ``widget``."""
    QApplication.clipboard().setText(text)
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def select_phrase(qtbot: QtBot, text: MarkableText, phrase: str) -> tuple[int, int]:
    """Home, Right to the phrase's first word, Shift+Right to its last; its range."""
    start = text.text().index(phrase)
    end = start + len(phrase)
    words = text.word_ranges()
    first = next(i for i, (_s, e) in enumerate(words) if e > start)
    last = max(i for i, (s, _e) in enumerate(words) if s < end)
    text.setFocus()
    qtbot.keyClick(text, Qt.Key.Key_Home)
    for _ in range(first):
        qtbot.keyClick(text, Qt.Key.Key_Right)
    for _ in range(last - first):
        qtbot.keyClick(text, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    return start, end


def choose_password(password: str, again: str | None = None) -> Callable[[QWidget], None]:
    """What a teacher does in the "choose a password" dialog."""

    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        dialog.new.setText(password)
        dialog.repeat.setText(password if again is None else again)
        dialog.ok_button.click()

    return act


def shown_host(qtbot: QtBot, size: tuple[int, int] = (1280, 800)) -> QWidget:
    """A window standing in for the main window, shown and active."""
    host = QWidget()
    QVBoxLayout(host).setContentsMargins(0, 0, 0, 0)
    qtbot.addWidget(host)
    host.resize(*size)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    return host


def open_studio(qtbot: QtBot, bank: Bank, host: QWidget) -> StudioView:
    """Through the gate (choosing the password on first entry) into the studio."""
    gate = TeacherGate(bank, host)
    when_modal(choose_password(PASSWORD))
    studio = gate.open_studio()
    assert studio is not None
    host.layout().addWidget(studio)
    studio.show()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    host.activateWindow()
    return studio


def add_pasted_article(qtbot: QtBot, studio: StudioView, report: str = REPORT) -> None:
    page = studio.articles
    count = len(studio.draft.articles)
    page.paste_button.click()
    paste(qtbot, page.paste_page.box, report)
    qtbot.mouseClick(page.paste_page.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(studio.draft.articles) == count + 1, timeout=10_000)


@pytest.fixture
def teacher_bank(tmp_path: Path) -> Iterator[Bank]:
    """The teacher's own, empty bank."""
    bank = Bank.open(tmp_path / "teacher.sqlite3")
    yield bank
    bank.close()


@pytest.fixture
def student_bank(tmp_path: Path) -> Iterator[Bank]:
    """A fresh bank on a student's machine."""
    bank = Bank.open(tmp_path / "student.sqlite3")
    yield bank
    bank.close()


# --- the whole path ------------------------------------------------------------------------


def test_pasted_report_to_a_quiz_taken_on_another_machine(
    qtbot: QtBot, teacher_bank: Bank, student_bank: Bank, tmp_path: Path
) -> None:
    """A teacher goes from a pasted report to a handed-out quiz; a student machine imports
    it after a preview and a student scores full marks on it."""
    host = shown_host(qtbot)
    studio = open_studio(qtbot, teacher_bank, host)
    assert teacher.has_password(teacher_bank)
    assert PASSWORD not in (teacher_bank.setting(teacher.SETTING_KEY) or "")

    # paste a report
    type_into(qtbot, studio.set_title, "Harbour blaze")
    add_pasted_article(qtbot, studio)
    article = studio.draft.articles[0]
    assert article.headline == "Harbour blaze: at least 14 dead as fire spreads"
    assert len(article.paragraphs) == 3
    type_into(qtbot, studio.articles.outlet, "Coast Courier")

    # tag three spans with the keyboard: word cursor, Shift+arrows, 1/2/3
    editor = studio.articles.span_editor
    text = editor.text
    assert text is not None
    figure = select_phrase(qtbot, text, "at least 14 people dead")
    qtbot.keyClick(text, Qt.Key.Key_1)
    guess = select_phrase(qtbot, text, "will likely rise")
    qtbot.keyClick(text, Qt.Key.Key_2)
    select_phrase(qtbot, text, "Police said")
    qtbot.keyClick(text, Qt.Key.Key_2)  # a slip
    assert len(studio.draft.articles[0].spans) == 3

    # undo the slip (Ctrl+Z), redo it (Ctrl+Shift+Z), undo it again
    ctrl, shift = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    assert len(studio.draft.articles[0].spans) == 2
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl | shift)
    assert len(studio.draft.articles[0].spans) == 3
    qtbot.keyClick(text, Qt.Key.Key_Z, ctrl)
    spans = {(s.start, s.end): s.labels for s in studio.draft.articles[0].spans}
    assert spans == {figure: ("figure",), guess: ("speculation",)}
    source = select_phrase(qtbot, text, "Early reports indicate")
    qtbot.keyClick(text, Qt.Key.Key_3)
    spans = {(s.start, s.end): s.labels for s in studio.draft.articles[0].spans}
    assert spans[source] == ("unconfirmed",)

    # the figure needs a quantity: the problem list says so until it has one
    assert any("needs a quantity" in line for line in studio.problems_shown())
    select_phrase(qtbot, text, "at least 14 people dead")
    quantity = editor.panel.quantity
    type_into(qtbot, quantity.lineEdit(), "deaths")
    assert studio.draft.articles[0].spans[0].quantity == "deaths"
    assert studio.problems_shown() == []

    # write a highlight question
    studio.tabs.setCurrentWidget(studio.questions)
    page = studio.questions
    page.new_actions["highlight"].trigger()
    form = page.form
    type_into(qtbot, form.prompt, "Mark every phrase that is speculation.")
    type_into(qtbot, form.explanation, "A prediction is not a fact yet.")
    qtbot.mouseClick(form.excerpt_rows[0].first, Qt.MouseButton.LeftButton)
    form.excerpt_rows[0].first.setValue(2)  # the paragraph with the guess
    assert studio.draft.questions[0]["excerpt"] == {"article": article.id, "paragraphs": [2, 3]}

    # preview it as a student, answer it by dragging, Try it, read the score
    qtbot.waitUntil(lambda: isinstance(page.preview.widget, HighlightWidget))
    widget = page.preview.widget
    assert isinstance(widget, HighlightWidget)
    preview_text = widget.views[0].text
    start = preview_text.text().index("will likely rise")
    drag(qtbot, preview_text, start, start + len("all"))  # a slip of the mouse
    preview_text.setFocus()
    steps = studio.document.undo_stack.index()
    qtbot.keyClick(preview_text, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert preview_text.marks() == [] and studio.document.undo_stack.index() == steps
    drag(qtbot, preview_text, start, start + len("will likely rise"))
    qtbot.mouseClick(page.preview.try_button, Qt.MouseButton.LeftButton)
    assert "1 of 1 points (100%)" in page.preview.feedback.points_label.text()
    assert page.preview.feedback.isVisible()

    # save the set into the bank
    qtbot.keyClick(form.prompt, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not studio.has_unsaved_changes()
    assert teacher_bank.has_set("harbour-blaze")

    # build a quiz and export it
    studio.tabs.setCurrentWidget(studio.quiz_builder)
    builder = studio.quiz_builder
    builder.skill_checks["speculation"].click()
    builder.run_search()
    assert [row.question_id for row in builder.rows] == ["highlight-1"]
    builder.tick(["highlight-1"])
    qtbot.mouseClick(builder.add_button, Qt.MouseButton.LeftButton)
    assert builder.quiz_list.count() == 1
    type_into(qtbot, builder.title, "Harbour quiz")
    builder.time_limit.setValue(10)
    builder.pass_mark.setValue(60)
    target = tmp_path / "handout" / "harbour-quiz.yaml"
    target.parent.mkdir()
    builder.ask_save_path = lambda *_args: str(target)
    qtbot.mouseClick(builder.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()
    assert teacher_bank.has_set("harbour-quiz")

    # a student machine: preview what will be added, import, take the quiz
    seen: list[ImportSummary] = []
    assert open_quiz_file(None, student_bank, target, confirm=lambda _p, s: seen.append(s) or True)
    assert "This adds it to the bank." in seen[0].lines()
    assert "Quiz: “Harbour quiz”" in seen[0].lines()
    profile = student_bank.add_profile("Sam")
    session = QuizSession.start(student_bank, profile.id, "harbour-quiz")
    assert session.total == 1 and session.settings.time_limit_minutes == 10
    student_view = make_question_widget(session.questions[0])
    qtbot.addWidget(student_view)
    student_view.resize(900, 500)
    student_view.show()
    qtbot.waitExposed(student_view)
    assert isinstance(student_view, HighlightWidget)
    student_text = student_view.views[0].text
    start = student_text.text().index("will likely rise")
    drag(qtbot, student_text, start, start + len("will likely rise"))
    result = session.submit(0, student_view.response())
    assert result.points == result.max_points == 1
    assert session.finish().passed is True

    # importing the same file again updates in place and keeps the attempt
    seen.clear()
    assert open_quiz_file(None, student_bank, target, confirm=lambda _p, s: seen.append(s) or True)
    assert seen[0].updates and seen[0].unchanged
    assert student_bank.attempts_for(profile.id, "harbour-quiz") == 1


def test_wrong_password_refused_without_a_hint(qtbot: QtBot, teacher_bank: Bank) -> None:
    """A wrong password is refused with a plain message and no studio is created; the
    bank holds a hash, not the password."""
    teacher.set_password(teacher_bank, PASSWORD)
    host = shown_host(qtbot)
    gate = TeacherGate(teacher_bank, host)
    seen: dict[str, object] = {}

    def wrong_then_cancel(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        assert dialog.mode == PasswordDialog.ENTER
        assert dialog.new.isVisible() and not dialog.repeat.isVisible()
        assert not dialog.current.isVisible()
        qtbot.keyClicks(dialog.new, "harbour-lights-8")
        qtbot.keyClick(dialog.new, Qt.Key.Key_Return)
        seen["message"] = dialog.message.text()
        seen["still_open"] = dialog.isVisible()
        seen["field"] = dialog.new.text()
        dialog.reject()

    when_modal(wrong_then_cancel)
    assert gate.open_studio() is None
    assert seen == {"message": "That password is not right.", "still_open": True, "field": ""}
    assert not gate.is_unlocked() and gate.studio is None
    assert not host.findChildren(StudioView)
    stored = teacher_bank.setting(teacher.SETTING_KEY) or ""
    assert PASSWORD not in stored and "scrypt" in stored

    when_modal(lambda dialog: (qtbot.keyClicks(dialog.new, PASSWORD), dialog.ok_button.click()))
    studio = gate.open_studio()
    assert isinstance(studio, StudioView) and gate.is_unlocked()


def test_choosing_a_password_checks_length_and_repeat(qtbot: QtBot, teacher_bank: Bank) -> None:
    """On first entry a too short password and two different ones are refused in words."""
    host = shown_host(qtbot)
    gate = TeacherGate(teacher_bank, host)
    messages: list[str] = []

    def attempts(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog) and dialog.mode == PasswordDialog.CHOOSE
        for first, second in (("abc", "abc"), ("long-enough", "long-enouhg")):
            dialog.new.setText(first)
            dialog.repeat.setText(second)
            dialog.ok_button.click()
            messages.append(dialog.message.text())
        choose_password("long-enough")(dialog)

    when_modal(attempts)
    assert gate.open_studio() is not None
    assert messages == [
        f"Choose a password of at least {teacher.MIN_LENGTH} characters.",
        "The two passwords are not the same; type them again.",
    ]
    assert teacher.check_password(teacher_bank, "long-enough")


def test_change_password_and_lock(qtbot: QtBot, teacher_bank: Bank) -> None:
    """The studio's Change password (asking its gate) needs the current one; lock() leaves
    teacher mode and drops the studio."""
    host = shown_host(qtbot)
    gate = TeacherGate(teacher_bank, host)
    when_modal(choose_password(PASSWORD))
    studio = gate.open_studio()
    assert studio is not None
    messages: list[str] = []

    def change(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog) and dialog.mode == PasswordDialog.CHANGE
        dialog.current.setText("not-the-password")
        dialog.new.setText("new-password-1")
        dialog.repeat.setText("new-password-1")
        dialog.ok_button.click()
        messages.append(dialog.message.text())
        dialog.current.setText(PASSWORD)
        dialog.new.setText("new-password-1")
        dialog.repeat.setText("new-password-1")
        dialog.ok_button.click()

    gate.prompter = type("Quiet", (), {"inform": lambda *a: messages.append(a[-1])})()
    when_modal(change)
    studio.password_action.trigger()  # the studio's menu item; the gate shows the dialog
    assert messages == ["The current password is not right.", "The teacher password is changed."]
    assert teacher.check_password(teacher_bank, "new-password-1")

    closed: list[bool] = []
    studio.studio_closed.connect(lambda: closed.append(True))
    assert gate.lock()
    assert closed == [True] and not gate.is_unlocked() and gate.studio is None
