"""Teacher studio core: the password, bringing reports in, and building quizzes."""

from __future__ import annotations

from pathlib import Path

import pytest

from quizapp.cli import main
from quizapp.core import teacher
from quizapp.core.article_import import import_file, import_text
from quizapp.core.bank import Bank
from quizapp.core.files import QuestionFileError, load_question_set, loads_question_set
from quizapp.core.markup import parse_article
from quizapp.core.model import QuizSettings
from quizapp.core.quizbuild import build_quiz, slug
from quizapp.core.yamlsource import SourceError

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"


@pytest.fixture
def bank(tmp_path: Path) -> Bank:
    opened = Bank.open(tmp_path / "bank.sqlite3")
    opened.import_sets([load_question_set(FIXTURE)])
    yield opened
    opened.close()


def test_password_is_stored_only_as_a_salted_hash(bank: Bank) -> None:
    """The bank holds an scrypt hash, never the password; the right one opens, a wrong not."""
    teacher.set_password(bank, "correct horse")
    stored = bank.setting(teacher.SETTING_KEY) or ""
    assert "correct horse" not in stored and "scrypt" in stored
    assert teacher.check_password(bank, "correct horse")
    assert not teacher.check_password(bank, "Correct horse")


def test_same_password_different_salt(bank: Bank) -> None:
    """Two hashes of one password differ, so equal passwords do not show."""
    first = teacher.hash_password("secret12")
    second = teacher.hash_password("secret12")
    assert first["hash"] != second["hash"]


def test_change_password_needs_the_old_one(bank: Bank) -> None:
    """Changing the password refuses a wrong old password and accepts the right one."""
    teacher.set_password(bank, "first-pass")
    with pytest.raises(teacher.PasswordError):
        teacher.set_password(bank, "second-pass", old="nope")
    teacher.set_password(bank, "second-pass", old="first-pass")
    assert teacher.check_password(bank, "second-pass")


def test_short_password_refused(bank: Bank) -> None:
    """A password shorter than the minimum is refused with a plain reason."""
    with pytest.raises(teacher.PasswordError, match="at least"):
        teacher.set_password(bank, "abc")


HTML = """<html><head><title>Site</title><style>p { color: red }</style>
<script>document.write("evil")</script></head><body>
<h1>Harbour fire kills 12</h1>
<p>At&nbsp;least 12&#160;people   died,\u200b \u201cofficials\u201d said.</p>
<div>A second paragraph<br>and a third [with brackets].</div>
</body></html>"""


def test_html_reduced_to_clean_paragraphs() -> None:
    """Scripts and styles go, entities and odd spaces are cleaned, blocks become paragraphs."""
    article = import_text(HTML, "html")
    assert article.headline == "Harbour fire kills 12"
    assert article.paragraphs == [
        "At least 12 people died, \u201cofficials\u201d said.",
        "A second paragraph",
        "and a third [with brackets].",
    ]
    assert "evil" not in article.markup()
    assert parse_article(article.markup()).text.endswith("[with brackets].")


def test_plain_text_paragraphs_fold_line_breaks() -> None:
    """Blank lines split paragraphs; wrapped lines join; Windows line ends work."""
    article = import_text("First line\r\nwraps here.\r\n\r\n\r\nSecond\tpara.\r\n")
    assert article.paragraphs == ["First line wraps here.", "Second para."]


def test_markdown_headline_and_list_items() -> None:
    """A Markdown heading becomes the headline; list items are paragraphs; links keep words."""
    article = import_text(
        "# Storm hits coast\n\nWinds *may* reach [120 km/h](x).\n\n- one\n- two\n", "md"
    )
    assert article.headline == "Storm hits coast"
    assert article.paragraphs == ["Winds may reach 120 km/h.", "one", "two"]


def test_import_file_refuses_binary(tmp_path: Path) -> None:
    """A binary file is refused with a message naming the problem."""
    path = tmp_path / "report.txt"
    path.write_bytes(b"\x00\x01\x02")
    with pytest.raises(SourceError, match="binary"):
        import_file(path)


def test_megabyte_of_pasted_text_is_quick() -> None:
    """A megabyte of pasted text is reduced in well under a second."""
    import time

    text = ("Officials said the toll will likely rise. " * 25 + "\n\n") * 1000
    began = time.perf_counter()
    article = import_text(text)
    assert len(article.paragraphs) == 1000
    assert time.perf_counter() - began < 1.0


def test_build_quiz_copies_questions_and_articles(bank: Bank) -> None:
    """A quiz holds the chosen questions, the articles they quote and the settings."""
    settings = QuizSettings(shuffle=True, feedback="end", time_limit_minutes=10, pass_mark=60)
    quiz = build_quiz(
        bank, "friday-quiz", "Friday quiz",
        [("harbour-fire", "fire-toll"), ("harbour-fire", "fire-speculation")], settings,
    )  # fmt: skip
    assert [q.id for q in quiz.questions] == ["fire-toll", "fire-speculation"]
    assert {a.id for a in quiz.articles} == {"report-a", "report-b"}
    assert quiz.quiz is not None and quiz.quiz.feedback == "end" and quiz.quiz.pass_mark == 60


def test_build_quiz_refuses_an_invalid_quiz(bank: Bank) -> None:
    """No questions, a draw larger than the pool, or a negative time limit is refused."""
    with pytest.raises(QuestionFileError):
        build_quiz(bank, "q", "Q", [], QuizSettings())
    with pytest.raises(QuestionFileError, match="only 1"):
        build_quiz(
            bank, "q", "Q", [("harbour-fire", "fire-speculation")],
            QuizSettings(draw={"speculation": 3}),
        )  # fmt: skip
    with pytest.raises(QuestionFileError, match="time_limit"):
        build_quiz(
            bank, "q", "Q", [("harbour-fire", "fire-speculation")],
            QuizSettings(time_limit_minutes=-5),
        )  # fmt: skip


def test_quiz_round_trip_through_a_file_and_a_second_bank(bank: Bank, tmp_path: Path) -> None:
    """Export on the teacher's bank, import on a student's: same quiz; a newer version
    updates it in place and keeps the attempts."""
    refs = [("harbour-fire", "fire-toll")]
    quiz = build_quiz(bank, "friday-quiz", "Friday quiz", refs, QuizSettings(pass_mark=50))
    bank.import_sets([quiz])
    out = tmp_path / "friday.yaml"
    assert main(["export", "--quiz", "friday-quiz", "--out", str(out), "--db", str(bank.path)]) == 0
    student_db = tmp_path / "student.sqlite3"
    assert main(["import", str(out), "--db", str(student_db)]) == 0
    student = Bank.open(student_db)
    try:
        assert student.question_set("friday-quiz") == loads_question_set(out.read_text())
        profile = student.add_profile("Ada")
        attempt = student.start_attempt(
            profile.id, "friday-quiz", ["fire-toll"], QuizSettings(), "t"
        )
        newer = build_quiz(bank, "friday-quiz", "Friday quiz v2", refs, QuizSettings(pass_mark=70))
        student.import_sets([newer])
        assert student.counts()["sets"] == len(student.set_ids())
        assert student.question_set("friday-quiz").title == "Friday quiz v2"
        assert student.attempt(attempt.id) is not None
    finally:
        student.close()


def test_export_quiz_refuses_a_plain_set(bank: Bank, capsys: pytest.CaptureFixture[str]) -> None:
    """--quiz on a set without quiz settings says so and fails."""
    code = main(["export", "--quiz", "harbour-fire", "--out", "-", "--db", str(bank.path)])
    assert code == 1
    assert "not a quiz" in capsys.readouterr().err


def test_search_questions_filters(bank: Bank) -> None:
    """The quiz builder's search filters by label, type, difficulty and text."""
    assert [r.question_id for r in bank.search_questions(labels=["speculation"])] == [
        "fire-speculation",
        "fire-labels",
    ]
    assert [r.question_id for r in bank.search_questions(types=["compare"])] == ["fire-toll"]
    assert [r.question_id for r in bank.search_questions(difficulties=[1])] == ["fire-speculation"]
    assert [r.question_id for r in bank.search_questions(text="who says")] == ["fire-source"]
    assert bank.search_questions(text="100%_") == []


def test_slug() -> None:
    """Titles become safe ids."""
    assert slug("Friday quiz: Paris, 2015!") == "friday-quiz-paris-2015"
    assert slug("???") == "quiz"
