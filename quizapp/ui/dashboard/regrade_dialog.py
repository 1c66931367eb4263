"""Regrading, shown before it is done: every answer whose points would change (old → new)
and every answer that cannot be scored again; Apply writes the new points."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.classroom import RegradeReport
from quizapp.core.wording import fill


class RegradeDialog(QDialog):
    COLUMN_STUDENT, COLUMN_QUESTION, COLUMN_OLD, COLUMN_NEW = range(4)

    def __init__(self, report: RegradeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(self.tr("Regrade %1").replace("%1", report.set_id))
        self.setAccessibleName(self.windowTitle())
        summary = QLabel(self)
        summary.setWordWrap(True)
        if report.changes:
            summary.setText(
                self.tr(
                    "Scoring every stored answer again with the current key would change"
                    " %1 answers in %2 attempts (of %3). Apply to write the new points."
                )
                .replace("%1", str(len(report.changes)))
                .replace("%2", str(report.changed_attempts))
                .replace("%3", str(report.attempts))
            )
        else:
            summary.setText(
                self.tr(
                    "Scoring every stored answer again with the current key changes nothing"
                    " (%1 answers in %2 attempts)."
                )
                .replace("%1", str(report.responses))
                .replace("%2", str(report.attempts))
            )
        self.changes = QTreeWidget(self)
        self.changes.setAccessibleName(self.tr("Changes"))
        self.changes.setRootIsDecorated(False)
        self.changes.setHeaderLabels(
            [self.tr("Student"), self.tr("Question"), self.tr("Points now"), self.tr("After")]
        )
        for change in report.changes:
            item = QTreeWidgetItem(
                [
                    change.student,
                    change.question_id,
                    fill(self.tr("%1 of %2"), f"{change.old_points:g}", f"{change.old_max:g}"),
                    fill(self.tr("%1 of %2"), f"{change.new_points:g}", f"{change.new_max:g}"),
                ]
            )
            self.changes.addTopLevelItem(item)
        self.changes.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.changes.setVisible(bool(report.changes))
        self.problems = QLabel("\n".join(report.problems[:20]), self)
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(report.problems))
        buttons = QDialogButtonBox(self)
        if report.changes:
            apply_button = buttons.addButton(
                self.tr("&Apply"), QDialogButtonBox.ButtonRole.AcceptRole
            )
            apply_button.setDefault(True)
            buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        else:
            buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        column = QVBoxLayout(self)
        column.addWidget(summary)
        column.addWidget(self.changes, 1)
        column.addWidget(self.problems)
        column.addWidget(buttons)
        self.resize(640, 420 if report.changes else 160)
