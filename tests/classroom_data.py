"""A simulated class for the classroom tests and benchmarks: students of chosen skill take a
quiz through ``QuizSession`` (so answers are scored and stored as the program does) and hand
in results files."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from quizapp.core import handin
from quizapp.core.bank import Bank
from quizapp.core.model import BUILTIN_LABELS, Question
from quizapp.core.scoring import words
from quizapp.core.session import QuizSession


class StepClock:
    """A clock that moves a minute each time it is read."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2026, 3, 4, 9, 0, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def perfect_response(question: Question) -> dict[str, Any]:
    """The answer that earns every point."""
    if question.type == "choice":
        return {"choices": [i for i, option in enumerate(question.options) if option.correct]}
    if question.type == "classify":
        return {
            "labels": {str(i): span.labels[0] for i, (_, span) in enumerate(question.key_spans())}
        }
    response: dict[str, Any] = {
        "marks": [[index, span.start, span.end] for index, span in question.key_spans()]
    }
    if question.type == "compare":
        if question.verdict:
            response["verdict"] = question.verdict
        response["reasons"] = [i for i, reason in enumerate(question.reasons) if reason.correct]
    return response


def empty_response(question: Question) -> dict[str, Any]:
    return {
        "highlight": {"marks": []},
        "compare": {"marks": []},
        "choice": {"choices": []},
        "classify": {"labels": {}},
    }[question.type]


def simulated_response(question: Question, ability: float, rng: random.Random) -> dict[str, Any]:
    """An answer by a student who gets each item right with probability ``ability``."""
    if question.type == "choice":
        right = [i for i, o in enumerate(question.options) if o.correct]
        wrong = [i for i, o in enumerate(question.options) if not o.correct]
        if rng.random() < ability or not wrong:
            return {"choices": right[:1] if not question.multiple else right}
        return {"choices": [rng.choice(wrong)]}
    if question.type == "classify":
        labels: dict[str, str] = {}
        for i, (_, span) in enumerate(question.key_spans()):
            if rng.random() < ability:
                labels[str(i)] = span.labels[0]
            else:
                labels[str(i)] = rng.choice([x for x in BUILTIN_LABELS if x not in span.labels])
        return {"labels": labels}
    marks: list[list[int]] = []
    for index, span in question.key_spans():
        if rng.random() < ability:
            marks.append([index, span.start, span.end])
    for index, excerpt in enumerate(question.excerpts):
        excerpt_words = words(excerpt.text)
        if excerpt_words and rng.random() > ability:
            first = rng.randrange(len(excerpt_words))
            last = min(len(excerpt_words) - 1, first + rng.randrange(3))
            marks.append([index, excerpt_words[first][0], excerpt_words[last][1]])
    response: dict[str, Any] = {"marks": marks}
    if question.type == "compare":
        if question.verdict:
            response["verdict"] = question.verdict if rng.random() < ability else "compatible"
        if question.reasons:
            right = [i for i, r in enumerate(question.reasons) if r.correct]
            response["reasons"] = right if rng.random() < ability else [len(question.reasons) - 1]
    return response


def take_quiz(
    bank: Bank,
    name: str,
    set_id: str,
    answers: Sequence[dict[str, Any] | None] | None = None,
    ability: float = 0.7,
    rng: random.Random | None = None,
    clock: StepClock | None = None,
) -> int:
    """``name`` takes the set (answers given, or simulated); returns the attempt id."""
    rng = rng or random.Random(name)
    profile = bank.add_profile(name)
    session = QuizSession.start(bank, profile.id, set_id, clock=clock or StepClock(), rng=rng)
    for index, question in enumerate(session.questions):
        if answers is not None:
            response = answers[index]
            if response is None:
                continue
        else:
            response = simulated_response(question, ability, rng)
        session.submit(index, response)
    session.finish()
    return session.attempt.id


def hand_in_class(
    bank: Bank,
    set_id: str,
    folder: Path,
    students: int,
    seed: int = 1,
    clock: StepClock | None = None,
) -> list[Path]:
    """``students`` simulated students take the set in ``bank`` and each writes a results
    file into ``folder``; returns the files."""
    rng = random.Random(seed)
    clock = clock or StepClock()
    folder.mkdir(parents=True, exist_ok=True)
    files: list[Path] = []
    for number in range(1, students + 1):
        name = f"Student {number:02d}"
        ability = rng.uniform(0.2, 0.95)
        attempt_id = take_quiz(bank, name, set_id, ability=ability, rng=rng, clock=clock)
        path = folder / handin.suggested_file_name(bank, attempt_id)
        files.append(handin.write_results_file(bank, attempt_id, path))
    return files
