"""Results files: what is written, and how strictly a file is read back."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp import __version__
from quizapp.core import handin
from quizapp.core.bank import Bank
from quizapp.core.handin import ResultsFileError, read_results_file, write_results_file
from tests.classroom_data import perfect_response, take_quiz


@pytest.fixture
def filled(bank: Bank, harbour_set) -> Bank:
    bank.import_sets([harbour_set])
    return bank


@pytest.fixture
def results_file(filled: Bank, tmp_path: Path) -> Path:
    questions = filled.questions("harbour-fire")
    attempt_id = take_quiz(
        filled, "Ana Silva", "harbour-fire", [perfect_response(q) for q in questions]
    )
    return write_results_file(filled, attempt_id, tmp_path / "ana.quizresults.json")


def test_written_file_holds_the_attempt(filled: Bank, results_file: Path) -> None:
    """The file names the format, versions, student, quiz, its fingerprint, times and
    every response in the API form with its points."""
    data = json.loads(results_file.read_text(encoding="utf-8"))
    assert data["format"] == "quizapp-results"
    assert data["version"] == handin.PLAIN_VERSION  # no roster code: format 1, as before
    assert data["program_version"] == __version__
    assert data["profile"] == "Ana Silva"
    assert data["set_id"] == "harbour-fire"
    assert data["fingerprint"] == filled.set_fingerprint("harbour-fire")
    assert data["started_at"] < data["finished_at"]
    assert [r["question_id"] for r in data["responses"]] == data["question_ids"]
    first = data["responses"][0]
    assert set(first) == {
        "question_id",
        "position",
        "response",
        "points",
        "max_points",
        "submitted_at",
    }
    assert all(r["points"] == r["max_points"] for r in data["responses"])
    assert "marks" in first["response"]


def test_read_back_equals_written(filled: Bank, results_file: Path) -> None:
    """Reading the file gives back the stored attempt exactly."""
    parsed = read_results_file(results_file)
    attempt = filled.attempt(1)
    assert attempt is not None
    assert parsed.profile_name == "Ana Silva"
    assert parsed.question_ids == attempt.question_ids
    assert parsed.started_at == attempt.started_at
    stored = filled.responses(1)
    assert [(r.question_id, r.response, r.points) for r in parsed.responses] == [
        (s.question_id, s.response, s.points) for s in stored
    ]


def test_content_hash_ignores_points_and_name_case(results_file: Path) -> None:
    """The attempt's identity does not move when it is regraded or the name's case differs."""
    parsed = read_results_file(results_file)
    again = handin.content_hash(
        "ana  SILVA",
        parsed.set_id,
        parsed.started_at,
        {r.question_id: r.response for r in parsed.responses},
    )
    assert again == parsed.content_hash
    other = handin.content_hash("Ana Silva", parsed.set_id, parsed.started_at, {})
    assert other != parsed.content_hash


def test_unfinished_attempt_is_written_without_finish_time(filled: Bank, tmp_path: Path) -> None:
    """An attempt left half-way still hands in what was answered."""
    profile = filled.add_profile("Bo")
    attempt = filled.start_attempt(
        profile.id,
        "harbour-fire",
        ["fire-source"],
        filled.quiz_settings("harbour-fire"),
        "2026-03-04T09:00:00+00:00",
    )
    path = write_results_file(filled, attempt.id, tmp_path / "bo.json")
    parsed = read_results_file(path)
    assert parsed.finished_at is None
    assert parsed.responses == ()


def test_suggested_name_is_safe(filled: Bank) -> None:
    """The proposed file name has no path separators or odd characters."""
    profile = filled.add_profile("../Zoë / O'Neil")
    attempt = filled.start_attempt(
        profile.id,
        "harbour-fire",
        ["fire-source"],
        filled.quiz_settings("harbour-fire"),
        "2026-03-04T09:00:00+00:00",
    )
    name = handin.suggested_file_name(filled, attempt.id)
    assert "/" not in name and ".." not in name.removesuffix(handin.RESULTS_SUFFIX)
    assert name.endswith("-harbour-fire-2026-03-04.quizresults.json")
    assert name.startswith("Zoë")


def _mutated(results_file: Path, tmp_path: Path, change) -> Path:
    data = json.loads(results_file.read_text(encoding="utf-8"))
    change(data)
    path = tmp_path / "changed.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


BAD_CHANGES = {
    "wrong format": (lambda d: d.update(format="something-else"), "not a quizapp results file"),
    "newer version": (lambda d: d.update(version=3), "newer quizapp"),
    "format 2 without a code": (lambda d: d.update(version=2), "'code' must be text"),
    "malformed code": (lambda d: d.update(version=2, code="AB!", mac="0" * 64), "roster code"),
    "malformed mac": (lambda d: d.update(version=2, code="ABCD-EF12", mac="xyz"), "malformed MAC"),
    "version as text": (lambda d: d.update(version="1"), "no format version"),
    "hostile set id": (lambda d: d.update(set_id="../x"), "not a valid id"),
    "hostile question id": (
        lambda d: d["responses"][0].update(question_id="../../etc/passwd"),
        "not a valid id",
    ),
    "points as text": (lambda d: d["responses"][0].update(points="10"), "must be a number"),
    "negative points": (lambda d: d["responses"][0].update(points=-1), "out of range"),
    "response a list": (lambda d: d["responses"][0].update(response=[1, 2]), "must be an object"),
    "unknown response key": (
        lambda d: d["responses"][0].update(response={"exec": "rm"}),
        "unknown keys",
    ),
    "bad mark": (lambda d: d["responses"][0].update(response={"marks": [[0, "a", 2]]}), "mark"),
    "long name": (lambda d: d.update(profile="x" * 81), "longer than 80"),
    "empty name": (lambda d: d.update(profile="  "), "no student name"),
    "control character": (lambda d: d.update(profile="Ana\x1b[31m"), "control characters"),
    "bad time": (lambda d: d.update(started_at="yesterday"), "not a date"),
    "bad fingerprint": (lambda d: d.update(fingerprint="<script>"), "fingerprint"),
    "answered twice": (
        lambda d: d["responses"].append(dict(d["responses"][0])),
        "answered twice",
    ),
    "question not asked": (
        lambda d: d.update(question_ids=d["question_ids"][1:]),
        "not one of the quiz's questions",
    ),
    "superscript label key": (
        lambda d: d["responses"][3].update(response={"labels": {"²": "figure"}}),
        "span numbers",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_CHANGES))
def test_damaged_content_is_refused_with_the_file_name(
    case: str, results_file: Path, tmp_path: Path
) -> None:
    """Each kind of damage gives a plain message that starts with the file's name."""
    change, expected = BAD_CHANGES[case]
    path = _mutated(results_file, tmp_path, change)
    with pytest.raises(ResultsFileError) as raised:
        read_results_file(path)
    assert str(raised.value).startswith(str(path))
    assert expected in str(raised.value)


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (b"", "is empty"),
        (b'{"format": "quizapp-results", "version": 1, "prof', "not valid JSON"),
        (b"\xff\xfe\x00garbage", "not UTF-8"),
        (b"[1, 2, 3]", "not an object"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"a": [[[[[[[[[[[[[1]]]]]]]]]]]]]}', "nested too deeply"),
        (b'{"format": "quizapp-results", "version": NaN}', "not valid JSON"),
    ],
    ids=["empty", "truncated", "binary", "list", "deep", "deep-small", "nan"],
)
def test_unreadable_files_are_refused(content: bytes, expected: str, tmp_path: Path) -> None:
    """Truncated, binary, deeply nested or non-object files give a message, never a crash."""
    path = tmp_path / "bad.json"
    path.write_bytes(content)
    with pytest.raises(ResultsFileError) as raised:
        read_results_file(path)
    assert expected in str(raised.value)
    assert str(path) in str(raised.value)


def test_huge_file_is_refused_without_reading_it_all(tmp_path: Path) -> None:
    """A file over the size limit is refused by its size."""
    path = tmp_path / "huge.json"
    with path.open("wb") as stream:
        stream.write(b'{"pad": "')
        stream.write(b"x" * (handin.MAX_FILE_BYTES + 10))
        stream.write(b'"}')
    with pytest.raises(ResultsFileError, match="too large"):
        read_results_file(path)


def test_missing_file_is_reported(tmp_path: Path) -> None:
    with pytest.raises(ResultsFileError, match="cannot be read"):
        read_results_file(tmp_path / "nope.json")


def test_write_replaces_atomically(filled: Bank, results_file: Path) -> None:
    """Writing over an existing file leaves no temporary files behind."""
    write_results_file(filled, 1, results_file)
    leftovers = [p for p in results_file.parent.iterdir() if p.name.startswith(".handin-")]
    assert leftovers == []
    assert read_results_file(results_file).profile_name == "Ana Silva"
