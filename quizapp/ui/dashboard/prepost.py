"""Pre/post: two quizzes (before and after teaching), the gain of each student matched by
name, and the class's gain per skill, with the normalised gain (post − pre) / (1 − pre)."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import (
    QObject,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.classroom import PrePost
from quizapp.core.wording import percent, signed_points, signed_ratio
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.table_model import SORT_ROLE, TableModel, sortable_table


class GainModel(TableModel):
    """Rows of (name, pre, post, gain, normalised gain[, students])."""

    COLUMN_NAME, COLUMN_PRE, COLUMN_POST, COLUMN_GAIN, COLUMN_NORMALISED, COLUMN_STUDENTS = range(6)

    def __init__(self, first_header: str, with_students: bool, parent: QObject | None = None):
        super().__init__(parent)
        self.headers = [
            first_header,
            self.tr("Before"),
            self.tr("After"),
            self.tr("Gain (points)"),
            self.tr("Normalised gain"),
            *([self.tr("Students")] if with_students else []),
        ]
        self.rows: list[
            tuple[str, float | None, float | None, float | None, float | None, int]
        ] = []

    def set_rows(self, rows: list[tuple[str, Any, Any, Any, Any, int]]) -> None:
        with self.resetting():
            self.rows = rows

    def row_total(self) -> int:
        return len(self.rows)

    def column_total(self) -> int:
        return len(self.headers)

    def cell(self, row: int, column: int, role: int) -> Any:
        value = self.rows[row][column]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.COLUMN_NAME:
                return value
            number = cast("float | None", value)  # every column but the name and count
            if column in (self.COLUMN_PRE, self.COLUMN_POST):
                return percent(number)
            if column == self.COLUMN_GAIN:
                return signed_points(number)
            if column == self.COLUMN_NORMALISED:
                return signed_ratio(number)
            return str(value)
        if role == SORT_ROLE:
            if column == self.COLUMN_NAME:
                return str(value).casefold()
            return -9.0 if value is None else float(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column != self.COLUMN_NAME:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def header_texts(self, section: int) -> tuple[str, str] | None:
        return self.headers[section], ""


def _table(model: GainModel, name: str, parent: QWidget) -> QTableView:
    view, _proxy = sortable_table(model, name, parent)
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(GainModel.COLUMN_NAME, QHeaderView.ResizeMode.Stretch)
    header.setStretchLastSection(False)
    return view


class PrePostView(QWidget):
    """Pick the quiz before and the quiz after; see the gains."""

    pair_chosen = Signal(str, str)  # pre set id, post set id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pre_combo = QComboBox(self)
        self.post_combo = QComboBox(self)
        self.pre_combo.setAccessibleName(self.tr("Quiz before"))
        self.post_combo.setAccessibleName(self.tr("Quiz after"))
        form = QFormLayout()
        form.addRow(self.tr("Bef&ore:"), self.pre_combo)
        form.addRow(self.tr("Aft&er:"), self.post_combo)
        self.in_report = QCheckBox(self.tr("Add this comparison to the After quiz's PDF report"))
        self.in_report.setAccessibleName(
            self.tr("Add the before and after comparison to the PDF report of the After quiz")
        )
        form.addRow(self.in_report)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.student_model = GainModel(self.tr("Student"), with_students=False, parent=self)
        self.skill_model = GainModel(self.tr("Skill"), with_students=True, parent=self)
        self.student_table = _table(self.student_model, self.tr("Gain per student"), self)
        self.skill_table = _table(self.skill_model, self.tr("Gain per skill"), self)
        tables = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Per student"), self))
        left.addWidget(self.student_table)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Per skill (students in both)"), self))
        right.addWidget(self.skill_table)
        tables.addLayout(left, 1)
        tables.addLayout(right, 1)
        column = QVBoxLayout(self)
        column.addLayout(form)
        column.addWidget(self.summary)
        column.addLayout(tables, 1)
        note = QLabel(
            self.tr(
                "Gain is after − before, in percentage points. Normalised gain is the"
                " share of what could be gained that was gained, (after − before) /"
                " (100% − before), or for a drop the share of what could be lost that was"
                " lost, (after − before) / before: always between −1 and +1; — when both"
                " scores are 0% or both 100%."
            ),
            self,
        )
        note.setWordWrap(True)
        note.setObjectName("hint")
        column.addWidget(note)
        self.pre_combo.activated.connect(self._chosen)
        self.post_combo.activated.connect(self._chosen)

    def set_quizzes(self, quizzes: list[tuple[str, str]]) -> None:
        """(set id, title) of the quizzes with results; keeps the current choice."""
        for combo, fallback in ((self.pre_combo, 0), (self.post_combo, 1)):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            for set_id, title in quizzes:
                combo.addItem(f"{title} ({set_id})", set_id)
            where = combo.findData(current) if current else -1
            combo.setCurrentIndex(where if where >= 0 else min(fallback, combo.count() - 1))
            combo.blockSignals(False)

    def pair(self) -> tuple[str, str] | None:
        pre, post = self.pre_combo.currentData(), self.post_combo.currentData()
        return (pre, post) if pre and post else None

    def report_pair(self) -> tuple[str, str] | None:
        """The (before, after) pair to put in the After quiz's report, if asked for."""
        pair = self.pair()
        if pair is None or pair[0] == pair[1] or not self.in_report.isChecked():
            return None
        return pair

    def _chosen(self) -> None:
        pair = self.pair()
        if pair:
            self.pair_chosen.emit(*pair)

    def show_gains(self, result: PrePost | None) -> None:
        if result is None:
            self.student_model.set_rows([])
            self.skill_model.set_rows([])
            self.summary.setText(
                self.tr("Import the results of two quizzes to compare before and after.")
            )
            return
        self.student_model.set_rows(
            [(s.name, s.pre, s.post, s.gain, s.normalised, 1) for s in result.students]
        )
        self.skill_model.set_rows(
            [
                (label_name(s.skill).capitalize(), s.pre, s.post, s.gain, s.normalised, s.students)
                for s in result.skills
            ]
        )
        parts = [
            self.tr("%1 students took both; mean gain %2 points.")
            .replace("%1", str(len(result.students)))
            .replace("%2", signed_points(result.mean_gain))
        ]
        if result.only_pre:
            parts.append(self.tr("Only before: ") + ", ".join(result.only_pre) + ".")
        if result.only_post:
            parts.append(self.tr("Only after: ") + ", ".join(result.only_post) + ".")
        self.summary.setText(" ".join(parts))
