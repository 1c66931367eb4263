"""Value types of the authoring assistant: suggestions, intervals, reports and conflicts."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import datetime

from quizapp.core.errors import CodedError, ErrorCode
from quizapp.core.text import Catalogue

MESSAGES = Catalogue("suggest.model")  # quizapp/core/messages/suggest.model.toml
LABELS: tuple[str, ...] = ("figure", "speculation", "unconfirmed")
INFINITY = math.inf


class SuggestError(CodedError):
    """A report could not be read; ``path`` names it and ``message`` says why."""

    code = ErrorCode.SUGGEST_FAILED

    def __init__(self, path: str, message: str) -> None:
        super().__init__(MESSAGES.AT(path=path, message=message))
        self.path = path
        self.message = message


def format_number(value: float) -> str:
    """``140`` for whole numbers, ``4.2`` otherwise, ``∞`` for infinity; no separators."""
    if math.isinf(value):
        return "∞"
    if float(value).is_integer():
        return str(int(value))
    return f"{value:.6g}"


@dataclass(frozen=True)
class Interval:
    """The values a figure allows: ``[low, high]``, either end possibly open."""

    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    @classmethod
    def exact(cls, value: float) -> Interval:
        return cls(value, value)

    def overlaps(self, other: Interval) -> bool:
        """True when some value lies in both intervals."""
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low:
            return not (self.high_open or other.low_open)
        if other.high == self.low:
            return not (other.high_open or self.low_open)
        return True

    @property
    def is_exact(self) -> bool:
        return self.low == self.high and not (self.low_open or self.high_open)

    def __str__(self) -> str:
        if self.is_exact:
            return f"[{format_number(self.low)}]"
        opening = "(" if self.low_open else "["
        closing = ")" if self.high_open or math.isinf(self.high) else "]"
        return f"{opening}{format_number(self.low)}, {format_number(self.high)}{closing}"


@dataclass(frozen=True)
class Suggestion:
    """A proposed span: ``text[start:end]`` should carry ``label``, for ``reason``.

    Figures also carry the ``quantity`` they count, the ``interval`` of values they allow,
    a ``scope`` when they are about something narrower or other than the report's main event
    (a venue, an earlier year), and ``part`` when they are a sub-total of another figure.
    """

    start: int
    end: int
    text: str
    label: str
    reason: str
    quantity: str | None = None
    interval: Interval | None = None
    scope: str | None = None
    part: bool = False
    description: str | None = None  # the figure as a reader would say it: "at least 140"
    # "58 workers" with nothing said of what happened to them: the same word counts different
    # groups (those safe, those at work), so such a figure is not compared across reports
    who_only: bool = False


@dataclass(frozen=True)
class Report:
    """One plain-text news report; ``published`` is None when the file gives no date."""

    path: str
    text: str
    published: datetime | None = None


@dataclass(frozen=True)
class Conflict:
    """A verdict on two figures of one quantity from two different reports."""

    quantity: str
    verdict: str  # "conflict" | "compatible" | "update" (a growing count that rose over time)
    reason: str
    a: Suggestion
    b: Suggestion
    a_path: str
    b_path: str
    event: int = 0  # the index of the event group both reports belong to
