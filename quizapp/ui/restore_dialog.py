"""Teacher mode's File › Restore: the bank's backups, and putting one back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.safety import BackupInfo

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


class RestoreDialog(QDialog):
    """Lists the backups (newest first); ``chosen()`` is the one to restore."""

    def __init__(self, backups: list[BackupInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Restore a backup"))
        self.setAccessibleName(self.tr("Restore a backup"))
        self.resize(640, 360)
        intro = QLabel(
            self.tr(
                "Choose the backup to put back. The bank as it is now is kept aside, not "
                "deleted, and quizapp opens the restored bank at once. Answers given since "
                "the backup was made are not in it."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.tree = QTreeWidget(self)
        self.tree.setAccessibleName(self.tr("Backups"))
        self.tree.setHeaderLabels(
            [self.tr("Made"), self.tr("Why"), self.tr("Questions"), self.tr("Attempts")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(COLUMN_MADE, QHeaderView.ResizeMode.Stretch)
        for backup in backups:
            made = backup.created.astimezone().strftime("%d %b %Y, %H:%M").lstrip("0")
            if backup.damaged:
                row = [made, self.tr("damaged: %1").replace("%1", backup.problem or ""), "—", "—"]
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
        self.empty = QLabel(self.tr("There are no backups of this bank yet."), self)
        self.empty.setVisible(not backups)
        self.buttons = QDialogButtonBox(self)
        self.restore_button = self.buttons.addButton(
            self.tr("&Restore"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.tree.itemSelectionChanged.connect(self._selection_changed)
        self.tree.itemActivated.connect(lambda *_: self.accept() if self.chosen() else None)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
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
