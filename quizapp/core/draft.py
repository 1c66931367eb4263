"""The studio's editing model: a question set being written, as immutable snapshots.

Every edit makes a new ``SetDraft`` that shares its unchanged parts with the old one, so
undo is "put the previous snapshot back" and a view can tell what changed by identity
(``old.articles[i] is new.articles[i]``). No Qt here: the studio's widgets, its undo
stack and its tests all stand on these functions.

An article is kept as plain text (paragraphs joined by one blank line, white space
folded exactly as the markup parser folds it) plus its spans, as character offsets;
``to_markup`` writes it in the question-file syntax only when the set is saved.
"""

from __future__ import annotations

import bisect
import json
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import Any

from quizapp.core import files
from quizapp.core.article_import import paragraphs_from_text
from quizapp.core.markup import to_markup
from quizapp.core.model import (
    BUILTIN_LABELS,
    PARAGRAPH_SEPARATOR,
    Article,
    Label,
    Question,
    QuestionSet,
    QuizSettings,
    Span,
)
from quizapp.core.quizbuild import slug

QuestionData = dict[str, Any]

# Offered in the quantity box; a teacher may type any other word.
DEFAULT_QUANTITIES: tuple[str, ...] = (
    "deaths",
    "injured",
    "missing",
    "arrests",
    "crowd",
    "evacuated",
    "hostages",
    "attackers",
    "displaced",
    "buildings",
    "vehicles",
)


# --- articles ------------------------------------------------------------------------------


def fold_text(raw: str) -> str:
    """Paragraph text as the markup parser would fold it: blank lines part paragraphs,
    any other run of white space is one space."""
    return PARAGRAPH_SEPARATOR.join(paragraphs_from_text(raw))


@dataclass(frozen=True)
class ArticleDraft:
    id: str
    outlet: str = ""
    headline: str = ""
    published: str | None = None
    url: str | None = None
    text: str = ""
    spans: tuple[Span, ...] = ()

    @cached_property
    def paragraphs(self) -> tuple[tuple[int, int], ...]:
        """(start, end) of each paragraph in ``text``."""
        ranges: list[tuple[int, int]] = []
        start = 0
        while self.text:
            end = self.text.find(PARAGRAPH_SEPARATOR, start)
            if end < 0:
                ranges.append((start, len(self.text)))
                break
            ranges.append((start, end))
            start = end + len(PARAGRAPH_SEPARATOR)
        return tuple(ranges)

    def paragraph_of(self, offset: int) -> int:
        """The 1-based paragraph holding ``offset``."""
        starts = [start for start, _ in self.paragraphs]
        return max(1, bisect.bisect_right(starts, offset))

    def markup(self) -> str:
        """The text with its spans in the question-file syntax (raises ``ValueError``
        when two spans overlap without one containing the other)."""
        return to_markup(self.text, self.spans)

    def to_data(self) -> dict[str, Any]:
        data: dict[str, Any] = {"id": self.id, "outlet": self.outlet, "headline": self.headline}
        if self.published:
            data["published"] = self.published
        if self.url:
            data["url"] = self.url
        data["text"] = self.markup()
        return data

    @cached_property
    def article(self) -> Article:
        """The article a student would get (what parsing ``markup()`` gives), built
        directly so a preview never waits for a long text to be written and read back."""
        return Article(
            id=self.id,
            outlet=self.outlet,
            headline=self.headline,
            published=self.published,
            markup="",
            text=self.text,
            spans=tuple(sorted(self.spans, key=lambda s: (s.start, -s.end))),
            paragraphs=self.paragraphs,
            url=self.url,
        )

    @classmethod
    def from_article(cls, article: Article) -> ArticleDraft:
        return cls(
            id=article.id,
            outlet=article.outlet,
            headline=article.headline,
            published=article.published,
            url=article.url,
            text=article.text,
            spans=tuple(article.spans),
        )


# --- spans ---------------------------------------------------------------------------------


def sort_spans(spans: list[Span] | tuple[Span, ...]) -> tuple[Span, ...]:
    return tuple(sorted(spans, key=lambda s: (s.start, -s.end, s.labels)))


def find_span(spans: tuple[Span, ...], start: int, end: int) -> int | None:
    for index, span in enumerate(spans):
        if span.start == start and span.end == end:
            return index
    return None


def span_at(spans: tuple[Span, ...], position: int) -> int | None:
    """The innermost span holding ``position``."""
    best: int | None = None
    for index, span in enumerate(spans):
        if span.start <= position < span.end and (
            best is None or span.end - span.start < spans[best].end - spans[best].start
        ):
            best = index
    return best


def tag(spans: tuple[Span, ...], start: int, end: int, label: str) -> tuple[Span, ...]:
    """Tag ``start``..``end`` with ``label``; tagging a tagged phrase again adds the label."""
    index = find_span(spans, start, end)
    if index is None:
        return sort_spans([*spans, Span(start, end, (label,))])
    span = spans[index]
    if label in span.labels:
        return spans
    return _replace_at(spans, index, replace(span, labels=(*span.labels, label)))


def remove_label(spans: tuple[Span, ...], index: int, label: str) -> tuple[Span, ...]:
    """Take one label off a span; a span left with none is removed."""
    span = spans[index]
    labels = tuple(item for item in span.labels if item != label)
    if not labels:
        return remove_span(spans, index)
    attributes = dict(span.attributes)
    if "figure" not in labels:
        attributes.pop("quantity", None)  # a quantity belongs to a figure
    return _replace_at(spans, index, replace(span, labels=labels, attributes=attributes))


def remove_span(spans: tuple[Span, ...], index: int) -> tuple[Span, ...]:
    return spans[:index] + spans[index + 1 :]


def set_quantity(spans: tuple[Span, ...], index: int, quantity: str) -> tuple[Span, ...]:
    span = spans[index]
    attributes = dict(span.attributes)
    quantity = quantity.strip()
    if quantity:
        attributes["quantity"] = quantity
    else:
        attributes.pop("quantity", None)
    return _replace_at(spans, index, replace(span, attributes=attributes))


def set_note(spans: tuple[Span, ...], index: int, note: str) -> tuple[Span, ...]:
    return _replace_at(spans, index, replace(spans[index], note=note.strip() or None))


def _replace_at(spans: tuple[Span, ...], index: int, span: Span) -> tuple[Span, ...]:
    return spans[:index] + (span,) + spans[index + 1 :]


def _common_prefix(a: str, b: str) -> int:
    # Halving comparisons of slices runs in C: fast even for a megabyte of text.
    low, high = 0, min(len(a), len(b))
    while low < high:
        middle = (low + high + 1) // 2
        if a[:middle] == b[:middle]:
            low = middle
        else:
            high = middle - 1
    return low


def remap_spans(old_text: str, new_text: str, spans: tuple[Span, ...]) -> tuple[Span, ...]:
    """Spans moved to follow one edit of the text (the part between the common start and
    the common end changed). Spans inside the changed part are dropped; spans reaching
    into it are cut back to the words left unchanged."""
    prefix = _common_prefix(old_text, new_text)
    limit = min(len(old_text), len(new_text)) - prefix
    suffix = _common_prefix(old_text[::-1], new_text[::-1])
    suffix = min(suffix, limit)
    old_end = len(old_text) - suffix  # old_text[prefix:old_end] became new_text[prefix:new_end]
    new_end = len(new_text) - suffix
    delta = new_end - old_end
    moved: list[Span] = []
    for span in spans:
        start, end = span.start, span.end
        if end <= prefix:
            pass
        elif start >= old_end:
            start, end = start + delta, end + delta
        elif start < prefix and end > old_end:
            end += delta  # the edit lies inside the span: it grows or shrinks with it
        elif start < prefix:
            end = prefix  # the span's tail was edited
        elif end > old_end:
            start = new_end  # its head was edited
            end += delta
        else:
            continue  # wholly inside the edit
        while start < end and new_text[start].isspace():
            start += 1
        while end > start and new_text[end - 1].isspace():
            end -= 1
        if start < end:
            moved.append(replace(span, start=start, end=end))
    return sort_spans(moved)


# --- problems ------------------------------------------------------------------------------


@dataclass(frozen=True)
class DraftProblem:
    """Something that would stop the set from saving, or that a teacher should fix.

    ``kind`` names it (the studio words the message); the other fields locate it.
    """

    kind: str  # overlap | no-quantity | crosses-paragraph | unknown-label | excerpt-range
    # | unknown-article
    article: int | None = None  # index in SetDraft.articles
    span: tuple[int, int] | None = None
    other: tuple[int, int] | None = None  # the second span of an overlap
    question: int | None = None  # index in SetDraft.questions
    detail: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


def article_problems(
    article: ArticleDraft, index: int, known_labels: tuple[str, ...] | set[str]
) -> list[DraftProblem]:
    problems: list[DraftProblem] = []
    ordered = sorted(article.spans, key=lambda s: (s.start, -s.end))
    stack: list[Span] = []
    for span in ordered:
        while stack and stack[-1].end <= span.start:
            stack.pop()
        if stack and span.end > stack[-1].end:
            problems.append(
                DraftProblem(
                    "overlap",
                    article=index,
                    span=(span.start, span.end),
                    other=(stack[-1].start, stack[-1].end),
                )
            )
            continue  # keep checking against the spans that do nest
        stack.append(span)
    for span in ordered:
        where = (span.start, span.end)
        if "figure" in span.labels and not span.quantity:
            problems.append(DraftProblem("no-quantity", article=index, span=where))
        if PARAGRAPH_SEPARATOR in article.text[span.start : span.end]:
            problems.append(DraftProblem("crosses-paragraph", article=index, span=where))
        for label in span.labels:
            if label not in known_labels:
                problems.append(
                    DraftProblem(
                        "unknown-label", article=index, span=where, detail={"label": label}
                    )
                )
    return problems


def excerpt_refs(data: QuestionData) -> list[dict[str, Any]]:
    """The excerpt entries of a question's data (``excerpt`` or ``excerpts``)."""
    if isinstance(data.get("excerpts"), list):
        return [item for item in data["excerpts"] if isinstance(item, dict)]
    if isinstance(data.get("excerpt"), dict):
        return [data["excerpt"]]
    return []


def question_problems(draft: SetDraft, index: int) -> list[DraftProblem]:
    """Excerpts pointing at articles that are gone or paragraphs past the end."""
    problems: list[DraftProblem] = []
    data = draft.questions[index]
    for ref in excerpt_refs(data):
        article_id = ref.get("article")
        position = draft.article_index(str(article_id))
        if position is None:
            problems.append(
                DraftProblem("unknown-article", question=index, detail={"article": article_id})
            )
            continue
        count = len(draft.articles[position].paragraphs)
        first, last = (list(ref.get("paragraphs") or [1, count]) + [count])[:2]
        if last > count or first > count:
            problems.append(
                DraftProblem(
                    "excerpt-range",
                    article=position,
                    question=index,
                    detail={"first": first, "last": last, "count": count, "article": article_id},
                )
            )
    return problems


def draft_problems(draft: SetDraft) -> list[DraftProblem]:
    known = set(draft.label_ids())
    problems: list[DraftProblem] = []
    for index, article in enumerate(draft.articles):
        problems += article_problems(article, index, known)
    for index in range(len(draft.questions)):
        problems += question_problems(draft, index)
    return problems


# --- questions -----------------------------------------------------------------------------


def plain(value: Any) -> Any:
    """Data as plain dicts and lists (the exporter's flow-style subclasses removed)."""
    return json.loads(json.dumps(value, ensure_ascii=False))


def unique_id(base: str, taken: set[str] | list[str] | tuple[str, ...]) -> str:
    base = slug(base, "item")[:56]
    if base not in taken:
        return base
    number = 2
    while f"{base}-{number}" in taken:
        number += 1
    return f"{base}-{number}"


def default_prompt(kind: str, targets: list[str]) -> str:
    if kind == "highlight":
        return (
            "Mark every phrase that is "
            + " or ".join(
                {"unconfirmed": "an unconfirmed attribution", "figure": "a figure"}.get(t, t)
                for t in targets
            )
            + "."
        )
    if kind == "compare":
        return "Mark the figures in each report. Do they conflict?"
    if kind == "classify":
        return "Label each marked phrase."
    return ""


def new_question(draft: SetDraft, kind: str, article_id: str | None = None) -> QuestionData:
    """A new question of ``kind`` over the first (or the given) article."""
    taken = {str(q.get("id")) for q in draft.questions}
    data: QuestionData = {"id": unique_id(f"{kind}-1", taken), "type": kind}
    articles = [a for a in draft.articles if a.id == article_id] or list(draft.articles)
    targets = {
        "highlight": ["speculation"],
        "compare": ["figure"],
        "classify": ["figure", "speculation", "unconfirmed"],
        "choice": [],
    }[kind]
    data["prompt"] = default_prompt(kind, targets)
    if kind == "compare":
        chosen = (articles + articles)[:2] if articles else []
        data["excerpts"] = [
            {"article": a.id, "paragraphs": [1, max(1, len(a.paragraphs))]} for a in chosen
        ]
    elif articles:
        first = articles[0]
        data["excerpt"] = {"article": first.id, "paragraphs": [1, max(1, len(first.paragraphs))]}
    if targets:
        data["targets"] = targets
    if kind == "choice":
        data["multiple"] = False
        data["options"] = [{"text": "", "correct": True}, {"text": ""}]
    if kind == "compare":
        data["verdict"] = "conflict"
        data["reasons"] = []
        quantities = [
            span.quantity
            for article in articles
            for span in article.spans
            if "figure" in span.labels and span.quantity
        ]
        if quantities:
            data["quantity"] = quantities[0]
    data["difficulty"] = 2
    return data


def convert_question(data: QuestionData, kind: str, draft: SetDraft) -> QuestionData:
    """The question as another type, keeping what both types share."""
    if data.get("type") == kind:
        return data
    fresh = new_question(draft, kind)
    fresh["id"] = data.get("id", fresh["id"])
    for key in ("prompt", "explanation", "difficulty", "tags"):
        if key in data and (key != "prompt" or data[key]):
            fresh[key] = data[key]
    refs = excerpt_refs(data)
    if refs:
        fresh.pop("excerpt", None)
        fresh.pop("excerpts", None)
        if kind == "compare":
            fresh["excerpts"] = (refs + refs)[:2] if len(refs) < 2 else refs
        else:
            fresh["excerpt"] = refs[0]
    if data.get("targets") and kind != "compare":
        fresh["targets"] = list(data["targets"])
    return plain(fresh)


def rename_article_refs(
    questions: tuple[QuestionData, ...], old: str, new: str
) -> tuple[QuestionData, ...]:
    renamed: list[QuestionData] = []
    for data in questions:
        refs = excerpt_refs(data)
        if not any(ref.get("article") == old for ref in refs):
            renamed.append(data)
            continue
        copy = plain(data)
        for ref in excerpt_refs(copy):
            if ref.get("article") == old:
                ref["article"] = new
        renamed.append(copy)
    return tuple(renamed)


# --- the set -------------------------------------------------------------------------------


@dataclass(frozen=True)
class SetDraft:
    id: str
    title: str
    language: str = "en"
    description: str = ""
    labels: tuple[Label, ...] = ()
    articles: tuple[ArticleDraft, ...] = ()
    questions: tuple[QuestionData, ...] = ()
    quiz: QuizSettings | None = None

    def label_ids(self) -> tuple[str, ...]:
        return BUILTIN_LABELS + tuple(label.id for label in self.labels)

    def article_index(self, article_id: str) -> int | None:
        for index, article in enumerate(self.articles):
            if article.id == article_id:
                return index
        return None

    def with_article(self, index: int, article: ArticleDraft) -> SetDraft:
        articles = list(self.articles)
        articles[index] = article
        return replace(self, articles=tuple(articles))

    def with_question(self, index: int, data: QuestionData) -> SetDraft:
        questions = list(self.questions)
        questions[index] = data
        return replace(self, questions=tuple(questions))

    def to_data(self) -> dict[str, Any]:
        """The set as question-file data (raises ``ValueError`` for spans that overlap)."""
        data: dict[str, Any] = {
            "quizapp": 1,
            "id": self.id,
            "title": self.title,
            "language": self.language or "en",
        }
        if self.description:
            data["description"] = self.description
        if self.labels:
            data["labels"] = [
                {"id": label.id, "name": label.name, "description": label.description}
                for label in self.labels
            ]
        data["articles"] = [article.to_data() for article in self.articles]
        data["questions"] = [plain(question) for question in self.questions]
        if self.quiz is not None:
            data["quiz"] = files.quiz_to_data(self.quiz)
        return data

    def build(self) -> QuestionSet:
        """The set as the bank stores it; raises ``files.QuestionFileError`` or ``ValueError``."""
        return files.set_from_data(self.to_data(), f"set '{self.id}'")

    def question(self, index: int) -> Question:
        """Question ``index`` as a student gets it; raises ``files.QuestionFileError``."""
        data = self.questions[index]
        wanted = {str(ref.get("article")) for ref in excerpt_refs(data)}
        articles = {a.id: a.article for a in self.articles if a.id in wanted}
        return files.question_from_data(data, articles, [label.id for label in self.labels])

    @classmethod
    def new(cls, title: str = "Untitled set", set_id: str | None = None) -> SetDraft:
        return cls(id=set_id or slug(title, "set"), title=title)

    @classmethod
    def from_set(cls, question_set: QuestionSet) -> SetDraft:
        return cls(
            id=question_set.id,
            title=question_set.title,
            language=question_set.language,
            description=question_set.description or "",
            labels=tuple(question_set.labels),
            articles=tuple(ArticleDraft.from_article(a) for a in question_set.articles),
            questions=tuple(plain(files.question_to_data(q)) for q in question_set.questions),
            quiz=question_set.quiz,
        )
