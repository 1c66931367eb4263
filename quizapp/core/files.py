"""Question files: load and validate (every problem, as path:line: message), export.

A question file is YAML holding one question set (see README, "Question files", and
``schema/question-set.schema.json``). Validation never stops at the first problem: a
teacher fixing a file wants the whole list at once.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from quizapp.core import markup
from quizapp.core.errors import ErrorCode
from quizapp.core.model import (
    BUILTIN_LABELS,
    DEFAULT_STRAY_PENALTY,
    FORMAT_VERSION,
    QUESTION_TYPES,
    VERDICTS,
    Article,
    Excerpt,
    Label,
    Option,
    Question,
    QuestionSet,
    QuizSettings,
    Span,
)
from quizapp.core.problems import ID_PATTERN, Problem, QuestionFileError
from quizapp.core.problems import MESSAGES as P
from quizapp.core.problems import Checker as _Checker
from quizapp.core.yamlsource import SourceError, YList, YMap, parse_yaml, read_text, text_start_line

__all__ = ["ID_PATTERN", "Problem", "QuestionFileError"]  # and the functions below

QUESTION_FILE_SUFFIXES = (".yaml", ".yml")

_SET_FIELDS = {"quizapp", "id", "title", "language", "description", "labels", "articles"}
_SET_FIELDS |= {"questions", "quiz"}
_ARTICLE_FIELDS = {"id", "outlet", "headline", "published", "text", "url"}
_COMMON_FIELDS = {"id", "type", "prompt", "explanation", "difficulty", "tags", "excerpt"}
_COMMON_FIELDS |= {"excerpts"}
_TYPE_FIELDS = {
    "highlight": {"targets", "stray_penalty", "strict"},
    "compare": {"targets", "quantity", "verdict", "reasons", "stray_penalty", "strict"},
    "choice": {"options", "multiple", "targets"},
    "classify": {"targets"},
}
_QUIZ_FIELDS = {"title", "shuffle", "draw", "feedback", "time_limit", "pass_mark", "attempts"}
_QUIZ_FIELDS |= {"questions", "codes"}
# An exam copy (core/examcopy.py) starts with this marker instead of 'quizapp: 1'.
EXAM_MARKER = "quizapp-exam"
EXAM_FORMAT_VERSION = 1
_EXAM_SET_FIELDS = (_SET_FIELDS - {"quizapp"}) | {EXAM_MARKER, "source_fingerprint"}
_EXAM_QUESTION_FIELDS = {"exam", "phrases"}
# What an exam copy never holds (the key): refused when a file claims to be one.
_EXAM_FORBIDDEN = {"explanation", "verdict", "stray_penalty", "strict"}
FINGERPRINT_PATTERN = re.compile(r"^[0-9a-f]{8,64}$")


def _as_map(value: Any, line: int, where: str, checker: _Checker) -> YMap | None:
    if not isinstance(value, YMap):
        checker.add(getattr(value, "line", line), P.MUST_BE_MAPPING(where=where))
        return None
    return value


def _check_labels(document: YMap, checker: _Checker) -> tuple[Label, ...]:
    raw = document.get("labels")
    if raw is None:
        return ()
    if not isinstance(raw, YList):
        checker.add(document.key_lines["labels"], P.LIST_EXPECTED(key="labels"))
        return ()
    labels: list[Label] = []
    for item, line in zip(raw, raw.item_lines, strict=True):
        if isinstance(item, str):
            item_map = YMap(id=item)
            item_map.line, item_map.key_lines, item_map.value_nodes = line, {"id": line}, {}
        else:
            mapped = _as_map(item, line, P.A_LABEL(), checker)
            if mapped is None:
                continue
            item_map = mapped
            checker.unknown_fields(item_map, {"id", "name", "description"}, P.A_LABEL())
        label_id = checker.identifier(item_map, P.A_LABEL())
        if label_id is None:
            continue
        if label_id in BUILTIN_LABELS:
            checker.add(line, P.BUILT_IN_LABEL(id=label_id))
            continue
        if any(label.id == label_id for label in labels):
            checker.add(line, P.LABEL_TWICE(id=label_id), ErrorCode.ID_DUPLICATE)
            continue
        name = checker.text(item_map, "name", P.A_LABEL(), required=False) or label_id
        description = checker.text(item_map, "description", P.A_LABEL(), required=False) or ""
        labels.append(Label(label_id, name, description))
    return tuple(labels)


def _check_article(
    item: Any, line: int, known_labels: set[str], checker: _Checker
) -> Article | None:
    mapping = _as_map(item, line, P.AN_ARTICLE(), checker)
    if mapping is None:
        return None
    checker.unknown_fields(mapping, _ARTICLE_FIELDS, P.AN_ARTICLE())
    article_id = checker.identifier(mapping, P.AN_ARTICLE())
    where = P.ARTICLE(id=article_id) if article_id else P.AN_ARTICLE()
    checker.subject = ("article", article_id) if article_id else None
    outlet = checker.text(mapping, "outlet", where, required=False) or ""
    headline = checker.text(mapping, "headline", where, required=False) or ""
    url = checker.text(mapping, "url", where, required=False) or None
    published = checker.text(mapping, "published", where, required=False) or None
    if published:
        try:
            datetime.fromisoformat(published.replace("Z", "+00:00"))
        except ValueError:
            checker.add(
                mapping.key_lines["published"],
                P.NOT_A_DATE(where=where),
            )
    source = checker.text(mapping, "text", where)
    if source is None or article_id is None:
        return None
    source = str(mapping["text"])
    try:
        parsed = markup.parse_article(source)
    except markup.MarkupError as error:
        file_line = text_start_line(mapping, "text") + error.line - 1
        checker.add(
            file_line,
            P.IN_TEXT_AT(where=where, column=error.column, problem=error.message),
            ErrorCode.MARKUP_INVALID,
        )
        checker.broken_articles.add(article_id)
        return None
    base_line = text_start_line(mapping, "text")
    for span, span_line in zip(parsed.spans, parsed.span_lines, strict=True):
        core = span.attributes.get("core")
        if core is not None:
            from quizapp.core.scoring import core_problem

            problem = core_problem(parsed.text[span.start : span.end], core)
            if problem:
                checker.add(
                    base_line + span_line - 1,
                    P.IN_TEXT(where=where, problem=problem),
                    ErrorCode.MARKUP_INVALID,
                )
        for label in span.labels:
            if label not in known_labels:
                checker.add(
                    base_line + span_line - 1,
                    P.UNKNOWN_LABEL(
                        label=label, where=where, known=", ".join(sorted(known_labels))
                    ),
                    ErrorCode.REFERENCE_UNKNOWN,
                )
    if not parsed.paragraphs:
        checker.add(mapping.key_lines["text"], P.EMPTY_TEXT(where=where), ErrorCode.FIELD_MISSING)
        return None
    return Article(
        id=article_id,
        outlet=outlet,
        headline=headline,
        published=published,
        markup=_block_text(source),
        text=parsed.text,
        spans=tuple(parsed.spans),
        paragraphs=tuple(parsed.paragraphs),
        url=url,
    )


def _check_excerpt(
    value: Any, line: int, articles: dict[str, Article], checker: _Checker, where: str
) -> Excerpt | None:
    excerpt_of = P.AN_EXCERPT_OF(where=where)
    mapping = _as_map(value, line, excerpt_of, checker)
    if mapping is None:
        return None
    checker.unknown_fields(mapping, {"article", "paragraphs"}, excerpt_of)
    article_id = checker.text(mapping, "article", excerpt_of)
    if article_id is None:
        return None
    article = articles.get(article_id)
    if article is None and article_id in checker.broken_articles:
        return None
    if article is None:
        checker.add(
            mapping.key_lines["article"],
            P.UNKNOWN_ARTICLE(where=where, id=article_id),
            ErrorCode.REFERENCE_UNKNOWN,
        )
        return None
    count = len(article.paragraphs)
    paragraphs = mapping.get("paragraphs")
    if paragraphs is None:
        first, last = 1, count
    else:
        if isinstance(paragraphs, int) and not isinstance(paragraphs, bool):
            paragraphs = [paragraphs, paragraphs]
        if (
            not isinstance(paragraphs, list)
            or len(paragraphs) != 2
            or not all(isinstance(n, int) and not isinstance(n, bool) for n in paragraphs)
        ):
            checker.add(
                mapping.key_lines["paragraphs"],
                P.BAD_PARAGRAPHS(where=where),
            )
            return None
        first, last = paragraphs
        if first < 1 or last > count:
            checker.add(
                mapping.key_lines["paragraphs"],
                (P.PARAGRAPHS_PAST_END_ONE if count == 1 else P.PARAGRAPHS_PAST_END)(
                    where=where, first=first, last=last, id=article_id, count=count
                ),
            )
            return None
        if first > last:
            checker.add(
                mapping.key_lines["paragraphs"],
                P.PARAGRAPHS_ORDER(where=where, first=first, last=last),
            )
            return None
    return article.excerpt(first, last)


def _check_options(
    mapping: YMap, key: str, where: str, checker: _Checker, required: bool
) -> tuple[Option, ...]:
    raw = mapping.get(key)
    if raw is None:
        if required:
            checker.add(mapping.line, P.NEEDS(where=where, key=key), ErrorCode.FIELD_MISSING)
        return ()
    if not isinstance(raw, YList) or not raw:
        checker.add(mapping.key_lines[key], P.MUST_BE_LIST(key=key, where=where))
        return ()
    options: list[Option] = []
    for item, line in zip(raw, raw.item_lines, strict=True):
        if isinstance(item, str):
            options.append(Option(item))
            continue
        option_of = P.AN_OPTION_OF(where=where)
        option = _as_map(item, line, option_of, checker)
        if option is None:
            continue
        allowed = {"text"} if checker.exam else {"text", "correct", "feedback"}
        checker.unknown_fields(option, allowed, option_of)
        text = checker.text(option, "text", option_of)
        correct = checker.flag(option, "correct", option_of, False)
        feedback = checker.text(option, "feedback", option_of, required=False)
        if text is not None:
            options.append(Option(text, correct, feedback))
    if options and not checker.exam and not any(option.correct for option in options):
        checker.add(mapping.key_lines[key], P.NO_CORRECT_OPTION(where=where), ErrorCode.KEY_MISSING)
    return tuple(options)


def _check_question(
    item: Any,
    line: int,
    articles: dict[str, Article],
    known_labels: set[str],
    checker: _Checker,
) -> Question | None:
    mapping = _as_map(item, line, P.A_QUESTION(), checker)
    if mapping is None:
        return None
    question_id = checker.identifier(mapping, P.A_QUESTION())
    where = P.QUESTION(id=question_id) if question_id else P.A_QUESTION()
    checker.subject = ("question", question_id) if question_id else None
    kind = _question_kind(mapping, where, checker)
    prompt = checker.text(mapping, "prompt", where)
    explanation = checker.text(mapping, "explanation", where, required=False) or None
    difficulty = checker.number(mapping, "difficulty", where, 1, 3)
    if difficulty is not None and difficulty != int(difficulty):
        checker.add(mapping.key_lines["difficulty"], P.BAD_DIFFICULTY(where=where))
    tags = checker.text_list(mapping, "tags", where)
    excerpts = _question_excerpts(mapping, kind, where, articles, checker)
    targets = _question_targets(mapping, kind, where, known_labels, checker)
    options, multiple = _choice_fields(mapping, kind, where, checker)
    verdict, quantity, reasons = _compare_fields(mapping, kind, where, checker)
    if checker.exam and kind is not None:
        excerpts = _exam_excerpts(mapping, kind, excerpts, targets, checker, where)
    stray_penalty = checker.number(mapping, "stray_penalty", where, 0, 10)
    strict = checker.flag(mapping, "strict", where, False)
    if question_id is None or kind is None or prompt is None:
        return None
    question = Question(
        id=question_id,
        type=kind,  # type: ignore[arg-type]
        prompt=prompt,
        excerpts=tuple(excerpts),
        targets=targets,
        explanation=explanation,
        difficulty=int(difficulty) if difficulty is not None else 2,
        tags=tags,
        options=options,
        multiple=multiple,
        quantity=quantity,
        verdict=verdict,
        reasons=reasons,
        stray_penalty=stray_penalty if stray_penalty is not None else DEFAULT_STRAY_PENALTY,
        strict=strict,
        exam=checker.exam,
        line=mapping.line,
    )
    if not checker.exam:
        _check_something_to_find(question, mapping, where, checker)
    return question


def _question_kind(mapping: YMap, where: str, checker: _Checker) -> str | None:
    """The question's type (None when missing or unknown); fields it does not have are
    problems."""
    kind = checker.text(mapping, "type", where)
    if kind is not None and kind not in QUESTION_TYPES:
        checker.add(
            mapping.key_lines["type"],
            P.UNKNOWN_TYPE(where=where, kind=kind, types=", ".join(QUESTION_TYPES)),
        )
        kind = None
    if kind is not None:
        allowed = _COMMON_FIELDS | _TYPE_FIELDS[kind]
        if checker.exam:
            allowed = (allowed - _EXAM_FORBIDDEN) | _EXAM_QUESTION_FIELDS
        checker.unknown_fields(mapping, allowed, P.A_KIND_QUESTION(kind=kind))
    return kind


def _question_excerpts(
    mapping: YMap,
    kind: str | None,
    where: str,
    articles: dict[str, Article],
    checker: _Checker,
) -> list[Excerpt]:
    """The question's ``excerpt`` or ``excerpts`` (a compare question needs two)."""
    excerpts: list[Excerpt] = []
    if "excerpt" in mapping and "excerpts" in mapping:
        checker.add(mapping.key_lines["excerpts"], P.BOTH_EXCERPTS(where=where))
    elif "excerpt" in mapping:
        excerpt = _check_excerpt(
            mapping["excerpt"], mapping.key_lines["excerpt"], articles, checker, where
        )
        excerpts = [excerpt] if excerpt else []
    elif "excerpts" in mapping:
        raw = mapping["excerpts"]
        if not isinstance(raw, YList) or not raw:
            checker.add(mapping.key_lines["excerpts"], P.MUST_BE_LIST(key="excerpts", where=where))
        else:
            for value, value_line in zip(raw, raw.item_lines, strict=True):
                excerpt = _check_excerpt(value, value_line, articles, checker, where)
                if excerpt:
                    excerpts.append(excerpt)
    elif kind in ("highlight", "compare", "classify"):
        checker.add(mapping.line, P.NEEDS_EXCERPT(where=where), ErrorCode.FIELD_MISSING)
    if kind == "compare" and "excerpt" in mapping and "excerpts" not in mapping:
        checker.add(mapping.key_lines["excerpt"], P.COMPARES_TWO(where=where))
    elif kind == "compare" and isinstance(mapping.get("excerpts"), list):
        if len(mapping["excerpts"]) < 2:
            checker.add(mapping.key_lines["excerpts"], P.COMPARES_TWO(where=where))
    return excerpts


def _question_targets(
    mapping: YMap, kind: str | None, where: str, known_labels: set[str], checker: _Checker
) -> tuple[str, ...]:
    """The labels that form the key (a compare question's default: figures)."""
    targets = checker.text_list(mapping, "targets", where)
    if kind == "compare" and not targets:
        targets = ("figure",)
    if kind in ("highlight", "classify") and not targets:
        checker.add(mapping.line, P.NEEDS_TARGETS(where=where), ErrorCode.FIELD_MISSING)
    for target in targets:
        if target not in known_labels:
            checker.add(
                mapping.key_lines.get("targets", mapping.line),
                P.UNKNOWN_TARGET(where=where, label=target),
                ErrorCode.REFERENCE_UNKNOWN,
            )
    return targets


def _choice_fields(
    mapping: YMap, kind: str | None, where: str, checker: _Checker
) -> tuple[tuple[Option, ...], bool]:
    """A choice question's options and ``multiple`` (nothing for other types)."""
    if kind != "choice":
        return (), False
    options = _check_options(mapping, "options", where, checker, required=True)
    multiple = checker.flag(mapping, "multiple", where, False)
    if options and len(options) < 2:
        checker.add(mapping.key_lines["options"], P.TWO_OPTIONS(where=where))
    if not multiple and sum(option.correct for option in options) > 1:
        checker.add(mapping.key_lines["options"], P.SEVERAL_CORRECT(where=where))
    return options, multiple


def _compare_fields(
    mapping: YMap, kind: str | None, where: str, checker: _Checker
) -> tuple[str | None, str | None, tuple[Option, ...]]:
    """A compare question's verdict, quantity and reasons (an exam copy has only its
    reasons); nothing for other types."""
    if kind != "compare":
        return None, None, ()
    if checker.exam:
        return None, None, _check_options(mapping, "reasons", where, checker, required=False)
    verdict = checker.text(mapping, "verdict", where)
    if verdict is not None and verdict not in VERDICTS:
        checker.add(
            mapping.key_lines["verdict"],
            P.BAD_VERDICT(where=where, verdicts=", ".join(VERDICTS), verdict=verdict),
        )
        verdict = None
    quantity = checker.text(mapping, "quantity", where, required=False) or None
    reasons = _check_options(mapping, "reasons", where, checker, required=False)
    return verdict, quantity, reasons


def _targets(targets: tuple[str, ...]) -> str:
    """ "figure and speculation": the labels by id, which a window writes in its language
    ("« chiffre » et « spéculation »"); a set's own label stays as the set spells it."""
    built_in = {
        "figure": P.TARGET_FIGURE,
        "speculation": P.TARGET_SPECULATION,
        "unconfirmed": P.TARGET_UNCONFIRMED,
    }
    names = [P.TARGET(label=built_in[t]() if t in built_in else t) for t in targets]
    what = names[0]
    for name in names[1:]:
        what = P.TARGETS(before=what, after=name)
    return what


def _check_something_to_find(
    question: Question, mapping: YMap, where: str, checker: _Checker
) -> None:
    """A question with marks to make needs at least one key span in its excerpts."""
    kind, targets = question.type, question.targets
    if kind in ("highlight", "compare", "classify") and question.excerpts and targets:
        if not question.key_spans():
            what = _targets(targets)
            if kind == "compare" and question.quantity:
                what = P.TARGETS_OF_QUANTITY(what=what, quantity=question.quantity)
            checker.add(
                mapping.line, P.NOTHING_TO_FIND(where=where, what=what), ErrorCode.KEY_MISSING
            )


def _exam_excerpts(
    mapping: YMap,
    kind: str,
    excerpts: list[Excerpt],
    targets: tuple[str, ...],
    checker: _Checker,
    where: str,
) -> list[Excerpt]:
    """An exam question's excerpts: no spans, except a classify question's phrases
    (``phrases: [[excerpt, start, end], ...]``, offsets in the excerpt's text), which
    carry every target label so that only the student's choice tells them apart."""
    plain = [replace(excerpt, spans=()) for excerpt in excerpts]
    raw = mapping.get("phrases")
    if kind != "classify":
        if raw is not None:
            checker.add(mapping.key_lines["phrases"], P.ONLY_CLASSIFY_PHRASES())
        return plain
    line = mapping.key_lines.get("phrases", mapping.line)
    if not isinstance(raw, list) or not raw or len(raw) > 500:
        checker.add(line, P.NEEDS_PHRASES(where=where))
        return plain
    spans: list[list[Span]] = [[] for _ in plain]
    for item in raw:
        if (
            not isinstance(item, list)
            or len(item) != 3
            or any(isinstance(n, bool) or not isinstance(n, int) for n in item)
        ):
            checker.add(line, P.BAD_PHRASE(where=where))
            return plain
        index, start, end = item
        if not 0 <= index < len(plain) or not 0 <= start < end <= len(plain[index].text):
            checker.add(line, P.PHRASE_OUTSIDE(where=where, item=str(item)))
            return plain
        spans[index].append(Span(start, end, targets))
    return [
        replace(excerpt, spans=tuple(sorted(found, key=lambda s: (s.start, s.end))))
        for excerpt, found in zip(plain, spans, strict=True)
    ]


def _check_quiz(
    document: YMap, questions: list[Question], checker: _Checker
) -> QuizSettings | None:
    if "quiz" not in document:
        return None
    mapping = _as_map(document["quiz"], document.key_lines["quiz"], P.QUIZ_FIELD(), checker)
    if mapping is None:
        return None
    checker.unknown_fields(mapping, _QUIZ_FIELDS, P.QUIZ_FIELD())
    where = P.THE_QUIZ()
    ids = checker.text_list(mapping, "questions", where)
    known = {question.id for question in questions}
    for question_id in ids:
        if question_id not in known:
            checker.add(
                mapping.key_lines["questions"],
                P.UNKNOWN_QUESTION(where=where, id=question_id),
                ErrorCode.REFERENCE_UNKNOWN,
            )
    pool = [q for q in questions if not ids or q.id in ids]
    if not pool:
        checker.add(mapping.line, P.NO_QUESTIONS(where=where), ErrorCode.FIELD_MISSING)
    draw: dict[str, int] = {}
    raw_draw = mapping.get("draw")
    if raw_draw is not None:
        if not isinstance(raw_draw, YMap):
            checker.add(mapping.key_lines["draw"], P.BAD_DRAW())
        else:
            for skill, count in raw_draw.items():
                line = raw_draw.key_lines[skill]
                if isinstance(count, bool) or not isinstance(count, int) or count < 1:
                    checker.add(line, P.BAD_DRAW_COUNT(skill=skill))
                    continue
                available = sum(1 for q in pool if skill in q.skills)
                if count > available:
                    checker.add(
                        line,
                        P.DRAW_TOO_MANY(where=where, count=count, skill=skill, available=available),
                    )
                draw[skill] = count
    feedback = checker.text(mapping, "feedback", where, required=False) or "immediate"
    if feedback not in ("immediate", "end"):
        checker.add(mapping.key_lines["feedback"], P.BAD_FEEDBACK())
        feedback = "immediate"
    time_limit = checker.number(mapping, "time_limit", where, 0.0)
    if time_limit == 0:
        checker.add(mapping.key_lines["time_limit"], P.BAD_TIME_LIMIT())
    pass_mark = checker.number(mapping, "pass_mark", where, 0, 100)
    attempts = checker.number(mapping, "attempts", where, 1)
    if checker.exam and feedback != "end":
        checker.add(mapping.line, P.EXAM_FEEDBACK())
    return QuizSettings(
        title=checker.text(mapping, "title", where, required=False) or None,
        shuffle=checker.flag(mapping, "shuffle", where, False),
        draw=draw,
        feedback=feedback,  # type: ignore[arg-type]
        time_limit_minutes=time_limit or None,
        pass_mark=pass_mark,
        attempts=int(attempts) if attempts else None,
        questions=ids,
        codes=checker.flag(mapping, "codes", where, False),
    )


def _check_document(document: Any, checker: _Checker) -> QuestionSet | None:
    if not isinstance(document, YMap):
        checker.add(
            getattr(document, "line", 1),
            P.NOT_A_MAPPING(),
            ErrorCode.FILE_NOT_A_SET,
        )
        return None
    if EXAM_MARKER in document and "quizapp" not in document:
        checker.exam = True
    checker.unknown_fields(document, _EXAM_SET_FIELDS if checker.exam else _SET_FIELDS, P.THE_SET())
    exam_of = _check_format(document, checker)
    the_set = P.THE_SET()
    set_id = checker.identifier(document, the_set)
    title = checker.text(document, "title", the_set)
    language = checker.text(document, "language", the_set, required=False) or "en"
    description = checker.text(document, "description", the_set, required=False) or None
    labels = _check_labels(document, checker)
    known_labels = set(BUILTIN_LABELS) | {label.id for label in labels}
    articles = _check_articles(document, known_labels, checker)
    questions = _check_questions(document, articles, known_labels, checker)
    quiz = _check_quiz(document, questions, checker)
    if set_id is None or title is None or checker.problems:
        return None
    if quiz is not None and exam_of is not None:
        quiz = replace(quiz, exam_of=exam_of)
    return QuestionSet(
        id=set_id,
        title=title,
        language=language,
        description=description,
        labels=labels,
        articles=tuple(articles.values()),
        questions=tuple(questions),
        quiz=quiz,
        path=checker.path,
    )


def _check_format(document: YMap, checker: _Checker) -> str | None:
    """The format version this program reads; an exam copy's source fingerprint (None
    for a question file)."""
    version = document.get(EXAM_MARKER if checker.exam else "quizapp")
    exam_of: str | None = None
    if checker.exam:
        if version != EXAM_FORMAT_VERSION:
            checker.add(
                document.key_lines[EXAM_MARKER],
                P.EXAM_VERSION(version=repr(version), supported=EXAM_FORMAT_VERSION),
                ErrorCode.FILE_NOT_A_SET,
            )
        exam_of = checker.text(document, "source_fingerprint", P.THE_EXAM_COPY())
        if exam_of is not None and not FINGERPRINT_PATTERN.match(exam_of):
            checker.add(document.key_lines["source_fingerprint"], P.BAD_FINGERPRINT())
        if "quiz" not in document:
            checker.add(document.line, P.EXAM_NEEDS_QUIZ(), ErrorCode.FIELD_MISSING)
    elif version is None:
        checker.add(1, P.NO_VERSION(version=FORMAT_VERSION), ErrorCode.FILE_NOT_A_SET)
    elif version != FORMAT_VERSION:
        checker.add(
            document.key_lines["quizapp"],
            P.BAD_VERSION(version=repr(version), supported=FORMAT_VERSION),
            ErrorCode.FILE_NOT_A_SET,
        )
    return exam_of


def _check_articles(
    document: YMap, known_labels: set[str], checker: _Checker
) -> dict[str, Article]:
    """The set's articles by id (an exam copy's have no tagged spans)."""
    articles: dict[str, Article] = {}
    raw_articles = document.get("articles")
    if raw_articles is not None and not isinstance(raw_articles, YList):
        checker.add(document.key_lines["articles"], P.LIST_EXPECTED(key="articles"))
        return articles
    for item, line in zip(raw_articles or [], getattr(raw_articles, "item_lines", []), strict=True):
        article = _check_article(item, line, known_labels, checker)
        checker.subject = None
        if article is None:
            continue
        if checker.exam and article.spans:
            checker.add(line, P.EXAM_SPANS(id=article.id))
            continue
        if article.id in articles:
            checker.add(line, P.ARTICLE_TWICE(id=article.id), ErrorCode.ID_DUPLICATE)
            continue
        articles[article.id] = article
    return articles


def _check_questions(
    document: YMap, articles: dict[str, Article], known_labels: set[str], checker: _Checker
) -> list[Question]:
    """The set's questions in order (it needs at least one; ids are unique)."""
    questions: list[Question] = []
    raw_questions = document.get("questions")
    if not isinstance(raw_questions, YList) or not raw_questions:
        checker.add(
            document.key_lines.get("questions", document.line),
            P.NEEDS_QUESTIONS(),
            ErrorCode.FIELD_MISSING,
        )
        return questions
    seen: set[str] = set()
    for item, line in zip(raw_questions, raw_questions.item_lines, strict=True):
        question = _check_question(item, line, articles, known_labels, checker)
        checker.subject = None
        if question is None:
            continue
        if question.id in seen:
            checker.add(line, P.QUESTION_TWICE(id=question.id), ErrorCode.ID_DUPLICATE)
            continue
        seen.add(question.id)
        questions.append(question)
    return questions


def check_text(text: str, path: str) -> tuple[QuestionSet | None, list[Problem]]:
    """Validate a question file's text; return the set (when valid) and all problems."""
    checker = _Checker(path)
    try:
        document = parse_yaml(text)
    except SourceError as error:
        checker.add(error.line, error.message, error.code)
        return None, checker.problems
    question_set = _check_document(document, checker)
    return question_set, checker.problems


def check_file(path: str | Path) -> tuple[QuestionSet | None, list[Problem]]:
    shown = str(path)
    try:
        text = read_text(Path(path))
    except SourceError as error:
        return None, [Problem(shown, error.line, error.message, code=error.code)]
    return check_text(text, shown)


def load_question_set(path: str | Path) -> QuestionSet:
    """Load one question file; raise ``QuestionFileError`` naming every problem."""
    question_set, problems = check_file(path)
    if problems or question_set is None:
        raise QuestionFileError(problems or [Problem(str(path), 0, P.CANNOT_USE())])
    return question_set


def loads_question_set(text: str, path: str = "<text>") -> QuestionSet:
    question_set, problems = check_text(text, path)
    if problems or question_set is None:
        raise QuestionFileError(problems or [Problem(path, 0, P.TEXT_CANNOT_USE())])
    return question_set


def expand_paths(paths: Iterable[str | Path]) -> Iterator[tuple[str, Path | None]]:
    """Files named, and the question files inside folders named (sorted).

    Yields (shown path, path) or (shown path, None) when nothing is there.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            found = sorted(
                child
                for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() in QUESTION_FILE_SUFFIXES
            )
            if not found:
                yield str(given), None
            for child in found:
                yield str(child), child
        elif path.exists():
            yield str(given), path
        else:
            yield str(given), None


@contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Reading many files makes millions of objects that all live on (the sets): the cyclic
    garbage collector would walk them over and over, a fifth of a big import's time. What
    is made here holds no cycles worth collecting early; collection resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def check_paths(paths: Iterable[str | Path]) -> tuple[list[QuestionSet], list[Problem]]:
    """Validate every file under ``paths``; duplicate set ids across files are problems."""
    with _cyclic_gc_paused():
        return _check_paths(paths)


def _check_paths(paths: Iterable[str | Path]) -> tuple[list[QuestionSet], list[Problem]]:
    sets: list[QuestionSet] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for shown, path in expand_paths(paths):
        if path is None:
            problems.append(Problem(shown, 0, P.NOTHING_THERE(), code=ErrorCode.FILE_UNREADABLE))
            continue
        question_set, file_problems = check_file(path)
        problems.extend(replace(p, path=shown) for p in file_problems)
        if question_set is None:
            continue
        if question_set.id in seen:
            problems.append(
                Problem(
                    shown,
                    1,
                    P.SET_ID_TWICE(id=question_set.id, other=seen[question_set.id]),
                    code=ErrorCode.ID_DUPLICATE,
                )
            )
            continue
        seen[question_set.id] = shown
        sets.append(question_set)
    return sets, problems


# --- export -----------------------------------------------------------------------------


class _Flow(dict[str, Any]):
    """A mapping written on one line: {article: report-a, paragraphs: [1, 2]}."""


class _FlowList(list[Any]):
    pass


class _Dumper(yaml.SafeDumper):
    pass


def _represent_str(dumper: yaml.SafeDumper, value: str) -> yaml.ScalarNode:
    if "\n" in value:
        return dumper.represent_scalar("tag:yaml.org,2002:str", value, style="|")
    return dumper.represent_scalar("tag:yaml.org,2002:str", value)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(
    _Flow, lambda d, v: d.represent_mapping("tag:yaml.org,2002:map", v, flow_style=True)
)
_Dumper.add_representer(
    _FlowList, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", v, flow_style=True)
)


def _block_text(source: str) -> str:
    # Trailing spaces would force PyYAML out of block style; they carry no meaning
    # because the markup folds white space. Loading stores markup in this form too, so
    # an exported set loads back equal. Idempotent.
    lines = [line.rstrip() for line in source.split("\n")]
    return "\n".join(lines).strip("\n") + "\n"


def _options(options: tuple[Option, ...]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    for option in options:
        item: dict[str, Any] = {"text": option.text}
        if option.correct:
            item["correct"] = True
        if option.feedback:
            item["feedback"] = option.feedback
        out.append(_Flow(item) if not option.feedback else item)
    return out


def question_head_to_data(question: Question) -> dict[str, Any]:
    """A question's id, type, prompt, excerpts and targets, as question files and exam
    copies both write them."""
    data: dict[str, Any] = {"id": question.id, "type": question.type, "prompt": question.prompt}
    excerpts = [
        _Flow(article=e.article_id, paragraphs=_FlowList([e.first, e.last]))
        for e in question.excerpts
    ]
    if len(excerpts) == 1 and question.type != "compare":
        data["excerpt"] = excerpts[0]
    elif excerpts:
        data["excerpts"] = excerpts
    if question.targets:
        data["targets"] = _FlowList(question.targets)
    return data


def question_to_data(question: Question) -> dict[str, Any]:
    data = question_head_to_data(question)
    if question.type == "compare":
        if question.quantity:
            data["quantity"] = question.quantity
        if not question.exam:
            data["verdict"] = question.verdict
        if question.reasons:
            data["reasons"] = _options(question.reasons)
    if question.type == "choice":
        data["multiple"] = question.multiple
        data["options"] = _options(question.options)
    if question.stray_penalty != DEFAULT_STRAY_PENALTY:
        data["stray_penalty"] = question.stray_penalty
    if question.strict:
        data["strict"] = True
    if question.explanation:
        data["explanation"] = question.explanation
    data["difficulty"] = question.difficulty
    if question.tags:
        data["tags"] = _FlowList(question.tags)
    if question.exam:
        data["exam"] = True
        if question.type == "classify":
            data["phrases"] = [
                _FlowList([index, span.start, span.end]) for index, span in question.key_spans()
            ]
    return data


def quiz_to_data(quiz: QuizSettings) -> dict[str, Any]:
    data: dict[str, Any] = {}
    if quiz.title:
        data["title"] = quiz.title
    if quiz.questions:
        data["questions"] = list(quiz.questions)
    data["shuffle"] = quiz.shuffle
    if quiz.draw:
        data["draw"] = dict(quiz.draw)
    data["feedback"] = quiz.feedback
    if quiz.time_limit_minutes is not None:
        data["time_limit"] = quiz.time_limit_minutes
    if quiz.pass_mark is not None:
        data["pass_mark"] = quiz.pass_mark
    if quiz.attempts is not None:
        data["attempts"] = quiz.attempts
    if quiz.codes:
        data["codes"] = True
    return data


def set_head_to_data(question_set: QuestionSet, head: dict[str, Any]) -> dict[str, Any]:
    """``head`` (format marker, id, ...) followed by the set's title, language, description
    and labels, as question files and exam copies both begin."""
    data = {**head, "title": question_set.title, "language": question_set.language}
    if question_set.description:
        data["description"] = question_set.description
    if question_set.labels:
        data["labels"] = [
            {"id": label.id, "name": label.name, "description": label.description}
            if label.description
            else _Flow(id=label.id, name=label.name)
            for label in question_set.labels
        ]
    return data


def article_to_data(article: Article, text: str) -> dict[str, Any]:
    """An article as a file writes it, with ``text`` as its text (its markup in a question
    file, its plain text in an exam copy)."""
    item: dict[str, Any] = {"id": article.id, "outlet": article.outlet}
    if article.published:
        item["published"] = article.published
    item["headline"] = article.headline
    if article.url:
        item["url"] = article.url
    item["text"] = _block_text(text)
    return item


def set_to_data(question_set: QuestionSet) -> dict[str, Any]:
    data = set_head_to_data(question_set, {"quizapp": FORMAT_VERSION, "id": question_set.id})
    data["articles"] = [
        article_to_data(article, article.markup) for article in question_set.articles
    ]
    data["questions"] = [question_to_data(question) for question in question_set.questions]
    if question_set.quiz is not None:
        data["quiz"] = quiz_to_data(question_set.quiz)
    return data


def dump_question_set(question_set: QuestionSet) -> str:
    """The set as question-file YAML that loads back to an equal set."""
    return yaml.dump(
        set_to_data(question_set),
        Dumper=_Dumper,
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )


# --- rebuilding from stored data ------------------------------------------------------------


def _to_source(value: Any) -> Any:
    """Plain data (as stored in the bank) in the shape the checks read."""
    if isinstance(value, dict):
        mapping = YMap({str(key): _to_source(item) for key, item in value.items()})
        mapping.line, mapping.value_nodes = 0, {}
        mapping.key_lines = dict.fromkeys(mapping, 0)
        return mapping
    if isinstance(value, list | tuple):
        items = YList(_to_source(item) for item in value)
        items.line, items.item_lines = 0, [0] * len(items)
        return items
    return value


def article_from_markup(
    article_id: str,
    markup_text: str,
    outlet: str = "",
    headline: str = "",
    published: str | None = None,
    url: str | None = None,
) -> Article:
    """An article from its markup; raises ``markup.MarkupError`` on broken markup."""
    parsed = markup.parse_article(markup_text)
    return Article(
        id=article_id,
        outlet=outlet,
        headline=headline,
        published=published,
        markup=markup_text,
        text=parsed.text,
        spans=tuple(parsed.spans),
        paragraphs=tuple(parsed.paragraphs),
        url=url,
    )


def question_from_data(
    data: dict[str, Any], articles: dict[str, Article], labels: Iterable[str] = ()
) -> Question:
    """Rebuild a question from ``question_to_data`` output, checking it again."""
    checker = _Checker("<bank>", exam=bool(data.get("exam")))
    known = set(BUILTIN_LABELS) | set(labels)
    question = _check_question(_to_source(data), 0, articles, known, checker)
    if question is None or checker.problems:
        raise QuestionFileError(checker.problems or [Problem("<bank>", 0, P.UNREADABLE_QUESTION())])
    return question


def set_from_data(data: dict[str, Any], path: str = "<data>") -> QuestionSet:
    """A whole set from ``set_to_data`` output (e.g. a set assembled in the studio)."""
    checker = _Checker(path)
    question_set = _check_document(_to_source(data), checker)
    if question_set is None or checker.problems:
        raise QuestionFileError(checker.problems or [Problem(path, 0, P.UNREADABLE_SET())])
    return question_set
