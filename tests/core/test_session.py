"""A quiz attempt: order, submitting, resuming, the clock, and the results."""

from __future__ import annotations

import random
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.core.model import QuizSettings
from quizapp.core.session import QuizSession, choose_questions

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


class FakeClock:
    def __init__(self) -> None:
        self.now = datetime(2026, 1, 5, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    opened = Bank.open(tmp_path / "bank.sqlite3")
    opened.import_sets([load_question_set(FIXTURE)])
    yield opened
    opened.close()


def test_submit_is_stored_at_once(bank: Bank, tmp_path: Path) -> None:
    """An answer is in the database file as soon as submit returns."""
    profile = bank.add_profile("Ada")
    session = QuizSession.start(bank, profile.id, "harbour-fire")
    session.submit(0, {"marks": [[0, 58, 74]]})
    other = Bank.open(tmp_path / "bank.sqlite3")
    try:
        stored = other.responses(session.attempt.id)
    finally:
        other.close()
    assert [(r.question_id, r.points) for r in stored] == [("fire-speculation", 1.0)]


def test_resume_continues_at_first_unanswered(bank: Bank) -> None:
    """After a restart the attempt resumes at the next question with answers intact."""
    profile = bank.add_profile("Ada")
    session = QuizSession.start(bank, profile.id, "harbour-fire")
    session.submit(0, {"marks": [[0, 58, 74]]})
    session.submit(1, {"marks": [], "verdict": "conflict"})
    resumed = QuizSession.resume(bank, profile.id)
    assert resumed is not None
    assert resumed.current_index == 2
    assert resumed.response_for(0) == {"marks": [[0, 58, 74]]}
    assert resumed.response_for(1) == {"marks": [], "verdict": "conflict"}


def test_finished_attempt_is_not_resumed(bank: Bank) -> None:
    """Once finished, an attempt is not offered again."""
    profile = bank.add_profile("Ada")
    session = QuizSession.start(bank, profile.id, "harbour-fire")
    session.finish()
    assert QuizSession.resume(bank, profile.id) is None


def test_profiles_do_not_see_each_others_attempts(bank: Bank) -> None:
    """An unfinished attempt belongs to its profile only."""
    ada, ben = bank.add_profile("Ada"), bank.add_profile("Ben")
    QuizSession.start(bank, ada.id, "harbour-fire")
    assert QuizSession.resume(bank, ben.id) is None


def test_time_limit_and_expiry(bank: Bank) -> None:
    """With a time limit the remaining time falls with the clock; expiry keeps the answer."""
    clock = FakeClock()
    profile = bank.add_profile("Ada")
    settings = QuizSettings(time_limit_minutes=2)
    session = QuizSession.start(bank, profile.id, "harbour-fire", clock=clock, settings=settings)
    assert session.remaining_seconds() == 120
    clock.advance(seconds=90)
    assert session.remaining_seconds() == 30
    assert not session.expired()
    clock.advance(seconds=31)
    assert session.expired()
    results = session.expire({"marks": [[0, 58, 74]]})
    assert session.finished
    assert results.items[0].score is not None and results.items[0].score.points == 1
    assert all(item.score is None for item in results.items[1:])


def test_no_time_limit_means_no_deadline(bank: Bank) -> None:
    """Without a time limit there is no countdown."""
    profile = bank.add_profile("Ada")
    session = QuizSession.start(bank, profile.id, "harbour-fire")
    assert session.remaining_seconds() is None and not session.expired()


def test_results_per_skill_weigh_questions_equally(bank: Bank) -> None:
    """Totals average the question fractions; each skill averages its own questions."""
    profile = bank.add_profile("Ada")
    session = QuizSession.start(bank, profile.id, "harbour-fire")
    session.submit(0, {"marks": [[0, 58, 74]]})  # speculation: 1/1
    session.submit(1, {"marks": [], "verdict": "conflict", "reasons": [0]})  # figure: 2/3
    session.submit(2, {"choices": [1]})  # no skill: 0/1
    session.submit(3, {"labels": {0: "figure"}})  # figure, unconfirmed, speculation: 1/3
    results = session.finish()
    assert results.fraction == pytest.approx((1 + 2 / 3 + 0 + 1 / 3) / 4)
    skills = {s.skill: s for s in results.skills}
    assert skills["speculation"].fraction == pytest.approx((1 + 1 / 3) / 2)
    assert skills["figure"].fraction == pytest.approx((2 / 3 + 1 / 3) / 2)
    assert skills["unconfirmed"].questions == 1


def test_pass_mark(bank: Bank) -> None:
    """A pass mark turns the percentage into passed or not."""
    profile = bank.add_profile("Ada")
    settings = QuizSettings(pass_mark=50)
    session = QuizSession.start(bank, profile.id, "harbour-fire", settings=settings)
    session.submit(0, {"marks": [[0, 58, 74]]})
    assert session.finish().passed is False


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (QuizSettings(), ["fire-speculation", "fire-toll", "fire-source", "fire-labels"]),
        (QuizSettings(questions=("fire-labels", "fire-toll")), ["fire-labels", "fire-toll"]),
        (QuizSettings(draw={"speculation": 1}), None),
    ],
    ids=["file-order", "chosen-order", "draw"],
)
def test_choose_questions(settings: QuizSettings, expected: list[str] | None) -> None:
    """Questions come in file order, in the quiz's order, or drawn per skill."""
    question_set = load_question_set(FIXTURE)
    chosen = choose_questions(list(question_set.questions), settings, random.Random(1))
    if expected is not None:
        assert chosen == expected
    else:
        assert len(chosen) == 1
        assert "speculation" in question_set.question(chosen[0]).skills


def test_shuffle_keeps_every_question(bank: Bank) -> None:
    """Shuffling changes the order, never the questions."""
    question_set = load_question_set(FIXTURE)
    settings = replace(QuizSettings(), shuffle=True)
    orders = {
        tuple(choose_questions(list(question_set.questions), settings, random.Random(seed)))
        for seed in range(10)
    }
    assert len(orders) > 1
    assert all(sorted(order) == sorted(q.id for q in question_set.questions) for order in orders)


def test_attempts_left_counts_finished_attempts_against_the_limit(bank: Bank) -> None:
    """A quiz allowing two attempts leaves 2, then 1, then 0 (never below); no limit: None."""
    profile = bank.add_profile("Ada")
    assert QuizSession.attempts_left(bank, profile.id, "harbour-fire") is None
    question_set = load_question_set(FIXTURE)
    limited = replace(question_set, quiz=replace(question_set.quiz or QuizSettings(), attempts=2))
    bank.import_sets([limited])
    left = [QuizSession.attempts_left(bank, profile.id, "harbour-fire")]
    for _ in range(3):
        QuizSession.start(bank, profile.id, "harbour-fire").finish()
        left.append(QuizSession.attempts_left(bank, profile.id, "harbour-fire"))
    assert left == [2, 1, 0, 0]
