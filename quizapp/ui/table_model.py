"""The one base of quizapp's table models (the dashboard's grids and lists).

A flat, read-only table: no item has children, so the row and column counts of any valid
parent are 0, and the data is replaced whole inside a model reset. A model says how many
rows and columns it has now (``row_total``, ``column_total``) and what each cell shows
(``data``, ``headerData``); the counting and resetting are written once, here.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex

AnyIndex = QModelIndex | QPersistentModelIndex


class TableModel(QAbstractTableModel):
    """A flat table model: subclasses give ``row_total``, ``column_total`` and ``data``."""

    def row_total(self) -> int:
        raise NotImplementedError

    def column_total(self) -> int:
        raise NotImplementedError

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
