"""What the quiz runner and practice share: a screen that asks one question at a time.

``QuestionScreen`` holds the prompt, the scrolled question with its feedback below
(``question_widgets.question_area``), a note, and the main button that says Submit and then
Next; it swaps the question widget, orders Tab through prompt, question, feedback and the
buttons, and brings the feedback into view once an answer is stored. A subclass builds
its own layout from these parts, translates its own words (``tr`` takes the context of the
class that calls it) and says which buttons Tab reaches after the main one
(``_tab_tail``).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QPushButton, QWidget

from quizapp.core.model import Question
from quizapp.ui.question_widgets import (
    QuestionWidget,
    install_undo_shortcut,
    make_question_widget,
    question_area,
)
from quizapp.ui.widgets import hint, tab_chain


def focus_chain_within(container: QWidget) -> list[QWidget]:
    """The widgets inside ``container`` that Tab reaches, in the order they were built.

    Not by walking ``nextInFocusChain()``: PySide makes each widget it returns a child of
    the widget asked (its return-value heuristic), so a walk through the window re-parents
    the wrappers of the main window, its menus and pages under the question widget, and
    deleting that widget leaves them "already deleted" in Python (the Teacher menu after
    practice). The widgets built here are in the chain in the order they were made.
    """
    return [
        widget
        for widget in container.findChildren(QWidget)
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus
        and widget.isVisibleTo(container)
        and widget.isEnabled()
    ]


class QuestionScreen(QWidget):
    """A screen of one question at a time; see the module's words."""

    question_widget: QuestionWidget | None
    answering: bool  # the shown question still awaits its answer

    def _build_question_parts(self) -> None:
        """The prompt, the scrolled question area with its feedback view, and the note."""
        parts = question_area(self)
        self.prompt, self.area, self.content = parts.prompt, parts.area, parts.content
        self.content_layout, self.feedback_view = parts.content_layout, parts.feedback_view
        self.note = hint("", self)

    def _build_primary(self, text: str) -> QPushButton:
        """The main button (Enter presses it): Submit, then Next."""
        self.primary_button = QPushButton(text, self)
        self.primary_button.setDefault(True)
        self.primary_button.setAutoDefault(True)
        return self.primary_button

    def _drop_question(self) -> None:
        """Take the question widget shown off the screen (deleted later)."""
        if self.question_widget is not None:
            self.content_layout.removeWidget(self.question_widget)
            self.question_widget.hide()  # at once: deletion waits for the event loop
            self.question_widget.deleteLater()
            self.question_widget = None

    def _place_question(self, question: Question) -> QuestionWidget:
        """The widget of ``question``, above the feedback, with its Ctrl+Z."""
        widget = make_question_widget(question, self.content)
        self.question_widget = widget
        self.content_layout.insertWidget(0, widget)
        install_undo_shortcut(widget)
        return widget

    def _set_primary(self, text: str, accessible: str) -> None:
        self.primary_button.setText(text)
        self.primary_button.setAccessibleName(accessible)

    def _tab_tail(self) -> list[QWidget]:
        """The buttons Tab reaches after the main button, in order."""
        return []

    def _order_tabs(self) -> None:
        chain: list[QWidget] = [self.prompt]
        if self.question_widget is not None:
            chain += focus_chain_within(self.question_widget)
        if self.feedback_view.isVisibleTo(self):
            chain.append(self.feedback_view)
        tab_chain(*chain, self.primary_button, *self._tab_tail())

    def _focus_question(self) -> None:
        targets = focus_chain_within(self.question_widget) if self.question_widget else []
        if self.answering and targets:
            targets[0].setFocus(Qt.FocusReason.TabFocusReason)
        else:
            self.primary_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _feedback_shown(self) -> None:
        """After the feedback of a stored answer is filled in: the main button (now Next)
        takes the focus and describes the feedback; the feedback scrolls into view."""
        self.primary_button.setAccessibleDescription(self.feedback_view.accessibleDescription())
        self._order_tabs()
        self.primary_button.setFocus(Qt.FocusReason.OtherFocusReason)
        QTimer.singleShot(0, self._reveal_feedback)

    def _reveal_feedback(self) -> None:
        if self.feedback_view.isVisible():
            self.area.ensureWidgetVisible(self.feedback_view, 0, 20)
