"""Results files: what a student hands in at the end of a quiz, written and read back.

A results file is UTF-8 JSON::

    {"format": "quizapp-results", "version": 1, "program_version": "0.1.0",
     "profile": "Ana", "set_id": "harbour-fire", "fingerprint": "3f9c…",
     "question_ids": ["fire-toll", ...], "started_at": "...", "finished_at": "...",
     "responses": [{"question_id": "fire-toll", "position": 0,
                    "response": {"marks": [[0, 14, 21]], "verdict": "conflict"},
                    "points": 2.5, "max_points": 3.0, "submitted_at": "..."}, ...]}

``response`` is the API's response form (see ``quizapp.score``). A shared machine needs no
file: its attempts are already in the bank.

Format 2 is the same plus ``"code"`` (the roster code the student typed to start, see
``core/roster.py``) and ``"mac"``: HMAC-SHA256, keyed by the code, of the file's canonical
content (every other field, JSON with sorted keys and no spaces, UTF-8). A file without a
code is written as format 1, as before.

Reading trusts nothing: the size, the nesting depth and every type are checked, ids must
match ``files.ID_PATTERN`` (so "../x" is refused), and a damaged file raises
``ResultsFileError`` whose message names the file. The points in a file are only what the
student's program computed; importing scores every response again with the bank's key.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import os
import re
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from quizapp.core.bank import Bank
from quizapp.core.errors import ErrorCode, LocatedError
from quizapp.core.files import ID_PATTERN
from quizapp.core.text import Catalogue

FORMAT_NAME = "quizapp-results"
FORMAT_VERSION = 2
PLAIN_VERSION = 1  # no roster code
RESULTS_SUFFIX = ".quizresults.json"

MAX_FILE_BYTES = 2 * 1024 * 1024  # a 50-question quiz with many marks is ~50 kB
MAX_DEPTH = 10  # the deepest real path: root → responses → item → response → marks → mark
MAX_RESPONSES = 1000
MAX_MARKS = 2000  # per response
MAX_PROFILE_NAME = 80  # as Bank.add_profile
MAX_SHORT_TEXT = 64  # timestamps, program version
FINGERPRINT_PATTERN = re.compile(r"^[0-9a-f]{8,64}$")
MAC_PATTERN = re.compile(r"^[0-9a-f]{64}$")
RESPONSE_KEYS = frozenset({"marks", "verdict", "reasons", "choices", "labels"})


class ResultsFileError(LocatedError, ValueError):
    """A results file that cannot be used; ``str()`` names the file and the problem."""

    code = ErrorCode.RESULTS_FILE_INVALID

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(str(path), message)
        self.path = str(path)


@dataclass(frozen=True)
class HandedResponse:
    question_id: str
    position: int
    response: dict[str, Any]
    points: float
    max_points: float
    submitted_at: str | None


@dataclass(frozen=True)
class ResultsFile:
    """A results file as read (checked for shape, not yet scored against the bank)."""

    profile_name: str
    set_id: str
    fingerprint: str
    question_ids: tuple[str, ...]
    started_at: str
    finished_at: str | None
    responses: tuple[HandedResponse, ...]
    program_version: str
    path: str = ""
    code: str | None = None  # the roster code (format 2), normalised
    mac: str | None = None
    canonical: bytes = b""  # what the MAC covers

    def mac_matches(self) -> bool:
        """The MAC fits the content and the code (False without a code)."""
        if self.code is None or self.mac is None:
            return False
        return hmac.compare_digest(results_mac(self.canonical, self.code), self.mac)

    @property
    def content_hash(self) -> str:
        return content_hash(
            self.profile_name,
            self.set_id,
            self.started_at,
            {item.question_id: item.response for item in self.responses},
            self.code,
        )


def content_hash(
    profile_name: str,
    set_id: str,
    started_at: str,
    responses: dict[str, dict[str, Any]],
    code: str | None = None,
) -> str:
    """A stable identity for an attempt: who (name, ignoring case and spacing), which
    quiz, when it started and what was answered (and the roster code, when there is one).
    Points are left out on purpose: they change when the quiz is regraded, the attempt
    does not."""
    identity: list[Any] = [
        " ".join(profile_name.split()).casefold(),
        set_id,
        started_at,
        sorted(responses.items()),
    ]
    if code is not None:
        identity.append(code)
    canonical = json.dumps(
        identity,
        sort_keys=True,
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def canonical_content(data: dict[str, Any]) -> bytes:
    """The bytes a results file's MAC covers: every field but ``mac``, canonical JSON."""
    content = {key: value for key, value in data.items() if key != "mac"}
    return json.dumps(
        content, sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    ).encode("utf-8")


def results_mac(canonical: bytes, code: str) -> str:
    return hmac.new(code.encode("ascii"), canonical, hashlib.sha256).hexdigest()


# --------------------------------------------------------------------------- writing


def results_data(bank: Bank, attempt_id: int) -> dict[str, Any]:
    """The results file's content for a stored attempt (plain data for ``json.dumps``)."""
    from quizapp.core.version import __version__

    attempt = bank.attempt(attempt_id)
    if attempt is None:
        raise KeyError(f"there is no attempt {attempt_id}")
    profile = bank.profile(attempt.profile_id)
    code = bank.attempt_code(attempt_id)
    data: dict[str, Any] = {
        "format": FORMAT_NAME,
        "version": FORMAT_VERSION if code else PLAIN_VERSION,
        "program_version": __version__,
        "profile": profile.name if profile else "",
        "set_id": attempt.set_id,
        # Taken from an exam copy: the teacher's version, which scores it.
        "fingerprint": attempt.settings.exam_of
        or _attempt_fingerprint(bank, attempt_id, attempt.set_id),
        "question_ids": list(attempt.question_ids),
        "started_at": attempt.started_at,
        "finished_at": attempt.finished_at,
        "responses": [
            {
                "question_id": stored.question_id,
                "position": stored.position,
                "response": stored.response,
                "points": stored.points,
                "max_points": stored.max_points,
                "submitted_at": stored.submitted_at,
            }
            for stored in bank.responses(attempt_id)
        ],
    }
    if code:
        data["code"] = code
        data["mac"] = results_mac(canonical_content(data), code)
    return data


def _attempt_fingerprint(bank: Bank, attempt_id: int, set_id: str) -> str:
    # The version the student took is stored with the attempt; fall back to the set's.
    return bank.attempt_fingerprint(attempt_id) or bank.set_fingerprint(set_id) or ""


def suggested_file_name(bank: Bank, attempt_id: int) -> str:
    """``<name>-<quiz>-<date>.quizresults.json`` with only safe characters."""
    attempt = bank.attempt(attempt_id)
    if attempt is None:
        raise KeyError(f"there is no attempt {attempt_id}")
    profile = bank.profile(attempt.profile_id)
    name = re.sub(r"[^\w-]+", "-", profile.name if profile else "student").strip("-_")
    day = (attempt.finished_at or attempt.started_at)[:10]
    return f"{name or 'student'}-{attempt.set_id}-{day}{RESULTS_SUFFIX}"


def write_results_file(bank: Bank, attempt_id: int, path: str | Path) -> Path:
    """Write the attempt's results file to ``path`` (atomically: a crash leaves either
    the old file or the new one). Raises ``OSError`` when the file cannot be written."""
    path = Path(path)
    text = json.dumps(results_data(bank, attempt_id), ensure_ascii=False, indent=1)
    handle, temporary = tempfile.mkstemp(prefix=".handin-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return path


# --------------------------------------------------------------------------- reading


def read_results_file(path: str | Path) -> ResultsFile:
    """Read and check a results file; raise ``ResultsFileError`` naming it if it is damaged."""
    path = Path(path)
    try:
        with path.open("rb") as stream:
            raw = stream.read(MAX_FILE_BYTES + 1)
    except OSError as error:
        raise ResultsFileError(
            path, MESSAGES.CANNOT_BE_READ(error=str(error.strerror or error))
        ) from None
    if len(raw) > MAX_FILE_BYTES:
        raise ResultsFileError(path, MESSAGES.TOO_LARGE_KB(kb=MAX_FILE_BYTES // 1024))
    return parse_results(raw, path)


def parse_results(raw: bytes | str, path: str | Path = "<results>") -> ResultsFile:
    """Check the bytes of a results file (see ``read_results_file``)."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ResultsFileError(path, MESSAGES.NOT_UTF8(byte=error.start)) from None
    else:
        text = raw
    if len(text) > MAX_FILE_BYTES:
        raise ResultsFileError(path, MESSAGES.TOO_LARGE())
    if not text.strip():
        raise ResultsFileError(path, MESSAGES.EMPTY())
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ResultsFileError(path, MESSAGES.TOO_DEEP()) from None
    except ValueError as error:
        detail = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        where = (
            MESSAGES.JSON_LINE(line=error.lineno) if isinstance(error, json.JSONDecodeError) else ""
        )
        raise ResultsFileError(path, MESSAGES.NOT_JSON(where=where, detail=detail)) from None
    if _depth(data) > MAX_DEPTH:
        raise ResultsFileError(path, MESSAGES.TOO_DEEP())
    try:
        return _check(data, str(path))
    except _Bad as bad:
        raise ResultsFileError(path, bad.args[0]) from None


MESSAGES = Catalogue("handin")  # quizapp/core/messages/handin.toml


class _Bad(ValueError):
    pass


def _refuse_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a number")


def _depth(value: Any) -> int:
    """Nesting depth of lists and dicts, without recursion."""
    deepest = 0
    stack = [(value, 1)]
    while stack:
        item, level = stack.pop()
        if isinstance(item, dict):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            deepest = max(deepest, level)
            stack.extend((child, level + 1) for child in item)
    return deepest


def _text(data: dict[str, Any], key: str, limit: int, where: str = "") -> str:
    value = data.get(key)
    if not isinstance(value, str):
        raise _Bad(MESSAGES.MUST_BE_TEXT(where=where, key=key, kind=_kind(value)))
    if len(value) > limit:
        raise _Bad(MESSAGES.TOO_LONG(where=where, key=key, limit=limit))
    return value


def _identifier(data: dict[str, Any], key: str, where: str = "") -> str:
    value = _text(data, key, 64, where)
    if not ID_PATTERN.match(value):
        raise _Bad(MESSAGES.BAD_ID(where=where, key=key, value=repr(value[:40])))
    return value


def _timestamp(
    data: dict[str, Any], key: str, where: str = "", required: bool = True
) -> str | None:
    if not required and data.get(key) is None:
        return None
    value = _text(data, key, MAX_SHORT_TEXT, where)
    try:
        datetime.fromisoformat(value)
    except ValueError:
        raise _Bad(MESSAGES.NOT_A_DATE(where=where, key=key, value=repr(value[:40]))) from None
    return value


def _number(data: dict[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(MESSAGES.MUST_BE_NUMBER(where=where, key=key, kind=_kind(value)))
    if not math.isfinite(value) or value < 0 or value > 1e6:
        raise _Bad(MESSAGES.OUT_OF_RANGE(where=where, key=key, value=repr(value)))
    return float(value)


def _kind(value: Any) -> str:
    if value is None:
        return MESSAGES.KIND_MISSING()
    phrase = {
        dict: MESSAGES.KIND_OBJECT,
        list: MESSAGES.KIND_LIST,
        str: MESSAGES.KIND_TEXT,
        bool: MESSAGES.KIND_FLAG,
        int: MESSAGES.KIND_NUMBER,
        float: MESSAGES.KIND_NUMBER,
    }.get(type(value))
    return phrase() if phrase is not None else type(value).__name__


def _check_marks(marks: Any, where: str) -> None:
    if not isinstance(marks, list) or len(marks) > MAX_MARKS:
        raise _Bad(MESSAGES.BAD_MARKS(where=where, most=MAX_MARKS))
    for mark in marks:
        if (
            not isinstance(mark, list)
            or len(mark) != 3
            or any(isinstance(n, bool) or not isinstance(n, int) for n in mark)
            or any(not 0 <= n < 10_000_000 for n in mark)
        ):
            raise _Bad(MESSAGES.BAD_MARK(where=where, mark=str(mark)[:40]))


def _check_response(value: Any, where: str) -> dict[str, Any]:
    """The response's outer shape; ``scoring.score`` checks the rest against the question."""
    if not isinstance(value, dict):
        raise _Bad(MESSAGES.BAD_RESPONSE(where=where, kind=_kind(value)))
    unknown = set(value) - RESPONSE_KEYS
    if unknown:
        raise _Bad(
            MESSAGES.UNKNOWN_RESPONSE_KEYS(where=where, keys=", ".join(sorted(unknown))[:80])
        )
    if value.get("marks") is not None:
        _check_marks(value["marks"], where)
    for key in ("choices", "reasons"):
        items = value.get(key)
        if items is not None and (
            not isinstance(items, list)
            or len(items) > 100
            or any(isinstance(n, bool) or not isinstance(n, int) for n in items)
        ):
            raise _Bad(MESSAGES.BAD_OPTIONS(where=where, key=key))
    verdict = value.get("verdict")
    if verdict is not None and (not isinstance(verdict, str) or len(verdict) > 32):
        raise _Bad(MESSAGES.BAD_VERDICT(where=where))
    labels = value.get("labels")
    if labels is not None:
        if not isinstance(labels, dict) or len(labels) > 500:
            raise _Bad(MESSAGES.BAD_LABELS(where=where))
        for key, label in labels.items():
            if not re.fullmatch(r"[0-9]{1,6}", key):
                raise _Bad(MESSAGES.BAD_LABEL_KEY(where=where, key=repr(key[:20])))
            if label is not None and (not isinstance(label, str) or len(label) > 64):
                raise _Bad(MESSAGES.BAD_LABEL(where=where, key=key))
    return value


def _check_version(data: Any) -> int:
    """The results format version of a results file's data (which must be an object)."""
    if not isinstance(data, dict):
        raise _Bad(MESSAGES.NOT_AN_OBJECT(kind=_kind(data)))
    if data.get("format") != FORMAT_NAME:
        raise _Bad(MESSAGES.NOT_RESULTS())
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Bad(MESSAGES.NO_VERSION())
    if version > FORMAT_VERSION:
        raise _Bad(MESSAGES.NEWER_VERSION(version=version, supported=FORMAT_VERSION))
    if version < 1:
        raise _Bad(MESSAGES.UNKNOWN_VERSION(version=version))
    return version


def _check_profile(data: dict[str, Any]) -> str:
    """The student's name, spaces tidied."""
    profile = _text(data, "profile", 200)
    profile_name = " ".join(profile.split())
    if not profile_name:
        raise _Bad(MESSAGES.NO_NAME())
    if len(profile_name) > MAX_PROFILE_NAME:
        raise _Bad(MESSAGES.NAME_TOO_LONG(most=MAX_PROFILE_NAME))
    if any(ord(char) < 32 or 0x7F <= ord(char) < 0xA0 for char in profile):
        raise _Bad(MESSAGES.NAME_CONTROL())
    return profile_name


def _check_question_ids(data: dict[str, Any]) -> list[str]:
    question_ids = data.get("question_ids")
    if not isinstance(question_ids, list) or len(question_ids) > MAX_RESPONSES:
        raise _Bad(MESSAGES.BAD_QUESTION_IDS(most=MAX_RESPONSES))
    for question_id in question_ids:
        if not isinstance(question_id, str) or not ID_PATTERN.match(question_id):
            raise _Bad(MESSAGES.BAD_QUESTION_ID(id=repr(str(question_id)[:40])))
    if len(set(question_ids)) != len(question_ids):
        raise _Bad(MESSAGES.QUESTION_IDS_TWICE())
    return question_ids


def _check_responses(data: dict[str, Any], question_ids: list[str]) -> list[HandedResponse]:
    items = data.get("responses")
    if not isinstance(items, list) or len(items) > MAX_RESPONSES:
        raise _Bad(MESSAGES.BAD_RESPONSES(most=MAX_RESPONSES))
    responses: list[HandedResponse] = []
    seen: set[str] = set()
    for number, item in enumerate(items, 1):
        where = MESSAGES.ANSWER(number=number)
        if not isinstance(item, dict):
            raise _Bad(MESSAGES.ANSWER_NOT_OBJECT(where=where, kind=_kind(item)))
        question_id = _identifier(item, "question_id", where)
        if question_id in seen:
            raise _Bad(MESSAGES.ANSWERED_TWICE(where=where, id=repr(question_id)))
        if question_id not in question_ids:
            raise _Bad(MESSAGES.NOT_IN_QUIZ(where=where, id=repr(question_id)))
        seen.add(question_id)
        position = item.get("position")
        if isinstance(position, bool) or not isinstance(position, int) or position < 0:
            raise _Bad(MESSAGES.BAD_POSITION(where=where))
        responses.append(
            HandedResponse(
                question_id=question_id,
                position=position,
                response=_check_response(item.get("response"), where),
                points=_number(item, "points", where),
                max_points=_number(item, "max_points", where),
                submitted_at=_timestamp(item, "submitted_at", where, required=False),
            )
        )
    return responses


def _check_signature(data: dict[str, Any]) -> tuple[str, str]:
    """A version 2 file's roster code and MAC."""
    from quizapp.core.roster import normalise

    raw_code = _text(data, "code", 32)
    code = normalise(raw_code)
    if code is None:
        raise _Bad(MESSAGES.BAD_CODE(code=repr(raw_code[:20])))
    mac = _text(data, "mac", 64)
    if not MAC_PATTERN.match(mac):
        raise _Bad(MESSAGES.BAD_MAC())
    unknown = set(data) - _V2_KEYS
    if unknown:
        raise _Bad(MESSAGES.UNKNOWN_FIELDS(fields=", ".join(sorted(unknown))[:80]))
    return code, mac


def _check(data: Any, path: str) -> ResultsFile:
    version = _check_version(data)
    program_version = _text(data, "program_version", MAX_SHORT_TEXT)
    profile_name = _check_profile(data)
    set_id = _identifier(data, "set_id")
    fingerprint = _text(data, "fingerprint", 64)
    if not FINGERPRINT_PATTERN.match(fingerprint):
        raise _Bad(MESSAGES.BAD_FINGERPRINT(value=repr(fingerprint[:40])))
    started_at = _timestamp(data, "started_at")
    finished_at = _timestamp(data, "finished_at", required=False)
    question_ids = _check_question_ids(data)
    responses = _check_responses(data, question_ids)
    assert started_at is not None
    code, mac = _check_signature(data) if version >= 2 else (None, None)
    return ResultsFile(
        profile_name=profile_name,
        set_id=set_id,
        fingerprint=fingerprint,
        question_ids=tuple(question_ids),
        started_at=started_at,
        finished_at=finished_at,
        responses=tuple(responses),
        program_version=program_version,
        path=path,
        code=code,
        mac=mac,
        canonical=canonical_content(data) if code else b"",
    )


_V2_KEYS = {
    "format",
    "version",
    "program_version",
    "profile",
    "set_id",
    "fingerprint",
    "question_ids",
    "started_at",
    "finished_at",
    "responses",
    "code",
    "mac",
}
