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
from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.files import ID_PATTERN

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


class ResultsFileError(CodedError, ValueError):
    """A results file that cannot be used; ``str()`` names the file and the problem."""

    code = ErrorCode.RESULTS_FILE_INVALID

    def __init__(self, path: str | Path, message: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = str(path)
        self.message = message


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
        raise ResultsFileError(path, f"cannot be read ({error.strerror or error})") from None
    if len(raw) > MAX_FILE_BYTES:
        raise ResultsFileError(
            path, f"is too large to be a results file (over {MAX_FILE_BYTES // 1024} kB)"
        )
    return parse_results(raw, path)


def parse_results(raw: bytes | str, path: str | Path = "<results>") -> ResultsFile:
    """Check the bytes of a results file (see ``read_results_file``)."""
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            raise ResultsFileError(path, f"is not UTF-8 text (byte {error.start})") from None
    else:
        text = raw
    if len(text) > MAX_FILE_BYTES:
        raise ResultsFileError(path, "is too large to be a results file")
    if not text.strip():
        raise ResultsFileError(path, "is empty")
    try:
        data = json.loads(text, parse_constant=_refuse_constant)
    except RecursionError:
        raise ResultsFileError(path, "is nested too deeply to be a results file") from None
    except ValueError as error:
        detail = error.msg if isinstance(error, json.JSONDecodeError) else str(error)
        where = f" (line {error.lineno})" if isinstance(error, json.JSONDecodeError) else ""
        raise ResultsFileError(path, f"is damaged: not valid JSON{where}: {detail}") from None
    if _depth(data) > MAX_DEPTH:
        raise ResultsFileError(path, "is nested too deeply to be a results file")
    try:
        return _check(data, str(path))
    except _Bad as bad:
        raise ResultsFileError(path, str(bad)) from None


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
        raise _Bad(f"{where}'{key}' must be text, not {_kind(value)}")
    if len(value) > limit:
        raise _Bad(f"{where}'{key}' is longer than {limit} characters")
    return value


def _identifier(data: dict[str, Any], key: str, where: str = "") -> str:
    value = _text(data, key, 64, where)
    if not ID_PATTERN.match(value):
        raise _Bad(f"{where}'{key}' is not a valid id: {value[:40]!r}")
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
        raise _Bad(f"{where}'{key}' is not a date and time: {value[:40]!r}") from None
    return value


def _number(data: dict[str, Any], key: str, where: str) -> float:
    value = data.get(key)
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _Bad(f"{where}'{key}' must be a number, not {_kind(value)}")
    if not math.isfinite(value) or value < 0 or value > 1e6:
        raise _Bad(f"{where}'{key}' is out of range: {value!r}")
    return float(value)


def _kind(value: Any) -> str:
    if value is None:
        return "missing"
    return {
        dict: "an object",
        list: "a list",
        str: "text",
        bool: "true/false",
        int: "a number",
        float: "a number",
    }.get(type(value), type(value).__name__)


def _check_response(value: Any, where: str) -> dict[str, Any]:
    """The response's outer shape; ``scoring.score`` checks the rest against the question."""
    if not isinstance(value, dict):
        raise _Bad(f"{where}'response' must be an object, not {_kind(value)}")
    unknown = set(value) - RESPONSE_KEYS
    if unknown:
        raise _Bad(f"{where}'response' has unknown keys: {', '.join(sorted(unknown))[:80]}")
    marks = value.get("marks")
    if marks is not None:
        if not isinstance(marks, list) or len(marks) > MAX_MARKS:
            raise _Bad(f"{where}'marks' must be a list of at most {MAX_MARKS} marks")
        for mark in marks:
            if (
                not isinstance(mark, list)
                or len(mark) != 3
                or any(isinstance(n, bool) or not isinstance(n, int) for n in mark)
                or any(not 0 <= n < 10_000_000 for n in mark)
            ):
                raise _Bad(f"{where}a mark must be three whole numbers, not {str(mark)[:40]}")
    for key in ("choices", "reasons"):
        items = value.get(key)
        if items is not None and (
            not isinstance(items, list)
            or len(items) > 100
            or any(isinstance(n, bool) or not isinstance(n, int) for n in items)
        ):
            raise _Bad(f"{where}'{key}' must be a list of option numbers")
    verdict = value.get("verdict")
    if verdict is not None and (not isinstance(verdict, str) or len(verdict) > 32):
        raise _Bad(f"{where}'verdict' must be text")
    labels = value.get("labels")
    if labels is not None:
        if not isinstance(labels, dict) or len(labels) > 500:
            raise _Bad(f"{where}'labels' must map span numbers to labels")
        for key, label in labels.items():
            if not re.fullmatch(r"[0-9]{1,6}", key):
                raise _Bad(f"{where}'labels' has the key {key[:20]!r}; keys must be span numbers")
            if label is not None and (not isinstance(label, str) or len(label) > 64):
                raise _Bad(f"{where}the label of span {key} must be text")
    return value


def _check(data: Any, path: str) -> ResultsFile:
    if not isinstance(data, dict):
        raise _Bad(f"is not a results file (it holds {_kind(data)}, not an object)")
    if data.get("format") != FORMAT_NAME:
        raise _Bad("is not a quizapp results file (no 'format': 'quizapp-results')")
    version = data.get("version")
    if isinstance(version, bool) or not isinstance(version, int):
        raise _Bad("has no format version")
    if version > FORMAT_VERSION:
        raise _Bad(
            f"was written by a newer quizapp (results format {version}); this program reads"
            f" format {FORMAT_VERSION}: update quizapp to import it"
        )
    if version < 1:
        raise _Bad(f"has an unknown results format version {version}")
    program_version = _text(data, "program_version", MAX_SHORT_TEXT)
    profile = _text(data, "profile", 200)
    profile_name = " ".join(profile.split())
    if not profile_name:
        raise _Bad("has no student name ('profile' is empty)")
    if len(profile_name) > MAX_PROFILE_NAME:
        raise _Bad(f"has a student name longer than {MAX_PROFILE_NAME} characters")
    if any(ord(char) < 32 or 0x7F <= ord(char) < 0xA0 for char in profile):
        raise _Bad("has control characters in the student name")
    set_id = _identifier(data, "set_id")
    fingerprint = _text(data, "fingerprint", 64)
    if not FINGERPRINT_PATTERN.match(fingerprint):
        raise _Bad(f"has a malformed quiz fingerprint: {fingerprint[:40]!r}")
    started_at = _timestamp(data, "started_at")
    finished_at = _timestamp(data, "finished_at", required=False)
    question_ids = data.get("question_ids")
    if not isinstance(question_ids, list) or len(question_ids) > MAX_RESPONSES:
        raise _Bad(f"'question_ids' must be a list of at most {MAX_RESPONSES} ids")
    for question_id in question_ids:
        if not isinstance(question_id, str) or not ID_PATTERN.match(question_id):
            raise _Bad(f"'question_ids' holds an invalid id: {str(question_id)[:40]!r}")
    if len(set(question_ids)) != len(question_ids):
        raise _Bad("'question_ids' names a question twice")
    items = data.get("responses")
    if not isinstance(items, list) or len(items) > MAX_RESPONSES:
        raise _Bad(f"'responses' must be a list of at most {MAX_RESPONSES} answers")
    responses: list[HandedResponse] = []
    seen: set[str] = set()
    for number, item in enumerate(items, 1):
        where = f"answer {number}: "
        if not isinstance(item, dict):
            raise _Bad(f"{where}must be an object, not {_kind(item)}")
        question_id = _identifier(item, "question_id", where)
        if question_id in seen:
            raise _Bad(f"{where}question {question_id!r} is answered twice")
        if question_id not in question_ids:
            raise _Bad(f"{where}question {question_id!r} is not one of the quiz's questions")
        seen.add(question_id)
        position = item.get("position")
        if isinstance(position, bool) or not isinstance(position, int) or position < 0:
            raise _Bad(f"{where}'position' must be a whole number")
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
    assert started_at is not None
    code = mac = None
    if version >= 2:
        from quizapp.core.roster import normalise

        raw_code = _text(data, "code", 32)
        code = normalise(raw_code)
        if code is None:
            raise _Bad(f"has a malformed roster code: {raw_code[:20]!r}")
        mac = _text(data, "mac", 64)
        if not MAC_PATTERN.match(mac):
            raise _Bad("has a malformed MAC (it must be 64 hexadecimal digits)")
        unknown = set(data) - _V2_KEYS
        if unknown:
            raise _Bad(f"has unknown fields: {', '.join(sorted(unknown))[:80]}")
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
