"""Practice: one question after another for as long as the reader likes.

The view drives a ``PracticeSession`` (quizapp.core.practice), which picks each question
(due reviews first, new ones leaning toward the weakest skill) and scores and stores
every answer before it returns. Feedback is always shown at once. A strip across the
top shows today's answers against the daily goal, the streak and the weakest skill.

Embedding: ``PracticeView(bank, profile, clock)`` starts a sitting at once; put it in a
page stack, and when it emits ``practice_finished`` (the reader pressed *End practice*)
show the next page. Call ``finish()`` when leaving it any other way (closing the window,
switching profile) so the sitting is closed in the bank.
"""

from __future__ import annotations

import random
from datetime import tzinfo

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QProgressBar,
    QSizePolicy,
    QWidget,
)

from quizapp.core.bank import STORAGE_ERRORS, Bank, Profile
from quizapp.core.practice import Clock, DailyStatus, PracticeSession, system_clock
from quizapp.core.scoring import ResponseError, Score
from quizapp.core.text import localized
from quizapp.core.wording import percent
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.question_screen import QuestionScreen
from quizapp.ui.question_widgets import QuestionWidget
from quizapp.ui.widgets import button, hbox, page_title, submit_shortcuts, vbox


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` (the inherited, zoomed font) made ``factor`` times larger."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


class PracticeStrip(QFrame):
    """Today's answers against the goal, the streak and the weakest skill, in one row."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.today_label = QLabel(self)
        self.goal_bar = QProgressBar(self)
        self.goal_bar.setTextVisible(False)
        self.goal_bar.setFixedWidth(140)
        self.goal_bar.setAccessibleName(self.tr("Answers today against the daily goal"))
        self.streak_label = QLabel(self)
        self.weakest_label = QLabel(self)
        self.weakest_label.setWordWrap(True)
        self.due_label = QLabel(self)
        self.due_label.setObjectName("hint")
        for label in (self.today_label, self.streak_label, self.due_label):
            label.setWordWrap(True)  # the row fits a small screen at a big zoom
        self.end_button = button(
            self.tr("&End practice"),
            self.tr("End practice and save this sitting"),
            self,
            auto_default=False,
        )
        today = hbox(self.today_label, self.goal_bar, spacing=8)
        row = hbox(
            today,
            self.streak_label,
            (self.weakest_label, 1),
            self.due_label,
            self.end_button,
            margins=(12, 8, 12, 8),
            spacing=18,
        )
        self.setLayout(row)

    def show_status(self, status: DailyStatus) -> None:
        self.today_label.setText(
            self.tr("Today: %1 of %2")
            .replace("%1", str(status.answered_today))
            .replace("%2", str(status.goal))
        )
        self.today_label.setAccessibleName(
            self.tr("%1 answers today; the daily goal is %2")
            .replace("%1", str(status.answered_today))
            .replace("%2", str(status.goal))
        )
        self.goal_bar.setMaximum(status.goal)
        self.goal_bar.setValue(min(status.answered_today, status.goal))
        days = status.streak
        self.streak_label.setText(
            self.tr("Streak: 1 day")
            if days == 1
            else self.tr("Streak: %1 days").replace("%1", str(days))
        )
        self.streak_label.setAccessibleName(self.streak_label.text())
        if status.weakest_skill is None or status.weakest is None:
            self.weakest_label.setText(self.tr("Weakest skill: not known yet"))
        else:
            self.weakest_label.setText(
                self.tr("Weakest skill: %1 (%2)")
                .replace("%1", self.tr(label_name(status.weakest_skill)))
                .replace("%2", percent(status.weakest.value))
            )
        self.weakest_label.setAccessibleName(self.weakest_label.text())
        self.due_label.setText(self.tr("Due for review: %1").replace("%1", str(status.due_now)))
        self.due_label.setAccessibleName(self.due_label.text())


class PracticeView(QuestionScreen):
    """Endless practice for one profile: question, Submit, feedback, Next."""

    practice_finished = Signal()
    answer_submitted = Signal(object)  # the Score of the answer just stored

    def __init__(
        self,
        bank: Bank,
        profile: Profile,
        clock: Clock = system_clock,
        parent: QWidget | None = None,
        *,
        tz: tzinfo | None = None,
        rng: random.Random | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("practiceView")
        self.bank = bank
        self.profile = profile
        self.session = PracticeSession(bank, profile.id, clock=clock, rng=rng, tz=tz)
        self.question_widget: QuestionWidget | None = None
        self.answering = False
        self.finished = False
        self.setAccessibleName(self.tr("Practice for %1").replace("%1", profile.name))

        self.title = page_title(self.tr("Practice"), self, wrap=False)
        self.strip = PracticeStrip(self)
        self.kind_label = QLabel(self)
        self.kind_label.setObjectName("subtitle")
        self._build_question_parts()
        self.note.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._build_primary(self.tr("&Submit"))

        header = hbox(self.title, None, self.kind_label)
        buttons = hbox((self.note, 1), self.primary_button)
        vbox(
            self,
            header,
            self.strip,
            self.prompt,
            (self.area, 1),
            buttons,
            margins=(20, 14, 20, 12),
            spacing=8,
        )

        self._scale_fonts()

        submit_shortcuts(self, self.primary_button)
        self.primary_button.clicked.connect(self._primary)
        self.strip.end_button.clicked.connect(self.end_practice)

        self.show_next()

    # --- showing ---------------------------------------------------------------------------

    def _scale_fonts(self) -> None:
        # Set on the labels themselves, so redone whenever the zoomed font changes.
        self.title.setFont(scaled_font(self.font(), 1.25, bold=True))
        self.prompt.setFont(scaled_font(self.font(), 1.35))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()
        super().changeEvent(event)

    def update_status(self) -> DailyStatus | None:
        try:
            status = self.session.status()
        except STORAGE_ERRORS as error:
            self._error(
                self.tr("Could not read your progress (%1).").replace("%1", localized(error))
            )
            return None
        self.strip.show_status(status)
        return status

    def show_next(self) -> None:
        """Ask the next question the session chooses."""
        self._drop_question()
        self.feedback_view.clear()
        self._set_note("")
        self.update_status()
        try:
            item = self.session.next_question()
        except (*STORAGE_ERRORS, KeyError) as error:
            self._error(
                self.tr("Could not choose a question (%1).").replace("%1", localized(error))
            )
            item = None
        if item is None:
            self.answering = False
            self.kind_label.clear()
            self.prompt.setText(
                self.tr("There are no questions to practise. Import a question set first.")
            )
            self.primary_button.setEnabled(False)
            return
        question, _set_id = item
        self._place_question(question)
        skills = ", ".join(self.tr(label_name(skill)) for skill in question.skills)
        if self.session.current_kind == "review":
            kind = self.tr("Review") if not skills else self.tr("Review · %1").replace("%1", skills)
        else:
            kind = self.tr("New") if not skills else self.tr("New · %1").replace("%1", skills)
        self.kind_label.setText(kind)
        self.kind_label.setAccessibleName(kind)
        self.prompt.setText(question.prompt)
        self.prompt.setAccessibleName(question.prompt)
        self.answering = True
        self.primary_button.setEnabled(True)
        self._set_primary(self.tr("&Submit"), self.tr("Submit your answer (Ctrl+Enter)"))
        self.area.verticalScrollBar().setValue(0)
        self._order_tabs()
        self._focus_question()

    def _set_note(self, text: str, error: bool = False) -> None:
        name = "errorText" if error else "hint"
        if self.note.objectName() != name:
            self.note.setObjectName(name)
            self.note.style().unpolish(self.note)
            self.note.style().polish(self.note)
        self.note.setText(text)
        self.note.setAccessibleName(text)

    def _error(self, text: str) -> None:
        self._set_note(text, error=True)

    def _tab_tail(self) -> list[QWidget]:
        return [self.strip.end_button]

    # --- acting ----------------------------------------------------------------------------

    def _primary(self) -> None:
        if self.answering:
            self.submit()
        else:
            self.show_next()

    def submit(self) -> Score | None:
        """Score and store the answer on screen, then show the feedback."""
        widget = self.question_widget
        if widget is None or not self.answering:
            return None
        try:
            before = self.session.status().answered_today
            result = self.session.answer(widget.question, widget.response())
        except ResponseError as error:
            self._error(
                self.tr("This answer could not be scored: %1").replace("%1", localized(error))
            )
            return None
        except STORAGE_ERRORS as error:
            self._error(
                self.tr(
                    "Your answer was not saved (%1). The disk may be full or the bank "
                    "read-only; your answer is still on screen, try again."
                ).replace("%1", localized(error))
            )
            return None
        self.answering = False
        widget.show_feedback(result)
        self.feedback_view.show_score(widget.question, result)
        status = self.update_status()
        if status is not None and before < status.goal <= status.answered_today:
            self._set_note(self.tr("Daily goal reached. Well done! Keep going, or end practice."))
        else:
            self._set_note(self.tr("Saved. Read the feedback, then go on."))
        self._set_primary(self.tr("&Next question"), self.tr("Go to the next question"))
        self._feedback_shown()
        self.answer_submitted.emit(result)
        return result

    def finish(self) -> None:
        """Close the sitting in the bank (once; answers are already stored)."""
        if self.finished:
            return
        self.finished = True
        try:
            self.session.finish()
        except STORAGE_ERRORS:
            pass  # only the end time is lost; every answer is stored already

    def end_practice(self) -> None:
        self.finish()
        self.practice_finished.emit()
