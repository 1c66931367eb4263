"""Problems found in a question file: where (path:line), what (a translatable text) and
which kind (an ``ErrorCode``), gathered by a ``Checker`` while files.py reads the file.

The wording is made of ``Phrase``s (core/text.py): English for the command line and the
API, the interface's language in the studio and the import dialogs. Each problem reads
"where: what" or names its place first, so that a translation needs no grammar agreement
with the place ("question 'q1'", "an option of question 'q1'").
This module never imports Qt.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.text import Phrase, Text, joined
from quizapp.core.yamlsource import YMap

__all__ = ["Checker", "Problem", "QuestionFileError"]

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

# Places ("where")
ARTICLE = Phrase("QuestionFile", "article '{id}'")
AN_ARTICLE = Phrase("QuestionFile", "an article")
QUESTION = Phrase("QuestionFile", "question '{id}'")
A_QUESTION = Phrase("QuestionFile", "a question")
A_KIND_QUESTION = Phrase("QuestionFile", "a {kind} question")
A_LABEL = Phrase("QuestionFile", "a label")
THE_SET = Phrase("QuestionFile", "the question set")
THE_QUIZ = Phrase("QuestionFile", "the quiz")
QUIZ_FIELD = Phrase("QuestionFile", "'quiz'")
THE_EXAM_COPY = Phrase("QuestionFile", "the exam copy")
AN_EXCERPT_OF = Phrase("QuestionFile", "an excerpt of {where}")
AN_OPTION_OF = Phrase("QuestionFile", "an option of {where}")
# What the checker's helpers say
UNKNOWN_FIELD = Phrase(
    "QuestionFile", "unknown field '{key}' in {where}; expected one of: {allowed}"
)
NEEDS = Phrase("QuestionFile", "{where} needs '{key}'")
MUST_BE_TEXT = Phrase("QuestionFile", "'{key}' of {where} must be text")
IS_EMPTY = Phrase("QuestionFile", "'{key}' of {where} is empty")
BAD_ID = Phrase(
    "QuestionFile",
    "id '{id}' of {where} may hold only letters, digits, '-', '_' and '.'"
    " (at most 64, starting with a letter or digit)",
)
MUST_BE_FLAG = Phrase("QuestionFile", "'{key}' of {where} must be true or false")
MUST_BE_NUMBER = Phrase("QuestionFile", "'{key}' of {where} must be a number")
MUST_BE_BETWEEN = Phrase(
    "QuestionFile", "'{key}' of {where} must be from {low} to {high}, not {value}"
)
MUST_BE_AT_LEAST = Phrase("QuestionFile", "'{key}' of {where} must be at least {low}, not {value}")
MUST_BE_WORDS = Phrase("QuestionFile", "'{key}' of {where} must be a list of words")
MUST_BE_MAPPING = Phrase("QuestionFile", "{where} must be a mapping (key: value)")
MUST_BE_LIST = Phrase("QuestionFile", "'{key}' of {where} must be a list")
LIST_EXPECTED = Phrase("QuestionFile", "'{key}' must be a list")
# Labels, articles and excerpts
BUILT_IN_LABEL = Phrase("QuestionFile", "'{id}' is built in and needs no declaration")
LABEL_TWICE = Phrase("QuestionFile", "label '{id}' is declared twice")
NOT_A_DATE = Phrase(
    "QuestionFile",
    "'published' of {where} is not a date and time like 2021-03-04T06:10:00+01:00",
)
IN_TEXT_AT = Phrase("QuestionFile", "in the text of {where}, column {column}: {problem}")
IN_TEXT = Phrase("QuestionFile", "in the text of {where}: {problem}")
UNKNOWN_LABEL = Phrase(
    "QuestionFile",
    "unknown label '{label}' in {where}; use one of {known} or declare it under 'labels'",
)
EMPTY_TEXT = Phrase("QuestionFile", "the text of {where} is empty")
UNKNOWN_ARTICLE = Phrase("QuestionFile", "{where} refers to unknown article '{id}'")
BAD_PARAGRAPHS = Phrase(
    "QuestionFile", "'paragraphs' of {where} must be [first, last], e.g. [1, 2]"
)
PARAGRAPHS_PAST_END = Phrase(
    "QuestionFile",
    "{where} asks for paragraphs {first} to {last} of article '{id}', which has {count} paragraphs",
)
PARAGRAPHS_PAST_END_ONE = Phrase(
    "QuestionFile",
    "{where} asks for paragraphs {first} to {last} of article '{id}', which has 1 paragraph",
)
PARAGRAPHS_ORDER = Phrase(
    "QuestionFile", "paragraphs of {where} are out of order: {first} comes after {last}"
)
NO_CORRECT_OPTION = Phrase("QuestionFile", "{where} has no option marked 'correct: true'")
# Questions
UNKNOWN_TYPE = Phrase("QuestionFile", "{where} has unknown type '{kind}'; use one of {types}")
BAD_DIFFICULTY = Phrase("QuestionFile", "'difficulty' of {where} must be 1, 2 or 3")
BOTH_EXCERPTS = Phrase("QuestionFile", "{where} has both 'excerpt' and 'excerpts'")
NEEDS_EXCERPT = Phrase("QuestionFile", "{where} needs an 'excerpt' (or 'excerpts') to show")
COMPARES_TWO = Phrase("QuestionFile", "{where} compares at least two excerpts")
NEEDS_TARGETS = Phrase("QuestionFile", "{where} needs 'targets': the labels that form the key")
UNKNOWN_TARGET = Phrase("QuestionFile", "{where} targets unknown label '{label}'")
TWO_OPTIONS = Phrase("QuestionFile", "{where} needs at least two options")
SEVERAL_CORRECT = Phrase(
    "QuestionFile", "{where} has several correct options; add 'multiple: true' or keep one"
)
BAD_VERDICT = Phrase(
    "QuestionFile", "verdict of {where} must be one of {verdicts}, not '{verdict}'"
)
NOTHING_TO_FIND = Phrase(
    "QuestionFile", "{where} has no {what} span in its excerpt: nothing to find"
)
ONLY_CLASSIFY_PHRASES = Phrase("QuestionFile", "only a classify question has 'phrases'")
NEEDS_PHRASES = Phrase(
    "QuestionFile", "{where} needs 'phrases': the phrases to label (at most 500)"
)
BAD_PHRASE = Phrase("QuestionFile", "a phrase of {where} must be [excerpt, start, end]")
PHRASE_OUTSIDE = Phrase("QuestionFile", "a phrase of {where} lies outside its excerpt: {item}")
# The quiz
UNKNOWN_QUESTION = Phrase("QuestionFile", "{where} lists unknown question '{id}'")
NO_QUESTIONS = Phrase("QuestionFile", "{where} has no questions")
BAD_DRAW = Phrase("QuestionFile", "'draw' must map a skill to a number")
BAD_DRAW_COUNT = Phrase("QuestionFile", "'draw' for '{skill}' must be a whole number above 0")
DRAW_TOO_MANY = Phrase(
    "QuestionFile",
    "{where} draws {count} '{skill}' questions but only {available} are available",
)
BAD_FEEDBACK = Phrase("QuestionFile", "'feedback' must be 'immediate' or 'end'")
BAD_TIME_LIMIT = Phrase("QuestionFile", "'time_limit' must be above 0 minutes")
EXAM_FEEDBACK = Phrase("QuestionFile", "an exam copy holds no key, so its feedback must be 'end'")
# The set
NOT_A_MAPPING = Phrase(
    "QuestionFile", "a question file must be a mapping that starts with 'quizapp: 1'"
)
EXAM_VERSION = Phrase(
    "QuestionFile",
    "exam copy format {version} is not supported; this program reads version {supported}:"
    " update quizapp",
)
BAD_FINGERPRINT = Phrase("QuestionFile", "malformed 'source_fingerprint'")
EXAM_NEEDS_QUIZ = Phrase("QuestionFile", "an exam copy needs its 'quiz' settings")
NO_VERSION = Phrase(
    "QuestionFile", "the file must start with 'quizapp: {version}' (the format version)"
)
BAD_VERSION = Phrase(
    "QuestionFile",
    "format version {version} is not supported; this program reads version {supported}",
)
EXAM_SPANS = Phrase("QuestionFile", "an exam copy holds no tagged spans (article '{id}')")
ARTICLE_TWICE = Phrase("QuestionFile", "article id '{id}' is used twice")
NEEDS_QUESTIONS = Phrase("QuestionFile", "the question set needs a non-empty list of 'questions'")
QUESTION_TWICE = Phrase("QuestionFile", "question id '{id}' is used twice")
CANNOT_USE = Phrase("QuestionFile", "the file cannot be used")
TEXT_CANNOT_USE = Phrase("QuestionFile", "the text cannot be used")
NOTHING_THERE = Phrase("QuestionFile", "no such file, or no question files in the folder")
SET_ID_TWICE = Phrase("QuestionFile", "set id '{id}' is also used by {other}")
UNREADABLE_QUESTION = Phrase("QuestionFile", "unreadable question")
UNREADABLE_SET = Phrase("QuestionFile", "unreadable set")


@dataclass(frozen=True)
class Problem:
    path: str
    line: int
    message: str
    # ("article" or "question", its id) when the problem lies in one: where a screen can
    # take the teacher, without reading the message.
    subject: tuple[str, str] | None = field(default=None, compare=False)
    # What kind of problem it is (errors.ErrorCode), for a program to test.
    code: ErrorCode = field(default=ErrorCode.FIELD_INVALID, compare=False)

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}"

    def located(self) -> Text:
        """``path:line: message`` as a text a window can show in its language."""
        return joined([f"{self.path}:{self.line}:", self.message])


class QuestionFileError(CodedError, ValueError):
    """A question file that cannot be used. ``path``, ``line`` and ``message`` locate the
    first problem; ``problems`` lists them all; ``code`` is the first problem's."""

    def __init__(self, problems: list[Problem]) -> None:
        first = problems[0]
        super().__init__(joined([problem.located() for problem in problems], "\n"))
        self.path = first.path
        self.line = first.line
        self.message = first.message
        self.problems = problems
        self.code = first.code


class Checker:
    """Collects problems for one file while the set is built."""

    def __init__(self, path: str, exam: bool = False) -> None:
        self.path = path
        self.problems: list[Problem] = []
        self.exam = exam  # reading an exam copy: questions without their key
        # Articles whose text is broken: already reported, so excerpts of them are not.
        self.broken_articles: set[str] = set()
        self.subject: tuple[str, str] | None = None  # the article or question being read

    def add(self, line: int, message: str, code: ErrorCode = ErrorCode.FIELD_INVALID) -> None:
        self.problems.append(Problem(self.path, line, message, self.subject, code))

    def unknown_fields(self, mapping: YMap, allowed: set[str], where: str) -> None:
        for key in mapping:
            if key not in allowed:
                self.add(
                    mapping.key_lines[key],
                    UNKNOWN_FIELD(key=key, where=where, allowed=", ".join(sorted(allowed))),
                    ErrorCode.FIELD_UNKNOWN,
                )

    def text(self, mapping: YMap, key: str, where: str, required: bool = True) -> str | None:
        if key not in mapping or mapping[key] is None:
            if required:
                self.add(mapping.line, NEEDS(where=where, key=key), ErrorCode.FIELD_MISSING)
            return None
        value = mapping[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.add(mapping.key_lines[key], MUST_BE_TEXT(key=key, where=where))
            return None
        text = str(value).strip()
        if required and not text:
            self.add(
                mapping.key_lines[key], IS_EMPTY(key=key, where=where), ErrorCode.FIELD_MISSING
            )
            return None
        return text

    def identifier(self, mapping: YMap, where: str) -> str | None:
        value = self.text(mapping, "id", where)
        if value is None:
            return None
        if not ID_PATTERN.match(value):
            self.add(
                mapping.key_lines["id"], BAD_ID(id=value[:80], where=where), ErrorCode.ID_INVALID
            )
            return None
        return value

    def flag(self, mapping: YMap, key: str, where: str, default: bool) -> bool:
        value = mapping.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.add(mapping.key_lines[key], MUST_BE_FLAG(key=key, where=where))
            return default
        return value

    def number(
        self, mapping: YMap, key: str, where: str, low: float, high: float | None = None
    ) -> float | None:
        value = mapping.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int | float):
            self.add(mapping.key_lines[key], MUST_BE_NUMBER(key=key, where=where))
            return None
        if value < low or (high is not None and value > high):
            if high is not None:
                message = MUST_BE_BETWEEN(key=key, where=where, low=low, high=high, value=value)
            else:
                message = MUST_BE_AT_LEAST(key=key, where=where, low=low, value=value)
            self.add(mapping.key_lines[key], message)
            return None
        return float(value)

    def text_list(self, mapping: YMap, key: str, where: str) -> tuple[str, ...]:
        value = mapping.get(key)
        if value is None:
            return ()
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
            self.add(mapping.key_lines[key], MUST_BE_WORDS(key=key, where=where))
            return ()
        return tuple(item.strip() for item in value)
