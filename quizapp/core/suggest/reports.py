"""Reading reports from disk and finding when they were published.

A plain-text report has no metadata, so the publication time is read from a date line near
the top, leniently: "November 14th 2015", "Nov 14 2015, 4:20am", "Tuesday 12 March 2024,
9.15pm", "Updated 14 June 2023 at 19:30", "2015-11-14T04:20". A line counts when it is short
(at most 14 words) and among the first ten lines. Times without am/pm are read on the 24-hour
clock; time zones are ignored (the times are compared as written). A date without a time is
taken as the start of that day. Numeric dates such as 04/09/2024 are not read (day and month
order differ between countries).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime
from pathlib import Path

from quizapp.core.suggest.model import Report, SuggestError
from quizapp.core.text import Catalogue

MESSAGES = Catalogue("suggest.reports")  # quizapp/core/messages/suggest.reports.toml
_MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH = (
    r"(?P<month>January|February|March|April|May|June|July|August|September|October|November"
    r"|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_DATE_PATTERNS = (
    re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b"),
    re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month_number>\d\d)-(?P<day>\d\d)\b"),
)
_TIME = re.compile(
    r"(?<![\d.:])(?P<hour>\d{1,2})(?:[:.](?P<minute>\d\d))?\s*"
    r"(?P<meridiem>a\.?m\.?|p\.?m\.?)?(?![\d])",
    re.IGNORECASE,
)
MAX_DATE_LINE_WORDS = 14
DATE_LINES_SEARCHED = 10


def _time_of(line: str, date_span: tuple[int, int]) -> tuple[int, int] | None:
    """Hour and minute written on the line outside the date itself, if any."""
    for match in _TIME.finditer(line):
        if date_span[0] <= match.start() < date_span[1]:
            continue
        hour = int(match.group("hour"))
        minute = int(match.group("minute") or 0)
        meridiem = (match.group("meridiem") or "").lower().replace(".", "")
        if not match.group("minute") and not meridiem:
            continue  # a bare number is not a time
        if meridiem == "pm" and hour < 12:
            hour += 12
        elif meridiem == "am" and hour == 12:
            hour = 0
        if hour < 24 and minute < 60:
            return hour, minute
    return None


def written_years(text: str) -> list[int]:
    """The years of the full dates written anywhere in ``text`` ("August 25, 2016", "14 June
    2023", "2016-08-25"): a live page's update lines date an undated report."""
    years = [int(m.group("year")) for pattern in _DATE_PATTERNS for m in pattern.finditer(text)]
    return years + [int(m.group(1)) for m in re.finditer(r"\b((?:19|20)\d\d)-\d\d-\d\d\b", text)]


def parse_published(text: str) -> datetime | None:
    """The publication time given on a date line near the top of ``text``, or None."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for line in lines[:DATE_LINES_SEARCHED]:
        if len(line.split()) > MAX_DATE_LINE_WORDS:
            continue
        iso = re.search(r"\b(?:19|20)\d\d-\d\d-\d\d(?:[T ]\d\d:\d\d(?::\d\d)?)?", line)
        if iso:
            try:
                return datetime.fromisoformat(iso.group().replace(" ", "T")).replace(tzinfo=None)
            except ValueError:
                pass
        for pattern in _DATE_PATTERNS:
            match = pattern.search(line)
            if not match:
                continue
            month = _MONTHS[match.group("month")[:3].lower()]
            try:
                day = int(match.group("day"))
                moment = datetime(int(match.group("year")), month, day)
            except ValueError:
                continue
            time = _time_of(line, match.span())
            if time:
                moment = moment.replace(hour=time[0], minute=time[1])
            return moment
    return None


def read_report(path: str | Path) -> Report:
    """One report from a UTF-8 text file; ``SuggestError`` names the path on failure."""
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as error:
        raise SuggestError(name, MESSAGES.NO_FILE()) from error
    except IsADirectoryError as error:
        raise SuggestError(name, MESSAGES.DIRECTORY()) from error
    except OSError as error:
        raise SuggestError(
            name, MESSAGES.CANNOT_READ(error=error.strerror or str(error))
        ) from error
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise SuggestError(name, MESSAGES.NOT_UTF8(byte=str(error.start))) from error
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return Report(path=name, text=text, published=parse_published(text))


def load_reports(paths: Iterable[str | Path]) -> list[Report]:
    """Read every path as a report, in order; the first unreadable one raises ``SuggestError``."""
    return [read_report(path) for path in paths]
