"""H5P "Mark the Words" export of highlight questions (.h5p files).

A .h5p file is a zip with ``h5p.json`` (title, language, main library and its version) and
``content/content.json`` (the task, following the library's ``semantics.json``). The
library itself is not packed: H5P hosts (Moodle, WordPress, Drupal, Lumi) install
H5P.MarkTheWords from the H5P Hub and use the installed copy.

Mark the Words knows single words only: the text is split at white space and a word written
``*like this*`` is one to mark. So a key phrase becomes one marked word per word
(``*at* *least* *140* *people*``), and the rules differ from ours:

- each right word is a point and each wrong word costs one (ours: a phrase is a point when
  half its words are marked, a run of wrong words costs the question's stray penalty);
- a phrase of four words is worth four points, not one;
- there is no blanket rule and no strict mode.

Words right next to punctuation keep it outside the asterisks (``*dead*,``), as the library
expects; a literal asterisk is written ``**``.
"""

from __future__ import annotations

import html
import json
import re
import zipfile
from io import BytesIO
from typing import Any

from quizapp.core.interchange import ExportResult, LeftOut
from quizapp.core.model import PARAGRAPH_SEPARATOR, Question, QuestionSet
from quizapp.core.scoring import words
from quizapp.core.text import Catalogue

MESSAGES = Catalogue("interchange.h5p")  # quizapp/core/messages/interchange.h5p.toml

__all__ = ["LIBRARY", "content_json", "export_h5p", "h5p_file", "marked_text"]

LIBRARY = {"machineName": "H5P.MarkTheWords", "majorVersion": 1, "minorVersion": 11}
# What the library strips from either end of a white-space separated word.
_PREFIX = re.compile(r"^[\[\({⟨¿¡“\"«„]+")
_SUFFIX = re.compile(r"[\",….:;?!\]\)}⟩»”]+$")
_TOKEN = re.compile(r"\S+")


def _marked_paragraph(
    text: str, start: int, end: int, key_words: set[int], table: list[tuple[int, int]]
) -> tuple[str, int]:
    out: list[str] = []
    marked = 0
    for match in _TOKEN.finditer(text, start, end):
        token = match.group()
        prefix = _PREFIX.match(token)
        suffix = _SUFFIX.search(token)
        core_start = prefix.end() if prefix else 0
        core_end = suffix.start() if suffix and suffix.start() > core_start else len(token)
        core = token[core_start:core_end]
        first, last = match.start() + core_start, match.start() + core_end
        is_key = any(table[i][0] < last and table[i][1] > first for i in key_words)
        escaped = html.escape(core.replace("*", "**"), quote=False)
        if is_key and core and "*" not in core:
            escaped = f"*{escaped}*"
            marked += 1
        out.append(
            html.escape(token[:core_start], quote=False)
            + escaped
            + html.escape(token[core_end:], quote=False)
        )
    return " ".join(out), marked


def marked_text(question: Question) -> tuple[str, int]:
    """The excerpts as Mark the Words' ``textField`` HTML, and how many words are marked."""
    paragraphs: list[str] = []
    total = 0
    key = question.key_spans()
    for index, excerpt in enumerate(question.excerpts):
        table = words(excerpt.text)
        key_words = {
            n
            for i, span in key
            if i == index
            for n, (start, end) in enumerate(table)
            if start < span.end and end > span.start
        }
        offset = 0
        for text in excerpt.text.split(PARAGRAPH_SEPARATOR):
            line, marked = _marked_paragraph(
                excerpt.text, offset, offset + len(text), key_words, table
            )
            paragraphs.append(f"<p>{line}</p>")
            total += marked
            offset += len(text) + len(PARAGRAPH_SEPARATOR)
    return "\n".join(paragraphs), total


def content_json(question: Question) -> dict[str, Any]:
    """``content/content.json`` for one highlight question."""
    text, _ = marked_text(question)
    description = f"<p>{html.escape(question.prompt, quote=False)}</p>"
    sources = " · ".join(
        html.escape(e.outlet or e.article_id, quote=False)
        + (f" — {html.escape(e.headline, quote=False)}" if e.headline else "")
        for e in question.excerpts
    )
    if sources:
        description += f"<p><em>{sources}</em></p>"
    feedback = question.explanation or ""
    return {
        "media": {"disableImageZooming": False},
        "taskDescription": description,
        "textField": text,
        "overallFeedback": [{"from": 0, "to": 100, "feedback": html.escape(feedback, quote=False)}],
        "checkAnswerButton": "Check",
        "submitAnswerButton": "Submit",
        "tryAgainButton": "Retry",
        "showSolutionButton": "Show solution",
        "behaviour": {
            "enableRetry": True,
            "enableSolutionsButton": True,
            "enableCheckButton": True,
            "showScorePoints": True,
        },
        "correctAnswer": "Correct!",
        "incorrectAnswer": "Incorrect!",
        "missedAnswer": "Answer not found!",
        "displaySolutionDescription": "Task is updated to contain the solution.",
        "scoreBarLabel": "You got :num out of :total points",
        "a11yFullTextLabel": "Full readable text",
        "a11yClickableTextLabel": "Full text where words can be marked",
        "a11ySolutionModeHeader": "Solution mode",
        "a11yCheckingHeader": "Checking mode",
        "a11yCheck": "Check the answers. The responses will be marked as correct, incorrect,"
        " or unanswered.",
        "a11yShowSolution": "Show the solution. The task will be marked with its correct solution.",
        "a11yRetry": "Retry the task. Reset all responses and start the task over again.",
    }


def h5p_file(question: Question, question_set: QuestionSet) -> bytes:
    """One highlight question as a .h5p file."""
    title = f"{question_set.title}: {question.id}"
    manifest = {
        "title": title,
        "language": question_set.language or "und",
        "mainLibrary": LIBRARY["machineName"],
        "embedTypes": ["iframe"],
        "license": "U",
        "defaultLanguage": question_set.language or "en",
        "preloadedDependencies": [dict(LIBRARY)],
    }
    buffer = BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("h5p.json", json.dumps(manifest, ensure_ascii=False, indent=2))
        archive.writestr(
            "content/content.json",
            json.dumps(content_json(question), ensure_ascii=False, indent=2),
        )
    return buffer.getvalue()


def export_h5p(question_set: QuestionSet) -> ExportResult:
    """Every highlight question as a .h5p file: one file for one question, otherwise one
    per question (named after it)."""
    left_out: list[LeftOut] = []
    chosen: list[Question] = []
    for question in question_set.questions:
        if question.type != "highlight":
            left_out.append(
                LeftOut(
                    question.id,
                    MESSAGES.HIGHLIGHT_ONLY(type=question.type),
                )
            )
        elif marked_text(question)[1] == 0:
            left_out.append(LeftOut(question.id, MESSAGES.NO_WORDS()))
        else:
            chosen.append(question)
    single = len(chosen) == 1
    files = tuple(
        ("" if single else question.id, h5p_file(question, question_set)) for question in chosen
    )
    return ExportResult(files, len(chosen), tuple(left_out))
