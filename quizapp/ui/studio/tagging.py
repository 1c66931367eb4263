"""The span editor as the authoring assistant sees it.

``span_editor.SpanEditor`` is a ``TaggingHost``; ``suggestions.SuggestAssistant`` is given
one. Declared apart so that the editor (which makes its assistant) and the assistant (which
works in its editor) do not import each other.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from quizapp.core.draft import ArticleDraft
from quizapp.ui.marking import MarkableText
from quizapp.ui.studio.document import StudioDocument


class TaggingHost(QWidget):
    """What the assistant uses of the tagging screen: its set, its article, its text."""

    status_message = Signal(str)

    document: StudioDocument
    article_index: int | None  # the article shown, in the set's order
    text: MarkableText | None  # the article's text, once one is shown

    def article(self) -> ArticleDraft | None:
        """The article shown, or None."""
        raise NotImplementedError

    def follow_tag(self, start: int, end: int) -> None:
        """Make the tag at ``start``..``end`` the one the panel edits."""
        raise NotImplementedError

    def _redraw_spans(self) -> None:
        """Draw the tags (and the assistant's candidates) again."""
        raise NotImplementedError

    def give_hint_room(self, hint_shown: bool) -> None:
        """Show or hide the tag panel's how-to hint (the assistant's list takes its room)."""
        raise NotImplementedError
