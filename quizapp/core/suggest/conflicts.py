"""Compare figures of the same quantity across reports and explain the verdict.

Pairs: for every two different reports, each figure of one is compared with each figure of
the other that counts the same quantity in the same scope. Left out: figures whose quantity
is unknown, sub-totals without a name of their own ("six of them"), and repeats of the same
figure within a report (the first one in the body is kept). A sub-total at a named venue
("112 at the Bataclan") is compared only with figures for that venue; a figure about another
place's event or another year only with the same scope.

Only reports of one event are compared: the reports given together are grouped by event
first (``events.group_events``; a caller may pass its own grouping, e.g. a teacher's
correction, as one event index per report).

The verdict on each pair (compatible, update, conflict) and its reason: ``verdicts.judge``.
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime
from pathlib import Path

from quizapp.core.suggest import reasons
from quizapp.core.suggest.analysis import analyse_document
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.events import EventGroup, events_of, group_events, groups_from
from quizapp.core.suggest.lexicon import Lexicon, load_lexicon
from quizapp.core.suggest.model import Conflict, Report, Suggestion
from quizapp.core.suggest.patterns import one_of
from quizapp.core.suggest.place_shares import share_place, where_place
from quizapp.core.suggest.reports import written_years
from quizapp.core.suggest.sites import site_scopes
from quizapp.core.suggest.subjects import WEATHER
from quizapp.core.suggest.verdicts import GROWING, describe, judge, known_later, rise_cue
from quizapp.core.text import Text

_PAST = one_of(
    r"had_put had_said had_given had_reported had_stood earlier initially previously at_first"
    r" first_report\w* up_from from_an?_earlier before_rising had_been originally"
    r" précédent_bilan premier_bilan auparavant initialement"  # French
)
_PAST_FIGURE = re.compile(rf"\b{_PAST}\b", re.IGNORECASE)
# "the UN gave a preliminary figure of 320 deaths", "the earthquake had killed about 100
# people" (before the figure), "the Red Crescent said that 500 people had died" (its own verb):
# an earlier value of the toll, not some of the dead; not "At least one fatality was
# confirmed, but initial reports said at least seven" (the cue is the seven's)
_EARLIER_BEFORE = re.compile(
    r"\b(?:preliminary|initial|had\s+(?:killed|left|claimed))\b", re.IGNORECASE
)
_EARLIER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?had\s+(?:died|been\s+killed|perished)\b(?!\s+(?:at|on|in)\s+the\s+"
    r"(?:scene|spot|hospital))"
    # "with 30 people reported dead but the government since stated the death toll increased
    # to 100": the count before a rise the sentence goes on to tell
    r"|[^.;:!?]*?\b(?:increased|rose|risen|climbed|jumped|grew|grown)\s+to\s+(?:at\s+least\s+"
    r"|more\s+than\s+|over\s+)?\d",
    re.IGNORECASE,
)


# "At least 174 people died ..., raising the toll from 129", "the toll was revised up from
# 275": the count a rise or a revision started from
_CHANGED_FROM_BEFORE = re.compile(
    r"\b(?:rais|increas|revis|jump|ris|rose|climb|grew|grown|swell|swoll|push|lift|bring"
    r"|brought|bump|up)\w*\b[^.;:!?]{0,40}?\bfrom\s+(?:(?:an?|the)\s+(?:earlier|previous"
    r"|initial|first)\s+(?:\w+\s+){0,2}?)?$",
    re.IGNORECASE,
)


def _earlier_value(doc: Document, figure: Suggestion) -> bool:
    """Whether a figure is told as an earlier value of the toll (see ``_PAST_FIGURE``,
    ``_EARLIER_BEFORE``, ``_EARLIER_AFTER``): it stays compared, though lower than the
    report's own toll."""
    start, end = doc.sentence_at(figure.start)
    return bool(
        _PAST_FIGURE.search(doc.text, start, end)
        or _EARLIER_BEFORE.search(doc.text, start, figure.start)
        or _EARLIER_AFTER.match(doc.text, figure.end, end)
        or _CHANGED_FROM_BEFORE.search(doc.text, max(start, figure.start - 80), figure.start)
    )


_OWNERS = one_of(
    "junta government president vice_president prime_minister military authorities officials"
    " health_ministry ministry interior_ministry disaster_agency emergency_agency death_toll"
    " toll capital"
)
_PLACE = re.compile(
    r"(?:\b(?:in|In|across|Across|on\s+the|On\s+the)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    # French too, the place right after its preposition: "6 à Trèbes, 2 à Villegailhenc",
    # "dont 3 en Haïti" (not "en aval de Trèbes", a place told by where it lies)
    r"|(?<!\w)(?:à|À|au|Au|aux|en|En|dans|Dans)\s+)"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
    r"|(?:(?<=\n)|(?<=^)|(?<=[.;:,]\s))(?P<owner>[A-Z][a-z][\w-]+)['’]s\s+(?:[a-z][\w-]*\s+){0,3}?"
    rf"{_OWNERS}\b"
)
_PART_WORDS = one_of(
    "including among_them among_whom of_whom of_which another while plus identities_of"
    " of_those,? of_them,? of_these,?"
)
# ("Of those wounded, 109 have been released": the group named, then a comma)
_PART_BEFORE = re.compile(rf"\b{_PART_WORDS}(?:\s+[\w-]+){{0,2}}?,?\s*$", re.IGNORECASE)
# "four bodies have been recovered so far"; and bodies given to the families ("340 bodies were
# handed over to their families", "over 100 bodies were already received by the families"):
# some of the dead, a part of the toll
_FOUND = one_of(
    "recovered found pulled extricated identified retrieved handed_over released_to"
    " returned_to received_by"
)
# (the words between the figure and its part cue stay in the figure's clause: in '"The
# death toll has risen to 373," an official of the state's authority said' the "of the" is
# the speaker's, not a part's)
_PART_AFTER = re.compile(
    r"^(?:\W*|\s+(?:[\w-]+\s+){1,3}?)"
    + one_of(
        # "so far" after a verb of dying is the toll at that hour ("Twenty-three people have
        # died so far"), not some of the dead found so far
        # "seven more", not "... and injured more than 30 others" (another count's words)
        r"more\b(?!\s+than\b) of_them\b of_the\b of_whom\b from_(?-i:[A-Z]) died_in_hospital"
        r" (?<!died\s)(?<!killed\s)(?<!dead\s)(?<!perished\s)so_far\b"
        rf" (?:(?:have|has|had|were|was)_(?:so_far_|now_|already_)?been|were|was)_"
        rf"(?:already_)?{_FOUND}"
        r" (?:are_|were_)?(?:still_)?in_hospital remain\w*_(?:in_hospital|hospitali[sz]ed)"
        # "109 have been discharged", "109 have already been released from the hospital":
        # some of the injured, sent home
        r" (?:(?:have|has|had)_(?:already_|since_|now_)?been|were|was)_(?:discharged"
        r"|released_from)"
        # "122 injured ppl flown to Turkey, Sudan & Kenya": those taken abroad for care
        r" (?:(?:ppl|people)_)?(?:(?:have|has|had)_(?:already_)?been_|were_|was_)?"
        r"(?:flown|airlifted)_(?:to|abroad|out)\b"
        # "Twelve victims died at the scene, and six others died later": where they died, a
        # split of the toll
        r" (?:died|were_killed|was_killed|perished)_(?:at_the_scene|on_the_spot|instantly)"
        # "Thirty policemen and seven civilians were among the dead": a group of the dead
        r" (?:were|are|was|is)_among_the_(?:dead|killed|victims|injured|wounded)"
        r" (?:figurent|sont|étaient)_parmi_les_(?:morts|victimes|blessés)"
    ),
    re.IGNORECASE,
)
# the verb of a part right after an open-ended figure below the toll: "over 100 bodies were
# already received by the families" (not "at least three killed and more than 30 injured")
_FOUND_AFTER = re.compile(
    rf"\s+(?:(?:have|has|had|were|was)\s+(?:so\s+far\s+|now\s+|already\s+)?been|were|was)"
    rf"\s+(?:already\s+)?{_FOUND}",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(
    r"[,;:—(]|\s(?:and|while|with|but|whereas|as|et|mais|tandis\s+que|alors\s+que|ainsi\s+que)\s"
)


_EVENT_NOUNS = one_of(
    "fires? blaze blasts? explosions? quake earthquake shooting attack floods? flooding crash"
    " collapse storm landslide bombing"
)
# "in a warehouse fire that broke out Friday night in the Bay Area": the place of the event,
# said in a relative clause about it, not the place of the figure
_EVENT_BETWEEN = re.compile(rf"\b{_EVENT_NOUNS}\s+(?:that|which)\b", re.IGNORECASE)
# "a cyclone ... triggered devastating floods that have killed hundreds of people": the toll
# of the event as a whole, said in a relative clause about it; a place named earlier in the
# sentence ("Mozambique's minister said ...") is not that toll's
_EVENT_TOLL_BEFORE = re.compile(
    rf"\b(?:{_EVENT_NOUNS}|cyclone|typhoon|hurricane|tsunami|disaster|tragedy)\s*,?\s+"
    r"(?:that|which)\s+(?:have\s+|has\s+|had\s+)?(?:killed|left|claimed)\s+$",
    re.IGNORECASE,
)
_LOCAL_AFTER = re.compile(r"\s+in\s+the\s+(city|town|village)\b(?!\s+of\b)", re.IGNORECASE)
_FRONTED_PLACE = re.compile(
    r"\W*(?:In|Across|On\s+the)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)\s*,"
)


# "10,000 might have died in the island of Leyte alone", "the toll in the city alone could
# reach 10,000", "In Tacloban alone, 300 bodies": one place's share of the event, said with
# "alone"; compared only with the same place's figures
_ALONE = re.compile(
    r"\b(?:in|In|at|At)\s+(?:the\s+)?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*|city|town|village|province|capital)\s+alone\b"
)
# "As many as 10,000 people were feared dead in just one Philippine city", "30 died at one
# hotel": the toll at one of several places (the place after the figure), a part
_ONE_PLACE_AFTER = re.compile(
    r"\b(?:in|at|inside)\s+(?:just\s+|only\s+)?(?:one|a\s+single)\s+(?:of\s+the\s+)?"
    r"(?:[\w-]+\s+)?(?:church|mosque|temple|synagogue|hotel|school|hospital|building|venue"
    r"|site|village|town|city|district|province|region|camp|house|block|station)s?\b",
    re.IGNORECASE,
)


# an earlier event recalled in a relative clause, with no year: "The collapse follows a
# November fire at the Tazreen factory that killed 112 people", "came eight years after the
# collapse of Spectrum Garments that left 64 workers dead". Not "came after the blast that
# killed 12" (the event itself): the cue is a span of time or "follows a ..."
# Also in French and with the toll in brackets or after "where": "trois mois après l'attaque
# sanglante contre le musée du Bardo à Tunis (22 morts", "depuis l'attentat contre le Musée du
# Bardo, à Tunis, qui avait fait 22 morts", "le même jour que deux autres drames au Koweït (26
# morts)", "in a series of attacks in Europe, including the bloody attack in Nice, France, where
# a cargo truck drove into crowds of people, killing 86"
_OTHER_EVENT = re.compile(
    r"\b(?:(?:follows|followed|recalls|recalled|echoes|echoed)\s+(?:a|an|another|last)\b"
    r"|(?:years?|months?|decades?|weeks?)\s+(?:after|since)\b|(?:worst|deadliest)\s+since\b"
    # "the greatest tragedy Chile has seen since the great earthquake of 2010, which caused
    # hundreds of victims", "la plus meurtrière depuis l'attentat de 2015 qui avait fait 30
    # morts": a superlative measured against an earlier event, then that event's toll
    r"|\b(?:greatest|worst|deadliest|biggest|largest|most\s+\w+|plus\s+\w+)\b[^.;:!?]*?"
    r"\b(?:since|depuis)\b"
    r"|(?:ans|années|mois|semaines)\s+(?:après|depuis)\b"
    r"|depuis\s+(?:l['’]\s*(?:attentat|attaque|explosion|incendie)|(?:le|la)\s+(?:massacre"
    r"|tuerie|séisme|catastrophe))"
    r"|(?:le\s+)?même\s+jour\s+que\b|\bthe\s+same\s+day\s+as\b"
    # "This attack occurred at the same location as Somalia's largest bombing, which killed
    # more than 500": another event at the same place
    r"|\bthe\s+same\s+(?:location|place|site|spot|month|week|junction|intersection)\s+as\b"
    # "the most recent car bomb explosion which killed 29 people on Feb. 27", "a previous
    # attack that killed 12": an earlier one of the kind (not "the latest blast")
    r"|\b(?:most\s+recent|previous|prior|précédente?)\s+(?:[\w-]+\s+){0,2}?(?:car\s+)?"
    r"(?:bomb(?:ing)?s?|attacks?|blasts?|explosions?|shootings?|attentats?|attaques?)\b"
    r"|\bseries\s+of\s+(?:attacks?|bombings?|shootings?|explosions?)"
    # "the earthquake could be deadlier than one in 1979 in which 40 people were killed"
    r"|\b(?:deadlier|more\s+deadly|worse|bigger)\s+than\b)"
    r"(?P<event>[^.;:!?]*?)(?:\b(?:that|which|in\s+which|when)\s+(?:[\w-]+\s+){0,3}"
    r"|\bqui\s+(?:[\w'’-]+\s+){0,3}|\(\s*|\bwhere\b[^.;:!?]*?\b(?:killing|leaving)\s+)$",
    re.IGNORECASE,
)
# "le Musée du Bardo": the name after "du", "de", "of" names it ("Bardo", as other reports say)
_NAME_OF = re.compile(r"\b[A-Z][\w'’-]+\s+(?:du|de|des|de\s+la|of|of\s+the)\s+(?=[A-Z])")
_EVENT_NAME = re.compile(r"\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*")


# "les attaques djihadistes ont fait plus de 1 400 morts depuis 2015", "killed thousands across
# the north since 2009": a toll summed over the years since, not this event's; not "64 in the
# deadliest attack since 2018" (this event, measured against a year)
_SINCE_YEAR_AFTER = re.compile(
    r"(?:(?!\b(?:deadliest|worst|greatest|biggest|largest|most|plus)\b)[^.;:!?]){0,50}?"
    r"\b(?:since|depuis)\s+(?:(?:early|late|mid-?|début|fin)\s*)?(?P<year>(?:19|20)\d\d)\b",
    re.IGNORECASE,
)


def _other_event(doc: Document, figure: Suggestion, when: datetime | None = None) -> str | None:
    """The scope of a figure of an earlier event recalled in a relative clause (see
    ``_OTHER_EVENT``), in a sentence opened by another month or tied to a past year (see
    ``_earlier_time``): that event's name (its month or year when the sentence gives one),
    "" when it has none. ``when``: the event's date, when known."""
    start, end = doc.sentence_at(figure.start)
    earlier = _earlier_time(doc.text, start, figure.start, when)
    if earlier is not None:
        return earlier
    since = _SINCE_YEAR_AFTER.match(doc.text, figure.end, end)
    if since is not None and (when is None or int(since.group("year")) < when.year):
        return f"since {since.group('year')}"
    match = _OTHER_EVENT.search(doc.text, start, figure.start)
    if match is None:
        elsewhere = _ELSEWHERE.match(doc.text, figure.end, end)
        if elsewhere is not None and not any(
            name.lower() in doc.main_names for name in _EVENT_NAME.findall(elsewhere.group())
        ):
            return "elsewhere"
        return None
    return _first_name(match.group("event")) or _month_in(doc.text, start, end)


# each month's English, French and short forms -> its English name
_MONTH_NAMES = {
    form: month
    for month, forms in (
        ("January", "jan janvier"), ("February", "feb février"), ("March", "mar mars"),
        ("April", "apr avril"), ("May", "mai"), ("June", "jun juin"), ("July", "jul juillet"),
        ("August", "aug août"), ("September", "sep sept septembre"),
        ("October", "oct octobre"), ("November", "nov novembre"),
        ("December", "dec décembre"),
    )
    for form in (month.lower(), *forms.split())
}  # fmt: skip
_MONTH = "(?:" + "|".join(sorted(_MONTH_NAMES, key=len, reverse=True)) + r")\b\.?"
# "- In mid-February a car bomb ... killed 28", "In October an explosion at a peace rally left
# 103 dead", "Et en novembre, la capitale malienne avait été visée par une autre attaque qui
# avait fait 21 morts": a sentence opened by a month with no day (not "On March 13") tells an
# earlier event of the kind, as background; a year after the month is figures.py's
_MONTH_OPENING = re.compile(
    r"[\s\-–•*]*(?:(?:and|et|but|mais)\s+)?(?:in|back\s+in|earlier\s+in|en|au\s+mois\s+d['’]?e?)"
    rf"\s+(?:(?:early|mid|late|début|fin|mi)[\s-]*)?(?P<month>{_MONTH})(?!\s*\d)\s*,?\s",
    re.IGNORECASE,
)
# the same opening a later clause: "The attack follows a car bomb in Pyatigorsk on Friday, while
# in October another female suicide attacker also struck Volgograd, killing seven people"
_MONTH_CLAUSE = re.compile(
    r"(?:[,;]\s*|\b(?:while|whereas|and|but|et|mais|alors\s+que)\s+)(?:in|en)\s+"
    rf"(?:(?:early|mid|late|début|fin|mi)[\s-]*)?(?P<month>{_MONTH})(?!\s*\d)",
    re.IGNORECASE,
)


def _last(matches: Iterator[re.Match[str]]) -> re.Match[str] | None:
    found = None
    for match in matches:
        found = match
    return found


# "the deadliest occurring in 2014, when 301 people died", "a bombing in a nightclub on the
# resort island of Bali in 2002 killed 202 people", "since the 2009 bombings of two hotels
# that killed seven people": a past year, then the toll in the clause it opens (a relative
# clause, or the verb right after it); not "the deadliest since 2009, killed 37" (a comma and
# a verb: this event's toll, measured against a year); not a full date ("on the night of
# March 13, 2016"), mostly the event's own
_PAST_YEAR = re.compile(
    r"\b(?:in|since|of|the|en|depuis|de|du)\s+(?:(?:early|late|mid-?)\s*)?"
    r"(?:[A-Z][a-z]+\.?\s+)?(?P<year>(?:19|20)\d\d)\b(?!\s*(?:GMT|UTC))"
)
# "the earthquake and tsunami of February 27, 2010, which caused hundreds of victims": a full
# date is mostly the event's own, but one in a year before the event's tells an earlier event
_PAST_FULL_DATE = re.compile(
    r"\b(?:of|on|in)\s+(?:[A-Z][a-z]+\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:er)?\s+[a-zéû]+),?"
    r"\s+(?P<year>(?:19|20)\d\d)\b"
)
_YEAR_TO_TOLL = re.compile(
    r"(?:[^.;:!?]*?\b(?:when|where|that|which|in\s+which|during\s+which|lorsque|quand|où|qui)"
    r"\b[^.;:!?]*|(?:\s+[\w'’-]+){0,3}?\s+(?:killed|left|claimed)\s+(?:[\w-]+\s+){0,2})",
    re.IGNORECASE,
)


def _earlier_time(text: str, start: int, position: int, when: datetime | None) -> str | None:
    """The month or year of an earlier event told in the sentence that holds ``position``
    (from ``start``): a sentence opened by another month than the event's (``when``), or a
    past year whose clause reaches the figure (see ``_MONTH_OPENING``, ``_PAST_YEAR``)."""
    opening = _MONTH_OPENING.match(text, start, position) or _last(
        _MONTH_CLAUSE.finditer(text, start, position)
    )
    if opening is not None and not _BACK_TO_THIS.search(text, opening.end(), position):
        month = _MONTH_NAMES[opening.group("month").rstrip(".").lower()]
        if when is None or month != when.strftime("%B"):
            return month
    past_dates = [
        date
        for date in _PAST_FULL_DATE.finditer(text, start, position)
        if when is not None and int(date.group("year")) < when.year
    ]
    for year in [*_PAST_YEAR.finditer(text, start, position), *past_dates]:
        if when is not None and int(year.group("year")) == when.year:
            continue
        if _BACK_TO_THIS.search(text, year.end(), position):
            continue  # "since 2015 ... today": this event
        if _YEAR_TO_TOLL.fullmatch(text, year.end(), position):
            return year.group("year")
    return None


def _month_in(text: str, start: int, end: int) -> str:
    """The month a sentence names ("on Feb. 27": "February"), "" when it names none."""
    found = re.search(rf"\b{_MONTH}", text[start:end], re.IGNORECASE)
    if found is None or (found.group()[0].islower() and found.group() in ("may", "mar", "sept")):
        return ""  # "may" the verb, "sept" the French seven
    return _MONTH_NAMES[found.group().rstrip(".").lower()]


# "That modus operandi has killed well over 100 people in Nice, Berlin, London and
# Stockholm": a toll over a list of other places (none the report's own), other events
_ELSEWHERE = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+in\s+[A-Z][\w'’-]+(?:\s*,\s*[A-Z][\w'’-]+)+,?\s+and\s+[A-Z][\w'’-]+"
)


def _first_name(words: str) -> str:
    """The first name in ``words`` that is no day or month ("a November fire at the Tazreen
    factory": "Tazreen"), "" when there is none."""
    words = _NAME_OF.sub("", words)
    names = [m.group() for m in _EVENT_NAME.finditer(words) if m.group().lower() not in _NOT_PLACES]
    return names[0] if names else ""


# A background paragraph: a sentence that recalls an earlier event ("The blaze brings to mind
# the deadly fire in Nimtoli", "It recalls the Beslan siege"), and the sentences after it in the
# same paragraph that go on telling it ("At least 124 people were killed ... in the fire") until
# one comes back to this event (a paragraph opened by a past year: figures.py)
_RECALL = re.compile(
    r"\b(?:brings?\s+(?:back\s+)?to\s+mind|reminiscent\s+of|recall(?:s|ed|ing)?|evok(?:es|ed|ing)"
    # "the method of the attack ... resemble the deadly Suruc bombing from July 20 this year.
    # Dozens of people were killed in the southern Turkish town": a likeness told, then that
    # event's toll
    r"|echo(?:es|ed|ing)|resembl(?:es?|ed|ing)|similar\s+to)\b(?P<event>[^.;:!?]*)",
    re.IGNORECASE,
)
_BACK_TO_THIS = re.compile(
    r"\b(?:this\s+(?:time|week|year|month)|today|tonight|now|yesterday|so\s+far|latest"
    r"|current(?:ly)?|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)
_BACKGROUND_REACH = 3  # sentences


def _background(doc: Document, figure: Suggestion) -> str | None:
    """The earlier event a figure's sentence goes on telling (see ``_RECALL``): its name, ""
    when it has none; None for this event's figures."""
    text = doc.text
    start, end = doc.sentence_at(figure.start)
    paragraph_start = text.rfind("\n", 0, start) + 1
    if _BACK_TO_THIS.search(text, start, end):
        return None
    earlier = [s for s in doc.sentences if paragraph_start <= s[0] and s[1] <= start]
    for sentence_start, sentence_end in reversed(earlier[-_BACKGROUND_REACH:]):
        recall = _RECALL.search(text, sentence_start, sentence_end)
        if recall is not None:
            return _first_name(recall.group("event"))
        if _BACK_TO_THIS.search(text, sentence_start, sentence_end):
            return None
    return None


# "at least 161 people remain missing in the hardest-hit county": the worst-hit place's
# count, a part of the event's
_HARDEST_HIT = re.compile(
    r"\b(?:in|In|at|At|across|Across)\s+(?:the\s+)?(?P<place>(?:hardest|worst)[\s-]+(?:hit|affected)\s+"
    r"(?:county|district|province|region|state|town|city|area|village|prefecture|island))\b",
    re.IGNORECASE,
)


def _one_place(
    doc: Document, figure: Suggestion, event_names: frozenset[str] = frozenset()
) -> str | None:
    """The one place a toll is given for with "alone" in its clause ("in Leyte alone":
    "Leyte") or as the hardest-hit ("the hardest-hit county"), "" for one of several places
    not named ("in just one city"), else None."""
    text = doc.text
    start, end = doc.sentence_at(figure.start)
    breaks = list(_CLAUSE_BREAK.finditer(text, start, figure.start))
    cut = _CLAUSE_BREAK.search(text, figure.end, end)
    clause_start, clause_end = breaks[-1].end() if breaks else start, cut.start() if cut else end
    hardest = _HARDEST_HIT.search(text, start, clause_end)
    if hardest is not None and (
        hardest.start() >= clause_start or not text[start : hardest.start()].strip(' \t\n"“')
    ):
        return "the hardest-hit " + hardest.group("place").split()[-1].lower()
    alone = _ALONE.search(text, start, clause_end)
    if alone is not None and (
        alone.start() >= clause_start or not text[start : alone.start()].strip(' \t\n"“')
    ):
        return alone.group("place")  # in the figure's clause, or opening its sentence
    if _ONE_PLACE_AFTER.search(text, figure.end, clause_end):
        return ""
    named = _NAMED_PLACE_AFTER.search(text, figure.end, clause_end)
    if (
        named is not None
        and _wide_disaster(doc)
        and not _own_name(named.group("place"), event_names)
        # "Death toll from floods climbs to 152 in Brazilian city of Petropolis": a headline's
        # city is its own report's event, not one city's share
        and not doc.in_headline(figure.start)
    ):
        return named.group("place")  # not the event's own place ("the port city of Derna")
    return None


# "At least 10,000 people are thought to have been killed in the Philippine city of
# Tacloban", "10,000 people in central Philippine province of Leyte might be killed": in a
# disaster that spans a region (a typhoon, a quake, floods), the toll of the one city or
# province named after it (not in a city fire, where "in the city of X" is the whole event)
_NAMED_PLACE_AFTER = re.compile(
    r"\b(?:in|across)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:city|province|island|town|region)"
    r"\s+of\s+(?P<place>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)"
)
_WIDE_DISASTER = re.compile(
    r"\b(?:typhoon|hurricane|cyclone|earthquake|quake|tsunami|floods?|flooding|monsoon"
    r"|super\s*storm|wildfires?)\b",
    re.IGNORECASE,
)


def _wide_disaster(doc: Document) -> bool:
    """Whether the headline or lead names a disaster that spans a region."""
    return any(
        bounds is not None and _WIDE_DISASTER.search(doc.text, *bounds)
        for bounds in (doc.headline, doc.lead)
    )


def _place_of(doc: Document, figure: Suggestion) -> str | None:
    """The place a figure is about, named in its clause: after it ("3,300 in civil war-torn
    Syria"), else before it in the same clause, else a place the sentence opens with ("In
    Turkey, at least 15,546 have been killed"). "in Turkey and Syria" names the whole event:
    no place."""
    text = doc.text
    start, end = doc.sentence_at(figure.start)
    cut = _CLAUSE_BREAK.search(text, figure.end, end)
    match = _PLACE.search(text, figure.end, cut.start() if cut else end)
    if match is not None and _EVENT_BETWEEN.search(text, figure.end, match.start()):
        match = None
    local = _LOCAL_AFTER.match(text, figure.end)
    if match is None and local:
        return f"the {local.group(1).lower()}"  # "we are above 190 in the city", a mayor says
    if match is None:
        breaks = list(_CLAUSE_BREAK.finditer(text, start, figure.start))
        clause_start = breaks[-1].end() if breaks else start
        before = list(_PLACE.finditer(text, clause_start, figure.start))
        match = before[-1] if before else _FRONTED_PLACE.match(text, start, figure.start)
    if match is None:
        # "Khyber Pakhtunkhwa province has recorded 149 deaths": the place as the subject
        return share_place(text, (start, end), figure.start, figure.end)
    following = text[match.end() : match.end() + 60]
    owned = (match.group("place") or "").endswith(("'s", "’s"))
    if re.match(r"(?:['’]s)?\s+(?:[a-z]+\s+)?history\b", following) and (
        owned or following.startswith(("'", "’"))
    ):
        return None  # "the worst disaster in Bangladesh's history": a record, not a place
    if re.match(r"\s*(?:,\s*[A-Z][\w'’-]+\s*)*(?:,\s*)?(?:and|&)\s+[A-Z]", following):
        return None  # "in Texas and Kansas", "in Turkey and Syria": the whole event
    if doc.in_headline(match.start()) and re.match(r",\s*[A-Z][\w'’-]+", following):
        # a headline's "toll tops 21,000 in Turkey, Syria", "Death toll climbs to 118 in
        # Germany, Belgium as storms ravage Europe": a headline lists with commas
        return None
    if re.search(
        r"[A-Z][\w'’-]+\s+(?:and|&)\s+$", text[max(0, match.start() - 30) : match.start()]
    ):
        return None
    place = match.group("place") or match.group("owner")
    wider = re.match(r",\s*([A-Z][\w'’-]+)(?=\s*[,.;]|\s+[a-z])", following)
    if wider and not _DISTRICT.search(place):
        place = wider.group(1)  # "in Bangkok, Thailand": the country, as other reports say
    place = re.sub(r"['’]s$", "", place)
    place = _DEMONYMS.get(place, place)
    if place.endswith("ian") and re.match(r"\s+[a-z]", following):
        place = place[:-1]  # "the Syrian side" and "in Syria"
    if place.lower() in _NOT_PLACES:
        return None
    return place


# "in Washington County, Texas": a part of the state, named as such, stays that part
_DISTRICT = re.compile(
    r"\s(?:County|District|Province|Prefecture|Municipality|Township|Parish|Governorate"
    r"|Borough|Department|Division)$"
)
# "the Thai capital", "the Turkish side": the country, as other reports name it
_DEMONYMS = {
    "Thai": "Thailand", "Turkish": "Turkey", "Chinese": "China", "Japanese": "Japan",
    "French": "France", "British": "Britain", "Spanish": "Spain", "Mexican": "Mexico",
    "Afghan": "Afghanistan", "Pakistani": "Pakistan", "Iraqi": "Iraq", "Israeli": "Israel",
    "Lebanese": "Lebanon", "Iranian": "Iran", "Nepali": "Nepal", "Nepalese": "Nepal",
    "Filipino": "Philippines", "Greek": "Greece", "Burmese": "Myanmar", "Dutch": "Netherlands",
    "Ukrainian": "Ukraine", "Russian": "Russia", "Egyptian": "Egypt", "Moroccan": "Morocco",
    "Libyan": "Libya", "Sudanese": "Sudan", "Chilean": "Chile", "Peruvian": "Peru",
    "Haitian": "Haiti", "Italian": "Italy", "German": "Germany", "Polish": "Poland",
    "Bangladeshi": "Bangladesh", "Vietnamese": "Vietnam", "Korean": "Korea",
    "Palestinian": "Palestine", "Yemeni": "Yemen", "Somali": "Somalia", "Kenyan": "Kenya",
    "Nigerian": "Nigeria", "Ethiopian": "Ethiopia", "Congolese": "Congo",
    "Brazilian": "Brazil", "Argentine": "Argentina", "Colombian": "Colombia",
    "Venezuelan": "Venezuela", "Portuguese": "Portugal", "Swiss": "Switzerland",
}  # fmt: skip
_COUNTRIES = frozenset(_DEMONYMS.values())
_NOT_PLACES = frozenset(
    "hospital hospitals january february march april may june july august september october"
    " november december monday tuesday wednesday thursday friday saturday sunday the this"
    " total all"
    # French capitalises an institution's first word: "évacués au Centre hospitalier"
    " centre hôpital hôtel musée palais ministère préfecture tribunal conseil".split()
)


_PLACED = frozenset(
    {
        "deaths",
        "injured",
        "missing",
        "casualties",
        "evacuated",
        "displaced",
        "rescued",
        "arrests",
        "cases",
        "buildings-damaged",
        "homes-flooded",
    }
)
_CITY_COUNTRY = re.compile(
    # not a list of places: "in Nepal, India and Tibet"
    r"\b(?-i:in)\s+(?P<city>[A-Z][\w'’-]+),\s+(?P<country>[A-Z][\w'’-]+)\b"
    r"(?=\s*[,.;:)]|\s+(?!(?:and|or)\b)[a-z])"
    r"|\b(?P<country2>[A-Z][\w'’-]+)['’]s\s+capital,?\s+(?P<city2>[A-Z][\w'’-]+)"
)


def _aliases(texts: Sequence[str]) -> dict[str, str]:
    """City -> country where a report writes "Bangkok, Thailand" or "Thailand's capital,
    Bangkok", so that "in Bangkok" and "in Thailand" are one place."""
    aliases: dict[str, str] = {}
    for text in texts:
        # (not in the headline, which lists with commas: "118 in Germany, Belgium as ...")
        for match in _CITY_COUNTRY.finditer(text, max(0, text.find("\n"))):
            city = match.group("city") or match.group("city2")
            country = match.group("country") or match.group("country2")
            if city != country and country not in aliases:
                aliases.setdefault(city, country)
    for variant, canonical in _spellings(texts).items():
        aliases.setdefault(variant, aliases.get(canonical, canonical))
    return aliases


def _spellings(texts: Sequence[str]) -> dict[str, str]:
    """One name transliterated differently by different reports ("Utøya", "Utoya",
    "Utoeya"; "Zürich", "Zurich", "Zuerich"): each other spelling -> one of them. Names in
    capitals ("BUTTE COUNTY") are left out: a case is no spelling."""
    found: dict[str, set[str]] = {}
    for text in texts:
        for word in set(_CAPITALISED.findall(text)):
            if not word.isupper():
                found.setdefault(_fold(word), set()).add(word)
    return {
        variant: min(variants)
        for variants in found.values()
        if len(variants) > 1
        for variant in variants - {min(variants)}
    }


_CAPITALISED = re.compile(r"\b[A-ZÀ-Þ][\w'’-]{3,}")
_FOLDED_LETTERS = str.maketrans({"ø": "o", "æ": "ae", "ß": "ss", "đ": "d", "ł": "l", "ı": "i"})


def _fold(word: str) -> str:
    """A name with its accents dropped and the German or Nordic spelling of a vowel with an
    accent folded ("oe" for "ö" or "ø"): "Utøya", "Utoya" and "Utoeya" fold alike."""
    plain = unicodedata.normalize("NFKD", word.lower().translate(_FOLDED_LETTERS))
    plain = "".join(c for c in plain if not unicodedata.combining(c))
    return re.sub(r"(?<=[a-z])([aou])e", r"\1", plain)


_EVENT_NOUN = re.compile(
    r"\s+(?:earthquakes?|quakes?|blasts?|explosions?|floods?|flooding|fires?|attacks?|shootings?"
    r"|storms?|disaster|tragedy|crash)\b",
    re.IGNORECASE,
)
_WHOLE = re.compile(
    r"\b(?:the\s+two\s+(?:countries|nations)|both\s+countries|in\s+total|combined|overall"
    r"|the\s+region)\b",
    re.IGNORECASE,
)


def _name_forms(names: set[str]) -> tuple[dict[str, str], str]:
    """Each way ``names`` are written (the name, its demonym: "Turkish", "Syrian") -> the
    name, and a regex alternation of them, longest first."""
    forms = {name: name for name in names}
    for demonym, country in _DEMONYMS.items():
        if country in names:
            forms[demonym] = country
    for name in names:
        if name.endswith("ia"):
            forms[name + "n"] = name
    return forms, "|".join(sorted(map(re.escape, forms), key=len, reverse=True))


def _mentions(text: str, start: int, end: int, names: set[str]) -> list[tuple[int, str]]:
    """Where ``names`` (or their demonyms: "Turkish", "Syrian") are named in ``text[start:end]``,
    leaving out a name that only labels the event ("the Turkey earthquake")."""
    if not names:
        return []
    forms, alternatives = _name_forms(names)
    pattern = re.compile(rf"\b({alternatives})\b")
    return [
        (m.start(), forms[m.group(1)])
        for m in pattern.finditer(text, start, end)
        if not _EVENT_NOUN.match(text, _label_list_end(text, m.end()))
    ]


_LABEL_LIST = re.compile(r"(?:\s*(?:,|and|&|[-–/])\s*[A-Z][\w'’-]+)*")


def _label_list_end(text: str, end: int) -> int:
    """Where a list of names that starts before ``end`` ends: "Myanmar, Thailand earthquake"
    and "Turkey and Syria quake" (or "Iran-Iraq quake") label the event with every name of the
    list."""
    match = _LABEL_LIST.match(text, end)
    return match.end() if match else end


def _paragraph_place(
    doc: Document, sentence_start: int, names: set[str], alias: Callable[[str], str]
) -> str | None:
    """The place an earlier sentence of the same paragraph is about ("In Thailand, ... 18.
    Some 26 people have been injured"), when the nearest one that names places names one."""
    text = doc.text
    paragraph_start = text.rfind("\n", 0, sentence_start) + 1
    for start, end in reversed(doc.sentences):
        if end > sentence_start:
            continue
        if start < paragraph_start:
            break
        mentions = _mentions(text, start, end, names)
        if mentions:
            return _the_one_place(text, mentions, alias)
    paragraph_end = text.find("\n", sentence_start)
    dateline = _DATELINE.match(text, paragraph_start, sentence_start + 60)
    mentions = _mentions(
        text,
        dateline.end() if dateline else paragraph_start,
        len(text) if paragraph_end < 0 else paragraph_end,
        names,
    )
    return _the_one_place(text, mentions, alias)  # the paragraph is about one place


def _the_one_place(
    text: str, mentions: list[tuple[int, str]], alias: Callable[[str], str]
) -> str | None:
    """The one place ``mentions`` name, when it is named at least once as what the sentence
    is about."""
    found = {alias(n) for _, n in mentions}
    if len(found) != 1 or not any(_about(text, at) for at, _ in mentions):
        return None
    return found.pop()


def _about(text: str, position: int) -> bool:
    """A place named as what a sentence is about ("In Thailand, ...", "Myanmar was hit",
    "Thailand's capital"), not one met in passing ("a dust cloud over the town of Amatrice")."""
    before = text[max(0, position - 16) : position]
    name = re.match(r"[\w'’-]+(?:\s+[A-Z][\w'’-]+)*", text[position:])
    after = text[position + (name.end() if name else 0) :][:12]
    return bool(
        re.search(r"(?:^|\n|[.;:]\s+|\b(?:in|In|across|Across)\s+(?:the\s+)?)$", before)
        or re.match(r"['’]s\b|\s+(?:was|is|has|had|were|are)\b", after)
    )


def place_scopes(
    docs: Sequence[Document], figures: Sequence[list[Suggestion]]
) -> list[dict[int, str]]:
    """For each report, the place each of its figures is about, where its event splits a
    count of people between places.

    A place scopes a figure only when some report of the event gives one count for two
    places or more ("3,419 in Turkey ... 1,602 in Syria", "In Thailand, 10 ... in Myanmar,
    144"); then a figure of the event whose clause names one of those places, or whose
    sentence names only one of them, is that place's figure, compared only with the same
    place's. "Bangkok, Thailand" makes Bangkok part of Thailand. A list of different counts
    that ends with a place ("1,700 killed, 3,400 injured and 300 missing in Myanmar") is
    all that place's. Totals ("in Myanmar and Thailand"), properties of the event (a
    magnitude) and figures of an event that does not split by place are not scoped.
    """
    aliases = _aliases([doc.text for doc in docs])

    def alias(place: str) -> str:
        return aliases.get(place, place)

    clause_places: list[dict[int, str]] = []
    split: set[str] = set()
    counted: list[set[str]] = []  # the places one report gives one quantity's counts for
    for doc, found in zip(docs, figures, strict=True):
        named: dict[int, str] = {}
        by_quantity: dict[str, set[str]] = {}
        for figure in _placed(found, parts=True):
            place = _place_of(doc, figure)
            if place is not None and _other_event(doc, figure) is None:
                named[figure.start] = alias(place)  # parts too: their place is theirs
                by_quantity.setdefault(_base(figure), set()).add(alias(place))
        counted.extend(names for names in by_quantity.values() if len(names) > 1)
        clause_places.append(named)
    texts = [doc.text for doc in docs]
    spellings = _spellings(texts)
    for names in counted:
        spelt = names | {form for form, one in spellings.items() if alias(one) in names}
        split.update(alias(place) for place in _listed_together(texts, spelt))
    # the event's own place, named in most headlines and leads, holds the places it is split
    # between ("728 people in Pakistan" beside "149 deaths" in one of its provinces): it
    # joins the split only where a report lists it beside another ("Turkey and Syria")
    own = {name for names in _event_names(docs, [0] * len(docs)).values() for name in names}
    for names in counted:
        if names & split:
            # "35 in Amatrice, 11 in Accumoli and 17 in Ascoli Piceno"
            split.update(name for name in names if name.lower() not in own or name in split)
    if not split:
        return [{} for _ in docs]
    names = split | {city for city, country in aliases.items() if country in split}
    return [
        _scoped_in(doc, found, named, split, names, alias)
        for doc, found, named in zip(docs, figures, clause_places, strict=True)
    ]


def _listed_together(texts: Sequence[str], names: set[str]) -> set[str]:
    """The places of ``names`` that a report of the event names in one list with another of
    them ("Turkey and Syria", "Myanmar, Thailand", "the Turkish and Syrian sides"): places
    the event spans. Two places one report gives counts for but no report lists together
    are mostly one inside the other ("12 dead in the Bronx", "12 dead in New York"; "in
    Hawaii", "in the US") or the same count at two sites of one event, not a split."""
    if len(names) < 2:
        return set()
    forms, alternatives = _name_forms(names)
    pattern = re.compile(
        rf"\b({alternatives})\b(?:\s*,\s*[A-Z][\w'’-]+){{0,3}}\s*(?:,|and|&)\s*({alternatives})\b"
    )
    listed: set[str] = set()
    countries = set(_DEMONYMS.values())
    for text in texts:
        for match in pattern.finditer(text):
            first, second = forms[match.group(1)], forms[match.group(2)]
            if "," in match.group() and second in countries and first not in countries:
                continue  # "Dhaka, Bangladesh (BBN)": a city and its country, not a list
            if first != second:
                listed.update((first, second))
    return listed


def _base(figure: Suggestion) -> str:
    return (figure.quantity or "").split(" (")[0]


def _placed(found: Sequence[Suggestion], parts: bool = False) -> list[Suggestion]:
    """The figures of counts a place can split (deaths, injured, ...), not scoped already
    (a venue, another year); with ``parts``, also the unnamed sub-totals."""
    return [
        figure
        for figure in found
        if figure.label == "figure"
        and _base(figure) in _PLACED
        and (figure.scope is None or (parts and figure.scope.startswith("part@")))
    ]


def _scoped_in(
    doc: Document,
    found: Sequence[Suggestion],
    named: dict[int, str],
    split: set[str],
    names: set[str],
    alias: Callable[[str], str],
) -> dict[int, str]:
    """The places of one report's figures (see ``place_scopes``)."""
    text = doc.text
    places: list[tuple[Suggestion, str | None, bool]] = []  # figure, place, a whole
    previous: tuple[int, str | None, int] | None = None  # sentence, place, end
    for figure in _placed(found):
        place = named.get(figure.start)
        start, end = doc.sentence_at(figure.start)
        clause_end = _CLAUSE_BREAK.search(text, figure.end, end)
        clause_start = (
            [start] + [m.end() for m in _CLAUSE_BREAK.finditer(text, start, figure.start)]
        )[-1]
        whole = bool(_WHOLE.search(text, clause_start, clause_end.start() if clause_end else end))
        if (
            place is None
            and not whole
            and previous is not None
            and previous[0] == start
            and re.fullmatch(r"[^,;:—]*", text[previous[2] : figure.start])
        ):
            place = previous[1]  # "144 people were killed and 737 injured in the country"
        if _EVENT_TOLL_BEFORE.search(text, max(start, figure.start - 60), figure.start):
            whole = True  # "floods that have killed hundreds of people"
        if place is None and not whole:
            # the sentence's places before the figure ("Myanmar was severely affected,
            # with at least 144 fatalities"); a place named only after it belongs to what
            # follows ("... 21,000, eclipsing the 18,000 who died near the Turkish capital")
            dateline = _DATELINE.match(text, start, figure.start)
            opening = dateline.end() if dateline else start
            in_sentence = {alias(n) for _, n in _mentions(text, opening, figure.start, names)}
            after = _mentions(text, figure.end, end, names)
            if len(in_sentence) == 1:
                place = in_sentence.pop()
            elif not in_sentence and not after:
                place = _paragraph_place(doc, start, names, alias)
            elif (
                not in_sentence
                and _the_place_after(figure, found, after, alias, text, end)
                and not _other_place_first(text, figure.end, end, names, alias)
            ):
                place = alias(after[0][1])
        previous = (start, place, figure.end)
        places.append((figure, place, whole))
    _list_places(doc, places)
    return {figure.start: place for figure, place, _ in places if place in split}


# "Oslo, Norway (AP) - ...", "BEIRUT (Reuters) —": where the report was filed, not what the
# sentence is about
_DATELINE = re.compile(
    r"[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*(?:,\s*[A-Z][\w'’.-]*(?:\s[A-Z][\w'’.-]*)*)?"
    r"\s*(?:\([A-Za-z. ]+\))?\s*[-–—]+\s"
)


def _the_place_after(
    figure: Suggestion,
    found: Sequence[Suggestion],
    after: list[tuple[int, str]],
    alias: Callable[[str], str],
    text: str,
    end: int,
) -> bool:
    """Whether the one place named after a figure in its sentence is the figure's: "At least
    four people died and dozens were wounded after a major earthquake struck large parts of
    Iraq". Not when another count of the same quantity comes between ("... 21,000, eclipsing
    the 18,000 who died near the Turkish capital": that place is the 18,000's), nor when one
    follows the place in the sentence: a second attack told with its own toll ("killed at
    least 86 people at an island retreat, which followed an explosion in nearby Oslo that
    killed seven": Oslo is the seven's)."""
    if len({alias(n) for _, n in after}) != 1:
        return False
    first = after[0][0]
    return not any(
        other.label == "figure"
        and _base(other) == _base(figure)
        and (
            figure.end <= other.start < first
            or (first < other.start < end and _OWN_TOLL.fullmatch(text, first, other.start))
        )
        for other in found
    )


def _other_place_first(
    text: str, start: int, end: int, names: set[str], alias: Callable[[str], str]
) -> bool:
    """Whether the first place named after ``start`` with a place word is none of ``names``:
    "une personne est portée disparue à Puicheric en aval de Trèbes" is about Puicheric."""
    first = _PLACE.search(text, start, end)
    place = first.group("place") if first is not None else None
    return place is not None and alias(place) not in names


# "... an explosion in nearby Oslo that killed seven": the place, then the toll of what
# happened there
_OWN_TOLL = re.compile(
    r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*,?\s+(?:that|which|where)\s+(?:\w+\s+){0,2}?"
    r"(?:killed|left|claimed|died|were\s+killed)\s+(?:at\s+least\s+|some\s+|about\s+)?"
)


def _list_places(doc: Document, places: list[tuple[Suggestion, str | None, bool]]) -> None:
    """Give a list of different counts the place its last member names after it: "At least
    1,700 have been killed, 3,400 people have been injured and 300 are missing in Myanmar"."""
    for k in range(len(places) - 2, -1, -1):
        figure, place, whole = places[k]
        following, next_place, _ = places[k + 1]
        if place is not None or whole or next_place is None:
            continue
        if _base(figure) == _base(following):
            continue  # "3,000 dead, 1,500 in Syria": a part, not a list
        if doc.sentence_at(figure.start) != doc.sentence_at(following.start):
            continue
        if re.fullmatch(r"[^;:—()]*", doc.text[figure.end : following.start]):
            places[k] = (figure, next_place, whole)


def _main_and_parts(
    doc: Document, figures: list[Suggestion], event_names: frozenset[str] = frozenset()
) -> list[Suggestion]:
    """A report's own figure for each quantity and its parts.

    The main figure of a quantity is the highest given in the headline or lead (else in the
    whole report). Another figure of that quantity that is lower than it and names a place
    ("3,419 in Turkey" under a toll of 5,102 for two countries) is that place's figure: it is
    compared only with the same place's figures. One written as a part ("including six
    labourers", "seven more bodies", "four bodies have been recovered so far", "three died in
    hospital", "another 1,602") is not compared at all, nor one a third of the main figure or
    less outside the headline and lead: a sub-count with no part word ("three died at a
    mosque", "two were declared brought dead" in a report of 35 dead). A lower figure given
    as an earlier value ("had put the toll at four") stays comparable. The same holds among
    one place's figures ("in Myanmar").
    """
    by_quantity: dict[tuple[str, str | None], list[Suggestion]] = {}
    for figure in figures:
        if figure.scope is None or figure.scope.startswith("in "):
            by_quantity.setdefault((figure.quantity or "", figure.scope), []).append(figure)
    drop: set[int] = set()
    scoped: dict[int, Suggestion] = {}
    for members in by_quantity.values():
        if len(members) < 2:
            continue
        prominent = [
            f for f in members if doc.in_headline(f.start) or _in_lead(doc, f.start)
        ] or members
        main = max(prominent, key=lambda f: f.interval.low)  # type: ignore[union-attr]
        assert main.interval is not None
        if main.quantity and main.quantity.startswith("magnitude"):
            # a report's other magnitudes are other tremors ("a magnitude 7.6 earthquake at
            # 1:24 p.m."): only its main shock is compared
            drop.update(id(f) for f in members if f.interval != main.interval)
            continue
        lower = []
        for figure in members:
            assert figure.interval is not None
            if figure is main:
                continue
            if figure.interval.high >= main.interval.low:
                place = _lower_place(doc, figure, main, event_names)
                if place is not None:  # "at least 68 in Kerr County" beside "at least 79"
                    scoped[id(figure)] = replace(figure, scope=place, part=True)
                elif _some_of_them(doc, figure, main):
                    drop.add(id(figure))  # "at least 21 students" in a report of 230 dead
                continue
            if not _earlier_value(doc, figure):
                place = _place_of(doc, figure) if figure.scope is None else None
                lower.append((figure, place))
        # A place scopes a figure when it is not the report's own (headline, lead), or when
        # the report splits the quantity between places ("3,419 in Turkey", "1,602 in Syria").
        places = {place for *_, place in lower if place is not None}
        # and the places this report's other counts of the quantity are scoped to already:
        # "1,953 in Nepal" beside "53" in India and "17" in Tibet is Nepal's share of a toll
        # that spans countries, even where Nepal is the event's own name
        places |= {
            f.scope[3:]
            for f in figures
            if f.scope and f.scope.startswith("in ") and f.quantity == main.quantity
        }
        for figure, place in lower:
            own = doc.main_names | event_names
            if place is not None and (len(places) > 1 or not _own_name(place, own)):
                scoped[id(figure)] = replace(figure, scope=place, part=True)
            elif _part_cue(doc, figure):
                drop.add(id(figure))
            elif _sub_count(doc, figure, main):
                drop.add(id(figure))
    return [scoped.get(id(f), f) for f in figures if id(f) not in drop]


def _some_of_them(doc: Document, figure: Suggestion, main: Suggestion) -> bool:
    """Whether a figure whose range reaches the main one is some of them: a third of it or
    less, or an open-ended count below it told as a part ("over 100 bodies were already
    received by the families"; "Over 450 people have been injured in this incident of which,
    at least 350 are at CMCH"), and not an earlier value of the toll."""
    assert main.interval is not None
    sentence_end = doc.sentence_at(figure.start)[1]
    return (
        _sub_count(doc, figure, main)
        or (
            _value(figure) < main.interval.low
            and (
                bool(_FOUND_AFTER.match(doc.text, figure.end, sentence_end))
                or _part_cue(doc, figure)
            )
        )
    ) and not _earlier_value(doc, figure)


# a later member of a list of parts: "among them 18 are in burn unit and 37 are at the
# emergency unit", "Of them, 41 have been identified while 39 bodies were handed over"
_PART_LIST = re.compile(
    rf"\b{_PART_WORDS}\s+[^.;:!?]{{0,60}}?\d[^.;:!?\d]{{0,40}}?(?:,|\band|\bwhile)\s+$",
    re.IGNORECASE,
)


def _part_cue(doc: Document, figure: Suggestion) -> bool:
    """A figure written as a part: "including six labourers", "four bodies have been recovered
    so far", "over 100 bodies were already received by the families"."""
    sentence_start, sentence_end = doc.sentence_at(figure.start)
    text = doc.text
    return bool(
        _PART_BEFORE.search(text, max(sentence_start, figure.start - 40), figure.start)
        or _PART_AFTER.match(text[figure.end : min(sentence_end, figure.end + 60)])
        or _PART_LIST.search(text, max(sentence_start, figure.start - 110), figure.start)
    )


def _lower_place(
    doc: Document, figure: Suggestion, main: Suggestion, event_names: frozenset[str]
) -> str | None:
    """The place an "at least" figure below the main one is given for, when that place is
    not the report's or the event's own: "at least 68 were killed in Kerr County" in a
    report whose toll is "at least 79" is that county's count, unless it is said in the
    headline or lead."""
    assert main.interval is not None
    if figure.scope is not None or _value(figure) >= main.interval.low:
        return None
    if doc.in_headline(figure.start) or _in_lead(doc, figure.start):
        return None  # the headline's and the lead's place is the report's own
    place = _place_of(doc, figure)
    if place is None or _own_name(place, event_names | doc.main_names):
        return None
    if all(word in doc.main_names for word in place.lower().split()):
        return None  # "in Equatorial Guinea" under the headline "Explosions in Equatorial Guinea"
    return place


_EVENT_NAMED = re.compile(rf"\s{_EVENT_NOUNS}$", re.IGNORECASE)


def _own_name(place: str, names: frozenset[str]) -> bool:
    """Whether ``place`` is one of the report's or the event's own names, or the event itself
    named with its own words ("in the destructive Camp Fire" under "Camp Fire death toll soars
    to 42"); not a place inside the event ("in Kerr County", though most headlines name it)."""
    words = place.lower().split()
    return place.lower() in names or (
        bool(_EVENT_NAMED.search(place)) and all(word in names for word in words)
    )


def _sub_count(doc: Document, figure: Suggestion, main: Suggestion) -> bool:
    """A third of the main figure or less, outside the headline and lead: a count of some of
    them (at one site, in one hospital), not another value of the whole."""
    assert figure.interval is not None and main.interval is not None
    if doc.in_headline(figure.start) or _in_lead(doc, figure.start):
        return False
    return _value(figure) * 3 <= main.interval.low  # "at least 21 students" beside 230 dead


def _value(figure: Suggestion) -> float:
    """The highest value a figure gives: its low end for "at least 21"."""
    assert figure.interval is not None
    return figure.interval.low if math.isinf(figure.interval.high) else figure.interval.high


def _in_lead(doc: Document, position: int) -> bool:
    return doc.lead is not None and doc.lead[0] <= position < doc.lead[1]


def _event_names(docs: Sequence[Document], events: Sequence[int]) -> dict[int, frozenset[str]]:
    """The names most reports of an event give in their headline or lead (the event's own
    place: "Italy"), so that a live page's earlier toll "in central Italy" is not taken for
    one place's count. At least two reports and half of the event's must name it."""
    counts: dict[int, Counter[str]] = {}
    sizes: Counter[int] = Counter(events)
    for doc, event in zip(docs, events, strict=True):
        counts.setdefault(event, Counter()).update(doc.main_names)
    return {
        event: frozenset(name for name, n in counted.items() if n >= 2 and n * 2 >= sizes[event])
        for event, counted in counts.items()
    }


# quantities that say nothing of what is counted: a percentage of nothing named, people with
# nothing said of what happened to them ("home to 15 million people", "five people")
_UNSAID = frozenset({None, "unspecified", "percentage", "people", "persons", "individuals"})


def _better_mention(doc: Document, figure: Suggestion, kept: Suggestion) -> bool:
    """Which of two mentions of one figure to compare: the one given as a rise ("toll
    reaches 27" in the headline, "27 individuals" below), else one outside the headline."""
    rise, kept_rise = rise_cue(doc, figure) is not None, rise_cue(doc, kept) is not None
    if rise != kept_rise:
        return rise
    return doc.in_headline(kept.start) and not doc.in_headline(figure.start)


def _below_a_group(doc: Document, figures: list[Suggestion]) -> list[Suggestion]:
    """Leave out a count of all (the injured) below the report's count of a group of them
    outside the headline and lead: beside "over 400 others were badly injured", "medical
    staff treated dozens of wounded residents outside the building" are some of the
    injured, not another value of their total. (A feared toll is no group: it may exceed
    the count.)"""
    floors: dict[str, float] = {}
    for figure in figures:
        base, _, group = (figure.quantity or "").partition(" (")
        if group and group != "feared)" and figure.scope is None and figure.interval is not None:
            floors[base] = max(floors.get(base, 0.0), figure.interval.low)
    return [
        figure
        for figure in figures
        if not (
            figure.quantity in floors
            and figure.scope is None
            and not doc.in_headline(figure.start)
            and not _in_lead(doc, figure.start)
            and _value(figure) < floors[figure.quantity]
        )
    ]


def _headline_venue(doc: Document, figure: Suggestion) -> bool:
    """Whether a figure of the headline is scoped by a venue the headline names for the
    event itself ("At Least 20 Dead, 100 Injured at Las Vegas Concert"): the report's own
    count, not one venue's share."""
    scope = figure.scope
    return bool(
        scope
        and scope[0].isupper()
        and doc.in_headline(figure.start)
        and all(
            word in doc.main_names
            for word in scope.lower().split()
            if word not in ("of", "the", "de", "du", "des", "la", "le")
        )
    )


# "An Associated Press photographer saw three bodies behind police lines", "I see three dead
# people on the road", "avoir vu de son côté sept corps sur la plage": the dead a witness
# saw, compared only with other witnesses' counts, not with the toll (some of the dead, at
# one spot); not "has seen" of a place's history ("the city has seen 12 deaths this year")
_SEEN = re.compile(
    r"(?<!has\s)\b(?:saw|see|sees|seen|seeing|vu|voir|aperçu)"
    r"(?:\s+(?:de\s+son\s+côté|later|also|only|at\s+least|about|around|some|what|the))*\s*$",
    re.IGNORECASE,
)


def _bodies_as_the_toll(candidates: list[Suggestion]) -> list[Suggestion]:
    """A count of bodies recovered at or above the report's own toll is a count of the dead
    too ("At least 37 people died ... 37 bodies were pulled from the river"): the bodies
    cannot outnumber the dead, so it is also compared with other reports' tolls, and still
    with their bodies. Not below the toll ("13 bodies recovered" beside "the toll rose to
    46"), not in a report with no toll (the search may have just begun), and not where the
    toll is written with the same value already (that mention is the one compared)."""
    tolls = [f for f in candidates if f.quantity == "deaths" and f.scope is None]
    if not tolls:
        return candidates
    floor = max(_value(f) for f in tolls)
    written = {str(f.interval) for f in tolls}
    return candidates + [
        replace(f, quantity="deaths")
        for f in candidates
        if f.quantity == "bodies recovered"
        and f.scope is None
        and not f.part
        and _value(f) >= floor
        and str(f.interval) not in written
    ]


def _part_with_a_place(
    doc: Document, figure: Suggestion, splits: bool, event_names: frozenset[str]
) -> Suggestion:
    """A part of the toll told with its place: that place's count ("Fifty-eight of the
    fatalities were in Germany", "Paktika, where 255 people were killed"); in a report that
    splits its counts by place, also "Sindh was the worst-hit province, where 792 people were
    killed". Told after "where" for the event's own place ("in Lewiston, Maine, where at
    least 22 people lost their lives"), it is the toll itself. Else the figure as it was."""
    sentence = doc.sentence_at(figure.start)
    where = where_place(doc.text, sentence[0], figure.start)
    if (
        where is not None
        and where not in _COUNTRIES  # "in southwest Japan, where ...": a region of it
        and not re.search(
            r"\b(?:in|at)\s+(?:the\s+)?[a-z]+\s+[A-Z][^,]*,?\s+where\s+$",
            doc.text[max(sentence[0], figure.start - 60) : figure.start],
            re.I,
        )
        and all(w in event_names for w in where.lower().split())
    ):
        return replace(figure, scope=None, part=False)
    share = share_place(doc.text, sentence, figure.start, figure.end) if splits else None
    place = share or where or _place_of(doc, figure)
    if place is None or (not splits and _own_name(place, event_names | doc.main_names)):
        return figure  # (the event's own place is a share where the report splits by place)
    return replace(figure, scope=f"in {place}")


def _comparable(
    doc: Document,
    figures: list[Suggestion],
    places: dict[int, str] | None = None,
    event_names: frozenset[str] = frozenset(),
    when: datetime | None = None,
) -> list[Suggestion]:
    """The figures worth comparing: known quantity (a percentage with nothing said of what
    it measures is not), not an unnamed part, no repeats; a figure in ``places`` (offset ->
    place) is scoped to that place. ``when``: the event's date, when known."""
    places = places or {}
    candidates = []
    for f in figures:
        if (
            f.label != "figure"
            or f.interval is None
            or f.quantity in _UNSAID  # "9.89%" of what? "15 million people" doing what?
            or f.who_only
        ):
            continue
        if _headline_venue(doc, f):
            f = replace(f, scope=None)  # "At Least 20 Dead, 100 Injured at Las Vegas Concert"
        if f.scope is not None and f.scope.startswith("part@") and _base(f) in _PLACED:
            f = _part_with_a_place(doc, f, bool(places), event_names)
        if f.start in places and f.scope is None:
            f = replace(f, scope=f"in {places[f.start]}")
        elif f.scope is None and (
            (other := _other_event(doc, f, when)) is not None
            or (other := _background(doc, f)) is not None
        ):
            if not other:
                continue  # an earlier event with no name: compared with nothing
            f = replace(f, scope=f"before: {other}")
        elif (
            f.scope is None
            and _base(f) == "deaths"
            and _SEEN.search(doc.text, max(doc.sentence_at(f.start)[0], f.start - 40), f.start)
        ):
            f = replace(f, scope="seen")  # "a photographer saw three bodies": a witness's count
        elif f.scope is None and _base(f) in _PLACED:
            place = _one_place(doc, f, event_names)
            if place == "":
                continue  # "in just one city": a part of the toll with no name
            if place is not None:
                f = replace(f, scope=f"in {place}")
        candidates.append(f)
    candidates = _bodies_as_the_toll(candidates)
    chosen: dict[tuple[str, str | None, str], Suggestion] = {}
    for figure in _below_a_group(doc, _main_and_parts(doc, candidates, event_names)):
        if figure.part and (figure.scope is None or figure.scope.startswith("part@")):
            continue
        key = (figure.quantity or "", figure.scope, str(figure.interval))
        if key not in chosen or _better_mention(doc, figure, chosen[key]):
            chosen[key] = figure
    return sorted(chosen.values(), key=lambda f: f.start)


def compare_reports(
    reports: Sequence[Report],
    analysed: Sequence[tuple[Document, list[Suggestion]]],
    events: Sequence[int] | None = None,
) -> list[Conflict]:
    """Verdicts for reports already analysed (``analysed[i]`` belongs to ``reports[i]``).

    ``events`` gives the event index of each report; only reports of one event are compared.
    Without it the reports are grouped by ``group_events``.
    """
    if events is None:
        events = events_of(group_events(reports), len(reports))
    dates = _event_dates(reports, events)
    places: list[dict[int, str]] = [{} for _ in reports]
    for event in set(events):
        members = [i for i, e in enumerate(events) if e == event]
        docs, found = [analysed[i][0] for i in members], [analysed[i][1] for i in members]
        scoped = place_scopes(docs, found)
        sites = site_scopes(
            docs, [_this_events(d, f, dates.get(event)) for d, f in zip(docs, found, strict=True)]
        )
        for i, named, at in zip(members, scoped, sites, strict=True):
            places[i] = {**at, **named}  # a place named first, else the attack's site
    names = _event_names([doc for doc, _ in analysed], events)
    comparable = [
        _comparable(doc, suggestions, places[i], names[events[i]], dates.get(events[i]))
        for i, (doc, suggestions) in enumerate(analysed)
    ]
    conflicts: list[Conflict] = []
    for i, report_a in enumerate(reports):
        for j in range(i + 1, len(reports)):
            if events[i] != events[j]:
                continue
            report_b = reports[j]
            for a in comparable[i]:
                for b in comparable[j]:
                    if _kind_of(a) != _kind_of(b) or not _same_subject(a, b):
                        continue
                    quantity = a.quantity or ""
                    verdict, reason = judge(
                        quantity,
                        a,
                        b,
                        report_a.published,
                        report_b.published,
                        analysed[i][0],
                        analysed[j][0],
                    )
                    conflicts.append(
                        Conflict(
                            quantity, verdict, reason, a, b, report_a.path, report_b.path, events[i]
                        )
                    )
    return _updates_through_the_batch(conflicts, reports)


# one count told two ways: those pulled out alive are the survivors ("rescued 80 people",
# "81 survivors")
_ONE_COUNT = {"rescued": "survivors"}


def _kind_of(figure: Suggestion) -> str:
    """The quantity a figure is compared as (see ``_ONE_COUNT``)."""
    return _ONE_COUNT.get(figure.quantity or "", figure.quantity or "")


def _this_events(
    doc: Document, found: Sequence[Suggestion], when: datetime | None
) -> list[Suggestion]:
    """The figures of a report that are not about an earlier event."""
    return [
        f
        for f in found
        if f.label != "figure"
        or (_other_event(doc, f, when) is None and _background(doc, f) is None)
    ]


def _event_dates(reports: Sequence[Report], events: Sequence[int]) -> dict[int, datetime]:
    """The date most of an event's dated reports give (its month and year), per event."""
    dated: dict[int, Counter[tuple[int, int]]] = {}
    for report, event in zip(reports, events, strict=True):
        if report.published is not None:
            dated.setdefault(event, Counter())[(report.published.year, report.published.month)] += 1
    return {event: datetime(*counted.most_common(1)[0][0], 1) for event, counted in dated.items()}


def _updates_through_the_batch(
    conflicts: list[Conflict], reports: Sequence[Report]
) -> list[Conflict]:
    """A conflict of a growing count becomes an update when the batch shows the count rising
    from the lower figure to the higher one through other reports: "10" (undated) rose to "35"
    (a report giving it as a rise) and "35" (1 July) to "40" (2 July), so "10" and "40" are
    the same count at two moments. Each step is an update found on its own (a rise cue or
    publication dates); a step may also reach a figure that gives the same value as the
    higher one. Not when the lower figure is known to be the newer one."""
    published = {report.path: report.published for report in reports}
    steps: dict[tuple[str, int], list[tuple[str, int, str]]] = {}
    figures: dict[tuple[str, int], tuple[Suggestion, str]] = {}
    for conflict in conflicts:
        for path, figure in ((conflict.a_path, conflict.a), (conflict.b_path, conflict.b)):
            figures[(path, figure.start)] = (figure, conflict.quantity)
        if conflict.verdict != "update":
            continue
        assert conflict.a.interval is not None and conflict.b.interval is not None
        low, high = (
            ((conflict.a_path, conflict.a), (conflict.b_path, conflict.b))
            if conflict.a.interval.high <= conflict.b.interval.low
            else ((conflict.b_path, conflict.b), (conflict.a_path, conflict.a))
        )
        steps.setdefault((low[0], low[1].start), []).append(
            (high[0], high[1].start, high[1].description or high[1].text)
        )
    if not steps:
        return conflicts
    result = []
    for conflict in conflicts:
        if conflict.verdict == "conflict" and conflict.quantity.split(" (")[0] in GROWING:
            conflict = _chained(conflict, steps, figures, published) or conflict
        result.append(conflict)
    return result


def _chained(
    conflict: Conflict,
    steps: dict[tuple[str, int], list[tuple[str, int, str]]],
    figures: dict[tuple[str, int], tuple[Suggestion, str]],
    published: dict[str, datetime | None],
) -> Conflict | None:
    """``conflict`` as an update when a chain of updates leads from its lower figure to its
    higher one (or to a figure with the higher one's value), else None."""
    a, b = conflict.a, conflict.b
    assert a.interval is not None and b.interval is not None
    if a.interval.high <= b.interval.low:
        (low_path, low), (high_path, high) = (conflict.a_path, a), (conflict.b_path, b)
    else:
        (low_path, low), (high_path, high) = (conflict.b_path, b), (conflict.a_path, a)
    if known_later(published[low_path], published[high_path]):
        return None
    assert high.interval is not None
    start = (low_path, low.start)
    paths: dict[tuple[str, int], list[Text]] = {start: []}
    queue = [start]
    while queue:
        node = queue.pop(0)
        for path, position, described in steps.get(node, []):
            nxt = (path, position)
            if nxt in paths:
                continue
            paths[nxt] = paths[node] + [reasons.MESSAGES.STEP(figure=described, path=path)]
            # only a chain that reaches the higher figure itself: another report's figure of
            # the same value is no rise of this one (blind7's plain "80" after another
            # report's "raised the death toll to 80"; verdicts blind7 90% -> 96%)
            if nxt == (high_path, high.start):
                chain = reasons.chain_of(paths[nxt])
                reason = reasons.MESSAGES.CHAIN(
                    figures=reasons.MESSAGES.BOTH(a=describe(a), b=describe(b)),
                    lower=low.description or low.text,
                    path=low_path,
                    chain=chain,
                )
                return replace(conflict, verdict="update", reason=reason)
            queue.append(nxt)
    return None


def _same_subject(a: Suggestion, b: Suggestion) -> bool:
    """Both figures are about the same scope; a measurement of the weather with no place
    written may be of any place the other names."""
    if a.scope == b.scope:
        return True
    return (a.quantity or "") in WEATHER and (a.scope is None or b.scope is None)


def analyse_batch(
    reports: Sequence[Report], lexicon: Lexicon, events: Sequence[int] | None = None
) -> tuple[list[EventGroup], list[tuple[Document, list[Suggestion]]]]:
    """The event groups of ``reports`` and each report analysed.

    A report without a date line is analysed with the year of its event's dated reports, so
    that a figure about another year ("the 1985 quake that killed 5,000") is not taken for
    the event's own.
    """
    groups = group_events(reports) if events is None else groups_from(events, reports)
    analysed = [analyse_document(r.text, lexicon, r.published) for r in reports]
    for group in groups:
        years = Counter(
            reports[i].published.year  # type: ignore[union-attr]
            for i in group.reports
            if reports[i].published is not None
        )
        if not years:  # no date line: the latest full date a report writes ("Update, Aug 25, 2016")
            years = Counter(
                max(found) for i in group.reports if (found := written_years(reports[i].text))
            )
        if not years:
            continue
        year = years.most_common(1)[0][0]
        for i in group.reports:
            if reports[i].published is None:
                analysed[i] = analyse_document(reports[i].text, lexicon, None, year=year)
    return groups, analysed


def find_conflicts(
    reports: Sequence[Report],
    *,
    lexicon_dir: str | Path | None = None,
    events: Sequence[int] | None = None,
) -> list[Conflict]:
    """Verdicts on figures of the same quantity in different reports of one event, in report
    order. ``events`` (one event index per report) overrides the automatic grouping."""
    lexicon = load_lexicon(lexicon_dir)
    groups, analysed = analyse_batch(reports, lexicon, events)
    return compare_reports(reports, analysed, events_of(groups, len(reports)))
