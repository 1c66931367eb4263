"""Every window, page and dialog of the program, walked with Tab as a keyboard-only user
and checked as a screen reader sees it (tests/gui/audit.py says what counts as a
problem): no Tab trap, every control reachable, no two &-shortcuts with one letter in
a window, every control named."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.files import load_question_set
from quizapp.ui import i18n
from quizapp.ui.prompter import Prompter
from quizapp.ui.studio import ImportPreviewDialog, ImportSummary, PasswordDialog
from tests.classroom_data import empty_response, perfect_response, take_quiz
from tests.gui.audit import Audit, audit_window, mnemonics
from tests.gui.driving import click
from tests.gui.test_studio import PASSWORD, REPORT, add_pasted_article, when_modal

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


class Auditor:
    """Collects the audits of the screens a test goes through."""

    def __init__(self) -> None:
        self.audits: list[Audit] = []

    def __call__(self, window: QWidget, screen: str) -> Audit:
        QApplication.processEvents()
        result = audit_window(window, screen)
        self.audits.append(result)
        dump = os.environ.get("QUIZAPP_AUDIT_DUMP")
        if dump:  # for a person fixing clashes: every letter in use on every screen
            with open(dump, "a", encoding="utf-8") as out:
                used = mnemonics(window)
                out.write(f"== {screen}\n")
                for letter in sorted(used):
                    out.write(f"  {letter}: {', '.join(used[letter])}\n")
        return result

    def problems(self) -> list[str]:
        return [problem for audit in self.audits for problem in audit.problems()]

    def check(self, least: int) -> None:
        assert len(self.audits) >= least, [a.screen for a in self.audits]
        problems = self.problems()
        assert not problems, "\n".join(problems)


def audit_modal(auditor: Auditor, screen: str, then: Callable[[QWidget], None]) -> None:
    """When the next modal dialog shows, audit it, then answer it with ``then``."""

    def act(dialog: QWidget) -> None:
        auditor(dialog, screen)
        then(dialog)

    when_modal(act)


def choose(password: str) -> Callable[[QWidget], None]:
    def act(dialog: QWidget) -> None:
        assert isinstance(dialog, PasswordDialog)
        dialog.new.setText(password)
        dialog.repeat.setText(password)
        dialog.ok_button.click()

    return act


def cancel(dialog: QWidget) -> None:
    assert isinstance(dialog, QDialog)
    dialog.reject()


def show_dialog(qtbot: QtBot, dialog: QWidget) -> QWidget:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_student_screens_pass_the_audit(qtbot: QtBot, open_window) -> None:
    """Profile, quiz list, each question type before and after its feedback, the results
    and the review of each question: no trap, nothing unreachable, no clash, no blank name."""
    auditor = Auditor()
    window = open_window()
    auditor(window, "profile")
    window.profile_view.name_edit.setText("Alex M")
    click(qtbot, window.profile_view.new_button)
    auditor(window, "quiz list")
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    for number in range(1, 5):
        kind = runner.question_widget.question.type
        auditor(window, f"question {number} ({kind})")
        runner.submit()
        auditor(window, f"question {number} ({kind}) with feedback")
        click(qtbot, runner.primary_button)
    results = window.results_view()
    auditor(window, "results")
    for row in range(results.review.topLevelItemCount()):
        results.review.setCurrentItem(results.review.topLevelItem(row))
        click(qtbot, results.open_button)
        dialog = results.review_dialog
        assert dialog is not None
        qtbot.waitExposed(dialog)
        dialog.activateWindow()
        qtbot.waitUntil(dialog.isActiveWindow)
        auditor(dialog, f"review of question {row + 1}")
        dialog.close()
    window.activateWindow()
    window.show_profiles()
    auditor(window, "profile (with profiles)")
    auditor.check(least=15)


def test_practice_and_progress_pass_the_audit(qtbot: QtBot, open_window) -> None:
    """The practice page (asking, then with feedback) and My progress pass the audit."""
    auditor = Auditor()
    window = open_window()
    window.profile_view.name_edit.setText("Bo")
    click(qtbot, window.profile_view.new_button)
    window.show_practice()
    practice = window._practice
    assert practice is not None
    auditor(window, "practice")
    click(qtbot, practice.primary_button)
    auditor(window, "practice with feedback")
    window.show_progress()
    auditor(window, "progress")
    auditor.check(least=3)


def test_teacher_screens_pass_the_audit(qtbot: QtBot, open_window) -> None:
    """The password dialogs, each studio tab, the quiz preview, the class results with
    each of its tabs, regrade, restore and import dialogs pass the audit."""
    auditor = Auditor()
    window = open_window()
    window.profile_view.name_edit.setText("Teacher")
    click(qtbot, window.profile_view.new_button)

    audit_modal(auditor, "choose password", choose(PASSWORD))
    window.show_studio()
    studio = window._studio
    assert studio is not None
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    window.activateWindow()
    auditor(window, "studio: articles (empty)")
    studio.articles.paste_button.click()
    auditor(window, "studio: paste a report")
    add_pasted_article(qtbot, studio, REPORT)
    auditor(window, "studio: tag phrases")
    studio.suggest_action.trigger()
    qtbot.waitUntil(lambda: studio.suggest_action.isEnabled(), timeout=20_000)
    auditor(window, "studio: tag phrases with suggestions")
    studio.articles.tabs.setCurrentIndex(1)
    auditor(window, "studio: edit text")
    studio.tabs.setCurrentWidget(studio.questions)
    for action in studio.questions.new_actions.values():
        action.trigger()
        auditor(window, f"studio: question ({action.text()})")
    studio.tabs.setCurrentWidget(studio.quiz_builder)
    auditor(window, "studio: quiz builder")
    studio.save()
    builder = studio.quiz_builder
    builder.refresh()
    builder.run_search()
    builder.tick([q.id for q in window.bank.questions(studio.draft.id)])
    builder.add_ticked()
    auditor(window, "studio: quiz builder with questions")
    preview = builder.preview()
    if preview is not None:
        show_dialog(qtbot, preview)
        auditor(preview, "quiz preview")
        preview.close()

    bank = window.bank
    bank.import_sets([load_question_set(FIXTURE)])
    questions = bank.questions("harbour-fire")
    take_quiz(bank, "Ana", "harbour-fire", [perfect_response(q) for q in questions])
    take_quiz(bank, "Cy", "harbour-fire", [empty_response(q) for q in questions])
    window.show_dashboard()
    dashboard = window._dashboard
    assert dashboard is not None
    dashboard.set_quiz("harbour-fire")
    for index in range(dashboard.tabs.count()):
        dashboard.tabs.setCurrentIndex(index)
        auditor(window, f"class results: {dashboard.tabs.tabText(index)}")
    regrade = dashboard.regrade()
    assert regrade is not None
    qtbot.waitExposed(regrade)
    regrade.activateWindow()
    auditor(regrade, "regrade")
    regrade.reject()
    xapi = dashboard.export_xapi()
    assert xapi is not None
    xapi.show()  # the dashboard owns it (deleted on close)
    qtbot.waitExposed(xapi)
    xapi.activateWindow()
    qtbot.waitUntil(xapi.isActiveWindow)
    auditor(xapi, "xAPI export")
    xapi.close()

    audit_modal(auditor, "change password", cancel)
    window.change_teacher_password()
    from quizapp.ui.restore_dialog import RestoreDialog

    restore = show_dialog(qtbot, RestoreDialog([], window))
    auditor(restore, "restore a backup")
    restore.close()
    summary = ImportSummary(str(FIXTURE), load_question_set(FIXTURE), updates=True, unchanged=False)
    importing = show_dialog(qtbot, ImportPreviewDialog(summary, window))
    auditor(importing, "import a quiz")
    importing.close()

    studio.ask_unsaved = lambda _parent, _what: "discard"
    window.leave_teacher_mode()
    enter = show_dialog(qtbot, PasswordDialog(bank, PasswordDialog.ENTER, window))
    auditor(enter, "enter password")
    enter.close()
    auditor.check(least=16)


def test_the_audit_finds_a_trap_a_clash_and_a_nameless_control(qtbot: QtBot) -> None:
    """The audit itself: a text box that eats Tab, two &S buttons and a blank combo box
    are each reported."""
    from PySide6.QtWidgets import QComboBox, QPlainTextEdit, QPushButton, QVBoxLayout

    window = QWidget()
    layout = QVBoxLayout(window)
    first = QPushButton("&Save", window)
    second = QPushButton("&Send", window)
    combo = QComboBox(window)
    box = QPlainTextEdit(window)
    box.setAccessibleName("Notes")
    for widget in (first, second, combo, box):
        layout.addWidget(widget)
    show_dialog(qtbot, window)
    first.setFocus()
    result = audit_window(window, "sample")
    assert any("stays in QPlainTextEdit" in trap for trap in result.traps)
    assert result.clashes and "Alt+S" in result.clashes[0]
    assert any("QComboBox" in name for name in result.unnamed)
    box.setTabChangesFocus(True)
    second.setText("Se&nd")
    combo.setAccessibleName("Kind")
    fixed = audit_window(window, "sample")
    assert not fixed.problems(), fixed.problems()
    assert {id(w) for w in fixed.reached} == {id(w) for w in (first, second, combo, box)}


def test_the_review_reads_the_excerpt_not_only_the_score(qtbot: QtBot, open_window) -> None:
    """In the review of a question, Tab reaches the excerpt; a screen reader gets its text,
    its name and what was marked, and arrows move through its words without changing it."""
    from PySide6.QtGui import QAccessible

    from quizapp.ui.marking import MarkableText
    from tests.gui.driving import press, tab_to

    window = open_window()
    window.profile_view.name_edit.setText("Cy")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    runner.expire()  # time up: the results, every question unanswered
    results = window.results_view()
    results.review.setCurrentItem(results.review.topLevelItem(0))
    click(qtbot, results.open_button)
    dialog = results.review_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    excerpt = dialog.findChildren(MarkableText)[0]
    tab_to(qtbot, excerpt)
    interface = QAccessible.queryAccessibleInterface(excerpt)
    assert interface.text(QAccessible.Text.Name).startswith("Excerpt from")
    text = interface.textInterface()
    assert text.text(0, text.characterCount()) == excerpt.text()
    before = excerpt.marks()
    press(qtbot, Qt.Key.Key_Right, times=2)
    press(qtbot, Qt.Key.Key_Space)
    assert excerpt.current_word() == 2
    assert excerpt.marks() == before  # read, not changed
    assert text.cursorPosition() == excerpt.word_ranges()[2][1]


def press(text: str) -> Callable[[QWidget], None]:
    """Click the message box's button with this text, as the user would."""

    def act(dialog: QWidget) -> None:
        buttons = [b for b in dialog.findChildren(QPushButton) if b.text().replace("&", "") == text]
        assert buttons, (text, [b.text() for b in dialog.findChildren(QPushButton)])
        buttons[0].click()

    return act


def test_message_boxes_pass_the_audit(qtbot: QtBot, open_window) -> None:
    """The message boxes the program raises (Prompter.ask, warn and inform, and the
    studio's unsaved-changes box), shown for real: no Tab trap, every button reached and
    named, no two &-letters alike."""
    auditor = Auditor()
    window = open_window()
    window.prompter = Prompter()  # real message boxes, not the tests' automatic answers
    window.profile_view.name_edit.setText("Kim")
    click(qtbot, window.profile_view.new_button)
    click(qtbot, window.quiz_list.start_button)
    runner = window.runner()
    audit_modal(auditor, "ask: submit without an answer", press("Keep working"))
    assert not runner.submit()
    audit_modal(auditor, "ask: leave this quiz", press("Stay"))
    runner.back_button.click()
    assert window.pages.currentWidget() is runner
    audit_modal(auditor, "inform: language", press("OK"))
    window.set_language("fr")
    window.set_language(i18n.SYSTEM)

    audit_modal(auditor, "choose password", choose(PASSWORD))
    window.show_studio()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    studio = window._studio
    assert studio is not None
    audit_modal(auditor, "warn: the set has problems", press("OK"))
    assert not studio.save()
    add_pasted_article(qtbot, studio, REPORT)
    audit_modal(auditor, "unsaved changes", press("Cancel"))
    assert not studio.new_set()
    qtbot.waitUntil(lambda: QApplication.activeModalWidget() is None)
    assert [audit.screen for audit in auditor.audits] == [
        "ask: submit without an answer",
        "ask: leave this quiz",
        "inform: language",
        "choose password",
        "warn: the set has problems",
        "unsaved changes",
    ]
    for audit in auditor.audits:  # the boxes' buttons were reached by Tab
        assert any(isinstance(widget, QPushButton) for widget in audit.reached), audit.screen
    auditor.check(least=6)
    studio.ask_unsaved = lambda _parent, _what: "discard"
