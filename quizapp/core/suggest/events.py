"""Group reports given together by the event they describe (Qt-free).

A teacher often pastes reports of several events at once; figures are compared only between
reports of one event. Each report is reduced to the names it uses (capitalised words and
acronyms that are not sentence openers, weekdays, months, outlets or titles), its kind of
event (explosion, earthquake, shooting, fire, flood, storm, crash, attack, ...) and its
publication date. Two reports are alike when they share names, weighted by how rare each
name is in the batch (a name every report uses says nothing), and more alike when they tell
the same kind of event. Reports published more than ``MAX_DAYS_APART`` days apart are never
one event. Groups are built by average-link merging while the closest two groups are at
least ``THRESHOLD`` alike.

``group_events(reports)`` returns one ``EventGroup`` per event, in the order of their first
report; ``EventGroup.cues`` are the shared names that put its reports together (shown to the
teacher, who may correct the grouping: ``find_conflicts(..., events=[...])``).
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from difflib import SequenceMatcher

from quizapp.core.suggest import kept_apart
from quizapp.core.suggest.kept_apart import KeptApart
from quizapp.core.suggest.model import Report
from quizapp.core.suggest.places import place_phrase, placed_words
from quizapp.core.suggest.recalls import Day, inside, magnitudes, recalled_spans, written_days
from quizapp.core.suggest.sites import struck_sites
from quizapp.core.suggest.spellings import one_spelling
from quizapp.core.suggest.weekdays import days_apart, event_nights, event_weekdays

THRESHOLD = 0.2
MAX_DAYS_APART = 21
KIND_BONUS = 0.1
MIN_NAMES = 3
# a capital of any Latin script ("Élysée", "Zérékoré"), or an elided capital before one
# ("N’Zérékoré", "O'Hare", "D’Alembert"); an acronym joined to a name is one name
# ("US-Bangla Airlines")
_UPPER = "A-ZÀ-ÖØ-Þ"
_NAME = re.compile(
    rf"\b(?:[{_UPPER}](?:[a-zß-öø-ÿ]|['’][{_UPPER}])[\w'’-]*|[A-Z]{{2,}}[a-z]?(?:-[{_UPPER}][\w'’-]*)?)\b"
)
_SENTENCE_OPENER = re.compile(r"(?:^|[.!?:;\"“”—-]\s*|\n\s*)$")
_NOT_NAMES = frozenset(
    """a an the in on at of for to by from with and but or as if is it its he she they we i you
    this that these those there their his her our my your who what when where why how which
    after before while during since until then now today yesterday tonight earlier later
    meanwhile however also more most many some several all both each every other another
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december jan feb mar apr jun jul aug sep sept
    oct nov dec mr mrs ms dr prof sir lt col gen sgt st president minister ministry prime chief
    police officials official authorities government state national city county province
    district region department office agency service services center centre news press
    associated breaking live updated update posted published watch read share photo video
    image images file reuters ap afp cnn bbc xinhua ians pti ani efe dpa upi nbc cbs abc fox
    sky itv npr tass interfax kyodo ansa bloomberg guardian times post daily mail herald
    telegraph tribune journal sun express independent observer chronicle television tv radio
    according one two three four five six seven eight nine ten first second third last next
    north south east west northern southern eastern western central new old great greater
    upper lower saint san de la le el al los las du des der und""".split()
)
_KINDS = {
    # English words, then French ones ("attentat", "séisme", "incendie", "fusillade")
    "explosion": "explosion explosions blast blasts exploded explode explodes detonation"
    " detonated bomb bombs bombing blew"
    " explosé explosée bombe bombes kamikaze kamikazes",
    "quake": "earthquake earthquakes quake quakes tremor tremors aftershock aftershocks seismic"
    " magnitude epicenter epicentre temblor"
    " séisme séismes tremblement sismique épicentre répliques",
    "shooting": "shooting shootings shooter shooters gunman gunmen gunfire shot shots opened"
    " firearm rifle shotgun"
    " fusillade tireur tireurs",
    "fire": "fire fires blaze blazes flames ablaze burning firefighters wildfire wildfires"
    " incendie incendies flammes brûlé",
    "flood": "flood floods flooding flooded floodwaters rain rainfall torrential swollen river"
    " creek"
    " inondation inondations inondé inondés crue crues pluie pluies diluviennes torrentielle"
    " torrentielles",
    "storm": "storm storms hurricane typhoon cyclone tornado tornadoes winds gusts",
    "crash": "crash crashed collision derailed derailment plane train bus ferry capsized"
    " collisions déraillement avion autocar camion naufrage",
    # a strike from the air is an attack: "a missile strike on the station", "shelling"
    "attack": "attack attacks attacker attackers stabbing stabbed terror terrorist hostage"
    " missile missiles strike strikes airstrike airstrikes shelling"
    " attentat attentats attaque attaques assaillants terroriste terroristes otages",
    "outbreak": "outbreak cases infections virus infected vaccine vaccination epidemic",
    "protest": "protest protests protesters demonstrators march rally crowd",
    # a crowd crush: "the stampede at the footbridge", "crushed or trampled", "bousculade"
    "stampede": "stampede stampedes crush crushed trampled bousculade piétinés",
    # earth that slides: "a landslide buried the village", "glissement de terrain"
    "landslide": "landslide landslides mudslide mudslides avalanche glissement",
    # a building, bridge or flyover that falls: "the collapse of a high-rise building",
    # "crumbled on Monday", "l'effondrement d'un immeuble", "s'est effondré"
    "collapse": "collapse collapsed collapses collapsing crumbled caved rubble effondrement"
    " effondrements effondré effondrée effondrés effondrées effondre effondrent écroulé"
    " écroulée écroulés écroulement écroule écroulent décombres",
}
_KIND_OF = {word: kind for kind, words in _KINDS.items() for word in words.split()}
_WORD = re.compile(r"[^\W\d_]+")
_WORD_ANY = re.compile(r"[\w'’-]+")


@dataclass(frozen=True)
class EventGroup:
    """Reports of one event: ``reports`` are indices into the list given; ``cues`` the
    names they share (most telling first); ``kind`` the kind of event, if one stands out;
    ``apart`` the other events of a related kind it was kept apart from, each with the reason
    that decided it (see kept_apart.py)."""

    index: int
    reports: tuple[int, ...]
    cues: tuple[str, ...]
    kind: str | None
    apart: tuple[KeptApart, ...] = field(default=(), compare=False)

    @property
    def label(self) -> str:
        """A short name for the event: its first cues, else "Event N"."""
        if self.cues:
            return ", ".join(self.cues[:3])
        return f"Event {self.index + 1}"


@dataclass
class _Profile:
    names: Counter[str]  # lower-case key -> count
    spelled: dict[str, str]  # lower-case key -> the spelling seen first
    kind: str | None
    published: datetime | None
    regions: frozenset[str] = frozenset()  # names only written as the wider place
    recalled: frozenset[str] = frozenset()  # names in passages telling an earlier event
    recalled_kinds: frozenset[str] = frozenset()  # the kinds of event those passages tell
    recalled_here: bool = False  # a passage places the earlier event "in the city", "here"
    magnitudes: frozenset[float] = frozenset()  # the magnitudes given the report's own quakes
    recalled_magnitudes: frozenset[float] = frozenset()  # those of the quakes it recalls
    stems: frozenset[str] = frozenset()  # the first letters of every word it writes
    sites: frozenset[str] = frozenset()  # names its lead places the event at ("on Bailey Road")
    recalled_years: frozenset[int] = frozenset()  # "the 2010 earthquake": earlier ones of its kind
    days: frozenset[Day] = frozenset()  # the days it writes as its own, and its publication day
    language: str = "en"  # "fr" when French words outnumber English ones
    placed: frozenset[str] = frozenset()  # the stems of the names it writes as places, not recalls
    weekdays: frozenset[int] = frozenset()  # the weekdays its event's verb is given
    nights: frozenset[int] = frozenset()  # the evenings of the nights it tells its event in
    # the kinds of site its lead tells struck, each with its words ("the station": "train station")
    struck: dict[str, str] = field(default_factory=dict)

    @property
    def recalls_its_like(self) -> bool:
        """The report tells an earlier event of its own kind in a place it names as its own
        ("In October 2017, a truck bomb ... in Mogadishu" in a report of a Mogadishu truck
        bombing): names the two events share say nothing of which one another report is
        about."""
        return bool(
            self.kind and self.kind in self.recalled_kinds and self.recalled & set(self.names)
        )


# "Allen, Texas", "Jacksonville, Florida": the name after the comma is the wider region, which
# many events share; it tells events apart less than the place itself
_WIDER = re.compile(r"\b[A-Z][\w'’-]+,\s+([A-Z][a-z][\w'’-]+)(?=[,.;:)]|\s+[a-z]|$)")
REGION_WEIGHT = 0.3


# an earlier event placed where this one is: "an assault on the Intercontinental Hotel in the
# city", "the last such attack here"
_HERE = re.compile(r"\b(?:in|of)\s+the\s+(?:same\s+)?(?:city|capital|town|village)\b|\bhere\b")


# the lead: the headline and the first sentence after it, where a report says what happened
# and where (its own site: "a fire at a building on Bailey Road in the capital")
_LEAD_SENTENCE = re.compile(r"\n\s*\n.*?[.!?](?=\s|$)", re.S)
LEAD_CHARS = 600


def _lead_end(text: str) -> int:
    match = _LEAD_SENTENCE.search(text, 0, LEAD_CHARS + 200)
    return min(match.end() if match else LEAD_CHARS, LEAD_CHARS)


# a site the lead places its event at: a name after "in", "at", "on", "near", with the names
# that follow it ("in Old Dhaka's Chawkbazar", "on Bailey Road", "at Chawk Bazar"), kept by
# the first letters of each word so that spellings meet ("Chawkbazar", "Chawk Bazar")
_SITE = re.compile(r"\b(?:in|at|on|near)\s+((?:(?:the\s+)?[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*)")


def _lead_sites(text: str) -> frozenset[str]:
    """The stems of the names after a place preposition in the headline and lead sentence."""
    sites: set[str] = set()
    for match in _SITE.finditer(text, 0, _lead_end(text)):
        for word in re.split(r"\s+", match.group(1)):
            key = re.sub(r"['’]s?$", "", word.lower())
            if key not in _NOT_NAMES and len(key) >= 3:
                sites.add(_stem(key))
    return frozenset(sites)


# an earlier event of a kind named by its year: "We lived the 2010 earthquake", "the deadliest
# since the 2019 Chawkbazar fire" (up to two names between the year and the kind's noun)
_YEAR_EVENT = re.compile(r"\b(?:the|since)\s+((?:19|20)\d\d)\s+(?:[A-Z][\w'’-]*\s+){0,2}([a-z]+)")


def _recalled_years(text: str, kind: str | None, published: datetime | None) -> frozenset[int]:
    """The years of the earlier events of ``kind`` the report names by their year; not its own
    year ("the 2024 fire" in a report of 2024 may be its own)."""
    own = published.year if published else None
    return frozenset(
        int(match.group(1))
        for match in _YEAR_EVENT.finditer(text)
        if kind and _KIND_OF.get(match.group(2)) == kind and int(match.group(1)) != own
    )


_LINE = re.compile(r"[^\n]+")
TITLE_SHARE = 0.7


def _title_case_lines(text: str) -> list[tuple[int, int]]:
    """The lines written in title case, as headlines often are ("Odisha Train Crash Updates:
    Death Toll Rises, CBI Probe"): most of their words of four letters or more capitalised."""
    spans = []
    for line in _LINE.finditer(text):
        words = [w for w in _WORD.findall(line.group()) if len(w) >= 4]
        if len(words) >= 3 and sum(w[0].isupper() for w in words) >= TITLE_SHARE * len(words):
            spans.append(line.span())
    return spans


def _kind_counts(text: str) -> Counter[str]:
    kinds: Counter[str] = Counter()
    for word in _WORD.findall(text.lower()):
        kind = _KIND_OF.get(word)
        if kind:
            kinds[kind] += 1
    return kinds


def _name_key(word: str) -> str:
    """The key a name is counted by: lower case, without a possessive or an acronym's plural,
    without accents ("Préval" and "Preval", "Trèbes" and "Trebes" are one name)."""
    key = word.lower().rstrip("s") if word.isupper() else word.lower()
    key = re.sub(r"['’]s?$", "", key).replace("'", "").replace("’", "")  # "N’Zérékoré"
    plain = unicodedata.normalize("NFKD", key)
    return "".join(c for c in plain if not unicodedata.combining(c))


def _profile(report: Report) -> _Profile:
    text = report.text
    names: Counter[str] = Counter()
    spelled: dict[str, str] = {}
    recalls = recalled_spans(text)
    recalled: set[str] = set()
    titled = _title_case_lines(text)
    for match in _NAME.finditer(text):
        word = match.group()
        key = _name_key(word)
        if key in _NOT_NAMES or len(key) < 3:
            continue
        if (
            _SENTENCE_OPENER.search(text, max(0, match.start() - 3), match.start())
            or inside(match.start(), titled)
        ) and not word.isupper():
            # a capitalised sentence opener, or a word of a headline in title case ("Death
            # Toll Rises To 37"), counts only if the word is capitalised elsewhere
            rest = text[match.end() :]
            if not re.search(rf"(?<=[a-z,] ){re.escape(word)}\b", rest):
                continue
        if inside(match.start(), recalls):
            recalled.add(key)  # an earlier event's name, not this one's
            continue
        names[key] += 1
        spelled.setdefault(key, re.sub(r"['’]s?$", "", word))
    own = "".join(" " if inside(i, recalls) else c for i, c in enumerate(text)) if recalls else text
    kinds = _kind_counts(own)
    recalled_kinds = frozenset(
        kind for start, end in recalls for kind in _kind_counts(text[start:end])
    )
    kind = None
    if kinds:
        ranked = kinds.most_common(2) + [("", 0)]
        top, count = ranked[0]
        if count >= 2 and count > ranked[1][1]:
            kind = top
    wider = {_name_key(match.group(1)) for match in _WIDER.finditer(text)}
    regions = frozenset(name for name in wider if name in names)
    own_magnitudes, recalled_magnitudes = magnitudes(text, recalls)
    here = any(_HERE.search(text, start, end) for start, end in recalls)
    return _Profile(
        names,
        spelled,
        kind,
        report.published,
        regions,
        frozenset(recalled),
        recalled_kinds,
        here,
        own_magnitudes,
        recalled_magnitudes,
        _stems(own),
        _lead_sites(text),
        _recalled_years(text, kind, report.published),
        _own_days(text, recalls, report.published),
        _language(text),
        _places(text, recalls, names) - {_stem(name) for name in recalled},
        event_weekdays(text, recalls),
        event_nights(text, recalls),
        struck_sites(text, _lead_end(text)),
    )


# a French article or pronoun elided before a word: "l'Aude", "d'Istanbul", "qu'Alep"
_ELIDED = re.compile(r"^(?:l|d|qu|j|n|s|c|jusqu)['’](?=\w)")


def _stems(text: str) -> frozenset[str]:
    """The first letters of every word ``text`` writes, an elided article left out too
    ("l'Aude" is written "Aude")."""
    stems = set()
    for word in set(_WORD_ANY.findall(text.lower())):
        stems.add(_stem(word))
        elided = _ELIDED.match(word)
        if elided:
            stems.add(_stem(word[elided.end() :]))
    return frozenset(stems)


def _places(text: str, recalls: list[tuple[int, int]], names: Counter[str]) -> frozenset[str]:
    """The stems of the names ``text`` writes in a place phrase ("in Kunar province")."""
    found = set()
    for word in placed_words(text, recalls):
        key = _name_key(word)
        if key in names:
            found.add(_stem(key))
    return frozenset(found)


_FRENCH = frozenset("le la les des du une est sont dans pour avec selon été qui sur".split())
_ENGLISH = frozenset("the of and is are was were in for with said that on by".split())


def _language(text: str) -> str:
    """ "fr" for a report written in French, else "en": places are named differently in the
    two ("Londres", "London"; "Pékin", "Beijing")."""
    words = Counter(word.lower() for word in _WORD.findall(text[:3000]))
    french = sum(words[w] for w in _FRENCH)
    english = sum(words[w] for w in _ENGLISH)
    return "fr" if french > english else "en"


def _own_days(
    text: str, recalls: list[tuple[int, int]], published: datetime | None
) -> frozenset[Day]:
    days = written_days(text, recalls)
    if published:
        days |= {(published.month, published.day, published.year)}
    return days


def _days_apart(a: datetime | None, b: datetime | None) -> float | None:
    if a is None or b is None:
        return None
    return abs((a - b).total_seconds()) / 86400


_RELATED = frozenset(
    {
        frozenset({"storm", "flood"}),
        frozenset({"fire", "explosion"}),
        # a quake, a blast or a flood brings buildings down: one event told by either
        frozenset({"collapse", "quake"}),
        frozenset({"collapse", "explosion"}),
        frozenset({"collapse", "flood"}),
        # rains bring the hillside down; a quake shakes it loose
        frozenset({"landslide", "flood"}),
        frozenset({"landslide", "quake"}),
        frozenset({"landslide", "storm"}),
        # a bombing is an attack and an explosion; a gun attack an attack and a shooting
        frozenset({"attack", "explosion"}),
        frozenset({"attack", "shooting"}),
    }
)


def _name_weight(profile: _Profile, name: str, weight: dict[str, float]) -> float:
    """A name repeated in a report is what it is about; one mentioned once weighs less."""
    scale = REGION_WEIGHT if name in profile.regions else 1.0
    return scale * weight[name] * (1 + math.log(min(profile.names[name], 4)))


def _similarity(a: _Profile, b: _Profile, weight: dict[str, float]) -> float:
    apart = _days_apart(a.published, b.published)
    if apart is not None and apart > MAX_DAYS_APART:
        return 0.0
    shared = set(a.names) & set(b.names)
    if min(len(a.names), len(b.names)) < MIN_NAMES:
        # too few names to tell events apart (a short excerpt; the kind of event read from a
        # few words is no better: "ferry fire"): given together, one event, unless each
        # names two places or more and they share none ("Allen, Dallas" and "Jacksonville,
        # Florida")
        if not shared and min(len(a.names), len(b.names)) >= 2:
            return THRESHOLD / 2
        return THRESHOLD
    total_a = sum(_name_weight(a, n, weight) for n in a.names)
    total_b = sum(_name_weight(b, n, weight) for n in b.names)
    if not total_a or not total_b:
        return 0.0
    overlap = sum(
        min(_name_weight(a, n, weight), _name_weight(b, n, weight)) for n in shared
    ) / min(total_a, total_b)
    if a.kind and b.kind:
        if a.kind == b.kind and overlap >= KIND_BONUS:
            overlap += KIND_BONUS  # not for one shared name of a state: "Texas" shootings
        elif frozenset({a.kind, b.kind}) not in _RELATED:
            overlap -= KIND_BONUS
    return overlap


MIN_RECALLED_SHARED = 2


def _of_the_recalled(recalling: _Profile, other: _Profile) -> bool:
    """``other`` tells as its own the earlier event that ``recalling`` recalls as one of its
    kind in its place: it names the earlier event's own names (a site: "near the Safari
    Hotel") that ``recalling`` gives only in that background. Two such names are needed: one
    may be a wider place ("the New York Times") or a people ("Chechen")."""
    if recalling.magnitudes and (other.magnitudes & recalling.recalled_magnitudes) - (
        recalling.magnitudes
    ):
        return True  # "a week after another magnitude-6.4 earthquake" and "the 6.4 quake"
    if not (recalling.recalled_here or recalling.recalled & set(recalling.names)):
        return False  # an earlier event elsewhere: nothing to tell apart
    only_recalled = recalling.recalled - set(recalling.names)
    return len(only_recalled & set(other.names)) >= MIN_RECALLED_SHARED


# two agencies measure one quake up to 0.4 apart (7.0 by one, 6.6 by the national one)
MAGNITUDE_APART = 0.4


def _apart(a: _Profile, b: _Profile) -> bool:
    """Two reports that are never of one event: one tells as its own what the other recalls
    as an earlier event, or no magnitude one gives is within a revision of one the other
    gives (6.4 against 6.9; 7.7 and 7.8 may be one quake; a report of the 6.4 quake that
    also tells of a 5.3 one the next day is still of the 6.4 quake)."""
    if a.magnitudes and b.magnitudes:
        closest = min(abs(x - y) for x in a.magnitudes for y in b.magnitudes)
        if closest > MAGNITUDE_APART + 1e-9:
            return True
    return (
        _of_the_recalled(a, b)
        or _of_the_recalled(b, a)
        or _of_a_recalled_year(a, b)
        or _days_far_apart(a, b)
    )


FOCUS_COUNT = 3
# reports that are otherwise this alike share much of their event's names: their two focus
# names may be two spellings of one place ("Mecca", "Makkah"), not two places
FOCUS_ALIKE = 0.4


def _focus(profile: _Profile) -> str | None:
    """The name a report repeats most, at least ``FOCUS_COUNT`` times and more than any other:
    the place or the site it is about ("Jakarta" five times)."""
    ranked = profile.names.most_common(2) + [("", 0), ("", 0)]
    (top, count), (_, second) = ranked[0], ranked[1]
    return top if count >= FOCUS_COUNT and count > second else None


def _focus_apart(a: _Profile, b: _Profile, batch: Sequence[_Profile]) -> bool:
    """Two events of one kind in two cities of one country (a Jakarta attack and a Surabaya
    one, sharing "Indonesia", "Islamic State" and the president): each report is about a
    name the other never writes, another report of the batch writes it too, and no report
    writes both. Reports of one event may repeat different names (the city, the country, a
    spelling of its own: "Chattogram", "Chittagong"), but some report writes both; a district
    only one report writes ("Kensington") tells nothing."""
    if not (a.kind and a.kind == b.kind) or a.language != b.language:
        return False  # "Londres" in French and "London" in English are one place
    focus_a, focus_b = _focus(a), _focus(b)
    if not (focus_a and focus_b):
        return False
    stem_a, stem_b = _stem(focus_a), _stem(focus_b)
    writes_a = [stem_a in p.stems for p in batch]
    writes_b = [stem_b in p.stems for p in batch]
    return (
        stem_a not in b.stems
        and stem_b not in a.stems
        and sum(writes_a) >= 2
        and sum(writes_b) >= 2
        and not any(x and y for x, y in zip(writes_a, writes_b, strict=True))
    )


def _days_far_apart(a: _Profile, b: _Profile) -> bool:
    """Two reports whose written days are all weeks apart ("lundi 5 novembre", "6 novembre
    2018" against "dimanche 9 avril"; "October 10, 2015" against "14 March 2016") tell two
    events, as their publication dates would: one event's reports written days apart share a
    day or write days close together (the event's, the day after)."""
    if not (a.days and b.days):
        return False
    apart = LASTING_DAYS_APART if {a.kind, b.kind} & _LASTING else MAX_DAYS_APART
    days_a, days_b = _deciding_days(a, b)
    return all(_days_between(x, y) > apart for x in days_a for y in days_b)


def _deciding_days(a: _Profile, b: _Profile) -> tuple[frozenset[Day], frozenset[Day]]:
    """The days that tell two reports apart: the full dates when both write one, as a day
    with its year is certain where a yearless one is a guess across the new year ("4 January
    2018" against "13 December 2022" and "13 décembre"); otherwise every written day."""
    dated_a = frozenset(day for day in a.days if day[2] is not None)
    dated_b = frozenset(day for day in b.days if day[2] is not None)
    return (dated_a, dated_b) if dated_a and dated_b else (a.days, b.days)


# events that last for weeks: a cyclone's reports may write its landfall three weeks before
# its last toll, a wildfire's the day it started
_LASTING = frozenset({"storm", "flood", "fire", "outbreak"})
LASTING_DAYS_APART = 60


def _days_between(x: Day, y: Day) -> float:
    """Days between two written days; a day written without its year is taken in the other's
    year or the next (24 December and 2 January are 9 days apart)."""
    if x[2] is not None and y[2] is not None:
        try:
            return abs((datetime(x[2], x[0], x[1]) - datetime(y[2], y[0], y[1])).days)
        except ValueError:
            return 0.0  # "31 February": not a day to tell events apart by
    apart = abs((x[0] * 30.5 + x[1]) - (y[0] * 30.5 + y[1]))
    return min(apart, 366 - apart)


def _of_a_recalled_year(a: _Profile, b: _Profile) -> bool:
    """One report is dated in a year the other names as that of an earlier event of their kind
    ("We lived the 2010 earthquake" against a report published in 2010): two events."""
    if not (a.kind and a.kind == b.kind):
        return False
    return bool(
        (b.published and b.published.year in a.recalled_years)
        or (a.published and a.published.year in b.recalled_years)
    )


def _sites_apart(a: _Profile, b: _Profile, batch: Sequence[_Profile]) -> bool:
    """Two events of one kind in one place (two Dhaka fires years apart): each lead places
    its event at a site ("on Bailey Road", "in Old Dhaka's Chawkbazar") that the other never
    writes, and no report of the batch writes both sites as its own. Reports of one event
    written days apart may name different parts of one place, but some report names both
    ("Bangladesh" and "Chawkbazar"); a district only one report names ("in Kensington"
    against "in London") tells nothing (see ``_corroborated_sites``)."""
    if not (a.kind and a.kind == b.kind) or a.sites & b.sites or a.language != b.language:
        return False  # both leads name the city: "in Dhaka", "in the Bailey Road area of Dhaka"
    return any(
        not any(x in p.stems and y in p.stems for p in batch)
        for x in _own_sites(a, b)
        for y in _own_sites(b, a)
    )


def _struck_apart(a: _Profile, b: _Profile, batch: Sequence[_Profile]) -> bool:
    """Two attacks on two kinds of site of one city (a missile strike on its train station, a
    year later one on a restaurant): each lead tells struck a kind of site the other's never
    does, and no lead of the batch tells both (one attack's reports may name its two sites,
    "bombings at churches and hotels"). Only a kind two leads of the batch tell counts (see
    ``_corroborated_sites``)."""
    mine, theirs = set(a.struck), set(b.struck)
    if not mine or not theirs or mine & theirs:
        return False
    return not any(set(p.struck) & mine and set(p.struck) & theirs for p in batch)


def _places_apart(a: _Profile, b: _Profile, batch: Sequence[_Profile]) -> bool:
    """Two events of one kind in one country or city (two Afghan quakes; two Istanbul
    bombings): each report writes as a place a name the other never writes ("in Kunar
    province", "in Paktika province"), two reports of the batch write each as a place, one
    repeats it, and no report writes both (one quake's reports may name its two provinces,
    but some report names both; see ``_written_apart``), nor are they two spellings of one
    place."""
    if not _kin(a.kind, b.kind) or a.language != b.language:
        return False
    return any(
        not _two_spellings(x, y) and _written_apart(x, y, batch)
        for x in _own_places(a, b)
        for y in _own_places(b, a)
    )


BRIDGES = 1
APART_WRITERS = 3


def _written_apart(x: str, y: str, batch: Sequence[_Profile]) -> bool:
    """No report writes both places; or one alone does while three or more write each
    without the other: a report comparing the two events ("what happened in Solhan in June
    2021 ... to what happened now in Seytenga") does not make them one."""
    both = sum(x in p.stems and y in p.stems for p in batch)
    only_x = sum(x in p.stems and y not in p.stems for p in batch)
    only_y = sum(y in p.stems and x not in p.stems for p in batch)
    return both == 0 or (both <= BRIDGES and min(only_x, only_y) >= APART_WRITERS)


SPELLINGS_ALIKE = 0.7


def _two_spellings(x: str, y: str) -> bool:
    """Two places whose first letters are mostly the same may be one place spelt two ways
    ("Mekka" and "Makkah", "Chattogram" and "Chittagong"), not two places."""
    return SequenceMatcher(None, x, y).ratio() >= SPELLINGS_ALIKE


def _weekdays_apart(a: _Profile, b: _Profile) -> bool:
    """Two reports of an attack, a shooting or a bombing (one may tell no kind) whose event
    verbs are given weekdays more than a day apart ("stormed the hotel on Friday", "struck a
    hotel early Sunday"): two events."""
    kinds = {a.kind, b.kind} - {None}
    if len(kinds) == 2 and not _kin(a.kind, b.kind):
        return False
    if days_apart(a.nights, b.nights):
        return True  # "la nuit de jeudi à vendredi" and "la nuit de samedi à dimanche"
    if not kinds or not kinds <= _ONE_TIME:
        return False  # a quake has aftershocks, a storm or a collapse lasts for days
    return days_apart(a.weekdays, b.weekdays)


# events that happen at one time: an attack, a shooting, a bombing
_ONE_TIME = frozenset({"attack", "shooting", "explosion"})


def _kin(a: str | None, b: str | None) -> bool:
    """Two kinds of event one event may be told as: the same, or related (a bombing is an
    attack and an explosion)."""
    return bool(a and b and (a == b or frozenset({a, b}) in _RELATED))


def _own_places(a: _Profile, b: _Profile) -> set[str]:
    """The places ``a`` writes that ``b`` never writes (see ``_confirmed_places``)."""
    return {place for place in a.placed if place not in b.stems}


def _confirmed_places(profiles: list[_Profile]) -> list[_Profile]:
    """Only a place two reports of the batch write as a place, one of them more than once,
    tells events apart: a village one report alone names may be where its event happened."""
    seen: Counter[str] = Counter(place for profile in profiles for place in profile.placed)
    repeated: set[str] = set()
    for profile in profiles:
        counts: Counter[str] = Counter()
        for name, count in profile.names.items():
            counts[_stem(name)] += count  # "Koungheul" and "Koungheul-Kaffrine"
        repeated |= {place for place in profile.placed if counts[place] >= 2}
    confirmed = {place for place in repeated if seen[place] >= 2}
    return [replace(profile, placed=profile.placed & confirmed) for profile in profiles]


def _own_sites(a: _Profile, b: _Profile) -> set[str]:
    """The sites ``a`` places its event at in its lead ("on Bailey Road", "in Old Dhaka's
    Chawkbazar") that ``b`` never writes, even spelt another way ("Chawk Bazar",
    "Marrakech", "Cristobal": the first letters are compared, accents left out)."""
    return {site for site in a.sites if site not in b.stems}


STEM = 5


def _stem(word: str) -> str:
    plain = unicodedata.normalize("NFKD", word.replace("ı", "i"))  # Turkish dotless i: "Bartın"
    return "".join(c for c in plain if c.isalpha() and c.isascii())[:STEM]


def _weights(profiles: Sequence[_Profile]) -> dict[str, float]:
    """A name that most reports of the batch use says little about which event a report is
    about; names shared by a few reports are what tells events apart."""
    frequency: Counter[str] = Counter()
    for profile in profiles:
        frequency.update(set(profile.names))
    count = len(profiles)
    weight: dict[str, float] = {}
    for name, df in frequency.items():
        share = df / count
        # only a batch of many reports tells which names are everywhere ("Police", "County")
        weight[name] = 1.0 if count < 6 or share <= 0.5 else max(0.2, 2 * (1 - share))
    return weight


def group_events(reports: Sequence[Report]) -> list[EventGroup]:
    """The events of ``reports``, each a group of report indices, in order of first report."""
    profiles = _one_spelling([_profile(report) for report in reports])
    profiles = _confirmed_places(_corroborated_sites(profiles))
    weight = _weights(profiles)
    # a report that recalls an earlier event of its kind in its place is compared by the
    # names of its own event only, joins a group after the others have formed, and never one
    # with a report of the event it recalls
    compared = [_without_recalled(p) if p.recalls_its_like else p for p in profiles]
    pair = {
        (i, j): _similarity(compared[i], compared[j], weight)
        for i in range(len(reports))
        for j in range(i + 1, len(reports))
    }
    never = {
        (i, j)
        for (i, j) in pair
        if _apart(profiles[i], profiles[j])
        or _sites_apart(profiles[i], profiles[j], profiles)
        or _struck_apart(profiles[i], profiles[j], profiles)
        or _places_apart(profiles[i], profiles[j], profiles)
        or _weekdays_apart(profiles[i], profiles[j])
        or (_focus_apart(profiles[i], profiles[j], profiles) and pair[i, j] < FOCUS_ALIKE)
    }

    def alike(x: list[int], y: list[int]) -> float:
        keys = [(min(i, j), max(i, j)) for i in x for j in y]
        if never.intersection(keys):
            return 0.0
        scores = [pair[key] for key in keys]
        if any(score == 0.0 for score in scores):
            apart = [
                _days_apart(profiles[i].published, profiles[j].published) for i in x for j in y
            ]
            if any(d is not None and d > MAX_DAYS_APART for d in apart):
                return 0.0
        return sum(scores) / len(scores)

    late = [i for i, profile in enumerate(profiles) if profile.recalls_its_like]
    clusters = _merged([[i] for i in range(len(reports)) if i not in late], alike)
    # the late reports first group among themselves (several reports of the later event),
    # then each group joins the others as one
    clusters = _merged(clusters + _merged([[i] for i in late], alike), alike)
    clusters = _reassigned(clusters, alike)
    clusters.sort(key=lambda members: members[0])
    groups = [_group(index, members, profiles, weight) for index, members in enumerate(clusters)]
    texts = [report.text for report in reports]
    return _with_apart(groups, profiles, texts, lambda i, j: pair[min(i, j), max(i, j)], never)


# a report moves to another group only when it is this much more alike to it than to its own
MOVE_MARGIN = 0.05
MOVE_ROUNDS = 2


def _reassigned(
    clusters: list[list[int]], alike: Callable[[list[int], list[int]], float]
) -> list[list[int]]:
    """The groups after each report of a group of several has moved to the group of several
    it is most alike (by the same average link, vetoes included), when that is clearly more
    than its own group without it. Merging is greedy: a report a veto kept out of one group
    may have been left in a group it fits less (a short report of a crash, merged early with
    last year's crash on the town both name, fits this year's reports better)."""
    for _ in range(MOVE_ROUNDS):
        moved = False
        for x, cluster in enumerate(clusters):
            for i in list(cluster):
                rest = [j for j in cluster if j != i]
                if not rest:
                    continue
                best, target = alike([i], rest) + MOVE_MARGIN, None
                for y, other in enumerate(clusters):
                    if y != x and len(other) >= 2 and alike([i], other) > best:
                        best, target = alike([i], other), y
                if target is not None:
                    cluster.remove(i)
                    clusters[target] = sorted(clusters[target] + [i])
                    moved = True
        clusters = [cluster for cluster in clusters if cluster]
        if not moved:
            break
    return clusters


def _one_spelling(profiles: list[_Profile]) -> list[_Profile]:
    """Names spelt two ways by the batch's reports ("Hajj", "Haj") counted as one."""
    canonical = one_spelling(name for profile in profiles for name in profile.names)
    result = []
    for profile in profiles:
        names: Counter[str] = Counter()
        spelled: dict[str, str] = {}
        for name, count in profile.names.items():
            names[canonical[name]] += count
            spelled.setdefault(canonical[name], profile.spelled[name])
        result.append(replace(profile, names=names, spelled=spelled))
    return result


def _corroborated_sites(profiles: list[_Profile]) -> list[_Profile]:
    """Only a site that two leads of the batch name tells events apart: one report that alone
    names a district ("in Kensington") where the others name the city may be of their event."""
    seen: Counter[str] = Counter(site for profile in profiles for site in profile.sites)
    struck: Counter[str] = Counter(kind for profile in profiles for kind in profile.struck)
    return [
        replace(
            profile,
            sites=frozenset(s for s in profile.sites if seen[s] >= 2),
            struck={k: words for k, words in profile.struck.items() if struck[k] >= 2},
        )
        for profile in profiles
    ]


def _without_recalled(profile: _Profile) -> _Profile:
    """The profile with only the names the earlier event it recalls does not share."""
    names = Counter({n: c for n, c in profile.names.items() if n not in profile.recalled})
    return replace(profile, names=names)


def _merged(
    clusters: list[list[int]], alike: Callable[[list[int], list[int]], float]
) -> list[list[int]]:
    """Average-link merging while the closest two clusters are at least ``THRESHOLD`` alike."""
    while len(clusters) > 1:
        best, best_pair = THRESHOLD, None
        for x in range(len(clusters)):
            for y in range(x + 1, len(clusters)):
                score = alike(clusters[x], clusters[y])
                if score >= best:
                    best, best_pair = score, (x, y)
        if best_pair is None:
            break
        x, y = best_pair
        clusters[x] = sorted(clusters[x] + clusters[y])
        del clusters[y]
    return clusters


def _group(
    index: int, members: list[int], profiles: Sequence[_Profile], weight: dict[str, float]
) -> EventGroup:
    kinds = Counter(profiles[i].kind for i in members if profiles[i].kind)
    kind = kinds.most_common(1)[0][0] if kinds else None
    if len(members) == 1:
        profile = profiles[members[0]]
        candidates = set(profile.names)
    else:
        candidates = set.intersection(*(set(profiles[i].names) for i in members))
        if not candidates:  # average-link groups may share no single name: the commonest
            counts = Counter(n for i in members for n in profiles[i].names)
            candidates = {n for n, c in counts.items() if c > 1}
    ranked = sorted(
        candidates,
        key=lambda n: (
            -sum(_name_weight(profiles[i], n, weight) for i in members if n in profiles[i].names),
            n,
        ),
    )
    spelled = next((profiles[i].spelled for i in members if profiles[i].names), {})
    cues = tuple(
        next(
            (profiles[i].spelled[n] for i in members if n in profiles[i].spelled), spelled.get(n, n)
        )
        for n in ranked[:6]
    )
    return EventGroup(index, tuple(members), cues, kind)


def events_of(groups: Sequence[EventGroup], count: int) -> list[int]:
    """The event index of each of ``count`` reports."""
    result = [0] * count
    for group in groups:
        for member in group.reports:
            result[member] = group.index
    return result


def groups_from(events: Sequence[int], reports: Sequence[Report]) -> list[EventGroup]:
    """Groups from a given event index per report (a teacher's correction), with cues."""
    if len(events) != len(reports):
        raise ValueError("one event index per report is needed")
    profiles = _one_spelling([_profile(report) for report in reports])
    weight = _weights(profiles)
    order: list[int] = []
    for event in events:
        if event not in order:
            order.append(event)
    groups = [
        _group(index, [i for i, e in enumerate(events) if e == event], profiles, weight)
        for index, event in enumerate(order)
    ]
    # why the teacher's events would be kept apart, by the grouping's own tests
    compared = [_without_recalled(p) if p.recalls_its_like else p for p in profiles]
    checked = _confirmed_places(_corroborated_sites(profiles))
    texts = [report.text for report in reports]
    return _with_apart(
        groups, checked, texts, lambda i, j: _similarity(compared[i], compared[j], weight)
    )


# --- why events of a related kind were kept apart (shown to the teacher) ---------------------


def _with_apart(
    groups: list[EventGroup],
    profiles: Sequence[_Profile],
    texts: Sequence[str],
    alike: Callable[[int, int], float],
    never: set[tuple[int, int]] | None = None,
) -> list[EventGroup]:
    """``groups`` with the events of a related kind each was kept apart from: two events
    whose reports are alike enough to be one (by the average link that merges groups), but
    that the grouping's tests keep apart. The two most alike reports the tests keep apart
    (``never``, the pairs they vetoed; all pairs when None) give the reason, from each
    event's side."""
    apart: list[list[KeptApart]] = [[] for _ in groups]
    for x, first in enumerate(groups):
        for y in range(x + 1, len(groups)):
            second = groups[y]
            if first.kind and second.kind and not _kin(first.kind, second.kind):
                continue  # a quake and a bombing: nothing a teacher needs told apart
            pairs = [(i, j) for i in first.reports for j in second.reports]
            scores = {ij: alike(*ij) for ij in pairs}
            if sum(scores.values()) / len(pairs) < THRESHOLD:
                continue  # too little alike to be one event anyway: no test decided it
            candidates = sorted(
                (ij for ij in pairs if never is None or (min(ij), max(ij)) in never),
                key=lambda ij: -scores[ij],
            )
            for i, j in candidates:
                score = scores[i, j]
                reason = _why_apart(profiles[i], profiles[j], profiles, score, (texts[i], texts[j]))
                if reason is not None:
                    apart[x].append(KeptApart(second.index, reason))
                    other = _why_apart(
                        profiles[j], profiles[i], profiles, score, (texts[j], texts[i])
                    )
                    apart[y].append(KeptApart(first.index, other or reason))
                    break
    return [replace(group, apart=tuple(kept)) for group, kept in zip(groups, apart, strict=True)]


def _why_apart(
    a: _Profile, b: _Profile, batch: Sequence[_Profile], alike: float, texts: tuple[str, str]
) -> str | None:
    """The reason ``a`` and ``b`` (whose reports' ``texts`` they are) are never one event,
    from ``a``'s side, by the tests of ``group_events`` in its order; None when none keeps
    them apart."""
    return _why_told_apart(a, b) or _why_placed_apart(a, b, batch, alike, texts)


def _why_told_apart(a: _Profile, b: _Profile) -> str | None:
    """What ``_apart`` found: magnitudes, an earlier event recalled, days weeks apart."""
    if a.magnitudes and b.magnitudes:
        x, y = min(
            ((x, y) for x in a.magnitudes for y in b.magnitudes), key=lambda m: abs(m[0] - m[1])
        )
        if abs(x - y) > MAGNITUDE_APART + 1e-9:
            return kept_apart.magnitudes(x, y)
    if _of_the_recalled(a, b) or _of_the_recalled(b, a):
        return kept_apart.recalled(_of_the_recalled(a, b))
    if _of_a_recalled_year(a, b):
        if b.published and b.published.year in a.recalled_years:
            return kept_apart.recalled_year(b.published.year, True)
        if a.published:
            return kept_apart.recalled_year(a.published.year, False)
    if _days_far_apart(a, b):
        days_a, days_b = _deciding_days(a, b)
        day_a, day_b = min(
            ((x, y) for x in sorted(days_a, key=str) for y in sorted(days_b, key=str)),
            key=lambda d: _days_between(*d),
        )
        return kept_apart.days(day_a, day_b)
    return None


def _why_placed_apart(
    a: _Profile, b: _Profile, batch: Sequence[_Profile], alike: float, texts: tuple[str, str]
) -> str | None:
    """What the sites, places, weekdays and focus tests found."""
    if _sites_apart(a, b, batch):
        x, y = next(
            (x, y)
            for x in sorted(_own_sites(a, b))
            for y in sorted(_own_sites(b, a))
            if not any(x in p.stems and y in p.stems for p in batch)
        )
        return kept_apart.sites(_spelling(a, x, texts[0]), _spelling(b, y, texts[1]))
    if _struck_apart(a, b, batch):
        return kept_apart.sites(min(a.struck.values()), min(b.struck.values()))
    if _places_apart(a, b, batch):
        x, y = next(
            (x, y)
            for x in sorted(_own_places(a, b))
            for y in sorted(_own_places(b, a))
            if not _two_spellings(x, y) and _written_apart(x, y, batch)
        )
        return kept_apart.places(_spelling(a, x, texts[0]), _spelling(b, y, texts[1]))
    if _weekdays_apart(a, b):
        if days_apart(a.nights, b.nights):
            return kept_apart.nights(min(a.nights), min(b.nights))
        return kept_apart.weekdays(min(a.weekdays), min(b.weekdays))
    focus_a, focus_b = _focus(a), _focus(b)
    if focus_a and focus_b and alike < FOCUS_ALIKE and _focus_apart(a, b, batch):
        return kept_apart.focus(a.spelled.get(focus_a, focus_a), b.spelled.get(focus_b, focus_b))
    return None


def _spelling(profile: _Profile, stem: str, text: str) -> str:
    """The report's own spelling of the place whose first letters are ``stem`` (the name it
    writes most), with the rest of its place phrase ("Bailey Road", "Santa Fe")."""
    keys = sorted(
        (key for key in profile.names if _stem(key) == stem), key=lambda k: (-profile.names[k], k)
    )
    if not keys:
        return stem.capitalize()
    word = profile.spelled.get(keys[0], keys[0])
    return place_phrase(text, word) or word
