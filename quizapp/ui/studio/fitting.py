"""Making the studio fit small screens and large zoom: only the page on show sets how
small a stack or tab widget can be, and form-like panes scroll on their own (vertically)
instead of the whole studio needing the window's fallback scrolling."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QLabel,
    QLayout,
    QLayoutItem,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

_SAVED = "quizappFitPolicy"


def only_current_counts(stack: QStackedWidget | QTabWidget) -> None:
    """A stack takes the largest minimum of all its pages: make the hidden ones ignore
    their size, now and whenever another page is shown."""

    def refit(_index: int = -1) -> None:
        current = stack.currentWidget()
        for number in range(stack.count()):
            page = stack.widget(number)
            if page is None:
                continue
            if page.property(_SAVED) is None:
                page.setProperty(_SAVED, page.sizePolicy())
            policy = page.property(_SAVED)
            if page is not current:
                policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            page.setSizePolicy(policy)
        stack.updateGeometry()

    stack.currentChanged.connect(refit)
    refit()


class PaneScroll(QScrollArea):
    """A pane that scrolls up and down when the room is short, and keeps the width its
    content needs (so nothing in it is squeezed sideways or cut off)."""

    def __init__(self, content: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the fields inside take the focus
        self.setAccessibleName(name)
        self.setWidget(content)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's width (a zoom, new rows) is ours
        return super().eventFilter(watched, event)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        hint = super().minimumSizeHint()
        if content is None:
            return hint
        width = content.minimumSizeHint().expandedTo(content.minimumSize()).width()
        width += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(width, hint.width()), hint.height())

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        extra = self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(hint.width() + extra, hint.height() + 2 * self.frameWidth())


class ElidedLabel(QLabel):
    """One line of plain text that ends in … when the room is short (``text()`` stays
    whole, and so does the tooltip), so a long message never sets the page's width."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:  # noqa: N802 - Qt's name
        super().setText(text)
        self.setToolTip(text)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        return QSize(0, super().minimumSizeHint().height())

    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        room = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, room.width())
        painter = QPainter(self)
        self.style().drawItemText(
            painter,
            room,
            int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter),
            self.palette(),
            self.isEnabled(),
            text,
            self.foregroundRole(),
        )


class WrappedLabel(QLabel):
    """A word-wrapped label that asks for the height its lines take at its width: under a
    splitter (which knows nothing of height-for-width) a wrapped label would otherwise get
    one line's height, or squeeze its neighbours below their minimum."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self._lines_height = -1

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        hint = super().minimumSizeHint()
        if self.width() <= 0 or not self.text():
            return hint
        return QSize(hint.width(), self.heightForWidth(self.width()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        height = self.heightForWidth(self.width())
        if height != self._lines_height:
            self._lines_height = height
            self.updateGeometry()


class FlowLayout(QLayout):
    """Widgets side by side, wrapping to the next line when the width runs out (Qt's
    flow layout example): a row of check boxes that fits 1366 px at 100% and 500 px at
    200%. Put it where height-for-width is honoured (a box layout, a ``PaneScroll``)."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._gap = spacing
        self.setContentsMargins(0, 0, 0, 0)

    def addItem(self, item: QLayoutItem) -> None:  # noqa: N802 - Qt's name
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:  # noqa: N802 - Qt's name
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:  # noqa: N802 - Qt's name
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:  # noqa: N802 - Qt's name
        return True

    def heightForWidth(self, width: int) -> int:  # noqa: N802 - Qt's name
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:  # noqa: N802 - Qt's name
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:  # noqa: N802 - Qt's name
        width = sum(item.sizeHint().width() for item in self._items)
        width += self._gap * max(0, len(self._items) - 1)
        height = max((item.sizeHint().height() for item in self._items), default=0)
        margins = self.contentsMargins()
        return QSize(width + margins.left() + margins.right(), height)

    def minimumSize(self) -> QSize:  # noqa: N802 - Qt's name
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, move: bool) -> int:
        """Lay the items out in lines (each centred on its line); the height they take."""
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        lines: list[list[tuple[QLayoutItem, int]]] = [[]]  # (item, x) per line
        x = area.x()
        for item in self._items:
            if item.isEmpty():
                continue
            width = item.sizeHint().width()
            if x > area.x() and x + width > area.right() + 1:
                lines.append([])
                x = area.x()
            lines[-1].append((item, x))
            x += width + self._gap
        y = area.y()
        for number, line in enumerate(lines):
            height = max((item.sizeHint().height() for item, _x in line), default=0)
            if move:
                for item, left in line:
                    hint = item.sizeHint()
                    item.setGeometry(QRect(QPoint(left, y + (height - hint.height()) // 2), hint))
            y += height + (self._gap if number + 1 < len(lines) else 0)
        return y - rect.y() + margins.bottom()


def shrinkable_combo(combo: QComboBox, characters: int = 12) -> None:
    """A combo box as wide as ``characters`` at least, not as its longest item (a long
    set title would set the page's width); its list still shows items whole."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(characters)


def side_by_side(page: QWidget, panes: list[tuple[QWidget, int, int]]) -> QSplitter:
    """Fill ``page`` with a splitter of ``panes`` (widget, stretch, first width), none of
    which can be dragged shut."""
    splitter = QSplitter(Qt.Orientation.Horizontal, page)
    for index, (pane, stretch, _width) in enumerate(panes):
        splitter.addWidget(pane)
        splitter.setStretchFactor(index, stretch)
    splitter.setSizes([width for _pane, _stretch, width in panes])
    splitter.setChildrenCollapsible(False)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(splitter)
    return splitter
