"""The quizzes in the bank, for one profile: pick one and start it.

A ``QTreeWidget`` with one row per set — title, question count, skills covered and the
profile's last score — navigable with the arrow keys; Enter, a double-click or *Start*
emits ``quiz_chosen``.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QTreeWidgetItem,
    QWidget,
)

from quizapp.core.bank import Bank, Profile, SetSummary
from quizapp.core.wording import percent
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.themes import FontScaler
from quizapp.ui.widgets import buttons, hbox, hint, page_title, row_list, tab_chain, vbox

# Columns of the list, by name.
COLUMN_TITLE, COLUMN_QUESTIONS, COLUMN_SKILLS, COLUMN_LAST_SCORE = range(4)
SET_ID_ROLE = Qt.ItemDataRole.UserRole


def skill_title(skill: str) -> str:
    """A skill as a heading says it ("Unconfirmed attribution")."""
    name = label_name(skill)
    return name[:1].upper() + name[1:]


class QuizListView(QWidget):
    """The sets of the bank with the profile's last score on each."""

    quiz_chosen = Signal(str)  # set id
    switch_profile_requested = Signal()
    practice_requested = Signal()
    progress_requested = Signal()

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.profile: Profile | None = None
        self.summaries: list[SetSummary] = []

        self.title = page_title(self.tr("Quizzes"), self, wrap=False)
        self.greeting = QLabel(self)
        self.greeting.setObjectName("subtitle")
        self.greeting.setWordWrap(True)
        self._build_tree()
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.description.setAccessibleName(self.tr("About the selected quiz"))
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 2)
        self.empty_label = hint(
            self.tr("There are no quizzes in this bank yet. Ask your teacher for a quiz file."),
            self,
        )
        buttons = self._build_buttons()

        vbox(
            self,
            self.title,
            self.greeting,
            (self.tree, 1),
            self.empty_label,
            self.description,
            buttons,
            margins=(24, 20, 24, 16),
            spacing=10,
        )

        self.fonts = FontScaler(self)
        self.fonts.add(self.title, 1.6, bold=True)

        tab_chain(
            self.tree,
            self.start_button,
            self.practice_button,
            self.progress_button,
            self.switch_button,
        )

        self.tree.itemActivated.connect(lambda item, _column: self._start(item))
        self.tree.currentItemChanged.connect(self._show_current)
        self.start_button.clicked.connect(lambda: self._start(self.tree.currentItem()))
        self.switch_button.clicked.connect(self.switch_profile_requested)
        self.practice_button.clicked.connect(self.practice_requested)
        self.progress_button.clicked.connect(self.progress_requested)

    def _build_tree(self) -> None:
        """The list of quizzes: title, questions, skills and the last score."""
        self.tree = row_list(
            [self.tr("Quiz"), self.tr("Questions"), self.tr("Skills"), self.tr("Your last score")],
            self.tr("Quizzes"),
            self,
        )
        self.tree.setWordWrap(False)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COLUMN_TITLE, QHeaderView.ResizeMode.Stretch)
        for column in (COLUMN_QUESTIONS, COLUMN_SKILLS, COLUMN_LAST_SCORE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)

    def _build_buttons(self) -> QHBoxLayout:
        """Switch profile and My progress on the left; Practise and Start on the right."""
        self.switch_button, self.start_button, self.practice_button, self.progress_button = buttons(
            self,
            (self.tr("S&witch profile"), self.tr("Switch to another profile")),
            (self.tr("&Start quiz"), self.tr("Start the selected quiz")),
            (
                self.tr("&Practise"),
                self.tr("Practise: questions you missed come back, weakest skill first"),
            ),
            (self.tr("My p&rogress"), self.tr("Show my progress over time")),
        )
        return hbox(
            self.switch_button, self.progress_button, None, self.practice_button, self.start_button
        )

    def show_for(
        self, profile: Profile, select_set: str | None = None, in_progress: str | None = None
    ) -> None:
        """Fill the list for ``profile``; ``in_progress`` names a set with an open attempt."""
        self.profile = profile
        self.greeting.setText(
            self.tr("Hello, %1. Choose a quiz and press Start (or Enter).").replace(
                "%1", profile.name
            )
        )
        self.summaries = self.bank.set_summaries()
        last = self.bank.last_scores(profile.id)
        self.tree.clear()
        current: QTreeWidgetItem | None = None
        for summary in self.summaries:
            skills = ", ".join(skill_title(skill) for skill in summary.skills) or "—"
            score = last.get(summary.id)
            score_text = percent(score) if score is not None else self.tr("not taken")
            if (
                score is not None
                and summary.has_quiz
                and self.bank.quiz_settings(summary.id).exam_of
            ):
                score_text = self.tr("done (your teacher scores it)")  # an exam copy
            title = summary.title
            if summary.id == in_progress:
                title = self.tr("%1 (in progress)").replace("%1", summary.title)
            item = QTreeWidgetItem(
                self.tree, [title, str(summary.question_count), skills, score_text]
            )
            item.setData(COLUMN_TITLE, SET_ID_ROLE, summary.id)
            item.setTextAlignment(COLUMN_QUESTIONS, Qt.AlignmentFlag.AlignCenter)
            item.setTextAlignment(COLUMN_LAST_SCORE, Qt.AlignmentFlag.AlignCenter)
            if summary.description:
                item.setToolTip(COLUMN_TITLE, summary.description)
            if current is None or summary.id == select_set:
                current = item
        has_sets = bool(self.summaries)
        self.tree.setVisible(has_sets)
        self.empty_label.setVisible(not has_sets)
        self.start_button.setEnabled(has_sets)
        if current is not None:
            self.tree.setCurrentItem(current)
        self._show_current(current)

    def focus_first(self) -> None:
        target = self.tree if self.tree.topLevelItemCount() else self.switch_button
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_set_id(self) -> str | None:
        item = self.tree.currentItem()
        return None if item is None else str(item.data(COLUMN_TITLE, SET_ID_ROLE))

    def _show_current(self, item: QTreeWidgetItem | None, *_: object) -> None:
        summary = next(
            (s for s in self.summaries if item and s.id == item.data(COLUMN_TITLE, SET_ID_ROLE)),
            None,
        )
        if summary is None:
            self.description.clear()
            return
        text = summary.description or self.tr("No description.")
        self.description.setText(text)
        self.start_button.setEnabled(summary.question_count > 0)

    def _start(self, item: QTreeWidgetItem | None) -> None:
        if item is not None:
            self.quiz_chosen.emit(str(item.data(COLUMN_TITLE, SET_ID_ROLE)))
