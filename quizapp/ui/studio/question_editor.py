"""Writing questions: a form for all four types and a live preview that is exactly what a
student sees (the runner's own question widgets), with a "Try it" that scores the
teacher's answer the way a student's would be scored.

The form edits the question's file data (what ``files.question_to_data`` writes); the
preview is ``make_question_widget`` on ``files.question_from_data`` of that data, so
every problem the core would find in a file is shown here as the teacher types.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import draft as drafts
from quizapp.core.draft import QuestionData, SetDraft
from quizapp.core.files import ID_PATTERN, QuestionFileError
from quizapp.core.model import DEFAULT_STRAY_PENALTY, QUESTION_TYPES, Question
from quizapp.core.scoring import ResponseError, Score, score
from quizapp.core.text import localized
from quizapp.ui.question_widgets import (
    FeedbackView,
    QuestionWidget,
    install_undo_shortcut,
    make_question_widget,
)
from quizapp.ui.studio.article_editor import UndoRouter
from quizapp.ui.studio.common import (
    IndicatorStyler,
    fill,
    menu_button,
    replace_label_checks,
    repolish,
    short_text_box,
    sync_list,
    titled_list,
    tr,
)
from quizapp.ui.studio.document import StudioDocument
from quizapp.ui.studio.fitting import FlowLayout, PaneScroll, shrinkable_combo, side_by_side
from quizapp.ui.themes import inherit_font
from quizapp.ui.widgets import hbox, vbox

PREVIEW_DELAY_MS = 250  # the preview follows typing after this pause


def type_title(kind: str) -> str:
    return {
        "highlight": tr("Highlight: mark phrases"),
        "choice": tr("Choice: pick an answer"),
        "compare": tr("Compare: figures across reports"),
        "classify": tr("Classify: label marked phrases"),
    }[kind]


def verdict_title(verdict: str) -> str:
    return {
        "conflict": tr("They conflict"),
        "compatible": tr("They are compatible"),
        "cannot-tell": tr("Can't tell"),
    }[verdict]


# --- pieces of the form ---------------------------------------------------------------------


class ExcerptRow(QWidget):
    """One excerpt: which article, paragraphs from and to (bounded by the article)."""

    changed = Signal()
    remove_requested = Signal()

    def __init__(self, optional: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.optional = optional
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.article = QComboBox(self)
        self.article.setAccessibleName(tr("Article of the excerpt"))
        self.article.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.article.setMinimumContentsLength(6)
        self.first = QSpinBox(self)
        self.first.setAccessibleName(tr("First paragraph of the excerpt"))
        self.last = QSpinBox(self)
        self.last.setAccessibleName(tr("Last paragraph of the excerpt"))
        for spin in (self.first, self.last):
            spin.setRange(1, 1)
        self.remove = QToolButton(self)
        self.remove.setText("✕")
        self.remove.setToolTip(tr("Remove this excerpt"))
        self.remove.setAccessibleName(tr("Remove this excerpt"))
        self.remove.hide()
        layout.addWidget(self.article, 1)
        layout.addWidget(QLabel(tr("¶"), self))
        layout.addWidget(self.first)
        layout.addWidget(QLabel(tr("to"), self))
        layout.addWidget(self.last)
        layout.addWidget(self.remove)
        self._loading = False
        self.counts: dict[str, int] = {}
        self.article.currentIndexChanged.connect(self._article_changed)
        self.first.valueChanged.connect(self._first_changed)
        self.last.valueChanged.connect(self._last_changed)
        self.remove.clicked.connect(self.remove_requested)

    def set_articles(self, draft: SetDraft) -> None:
        self._loading = True
        try:
            current = self.article.currentData()
            self.article.clear()
            if self.optional:
                self.article.addItem(tr("(no excerpt)"), None)
            self.counts = {}
            for article in draft.articles:
                title = article.headline or article.id
                source = f"{article.outlet}: " if article.outlet else ""
                self.article.addItem(f"{source}{title}", article.id)
                self.counts[article.id] = max(1, len(article.paragraphs))
            index = self.article.findData(current)
            self.article.setCurrentIndex(max(index, 0))
            self._bound()
        finally:
            self._loading = False

    def _bound(self) -> None:
        count = self.counts.get(self.article.currentData(), 1)
        has_article = self.article.currentData() is not None
        self.first.setEnabled(has_article)
        self.last.setEnabled(has_article)
        self.first.setMaximum(count)
        self.last.setMaximum(count)

    def _article_changed(self, _index: int) -> None:
        self._bound()
        if not self._loading:
            self.first.setValue(1)
            self.last.setValue(self.last.maximum())
            self.changed.emit()

    def _first_changed(self, value: int) -> None:
        if not self._loading:
            if self.last.value() < value:
                self.last.setValue(value)
            self.changed.emit()

    def _last_changed(self, value: int) -> None:
        if not self._loading:
            if self.first.value() > value:
                self.first.setValue(value)
            self.changed.emit()

    def value(self) -> dict[str, Any] | None:
        article_id = self.article.currentData()
        if article_id is None:
            return None
        return {"article": article_id, "paragraphs": [self.first.value(), self.last.value()]}

    def set_value(self, ref: dict[str, Any] | None) -> None:
        self._loading = True
        try:
            article_id = ref.get("article") if ref else None
            index = self.article.findData(article_id)
            if index < 0 and article_id is not None:
                self.article.addItem(fill(tr("(missing: %1)"), article_id), article_id)
                index = self.article.count() - 1
            self.article.setCurrentIndex(max(index, 0))
            self._bound()
            paragraphs = (ref or {}).get("paragraphs") or [1, self.last.maximum()]
            if isinstance(paragraphs, int):
                paragraphs = [paragraphs, paragraphs]
            self.first.setValue(int(paragraphs[0]))
            self.last.setValue(int(paragraphs[-1]))
        finally:
            self._loading = False


class OptionsEditor(QWidget):
    """Options (or reasons) with their right-answer flags and feedback."""

    changed = Signal()

    def __init__(self, what: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([tr("Text"), tr("Right"), tr("Feedback (optional)")])
        self.table.setAccessibleName(what)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.table.setMinimumHeight(self.fontMetrics().lineSpacing() * 6)
        IndicatorStyler([self.table], self)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add"), self)
        self.add_button.setAccessibleName(fill(tr("Add to %1"), what))
        self.remove_button = QPushButton(tr("Remove"), self)
        self.remove_button.setAccessibleName(fill(tr("Remove from %1"), what))
        self.up_button = QPushButton(tr("Up"), self)
        self.up_button.setAccessibleName(tr("Move up"))
        self.down_button = QPushButton(tr("Down"), self)
        self.down_button.setAccessibleName(tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self._loading = False
        self.table.itemChanged.connect(self._item_changed)
        self.add_button.clicked.connect(self._add)
        self.remove_button.clicked.connect(self._remove)
        self.up_button.clicked.connect(lambda: self._move(-1))
        self.down_button.clicked.connect(lambda: self._move(1))

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()

    def options(self) -> list[dict[str, Any]]:
        options = []
        for row in range(self.table.rowCount()):
            text_item, right_item, feedback_item = (self.table.item(row, c) for c in range(3))
            option: dict[str, Any] = {"text": text_item.text().strip() if text_item else ""}
            if right_item and right_item.checkState() == Qt.CheckState.Checked:
                option["correct"] = True
            feedback = feedback_item.text().strip() if feedback_item else ""
            if feedback:
                option["feedback"] = feedback
            options.append(option)
        return options

    def set_options(self, options: list[dict[str, Any]]) -> None:
        if options == self.options():
            return
        self._loading = True
        try:
            self.table.setRowCount(len(options))
            for row, option in enumerate(options):
                self._fill_row(row, option)
        finally:
            self._loading = False

    def _fill_row(self, row: int, option: dict[str, Any]) -> None:
        text = QTableWidgetItem(str(option.get("text", "")))
        right = QTableWidgetItem()
        right.setFlags(
            Qt.ItemFlag.ItemIsUserCheckable
            | Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
        )
        checked = Qt.CheckState.Checked if option.get("correct") else Qt.CheckState.Unchecked
        right.setCheckState(checked)
        right.setData(Qt.ItemDataRole.AccessibleTextRole, tr("Right answer"))
        feedback = QTableWidgetItem(str(option.get("feedback") or ""))
        self.table.setItem(row, 0, text)
        self.table.setItem(row, 1, right)
        self.table.setItem(row, 2, feedback)

    def _add(self) -> None:
        options = self.options() + [{"text": ""}]
        self.set_options(options)
        self.changed.emit()
        row = len(options) - 1
        self.table.setCurrentCell(row, 0)
        new_item = self.table.item(row, 0)
        if new_item is not None:
            self.table.editItem(new_item)

    def _remove(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            return
        options = self.options()
        del options[row]
        self.set_options(options)
        self.changed.emit()

    def _move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        options = self.options()
        if row < 0 or not 0 <= target < len(options):
            return
        options[row], options[target] = options[target], options[row]
        self.set_options(options)
        self.table.setCurrentCell(target, 0)
        self.changed.emit()


class QuestionForm(QWidget):
    """Every field of one question; ``edited(field)`` after each change the teacher makes."""

    edited = Signal(str)
    id_edited = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self._kind = "highlight"
        outer = QVBoxLayout(self)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        outer.addStretch(1)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self._build_head_fields()
        self._build_answer_fields()
        self._lay_out_rows()
        self._wire()

    def _build_head_fields(self) -> None:
        """Id, type, prompt, excerpts and the key's labels."""
        self.question_id = QLineEdit(self)
        self.question_id.setAccessibleName(tr("Question id"))
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Question type"))
        shrinkable_combo(self.kind, 14)
        for kind in QUESTION_TYPES:
            self.kind.addItem(type_title(kind), kind)
        self.prompt = short_text_box(tr("Prompt"), tr("What the student is asked to do"), self)

        self.excerpts_box = QWidget(self)
        self.excerpts_layout = QVBoxLayout(self.excerpts_box)
        self.excerpts_layout.setContentsMargins(0, 0, 0, 0)
        self.excerpt_rows: list[ExcerptRow] = []
        self.add_excerpt = QPushButton(tr("Add excerpt"), self.excerpts_box)
        self.add_excerpt.setAccessibleName(tr("Add an excerpt to compare"))
        self.excerpts_layout.addWidget(self.add_excerpt)

        self.targets_box = QWidget(self)
        self.targets_layout = FlowLayout(self.targets_box)  # wraps when narrow
        self.target_checks: dict[str, QCheckBox] = {}

    def _build_answer_fields(self) -> None:
        """What the kinds of question ask for, then explanation, difficulty, tags, scoring."""
        self.quantity = QComboBox(self)
        self.quantity.setEditable(True)
        self.quantity.setAccessibleName(tr("Quantity compared"))
        self.quantity.addItem("")
        self.quantity.addItems(list(drafts.DEFAULT_QUANTITIES))
        self.verdict = QComboBox(self)
        self.verdict.setAccessibleName(tr("Right verdict"))
        for verdict in ("conflict", "compatible", "cannot-tell"):
            self.verdict.addItem(verdict_title(verdict), verdict)
        self.reasons = OptionsEditor(tr("Reasons"), self)
        self.multiple = QCheckBox(tr("Several right answers"), self)
        self.options = OptionsEditor(tr("Options"), self)
        self.explanation = short_text_box(tr("Explanation"), tr("Shown with the feedback"), self)
        self.difficulty = QComboBox(self)
        self.difficulty.setAccessibleName(tr("Difficulty"))
        for value, text in ((1, tr("1 — easy")), (2, tr("2 — medium")), (3, tr("3 — hard"))):
            self.difficulty.addItem(text, value)
        self.tags = QLineEdit(self)
        self.tags.setAccessibleName(tr("Tags"))
        self.tags.setPlaceholderText(tr("fire, harbour (separated by commas)"))
        self.stray = QDoubleSpinBox(self)
        self.stray.setAccessibleName(tr("Penalty per stray mark"))
        self.stray.setRange(0, 10)
        self.stray.setSingleStep(0.25)
        self.stray.setDecimals(2)
        self.stray.setSuffix(tr(" span"))
        self.stray.setToolTip(tr("Credit lost for each mark that is not in the key"))
        self.strict = QCheckBox(tr("Exact boundaries only (strict)"), self)
        self.problems = QLabel(self)
        self.problems.setObjectName("errorText")
        self.problems.setWordWrap(True)
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setAccessibleName(tr("Problems with this question"))

    def _lay_out_rows(self) -> None:
        self.rows: dict[str, QWidget] = {}
        for key, text, widget in (
            ("id", tr("&Id:"), self.question_id),
            ("type", tr("T&ype:"), self.kind),
            ("prompt", tr("&Prompt:"), self.prompt),
            ("excerpts", tr("Excerpt:"), self.excerpts_box),
            ("targets", tr("Key labels:"), self.targets_box),
            ("quantity", tr("Quantity:"), self.quantity),
            ("verdict", tr("Ve&rdict:"), self.verdict),
            ("reasons", tr("Reas&ons:"), self.reasons),
            ("multiple", "", self.multiple),
            ("options", tr("&Options:"), self.options),
            ("explanation", tr("E&xplanation:"), self.explanation),
            ("difficulty", tr("&Difficulty:"), self.difficulty),
            ("tags", tr("Ta&gs:"), self.tags),
            ("stray", tr("Stray pena&lty:"), self.stray),
            ("strict", "", self.strict),
        ):
            if text:
                label = QLabel(text, self)
                if "&" in text:
                    label.setBuddy(widget)
                self.form.addRow(label, widget)
            else:
                self.form.addRow(widget)
            self.rows[key] = widget
        self.form.addRow(self.problems)

    def _wire(self) -> None:
        """What the teacher changes becomes ``edited(field)``."""
        self.kind.currentIndexChanged.connect(lambda _i: self._emit("type"))
        self.prompt.textChanged.connect(lambda: self._emit("prompt"))
        self.add_excerpt.clicked.connect(self._add_excerpt)
        self.quantity.currentTextChanged.connect(lambda _t: self._emit("quantity"))
        self.verdict.currentIndexChanged.connect(lambda _i: self._emit("verdict"))
        self.reasons.changed.connect(lambda: self._emit("reasons"))
        self.multiple.toggled.connect(lambda _on: self._emit("multiple"))
        self.options.changed.connect(lambda: self._emit("options"))
        self.explanation.textChanged.connect(lambda: self._emit("explanation"))
        self.difficulty.currentIndexChanged.connect(lambda _i: self._emit("difficulty"))
        self.tags.textEdited.connect(lambda _t: self._emit("tags"))
        self.stray.valueChanged.connect(lambda _v: self._emit("stray"))
        self.strict.toggled.connect(lambda _on: self._emit("strict"))
        self.question_id.editingFinished.connect(self._id_finished)

    def _emit(self, field: str) -> None:
        if not self._loading:
            self.edited.emit(field)

    def _id_finished(self) -> None:
        if not self._loading:
            self.id_edited.emit(self.question_id.text().strip())

    # articles and labels ---------------------------------------------------------------------

    def set_context(self, draft: SetDraft) -> None:
        """The set's articles (for excerpts) and labels (for the key)."""
        self._draft = draft
        self._loading = True
        try:
            for row in self.excerpt_rows:
                row.set_articles(draft)
            labels = draft.label_ids()
            if tuple(self.target_checks) != labels:
                checked = {label for label, c in self.target_checks.items() if c.isChecked()}
                self.target_checks = replace_label_checks(
                    labels,
                    self.target_checks,
                    self.targets_box,
                    self.targets_layout,
                    tr("Key label %1"),
                )
                for label, check in self.target_checks.items():
                    check.setChecked(label in checked)
                    check.toggled.connect(lambda _on: self._emit("targets"))
        finally:
            self._loading = False

    def _make_row(self) -> ExcerptRow:
        row = ExcerptRow(optional=self._kind == "choice", parent=self.excerpts_box)
        row.set_articles(self._draft)
        row.changed.connect(lambda: self._emit("excerpts"))
        row.remove_requested.connect(lambda r=row: self._remove_excerpt(r))
        self.excerpts_layout.insertWidget(self.excerpts_layout.count() - 1, row)
        inherit_font(row)  # the zoom reaches a row added after it was set
        self.excerpt_rows.append(row)
        return row

    def _set_row_count(self, count: int) -> None:
        while len(self.excerpt_rows) > count:
            row = self.excerpt_rows.pop()
            self.excerpts_layout.removeWidget(row)
            row.deleteLater()
        while len(self.excerpt_rows) < count:
            self._make_row()
        for row in self.excerpt_rows:
            optional = self._kind == "choice"
            if row.optional != optional:
                row.optional = optional
                value = row.value()
                row.set_articles(self._draft)
                row.set_value(value)
            row.remove.setVisible(self._kind == "compare" and len(self.excerpt_rows) > 2)

    def _add_excerpt(self) -> None:
        row = self._make_row()
        row.set_value(self.excerpt_rows[0].value() if len(self.excerpt_rows) > 1 else None)
        self._set_row_count(len(self.excerpt_rows))
        self._emit("excerpts")

    def _remove_excerpt(self, row: ExcerptRow) -> None:
        if row in self.excerpt_rows and len(self.excerpt_rows) > 2:
            self.excerpt_rows.remove(row)
            self.excerpts_layout.removeWidget(row)
            row.deleteLater()
            self._set_row_count(len(self.excerpt_rows))
            self._emit("excerpts")

    # data in and out --------------------------------------------------------------------------

    def _show_rows(self, kind: str) -> None:
        visible = {
            "quantity": kind == "compare",
            "verdict": kind == "compare",
            "reasons": kind == "compare",
            "multiple": kind == "choice",
            "options": kind == "choice",
            "stray": kind in ("highlight", "compare"),
            "strict": kind in ("highlight", "compare"),
        }
        for key, on in visible.items():
            self.form.setRowVisible(self.rows[key], on)
        self.add_excerpt.setVisible(kind == "compare")

    def load(self, data: QuestionData) -> None:
        """Show ``data``; fields that already show the same value are left alone."""
        self._loading = True
        try:
            kind = str(data.get("type", "highlight"))
            self._kind = kind
            self._show_rows(kind)
            if self.question_id.text() != str(data.get("id", "")):
                self.question_id.setText(str(data.get("id", "")))
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
            if self.prompt.toPlainText().strip() != str(data.get("prompt") or "").strip():
                self.prompt.setPlainText(str(data.get("prompt") or ""))
            refs = drafts.excerpt_refs(data)
            self._set_row_count(max(len(refs), 2 if kind == "compare" else 1))
            padded = refs + [None] * len(self.excerpt_rows)
            for row, ref in zip(self.excerpt_rows, padded, strict=False):
                if row.value() != ref:
                    row.set_value(ref)
            targets = set(data.get("targets") or ())
            for label, check in self.target_checks.items():
                check.setChecked(label in targets)
            quantity = str(data.get("quantity") or "")
            if self.quantity.currentText() != quantity:
                self.quantity.setCurrentText(quantity)
            self.verdict.setCurrentIndex(max(self.verdict.findData(data.get("verdict")), 0))
            self.reasons.set_options(list(data.get("reasons") or []))
            self.multiple.setChecked(bool(data.get("multiple")))
            self.options.set_options(list(data.get("options") or []))
            explanation = str(data.get("explanation") or "")
            if self.explanation.toPlainText().strip() != explanation.strip():
                self.explanation.setPlainText(explanation)
            self.difficulty.setCurrentIndex(
                max(self.difficulty.findData(int(data.get("difficulty") or 2)), 0)
            )
            tags = ", ".join(data.get("tags") or ())
            if _split_tags(self.tags.text()) != list(data.get("tags") or ()):
                self.tags.setText(tags)
            self.stray.setValue(float(data.get("stray_penalty", DEFAULT_STRAY_PENALTY)))
            self.strict.setChecked(bool(data.get("strict")))
        finally:
            self._loading = False

    def collect(self, base: QuestionData) -> QuestionData:
        """The question as the form shows it (``base`` gives the id and the type)."""
        kind = str(self.kind.currentData())
        data: QuestionData = {
            "id": base.get("id"),
            "type": kind,
            "prompt": self.prompt.toPlainText().strip(),
        }
        refs = [ref for ref in (row.value() for row in self.excerpt_rows) if ref]
        if kind == "compare":
            data["excerpts"] = refs
        elif refs:
            data["excerpt"] = refs[0]
        targets = [label for label, check in self.target_checks.items() if check.isChecked()]
        if targets:
            data["targets"] = targets
        if kind == "compare":
            quantity = self.quantity.currentText().strip()
            if quantity:
                data["quantity"] = quantity
            data["verdict"] = self.verdict.currentData()
            reasons = self.reasons.options()
            if reasons:
                data["reasons"] = reasons
        if kind == "choice":
            data["multiple"] = self.multiple.isChecked()
            data["options"] = self.options.options()
        if kind in ("highlight", "compare"):
            if abs(self.stray.value() - DEFAULT_STRAY_PENALTY) > 1e-9:
                data["stray_penalty"] = round(self.stray.value(), 2)
            if self.strict.isChecked():
                data["strict"] = True
        explanation = self.explanation.toPlainText().strip()
        if explanation:
            data["explanation"] = explanation
        data["difficulty"] = int(self.difficulty.currentData())
        tags = _split_tags(self.tags.text())
        if tags:
            data["tags"] = tags
        return data

    def show_problems(self, messages: list[str]) -> None:
        self.problems.setText("\n".join(f"• {message}" for message in messages))
        self.problems.setVisible(bool(messages))


def _split_tags(text: str) -> list[str]:
    return [tag.strip() for tag in text.replace(";", ",").split(",") if tag.strip()]


# --- the preview ----------------------------------------------------------------------------


class PreviewPane(QWidget):
    """A question exactly as the runner shows it, answerable; "Try it" scores the answer."""

    scored = Signal(object)  # Score

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question: Question | None = None
        self.widget: QuestionWidget | None = None
        heading = QLabel("<b>" + tr("What a student sees") + "</b>", self)
        self.prompt = QLabel(self)
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.message = QLabel(self)
        self.message.setObjectName("hint")
        self.message.setWordWrap(True)
        self.area = QScrollArea(self)
        self.area.setWidgetResizable(True)
        self.area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.area.setAccessibleName(tr("Student preview"))
        self.content = QWidget()
        self.content_layout = QVBoxLayout(self.content)
        self.content_layout.setContentsMargins(4, 4, 8, 4)
        self.feedback = FeedbackView(self.content)
        self.content_layout.addWidget(self.feedback)
        self.content_layout.addStretch(1)
        self.area.setWidget(self.content)
        self.try_button = QPushButton(tr("&Try it"), self)
        self.try_button.setAccessibleName(tr("Score my answer in the preview"))
        self.try_button.setToolTip(tr("Answer in the preview as a student would, then score it"))
        self.reset_button = QPushButton(tr("Try again"), self)
        self.reset_button.setAccessibleName(tr("Clear the preview's answer and feedback"))
        vbox(
            self,
            heading,
            self.prompt,
            (self.area, 1),
            self.message,  # on a line of its own: beside the buttons it wrapped
            hbox(None, self.reset_button, self.try_button),
            margins=(0, 0, 0, 0),
        )
        self.try_button.clicked.connect(self.try_it)
        self.reset_button.clicked.connect(self.reset)
        self._scale_prompt()
        self.show_question(None, tr("Choose or add a question to preview it."))

    def _scale_prompt(self) -> None:
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.prompt.setFont(font)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scale_prompt()
        super().changeEvent(event)

    def show_question(self, question: Question | None, message: str = "") -> None:
        """Show ``question`` (a new one: fresh and unanswered), or ``message`` instead."""
        if question is not None and question == self.question and self.widget is not None:
            self.message.setText(message)
            return
        self.question = question
        self._clear_widget()
        self.feedback.clear()
        self.message.setText(message)
        self.prompt.setText(question.prompt if question else "")
        self.prompt.setVisible(question is not None)
        if question is not None:
            widget = make_question_widget(question, self.content)
            self.widget = widget
            self.content_layout.insertWidget(0, widget)
            inherit_font(widget)  # the zoom reaches a widget built after it was set
            widget.show()
            install_undo_shortcut(widget)
        self.try_button.setEnabled(question is not None)
        self.reset_button.setEnabled(False)

    def _clear_widget(self) -> None:
        if self.widget is not None:
            old = self.widget
            self.content_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
            self.widget = None

    def try_it(self) -> Score | None:
        """Score the answer given in the preview and show the student's feedback."""
        if self.question is None or self.widget is None or self.widget.is_locked():
            return None
        try:
            result = score(self.question, self.widget.response())
        except ResponseError as error:
            self.message.setText(fill(tr("That answer cannot be scored: %1"), error))
            return None
        self.widget.show_feedback(result)
        repolish(self.widget)
        self.feedback.show_score(self.question, result)
        self.message.setText(
            fill(
                tr("Scored as a student's answer: %1 of %2 points."),
                f"{result.points:g}",
                f"{result.max_points:g}",
            )
        )
        self.try_button.setEnabled(False)
        self.reset_button.setEnabled(True)
        self.scored.emit(result)
        return result

    def reset(self) -> None:
        question = self.question
        self.question = None
        self.show_question(question)


# --- the page -------------------------------------------------------------------------------


class QuestionsPage(QWidget):
    """The set's questions: list, form, and the student's view of the chosen one."""

    status_message = Signal(str)

    def __init__(self, document: StudioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self._current: int | None = None
        self._loading = False

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_label, self.list = titled_list(tr("&Questions"), tr("Questions of the set"), left)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        self.new_button, menu = menu_button(
            left,
            tr("&New question"),
            tr("New question of a chosen type"),
            QSizePolicy.Policy.Expanding,
        )
        self.new_actions = {}
        for kind in QUESTION_TYPES:
            action = menu.addAction(type_title(kind))
            action.triggered.connect(lambda _c=False, k=kind: self.add_question(k))
            self.new_actions[kind] = action
        self.duplicate_button = QPushButton(tr("D&uplicate"), left)
        self.remove_button = QPushButton(tr("Remove"), left)
        self.remove_button.setAccessibleName(tr("Remove the chosen question"))
        self.up_button = QPushButton(tr("Up"), left)
        self.up_button.setAccessibleName(tr("Move the question up"))
        self.down_button = QPushButton(tr("Down"), left)
        self.down_button.setAccessibleName(tr("Move the question down"))
        grid = QGridLayout()
        grid.addWidget(self.new_button, 0, 0, 1, 2)
        grid.addWidget(self.duplicate_button, 1, 0)
        grid.addWidget(self.remove_button, 1, 1)
        grid.addWidget(self.up_button, 2, 0)
        grid.addWidget(self.down_button, 2, 1)
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addLayout(grid)

        self.form = QuestionForm()
        # Scrolls up and down only; narrow, each field goes under its label (WrapLongRows).
        self.form_area = PaneScroll(self.form, tr("Question editor"), self)
        self.preview = PreviewPane(self)
        self.splitter = side_by_side(
            self, [(left, 0, 180), (self.form_area, 3, 440), (self.preview, 3, 440)]
        )

        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(PREVIEW_DELAY_MS)
        self.preview_timer.timeout.connect(self.refresh_preview)

        self.list.currentRowChanged.connect(self._row_changed)
        self.duplicate_button.clicked.connect(self.duplicate_question)
        self.remove_button.clicked.connect(self.remove_question)
        self.up_button.clicked.connect(lambda: self.move_question(-1))
        self.down_button.clicked.connect(lambda: self.move_question(1))
        self.form.edited.connect(self._form_edited)
        self.form.id_edited.connect(self._id_edited)
        form = self.form
        for field in (form.prompt, form.explanation, form.tags, form.question_id):
            field.installEventFilter(UndoRouter(lambda: None, field))
        self.document.draft_did_change.connect(self._draft_changed)
        self.document.draft_was_replaced.connect(self._replaced)
        self._replaced()

    @property
    def draft(self) -> SetDraft:
        return self.document.draft

    # list -----------------------------------------------------------------------------------

    def _item_text(self, data: QuestionData) -> str:
        prompt = str(data.get("prompt") or tr("(no prompt yet)"))
        if len(prompt) > 70:
            prompt = prompt[:69] + "…"
        return f"{data.get('id')} · {data.get('type')}\n{prompt}"

    def _refill_list(self) -> None:
        self._loading = True
        try:
            texts = [self._item_text(data) for data in self.draft.questions]
            sync_list(self.list, texts, self._current)
        finally:
            self._loading = False
        self._update_buttons()

    def _update_buttons(self) -> None:
        has_articles = bool(self.draft.articles)
        self.new_button.setEnabled(True)
        for kind, action in self.new_actions.items():
            action.setEnabled(has_articles or kind == "choice")
        for button in (self.duplicate_button, self.remove_button, self.up_button, self.down_button):
            button.setEnabled(self._current is not None)

    def _replaced(self) -> None:
        self._current = None
        self.form.set_context(self.draft)
        self._refill_list()
        self.select_question(0 if self.draft.questions else None)

    def select_question(self, index: int | None) -> None:
        if index is None or index >= len(self.draft.questions):
            self._current = None
            self.form.setEnabled(False)
            self.form.show_problems([])
            self.preview.show_question(None, tr("Choose or add a question to preview it."))
            self._refill_list()
            return
        self._current = index
        self.form.setEnabled(True)
        self._loading = True
        self.list.setCurrentRow(index)
        self._loading = False
        self.form.load(self.draft.questions[index])
        self._refill_list()
        self.refresh_preview()

    def current_index(self) -> int | None:
        return self._current

    def _row_changed(self, row: int) -> None:
        if not self._loading and row >= 0:
            self.select_question(row)

    def _draft_changed(self, old: SetDraft, new: SetDraft) -> None:
        if old.articles is not new.articles or old.labels != new.labels:
            self.form.set_context(new)
            self._update_buttons()
        if old.questions is not new.questions:
            if len(old.questions) != len(new.questions):
                old_ids = {str(q.get("id")) for q in old.questions}
                added = [i for i, q in enumerate(new.questions) if str(q.get("id")) not in old_ids]
                if added:
                    self._current = added[0]
                elif self._current is not None and self._current >= len(new.questions):
                    self._current = len(new.questions) - 1 if new.questions else None
                self._refill_list()
                self.select_question(self._current)
                return
            if (
                self._current is not None
                and new.questions[self._current] is not (old.questions[self._current])
            ):
                self.form.load(new.questions[self._current])
            self._refill_list()
        if self._current is not None:
            self.preview_timer.start()

    # edits --------------------------------------------------------------------------------

    def _form_edited(self, field: str) -> None:
        index = self._current
        if index is None:
            return
        base = self.draft.questions[index]
        if field == "type":
            data = drafts.convert_question(base, str(self.form.kind.currentData()), self.draft)
            self.document.apply(self.draft.with_question(index, data), tr("Change question type"))
            self.form.load(self.draft.questions[index])
            return
        data = self.form.collect(base)
        if data == base:
            return
        self.document.apply(
            self.draft.with_question(index, data), tr("Edit question"), ("question", index, field)
        )

    def _id_edited(self, new_id: str) -> None:
        index = self._current
        if index is None:
            return
        base = self.draft.questions[index]
        if new_id == base.get("id"):
            return
        taken = {str(q.get("id")) for i, q in enumerate(self.draft.questions) if i != index}
        if not ID_PATTERN.match(new_id) or new_id in taken:
            self.status_message.emit(
                fill(tr("“%1” cannot be a question id: use letters, digits and -, once."), new_id)
            )
            self.form.load(base)
            return
        data = {**base, "id": new_id}
        self.document.apply(self.draft.with_question(index, data), tr("Rename question"))

    def add_question(self, kind: str) -> None:
        data = drafts.new_question(self.draft, kind)
        new = replace(self.draft, questions=(*self.draft.questions, data))
        self.document.apply(new, fill(tr("New %1 question"), kind))
        self.form.prompt.setFocus()

    def duplicate_question(self) -> None:
        index = self._current
        if index is None:
            return
        data = drafts.plain(self.draft.questions[index])
        taken = {str(q.get("id")) for q in self.draft.questions}
        data["id"] = drafts.unique_id(str(data.get("id")), taken)
        questions = list(self.draft.questions)
        questions.insert(index + 1, data)
        new = replace(self.draft, questions=tuple(questions))
        self.document.apply(new, tr("Duplicate question"))

    def remove_question(self) -> None:
        index = self._current
        if index is None:
            return
        questions = self.draft.questions[:index] + self.draft.questions[index + 1 :]
        self.document.apply(
            replace(self.draft, questions=questions),
            fill(tr("Remove question “%1”"), self.draft.questions[index].get("id")),
        )

    def move_question(self, step: int) -> None:
        index = self._current
        if index is None or not 0 <= index + step < len(self.draft.questions):
            return
        questions = list(self.draft.questions)
        questions[index], questions[index + step] = questions[index + step], questions[index]
        self._current = index + step
        self.document.apply(replace(self.draft, questions=tuple(questions)), tr("Move question"))
        self.select_question(index + step)

    # preview --------------------------------------------------------------------------------

    def refresh_preview(self) -> None:
        """Rebuild the student's view from the question's data (when it changed)."""
        self.preview_timer.stop()
        index = self._current
        if index is None:
            return
        try:
            question = self.draft.question(index)
        except QuestionFileError as error:
            messages = list(dict.fromkeys(localized(problem.message) for problem in error.problems))
            self.form.show_problems(messages)
            self.preview.show_question(
                None, tr("The preview appears when the problems above are fixed.")
            )
            return
        self.form.show_problems([])
        self.preview.show_question(question)
