"""The studio window as its helpers see it.

``studio_view.StudioView`` is a ``StudioHost``; ``interchange.InterchangeActions`` is given
one. Declared apart so that the studio (which makes its helpers) and a helper (which works
in the studio) do not import each other.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from quizapp.core.bank import Bank
from quizapp.core.draft import SetDraft
from quizapp.ui.prompter import Prompter
from quizapp.ui.studio import common
from quizapp.ui.studio.document import StudioDocument
from quizapp.ui.studio.quiz_builder import QuizBuilder


class StudioHost(QWidget):
    """What a studio helper uses: the bank, the set being edited, the status line."""

    set_did_save = Signal(str)  # set id

    bank: Bank
    prompter: Prompter
    document: StudioDocument
    quiz_builder: QuizBuilder
    ask_save_path: common.SavePath

    @property
    def draft(self) -> SetDraft:
        """The set being edited."""
        raise NotImplementedError

    def show_status(self, message: str) -> None:
        raise NotImplementedError

    def maybe_discard(self) -> bool:
        """True when the draft may be dropped (saved, or the teacher said so)."""
        raise NotImplementedError

    def _build_set(self, action: str) -> object | None:
        """The draft as a checked set, or None with the problems listed."""
        raise NotImplementedError
