"""``Prompter`` is the one way screens ask the user a question or tell them about a problem,
so tests can answer for the user instead of a modal dialog blocking the event loop.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

# QMessageBox and QFileDialog are imported when first used: each Qt class costs about a
# millisecond to set up, and a student who is never asked anything should not wait for it.


class Prompter:
    """Asks yes/no questions and shows problems in plain words (QMessageBox)."""

    def ask(
        self, parent: QWidget | None, title: str, text: str, accept_text: str, reject_text: str
    ) -> bool:
        """True when the user picks ``accept_text``; Escape or closing means no."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(title)
        box.setText(text)
        accept = box.addButton(accept_text, QMessageBox.ButtonRole.AcceptRole)
        reject = box.addButton(reject_text, QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(accept)
        box.setEscapeButton(reject)
        box.exec()
        return box.clickedButton() is accept

    def warn(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def inform(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def save_path(
        self, parent: QWidget | None, title: str, suggested: str, file_filter: str
    ) -> str | None:
        """A file name to save to, or None when the user cancels."""
        from quizapp.ui.save_folder import ask_save_file

        return ask_save_file(parent, title, suggested, file_filter)

    def open_path(self, parent: QWidget | None, title: str, file_filter: str) -> str | None:
        """A file to open, or None when the user cancels."""
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getOpenFileName(parent, title, "", file_filter)
        return path or None
