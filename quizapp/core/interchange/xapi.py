"""xAPI 1.0.3 statements of a class's results, written to a file or sent to an LRS.

One ``answered`` statement per answered question of each student's chosen attempt (the
same attempt the dashboard shows), and one ``completed`` statement per attempt for the
quiz as a whole. Each statement carries:

- actor: the profile name, as an ``account`` on ``homepage`` — or, anonymised, the same
  account with the name replaced by a salted SHA-256 of it (nothing else names the
  student);
- verb: ADL's ``answered`` / ``completed``;
- object: an activity per question (``<base>/<set>/questions/<question>``) or per quiz
  (``<base>/<set>``);
- result: score scaled/raw/min/max, success (full marks for a question; the pass mark, if the
  quiz has one, for the attempt) and completion;
- timestamp: when the answer was submitted (the attempt finished, for ``completed``);
- context: the quiz as parent activity, the attempt as registration, platform, language.

Statement ids are derived from the set, attempt and question, so sending twice is
harmless: an LRS keeps the first copy. Nothing here touches the network unless
``send_statements`` is called; that is done only when the teacher gives an endpoint.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.text import Catalogue
from quizapp.core.version import __version__

if TYPE_CHECKING:
    from quizapp.core.bank import Bank
    from quizapp.core.classroom import ClassData

__all__ = [
    "VERB_ANSWERED",
    "VERB_COMPLETED",
    "XAPI_VERSION",
    "LrsError",
    "XapiOptions",
    "class_statements",
    "send_statements",
    "write_statements",
]

XAPI_VERSION = "1.0.3"
VERB_ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
ACTIVITY_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"
ACTIVITY_ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
DEFAULT_BASE = "https://quizapp.example/xapi"
DEFAULT_HOMEPAGE = "https://quizapp.example/profiles"
# Fixed namespace for statement and registration ids (uuid5), so ids are stable.
_NAMESPACE = uuid.UUID("6f1d3c2e-8a0b-5d4e-9c7f-2b1a0e9d8c7b")
ENV_ENDPOINT = "QUIZAPP_LRS_ENDPOINT"
ENV_USER = "QUIZAPP_LRS_USER"
ENV_PASSWORD = "QUIZAPP_LRS_PASSWORD"


MESSAGES = Catalogue("interchange.xapi")  # quizapp/core/messages/interchange.xapi.toml


class LrsError(CodedError, RuntimeError):
    """Sending failed; ``sent`` statements went through before it did."""

    code = ErrorCode.LRS_FAILED

    def __init__(self, message: str, sent: int = 0) -> None:
        super().__init__(message)
        self.sent = sent


@dataclass(frozen=True)
class XapiOptions:
    """How statements name people and activities."""

    anonymise: bool = False
    salt: str = ""  # mixed into the hashed names; keep it secret and the same across exports
    homepage: str = DEFAULT_HOMEPAGE
    activity_base: str = DEFAULT_BASE
    language: str = "en"


def _timestamp(value: str | None) -> str:
    """An ISO 8601 time with a zone (stored times are UTC); now if missing."""
    if not value:
        return datetime.now(UTC).isoformat(timespec="seconds")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return datetime.now(UTC).isoformat(timespec="seconds")
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.isoformat(timespec="seconds")


def anonymous_name(name: str, salt: str) -> str:
    """The salted SHA-256 of a profile name (hex), used in place of the name."""
    return hashlib.sha256(f"{salt}\x00{name}".encode()).hexdigest()


def _actor(name: str, options: XapiOptions) -> dict[str, Any]:
    if options.anonymise:
        return {
            "objectType": "Agent",
            "account": {"homePage": options.homepage, "name": anonymous_name(name, options.salt)},
        }
    return {
        "objectType": "Agent",
        "name": name,
        "account": {"homePage": options.homepage, "name": name},
    }


def _quiz_activity(data: ClassData, options: XapiOptions) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": f"{options.activity_base.rstrip('/')}/{data.set_id}",
        "definition": {
            "name": {options.language: data.title},
            "type": ACTIVITY_ASSESSMENT,
        },
    }


def _question_activity(
    data: ClassData, question_id: str, prompt: str, kind: str, options: XapiOptions
) -> dict[str, Any]:
    return {
        "objectType": "Activity",
        "id": f"{options.activity_base.rstrip('/')}/{data.set_id}/questions/{question_id}",
        "definition": {
            "name": {options.language: question_id},
            "description": {options.language: prompt},
            "type": ACTIVITY_INTERACTION,
            "interactionType": "choice" if kind == "choice" else "other",
        },
    }


def _score(points: float, max_points: float) -> dict[str, float]:
    scaled = points / max_points if max_points else 0.0
    return {
        "scaled": round(min(1.0, max(0.0, scaled)), 4),
        "raw": round(points, 4),
        "min": 0.0,
        "max": round(max_points, 4),
    }


def class_statements(
    data: ClassData,
    submitted: dict[tuple[int, str], str] | None = None,
    options: XapiOptions | None = None,
    pass_mark: float | None = None,
) -> list[dict[str, Any]]:
    """The statements for ``data`` (see the module docstring). ``submitted`` gives each
    answer's time by (attempt id, question id); ``pass_mark`` (percent) decides the
    attempt's success."""
    options = options or XapiOptions()
    submitted = submitted or {}
    quiz = _quiz_activity(data, options)
    context_base = {
        "platform": f"quizapp {__version__}",
        "language": options.language,
        "contextActivities": {"parent": [{"objectType": "Activity", "id": quiz["id"]}]},
    }
    infos = {q.id: q for q in data.questions}
    statements: list[dict[str, Any]] = []
    for student in data.students:
        actor = _actor(student.name, options)
        registration = str(uuid.uuid5(_NAMESPACE, f"{data.set_id}/{student.attempt_id}"))
        total_points = 0.0
        total_max = 0.0
        for question_id, (points, max_points) in student.points.items():
            info = infos.get(question_id)
            if info is None:
                continue
            total_points += points
            total_max += max_points
            statements.append(
                {
                    "id": str(
                        uuid.uuid5(_NAMESPACE, f"{data.set_id}/{student.attempt_id}/{question_id}")
                    ),
                    "actor": actor,
                    "verb": {"id": VERB_ANSWERED, "display": {"en-US": "answered"}},
                    "object": _question_activity(
                        data, question_id, info.prompt, info.type, options
                    ),
                    "result": {
                        "score": _score(points, max_points),
                        "success": bool(max_points) and points >= max_points - 1e-9,
                        "completion": True,
                    },
                    "context": {**context_base, "registration": registration},
                    "timestamp": _timestamp(
                        submitted.get((student.attempt_id, question_id)) or student.finished_at
                    ),
                }
            )
        result: dict[str, Any] = {"score": _score(total_points, total_max), "completion": True}
        if pass_mark is not None and student.total is not None:
            result["success"] = student.total * 100 >= pass_mark - 1e-9
        if student.total is not None:
            result["score"]["scaled"] = round(min(1.0, max(0.0, student.total)), 4)
        statements.append(
            {
                "id": str(uuid.uuid5(_NAMESPACE, f"{data.set_id}/{student.attempt_id}")),
                "actor": actor,
                "verb": {"id": VERB_COMPLETED, "display": {"en-US": "completed"}},
                "object": quiz,
                "result": result,
                "context": {
                    "platform": context_base["platform"],
                    "language": options.language,
                    "registration": registration,
                },
                "timestamp": _timestamp(student.finished_at),
            }
        )
    return statements


def bank_statements(
    bank: Bank, set_id: str, options: XapiOptions | None = None, policy: str = "latest"
) -> list[dict[str, Any]]:
    """The statements for a quiz in the bank (each student's chosen attempt)."""
    from quizapp.core.classroom import load_class

    data = load_class(bank, set_id, policy=policy)
    rows = bank.class_responses([s.attempt_id for s in data.students], parse_responses=False)
    submitted = {(row["attempt_id"], row["question_id"]): row["submitted_at"] for row in rows}
    quiz = bank.question_set(set_id).quiz
    return class_statements(
        data, submitted, options, pass_mark=quiz.pass_mark if quiz is not None else None
    )


def write_statements(statements: Sequence[dict[str, Any]], path: str | Path) -> None:
    """The statements as one JSON array (UTF-8), the form an LRS's POST takes."""
    Path(path).write_text(
        json.dumps(list(statements), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )


def send_statements(
    statements: Sequence[dict[str, Any]],
    endpoint: str,
    user: str,
    password: str,
    batch_size: int = 50,
    timeout: float = 30.0,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """POST the statements to ``<endpoint>/statements`` in batches, with the xAPI version
    header and Basic auth. Returns how many were sent; raises ``LrsError`` with a plain
    message (and how many went through) when the LRS cannot be reached or says no."""
    import httpx

    if not endpoint.startswith(("http://", "https://")):
        raise LrsError(MESSAGES.BAD_ENDPOINT(endpoint=repr(endpoint)))
    url = endpoint.rstrip("/") + "/statements"
    headers = {"X-Experience-API-Version": XAPI_VERSION, "Content-Type": "application/json"}
    sent = 0
    total = len(statements)
    with httpx.Client(auth=(user, password), timeout=timeout, headers=headers) as client:
        for first in range(0, total, max(1, batch_size)):
            batch = list(statements[first : first + batch_size])
            try:
                response = client.post(url, content=json.dumps(batch, ensure_ascii=False))
            except httpx.TimeoutException:
                raise LrsError(MESSAGES.NO_ANSWER(url=url, seconds=float(timeout)), sent) from None
            except httpx.HTTPError as error:
                raise LrsError(MESSAGES.UNREACHABLE(url=url, error=str(error)), sent) from None
            if response.status_code in (401, 403):
                raise LrsError(
                    MESSAGES.REFUSED_LOGIN(url=url, status=response.status_code),
                    sent,
                )
            if response.status_code == 409:
                raise LrsError(
                    MESSAGES.CONFLICT(url=url),
                    sent,
                )
            if not 200 <= response.status_code < 300:
                detail = " ".join(response.text.split())[:200]
                raise LrsError(
                    (MESSAGES.HTTP_DETAIL if detail else MESSAGES.HTTP_STATUS)(
                        url=url, status=response.status_code, detail=detail
                    ),
                    sent,
                )
            sent += len(batch)
            if progress is not None:
                progress(sent, total)
    return sent
