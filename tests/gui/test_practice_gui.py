"""Practice and progress screens, driven as a reader would: marks, clicks and keys."""

from __future__ import annotations

import os
import random
import sqlite3
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from quizapp.core.bank import Bank, BankError, Profile
from quizapp.core.files import load_question_set
from quizapp.core.model import Question
from quizapp.core.practice import PracticeSession, Progress
from quizapp.ui.practice_view import PracticeView
from quizapp.ui.progress_view import BAR_DAYS, ProgressView
from quizapp.ui.question_widgets import (
    ChoiceWidget,
    ClassifyWidget,
    CompareWidget,
    HighlightWidget,
    QuestionWidget,
)
from quizapp.ui.themes import apply_theme
from tests.gui.helpers import drag, keys

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
PROJECT = Path(__file__).resolve().parents[2]


class Clock:
    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def harbour_bank(tmp_path: Path) -> Iterator[Bank]:
    bank = Bank.open(tmp_path / "bank.sqlite3")
    bank.import_sets([load_question_set(FIXTURES / "harbour-fire.yaml")])
    yield bank
    bank.close()


def shown(qtbot: QtBot, widget: QWidget, size: tuple[int, int] = (1280, 800)) -> QWidget:
    qtbot.addWidget(widget)
    widget.resize(*size)
    widget.show()
    qtbot.waitExposed(widget)
    widget.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget, timeout=2000)
    return widget


def press(qtbot: QtBot, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    """Press ``key`` on whatever has the focus, as the keyboard would."""
    focused = QApplication.focusWidget()
    assert focused is not None, "nothing has the focus"
    qtbot.keyClick(focused, key, modifiers)


def answer_right(qtbot: QtBot, widget: QuestionWidget) -> None:
    """Give the key's answer with the mouse and keyboard, as a reader would."""
    question = widget.question
    qtbot.waitUntil(widget.isVisible)
    qtbot.wait(10)  # laid out, so characters have their places on screen
    if isinstance(widget, HighlightWidget | CompareWidget):
        for index, span in question.key_spans():
            drag(qtbot, widget.views[index].text, span.start, span.end)
    if isinstance(widget, CompareWidget):
        verdicts = ["conflict", "compatible", "cannot-tell"]
        button = widget.verdict.buttons[verdicts.index(question.verdict or "conflict")]
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
        assert widget.reasons is not None
        for index, reason in enumerate(question.reasons):
            if reason.correct:
                qtbot.mouseClick(widget.reasons.buttons[index], Qt.MouseButton.LeftButton)
    if isinstance(widget, ChoiceWidget):
        for index, option in enumerate(question.options):
            if option.correct:
                qtbot.mouseClick(widget.options.buttons[index], Qt.MouseButton.LeftButton)
    if isinstance(widget, ClassifyWidget):
        for combo, (_excerpt, span) in zip(widget.combos, question.key_spans(), strict=True):
            wanted = combo.findData(
                next(label for label in span.labels if label in question.targets)
            )
            combo.setFocus()
            keys(qtbot, combo, *([Qt.Key.Key_Down] * wanted))
            assert combo.currentIndex() == wanted


def test_practice_session_through_the_widgets(qtbot: QtBot, harbour_bank: Bank) -> None:
    """Answering right, then blank, through the real widgets: the feedback on screen, the
    strip's count, and a missed question coming back as a review."""
    clock = Clock(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    profile = harbour_bank.add_profile("Ada")
    view = PracticeView(harbour_bank, profile, clock, tz=UTC, rng=random.Random(3))
    shown(qtbot, view)
    submitted: list[Any] = []
    view.answer_submitted.connect(submitted.append)
    assert view.strip.today_label.text() == "Today: 0 of 20"
    assert view.strip.weakest_label.text() == "Weakest skill: not known yet"
    seen: dict[str, str] = {}
    for number in range(4):
        widget = view.question_widget
        assert widget is not None
        assert view.kind_label.text().startswith("New")
        assert view.prompt.text() == widget.question.prompt
        right = number % 2 == 0
        if right:
            answer_right(qtbot, widget)
        clock.now += timedelta(seconds=90)
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        points = view.feedback_view.points_label.text()
        assert view.feedback_view.isVisible()
        if right:
            assert "(100%)" in points, points
        else:
            assert "(0%)" in points, points
        assert widget.is_locked()
        assert view.primary_button.text() == "&Next question"
        assert view.strip.today_label.text() == f"Today: {number + 1} of 20"
        seen[widget.question.id] = "right" if right else "missed"
        if number == 3:
            clock.now += timedelta(minutes=11)  # the missed ones are due again
        qtbot.mouseClick(view.primary_button, Qt.MouseButton.LeftButton)
    assert len(submitted) == 4 and len(seen) == 4  # every question, one with no skill too
    widget = view.question_widget
    assert widget is not None
    assert view.kind_label.text().startswith("Review")
    assert seen[widget.question.id] == "missed"
    assert "Weakest skill: " in view.strip.weakest_label.text()
    assert view.strip.due_label.text() == "Due for review: 2"


def test_end_practice_closes_the_sitting(qtbot: QtBot, harbour_bank: Bank) -> None:
    """End practice emits practice_finished and records when the sitting ended."""
    clock = Clock(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    profile = harbour_bank.add_profile("Ada")
    view = PracticeView(harbour_bank, profile, clock, tz=UTC)
    shown(qtbot, view)
    clock.now += timedelta(seconds=30)
    qtbot.mouseClick(view.primary_button, Qt.MouseButton.LeftButton)  # a blank answer
    clock.now += timedelta(minutes=5)
    with qtbot.waitSignal(view.practice_finished, timeout=1000):
        qtbot.mouseClick(view.strip.end_button, Qt.MouseButton.LeftButton)
    sessions = Progress(harbour_bank, UTC).sessions(profile.id)
    assert [(s.answers, s.ended_at) for s in sessions] == [(1, clock.now)]


def test_daily_goal_reached_is_announced(qtbot: QtBot, harbour_bank: Bank) -> None:
    """The answer that reaches the daily goal says so."""
    clock = Clock(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    profile = harbour_bank.add_profile("Ada")
    Progress(harbour_bank, UTC).set_daily_goal(profile.id, 2)
    view = PracticeView(harbour_bank, profile, clock, tz=UTC)
    shown(qtbot, view)
    qtbot.mouseClick(view.primary_button, Qt.MouseButton.LeftButton)
    assert "goal" not in view.note.text()
    qtbot.mouseClick(view.primary_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(view.primary_button, Qt.MouseButton.LeftButton)
    assert "Daily goal reached" in view.note.text()
    assert view.strip.today_label.text() == "Today: 2 of 2"
    assert view.strip.streak_label.text() == "Streak: 1 day"


@pytest.mark.parametrize(
    "failure",
    [sqlite3.OperationalError("database or disk is full"), BankError("the bank is read-only")],
)
def test_failed_save_keeps_the_answer(
    qtbot: QtBot, harbour_bank: Bank, monkeypatch: pytest.MonkeyPatch, failure: Exception
) -> None:
    """When the answer cannot be stored the reader is told, keeps the answer on screen and
    can submit again."""
    clock = Clock(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    profile = harbour_bank.add_profile("Ada")
    view = PracticeView(harbour_bank, profile, clock, tz=UTC, rng=random.Random(3))
    shown(qtbot, view)
    widget = view.question_widget
    assert widget is not None
    answer_right(qtbot, widget)
    response = widget.response()
    real_save = harbour_bank.save_practice_review

    def broken(*args: Any, **kwargs: Any) -> int:
        raise failure

    monkeypatch.setattr(harbour_bank, "save_practice_review", broken)
    qtbot.mouseClick(view.primary_button, Qt.MouseButton.LeftButton)
    assert "not saved" in view.note.text()
    assert view.note.objectName() == "errorText"
    assert view.answering and not widget.is_locked()
    assert widget.response() == response
    monkeypatch.setattr(harbour_bank, "save_practice_review", real_save)
    qtbot.mouseClick(view.primary_button, Qt.MouseButton.LeftButton)
    assert "(100%)" in view.feedback_view.points_label.text()
    assert len(harbour_bank.practice_reviews(profile.id)) == 1


def test_empty_bank_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    """With nothing to practise the view explains and Submit is off."""
    bank = Bank.open(tmp_path / "empty.sqlite3")
    view = PracticeView(bank, bank.add_profile("Ada"), Clock(datetime(2026, 3, 4, tzinfo=UTC)))
    shown(qtbot, view)
    assert "no questions" in view.prompt.text()
    assert not view.primary_button.isEnabled()
    view.finish()
    bank.close()


def test_controls_have_accessible_names(qtbot: QtBot, harbour_bank: Bank) -> None:
    """Buttons, the goal bar and the goal spin box can be told apart by a screen reader."""
    clock = Clock(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    profile = harbour_bank.add_profile("Ada")
    practice = shown(qtbot, PracticeView(harbour_bank, profile, clock, tz=UTC))
    progress = shown(qtbot, ProgressView(harbour_bank, profile, clock, tz=UTC))
    assert isinstance(practice, PracticeView) and isinstance(progress, ProgressView)
    for control in (
        practice.primary_button,
        practice.strip.end_button,
        practice.strip.goal_bar,
        progress.goal_spin,
        progress.history,
        progress.mastery_chart,
        progress.answers_chart,
    ):
        assert control.accessibleName(), control


def test_titles_follow_the_zoom(qtbot: QtBot, harbour_bank: Bank) -> None:
    """Headings stay proportionally larger when the main window zooms the font."""
    clock = Clock(datetime(2026, 3, 4, 9, 0, tzinfo=UTC))
    profile = harbour_bank.add_profile("Ada")
    practice = PracticeView(harbour_bank, profile, clock, tz=UTC)
    progress = ProgressView(harbour_bank, profile, clock, tz=UTC)
    for view in (practice, progress):
        shown(qtbot, view)
        base = view.font().pointSizeF()
        assert view.title.font().pointSizeF() == pytest.approx(base * 1.25)
        bigger = QFont(view.font())
        bigger.setPointSizeF(base * 2)
        view.setFont(bigger)
        assert view.title.font().pointSizeF() == pytest.approx(base * 2.5)
        assert view.title.font().bold()
    assert practice.prompt.font().pointSizeF() == pytest.approx(practice.font().pointSizeF() * 1.35)


# --- progress --------------------------------------------------------------------------------


def right_response(question: Question) -> dict[str, Any]:
    """The key's own answer, as a response dict."""
    if question.type == "choice":
        return {"choices": [i for i, option in enumerate(question.options) if option.correct]}
    if question.type == "classify":
        return {
            "labels": {
                str(n): next(label for label in span.labels if label in question.targets)
                for n, (_index, span) in enumerate(question.key_spans())
            }
        }
    response: dict[str, Any] = {
        "marks": [[index, span.start, span.end] for index, span in question.key_spans()]
    }
    if question.type == "compare":
        response["verdict"] = question.verdict
        response["reasons"] = [i for i, reason in enumerate(question.reasons) if reason.correct]
    return response


BLANK = {
    "highlight": {"marks": []},
    "compare": {"marks": []},
    "choice": {"choices": []},
    "classify": {"labels": {}},
}


def practise(
    bank: Bank,
    profile: Profile,
    plan: dict[int, int],
    ability: dict[str, float],
    start: date = date(2026, 3, 2),
    seed: int = 7,
) -> Clock:
    """Answer ``plan[day]`` questions on each planned day (day 0 is ``start``), right
    with ``ability`` per skill, rising a little each day."""
    learner = random.Random(seed)
    clock = Clock(datetime(start.year, start.month, start.day, 18, tzinfo=UTC))
    for day, count in sorted(plan.items()):
        clock.now = datetime(start.year, start.month, start.day, 18, tzinfo=UTC) + timedelta(
            days=day
        )
        session = PracticeSession(bank, profile.id, clock=clock, rng=random.Random(day), tz=UTC)
        for _ in range(count):
            item = session.next_question()
            assert item is not None
            question = item[0]
            chance = sum(ability.get(skill, 0.7) for skill in question.skills)
            chance = chance / max(1, len(question.skills)) + 0.03 * day
            right = learner.random() < chance
            clock.now += timedelta(seconds=45)
            session.answer(question, right_response(question) if right else BLANK[question.type])
        session.finish()
    return clock


def test_progress_view_series_and_points(qtbot: QtBot, harbour_bank: Bank) -> None:
    """One line per practised skill with a point per day from its first answer, fourteen
    bars of answers per day, the session history, streak and a goal stored per profile."""
    profile = harbour_bank.add_profile("Ada")
    other = harbour_bank.add_profile("Ben")
    plan = {0: 3, 1: 4, 3: 5, 4: 2}
    clock = practise(harbour_bank, profile, plan, dict.fromkeys(("figure", "speculation"), 0.5))
    Progress(harbour_bank, UTC).set_daily_goal(profile.id, 2)
    clock.now += timedelta(hours=1)
    view = ProgressView(harbour_bank, profile, clock, tz=UTC)
    shown(qtbot, view)

    expected_days = Progress(harbour_bank, UTC).mastery_by_day(profile.id, clock.now)
    assert len(expected_days) == 4
    assert set(view.mastery_chart.lines) == {"figure", "speculation", "unconfirmed"}
    for skill, line in view.mastery_chart.lines.items():
        first = next(n for n, (_day, snapshot) in enumerate(expected_days) if skill in snapshot)
        assert line.count() == len(expected_days) - first, skill
        assert line.name() == {"unconfirmed": "unconfirmed attribution"}.get(skill, skill)
        assert view.mastery_chart.bands[skill].upperSeries().count() == line.count()
        last = expected_days[-1][1][skill]
        assert line.at(line.count() - 1).y() == pytest.approx(last.value * 100)
    values = view.answers_chart.values()
    assert len(values) == BAR_DAYS
    assert values[-5:] == [3, 4, 0, 5, 2]
    assert sum(values) == sum(plan.values())
    assert view.history.rowCount() == 4
    assert [view.history.item(row, 1).text() for row in range(4)] == ["2", "5", "4", "3"]
    assert view.streak_label.text() == "Streak: 2 days"
    assert view.today_label.text() == "Today: 2 of 2"
    assert view.empty_label.isHidden()

    view.goal_spin.setFocus()
    view.goal_spin.selectAll()
    qtbot.keyClicks(view.goal_spin, "3")
    assert Progress(harbour_bank, UTC).daily_goal(profile.id) == 3
    assert Progress(harbour_bank, UTC).daily_goal(other.id) == 20
    assert view.streak_label.text() == "Streak: 1 day"  # only day 3 had 3 or more
    assert view.answers_chart.goal_line is not None
    assert view.answers_chart.goal_line.at(0).y() == 3


def test_progress_view_without_practice(qtbot: QtBot, harbour_bank: Bank) -> None:
    """A profile that never practised sees an explanation and empty charts."""
    profile = harbour_bank.add_profile("Ada")
    view = ProgressView(harbour_bank, profile, Clock(datetime(2026, 3, 4, tzinfo=UTC)), tz=UTC)
    shown(qtbot, view)
    assert view.empty_label.isVisible()
    assert view.mastery_chart.lines == {}
    assert view.answers_chart.values() == [0] * BAR_DAYS
    assert view.history.rowCount() == 0
    view.refresh()


# --- screenshots -----------------------------------------------------------------------------


def _screenshot_bank(path: Path) -> Bank:
    """The bundled questions when present (the fixture set otherwise), with twelve days
    of practice by a learner weak at speculation, two days skipped."""
    bank = Bank.open(path)
    sets = [load_question_set(p) for p in sorted((PROJECT / "questions").glob("*.yaml"))]
    bank.import_sets(sets or [load_question_set(FIXTURES / "harbour-fire.yaml")])
    return bank


@pytest.fixture
def themed() -> Iterator[QApplication]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    yield app
    apply_theme(app, "system")


def test_screenshots(qtbot: QtBot, tmp_path: Path, themed: QApplication) -> None:
    """Both screens render at 1280x800 and 1024x600 in the light and dark themes.

    Set QUIZAPP_SCREENSHOTS=docs/screenshots to write the pictures for the docs there.
    """
    out = Path(os.environ.get("QUIZAPP_SCREENSHOTS") or tmp_path)
    out.mkdir(parents=True, exist_ok=True)
    bank = _screenshot_bank(tmp_path / "shots.sqlite3")
    profile = bank.add_profile("Ada")
    plan = {day: count for day, count in enumerate([12, 20, 25, 20, 0, 15, 20, 22, 0, 20, 24, 20])}
    clock = practise(
        bank, profile, {d: c for d, c in plan.items() if c}, {"speculation": 0.3}, seed=11
    )
    clock.now += timedelta(days=1)
    clock.now = clock.now.replace(hour=8)
    sizes = {(1280, 800): "", (1024, 600): "-1024x600"}
    for theme in ("light", "dark"):
        apply_theme(themed, theme)
        for size, suffix in sizes.items():
            progress = ProgressView(bank, profile, clock, tz=UTC)
            shown(qtbot, progress, size)
            picture = progress.grab()
            assert (picture.size().width(), picture.size().height()) == size
            corner = picture.toImage().pixelColor(3, 3)
            assert (corner.lightness() < 128) == (theme == "dark")
            assert picture.save(str(out / f"progress-{theme}{suffix}.png"))
            progress.close()
    for number, (theme, size) in enumerate(
        (theme, size) for theme in ("light", "dark") for size in sizes
    ):
        apply_theme(themed, theme)
        # Each picture answers the same question, on its own copy of the bank.
        copy = Bank.open(bank.backup(tmp_path / f"copy-{number}.sqlite3"))
        view = PracticeView(copy, profile, clock, tz=UTC, rng=random.Random(2))
        shown(qtbot, view, size)
        widget = view.question_widget
        assert widget is not None
        answer_right(qtbot, widget)
        assert view.submit() is not None
        qtbot.wait(20)
        picture = view.grab()
        corner = picture.toImage().pixelColor(3, 3)
        assert (corner.lightness() < 128) == (theme == "dark")
        assert picture.save(str(out / f"practice-{theme}{sizes[size]}.png"))
        view.finish()
        view.close()
        copy.close()
    bank.close()
