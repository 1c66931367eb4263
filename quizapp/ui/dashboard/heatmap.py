"""The heat map: an excerpt with each word shaded by the share of the class who marked
it, the key outlined, a legend, and a tooltip per word ("7 of 20 students marked this").

Shades are character formats written into the view's own QTextDocument (the text is
read-only and nothing else formats it), so they can be read back for checks with
``shade_at``; the key is underlined in those formats and outlined with a frame painted
over the viewport. (QTextEdit.ExtraSelection is avoided: it corrupts reference counts in
PySide6 6.12.)
"""

from __future__ import annotations

from typing import cast

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QHelpEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextLine,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.classroom import HeatMap
from quizapp.core.model import Question
from quizapp.core.wording import fill
from quizapp.reports import heat
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.marking import fitted_size_hint
from quizapp.ui.themes import is_dark


def _x_of(line: QTextLine, position: int) -> float:
    """The x of a cursor position on a laid-out line (PySide returns it as a pair)."""
    x, _ = cast("tuple[float, int]", line.cursorToX(position))
    return x


def _tr(text: str) -> str:
    return QCoreApplication.translate("HeatMap", text)


def word_tip(heat_map: HeatMap, word_index: int) -> str:
    """The tooltip of a word: how many marked it, and whether it is in the key."""
    count, students = heat_map.counts[word_index], heat_map.students
    template = (
        _tr("%1 of %2 student marked this")
        if students == 1
        else _tr("%1 of %2 students marked this")
    )
    tip = fill(template, count, students)
    start, end = heat_map.words[word_index]
    labels = [
        label
        for span in heat_map.key
        if span.start < end and start < span.end
        for label in span.labels
    ]
    if labels:
        names = ", ".join(label_name(label) for label in dict.fromkeys(labels))
        tip += fill(_tr(" — part of the key (%1)"), names)
    return tip


class HeatMapView(QTextEdit):
    """One excerpt's heat map, read-only."""

    MAX_HINT_HEIGHT = 420

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setAcceptRichText(False)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        self.setTabChangesFocus(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setAccessibleName(self.tr("Heat map of the excerpt"))
        font = self.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)  # reading text, as in the quiz
        self.setFont(font)
        self.heat_map: HeatMap | None = None
        self._dark = False
        self.document().documentLayout().documentSizeChanged.connect(
            lambda *_: self.updateGeometry()
        )

    # content ------------------------------------------------------------------------

    def set_heat_map(self, heat_map: HeatMap) -> None:
        self.heat_map = heat_map
        self._dark = is_dark(self.palette())
        self._apply()

    def _apply(self) -> None:
        heat_map = self.heat_map
        if heat_map is None:
            self.clear()
            return
        document = self.document()
        document.setPlainText(heat_map.text)
        document.setDocumentMargin(8)
        cursor = QTextCursor(document)
        cursor.select(QTextCursor.SelectionType.Document)
        block_format = QTextBlockFormat()
        block_format.setLineHeight(150, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
        cursor.mergeBlockFormat(block_format)
        key = QColor(heat.key_colour(self._dark))
        cursor.beginEditBlock()
        for run in heat.runs(heat_map):
            colour = heat.shade(run.level, self._dark)
            if colour is None and not run.in_key:
                continue
            text_format = QTextCharFormat()
            if colour is not None:
                text_format.setBackground(QColor(colour))
            if run.in_key:
                text_format.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                text_format.setUnderlineColor(key)
            cursor.setPosition(run.start)
            cursor.setPosition(run.end, QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(text_format)
        cursor.endEditBlock()
        self._describe()
        self.viewport().update()

    def _describe(self) -> None:
        assert self.heat_map is not None
        hot = self.heat_map.hot_runs(0.25, outside_key=False)[:6]
        if hot:
            description = self.tr("Most marked: ") + "; ".join(
                fill(self.tr("%1 (%2 of %3)"), run.text, run.count, run.students) for run in hot
            )
        else:
            description = self.tr("No word was marked by a quarter of the class.")
        self.setAccessibleDescription(description)

    # reading back -------------------------------------------------------------------

    def char_format_at(self, position: int) -> QTextCharFormat:
        """The format of the character at ``position`` as the document holds it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(position + 1)
        return cursor.charFormat()

    def shade_at(self, position: int) -> QColor | None:
        """The background of the character at ``position`` (None: not shaded)."""
        brush = self.char_format_at(position).background()
        return None if brush.style() == Qt.BrushStyle.NoBrush else brush.color()

    def is_key_at(self, position: int) -> bool:
        return (
            self.char_format_at(position).underlineStyle()
            != QTextCharFormat.UnderlineStyle.NoUnderline
        )

    def tooltip_at(self, position: int) -> str:
        if self.heat_map is None:
            return ""
        word = self.heat_map.word_at(position)
        return "" if word is None else word_tip(self.heat_map, word)

    # drawing ------------------------------------------------------------------------

    def key_rects(self) -> list[QRectF]:
        """Rectangles (viewport coordinates) around each line piece of each key span."""
        if self.heat_map is None:
            return []
        document = self.document()
        offset = QPointF(self.horizontalScrollBar().value(), self.verticalScrollBar().value())
        rects: list[QRectF] = []
        for span in self.heat_map.key:
            block = document.findBlock(span.start)
            while block.isValid() and block.position() < span.end:
                document.documentLayout().blockBoundingRect(block)  # lays the block out
                layout = block.layout()
                origin = layout.position()
                for number in range(layout.lineCount()):
                    line = layout.lineAt(number)
                    line_start = block.position() + line.textStart()
                    line_end = line_start + line.textLength()
                    start, end = max(span.start, line_start), min(span.end, line_end)
                    # Leave out a trailing space the line ends on.
                    while end > start and document.characterAt(end - 1).isspace():
                        end -= 1
                    if start >= end:
                        continue
                    left = _x_of(line, start - block.position())
                    right = _x_of(line, end - block.position())
                    rect = QRectF(left, line.y(), right - left, line.height())
                    rects.append(rect.translated(origin - offset).adjusted(-2, 1, 2, -1))
                block = block.next()
        return rects

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.heat_map is None or not self.heat_map.key:
            return
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(QColor(heat.key_colour(self._dark)))
        pen.setWidthF(1.6)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for rect in self.key_rects():
            painter.drawRoundedRect(rect, 3, 3)
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            point = self.viewport().mapFromGlobal(event.globalPos())
            tip = self.tooltip_at(self.cursorForPosition(point).position())
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self.heat_map is not None:
            dark = is_dark(self.palette())
            if dark != self._dark:
                self._dark = dark
                self._apply()

    def sizeHint(self) -> QSize:
        return fitted_size_hint(self, self.MAX_HINT_HEIGHT)

    def minimumSizeHint(self) -> QSize:
        return QSize(160, min(self.sizeHint().height(), self.fontMetrics().lineSpacing() * 5))


class HeatLegend(QWidget):
    """The scale: a swatch with its words per level, and what the key looks like."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        title = QLabel(self.tr("Share of the class who marked a word:"), self)
        row.addWidget(title)
        self.swatches: list[QLabel] = []
        for number in range(heat.LEVELS + 1):
            swatch = QLabel(_tr(heat.level_label(number)), self)
            swatch.setAlignment(Qt.AlignmentFlag.AlignCenter)
            swatch.setMinimumWidth(swatch.fontMetrics().horizontalAdvance("81–100%") + 14)
            self.swatches.append(swatch)
            row.addWidget(swatch)
        row.addSpacing(12)
        self.key_sample = QLabel(self.tr("key phrase"), self)
        row.addWidget(self.key_sample)
        row.addStretch(1)
        self.setAccessibleName(self.tr("Legend"))
        self.setAccessibleDescription(
            self.tr(
                "Words are shaded in five steps of 20% by the share of the class who marked"
                " them; key phrases are underlined and framed."
            )
        )
        self._restyle()

    def _restyle(self) -> None:
        dark = is_dark(self.palette())
        text = self.palette().color(QPalette.ColorRole.Text).name()
        border = self.palette().color(QPalette.ColorRole.Mid).name()
        for number, swatch in enumerate(self.swatches):
            colour = (
                heat.shade(number, dark) or self.palette().color(QPalette.ColorRole.Base).name()
            )
            swatch.setStyleSheet(
                f"background-color: {colour}; color: {text}; border: 1px solid {border};"
                " padding: 2px 4px;"
            )
        key = heat.key_colour(dark)
        self.key_sample.setStyleSheet(
            f"border: 2px solid {key}; border-radius: 3px; padding: 1px 4px;"
            f" text-decoration: underline; color: {text};"
        )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:
            self._restyle()


class HeatMapPanel(QWidget):
    """One question's heat maps (one per excerpt) with captions, the legend, and the
    phrases most often marked outside the key."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        self.legend = HeatLegend(self)
        self.column.addWidget(self.title)
        self.column.addWidget(self.legend)
        self.excerpts = QVBoxLayout()
        self.column.addLayout(self.excerpts)
        self.hot = QLabel(self)
        self.hot.setWordWrap(True)
        self.hot.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(self.hot)
        self.column.addStretch(1)
        self.views: list[HeatMapView] = []
        self._widgets: list[QWidget] = []

    def show_question(self, question: Question | None, maps: list[HeatMap], number: int) -> None:
        for widget in self._widgets:
            # Gone at once (not at the next turn of the event loop), so an old excerpt
            # never shows under a new title.
            self.excerpts.removeWidget(widget)
            widget.hide()
            widget.setParent(None)  # type: ignore[call-overload]
            widget.deleteLater()
        self._widgets.clear()
        self.views.clear()
        if question is None or not maps:
            self.title.setText(
                self.tr("Pick a question in which students mark phrases to see its heat map.")
            )
            self.hot.clear()
            return
        self.title.setText(f"Q{number} {question.id}: {question.prompt}")
        students = maps[0].students
        for heat_map, excerpt in zip(maps, question.excerpts, strict=False):
            caption = QLabel(
                " · ".join(
                    part
                    for part in (
                        excerpt.outlet,
                        excerpt.headline,
                        (excerpt.published or "")[:16].replace("T", " "),
                    )
                    if part
                ),
                self,
            )
            caption.setWordWrap(True)
            frame = QFrame(self)
            view = HeatMapView(frame)
            view.set_heat_map(heat_map)
            view.setAccessibleName(
                self.tr("Heat map of excerpt %1").replace("%1", str(heat_map.excerpt_index + 1))
            )
            inner = QVBoxLayout(frame)
            inner.setContentsMargins(0, 0, 0, 0)
            inner.addWidget(view)
            self.excerpts.addWidget(caption)
            self.excerpts.addWidget(frame)
            self._widgets += [caption, frame]
            self.views.append(view)
        runs = sorted(
            (run for heat_map in maps for run in heat_map.hot_runs(0.25)),
            key=lambda run: -run.count,
        )[:6]
        if students == 0:
            self.hot.setText(self.tr("Nobody has answered this question yet."))
        elif runs:
            self.hot.setText(
                self.tr("Often marked outside the key: ")
                + "; ".join(
                    fill(self.tr("‘%1’ (%2 of %3)"), " ".join(r.text.split()), r.count, r.students)
                    for r in runs
                )
            )
        else:
            self.hot.setText(
                self.tr("No phrase outside the key was marked by a quarter of the class.")
            )
