"""The exam copy: a quiz handed out without its key, answered on a student's machine and
scored on the teacher's."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

import pytest

from quizapp.core import markup
from quizapp.core.bank import Bank
from quizapp.core.classroom import import_results
from quizapp.core.examcopy import (
    ExamCopyError,
    dump_exam_copy,
    leak_warnings,
    write_exam_copy,
)
from quizapp.core.files import QuestionFileError, load_question_set, loads_question_set
from quizapp.core.handin import write_results_file
from quizapp.core.model import QuestionSet, QuizSettings
from quizapp.core.scoring import score
from quizapp.core.session import QuizSession
from tests.classroom_data import StepClock, perfect_response

PROJECT = Path(__file__).resolve().parents[2]
SETS = [
    PROJECT / "tests" / "fixtures" / "harbour-fire.yaml",
    *sorted(PROJECT.glob("questions/*.yaml")),
]


def end_quiz(question_set: QuestionSet) -> QuestionSet:
    """The set as a quiz with feedback at the end."""
    return replace(question_set, quiz=replace(question_set.quiz or QuizSettings(), feedback="end"))


@pytest.fixture(params=SETS, ids=[path.stem for path in SETS])
def quiz_set(request: pytest.FixtureRequest) -> QuestionSet:
    """Each bundled set (and the example) as an end-feedback quiz."""
    return end_quiz(load_question_set(request.param))


def _shown_positions(question_set: QuestionSet) -> set[tuple[str, int, int]]:
    """Absolute positions the classify questions must show."""
    shown: set[tuple[str, int, int]] = set()
    for question in question_set.questions:
        if question.type != "classify":
            continue
        for index, span in question.key_spans():
            excerpt = question.excerpts[index]
            offset = question_set.article(excerpt.article_id).paragraphs[excerpt.first - 1][0]
            shown.add((excerpt.article_id, span.start + offset, span.end + offset))
    return shown


def test_exam_copy_holds_no_key(quiz_set: QuestionSet) -> None:
    """No span markup, note, quantity, verdict, explanation, option feedback or correct
    flag is in the file, nor the position of any key span a classify question does not
    have to show."""
    text = dump_exam_copy(quiz_set)
    assert "]{" not in text and "{." not in text
    assert not re.search(r"\b(correct|verdict|explanation|feedback: immediate|note)\s*:", text)
    assert "quantity" not in text
    for article in quiz_set.articles:
        for span in article.spans:
            assert markup.attribute_block(span) not in text
            if span.note:
                assert span.note not in text
    shown = _shown_positions(quiz_set)
    for question in quiz_set.questions:
        if question.explanation:
            assert question.explanation not in text
        for option in (*question.options, *question.reasons):
            if option.feedback:
                assert option.feedback not in text
        if question.type == "classify":
            continue
        for index, span in question.key_spans():
            excerpt = question.excerpts[index]
            offset = quiz_set.article(excerpt.article_id).paragraphs[excerpt.first - 1][0]
            if (excerpt.article_id, span.start + offset, span.end + offset) in shown:
                continue
            assert f"[{index}, {span.start}, {span.end}]" not in text
            assert f"{span.start}, {span.end}" not in text


def test_exam_copy_loads_with_the_teachers_texts_and_phrases(quiz_set: QuestionSet) -> None:
    """The exam copy loads as a quiz whose excerpts are the teacher's texts to the
    character, whose classify phrases are the key's spans in order, and which names the
    teacher's version."""
    exam = loads_question_set(dump_exam_copy(quiz_set, "0123456789abcdef"), "exam.yaml")
    assert exam.quiz is not None and exam.quiz.exam_of == "0123456789abcdef"
    assert exam.quiz.feedback == "end"
    for question in exam.questions:
        original = quiz_set.question(question.id)
        assert question.exam
        assert [e.text for e in question.excerpts] == [e.text for e in original.excerpts]
        assert len(question.options) == len(original.options)
        assert not any(option.correct for option in (*question.options, *question.reasons))
        assert question.verdict is None and question.explanation is None
        if question.type == "classify":
            assert [(i, s.start, s.end) for i, s in question.key_spans()] == [
                (i, s.start, s.end) for i, s in original.key_spans()
            ]
        else:
            assert not question.key_spans()


def test_exam_answers_are_scored_on_the_teachers_machine(tmp_path: Path, harbour_set) -> None:
    """A student takes the exam copy (the program tells nothing), hands in the file, and
    the teacher's import scores every answer with the bank's key."""
    teacher = Bank.open(tmp_path / "teacher.sqlite3")
    student = Bank.open(tmp_path / "student.sqlite3")
    try:
        teacher.import_sets([end_quiz(harbour_set)])
        exam_path, _ = write_exam_copy(teacher, "harbour-fire", tmp_path / "exam.yaml")
        student.import_sets([load_question_set(exam_path)])
        key = {q.id: q for q in teacher.questions("harbour-fire")}
        ana = student.add_profile("Ana")
        session = QuizSession.start(student, ana.id, "harbour-fire", StepClock())
        for index, question in enumerate(session.questions):
            given = session.submit(index, perfect_response(key[question.id]))
            assert given.points == 0 and given.max_points == 0  # nothing told here
        results = session.finish()
        assert results.extra.get("scored_by_teacher") is True
        handed = write_results_file(student, session.attempt.id, tmp_path / "ana.json")
        report = import_results(teacher, [handed])
        (outcome,) = report.outcomes
        assert outcome.status == "imported" and not outcome.other_version
        stored = teacher.responses(outcome.attempt_id or 0)
        assert all(r.points == r.max_points > 0 for r in stored)
        for response in stored:
            assert score(key[response.question_id], response.response).fraction == 1
    finally:
        teacher.close()
        student.close()


def test_exam_set_reads_back_from_the_students_bank(bank: Bank, harbour_set) -> None:
    """The student's bank keeps the exam copy as one (no key appears on export)."""
    bank.import_sets([loads_question_set(dump_exam_copy(end_quiz(harbour_set)), "exam")])
    again = bank.question_set("harbour-fire")
    assert again.quiz is not None and again.quiz.exam_of
    assert all(question.exam for question in again.questions)


def test_immediate_feedback_quiz_has_no_exam_copy(harbour_set) -> None:
    """A quiz with feedback after each question needs the key: the exam copy is refused
    with that reason; so is a plain question set."""
    immediate = replace(harbour_set, quiz=QuizSettings(feedback="immediate"))
    with pytest.raises(ExamCopyError, match="feedback after each question"):
        dump_exam_copy(immediate)
    with pytest.raises(ExamCopyError, match="not a quiz"):
        dump_exam_copy(replace(harbour_set, quiz=None))


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        (lambda t: t.replace("quizapp-exam: 1", "quizapp-exam: 7"), "exam copy format 7"),
        (lambda t: t.replace("feedback: end", "feedback: immediate"), "feedback must be 'end'"),
        (
            lambda t: t.replace("  prompt: Who says", "  explanation: x\n  prompt: Who says"),
            "unknown field 'explanation'",
        ),
        (lambda t: t.replace("The fire left", "The fire left [x]{.figure}"), "no tagged spans"),
        (lambda t: re.sub(r"phrases: .*", "phrases: [[0, 5, 99999]]", t), "outside its excerpt"),
        (lambda t: re.sub(r"source_fingerprint: .*", "source_fingerprint: zz", t), "malformed"),
    ],
)
def test_damaged_exam_copy_is_refused(change, expected: str, harbour_set) -> None:
    """A damaged or doctored exam copy is refused with a message naming the problem."""
    text = change(dump_exam_copy(end_quiz(harbour_set), "0123456789abcdef"))
    with pytest.raises(QuestionFileError) as error:
        loads_question_set(text, "exam.yaml")
    assert expected in str(error.value)


def test_leak_warnings_name_the_questions(harbour_set) -> None:
    """A classify question showing phrases that a highlight question asks to find is named."""
    warnings = leak_warnings(end_quiz(harbour_set))
    assert any("'fire-labels'" in w and "'fire-speculation'" in w for w in warnings)
    only_highlight = replace(
        end_quiz(harbour_set), quiz=QuizSettings(feedback="end", questions=("fire-speculation",))
    )
    assert leak_warnings(only_highlight) == []


def test_practice_never_offers_exam_questions(bank: Bank, harbour_set) -> None:
    """A student's bank holding only an exam copy has nothing to practise (no key here);
    the same quiz with its key is practised as before."""
    import random

    bank.import_sets([loads_question_set(dump_exam_copy(end_quiz(harbour_set)), "exam")])
    profile = bank.add_profile("Ana")
    assert bank.practice_unseen_counts(profile.id) == {}
    rng = random.Random(1)
    assert all(bank.practice_unseen_question(profile.id, s, rng) is None for s in ("figure", ""))
    bank.import_sets([replace(harbour_set, id="with-key")])
    assert bank.practice_unseen_counts(profile.id)
    picked = bank.practice_unseen_question(profile.id, "figure", rng)
    assert picked is not None and picked[0] == "with-key"


def _alias_bomb() -> str:
    lines = ["x: &a0 [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]"]
    lines += [f"x{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 8) + "]" for i in range(1, 9)]
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        ("phrases: " + "[" * 200 + "]" * 200 + "\n", "nests deeper"),
        (_alias_bomb(), "more than 200,000 values"),
    ],
    ids=["deep", "alias bomb"],
)
def test_hostile_exam_copy_is_refused_quickly(tail: str, expected: str, tmp_path: Path) -> None:
    """An exam copy is read by the bounded reader of question files: deep nesting and
    alias expansion are refused with a message, not run."""
    path = tmp_path / "exam.yaml"
    path.write_text("quizapp-exam: 1\nid: x\n" + tail, encoding="utf-8")
    with pytest.raises(QuestionFileError) as error:
        load_question_set(path)
    assert expected in str(error.value)
    assert str(path) in str(error.value)
