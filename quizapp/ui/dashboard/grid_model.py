"""Table models of the dashboard: students × questions, per-question statistics, and the
key spans of one question.

Every cell carries its value as text as well as a colour, so colour is never the only
cue; ``SORT_ROLE`` holds the number a column sorts by (a QSortFilterProxyModel sorts on
it), and the column constants name the fixed columns.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QObject,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from quizapp.core.advice import is_weak_discrimination
from quizapp.core.classroom import ClassData, QuestionStats, SpanStat, StudentResult
from quizapp.core.wording import DASH, decimal, fill, percent
from quizapp.ui.i18n import question_type_name
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.table_model import SORT_ROLE, TableModel

FRACTION_ROLE = Qt.ItemDataRole.UserRole + 2  # the cell's fraction (0..1) or None

# Score colours, low to high (five steps of 20%); the text says the number.
LIGHT_SCORE = ("#ffc9c9", "#ffd8a8", "#fff3bf", "#d3f9d8", "#96e6a7")
DARK_SCORE = ("#6e2a2a", "#6b4716", "#5c5217", "#2a5c35", "#2f7a40")


def score_colour(value: float | None, dark: bool) -> QColor | None:
    if value is None:
        return None
    step = min(4, max(0, int(value * 5 - 1e-9))) if value > 0 else 0
    return QColor((DARK_SCORE if dark else LIGHT_SCORE)[step])


def _sort_number(value: float | None) -> float:
    return -1.0 if value is None else value  # "—" sorts below 0%


_ALIGN_NUMBER = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


# =========================================================================== students


class StudentGridModel(TableModel):
    """One row per student; columns: the student, the total, then one per question."""

    COLUMN_STUDENT = 0
    COLUMN_TOTAL = 1
    FIRST_QUESTION_COLUMN = 2

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.class_data: ClassData | None = None
        self.dark = False
        # Per row: the total then one value per question, and the texts shown; computed
        # once per fill, because a repaint asks for every visible cell several times.
        self._values: list[list[float | None]] = []
        self._texts: list[list[str]] = []
        self._rows = 0
        self._columns = 0
        self._brushes: dict[tuple[bool, int], QBrush] = {}

    def set_class(self, data: ClassData | None, dark: bool = False) -> None:
        self.beginResetModel()
        self.class_data = data
        self.dark = dark
        self._values = []
        self._texts = []
        if data is not None:
            ids = [q.id for q in data.questions]
            for student in data.students:
                values = [student.total, *(student.fractions.get(qid) for qid in ids)]
                self._values.append(values)
                self._texts.append(
                    [percent(values[0]), *(DASH if v is None else percent(v) for v in values[1:])]
                )
        self._rows = len(self._values)
        self._columns = 0 if data is None else self.FIRST_QUESTION_COLUMN + len(data.questions)
        self.endResetModel()

    def set_dark(self, dark: bool) -> None:
        if dark != self.dark:
            self.dark = dark
            if self.rowCount():
                self.dataChanged.emit(
                    self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
                )

    def row_total(self) -> int:
        return self._rows

    def column_total(self) -> int:
        return self._columns

    def _brush(self, value: float | None) -> QBrush | None:
        if value is None:
            return None
        step = min(4, max(0, int(value * 5 - 1e-9))) if value > 0 else 0
        key = (self.dark, step)
        if key not in self._brushes:
            colour = score_colour(value, self.dark)
            assert colour is not None
            self._brushes[key] = QBrush(colour)
        return self._brushes[key]

    def student(self, row: int) -> StudentResult:
        assert self.class_data is not None
        return self.class_data.students[row]

    def question_id(self, column: int) -> str | None:
        if self.class_data is None or column < self.FIRST_QUESTION_COLUMN:
            return None
        return self.class_data.questions[column - self.FIRST_QUESTION_COLUMN].id

    def value(self, row: int, column: int) -> float | None:
        """The fraction shown in a cell (None: not asked, or the name column)."""
        if column < self.COLUMN_TOTAL:
            return None
        return self._values[row][column - self.COLUMN_TOTAL]

    def cell(self, row: int, column: int, role: int) -> Any:
        if self.class_data is None:
            return None
        student = self.student(row)
        if column == self.COLUMN_STUDENT:
            if role == Qt.ItemDataRole.DisplayRole:
                return student.name + ("  ⚑" if student.other_version else "")
            if role == SORT_ROLE:
                return student.name.casefold()
            if role == Qt.ItemDataRole.ToolTipRole:
                where = (
                    fill(self.tr("handed in as %1"), student.source_name)
                    if student.origin == "file" and student.source_name
                    else self.tr("taken on this computer")
                )
                flag = (
                    "\n"
                    + self.tr(
                        "⚑ Taken on another version of the quiz; scored with the current key."
                    )
                    if student.other_version
                    else ""
                )
                return (
                    fill(
                        self.tr("%1: finished %2, %3."),
                        student.name,
                        student.finished_at[:16].replace("T", " "),
                        where,
                    )
                    + flag
                )
            return None
        value = self._values[row][column - self.COLUMN_TOTAL]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[row][column - self.COLUMN_TOTAL]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.tr("not asked") if value is None else percent(value)
        if role == SORT_ROLE:
            return _sort_number(value)
        if role == FRACTION_ROLE:
            return value
        if role == Qt.ItemDataRole.BackgroundRole:
            return self._brush(value)
        if role == Qt.ItemDataRole.ForegroundRole:
            return (
                QBrush(QColor("#f1f3f5" if self.dark else "#1b1b1b")) if value is not None else None
            )
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return _ALIGN_NUMBER
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLUMN_TOTAL:
                return fill(
                    self.tr("%1: %2 overall (each question weighs the same)"),
                    student.name,
                    percent(value),
                )
            question = self.class_data.questions[column - self.FIRST_QUESTION_COLUMN]
            head = f"{student.name} · Q{question.number} {question.id}"
            if value is None:
                return fill(self.tr("%1: not asked"), head)
            points = student.points.get(question.id)
            if points is None:
                return fill(self.tr("%1: not answered (0%)"), head)
            return fill(
                self.tr("%1: %2 of %3 points (%4)"),
                head,
                f"{points[0]:g}",
                f"{points[1]:g}",
                percent(value),
            )
        return None

    def header_texts(self, section: int) -> tuple[str, str] | None:
        if self.class_data is None:
            return None
        if section == self.COLUMN_STUDENT:
            return (self.tr("Student"), self.tr("Student (⚑: another version of the quiz)"))
        if section == self.COLUMN_TOTAL:
            return (self.tr("Total"), self.tr("Total: the mean of the student's question scores"))
        question = self.class_data.questions[section - self.FIRST_QUESTION_COLUMN]
        skills = ", ".join(label_name(s) for s in question.skills) or question_type_name(
            question.type
        )
        return (
            f"Q{question.number}",
            f"Q{question.number} {question.id} ({skills}): {question.prompt}",
        )


# =========================================================================== questions


class QuestionStatsModel(TableModel):
    """One row per question: facility, discrimination, and key spans found."""

    COLUMN_NUMBER = 0
    COLUMN_QUESTION = 1
    COLUMN_TYPE = 2
    COLUMN_STUDENTS = 3
    COLUMN_FACILITY = 4
    COLUMN_POINT_BISERIAL = 5
    COLUMN_UPPER_LOWER = 6
    COLUMN_SPANS = 7
    HEADERS = (
        ("#", QT_TRANSLATE_NOOP("QuestionStatsModel", "Question number")),
        (
            QT_TRANSLATE_NOOP("QuestionStatsModel", "Question"),
            QT_TRANSLATE_NOOP("QuestionStatsModel", "The question's id and prompt"),
        ),
        (
            QT_TRANSLATE_NOOP("QuestionStatsModel", "Type"),
            QT_TRANSLATE_NOOP("QuestionStatsModel", "Question type"),
        ),
        (
            QT_TRANSLATE_NOOP("QuestionStatsModel", "Students"),
            QT_TRANSLATE_NOOP("QuestionStatsModel", "Students who were asked it"),
        ),
        (
            QT_TRANSLATE_NOOP("QuestionStatsModel", "Facility"),
            QT_TRANSLATE_NOOP(
                "QuestionStatsModel", "Facility: the class's mean score (low: hard, high: easy)"
            ),
        ),
        (
            "r",
            QT_TRANSLATE_NOOP(
                "QuestionStatsModel",
                "Discrimination: point-biserial correlation with the score on the other"
                " questions (above 0.3 is good; near 0 or negative: check the key)",
            ),
        ),
        (
            "D",
            QT_TRANSLATE_NOOP(
                "QuestionStatsModel",
                "Discrimination: mean score of the top 27% minus the bottom 27%",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("QuestionStatsModel", "Key phrases found"),
            QT_TRANSLATE_NOOP("QuestionStatsModel", "How many students found each key phrase"),
        ),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stats: list[QuestionStats] = []
        self._cells: list[list[tuple[str, Any]]] = []
        self.dark = False

    def set_stats(self, stats: list[QuestionStats], dark: bool = False) -> None:
        with self.resetting():
            self.stats = stats
            self.dark = dark
            self._cells = [self._row_cells(stat) for stat in stats]

    def column_texts(self, column: int) -> list[str]:
        """Every text of a column, header included (to size it without asking each cell)."""
        return [self.tr(str(self.HEADERS[column][0])), *(cells[column][0] for cells in self._cells)]

    def _row_cells(self, stat: QuestionStats) -> list[tuple[str, Any]]:
        """(text, sort value) per column of one row."""
        question = stat.question
        return [
            (str(question.number), question.number),
            (f"{question.id}: {question.prompt}", question.id),
            (question_type_name(question.type), question.type),
            (str(stat.students), stat.students),
            (percent(stat.facility), _sort_number(stat.facility)),
            (
                decimal(stat.point_biserial),
                -2.0 if stat.point_biserial is None else stat.point_biserial,
            ),
            (decimal(stat.upper_lower), -2.0 if stat.upper_lower is None else stat.upper_lower),
            (
                " · ".join(f"{s.found}/{s.of}" for s in stat.spans) or DASH,
                min((s.share or 0.0 for s in stat.spans), default=-1.0),
            ),
        ]

    def row_total(self) -> int:
        return len(self.stats)

    def cell(self, row: int, column: int, role: int) -> Any:
        stat = self.stats[row]
        question = stat.question
        text, number = self._cells[row][column]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return text
        if role == SORT_ROLE:
            return number
        if role == Qt.ItemDataRole.TextAlignmentRole and column not in (
            self.COLUMN_QUESTION,
            self.COLUMN_TYPE,
            self.COLUMN_SPANS,
        ):
            return _ALIGN_NUMBER
        if role == Qt.ItemDataRole.BackgroundRole:
            if column == self.COLUMN_FACILITY:
                colour = score_colour(stat.facility, self.dark)
                return QBrush(colour) if colour else None
            if column in (self.COLUMN_POINT_BISERIAL, self.COLUMN_UPPER_LOWER):
                value = (
                    stat.point_biserial
                    if column == self.COLUMN_POINT_BISERIAL
                    else (stat.upper_lower)
                )
                if is_weak_discrimination(value):
                    return QBrush(QColor(DARK_SCORE[1] if self.dark else LIGHT_SCORE[1]))
            return None
        if role == Qt.ItemDataRole.ForegroundRole and column in (
            self.COLUMN_FACILITY,
            self.COLUMN_POINT_BISERIAL,
            self.COLUMN_UPPER_LOWER,
        ):
            return QBrush(QColor("#f1f3f5" if self.dark else "#1b1b1b"))
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == self.COLUMN_SPANS and stat.spans:
                return "\n".join(
                    fill(self.tr("‘%1’: found by %2 of %3"), s.span.text, s.found, s.of)
                    for s in stat.spans
                )
            if column in (self.COLUMN_POINT_BISERIAL, self.COLUMN_UPPER_LOWER) and text == DASH:
                return self.tr(
                    "Cannot be computed: fewer than three students, or everyone scored the same."
                )
            if column == self.COLUMN_QUESTION:
                return question.prompt
            return self.tr(str(self.HEADERS[column][1]))
        return None

    def header_texts(self, section: int) -> tuple[str, str] | None:
        label, description = self.HEADERS[section]
        return self.tr(str(label)), self.tr(str(description))


class SpanModel(TableModel):
    """The key spans of one question and how many students found each."""

    COLUMN_PHRASE = 0
    COLUMN_LABELS = 1
    COLUMN_FOUND = 2
    HEADERS = (
        QT_TRANSLATE_NOOP("SpanModel", "Key phrase"),
        QT_TRANSLATE_NOOP("SpanModel", "Labels"),
        QT_TRANSLATE_NOOP("SpanModel", "Found by"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.spans: list[SpanStat] = []

    def set_spans(self, spans: list[SpanStat]) -> None:
        with self.resetting():
            self.spans = spans

    def row_total(self) -> int:
        return len(self.spans)

    def cell(self, row: int, column: int, role: int) -> Any:
        stat = self.spans[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == self.COLUMN_PHRASE:
                return " ".join(stat.span.text.split())
            if column == self.COLUMN_LABELS:
                return ", ".join(label_name(label) for label in stat.span.labels)
            return fill(self.tr("%1 of %2 (%3)"), stat.found, stat.of, percent(stat.share))
        if role == SORT_ROLE:
            if column == self.COLUMN_FOUND:
                return _sort_number(stat.share)
            return self.cell(row, column, Qt.ItemDataRole.DisplayRole).casefold()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COLUMN_FOUND:
            return _ALIGN_NUMBER
        return None

    def header_texts(self, section: int) -> tuple[str, str] | None:
        return self.tr(str(self.HEADERS[section])), ""
