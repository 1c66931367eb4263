"""The names a report writes as places: where its event happened (Qt-free).

Two events of one kind in one country or one city share the country, the city and the
leaders who spoke; what tells them apart is the province, the village, the avenue or the
prison each report places its event at: "in Kunar province" against "Afghanistan's Paktika
province", "on Istiklal Avenue" against "outside Besiktas stadium", "au village de Sikilo".
``placed_words(text)`` gives the capitalised words written in such a place phrase: after a
place preposition (English or French), before a kind of place ("Kunar province", "Litoral
Penitentiary") or after one ("the village of", "la commune de").
"""

from __future__ import annotations

import re
from collections import Counter

_CAPS = r"(?:[A-Z][\w'’-]*\s+){0,3}[A-Z][\w'’-]*"
# kinds of place a name is given before ("Kunar province", "Besiktas Stadium"); the wider
# ones only in lower case ("Islamic State", "Interior Ministry" are not places)
_PLACE_NOUNS = (
    r"province|district|state|region|county|city|town|village|area|neighbou?rhood|valley"
    r"|island|[Ss]tadium|[Hh]otel|[Pp]rison|[Pp]enitentiary|[Jj]ail|[Mm]arket|[Mm]osque"
    r"|[Cc]hurch|[Ss]quare|[Ss]treet|[Rr]oad|[Aa]venue|[Cc]amp|[Mm]all|[Ss]chool"
)
# kinds of place a name is given after ("the village of X", "la commune de X", "l'axe X-Y")
_PLACE_NOUNS_BEFORE = (
    r"province|district|region|région|county|village|town|city|commune|ville|localité"
    r"|département|prison|hôtel|quartier|préfecture|cercle|axe|marché|mosquée|église|stade"
)
_PLACES = (
    re.compile(
        rf"\b(?:in|at|near|outside|inside|à|au|aux|en|dans|près\s+de|vers|sur)\s+"
        rf"(?:the\s+|l['’]|la\s+|le\s+)?({_CAPS})"
    ),
    re.compile(rf"({_CAPS})\s+(?:{_PLACE_NOUNS})\b"),
    re.compile(rf"\b(?:{_PLACE_NOUNS_BEFORE})\s+(?:of|de|du|d['’])\s*({_CAPS})"),
    # the road between two towns: "between Arlo and Vesk", "entre Koungheul et Kaffrine"
    re.compile(rf"\b(?:between|entre)\s+({_CAPS}\s+(?:and|et)\s+{_CAPS})"),
    re.compile(rf"\baxe\s+({_CAPS})"),
)
# two places joined as the road between them: "l'axe Koungheul-Kaffrine" (not one name
# with lower-case parts: "Port-au-Prince")
_JOINED = re.compile(r"^[A-Z][\w'’]*(?:-[A-Z][\w'’]*)+$")


# where a person lives or how far a quake was felt, not where the event happened: "felt in
# the capital of Port-au-Prince", "who lives in Port-au-Prince", "a resident of"
_NOT_THE_SITE = re.compile(
    r"\b(?:felt|lives?|lived|living|based|born|residents?|natives?|vit|habite|ressenti[es]?)"
    r"(?:\s+[\w'’-]+){0,4}\s*$",
    re.IGNORECASE,
)
NOT_THE_SITE_REACH = 40


def placed_words(text: str, spans: list[tuple[int, int]]) -> Counter[str]:
    """The capitalised words ``text`` writes in a place phrase (see the module's docstring),
    each with how often, outside ``spans`` (the passages telling an earlier event)."""
    found: Counter[str] = Counter()
    for pattern in _PLACES:
        for match in pattern.finditer(text):
            if any(start <= match.start() < end for start, end in spans):
                continue
            before = text[max(0, match.start() - NOT_THE_SITE_REACH) : match.start()]
            if _NOT_THE_SITE.search(before):
                continue
            for word in re.split(r"\s+", match.group(1)):
                found.update(word.split("-") if _JOINED.match(word) else [word])
    return found


def place_phrase(text: str, word: str) -> str | None:
    """The shortest place phrase of ``text`` that writes ``word``, as a teacher reads it: a
    name of several words whole ("Santa Fe", "Robb Elementary School"), a name written only
    before its kind of place with it ("Bailey Road"); not the road between two towns, which
    names the other town too."""
    found: list[tuple[int, int, str]] = []
    for number, pattern in enumerate(_PLACES[:3]):
        for match in pattern.finditer(text):
            if word in re.split(r"[\s-]+", match.group(1)):
                # the name before its kind of place: the kind too ("Kunar province")
                phrase = match.group(0 if number == 1 else 1)
                found.append((len(phrase.split()), match.start(), phrase))
    return min(found)[2] if found else None
