"""The command line for handing out safely: exam copies, class lists and codes, and the
results import that refuses bad files while keeping the good ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core.bank import Bank
from quizapp.core.files import load_question_set
from quizapp.core.handin import write_results_file
from quizapp.core.session import QuizSession
from tests.classroom_data import StepClock, perfect_response
from tests.pdf_text import flat, page_texts

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    """Run ``quizapp ARGV`` in this process; return (exit code, stdout, stderr)."""
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def teacher_db(tmp_path: Path, capsys) -> Path:
    """A bank holding harbour-fire as a quiz with feedback at the end."""
    quiz = tmp_path / "quiz.yaml"
    quiz.write_text(FIXTURE.read_text(encoding="utf-8") + "quiz:\n  feedback: end\n", "utf-8")
    db = tmp_path / "teacher.sqlite3"
    assert run(["import", str(quiz), "--db", str(db)], capsys)[0] == 0
    return db


def test_export_exam_copy(teacher_db: Path, tmp_path: Path, capsys) -> None:
    """export --exam-copy writes a key-free file that validates; the note names what the
    classify question shows."""
    out = tmp_path / "exam.yaml"
    code, _, err = run(
        ["export", "harbour-fire", "--exam-copy", "--out", str(out), "--db", str(teacher_db)],
        capsys,
    )
    assert code == 0, err
    assert "'fire-labels'" in err and f"Wrote {out}" in err
    text = out.read_text(encoding="utf-8")
    assert text.startswith("quizapp-exam: 1\n") and "]{." not in text and "correct" not in text
    assert run(["validate", str(out)], capsys)[0] == 0


def test_exam_copy_refused_for_immediate_feedback(tmp_path: Path, capsys) -> None:
    """An exam copy of a quiz with feedback after each question is refused, saying why;
    a plain hand-out of a quiz warns that it holds the key."""
    db = tmp_path / "bank.sqlite3"
    quiz = tmp_path / "quiz.yaml"
    quiz.write_text(FIXTURE.read_text(encoding="utf-8") + "quiz:\n  feedback: immediate\n", "utf-8")
    run(["import", str(quiz), "--db", str(db)], capsys)
    out = tmp_path / "exam.yaml"
    code, _, err = run(
        ["export", "--quiz", "harbour-fire", "--exam-copy", "--out", str(out), "--db", str(db)],
        capsys,
    )
    assert code == 1 and "feedback after each question" in err and not out.exists()
    code, _, err = run(
        ["export", "--quiz", "harbour-fire", "--out", str(out), "--db", str(db)], capsys
    )
    assert code == 0 and "holds the answer key" in err


def test_roster_load_codes_and_import(teacher_db: Path, tmp_path: Path, capsys, qapp) -> None:
    """roster load gives codes; roster codes writes CSV and a PDF sheet; results import
    shows each refusal with its reason, imports the good file and exits 1."""
    class_list = tmp_path / "class.csv"
    class_list.write_bytes("\ufeffname;id\r\nAna Silva;1001\r\n\r\nBen Okafor;1002\r\n".encode())
    code, _, err = run(
        ["roster", "load", str(class_list), "--quiz", "harbour-fire", "--db", str(teacher_db)],
        capsys,
    )
    assert code == 0 and "2 new codes" in err
    csv_out, pdf_out = tmp_path / "codes.csv", tmp_path / "codes.pdf"
    for target in (csv_out, pdf_out):
        code, _, err = run(
            ["roster", "codes", "harbour-fire", "--out", str(target), "--db", str(teacher_db)],
            capsys,
        )
        assert code == 0, err
    rows = csv_out.read_text(encoding="utf-8").splitlines()
    assert rows[0] == "name,id,quiz,code,used" and rows[1].startswith(
        "Ana Silva,1001,harbour-fire,"
    )
    ana_code = rows[1].split(",")[3]
    sheet = flat(" ".join(page_texts(pdf_out)))
    assert "Ana Silva" in sheet and ana_code in sheet and "Ben Okafor" in sheet

    exam = tmp_path / "exam.yaml"
    run(
        ["export", "harbour-fire", "--exam-copy", "--out", str(exam), "--db", str(teacher_db)],
        capsys,
    )
    assert "codes: true" in exam.read_text(encoding="utf-8")
    teacher = Bank.open(teacher_db)
    key = {q.id: q for q in teacher.questions("harbour-fire")}
    teacher.close()
    folder = tmp_path / "in"
    folder.mkdir()
    student = Bank.open(tmp_path / "student.sqlite3")
    clock = StepClock()
    try:
        student.import_sets([load_question_set(exam)])
        for name, file_name in (("Ana Silva", "ana.json"), ("Mallory", "mallory.json")):
            profile = student.add_profile(name)
            session = QuizSession.start(student, profile.id, "harbour-fire", clock)
            student.set_attempt_code(session.attempt.id, ana_code.replace("-", ""))
            for index, question in enumerate(session.questions):
                session.submit(index, perfect_response(key[question.id]))
            session.finish()
            write_results_file(student, session.attempt.id, folder / file_name)
    finally:
        student.close()
    edited = folder / "edited.json"
    data = json.loads((folder / "ana.json").read_text(encoding="utf-8"))
    data["started_at"] = "2026-03-04T08:00:00+00:00"
    edited.write_text(json.dumps(data), encoding="utf-8")
    code, out, err = run(["results", "import", str(folder), "--db", str(teacher_db)], capsys)
    assert code == 1
    assert "imported " in out and "ana.json: Ana Silva" in out
    assert f"refused {folder / 'mallory.json'}: the code {ana_code} belongs to 'Ana Silva'" in out
    assert f"refused {edited}: edited" in out
    assert "2 files refused" in err


def test_roster_load_bad_list_names_the_line(teacher_db: Path, tmp_path: Path, capsys) -> None:
    """A class list with a bad line is refused as path:line: message; nothing is stored."""
    class_list = tmp_path / "class.csv"
    class_list.write_text("Ana\nBen,1,2\n", encoding="utf-8")
    code, _, err = run(
        ["roster", "load", str(class_list), "--quiz", "harbour-fire", "--db", str(teacher_db)],
        capsys,
    )
    assert code == 1 and f"{class_list}:2: expected a name" in err
    code, _, err = run(
        [
            "roster",
            "codes",
            "harbour-fire",
            "--out",
            str(tmp_path / "c.csv"),
            "--db",
            str(teacher_db),
        ],
        capsys,
    )
    assert code == 1 and "has no class list" in err
