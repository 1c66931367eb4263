"""The set's articles: bring a report in (paste or open a file), edit where it is from,
its headline, time and text, and tag its phrases (``SpanEditor``).

Reducing a pasted or opened report to paragraphs runs in a worker thread, with a busy
indicator when it takes a moment, so pasting a megabyte never freezes the window.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import cast

from PySide6.QtCore import (
    QT_TR_NOOP,
    QDate,
    QDateTime,
    QEvent,
    QObject,
    Qt,
    QTime,
    QTimer,
    QTimeZone,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import draft as drafts
from quizapp.core.article_import import (
    ImportedArticle,
    import_file,
    import_text,
    paragraphs_from_text,
)
from quizapp.core.draft import ArticleDraft, SetDraft
from quizapp.core.files import ID_PATTERN
from quizapp.core.model import PARAGRAPH_SEPARATOR
from quizapp.core.scoring import words
from quizapp.core.yamlsource import SourceError
from quizapp.ui.background import BackgroundJob
from quizapp.ui.studio import common
from quizapp.ui.studio.common import fill, sync_list, titled_list, tr
from quizapp.ui.studio.document import StudioDocument
from quizapp.ui.studio.fitting import PaneScroll, only_current_counts, side_by_side
from quizapp.ui.studio.span_editor import SpanEditor

TEXT_COMMIT_MS = 700  # typing in the text box becomes one undo step after this pause
ARTICLE_FILTERS = str(QT_TR_NOOP("Reports (*.txt *.md *.markdown *.html *.htm);;All files (*)"))


# --- reducing text in a worker ---------------------------------------------------------------


class ImportRunner(BackgroundJob):
    """Reduces one pasted or opened article at a time off the GUI thread."""

    started = Signal()
    finished = Signal(object)  # (ImportedArticle, its paragraphs joined as article text)
    failed = Signal(str)

    def run(self, work: Callable[[], ImportedArticle]) -> bool:
        def reduce() -> tuple[ImportedArticle, str]:
            try:
                article = work()
            except SourceError as error:
                raise _Unreadable(error.message) from None
            text = PARAGRAPH_SEPARATOR.join(article.paragraphs)
            # The tagging view splits the text into words (cached by text): do it here, off
            # the GUI thread, so showing a long article takes no noticeable time.
            words(text)
            return article, text

        if not self.start(reduce, self.finished.emit, self.failed.emit):
            return False
        self.started.emit()
        return True


class _Unreadable(Exception):
    """A source the reader refused, with its reason in words."""


def headline_from_first_line(article: ImportedArticle) -> ImportedArticle:
    """Pasted text often starts with its headline: a short first line with no full stop."""
    paragraphs = article.paragraphs
    if article.headline or len(paragraphs) < 2:
        return article
    first = paragraphs[0]
    if len(first) > 160 or first.rstrip()[-1:] in '.!?:;,"”’':
        return article
    return ImportedArticle(paragraphs[1:], first)


# --- publication time -----------------------------------------------------------------------


def _offsets() -> list[tuple[str, int]]:
    """(label, minutes) for UTC offsets from −12:00 to +14:00 in quarter hours."""
    items = []
    for minutes in range(-12 * 60, 14 * 60 + 1, 15):
        sign = "+" if minutes >= 0 else "−"
        hours, rest = divmod(abs(minutes), 60)
        items.append((f"UTC{sign}{hours:02d}:{rest:02d}", minutes))
    return items


def _wall_time(year: int, month: int, day: int, hour: int, minute: int) -> QDateTime:
    return QDateTime(
        QDate(year, month, day), QTime(hour, minute), QTimeZone(QTimeZone.Initialization.UTC)
    )


def iso_time(moment: QDateTime, offset_minutes: int) -> str:
    """A publication time with its offset as ISO 8601 (2021-03-04T06:10:00+01:00)."""
    date, time = moment.date(), moment.time()
    local = datetime(date.year(), date.month(), date.day(), time.hour(), time.minute())
    zone = timezone(timedelta(minutes=offset_minutes))
    return local.replace(tzinfo=zone).isoformat(timespec="seconds")


def parse_time(value: str | None) -> tuple[QDateTime, int] | None:
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    offset = moment.utcoffset()
    minutes = int(offset.total_seconds() // 60) if offset is not None else 0
    wall = _wall_time(moment.year, moment.month, moment.day, moment.hour, moment.minute)
    return wall, minutes


class PublishedEdit(QWidget):
    """Publication date, time and UTC offset, or "not given"."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.known = QCheckBox(tr("Known"), self)
        self.known.setAccessibleName(tr("The publication time is known"))
        self.moment = QDateTimeEdit(self)
        self.moment.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.moment.setCalendarPopup(True)
        self.moment.setAccessibleName(tr("Publication date and time"))
        # Wall-clock time as written: no local time zone, no daylight-saving gaps.
        self.moment.setTimeZone(QTimeZone(QTimeZone.Initialization.UTC))
        self.moment.setDateTime(_wall_time(2021, 3, 4, 6, 10))
        self.offset = QComboBox(self)
        self.offset.setAccessibleName(tr("Time zone offset"))
        for label, minutes in _offsets():
            self.offset.addItem(label, minutes)
        self.offset.setCurrentIndex(self.offset.findData(0))
        layout.addWidget(self.known)
        layout.addWidget(self.moment, 1)
        layout.addWidget(self.offset)
        self.known.toggled.connect(self._known_toggled)
        self.moment.dateTimeChanged.connect(lambda _v: self._emit())
        self.offset.currentIndexChanged.connect(lambda _v: self._emit())
        self._loading = False
        self._known_toggled(False)

    def _known_toggled(self, on: bool) -> None:
        self.moment.setEnabled(on)
        self.offset.setEnabled(on)
        self._emit()

    def _emit(self) -> None:
        if not self._loading:
            self.edited.emit()

    def value(self) -> str | None:
        if not self.known.isChecked():
            return None
        return iso_time(self.moment.dateTime(), int(self.offset.currentData()))

    def set_value(self, value: str | None) -> None:
        if value == self.value():
            return
        self._loading = True
        try:
            parsed = parse_time(value)
            self.known.setChecked(parsed is not None)
            if parsed is not None:
                moment, minutes = parsed
                self.moment.setDateTime(moment)
                index = self.offset.findData(minutes)
                if index < 0:
                    self.offset.addItem(f"UTC{minutes:+d}min", minutes)
                    index = self.offset.count() - 1
                self.offset.setCurrentIndex(index)
            self.moment.setEnabled(parsed is not None)
            self.offset.setEnabled(parsed is not None)
        finally:
            self._loading = False


# --- routing Ctrl+Z to the studio -----------------------------------------------------------


class UndoRouter(QObject):
    """Lets Ctrl+Z / Ctrl+Shift+Z in a text field reach the studio's undo stack (after the
    field's pending edit is committed) instead of the field's own, separate history."""

    def __init__(self, commit: Callable[[], None], parent: QObject) -> None:
        super().__init__(parent)
        self.commit = commit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                self.commit()
                event.ignore()  # not the field's: the studio's Undo/Redo action takes it
                return True
            if event.key() in (Qt.Key.Key_Z, Qt.Key.Key_Y) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier
            ):
                self.commit()
                event.ignore()
                return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo) or event.matches(
                QKeySequence.StandardKey.Redo
            ):
                return True  # never the field's own undo
        return False


# --- the page -------------------------------------------------------------------------------


class PastePage(QWidget):
    """A large box to paste a report into."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel("<b>" + tr("Paste a report") + "</b>", self)
        hint = QLabel(
            tr(
                "Paste the text of a news report (plain text, Markdown or a web page's HTML). "
                "Blank lines separate paragraphs; scripts, styles and odd spaces are cleaned up."
            ),
            self,
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.box = QPlainTextEdit(self)
        self.box.setAccessibleName(tr("Report text to paste"))
        self.box.setPlaceholderText(tr("Paste the report here (Ctrl+V)…"))
        self.box.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.box.setTabChangesFocus(True)  # Tab leaves the box; a report needs no tabs
        title.setBuddy(self.box)
        row = QHBoxLayout()
        kind_label = QLabel(tr("Fo&rmat:"), self)
        self.kind = QComboBox(self)
        self.kind.setAccessibleName(tr("Format of the pasted text"))
        for text, value in (
            (tr("Detect"), "txt"),
            (tr("Plain text"), "plain"),
            (tr("Markdown"), "md"),
            (tr("HTML"), "html"),
        ):
            self.kind.addItem(text, value)
        kind_label.setBuddy(self.kind)
        self.first_is_headline = QCheckBox(tr("First line is the headli&ne"), self)
        self.first_is_headline.setChecked(True)
        self.first_is_headline.setToolTip(
            tr("A short first line without a full stop becomes the headline")
        )
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumWidth(160)
        self.busy.setAccessibleName(tr("Working"))
        self.busy_label = QLabel(tr("Reducing the text to paragraphs…"), self)
        self.busy.hide()
        self.busy_label.hide()
        self.add_button = QPushButton(tr("A&dd article"), self)
        self.add_button.setDefault(True)
        self.add_button.setAccessibleName(tr("Add the pasted report as an article"))
        self.cancel_button = QPushButton(tr("Cancel"), self)
        row.addWidget(kind_label)
        row.addWidget(self.kind)
        row.addWidget(self.first_is_headline)
        row.addStretch(1)
        # The buttons on a row of their own: one row would need 900 px at 200%.
        buttons = QHBoxLayout()
        buttons.addWidget(self.busy)
        buttons.addWidget(self.busy_label)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.add_button)
        layout.addWidget(title)
        layout.addWidget(hint)
        layout.addWidget(self.box, 1)
        layout.addLayout(row)
        layout.addLayout(buttons)

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)
        self.busy_label.setVisible(busy)


class ArticlesPage(QWidget):
    """The articles of the set: list on the left, the chosen one's editor on the right."""

    status_message = Signal(str)

    def __init__(self, document: StudioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.ask_open_path: common.OpenPath = common.ask_open_path
        self._loading = False
        self._current: int | None = None
        self._shown_text: str | None = None  # the article text last put in the text box
        self._text_owner: str | None = None  # ... and whose it is (article id)
        self._text_dirty = False  # typed in since

        left = self._build_list()
        # right: paste box or the article (whose fields and tabs scroll when room is short)
        self.stack = QStackedWidget(self)
        self.paste_page = PastePage(self.stack)
        self.article_page = QWidget()
        self._build_article_page(document)
        self.article_pane = PaneScroll(self.article_page, tr("The chosen article"), self.stack)
        self.stack.addWidget(self.paste_page)
        self.stack.addWidget(self.article_pane)
        only_current_counts(self.stack)
        side_by_side(self, [(left, 0, 200), (self.stack, 1, 800)])
        self._start_workers()
        self._wire()
        self._replaced()

    def _build_list(self) -> QWidget:
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        list_label, self.list = titled_list(
            tr("Artic&les"), tr("Articles of the set"), left, elide=True
        )
        self.paste_button = QPushButton(tr("&Paste report…"), left)
        self.paste_button.setAccessibleName(tr("Paste a report as a new article"))
        self.open_button = QPushButton(tr("&Open file…"), left)
        self.open_button.setAccessibleName(tr("Open a report file as a new article"))
        self.remove_button = QPushButton(tr("Remove article"), left)
        self.remove_button.setAccessibleName(tr("Remove the chosen article"))
        left_layout.addWidget(list_label)
        left_layout.addWidget(self.list, 1)
        left_layout.addWidget(self.paste_button)
        left_layout.addWidget(self.open_button)
        left_layout.addWidget(self.remove_button)
        return left

    def _build_article_form(self) -> QFormLayout:
        """Where the article is from: outlet and id, headline, publication time."""
        page = self.article_page
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.outlet = QLineEdit(page)
        self.outlet.setAccessibleName(tr("Outlet"))
        self.headline = QLineEdit(page)
        self.headline.setAccessibleName(tr("Headline"))
        self.published = PublishedEdit(page)
        self.article_id = QLineEdit(page)
        self.article_id.setAccessibleName(tr("Article id"))
        self.article_id.setToolTip(tr("How questions refer to this article: letters, digits, -"))
        self.article_id.setMaximumWidth(220)
        top = QHBoxLayout()
        top.addWidget(self.outlet, 1)
        id_label = QLabel(tr("&Id:"), page)
        id_label.setBuddy(self.article_id)
        top.addWidget(id_label)
        top.addWidget(self.article_id)
        outlet_label = QLabel(tr("O&utlet:"), page)
        outlet_label.setBuddy(self.outlet)
        headline_label = QLabel(tr("Hea&dline:"), page)
        headline_label.setBuddy(self.headline)
        published_label = QLabel(tr("Pu&blished:"), page)
        published_label.setBuddy(self.published.known)
        form.addRow(outlet_label, top)
        form.addRow(headline_label, self.headline)
        form.addRow(published_label, self.published)
        return form

    def _build_article_page(self, document: StudioDocument) -> None:
        form = self._build_article_form()
        self.tabs = QTabWidget(self.article_page)
        self.tabs.setDocumentMode(True)
        self.span_editor = SpanEditor(document, self.tabs)
        self.text_edit = QPlainTextEdit(self.tabs)
        self.text_edit.setAccessibleName(tr("Paragraph text"))
        self.text_edit.setTabChangesFocus(True)
        self.text_edit.setAccessibleDescription(
            tr("Blank lines separate paragraphs. Tags stay on the words they were on.")
        )
        self.text_edit.setUndoRedoEnabled(False)
        text_page = QWidget(self.tabs)
        text_layout = QVBoxLayout(text_page)
        text_layout.setContentsMargins(0, 4, 0, 0)
        text_hint = QLabel(
            tr("Blank lines separate paragraphs. Tags stay on the words they were on."),
            text_page,
        )
        text_hint.setObjectName("hint")
        text_hint.setWordWrap(True)
        text_layout.addWidget(text_hint)
        text_layout.addWidget(self.text_edit, 1)
        self.tabs.addTab(self.span_editor, tr("Ta&g phrases"))
        self.tabs.addTab(text_page, tr("Edit te&xt"))
        only_current_counts(self.tabs)
        article_layout = QVBoxLayout(self.article_page)
        article_layout.setContentsMargins(0, 0, 0, 0)
        article_layout.addLayout(form)
        article_layout.addWidget(self.tabs, 1)

    def _start_workers(self) -> None:
        self.runner = ImportRunner(self)
        self.runner.busy.connect(self.paste_page.set_busy)
        self.runner.finished.connect(self._imported)
        self.runner.failed.connect(self._import_failed)
        self.text_timer = QTimer(self)
        self.text_timer.setSingleShot(True)
        self.text_timer.setInterval(TEXT_COMMIT_MS)
        self.text_timer.timeout.connect(self.commit_text)

    def _wire(self) -> None:
        self.list.currentRowChanged.connect(self._row_changed)
        self.paste_button.clicked.connect(self.show_paste)
        self.open_button.clicked.connect(self.open_file)
        self.remove_button.clicked.connect(self.remove_article)
        self.paste_page.add_button.clicked.connect(self.add_pasted)
        self.paste_page.cancel_button.clicked.connect(self._cancel_paste)
        self.outlet.textEdited.connect(lambda text: self._field_edited("outlet", text))
        self.headline.textEdited.connect(lambda text: self._field_edited("headline", text))
        self.published.edited.connect(self._published_edited)
        self.article_id.editingFinished.connect(self._id_edited)
        self.text_edit.textChanged.connect(self._text_typed)
        self.tabs.currentChanged.connect(lambda _i: self.commit_text())
        self.span_editor.status_message.connect(self.status_message)
        panel = self.span_editor.panel
        for field in (
            self.outlet,
            self.headline,
            self.article_id,
            self.text_edit,
            panel.note,
            panel.quantity.lineEdit(),
        ):
            if field is not None:  # the quantity box is editable, so it has a line edit
                field.installEventFilter(UndoRouter(self.commit_text, field))
        self.text_edit.installEventFilter(self)
        self.document.draft_did_change.connect(self._draft_changed)
        self.document.draft_was_replaced.connect(self._replaced)

    @property
    def draft(self) -> SetDraft:
        return self.document.draft

    # list ---------------------------------------------------------------------------------

    def _item_text(self, article: ArticleDraft) -> str:
        source = article.outlet or tr("(no outlet)")
        return f"{source} — {article.headline or article.id}"

    def _refill_list(self) -> None:
        self._loading = True
        try:
            articles = self.draft.articles
            texts = [self._item_text(article) for article in articles]
            items = sync_list(self.list, texts, self._current)
            for item, article in zip(items, articles, strict=True):
                counts = fill(
                    tr("%1 paragraphs, %2 tags"), len(article.paragraphs), len(article.spans)
                )
                item.setToolTip(f"{item.text()}\n{counts}")
        finally:
            self._loading = False

    def _replaced(self) -> None:
        self._current = None
        self._refill_list()
        if self.draft.articles:
            self.select_article(0)
        else:
            self.show_paste()

    def select_article(self, index: int | None) -> None:
        self.commit_text()
        if index is None or index >= len(self.draft.articles):
            self._current = None
            self.span_editor.set_article(None)
            return
        self._current = index
        self._loading = True
        self.list.setCurrentRow(index)
        self._loading = False
        self.stack.setCurrentWidget(self.article_pane)
        self.span_editor.set_article(index)
        self._load_fields(force=True)
        self.remove_button.setEnabled(True)

    def current_index(self) -> int | None:
        return self._current

    def _row_changed(self, row: int) -> None:
        if not self._loading and row >= 0:
            self.select_article(row)

    def _load_fields(self, force: bool = False) -> None:
        article = self.current_article()
        if article is None:
            return
        self._loading = True
        try:
            for widget, value in (
                (self.outlet, article.outlet),
                (self.headline, article.headline),
                (self.article_id, article.id),
            ):
                if widget.text().strip() != value:  # typing "a " must keep its space
                    widget.setText(value)
            self.published.set_value(article.published)
            # The box is reloaded when the text changed elsewhere (undo), never under typing.
            if force or (not self._text_dirty and article.text is not self._shown_text):
                self.text_timer.stop()
                self.text_edit.setPlainText(article.text)
                self._shown_text = article.text
                self._text_owner = article.id
                self._text_dirty = False
        finally:
            self._loading = False

    def current_article(self) -> ArticleDraft | None:
        if self._current is None or self._current >= len(self.draft.articles):
            return None
        return self.draft.articles[self._current]

    def _draft_changed(self, old: SetDraft, new: SetDraft) -> None:
        if old.articles is new.articles:
            return
        if len(new.articles) != len(old.articles):
            # Added or removed: follow the article that was added, or stay in range.
            old_ids = {article.id for article in old.articles}
            added = [i for i, a in enumerate(new.articles) if a.id not in old_ids]
            if added:
                self._current = added[0]
            elif self._current is not None and self._current >= len(new.articles):
                self._current = len(new.articles) - 1 if new.articles else None
            self._refill_list()
            if self._current is None:
                self.show_paste()
            else:
                self.select_article(self._current)
            return
        self._refill_list()
        current = self.current_article()
        if current is not None and self._current is not None:
            if old.articles[self._current] is not current:
                self._load_fields()

    # fields -------------------------------------------------------------------------------

    def _apply_article(self, article: ArticleDraft, text: str, key: object | None) -> None:
        if self._current is None:
            return
        self.document.apply(self.draft.with_article(self._current, article), text, key)

    def _field_edited(self, field: str, value: str) -> None:
        article = self.current_article()
        if self._loading or article is None:
            return
        names = {"outlet": tr("Edit outlet"), "headline": tr("Edit headline")}
        value = value.strip()
        edited = replace(article, outlet=value) if field == "outlet" else None
        self._apply_article(
            edited or replace(article, headline=value),
            names[field],
            ("article", self._current, field),
        )

    def _published_edited(self) -> None:
        article = self.current_article()
        if self._loading or article is None:
            return
        value = self.published.value()
        if value != article.published:
            self._apply_article(
                replace(article, published=value),
                tr("Edit publication time"),
                ("article", self._current, "published"),
            )

    def _id_edited(self) -> None:
        article = self.current_article()
        if self._loading or article is None or self._current is None:
            return
        new_id = self.article_id.text().strip()
        if new_id == article.id:
            return
        taken = {a.id for a in self.draft.articles} - {article.id}
        if not ID_PATTERN.match(new_id) or new_id in taken:
            self.status_message.emit(
                fill(tr("“%1” cannot be an article id: use letters, digits and -, once."), new_id)
            )
            self._loading = True
            self.article_id.setText(article.id)
            self._loading = False
            return
        new = self.draft.with_article(self._current, replace(article, id=new_id))
        new = replace(new, questions=drafts.rename_article_refs(new.questions, article.id, new_id))
        self.document.apply(new, tr("Rename article"))

    def _text_typed(self) -> None:
        if not self._loading:
            self._text_dirty = True
            self.text_timer.start()

    def commit_text(self) -> None:
        """Make the text box's pending edit an undoable step (spans follow the words)."""
        self.text_timer.stop()
        if not self._text_dirty or self._loading:
            return
        self._text_dirty = False
        index = self.draft.article_index(self._text_owner or "")
        if index is None:
            return  # the article was removed meanwhile
        article = self.draft.articles[index]
        new_text = drafts.fold_text(self.text_edit.toPlainText())
        if new_text == article.text:
            return
        if not new_text:
            self.status_message.emit(tr("An article needs some text; remove it instead."))
            return
        spans = drafts.remap_spans(article.text, new_text, article.spans)
        self._shown_text = new_text  # what the box shows: no reload under the cursor
        self.document.apply(
            self.draft.with_article(index, replace(article, text=new_text, spans=spans)),
            tr("Edit text"),
            ("article", article.id, "text"),
        )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.text_edit and event.type() == QEvent.Type.FocusOut:
            self.commit_text()
        return super().eventFilter(watched, event)

    # adding and removing ------------------------------------------------------------------

    def show_paste(self) -> None:
        self.commit_text()
        self.stack.setCurrentWidget(self.paste_page)
        self.paste_page.box.setFocus()

    def _cancel_paste(self) -> None:
        self.paste_page.box.clear()
        if self.draft.articles:
            self.select_article(self._current if self._current is not None else 0)

    def add_pasted(self) -> None:
        text = self.paste_page.box.toPlainText()
        if not text.strip():
            self.status_message.emit(tr("Paste a report into the box first."))
            return
        kind = self.paste_page.kind.currentData()
        headline_first = self.paste_page.first_is_headline.isChecked()

        def work() -> ImportedArticle:
            if kind == "plain":
                result = ImportedArticle(paragraphs_from_text(text))
            else:
                result = import_text(text, kind)
            return headline_from_first_line(result) if headline_first else result

        if self.runner.run(work):
            self.paste_page.add_button.setEnabled(False)
            self._clear_paste_after = True

    def open_file(self) -> None:
        path = self.ask_open_path(self, tr("Open a report"), tr(ARTICLE_FILTERS))
        if not path:
            return
        if self.runner.run(lambda: import_file(Path(path))):
            self.paste_page.add_button.setEnabled(False)
            self._clear_paste_after = False
            self.status_message.emit(fill(tr("Reading %1…"), Path(path).name))

    def _imported(self, result: object) -> None:
        self.paste_page.add_button.setEnabled(True)
        assert isinstance(result, tuple)
        imported, text = cast("tuple[ImportedArticle, str]", result)
        if not imported.paragraphs:
            self.status_message.emit(tr("There is no text in that report."))
            return
        taken = {a.id for a in self.draft.articles}
        article = ArticleDraft(
            id=drafts.unique_id(" ".join(imported.headline.split()[:4]) or "report", taken),
            headline=imported.headline,
            text=text,
        )
        if getattr(self, "_clear_paste_after", False):
            self.paste_page.box.clear()
        new = replace(self.draft, articles=(*self.draft.articles, article))
        self.document.apply(new, tr("Add article"))
        self.status_message.emit(
            fill(tr("Added an article of %1 paragraphs."), len(imported.paragraphs))
        )

    def _import_failed(self, message: str) -> None:
        self.paste_page.add_button.setEnabled(True)
        self.status_message.emit(fill(tr("That report could not be read: %1"), message))

    def remove_article(self) -> None:
        index = self._current
        if index is None:
            return
        article = self.draft.articles[index]
        articles = self.draft.articles[:index] + self.draft.articles[index + 1 :]
        self.document.apply(
            replace(self.draft, articles=articles),
            fill(tr("Remove article “%1”"), article.headline or article.id),
        )
