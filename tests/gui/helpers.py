"""Ways to act on the excerpt text as a reader would: drags, clicks and keys."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QMouseEvent, QTextCursor
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from quizapp.ui.marking import MarkableText


def char_point(text: MarkableText, position: int) -> QPoint:
    """The viewport point in the middle of the character at ``position``."""
    cursor = QTextCursor(text.document())
    cursor.setPosition(position)
    left = text.cursorRect(cursor)
    cursor.setPosition(min(position + 1, len(text.text())))
    right = text.cursorRect(cursor)
    x = (left.left() + right.left()) // 2 if right.top() == left.top() else left.left() + 2
    return QPoint(x, left.center().y())


def _send(text: MarkableText, kind: QEvent.Type, point: QPoint, buttons: Qt.MouseButton) -> None:
    viewport = text.viewport()
    local = QPointF(point)
    global_point = QPointF(viewport.mapToGlobal(point))
    button = Qt.MouseButton.LeftButton if kind != QEvent.Type.MouseMove else Qt.MouseButton.NoButton
    event = QMouseEvent(kind, local, global_point, button, buttons, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(viewport, event)


def drag(qtbot: QtBot, text: MarkableText, start: int, end: int) -> None:
    """Press on the character at ``start``, drag to the one before ``end``, release."""
    text.ensureCursorVisible()
    first, last = char_point(text, start), char_point(text, end - 1)
    held = Qt.MouseButton.LeftButton
    _send(text, QEvent.Type.MouseButtonPress, first, held)
    for step in range(1, 5):
        point = first + (last - first) * (step / 4)
        _send(text, QEvent.Type.MouseMove, point, held)
    _send(text, QEvent.Type.MouseButtonRelease, last, Qt.MouseButton.NoButton)
    qtbot.wait(1)


def click(qtbot: QtBot, text: MarkableText, position: int) -> None:
    point = char_point(text, position)
    _send(text, QEvent.Type.MouseButtonPress, point, Qt.MouseButton.LeftButton)
    _send(text, QEvent.Type.MouseButtonRelease, point, Qt.MouseButton.NoButton)
    qtbot.wait(1)


def keys(qtbot: QtBot, widget: object, *sequence: object) -> None:
    """Press keys in order: a Qt.Key, or a (Qt.Key, modifiers) pair."""
    for item in sequence:
        if isinstance(item, tuple):
            qtbot.keyClick(widget, item[0], item[1])
        else:
            qtbot.keyClick(widget, item)
