"""The text a reader marks phrases in: mouse drags, clicks and a keyboard word cursor.

Marks snap to whole words with the same rule the scorer uses, so what the screen
shows marked is exactly what is scored. Marks are drawn with a fill *and* an
underline so that they do not depend on colour alone.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleTextCursorEvent,
    QAccessibleTextSelectionEvent,
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextFormat,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QTextEdit, QToolTip, QWidget

from quizapp.core.scoring import words as find_words

Range = tuple[int, int]


@dataclass(frozen=True)
class Highlight:
    """A coloured range drawn over the text (key spans in feedback, classify targets)."""

    start: int
    end: int
    kind: str  # "found" | "missed" | "stray" | "target" | "suggested"
    tooltip: str = ""


def is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Base).lightness() < 128


def mark_colours(palette: QPalette) -> dict[str, QColor]:
    """Fills and underline colours that read well on light and dark bases."""
    if is_dark(palette):
        fills = {
            "mark": "#6b5400",
            "found": "#1f5d2c",
            "missed": "#6b3d0c",
            "stray": "#6e1f2a",
            "target": "#24466e",
            "selection": "#2c4f7c",
            "suggested": "#4b2d6e",
        }
        lines = {
            "mark": "#ffd43b",
            "found": "#8ce99a",
            "missed": "#ffa94d",
            "stray": "#ff8787",
            "target": "#74c0fc",
            "selection": "#74c0fc",
            "suggested": "#d0bfff",
        }
    else:
        fills = {
            "mark": "#ffe066",
            "found": "#b2f2bb",
            "missed": "#ffe8cc",
            "stray": "#ffc9c9",
            "target": "#d0ebff",
            "selection": "#cfe3ff",
            "suggested": "#e5dbff",
        }
        lines = {
            "mark": "#8f6b00",
            "found": "#2b8a3e",
            "missed": "#d9480f",
            "stray": "#c92a2a",
            "target": "#1864ab",
            "selection": "#1864ab",
            "suggested": "#6741d9",
        }
    colours = {f"{key}-fill": QColor(value) for key, value in fills.items()}
    colours.update({f"{key}-line": QColor(value) for key, value in lines.items()})
    return colours


_UNDERLINES = {
    "mark": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "found": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "missed": QTextCharFormat.UnderlineStyle.DashUnderline,
    "stray": QTextCharFormat.UnderlineStyle.WaveUnderline,
    "target": QTextCharFormat.UnderlineStyle.SingleUnderline,
    "selection": QTextCharFormat.UnderlineStyle.DotLine,
    "suggested": QTextCharFormat.UnderlineStyle.DotLine,
}


def announce(event: QAccessibleTextCursorEvent | QAccessibleTextSelectionEvent) -> None:
    """Tell assistive technology (a screen reader) that the caret or selection moved."""
    QAccessible.updateAccessibility(event)


def merge_ranges(ranges: list[Range]) -> list[Range]:
    """Sorted ranges with overlaps joined."""
    merged: list[Range] = []
    for start, end in sorted(ranges):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return merged


class _LayerHighlighter(QSyntaxHighlighter):
    """Draws marks and feedback as formats of the layout, never of the text itself.

    (QTextEdit's ExtraSelection would be the obvious tool, but assigning its fields
    corrupts reference counts in PySide6 6.12 and crashes after a few thousand marks.)
    """

    def __init__(self, owner: MarkableText) -> None:
        super().__init__(owner.document())
        self.owner = owner
        self.layers: list[tuple[int, int, str]] = []
        self.formats: dict[str, QTextCharFormat] = {}

    def set_layers(self, layers: list[tuple[int, int, str]]) -> None:
        old, old_formats = self.layers, self.formats
        self.layers = layers
        self.formats = {kind: self.owner._format(kind) for kind in {k for _, _, k in layers}}
        # A new palette (theme) changes the formats of layers that stay: redraw those too.
        restyled = {kind for kind, form in self.formats.items() if old_formats.get(kind) != form}
        changed = set(old).symmetric_difference(layers)
        changed.update(layer for layer in layers if layer[2] in restyled)
        document = self.document()
        blocks: dict[int, QTextBlock] = {}
        for start, end, _ in changed:
            block = document.findBlock(start)
            while block.isValid() and block.position() < max(end, start + 1):
                blocks[block.blockNumber()] = block
                block = block.next()
        for block in blocks.values():
            self.rehighlightBlock(block)

    def highlightBlock(self, text: str) -> None:
        block_start = self.currentBlock().position()
        block_end = block_start + len(text)
        inside = [
            (max(start, block_start), min(end, block_end), kind)
            for start, end, kind in self.layers
            if start < block_end and end > block_start
        ]
        if not inside:
            return
        points = sorted({p for start, end, _ in inside for p in (start, end)})
        for left, right in zip(points, points[1:], strict=False):
            covering = [kind for start, end, kind in inside if start <= left and end >= right]
            if not covering:
                continue
            merged = QTextCharFormat()
            for kind in covering:
                merged.merge(self.formats[kind])
            self.setFormat(left - block_start, right - left, merged)


def fitted_size_hint(edit: QTextEdit, limit: int) -> QSize:
    """As tall as the text of ``edit`` (so a short one takes little room), up to ``limit``
    pixels, beyond which it scrolls; as wide as a QTextEdit would be."""
    document = edit.document()
    document.setTextWidth(max(edit.viewport().width(), 200))
    height = int(document.size().height()) + 2 * edit.frameWidth() + 4
    return QSize(QTextEdit.sizeHint(edit).width(), min(max(height, 60), limit))


class MarkableText(QTextEdit):
    """A read-only excerpt in which the reader marks phrases.

    Mouse: drag across words to mark a phrase; click a marked phrase to unmark it.
    Keyboard: Left/Right (and Up/Down, Home/End) move a word cursor, Shift extends it,
    Space marks or unmarks, Ctrl+Z / Ctrl+Shift+Z undo and redo, Escape collapses.
    """

    marks_changed = Signal()

    def __init__(self, text: str, parent: QWidget | None = None, markable: bool = True) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setPlainText(text)
        self._space_lines()
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.document().documentLayout().documentSizeChanged.connect(
            lambda *_: self.updateGeometry()
        )
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.viewport().setCursor(Qt.CursorShape.IBeamCursor)
        self._text = text
        self._words: list[Range] = find_words(text)
        self._word_starts = [start for start, _ in self._words]
        self._marks: list[Range] = []
        self._undo: list[list[Range]] = []
        self._redo: list[list[Range]] = []
        self._markable = markable
        self._locked = not markable
        self._cursor_word = 0
        self._anchor_word: int | None = None
        self._highlights: list[Highlight] = []
        self._show_marks = True
        self._highlighter = _LayerHighlighter(self)
        self.setAccessibleName(self.tr("Excerpt"))
        self._update_description()

    def _space_lines(self) -> None:
        # Generous line spacing: easier to read on a projector, room for underlines.
        cursor = QTextCursor(self.document())
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block_format)
        self.document().setDocumentMargin(8)

    MAX_HINT_HEIGHT = 560

    def sizeHint(self) -> QSize:
        return fitted_size_hint(self, self.MAX_HINT_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        line = self.fontMetrics().lineSpacing()
        return QSize(120, min(self.sizeHint().height(), line * 4))

    def hasHeightForWidth(self) -> bool:
        return False

    # what the reader did ----------------------------------------------------------------

    def text(self) -> str:
        return self._text

    def marks(self) -> list[Range]:
        return list(self._marks)

    def set_marks(self, marks: list[Range], record: bool = False) -> None:
        snapped = [r for r in (self.snap(start, end) for start, end in marks) if r]
        new_marks = merge_ranges(snapped)
        if new_marks == self._marks:
            return
        if record:
            self._undo.append(self._marks)
            self._redo.clear()
        self._marks = new_marks
        self._refresh()
        self.marks_changed.emit()

    def clear_marks(self) -> None:
        if self._marks and not self._locked:
            self.set_marks([], record=True)

    def can_undo(self) -> bool:
        return bool(self._undo) and not self._locked

    def undo(self) -> None:
        if self.can_undo():
            self._redo.append(self._marks)
            self._marks = self._undo.pop()
            self._refresh()
            self.marks_changed.emit()

    def redo(self) -> None:
        if self._redo and not self._locked:
            self._undo.append(self._marks)
            self._marks = self._redo.pop()
            self._refresh()
            self.marks_changed.emit()

    def set_locked(self, locked: bool) -> None:
        """Locked text still scrolls and selects for copying, but marks cannot change."""
        self._locked = locked or not self._markable
        self._anchor_word = None
        self._refresh()

    def set_highlights(self, highlights: list[Highlight], show_marks: bool = True) -> None:
        self._highlights = sorted(highlights, key=lambda h: (h.start, h.end))
        self._show_marks = show_marks
        self._refresh()

    # words ------------------------------------------------------------------------------

    def snap(self, start: int, end: int) -> Range | None:
        """The whole words a character range touches (None when it touches none)."""
        first, last = self._word_span(start, end)
        if first is None or last is None:
            return None
        return self._words[first][0], self._words[last][1]

    def _word_span(self, start: int, end: int) -> tuple[int | None, int | None]:
        if end <= start:
            end = start + 1
        first = bisect.bisect_right(self._word_starts, start) - 1
        if first < 0 or self._words[first][1] <= start:
            first += 1
        if first >= len(self._words) or self._words[first][0] >= end:
            return None, None
        last = bisect.bisect_left(self._word_starts, end) - 1
        return first, max(first, last)

    def word_at(self, position: int) -> int | None:
        index = bisect.bisect_right(self._word_starts, position) - 1
        if index >= 0 and self._words[index][0] <= position < self._words[index][1]:
            return index
        return None

    def word_ranges(self) -> list[Range]:
        return list(self._words)

    def current_word(self) -> int:
        return self._cursor_word

    def selected_range(self) -> Range | None:
        """The keyboard selection (word cursor plus Shift extension) as characters."""
        if not self._words:
            return None
        anchor = self._cursor_word if self._anchor_word is None else self._anchor_word
        first, last = sorted((anchor, self._cursor_word))
        return self._words[first][0], self._words[last][1]

    # marking ----------------------------------------------------------------------------

    def _mark_index_at(self, position: int) -> int | None:
        for index, (start, end) in enumerate(self._marks):
            if start <= position < end:
                return index
        return None

    def add_mark(self, start: int, end: int) -> None:
        snapped = self.snap(start, end)
        if snapped and not self._locked:
            self.set_marks([*self._marks, snapped], record=True)

    def remove_mark_at(self, position: int) -> bool:
        index = self._mark_index_at(position)
        if index is None or self._locked:
            return False
        self.set_marks(self._marks[:index] + self._marks[index + 1 :], record=True)
        return True

    def toggle_range(self, start: int, end: int) -> None:
        """Mark the range, or unmark it when every word in it is already marked."""
        snapped = self.snap(start, end)
        if snapped is None or self._locked:
            return
        first, last = self._word_span(*snapped)
        assert first is not None and last is not None
        covered = all(
            self._mark_index_at(self._words[i][0]) is not None for i in range(first, last + 1)
        )
        if not covered:
            self.set_marks([*self._marks, snapped], record=True)
            return
        remaining: list[Range] = []
        for mark_start, mark_end in self._marks:
            if mark_end <= snapped[0] or mark_start >= snapped[1]:
                remaining.append((mark_start, mark_end))
                continue
            if mark_start < snapped[0]:
                remaining.append((mark_start, snapped[0]))
            if mark_end > snapped[1]:
                remaining.append((snapped[1], mark_end))
        self.set_marks(remaining, record=True)

    # events -----------------------------------------------------------------------------

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._locked:
            return
        cursor = self.textCursor()
        if cursor.hasSelection():
            start, end = cursor.selectionStart(), cursor.selectionEnd()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            self.add_mark(start, end)
            word = self.word_at(max(start, end - 1))
        else:
            position = self.cursorForPosition(event.position().toPoint()).position()
            if not self.remove_mark_at(position) and position > 0:
                self.remove_mark_at(position - 1)
            word = self.word_at(position)
        if word is not None:
            self._cursor_word = word
            self._anchor_word = None
            self._refresh()
            self._scroll_to_cursor()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        modifiers = event.modifiers()
        shift = bool(modifiers & Qt.KeyboardModifier.ShiftModifier)
        ctrl = bool(modifiers & Qt.KeyboardModifier.ControlModifier)
        if ctrl and key == Qt.Key.Key_Z:
            self.redo() if shift else self.undo()
            return
        if ctrl and key == Qt.Key.Key_Y:
            self.redo()
            return
        if not self._words or ctrl and key not in (Qt.Key.Key_Home, Qt.Key.Key_End):
            super().keyPressEvent(event)
            return
        moves: dict[int, Callable[[], int]] = {
            Qt.Key.Key_Left: lambda: self._cursor_word - 1,
            Qt.Key.Key_Right: lambda: self._cursor_word + 1,
            Qt.Key.Key_Home: lambda: 0,
            Qt.Key.Key_End: lambda: len(self._words) - 1,
            Qt.Key.Key_Up: lambda: self._vertical_word(-1),
            Qt.Key.Key_Down: lambda: self._vertical_word(1),
        }
        if key in moves:
            if shift and self._anchor_word is None:
                self._anchor_word = self._cursor_word
            elif not shift:
                self._anchor_word = None
            self._cursor_word = min(max(moves[key](), 0), len(self._words) - 1)
            self._refresh()
            self._scroll_to_cursor()
            return
        if key == Qt.Key.Key_Space and not self._locked:
            selected = self.selected_range()
            if selected:
                self.toggle_range(*selected)
            self._anchor_word = None
            self._refresh()
            self._scroll_to_cursor()
            return
        if key == Qt.Key.Key_Escape and self._anchor_word is not None:
            self._anchor_word = None
            self._refresh()
            self._scroll_to_cursor()
            return
        super().keyPressEvent(event)

    def _vertical_word(self, direction: int) -> int:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._words[self._cursor_word][0])
        rect = self.cursorRect(cursor)
        target = QPoint(rect.center().x(), rect.center().y() + direction * rect.height())
        position = self.cursorForPosition(target).position()
        if (direction > 0 and position <= self._words[self._cursor_word][1]) or (
            direction < 0 and position >= self._words[self._cursor_word][0]
        ):
            return self._cursor_word  # no line there
        index = bisect.bisect_right(self._word_starts, position) - 1
        return max(index, 0)

    def _scroll_to_cursor(self) -> None:
        """Put the real text cursor on the word cursor and tell assistive technology.

        The text cursor selects the current word (or the Shift-extended range), so a
        screen reader reads through Qt's accessible text interface what the frame shows.
        Qt's own selection colour is not drawn: the frame and the selection layer are.
        """
        start, end = self.selected_range() or self._words[self._cursor_word]
        cursor = QTextCursor(self.document())
        backwards = self._anchor_word is not None and self._cursor_word < self._anchor_word
        cursor.setPosition(end if backwards else start)
        cursor.setPosition(start if backwards else end, QTextCursor.MoveMode.KeepAnchor)
        self._hide_native_selection()
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        announce(QAccessibleTextCursorEvent(self, cursor.position()))
        announce(QAccessibleTextSelectionEvent(self, start, end))

    def _hide_native_selection(self) -> None:
        palette = self.palette()
        if palette.color(QPalette.ColorRole.Highlight).alpha() == 0:
            return
        palette.setColor(QPalette.ColorRole.Highlight, QColor(0, 0, 0, 0))
        palette.setColor(QPalette.ColorRole.HighlightedText, palette.color(QPalette.ColorRole.Text))
        self.setPalette(palette)

    def _show_native_selection(self) -> None:
        # A mouse drag shows what it is about to mark in the usual selection colour.
        if self.palette().color(QPalette.ColorRole.Highlight).alpha() == 0:
            self.setPalette(QPalette())  # inherit the theme's again
            self._refresh()

    def _frame_colour(self) -> QColor:
        return QApplication.palette(self).color(QPalette.ColorRole.Highlight)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._show_native_selection()
        cursor = self.textCursor()  # a press on the selected word would start a text drag
        cursor.clearSelection()
        self.setTextCursor(cursor)
        super().mousePressEvent(event)

    def focusInEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusInEvent(event)  # type: ignore[arg-type]
        self.viewport().update()

    def focusOutEvent(self, event: object) -> None:  # type: ignore[override]
        super().focusOutEvent(event)  # type: ignore[arg-type]
        self.viewport().update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            position = self.cursorForPosition(
                self.viewport().mapFromGlobal(
                    event.globalPos()  # type: ignore[attr-defined]
                )
            ).position()
            tips = [
                h.tooltip for h in self._highlights if h.start <= position < h.end and h.tooltip
            ]
            if tips:
                QToolTip.showText(event.globalPos(), "\n".join(tips), self)  # type: ignore[attr-defined]
            else:
                QToolTip.hideText()
            return True
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh()
        return super().event(event)

    def paintEvent(self, event: object) -> None:  # type: ignore[override]
        super().paintEvent(event)  # type: ignore[arg-type]
        if not self.hasFocus() or not self._words:
            return
        # The word cursor: a frame around the current word, visible only with focus.
        start, end = self._words[self._cursor_word]
        first = QTextCursor(self.document())
        first.setPosition(start)
        last = QTextCursor(self.document())
        last.setPosition(end)
        rect = self.cursorRect(first).united(self.cursorRect(last))
        painter = QPainter(self.viewport())
        pen = QPen(self._frame_colour())
        pen.setWidth(2)
        painter.setPen(pen)
        painter.drawRect(QRect(rect.left() - 2, rect.top(), rect.width() + 4, rect.height()))
        painter.end()

    # drawing ----------------------------------------------------------------------------

    def _format(self, kind: str, fill: bool = True) -> QTextCharFormat:
        colours = mark_colours(self.palette())
        text_format = QTextCharFormat()
        if fill:
            text_format.setBackground(colours[f"{kind}-fill"])
        text_format.setUnderlineStyle(_UNDERLINES[kind])
        text_format.setUnderlineColor(colours[f"{kind}-line"])
        if kind in ("missed", "stray"):
            text_format.setProperty(QTextFormat.Property.FontWeight, 600)
        return text_format

    def _refresh(self) -> None:
        layers: list[tuple[int, int, str]] = []
        if self._show_marks:
            layers += [(start, end, "mark") for start, end in self._marks]
        layers += [(h.start, h.end, h.kind) for h in self._highlights]
        if not self._locked:
            layers += self._selection_layer()
        self._show_layers(layers)

    def _selection_layer(self) -> list[tuple[int, int, str]]:
        """The words being selected (drawn over the other layers); none if nothing is."""
        selected = self.selected_range() if self._anchor_word is not None else None
        return [(*selected, "selection")] if selected else []

    def _show_layers(self, layers: list[tuple[int, int, str]]) -> None:
        """Draw ``layers`` (start, end, kind; each over the ones before it) and say the new
        state to a screen reader."""
        self._highlighter.set_layers(layers)
        self._update_description()
        self.viewport().update()

    def drawn_ranges(self) -> list[tuple[int, int, QTextCharFormat]]:
        """What the layout draws over the text: (start, end, format), for checks."""
        drawn: list[tuple[int, int, QTextCharFormat]] = []
        block = self.document().begin()
        while block.isValid():
            layout = block.layout()
            ranges = layout.formats() if layout else []
            for item in ranges:
                start = block.position() + item.start
                drawn.append((start, start + item.length, QTextCharFormat(item.format)))
            block = block.next()
        return drawn

    def _update_description(self) -> None:
        if self._marks:
            phrases = "; ".join(self._text[start:end] for start, end in self._marks[:20])
            description = self.tr("Marked: %1").replace("%1", phrases)
        else:
            description = self.tr("Nothing marked yet.")
        if self._markable and not self._locked:
            description += " " + self.tr(
                "Arrows move between words, Shift+arrows extend, Space marks or unmarks."
            )
        self.setAccessibleDescription(description)
