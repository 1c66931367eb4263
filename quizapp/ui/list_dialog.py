"""A dialog that shows a list of rows before something is done with them: words above,
the list, a note below, and the buttons (the action and Cancel, or only Close when there
is nothing to do). The regrade preview and the list of backups are made this way."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QDialog, QLabel, QTreeWidget, QWidget

from quizapp.ui.widgets import dialog_buttons, vbox


class ListDialog(QDialog):
    """Call ``_build_list`` from the subclass's ``__init__`` (which translates the words)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def _build_list(
        self,
        title: str,
        words: str,
        headers: Sequence[str],
        list_name: str,
        action: str | None,
        note: str = "",
    ) -> QTreeWidget:
        """Title the dialog and lay out its parts (the rows are the caller's to add):
        ``words``, a list of ``headers`` called ``list_name``, then ``note`` and the
        buttons; sets ``words_label``, ``rows``, ``note_label``, ``buttons`` and
        ``action_button`` (None without an action)."""
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.words_label = QLabel(words, self)
        self.words_label.setWordWrap(True)
        self.rows = QTreeWidget(self)
        self.rows.setAccessibleName(list_name)
        self.rows.setHeaderLabels(list(headers))
        self.rows.setRootIsDecorated(False)
        self.note_label = QLabel(note, self)
        self.buttons, self.action_button = dialog_buttons(self, action)
        vbox(self, self.words_label, (self.rows, 1), self.note_label, self.buttons)
        return self.rows
