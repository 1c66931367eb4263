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
from math import isfinite

from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.text import Catalogue, Text, joined
from quizapp.core.yamlsource import YMap

__all__ = ["Checker", "Problem", "QuestionFileError"]

ID_PATTERN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$")

MESSAGES = Catalogue("problems")  # quizapp/core/messages/problems.toml


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
                    MESSAGES.UNKNOWN_FIELD(
                        key=key, where=where, allowed=", ".join(sorted(allowed))
                    ),
                    ErrorCode.FIELD_UNKNOWN,
                )

    def text(self, mapping: YMap, key: str, where: str, required: bool = True) -> str | None:
        if key not in mapping or mapping[key] is None:
            if required:
                self.add(
                    mapping.line, MESSAGES.NEEDS(where=where, key=key), ErrorCode.FIELD_MISSING
                )
            return None
        value = mapping[key]
        if isinstance(value, bool) or not isinstance(value, str | int | float):
            self.add(mapping.key_lines[key], MESSAGES.MUST_BE_TEXT(key=key, where=where))
            return None
        text = str(value).strip()
        if required and not text:
            self.add(
                mapping.key_lines[key],
                MESSAGES.IS_EMPTY(key=key, where=where),
                ErrorCode.FIELD_MISSING,
            )
            return None
        return text

    def identifier(self, mapping: YMap, where: str) -> str | None:
        value = self.text(mapping, "id", where)
        if value is None:
            return None
        if not ID_PATTERN.match(value):
            self.add(
                mapping.key_lines["id"],
                MESSAGES.BAD_ID(id=value[:80], where=where),
                ErrorCode.ID_INVALID,
            )
            return None
        return value

    def flag(self, mapping: YMap, key: str, where: str, default: bool) -> bool:
        value = mapping.get(key, default)
        if value is None:
            return default
        if not isinstance(value, bool):
            self.add(mapping.key_lines[key], MESSAGES.MUST_BE_FLAG(key=key, where=where))
            return default
        return value

    def number(
        self, mapping: YMap, key: str, where: str, low: float, high: float | None = None
    ) -> float | None:
        value = mapping.get(key)
        if value is None:
            return None
        # YAML's .nan and .inf are floats, but no setting can be one: NaN passes every range
        # check and an infinite time limit or attempt count breaks what uses it
        if isinstance(value, bool) or not isinstance(value, int | float) or not isfinite(value):
            self.add(mapping.key_lines[key], MESSAGES.MUST_BE_NUMBER(key=key, where=where))
            return None
        if value < low or (high is not None and value > high):
            if high is not None:
                message = MESSAGES.MUST_BE_BETWEEN(
                    key=key, where=where, low=low, high=high, value=value
                )
            else:
                message = MESSAGES.MUST_BE_AT_LEAST(key=key, where=where, low=low, value=value)
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
            self.add(mapping.key_lines[key], MESSAGES.MUST_BE_WORDS(key=key, where=where))
            return ()
        return tuple(item.strip() for item in value)
