"""The attack sites of an event of two attacks or more, and which toll is whose.

Some events are two attacks of different kinds of site, told in the same reports: a suicide
bombing at a railway station and one on a trolleybus the next day, bombings at three churches
and one at the police headquarters. Reports of one attack give its own toll; reports of both
give each toll beside its site ("At least 14 people have been killed in a trolley bus blast
..., a day after a suicide bomb ripped through the city's railway station, killing 17"). Such
tolls are compared only with the same site's tolls.

A site splits the event only when one report gives two counts of one quantity at two kinds
of site told as attacked, or two reports each give that quantity's toll at each of them, and
the two sites were attacked at different times (see ``_apart_in_time``). Then
a toll is that site's when its sentence names the site (the nearest site, when the sentence
names several not listed together), else the nearest of the three sentences before it that
names one, else the one site its report's headline (else lead) names. Two sites of one kind
(two bars, three churches) never split: their counts are parts of one attack's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from quizapp.core.suggest.document import Document
from quizapp.core.suggest.model import Suggestion
from quizapp.core.suggest.weekdays import WEEKDAYS

# kinds of site an attack or a blast strikes, most specific first ("police station" before
# "station"); not a hospital, where the wounded are taken
_SITE_KINDS = (
    ("the police", r"police\s+(?:station|headquarters|HQ|post|compound|building)s?"),
    ("the station", r"(?:railway|train|rail|metro|subway|bus)\s+stations?|stations?|gares?"),
    ("the trolleybus", r"trolley[\s-]?bus(?:es)?"),
    ("the bus", r"(?:city\s+|passenger\s+)?bus(?:es)?|autobus"),
    ("the church", r"church(?:es)?|cathedrals?|chapels?|églises?"),
    ("the mosque", r"mosques?|mosquées?"),
    ("the synagogue", r"synagogues?"),
    ("the temple", r"temples?|shrines?"),
    ("the hotel", r"hotels?|hôtels?"),
    ("the market", r"markets?|marchés?|bazaars?"),
    ("the airport", r"airports?|aéroports?"),
    ("the bar", r"bars?|lounges?|night\s*clubs?|cafés?|cafes?|restaurants?|pubs?"),
    ("the school", r"schools?|universit(?:y|ies)|colleges?|écoles?"),
    ("the stadium", r"stadiums?|stades?"),
    ("the mall", r"(?:shopping\s+)?malls?|shopping\s+cent(?:re|er)s?"),
    ("the beach", r"beach(?:es)?|plages?"),
)
_SITE = re.compile(
    "|".join(rf"(?P<s{k}>\b(?:{pattern})\b)" for k, (_, pattern) in enumerate(_SITE_KINDS)),
    re.IGNORECASE,
)
# tolls a site can split (not "three churches", a count of sites)
_TOLLS = frozenset({"deaths", "injured", "casualties", "missing"})
# two sites named in one list ("three churches, an apartment building and the police
# headquarters"): the event as a whole, no one site
_LISTED = re.compile(r"\s*(?:,|and|&|et)\s+(?:[\w'’-]+\s+){0,3}?$", re.IGNORECASE)


# an attack told at its site: "a trolley bus blast", "a bomb attack in a trolleybus", "a suicide
# blast that devastated a train station", "suicide attacks on three Christian churches"; not
# "seven bodies on the beach" (where some of one attack's dead were seen)
_ATTACK = re.compile(
    r"\b(?:blasts?|bomb(?:s|ings?|ers?)?|attack(?:s|ed)?|explosions?|exploded|shootings?"
    r"|suicide|gunm[ae]n|attentats?|attaques?|fusillades?|kamikazes?)\b",
    re.IGNORECASE,
)
_ATTACK_REACH = 100  # characters either side of the site
_LOOK_BACK = 3  # sentences


# what strikes a site in a headline or a lead: an attack's words, or a strike from the air
# ("Russian missile strike on train station", "missile slams into pizza restaurant")
_STRUCK = re.compile(
    rf"{_ATTACK.pattern}|\b(?:missiles?|(?:air)?strikes?|rockets?|shell(?:ing|ed))\b",
    re.IGNORECASE,
)


def struck_sites(text: str, end: int) -> dict[str, str]:
    """The kinds of site ``text[:end]`` (a headline and lead) tells struck, each with the
    words it first names it by ("the station": "train station")."""
    found: dict[str, str] = {}
    for match in _SITE.finditer(text, 0, end):
        reach = (max(0, match.start() - _ATTACK_REACH), min(end, match.end() + _ATTACK_REACH))
        if _STRUCK.search(text, *reach):
            kind = _SITE_KINDS[int(str(match.lastgroup)[1:])][0]
            found.setdefault(kind, " ".join(match.group().split()))
    return found


def _sites(text: str, start: int, end: int, attacked: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, kind) of each site named in ``text[start:end]``; with ``attacked``, only
    the sites told with an attack beside them (see ``_ATTACK``)."""
    return [
        (m.start(), m.end(), _SITE_KINDS[int(str(m.lastgroup)[1:])][0])
        for m in _SITE.finditer(text, start, end)
        if not attacked
        or _ATTACK.search(text, max(start, m.start() - _ATTACK_REACH), m.start())
        or _ATTACK.search(text, m.end(), min(end, m.end() + _ATTACK_REACH))
    ]


def _site_in(
    doc: Document, start: int, end: int, figure: Suggestion | None, attacked: bool = False
) -> str | None:
    """The site a sentence gives a figure: the one kind it names, or the nearest to the figure
    when it names several not listed together; None when it names none or only a list."""
    found = _sites(doc.text, start, end, attacked)
    kinds = {kind for *_, kind in found}
    if len(kinds) <= 1 or figure is None:
        return kinds.pop() if len(kinds) == 1 else None
    text = doc.text
    if any(
        a[2] != b[2] and _LISTED.fullmatch(text, a[1], b[0])
        for a, b in zip(found, found[1:], strict=False)
    ):
        return None

    def distance(site: tuple[int, int, str]) -> int:
        if site[1] <= figure.start:
            return doc.words_between(site[1], figure.start)
        return doc.words_between(figure.end, site[0])

    return min(found, key=distance)[2]


def _tolls(found: Sequence[Suggestion]) -> list[Suggestion]:
    return [
        f
        for f in found
        if f.label == "figure" and f.scope is None and (f.quantity or "").split(" (")[0] in _TOLLS
    ]


def _figure_site(doc: Document, figure: Suggestion, split: set[str]) -> str | None:
    """A toll's site among ``split`` (see the module's docstring)."""
    start, end = doc.sentence_at(figure.start)
    site = _site_in(doc, start, end, figure)
    if site is not None or _sites(doc.text, start, end):
        return site if site in split else None
    for sentence_start, sentence_end in _earlier(doc, start):
        if _sites(doc.text, sentence_start, sentence_end):
            site = _site_in(doc, sentence_start, sentence_end, None)
            return site if site in split else None
    for bounds in (doc.headline, doc.lead):  # the headline's one site, else the lead's
        own = {kind for *_, kind in _sites(doc.text, *bounds)} if bounds else set()
        if own:
            return own.pop() if len(own) == 1 and own <= split else None
    return None


def _attack_site(doc: Document, figure: Suggestion) -> str | None:
    """The attacked site a toll's sentence, else the nearest of the three sentences before it
    that names one, gives it: the evidence that an event splits by site."""
    start, end = doc.sentence_at(figure.start)
    if _sites(doc.text, start, end):
        return _site_in(doc, start, end, figure, attacked=True)
    for sentence_start, sentence_end in _earlier(doc, start):
        if _sites(doc.text, sentence_start, sentence_end):
            return _site_in(doc, sentence_start, sentence_end, None, attacked=True)
    return None


def _earlier(doc: Document, start: int) -> list[tuple[int, int]]:
    """The sentences before the one at ``start``, nearest first, as far as ``_LOOK_BACK``
    (past the paragraph: "Ten people ... were wounded in the attack" tells the attack of the
    sentence before), not into the headline."""
    before = [
        (s, e)
        for s, e in doc.sentences
        if e <= start and not (doc.headline and s < doc.headline[1])
    ]
    return before[::-1][:_LOOK_BACK]


_WEEKDAY = re.compile(rf"\b(?:{WEEKDAYS})\b", re.IGNORECASE)
# "a day after a suicide bomb ripped through the city's railway station", "a series of bombings
# a day earlier", "the second attack in two days": one attack after another
_DAY_APART = re.compile(
    r"\b(?:(?:a|one|the)\s+day\s+(?:after|before|earlier|later)|the\s+(?:previous|next)\s+day"
    r"|the\s+day\s+before|(?:second|another)\s+(?:[\w-]+\s+){0,2}?(?:attack|bombing|blast)"
    r"\s+in\s+(?:two|three|\d)\s+days|le\s+lendemain|la\s+veille)\b",
    re.IGNORECASE,
)


def _apart_in_time(docs: Sequence[Document], split: set[str]) -> bool:
    """Whether the sites of ``split`` were attacked at different times: a sentence naming two
    of them says one attack came a day after the other, or the sentences that tell each
    site's attack name different weekdays ("three churches on Sunday", "a police station
    Monday morning"). One attack told at two kinds of site (a hotel and its beach, the
    airport gate and a hotel beside it, a mosque inside police lines) happens on one day."""
    days: dict[str, set[str]] = {}
    for doc in docs:
        for start, end in doc.sentences:
            kinds = {kind for *_, kind in _sites(doc.text, start, end, attacked=True)} & split
            if len(kinds) > 1 and _DAY_APART.search(doc.text, start, end):
                return True  # not "A day earlier, the US had warned of an attack at the airport"
            if len(kinds) == 1:
                named = {d.lower() for d in _WEEKDAY.findall(doc.text, start, end)}
                days.setdefault(kinds.pop(), set()).update(named)
    told = [named for named in days.values() if named]
    return any(a.isdisjoint(b) for i, a in enumerate(told) for b in told[i + 1 :])


def site_scopes(
    docs: Sequence[Document], figures: Sequence[Sequence[Suggestion]]
) -> list[dict[int, str]]:
    """For each report of one event, the site each of its tolls is about (offset -> site),
    where one report gives counts of one quantity at two kinds of site; else nothing."""
    split: set[str] = set()
    reporting: dict[tuple[str, str], int] = {}  # (quantity, site) -> reports giving a toll there
    for doc, found in zip(docs, figures, strict=True):
        by_quantity: dict[str, set[str]] = {}
        for figure in _tolls(found):
            site = _attack_site(doc, figure)
            if site is not None:
                by_quantity.setdefault(figure.quantity or "", set()).add(site)
        for quantity, sites in by_quantity.items():
            if len(sites) > 1:
                split |= sites
            for site in sites:
                reporting[(quantity, site)] = reporting.get((quantity, site), 0) + 1
    # or two reports each give one quantity's toll at each of two kinds of site
    by_site: dict[str, set[str]] = {}
    for (quantity, site), count in reporting.items():
        if count >= 2:
            by_site.setdefault(quantity, set()).add(site)
    for sites in by_site.values():
        if len(sites) > 1:
            split |= sites
    if not split or not _apart_in_time(docs, split):
        return [{} for _ in docs]
    result = []
    for doc, found in zip(docs, figures, strict=True):
        scoped = {}
        for figure in _tolls(found):
            site = _figure_site(doc, figure, split)
            if site is not None:
                scoped[figure.start] = site
        result.append(scoped)
    return result
