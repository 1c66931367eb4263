"""The set being edited, and its undo stack: every edit is a snapshot command.

Views never change the draft themselves: they compute the new snapshot and call
``StudioDocument.apply``; the command puts it in place and ``draft_did_change`` tells
every view (old and new snapshot, so each redraws only what is no longer identical).
"""

from __future__ import annotations

from collections.abc import Hashable

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from quizapp.core.draft import SetDraft


class SnapshotCommand(QUndoCommand):
    """Replace the whole draft; undo puts the previous one back.

    Commands with the same ``merge_key`` in a row merge into one (typing in one field
    is one undo step, not one per key).
    """

    MERGE_ID = 0x5154  # any id: merging is decided by the key

    def __init__(
        self,
        document: StudioDocument,
        before: SetDraft,
        after: SetDraft,
        text: str,
        merge_key: Hashable | None = None,
    ) -> None:
        super().__init__(text)
        self.document = document
        self.before = before
        self.after = after
        self.merge_key = merge_key

    def redo(self) -> None:
        self.document._put(self.after)

    def undo(self) -> None:
        self.document._put(self.before)

    def id(self) -> int:
        return self.MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, SnapshotCommand) or other.merge_key != self.merge_key:
            return False
        self.after = other.after
        return True


class StudioDocument(QObject):
    """Holds the current snapshot of the set and the undo stack that moves between them."""

    draft_did_change = Signal(object, object)  # old SetDraft, new SetDraft
    draft_was_replaced = Signal()  # a different set was opened (or a new one begun)

    def __init__(self, draft: SetDraft, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft = draft
        self.undo_stack = QUndoStack(self)
        # Set when the draft came from the bank (or was saved there): the id it is stored as.
        self.stored_id: str | None = None

    def apply(self, new: SetDraft, text: str, merge_key: Hashable | None = None) -> None:
        """Make ``new`` the draft as one undoable step named ``text``."""
        if new is self.draft:
            return
        self.undo_stack.push(SnapshotCommand(self, self.draft, new, text, merge_key))

    def _put(self, draft: SetDraft) -> None:
        old = self.draft
        self.draft = draft
        self.draft_did_change.emit(old, draft)

    def replace(self, draft: SetDraft, stored_id: str | None) -> None:
        """Start editing another set: no undo history, nothing unsaved."""
        self.undo_stack.clear()
        self.draft = draft
        self.stored_id = stored_id
        self.undo_stack.setClean()
        self.draft_was_replaced.emit()

    def is_modified(self) -> bool:
        return not self.undo_stack.isClean()

    def mark_saved(self) -> None:
        self.stored_id = self.draft.id
        self.undo_stack.setClean()
