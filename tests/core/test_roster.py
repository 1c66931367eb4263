"""Class lists, codes, and the results files they sign: forged, replayed, edited and
wrong-quiz files are refused with their reason while good files still import."""

from __future__ import annotations

import json
import math
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core import roster
from quizapp.core.bank import Bank
from quizapp.core.classroom import import_results
from quizapp.core.handin import read_results_file, write_results_file
from quizapp.core.model import QuizSettings
from quizapp.core.roster import RosterError, parse_class_list
from quizapp.core.session import QuizSession
from tests.classroom_data import StepClock, perfect_response


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        (b"Ana Silva,1001\nBen Okafor,1002\n", [("Ana Silva", "1001"), ("Ben Okafor", "1002")]),
        (
            b"\xef\xbb\xbfname;id\r\nAna Silva;1001\r\n\r\nBen Okafor\r\n",
            [("Ana Silva", "1001"), ("Ben Okafor", "")],
        ),
        (b'\n\n  Ana   Silva  \n"Okafor, Ben",7\n', [("Ana Silva", ""), ("Okafor, Ben", "7")]),
        ("Zoë Brontë\n".encode("cp1252"), [("Zoë Brontë", "")]),
    ],
)
def test_class_lists_are_read_tolerantly(raw: bytes, expected: list[tuple[str, str]]) -> None:
    """Comma or semicolon, a BOM, a header, blank lines, quotes and a spreadsheet's code
    page are all read."""
    assert [(s.name, s.student_id) for s in parse_class_list(raw, "class.csv")] == expected


@pytest.mark.parametrize(
    ("raw", "line", "message"),
    [
        (b"Ana,1,extra\n", 1, "3 columns"),
        (b"Ana\n,1002\n", 2, "no name"),
        (b"Ana\nana \n", 2, "on line 1 already"),
        (b"\n\n", 1, "no names"),
        (b"Ana\n" + b"x" * 90 + b"\n", 2, "longer than 80"),
    ],
)
def test_bad_class_lists_name_the_line(raw: bytes, line: int, message: str) -> None:
    """A class list that cannot be used says which line and why."""
    with pytest.raises(RosterError) as error:
        parse_class_list(raw, "class.csv")
    assert error.value.line == line and message in str(error.value)
    assert str(error.value).startswith(f"class.csv:{line}:")


def test_codes_are_random_readable_and_forgiving() -> None:
    """Codes are 8 Crockford symbols (40 bits), distinct, and typed loosely they still read."""
    codes = {roster.new_code() for _ in range(2000)}
    assert len(codes) == 2000
    assert all(len(c) == 8 and set(c) <= set(roster.ALPHABET) for c in codes)
    assert math.log2(len(roster.ALPHABET)) * roster.CODE_LENGTH == 40
    code = next(iter(codes))
    assert roster.normalise(f" {roster.display(code).lower()} ") == code
    assert roster.normalise("abcd-ef1o") == "ABCDEF10"
    assert roster.normalise("ABCD-EF1U") is None and roster.normalise("ABC") is None


def test_loading_again_keeps_codes(bank: Bank, harbour_set) -> None:
    """A second load adds only new names; the codes already printed stay valid."""
    bank.import_sets([harbour_set])
    first = roster.load_roster(bank, "harbour-fire", parse_class_list(b"Ana\nBen\n"))
    codes = {e["name"]: e["code"] for e in bank.roster("harbour-fire")}
    again = roster.load_roster(bank, "harbour-fire", parse_class_list(b"ben\nCara\n"))
    assert first.added == ("Ana", "Ben") and again.added == ("Cara",) and again.kept == ("ben",)
    after = {e["name"]: e["code"] for e in bank.roster("harbour-fire")}
    assert after["Ana"] == codes["Ana"] and after["Ben"] == codes["Ben"] and len(after) == 3
    assert "Cara" in roster.codes_csv(bank, "harbour-fire")


# --------------------------------------------------------------------------- the class


class Classroom:
    """A teacher's bank with a class list, and one student machine per results file."""

    def __init__(self, tmp_path: Path, harbour_set) -> None:
        self.tmp = tmp_path
        self.teacher = Bank.open(tmp_path / "teacher.sqlite3")
        quiz = replace(harbour_set, quiz=QuizSettings(feedback="end"))
        self.teacher.import_sets([quiz, replace(quiz, id="other-quiz", title="Other")])
        roster.load_roster(self.teacher, "harbour-fire", parse_class_list(b"Ana\nBen\nCara\n"))
        roster.load_roster(self.teacher, "other-quiz", parse_class_list(b"Ana\n"))
        self.codes = {e["name"]: e["code"] for e in self.teacher.roster("harbour-fire")}
        self.key = {q.id: q for q in self.teacher.questions("harbour-fire")}
        self.folder = tmp_path / "handed-in"
        self.folder.mkdir()
        self.clock = StepClock()  # one clock: each student starts a little later

    def hand_in(
        self, name: str, code: str | None, file_name: str, set_id: str = "harbour-fire"
    ) -> Path:
        student = Bank.open(self.tmp / f"{file_name}.sqlite3")
        try:
            student.import_sets([self.teacher.question_set(set_id)])
            profile = student.add_profile(name)
            session = QuizSession.start(student, profile.id, set_id, self.clock)
            if code is not None:
                student.set_attempt_code(session.attempt.id, code)
            for index, question in enumerate(session.questions):
                session.submit(index, perfect_response(self.key[question.id]))
            session.finish()
            return write_results_file(student, session.attempt.id, self.folder / file_name)
        finally:
            student.close()

    def close(self) -> None:
        self.teacher.close()


@pytest.fixture
def classroom(tmp_path: Path, harbour_set):
    """A teacher with a class list for harbour-fire (Ana, Ben, Cara) and other-quiz (Ana)."""
    room = Classroom(tmp_path, harbour_set)
    yield room
    room.close()


def _edit(path: Path, change) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data), encoding="utf-8")


def test_signed_file_carries_code_and_mac(classroom: Classroom) -> None:
    """A file from a quiz started with a code is format 2 with the code and a MAC that fits."""
    path = classroom.hand_in("Ana", classroom.codes["Ana"], "ana.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["version"] == 2 and data["code"] == classroom.codes["Ana"]
    assert len(data["mac"]) == 64
    assert read_results_file(path).mac_matches()


def test_forged_replayed_edited_and_wrong_quiz_files_are_refused(classroom: Classroom) -> None:
    """Each bad file is refused with its reason; the good files in the same folder import."""
    codes = classroom.codes
    classroom.hand_in("Ana", codes["Ana"], "1-ana.json")
    classroom.hand_in("Ben", codes["Ben"], "2-ben.json")
    classroom.hand_in("Ben", "ZZZZZZZZ", "3-forged-unknown.json")
    classroom.hand_in("Ben", codes["Cara"], "4-ben-as-cara.json")  # Cara's code, Ben's name
    classroom.hand_in("Ana", codes["Ana"], "5-ana-again.json")  # a second attempt: replay
    edited = classroom.hand_in("Cara", codes["Cara"], "6-cara-edited.json")
    _edit(edited, lambda d: d["responses"][0].update(points=99))
    renamed = classroom.hand_in("Cara", codes["Cara"], "7-cara-renamed.json")
    _edit(renamed, lambda d: d.update(profile="Ana"))
    other_code = classroom.teacher.roster("other-quiz")[0]["code"]
    classroom.hand_in("Ana", other_code, "8-wrong-quiz.json")
    classroom.hand_in("Cara", None, "9-no-code.json")
    report = import_results(classroom.teacher, [classroom.folder])
    by_file = {Path(o.path).name: o for o in report.outcomes}
    assert [n for n, o in by_file.items() if o.status == "imported"] == ["1-ana.json", "2-ben.json"]
    reasons = {name: o.message for name, o in by_file.items() if o.status == "refused"}
    assert "unknown code ZZZZ-ZZZZ" in reasons["3-forged-unknown.json"]
    assert "belongs to 'Cara', not to the name in the file, 'Ben'" in reasons["4-ben-as-cara.json"]
    assert "used already (by 1-ana.json" in reasons["5-ana-again.json"]
    assert "edited" in reasons["6-cara-edited.json"]
    assert "edited" in reasons["7-cara-renamed.json"]
    assert (
        "another quiz" in reasons["8-wrong-quiz.json"]
        and "'other-quiz'" in reasons["8-wrong-quiz.json"]
    )
    assert "has no roster code" in reasons["9-no-code.json"]
    assert all(name in message for name, message in reasons.items())
    assert "7 files refused" in report.summary()
    assert sum(line.startswith("refused ") for line in report.lines()) == 7
    used = {e["name"]: e["used"] for e in classroom.teacher.roster("harbour-fire")}
    assert used == {"Ana": "1-ana.json", "Ben": "2-ben.json", "Cara": None}
    again = import_results(classroom.teacher, [classroom.folder / "1-ana.json"])
    assert again.outcomes[0].status == "duplicate"  # the same file twice adds nothing


def test_without_a_roster_everything_works_as_before(
    bank: Bank, harbour_set, tmp_path: Path
) -> None:
    """No class list: a file without a code imports as format 1; with a code it is unknown."""
    bank.import_sets([harbour_set])
    student = Bank.open(tmp_path / "s.sqlite3")
    try:
        student.import_sets([harbour_set])
        profile = student.add_profile("Dan")
        session = QuizSession.start(student, profile.id, "harbour-fire", StepClock())
        for index, question in enumerate(session.questions):
            session.submit(index, perfect_response(question))
        session.finish()
        path = write_results_file(student, session.attempt.id, tmp_path / "dan.json")
    finally:
        student.close()
    assert json.loads(path.read_text(encoding="utf-8"))["version"] == 1
    assert import_results(bank, [path]).outcomes[0].status == "imported"


def test_code_is_stored_with_the_attempt_and_kept_on_resume(tmp_path: Path, harbour_set) -> None:
    """The code is written in the attempt's own transaction: a program closed mid-quiz
    resumes an attempt that still carries it, and its file is signed."""
    path = tmp_path / "student.sqlite3"
    student = Bank.open(path)
    student.import_sets([harbour_set])
    profile = student.add_profile("Ana")
    session = QuizSession.start(student, profile.id, "harbour-fire", StepClock(), code="ABCDEF12")
    session.submit(0, {"marks": []})
    student.close()  # the program closed before the end
    student = Bank.open(path)
    try:
        resumed = QuizSession.resume(student, profile.id)
        assert resumed is not None and student.attempt_code(resumed.attempt.id) == "ABCDEF12"
        for index in range(resumed.current_index, resumed.total):
            resumed.submit(index, {})
        resumed.finish()
        written = write_results_file(student, resumed.attempt.id, tmp_path / "ana.json")
        parsed = read_results_file(written)
        assert parsed.code == "ABCDEF12" and parsed.mac_matches()
    finally:
        student.close()
