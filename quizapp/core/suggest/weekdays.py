"""The weekday a report gives its event's own verb (Qt-free).

A report tells when its event happened by the verb that tells the event: "gunmen stormed
the hotel on Friday evening", "suicide attackers struck a hotel early Sunday", "a bomb
exploded on Monday", "l'attaque survenue samedi". Other weekdays in a report are often of
later developments ("the toll rose on Tuesday", "the siege ended Sunday morning"), so only
the event verb's is read. ``event_weekdays(text, spans)`` gives those weekdays (0 = Monday)
outside ``spans`` (passages telling an earlier event). The night an event happened is told
by its two days ("dans la nuit de mercredi à jeudi", "overnight from Friday into Saturday")
for any kind of event; ``event_nights(text, spans)`` gives the weekdays of those evenings.
"""

from __future__ import annotations

import re

_DAYS_EN = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_DAYS_FR = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
_DAY_NUMBER = {day: n for days in (_DAYS_EN, _DAYS_FR) for n, day in enumerate(days)}
WEEKDAYS = "|".join(_DAYS_EN + _DAYS_FR)  # the English and French weekday names, one alternation
# the verbs that tell an attack, a blast, a quake, a crash or a fire happening
_EVENT_VERB = (
    r"struck|stormed|attacked|exploded|detonated|blew\s+up|rocked|ripped\s+through|tore"
    r"\s+through|opened\s+fire|collided|derailed|collapsed|broke\s+out|hit|jolted|shook"
    r"|a\s+frappé|ont\s+attaqué|a\s+explosé|a\s+été\s+attaqué[es]*|survenue?s?|s'est\s+produite?"
    r"|s'est\s+effondré[es]*|ont\s+fait\s+irruption"
)
# the verb, then within its clause ("a hotel in the capital") and before another verb (not
# "hit the coast, officials said on Tuesday", "the house from which a woman was rescued on
# Thursday"), the weekday
_OTHER_VERB = r"said|says|told|was|were|is|are|has|have|had|rose|\w+ed|ont|est|sont|été"
_TOLD = re.compile(
    rf"\b(?:{_EVENT_VERB})\b(?:(?!\b(?:{_OTHER_VERB})\b)[^.;:!?]){{0,70}}?\b(?P<day>{WEEKDAYS})\b",
    re.IGNORECASE,
)


def event_weekdays(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The weekdays ``text`` gives its event's verb, outside ``spans``."""
    days = set()
    for match in _TOLD.finditer(text):
        if any(start <= match.start() < end for start, end in spans):
            continue
        days.add(_DAY_NUMBER[match.group("day").lower()])
    return frozenset(days)


# the night an event happened, told by its two days: "dans la nuit de mercredi à jeudi", "la
# nuit du samedi 7 au dimanche 8 janvier", "the night of Sunday to Monday", "overnight from
# Friday into Saturday": the weekday of its evening
_NIGHT = re.compile(
    rf"\b(?:nuit\s+(?:de|du)|night\s+of|overnight(?:\s+from)?)\s+(?P<day>{WEEKDAYS})\b"
    rf"(?:\s+\d{{1,2}}(?:er)?)?\s+(?:à|au|to|into)\s+(?:{WEEKDAYS})\b",
    re.IGNORECASE,
)


def event_nights(text: str, spans: list[tuple[int, int]]) -> frozenset[int]:
    """The weekdays of the evenings before the nights ``text`` tells its event in, outside
    ``spans``. Of any kind of event: a flood's or a crash's night is its own time, where a
    lasting event's weekdays are often of later developments."""
    days = set()
    for match in _NIGHT.finditer(text):
        if not any(start <= match.start() < end for start, end in spans):
            days.add(_DAY_NUMBER[match.group("day").lower()])
    return frozenset(days)


def days_apart(a: frozenset[int], b: frozenset[int]) -> bool:
    """No weekday of one is within a day of one of the other (a night across midnight, a
    time zone: Thursday night and Friday are one event)."""
    return bool(a and b) and all(min((x - y) % 7, (y - x) % 7) > 1 for x in a for y in b)
