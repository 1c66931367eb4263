"""The teacher's results dashboard: pick a quiz, see the class.

Tabs: *Students* (students × questions grid, sortable, and the per-skill chart),
*Questions* (facility, discrimination, and how many found each key phrase),
*Heat map* (where in the text the class marked), *Before / after* (gains between two
quizzes). Buttons import results files (off the UI thread, with progress), regrade,
and export the gradebook (CSV) and the class report (PDF, off the UI thread).

The view never runs SQL or scoring itself: it asks ``quizapp.core.classroom`` and
redraws from what that returns. ``refresh()`` reloads everything from the bank; the
main window calls it when the dashboard is shown.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    QThreadPool,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import advice, classroom
from quizapp.core.bank import Bank, BankError
from quizapp.core.classroom import ClassData, ImportReport, RegradeReport
from quizapp.core.gradebook import write_gradebook
from quizapp.core.text import localized
from quizapp.core.wording import fill, percent
from quizapp.reports.pdf import build_class_report
from quizapp.ui.dashboard.grid_model import (
    QuestionStatsModel,
    SpanModel,
    StudentGridModel,
)
from quizapp.ui.dashboard.heatmap import HeatMapPanel
from quizapp.ui.dashboard.prepost import PrePostView
from quizapp.ui.dashboard.regrade_dialog import RegradeDialog
from quizapp.ui.dashboard.skill_chart import ClassSkillChart
from quizapp.ui.dashboard.workers import ImportController, PdfController
from quizapp.ui.dashboard.xapi_dialog import XapiDialog
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.table_model import sortable_table
from quizapp.ui.themes import is_dark

RESULTS_FILTER = str(QT_TR_NOOP("Results files (*.json);;All files (*)"))  # shown through _tr


class FileDialogs:
    """The file choosers the dashboard uses (tests replace them)."""

    def open_files(self, parent: QWidget) -> list[str]:
        files, _ = QFileDialog.getOpenFileNames(
            parent, _tr("Import results files"), "", _tr(RESULTS_FILTER)
        )
        return files

    def open_folder(self, parent: QWidget) -> str | None:
        folder = QFileDialog.getExistingDirectory(parent, _tr("Import a folder of results"))
        return folder or None

    def save_file(self, parent: QWidget, title: str, name: str, filters: str) -> str | None:
        from quizapp.ui.save_folder import ask_save_file

        return ask_save_file(parent, title, name, filters)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DashboardView", text)


def glance_text(
    averages: list[classroom.SkillAverage], stats: list[classroom.QuestionStats]
) -> str:
    """The skill averages in words, the hardest questions, and the questions whose
    discrimination asks for a look at the key: what to teach (or fix) next."""
    lines = [
        fill(
            _tr("%1: %2 (%3 question)") if a.questions == 1 else _tr("%1: %2 (%3 questions)"),
            label_name(a.skill).capitalize(),
            percent(a.mean),
            a.questions,
        )
        for a in averages
    ]
    hardest = advice.hardest_questions(stats)
    if hardest:
        lines.append(
            _tr("Hardest: ")
            + ", ".join(f"Q{s.question.number} ({percent(s.facility)})" for s in hardest)
        )
    weak = advice.questions_to_check(stats)
    if weak:
        lines.append(
            _tr("Check the key or wording: ")
            + ", ".join(f"Q{s.question.number} (r {s.point_biserial:.2f})" for s in weak[:4])
        )
    return "\n".join(lines)


def _sortable_table(
    model: QAbstractItemModel, name: str, parent: QWidget
) -> tuple[QTableView, QSortFilterProxyModel]:
    """A sortable table (``table_model.sortable_table``) with one row chosen at a time."""
    view, proxy = sortable_table(model, name, parent)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return view, proxy


def _splitter(orientation: Qt.Orientation, *panes: tuple[QWidget, int, int]) -> QSplitter:
    """A splitter of (widget, stretch factor, first size) panes that never collapse."""
    splitter = QSplitter(orientation)
    for index, (widget, stretch, _size) in enumerate(panes):
        splitter.addWidget(widget)
        splitter.setStretchFactor(index, stretch)
    splitter.setChildrenCollapsible(False)
    splitter.setSizes([size for _widget, _stretch, size in panes])
    return splitter


class DashboardView(QWidget):
    """``DashboardView(bank, parent)``; call ``refresh()`` to (re)load from the bank."""

    results_imported = Signal(object)  # ImportReport
    quiz_regraded = Signal(object)  # RegradeReport
    report_exported = Signal(str)  # the path written
    TAB_STUDENTS, TAB_QUESTIONS, TAB_HEAT_MAP, TAB_PRE_POST = range(4)

    def __init__(self, bank: Bank, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bank = bank
        self.dialogs = FileDialogs()
        self.pool = QThreadPool(self)
        self.class_data: ClassData | None = None
        self.stats: list[classroom.QuestionStats] = []
        self.controllers: list[object] = []  # running import / PDF jobs
        self.setAccessibleName(self.tr("Class results"))

        column = QVBoxLayout(self)
        column.addLayout(self._build_top_bar())
        column.addWidget(self.summary)
        column.addWidget(self.banner)
        column.addWidget(self._build_tabs(), 1)
        self._connect_signals()

    # building -------------------------------------------------------------------------

    def _build_top_bar(self) -> QVBoxLayout:
        """The quiz and attempt choosers on one row, the commands on the next, and under
        them the summary line and the message banner."""
        self.quiz_combo = QComboBox(self)
        self.quiz_combo.setAccessibleName(self.tr("Quiz"))
        self.quiz_combo.setMinimumContentsLength(24)
        self.quiz_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        quiz_label = QLabel(self.tr("&Quiz:"), self)
        quiz_label.setBuddy(self.quiz_combo)
        self.policy_combo = QComboBox(self)
        self.policy_combo.addItem(self.tr("Latest attempt"), "latest")
        self.policy_combo.addItem(self.tr("Best attempt"), "best")
        self.policy_combo.setAccessibleName(self.tr("Which attempt counts"))
        self.policy_combo.setToolTip(
            self.tr(
                "Which of a student's attempts the dashboard shows: the latest finished"
                " one, or the best"
            )
        )
        # The quiz and its commands on two rows: one row needs 1500 pixels at 200% zoom.
        choose_row = QHBoxLayout()
        choose_row.addWidget(quiz_label)
        choose_row.addWidget(self.quiz_combo, 2)
        choose_row.addWidget(self.policy_combo)
        choose_row.addStretch(1)
        command_row = QHBoxLayout()
        command_row.addStretch(1)
        for button in self._build_commands():
            command_row.addWidget(button)
        top = QVBoxLayout()
        top.addLayout(choose_row)
        top.addLayout(command_row)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setAccessibleName(self.tr("Summary"))
        self.banner = QLabel(self)
        self.banner.setWordWrap(True)
        self.banner.setObjectName("hint")
        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner.hide()
        return top

    def _build_commands(self) -> list[QWidget]:
        """Import (files or a folder), Regrade, and the three exports, in that order."""
        self.import_button = QToolButton(self)
        self.import_button.setText(self.tr("&Import results"))
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        menu = QMenu(self.import_button)
        self.import_files_action = menu.addAction(self.tr("Results &files…"))
        self.import_folder_action = menu.addAction(self.tr("A &folder of results…"))
        self.import_button.setMenu(menu)
        self.import_button.setAccessibleName(self.tr("Import results"))
        self.regrade_button = QPushButton(self.tr("&Regrade…"), self)
        self.regrade_button.setToolTip(
            self.tr("Score every stored answer again with the current key (after fixing it)")
        )
        self.csv_button = QPushButton(self.tr("E&xport CSV…"), self)
        self.pdf_button = QPushButton(self.tr("Export &PDF…"), self)
        self.xapi_button = QPushButton(self.tr("x&API…"), self)
        self.xapi_button.setToolTip(
            self.tr("Write the results as xAPI statements, or send them to a Learning Record Store")
        )
        return [
            self.import_button,
            self.regrade_button,
            self.csv_button,
            self.pdf_button,
            self.xapi_button,
        ]

    def _build_tabs(self) -> QStackedWidget:
        """The four tabs, behind the words shown while no quiz has results."""
        students_tab = self._build_students_tab()
        questions_tab = self._build_questions_tab()
        heat_tab = self._build_heat_tab()
        self.pre_post = PrePostView(self)
        self.tabs = QTabWidget(self)  # made after its pages, as the focus chain expects
        self.tabs.addTab(students_tab, self.tr("&Students"))
        self.tabs.addTab(questions_tab, self.tr("Q&uestions"))
        self.tabs.addTab(heat_tab, self.tr("Heat &map"))
        self.tabs.addTab(self.pre_post, self.tr("&Before / after"))
        self.empty = QLabel(
            self.tr(
                "No results yet. Import the results files your students handed in"
                " (Import results), or let students take a quiz on this computer: their"
                " results appear here."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.empty)
        self.stack.addWidget(self.tabs)
        return self.stack

    def _build_students_tab(self) -> QSplitter:
        """The students × questions grid beside the class's skill chart and glance text."""
        self.grid_model = StudentGridModel(self)
        self.grid, self.grid_proxy = _sortable_table(self.grid_model, self.tr("Students"), self)
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.horizontalHeader().setMinimumSectionSize(44)
        self.chart = ClassSkillChart(self)
        chart_box = QWidget(self)
        chart_column = QVBoxLayout(chart_box)
        chart_column.setContentsMargins(0, 0, 0, 0)
        chart_title = QLabel(self.tr("Class average per skill"), chart_box)
        chart_column.addWidget(chart_title)
        chart_column.addWidget(self.chart)
        self.glance = QLabel(chart_box)
        self.glance.setWordWrap(True)
        self.glance.setTextFormat(Qt.TextFormat.PlainText)
        self.glance.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.glance.setAccessibleName(self.tr("The class at a glance"))
        chart_column.addWidget(self.glance)
        chart_column.addStretch(1)
        return _splitter(Qt.Orientation.Horizontal, (self.grid, 1, 880), (chart_box, 0, 360))

    def _build_questions_tab(self) -> QSplitter:
        """The per-question statistics above the chosen question's key phrases."""
        self.question_model = QuestionStatsModel(self)
        self.question_table, self.question_proxy = _sortable_table(
            self.question_model, self.tr("Questions"), self
        )
        # Sized once per fill (ResizeToContents would measure every cell on every change).
        header = self.question_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(
            QuestionStatsModel.COLUMN_QUESTION, QHeaderView.ResizeMode.Stretch
        )
        self.span_model = SpanModel(self)
        self.span_table, self.span_proxy = _sortable_table(
            self.span_model, self.tr("Key phrases of the question"), self
        )
        span_header = self.span_table.horizontalHeader()
        span_header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # reading order
        span_header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        span_header.setSectionResizeMode(SpanModel.COLUMN_PHRASE, QHeaderView.ResizeMode.Stretch)
        self.span_caption = QLabel(self)
        self.span_caption.setWordWrap(True)
        span_box = QWidget(self)
        span_column = QVBoxLayout(span_box)
        span_column.setContentsMargins(0, 0, 0, 0)
        span_column.addWidget(self.span_caption)
        span_column.addWidget(self.span_table)
        guide = QLabel(
            self.tr(
                "Facility: the class's mean score on the question (low: hard). r and D:"
                " discrimination — does the question separate students who did well on the"
                " other questions from those who did not? Above 0.3 is good; near 0 or"
                " negative (shaded) deserves a look at the key or the wording. — : cannot"
                " be computed (fewer than three students, or everyone scored the same)."
            ),
            self,
        )
        guide.setWordWrap(True)
        guide.setObjectName("hint")
        span_column.addWidget(guide)
        return _splitter(Qt.Orientation.Vertical, (self.question_table, 3, 450), (span_box, 2, 250))

    def _build_heat_tab(self) -> QSplitter:
        """The questions that have a heat map beside the chosen one's map."""
        self.heat_list = QListWidget(self)
        self.heat_list.setAccessibleName(self.tr("Questions with a heat map"))
        self.heat_panel = HeatMapPanel(self)
        heat_scroll = QScrollArea(self)
        heat_scroll.setAccessibleName(self.tr("Heat map"))
        heat_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the map itself takes the focus
        heat_scroll.setWidgetResizable(True)
        heat_scroll.setWidget(self.heat_panel)
        heat_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        return _splitter(
            Qt.Orientation.Horizontal, (self.heat_list, 0, 230), (heat_scroll, 1, 1000)
        )

    def _connect_signals(self) -> None:
        self.quiz_combo.activated.connect(lambda _: self.load_quiz())
        self.policy_combo.activated.connect(lambda _: self.load_quiz())
        self.import_files_action.triggered.connect(self.choose_files)
        self.import_folder_action.triggered.connect(self.choose_folder)
        self.regrade_button.clicked.connect(self.regrade)
        self.csv_button.clicked.connect(lambda: self.export_csv())
        self.pdf_button.clicked.connect(lambda: self.export_pdf())
        self.xapi_button.clicked.connect(lambda: self.export_xapi())
        self.question_table.selectionModel().currentRowChanged.connect(self._question_chosen)
        self.heat_list.currentRowChanged.connect(self._heat_question_chosen)
        self.pre_post.pair_chosen.connect(self.show_pre_post)
        self.tabs.currentChanged.connect(self._tab_changed)

    # loading --------------------------------------------------------------------------

    def refresh(self) -> None:
        """Reload the list of quizzes with results and the chosen quiz's class."""
        current = self.current_set_id()
        quizzes = self.bank.result_sets()
        self.quiz_combo.blockSignals(True)
        self.quiz_combo.clear()
        for quiz in quizzes:
            self.quiz_combo.addItem(
                fill(self.tr("%1 (%2) — %3 students"), quiz["title"], quiz["id"], quiz["students"]),
                quiz["id"],
            )
        where = self.quiz_combo.findData(current) if current else -1
        self.quiz_combo.setCurrentIndex(where if where >= 0 else (0 if quizzes else -1))
        self.quiz_combo.blockSignals(False)
        self.pre_post.set_quizzes([(q["id"], q["title"]) for q in quizzes])
        has_results = bool(quizzes)
        self.stack.setCurrentWidget(self.tabs if has_results else self.empty)
        for widget in (self.regrade_button, self.csv_button, self.pdf_button, self.policy_combo):
            widget.setEnabled(has_results)
        self.load_quiz()
        if self.tabs.currentIndex() == self.TAB_PRE_POST:
            self.show_pre_post()

    def current_set_id(self) -> str | None:
        data = self.quiz_combo.currentData()
        return str(data) if data else None

    def set_quiz(self, set_id: str) -> bool:
        where = self.quiz_combo.findData(set_id)
        if where < 0:
            return False
        self.quiz_combo.setCurrentIndex(where)
        self.load_quiz()
        return True

    def policy(self) -> str:
        return str(self.policy_combo.currentData() or "latest")

    def load_quiz(self) -> None:
        """Compute the chosen quiz's class and fill every table, the chart and heat map."""
        set_id = self.current_set_id()
        dark = is_dark(self.palette())
        if set_id is None or not self.bank.has_set(set_id):
            self.class_data = None
            self.stats = []
            self.grid_model.set_class(None)
            self.question_model.set_stats([])
            self.span_model.set_spans([])
            self.chart.show_averages([])
            self.glance.clear()
            self.heat_list.clear()
            self.heat_panel.show_question(None, [], 0)
            self.summary.setText("")
            return
        data = classroom.load_class(self.bank, set_id, self.policy())
        self.class_data = data
        self.stats = classroom.question_stats(data)
        self.grid_model.set_class(data, dark)
        self._size_grid()
        self.question_model.set_stats(self.stats, dark)
        self._size_question_columns()
        averages = classroom.skill_averages(data)
        self.chart.show_averages(averages)
        self.glance.setText(glance_text(averages, self.stats))
        flagged = sum(s.other_version for s in data.students)
        parts = [
            fill(self.tr("%1 students"), len(data.students)),
            fill(self.tr("%1 questions"), len(data.questions)),
            fill(self.tr("class average %1"), percent(classroom.class_average(data))),
        ]
        if flagged:
            parts.append(fill(self.tr("⚑ %1 taken on another version of the quiz"), flagged))
        last = self.bank.last_regrade(set_id)
        if last:
            when = last["regraded_at"][:16].replace("T", " ")
            parts.append(fill(self.tr("last regraded %1"), when))
        self.summary.setText(" · ".join(parts))
        previous = self.heat_list.currentItem()
        previous_id = previous.data(Qt.ItemDataRole.UserRole) if previous else None
        self.heat_list.blockSignals(True)
        self.heat_list.clear()
        for info in data.questions:
            if info.type in ("highlight", "compare"):
                item = QListWidgetItem(f"Q{info.number} {info.id}")
                item.setData(Qt.ItemDataRole.UserRole, info.id)
                item.setToolTip(info.prompt)
                self.heat_list.addItem(item)
        self.heat_list.blockSignals(False)
        row = 0
        for index in range(self.heat_list.count()):
            if self.heat_list.item(index).data(Qt.ItemDataRole.UserRole) == previous_id:
                row = index
        if self.heat_list.count():
            self.heat_list.setCurrentRow(row)
            self._heat_question_chosen(row)
        else:
            self.heat_panel.show_question(None, [], 0)
        # Start on the first question with key phrases, so the span table has content.
        first = next((row for row, stat in enumerate(self.stats) if stat.spans), 0)
        current = self.question_proxy.mapFromSource(self.question_model.index(first, 0))
        self.question_table.selectRow(current.row())
        self._question_chosen(current, QModelIndex())

    def _size_question_columns(self) -> None:
        # Measured from the texts (asking the view to measure every cell is far slower).
        metrics = self.question_table.fontMetrics()
        header = self.question_table.horizontalHeader()
        for column in range(self.question_model.columnCount()):
            if column == QuestionStatsModel.COLUMN_QUESTION:
                continue
            widest = max(
                metrics.horizontalAdvance(t) for t in self.question_model.column_texts(column)
            )
            header.resizeSection(column, widest + 24)

    def _size_grid(self) -> None:
        header = self.grid.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.grid.resizeColumnToContents(StudentGridModel.COLUMN_STUDENT)
        width = self.fontMetrics().horizontalAdvance("100%") + 18
        for column in range(StudentGridModel.COLUMN_TOTAL, self.grid_model.columnCount()):
            header.resizeSection(column, width)

    # questions and heat map -----------------------------------------------------------

    def _question_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.span_model.set_spans([])
            self.span_caption.clear()
            return
        row = self.question_proxy.mapToSource(current).row()
        stat = self.stats[row]
        self.span_model.set_spans(list(stat.spans))
        info = stat.question
        if stat.spans:
            self.span_caption.setText(
                fill(self.tr("Key phrases of Q%1 %2: %3"), info.number, info.id, info.prompt)
            )
        else:
            template = self.tr("Q%1 %2 has no phrases to find (%3).")
            self.span_caption.setText(fill(template, info.number, info.id, info.type))

    def _heat_question_chosen(self, row: int) -> None:
        item = self.heat_list.item(row) if row >= 0 else None
        if item is None or self.class_data is None:
            self.heat_panel.show_question(None, [], 0)
            return
        self.show_heat_map(item.data(Qt.ItemDataRole.UserRole))

    def show_heat_map(self, question_id: str) -> None:
        """Show the heat map of one question of the current quiz."""
        if self.class_data is None:
            return
        question = self.class_data.question(question_id)
        info = next(q for q in self.class_data.questions if q.id == question_id)
        self.heat_panel.show_question(
            question, classroom.heat_maps(self.class_data, question_id), info.number
        )
        for index in range(self.heat_list.count()):
            if self.heat_list.item(index).data(Qt.ItemDataRole.UserRole) == question_id:
                self.heat_list.blockSignals(True)
                self.heat_list.setCurrentRow(index)
                self.heat_list.blockSignals(False)

    # pre / post -----------------------------------------------------------------------

    def _tab_changed(self, index: int) -> None:
        if index == self.TAB_PRE_POST:
            self.show_pre_post()

    def show_pre_post(self, pre: str | None = None, post: str | None = None) -> None:
        pair = (pre, post) if pre and post else self.pre_post.pair()
        if pair is None:
            self.pre_post.show_gains(None)
            return
        before = classroom.load_class(self.bank, pair[0], self.policy())
        after = classroom.load_class(self.bank, pair[1], self.policy())
        self.pre_post.show_gains(
            classroom.pre_post(classroom.student_scores(before), classroom.student_scores(after))
        )

    # importing ------------------------------------------------------------------------

    def choose_files(self) -> None:
        files = self.dialogs.open_files(self)
        if files:
            self.import_paths(list[str | Path](files))

    def choose_folder(self) -> None:
        folder = self.dialogs.open_folder(self)
        if folder:
            self.import_paths([folder])

    def import_paths(
        self, paths: Sequence[str | Path], show_progress: bool = True
    ) -> ImportController:
        """Import results files and folders; reading runs off the UI thread."""
        controller = ImportController(
            self.bank, list(paths), self, pool=self.pool, show_progress=show_progress
        )
        controller.import_finished.connect(lambda report: self._imported(controller, report))
        self.controllers.append(controller)
        self.import_button.setEnabled(False)
        controller.start()
        return controller

    def _imported(self, controller: ImportController, report: ImportReport) -> None:
        if controller in self.controllers:
            self.controllers.remove(controller)
        self.import_button.setEnabled(True)
        lines = [localized(line) for line in report.lines()]
        text = localized(report.summary())
        if lines:
            text += "\n" + "\n".join(lines[:12])
            if len(lines) > 12:
                text += "\n" + fill(self.tr("… and %1 more."), len(lines) - 12)
        self.show_message(text)
        imported = report.set_ids
        self.refresh()
        if imported and self.current_set_id() not in imported:
            self.set_quiz(imported[0])
        self.results_imported.emit(report)

    # regrading ------------------------------------------------------------------------

    def regrade(self) -> RegradeDialog | None:
        """Show what a regrade would change; Apply in the dialog writes it."""
        set_id = self.current_set_id()
        if set_id is None:
            return None
        preview = classroom.regrade(self.bank, set_id, dry_run=True)
        dialog = RegradeDialog(preview, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self.apply_regrade(set_id))
        dialog.open()
        return dialog

    def apply_regrade(self, set_id: str) -> RegradeReport | None:
        try:
            report = classroom.regrade(self.bank, set_id)
        except BankError as error:  # busy, read-only, full: nothing was changed
            self.show_message(localized(error))
            return None
        self.show_message(localized(report.summary()))
        self.load_quiz()
        self.quiz_regraded.emit(report)
        return report

    # exporting ------------------------------------------------------------------------

    def _export_path(
        self, path: str | Path | None, title: str, suffix: str, filters: str
    ) -> str | Path | None:
        """``path`` if given, else where the teacher chooses to save (the set's id, a dash
        and ``suffix`` proposed); None when no quiz is shown or the teacher cancels."""
        if self.class_data is None:
            return None
        if path is None:
            path = self.dialogs.save_file(
                self, title, f"{self.class_data.set_id}-{suffix}", filters
            )
        return path or None

    def export_csv(self, path: str | Path | None = None) -> Path | None:
        path = self._export_path(
            path, self.tr("Export the gradebook"), "grades.csv", self.tr("CSV files (*.csv)")
        )
        if path is None or self.class_data is None:
            return None
        try:
            written = write_gradebook(self.class_data, path)
        except OSError as error:
            self.show_message(fill(self.tr("Cannot write %1: %2"), path, error.strerror or error))
            return None
        self.show_message(fill(self.tr("Wrote the gradebook to %1."), written))
        self.report_exported.emit(str(written))
        return written

    def export_pdf(
        self, path: str | Path | None = None, students: bool = True, show_progress: bool = True
    ) -> PdfController | None:
        """Write the class report (with a page per student) off the UI thread."""
        path = self._export_path(
            path, self.tr("Export the class report"), "report.pdf", self.tr("PDF files (*.pdf)")
        )
        if path is None or self.class_data is None:
            return None
        report = build_class_report(self.class_data, before=self._earlier_class())
        controller = PdfController(
            report, path, students, self, pool=self.pool, show_progress=show_progress
        )
        controller.pdf_written.connect(lambda written: self._pdf_done(controller, written, None))
        controller.pdf_failed.connect(lambda message: self._pdf_done(controller, None, message))
        self.controllers.append(controller)
        self.pdf_button.setEnabled(False)
        controller.start()
        return controller

    def export_xapi(self) -> XapiDialog | None:
        """Open the xAPI dialog for the quiz shown (write a file; send to an LRS if asked)."""
        if self.class_data is None:
            return None
        dialog = XapiDialog(self.bank, self.class_data.set_id, self.policy(), self)
        dialog.statements_written.connect(
            lambda path, count: self.show_message(
                fill(self.tr("Wrote %1 xAPI statements to %2."), count, path)
            )
        )
        dialog.statements_sent.connect(
            lambda count: self.show_message(fill(self.tr("Sent %1 xAPI statements."), count))
        )
        dialog.open()
        return dialog

    def _earlier_class(self) -> ClassData | None:
        """The class on the Before quiz chosen under Before / after, when the teacher asked
        for the comparison in the report and the After quiz is the one shown."""
        pair = self.pre_post.report_pair()
        if self.class_data is None or pair is None or pair[1] != self.class_data.set_id:
            return None
        return classroom.load_class(self.bank, pair[0], self.policy())

    def _pdf_done(self, controller: PdfController, path: str | None, error: str | None) -> None:
        if controller in self.controllers:
            self.controllers.remove(controller)
        self.pdf_button.setEnabled(True)
        if error:
            self.show_message(error)
            return
        assert path is not None
        self.show_message(fill(self.tr("Wrote the class report to %1."), path))
        self.report_exported.emit(path)

    # messages and theme ---------------------------------------------------------------

    def show_message(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))
        self.banner.setAccessibleDescription(text)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            dark = is_dark(self.palette())
            self.grid_model.set_dark(dark)
            if self.question_model.dark != dark:
                self.question_model.set_stats(self.stats, dark)

    def wait_for_jobs(self, msecs: int = 30000) -> bool:
        """Wait for background work (tests, closing)."""
        return self.pool.waitForDone(msecs)

    def shutdown(self, msecs: int = 30000) -> bool:
        """Before the bank closes: stop importing (files already stored stay), let a PDF
        being written finish. True when nothing is left running."""
        for controller in list(self.controllers):
            if isinstance(controller, ImportController):
                controller.cancel()
        return self.wait_for_jobs(msecs)
