"""Building a quiz from questions anywhere in the bank.

Filter the bank (skill, type, difficulty, tag, words), tick questions and add them to
the quiz, order them, choose how it is taken, and build it with ``quizbuild.build_quiz``:
a quiz is a set of its own (copies of its questions and their articles plus a ``quiz:``
section), stored in the bank with ``import_sets`` and handed out as one file.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QT_TR_NOOP, QSize, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.bank import Bank, QuestionRow, fingerprint
from quizapp.core.files import QuestionFileError, dump_question_set
from quizapp.core.model import BUILTIN_LABELS, QUESTION_TYPES, QuestionSet, QuizSettings
from quizapp.core.quizbuild import build_quiz, slug
from quizapp.core.session import choose_questions
from quizapp.core.text import localized
from quizapp.ui.i18n import question_type_name
from quizapp.ui.prompter import Prompter
from quizapp.ui.studio import common
from quizapp.ui.studio.common import IndicatorStyler, fill, label_title, titled_list, tr
from quizapp.ui.studio.fitting import FlowLayout, PaneScroll, shrinkable_combo, side_by_side
from quizapp.ui.studio.question_editor import PreviewPane

SEARCH_DELAY_MS = 200
K = TypeVar("K")
QUIZ_FILTERS = str(QT_TR_NOOP("Quiz files (*.yaml *.yml)"))  # shown through tr

# Result table columns.
COL_PICK, COL_PROMPT, COL_TYPE, COL_SKILLS, COL_DIFFICULTY, COL_TAGS, COL_SET = range(7)


def check_row(
    parent: QWidget, items: Sequence[tuple[K, str]], name: str, checks: dict[K, QCheckBox]
) -> FlowLayout:
    """A wrapping row of check boxes, one per (key, text); ``name`` ("Skill %1") names each
    for a screen reader. The boxes go into ``checks`` by key."""
    row = FlowLayout()
    for key, text in items:
        check = QCheckBox(text, parent)
        check.setAccessibleName(fill(name, text))
        row.addWidget(check)
        checks[key] = check
    return row


class QuizPreviewDialog(QDialog):
    """A quiz's questions in the students' own widgets, one at a time, answerable."""

    def __init__(self, quiz: QuestionSet, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.quiz = quiz
        settings = quiz.quiz or QuizSettings()
        chosen = choose_questions(list(quiz.questions), settings, random.Random())
        self.questions = [quiz.question(question_id) for question_id in chosen]
        self.index = 0
        self.setWindowTitle(fill(tr("Preview: %1"), quiz.title))
        self.setAccessibleName(fill(tr("Preview of the quiz %1 as a student sees it"), quiz.title))
        layout = QVBoxLayout(self)
        self.position = QLabel(self)
        self.note = QLabel(self)
        self.note.setObjectName("hint")
        self.note.setWordWrap(True)
        if settings.draw or settings.shuffle:
            self.note.setText(tr("Drawn and ordered as one student's attempt would be."))
        self.pane = PreviewPane(self)
        buttons = QHBoxLayout()
        self.previous_button = QPushButton(tr("&Previous"), self)
        self.next_button = QPushButton(tr("&Next"), self)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        buttons.addWidget(self.previous_button)
        buttons.addWidget(self.next_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addWidget(self.position)
        layout.addWidget(self.note)
        layout.addWidget(self.pane, 1)
        layout.addLayout(buttons)
        self.previous_button.clicked.connect(lambda: self.show_index(self.index - 1))
        self.next_button.clicked.connect(lambda: self.show_index(self.index + 1))
        screen = (parent.screen() if parent is not None else None) or self.screen()
        self.resize(QSize(900, 640).boundedTo(screen.availableSize()))  # 600 px screens too
        self.show_index(0)

    def show_index(self, index: int) -> None:
        if not self.questions:
            return
        self.index = max(0, min(index, len(self.questions) - 1))
        self.pane.show_question(self.questions[self.index])
        self.position.setText(
            fill(
                tr("<b>%1</b> — question %2 of %3"),
                self.quiz.title,
                self.index + 1,
                len(self.questions),
            )
        )
        self.previous_button.setEnabled(self.index > 0)
        self.next_button.setEnabled(self.index + 1 < len(self.questions))


class QuizBuilder(QWidget):
    """Pick questions from the bank, set how the quiz is taken, build, preview, export."""

    status_message = Signal(str)
    quiz_did_save = Signal(str)  # the quiz's set id

    def __init__(
        self, bank: Bank, parent: QWidget | None = None, prompter: Prompter | None = None
    ) -> None:
        super().__init__(parent)
        self.bank = bank
        self.prompter = prompter or Prompter()
        self.ask_save_path: common.SavePath = common.ask_save_path
        self.preview_dialog: QuizPreviewDialog | None = None
        self.rows: list[QuestionRow] = []
        self._id_edited = False
        self._editing: str | None = None  # the id of the saved quiz being edited

        left = self._build_search_side()
        right = self._build_quiz_side()
        side_by_side(self, [(left, 3, 700), (right, 2, 420)])
        self._wire()
        self.refresh()

    # --- building ---------------------------------------------------------------------------

    def _build_filters(self) -> QGroupBox:
        filters = QGroupBox(tr("Find questions in the bank"), self)
        grid = QGridLayout(filters)
        self.skill_checks: dict[str, QCheckBox] = {}
        self.type_checks: dict[str, QCheckBox] = {}
        self.difficulty_checks: dict[int, QCheckBox] = {}
        skills_row = check_row(
            filters,
            [(label, label_title(label)) for label in BUILTIN_LABELS],
            tr("Skill %1"),
            self.skill_checks,
        )
        types_row = check_row(
            filters,
            [(kind, question_type_name(kind)) for kind in QUESTION_TYPES],
            tr("Type %1"),
            self.type_checks,
        )
        levels = [(1, tr("easy")), (2, tr("medium")), (3, tr("hard"))]
        difficulty_row = check_row(filters, levels, tr("Difficulty %1"), self.difficulty_checks)
        self.tags = QLineEdit(filters)
        self.tags.setPlaceholderText(tr("tags, separated by commas"))
        self.tags.setAccessibleName(tr("Tags to filter by"))
        difficulty_row.addWidget(self.tags)
        self.search = QLineEdit(filters)
        self.search.setPlaceholderText(tr("Words in the prompt or id"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(tr("Search the questions"))
        self.set_filter = QComboBox(filters)
        shrinkable_combo(self.set_filter)  # a long set title must not widen the page
        self.set_filter.setAccessibleName(tr("Question set to search"))
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 2)
        search_row.addWidget(self.set_filter, 1)
        for row, (caption, row_layout) in enumerate(
            (
                (tr("Skill:"), skills_row),
                (tr("Type:"), types_row),
                (tr("Level:"), difficulty_row),
                (tr("Sea&rch:"), search_row),
            )
        ):
            row_label = QLabel(caption, filters)
            if row == 3:
                row_label.setBuddy(self.search)
            grid.addWidget(row_label, row, 0)
            grid.addLayout(row_layout, row, 1)

        return filters

    def _build_search_side(self) -> QWidget:
        """The filters (they scroll when the room is short), the questions found, Add."""
        filters = self._build_filters()
        self.table = QTableWidget(0, 7, self)
        self.table.setHorizontalHeaderLabels(
            ["", tr("Question"), tr("Type"), tr("Skills"), tr("Level"), tr("Tags"), tr("Set")]
        )
        self.table.setAccessibleName(tr("Questions found; tick the ones to add"))
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_PROMPT, QHeaderView.ResizeMode.Stretch)
        for column in (COL_PICK, COL_TYPE, COL_DIFFICULTY):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        for column, width in ((COL_SKILLS, 110), (COL_TAGS, 70), (COL_SET, 120)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(column, width)
        IndicatorStyler([self.table], self)
        self.found_label = QLabel(self)
        self.found_label.setObjectName("hint")
        self.add_button = QPushButton(tr("Add tic&ked to the quiz →"), self)
        self.add_button.setAccessibleName(tr("Add the ticked questions to the quiz"))
        found_row = QHBoxLayout()
        found_row.addWidget(self.found_label, 1)
        found_row.addWidget(self.add_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(PaneScroll(filters, tr("Find questions in the bank"), left))
        left_layout.addWidget(self.table, 1)
        left_layout.addLayout(found_row)

        return left

    def _build_quiz_side(self) -> QWidget:
        """The quiz's questions and settings (scrolling), its buttons always in sight."""
        right_inner = QWidget()
        right_layout = QVBoxLayout(right_inner)
        right_layout.setContentsMargins(0, 0, 6, 0)
        self.saved = QComboBox(right_inner)
        shrinkable_combo(self.saved)
        self.saved.setAccessibleName(tr("Quiz to edit: a new one or one saved in the bank"))
        saved_label = QLabel(tr("Qui&z:"), right_inner)
        saved_label.setBuddy(self.saved)
        saved_row = QHBoxLayout()
        saved_row.addWidget(saved_label)
        saved_row.addWidget(self.saved, 1)
        quiz_label, self.quiz_list = titled_list(
            tr("Questions in the &quiz"),
            tr("Questions in the quiz, in order"),
            right_inner,
            elide=True,
        )
        self.quiz_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 5)
        order_row = FlowLayout()
        self.up_button = QPushButton(tr("Up"), right_inner)
        self.up_button.setAccessibleName(tr("Move the question up in the quiz"))
        self.down_button = QPushButton(tr("Down"), right_inner)
        self.down_button.setAccessibleName(tr("Move the question down in the quiz"))
        self.remove_button = QPushButton(tr("Remove"), right_inner)
        self.remove_button.setAccessibleName(tr("Remove the question from the quiz"))
        for button in (self.up_button, self.down_button, self.remove_button):
            order_row.addWidget(button)

        settings = self._build_settings(right_inner)
        self._build_roster(right_inner)
        self.message = QLabel(right_inner)
        self.message.setObjectName("errorText")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setAccessibleName(tr("Quiz problems"))
        self.message.hide()
        right_layout.addLayout(saved_row)
        right_layout.addWidget(quiz_label)
        right_layout.addWidget(self.quiz_list, 1)
        right_layout.addLayout(order_row)
        right_layout.addWidget(settings)
        right_layout.addWidget(self.roster_box)
        right_layout.addWidget(self.message)
        # One button a row: side by side they would need 520 px at 200%.
        actions = QVBoxLayout()
        self.preview_button = QPushButton(tr("Preview as a st&udent"), self)
        self.save_button = QPushButton(tr("Save quiz in ba&nk"), self)
        self.export_button = QPushButton(tr("E&xport quiz…"), self)
        self.export_button.setAccessibleName(tr("Export the quiz as one file for the class"))
        for button in (self.preview_button, self.save_button, self.export_button):
            actions.addWidget(button)
        # The buttons stay in sight however small the window: only the settings scroll.
        right = QWidget(self)
        outer = QVBoxLayout(right)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(PaneScroll(right_inner, tr("Quiz settings"), right), 1)
        outer.addLayout(actions)
        return right

    def _build_settings(self, parent: QWidget) -> QGroupBox:
        """How the quiz is taken: title, id, order, draw, feedback, limits."""
        settings = QGroupBox(tr("How the quiz is taken"), parent)
        form = QFormLayout(settings)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # fields go under
        self.title = QLineEdit(tr("New quiz"), settings)
        self.title.setAccessibleName(tr("Quiz title"))
        self.quiz_id = QLineEdit(slug(self.title.text()), settings)
        self.quiz_id.setAccessibleName(tr("Quiz id"))
        self.quiz_id.setToolTip(tr("Building a quiz with the same id again updates it in place"))
        self.fixed = QRadioButton(tr("Fixed order"), settings)
        self.shuffled = QRadioButton(tr("Shuffled"), settings)
        self.fixed.setChecked(True)
        order_group = QButtonGroup(settings)
        order_group.addButton(self.fixed)
        order_group.addButton(self.shuffled)
        order_box = QHBoxLayout()
        order_box.addWidget(self.fixed)
        order_box.addWidget(self.shuffled)
        order_box.addStretch(1)
        self.draw = QCheckBox(tr("Dra&w at random per skill:"), settings)
        self.draw.setAccessibleName(tr("Draw a number of questions per skill at random"))
        self.draw_box = QWidget(settings)
        self.draw_layout = QFormLayout(self.draw_box)
        self.draw_layout.setContentsMargins(20, 0, 0, 0)
        self.draw_layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.draw_spins: dict[str, QSpinBox] = {}
        for label in BUILTIN_LABELS:
            self._draw_spin(label)
        self.feedback = QComboBox(settings)
        self.feedback.setAccessibleName(tr("When feedback is shown"))
        self.feedback.addItem(tr("After each question"), "immediate")
        self.feedback.addItem(tr("At the end"), "end")
        # What the choice means for the file handed out (core/examcopy.py).
        self.feedback_hint = QLabel(settings)
        self.feedback_hint.setObjectName("hint")
        self.feedback_hint.setWordWrap(True)
        self.feedback_hint.setAccessibleName(tr("What the feedback choice means for the file"))
        self._build_limits(settings)
        for field_caption, widget in (
            (tr("T&itle:"), self.title),
            (tr("I&d:"), self.quiz_id),
            (tr("Order:"), order_box),
            (None, self.draw),
            (None, self.draw_box),
            (tr("Feed&back:"), self.feedback),
            (None, self.feedback_hint),
            (tr("Time &limit:"), self.time_limit),
            (tr("&Pass mark:"), self.pass_mark),
            (tr("Attempts:"), self.attempts),
        ):
            if field_caption is None:
                form.addRow(widget)
                continue
            field_label = QLabel(field_caption, settings)
            if isinstance(widget, QWidget):
                field_label.setBuddy(widget)
            form.addRow(field_label, widget)
        return settings

    def _build_limits(self, settings: QGroupBox) -> None:
        self.time_limit = QSpinBox(settings)
        self.time_limit.setRange(0, 600)
        self.time_limit.setSuffix(tr(" min"))
        self.time_limit.setSpecialValueText(tr("No limit"))
        self.time_limit.setAccessibleName(tr("Time limit in minutes, 0 for none"))
        self.pass_mark = QSpinBox(settings)
        self.pass_mark.setRange(0, 100)
        self.pass_mark.setSuffix(" %")
        self.pass_mark.setSpecialValueText(tr("None"))
        self.pass_mark.setAccessibleName(tr("Pass mark in percent, 0 for none"))
        self.attempts = QSpinBox(settings)
        self.attempts.setRange(0, 99)
        self.attempts.setSpecialValueText(tr("Unlimited"))
        self.attempts.setAccessibleName(tr("Attempts allowed, 0 for unlimited"))

    def _build_roster(self, parent: QWidget) -> None:
        """The class list and its codes (core/roster.py)."""
        self.roster_box = QGroupBox(tr("Class list and codes"), parent)
        roster_layout = QVBoxLayout(self.roster_box)
        self.roster_status = QLabel(self.roster_box)
        self.roster_status.setWordWrap(True)
        self.roster_status.setAccessibleName(tr("Class list"))
        roster_buttons = FlowLayout()
        self.roster_load_button = QPushButton(tr("L&oad class list…"), self.roster_box)
        self.roster_load_button.setAccessibleName(
            tr("Load a class list (CSV) and give each student a code for this quiz")
        )
        self.roster_print_button = QPushButton(tr("Print codes…"), self.roster_box)
        self.roster_print_button.setAccessibleName(
            tr("Write the codes as a sheet of slips (PDF) or a CSV file")
        )
        roster_buttons.addWidget(self.roster_load_button)
        roster_buttons.addWidget(self.roster_print_button)
        roster_layout.addWidget(self.roster_status)
        roster_layout.addLayout(roster_buttons)

    def _wire(self) -> None:
        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.run_search)
        checks = [*self.skill_checks.values(), *self.type_checks.values()]
        checks += list(self.difficulty_checks.values())
        for check in checks:
            check.toggled.connect(lambda _on: self.search_timer.start())
        self.tags.textChanged.connect(lambda _t: self.search_timer.start())
        self.search.textChanged.connect(lambda _t: self.search_timer.start())
        self.set_filter.currentIndexChanged.connect(lambda _i: self.search_timer.start())
        self.add_button.clicked.connect(self.add_ticked)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))
        self.remove_button.clicked.connect(self._remove)
        self.title.textEdited.connect(self._title_edited)
        self.quiz_id.textEdited.connect(lambda _t: setattr(self, "_id_edited", True))
        self.draw.toggled.connect(self._draw_toggled)
        self.preview_button.clicked.connect(self.preview)
        self.save_button.clicked.connect(self.save_quiz)
        self.export_button.clicked.connect(self.export_quiz)
        self.feedback.currentIndexChanged.connect(lambda _i: self._feedback_changed())
        self.roster_load_button.clicked.connect(self.load_class_list)
        self.roster_print_button.clicked.connect(self.print_codes)
        self._feedback_changed()
        self._show_roster()
        self.saved.activated.connect(self._saved_chosen)
        self.quiz_did_save.connect(self._now_editing)
        self._draw_toggled(False)

    # --- searching -------------------------------------------------------------------------

    def refresh(self) -> None:
        """Re-read the bank's sets (after a set was saved) and search again."""
        current = self.set_filter.currentData()
        self.set_filter.blockSignals(True)
        self.set_filter.clear()
        self.set_filter.addItem(tr("All question sets"), None)
        for summary in self.bank.set_summaries():
            if not summary.has_quiz:
                self.set_filter.addItem(summary.title, summary.id)
        self.set_filter.setCurrentIndex(max(self.set_filter.findData(current), 0))
        self.set_filter.blockSignals(False)
        self._list_saved()
        self.run_search()

    def _list_saved(self, current: str | None = None) -> None:
        """The quiz chooser: a new quiz, then every quiz saved in the bank."""
        current = current or self.saved.currentData()
        self.saved.clear()
        self.saved.addItem(tr("A new quiz"), None)
        for summary in self.bank.set_summaries():
            if summary.has_quiz:
                self.saved.addItem(f"{summary.title} ({summary.id})", summary.id)
        self.saved.setCurrentIndex(max(self.saved.findData(current), 0))

    def run_search(self) -> None:
        self.search_timer.stop()
        chosen_set = self.set_filter.currentData()
        if chosen_set is not None:
            set_ids = [chosen_set]
        else:  # quizzes hold copies of bank questions: leave them out
            set_ids = [s.id for s in self.bank.set_summaries() if not s.has_quiz]
        if not set_ids:
            self.rows = []
        else:
            self.rows = self.bank.search_questions(
                labels=[label for label, c in self.skill_checks.items() if c.isChecked()],
                types=[kind for kind, c in self.type_checks.items() if c.isChecked()],
                difficulties=[d for d, c in self.difficulty_checks.items() if c.isChecked()],
                tags=[t.strip() for t in self.tags.text().split(",") if t.strip()],
                text=self.search.text(),
                set_ids=set_ids,
            )
        self.table.setRowCount(len(self.rows))
        for index, row in enumerate(self.rows):
            pick = QTableWidgetItem()
            pick.setFlags(
                Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
            )
            pick.setCheckState(Qt.CheckState.Unchecked)
            pick.setData(Qt.ItemDataRole.AccessibleTextRole, fill(tr("Add “%1”"), row.prompt))
            values = {
                COL_PROMPT: row.prompt,
                COL_TYPE: question_type_name(row.type),
                COL_SKILLS: ", ".join(label_title(s) for s in row.skills),
                COL_DIFFICULTY: str(row.difficulty),
                COL_TAGS: ", ".join(row.tags),
                COL_SET: row.set_title,
            }
            self.table.setItem(index, COL_PICK, pick)
            for column, value in values.items():
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(index, column, item)
        self.found_label.setText(fill(tr("%1 questions found"), len(self.rows)))

    def tick(self, question_ids: list[str]) -> None:
        """Tick the rows of these question ids (as a teacher clicking their boxes)."""
        for index, row in enumerate(self.rows):
            if row.question_id in question_ids:
                box = self.table.item(index, COL_PICK)
                if box is not None:
                    box.setCheckState(Qt.CheckState.Checked)

    # --- the quiz's questions --------------------------------------------------------------

    def refs(self) -> list[tuple[str, str]]:
        return [
            tuple(self.quiz_list.item(i).data(Qt.ItemDataRole.UserRole))  # type: ignore[misc]
            for i in range(self.quiz_list.count())
        ]

    def add_ticked(self) -> None:
        present = set(self.refs())
        added = 0
        for index, row in enumerate(self.rows):
            item = self.table.item(index, COL_PICK)
            if item is None or item.checkState() != Qt.CheckState.Checked:
                continue
            item.setCheckState(Qt.CheckState.Unchecked)
            ref = (row.set_id, row.question_id)
            if ref in present:
                continue
            present.add(ref)
            self._append(row)
            added += 1
        if added == 0:
            self.status_message.emit(tr("Tick the questions to add first."))
        else:
            self.status_message.emit(fill(tr("Added %1 questions to the quiz."), added))
        self._update_draw_spins()

    def _append(self, row: QuestionRow) -> None:
        entry = QListWidgetItem(f"{row.prompt}  [{row.type} · {row.set_title}]")
        entry.setData(Qt.ItemDataRole.UserRole, [row.set_id, row.question_id])
        entry.setData(Qt.ItemDataRole.UserRole + 1, list(row.skills))
        entry.setToolTip(f"{row.prompt}\n{row.set_id}/{row.question_id}")
        self.quiz_list.addItem(entry)

    # --- editing a saved quiz ---------------------------------------------------------------

    def _saved_chosen(self, index: int) -> None:
        wanted = self.saved.itemData(index)
        if self.quiz_list.count() and not self.prompter.ask(
            self,
            tr("Edit a quiz"),
            tr("Put aside the quiz being built? What was not saved in the bank is lost."),
            tr("Put aside"),
            tr("Keep building"),
        ):
            self._list_saved(self._editing)
            return
        if wanted is None:
            self.new_quiz()
        else:
            self.open_quiz(wanted)

    def _now_editing(self, quiz_id: str) -> None:
        # Saved: later saves update this quiz, whatever its title becomes.
        self._editing = quiz_id
        self._id_edited = True
        self._list_saved(quiz_id)
        self._show_roster()

    # --- what is handed out ------------------------------------------------------------------

    def _feedback_changed(self) -> None:
        if self.feedback.currentData() == "end":
            text = tr(
                "Export writes an exam copy without the answer key; the answers are scored "
                "here when you import the results files."
            )
        else:
            text = tr(
                "Feedback after each question needs the answer key on the students' "
                "computers: the exported file holds it, and a student can read it in a text "
                "editor. Choose “At the end” to hand out a copy without the key."
            )
        self.feedback_hint.setText(text)

    def _show_roster(self) -> None:
        quiz_id = self._editing
        entries = self.bank.roster(quiz_id) if quiz_id else []
        if not quiz_id:
            text = tr("Save the quiz first; then load a class list to give each student a code.")
        elif not entries:
            text = tr(
                "No class list: results files are taken under any name. Load one to give each "
                "student a code, so nobody can hand in results as someone else."
            )
        else:
            used = sum(1 for entry in entries if entry["used"])
            text = fill(
                tr("%1 students have a code for this quiz; %2 used by imported results."),
                len(entries),
                used,
            )
        self.roster_status.setText(text)
        self.roster_print_button.setEnabled(bool(entries))

    def load_class_list(self) -> bool:
        """Save the quiz, read a CSV class list and give each new student a code."""
        from quizapp.core import roster

        quiz = self.save_quiz()
        if quiz is None:
            return False
        path = self.prompter.open_path(
            self, tr("Load class list"), tr("Class lists (*.csv *.txt);;All files (*)")
        )
        if not path:
            return False
        try:
            loaded = roster.load_roster(self.bank, quiz.id, roster.read_class_list(path))
        except roster.RosterError as error:
            self.prompter.warn(
                self,
                tr("Load class list"),
                tr("The class list cannot be used, so nothing changed:")
                + "\n\n"
                + localized(error),
            )
            return False
        self._show_roster()
        self.status_message.emit(
            fill(
                tr("%1 new codes; %2 students already had one and keep it."),
                len(loaded.added),
                len(loaded.kept),
            )
        )
        return True

    def print_codes(self) -> Path | None:
        """Write the quiz's codes: a PDF sheet of slips, or a CSV file."""
        from quizapp.core import roster

        quiz_id = self._editing
        if not quiz_id or not self.bank.roster_size(quiz_id):
            return None
        path = self.ask_save_path(
            self,
            tr("Print codes"),
            f"{quiz_id}-codes.pdf",
            tr("Sheet to print (*.pdf);;Spreadsheet (*.csv)"),
        )
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".pdf", ".csv"):
            target = target.with_suffix(".pdf")
        try:
            if target.suffix.lower() == ".csv":
                target.write_text(roster.codes_csv(self.bank, quiz_id), encoding="utf-8")
            else:
                from quizapp.reports.codes import write_codes_pdf

                title = self.bank.question_set(quiz_id).title
                write_codes_pdf(title, quiz_id, self.bank.roster(quiz_id), target)
        except OSError as error:
            self._not_written(tr("Print codes"), target, error)
            return None
        self.status_message.emit(fill(tr("Wrote the codes to %1."), target))
        return target

    def _not_written(self, title: str, target: Path, error: OSError) -> None:
        """Tell the teacher that ``target`` could not be written (``title``: the command)."""
        self.prompter.warn(
            self, title, fill(tr("%1 could not be written: %2"), target, error.strerror or error)
        )

    def new_quiz(self) -> None:
        """Start again: no questions, the default title and settings."""
        self.quiz_list.clear()
        self.title.setText(tr("New quiz"))
        self.quiz_id.setText(slug(self.title.text()))
        self._id_edited = False
        self._editing = None
        self._load_settings(QuizSettings())
        self._show_problems([])
        self._list_saved(None)
        self._show_roster()

    def open_quiz(self, quiz_id: str) -> None:
        """Load a quiz saved in the bank: its questions in order, title, id and settings.
        Saving it again updates it in place; the attempts made on it are kept."""
        question_set = self.bank.question_set(quiz_id)
        ids = [question.id for question in question_set.questions]
        found = {
            row.question_id: row
            for row in self.bank.search_questions(set_ids=[quiz_id], limit=max(500, len(ids)))
        }
        self.quiz_list.clear()
        for question_id in ids:
            if question_id in found:
                self._append(found[question_id])
        self.title.setText(question_set.title)
        self.quiz_id.setText(quiz_id)
        self._id_edited = True  # a new title must not make it another quiz
        self._editing = quiz_id
        self._load_settings(question_set.quiz or QuizSettings())
        self._update_draw_spins()
        self._show_problems([])
        self._list_saved(quiz_id)
        self._show_roster()
        self.status_message.emit(
            fill(tr("Editing the quiz “%1” (%2 questions)."), question_set.title, len(ids))
        )

    def _load_settings(self, settings: QuizSettings) -> None:
        (self.shuffled if settings.shuffle else self.fixed).setChecked(True)
        for skill in settings.draw:
            if skill not in self.draw_spins:
                self._draw_spin(skill)
        for skill, spin in self.draw_spins.items():
            spin.setValue(settings.draw.get(skill, 0))
        self.draw.setChecked(bool(settings.draw))
        self._draw_toggled(bool(settings.draw))
        self.feedback.setCurrentIndex(max(self.feedback.findData(settings.feedback), 0))
        self.time_limit.setValue(round(settings.time_limit_minutes or 0))
        self.pass_mark.setValue(round(settings.pass_mark or 0))
        self.attempts.setValue(settings.attempts or 0)

    def _move(self, step: int) -> None:
        row = self.quiz_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.quiz_list.count():
            return
        item = self.quiz_list.takeItem(row)
        self.quiz_list.insertItem(target, item)
        self.quiz_list.setCurrentRow(target)

    def _remove(self) -> None:
        row = self.quiz_list.currentRow()
        if row >= 0:
            self.quiz_list.takeItem(row)
            self._update_draw_spins()

    def _title_edited(self, text: str) -> None:
        if not self._id_edited:
            self.quiz_id.setText(slug(text))

    # --- settings ---------------------------------------------------------------------------

    def _draw_spin(self, skill: str) -> QSpinBox:
        spin = QSpinBox(self.draw_box)
        spin.setRange(0, 999)
        spin.setAccessibleName(fill(tr("Questions to draw for %1"), label_title(skill)))
        label = QLabel(label_title(skill) + ":", self.draw_box)
        label.setBuddy(spin)
        self.draw_layout.addRow(label, spin)
        self.draw_spins[skill] = spin
        return spin

    def _update_draw_spins(self) -> None:
        pool: dict[str, int] = {}
        for index in range(self.quiz_list.count()):
            for skill in self.quiz_list.item(index).data(Qt.ItemDataRole.UserRole + 1) or []:
                pool[skill] = pool.get(skill, 0) + 1
        for skill in pool:
            if skill not in self.draw_spins:
                self._draw_spin(skill).setEnabled(self.draw.isChecked())
        for skill, spin in self.draw_spins.items():
            spin.setToolTip(fill(tr("%1 in the quiz"), pool.get(skill, 0)))

    def _draw_toggled(self, on: bool) -> None:
        for spin in self.draw_spins.values():
            spin.setEnabled(on)

    def settings(self) -> QuizSettings:
        draw = {
            skill: spin.value()
            for skill, spin in self.draw_spins.items()
            if self.draw.isChecked() and spin.value() > 0
        }
        return QuizSettings(
            title=None,
            shuffle=self.shuffled.isChecked(),
            draw=draw,
            feedback=self.feedback.currentData(),
            time_limit_minutes=float(self.time_limit.value()) or None,
            pass_mark=float(self.pass_mark.value()) or None,
            attempts=self.attempts.value() or None,
        )

    # --- building ---------------------------------------------------------------------------

    def _show_problems(self, messages: list[str]) -> None:
        self.message.setText("\n".join(messages))
        self.message.setVisible(bool(messages))

    def build(self) -> QuestionSet | None:
        """The quiz as a set, or None with the core's reasons shown."""
        title = self.title.text().strip() or tr("Quiz")
        quiz_id = self.quiz_id.text().strip() or slug(title)
        if self.draw.isChecked() and not any(s.value() for s in self.draw_spins.values()):
            self._show_problems([tr("Say how many questions to draw for at least one skill.")])
            return None
        try:
            quiz = build_quiz(self.bank, quiz_id, title, self.refs(), self.settings())
        except QuestionFileError as error:
            self._show_problems(list(dict.fromkeys(localized(p.message) for p in error.problems)))
            self.status_message.emit(tr("The quiz cannot be built; see the problems listed."))
            return None
        self._show_problems([])
        return quiz

    def save_quiz(self) -> QuestionSet | None:
        """Build the quiz and store it in the bank (updating a quiz with the same id)."""
        quiz = self.build()
        if quiz is None:
            return None
        if self.bank.set_fingerprint(quiz.id) == fingerprint(quiz):
            self.status_message.emit(fill(tr("“%1” is saved in the bank."), quiz.title))
            return quiz
        if self.bank.has_set(quiz.id):
            is_quiz = any(s.id == quiz.id and s.has_quiz for s in self.bank.set_summaries())
            question = (
                tr(
                    "A quiz with the id “%1” is already in the bank. Update it? "
                    "Attempts made on it are kept."
                )
                if is_quiz
                else tr("The question set “%1” has this id. Replace it with the quiz?")
            )
            if not self.prompter.ask(
                self, tr("Save quiz"), fill(question, quiz.id), tr("Update"), tr("Cancel")
            ):
                return None
        try:
            self.bank.import_sets([quiz])
        except Exception as error:  # noqa: BLE001 - the bank's reason, in words
            self.prompter.warn(self, tr("Save quiz"), fill(tr("The quiz was not saved: %1"), error))
            return None
        self.status_message.emit(
            fill(
                tr("Saved the quiz “%1” (%2 questions) in the bank."),
                quiz.title,
                len(quiz.questions),
            )
        )
        self.quiz_did_save.emit(quiz.id)
        return quiz

    def preview(self) -> QuizPreviewDialog | None:
        quiz = self.build()
        if quiz is None:
            return None
        if self.preview_dialog is not None:
            self.preview_dialog.close()
            self.preview_dialog.deleteLater()
        self.preview_dialog = QuizPreviewDialog(quiz, self)
        self.preview_dialog.show()
        return self.preview_dialog

    def export_quiz(self) -> Path | None:
        """Save the quiz in the bank and write it as one file to hand out: an exam copy
        without the key when feedback comes at the end, else the quiz file with its key."""
        from quizapp.core import examcopy

        quiz = self.save_quiz()
        if quiz is None:
            return None
        exam = quiz.quiz is not None and quiz.quiz.feedback == "end"
        suggested = examcopy.exam_file_name(quiz.id) if exam else f"{quiz.id}.yaml"
        path = self.ask_save_path(self, tr("Export quiz"), suggested, tr(QUIZ_FILTERS))
        if not path:
            return None
        target = Path(path)
        if target.suffix.lower() not in (".yaml", ".yml"):
            target = target.with_suffix(".yaml")
        warnings: list[str] = []
        try:
            if exam:
                target, warnings = examcopy.write_exam_copy(self.bank, quiz.id, target)
            else:
                handed = examcopy.handout_set(self.bank, quiz.id)
                target.write_text(dump_question_set(handed), encoding="utf-8")
        except OSError as error:
            self._not_written(tr("Export quiz"), target, error)
            return None
        if warnings:
            self.prompter.inform(
                self,
                tr("Export quiz"),
                tr("The exam copy holds no answer key, but it shows a few things:")
                + "\n\n"
                + "\n".join(f"• {_capital(localized(warning))}." for warning in warnings),
            )
        self.status_message.emit(
            fill(tr("Exported an exam copy without the key to %1."), target)
            if exam
            else fill(tr("Exported the quiz (with its answer key) to %1."), target)
        )
        return target


def _capital(text: str) -> str:
    """``text`` with its first letter a capital (a sentence of the core's)."""
    return text[:1].upper() + text[1:]
