"""Collecting a class's results files, regrading after a key fix, and the class read back."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from quizapp.core import classroom, handin
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set, loads_question_set
from tests.classroom_data import (
    StepClock,
    empty_response,
    hand_in_class,
    perfect_response,
    take_quiz,
)

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
SET = "harbour-fire"


def _bank(path: Path, yaml_text: str | None = None) -> Bank:
    bank = Bank.open(path)
    if yaml_text is None:
        bank.import_sets([load_question_set(FIXTURE)])
    else:
        bank.import_sets([loads_question_set(yaml_text)])
    return bank


@pytest.fixture
def student_bank(tmp_path: Path):
    bank = _bank(tmp_path / "student.sqlite3")
    yield bank
    bank.close()


@pytest.fixture
def teacher(tmp_path: Path):
    bank = _bank(tmp_path / "teacher.sqlite3")
    yield bank
    bank.close()


@pytest.fixture
def class_files(student_bank: Bank, tmp_path: Path) -> list[Path]:
    return hand_in_class(student_bank, SET, tmp_path / "handed-in", 6)


def _count(bank: Bank, table: str) -> int:
    return bank.counts()[table]


# ----------------------------------------------------------------- collecting


def test_import_a_folder(teacher: Bank, class_files: list[Path]) -> None:
    """Every file in the folder becomes an attempt with its responses and a profile."""
    progress: list[tuple[int, int]] = []
    report = classroom.import_results(
        teacher, [class_files[0].parent], progress=lambda d, t, _: progress.append((d, t))
    )
    assert len(report.imported) == 6 and not report.damaged and not report.duplicates
    assert report.summary() == "Imported 6 results."
    assert progress[0] == (0, 6) and progress[-1] == (6, 6)
    assert _count(teacher, "attempts") == 6
    assert _count(teacher, "responses") == 24
    assert sorted(p.name for p in teacher.profiles()) == [f"Student {i:02d}" for i in range(1, 7)]
    data = classroom.load_class(teacher, SET)
    assert [s.origin for s in data.students] == ["file"] * 6
    assert all(s.source_name and s.source_name.endswith(".quizresults.json") for s in data.students)


def test_import_twice_adds_nothing(teacher: Bank, class_files: list[Path], tmp_path: Path) -> None:
    """A second import of the same files — or of a renamed copy — adds no attempt."""
    classroom.import_results(teacher, class_files)
    copy = tmp_path / "copy.json"
    shutil.copy(class_files[0], copy)
    report = classroom.import_results(teacher, [*class_files, copy])
    assert report.imported == []
    assert len(report.duplicates) == 7
    assert _count(teacher, "attempts") == 6
    assert _count(teacher, "responses") == 24


def test_shared_machine_file_adds_nothing(student_bank: Bank, class_files: list[Path]) -> None:
    """On a shared machine the results are already in the bank: importing the file that
    was saved from one of them adds nothing."""
    before = _count(student_bank, "attempts")
    report = classroom.import_results(student_bank, class_files)
    assert len(report.duplicates) == 6
    assert _count(student_bank, "attempts") == before


def test_profiles_are_matched_ignoring_case(teacher: Bank, class_files: list[Path]) -> None:
    """'student 01' in the teacher's bank is the same student as 'Student 01' in a file."""
    existing = teacher.add_profile("student 01")
    classroom.import_results(teacher, class_files[:1])
    assert [p.id for p in teacher.profiles() if p.name.casefold() == "student 01"] == [existing.id]


def _write(path: Path, data: dict) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_damaged_files_are_skipped_by_name(
    teacher: Bank, class_files: list[Path], tmp_path: Path
) -> None:
    """Truncated, newer-format, hostile, huge and mistyped files are reported by name and
    skipped; every good file is still imported."""
    bad = tmp_path / "bad"
    bad.mkdir()
    good = json.loads(class_files[0].read_text(encoding="utf-8"))
    text = class_files[0].read_text(encoding="utf-8")
    (bad / "truncated.json").write_text(text[: len(text) // 2], encoding="utf-8")
    _write(bad / "newer.json", good | {"version": 3})
    _write(bad / "hostile.json", good | {"set_id": "../x"})
    _write(bad / "types.json", good | {"responses": "all of them"})
    _write(bad / "unknown-quiz.json", good | {"set_id": "no-such-quiz"})
    misfit = json.loads(text)
    misfit["responses"][0]["response"] = {"marks": [[5, 0, 1]]}  # excerpt 5 of 1
    _write(bad / "misfit.json", misfit)
    with (bad / "huge.json").open("wb") as stream:
        stream.write(b" " * (handin.MAX_FILE_BYTES + 1))
    report = classroom.import_results(teacher, [*class_files, bad, tmp_path / "missing.json"])
    damaged = {Path(o.path).name: o.message for o in report.damaged}
    assert set(damaged) == {
        "truncated.json",
        "newer.json",
        "hostile.json",
        "types.json",
        "unknown-quiz.json",
        "misfit.json",
        "huge.json",
        "missing.json",
    }
    for name, message in damaged.items():
        assert name in message
    assert "newer quizapp" in damaged["newer.json"]
    assert "import the quiz first" in damaged["unknown-quiz.json"]
    assert "does not fit" in damaged["misfit.json"]
    assert len(report.imported) == 6
    assert _count(teacher, "attempts") == 6
    assert len(report.lines()) == 8


def test_other_version_is_imported_and_flagged(
    teacher: Bank, class_files: list[Path], tmp_path: Path
) -> None:
    """A file taken on another version of the quiz is imported, scored with the current
    key, and flagged in the report and in the class data."""
    data = json.loads(class_files[0].read_text(encoding="utf-8"))
    data["fingerprint"] = "0123456789abcdef"
    path = _write(tmp_path / "old-version.json", data)
    report = classroom.import_results(teacher, [path])
    assert len(report.imported) == 1
    assert report.imported[0].other_version
    assert "another version" in report.imported[0].message
    assert report.summary() == "Imported 1 result, 1 from another version of the quiz."
    student = classroom.load_class(teacher, SET).students[0]
    assert student.other_version


def test_other_version_keeps_answers_to_questions_it_cannot_score(
    teacher: Bank, class_files: list[Path], tmp_path: Path
) -> None:
    """An older version asked a question the quiz no longer has: its points are kept."""
    data = json.loads(class_files[0].read_text(encoding="utf-8"))
    data["fingerprint"] = "0123456789abcdef"
    data["question_ids"].append("retired-question")
    data["responses"].append(
        {
            "question_id": "retired-question",
            "position": 4,
            "response": {"choices": [0]},
            "points": 1.0,
            "max_points": 1.0,
            "submitted_at": data["finished_at"],
        }
    )
    report = classroom.import_results(teacher, [_write(tmp_path / "v0.json", data)])
    assert len(report.imported) == 1
    stored = {r.question_id: r.points for r in teacher.responses(report.imported[0].attempt_id)}
    assert stored["retired-question"] == 1.0


def test_tampered_points_are_rescored(teacher: Bank, student_bank: Bank, tmp_path: Path) -> None:
    """A student who edits the points in the file gets the bank's points, and the file
    is flagged."""
    questions = student_bank.questions(SET)
    attempt = take_quiz(student_bank, "Eve", SET, [empty_response(q) for q in questions])
    path = handin.write_results_file(student_bank, attempt, tmp_path / "eve.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    for item in data["responses"]:
        item["points"] = item["max_points"]
    report = classroom.import_results(teacher, [_write(path, data)])
    outcome = report.imported[0]
    assert outcome.points_changed and "differ" in outcome.message
    assert all(r.points == 0 for r in teacher.responses(outcome.attempt_id))


def test_findings_are_cached_at_import(teacher: Bank, student_bank: Bank, tmp_path: Path) -> None:
    """Which key spans an answer found is stored with it, for the dashboard."""
    questions = student_bank.questions(SET)
    attempt = take_quiz(student_bank, "Ana", SET, [perfect_response(q) for q in questions])
    path = handin.write_results_file(student_bank, attempt, tmp_path / "ana.json")
    classroom.import_results(teacher, [path])
    rows = teacher.class_responses([1])
    by_question = {r["question_id"]: r for r in rows}
    assert by_question["fire-toll"]["found"] == [1, 1]
    assert by_question["fire-labels"]["found"] == [1, 1, 1]
    assert by_question["fire-source"]["found"] is None
    assert by_question["fire-toll"]["findings_fingerprint"] == teacher.set_fingerprint(SET)


def test_load_class_picks_latest_or_best(student_bank: Bank) -> None:
    """Ana took the quiz twice, perfectly then badly: latest shows the second, best the first;
    an unfinished attempt never counts."""
    questions = student_bank.questions(SET)
    clock = StepClock()
    take_quiz(student_bank, "Ana", SET, [perfect_response(q) for q in questions], clock=clock)
    take_quiz(student_bank, "Ana", SET, [empty_response(q) for q in questions], clock=clock)
    profile = student_bank.add_profile("Bo")
    student_bank.start_attempt(
        profile.id,
        SET,
        ["fire-source"],
        student_bank.quiz_settings(SET),
        "2026-03-05T09:00:00+00:00",
    )
    latest = classroom.load_class(student_bank, SET)
    best = classroom.load_class(student_bank, SET, policy="best")
    assert [s.name for s in latest.students] == ["Ana"]
    assert latest.students[0].total == 0.0
    assert best.students[0].total == 1.0


def test_unanswered_question_counts_zero(student_bank: Bank) -> None:
    """A question asked but never answered is 0 in the totals and has no points."""
    questions = student_bank.questions(SET)
    answers = [perfect_response(q) for q in questions]
    answers[1] = None
    take_quiz(student_bank, "Ana", SET, answers)
    student = classroom.load_class(student_bank, SET).students[0]
    assert student.fractions["fire-toll"] == 0.0
    assert "fire-toll" not in student.points
    assert student.total == pytest.approx(0.75)


def test_heat_maps_from_stored_marks(student_bank: Bank) -> None:
    """Two students mark 'will likely rise', one marks 'a worker': the heat map of
    fire-speculation has 2 of 3 on 'likely' and 1 of 3 on 'worker'."""
    question = student_bank.question(SET, "fire-speculation")
    text = question.excerpts[0].text
    key = [0, text.index("will likely rise"), text.index("will likely rise") + 16]
    stray = [0, text.index("a worker"), text.index("a worker") + 8]
    for name, marks in (("A", [key]), ("B", [key]), ("C", [stray])):
        answers = [
            {"marks": marks} if q.id == "fire-speculation" else None
            for q in student_bank.questions(SET)
        ]
        take_quiz(student_bank, name, SET, answers)
    data = classroom.load_class(student_bank, SET)
    (heat,) = classroom.heat_maps(data, "fire-speculation")
    shares = {text[a:b]: heat.counts[i] for i, (a, b) in enumerate(heat.words)}
    assert shares["likely"] == 2 and shares["worker"] == 1 and shares["Early"] == 0
    assert heat.students == 3
    assert [s.text for s in heat.key] == ["will likely rise"]
    assert len(classroom.heat_maps(data, "fire-toll")) == 2
    assert classroom.heat_maps(data, "fire-source") == []
    stats = {s.question.id: s for s in classroom.question_stats(data)}
    assert [(s.found, s.of) for s in stats["fire-speculation"].spans] == [(2, 3)]


# ----------------------------------------------------------------- regrading


def _yaml(**replacements: str) -> str:
    text = FIXTURE.read_text(encoding="utf-8")
    for old, new in replacements.items():
        assert old in text
        text = text.replace(old, new)
    return text


def test_regrade_after_penalty_fix_changes_only_that_question(
    student_bank: Bank, class_files: list[Path]
) -> None:
    """Lowering fire-speculation's stray penalty changes only answers to it that had
    strays; every other answer keeps its points."""
    before = {
        (r["attempt_id"], r["question_id"]): r["points"]
        for r in student_bank.class_responses(list(range(1, 7)))
    }
    fixed = _yaml(**{"    tags: [fire]\n": "    tags: [fire]\n    stray_penalty: 0\n"})
    student_bank.import_sets([loads_question_set(fixed)])
    report = classroom.regrade(student_bank, SET)
    assert report.changes, "the simulated class has strays on fire-speculation"
    assert {c.question_id for c in report.changes} == {"fire-speculation"}
    assert all(c.new_points > c.old_points for c in report.changes)
    after = {
        (r["attempt_id"], r["question_id"]): r["points"]
        for r in student_bank.class_responses(list(range(1, 7)))
    }
    changed = {(c.attempt_id, c.question_id) for c in report.changes}
    for key, points in after.items():
        if key in changed:
            assert points != before[key]
        else:
            assert points == before[key]
    assert student_bank.last_regrade(SET)["changed"] == report.changed_attempts


def test_regrade_after_key_fix(student_bank: Bank) -> None:
    """The key tagged only 'will' of 'will likely rise'; a student who marked the whole
    phrase reached too far and found nothing. After the fix only that answer changes."""
    forgot = _yaml(**{"[will likely rise]{.speculation}": "[will]{.speculation} likely rise"})
    student_bank.import_sets([loads_question_set(forgot)])
    question = student_bank.question(SET, "fire-speculation")
    text = question.excerpts[0].text
    start = text.index("will likely rise")
    answers = []
    for q in student_bank.questions(SET):
        answers.append(
            {"marks": [[0, start, start + 16]]}
            if q.id == "fire-speculation"
            else perfect_response(q)
        )
    attempt = take_quiz(student_bank, "Ana", SET, answers)
    points = {r.question_id: (r.points, r.max_points) for r in student_bank.responses(attempt)}
    assert points["fire-speculation"] == (0.0, 1.0)

    student_bank.import_sets([load_question_set(FIXTURE)])
    dry = classroom.regrade(student_bank, SET, dry_run=True)
    assert [str(c) for c in dry.changes if c.question_id == "fire-speculation"] == [
        "Ana · fire-speculation: 0/1 → 1/1"
    ]
    assert [c.question_id for c in dry.changes] == ["fire-speculation"]
    assert "would change" in dry.summary()
    unchanged = {r.question_id: (r.points, r.max_points) for r in student_bank.responses(attempt)}
    assert unchanged == points, "a dry run writes nothing"

    report = classroom.regrade(student_bank, SET)
    after = {r.question_id: (r.points, r.max_points) for r in student_bank.responses(attempt)}
    assert after["fire-speculation"] == (1.0, 1.0)
    assert after["fire-toll"] == points["fire-toll"]
    assert after["fire-source"] == points["fire-source"]
    assert report.problems == []
    # The findings cache now follows the corrected key.
    student = classroom.load_class(student_bank, SET).students[0]
    assert student.found["fire-speculation"] == [1]


def test_regrade_keeps_answers_it_cannot_score(student_bank: Bank, class_files: list[Path]) -> None:
    """A question removed from the quiz: its answers keep their points and are listed."""
    text = FIXTURE.read_text(encoding="utf-8")
    cut = text.index("  - id: fire-source")
    end = text.index("  - id: fire-labels")
    student_bank.import_sets([loads_question_set(text[:cut] + text[end:])])
    report = classroom.regrade(student_bank, SET)
    assert len(report.problems) == 6
    assert all("no longer in the quiz" in p for p in report.problems)


def test_regrade_unknown_quiz(student_bank: Bank) -> None:
    with pytest.raises(KeyError):
        classroom.regrade(student_bank, "nope")


# ----------------------------------------------------------------- command line


def test_cli_results_import_and_regrade(
    teacher: Bank, class_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp results import` lists each file and exits 1 when one was skipped;
    `quizapp regrade --dry-run` writes nothing; an unknown quiz exits 1 with words."""
    from quizapp import cli

    db = str(teacher.path)
    teacher.close()
    (tmp_path / "handed-in" / "broken.json").write_text('{"format": ', encoding="utf-8")
    assert cli.main(["results", "import", str(tmp_path / "handed-in"), "--db", db]) == 1
    out, err = capsys.readouterr()
    assert out.count("imported ") == 6
    assert "skipped " in out and "broken.json" in out
    assert err.strip() == "Imported 6 results, 1 file skipped."
    assert cli.main(["results", "import", str(class_files[0]), "--db", db]) == 0
    assert "already imported" in capsys.readouterr().out
    assert cli.main(["regrade", SET, "--dry-run", "--db", db]) == 0
    assert "Nothing was written" in capsys.readouterr().err
    assert cli.main(["regrade", "no-such-quiz", "--db", db]) == 1
    assert "There is no quiz 'no-such-quiz'" in capsys.readouterr().err


def test_cli_results_csv(
    student_bank: Bank, class_files: list[Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`quizapp results csv` writes the gradebook; a folder that does not exist exits 1."""
    import csv

    from quizapp import cli

    db = str(student_bank.path)
    student_bank.close()
    out = tmp_path / "grades.csv"
    assert cli.main(["results", "csv", SET, "--out", str(out), "--db", db]) == 0
    with out.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream))
    assert len(rows) == 7 and rows[0][0] == "Student"
    assert "6 students, 4 questions" in capsys.readouterr().err
    bad = tmp_path / "missing" / "grades.csv"
    assert cli.main(["results", "csv", SET, "--out", str(bad), "--db", db]) == 1
    assert "Cannot write" in capsys.readouterr().err


def test_empty_folder_says_so(teacher: Bank, tmp_path: Path) -> None:
    """A folder with no results files is reported, not silently 'imported 0'."""
    (tmp_path / "empty").mkdir()
    report = classroom.import_results(teacher, [tmp_path / "empty"])
    assert report.summary() == "No results files found (they end in .json)."
