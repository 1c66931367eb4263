"""One widget per question type; each gives the API response dict and shows feedback.

These are the runner's widgets and the studio's preview alike, so a teacher sees
exactly what a student will. None of them knows the key before ``show_feedback``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from quizapp.core.model import Excerpt, Option, Question
from quizapp.core.scoring import ChoiceFeedback, Score
from quizapp.core.text import localized
from quizapp.ui.i18n import skill_name as label_name  # the interface's language
from quizapp.ui.marking import Highlight, MarkableText

NARROW_WIDTH = 820
# Translated where shown, so a translator loaded after import still applies.
VERDICT_CHOICES = (  # translated where shown, by tr() (QObject's context)
    ("conflict", str(QT_TRANSLATE_NOOP("QObject", "They conflict"))),
    ("compatible", str(QT_TRANSLATE_NOOP("QObject", "They are compatible"))),
    ("cannot-tell", str(QT_TRANSLATE_NOOP("QObject", "Can't tell"))),
)


def tr(text: str) -> str:
    return QObject.tr(text)  # type: ignore[call-arg, arg-type]  # PySide's class-level tr


def format_published(published: str | None) -> str:
    if not published:
        return ""
    try:
        moment = datetime.fromisoformat(published.replace("Z", "+00:00"))
    except ValueError:
        return published
    # Month names in the interface's language (QLocale's default, see ui/i18n.py).
    locale = QLocale()
    day = QDate(moment.year, moment.month, moment.day)
    if moment.hour == 0 and moment.minute == 0 and "T" not in published:
        return locale.toString(day, "d MMM yyyy")
    zone = moment.strftime(" %Z") if moment.tzinfo else ""
    return locale.toString(day, "d MMM yyyy") + moment.strftime(", %H:%M") + zone


class ExcerptView(QFrame):
    """Outlet, headline and publication time above a markable text."""

    def __init__(
        self, excerpt: Excerpt, parent: QWidget | None = None, markable: bool = True
    ) -> None:
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 10)
        source = " · ".join(
            part for part in (excerpt.outlet, format_published(excerpt.published)) if part
        )
        self.source_label = QLabel(source)
        self.source_label.setObjectName("excerptSource")
        self.source_label.setWordWrap(True)
        self.headline_label = QLabel(f"<b>{_escape(excerpt.headline)}</b>")
        self.headline_label.setObjectName("excerptHeadline")
        self.headline_label.setWordWrap(True)
        self.headline_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.headline_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.headline_label.setFont(font)
        self.text = MarkableText(excerpt.text, self, markable=markable)
        self.text.setAccessibleName(
            tr("Excerpt from %1: %2")
            .replace("%1", excerpt.outlet or tr("a report"))
            .replace("%2", excerpt.headline)
        )
        if excerpt.outlet or excerpt.published:
            layout.addWidget(self.source_label)
        else:
            self.source_label.hide()
        if excerpt.headline:
            layout.addWidget(self.headline_label)
        else:
            self.headline_label.hide()
        layout.addWidget(self.text)

    def changeEvent(self, event: QEvent) -> None:
        # Headline stays proportionally larger when the reader zooms.
        if event.type() == QEvent.Type.FontChange:
            font = self.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            self.headline_label.setFont(font)
        super().changeEvent(event)


class _InputBlocker(QObject):
    """Swallows mouse, wheel and key input, however it is delivered."""

    BLOCKED = {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.MouseButtonDblClick,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.KeyPress,
        QEvent.Type.KeyRelease,
    }

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's name
        return event.type() in self.BLOCKED


_BLOCKER: _InputBlocker | None = None


def freeze(widget: QWidget) -> None:
    """Stop input but keep the widget readable (disabled widgets turn pale grey)."""
    global _BLOCKER
    if _BLOCKER is None:
        _BLOCKER = _InputBlocker()
    widget.installEventFilter(_BLOCKER)
    widget.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents, True)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def restyle(widget: QWidget, object_name: str) -> None:
    """Give a widget a new object name and let the style sheet see it at once."""
    widget.setObjectName(object_name)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class QuestionWidget(QWidget):
    """Base of the per-type widgets."""

    response_changed = Signal()

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.layout_.setSpacing(10)
        self._locked = False

    def response(self) -> dict[str, Any]:
        raise NotImplementedError

    def set_response(self, response: dict[str, Any]) -> None:
        raise NotImplementedError

    def show_feedback(self, score: Score) -> None:
        raise NotImplementedError

    def is_answered(self) -> bool:
        raise NotImplementedError

    def is_locked(self) -> bool:
        return self._locked


class _MarkingMixin:
    """Shared by highlight and compare: excerpt views the reader marks in."""

    views: list[ExcerptView]

    def _marks_response(self) -> list[list[int]]:
        return [
            [index, start, end]
            for index, view in enumerate(self.views)
            for start, end in view.text.marks()
        ]

    def _restore_marks(self, response: dict[str, Any]) -> None:
        per_view: dict[int, list[tuple[int, int]]] = {}
        for mark in response.get("marks") or []:
            index, start, end = (int(value) for value in mark)
            per_view.setdefault(index, []).append((start, end))
        for index, view in enumerate(self.views):
            view.text.set_marks(per_view.get(index, []))

    def _show_span_feedback(self, score: Score) -> None:
        per_view: dict[int, list[Highlight]] = {}
        for item in score.spans:
            per_view.setdefault(item.excerpt_index, []).append(
                Highlight(item.start, item.end, item.status, localized(item.message))
            )
        for index, view in enumerate(self.views):
            view.text.set_locked(True)
            view.text.set_highlights(per_view.get(index, []))

    def _marking_tools(self, parent: QWidget) -> QWidget:
        bar = QWidget(parent)
        row = QHBoxLayout(bar)
        row.setContentsMargins(0, 0, 0, 0)
        hint = QLabel(
            tr(
                "Drag across words to mark a phrase; click a mark to remove it. "
                "Keyboard: arrows move, Shift+arrows extend, Space marks."
            )
        )
        hint.setWordWrap(True)
        hint.setObjectName("hint")
        self.undo_button = QPushButton(tr("&Undo mark"), bar)
        self.undo_button.setAccessibleName(tr("Undo the last mark"))
        self.undo_button.clicked.connect(self._undo_last)
        self.clear_button = QPushButton(tr("C&lear marks"), bar)
        self.clear_button.setAccessibleName(tr("Clear all marks"))
        self.clear_button.clicked.connect(self._clear_all)
        row.addWidget(hint, 1)
        row.addWidget(self.undo_button)
        row.addWidget(self.clear_button)
        self._edit_order: list[int] = []
        for index, view in enumerate(self.views):
            view.text.marks_changed.connect(lambda i=index: self._note_edit(i))
        return bar

    def _note_edit(self, index: int) -> None:
        if not getattr(self, "_replaying", False):
            self._edit_order.append(index)
        self.response_changed.emit()  # type: ignore[attr-defined]

    def _undo_last(self) -> None:
        while self._edit_order:
            index = self._edit_order.pop()
            view = self.views[index].text
            if view.can_undo():
                self._replaying = True
                view.undo()
                self._replaying = False
                return

    def _clear_all(self) -> None:
        for view in self.views:
            view.text.clear_marks()

    def _lock_tools(self) -> None:
        self.undo_button.setEnabled(False)
        self.clear_button.setEnabled(False)


class HighlightWidget(QuestionWidget, _MarkingMixin):
    """Mark every phrase of the target labels."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.views = [ExcerptView(excerpt, self) for excerpt in question.excerpts]
        for view in self.views:
            self.layout_.addWidget(view)
        self.layout_.addWidget(self._marking_tools(self))

    def response(self) -> dict[str, Any]:
        return {"marks": self._marks_response()}

    def set_response(self, response: dict[str, Any]) -> None:
        self._restore_marks(response)

    def is_answered(self) -> bool:
        return any(view.text.marks() for view in self.views)

    def show_feedback(self, score: Score) -> None:
        self._locked = True
        self._show_span_feedback(score)
        self._lock_tools()


class _OptionText(QLabel):
    """An option's words beside its button: they wrap, and a click picks the option."""

    def __init__(self, text: str, button: QAbstractButton, parent: QWidget) -> None:
        super().__init__(text, parent)
        self.button = button
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setBuddy(button)

    def mouseReleaseEvent(self, event: object) -> None:  # type: ignore[override]
        if self.button.isEnabled() and not self.button.testAttribute(
            Qt.WidgetAttribute.WA_TransparentForMouseEvents
        ):
            self.button.click()
            self.button.setFocus()


class _OptionGroup(QGroupBox):
    """Radio buttons (one answer) or check boxes (several) for options."""

    changed = Signal()

    def __init__(
        self, title: str, options: tuple[Option, ...], multiple: bool, parent: QWidget | None
    ) -> None:
        super().__init__(title, parent)
        self.options = options
        self.multiple = multiple
        grid = QGridLayout(self)
        grid.setColumnStretch(1, 1)
        self.group = QButtonGroup(self)
        self.group.setExclusive(not multiple)
        self.buttons: list[QAbstractButton] = []
        self.texts: list[_OptionText] = []
        self.results: list[QLabel] = []
        for index, option in enumerate(options):
            button: QAbstractButton = QCheckBox(self) if multiple else QRadioButton(self)
            button.setAccessibleName(option.text)
            text = _OptionText(option.text, button, self)
            result = QLabel(self)
            result.setWordWrap(True)
            result.hide()
            self.group.addButton(button, index)
            grid.addWidget(button, index * 2, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(text, index * 2, 1)
            grid.addWidget(result, index * 2 + 1, 1)
            self.buttons.append(button)
            self.texts.append(text)
            self.results.append(result)
        grid.setRowStretch(len(options) * 2, 1)
        self.group.buttonToggled.connect(lambda *_: self.changed.emit())

    def chosen(self) -> list[int]:
        return [index for index, button in enumerate(self.buttons) if button.isChecked()]

    def set_chosen(self, chosen: list[int]) -> None:
        if not self.multiple:
            # An exclusive group refuses to uncheck its last button.
            self.group.setExclusive(False)
        for index, button in enumerate(self.buttons):
            button.setChecked(index in chosen)
        self.group.setExclusive(not self.multiple)

    def show_feedback(self) -> None:
        chosen = set(self.chosen())
        for index, option in enumerate(self.options):
            freeze(self.buttons[index])
            if option.correct and index in chosen:
                verdict, name = tr("✓ Your answer, and right."), "feedbackRight"
            elif option.correct:
                verdict = tr("← Also right.") if self.multiple else tr("← The right answer.")
                name = "feedbackMissed"
            elif index in chosen:
                verdict, name = tr("✗ Your answer, but not right."), "feedbackWrong"
            else:
                continue
            if option.feedback:
                verdict += " " + option.feedback
            result = self.results[index]
            result.setText(verdict)
            restyle(result, name)
            result.show()
            self.buttons[index].setAccessibleName(f"{option.text}. {verdict}")


class ChoiceWidget(QuestionWidget):
    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.views = [ExcerptView(e, self, markable=False) for e in question.excerpts]
        for view in self.views:
            self.layout_.addWidget(view)
        title = tr("Choose every right answer") if question.multiple else tr("Choose one answer")
        self.options = _OptionGroup(title, question.options, question.multiple, self)
        self.options.changed.connect(self.response_changed)
        self.layout_.addWidget(self.options)

    def response(self) -> dict[str, Any]:
        return {"choices": self.options.chosen()}

    def set_response(self, response: dict[str, Any]) -> None:
        self.options.set_chosen([int(i) for i in response.get("choices") or []])

    def is_answered(self) -> bool:
        return bool(self.options.chosen())

    def show_feedback(self, score: Score) -> None:
        self._locked = True
        self.options.show_feedback()


class _ExcerptRow(QWidget):
    """Excerpts side by side, stacked when the window is narrow."""

    def __init__(self, views: list[ExcerptView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QBoxLayout(QBoxLayout.Direction.LeftToRight, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for view in views:
            self.box.addWidget(view, 1)

    def resizeEvent(self, event: object) -> None:  # type: ignore[override]
        direction = (
            QBoxLayout.Direction.TopToBottom
            if self.width() < NARROW_WIDTH
            else QBoxLayout.Direction.LeftToRight
        )
        if self.box.direction() != direction:
            self.box.setDirection(direction)
        super().resizeEvent(event)  # type: ignore[arg-type]


class CompareWidget(QuestionWidget, _MarkingMixin):
    """Mark the figures in each report, then give a verdict and a reason."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.views = [ExcerptView(excerpt, self) for excerpt in question.excerpts]
        self.row = _ExcerptRow(self.views, self)
        self.layout_.addWidget(self.row)
        self.layout_.addWidget(self._marking_tools(self))
        verdicts = tuple(Option(tr(text), correct=False) for _, text in VERDICT_CHOICES)
        self.verdict = _OptionGroup(tr("Do the figures conflict?"), verdicts, False, self)
        self.verdict.changed.connect(self.response_changed)
        bottom = QHBoxLayout()
        bottom.addWidget(self.verdict, 1)
        self.reasons: _OptionGroup | None = None
        if question.reasons:
            several = sum(1 for reason in question.reasons if reason.correct) > 1
            self.reasons = _OptionGroup(tr("Why?"), question.reasons, several, self)
            self.reasons.changed.connect(self.response_changed)
            bottom.addWidget(self.reasons, 2)
        self.layout_.addLayout(bottom)

    def response(self) -> dict[str, Any]:
        response: dict[str, Any] = {"marks": self._marks_response()}
        chosen = self.verdict.chosen()
        if chosen:
            response["verdict"] = VERDICT_CHOICES[chosen[0]][0]
        if self.reasons is not None:
            response["reasons"] = self.reasons.chosen()
        return response

    def set_response(self, response: dict[str, Any]) -> None:
        self._restore_marks(response)
        verdict = response.get("verdict")
        keys = [key for key, _ in VERDICT_CHOICES]
        self.verdict.set_chosen([keys.index(verdict)] if verdict in keys else [])
        if self.reasons is not None:
            self.reasons.set_chosen([int(i) for i in response.get("reasons") or []])

    def is_answered(self) -> bool:
        return bool(self.verdict.chosen()) or any(view.text.marks() for view in self.views)

    def show_feedback(self, score: Score) -> None:
        self._locked = True
        self._show_span_feedback(score)
        self._lock_tools()
        expected = self.question.verdict
        self.verdict.options = tuple(
            Option(tr(text), correct=(key == expected)) for key, text in VERDICT_CHOICES
        )
        self.verdict.show_feedback()
        if self.reasons is not None:
            self.reasons.show_feedback()


class ClassifyWidget(QuestionWidget):
    """The target phrases are shown marked and numbered; the reader labels each."""

    def __init__(self, question: Question, parent: QWidget | None = None) -> None:
        super().__init__(question, parent)
        self.views = [ExcerptView(e, self, markable=False) for e in question.excerpts]
        self.key = question.key_spans()
        for index, view in enumerate(self.views):
            highlights = [
                Highlight(span.start, span.end, "target", tr("Phrase %1").replace("%1", str(n + 1)))
                for n, (excerpt_index, span) in enumerate(self.key)
                if excerpt_index == index
            ]
            view.text.set_highlights(highlights)
            self.layout_.addWidget(view)
        box = QGroupBox(tr("Label each marked phrase"), self)
        grid = QGridLayout(box)
        self.combos: list[QComboBox] = []
        self.result_labels: list[QLabel] = []
        for n, (excerpt_index, span) in enumerate(self.key):
            phrase = question.excerpts[excerpt_index].span_text(span)
            label = QLabel(f"<b>{n + 1}.</b> “{_escape(phrase)}”", box)
            label.setWordWrap(True)
            combo = QComboBox(box)
            combo.addItem(tr("Choose…"), None)
            for target in question.targets:
                combo.addItem(label_name(target), target)
            combo.setAccessibleName(
                tr("Label for phrase %1: %2").replace("%1", str(n + 1)).replace("%2", phrase)
            )
            label.setBuddy(combo)
            combo.currentIndexChanged.connect(lambda *_: self.response_changed.emit())
            result = QLabel("", box)
            result.setWordWrap(True)
            result.hide()
            grid.addWidget(label, n * 2, 0)
            grid.addWidget(combo, n * 2, 1)
            grid.addWidget(result, n * 2 + 1, 0, 1, 2)
            self.combos.append(combo)
            self.result_labels.append(result)
        grid.setColumnStretch(0, 1)
        self.layout_.addWidget(box)

    def response(self) -> dict[str, Any]:
        labels = {
            index: combo.currentData()
            for index, combo in enumerate(self.combos)
            if combo.currentData() is not None
        }
        return {"labels": labels}

    def set_response(self, response: dict[str, Any]) -> None:
        labels = {int(key): value for key, value in (response.get("labels") or {}).items()}
        for index, combo in enumerate(self.combos):
            position = combo.findData(labels.get(index)) if index in labels else 0
            combo.setCurrentIndex(max(position, 0))

    def is_answered(self) -> bool:
        return any(combo.currentData() is not None for combo in self.combos)

    def show_feedback(self, score: Score) -> None:
        self._locked = True
        by_index = {item.span_index: item for item in score.labels}
        for index, (combo, result) in enumerate(zip(self.combos, self.result_labels, strict=True)):
            freeze(combo)
            item = by_index.get(index)
            if item is None:
                continue
            mark = "✓" if item.correct else "✗"
            result.setText(f"{mark} {_escape(localized(item.message))}")
            restyle(result, "feedbackRight" if item.correct else "feedbackWrong")
            result.setAccessibleName(result.text())
            result.show()
        for index, view in enumerate(self.views):
            highlights = [
                Highlight(
                    span.start,
                    span.end,
                    "found" if by_index.get(n) and by_index[n].correct else "missed",
                    localized(by_index[n].message) if n in by_index else "",
                )
                for n, (excerpt_index, span) in enumerate(self.key)
                if excerpt_index == index
            ]
            view.text.set_highlights(highlights)


_WIDGETS: dict[str, type[QuestionWidget]] = {
    "highlight": HighlightWidget,
    "compare": CompareWidget,
    "choice": ChoiceWidget,
    "classify": ClassifyWidget,
}


def make_question_widget(question: Question, parent: QWidget | None = None) -> QuestionWidget:
    widget = _WIDGETS[question.type](question, parent)
    widget.layout_.addStretch(1)
    return widget


class FeedbackView(QFrame):
    """Points, the explanation and what happened to each phrase, in words."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("feedbackView")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        self.points_label = QLabel(self)
        self.points_label.setObjectName("feedbackPoints")
        self.body = QLabel(self)
        self.body.setWordWrap(True)
        self.body.setTextFormat(Qt.TextFormat.RichText)
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.body.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.legend = QLabel(self)
        self.legend.setWordWrap(True)
        self.legend.setObjectName("hint")
        layout.addWidget(self.points_label)
        layout.addWidget(self.body)
        layout.addWidget(self.legend)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.hide()

    def clear(self) -> None:
        self.points_label.clear()
        self.body.clear()
        self.legend.clear()
        self.hide()

    def show_score(self, question: Question, score: Score) -> None:
        percent = round(score.fraction * 100)
        self.points_label.setText(
            "<b>"
            + tr("%1 of %2 points (%3%)")
            .replace("%1", f"{score.points:g}")
            .replace("%2", f"{score.max_points:g}")
            .replace("%3", str(percent))
            + "</b>"
        )
        lines: list[str] = []
        icons = {"found": "✓", "missed": "✗", "stray": "!"}
        for item in score.spans:
            lines.append(f"{icons.get(item.status, '•')} {_escape(localized(item.message))}")
        if score.labels:
            # Each phrase's result is shown under its label already: say it once.
            right = sum(1 for label_item in score.labels if label_item.correct)
            lines.append(
                _escape(
                    tr("%1 of %2 phrases labelled right; each result is shown under its phrase.")
                    .replace("%1", str(right))
                    .replace("%2", str(len(score.labels)))
                )
            )
        if question.type == "compare" and score.verdict_correct is not None:
            verdict_text = tr(
                dict(VERDICT_CHOICES).get(question.verdict or "", question.verdict or "")
            )
            if score.verdict_correct:
                lines.append("✓ " + _escape(tr("Verdict right: %1.").replace("%1", verdict_text)))
            else:
                lines.append(
                    "✗ " + _escape(tr("Verdict: the answer is “%1”.").replace("%1", verdict_text))
                )
        if question.type == "compare":
            lines += _reason_lines(score)
        if question.type in ("choice", "compare"):
            lines += _partial_credit_lines(score, with_picks=question.type == "choice")
        parts = []
        if question.explanation:
            parts.append(f"<p>{_escape(question.explanation)}</p>")
        if lines:
            parts.append("<p>" + "<br>".join(lines) + "</p>")
        self.body.setText("".join(parts))
        if score.spans:
            self.legend.setText(
                tr(
                    "In the text: found phrases have a solid underline, missed ones a dashed "
                    "underline, marks that are not in the key a wavy underline. "
                    "Point at a phrase to read its note."
                )
            )
        else:
            self.legend.clear()
        self.setAccessibleName(tr("Feedback"))
        self.setAccessibleDescription(self.points_label.text() + " " + self.body.text())
        self.show()


def _pick_line(pick: ChoiceFeedback, right: str, wrong: str, missed: str) -> str | None:
    """A choice said with ✓ or ✗ by the template that fits it (``%1``: its text): chosen
    and right, chosen and wrong, or right and not chosen; None for a wrong one left out."""
    if pick.chosen and pick.correct:
        template = "✓ " + right
    elif pick.chosen:
        template = "✗ " + wrong
    elif pick.correct:
        template = "✗ " + missed
    else:
        return None
    return template.replace("%1", pick.text)


def _reason_lines(score: Score) -> list[str]:
    """A compare question's reasons: each chosen one right or not, each right one missed."""
    lines: list[str] = []
    # The reader's own choices first, then the right reasons they left out.
    for reason in sorted(score.choices, key=lambda reason: not reason.chosen):
        line = _pick_line(
            reason,
            tr("Reason right: “%1”"),
            tr("Reason not right: “%1”"),
            tr("The right reason: “%1”"),
        )
        if line is None:
            continue
        if reason.feedback:
            line += " " + reason.feedback
        lines.append(_escape(line))
    if score.choices and not any(reason.chosen for reason in score.choices):
        lines.insert(0, _escape("✗ " + tr("No reason chosen.")))
    return lines


def _partial_credit_lines(score: Score, with_picks: bool) -> list[str]:
    """With several right options: each pick right or wrong, and the arithmetic."""
    right = sum(1 for item in score.choices if item.correct)
    chosen = [item for item in score.choices if item.chosen]
    if right < 2 or not chosen:
        return []
    lines: list[str] = []
    if with_picks:
        for item in score.choices:
            line = _pick_line(
                item,
                tr("Right pick: “%1”"),
                tr("Wrong pick: “%1”"),
                tr("Right, but not picked: “%1”"),
            )
            if line is not None:
                lines.append(_escape(line))
    right_picks = sum(1 for item in chosen if item.correct)
    wrong_picks = len(chosen) - right_picks
    credit = max(0.0, (right_picks - wrong_picks) / right)
    text = (
        tr("Partial credit: (%1 right − %2 wrong) ÷ %3 right options = %4")
        .replace("%1", str(right_picks))
        .replace("%2", str(wrong_picks))
        .replace("%3", str(right))
        .replace("%4", f"{round(credit, 4):g}")
    )
    if right_picks < wrong_picks:
        text += " " + tr("(never below 0)")
    lines.append(_escape(text))
    return lines


def install_undo_shortcut(widget: QuestionWidget) -> QShortcut | None:
    """Ctrl+Z anywhere in a marking question undoes the last mark."""
    if not isinstance(widget, HighlightWidget | CompareWidget):
        return None
    shortcut = QShortcut(QKeySequence.StandardKey.Undo, widget)
    shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    shortcut.activated.connect(widget._undo_last)
    return shortcut


@dataclass
class QuestionArea:
    """The prompt and, below it, a scrolling column with the question and its feedback."""

    prompt: QLabel
    area: QScrollArea
    content: QWidget
    content_layout: QVBoxLayout
    feedback_view: FeedbackView


def question_area(parent: QWidget) -> QuestionArea:
    """The parts the quiz runner and practice share; a question widget goes in at index 0
    of ``content_layout`` (above the feedback)."""
    prompt = QLabel(parent)
    prompt.setObjectName("prompt")
    prompt.setWordWrap(True)
    prompt.setTextFormat(Qt.TextFormat.PlainText)
    prompt.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    prompt.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    area = QScrollArea(parent)
    area.setObjectName("questionArea")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    content = QWidget()
    layout = QVBoxLayout(content)
    layout.setContentsMargins(0, 0, 6, 0)
    layout.setSpacing(12)
    feedback = FeedbackView(content)
    layout.addWidget(feedback)
    layout.addStretch(1)  # feedback follows the question, space below
    area.setWidget(content)
    return QuestionArea(prompt, area, content, layout, feedback)
