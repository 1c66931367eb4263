"""The screens of safe handing out: the quiz builder's exam copy and class list, the
student's code before a quiz, the results screen of an exam copy, the dashboard's
refusals, and the throttled teacher password."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core import roster, teacher
from quizapp.core.bank import Bank, fingerprint
from quizapp.core.examcopy import write_exam_copy
from quizapp.core.files import load_question_set
from quizapp.core.handin import write_results_file
from quizapp.ui.dashboard import DashboardView
from quizapp.ui.studio import PasswordDialog
from quizapp.ui.studio.quiz_builder import QuizBuilder
from tests.classroom_data import StepClock, take_quiz
from tests.gui.conftest import FIXTURE, AutoPrompter
from tests.gui.driving import choose_in_combo, click
from tests.gui.test_studio import when_modal

SET = "harbour-fire"


@pytest.fixture
def builder(qtbot: QtBot, bank: Bank, prompter: AutoPrompter) -> QuizBuilder:
    """The quiz builder on a bank holding harbour-fire, with all four questions added."""
    bank.import_sets([load_question_set(FIXTURE)])
    view = QuizBuilder(bank, prompter=prompter)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    qtbot.waitExposed(view)
    view.run_search()
    view.tick([row.question_id for row in view.rows])
    click(qtbot, view.add_button)
    return view


def test_feedback_choice_says_what_the_file_holds(qtbot: QtBot, builder: QuizBuilder) -> None:
    """Choosing feedback after each question tells the teacher the file holds the key;
    at the end, that an exam copy without it is exported."""
    choose_in_combo(qtbot, builder.feedback, "After each question")
    assert "holds it" in builder.feedback_hint.text()
    assert builder.feedback_hint.isVisible()
    choose_in_combo(qtbot, builder.feedback, "At the end")
    assert "exam copy without the answer key" in builder.feedback_hint.text()


def test_export_at_the_end_writes_an_exam_copy(
    qtbot: QtBot, builder: QuizBuilder, prompter: AutoPrompter, tmp_path: Path
) -> None:
    """With feedback at the end, Export writes a file without the key and names what the
    classify question shows; with feedback after each question, the full quiz file."""
    choose_in_combo(qtbot, builder.feedback, "At the end")
    target = tmp_path / "exam.yaml"
    builder.ask_save_path = lambda *_args: str(target)
    click(qtbot, builder.export_button)
    text = target.read_text(encoding="utf-8")
    assert text.startswith("quizapp-exam: 1") and "]{." not in text and "correct" not in text
    assert prompter.infos and "'fire-labels'" in prompter.infos[-1]
    choose_in_combo(qtbot, builder.feedback, "After each question")
    full = tmp_path / "full.yaml"
    builder.ask_save_path = lambda *_args: str(full)
    click(qtbot, builder.export_button)
    assert "]{." in full.read_text(encoding="utf-8")


def test_class_list_and_codes(
    qtbot: QtBot, builder: QuizBuilder, prompter: AutoPrompter, tmp_path: Path
) -> None:
    """Load class list saves the quiz and gives codes; a bad list is refused naming its
    line; Print codes writes the sheet; the export then asks students for codes."""
    assert not builder.roster_print_button.isEnabled()
    bad = tmp_path / "bad.csv"
    bad.write_text("Ana\nBen,1,2\n", encoding="utf-8")
    prompter.paths.append(str(bad))
    click(qtbot, builder.roster_load_button)
    assert prompter.warnings and "bad.csv:2:" in prompter.warnings[-1]
    good = tmp_path / "class.csv"
    good.write_text("name;id\nAna Silva;1\nBen Okafor;2\n", encoding="utf-8")
    prompter.paths.append(str(good))
    click(qtbot, builder.roster_load_button)
    quiz_id = builder._editing or ""
    assert "2 students have a code" in builder.roster_status.text()
    assert builder.roster_print_button.isEnabled()
    sheet = tmp_path / "codes.pdf"
    builder.ask_save_path = lambda *_args: str(sheet)
    click(qtbot, builder.roster_print_button)
    assert sheet.exists() and sheet.read_bytes().startswith(b"%PDF")
    sheet_csv = tmp_path / "codes.csv"
    builder.ask_save_path = lambda *_args: str(sheet_csv)
    click(qtbot, builder.roster_print_button)
    assert "Ana Silva,1," in sheet_csv.read_text(encoding="utf-8")
    handout = tmp_path / "handout.yaml"
    builder.ask_save_path = lambda *_args: str(handout)
    click(qtbot, builder.export_button)
    handed = load_question_set(handout)
    assert handed.quiz is not None and handed.quiz.codes
    # Asking for codes is not another version: results from it are not flagged.
    assert fingerprint(handed) == builder.bank.set_fingerprint(quiz_id)
    assert builder.bank.roster_size(quiz_id) == 2


def _exam_copy(tmp_path: Path) -> tuple[Path, str]:
    """A teacher's bank with an end-feedback quiz and a class list, and its exam copy.
    Returns the exam copy's path and Ana's code."""
    teacher_bank = Bank.open(tmp_path / "teacher.sqlite3")
    text = FIXTURE.read_text(encoding="utf-8") + "quiz:\n  feedback: end\n"
    (tmp_path / "quiz.yaml").write_text(text, encoding="utf-8")
    teacher_bank.import_sets([load_question_set(tmp_path / "quiz.yaml")])
    roster.load_roster(teacher_bank, SET, roster.parse_class_list(b"Ana\nBen\n"))
    code = teacher_bank.roster(SET)[0]["code"]
    exam, _ = write_exam_copy(teacher_bank, SET, tmp_path / "exam.yaml")
    teacher_bank.close()
    return exam, code


def test_student_types_the_code_then_hands_in_a_signed_file(
    qtbot: QtBot, open_window, prompter: AutoPrompter, tmp_path: Path
) -> None:
    """The student opens the exam copy (File › Open quiz file, told it has no key and needs
    a code); starting asks for the code (a mistyped one is refused in words); the quiz
    ends without a score, and the saved file is signed."""
    exam, code = _exam_copy(tmp_path)
    Bank.open(tmp_path / "student.sqlite3").close()
    window = open_window(path=tmp_path / "student.sqlite3")
    click(qtbot, window.profile_view.name_edit)
    qtbot.keyClicks(window.profile_view.name_edit, "Ana")
    click(qtbot, window.profile_view.new_button)
    told: list[str] = []

    def import_it(dialog: QWidget) -> None:
        told.append(dialog.body.text())
        dialog.import_button.click()

    when_modal(import_it)
    prompter.paths.append(str(exam))
    window.open_action.trigger()
    assert window.bank.has_set(SET)
    assert "without the answer key" in told[0] and "code on the slip" in told[0]
    window.start_quiz(SET)
    dialog = window.code_dialog
    assert dialog is not None and dialog.isVisible()
    qtbot.keyClicks(dialog.field, "abc")
    click(qtbot, dialog.ok_button)
    assert dialog.isVisible() and "8 letters and digits" in dialog.message.text()
    dialog.field.clear()
    qtbot.keyClicks(dialog.field, roster.display(code).lower())
    click(qtbot, dialog.ok_button)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.runner())
    runner = window.runner()
    for _ in range(20):
        if window.pages.currentWidget() is not runner:
            break
        click(qtbot, runner.primary_button)
    view = window.results_view()
    qtbot.waitUntil(lambda: window.pages.currentWidget() is view)
    assert "Your teacher scores this quiz" in view.pass_label.text()
    assert not view.skills_box.isVisible() and not view.review_box.isVisible()
    out = tmp_path / "ana.quizresults.json"
    prompter.paths.append(str(out))
    click(qtbot, view.save_button)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["code"] == code and len(data["mac"]) == 64 and data["version"] == 2


def test_dashboard_shows_each_refusal(qtbot: QtBot, bank: Bank, tmp_path: Path) -> None:
    """Importing a folder with forged and edited files shows each refusal with its file
    and reason; the good file is in the grid."""
    bank.import_sets([load_question_set(FIXTURE)])
    roster.load_roster(bank, SET, roster.parse_class_list(b"Ana\nBen\n"))
    codes = {e["name"]: e["code"] for e in bank.roster(SET)}
    folder = tmp_path / "in"
    folder.mkdir()
    student = Bank.open(tmp_path / "student.sqlite3")
    clock = StepClock()
    try:
        student.import_sets([load_question_set(FIXTURE)])
        for name, code, file_name in (
            ("Ana", codes["Ana"], "ana.json"),
            ("Ben", codes["Ana"], "ben-with-anas-code.json"),
            ("Ben", None, "ben-without-code.json"),
        ):
            attempt = take_quiz(student, name, SET, clock=clock)
            if code:
                student.set_attempt_code(attempt, code)
            write_results_file(student, attempt, folder / file_name)
    finally:
        student.close()
    view = DashboardView(bank)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    with qtbot.waitSignal(view.results_imported, timeout=20000):
        view.import_paths([folder], show_progress=False)
    banner = view.banner.text()
    assert "2 files refused" in banner
    assert "ben-with-anas-code.json: the code" in banner and "belongs to 'Ana'" in banner
    assert "ben-without-code.json: has no roster code" in banner
    assert view.grid_proxy.rowCount() == 1


def test_password_dialog_shows_the_wait_after_wrong_tries(qtbot: QtBot, bank: Bank) -> None:
    """Three wrong passwords: the dialog says how long to wait and keeps OK off; a new
    dialog (as after a restart) still waits."""
    teacher.set_password(bank, "right-password")
    dialog = PasswordDialog(bank, PasswordDialog.ENTER)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        qtbot.keyClicks(dialog.new, "wrong-one")
        qtbot.keyClick(dialog.new, Qt.Key.Key_Return)
    assert "Too many wrong passwords" in dialog.message.text()
    assert "30 seconds" in dialog.message.text() or "29 seconds" in dialog.message.text()
    assert not dialog.ok_button.isEnabled() and dialog.isVisible()
    again = PasswordDialog(bank, PasswordDialog.ENTER)
    qtbot.addWidget(again)
    again.show()
    assert not again.ok_button.isEnabled() and "try again in" in again.message.text()
    assert QApplication.activeModalWidget() is None
