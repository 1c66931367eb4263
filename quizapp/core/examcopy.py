"""The exam copy: a quiz handed out without its key.

A quiz file in the question format carries the key in its markup (``[12 dead]{.figure}``),
its verdicts, its ``correct: true`` flags and its explanations: a student who opens it in a
text editor reads every answer. An exam copy is the same quiz with all of that removed, so
it can be handed out for quizzes whose feedback comes at the end. The student's program
runs it as usual but cannot score it; the results file goes back to the teacher, whose
bank holds the key and scores every answer on import (``classroom.import_results``).

The file is YAML, loaded by the same checked reader as question files (size, nesting and
alias bounds of ``yamlsource``), and starts with its own marker::

    quizapp-exam: 1
    id: harbour-fire                   # the quiz's id: results are filed under it
    source_fingerprint: 3f9c0a…        # the teacher's version, named by the results file
    title: …
    articles:                          # plain text: brackets escaped, no tagged spans
      - {id: report-a, outlet: …, headline: …, text: …}
    questions:
      - {id: fire-toll, type: compare, prompt: …, excerpts: […], targets: [figure],
         reasons: [text, text]}        # no verdict, no correct flags, no explanation
      - {id: fire-labels, type: classify, …, phrases: [[0, 14, 21], …]}
    quiz: {feedback: end, …}           # 'end' is required: feedback needs the key

What it does not hide: a classify question must show the phrases to label, so it tells
where phrases carrying one of its target labels are (not which label is right). When
another question of the same quiz asks students to find some of those phrases, the exam
copy shows where they are; ``leak_warnings`` names each such case so the teacher can
split the quiz. Options are kept in the author's order (the results name them by index).
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

import yaml

from quizapp.core import markup
from quizapp.core.bank import Bank, fingerprint
from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.files import (
    EXAM_FORMAT_VERSION,
    EXAM_MARKER,
    _Dumper,
    _FlowList,
    article_to_data,
    question_head_to_data,
    quiz_to_data,
    set_head_to_data,
)
from quizapp.core.model import Question, QuestionSet
from quizapp.core.text import Catalogue, joined

EXAM_SUFFIX = ".exam.yaml"

MESSAGES = Catalogue("examcopy")  # quizapp/core/messages/examcopy.toml


class ExamCopyError(CodedError, ValueError):
    """A set that cannot be handed out as an exam copy (the message says why)."""

    code = ErrorCode.EXAM_COPY_REFUSED


def handout_set(bank: Bank, set_id: str) -> QuestionSet:
    """The set as the class gets it: with ``codes`` on when the quiz has a class list."""
    question_set = bank.question_set(set_id)
    if question_set.quiz is not None and bank.roster_size(set_id):
        question_set = replace(question_set, quiz=replace(question_set.quiz, codes=True))
    return question_set


def quiz_questions(question_set: QuestionSet) -> list[Question]:
    """The questions a quiz may ask (its list, or the whole set)."""
    chosen = question_set.quiz.questions if question_set.quiz else ()
    return [q for q in question_set.questions if not chosen or q.id in chosen]


def check_exam_copy(question_set: QuestionSet) -> None:
    """Raise ``ExamCopyError`` when the set cannot be handed out without its key."""
    quiz = question_set.quiz
    if quiz is None:
        raise ExamCopyError(MESSAGES.NOT_A_QUIZ(id=question_set.id))
    if quiz.feedback != "end":
        raise ExamCopyError(MESSAGES.FEEDBACK_NEEDS_KEY(id=question_set.id))


def _question_data(question: Question) -> dict[str, Any]:
    data = question_head_to_data(question)
    if question.type == "choice":
        data["multiple"] = question.multiple
        data["options"] = [option.text for option in question.options]
    if question.type == "compare" and question.reasons:
        data["reasons"] = [reason.text for reason in question.reasons]
    if question.type == "classify":
        data["phrases"] = _FlowList(
            _FlowList([index, span.start, span.end]) for index, span in question.key_spans()
        )
    data["difficulty"] = question.difficulty
    if question.tags:
        data["tags"] = _FlowList(question.tags)
    return data


def exam_copy_data(question_set: QuestionSet, source_fingerprint: str) -> dict[str, Any]:
    """The exam copy's content (plain data for YAML); raises ``ExamCopyError``."""
    check_exam_copy(question_set)
    assert question_set.quiz is not None
    questions = quiz_questions(question_set)
    used = {excerpt.article_id for question in questions for excerpt in question.excerpts}
    head = {
        EXAM_MARKER: EXAM_FORMAT_VERSION,
        "id": question_set.id,
        "source_fingerprint": source_fingerprint,
    }
    data = set_head_to_data(question_set, head)
    data["articles"] = [
        article_to_data(article, markup.escape(article.text))
        for article in question_set.articles
        if article.id in used
    ]
    data["questions"] = [_question_data(question) for question in questions]
    data["quiz"] = quiz_to_data(question_set.quiz)
    return data


def dump_exam_copy(question_set: QuestionSet, source_fingerprint: str | None = None) -> str:
    """The exam copy as YAML text; raises ``ExamCopyError``."""
    data = exam_copy_data(question_set, source_fingerprint or fingerprint(question_set))
    return yaml.dump(
        data,
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


def _absolute_key(question: Question, set_articles: dict[str, Any]) -> set[tuple[str, int, int]]:
    """The question's key spans as (article, start, end) in the article's text."""
    found: set[tuple[str, int, int]] = set()
    for index, span in question.key_spans():
        excerpt = question.excerpts[index]
        article = set_articles.get(excerpt.article_id)
        if article is None:
            continue
        offset = article.paragraphs[excerpt.first - 1][0]
        found.add((excerpt.article_id, span.start + offset, span.end + offset))
    return found


def leak_warnings(question_set: QuestionSet) -> list[str]:
    """What an exam copy of the quiz gives away, one sentence each (empty: nothing).

    A classify question shows its phrases; a highlight or compare question whose key
    includes some of them is then partly answered by the file. A classify question with
    a single label to choose gives its answer away."""
    articles = {article.id: article for article in question_set.articles}
    questions = quiz_questions(question_set)
    warnings: list[str] = []
    for shown in (q for q in questions if q.type == "classify"):
        if len(shown.targets) == 1:
            warnings.append(MESSAGES.ONE_LABEL(id=shown.id))
        phrases = _absolute_key(shown, articles)
        given: list[str] = []
        for other in questions:
            if other.type not in ("highlight", "compare"):
                continue
            key = _absolute_key(other, articles)
            common = key & phrases
            if common:
                given.append(MESSAGES.GIVEN(id=other.id, common=len(common), total=len(key)))
        if given:
            warnings.append(MESSAGES.SHOWS_PHRASES(id=shown.id, given=joined(given, ", ")))
    return warnings


def write_exam_copy(bank: Bank, set_id: str, path: str | Path) -> tuple[Path, list[str]]:
    """Write the exam copy of a quiz in the bank; returns the path and ``leak_warnings``.
    Raises ``ExamCopyError`` (not a quiz, feedback after each question) or ``OSError``."""
    question_set = handout_set(bank, set_id)
    text = dump_exam_copy(question_set, bank.set_fingerprint(set_id) or None)
    target = Path(path)
    target.write_text(text, encoding="utf-8")
    return target, leak_warnings(question_set)


def exam_file_name(set_id: str) -> str:
    return f"{set_id}{EXAM_SUFFIX}"
