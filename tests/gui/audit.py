"""A keyboard and screen-reader audit of one window as it is on screen: walk it with Tab
as a user does, and list what a keyboard-only or screen-reader user would trip over.

- a **Tab trap**: Tab stops moving (a widget keeps the focus) or circles through some
  controls without ever coming back to where the walk started;
- an **unreachable control**: enabled, visible and accepting Tab focus, yet never focused;
- a **mnemonic clash**: two visible &-shortcuts with the same letter in one window (the
  menu bar's titles included, a menu's own items not: they only count inside their menu);
- an **unnamed control**: one a screen reader would announce without a name
  (``QAccessible.queryAccessibleInterface(w).text(Name)`` empty).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QRadioButton,
    QTabBar,
    QTabWidget,
    QWidget,
)

WALK_LIMIT = 400
_MNEMONIC = re.compile(r"(?<!&)&([^&\s])")


@dataclass
class Audit:
    """What one window's walk found."""

    screen: str
    reached: list[QWidget] = field(default_factory=list)
    traps: list[str] = field(default_factory=list)
    unreachable: list[str] = field(default_factory=list)
    clashes: list[str] = field(default_factory=list)
    unnamed: list[str] = field(default_factory=list)

    def problems(self) -> list[str]:
        return [
            *(f"{self.screen}: Tab trap: {text}" for text in self.traps),
            *(f"{self.screen}: never reached by Tab: {text}" for text in self.unreachable),
            *(f"{self.screen}: mnemonic clash: {text}" for text in self.clashes),
            *(f"{self.screen}: no accessible name: {text}" for text in self.unnamed),
        ]


def describe(widget: QWidget) -> str:
    """A widget as a person would find it: class, object name, visible text."""
    text = ""
    if isinstance(widget, QAbstractButton | QLabel):
        text = widget.text()
    elif isinstance(widget, QGroupBox):
        text = widget.title()
    name = widget.objectName()
    parent = widget.parentWidget()
    where = type(parent).__name__ if parent is not None else ""
    return f"{type(widget).__name__}{f' #{name}' if name else ''}{f' {text!r}' if text else ''}" + (
        f" in {where}" if where else ""
    )


def shown(widget: QWidget, window: QWidget) -> bool:
    """Visible on screen (every ancestor up to the window shown), not clipped to nothing."""
    return widget.isVisible() and widget.window() is window and widget.width() > 0


def tab_stops(window: QWidget) -> list[QWidget]:
    """The controls Tab should reach: visible, enabled, taking Tab focus, not proxied."""
    stops: list[QWidget] = []
    for widget in window.findChildren(QWidget):
        if not shown(widget, window) or not widget.isEnabled():
            continue
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
            continue
        if widget.focusProxy() is not None:
            continue
        parent = widget.parentWidget()
        if isinstance(parent, QComboBox | QAbstractSpinBox):
            continue  # the line edit inside: focus goes through its owner
        stops.append(widget)
    return stops


def _same_radio_group(widget: QWidget, reached: set[int]) -> bool:
    """Tab enters an exclusive group of radio buttons once; arrows move inside it."""
    if not isinstance(widget, QRadioButton):
        return False
    group = widget.group()
    if group is not None:
        peers = group.buttons()
    elif widget.autoExclusive():
        parent = widget.parentWidget()
        peers = [
            w
            for w in (parent.findChildren(QRadioButton) if parent else [])
            if w.parentWidget() is parent and w.autoExclusive()
        ]
    else:
        return False
    return any(id(peer) in reached for peer in peers)


def walk(window: QWidget, audit: Audit, backwards: bool = False) -> None:
    """Press Tab (or Shift+Tab) from the focused control until the walk comes back."""
    QApplication.processEvents()
    start = QApplication.focusWidget()
    if start is None or start.window() is not window:
        window.activateWindow()
        window.setFocus()
        window.focusNextChild()
        start = QApplication.focusWidget()
    if start is None:
        audit.traps.append("nothing takes the focus")
        return
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifier = Qt.KeyboardModifier.ShiftModifier if backwards else Qt.KeyboardModifier.NoModifier
    seen: list[QWidget] = [start]
    current = start
    for _ in range(WALK_LIMIT):
        QTest.keyClick(current, key, modifier)
        QApplication.processEvents()
        following = QApplication.focusWidget()
        if following is None or following.window() is not window:
            audit.traps.append(f"focus left the window after {describe(current)}")
            return
        if following is start:
            break
        if following is current:
            audit.traps.append(f"{'Shift+' if backwards else ''}Tab stays in {describe(current)}")
            return
        if following in seen:
            audit.traps.append(
                f"{'Shift+' if backwards else ''}Tab circles from {describe(following)} "
                f"without coming back to {describe(start)}"
            )
            return
        seen.append(following)
        current = following
    else:
        audit.traps.append(f"no way round after {WALK_LIMIT} presses")
        return
    if not backwards:
        audit.reached = seen


def unreachable(window: QWidget, reached: list[QWidget]) -> list[str]:
    reached_ids = {id(w) for w in reached}
    missing: list[str] = []
    for widget in tab_stops(window):
        if id(widget) in reached_ids or _same_radio_group(widget, reached_ids):
            continue
        missing.append(describe(widget))
    return missing


def mnemonics(window: QWidget) -> dict[str, list[str]]:
    """Each &-letter in use in ``window`` and the visible things that use it."""
    used: dict[str, list[str]] = {}

    def add(text: str, owner: str) -> None:
        for letter in _MNEMONIC.findall(text):
            used.setdefault(letter.lower(), []).append(f"{text!r} ({owner})")

    if isinstance(window, QMainWindow) and window.menuWidget() is not None:
        for action in window.menuBar().actions():
            if action.isVisible() and action.menu() is not None:
                add(action.text(), "menu")
    for widget in window.findChildren(QWidget):
        if not shown(widget, window):
            continue
        if isinstance(widget, QAbstractButton) and widget.isEnabled():
            add(widget.text(), type(widget).__name__)
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            add(widget.text(), "label")
        elif isinstance(widget, QGroupBox) and widget.isCheckable():
            add(widget.title(), "group box")
        elif isinstance(widget, QTabBar) and isinstance(widget.parentWidget(), QTabWidget):
            for index in range(widget.count()):
                if widget.isTabVisible(index) and widget.isTabEnabled(index):
                    add(widget.tabText(index), "tab")
    return used


def clashes(window: QWidget) -> list[str]:
    return [
        f"Alt+{letter.upper()}: " + ", ".join(owners)
        for letter, owners in sorted(mnemonics(window).items())
        if len(owners) > 1
    ]


def accessible_name(widget: QWidget) -> str:
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name).strip() if interface is not None else ""


def unnamed(window: QWidget) -> list[str]:
    names: list[str] = []
    for widget in tab_stops(window):
        if isinstance(widget, QTabBar):
            continue  # each tab is named by its own text
        if not accessible_name(widget):
            names.append(describe(widget))
    for combo in window.findChildren(QComboBox):
        if shown(combo, window) and combo not in tab_stops(window) and not accessible_name(combo):
            names.append(describe(combo))
    return names


def audit_window(window: QWidget, screen: str) -> Audit:
    """Walk ``window`` forwards and backwards and collect every problem."""
    result = Audit(screen)
    focus = QApplication.focusWidget()
    walk(window, result)
    if focus is not None and focus.window() is window:
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
    walk(window, result, backwards=True)
    if not result.traps:
        result.unreachable = unreachable(window, result.reached)
    result.clashes = clashes(window)
    result.unnamed = unnamed(window)
    if focus is not None and focus.window() is window:
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
    return result
