"""A quiz attempt as a small state machine.

The clock is passed in (a function returning an aware ``datetime``) so tests can move
time. Every submitted answer is scored and written to the bank before ``submit``
returns, so killing the program never loses an answer; ``QuizSession.resume`` picks an
unfinished attempt up at the first unanswered question.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from quizapp.core.bank import Attempt, Bank, StoredResponse
from quizapp.core.clock import Clock, system_clock
from quizapp.core.model import BUILTIN_LABELS, Question, QuizSettings

if TYPE_CHECKING:
    from quizapp.core.scoring import Score


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def choose_questions(
    questions: list[Question], settings: QuizSettings, rng: random.Random
) -> list[str]:
    """The question ids of one attempt, in the order they will be asked."""
    pool = [q for q in questions if not settings.questions or q.id in settings.questions]
    if settings.questions:
        order = {question_id: index for index, question_id in enumerate(settings.questions)}
        pool.sort(key=lambda q: order[q.id])
    if settings.draw:
        chosen: list[Question] = []
        for skill, count in settings.draw.items():
            candidates = [q for q in pool if skill in q.skills and q not in chosen]
            chosen.extend(rng.sample(candidates, min(count, len(candidates))))
        pool = [q for q in pool if q in chosen]
        if settings.shuffle:
            rng.shuffle(pool)
        return [q.id for q in pool]
    if settings.shuffle:
        pool = pool[:]
        rng.shuffle(pool)
    return [q.id for q in pool]


@dataclass(frozen=True)
class ResultItem:
    question: Question
    response: dict[str, Any] | None
    score: Score | None  # None: never answered


@dataclass(frozen=True)
class SkillResult:
    skill: str
    fraction: float  # mean of the question fractions
    questions: int


@dataclass(frozen=True)
class Results:
    set_id: str
    items: tuple[ResultItem, ...]
    skills: tuple[SkillResult, ...]
    fraction: float
    points: float
    max_points: float
    pass_mark: float | None = None
    extra: dict[str, Any] = field(default_factory=dict, hash=False)

    @property
    def percent(self) -> float:
        return round(self.fraction * 100, 1)

    @property
    def passed(self) -> bool | None:
        return None if self.pass_mark is None else self.percent >= self.pass_mark


def summarise(set_id: str, items: list[ResultItem], pass_mark: float | None) -> Results:
    """Totals and per-skill scores; each question weighs the same, whatever its points."""
    fractions = [item.score.fraction if item.score else 0.0 for item in items]
    skills: list[SkillResult] = []
    present = {skill for item in items for skill in item.question.skills}
    ordered = [s for s in BUILTIN_LABELS if s in present] + sorted(present - set(BUILTIN_LABELS))
    for skill in ordered:
        values = [
            f for item, f in zip(items, fractions, strict=True) if skill in item.question.skills
        ]
        skills.append(SkillResult(skill, sum(values) / len(values), len(values)))
    return Results(
        set_id=set_id,
        items=tuple(items),
        skills=tuple(skills),
        fraction=sum(fractions) / len(fractions) if fractions else 0.0,
        points=round(sum(item.score.points for item in items if item.score), 4),
        max_points=round(sum(item.score.max_points for item in items if item.score), 4),
        pass_mark=pass_mark,
    )


class QuizSession:
    """One student's attempt at one set."""

    def __init__(self, bank: Bank, attempt: Attempt, clock: Clock = system_clock) -> None:
        self.bank = bank
        self.attempt = attempt
        self.clock = clock
        self.questions = [bank.question(attempt.set_id, qid) for qid in attempt.question_ids]
        self._responses: dict[str, StoredResponse] = {
            stored.question_id: stored for stored in bank.responses(attempt.id)
        }

    # starting ----------------------------------------------------------------------------

    @classmethod
    def start(
        cls,
        bank: Bank,
        profile_id: int,
        set_id: str,
        clock: Clock = system_clock,
        rng: random.Random | None = None,
        settings: QuizSettings | None = None,
        code: str | None = None,
    ) -> QuizSession:
        """Start an attempt (``code``: the class-list code the student typed, if any)."""
        settings = settings or bank.quiz_settings(set_id)
        question_ids = choose_questions(bank.questions(set_id), settings, rng or random.Random())
        if not question_ids:
            raise ValueError(f"set '{set_id}' has no questions to ask")
        now = clock()
        deadline = (
            _iso(now + timedelta(minutes=settings.time_limit_minutes))
            if settings.time_limit_minutes
            else None
        )
        attempt = bank.start_attempt(
            profile_id, set_id, question_ids, settings, _iso(now), deadline, code=code
        )
        return cls(bank, attempt, clock)

    @staticmethod
    def attempts_left(bank: Bank, profile_id: int, set_id: str) -> int | None:
        """How many more attempts the quiz allows this profile (finished ones count);
        None when the quiz sets no limit. The rule lives here, not in the screens."""
        limit = bank.quiz_settings(set_id).attempts
        if limit is None:
            return None
        return max(0, limit - bank.attempts_for(profile_id, set_id))

    @classmethod
    def resume(cls, bank: Bank, profile_id: int, clock: Clock = system_clock) -> QuizSession | None:
        attempt = bank.unfinished_attempt(profile_id)
        if attempt is None or not bank.has_set(attempt.set_id):
            return None
        try:
            return cls(bank, attempt, clock)
        except KeyError:
            # The set changed under the attempt (a question was removed): nothing to resume.
            return None

    # state -------------------------------------------------------------------------------

    @property
    def settings(self) -> QuizSettings:
        return self.attempt.settings

    @property
    def feedback_now(self) -> bool:
        return self.settings.feedback != "end"

    @property
    def total(self) -> int:
        return len(self.questions)

    @property
    def answered_count(self) -> int:
        return len(self._responses)

    @property
    def current_index(self) -> int:
        """The first unanswered question (== total when all are answered)."""
        for index, question in enumerate(self.questions):
            if question.id not in self._responses:
                return index
        return self.total

    @property
    def is_complete(self) -> bool:
        return self.current_index >= self.total

    @property
    def finished(self) -> bool:
        return self.attempt.finished_at is not None

    def response_for(self, index: int) -> dict[str, Any] | None:
        stored = self._responses.get(self.questions[index].id)
        return stored.response if stored else None

    def score_for(self, index: int) -> Score | None:
        response = self.response_for(index)
        if response is None:
            return None
        from quizapp.core.scoring import score

        return score(self.questions[index], response)

    def remaining_seconds(self) -> float | None:
        if not self.attempt.deadline:
            return None
        deadline = datetime.fromisoformat(self.attempt.deadline)
        return max(0.0, (deadline - self.clock()).total_seconds())

    def expired(self) -> bool:
        remaining = self.remaining_seconds()
        return remaining is not None and remaining <= 0

    # acting ------------------------------------------------------------------------------

    def submit(self, index: int, response: dict[str, Any]) -> Score:
        """Score and store the answer to question ``index``; raises ``ResponseError``."""
        from quizapp.core.scoring import score  # scoring loads with the first answer

        question = self.questions[index]
        result = score(question, response)
        submitted_at = _iso(self.clock())
        self.bank.save_response(
            self.attempt.id,
            question.id,
            index,
            response,
            result.points,
            result.max_points,
            submitted_at,
        )
        self._responses[question.id] = StoredResponse(
            question.id, index, response, result.points, result.max_points, submitted_at
        )
        return result

    def expire(self, current_response: dict[str, Any] | None = None) -> Results:
        """Time is up: keep what is on screen for the current question, then finish."""
        index = self.current_index
        if index < self.total and current_response is not None:
            self.submit(index, current_response)
        return self.finish()

    def finish(self) -> Results:
        """Close the attempt; unanswered questions count as zero."""
        if not self.finished:
            when = _iso(self.clock())
            self.bank.finish_attempt(self.attempt.id, when)
            self.attempt = self.attempt._replace(finished_at=when)
        return self.results()

    @property
    def scored_by_teacher(self) -> bool:
        """Taken from an exam copy: this machine has no key, the teacher scores it."""
        return any(question.exam for question in self.questions)

    def results(self) -> Results:
        items = [
            ResultItem(question, self.response_for(index), self.score_for(index))
            for index, question in enumerate(self.questions)
        ]
        results = summarise(self.attempt.set_id, items, self.settings.pass_mark)
        if self.scored_by_teacher:
            results.extra["scored_by_teacher"] = True
        return results
