"""The question bank's data model: frozen dataclasses shared by every layer.

Offsets are character offsets into plain text (markup removed). An article's plain
text is its paragraphs joined by one blank line ("\\n\\n"); an excerpt's text is the
same for its paragraph range, and its spans are re-based to the excerpt.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol, TypeVar

BUILTIN_LABELS: tuple[str, ...] = ("figure", "speculation", "unconfirmed")
QUESTION_TYPES: tuple[str, ...] = ("highlight", "choice", "compare", "classify")
VERDICTS: tuple[str, ...] = ("conflict", "compatible", "cannot-tell")
FORMAT_VERSION = 1
DEFAULT_STRAY_PENALTY = 0.5
PARAGRAPH_SEPARATOR = "\n\n"

QuestionType = Literal["highlight", "choice", "compare", "classify"]


class _Identified(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_Identified)


def find_by_id(items: Iterable[_Item], wanted: str) -> _Item:
    """The first of ``items`` whose ``id`` is ``wanted``; ``KeyError`` when none is."""
    for item in items:
        if item.id == wanted:
            return item
    raise KeyError(wanted)


@dataclass(frozen=True)
class Span:
    """A tagged phrase: ``text[start:end]`` carries ``labels``."""

    start: int
    end: int
    labels: tuple[str, ...]
    attributes: dict[str, str] = field(default_factory=dict, hash=False)
    note: str | None = None

    @property
    def quantity(self) -> str | None:
        return self.attributes.get("quantity")

    def shifted(self, offset: int) -> Span:
        return Span(self.start + offset, self.end + offset, self.labels, self.attributes, self.note)

    def has_any(self, labels: tuple[str, ...] | list[str] | set[str]) -> bool:
        return any(label in labels for label in self.labels)


@dataclass(frozen=True)
class Label:
    """A label a set may use; the built-ins need no declaration."""

    id: str
    name: str
    description: str = ""


@dataclass(frozen=True)
class Article:
    id: str
    outlet: str
    headline: str
    published: str | None
    markup: str  # the text as written, with [spans]{.labels}
    text: str  # plain text, paragraphs joined by a blank line
    spans: tuple[Span, ...]
    paragraphs: tuple[tuple[int, int], ...]  # (start, end) of each paragraph in ``text``
    url: str | None = None

    def excerpt(self, first: int, last: int) -> Excerpt:
        """The paragraphs ``first``..``last`` (1-based, inclusive) as an excerpt."""
        start = self.paragraphs[first - 1][0]
        end = self.paragraphs[last - 1][1]
        spans = tuple(
            span.shifted(-start) for span in self.spans if span.start >= start and span.end <= end
        )
        return Excerpt(
            article_id=self.id,
            first=first,
            last=last,
            text=self.text[start:end],
            spans=spans,
            outlet=self.outlet,
            headline=self.headline,
            published=self.published,
        )


@dataclass(frozen=True)
class Excerpt:
    article_id: str
    first: int
    last: int
    text: str
    spans: tuple[Span, ...]
    outlet: str = ""
    headline: str = ""
    published: str | None = None

    def span_text(self, span: Span) -> str:
        return self.text[span.start : span.end]


@dataclass(frozen=True)
class Passage:
    """A stretch of one of a question's excerpts: ``text`` is
    ``question.excerpts[excerpt_index].text[start:end]``. What a score says about a span
    (``scoring.SpanFeedback``) and a key span in the class report (``grading.KeySpanInfo``)
    are passages."""

    excerpt_index: int
    start: int  # character offsets in the excerpt's text
    end: int
    text: str


@dataclass(frozen=True)
class Option:
    text: str
    correct: bool = False
    feedback: str | None = None


@dataclass(frozen=True)
class Question:
    id: str
    type: QuestionType
    prompt: str
    excerpts: tuple[Excerpt, ...]
    targets: tuple[str, ...] = ()
    explanation: str | None = None
    difficulty: int = 2
    tags: tuple[str, ...] = ()
    options: tuple[Option, ...] = ()  # choice
    multiple: bool = False  # choice
    quantity: str | None = None  # compare
    verdict: str | None = None  # compare
    reasons: tuple[Option, ...] = ()  # compare
    stray_penalty: float = DEFAULT_STRAY_PENALTY
    strict: bool = False
    # An exam-copy question (see core/examcopy.py): it holds no key, so it is answered
    # here and scored on the teacher's machine; a classify question's spans are only the
    # phrases to label, carrying every target label.
    exam: bool = False
    line: int = field(default=0, compare=False)  # where it starts in its file, for messages

    def key_spans(self) -> list[tuple[int, Span]]:
        """(excerpt index, span) of every span that forms the key, in reading order."""
        key: list[tuple[int, Span]] = []
        for index, excerpt in enumerate(self.excerpts):
            for span in sorted(excerpt.spans, key=lambda s: (s.start, s.end)):
                if not span.has_any(self.targets):
                    continue
                if self.type == "compare" and self.quantity and span.quantity != self.quantity:
                    continue
                key.append((index, span))
        return key

    @property
    def skills(self) -> tuple[str, ...]:
        """The labels this question practises (for choice: its tags that are labels)."""
        if self.targets:
            return self.targets
        return tuple(tag for tag in self.tags if tag in BUILTIN_LABELS)


@dataclass(frozen=True)
class QuizSettings:
    """How a teacher wants a set taken (the optional ``quiz:`` section)."""

    title: str | None = None
    shuffle: bool = False
    draw: dict[str, int] = field(default_factory=dict, hash=False)  # skill -> how many
    feedback: Literal["immediate", "end"] = "immediate"
    time_limit_minutes: float | None = None
    pass_mark: float | None = None  # 0..100 percent
    attempts: int | None = None  # None: unlimited
    questions: tuple[str, ...] = ()  # ids, in order; empty: all of the set
    codes: bool = False  # students enter the code from the teacher's class list to start
    # Set on a student's machine for a quiz opened from an exam copy: the fingerprint of
    # the teacher's version, which the results file names (never written to a file).
    exam_of: str | None = None


@dataclass(frozen=True, kw_only=True)
class QuestionSet:
    id: str
    title: str
    language: str
    articles: tuple[Article, ...]
    questions: tuple[Question, ...]
    labels: tuple[Label, ...] = ()
    description: str | None = None
    quiz: QuizSettings | None = None
    path: str | None = field(default=None, compare=False)

    def article(self, article_id: str) -> Article:
        return find_by_id(self.articles, article_id)

    def question(self, question_id: str) -> Question:
        return find_by_id(self.questions, question_id)

    @property
    def label_ids(self) -> tuple[str, ...]:
        return BUILTIN_LABELS + tuple(label.id for label in self.labels)


def label_name(label: str) -> str:
    """A label as a reader would say it ("unconfirmed attribution")."""
    return {
        "figure": "figure",
        "speculation": "speculation",
        "unconfirmed": "unconfirmed attribution",
    }.get(label, label.replace("-", " ").replace("_", " "))


JSONValue = Any
