"""Formats that schools already use: QTI 3.0, Moodle XML, GIFT, H5P and xAPI.

Each format is its own module and reads only the model (``core/model.py``), the
markup and the scoring; none of them touches the bank or Qt.
"""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from quizapp.core.model import PARAGRAPH_SEPARATOR, Excerpt, Question
from quizapp.core.text import Catalogue, Phrase

EXPORT_FORMATS: tuple[str, ...] = ("yaml", "qti", "moodle", "gift", "h5p")
FILE_SUFFIXES = {"qti": ".zip", "moodle": ".xml", "gift": ".gift.txt", "h5p": ".h5p"}

# The grade fractions Moodle accepts (percent); anything else it rounds or refuses.
MOODLE_FRACTIONS = (
    100.0,
    90.0,
    83.33333,
    80.0,
    75.0,
    70.0,
    66.66667,
    60.0,
    50.0,
    40.0,
    33.33333,
    30.0,
    25.0,
    20.0,
    16.66667,
    14.28571,
    12.5,
    11.11111,
    10.0,
    5.0,
    0.0,
)


@dataclass(frozen=True)
class LeftOut:
    """A question an export could not express, and why (said to the teacher)."""

    question_id: str
    reason: str

    def __str__(self) -> str:
        return f"left out {self.question_id}: {self.reason}"


@dataclass(frozen=True)
class ExportResult:
    """What an export made: files (a name suffix, "" for the file asked for, and bytes),
    how many questions went in, and which were left out and why."""

    files: tuple[tuple[str, bytes], ...]
    written: int
    left_out: tuple[LeftOut, ...] = ()

    @property
    def data(self) -> bytes:
        """The one file's bytes (formats that write one file)."""
        return self.files[0][1]

    def paths(self, out: str | Path) -> list[tuple[Path, bytes]]:
        """Where each file goes when the teacher asked for ``out``: the file itself, or
        (several files) ``out``'s name with ``-SUFFIX`` before its extension."""
        target = Path(out)
        placed: list[tuple[Path, bytes]] = []
        for suffix, data in self.files:
            if not suffix:
                placed.append((target, data))
            else:
                placed.append((target.with_name(f"{target.stem}-{suffix}{target.suffix}"), data))
        return placed


# --- shared by the text formats ----------------------------------------------------------


def excerpt_html(excerpt: Excerpt) -> str:
    """An excerpt as HTML paragraphs under a line naming its source."""
    source = f"<strong>{html.escape(excerpt.outlet or excerpt.article_id, quote=False)}</strong>"
    if excerpt.headline:
        source += f" — {html.escape(excerpt.headline, quote=False)}"
    if excerpt.published:
        source += f" ({html.escape(excerpt.published, quote=False)})"
    paragraphs = "".join(
        f"<p>{html.escape(text, quote=False)}</p>"
        for text in excerpt.text.split(PARAGRAPH_SEPARATOR)
    )
    return f"<p>{source}</p>{paragraphs}"


def question_html(question: Question) -> str:
    """The excerpts, then the prompt in bold."""
    body = "".join(excerpt_html(excerpt) for excerpt in question.excerpts)
    return f"{body}<p><strong>{html.escape(question.prompt, quote=False)}</strong></p>"


def choice_fractions(count_right: int, correct: bool) -> float | None:
    """Moodle's percent for an option: 100/right for a right one, -100/right for a wrong one
    (so the sum, floored at 0, is ours); None when Moodle has no such fraction."""
    if count_right <= 0:
        return None
    value = 100.0 / count_right
    nearest = min(MOODLE_FRACTIONS, key=lambda allowed: abs(allowed - value))
    if abs(nearest - value) > 1e-4:
        return None
    return nearest if correct else -nearest


def percent_text(value: float) -> str:
    text = f"{value:.5f}".rstrip("0").rstrip(".")
    return "0" if text in ("", "-0") else text


MESSAGES = Catalogue("interchange")  # quizapp/core/messages/interchange.toml


_Written = TypeVar("_Written")


def choice_or_classify(
    question: Question,
    choice: Callable[[Question], _Written | LeftOut],
    classify: Callable[[Question], _Written | LeftOut],
    highlight_reason: Phrase | None = None,
) -> _Written | LeftOut:
    """``question`` in a format that has only choice and matching questions (Moodle,
    GIFT): ``choice`` or ``classify`` writes it; compare and highlight ones are left out
    (a highlight one for ``highlight_reason``, Moodle's by default)."""
    if question.type == "choice":
        return choice(question)
    if question.type == "classify":
        return classify(question)
    if question.type == "compare":
        return LeftOut(question.id, MESSAGES.COMPARE_REASON())
    return LeftOut(question.id, (highlight_reason or MESSAGES.HIGHLIGHT_REASON)())


def write_each(
    questions: Iterable[Question], write: Callable[[Question], _Written | LeftOut]
) -> tuple[list[_Written], tuple[LeftOut, ...]]:
    """Every question ``write`` could write, in order, and those it left out."""
    written: list[_Written] = []
    left_out: list[LeftOut] = []
    for question in questions:
        result = write(question)
        if isinstance(result, LeftOut):
            left_out.append(result)
        else:
            written.append(result)
    return written, tuple(left_out)
