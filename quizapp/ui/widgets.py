"""Small builders of the widgets the reader's screens make the same way: a page title, a
hint, a button with its accessible name, a row of them, a read-only list of rows, a page
that scrolls, and the Ctrl+Enter shortcut of a screen's main button.

``page_title``, ``hint``, ``button`` and ``hbox`` name no Qt enum: the first screen (profiles) uses
them, and it paints before PySide builds its ``Qt`` namespace (tests/gui/test_startup.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QTreeWidget,
    QVBoxLayout,
    QWidget,
)

RowItem = QWidget | tuple[QWidget, int] | None
BoxLayout = TypeVar("BoxLayout", QHBoxLayout, QVBoxLayout)


def page_title(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    """A screen's title (the style sheet's ``pageTitle``); a FontScaler makes it larger."""
    title = QLabel(text, parent)
    title.setObjectName("pageTitle")
    title.setWordWrap(wrap)
    return title


def hint(text: str, parent: QWidget, *, wrap: bool = True) -> QLabel:
    """A quieter line of explanation (the style sheet's ``hint``)."""
    label = QLabel(text, parent)
    label.setObjectName("hint")
    label.setWordWrap(wrap)
    return label


def button(
    text: str, accessible_name: str, parent: QWidget, *, auto_default: bool = True
) -> QPushButton:
    """A push button that says what it does to a screen reader; by default Enter presses
    it while it has the focus."""
    push = QPushButton(text, parent)
    push.setAccessibleName(accessible_name)
    push.setAutoDefault(auto_default)
    return push


def hbox(*items: RowItem) -> QHBoxLayout:
    """A row, left to right, of widgets; a ``(widget, stretch)`` pair grows by that factor,
    and ``None`` is an empty stretch that pushes what follows to the right."""
    return _filled(QHBoxLayout(), items)


def vbox(parent: QWidget | None, *items: RowItem) -> QVBoxLayout:
    """A column, top to bottom, as ``hbox`` lays out a row; with a ``parent``, its layout."""
    return _filled(QVBoxLayout() if parent is None else QVBoxLayout(parent), items)


def _filled(layout: BoxLayout, items: Sequence[RowItem]) -> BoxLayout:
    for item in items:
        if item is None:
            layout.addStretch(1)
        elif isinstance(item, tuple):
            layout.addWidget(*item)
        else:
            layout.addWidget(item)
    return layout


def dialog_buttons(
    dialog: QDialog, action: str | None, *, dismiss: str = "cancel", closes: bool = True
) -> tuple[QDialogButtonBox, QPushButton | None]:
    """A dialog's buttons: ``action`` (the accept button, if any) then Cancel, or Close
    (``dismiss="close"``, and always when there is no action). Cancel and Close reject the
    dialog; the action accepts it when ``closes``, else the caller connects its click."""
    box = QDialogButtonBox(dialog)
    action_button = None
    if action is not None:
        action_button = box.addButton(action, QDialogButtonBox.ButtonRole.AcceptRole)
    if action is not None and dismiss == "cancel":
        box.addButton(QDialogButtonBox.StandardButton.Cancel)
    else:
        box.addButton(QDialogButtonBox.StandardButton.Close)
    if closes:
        box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box, action_button


def row_list(headers: Sequence[str], accessible_name: str, parent: QWidget) -> QTreeWidget:
    """A flat, read-only list of rows with these column headers: one row chosen at a time,
    the whole row focused, rows in alternating shades."""
    from PySide6.QtWidgets import QAbstractItemView

    rows = QTreeWidget(parent)
    rows.setAccessibleName(accessible_name)
    rows.setColumnCount(len(headers))
    rows.setHeaderLabels(list(headers))
    rows.setRootIsDecorated(False)
    rows.setUniformRowHeights(True)
    rows.setAlternatingRowColors(True)
    rows.setAllColumnsShowFocus(True)
    rows.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    return rows


def scrolled(
    widget: QWidget, accessible_name: str, parent: QWidget, *, sideways: bool = True
) -> QScrollArea:
    """``widget`` in a frameless scroll area that takes no focus (the controls inside do);
    ``sideways=False``: it never scrolls sideways, the content wraps instead."""
    from PySide6.QtCore import Qt

    area = QScrollArea(parent)
    area.setAccessibleName(accessible_name)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    if not sideways:
        area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(widget)
    return area


def submit_shortcuts(screen: QWidget, target: QPushButton) -> None:
    """Ctrl+Return and Ctrl+Enter anywhere in ``screen`` press ``target``."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QKeySequence, QShortcut

    for sequence in ("Ctrl+Return", "Ctrl+Enter"):
        shortcut = QShortcut(QKeySequence(sequence), screen)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(target.click)
