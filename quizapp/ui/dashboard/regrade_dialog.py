"""Regrading, shown before it is done: every answer whose points would change (old → new)
and every answer that cannot be scored again; Apply writes the new points."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTreeWidgetItem, QWidget

from quizapp.core.classroom import RegradeReport
from quizapp.core.text import localized
from quizapp.core.wording import fill
from quizapp.ui.list_dialog import ListDialog


class RegradeDialog(ListDialog):
    COLUMN_STUDENT, COLUMN_QUESTION, COLUMN_OLD, COLUMN_NEW = range(4)

    def __init__(self, report: RegradeReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.report = report
        self.changes = self._build_list(
            self.tr("Regrade %1").replace("%1", report.set_id),
            self._summary(report),
            [self.tr("Student"), self.tr("Question"), self.tr("Points now"), self.tr("After")],
            self.tr("Changes"),
            self.tr("&Apply") if report.changes else None,
            "\n".join(localized(problem) for problem in report.problems[:20]),
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
        self.problems = self.note_label
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(report.problems))
        if self.action_button is not None:
            self.action_button.setDefault(True)
        self.resize(640, 420 if report.changes else 160)

    def _summary(self, report: RegradeReport) -> str:
        if report.changes:
            return (
                self.tr(
                    "Scoring every stored answer again with the current key would change"
                    " %1 answers in %2 attempts (of %3). Apply to write the new points."
                )
                .replace("%1", str(len(report.changes)))
                .replace("%2", str(report.changed_attempts))
                .replace("%3", str(report.attempts))
            )
        return (
            self.tr(
                "Scoring every stored answer again with the current key changes nothing"
                " (%1 answers in %2 attempts)."
            )
            .replace("%1", str(report.responses))
            .replace("%2", str(report.attempts))
        )
