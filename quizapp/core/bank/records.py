"""The records the bank's queries return, and how columns are written: JSON, quiz
settings, a set's fingerprint, times. The model and the question-file code are imported
when first needed (start-up time).
"""

from __future__ import annotations

from datetime import UTC, datetime
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    from quizapp.core.model import QuestionSet, QuizSettings


def _files() -> ModuleType:
    """quizapp.core.files, imported when first needed (it brings YAML in): a program
    that only lists quizzes and profiles at start-up does not need it."""
    from quizapp.core import files

    return files


def _dumps(value: Any, **options: Any) -> str:
    """JSON text for a column. json is imported here, not with the module: the first
    screen reads no JSON column, and every module loaded delays it."""
    import json

    return json.dumps(value, **options)


def _loads(text: str | bytes) -> Any:
    import json

    return json.loads(text)


def _model() -> ModuleType:
    """quizapp.core.model, imported when a question, set or quiz is first built: its
    dataclasses cost start-up time, and the first screen lists only profiles."""
    from quizapp.core import model

    return model


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class SetSummary(NamedTuple):
    id: str
    title: str
    description: str
    question_count: int
    skills: tuple[str, ...]
    has_quiz: bool


class QuestionRow(NamedTuple):
    """A question as listed when picking from the bank (no excerpts loaded)."""

    set_id: str
    question_id: str
    type: str
    prompt: str
    difficulty: int
    skills: tuple[str, ...]
    tags: tuple[str, ...]
    set_title: str


class Profile(NamedTuple):
    id: int
    name: str


class Attempt(NamedTuple):
    id: int
    profile_id: int
    set_id: str
    question_ids: tuple[str, ...]
    settings: QuizSettings
    started_at: str
    deadline: str | None
    finished_at: str | None


class StoredResponse(NamedTuple):
    question_id: str
    position: int
    response: dict[str, Any]
    points: float
    max_points: float
    submitted_at: str


def fingerprint(question_set: QuestionSet) -> str:
    """A short hash of a set's content: equal sets, equal fingerprints."""
    import hashlib  # only when importing sets: hashlib costs start-up time

    data = _files().set_to_data(question_set)
    if "quiz" in data:
        # Asking for roster codes is how a quiz is handed out, not a version of it.
        data["quiz"].pop("codes", None)
    canonical = _dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _settings_to_json(settings: QuizSettings | None) -> str | None:
    if settings is None:
        return None
    data = _files().quiz_to_data(settings)
    if settings.exam_of:
        data["exam_of"] = settings.exam_of  # kept in the bank, never in a question file
    return _dumps(data)


def _settings_from_json(text: str | None) -> QuizSettings:
    settings = _model().QuizSettings
    if not text:
        return settings()
    data = _loads(text)
    return settings(
        title=data.get("title"),
        shuffle=bool(data.get("shuffle", False)),
        draw=dict(data.get("draw") or {}),
        feedback=data.get("feedback", "immediate"),
        time_limit_minutes=data.get("time_limit"),
        pass_mark=data.get("pass_mark"),
        attempts=data.get("attempts"),
        questions=tuple(data.get("questions") or ()),
        codes=bool(data.get("codes", False)),
        exam_of=data.get("exam_of"),
    )
