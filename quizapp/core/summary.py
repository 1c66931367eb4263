"""What a set of question files holds: the summary ``quizapp validate`` prints (Qt-free).

A set is one event (a bank has as many events as sets). A set is *invented* when its
description says so ("invented", or in French "inventé", "fictif", "imaginaire"); otherwise
it is *real*, and a real set should cite its sources: every article with an outlet, a
publication time and an address (``url``). Questions are counted per skill: the labels a
question targets, or for a choice question its tags that are labels.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from quizapp.core.model import BUILTIN_LABELS, QuestionSet

__all__ = ["SetSummary", "describe_sets", "summarise_set"]

_INVENTED = re.compile(
    r"\b(?:invented|fictional|fictitious|invent[ée]e?s?|fictifs?|fictives?|imaginaires?)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SetSummary:
    id: str
    language: str
    questions: int
    invented: bool
    articles: int
    cited: int  # articles with outlet, published and url

    @property
    def kind(self) -> str:
        if self.invented:
            return "invented"
        if self.cited == self.articles:
            return "real, sources cited"
        missing = self.articles - self.cited
        return f"real, {missing} of {self.articles} articles without outlet, date or url"


def summarise_set(question_set: QuestionSet) -> SetSummary:
    cited = sum(
        bool(article.outlet and article.published and article.url)
        for article in question_set.articles
    )
    return SetSummary(
        id=question_set.id,
        language=question_set.language,
        questions=len(question_set.questions),
        invented=bool(_INVENTED.search(question_set.description or "")),
        articles=len(question_set.articles),
        cited=cited,
    )


def describe_sets(sets: Sequence[QuestionSet]) -> list[str]:
    """Lines of text: totals, each set (real or invented, language), questions per skill."""
    summaries = [summarise_set(question_set) for question_set in sets]
    questions = sum(summary.questions for summary in summaries)
    real = sum(not summary.invented for summary in summaries)
    languages = Counter(summary.language for summary in summaries)
    lines = [
        f"{len(sets)} set{'s' if len(sets) != 1 else ''}, {questions} questions,"
        f" {len(sets)} event{'s' if len(sets) != 1 else ''}"
        f" ({real} real, {len(sets) - real} invented)",
        "languages: "
        + ", ".join(f"{language} {count}" for language, count in sorted(languages.items())),
    ]
    for summary in summaries:
        lines.append(
            f"  {summary.id}: {summary.questions} questions, {summary.language}, {summary.kind}"
        )
    skills: Counter[str] = Counter()
    for question_set in sets:
        for question in question_set.questions:
            skills.update(set(question.skills))
    labels = list(BUILTIN_LABELS) + sorted(label for label in skills if label not in BUILTIN_LABELS)
    lines.append(
        "questions per label target: "
        + ", ".join(f"{label} {skills.get(label, 0)}" for label in labels)
    )
    return lines
