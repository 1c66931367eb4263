"""How the program tests act as a user: find a page's widgets, drag over words, press
Tab until a control has focus. Kept apart from ``helpers.py`` (the widget tests')."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QComboBox, QTreeWidget, QWidget
from pytestqt.qtbot import QtBot

from quizapp.ui.marking import MarkableText


def char_centre(text: MarkableText, position: int) -> QPoint:
    """The viewport point in the middle of the character at ``position`` (cursorRect)."""
    cursor = QTextCursor(text.document())
    cursor.setPosition(position)
    left = text.cursorRect(cursor)
    cursor.setPosition(min(position + 1, len(text.text())))
    right = text.cursorRect(cursor)
    x = (left.left() + right.left()) // 2 if right.top() == left.top() else left.left() + 2
    return QPoint(x, left.center().y())


def drag_over(qtbot: QtBot, text: MarkableText, phrase: str, occurrence: int = 0) -> None:
    """Press on the first letter of ``phrase``, move across it, release on its last letter."""
    qtbot.waitUntil(text.isVisible)
    QApplication.processEvents()  # let the layout settle before reading positions
    start = -1
    for _ in range(occurrence + 1):
        start = text.text().index(phrase, start + 1)
    end = start + len(phrase)
    first, last = char_centre(text, start), char_centre(text, end - 1)
    viewport = text.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=first)
    for step in (1, 2, 3):
        qtbot.mouseMove(viewport, first + (last - first) * (step / 3))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=last)
    qtbot.wait(1)


def click(qtbot: QtBot, widget: QWidget) -> None:
    """Click the middle of ``widget`` (scrolled into view first, as a user would)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=widget.rect().center())


def click_item(qtbot: QtBot, tree: QTreeWidget, row: int, double: bool = False) -> None:
    qtbot.waitUntil(tree.isVisible)
    QApplication.processEvents()
    rect = tree.visualItemRect(tree.topLevelItem(row))
    qtbot.mouseClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    if double:  # QTest sends only the double-click event; a real one follows a click
        qtbot.mouseDClick(tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def choose_in_combo(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Open the drop-down with a click and click the entry ``text``."""
    click(qtbot, combo)
    qtbot.waitUntil(lambda: combo.view().isVisible())
    index = combo.findText(text)
    assert index >= 0, text
    # A release too soon after the opening click is taken as part of that click.
    qtbot.wait(QApplication.doubleClickInterval() + 50)
    view = combo.view()
    rect = view.visualRect(combo.model().index(index, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: combo.currentText() == text)


def focused() -> QWidget | None:
    return QApplication.focusWidget()


def tab_to(qtbot: QtBot, target: QWidget, limit: int = 40) -> None:
    """Press Tab until ``target`` has the keyboard focus."""
    for _ in range(limit):
        if focused() is target:
            return
        current = focused()
        assert current is not None, "nothing has the focus"
        qtbot.keyClick(current, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {target!r}; focus is on {focused()!r}")


def press(
    qtbot: QtBot,
    key: Qt.Key,
    modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    times: int = 1,
) -> None:
    """Press ``key`` on whatever has the focus."""
    for _ in range(times):
        current = focused()
        assert current is not None, "nothing has the focus"
        qtbot.keyClick(current, key, modifiers)
