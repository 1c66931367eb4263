"""Teacher mode's File › Restore: the bank's backups, and putting one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QDialog, QHeaderView, QTreeWidgetItem, QWidget

from quizapp.core.safety import BackupInfo
from quizapp.core.text import localized
from quizapp.ui.list_dialog import ListDialog

PATH_ROLE = Qt.ItemDataRole.UserRole
COLUMN_MADE, COLUMN_WHY, COLUMN_QUESTIONS, COLUMN_ATTEMPTS = range(4)


def reason_text(reason: str) -> str:
    if reason == "daily":
        return QDialog.tr("daily")  # type: ignore[call-arg, arg-type]  # class-level tr
    if reason == "manual":
        return QDialog.tr("made by hand")  # type: ignore[call-arg, arg-type]  # class-level tr
    if reason.startswith("before-"):
        return QDialog.tr("before an upgrade")  # type: ignore[call-arg, arg-type]  # class-level tr
    return reason


class RestoreDialog(ListDialog):
    """Lists the backups (newest first); ``chosen()`` is the one to restore."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.resize(640, 360)
        self.tree = self._build_list(
            self.tr("Restore a backup"),
            self.tr(
                "Choose the backup to put back. The bank as it is now is kept aside, not "
                "deleted, and quizapp opens the restored bank at once. Answers given since "
                "the backup was made are not in it."
            ),
            [self.tr("Made"), self.tr("Why"), self.tr("Questions"), self.tr("Attempts")],
            self.tr("Backups"),
            self.tr("&Restore"),
            self.tr("There are no backups of this bank yet."),
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(COLUMN_MADE, QHeaderView.ResizeMode.Stretch)
        for backup in backups:
            made = backup.created.astimezone().strftime("%d %b %Y, %H:%M").lstrip("0")
            if backup.damaged:
                row = [
                    made,
                    self.tr("damaged: %1").replace("%1", localized(backup.problem or "")),
                    "—",
                    "—",
                ]
            else:
                row = [
                    made,
                    reason_text(backup.reason),
                    str(backup.questions),
                    str(backup.attempts),
                ]
            item = QTreeWidgetItem(self.tree, row)
            item.setData(COLUMN_MADE, PATH_ROLE, str(backup.path))
            if backup.damaged:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsSelectable)
        self.empty = self.note_label
        self.empty.setVisible(not backups)
        assert self.action_button is not None
        self.restore_button = self.action_button
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda *_: self.accept() if self.chosen() else None)
        first_good = next((i for i, b in enumerate(backups) if not b.damaged), None)
        if first_good is not None:
            first_item = self.tree.topLevelItem(first_good)
            if first_item is not None:
                self.tree.setCurrentItem(first_item)
        self._selection_changed()

    def _selection_changed(self) -> None:
        self.restore_button.setEnabled(self.chosen() is not None)

    def chosen(self) -> Path | None:
        items = self.tree.selectedItems()
        if not items:
            return None
        return Path(str(items[0].data(COLUMN_MADE, PATH_ROLE)))
