"""The quiz runner: one question at a time, feedback, a countdown, and nothing lost.

The runner drives a ``QuizSession`` (which scores and stores every answer before it
returns) and shows one ``QuestionWidget`` at a time. A question the reader has already
answered can be looked at again (*Previous*) but not changed; the key is only ever
shown after an answer was stored. When saving fails (a full disk, a read-only bank)
the answer stays on screen and the reader can try again.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QLabel,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from quizapp.core.bank import STORAGE_ERRORS
from quizapp.core.scoring import ResponseError
from quizapp.core.session import QuizSession, Results
from quizapp.core.text import localized
from quizapp.ui.marking import MarkableText
from quizapp.ui.prompter import Prompter
from quizapp.ui.question_screen import QuestionScreen
from quizapp.ui.question_widgets import QuestionWidget
from quizapp.ui.themes import FontScaler, inherit_font, repolish
from quizapp.ui.widgets import buttons, hbox, page_title, submit_shortcuts, vbox

TICK_MS = 1000
LOW_TIME_SECONDS = 60


def format_remaining(seconds: float) -> str:
    """Seconds left as ``m:ss`` (or ``h:mm:ss``), rounded up so 0:00 means time is up."""
    whole = max(0, int(-(-seconds // 1)))
    hours, rest = divmod(whole, 3600)
    minutes, secs = divmod(rest, 60)
    return f"{hours}:{minutes:02d}:{secs:02d}" if hours else f"{minutes}:{secs:02d}"


class _InputBlocker(QObject):
    """Swallows clicks and keys (not the wheel, so a long answer still scrolls)."""

    BLOCKED = frozenset(
        {
            QEvent.Type.MouseButtonPress,
            QEvent.Type.MouseButtonRelease,
            QEvent.Type.MouseButtonDblClick,
            QEvent.Type.MouseMove,
            QEvent.Type.KeyPress,
            QEvent.Type.KeyRelease,
        }
    )

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        return event.type() in self.BLOCKED


def freeze_tree(widget: QWidget) -> None:
    """Keep an answer readable but unchangeable (disabled widgets would turn pale).

    Excerpts stay in the Tab order, locked: a keyboard or screen-reader user can still
    move through their words (and hear them) but not change the marks.
    """
    blocker = _InputBlocker(widget)
    texts = widget.findChildren(MarkableText)
    readable = {id(text) for text in texts} | {id(text.viewport()) for text in texts}
    for text in texts:
        text.set_locked(True)
    for child in [widget, *widget.findChildren(QWidget)]:
        if id(child) in readable:
            continue
        child.installEventFilter(blocker)
        child.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class QuizRunner(QuestionScreen):
    """Asks the questions of one session and reports the results."""

    quiz_finished = Signal(object, bool)  # Results, whether time ran out
    quiz_left = Signal()

    def __init__(self, prompter: Prompter | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("quizRunner")
        self.prompter = prompter or Prompter()
        self.session: QuizSession | None = None
        self.index = 0
        self.question_widget: QuestionWidget | None = None
        self.answering = False  # the shown question still awaits its answer

        self.set_title = page_title("", self)
        self.timer_label = QLabel(self)
        self.timer_label.setObjectName("timer")
        self.timer_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.timer_label.hide()
        self.position_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Questions answered"))
        self.progress.setFormat(self.tr("%v of %m answered"))
        self.progress.setTextVisible(True)
        self.progress.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

        self._build_question_parts()
        self.back_button, self.previous_button = buttons(
            self,
            (
                self.tr("&Back to quizzes"),
                self.tr("Back to the list of quizzes; this quiz can be resumed later"),
            ),
            (self.tr("&Previous"), self.tr("Look at the previous question again")),
        )
        self._build_primary(self.tr("&Submit"))

        header = hbox((self.set_title, 1), self.timer_label)
        position_row = hbox(self.position_label, (self.progress, 1))
        button_row = hbox(
            self.back_button, (self.note, 1), self.previous_button, self.primary_button
        )

        vbox(
            self,
            header,
            position_row,
            self.prompt,
            (self.area, 1),
            button_row,
            margins=(20, 14, 20, 12),
            spacing=8,
        )

        self.fonts = FontScaler(self)
        self.fonts.add(self.set_title, 1.15, bold=True)
        self.fonts.add(self.timer_label, 1.25, bold=True)
        self.fonts.add(self.prompt, 1.35)

        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        submit_shortcuts(self, self.primary_button)
        self.back_button.clicked.connect(self._leave)
        self.previous_button.clicked.connect(lambda: self.show_question(self.index - 1))
        self.primary_button.clicked.connect(self._primary)

    # --- starting ------------------------------------------------------------------------

    def begin(self, session: QuizSession, title: str) -> None:
        """Show the first unanswered question of ``session`` (answers so far are kept)."""
        self.session = session
        self.set_title.setText(title)
        self.setAccessibleName(self.tr("Quiz: %1").replace("%1", title))
        self.progress.setMaximum(session.total)
        if session.remaining_seconds() is not None:
            self.timer_label.show()
            self.timer.start()
        else:
            self.timer_label.hide()
            self.timer.stop()
        if session.is_complete:
            self._finish()
            return
        self.show_question(session.current_index)
        self.tick()

    def stop(self) -> None:
        self.timer.stop()

    # --- showing a question --------------------------------------------------------------

    def show_question(self, index: int) -> None:
        session = self.session
        assert session is not None
        index = max(0, min(index, session.total - 1))
        self.index = index
        question = session.questions[index]
        self._drop_question()
        self.feedback_view.clear()
        widget = self._place_question(question)
        inherit_font(widget)  # the zoom reaches a widget built after it was set
        widget.show()  # now, not when the layout gets round to it

        self.position_label.setText(
            self.tr("Question %1 of %2")
            .replace("%1", str(index + 1))
            .replace("%2", str(session.total))
        )
        self.progress.setValue(session.answered_count)
        self.prompt.setText(question.prompt)
        self.prompt.setAccessibleName(question.prompt)
        self.previous_button.setEnabled(index > 0)

        stored = session.response_for(index)
        self.answering = stored is None
        if stored is None:
            self.note.clear()
            self._set_primary(self.tr("&Submit"), self.tr("Submit your answer (Ctrl+Enter)"))
        else:
            widget.set_response(stored)
            if session.feedback_now:
                result = session.score_for(index)
                if result is not None:
                    widget.show_feedback(result)
                    repolish(widget)
                    self.feedback_view.show_score(question, result)
                self.note.setText(self.tr("Answered: this is your answer and its feedback."))
            else:
                freeze_tree(widget)
                self.note.setText(
                    self.tr("Answered and saved. You will see the feedback at the end.")
                )
            self._set_next_label()
        self.area.verticalScrollBar().setValue(0)
        self._order_tabs()
        self._focus_question()

    def _set_next_label(self) -> None:
        session = self.session
        assert session is not None
        if self.index + 1 < session.total:
            self._set_primary(self.tr("&Next question"), self.tr("Go to the next question"))
        else:
            self._set_primary(self.tr("See &results"), self.tr("Finish the quiz, see results"))

    def _tab_tail(self) -> list[QWidget]:
        return [self.previous_button, self.back_button]

    # --- acting ----------------------------------------------------------------------------

    def _primary(self) -> None:
        if self.session is None:
            return
        if self.answering:
            self.submit()
        elif self.index + 1 < self.session.total:
            self.show_question(self.index + 1)
        else:
            self._finish()

    def submit(self) -> bool:
        """Store the answer on screen; True when it was saved."""
        session, widget = self.session, self.question_widget
        if session is None or widget is None or not self.answering:
            return False
        if not widget.is_answered() and not self.prompter.ask(
            self,
            self.tr("Submit without an answer?"),
            self.tr("You have not answered this question yet. Submit it anyway?"),
            self.tr("Submit anyway"),
            self.tr("Keep working"),
        ):
            return False
        response = widget.response()
        try:
            result = session.submit(self.index, response)
        except STORAGE_ERRORS as error:
            self._save_failed(error)
            return False
        except ResponseError as error:
            self.prompter.warn(
                self,
                self.tr("Answer not accepted"),
                self.tr("This answer could not be scored: %1").replace("%1", localized(error)),
            )
            return False
        self.answering = False
        self.progress.setValue(session.answered_count)
        if session.feedback_now:
            widget.show_feedback(result)
            repolish(widget)
            self.feedback_view.show_score(session.questions[self.index], result)
            self.note.setText(self.tr("Saved. Read the feedback, then go on."))
            self._set_next_label()
            self._feedback_shown()
        elif self.index + 1 < session.total:
            self.show_question(self.index + 1)
            self.note.setText(self.tr("Saved. You will see the feedback at the end."))
        else:
            self._finish()
        return True

    def _save_failed(self, error: Exception) -> None:
        self.prompter.warn(
            self,
            self.tr("Your answer was not saved"),
            self.tr(
                "quizapp could not save your answer (%1). The disk may be full, or the bank "
                "file may be read-only.\n\nYour answer is still on screen: free some space "
                "or ask your teacher, then try again."
            ).replace("%1", localized(error)),
        )

    def _finish(self, timed_out: bool = False) -> None:
        session = self.session
        assert session is not None
        try:
            results: Results = session.finish()
        except STORAGE_ERRORS as error:
            self._save_failed(error)
            return
        self.timer.stop()
        self.quiz_finished.emit(results, timed_out)

    def _leave(self) -> None:
        if self.prompter.ask(
            self,
            self.tr("Leave this quiz?"),
            self.tr(
                "Your submitted answers are saved. You can resume this quiz later from the "
                "list of quizzes, or the next time you open quizapp."
            ),
            self.tr("Leave"),
            self.tr("Stay"),
        ):
            self.timer.stop()
            self.quiz_left.emit()

    # --- the clock ---------------------------------------------------------------------------

    def tick(self) -> None:
        """Show the time left; when it is up, submit what is on screen and finish."""
        session = self.session
        if session is None or session.finished:
            self.timer.stop()
            return
        remaining = session.remaining_seconds()
        if remaining is None:
            return
        text = format_remaining(remaining)
        self.timer_label.setText(self.tr("Time left: %1").replace("%1", text))
        self.timer_label.setAccessibleName(self.timer_label.text())
        name = "timerLow" if remaining <= LOW_TIME_SECONDS else "timer"
        if self.timer_label.objectName() != name:
            self.timer_label.setObjectName(name)
            self.timer_label.style().unpolish(self.timer_label)
            self.timer_label.style().polish(self.timer_label)
        if remaining <= 0:
            self.expire()

    def expire(self) -> None:
        """Time is up: keep the answer on screen (if any) and show the results."""
        session = self.session
        if session is None:
            return
        self.timer.stop()
        response: dict[str, Any] | None = None
        if self.answering and self.question_widget is not None:
            if self.question_widget.is_answered():
                response = self.question_widget.response()
        try:
            results = session.expire(response)
        except ResponseError:
            results = session.finish()
        except STORAGE_ERRORS as error:
            self._save_failed(error)
            self.timer.start()  # try again on the next tick
            return
        self.answering = False
        self.quiz_finished.emit(results, True)
