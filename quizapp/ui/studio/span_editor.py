"""Tagging phrases of an article: select words, press a label's key, edit the tag beside.

The article is shown in the students' own ``MarkableText`` (same word snapping, same
keyboard word cursor): a mouse drag or Shift+arrows select words, 1/2/3 (and 4… for
labels the set declares) tag them, Delete removes the tag under the cursor. Every edit
goes through the studio's undo stack as a snapshot of the set.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence, QMouseEvent, QTextCharFormat
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from quizapp.core import draft as drafts
from quizapp.core.draft import ArticleDraft, SetDraft
from quizapp.core.model import Span
from quizapp.ui.marking import Highlight, MarkableText, mark_colours
from quizapp.ui.studio.common import (
    fill,
    label_colours,
    label_title,
    replace_label_checks,
    short_text_box,
    side_panel_column,
    span_words,
    tr,
)
from quizapp.ui.studio.document import StudioDocument
from quizapp.ui.studio.fitting import PaneScroll, WrappedLabel
from quizapp.ui.studio.suggestions import SuggestAssistant, suggested_format
from quizapp.ui.studio.tagging import TaggingHost
from quizapp.ui.themes import inherit_font

Range = tuple[int, int]


class SpanText(MarkableText):
    """``MarkableText`` whose marks are the teacher's current selection, not answers.

    A drag (or Space after Shift+arrows) selects words; a click moves the word cursor to
    the clicked word (so the tag there becomes the current one). Tags are drawn as
    label-coloured highlights.
    """

    selection_moved = Signal()

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent, markable=True)
        self.label_order: tuple[str, ...] = ()
        self.setAccessibleName(tr("Article text for tagging"))

    # The span editor lays itself out; never lay out a long article just for a size hint.
    def sizeHint(self) -> QSize:
        return QSize(480, 320)

    def minimumSizeHint(self) -> QSize:
        # Six lines at least: on a short screen the article's pane scrolls instead.
        return QSize(160, self.fontMetrics().lineSpacing() * 6)

    # selection --------------------------------------------------------------------------

    def pending_range(self) -> Range | None:
        """Words selected with the mouse (or fixed with Space)."""
        return self._marks[0] if self._marks else None

    def has_keyboard_selection(self) -> bool:
        return self._anchor_word is not None

    def cursor_position(self) -> int | None:
        words = self.word_ranges()
        return words[self.current_word()][0] if words else None

    def clear_selection(self) -> None:
        self._anchor_word = None
        self.set_marks([])
        self._refresh()

    def add_mark(self, start: int, end: int) -> None:
        snapped = self.snap(start, end)
        self._anchor_word = None
        self.set_marks([snapped] if snapped else [])

    def remove_mark_at(self, position: int) -> bool:
        # A click: no words selected any more; the cursor moves to the clicked word.
        self.set_marks([])
        return True

    def toggle_range(self, start: int, end: int) -> None:
        # Space fixes the keyboard selection as the selection to tag.
        self.add_mark(start, end)

    def undo(self) -> None:  # the studio's undo stack owns Ctrl+Z here
        pass

    def redo(self) -> None:
        pass

    def can_undo(self) -> bool:
        return False

    # events -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.selection_moved.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier and key in (
            Qt.Key.Key_Z,
            Qt.Key.Key_Y,
        ):
            event.ignore()
            return
        if key == Qt.Key.Key_Escape and (self._marks or self._anchor_word is not None):
            self.clear_selection()
            self.selection_moved.emit()
            return
        moving = key in (
            Qt.Key.Key_Left,
            Qt.Key.Key_Right,
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        )
        if moving and self._marks:
            self.set_marks([])  # the keyboard takes over from a mouse selection
        super().keyPressEvent(event)
        if moving or key == Qt.Key.Key_Space:
            self.selection_moved.emit()

    # drawing ----------------------------------------------------------------------------

    def _format(self, kind: str, fill: bool = True) -> QTextCharFormat:
        order = getattr(self, "label_order", ())
        text_format = QTextCharFormat()
        if kind in ("mark", "selection"):
            colours = mark_colours(self.palette())
            text_format.setBackground(colours["mark-fill"])
            text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
            text_format.setUnderlineColor(colours["mark-line"])
            return text_format
        if kind in ("suggested", "suggested-current"):  # hook: the assistant's candidates
            return suggested_format(self.palette(), current=kind == "suggested-current")
        if kind == "current":
            text_format.setFontWeight(700)
            text_format.setFontOverline(True)
            return text_format
        if kind.startswith(("label:", "extra:")):
            label = kind.split(":", 1)[1]
            pairs = label_colours(order or (label,), self.palette())
            fill_colour, line_colour = pairs.get(label, next(iter(pairs.values())))
            if kind.startswith("label:"):
                text_format.setBackground(fill_colour)
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
            else:  # a second (third…) label on the same phrase: its colour, wavy
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            text_format.setUnderlineColor(line_colour)
            return text_format
        return super()._format(kind, fill)

    def _refresh(self) -> None:
        # The selection is drawn over the tags (MarkableText draws marks under highlights).
        layers = [(h.start, h.end, h.kind) for h in self._highlights]
        layers += [(start, end, "mark") for start, end in self._marks]
        if self._anchor_word is not None:
            selected = self.selected_range()
            if selected:
                layers.append((*selected, "selection"))
        self._highlighter.set_layers(layers)
        self._update_description()
        self.viewport().update()

    def _update_description(self) -> None:
        selected = self.pending_range() or (
            self.selected_range() if self._anchor_word is not None else None
        )
        if selected:
            description = fill(tr("Selected: %1."), span_words(self.text(), *selected))
        else:
            description = tr("Nothing selected.")
        description += " " + tr(
            "Arrows move between words, Shift+arrows select, "
            "1 tags a figure, 2 speculation, 3 an unconfirmed attribution, Delete removes a tag."
        )
        self.setAccessibleDescription(description)


class SpanPanel(QFrame):
    """The current tag: its labels, a figure's quantity, a note, and Remove."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = side_panel_column(self, tr("Selected tag"))
        self.title = QLabel(tr("No tag selected"), self)
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setText(
            tr(
                "Select words with the mouse, or move with the arrows and extend with "
                "Shift+arrows, then press a label's number. Click a tag to edit it."
            )
        )
        self.labels_box = QWidget(self)
        self.labels_layout = QVBoxLayout(self.labels_box)
        self.labels_layout.setContentsMargins(0, 0, 0, 0)
        self.label_checks: dict[str, QCheckBox] = {}
        form = QFormLayout()
        form.setContentsMargins(0, 0, 0, 0)
        self.quantity = QComboBox(self)
        self.quantity.setEditable(True)
        self.quantity.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.quantity.addItems(list(drafts.DEFAULT_QUANTITIES))
        self.quantity.setCurrentIndex(-1)
        self.quantity.setAccessibleName(tr("Quantity of the figure"))
        self.quantity.setToolTip(tr("What the figure counts: deaths, injured, arrests, …"))
        self.quantity.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.quantity.setMinimumContentsLength(8)
        self.note = short_text_box(tr("Note on the tag"), tr("Shown in the feedback"), self)
        quantity_label = QLabel(tr("&Quantity:"), self)
        quantity_label.setBuddy(self.quantity)
        note_label = QLabel(tr("&Note:"), self)
        note_label.setBuddy(self.note)
        form.addRow(quantity_label, self.quantity)
        form.addRow(note_label, self.note)
        self.remove_button = QPushButton(tr("&Remove tag"), self)
        self.remove_button.setAccessibleName(tr("Remove the selected tag"))
        self.remove_button.setToolTip(tr("Remove the selected tag (Delete)"))
        layout.addWidget(self.title)
        layout.addWidget(self.labels_box)
        layout.addLayout(form)
        layout.addWidget(self.remove_button)
        layout.addWidget(self.hint)
        layout.addStretch(1)

    def set_labels(self, labels: tuple[str, ...]) -> None:
        if tuple(self.label_checks) == labels:
            return
        self.label_checks = replace_label_checks(
            labels, self.label_checks, self.labels_box, self.labels_layout, tr("Label %1")
        )


class SpanEditor(TaggingHost):
    """The tagging screen for one article of the set."""

    article_shown = Signal()  # set_article showed another article (or none)

    def __init__(self, document: StudioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.article_index: int | None = None
        self._loading = False
        self._current: Range | None = None  # the tag just made or edited, until the cursor moves
        self.text: SpanText | None = None
        self.tag_actions: dict[str, QAction] = {}

        self.toolbar = QToolBar(tr("Tags"), self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.toolbar.setAccessibleName(tr("Tag toolbar"))
        self.remove_action = QAction(tr("Remove tag"), self)
        self.remove_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.remove_action.setToolTip(tr("Remove the tag under the cursor (Delete)"))
        self.remove_action.triggered.connect(self.remove_current)
        self.addAction(self.remove_action)

        self.text_holder = QWidget(self)
        self.text_layout = QVBoxLayout(self.text_holder)
        self.text_layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel(tr("Add an article to tag its phrases."), self.text_holder)
        self.placeholder.setObjectName("hint")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text_layout.addWidget(self.placeholder)
        self.legend = WrappedLabel(self)  # its lines' height, however narrow the pane
        self.legend.setObjectName("legend")
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(tr("Colour legend"))
        self.panel = SpanPanel(self)
        self.panel.setMinimumWidth(200)
        self.panel.remove_button.clicked.connect(self.remove_current)
        quantity_line = self.panel.quantity.lineEdit()
        assert quantity_line is not None  # the quantity box is editable
        quantity_line.textEdited.connect(self._quantity_edited)
        self.panel.quantity.activated.connect(
            lambda _i: self._quantity_edited(self.panel.quantity.currentText())
        )
        self.panel.note.textChanged.connect(
            lambda: self._note_edited(self.panel.note.toPlainText())
        )

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.toolbar)
        left_layout.addWidget(self.text_holder, 1)
        left_layout.addWidget(self.legend)
        # --- hook: the authoring assistant (suggestions.py); its list goes under the panel ---
        self.assistant = SuggestAssistant(self)
        self.article_shown.connect(self.assistant.article_shown)
        self.side = QSplitter(Qt.Orientation.Vertical, self)
        # The tag's fields scroll on their own when the room is short (large zoom).
        self.side.addWidget(PaneScroll(self.panel, tr("The selected tag's fields"), self))
        self.side.addWidget(self.assistant.panel)
        self.side.setStretchFactor(1, 1)
        self.side.setChildrenCollapsible(False)
        # --- end of hook ---
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setSizes([640, 320])  # the text first, at any width
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.document.draft_did_change.connect(self._draft_changed)
        self.document.draft_was_replaced.connect(lambda: self.set_article(None))
        self._rebuild_tag_actions()
        self._update_panel()

    # what is shown -----------------------------------------------------------------------

    @property
    def draft(self) -> SetDraft:
        return self.document.draft

    def article(self) -> ArticleDraft | None:
        if self.article_index is None or self.article_index >= len(self.draft.articles):
            return None
        return self.draft.articles[self.article_index]

    def set_article(self, index: int | None) -> None:
        self.article_index = index
        self._current = None
        self._rebuild_text()
        self.article_shown.emit()

    def _rebuild_text(self) -> None:
        article = self.article()
        old = self.text
        if old is not None:
            self.text_layout.removeWidget(old)
            old.hide()
            old.deleteLater()
            self.text = None
        if article is None:
            self.placeholder.show()
        else:
            self.placeholder.hide()
            self.text = SpanText(article.text, self.text_holder)
            self.text.label_order = self.draft.label_ids()
            self.text.selection_moved.connect(self._selection_moved)
            self.text_layout.addWidget(self.text)
            inherit_font(self.text)  # the zoom reaches a text built after it was set
            self.text.show()  # now, so it can take focus at once
            self._shown_text = article.text
            self._redraw_spans()
        self._update_panel()

    def _selection_moved(self) -> None:
        self._current = None
        self._redraw_spans()
        self._update_panel()

    def _draft_changed(self, old: SetDraft, new: SetDraft) -> None:
        if old.labels != new.labels:
            self._rebuild_tag_actions()
            if self.text is not None:
                self.text.label_order = new.label_ids()
        article = self.article()
        if article is None:
            if self.text is not None:
                self._rebuild_text()
            return
        if self.text is None or article.text is not self._shown_text:
            if self.text is None or article.text != self.text.text():
                self._rebuild_text()
                return
            self._shown_text = article.text
        self._redraw_spans()
        self._update_panel()

    def _rebuild_tag_actions(self) -> None:
        for action in self.tag_actions.values():
            self.removeAction(action)
            action.deleteLater()
        self.toolbar.clear()
        self.tag_actions = {}
        labels = self.draft.label_ids()
        for number, label in enumerate(labels, start=1):
            action = QAction(f"&{number} {label_title(label)}" if number <= 9 else "", self)
            if number > 9:
                action.setText(label_title(label))
            else:
                action.setShortcut(QKeySequence(str(number)))
                action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.setToolTip(
                fill(tr("Tag the selected words as %1 (%2)"), label_title(label), number)
            )
            action.triggered.connect(lambda _checked=False, name=label: self.tag_selection(name))
            self.addAction(action)
            self.toolbar.addAction(action)
            self.tag_actions[label] = action
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.remove_action)
        self.toolbar.addSeparator()  # hook: the assistant's actions
        self.toolbar.addAction(self.assistant.suggest_action)
        self.toolbar.addAction(self.assistant.propose_action)
        self.panel.set_labels(labels)
        for label, check in self.panel.label_checks.items():
            check.toggled.connect(lambda on, name=label: self._label_toggled(name, on))
        self._update_legend()

    def _update_legend(self) -> None:
        labels = self.draft.label_ids()
        colours = label_colours(labels, self.palette())
        parts = []
        for number, label in enumerate(labels, start=1):
            fill_colour, line_colour = colours[label]
            key = f"{number} " if number <= 9 else ""
            parts.append(
                f'<span style="background-color:{fill_colour.name()};'
                f' color:{self.palette().text().color().name()};">'
                f"&nbsp;{key}{label_title(label)}&nbsp;</span>"
            )
        note = tr("A second label on a phrase is a wavy line in its colour.")
        self.legend.setText("&nbsp; ".join(parts) + f"&nbsp;&nbsp; <small>{note}</small>")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._update_legend()
            if self.text is not None:
                self._redraw_spans()
        super().changeEvent(event)

    def give_hint_room(self, hint_shown: bool) -> None:
        if self.panel.hint.isVisibleTo(self.panel) == hint_shown:
            return
        self.panel.hint.setVisible(hint_shown)
        side = getattr(self, "side", None)  # made after the assistant
        total = sum(side.sizes()) if side is not None else 0
        if side is not None and total > 0:
            wanted = self.panel.sizeHint().height()
            side.setSizes([wanted, max(total - wanted, 0)])

    def _redraw_spans(self) -> None:
        article = self.article()
        if self.text is None or article is None:
            return
        current = self.current_span_index()
        highlights: list[Highlight] = []
        for span in drafts.sort_spans(article.spans):
            tooltip = ", ".join(label_title(label) for label in span.labels)
            if span.quantity:
                tooltip += f" ({span.quantity})"
            if span.note:
                tooltip += f": {span.note}"
            highlights.append(Highlight(span.start, span.end, f"label:{span.labels[0]}", tooltip))
            for label in span.labels[1:]:
                highlights.append(Highlight(span.start, span.end, f"extra:{label}"))
        highlights += self.assistant.highlights()  # hook: suggested phrases
        if current is not None:
            span = article.spans[current]
            highlights.append(Highlight(span.start, span.end, "current"))
        self.text.set_highlights(highlights)

    # the current tag and the selection ---------------------------------------------------

    def selection(self) -> Range | None:
        """The words selected to tag: a mouse selection, or Shift+arrows."""
        if self.text is None:
            return None
        pending = self.text.pending_range()
        if pending:
            return pending
        if self.text.has_keyboard_selection():
            return self.text.selected_range()
        return None

    def current_span_index(self) -> int | None:
        """The tag being edited: the one exactly selected, else the one at the cursor."""
        article = self.article()
        if article is None or self.text is None:
            return None
        selected = self.selection()
        if selected is not None:
            return drafts.find_span(article.spans, *selected)
        if self._current is not None:
            index = drafts.find_span(article.spans, *self._current)
            if index is not None:
                return index
        position = self.text.cursor_position()
        if position is None:
            return None
        return drafts.span_at(article.spans, position)

    def current_span(self) -> Span | None:
        index = self.current_span_index()
        article = self.article()
        return None if index is None or article is None else article.spans[index]

    def _target_range(self) -> Range | None:
        selected = self.selection()
        if selected is not None:
            return selected
        span = self.current_span()
        if span is not None:
            return span.start, span.end
        if self.text is None or not self.text.word_ranges():
            return None
        return self.text.word_ranges()[self.text.current_word()]

    def _update_panel(self) -> None:
        panel = self.panel
        self._loading = True
        try:
            article = self.article()
            span = self.current_span()
            selected = self.selection()
            enabled = span is not None
            for widget in (panel.labels_box, panel.quantity, panel.note, panel.remove_button):
                widget.setEnabled(enabled)
            self.remove_action.setEnabled(enabled)
            for action in self.tag_actions.values():
                action.setEnabled(article is not None)
            if span is None or article is None:
                if selected is not None and article is not None:
                    panel.title.setText(
                        fill(
                            tr("Selected: “%1” — press a label's number to tag it."),
                            span_words(article.text, *selected),
                        )
                    )
                else:
                    panel.title.setText(tr("No tag selected"))
                for check in panel.label_checks.values():
                    check.setChecked(False)
                panel.quantity.setCurrentIndex(-1)
                panel.quantity.setEditText("")
                if panel.note.toPlainText():
                    panel.note.setPlainText("")
                return
            panel.title.setText(
                fill(tr("Tag: “%1”"), span_words(article.text, span.start, span.end))
            )
            for label, check in panel.label_checks.items():
                check.setChecked(label in span.labels)
            is_figure = "figure" in span.labels
            panel.quantity.setEnabled(is_figure)
            used = sorted(
                {s.quantity for a in self.draft.articles for s in a.spans if s.quantity}
                - set(drafts.DEFAULT_QUANTITIES)
            )
            for quantity in used:
                if panel.quantity.findText(quantity) < 0:
                    panel.quantity.addItem(quantity)
            # Compared without outer spaces: the model keeps none, the field may be mid-word.
            if panel.quantity.currentText().strip() != (span.quantity or ""):
                index = panel.quantity.findText(span.quantity or "")
                panel.quantity.setCurrentIndex(index)
                panel.quantity.setEditText(span.quantity or "")
            if panel.note.toPlainText().strip() != (span.note or ""):
                panel.note.setPlainText(span.note or "")
        finally:
            self._loading = False

    # edits --------------------------------------------------------------------------------

    def _apply_spans(
        self, spans: tuple[Span, ...], text: str, merge_key: object | None = None
    ) -> None:
        article = self.article()
        if article is None or self.article_index is None or spans is article.spans:
            return
        new_article = replace(article, spans=spans)
        self.document.apply(
            self.draft.with_article(self.article_index, new_article), text, merge_key
        )

    def tag_selection(self, label: str) -> None:
        """Tag the selected words (or the tag or word at the cursor) with ``label``."""
        article = self.article()
        target = self._target_range()
        if article is None or target is None or self.text is None:
            self.status_message.emit(tr("Select some words first."))
            return
        spans = drafts.tag(article.spans, *target, label)
        if spans is article.spans:
            self.status_message.emit(
                fill(
                    tr("“%1” is already tagged %2."),
                    span_words(article.text, *target),
                    label_title(label),
                )
            )
            return
        self.text.clear_selection()
        self._apply_spans(spans, fill(tr("Tag as %1"), label_title(label)))
        # The cursor stays in the phrase, so the new tag is the current one.
        words = self.text.word_ranges() if self.text else []
        if self.text is not None and words:
            index = self.text.word_at(target[0])
            tagged = self.article()  # the article with the new tag
            if (
                index is not None
                and tagged is not None
                and self.current_span_index() != drafts.find_span(tagged.spans, *target)
            ):
                self.text.add_mark(*target)  # nested tags: select this one exactly
        self._redraw_spans()
        self._update_panel()
        self.status_message.emit(
            fill(tr("Tagged “%1” as %2."), span_words(article.text, *target), label_title(label))
        )

    def remove_current(self) -> None:
        article = self.article()
        index = self.current_span_index()
        if article is None or index is None:
            self.status_message.emit(tr("There is no tag here to remove."))
            return
        span = article.spans[index]
        if self.text is not None:
            self.text.clear_selection()
        self._apply_spans(drafts.remove_span(article.spans, index), tr("Remove tag"))
        self.status_message.emit(
            fill(tr("Removed the tag on “%1”."), span_words(article.text, span.start, span.end))
        )

    def _current_tag(self) -> tuple[ArticleDraft, int, Span] | None:
        """The article, index and tag the panel edits (None while loading or with none)."""
        if self._loading:
            return None
        article = self.article()
        index = self.current_span_index()
        if article is None or index is None:
            return None
        return article, index, article.spans[index]

    def _label_toggled(self, label: str, on: bool) -> None:
        current = self._current_tag()
        if current is None:
            return
        article, index, span = current
        if on:
            spans = drafts.tag(article.spans, span.start, span.end, label)
            text = fill(tr("Add label %1"), label_title(label))
        else:
            spans = drafts.remove_label(article.spans, index, label)
            text = fill(tr("Remove label %1"), label_title(label))
        self._current = (span.start, span.end)
        self._apply_spans(spans, text)

    def _quantity_edited(self, quantity: str) -> None:
        self._attribute_edited("quantity", quantity, drafts.set_quantity, tr("Set quantity"))

    def _note_edited(self, note: str) -> None:
        self._attribute_edited("note", note, drafts.set_note, tr("Edit note"))

    def _attribute_edited(
        self,
        name: str,
        value: str,
        change: Callable[[tuple[Span, ...], int, str], tuple[Span, ...]],
        undo_text: str,
    ) -> None:
        """The current tag's quantity or note was edited: one undo step, merged while typing."""
        current = self._current_tag()
        if current is None:
            return
        article, index, span = current
        if (getattr(span, name) or "") == value.strip():
            return
        self._apply_spans(
            change(article.spans, index, value),
            undo_text,
            (name, self.article_index, span.start, span.end),
        )

    def follow_tag(self, start: int, end: int) -> None:
        """Make the tag at ``start``..``end`` the one the panel edits (hook: the assistant
        calls it before it tags an accepted suggestion)."""
        if self.text is not None:
            self.text.clear_selection()
        self._current = (start, end)

    def select_range(self, start: int, end: int) -> None:
        """Select words (e.g. a problem's phrase) and show them."""
        if self.text is None:
            return
        self.text.add_mark(start, end)
        index = self.text.word_at(start)
        if index is not None:
            self.text._cursor_word = index  # noqa: SLF001 - the word cursor follows
            self.text._scroll_to_cursor()  # noqa: SLF001
        self._redraw_spans()
        self._update_panel()
        self.text.setFocus()
