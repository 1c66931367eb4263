"""The one base of quizapp's table models (the dashboard's grids and lists).

A flat, read-only table: no item has children, so the row and column counts of any valid
parent are 0, and the data is replaced whole inside a model reset. A model says how many
rows and columns it has now (``row_total``, and ``column_total`` or its ``HEADERS``), what
each cell shows (``cell``) and what each column's header says (``header_texts``); the
counting, resetting, index checks and header roles are written once, here, and so is
``sortable_table``, the read-only view the dashboard shows a model in.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTableView, QWidget

AnyIndex = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 1  # the number (or folded text) a column sorts by


class TableModel(QAbstractTableModel):
    """A flat table model: subclasses give ``row_total``, ``cell`` and, unless they have
    one column per entry of ``HEADERS``, ``column_total``."""

    HEADERS: Sequence[object] = ()

    def row_total(self) -> int:
        raise NotImplementedError

    def column_total(self) -> int:
        return len(self.HEADERS)

    def cell(self, row: int, column: int, role: int) -> Any:
        """What a cell shows in ``role`` (None: nothing)."""
        raise NotImplementedError

    def header_texts(self, section: int) -> tuple[str, str] | None:
        """A column header's (label, longer description), translated; None: Qt's own.
        An empty description leaves the tooltip and accessible text to Qt."""
        return None

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.cell(index.row(), index.column(), role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        texts = None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < self.columnCount():
            texts = self.header_texts(section)
        if texts is not None:
            if role == Qt.ItemDataRole.DisplayRole:
                return texts[0]
            if texts[1] and role in (
                Qt.ItemDataRole.ToolTipRole,
                Qt.ItemDataRole.AccessibleTextRole,
            ):
                return texts[1]
        return super().headerData(section, orientation, role)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.row_total()

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.column_total()

    @contextmanager
    def resetting(self) -> Iterator[None]:
        """Replace the model's data inside this block; views redraw once at its end."""
        self.beginResetModel()
        try:
            yield
        finally:
            self.endResetModel()


def sortable_table(
    model: QAbstractItemModel, name: str, parent: QWidget
) -> tuple[QTableView, QSortFilterProxyModel]:
    """A read-only table of ``model`` that sorts on ``SORT_ROLE`` when a header is
    clicked (first column, ascending, to begin with), one row selected at a time, Tab
    leaving it; ``name`` is what a screen reader calls it."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    proxy.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().lineSpacing() + 10)
    view.setAccessibleName(name)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move in it
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    return view, proxy
