"""Each question type's widget: answering with mouse and keyboard, and the feedback shown."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.files import load_question_set
from quizapp.core.model import Question
from quizapp.core.scoring import score
from quizapp.ui.question_widgets import (
    ClassifyWidget,
    CompareWidget,
    FeedbackView,
    HighlightWidget,
    QuestionWidget,
    make_question_widget,
)
from tests.gui.helpers import drag, keys

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


@pytest.fixture(scope="module")
def questions() -> dict[str, Question]:
    return {q.id: q for q in load_question_set(FIXTURE).questions}


def shown(qtbot: QtBot, question: Question) -> QuestionWidget:
    widget = make_question_widget(question)
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_highlight_drag_then_feedback(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """Dragging over the hedge marks it; feedback shows it found with full points."""
    widget = shown(qtbot, questions["fire-speculation"])
    assert isinstance(widget, HighlightWidget)
    text = widget.views[0].text
    start = text.text().index("will likely rise")
    drag(qtbot, text, start, start + len("will likely rise"))
    response = widget.response()
    assert response == {"marks": [[0, start, start + len("will likely rise")]]}
    result = score(widget.question, response)
    widget.show_feedback(result)
    feedback = FeedbackView()
    qtbot.addWidget(feedback)
    feedback.show_score(widget.question, result)
    assert "1 of 1 points" in feedback.points_label.text()
    assert "Found" in feedback.body.text()
    drawn = {text.text()[start:end] for start, end, _ in text.drawn_ranges()}
    assert drawn == {"will likely rise"}  # the key is drawn only now
    assert widget.is_locked()


def test_highlight_key_hidden_before_submitting(
    qtbot: QtBot, questions: dict[str, Question]
) -> None:
    """Before feedback nothing in the text reveals where the key spans are."""
    widget = shown(qtbot, questions["fire-speculation"])
    assert widget.views[0].text.drawn_ranges() == []
    assert "will likely rise" not in widget.views[0].text.accessibleDescription()


def test_highlight_undo_button(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """The Undo mark button takes back the last mark; Clear marks removes all."""
    widget = shown(qtbot, questions["fire-speculation"])
    assert isinstance(widget, HighlightWidget)
    text = widget.views[0].text
    drag(qtbot, text, 0, 5)
    drag(qtbot, text, 6, 13)
    qtbot.mouseClick(widget.undo_button, Qt.MouseButton.LeftButton)
    assert text.marks() == [(0, 5)]
    qtbot.mouseClick(widget.clear_button, Qt.MouseButton.LeftButton)
    assert text.marks() == []


def test_compare_with_keyboard_only(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """Marks in both reports, a verdict and a reason, all by keyboard, score full marks."""
    widget = shown(qtbot, questions["fire-toll"])
    assert isinstance(widget, CompareWidget)
    first, second = (view.text for view in widget.views)
    first.setFocus()
    # "The fire left 12 dead": the figure is words 4-5.
    keys(
        qtbot, first, *[Qt.Key.Key_Right] * 3, (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    )
    keys(qtbot, first, Qt.Key.Key_Space)
    # "At least 15 people died": words 3-4.
    second.setFocus()
    keys(
        qtbot,
        second,
        *[Qt.Key.Key_Right] * 2,
        (Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier),
    )
    keys(qtbot, second, Qt.Key.Key_Space)
    widget.verdict.buttons[0].setFocus()
    keys(qtbot, widget.verdict.buttons[0], Qt.Key.Key_Space)
    assert widget.reasons is not None
    widget.reasons.buttons[0].setFocus()
    keys(qtbot, widget.reasons.buttons[0], Qt.Key.Key_Space)
    response = widget.response()
    assert response["verdict"] == "conflict"
    assert response["reasons"] == [0]
    result = score(widget.question, response)
    assert result.points == result.max_points == 3
    widget.show_feedback(result)
    assert not widget.verdict.results[0].isHidden()


def test_compare_stacks_when_narrow(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """Side by side when wide, one above the other when the window is narrow."""
    widget = shown(qtbot, questions["fire-toll"])
    assert isinstance(widget, CompareWidget)
    first, second = widget.views
    assert first.geometry().top() == second.geometry().top()
    widget.resize(600, 900)
    qtbot.wait(10)
    assert second.geometry().top() > first.geometry().bottom() - 1


def test_choice_by_clicking_the_words(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """Clicking an option's text picks it; feedback names the right answer."""
    widget = shown(qtbot, questions["fire-source"])
    options = widget.options  # type: ignore[attr-defined]
    qtbot.mouseClick(options.texts[1], Qt.MouseButton.LeftButton)
    assert widget.response() == {"choices": [1]}
    qtbot.mouseClick(options.texts[0], Qt.MouseButton.LeftButton)
    assert widget.response() == {"choices": [0]}
    widget.show_feedback(score(widget.question, widget.response()))
    assert "right" in options.results[0].text()


def test_classify_with_combos(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """Each target phrase gets a label; a confusion is named in the feedback."""
    widget = shown(qtbot, questions["fire-labels"])
    assert isinstance(widget, ClassifyWidget)
    assert len(widget.combos) == 3
    wanted = ["figure", "speculation", "speculation"]  # the second is really unconfirmed
    for combo, label in zip(widget.combos, wanted, strict=True):
        combo.setFocus()
        combo.setCurrentIndex(combo.findData(label))
    response = widget.response()
    assert response == {"labels": {0: "figure", 1: "speculation", 2: "speculation"}}
    result = score(widget.question, response)
    assert result.points == 2
    widget.show_feedback(result)
    assert "you called this speculation" in widget.result_labels[1].text()


def test_set_response_restores_every_type(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """A stored response shown again gives back the same response (resume, review)."""
    responses = {
        "fire-speculation": {"marks": [[0, 58, 74]]},
        "fire-toll": {"marks": [[0, 14, 21], [1, 9, 18]], "verdict": "compatible", "reasons": [1]},
        "fire-source": {"choices": [0]},
        "fire-labels": {"labels": {0: "figure", 2: "speculation"}},
    }
    for question_id, response in responses.items():
        widget = shown(qtbot, questions[question_id])
        widget.set_response(response)
        assert widget.response() == response, question_id
        assert widget.is_answered()


def test_every_control_has_an_accessible_name(qtbot: QtBot, questions: dict[str, Question]) -> None:
    """Buttons, texts and combos carry names a screen reader can speak."""
    for question in questions.values():
        widget = shown(qtbot, question)
        for child in widget.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and child.isVisible():
                if isinstance(child, QComboBox) or child.metaObject().className() in (
                    "QPushButton",
                    "QRadioButton",
                    "QCheckBox",
                    "MarkableText",
                ):
                    assert child.accessibleName(), (question.id, child)


def test_multiple_choice_partial_credit_shown(qtbot: QtBot) -> None:
    """Picking one right and one wrong option shows each pick and the credit arithmetic."""
    bundled = Path(__file__).resolve().parents[2] / "questions" / "paris-2015.yaml"
    question = next(q for q in load_question_set(bundled).questions if q.multiple)
    right = [i for i, option in enumerate(question.options) if option.correct]
    wrong = [i for i, option in enumerate(question.options) if not option.correct]
    widget = shown(qtbot, question)
    options = widget.options  # type: ignore[attr-defined]
    qtbot.mouseClick(options.texts[right[0]], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(options.texts[wrong[0]], Qt.MouseButton.LeftButton)
    result = score(question, widget.response())
    feedback = FeedbackView()
    qtbot.addWidget(feedback)
    feedback.show_score(question, result)
    body = feedback.body.text()
    assert "Right pick" in body and "Wrong pick" in body and "Right, but not picked" in body
    expected = max(0.0, (1 - 1) / len(right))
    assert f"(1 right − 1 wrong) ÷ {len(right)} right options = {expected:g}" in body
    assert result.points == expected
