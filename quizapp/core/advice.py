"""What a class's results advise: which questions to teach again, which keys to check.

The rules behind the dashboard's "at a glance" lines and its flagged cells, in the core so
that every screen and report that shows them applies the same thresholds.
"""

from __future__ import annotations

from collections.abc import Iterable

from quizapp.core.grading import QuestionStats

# A discrimination index (point-biserial or upper-lower) below this, to two decimals, says
# the question hardly separates the students who did well from those who did not: its key
# or its wording deserves a look.
WEAK_DISCRIMINATION = 0.2
HARDEST_SHOWN = 3


def is_weak_discrimination(value: float | None) -> bool:
    """True for an index that flags its question (None, not computable, never does)."""
    return value is not None and round(value, 2) < WEAK_DISCRIMINATION


def hardest_questions(
    stats: Iterable[QuestionStats], count: int = HARDEST_SHOWN
) -> list[QuestionStats]:
    """What to teach next: the questions with the lowest facility, in question order on ties."""
    scored = [s for s in stats if s.facility is not None]
    return sorted(scored, key=lambda s: (s.facility, s.question.number))[:count]


def questions_to_check(stats: Iterable[QuestionStats]) -> list[QuestionStats]:
    """The questions whose point-biserial discrimination is weak, in question order."""
    return [s for s in stats if is_weak_discrimination(s.point_biserial)]
