"""Time as quizapp reads it: a function returning an aware ``datetime`` in UTC.

Sessions, practice and the main window take a clock as a parameter so tests can move time.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)
