"""Building a quiz from questions anywhere in the bank, as one self-contained set.

A quiz is stored as a question set of its own (its questions and the articles they
quote, copied, plus a ``quiz:`` section), so handing it out is exporting that set, and a
student machine imports it like any question file. Rebuilding a quiz with the same id
updates it in place and keeps the attempts made on it.
"""

from __future__ import annotations

import hashlib
import re

from quizapp.core import files
from quizapp.core.bank import Bank
from quizapp.core.model import QuestionSet, QuizSettings

QuestionRef = tuple[str, str]  # (set id, question id)


def slug(text: str, fallback: str = "quiz") -> str:
    """An id made from a title: lower case, words joined by '-', at most 64 characters."""
    value = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()[:64].strip("-")
    return value or fallback


def _unique_id(wanted: str, prefix: str, taken: set[str]) -> str:
    if wanted not in taken:
        return wanted
    candidate = f"{prefix}.{wanted}"
    if len(candidate) > 64 or candidate in taken:
        digest = hashlib.sha1(candidate.encode()).hexdigest()[:8]
        candidate = f"{wanted[:55]}.{digest}"
    return candidate


def build_quiz(
    bank: Bank,
    quiz_id: str,
    title: str,
    refs: list[QuestionRef],
    settings: QuizSettings,
    description: str = "",
) -> QuestionSet:
    """A set holding copies of ``refs`` and their articles, with ``settings`` as its quiz.

    Raises ``files.QuestionFileError`` when the quiz is not valid (no questions, a draw
    larger than the pool, a negative time limit ...).
    """
    articles: list[dict[str, object]] = []
    questions: list[dict[str, object]] = []
    labels: dict[str, dict[str, str]] = {}
    article_ids: dict[tuple[str, str], str] = {}
    taken_articles: set[str] = set()
    taken_questions: set[str] = set()
    for set_id, question_id in refs:
        for label in bank.label_definitions(set_id):
            labels.setdefault(label.id, {"id": label.id, "name": label.name})
        question = bank.question(set_id, question_id)
        data = files.question_to_data(question)
        for excerpt in question.excerpts:
            key = (set_id, excerpt.article_id)
            if key not in article_ids:
                new_id = _unique_id(excerpt.article_id, set_id, taken_articles)
                taken_articles.add(new_id)
                article_ids[key] = new_id
                article = bank.article(set_id, excerpt.article_id)
                entry: dict[str, object] = {
                    "id": new_id,
                    "outlet": article.outlet,
                    "headline": article.headline,
                    "text": article.markup,
                }
                if article.published:
                    entry["published"] = article.published
                if article.url:
                    entry["url"] = article.url
                articles.append(entry)
        for excerpt_field in ("excerpt", "excerpts"):
            if excerpt_field in data:
                value = data[excerpt_field]
                items = value if isinstance(value, list) else [value]
                renamed = [
                    {**item, "article": article_ids[(set_id, item["article"])]} for item in items
                ]
                data[excerpt_field] = renamed if isinstance(value, list) else renamed[0]
        new_question_id = _unique_id(question_id, set_id, taken_questions)
        taken_questions.add(new_question_id)
        data["id"] = new_question_id
        questions.append(data)
    quiz = files.quiz_to_data(settings)
    quiz.pop("questions", None)  # the set holds exactly the quiz's questions
    set_data: dict[str, object] = {
        "quizapp": 1,
        "id": quiz_id,
        "title": title,
        "language": "en",
        "articles": articles,
        "questions": questions,
        "quiz": quiz,
    }
    if description:
        set_data["description"] = description
    if labels:
        set_data["labels"] = list(labels.values())
    return files.set_from_data(set_data, f"quiz '{quiz_id}'")
