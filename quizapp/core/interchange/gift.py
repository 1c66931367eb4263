"""GIFT export (Moodle's plain-text question format).

- choice -> multiple choice: ``=right``/``~wrong`` for one right answer, otherwise
  ``~%50%right``/``~%-50%wrong`` weights, so Moodle's sum floored at zero is our
  (right chosen - wrong chosen) / right.
- classify -> matching: each key phrase is matched to its label; Moodle gives each right
  match the same share, as we give a point per phrase (GIFT cannot set a question's grade:
  the question is worth 1 in Moodle, our points divided by the number of phrases). A phrase
  with two labels, or a question with fewer than two phrases, cannot be a matching question.
- highlight and compare are left out: GIFT has no way to mark phrases in a text.

Text is written as ``[html]`` and every GIFT control character (``~ = # { } :`` and the
backslash) is escaped with a backslash; blank lines, which end a GIFT question, never occur
inside one.
"""

from __future__ import annotations

import html
import re

from quizapp.core.interchange import MESSAGES as EXPORT
from quizapp.core.interchange import (
    ExportResult,
    LeftOut,
    choice_fractions,
    choice_or_classify,
    percent_text,
    question_html,
    write_each,
)
from quizapp.core.model import Question, QuestionSet, label_name
from quizapp.core.text import Catalogue

__all__ = ["escape", "export_gift", "gift_question"]

_SPECIAL = re.compile(r"([\\~=#{}:])")

MESSAGES = Catalogue("interchange.gift")  # quizapp/core/messages/interchange.gift.toml


def escape(text: str) -> str:
    """``text`` with GIFT's control characters escaped and line breaks as spaces."""
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def _head(question: Question, text_html: str) -> str:
    return f"// {question.id}\n::{escape(question.id)}::[html]{escape(text_html)} {{"


def _explanation(question: Question) -> list[str]:
    return (
        [f"\t####{escape(html.escape(question.explanation, quote=False))}"]
        if question.explanation
        else []
    )


def _choice(question: Question) -> str | LeftOut:
    right = sum(option.correct for option in question.options)
    lines = [_head(question, question_html(question))]
    for option in question.options:
        fraction = choice_fractions(right, option.correct)
        if fraction is None:
            return LeftOut(question.id, EXPORT.NO_FRACTION(right=right))
        text = escape(html.escape(option.text, quote=False))
        if right == 1:
            mark = "=" if option.correct else "~"
        else:
            mark = f"~%{percent_text(fraction)}%"
        feedback = (
            f"#{escape(html.escape(option.feedback, quote=False))}" if option.feedback else ""
        )
        lines.append(f"\t{mark}{text}{feedback}")
    lines += _explanation(question)
    lines.append("}")
    return "\n".join(lines)


def _matching(question: Question) -> str | LeftOut:
    key = question.key_spans()
    if len(key) < 2:
        return LeftOut(question.id, MESSAGES.TWO_PHRASES())
    pairs: list[tuple[str, str]] = []
    for index, span in key:
        text = question.excerpts[index].text[span.start : span.end]
        if len(span.labels) > 1:
            return LeftOut(
                question.id,
                EXPORT.SEVERAL_LABELS(text=text, count=len(span.labels), target=EXPORT.A_MATCH()),
            )
        pairs.append((text, label_name(span.labels[0])))
    lines = [_head(question, question_html(question))]
    for text, label in pairs:
        lines.append(f"\t={escape(html.escape(text, quote=False))} -> {escape(label)}")
    lines += _explanation(question)
    lines.append("}")
    return "\n".join(lines)


def gift_question(question: Question) -> str | LeftOut:
    """One question as GIFT text, or why it cannot be one."""
    return choice_or_classify(question, _choice, _matching, MESSAGES.HIGHLIGHT_REASON)


def export_gift(question_set: QuestionSet) -> ExportResult:
    """The set as a GIFT file (UTF-8), in a category named after the set."""
    # The category line is read as it stands (no escapes), up to the end of the line.
    blocks = [f"$CATEGORY: $course$/top/{' '.join(question_set.title.split())}"]
    written, left_out = write_each(question_set.questions, gift_question)
    text = "\n\n".join([*blocks, *written]) + "\n"
    return ExportResult((("", text.encode("utf-8")),), len(written), left_out)
