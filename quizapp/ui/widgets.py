"""Small builders of the widgets the reader's screens make the same way: a page title, a
hint, a button with its accessible name, a row of them, a read-only list of rows, a page
that scrolls, and the Ctrl+Enter shortcut of a screen's main button.

``page_title``, ``hint``, ``button`` and ``hbox`` name no Qt enum: the first screen (profiles) uses
them, and it paints before PySide builds its ``Qt`` namespace (tests/gui/test_startup.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

if TYPE_CHECKING:
    # Imported where used: their Python types (11 M instructions) are not needed before
    # the first screen paints (tests/gui/test_startup.py).
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTreeWidget

# What ``hbox`` and ``vbox`` lay out: a widget or a layout, with a stretch factor or not;
# None: an empty stretch.
BoxItem = QWidget | QLayout | tuple[QWidget | QLayout, int] | None
Margins = tuple[int, int, int, int]
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


def buttons(
    parent: QWidget, *labels: tuple[str, str], auto_default: bool = True
) -> list[QPushButton]:
    """One ``button`` per (text, accessible name), in that order."""
    return [button(text, name, parent, auto_default=auto_default) for text, name in labels]


def hbox(
    *items: BoxItem, margins: Margins | None = None, spacing: int | None = None
) -> QHBoxLayout:
    """A row, left to right, of widgets and layouts; a ``(widget, stretch)`` pair grows by
    that factor, and ``None`` is an empty stretch that pushes what follows to the right.
    ``margins`` and ``spacing`` as for ``vbox``."""
    return _filled(_spaced(QHBoxLayout(), margins, spacing), items)


def vbox(
    parent: QWidget | None,
    *items: BoxItem,
    margins: Margins | None = None,
    spacing: int | None = None,
) -> QVBoxLayout:
    """A column, top to bottom, as ``hbox`` lays out a row; with a ``parent``, its layout.
    ``margins`` (left, top, right, bottom) and ``spacing`` in pixels, else the style's."""
    column = QVBoxLayout() if parent is None else QVBoxLayout(parent)
    return _filled(_spaced(column, margins, spacing), items)


def _spaced(layout: BoxLayout, margins: Margins | None, spacing: int | None) -> BoxLayout:
    if margins is not None:
        layout.setContentsMargins(*margins)
    if spacing is not None:
        layout.setSpacing(spacing)
    return layout


def _filled(layout: BoxLayout, items: Sequence[BoxItem]) -> BoxLayout:
    for item in items:
        part, stretch = item if isinstance(item, tuple) else (item, 0)
        if part is None:
            layout.addStretch(1)
        elif isinstance(part, QLayout):
            layout.addLayout(part, stretch)
        else:
            layout.addWidget(part, stretch)
    return layout


def tab_chain(*widgets: QWidget) -> None:
    """Tab goes from each widget to the next, in this order."""
    for first, second in zip(widgets, widgets[1:], strict=False):
        QWidget.setTabOrder(first, second)


def dialog_buttons(
    dialog: QDialog, action: str | None, *, dismiss: str = "cancel", closes: bool = True
) -> tuple[QDialogButtonBox, QPushButton | None]:
    """A dialog's buttons: ``action`` (the accept button, if any) then Cancel, or Close
    (``dismiss="close"``, and always when there is no action). Cancel and Close reject the
    dialog; the action accepts it when ``closes``, else the caller connects its click."""
    from PySide6.QtWidgets import QDialogButtonBox

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
    from PySide6.QtWidgets import QAbstractItemView, QTreeWidget

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
