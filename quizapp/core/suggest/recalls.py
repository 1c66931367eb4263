"""The passages of a report that tell an earlier event, not its own (Qt-free).

Reporters give background: "In October 2017, a large truck filled with explosives was
detonated near the Safari Hotel in Mogadishu. At least 587 people were killed." or "the
deadliest since the 2017 bombing at the Safari Hotel". The names in such passages are the
earlier event's, so they say nothing about which event the report itself describes; and when
the earlier event is of the report's own kind in the report's own place ("two events of one
kind in one place, years apart"), a report of a batch that tells the earlier event as its own
is a report of that event, not of this one.

``recalled_spans(text)`` gives the character ranges of those passages: a sentence opened by a
past date ("In October 2017,", "And on August 17, 1999,", "Back in 2004,", "Two years ago,",
"Ten years before ...,", "In January,"; not a headline or lead opened by a full day, "On
January 29, 2025,") and the sentences after it in its paragraph until one comes back to the
present (a weekday, "today", "now", "this year") or writes another year (a passage opened
without its year takes the first it writes: "It's October 2, 2013 when ..."); the phrase after
a comparison with an earlier event ("the worst since ...", "three years after ...",
"recalls ...", "similar to the one ..."); and a sentence dated only by yearless days of a
month a passage recalls with its year ("back in September 2016" ... "on September 16").
"""

from __future__ import annotations

import re

from quizapp.core.suggest.document import _sentence_bounds

_WEEKDAYS = r"Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
# a sentence opened by a past date: "In October 2017, ...", "Back in 2004, ...", "On 14
# October 2017, ...", "Two years ago, ...", "Last year, ..."
_OPENING_DATE = re.compile(
    # after a conjunction too: "And on August 17, 1999, a very strong earthquake hit ..."
    r"\s*[\"“]?(?:(?:And|But|Et|Mais)\s+)?"
    r"(?:(?:In|By|During|Back\s+in|On|in|on)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b"
    # "Two years ago,", "Just ten years before Cutro,", "Some 20 years earlier,"
    r"|(?:(?:[A-Z][a-z]+\s+)?(?:[a-z]+|\d+)|[A-Z][a-z]+)\s+(?:years?|decades?)"
    r"\s+(?:ago|before|earlier)\b|Last\s+year\b"
    # a later step of a history, dated by its year: "Nearly 13 years later, on July 20, 2012,"
    r"|(?:[A-Z][a-z]+\s+)?(?:[a-z]+|\d+)\s+(?:years?|decades?)\s+later,\s+(?:on|in)\s+"
    r"(?:[A-Z][a-z]+\.?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d\b"
    # "A week ago, Taliban militants killed 22 people in a luxury Kabul hotel", "A week
    # earlier, on July 29, another magnitude-6.4 earthquake hit Lombok"
    r"|(?:A|One|Two|Three|Four|\d+)\s+(?:weeks?|months?)\s+(?:ago|earlier|before)\b"
    # a month without its day, before a comma: "In January, a stampede at the festival
    # killed 30" (a report's own event is dated by its day or weekday)
    r"|In\s+(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December),)"
)
# a sentence that comes back to the report's own event
_PRESENT = re.compile(
    rf"\b(?:today|tonight|now|yesterday|this\s+(?:morning|afternoon|evening|week|year|time)"
    rf"|latest|{_WEEKDAYS})\b",
    re.IGNORECASE,
)
# the phrase naming an earlier event after a comparison with it: "the deadliest attack since
# the 2017 bombing of ...", "two years after the Safari Hotel bombing", "recalls the 1993 ..."
_COMPARED = re.compile(
    r"\b(?:(?:worst|deadliest|biggest|largest|most\s+\w+)\s+(?:[\w'’-]+\s+){0,5}?since"
    r"|(?:years?|decades?|months?)\s+(?:after|since)"
    # "a week after another temblor killed at least 16 people", "just a week after the deadly
    # attack at the Intercontinental Hotel", "comes a week after an assault on the hotel"
    r"|(?:days?|weeks?)\s+after(?=\s+(?:another|an?\s+(?:earlier|previous)|the\s+deadly"
    r"|an?\s+(?:[\w-]+\s+){0,2}?(?:attack|assault|bombing|blast|quake|earthquake|fire)\s+(?:at|on|in)\b))"
    r"|recall(?:s|ed|ing)|reminiscent\s+of|echo(?:es|ed|ing)|brings?\s+(?:back\s+)?to\s+mind"
    # "similar to the one in Baramulla's Uri region back in September 2016"
    r"|(?:similar\s+to|like)(?=\s+the\s+one\b)"
    # "the stabbing spree which revived memories of a three-man attack on London Bridge two
    # years ago that killed eight", "brought back memories of the 2017 attack"
    r"|(?:revived?|revives|reviving|brought\s+back|brings?\s+back|stirred)\s+memories\s+of)"
    # up to the clause's end (what follows may be this event), past a decimal point: "since
    # 2016, when a 7.3 magnitude one struck in Kumamoto"
    r"\s+(?P<phrase>(?:[^.,;:!?—]|(?<=\d)[.,](?=\d))+"
    # and the clause that tells it: "since March 2018, when a flight from Arlo crashed on
    # landing in Vesk, killing 51"
    r"(?:,\s+(?:when|where|in\s+which)\b(?:[^.;:!?—]|(?<=\d)[.,](?=\d))+)?)",
    re.IGNORECASE,
)
YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# the headline or the lead that opens on the full day of the report's own event: "On
# January 29, 2025, at the festival in Varo, a crowd crush killed 38" (background is dated
# by its month or year: "In October 2017,")
_OWN_DAY = re.compile(
    r"\s*On\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]+|[A-Z][a-z]+\.?\s+\d{1,2}"
    r"(?:st|nd|rd|th)?),?\s+(?:19|20)\d\d\b"
)
OWN_SENTENCES = 2
# a full date told by a "when" clause: "The epidemic began on April 20, 1999,
# when twelve students were killed": an earlier event's day
_DATED_WHEN = re.compile(
    r"\bon\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}\s+[A-Z][a-z]+),?\s+"
    r"(?:19|20)\d\d,\s+when\b"
)


def recalled_spans(text: str) -> list[tuple[int, int]]:
    """The ranges of ``text`` that tell an earlier event (see the module's docstring)."""
    spans: list[tuple[int, int]] = []
    paragraph_end = -1
    recalling = False
    years: set[str] = set()  # the years the background is dated by
    sentences = _sentence_bounds(text)
    for index, (start, end) in enumerate(sentences):
        if start > paragraph_end:  # a new paragraph: the background stops
            recalling = False
            newline = text.find("\n", start)
            paragraph_end = len(text) if newline < 0 else newline
        written = set(YEAR.findall(text, start, end))
        if (_OPENING_DATE.match(text, start, end) or _DATED_WHEN.search(text, start, end)) and not (
            index < OWN_SENTENCES and _OWN_DAY.match(text, start, end)
        ):
            recalling, years = True, written
        elif recalling and (_PRESENT.search(text, start, end) or written - years):
            if years or _PRESENT.search(text, start, end):
                recalling = False  # the present, or another year, takes over
            else:  # "Ten years before, ... It's October 2, 2013 when ...": its own year
                years = written
        if recalling:
            spans.append((start, end))
            continue
        for compared in _COMPARED.finditer(text, start, end):
            phrase = compared.group("phrase")
            if re.match(rf"\s*(?:{_WEEKDAYS}|then|records)\b", phrase):
                continue  # "since Saturday", "since then", "since records began": no event
            spans.append((compared.start("phrase"), compared.end("phrase")))
    return spans + _in_a_recalled_month(text, sentences, spans)


# a month with its year: "back in September 2016", "in August 1999", "le 4 janvier 2018"
_MONTH_YEAR = re.compile(
    r"\b(?P<month>[A-Za-zéû]+)\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:19|20)\d\d\b"
)


def _in_a_recalled_month(
    text: str, sentences: list[tuple[int, int]], spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """The sentences that write only days without their year, each of a month a passage
    recalls with its year ("the one in Uri back in September 2016" ... "the attack at 5.30 am
    on September 16"): the recalled event's days, not the report's own."""
    months = {
        month
        for start, end in spans
        for match in _MONTH_YEAR.finditer(text, start, end)
        if (month := _month_of(match.group("month"))) is not None
    }
    if not months:
        return []
    found = []
    for start, end in sentences:
        if inside(start, spans):
            continue
        days = _days_in(text[start:end])
        if days and all(day[2] is None and day[0] in months for day in days):
            found.append((start, end))
    return found


def inside(position: int, spans: list[tuple[int, int]]) -> bool:
    """True when ``position`` falls in one of ``spans``."""
    return any(start <= position < end for start, end in spans)


# a quake's magnitude: "a magnitude 6.9 earthquake", "the 6.4-magnitude quake", "The
# magnitude-7 tremor"
_MAGNITUDE = re.compile(
    r"\bmagnitude[- ](?:of\s+)?(?P<after>\d(?:\.\d)?)\b|\b(?P<before>\d\.\d)[- ]magnitude\b",
    re.IGNORECASE,
)


_AFTERSHOCK = re.compile(r"\baftershocks?\b", re.IGNORECASE)
# the magnitude of the quake its noun names: "since Saturday morning's 7.1 magnitude
# earthquake" is the main quake's, even in a sentence about its aftershocks
_QUAKE_NOUN = re.compile(r"[\s-]*(?:earthquake|quake|tremor|temblor|séisme)\b", re.IGNORECASE)


def magnitudes(
    text: str, spans: list[tuple[int, int]]
) -> tuple[frozenset[float], frozenset[float]]:
    """The magnitudes ``text`` gives its own quakes (outside ``spans``: the main one, a later
    one "also" felt) and those it gives inside them (the earlier quakes it recalls)."""
    own: set[float] = set()
    recalled: set[float] = set()
    for match in _MAGNITUDE.finditer(text):
        if not _QUAKE_NOUN.match(text, match.end()) and _AFTERSHOCK.search(
            text, _sentence_start(text, match.start()), match.end() + 30
        ):
            # "a magnitude 6.2 aftershock", "Aftershocks continue to occur in the area with
            # magnitude 3 to 5": not the quake's own magnitude
            continue
        value = float(match.group("after") or match.group("before"))
        (recalled if inside(match.start(), spans) else own).add(value)
    return frozenset(own), frozenset(recalled)


# the days a report writes ("October 10, 2015", "Oct. 12", "14 March 2016", "lundi 5
# novembre", "le 1er avril"): English months capitalised, French ones after their day
_EN_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)
_FR_MONTH = (
    r"(?:janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre"
    r"|novembre|décembre|decembre)"
)
_YEAR_AFTER = r"(?:,?\s+(?P<year>(?:19|20)\d\d))?"
_WRITTEN_DAYS = (
    re.compile(rf"\b(?P<month>{_EN_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b{_YEAR_AFTER}"),
    re.compile(
        rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er)?\s+(?:of\s+)?(?P<month>{_EN_MONTH}|{_FR_MONTH})"
        rf"\b{_YEAR_AFTER}"
    ),
)
_MONTH_NUMBER = {
    "jan": 1, "feb": 2, "fév": 2, "fev": 2, "mar": 3, "apr": 4, "avr": 4, "may": 5, "mai": 5,
    "jun": 6, "jui": 7, "jul": 7, "aug": 8, "aoû": 8, "aou": 8, "sep": 9, "oct": 10, "nov": 11,
    "dec": 12, "déc": 12,
}  # fmt: skip
# an earlier event named by its day: "the Sept. 11 attacks", "the July 7 bombings"
_NAMED_BY_DAY = re.compile(
    r"\s+(?:terror\s+)?(?:attacks?|bombings?|massacre|attentats?)\b", re.IGNORECASE
)

Day = tuple[int, int, int | None]  # month, day, year if written
# a place named after a day is no date: "le stade du 28 septembre", "boulevard du 30 juin",
# "la place du 14 juillet" (the noun, "du", the day: a date is "le 3 avril", "du 3 au 5")
_PLACE_NAMED_BY_DAY = re.compile(
    r"\b(?:stades?|rues?|places?|avenues?|boulevards?|bd|ponts?|carrefours?|quartiers?|"
    r"lycées?|collèges?|écoles?|camps?|cités?|rond-points?|aéroports?|hôpitals?|hôpitaux)"
    r"\s+du\s+$",
    re.IGNORECASE,
)
PLACE_NAME_WINDOW = 24
# a picture from the archive is dated when it was taken: "(File photo taken on March 3, 2014)",
# "FILE PHOTO: ... on June 1, 2019", "archive picture"
_FILE_PICTURE = re.compile(
    r"\b(?:file|archive|archival)\s+(?:photo|picture|image|footage)s?\b", re.IGNORECASE
)
FILE_PICTURE_WINDOW = 80


def _sentence_start(text: str, position: int) -> int:
    """Where the sentence holding ``position`` starts, at most ``FILE_PICTURE_WINDOW`` back."""
    start = max(0, position - FILE_PICTURE_WINDOW)
    ends = [m.end() for m in re.finditer(r"[.!?][)\"”’]*\s|\n", text[start:position])]
    return start + ends[-1] if ends else start


def written_days(text: str, spans: list[tuple[int, int]]) -> frozenset[Day]:
    """The days ``text`` writes outside ``spans`` (the passages telling an earlier event),
    outside an earlier event's name ("the Sept. 11 attacks") and outside the caption of an
    archive picture: when its event happened, when it was written."""
    days: set[Day] = set()
    for pattern in _WRITTEN_DAYS:
        for match in pattern.finditer(text):
            month = _month_of(match.group("month"))
            day = int(match.group("day"))
            if (
                month is None
                or not 1 <= day <= 31
                or inside(match.start(), spans)
                or _NAMED_BY_DAY.match(text, match.end())
                or _PLACE_NAMED_BY_DAY.search(
                    text[max(0, match.start() - PLACE_NAME_WINDOW) : match.start()]
                )
                or _FILE_PICTURE.search(text, _sentence_start(text, match.start()), match.start())
            ):
                continue
            year = match.group("year")
            days.add((month, day, int(year) if year else None))
    return frozenset(days)


def _month_of(name: str) -> int | None:
    """The month an English or French month name (or its abbreviation) writes."""
    name = name.lower()
    return 6 if name.startswith("juin") else _MONTH_NUMBER.get(name[:3])


def _days_in(text: str) -> list[Day]:
    """Every day ``text`` writes, with its year when written."""
    days = []
    for pattern in _WRITTEN_DAYS:
        for match in pattern.finditer(text):
            month = _month_of(match.group("month"))
            if month is not None and 1 <= int(match.group("day")) <= 31:
                year = match.group("year")
                days.append((month, int(match.group("day")), int(year) if year else None))
    return days
