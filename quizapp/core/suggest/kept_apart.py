"""Why the grouping kept two events of a related kind apart, in plain words (Qt-free).

A batch may hold two bombings in one city, two quakes in one country: the grouping keeps
them apart by what the reports themselves write (events.py: the places each names, the
weekday of each one's event verb, the site its lead gives, magnitudes, written days, an
earlier event one recalls). A teacher checking the grouping needs the fact that decided it,
told from one event's side: "names Kunar; the other names Paktika", "on Friday; the other
on Sunday". Each reason here is a ``Text`` (core/text.py) a window shows in its language;
the French is in assets/translations/quizapp_fr.ts. Places and names stay as the reports
spell them.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.suggest.reasons import written_day
from quizapp.core.suggest.recalls import Day
from quizapp.core.text import Catalogue, Text

MESSAGES = Catalogue("suggest.kept_apart")  # quizapp/core/messages/suggest.kept_apart.toml


@dataclass(frozen=True)
class KeptApart:
    """Another event (its index) this one was kept apart from, and the reason that decided it
    (from this event's side: "names Kunar; the other names Paktika")."""

    event: int
    reason: str


def places(mine: str, theirs: str) -> Text:
    """Each names as a place a name the other never writes."""
    return MESSAGES.PLACES(mine=mine, theirs=theirs)


def sites(mine: str, theirs: str) -> Text:
    """Each lead places its event at a site the other never writes."""
    return MESSAGES.SITES(mine=mine, theirs=theirs)


def focus(mine: str, theirs: str) -> Text:
    """Each is about a name (the one it repeats most) the other never writes."""
    return MESSAGES.FOCUS(mine=mine, theirs=theirs)


def weekdays(mine: int, theirs: int) -> Text:
    """The weekdays (0 = Monday) the two events' verbs are given."""
    return MESSAGES.WEEKDAYS(mine=_weekday(mine), theirs=_weekday(theirs))


def nights(mine: int, theirs: int) -> Text:
    """The weekdays (0 = Monday) of the evenings before the two events' nights."""
    return MESSAGES.NIGHTS(mine=_weekday(mine), theirs=_weekday(theirs))


def magnitudes(mine: float, theirs: float) -> Text:
    """The magnitudes the two quakes are given, more than a revision apart."""
    return MESSAGES.MAGNITUDES(mine=mine, theirs=theirs)


def days(mine: Day, theirs: Day) -> Text:
    """Days the two write as their own, weeks apart."""
    return MESSAGES.DAYS(mine=written_day(*mine), theirs=written_day(*theirs))


def recalled(by_this: bool) -> Text:
    """One tells as its own the earlier event the other recalls; ``by_this``: this one is
    the one recalling it."""
    return MESSAGES.TOLD_BY_OTHER() if by_this else MESSAGES.RECALLED_BY_OTHER()


def recalled_year(year: int, by_this: bool) -> Text:
    """One is dated in a year the other names as that of an earlier event of their kind;
    ``by_this``: this one names the year."""
    phrase = MESSAGES.YEAR_RECALLED if by_this else MESSAGES.IN_RECALLED_YEAR
    return phrase(year=str(year))


def _weekday(number: int) -> Text:
    return (
        MESSAGES.MONDAY,
        MESSAGES.TUESDAY,
        MESSAGES.WEDNESDAY,
        MESSAGES.THURSDAY,
        MESSAGES.FRIDAY,
        MESSAGES.SATURDAY,
        MESSAGES.SUNDAY,
    )[number]()
