"""The end of a quiz: the total, a score per skill (with a bar chart) and a review list.

Every question can be opened again (click, Enter) to see the answer against the key
with its feedback, read-only. QtCharts is imported here, and this module is imported
only when a quiz ends, so the program starts without it.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.scoring import score as score_response
from quizapp.core.session import ResultItem, Results
from quizapp.core.wording import percent, whole_percent
from quizapp.ui.question_widgets import FeedbackView, make_question_widget
from quizapp.ui.quiz_list_view import skill_title
from quizapp.ui.runner import freeze_tree
from quizapp.ui.skill_chart import SkillChart
from quizapp.ui.themes import FontScaler, inherit_font, repolish
from quizapp.ui.widgets import (
    button,
    buttons,
    hbox,
    hint,
    page_title,
    row_list,
    scrolled,
    tab_chain,
    vbox,
)

COLUMN_NUMBER, COLUMN_PROMPT, COLUMN_SCORE = range(3)
ITEM_ROLE = Qt.ItemDataRole.UserRole
_EMPTY_RESPONSES: dict[str, dict[str, Any]] = {
    "highlight": {"marks": []},
    "compare": {"marks": []},
    "choice": {"choices": []},
    "classify": {"labels": {}},
}


def percent_text(fraction: float) -> str:
    return percent(fraction)


class ReviewDialog(QDialog):
    """One question again, read-only: the reader's answer against the key, and feedback."""

    def __init__(self, number: int, item: ResultItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Question %1 — review").replace("%1", str(number)))
        self.setAccessibleName(self.windowTitle())
        question = item.question
        prompt = QLabel(question.prompt, self)
        prompt.setWordWrap(True)
        prompt.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        prompt.setAccessibleName(question.prompt)
        self.status = hint("", self)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, 6, 0)
        self.question_widget = make_question_widget(question, content)
        self.feedback_view = FeedbackView(content)
        column.addWidget(self.question_widget)
        column.addWidget(self.feedback_view)
        column.addStretch(1)
        result = item.score
        if item.response is not None:
            self.question_widget.set_response(item.response)
        else:
            self.status.setText(self.tr("You did not answer this question. Here is the key."))
            empty = _EMPTY_RESPONSES.get(question.type, {})
            result = score_response(question, empty)
        if result is not None:
            self.question_widget.show_feedback(result)
            repolish(self.question_widget)
            self.feedback_view.show_score(question, result)
        freeze_tree(self.question_widget)
        # The excerpt and feedback take the focus, not the area.
        area = scrolled(content, self.tr("Question and feedback"), self, sideways=False)
        buttons = QDialogButtonBox(self)
        self.close_button = QPushButton(self.tr("&Close"), buttons)
        self.close_button.setAccessibleName(self.tr("Close the review"))
        buttons.addButton(self.close_button, QDialogButtonBox.ButtonRole.RejectRole)
        buttons.rejected.connect(self.reject)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)

        vbox(self, prompt, self.status, (area, 1), buttons)
        self.fonts = FontScaler(self)
        self.fonts.add(prompt, 1.25)
        if not self.status.text():
            self.status.hide()


class ResultsView(QWidget):
    """Shows one finished attempt."""

    retry_requested = Signal(str)  # set id
    back_requested = Signal()
    save_requested = Signal()  # the student wants a results file to hand in

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("resultsView")
        self.results: Results | None = None
        self.skill_labels: dict[str, QLabel] = {}
        self.review_dialog: ReviewDialog | None = None

        self.fonts = FontScaler(self)
        summary_row = self._build_summary()
        self._build_skills_box()
        self._build_review_box()
        buttons = self._build_buttons()
        # On a small screen or at a big zoom the skills scroll; the review list keeps its place.
        skills_scroll = scrolled(self.skills_box, self.tr("By skill"), self)
        middle = hbox((skills_scroll, 1), (self.review_box, 1))

        vbox(
            self,
            self.title,
            summary_row,
            (middle, 1),
            buttons,
            margins=(24, 16, 24, 12),
            spacing=10,
        )

        tab_chain(
            self.review, self.open_button, self.retry_button, self.save_button, self.back_button
        )

        self.review.itemActivated.connect(lambda item, _column: self.open_review(item))
        self.open_button.clicked.connect(lambda: self.open_review(self.review.currentItem()))
        self.back_button.clicked.connect(self.back_requested)
        self.retry_button.clicked.connect(self._retry)
        self.save_button.clicked.connect(self.save_requested)

    def _build_summary(self) -> QHBoxLayout:
        """The title, and the big total beside the pass verdict and notes."""
        self.title = page_title("", self)
        self.fonts.add(self.title, 1.5, bold=True)
        self.total_label = QLabel(self)
        self.total_label.setObjectName("scoreTotal")
        self.fonts.add(self.total_label, 2.4, bold=True)
        self.total_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.pass_label = QLabel(self)
        self.pass_label.setWordWrap(True)
        self.note_label = hint("", self)
        summary_row = QHBoxLayout()
        summary_row.addWidget(self.total_label)
        summary_row.addSpacing(16)
        text_column = QVBoxLayout()
        text_column.addStretch(1)
        text_column.addWidget(self.pass_label)
        text_column.addWidget(self.note_label)
        text_column.addStretch(1)
        summary_row.addLayout(text_column, 1)
        return summary_row

    def _build_skills_box(self) -> None:
        """By skill: a row per skill (filled later), the bar chart and what the skills are."""
        self.skills_box = QGroupBox(self.tr("By skill"), self)
        self.skills_grid = QGridLayout()
        self.skills_grid.setColumnStretch(3, 1)
        self.chart = SkillChart(self.skills_box)
        self.skills_hint = hint(
            self.tr(
                "<b>Figure</b>: noticing numbers that differ between reports or over time. "
                "<b>Speculation</b>: telling guesses and predictions from facts. "
                "<b>Unconfirmed attribution</b>: noticing claims that rest on unnamed, early "
                "or second-hand sources."
            ),
            self.skills_box,
        )
        skills_layout = QVBoxLayout(self.skills_box)
        skills_layout.addLayout(self.skills_grid)
        skills_layout.addWidget(self.chart)
        skills_layout.addWidget(self.skills_hint)
        skills_layout.addStretch(1)

    def _build_review_box(self) -> None:
        """Review your answers: the list of questions with their points, and Open."""
        self.review_box = QGroupBox(self.tr("Review your answers"), self)
        self.review_hint = hint(
            self.tr("Open a question (double-click or Enter) to see your answer against the key."),
            self.review_box,
        )
        self.review = row_list(
            ["#", self.tr("Question"), self.tr("Points")],
            self.tr("Questions of this quiz, with your points"),
            self.review_box,
        )
        header = self.review.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_NUMBER, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COLUMN_PROMPT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COLUMN_SCORE, QHeaderView.ResizeMode.ResizeToContents)
        self.open_button = button(
            self.tr("&Open question"),
            self.tr("Open the selected question for review"),
            self.review_box,
        )
        review_layout = QVBoxLayout(self.review_box)
        review_layout.addWidget(self.review_hint)
        review_layout.addWidget(self.review, 1)
        review_layout.addLayout(hbox(None, self.open_button))

    def _build_buttons(self) -> QHBoxLayout:
        """Back on the left; Save results file and Try again on the right."""
        self.back_button, self.retry_button, self.save_button = buttons(
            self,
            (self.tr("&Back to quizzes"), self.tr("Back to the list of quizzes")),
            (self.tr("Try &again"), self.tr("Take this quiz again")),
            (
                self.tr("&Save results file…"),
                self.tr("Save a results file to hand in to your teacher"),
            ),
        )
        return hbox(self.back_button, None, self.save_button, self.retry_button)

    # --- filling -------------------------------------------------------------------------

    def show_results(self, results: Results, title: str, timed_out: bool = False) -> None:
        self.results = results
        self.title.setText(self.tr("Results: %1").replace("%1", title))
        self.total_label.setText(whole_percent(results.percent))
        self.total_label.setAccessibleName(
            self.tr("Your score: %1 percent").replace("%1", f"{round(results.percent)}")
        )
        points = (
            self.tr("%1 of %2 points over %3 questions; each question counts the same.")
            .replace("%1", f"{results.points:g}")
            .replace("%2", f"{results.max_points:g}")
            .replace("%3", str(len(results.items)))
        )
        if results.passed is None:
            self.pass_label.setText(points)
            self.pass_label.setObjectName("")
        else:
            verdict = (
                self.tr("Passed (the pass mark is %1%).")
                if results.passed
                else self.tr("Not passed yet (the pass mark is %1%).")
            ).replace("%1", f"{results.pass_mark:g}")
            self.pass_label.setText(verdict + " " + points)
            self.pass_label.setObjectName("passed" if results.passed else "notPassed")
        self.pass_label.style().unpolish(self.pass_label)
        self.pass_label.style().polish(self.pass_label)
        unanswered = sum(1 for item in results.items if item.score is None)
        notes = []
        if timed_out:
            notes.append(self.tr("Time ran out: your answers so far were submitted."))
        if unanswered:
            notes.append(
                self.tr("%1 question(s) were not answered and count as zero.").replace(
                    "%1", str(unanswered)
                )
            )
        self.note_label.setText(" ".join(notes))
        self.note_label.setVisible(bool(notes))
        self._fill_skills(results)
        self._fill_review(results)
        # An exam copy has no key on this machine: nothing to score or review here.
        by_teacher = bool(results.extra.get("scored_by_teacher"))
        self.skills_box.setVisible(not by_teacher)
        self.review_box.setVisible(not by_teacher)
        if by_teacher:
            self.total_label.setText(self.tr("Done"))
            self.total_label.setAccessibleName(self.tr("Quiz done"))
            answered = len(results.items) - unanswered
            self.pass_label.setText(
                self.tr(
                    "You answered %1 of %2 questions. Your teacher scores this quiz: save "
                    "the results file and hand it in."
                )
                .replace("%1", str(answered))
                .replace("%2", str(len(results.items)))
            )
            self.pass_label.setObjectName("")
            self.pass_label.style().unpolish(self.pass_label)
            self.pass_label.style().polish(self.pass_label)
            self.save_button.setDefault(True)

    def _fill_skills(self, results: Results) -> None:
        while self.skills_grid.count():
            taken = self.skills_grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # at once: deletion waits for the event loop
                widget.deleteLater()
        self.skill_labels = {}
        for row, skill in enumerate(results.skills):
            name = QLabel(skill_title(skill.skill), self.skills_box)
            value = QLabel(percent_text(skill.fraction), self.skills_box)
            value.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            count = QLabel(
                self.tr("%n question(s)", "", skill.questions).replace("%n", str(skill.questions)),
                self.skills_box,
            )
            count.setObjectName("hint")
            value.setAccessibleName(f"{skill_title(skill.skill)}: {value.text()}")
            for column, label in enumerate((name, value, count)):
                self.skills_grid.addWidget(label, row, column)
                inherit_font(label)  # built after the zoom was set
            self.skill_labels[skill.skill] = value
        self.chart.show_skills(
            [(skill_title(skill.skill), skill.fraction * 100) for skill in results.skills]
        )
        self.chart.setVisible(bool(results.skills))

    def _fill_review(self, results: Results) -> None:
        self.review.clear()
        for number, item in enumerate(results.items, start=1):
            if item.score is None:
                points = self.tr("not answered")
            else:
                points = (
                    self.tr("%1 of %2")
                    .replace("%1", f"{item.score.points:g}")
                    .replace("%2", f"{item.score.max_points:g}")
                )
            row = QTreeWidgetItem(self.review, [str(number), item.question.prompt, points])
            row.setData(COLUMN_NUMBER, ITEM_ROLE, number - 1)
            row.setToolTip(COLUMN_PROMPT, item.question.prompt)
            row.setTextAlignment(COLUMN_SCORE, Qt.AlignmentFlag.AlignCenter)
        first_row = self.review.topLevelItem(0)
        if first_row is not None:
            self.review.setCurrentItem(first_row)

    def focus_first(self) -> None:
        if self.review_box.isVisibleTo(self):
            self.review.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.save_button.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- acting --------------------------------------------------------------------------

    def open_review(self, row: QTreeWidgetItem | None) -> ReviewDialog | None:
        """Open the question of ``row`` read-only, with its feedback; returns the dialog."""
        if row is None or self.results is None:
            return None
        index = int(row.data(COLUMN_NUMBER, ITEM_ROLE))
        dialog = ReviewDialog(index + 1, self.results.items[index], self.window())
        dialog.setFont(self.font())  # a dialog is a window of its own: carry the zoom over
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        window = self.window()
        dialog.resize(int(window.width() * 0.85), int(window.height() * 0.85))
        self.review_dialog = dialog
        dialog.open()
        dialog.activateWindow()
        return dialog

    def _retry(self) -> None:
        if self.results is not None:
            self.retry_requested.emit(self.results.set_id)
