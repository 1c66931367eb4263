"""View › Zoom reaches dialogs: every dialog and message box opened from the main window
takes the zoomed font (one place: ``themes.set_dialogs_font``) and fits 1024x600 at 200%."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.files import load_question_set
from quizapp.ui.prompter import Prompter
from quizapp.ui.restore_dialog import RestoreDialog
from quizapp.ui.studio import ImportPreviewDialog, ImportSummary, PasswordDialog
from quizapp.ui.studio.quiz_builder import QuizPreviewDialog
from quizapp.ui.studio.studio_view import ask_set
from tests.gui.test_studio import when_modal

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
ROOM = QSize(1024, 600 - 64)  # the screen less the title bar and a panel


def looked_at(seen: dict[str, tuple[float, float, QSize]], name: str) -> Callable:
    """What a user sees of the next modal dialog (its font, a label's, its least size),
    then closes it."""

    def look(dialog: QWidget) -> None:
        labels = [label for label in dialog.findChildren(QLabel) if label.text()]
        label_size = labels[0].font().pointSizeF() if labels else 0.0
        needed = dialog.minimumSizeHint().expandedTo(dialog.minimumSize())
        seen[name] = (dialog.font().pointSizeF(), label_size, needed)
        assert isinstance(dialog, QDialog)
        dialog.reject()

    return look


def test_dialogs_and_message_boxes_take_the_zoom_and_fit(qtbot: QtBot, open_window) -> None:
    """At 200% each dialog and message box has the pages' doubled font, down to its labels,
    and needs no more than 1024x536; back at 100% a new one is at the normal size."""
    window = open_window(size=(ROOM.width(), ROOM.height()))
    base = window.pages.font().pointSizeF()
    window.set_zoom(200)
    zoomed = window.pages.font().pointSizeF()
    assert zoomed == 2 * base
    prompter = Prompter()
    seen: dict[str, tuple[float, float, QSize]] = {}
    for name, show in (
        ("ask", lambda: prompter.ask(window, "Save set", "Replace the set?", "Replace", "Cancel")),
        ("warn", lambda: prompter.warn(window, "Export", "The file could not be written.")),
        ("inform", lambda: prompter.inform(window, "Saved", "The set is in the bank.")),
        ("choose a set", lambda: ask_set(window, [("harbour-fire", "Harbour fire")])),
    ):
        when_modal(looked_at(seen, name))
        show()
    question_set = load_question_set(FIXTURE)
    summary = ImportSummary(str(FIXTURE), question_set, updates=True, unchanged=False)
    for name, dialog in (
        ("password", PasswordDialog(window.bank, PasswordDialog.CHOOSE, window)),
        ("restore", RestoreDialog([], window)),
        ("import", ImportPreviewDialog(summary, window)),
        ("quiz preview", QuizPreviewDialog(question_set, window)),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        looked_at(seen, name)(dialog)
    assert len(seen) == 8
    for name, (font, label, needed) in seen.items():
        assert font == zoomed, (name, font)
        assert label == zoomed, (name, label)
        assert needed.width() <= ROOM.width() and needed.height() <= ROOM.height(), (name, needed)

    window.set_zoom(100)
    when_modal(looked_at(seen, "inform at 100%"))
    prompter.inform(window, "Saved", "The set is in the bank.")
    assert seen["inform at 100%"][:2] == (base, base)


def test_an_open_dialog_follows_a_zoom_change(qtbot: QtBot, open_window) -> None:
    """A dialog already open when the zoom changes takes the new size too."""
    window = open_window()
    dialog = RestoreDialog([], window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    before = dialog.font().pointSizeF()
    window.set_zoom(150)
    QApplication.processEvents()
    assert dialog.font().pointSizeF() == 1.5 * before
    message = QMessageBox(QMessageBox.Icon.Information, "Saved", "In the bank.", parent=window)
    qtbot.addWidget(message)
    message.show()
    qtbot.waitExposed(message)
    assert message.font().pointSizeF() == 1.5 * before
    message.close()
    window.set_zoom(100)
