"""The class report's advice: hardest questions first, weak discrimination flagged."""

from __future__ import annotations

import pytest

from quizapp.core import advice
from quizapp.core.grading import QuestionInfo, QuestionStats


def stat(number: int, facility: float | None, point_biserial: float | None) -> QuestionStats:
    info = QuestionInfo(f"q{number}", number, "choice", f"Question {number}", ("speculation",))
    return QuestionStats(info, 10, facility, point_biserial, None)


@pytest.mark.parametrize(
    ("value", "weak"),
    [(None, False), (-0.3, True), (0.0, True), (0.194, True), (0.195, False), (0.2, False)],
)
def test_weak_discrimination_threshold(value: float | None, weak: bool) -> None:
    """An index under 0.20 (rounded to two places) is weak; one not computed never is."""
    assert advice.is_weak_discrimination(value) is weak


def test_hardest_questions_lowest_facility_first_ties_by_number() -> None:
    """What to teach next: the three lowest facilities, ties in question order, unscored out."""
    stats = [stat(1, 0.9, 0.5), stat(2, 0.2, 0.5), stat(3, None, None), stat(4, 0.2, 0.5)]
    stats += [stat(5, 0.5, 0.5), stat(6, 0.4, 0.5)]
    assert [s.question.number for s in advice.hardest_questions(stats)] == [2, 4, 6]


def test_questions_to_check_are_the_weakly_discriminating_ones() -> None:
    """Questions to check are those whose point-biserial is weak, in question order."""
    stats = [stat(1, 0.5, 0.1), stat(2, 0.5, 0.6), stat(3, 0.5, None), stat(4, 0.5, -0.2)]
    assert [s.question.number for s in advice.questions_to_check(stats)] == [1, 4]
