"""The authoring assistant in the tagging screen: "Suggest" pre-marks phrases to tag, and a
list beside the text lets the teacher accept or reject each, or all of one label.

- **Suggest** (Ctrl+Shift+S) runs the core's analyser on the article (in a worker thread
  when the text is long) and marks each candidate in the text in the "suggested" style: a
  dotted underline and coloured letters, no fill, so it never looks like a tag; the one
  chosen in the list is filled as well. Its reason is the tooltip.
- The **list** shows each candidate's label, words and reason ("hedge 'likely': a
  prediction, not a reported fact"). **Enter** (or Accept) tags it through the studio's
  undo stack, so Ctrl+Z takes it back and the candidate returns; a figure gets the quantity
  the analyser read. **Delete** (or Reject) drops it from the list. **All of a label**
  offers "Accept all" / "Reject all" per label. Candidates overlapping a tag of their
  label are never shown, whether that tag came from here or by hand.
- **Propose compare questions** (Ctrl+Shift+C; two articles or more) drafts a compare
  question per pair of figures the core judged (``assist.propose``) and adds the ones the
  teacher ticks (``propose.ask_proposals``) as one undoable step, tagging their figures.

``SuggestAssistant(span_editor)`` owns the actions, the list panel and the candidates'
highlights; the span editor calls ``highlights()`` when it draws its tags.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPixmap,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from quizapp.core import assist
from quizapp.core.assist import Candidate, Proposal
from quizapp.core.draft import SetDraft
from quizapp.core.model import Span
from quizapp.core.text import localized
from quizapp.ui.background import BackgroundJob
from quizapp.ui.marking import Highlight, mark_colours
from quizapp.ui.studio.common import (
    fill,
    label_colours,
    label_title,
    menu_button,
    side_panel_column,
    span_words,
    tr,
)
from quizapp.ui.studio.fitting import FlowLayout
from quizapp.ui.studio.tagging import TaggingHost

BACKGROUND_CHARS = 20_000  # longer texts are analysed in a worker thread (~0.1 s and up)
ChooseProposals = Callable[[QWidget, list[Proposal], SetDraft], list[Proposal] | None]


def suggested_format(palette: QPalette, current: bool = False) -> QTextCharFormat:
    """A candidate in the text: dotted underline and letters in the "suggested" colour,
    no fill (a tag is filled); the candidate chosen in the list is filled too."""
    colours = mark_colours(palette)
    text_format = QTextCharFormat()
    text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine)
    text_format.setUnderlineColor(colours["suggested-line"])
    text_format.setForeground(colours["suggested-line"])
    if current:
        text_format.setBackground(colours["suggested-fill"])
    return text_format


# --- work off the GUI thread ----------------------------------------------------------------


# --- the list ---------------------------------------------------------------------------------


class SuggestionList(QListWidget):
    """Candidates, one per row; Enter accepts the current one, Delete rejects it."""

    accept_requested = Signal()
    reject_requested = Signal()

    _KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Delete, Qt.Key.Key_Backspace)

    def event(self, event: QEvent) -> bool:
        # Delete is the tagging screen's "remove tag" shortcut: in this list it rejects.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() in self._KEYS
            and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        ):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            super().keyPressEvent(event)
        elif event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.accept_requested.emit()
        elif event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.reject_requested.emit()
        else:
            super().keyPressEvent(event)


def editor_action(editor: QWidget, text: str, key: str, tip: str) -> QAction:
    """A command of the tagging screen with its shortcut (there, and in its children)."""
    action = QAction(text, editor)
    action.setShortcut(QKeySequence(key))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.setToolTip(tip)
    return action


class SuggestionsPanel(QFrame):
    """The assistant's side list with its buttons (under the tag panel)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = side_panel_column(self, tr("Suggestions"))
        layout.setSpacing(4)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.suggest_button = QPushButton(tr("Suggest"), self)
        self.suggest_button.setAccessibleName(tr("Suggest phrases to tag"))
        self.propose_button = QPushButton(tr("Compare…"), self)
        self.propose_button.setAccessibleName(tr("Propose compare questions"))
        top = FlowLayout()  # the buttons go under the title when the pane is narrow
        top.addWidget(self.title)
        top.addWidget(self.suggest_button)
        top.addWidget(self.propose_button)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.busy = QProgressBar(self)
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(8)
        self.busy.setAccessibleName(tr("Analysing the article"))
        self.busy.hide()
        self.list = SuggestionList(self)
        self.list.setAccessibleName(tr("Suggested phrases"))
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.list.setSpacing(1)
        self.list.setAlternatingRowColors(True)
        self.list.setIconSize(QSize(12, 12))
        # It scrolls: on a 600-pixel screen a row or two must be enough to fit under the tag.
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 3)
        self.accept_button = QPushButton(tr("Accept"), self)
        self.accept_button.setToolTip(tr("Tag the chosen phrase as suggested (Enter)"))
        self.accept_button.setAccessibleName(tr("Accept the chosen suggestion"))
        self.reject_button = QPushButton(tr("Re&ject"), self)
        self.reject_button.setToolTip(tr("Drop the chosen suggestion (Delete)"))
        self.reject_button.setAccessibleName(tr("Reject the chosen suggestion"))
        # All of one label: a menu with "Accept all N figures", "Reject all N figures", ...
        self.all_button, self.all_menu = menu_button(
            self,
            tr("All of a label"),
            tr("Accept or reject every suggestion of one label"),
            QSizePolicy.Policy.Preferred,
        )
        buttons = FlowLayout(spacing=4)
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.all_button)
        layout.addLayout(top)
        layout.addWidget(self.hint)
        layout.addWidget(self.busy)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)

    palette_did_change = Signal()

    def set_busy(self, busy: bool) -> None:
        self.busy.setVisible(busy)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self.palette_did_change.emit()
        super().changeEvent(event)


def _label_icon(fill_colour: QColor, line_colour: QColor) -> QIcon:
    pixmap = QPixmap(12, 12)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setPen(line_colour)
    painter.setBrush(fill_colour)
    painter.drawRect(0, 0, 11, 11)
    painter.end()
    return QIcon(pixmap)


# --- the assistant --------------------------------------------------------------------------


@dataclass
class ArticleSuggestions:
    """Candidates found for one article's text, and the ones the teacher rejected."""

    text: str
    candidates: list[Candidate]
    rejected: set[tuple[int, int, str]] = field(default_factory=set)


class _TagIndex:
    """Which ranges tags of each label cover, for quick "is it tagged already" checks."""

    def __init__(self, spans: tuple[Span, ...]) -> None:
        by_label: dict[str, list[tuple[int, int]]] = {}
        for span in spans:
            for label in span.labels:
                by_label.setdefault(label, []).append((span.start, span.end))
        self.starts: dict[str, list[int]] = {}
        self.reach: dict[str, list[int]] = {}  # the furthest end among spans starting so far
        for label, ranges in by_label.items():
            ranges.sort()
            self.starts[label] = [start for start, _ in ranges]
            reach, furthest = [], -1
            for _, end in ranges:
                furthest = max(furthest, end)
                reach.append(furthest)
            self.reach[label] = reach

    def covers(self, candidate: Candidate) -> bool:
        starts = self.starts.get(candidate.label)
        if not starts:
            return False
        before = bisect.bisect_left(starts, candidate.end)  # tags starting before its end
        return before > 0 and self.reach[candidate.label][before - 1] > candidate.start


class SuggestAssistant(QObject):
    """Suggest, the candidates' list and highlights, and proposing compare questions."""

    questions_did_add = Signal(int)  # how many proposed compare questions were added

    def __init__(self, editor: TaggingHost) -> None:
        super().__init__(editor)
        self.editor = editor
        self.document = editor.document
        self.lexicon_dir: str | Path | None = None  # a teacher's own lexicons, added to ours
        self.states: dict[str, ArticleSuggestions] = {}
        self.job = BackgroundJob(self)
        self._shown: list[Candidate] = []
        self._filling = False
        # the teacher's grouping of the articles by event: article id -> event index
        self.events: dict[str, int] = {}
        self.choose_proposals: ChooseProposals = self._ask  # a test answers for the teacher

        self.suggest_action = editor_action(
            editor,
            tr("Sugg&est"),
            "Ctrl+Shift+S",
            tr(
                "Mark phrases the assistant suggests tagging — figures, speculation, "
                "unconfirmed attribution — for you to accept or reject (Ctrl+Shift+S)"
            ),
        )
        self.suggest_action.triggered.connect(lambda _checked=False: self.suggest())
        self.propose_action = editor_action(
            editor,
            tr("Propose &compare questions…"),
            "Ctrl+Shift+C",
            tr(
                "Compare the figures of the set's articles and propose a compare question "
                "for each pair of the same quantity (Ctrl+Shift+C)"
            ),
        )
        self.propose_action.triggered.connect(lambda _checked=False: self.propose())
        editor.addAction(self.suggest_action)
        editor.addAction(self.propose_action)

        panel = SuggestionsPanel(editor)
        self.panel = panel
        panel.suggest_button.clicked.connect(self.suggest)
        panel.suggest_button.setToolTip(self.suggest_action.toolTip())
        panel.propose_button.clicked.connect(self.propose)
        panel.propose_button.setToolTip(self.propose_action.toolTip())
        panel.accept_button.clicked.connect(self.accept_current)
        panel.reject_button.clicked.connect(self.reject_current)
        panel.list.accept_requested.connect(self.accept_current)
        panel.list.reject_requested.connect(self.reject_current)
        panel.list.currentRowChanged.connect(self._current_changed)
        self.job.busy.connect(panel.set_busy)
        panel.palette_did_change.connect(self._repaint_list)
        self.document.draft_did_change.connect(self._draft_changed)
        self.document.draft_was_replaced.connect(self._replaced)
        self._update_propose()
        self.refresh()

    # --- state ------------------------------------------------------------------------------

    @property
    def draft(self) -> SetDraft:
        return self.document.draft

    def state(self) -> ArticleSuggestions | None:
        """The current article's candidates, if Suggest ran on its present text."""
        article = self.editor.article()
        if article is None:
            return None
        state = self.states.get(article.id)
        return state if state is not None and state.text == article.text else None

    def pending(self) -> list[Candidate]:
        """The current article's candidates still to decide, in reading order."""
        state = self.state()
        article = self.editor.article()
        if state is None or article is None:
            return []
        tagged = _TagIndex(article.spans)
        return [c for c in state.candidates if c.key not in state.rejected and not tagged.covers(c)]

    def current(self) -> Candidate | None:
        row = self.panel.list.currentRow()
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def highlights(self) -> list[Highlight]:
        """The candidates drawn over the text (the span editor adds them to its tags)."""
        shown = self.pending()
        drawn = [
            Highlight(
                c.start,
                c.end,
                "suggested",
                fill(tr("Suggested %1: %2"), label_title(c.label).lower(), c.reason),
            )
            for c in shown
        ]
        current = self.current()
        if current is not None and current in shown:
            drawn.append(Highlight(current.start, current.end, "suggested-current"))
        return drawn

    # --- suggest ------------------------------------------------------------------------------

    def suggest(self) -> bool:
        """Analyse the current article; False when there is none (or work is under way)."""
        article = self.editor.article()
        if article is None:
            self.editor.status_message.emit(tr("Add an article first, then press Suggest."))
            return False
        if self.job.running():
            return False
        lexicon_dir = self.lexicon_dir
        snapshot = article

        def work() -> list[Candidate]:
            return assist.candidates_for(snapshot, lexicon_dir)

        if len(article.text) + len(article.headline) <= BACKGROUND_CHARS:
            try:
                found = work()
            except Exception as error:  # noqa: BLE001 - a broken lexicon, said in words
                self._failed(localized(error))
                return False
            self._found(snapshot.id, snapshot.text, found)
            return True
        self._set_working(True)
        self.panel.hint.setText(tr("Analysing the article…"))
        self.panel.hint.show()
        self.job.start(
            work,
            lambda found: self._found(snapshot.id, snapshot.text, found),  # type: ignore[arg-type]
            self._failed,
        )
        return True

    def _set_working(self, working: bool) -> None:
        self.suggest_action.setEnabled(not working)
        self.panel.suggest_button.setEnabled(not working)
        self._update_propose()

    def _found(self, article_id: str, text: str, found: list[Candidate]) -> None:
        self._set_working(False)
        index = self.draft.article_index(article_id)
        if index is None or self.draft.articles[index].text != text:
            self.editor.status_message.emit(
                tr("The text changed while it was analysed: press Suggest again.")
            )
            self.refresh()
            return
        old = self.states.get(article_id)
        rejected = old.rejected if old is not None and old.text == text else set()
        self.states[article_id] = ArticleSuggestions(text, found, rejected)
        if self.editor.article() is not None and self.editor.article().id == article_id:  # type: ignore[union-attr]
            self.refresh()
            self._redraw()
            shown = len(self._shown)
            counts = self._counts()
            if shown:
                self.panel.list.setCurrentRow(0)
                self.panel.list.setFocus()
                summary = ", ".join(
                    f"{count} {label_title(label).lower()}" for label, count in counts.items()
                )
                self.editor.status_message.emit(
                    fill(tr("%1 suggestions: %2. Enter accepts, Delete rejects."), shown, summary)
                )
            else:
                self.editor.status_message.emit(tr("The assistant has nothing new to suggest."))

    def _failed(self, message: str) -> None:
        self._set_working(False)
        self.refresh()
        self.editor.status_message.emit(fill(tr("The assistant could not run: %1"), message))

    # --- decisions ------------------------------------------------------------------------

    def accept(self, candidates: list[Candidate], undo_text: str) -> list[Candidate]:
        """Tag the candidates as one undoable step; the ones tagged."""
        article = self.editor.article()
        index = self.editor.article_index
        if article is None or index is None or not candidates:
            return []
        spans, accepted = assist.accept(article.spans, candidates)
        if not accepted:
            return []
        if len(accepted) == 1:
            self.editor.follow_tag(accepted[0].start, accepted[0].end)
        self.document.apply(
            self.draft.with_article(index, replace(article, spans=spans)), undo_text
        )
        return accepted

    def accept_current(self) -> None:
        candidate = self.current()
        if candidate is None:
            return
        row = self.panel.list.currentRow()
        title = label_title(candidate.label)
        words = span_words(self.editor.article().text, candidate.start, candidate.end)  # type: ignore[union-attr]
        if self.accept([candidate], fill(tr("Accept suggested %1"), title)):
            message = fill(tr("Tagged “%1” as %2."), words, title)
            if candidate.label == "figure":
                message += " " + (
                    fill(tr("Quantity: %1."), candidate.quantity)
                    if candidate.quantity
                    else tr("Choose its quantity in the tag panel.")
                )
            self.editor.status_message.emit(message)
        self._keep_row(row)

    def reject_current(self) -> None:
        candidate = self.current()
        state = self.state()
        if candidate is None or state is None:
            return
        row = self.panel.list.currentRow()
        state.rejected.add(candidate.key)
        self.refresh()
        self._keep_row(row)
        self._redraw()
        self.editor.status_message.emit(
            fill(
                tr("Rejected the suggestion “%1”."),
                span_words(state.text, candidate.start, candidate.end),
            )
        )

    def accept_label(self, label: str | None) -> int:
        """Accept every pending candidate of ``label``; how many were tagged."""
        chosen = [c for c in self.pending() if c.label == label]
        if not chosen or label is None:
            return 0
        title = label_title(label)
        accepted = self.accept(chosen, fill(tr("Accept %1 suggestions: %2"), len(chosen), title))
        self.editor.status_message.emit(fill(tr("Tagged %1 phrases as %2."), len(accepted), title))
        self._keep_row(0)
        return len(accepted)

    def reject_label(self, label: str | None) -> int:
        """Reject every pending candidate of ``label``; how many."""
        state = self.state()
        chosen = [c for c in self.pending() if c.label == label]
        if state is None or not chosen or label is None:
            return 0
        state.rejected.update(c.key for c in chosen)
        self.refresh()
        self._keep_row(0)
        self._redraw()
        self.editor.status_message.emit(
            fill(tr("Rejected %1 suggestions: %2."), len(chosen), label_title(label))
        )
        return len(chosen)

    def _keep_row(self, row: int) -> None:
        count = self.panel.list.count()
        if count:
            self.panel.list.setCurrentRow(min(row, count - 1))
        if self.editor.text is not None and not count:
            self.editor.text.setFocus()

    # --- showing ------------------------------------------------------------------------------

    def _counts(self) -> dict[str, int]:
        counts: dict[str, int] = {}
        for candidate in self._shown:
            counts[candidate.label] = counts.get(candidate.label, 0) + 1
        return counts

    def refresh(self) -> None:
        """Fill the list (and its buttons) from the current article's pending candidates."""
        panel = self.panel
        shown = self.pending()
        keys = [c.key for c in shown]
        old_keys = [c.key for c in self._shown]
        kept = set(keys)
        if keys != old_keys and [key for key in old_keys if key in kept] == keys:
            # Only rows to take out (an accept or a reject): no need to lay out the rest anew.
            self._filling = True
            try:
                for row in reversed(range(len(old_keys))):
                    if old_keys[row] not in kept:
                        panel.list.takeItem(row)
                self._shown = shown
            finally:
                self._filling = False
        elif keys != old_keys or panel.list.count() != len(shown):
            current = self.current()
            self._filling = True
            try:
                self._shown = shown
                panel.list.clear()
                colours = label_colours(self.draft.label_ids(), panel.palette())
                for candidate in shown:
                    title = label_title(candidate.label)
                    entry = fill(tr("%1: “%2”\n%3"), title, candidate.text, candidate.reason)
                    item = QListWidgetItem(entry)
                    item.setToolTip(entry)
                    if candidate.label in colours:
                        item.setIcon(_label_icon(*colours[candidate.label]))
                    panel.list.addItem(item)
                if current is not None and current.key in keys:
                    panel.list.setCurrentRow(keys.index(current.key))
            finally:
                self._filling = False
        state = self.state()
        article = self.editor.article()
        working = self.job.running()
        if working:
            hint = tr("Analysing the article…")
        elif article is None:
            hint = tr("Add an article to have phrases suggested.")
        elif state is None:
            hint = tr(
                "Suggest marks phrases that may be figures, speculation or unconfirmed "
                "attribution, each with its reason. You decide: Enter accepts, Delete rejects."
            )
        elif not shown:
            hint = tr("Nothing left to decide: each suggestion was accepted, rejected or tagged.")
        else:
            hint = ""
        panel.hint.setText(hint)
        panel.hint.setVisible(bool(hint))
        panel.list.setVisible(bool(shown))
        counts = self._counts()
        panel.title.setText(
            fill(tr("Suggestions (%1)"), len(shown)) if state is not None else tr("Suggestions")
        )
        panel.all_menu.clear()
        for label, count in counts.items():
            title = label_title(label)
            accept = panel.all_menu.addAction(fill(tr("Accept all %1: %2"), title, count))
            accept.triggered.connect(lambda _c=False, name=label: self.accept_label(name))
            reject = panel.all_menu.addAction(fill(tr("Reject all %1: %2"), title, count))
            reject.triggered.connect(lambda _c=False, name=label: self.reject_label(name))
        for widget in (panel.accept_button, panel.reject_button, panel.all_button):
            widget.setEnabled(bool(shown))
            widget.setVisible(bool(shown))
        # The tag panel's how-to hint gives its room to the list while there is one.
        self.editor.give_hint_room(not shown)
        self.suggest_action.setEnabled(article is not None and not working)
        panel.suggest_button.setEnabled(article is not None and not working)

    def _repaint_list(self) -> None:
        """Label colours follow the theme: the rows are made again."""
        self._shown = []
        self.refresh()

    def _current_changed(self, _row: int) -> None:
        if self._filling:
            return
        candidate = self.current()
        text = self.editor.text
        item = self.panel.list.currentItem()
        if item is not None:
            self.panel.list.scrollToItem(item)
        if candidate is not None and text is not None:
            cursor = QTextCursor(text.document())
            cursor.setPosition(candidate.end)
            text.setTextCursor(cursor)
            text.ensureCursorVisible()
            cursor.setPosition(candidate.start)
            text.setTextCursor(cursor)
            text.ensureCursorVisible()
        self._redraw()

    def _redraw(self) -> None:
        self.editor._redraw_spans()  # noqa: SLF001 - the editor draws tags and candidates together

    def _draft_changed(self, old: SetDraft, new: SetDraft) -> None:
        if old.articles is not new.articles:
            texts = {article.id: article.text for article in new.articles}
            current = self.editor.article()
            for article_id, state in list(self.states.items()):
                if texts.get(article_id) != state.text:
                    del self.states[article_id]
                    still = [c for c in state.candidates if c.key not in state.rejected]
                    if current is not None and current.id == article_id and still:
                        self.editor.status_message.emit(
                            tr(
                                "The text changed, so its suggestions were cleared: "
                                "press Suggest again."
                            )
                        )
        self.refresh()
        self._update_propose()

    def _replaced(self) -> None:
        self.states.clear()
        self.refresh()
        self._update_propose()

    def article_shown(self) -> None:
        """The span editor shows another article (or the same one anew)."""
        self.refresh()
        self._redraw()

    def _update_propose(self) -> None:
        enough = len(self.draft.articles) >= 2
        self.propose_action.setEnabled(enough and not self.job.running())
        self.panel.propose_button.setEnabled(self.propose_action.isEnabled())
        self.propose_action.setStatusTip(
            "" if enough else tr("Proposing compare questions needs two articles or more.")
        )

    # --- compare questions --------------------------------------------------------------------

    def events_for(self, draft: SetDraft) -> list[int] | None:
        """The teacher's grouping of the draft's articles by event, if every article has one."""
        if not draft.articles or any(a.id not in self.events for a in draft.articles):
            return None
        return [self.events[a.id] for a in draft.articles]

    def remember_events(self, draft: SetDraft, events: list[int]) -> None:
        """Keep the teacher's grouping for the next proposal (automatic one: forgotten)."""
        automatic = assist.event_groups(draft)
        default = [0] * len(draft.articles)
        for group in automatic:
            for member in group.reports:
                default[member] = group.index
        if events == default:
            self.events = {}
        else:
            self.events = {a.id: e for a, e in zip(draft.articles, events, strict=True)}

    def _ask(
        self, parent: QWidget, proposals: list[Proposal], draft: SetDraft
    ) -> list[Proposal] | None:
        from quizapp.ui.studio.propose import ask_proposals

        return ask_proposals(
            parent,
            proposals,
            draft,
            lexicon_dir=self.lexicon_dir,
            events=self.events_for(draft),
            remember=lambda events: self.remember_events(draft, events),
        )

    def propose(self) -> bool:
        """Propose compare questions across the set's articles and add those chosen."""
        if len(self.draft.articles) < 2:
            self.editor.status_message.emit(
                tr("Add a second report of the same event to compare its figures.")
            )
            return False
        if self.job.running():
            return False
        snapshot = self.draft
        lexicon_dir = self.lexicon_dir
        events = self.events_for(snapshot)

        def work() -> list[Proposal]:
            return assist.propose(snapshot, lexicon_dir, events)

        size = sum(len(a.text) for a in snapshot.articles)
        if size <= BACKGROUND_CHARS:
            try:
                proposals = work()
            except Exception as error:  # noqa: BLE001
                self._failed(localized(error))
                return False
            self._proposed(snapshot, proposals)
            return True
        self._set_working(True)
        self.editor.status_message.emit(tr("Comparing the figures of the articles…"))
        self.job.start(
            work,
            lambda proposals: self._proposed(snapshot, proposals),  # type: ignore[arg-type]
            self._failed,
        )
        return True

    def _proposed(self, snapshot: SetDraft, proposals: list[Proposal]) -> None:
        self._set_working(False)
        if self.draft is not snapshot:
            self.editor.status_message.emit(
                tr("The set changed while its figures were compared: propose again.")
            )
            return
        if not proposals and len(assist.event_groups(snapshot, self.events_for(snapshot))) < 2:
            self.editor.status_message.emit(
                tr(
                    "No new compare question: no two articles report figures of the same "
                    "quantity, or a question asks about them already."
                )
            )
            return
        # several events and nothing to compare: the dialog still opens, so that the teacher
        # sees the grouping and can put articles of one event together
        chosen = self.choose_proposals(self.editor, proposals, snapshot)
        if not chosen or self.draft is not snapshot:
            return
        chosen = [p for p in chosen if not p.problems]
        before = sum(len(a.spans) for a in snapshot.articles)
        new = assist.with_proposals(snapshot, chosen)
        tagged = sum(len(a.spans) for a in new.articles) - before
        self.document.apply(new, fill(tr("Add %1 proposed compare questions"), len(chosen)))
        self.editor.status_message.emit(
            fill(tr("Added %1 compare questions; tagged %2 figures."), len(chosen), tagged)
        )
        self.questions_did_add.emit(len(chosen))
