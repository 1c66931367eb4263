"""Figures: numbers with their qualifiers turned into intervals, linked to what they count.

A figure is a number (in digits or words, or a vague amount like "dozens") that counts or
measures something in the story. Not figures: dates, times, durations ("three days"), ages
("aged 23", "a 23-year-old", "Jane Doe, 34,"), years, ordinals, decades, codes and names
("Flight 9268", "A127", "COVID-19"), phone numbers, addresses, match scores ("won 2-1"),
distances that locate ("two miles from the line"), "one of ...". A small number written in
words ("two", "seven") is a figure only when a count word is near ("two workers are
missing", "seven or eight attackers"): most of them are ordinary words ("two reasons").
Percentages, money and measurements are figures (they can conflict across reports).

See ``quantities.yaml`` for how a figure is linked to its quantity, and ``numbers.yaml`` for
the qualifiers and their intervals ("about" is +-10%).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache

from quizapp.core.suggest import reasons
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.lexicon import Lexicon, word_key
from quizapp.core.suggest.model import Interval, Suggestion
from quizapp.core.suggest.patterns import one_of
from quizapp.core.suggest.subjects import subject_of

_PREDICATES = frozenset({"dead", "deceased", "missing", "injured", "wounded", "hurt"})
# the noun of a phrase after the subject is not the subject: "the death toll from the blasts",
# "Death toll of the massive Tianjin blasts rose to 114"
_PREPOSITION_BEFORE = re.compile(
    r"\b(?:from|in|at|after|following|by)\s+(?:the\s+)?$"
    # "toll of the massive Tianjin blasts"; not "the number of deaths", which is the subject
    r"|\b(?:toll|tolls|bilan)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?$",
    re.IGNORECASE,
)
# "The death toll in Syria and Turkey from the earthquake is nearing 20,000": the toll is
# what the number counts when nothing but words stands between them
# the toll named before a bare number, with no other number between ("the death toll ...
# rose to 268"); a time between does not count ("the death toll as of 1930 GMT was 274")
_TOLL_SUBJECT = re.compile(
    # (a compound with a number is no figure in between: "the death toll of a collapsed
    # 21-storey building in Lagos has increased from 6 to 22")
    r"\b(?:death\s+toll|toll|bilan)\b(?:\d{1,2}[:.]\d\d|\d{3,4}\s*(?:GMT|UTC|BST|CET|hrs|h)\b"
    r"|\d+-[^\W\d_]+"
    r"|(?!\d)[^;.:])*$",
    re.IGNORECASE,
)
_PEOPLE_WINDOW = 8  # words between a generic head ("people") and its verb
_BARE_WINDOW = 5  # words between a number without a head and a count word
# a word after the number; French words may open with an accent ("étages", "évacués")
_HEAD_WORD = re.compile(r"[ \t]+([^\W\d_](?:[\w'’]*\w)?(?:-[^\W\d_]+)*)")  # not "homes'" quote
_HEAD_STOP = frozenset(
    "a an the of in on at to for from by with into across during after before since and or but"
    " were was are is be been being have has had will would could may might can who which that"
    " this these those it its their they he she we i as than now still also more already each"
    " per among including between up down out over under about around there here then so not no"
    " versus vs"
    " only all both some such yet just again critically seriously while when where whom whose"
    " said say says told according throughout within without against near beyond outside inside"
    " toward towards via amid despite through behind along off onto upon like unlike"
    " every whether earlier later ago till until unto"  # "reaching 350 till this afternoon"
    " below beneath underneath underground"  # "10 km below the surface": where, not what
    # French function words and auxiliaries: "29 morts et plus de 2500 blessés"
    " et ou de du des la le les à au aux en dans sur par pour ont sont été est était étaient"
    " selon dont qui que ce cette ces son sa ses leur leurs lors après avant depuis pendant"
    " entre vers chez sans sous toujours encore déjà"
    # French adverbs: "près de 250 simultanément", "141 hélitreuillages soit"
    " alors soit simultanément seulement environ également notamment aussi ainsi désormais"
    " actuellement"
    " se ne il ils elle elles y avait avaient serait seraient"  # "dont 721 se trouvant"
    " given"  # "the tally could climb to 20,000 given the number of neighbourhoods"
    " grièvement gravement légèrement mortellement sérieusement"  # "dont quatre grièvement"
    # common verbs that do not end in -ed: "a 7.8 earthquake struck", "20 homes fell"
    " struck hit hits left fell falls took takes made makes came comes went goes began broke"
    " rose rises spread spreads swept sweeps tore held holds met found lost saw ran won led sent"
    " kept brought caught gave got stood shot blew burnt drove flew threw wrote remain remains"
    " need needs face faces".split()
)
_IRREGULAR_PLURALS = frozenset(
    "people men women children police staff crew personnel cattle sheep deer fish".split()
)
# "231 people" counts everyone involved (aboard, present): unlike a role ("58 workers") it
# is not one group among others
_ANYONE = frozenset("people persons individuals".split())
# heads that say what happened to the people they count, when a verb of holding them goes
# with it: "Monis took 17 hostages", "17 hostages were held inside" count the hostages (not
# "two hostages had made contact": who did something else)
_HELD = frozenset("hostages otages".split())
_HOLDING_BEFORE = re.compile(
    r"\b(?:took|take|takes|taking|taken|seized|seizing|held|holding|holds|kept|keeping"
    r"|pris|prend|prenant|retenu|retient|retenait|retenant)\b[^.;:]{0,30}$",
    re.IGNORECASE,
)
_HELD_AFTER = re.compile(
    r"(?:\s+in\s+total)?\s+(?:were|are|was|is|being|had\s+been|have\s+been)\s+(?:still\s+)?"
    r"(?:held|kept|being\s+held)\b|(?:\s+in\s+total)?\s+(?:sont|étaient|ont\s+été)\s+retenu",
    re.IGNORECASE,
)
_DASH_ASIDE = re.compile(r"\s*(?:—|–|--|\s-\s)[^—–\n]{1,60}?(?:—|–|--|\s-\s)")
# "Three people, including a 7-year-old boy, were killed", "Sept personnes, dont un nourrisson
# et un autre enfant, sont mortes": who is among them, set off by commas before the verb
# ("AT LEAST 63 people, all of them women and children, were crushed to death", "120 people,
# who survived by swimming, were rescued": a relative clause is an aside too)
_COMMA_ASIDE = re.compile(
    r",\s*(?:including|among\s+them|(?:most|many|all|some)\s+of\s+(?:them|whom)|mostly|mainly"
    r"|who|dont|parmi\s+(?:eux|elles|lesquels|lesquelles)|notamment"
    # who they are, by where they live: "Cinq personnes, résidentes des bâtiments voisins,
    # ont été blessées", "Five people, residents of the building next door, were hurt"
    r"|résident(?:e|s|es)?|habitant(?:e|s|es)?|residents?\s+of|tenants?\s+of)\b"
    # a list inside the aside ends at the verb: "dont des touristes belges, britanniques et
    # allemands, ont été tuées"
    r"(?:[^;:.!?\n—–()]{1,90}?,(?=\s+(?:were|are|was|is|have|has|had|remain\w*|ont|sont|a|est"
    r"|étaient|restent)\b)|[^,;:.!?\n—–()]{1,60},)"
)
# "21 personnes, dont 19 touristes étrangers et deux Tunisiens ont trouvé la mort": a list of
# the parts after "dont" with no comma to close it; the auxiliary after the list is the whole's
_DONT_LIST_ASIDE = re.compile(
    r",\s*dont\s+[^,;:.!?\n—–()]{1,80}?\set\s[^,;:.!?\n—–()]{1,60}?"
    r"(?=\s+(?:ont|sont|avaient|étaient)\b)"
)


def _aside_after(text: str, at: int) -> re.Match[str] | None:
    """An aside right after a head, between dashes or commas (see ``_COMMA_ASIDE``)."""
    return (
        _DASH_ASIDE.match(text, at)
        or _COMMA_ASIDE.match(text, at)
        or _DONT_LIST_ASIDE.match(text, at)
    )


# generic heads that are buildings, never people (a people's outcome is not theirs)
_BUILDINGS = frozenset("homes houses properties buildings dwellings structures huts shacks".split())
_BUILT_FATES = frozenset({"buildings-damaged", "buildings-destroyed"})  # never people's
_NOT_COUNTED = frozenset(
    "ways reasons things points sides parts issues questions words steps aspects factors options"
    " kinds types sorts areas matters lessons sons daughters brothers sisters".split()
)
_CHANGE_BEFORE = re.compile(
    r"(?:rose|risen|rising|rises|climbed|climbing|climbs|increased|increases|jumped|jumps"
    # "surged to 23 people", "swells to 23", "soars to 42", "hits 137", "nears 400"
    r"|surged|surges|soared|soars|swelled|swells|grew|grown|mounted|topped|tops|hits|nears"
    r"|fell|fallen|dropped|reached"
    r"|revised|raised|lowered|up|down|put\s+the\s+\w+(?:\s+\w+)?|stands?|stood|toll|total|count"
    # French: "est passé à 31", "le bilan passe à 43 victimes"
    r"|tally|passé|passe|alourdi|alourdit|grimpé|grimpe|porté|atteint|élève|établit)"
    r"\s+(?:from|to|at|by|à|de)?\s*$",
    re.IGNORECASE,
)
_NOUN_LINK = re.compile(
    r"\s*(?:(?:has|have|had|now|then|later|already)\s+)?(?:of|at|to|stands?|stood|rose|risen"
    r"|rises|rising|reached|reaches|climbed|climbs|increased|jumped|hit|is|was|were|are|been"
    r"|totals?|totalled|numbered)\b",
    re.IGNORECASE,
)
_PART_BEFORE = re.compile(
    r"(?:including|among\s+them|among\s+whom|of\s+whom|of\s+which|incl\."
    # "The death total includes five people who died in Gopalpur"
    r"|(?:toll|total|tally|dead)\s+(?:now\s+)?(?:includes|include|included))\s+$",
    re.IGNORECASE,
)
# "The death toll, which increased by six on Sunday", "rose by 12 overnight": the rise, an
# increment, not a total ("rose to 12" is the total)
_BY_BEFORE = re.compile(
    r"\b(?:increased|increases|rose|risen|rises|grew|grown|grows|climbed|climbs|jumped|jumps"
    r"|went\s+up|gone\s+up|augmenté|augmente)\s+(?:by|de)\s+(?:another\s+)?$",
    re.IGNORECASE,
)
# "the bodies of the remaining five deceased were recovered on Sunday": the rest, a part
_REMAINING_BEFORE = re.compile(r"\b(?:the\s+)?remaining\s+$", re.IGNORECASE)
_PART_AFTER = re.compile(r"\s+of\s+(?:them|those|whom|which|the|these|its|their)\b", re.I)
_VENUE_AFTER = re.compile(
    r"\s+(?:at|inside)\s+(?:the\s+)?(?P<venue>[A-Z][\w'’-]+(?:\s+(?:de|du|des|la|le|of|the)?"
    r"\s*[A-Z][\w'’-]+)*)"
)
_EVENT_PLACE = re.compile(
    r"\b(?:attacks?|bombings?|shootings?|storms?|fires?|blasts?|explosions?|crash(?:es)?|floods?"
    r"|earthquakes?|quakes?|crush(?:es)?|riots?|protests?|elections?|outbreaks?|war|strikes?"
    r"|massacre|siege)\s+(?:in|at|on)\s+(?P<place>[A-Z][\w'’-]+)"
    # French: "l'attaque sanglante contre le musée du Bardo à Tunis (22 morts)", "deux autres
    # drames au Koweït (26 morts)": another event, by its place
    r"|\b(?:attaques?|attentats?|explosions?|incendies?|séismes?|drames?|fusillades?"
    r"|naufrages?|tueries?)\s+(?:[\w'’-]+\s+){0,4}?(?:à|au|aux|en|contre\s+(?:le|la|les|l['’])"
    r"\s*(?:[\w'’-]+\s+){0,2}?(?:du|de\s+la|des|de)|contre\s+(?:le|la|les|l['’]))\s*"
    r"(?P<fplace>[A-Z][\w'’-]+)"
)
_ABBREVIATION = re.compile(r"[ \t]+(?:[A-Z]\.){2,}(?=[ \t])")
_MEASURED_BEFORE = re.compile(
    r"\b(?:measured|measuring|registered|registering|rated|of)\s+(?:a\s+)?(?:preliminary\s+)?$"
    # each value of a list: "two aftershocks measuring 5.2 and 4.9"
    r"|\b(?:measured|measuring|registered|registering|rated)\s+"
    r"(?:\d(?:[.,]\d+)?(?:,\s*|\s+(?:and|or)\s+)){1,6}$"
)
_QUAKE = re.compile(
    r"\b(?:earthquakes?|quakes?|tremors?|temblors?|(?:after|fore)?shocks?)\b", re.IGNORECASE
)
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december lundi mardi mercredi jeudi"
    " vendredi samedi dimanche janvier février mars avril mai juin juillet août septembre"
    " octobre novembre décembre".split()
)  # "the blast on Monday" is not about a place
_WHEN = frozenset("late early overnight yesterday today tonight".split())
_YEAR = re.compile(r"(?<![\w,.])(?:1[89]|20)\d\d(?!\w|,\d)")
_SINCE = re.compile(r"\bsince\b", re.I)
_EARLIER = re.compile(
    rf"\b{one_of('last_year previous_year a_year year_before earlier_this_year')}\b", re.I
)
_YEARS_AFTER = re.compile(
    r"\b(?:\d+|[a-z]+)\s+(?:years?|decades?)\s+(?:after|since)\s+(?:the|a|an)\b", re.I
)
_CLOCK = one_of(r"am pm a\.m\.? p\.m\.? o['’]clock gmt bst utc cet cest edt pst hrs h")
# time zones that are French words in lower case ("entre 4 et 10", "dont 1 est mort") only
# in capitals: "at 9 ET", "10 EST"
_TIME_AFTER = re.compile(rf"(?::\d\d)|\s*(?i:{_CLOCK})\b|\s*(?:EST|ET|PT)\b")
_AT_TIME = one_of("at by from until till before after since around the shortly about")
_TIME_BEFORE = re.compile(rf"\b{_AT_TIME}\s+$", re.I)
# "aged 23", "children ages 1, 2 and 7", "ranging in age from 1 to over 50", "the oldest over 50"
_AGE_BEFORE = re.compile(
    r"(?:\b(?:aged|age|ages)(?:\s+(?:between|from|of|around|about|under|over|range|ranging))*"
    r"\s*(?:\d+\s*(?:,|and|to|or|-|–)\s*(?:over|under|about|nearly|almost)?\s*)*"
    r"|\b(?:oldest|youngest|eldest)\s+(?:was\s+|is\s+)?(?:over|under|about|aged|just)?\s*"
    # "a boy of 17", "two boys of six and seven", "a disabled man of 52": a person's age
    r"|\b(?:boys?|girls?|man|men|woman|women|child|children|sons?|daughters?|toddlers?|baby"
    r"|babies|teenagers?|person)\s+of\s+(?:[\w-]+\s+(?:and|or)\s+)?)$",
    re.IGNORECASE,
)
_AGE_AFTER = re.compile(
    r"(?:\s*(?:-|–|to|and|or)\s*\d{1,3})?"  # "ranging from 5 to 61 years old": both are ages
    r"(?:\s*(?:1/2|½|and\s+a\s+half))?"  # "3 1/2 years old"
    r"(?:(?:-|\s)(?:year|month|week|day)s?(?:-|\s)old\b|\s+years?\s+old\b|\s*-?\s*year-olds?\b)",
    re.IGNORECASE,
)
_PERSONS = one_of(
    "uncle aunt mother father son daughter wife husband brother sister grandmother grandfather"
    " grandson granddaughter niece nephew cousin man woman boy girl friend neighbou?r resident"
    " worker driver victim passenger student teacher owner partner mum dad widow widower male"
    " female gunman shooter suspect attacker assailant pilot officer soldier firefighter nurse"
    " doctor journalist reporter survivor teenager"
)
_NAME_COMMA_BEFORE = re.compile(
    rf"(?:[A-Z][a-z][\w'’-]*|\b{_PERSONS}),\s(?:(?:between|about|around|aged)\s)?"
    r"(?:\d+\s*(?:and|to|-|–)\s*)?$"
)  # "John Smith, 34," and "her uncle, 42,": an age; "a male, between 40 and 50"
_NAME_COMMA_AFTER = re.compile(
    r",|\s+(?:of|from|who|and|was|is|has|had)\b|\s*\)|\s*(?:[-–]|and|to)\s*\d+\s*,|\s*[.;]?\s*$"
)  # "..., said resident Gerardo Martinez, 61."
_CALL = one_of(
    "call calling called calls dial dialled dialed ring phone text contact helpline hotline"
)
# "call 0800 ...", "contact the helpline on ..."; not "make contact with Guiuan, a town of 40,000"
# (not "told the AP by phone that a further 10,100 people": the phone as the way it was said)
_PHONE_BEFORE = re.compile(
    rf"(?<!\bby\s)(?<!\bthe\s)(?<!\bon\s)\b{_CALL}\b(?!\s+with\b)[^.\n]{{0,30}}?\s$", re.I
)
_SCORED = one_of(
    "won win wins beat beats lost lose drew draw defeated scored? victory defeat lead led"
    " trailing thrashed edged final_score"
)
_SCORE_BEFORE = re.compile(rf"\b{_SCORED}\b[^.\n]{{0,25}}$", re.IGNORECASE)
_SENTENCE_STARTERS = frozenset(
    "the in at on by of for from since after before with and but so then now today yesterday"
    " until till to as when while if than a an some all between among almost nearly over"
    " under around roughly another only just exactly more fewer less".split()
)  # "Another 15 are wounded" is no name with a number, as "France 24" is
_SCORE_AFTER = re.compile(
    r"\s*[-–]\s*\d+\s+(?:lead|win|victory|defeat|draw|loss|scoreline|thrashing)\b", re.I
)
_ADDRESS_AFTER = re.compile(
    r"\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)*\s+(?:Street|St|Road|Rd|Avenue|Ave|Lane|Boulevard|Blvd"
    r"|Way|Drive|Place|Square|Terrace|Close|Crescent|Court|Row|Gardens|Grove|Parade)\b"
)
_COORDINATED_BEFORE = re.compile(r"^(?:\s+[\w'’-]+){0,3}\s*(?:,\s*(?:and\s+)?|\s+and\s+)$")
# thousands grouped by commas ("2,500"), as in French by a space ("2 500", "2\u202f500"), or
# as in Swiss reports by an apostrophe ("113'000")
_DIGITS = (
    r"(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:['’]\d{3})+(?!\d)"
    r"|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d.,]\d)"
    # a French decimal comma: "une magnitude de 7,2", "6,3 sur l'échelle de Richter"
    r"|\d{1,3},\d{1,2}(?![\d,])(?!\s*(?:and|or)\b)"
    r"|\d+)(?:\.\d+)?"
)
_DENOMINATORS = {
    word: denominator
    for denominator, words in enumerate(
        ("", "", "half halves", "third thirds", "quarter quarters", "fifth fifths", "sixth sixths",
         "seventh sevenths", "eighth eighths", "ninth ninths", "tenth tenths")
    )
    for word in words.split()
}  # fmt: skip


@dataclass(frozen=True)
class _Patterns:
    atom: re.Pattern[str]
    bare_atom: re.Pattern[str]  # the same without the look-behind, for "40-50"
    qualifier_before: re.Pattern[str]
    between_before: re.Pattern[str]
    range_after: re.Pattern[str]
    suffix_after: re.Pattern[str]
    unit_after: re.Pattern[str]
    money_words_after: re.Pattern[str]
    month_before: re.Pattern[str]
    month_after: re.Pattern[str]
    weekday_before: re.Pattern[str]
    duration_after: re.Pattern[str]
    multiple: re.Pattern[str]
    locating_after: re.Pattern[str]


_PATTERN_CACHE: dict[int, tuple[Lexicon, _Patterns]] = {}


def _alternation(phrases: list[str] | tuple[str, ...] | frozenset[str] | set[str]) -> str:
    escaped = [re.escape(p).replace(r"\ ", r"\s+") for p in phrases]
    return "|".join(sorted(escaped, key=len, reverse=True)) or r"(?!x)x"


def _patterns(lexicon: Lexicon) -> _Patterns:
    cached = _PATTERN_CACHE.get(id(lexicon))
    if cached and cached[0] is lexicon:
        return cached[1]
    words = _alternation(list(lexicon.number_words))
    scales = _alternation(list(lexicon.scales))
    # "two dozen", "two dozens", "a half-dozen": a count of dozens (reporters write it for
    # counts between ten and a hundred)
    # French: "cent vingt" opens on its scale (alone, "cent" is "per
    # cent" or money), and "vingt et un" joins its unit with "et"
    word_number = (
        rf"(?:(?:half\s+)?an?\s+(?:dozen|{scales})|(?:an?\s+)?half[\s-](?:dozen|{scales})"
        rf"|(?:cent\s+(?={words}))?"
        rf"(?:{words})(?:-(?:{words})){{0,2}}(?:\s+et\s+(?:un|une|onze)(?![\w-]))?"
        rf"(?:\s+dozens?(?![\w-]))?"
        rf"(?:\s+(?:{scales})(?:\s+(?:and\s+)?(?:{words})(?:-(?:{words}))?)?)*)"
    )
    currencies = _alternation(list(lexicon.currencies))
    short = _alternation(list(lexicon.short_scales))
    atom_body = (
        rf"(?:(?P<vague>{_alternation(list(lexicon.vague_amounts))})(?![\w-])"
        rf"|(?P<cur>{currencies})?(?P<digits>{_DIGITS})(?!\d|,\d)"
        rf"(?:\s*(?P<scale>{scales})\b|(?P<short>{short})\b|(?P<att>[A-Za-z%°]+(?:/[A-Za-z]+)?))?"
        rf"|(?<![\w-])(?P<words>{word_number})(?![\w]))"
    )
    atom = re.compile(
        r"(?:(?<![\w.,:/#@£$€¥-])|(?<=magnitude-)|(?<=[A-Za-z]{2}\.)(?=[A-Z][a-z]))" + atom_body,
        re.IGNORECASE,
    )  # also "a magnitude-7.8 quake" and "... reports BBC.Twelve firefighters"
    qualifiers = _alternation(list(lexicon.qualifiers))
    units = _alternation([u for u in lexicon.units if u != "%"])
    months = _alternation(list(lexicon.months))
    weekdays = _alternation(list(lexicon.weekdays))
    time_units = _alternation(list(lexicon.time_units))
    locating = _alternation(list(lexicon.locating_words))
    money_words = _alternation([u for u, c in lexicon.units.items() if c == "money"])
    patterns = _Patterns(
        atom=atom,
        bare_atom=re.compile(atom_body, re.IGNORECASE),
        # a qualifier outside the quotation marks still bounds the count quoted: 'au moins
        # « une vingtaine de morts »', 'at least "dozens"'
        qualifier_before=re.compile(
            rf"(?<![\w])(?P<q>{qualifiers})\s+(?:[«“\"]\s*)?$", re.IGNORECASE
        ),
        between_before=re.compile(r"(?<![\w])(?:between|entre)\s+$", re.IGNORECASE),
        # French ranges too: "43 ou 44 morts", "«cinq à huit» personnes", "entre 4 et 10"
        range_after=re.compile(
            r"(?:\s*(?:-|–|—|to)\s*|\s+(?:or|ou|à)\s+|\s+(?:and|et)\s+|,\s*(?:possibly|perhaps"
            r"|maybe|probably|or\s+even|if\s+not|or|voire|peut-être)\s+)",
            re.IGNORECASE,
        ),
        # (not "rises to 133 and more than 107 injured": "more than" opens the next count)
        suffix_after=re.compile(
            rf"(?:\s+|-|(?=\+))(?P<s>{_alternation(list(lexicon.suffixes))})(?!\w)(?!\s+than\b)",
            re.IGNORECASE,
        ),
        unit_after=re.compile(rf"\s*(?P<u>%|{units})(?![\w])", re.IGNORECASE),
        money_words_after=re.compile(rf"\s+of\s+(?:{money_words})\b", re.IGNORECASE),
        month_before=re.compile(rf"\b(?:{months})\.?\s+$"),
        month_after=re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b"),
        weekday_before=re.compile(rf"\b(?:{weekdays})\.?,?\s+(?:the\s+)?$"),
        duration_after=re.compile(rf"(?:\s+|-)(?:{time_units})\b", re.IGNORECASE),
        multiple=re.compile(
            rf"(?<![\w])(?P<q>{qualifiers})\s+(?P<m>{_alternation(list(lexicon.multiples))})\b",
            re.IGNORECASE,
        ),
        locating_after=re.compile(rf"\s+(?:{locating})\b", re.IGNORECASE),
    )
    _PATTERN_CACHE[id(lexicon)] = (lexicon, patterns)
    return patterns


def _word_value(text: str, lexicon: Lexicon) -> float | None:
    """Value of a number written in words: "twenty-three", "one hundred and twenty"."""
    tokens = [t for t in re.split(r"[\s-]+", text.lower()) if t and t != "and"]
    if tokens[-1:] == ["dozens"]:
        tokens[-1] = "dozen"  # "two dozens of workers"
    if tokens[:3] == ["half", "a", "dozen"] or tokens[-2:] == ["half", "dozen"]:
        return 6.0  # "half a dozen", "a half-dozen"
    if tokens[-2:-1] == ["half"] and tokens[-1] in lexicon.scales:
        return lexicon.scales[tokens[-1]] / 2  # "a half-million", "half-million"
    if tokens[:3] == ["half", "a"] + tokens[2:3] and tokens[2:3] and tokens[2] in lexicon.scales:
        return lexicon.scales[tokens[2]] / 2  # "half a million"
    total = 0.0
    current = 0.0
    for token in tokens:
        if token in ("a", "an"):
            current += 1
        elif token == "et":
            continue  # "vingt et un", "soixante et onze"
        elif token in ("un", "une") and tokens[:1] != [token]:
            current += 1
        elif token in ("vingt", "vingts") and current % 100 == 4:
            current = current - 4 + 80  # "quatre-vingt(s)": four twenties
        elif token in lexicon.number_words:
            value = lexicon.number_words[token]
            current = current * value if token == "dozen" and current else current + value
        elif token in lexicon.scales:
            scale = lexicon.scales[token]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
        else:
            return None
    return total + current


_FRENCH_ONLY_BEFORE_A_NOUN = frozenset("sept seize un une".split())
# a count of one: "un corps a été extrait", "une victime", "un mort"
_ONE_OF_AN_OUTCOME = frozenset(
    "corps mort morte tué tuée blessé blessée victime disparu disparue décès".split()
)


_ONE_WHO_DIED = re.compile(
    r"\s+(?:seule?\s+(?:corps|mort|morte|décès|victime|blessée?)\b|(?:personne|victime)\s+"
    r"(?:a\s+perdu\s+la\s+vie|est\s+morte|est\s+décédée|a\s+été\s+tuée|a\s+péri))",
    re.IGNORECASE,
)


def _french_word_counts(match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "sept", "seize", "un", "une" count only before a counted noun: "sept morts",
    "seize personnes", "un corps" (not "Sept 12", "seize control", "un homme")."""
    words = match.group("words").lower().split()
    if len(words) != 1 or words[0] not in _FRENCH_ONLY_BEFORE_A_NOUN:
        return True
    following = _HEAD_WORD.match(match.string, match.end())
    noun = following.group(1).lower() if following else ""
    if words[0] in ("un", "une"):
        # "un seul décès", "une personne a perdu la vie": a count of one; "un seul suspect":
        # one stressed, of a noun counted in the plural
        return (
            noun in _ONE_OF_AN_OUTCOME
            or bool(_ONE_WHO_DIED.match(match.string, match.end()))
            or _one_stressed(match.string, match.end(), lexicon) is not None
        )
    if re.search(
        r"\b(?:à|de|des|les|et|environ)\s+$",
        match.string[max(0, match.start() - 8) : match.start()],
    ):
        return True  # "portant le nombre de victimes à sept", "portant à sept le nombre"
    return bool(following) and (noun in lexicon.people or noun in lexicon.head_nouns)


# one stressed as a count: "un seul suspect", "une seule ambulance", "one single suspect"
_STRESSED_ONE = re.compile(r"[ \t]+(?:seule?|single)[ \t]+([^\W\d_][\w-]*)", re.IGNORECASE)


def _one_stressed(text: str, end: int, lexicon: Lexicon) -> str | None:
    """The quantity of a stressed one right after ``end`` ("un seul suspect" counts
    suspects, as "deux suspects" do): the quantity of its noun's plural, else None."""
    stressed = _STRESSED_ONE.match(text, end)
    if stressed is None:
        return None
    return lexicon.head_nouns.get(stressed.group(1).lower() + "s")


@dataclass
class _Number:
    """One number as written: its value(s) and what sits right around it."""

    start: int
    end: int
    low: float
    high: float
    vague: bool
    in_words: bool
    currency: bool
    unit: str | None = None  # unit class
    time_or_code: bool = False


# thousands grouped by a dot, as Belgian, Swiss and Moroccan reports write a toll: "2.012 morts
# et 2.059 blessés dont 1.404 sont dans un état grave" (a count of people is no fraction)
_PEOPLE_AFTER = re.compile(
    r"\s+(?:morts|mortes|blessés|blessées|personnes|décès|victimes|disparus|sinistrés|habitants"
    r"|sont|ont|dead|people|deaths|injured)\b"
)


def _read_number(match: re.Match[str], lexicon: Lexicon, pattern: _Patterns) -> _Number | None:
    start, end = match.span()
    if match.group("vague"):
        low, high = lexicon.vague_amounts[" ".join(match.group("vague").lower().split())]
        return _Number(start, end, low, high, True, True, False)
    if match.group("words"):
        value = _word_value(match.group("words"), lexicon)
        if value is None or not _french_word_counts(match, lexicon):
            return None
        return _Number(start, end, value, value, False, True, False)
    digits = match.group("digits")
    if re.fullmatch(r"\d{1,3},\d{1,2}", digits):
        value = float(digits.replace(",", "."))  # a French decimal comma: "7,2"
    elif re.fullmatch(r"\d{1,3}\.\d{3}", digits) and _PEOPLE_AFTER.match(match.string, end):
        value = float(digits.replace(".", ""))  # "2.012 morts": thousands grouped by a dot
    else:
        value = float(re.sub(r"[, \u00a0\u202f\u2009'’]", "", digits))
    number = _Number(start, end, value, value, False, False, bool(match.group("cur")))
    if match.group("scale") and match.group("scale").lower() in ("cent", "cents"):
        number.unit = "money"  # "20 cents": money, not hundreds
    elif match.group("scale"):
        value *= lexicon.scales[match.group("scale").lower()]
    elif match.group("short"):
        if _metres_not_millions(match, lexicon):
            number.unit = "length"  # "fell from a height of 45m", "about 200m" of a bridge
        else:
            value *= lexicon.short_scales[match.group("short").lower()]
    attached = match.group("att")
    if attached:
        unit_class = lexicon.units.get(attached.lower())
        if unit_class:
            number.unit = unit_class
        else:
            number.time_or_code = True  # 14th, 4pm, 1990s, 3G ...
    number.low = number.high = value
    return number


def _metres_not_millions(match: re.Match[str], lexicon: Lexicon) -> bool:
    """ "45m" with no currency before it and no counted noun after it is a length in metres
    (reporters write "a 45m drop", "about 200m"); "£5m" and "15m people" are millions."""
    if match.group("cur") or match.group("short").lower() != "m":
        return False
    if _CURRENCY_BEFORE.search(match.string, max(0, match.start() - 12), match.start()):
        return False
    after = _HEAD_WORD.match(match.string, match.end())
    noun = after.group(1).lower() if after else ""
    return noun not in lexicon.head_nouns and noun not in lexicon.people


_CURRENCY_BEFORE = re.compile(r"(?:[£$€¥]|\b(?:US|A|C|R|NZ|HK)\$|\bRs\.?)\s*$")


def _no_noun_after(after: str, nouns: dict[str, str] | None = None) -> bool:
    """No noun follows: the next word is missing, a function word, a verb or a name (not a
    count noun in a headline's title case: "Shooting Leaves 26 Dead")."""
    after = re.sub(r"^\s*(?:[-–]|to|or)\s*[\d,.]+", "", after)  # skip "-50" in "40-50 people"
    word = _HEAD_WORD.match(after)
    if not word:
        return True
    following = word.group(1)
    return (
        following.lower() in _HEAD_STOP
        or (following[0].isupper() and following.lower() not in (nouns or {}))
        or following.lower().endswith("ed")
    )


def _not_a_figure(
    text: str,
    number: _Number,
    match: re.Match[str],
    doc: Document,
    lexicon: Lexicon,
    pattern: _Patterns,
) -> bool:
    """Dates, times, years, ages, codes, phone numbers, durations, scores, addresses."""
    start, end = number.start, number.end
    sentence_start, sentence_end = doc.sentence_at(start)
    before = text[max(sentence_start, start - 40) : start]
    after = text[end : min(sentence_end, end + 60)]
    if number.time_or_code or _CLOCK_TIME_AFTER.match(after):
        return True
    if match.group("digits") and not number.currency:
        if _digits_not_a_figure(number, match, before, after, lexicon, pattern):
            return True
    # "March 3", "Monday 14"; not "On Monday six people were rescued": a date is in digits
    in_digits = bool(match.group("digits"))
    if (in_digits and pattern.month_before.search(before)) or pattern.month_after.match(after):
        return True
    if in_digits and pattern.weekday_before.search(before):
        return True
    if _AGE_BEFORE.search(before) or _AGE_AFTER.match(after):
        return True
    if number.in_words and re.match(r"\s+[\w-]+\s+(?:years?|months?)\s+old\b", after):
        return True  # "two girls, one three years old": "one" is the girl
    if (
        _NAME_COMMA_BEFORE.search(before)
        and _NAME_COMMA_AFTER.match(after)
        and number.low == number.high
        and 1 <= number.low <= 120
        and not number.currency
    ):
        return True
    if re.search(r"\(\s*$", before) and re.match(r"\s*\)", after) and number.low <= 120:
        return True
    if _a_label(match, before, after, lexicon, pattern):
        return True
    if pattern.duration_after.match(after) or _FLYING_HOURS.match(after):
        return True  # "within 60 seconds"; "6,000 flying hours": a duration
    compound = re.match(r"-([a-z]+)", after)
    return bool(compound and not _counting_compound(compound.group(1), lexicon))


# a time of day in words or by its zone: "at about three o'clock", "around 22 Italian time",
# "at 10 local time"
_CLOCK_TIME_AFTER = re.compile(r"\s*o['’]clock\b|[ \t]+(?:local|[A-Z][a-z]+)[ \t]+time\b")
_FLYING_HOURS = re.compile(r"\s+(?:flying|flight|flights)\s+hours?\b", re.IGNORECASE)


def _counting_compound(word: str, lexicon: Lexicon) -> bool:
    """ "7-magnitude", "40-plus", "five-story", "four-alarm", "three-kilometer": a compound
    whose second word is a unit or a count noun; not "20-year", "two-time", "one-off"."""
    return (
        word in ("strong", "plus", "magnitude")
        or word in lexicon.units
        or (word in lexicon.head_nouns and word not in lexicon.time_units)
    )


_HYPHEN_RANGE = re.compile(r"[-–](?P<second>[1-9]\d{2,}(?:,\d{3})*)(?![\d-])")


def _a_hyphen_range(number: _Number, after: str, lexicon: Lexicon) -> bool:
    """ "120-150 people", "300-400 dead": a range, not a phone number (555-0148): the second
    number is higher, about as long, and a counted noun or a fate follows."""
    found = _HYPHEN_RANGE.match(after)
    if not found:
        return False
    second = float(found.group("second").replace(",", ""))
    if not number.low < second <= number.low * 10:
        return False
    word = _HEAD_WORD.match(after, found.end())
    noun = word.group(1).lower() if word else ""
    return noun in lexicon.people or noun in lexicon.head_nouns or noun in _FATE_WORDS


_FATE_WORDS = frozenset("were are have had died killed dead injured missing feared people".split())


def _digits_not_a_figure(
    number: _Number,
    match: re.Match[str],
    before: str,
    after: str,
    lexicon: Lexicon,
    pattern: _Patterns,
) -> bool:
    """A number in digits that is a time, a phone number, a code, a year, a score, a date,
    a name ("France 24") or an address."""
    digits = match.group("digits")
    if _TIME_AFTER.match(after):
        return True
    if (
        re.fullmatch(r"\d{1,2}\.\d\d", digits)
        and (_TIME_BEFORE.search(before) or digits.startswith("0"))
        and number.unit is None
    ):
        return True
    if digits.startswith("0") and len(digits.replace(",", "")) >= 3:
        return True  # phone numbers and codes: 0800, 01268
    if (
        re.match(r"(?:\s|-)\d{3,}", after) and not _a_hyphen_range(number, after, lexicon)
    ) or _PHONE_BEFORE.search(before):
        return True  # phone numbers: 0800 555 0142, 555-0148
    if re.search(r"(?:\b0\d{2,}|\d{3,}[ \u00a0]\d{3,})[ \u00a0]$", before):
        return True  # the last group of a phone number: "on 0800 0961 233"
    if (
        re.fullmatch(r"\d{4}", digits)
        and 1000 <= number.low <= 2100
        and not match.group("scale")
        and number.unit is None
    ):
        head = _HEAD_WORD.match(after)
        noun = head.group(1).lower() if head else ""
        counted = (
            noun in lexicon.people
            or (noun in lexicon.head_nouns and pattern.qualifier_before.search(before))
            or lexicon.head_nouns.get(noun) in lexicon.outcomes
        )  # "Près de 2000 secouristes", "about 2000 soldiers", "1000 deaths": a count
        if _FATE_VERB_AFTER.match(after) and not re.search(
            r"\b(?:in|since|by|of|from|until|before|after|during|en|depuis)\s+$", before, re.I
        ):
            counted = True  # "quand 1204 ont été blessées", "1500 were killed": no year
        floor = pattern.qualifier_before.search(before)
        if floor and lexicon.qualifiers[" ".join(floor.group("q").lower().split())] != "approx":
            counted = True  # "Over 1000 railway staff", "more than 1500 homes": no year
        if not counted:
            return True  # a year
    if re.match(r"\s*[-–]\s*\d", after) and (
        _SCORE_BEFORE.search(before) or _SCORE_AFTER.match(after)
    ):
        return True  # "won 2-1", "a 2-0 lead"
    if re.match(r"/\d", after):
        return True  # 9/11, 24/7, 14/11/2015
    if digits in ("911", "999", "112", "000") and _EMERGENCY_LINE.match(after):
        return True  # "a 911 call", "911 dispatchers": the emergency number
    capitalised = re.search(r"\b([A-Z][\w'’-]*)\s+$", before)
    if (
        capitalised
        and capitalised.group(1).lower() not in _SENTENCE_STARTERS
        and capitalised.group(1).lower() not in _HEAD_STOP
        and capitalised.group(1).lower() not in lexicon.qualifiers
        and not pattern.qualifier_before.search(before)
        and _no_noun_after(after, lexicon.head_nouns)
    ):
        return True  # a name with a number: "France 24 said", "Apollo 11"
    return bool(_ADDRESS_AFTER.match(after) or _FRENCH_ADDRESS_AFTER.match(after)) or bool(
        _FRENCH_HOUSE_NUMBER_BEFORE.search(before)
        and number.low < 1000
        and (
            _no_noun_after(after)
            or re.match(r"\s+et\s+(?:du|au)\s+\d", after)
            or _FRENCH_HOUSE_NUMBERS_BEFORE.search(before)
            or re.search(r"numéros[ \t]+\d+[ \t]+(?:et|à)[ \t]+$", before, re.I)
        )
        and _FRENCH_BUILDING.search(match.string, max(0, number.start - 80), number.start)
    )


# a French address: "au 17 rue de Tivoli", "l'immeuble du 65 rue d'Aubagne" (the street's
# kind in lower case, after the number)
_FRENCH_ADDRESS_AFTER = re.compile(
    r"[ \t]+(?:rue|avenue|boulevard|bd|allée|impasse|quai|chemin|place)\b(?!\s+(?:à|de\s+\d))"
)
# a building by its house number: "le bâtiment mitoyen du 63", "des bâtiments voisins du 17,",
# "(bâtiments du) 15 et du 19"; not "de 12 à 21" (a change), nor "du 13 novembre" (a date)
_FRENCH_HOUSE_NUMBER_BEFORE = re.compile(
    r"\b(?:du|au)\)?[ \t]+$|\bnuméros[ \t]+\d+[ \t]+(?:et|à)[ \t]+$", re.IGNORECASE
)
_FRENCH_HOUSE_NUMBERS_BEFORE = re.compile(r"\d+[ \t]+et[ \t]+(?:du|au)[ \t]+$")  # "du 15 et du 19"
_FRENCH_BUILDING = re.compile(r"\b(?:immeubles?|bâtiments?|maisons?|numéros?|rue)\b", re.I)


_FATE_VERB_AFTER = re.compile(
    r"\s+(?:were|are|have\s+been|had\s+been|ont\s+été|sont|died|remain|ont\s+péri)\b", re.I
)
_EMERGENCY_LINE = re.compile(
    r"\s*(?:calls?|callers?|dispatch\w*|operators?|centers?|centres?|lines?|emergency|tapes?"
    r"|recordings?|system)\b",
    re.IGNORECASE,
)
_WORD_CHAR = re.compile(r"\w")
_STORM = re.compile(r"\b(?:hurricanes?|storms?|cyclones?|typhoons?|winds)\b", re.IGNORECASE)
_CATEGORY_BEFORE = re.compile(r"\bcategory[ \t-]+$", re.IGNORECASE)


_MAKER = re.compile(r"\b(?:boeing|airbus)\s+", re.IGNORECASE)


@lru_cache(maxsize=8)
def _after_makers(text: str) -> tuple[int, ...]:
    """Where a model number would start after an aircraft maker's name ("Boeing 737")."""
    # found once per text: searching the whole text again for each figure cost most of the
    # analysis of a long report
    return tuple(found.end() for found in _MAKER.finditer(text))


def _a_model_named(text: str, digits: str) -> bool:
    """The digits are a model number the text names after a maker somewhere ("Boeing 737")."""
    return any(
        text.startswith(digits, at)
        and not (at + len(digits) < len(text) and _WORD_CHAR.match(text, at + len(digits)))
        for at in _after_makers(text)
    )


def _a_label(
    match: re.Match[str], before: str, after: str, lexicon: Lexicon, pattern: _Patterns
) -> bool:
    """An identifier ("Flight 9268", "ward 12."): the word before names a thing, not a count."""
    previous = re.search(r"([\w.]+)\s+$", before)
    if not previous:
        return False
    word = previous.group(1)
    if re.search(r"\bflights?\s+[A-Z0-9]{2,3}\s+$", before, re.IGNORECASE):
        return True  # "flight 4U 9525": an airline's code and the flight number
    if word.lower() == "category" and _STORM.search(match.string):
        return False  # "a Category 5 hurricane": the storm's strength, measured (like magnitude)
    if word.lower().rstrip(".") in lexicon.identifier_words:
        if not pattern.qualifier_before.search(before):
            return True
    digits = match.group("digits")
    if digits and _a_model_named(match.string, digits):
        return True  # "the Boeing 737 ... an updated version of the 737": the model named before
    return bool(
        digits
        and re.fullmatch(r"\d{1,3}", digits)
        and re.match(r"\s*(?:[.,;:)]|$|and\b)", after)
        and re.fullmatch(r"[a-z]+", word)
        and word not in _HEAD_STOP
        and not re.search(r"(?:s|ed|ing)$", word)
        and not pattern.qualifier_before.search(before)
    )  # a label at the end of a noun phrase: "car park 3", "ward 12."


def _quantity_from_cues(
    doc: Document,
    lexicon: Lexicon,
    cues: _Cues,
    start: int,
    end: int,
    window: float,
    before_only: bool = False,
    exclude: frozenset[str] = frozenset(),
) -> tuple[str, float] | None:
    """The nearest quantity cue in the sentence: (quantity, distance in words); none of the
    quantities in ``exclude``."""
    text = doc.text
    sentence_start, sentence_end = doc.sentence_at(start)
    best: tuple[float, str] | None = None
    for cue in cues.between(sentence_start, sentence_end):
        entry = lexicon.cues.entry_for(cue)
        if entry.kind in exclude:
            continue
        is_noun = entry.reason == "noun"
        if cue.start() >= end and (is_noun or before_only):
            # a count noun after the number is only its head ("officers said"), except a
            # predicate: "four people dead", "five people are dead"
            if before_only or cue.group().lower() not in _PREDICATES:
                continue
        if (
            cue.end() <= start
            and is_noun
            # the subject of "the death toll from the blasts has risen to 105" is linked by
            # the verb; "Police put the figure at 30,000" is who speaks, not what is counted
            and not (before_only and entry.kind in lexicon.outcomes)
            and not (
                _NOUN_LINK.match(text, cue.end(), start)
                # "Toll rises, over 1000 railway staff work on war footing": a comma ends
                # the clause the noun is the subject of
                and not re.search(r"[,;]\s", text[cue.end() : start])
            )
        ):
            continue  # "the toll rose to nine" links the noun; "Police said 14" does not
        if (
            before_only
            and is_noun
            and _PREPOSITION_BEFORE.search(text, sentence_start, cue.start())
        ):
            continue  # "the death toll from explosions ... has risen to 105": not the subject
        if (
            cue.start() >= end
            and not is_noun
            and cue.group().lower() not in _PREDICATES
            and _OWN_OBJECT_AFTER.match(text, cue.end(), sentence_end)
        ):
            # "taking up to 40 hostages and killing at least 2 police officers": the verb
            # has its own count right after it, the next figure's
            continue
        if cue.start() >= end and _next_figures_own(text[end : cue.start()]):
            # "3 victimes et 80 personnes disparues": the cue is the next figure's own; not
            # "144 passengers and 6 crew members were on board", a predicate both share
            continue
        if cue.start() >= end:
            distance = float(doc.words_between(end, cue.start()))
            gap = text[end : cue.start()]
            if re.search(r"\b(?:from|in|at|on|of|with|by|near|into)\s+$", gap):
                distance += 2  # "lifted five people from flooded vehicles"
            if re.search(r"\band\b|[,;]", gap):
                distance += 2  # "killing 76 people and injuring more than 440"
        elif cue.end() <= start:
            # a cue before the number is a weaker sign, weaker still across "and" or a comma
            distance = doc.words_between(cue.end(), start) + 1.5
            if re.search(r"\band\b|[,;]", text[cue.end() : start]):
                distance += 2
            if re.search(r"\b(?:but|while|whereas)\b|;", text[cue.end() : start]):
                # "Two children had been rescued, but up to 30 others were still missing": a
                # contrast opens a clause with its own verb
                distance += 3
        else:
            continue
        if distance <= window and (best is None or distance < best[0]):
            best = (distance, entry.kind)
    return (best[1], best[0]) if best else None


_OWN_OBJECT_AFTER = re.compile(
    r"[ \t]+(?:(?:at\s+least|more\s+than|over|about|nearly|some|up\s+to|around|another)\s+)?"
    r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|dozens|scores|hundreds"
    r"|thousands)\b)",
    re.IGNORECASE,
)
_SHARED_VERB = re.compile(
    r"\b(?:were|are|was|is|have|had|has|been|remain|remained|sont|ont|étaient|restent)\b",
    re.IGNORECASE,
)


def _next_figures_own(gap: str) -> bool:
    """True when another number stands in ``gap`` and no verb links this figure to the cue:
    "3 victimes et 80 personnes disparues" (the cue is the next figure's); not "8,300
    people are in 82 relief camps", "144 passengers and 6 crew were on board"."""
    return (
        re.search(r"\d", gap) is not None
        and not _SHARED_VERB.search(gap)
        # "53 personnes dont 44 enfants avaient été tuées", "53 people including 44 children
        # were killed": a part named inside the count shares its verb
        and not re.match(r"\s*,?\s*(?:dont|including)\b", gap, re.IGNORECASE)
        # "trois assaillants sur les 16 appréhendés ont été tués": out of a total, same verb
        and not re.match(r"\s+(?:sur|out\s+of)\s+(?:les\s+|the\s+)?\d", gap, re.IGNORECASE)
    )


class _Cues:
    """Every quantity cue of the document, found once, looked up by position."""

    def __init__(self, doc: Document, lexicon: Lexicon) -> None:
        self.matches = doc.find(lexicon.cues)
        self.starts = [match.start() for match in self.matches]

    def between(self, start: int, end: int) -> list[re.Match[str]]:
        return self.matches[bisect_left(self.starts, start) : bisect_left(self.starts, end)]


def _grouped_cue(
    regex: re.Pattern[str], groups: dict[str, str], text: str, start: int, end: int
) -> str | None:
    best: tuple[int, str] | None = None
    for cue in regex.finditer(text, start, end):
        quantity = groups[cue.lastgroup or ""]
        distance = abs(cue.start() - start)
        if best is None or distance < best[0]:
            best = (distance, quantity)
    return best[1] if best else None


@dataclass
class _Figure:
    start: int
    end: int
    number_end: int
    interval: Interval
    description: str
    quantity: str
    approximate: bool
    part: bool
    scope: str | None
    from_cue: bool
    subject: bool = False  # the scope says whose the figure is (subjects.py)
    who_only: bool = False  # "90 workers": who is counted, not what happened to them


def _interval(kind: str, low: float, high: float, tolerance: float) -> Interval:
    if kind == "min":
        return Interval(low, math.inf, False, True)
    if kind == "above":
        return Interval(low, math.inf, True, True)
    if kind == "below":
        return Interval(0, high, False, True)
    if kind == "max":
        return Interval(0, high)
    if kind == "approx":
        return Interval(round(low * (1 - tolerance), 6), round(high * (1 + tolerance), 6))
    if kind == "nearly":
        return Interval(round(high * (1 - tolerance), 6), high, False, True)
    if kind == "just-over":
        return Interval(low, round(low * (1 + tolerance), 6), True, False)
    return Interval(low, high)


def find_figures(
    doc: Document, lexicon: Lexicon, published_year: int | None = None
) -> list[Suggestion]:
    text = doc.text
    pattern = _patterns(lexicon)
    cues = _Cues(doc, lexicon)
    figures: list[_Figure] = []
    consumed = 0
    for match in pattern.atom.finditer(text):
        if match.start() < consumed or doc.is_skipped(match.start()):
            continue
        number = _read_number(match, lexicon, pattern)
        if number is None or _not_a_figure(text, number, match, doc, lexicon, pattern):
            continue
        figure = _build(doc, lexicon, cues, pattern, match, number, figures)
        if figure is not None:
            figures.append(figure)
            consumed = figure.number_end
    for match in pattern.multiple.finditer(text):
        # "at least twice": a count of times, read only after a qualifier
        if doc.is_skipped(match.start()) or any(f.start <= match.start() < f.end for f in figures):
            continue
        if re.match(r"\s+(?:as|the|that|what|more|less)\b", text[match.end() :], re.I):
            continue  # "nearly twice the number", "twice as many": a ratio, not a count
        value = float(lexicon.multiples[match.group("m").lower()])
        kind = lexicon.qualifiers[" ".join(match.group("q").lower().split())]
        cue = _quantity_from_cues(doc, lexicon, cues, match.start(), match.end(), _BARE_WINDOW)
        figures.append(
            _Figure(
                start=match.start(),
                end=match.end(),
                number_end=match.end(),
                interval=_interval(kind, value, value, lexicon.tolerance),
                description=" ".join(match.group().split()),
                quantity=cue[0] if cue else "times",
                approximate=kind == "approx",
                part=False,
                scope=None,
                from_cue=bool(cue),
            )
        )
    figures.extend(_shares(doc, lexicon, figures))
    figures.sort(key=lambda f: f.start)
    _assign_scopes(doc, figures, published_year)
    return [_suggestion(text, figure, lexicon) for figure in figures]


# a share named by its fraction alone: "nearly half the homes", "about half of all homes",
# "about a third of the club's patrons" (the hyphenated "two-thirds of" is read as a number)
_SHARE = re.compile(
    r"(?<![\w-])(?:(?P<q>about|nearly|almost|more\s+than|over|roughly|around|some|at\s+least"
    r"|only|less\s+than)\s+)?(?P<n>half|a\s+third|a\s+quarter|one\s+third|one\s+quarter"
    r"|two\s+thirds|three\s+quarters)\s+(?:of\s+)?(?=(?:the|all|its|their|his|her|them|those)\b)",
    re.IGNORECASE,
)
_SHARE_VALUES = {
    "half": 50.0,
    "third": 100 / 3,
    "quarter": 25.0,
    "thirds": 200 / 3,
    "quarters": 75.0,
}


def _shares(doc: Document, lexicon: Lexicon, figures: list[_Figure]) -> list[_Figure]:
    """Shares named by their fraction word alone, in per cent, as a part of a whole."""
    found: list[_Figure] = []
    for match in _SHARE.finditer(doc.text):
        if doc.is_skipped(match.start()) or any(f.start <= match.start() < f.end for f in figures):
            continue
        after = re.match(r"\w+\s+([\w'’-]+)", doc.text[match.end() : match.end() + 40])
        if after and (after.group(1).lower() in lexicon.time_units or after.group(1) == "time"):
            continue  # "half the time", "half an hour": a duration
        value = _SHARE_VALUES[match.group("n").split()[-1].lower()]
        qualifier = match.group("q")
        kind = (
            lexicon.qualifiers.get(" ".join(qualifier.lower().split()), "exact")
            if qualifier
            else "exact"
        )
        head = re.match(
            r"them\b|those\b|(?:the|all|its|their|his|her)\s+(?:[\w'’-]+\s+){0,3}?[\w'’-]+",
            doc.text[match.end() :],
        )
        end = match.end() + (head.end() if head else 0)
        found.append(
            _Figure(
                start=match.start(),
                end=end,
                number_end=match.end(),
                interval=_interval(kind, value, value, lexicon.tolerance),
                description=" ".join(match.group().split()),
                quantity="percentage",
                approximate=kind == "approx",
                part=True,
                scope=None,
                from_cue=False,
            )
        )
    return found


@dataclass
class _Draft:
    """A figure being read, step by step: the number, the span so far, what it counts."""

    doc: Document
    lexicon: Lexicon
    cues: _Cues
    pattern: _Patterns
    match: re.Match[str]
    number: _Number
    earlier: list[_Figure]
    sentence_start: int
    sentence_end: int
    start: int
    end: int
    low: float
    high: float
    before: str
    kind: str = "exact"
    between: bool = False
    is_range: bool = False
    separator: re.Match[str] | None = None
    number_end: int = 0
    part: bool = False
    including: bool = False  # "including nine children": a part named by who it is
    part_after: re.Match[str] | None = None
    head_from: int = 0
    head_words: list[str] = field(default_factory=list)
    head_end: int = 0
    quantity: str | None = None
    from_cue: bool = False
    generic: bool = False
    another: bool = False
    change: bool = False
    coordinated: _Figure | None = None
    compound: bool = False  # "five-story": the number and its noun in one word
    more: bool = False  # "five more bodies": a part by "more", "further", "additional"

    @property
    def text(self) -> str:
        return self.doc.text


def _build(
    doc: Document,
    lexicon: Lexicon,
    cues: _Cues,
    pattern: _Patterns,
    match: re.Match[str],
    number: _Number,
    earlier: list[_Figure],
) -> _Figure | None:
    """The figure ``number`` is, read in steps (qualifier, range, unit, part, head noun,
    quantity), or None when it is not one."""
    sentence_start, sentence_end = doc.sentence_at(number.start)
    draft = _Draft(
        doc, lexicon, cues, pattern, match, number, earlier, sentence_start, sentence_end,
        number.start, number.end, number.low, number.high,
        doc.text[max(sentence_start, number.start - 40) : number.start],
    )  # fmt: skip
    _read_qualifier(draft)
    _read_range(draft)
    _read_unit(draft)
    if _not_measured_here(draft) or not _read_part(draft):
        return None
    _read_head(draft)
    if not _head_counts(draft):
        return None
    _read_quantity(draft)
    if not _is_a_count(draft):
        return None
    return _finish(draft)


def _read_qualifier(d: _Draft) -> None:
    """A qualifier before: "at least", "about", "between"."""
    qualifier = d.pattern.qualifier_before.search(d.before)
    between = d.pattern.between_before.search(d.before)
    d.between = bool(between)
    if qualifier:
        d.kind = d.lexicon.qualifiers[" ".join(qualifier.group("q").lower().split())]
        d.start = d.start - len(d.before) + qualifier.start()
    elif between:
        d.start = d.start - len(d.before) + between.start()


_FROM_BEFORE = re.compile(
    r"\bfrom\s+$|\b(?:pass|grimp|augment|mont|évolu|revu|alourdi)\w*\s+(?:[\w'’]+\s+){0,3}de\s+$"
    # "the toll has risen by more than 500 to 1,941", "rose by one to 13": the rise, then the
    # new count (not "water levels 2 to 3 metres deep")
    r"|\b(?:ris(?:en|es?|ing)|rose|increas\w*|climb\w*|jump\w*|gr[eo]wn?|grows?|swell\w*"
    r"|went\s+up|gone\s+up|fall(?:en|s)?|fell|dropp\w*|decreas\w*)\s+by\s+"
    r"(?:(?:more\s+than|at\s+least|about|nearly|almost|over|some|another)\s+)?$",
    re.IGNORECASE,
)


def _read_range(d: _Draft) -> None:
    """A range after: "seven or eight", "40-50", "seven, possibly eight", "between 4 and 6";
    then a suffix: "40 or more", "200 or so", "40-plus"."""
    text, number = d.text, d.number
    separator = d.pattern.range_after.match(text, d.end)
    if separator and separator.group().strip().lower() in ("and", "et") and not d.between:
        separator = None
    if separator and _FROM_BEFORE.search(d.before):
        separator = None  # "from 12 to 15", "est passé de 12 à 21" is a change, not a range
    d.separator = separator
    if separator:
        second = d.pattern.bare_atom.match(text, separator.end())
        other = _read_number(second, d.lexicon, d.pattern) if second else None
        if other is not None and not other.time_or_code and other.low > d.high:
            if other.in_words == number.in_words or not separator.group().strip(" ,"):
                d.is_range = True
            elif re.match(r"\s*[-–]|\s+to\s", separator.group()):
                d.is_range = True
        if d.is_range and other is not None:
            d.high = other.high
            d.end = other.end
            number.unit = number.unit or other.unit
            number.currency = number.currency or other.currency
    suffix = d.pattern.suffix_after.match(text, d.end)
    if suffix:
        d.kind = d.lexicon.suffixes[" ".join(suffix.group("s").lower().split())]
        d.end = suffix.end()


def _read_unit(d: _Draft) -> None:
    """The unit: "%", "mm", "of dollars", a currency, "magnitude 7.1", "a 7.7-magnitude"."""
    text, number, pattern = d.text, d.number, d.pattern
    unit = pattern.unit_after.match(text, d.end)
    if unit and number.unit is None:
        number.unit = d.lexicon.units.get(" ".join(unit.group("u").lower().split()), "percent")
        d.end = unit.end()
    of_unit = _VAGUE_OF_UNIT.match(text, d.end)
    if number.vague and number.unit is None and of_unit:
        unit_class = d.lexicon.units.get(of_unit.group("u").lower())
        if unit_class == "length":  # "dozens of miles away", "une quinzaine de kilomètres"
            number.unit = unit_class
            d.end = of_unit.end()
    money_words = pattern.money_words_after.match(text, d.end)
    if number.vague and money_words:
        number.unit = "money"
        d.end = money_words.end()
    if number.currency:
        number.unit = "money"
    # also each value of a list: "aftershocks with magnitudes of 5.5, 4.7 and 6.3"
    prefix_unit = re.search(
        r"\b(magnitude|category|force)s?(?:\s+|-)(?:of\s+|de\s+)?"
        r"(?:\d+(?:[.,]\d+)?\s*(?:,\s*(?:and\s+|or\s+|et\s+)?|(?:and|or|et|ou)\s+))*$",
        d.before,
        re.I,
    )
    if prefix_unit and number.unit is None and prefix_unit.group(1).lower() == "magnitude":
        number.unit = "magnitude"
    if (
        number.unit is None
        and d.high < 10
        and _MEASURED_BEFORE.search(d.before)
        and _QUAKE.search(text, d.sentence_start, d.sentence_end)
    ):
        number.unit = "magnitude"  # "the quake, which measured 6.8"
    if number.unit is None and re.match(r"\s+on\s+the\s+Richter\s+scale\b", text[d.end :]):
        number.unit = "magnitude"  # "measured 3.3 on the Richter scale"
    suffix_magnitude = re.match(
        r"[ \t]*-?[ \t]*(?:in[ \t]+)?magnitude\b", text[d.end : d.end + 16], re.I
    )
    if suffix_magnitude and number.unit is None:
        number.unit = "magnitude"  # "a 7.7 magnitude quake", "the 7.8-magnitude earthquake"
        d.end += suffix_magnitude.end()
    hyphen_unit = re.match(r"-([a-z]+)\b", text[d.end : d.end + 24])
    if hyphen_unit and number.unit is None and hyphen_unit.group(1) in d.lexicon.units:
        number.unit = d.lexicon.units[hyphen_unit.group(1)]  # "a three-kilometer zone"
        d.end += hyphen_unit.end()
    ratio = re.match(r"[ \t]+in[ \t]+(?:every[ \t]+)?", text[d.end : d.end + 12])
    second = ratio and pattern.bare_atom.match(text, d.end + ratio.end())
    if second and number.unit is None and not d.is_range and not second.group("vague"):
        other = _read_number(second, d.lexicon, pattern)
        if (
            other is not None
            and not other.time_or_code
            and d.high < other.low <= 1000
            and not pattern.duration_after.match(text, second.end())
        ):
            # "four in ten homes", "1 in 5 residents": a share, in per cent
            d.low, d.high = d.low * 100 / other.low, d.high * 100 / other.low
            number.unit = "percent"
            d.end = second.end()
    if number.unit == "fraction":  # "two-thirds of the town": a share, in per cent
        word = re.search(r"([a-z]+)$", text[number.end : d.end].lower())
        denominator = _DENOMINATORS.get(word.group(1) if word else "", 100)
        d.low, d.high = d.low * 100 / denominator, d.high * 100 / denominator
        number.unit = "percent"
    if number.unit == "length":
        _in_metres(d)
    d.number_end = d.end


# a length's unit in metres (feet, miles and kilometres are compared with metres: "a
# 260-foot section" and "80 metres"); millimetres, centimetres and inches, the units of
# rain and snow, are kept in millimetres
_METRES = {
    "m": 1.0, "metre": 1.0, "metres": 1.0, "meter": 1.0, "meters": 1.0, "km": 1000.0,
    "kilometre": 1000.0, "kilometres": 1000.0, "kilometer": 1000.0, "kilometers": 1000.0,
    "ft": 0.3048, "foot": 0.3048, "feet": 0.3048, "yard": 0.9144, "yards": 0.9144,
    "mile": 1609.344, "miles": 1609.344, "cm": 10.0, "centimetre": 10.0, "centimetres": 10.0,
    "centimeter": 10.0, "centimeters": 10.0, "inch": 25.4, "inches": 25.4,
}  # fmt: skip


def _in_metres(d: _Draft) -> None:
    unit = re.search(r"([A-Za-z]+)\W*$", d.text[d.number.start : d.end])
    factor = _METRES.get(unit.group(1).lower(), 1.0) if unit else 1.0
    if factor != 1.0:
        d.low, d.high = round(d.low * factor, 4), round(d.high * factor, 4)


# a length below the ground or ending its clause measures how deep or how far down: "struck
# 10 km below the surface", "trapped 260 feet below ground", "the ground 50 metres (165 feet)
# below."; not "20 km below the dam", which says where
_DEPTH_AFTER = re.compile(
    r"\s*(?:\([^()]{1,30}\)\s*)?(?:below|beneath|underground|under\s+the\s+surface)"
    r"(?:\s+(?:the\s+)?(?:surface|ground(?:\s+level)?|sea\s+level|seabed|sea\s+floor)\b|\s*[,.;:]"
    r"|\s*$)",
    re.IGNORECASE,
)


def _not_measured_here(d: _Draft) -> bool:
    """A converted measurement ("10km (6.2 miles)") or a length that locates something
    ("14 miles from the capital"): not a measurement of the event."""
    text, number, start, end = d.text, d.number, d.start, d.end
    if (
        number.unit is not None
        and number.unit != "money"
        and re.search(r"\d\s*[A-Za-z°%]+\s*\($", text[max(0, start - 16) : start])
    ):
        return True
    if number.unit not in (None, "money", "percent") and re.search(
        r"\d-?\s?[A-Za-z]+,\s*(?:or\s+)?$", text[max(0, start - 16) : start]
    ):
        # "the 80-meter, 260-foot section", "300 miles, or 500 kilometers, north": the same
        # length in other units
        return True
    if number.unit == "length":
        if re.search(r"\bas\s+far\s+(?:away\s+)?as\s+$", text[max(0, start - 20) : start], re.I):
            return False  # "felt as far as six miles away": how far the event reached
        if _DEPTH_AFTER.match(text, end):
            return False  # "10 km below the surface", "the ground 50 metres below": a depth
        previous = re.search(r"(\w+)\s+$", text[max(0, start - 20) : start])
        # "about 300 miles (500 km) north of", "about 300 miles, or 500 kilometers, north of"
        bracket = re.match(
            r"\s*\([^()]{1,30}\)|,\s+or\s+[\d,.]+\s*[A-Za-z]+,", text[end : end + 40]
        )
        return bool(
            d.pattern.locating_after.match(text, end)
            # French "à une quinzaine de kilomètres de Perpignan", "à 30 km du centre"
            or re.match(r"\s+(?:de|du|d['’])\s*(?:la\s+|l['’]\s*)?[A-Z]|\s+du\s", text[end:])
            or (bracket and d.pattern.locating_after.match(text, end + bracket.end()))
            or (previous and previous.group(1).lower() in d.lexicon.locating_before)
        )
    return False


def _read_part(d: _Draft) -> bool:
    """Part of a larger total: "including 112 at the Bataclan", "six of them", "five more
    bodies"; where the head noun starts. False for "one of the"."""
    text, number, end = d.text, d.number, d.end
    if number.in_words and d.low == d.high == 1 and re.match(r"\s+of\b", text[end:]):
        return False  # "one of the", "one of those arrested"
    d.part = bool(_PART_BEFORE.search(text[max(d.sentence_start, d.start - 30) : d.start]))
    # ("22 morts dont 21 touristes": French "dont" names a part as "including" does)
    d.including = d.part or bool(re.search(r"\bdont\s+$", text[max(0, d.start - 8) : d.start]))
    if _BY_BEFORE.search(text, max(d.sentence_start, d.start - 30), d.start):
        d.part = d.more = True
    if _REMAINING_BEFORE.search(text, max(d.sentence_start, d.start - 14), d.start):
        d.part = True
    d.part_after = _PART_AFTER.match(text, end)
    d.head_from = end
    if d.is_range and d.separator and "," in d.separator.group() and text.startswith(",", end):
        d.head_from = end + 1  # "at least seven, possibly eight, attackers"
    vague_of = re.match(r"\s+of\b", text[end : end + 4]) or (
        number.vague and re.match(r"\s+de(?=[ \t]+[^\W\d])", text[end : end + 6])
    )  # "une quarantaine de marins-pompiers"
    words = d.match.group("words")
    if (
        vague_of
        and not d.part_after
        and (
            number.vague
            or words
            and re.search(r"dozen|hundred|thousand|million|billion", words, re.IGNORECASE)
        )
    ):
        d.head_from = end + vague_of.end()  # "hundreds of people", "a dozen of them"
    if d.part_after:
        d.part = True
        d.head_from = d.part_after.end()
        if re.match(r"\s+of\s+(?:them|those|whom|which)\b", text[end:], re.I):
            d.end = d.part_after.end()
    more = re.match(r"[ \t]+(more|other|further|additional|new|extra)\b", text[d.head_from :])
    if more and not d.part_after:
        d.head_from += more.end()  # "five more bodies", "two other candidates"
        if more.group(1) in ("more", "further", "additional", "extra"):
            d.part = d.more = True  # an increment, not a total
    d.another = bool(re.search(r"\banother\s+$", text[max(0, d.start - 9) : d.start], re.I))
    return True


# "more than 2,000 relief camps", "thousands of relief camps", "four evacuation centres": the
# places, not the people in them (a verb cue of the evacuated elsewhere: "are in relief camps")
_SHELTERS = re.compile(
    r"[ \t]+((?:relief|evacuation|makeshift|tent|temporary|emergency|refugee)[ \t]+"
    r"(?:camps?|cent(?:re|er)s?|shelters?)|shelters)\b",
    re.IGNORECASE,
)


def _read_head(d: _Draft) -> None:
    """The head noun, what is counted: up to four words after the number."""
    text, lexicon = d.text, d.lexicon
    position = d.head_from
    head_words = d.head_words
    if text.startswith("-strong", position):
        position += len("-strong")  # "the 10,000-strong crowd": what is counted comes next
    shelters = _SHELTERS.match(text, position)
    if shelters:
        d.quantity, d.from_cue = "relief-camps", True
        head_words.append(shelters.group(1).lower())
        d.head_end = shelters.end()
        return
    # "a five-story building"; "an eight- storey building", a compound broken at the line end
    compound = re.match(r"-[ \t]?([a-z]+)\b", text[position : position + 24])
    if compound and compound.group(1) in lexicon.head_nouns:
        d.quantity, d.from_cue = lexicon.head_nouns[compound.group(1)], True
        head_words.append(compound.group(1))  # "a five-story building", "a four-alarm fire"
        d.head_end = position + compound.end()
        d.compound = True
        return
    for _ in range(4):
        abbreviation = _ABBREVIATION.match(text, position, d.sentence_end)
        if abbreviation:
            position = abbreviation.end()  # "13 U.S. service members": a modifier
        word = _HEAD_WORD.match(text, position, d.sentence_end)
        if not word:
            break
        lowered = re.sub(r"^[dl]['’]", "", word.group(1).lower())  # "d'autres": "autres"
        bigram = f"{head_words[-1]} {lowered}" if head_words else ""
        if (
            lowered in lexicon.head_nouns
            and bigram not in lexicon.head_nouns
            and lexicon.head_nouns[lowered] not in lexicon.outcomes
            and _noun_follows(d, word.end())
        ):
            # "three dozen police cars": the last noun of a compound is what is counted
            head_words.append(lowered)
            position = word.end()
            continue
        if bigram in lexicon.head_nouns or lowered in lexicon.head_nouns:
            d.quantity = lexicon.head_nouns.get(bigram) or lexicon.head_nouns[lowered]
            d.from_cue = True
            head_words.append(lowered)
            position = word.end()
            break
        head_cue = lexicon.cues.match_at(text, word.start(1), word_key(word.group(1)))
        named = head_cue and lexicon.cues.entry_for(head_cue).reason == "noun"
        if lowered in lexicon.people and not (named and head_cue and " " in head_cue.group()):
            # (not "Cinq hommes armés", "five armed men": a role named in two words)
            d.generic = True
            head_words.append(lowered)
            position = word.end()
            break
        if head_cue and named:
            head_words.append(head_cue.group().lower())  # "fire engines", "police officers"
            d.quantity, d.from_cue = lexicon.cues.entry_for(head_cue).kind, True
            position = head_cue.end()
            break
        if _head_stops(d, word, lowered, head_cue is not None):
            break
        head_words.append(lowered)
        position = word.end()
    d.head_end = position if head_words else d.end


def _noun_follows(d: _Draft, position: int) -> bool:
    """A counted noun of its own right after ``position``: "police" in "police cars"."""
    following = _HEAD_WORD.match(d.text, position, d.sentence_end)
    if not following:
        return False
    noun = following.group(1).lower()
    return noun in d.lexicon.head_nouns and d.lexicon.head_nouns[noun] not in d.lexicon.outcomes


# adjectives French reports put after the counted noun
_FRENCH_ADJECTIVES_AFTER = frozenset(
    "différentes différents vétustes mitoyens mitoyennes voisins voisines adjacents adjacentes"
    " étrangers étrangères supplémentaires légers légères graves âgés âgées".split()
)
_LY_NOUNS = frozenset("family assembly rally ally supply anomaly monopoly".split())


def _head_stops(d: _Draft, word: re.Match[str], lowered: str, is_cue: bool) -> bool:
    """The head noun ends before ``word``: a function word, a time unit, a cue, a verb."""
    lexicon, head_words = d.lexicon, d.head_words
    if lowered in _HEAD_STOP or lowered in lexicon.time_units or is_cue or len(head_words) == 3:
        return True
    if lowered in _CALENDAR or lowered in _WHEN:
        return True  # "rose to 25 late Friday": when, not what
    if head_words and re.search(r"(?:ant|aient|ait)$", lowered) and len(lowered) > 6:
        return True  # "cinq locomotives transportant du pétrole": a French verb after the noun
    if head_words and lowered in _FRENCH_ADJECTIVES_AFTER:
        return True  # "14 nationalités différentes", "deux immeubles vétustes": the noun first
    if not re.search(r"(?:ed|ing|ly)$", lowered) or lowered in _LY_NOUNS:
        return False  # "six family members": a noun ending in -ly, no adverb
    if head_words:
        return True  # "three districts stayed closed": a verb after the noun
    # "two fixed points", "five charred bodies": an adjective before a noun; "wagons
    # derailed": a verb
    following = _HEAD_WORD.match(d.text, word.end(), d.sentence_end)
    if not following or following.group(1).lower() in _HEAD_STOP or lowered.endswith("ly"):
        return True
    cue = lexicon.cues.match_at(d.text, following.start(1), word_key(following.group(1)))
    return cue is not None and lexicon.cues.entry_for(cue).reason != "noun"


def _head_counts(d: _Draft) -> bool:
    """False when the head is a unit of time ("three days") or a part has no noun."""
    if d.head_words and not d.quantity and not d.generic:
        if d.head_words[-1] in d.lexicon.time_units:
            return False
    if not d.head_words and d.number.unit is None and d.pattern.duration_after.match(d.text, d.end):
        return False  # "in 10 to 14 days": a duration
    return not (
        d.part_after
        and not d.head_words
        and not re.match(r"\s+of\s+(?:them|those|these|whom|which)\b", d.text[d.number_end :], re.I)
    )


# "Tacloban, a city of 200,000", "Baco, a town of 35,000 people": a place's size, however
# the sentence goes on ("... was 80% under water"); not "a city of 200,000 homes"
_POPULATION_BEFORE = re.compile(
    r"\b(?:an?|the)\s+(?:[\w-]+\s+){0,2}?(?:city|town|village|municipality|island|nation"
    r"|country|province|district|community|suburb|region|regency|county|prefecture)\s+of\s+$"
    r"|[A-Z][\w'’-]+,\s+(?:a\s+)?population\s+(?:of\s+)?$"  # "Derna, population 50,000"
    # French: "une commune d'un peu plus de 2 000 habitants", "la ville de 300 000 habitants"
    r"|(?:,\s*|\b(?:une?|la|le|cette|ce)\s+(?:[\w-]+\s+){0,2}?)(?:commune|ville|village|localité"
    r"|bourgade|cité|agglomération|île|région|province)\s+(?:de\s+|d['’]\s*)"
    r"(?:un\s+peu\s+)?(?:plus\s+de\s+|près\s+de\s+|environ\s+|quelque\s+)?$",
    re.IGNORECASE,
)
_RESIDENTS = frozenset("people residents inhabitants souls habitants âmes".split())
_NEVER_HURT = frozenset({"explosions", "relief-camps"})
_NOUN_LIST = re.compile(r"(?:,[ \t]+[a-z][\w-]*s){1,4},?[ \t]+(?:and|or)[ \t]+[a-z][\w-]*s\b")


def _read_quantity(d: _Draft) -> None:
    """What the figure counts: a role with its outcome, the unit, the cues around it, the
    figure it is listed with, the count named just before."""
    lexicon = d.lexicon
    category = _CATEGORY_BEFORE.search(d.text, max(0, d.start - 10), d.start)
    if category:
        d.quantity, d.from_cue = "category", True  # "a Category 5 hurricane"
        d.start, d.head_end = category.start(), d.number_end
        d.head_words.clear()
        return
    if (
        d.number.unit is None
        and (not d.head_words or d.head_words[-1] in _RESIDENTS)
        and _POPULATION_BEFORE.search(d.text, max(d.sentence_start, d.start - 40), d.start)
    ):
        d.quantity, d.from_cue = "population", True
    # a role counted with what happened to it: "two firefighters were taken to hospital"
    if d.quantity is not None and d.from_cue and d.quantity not in lexicon.outcomes:
        # not "an eight-storey building killed 86", nor "more than 140 injured as two blasts
        # brought death": blasts and camps are never hurt
        if d.head_words and not d.compound and d.quantity not in _NEVER_HURT:
            # "305 employees, contractors and residents were still missing": past the list,
            # and the count is of them all; "Dix-sept touristes étrangers, dont deux
            # Français, ont été tués": past the aside
            listed = _NOUN_LIST.match(d.text, d.head_end)
            aside = None if listed else _aside_after(d.text, d.head_end)
            after = listed.end() if listed else aside.end() if aside else d.head_end
            outcome = _quantity_from_cues(d.doc, lexicon, d.cues, d.start, after, 4)
            if outcome and outcome[0] in lexicon.outcomes:
                d.quantity = outcome[0] if listed else f"{outcome[0]} ({d.quantity})"
    if d.number.unit is not None:
        _quantity_by_unit(d)
    elif d.quantity is None and (d.generic or not d.head_words):
        _quantity_by_cues(d)
    elif d.quantity is None and d.head_words:
        d.quantity = _fate_of_an_unknown_noun(d)
        if d.quantity is None and d.low == d.high == 1:
            d.quantity = _one_stressed(d.text, d.number_end, lexicon)
        d.from_cue = d.quantity is not None
    if d.quantity is None and d.head_words:
        d.quantity = d.head_words[-1]
    if (
        d.quantity == "magnitude"
        and (
            re.match(
                r"(?:[\s-]+(?:strong|powerful|major|minor|smaller|large))?[\s-]+aftershocks?\b",
                d.text[d.number_end : d.number_end + 40],
                re.I,
            )
            # (through the values listed before it: "aftershocks with magnitudes of 5.5, 4.7")
            or re.search(
                r"\baftershocks?\b[^.\d]{0,50}(?:\d+(?:[.,]\d+)?(?:,\s*|\s+(?:and|or|et|ou)\s+)){0,8}$",
                d.text[max(0, d.start - 100) : d.start],
                re.I,
            )
        )
    ):
        d.quantity = "magnitude (aftershock)"  # "a 6.4-magnitude aftershock" is another quake
    _quantity_from_context(d)


def _fate_of_an_unknown_noun(d: _Draft) -> str | None:
    """A lower-case head noun the lexicon does not know, as the subject of what befell
    people: "40 CRPF personnel were killed", "12 jawans died": whoever they are, the count is
    of that outcome (a thing is not killed, injured or missing). Not a nationality ("Deux
    Français ont été tués", a group of the dead), a participle ("les 16 appréhendés ont été
    tués"), nor the whole a part is taken from ("sur les 16 ...")."""
    head = d.head_words[-1]
    written = d.text[d.head_end - len(head) : d.head_end]
    if (
        d.high < 2  # "one other off-duty officer has died": a person, not a count
        or head in _BUILDINGS
        or head in _NOT_COUNTED
        or head in _ANIMALS
        or not written.islower()
        or re.search(r"(?:ed|é|ée|és|ées)$", head)
        or _OUT_OF_BEFORE.search(d.text, max(d.sentence_start, d.start - 12), d.start)
        or _a_listed_group(d)
    ):
        return None
    predicate = _PREDICATE_AFTER.match(d.text, d.head_end, d.sentence_end)
    if predicate is None or predicate.group(1).lower() == "to":
        return None  # "two warnings to evacuate": what is to be done, not what befell them
    cue = d.lexicon.cues.match_at(d.text, predicate.start(1), word_key(predicate.group(1)))
    if cue is None:
        return None
    entry = d.lexicon.cues.entry_for(cue)
    return entry.kind if entry.kind in d.lexicon.outcomes else None


def _a_listed_group(d: _Draft) -> bool:
    """Whether the count is one of a list of groups sharing a verb: "19 children and two
    teachers have been killed", "two teachers and 19 pupils died" (each a group of the dead)."""
    before = [f for f in d.earlier if d.sentence_start <= f.start and f.end <= d.start]
    if before and _COORDINATED_BEFORE.match(d.text[before[-1].end : d.start]):
        return True
    return bool(_NEXT_GROUP.match(d.text, d.head_end, d.sentence_end))


_NEXT_GROUP = re.compile(r"\s*(?:,\s*|\s+and\s+|\s+et\s+)(?:[\w-]+\s+)?\d")
_ANIMALS = frozenset("livestock cattle animals cows goats sheep pigs poultry horses dogs".split())


# the verb right after a subject, past its auxiliaries and adverbs: "were all killed", "ont
# été tués", "have reportedly died"
_PREDICATE_AFTER = re.compile(
    r"(?:\s+(?:were|was|are|is|have|has|had|been|being|got|ont|sont|a|est|été|avaient"
    r"|étaient|all|also|still|reportedly|later|now|already|since|tous|toutes|toujours"
    r"|encore))*\s+([^\W\d_][\w'’-]*)",
    re.IGNORECASE,
)


def _quantity_by_unit(d: _Draft) -> None:
    """Money and percentages by their cues in the sentence; a measurement by the nearest
    cue of its unit class ("9 inches of rain")."""
    text, lexicon, unit = d.text, d.lexicon, d.number.unit
    span = (text, d.sentence_start, d.sentence_end)
    d.from_cue = True
    if unit == "money":
        d.quantity = _grouped_cue(lexicon.money_cues, lexicon.money_quantity, *span) or "money"
        return
    if unit == "percent":
        d.quantity = (
            _grouped_cue(lexicon.percent_cues, lexicon.percent_quantity, *span) or "percentage"
        )
        return
    d.quantity = unit
    nearest = math.inf
    for name, unit_class, measure_cues in lexicon.measures:
        if unit_class != unit:
            continue
        for measure_cue in measure_cues.finditer(text, d.sentence_start, d.sentence_end):
            distance = abs(measure_cue.start() - d.start)
            if distance < nearest and distance <= _MEASURE_REACH:
                d.quantity, nearest = name, distance
    if unit == "length" and _ZONE_AFTER.match(text, d.end):
        d.quantity = "zone"  # "evacuated a three-kilometer zone", "a 5km radius": an area's reach
        return
    if unit == "length" and _OF_RAIN.match(text, d.end):
        d.quantity = "rainfall"  # "expected to drop up to 25 centimetres of rain": the rain's
        return
    if unit == "length" and _FELL_BEFORE.search(text, max(d.sentence_start, d.start - 30), d.start):
        d.quantity = "height"  # "almost 40 vehicles fell 45 metres": how far they fell
    if d.quantity == "height" and _CRUISING_BEFORE.search(
        text, max(d.sentence_start, d.start - 30), d.start
    ):
        d.quantity = "altitude"  # "its cruising height of 38,000ft": the plane's, not the ground's
    if d.quantity in ("height", "river-level", "depth") and _STRETCH_AFTER.match(text, d.end):
        # "a 200-metre section ... fell to the ground below", "blocked a 2-kilometer stretch of
        # a river": how long, not how high
        d.quantity = "length"


_ZONE_AFTER = re.compile(
    r"[ \t]+(?:exclusion[ \t]+|evacuation[ \t]+|safety[ \t]+|security[ \t]+)?(?:zone|radius"
    r"|perimeter|cordon)s?\b",
    re.IGNORECASE,
)
_VAGUE_OF_UNIT = re.compile(r"\s+(?:of\s+|de\s+|d['’])(?P<u>[^\W\d_]+)\b", re.IGNORECASE)
_CRUISING_BEFORE = re.compile(r"\b(?:cruising|flying|flight)\s+(?:height|altitude)\b", re.I)
_OF_RAIN = re.compile(r"\s+of\s+(?:heavy\s+)?(?:rain|rainfall|snow|snowfall)\b", re.IGNORECASE)
_STRETCH_AFTER = re.compile(
    r"[ \t]*(?:long[ \t]+)?(?:section|stretch|span|segment|portion|length)s?\b", re.IGNORECASE
)


# how far a measure's cue may be from its figure: "94mm of rain", "the river rose 3 feet"; not
# the "driving rain" the bridge collapsed in or "a river" the debris fell on, a clause away
_MEASURE_REACH = 40
_FELL_BEFORE = re.compile(
    r"\b(?:fell|fall|falls|falling|plunged|plummeted|dropped|tumbled)\s+(?:about\s+|some\s+"
    r"|nearly\s+|almost\s+|more\s+than\s+|over\s+|around\s+)?$",
    re.IGNORECASE,
)


# "the number of US service members killed ... has risen to 13", "the count of U.S. troops
# believed to have been killed ... has increased to 12": what the number counts is named
# before it, a role and what happened to it
_NUMBER_OF = re.compile(
    r"\b(?:number|count|tally)\s+of\s+(?:the\s+)?(?P<role>(?:[\w.'’-]+\s+){0,3}?[\w'’-]+\s+)?"
    r"(?:(?:believed|thought|confirmed|reported|feared)\s+(?:to\s+have\s+been\s+)?)?"
    r"(?P<outcome>killed|dead|died|injured|wounded|hurt|missing|accounted|recovered|retrieved)\b"
    # "the death number is closer to 50 and injury number closer to 2,750"
    r"|\b(?P<noun>death|injury|casualty)\s+(?:number|count|tally|figure)s?\b",
    re.IGNORECASE,
)
_OUTCOME_OF = {
    "injured": "injured", "wounded": "injured", "hurt": "injured", "missing": "missing",
    # "the number of people accounted for now stands at 136": those found, alive or dead
    "accounted": "accounted-for",
    # "brought the number of bodies retrieved from the rubble to 43": the bodies recovered
    "recovered": "bodies recovered", "retrieved": "bodies recovered",
}  # fmt: skip


_RECOVERED_BEFORE = re.compile(
    r"\b(?:recovered|retrieved|pulled\s+out|found\s+the\s+bodies\s+of)\s+(?:the\s+)?(?:bodies\s+of\s+)?$",
    re.IGNORECASE,
)
# "killing all 150 on board", "killed all 150 people aboard": what happened to those aboard
_FATE_BEFORE = re.compile(
    r"\b(killing|killed|injuring|injured|wounding|wounded)\s+(?:all\s+(?:of\s+the\s+)?)?$",
    re.IGNORECASE,
)
_FATE_AFTER = re.compile(
    # "All 150 people on board, including two babies, are thought to have been killed"
    r"[^,;:.]*?(?:,\s*including\s[^,;:.]{1,40},)?[^,;:.]*?\b(?:were|was|have\s+been|had\s+been"
    r"|(?:are|were)\s+(?:thought|believed|feared|presumed)\s+to\s+have\s+been)\s+"
    r"(killed|injured|hurt|wounded)\b",
    re.IGNORECASE,
)


def _number_of(d: _Draft) -> str | None:
    """The quantity of a bare number given for "the number of <role> <outcome>" earlier in
    its sentence, with no other figure in between: "deaths (soldiers)", or "deaths"."""
    found = list(_NUMBER_OF.finditer(d.text, d.sentence_start, d.start))
    if not found or any(found[-1].end() <= e.start < d.start for e in d.earlier):
        return None
    match = found[-1]
    if match.group("noun"):
        return "injured" if match.group("noun").lower() == "injury" else "deaths"
    outcome = _OUTCOME_OF.get(match.group("outcome").lower(), "deaths")
    words = (match.group("role") or "").lower().split()
    for size in (2, 1):
        role = d.lexicon.head_nouns.get(" ".join(words[-size:]))
        if role is not None and role not in d.lexicon.outcomes:
            return f"{outcome} ({role})"
    return outcome


_AND_CREW = re.compile(r"[ \t]+and[ \t]+crew\b", re.IGNORECASE)  # "187 passengers and crew": all
# "at least 25,000 people were at the temple site", "As many as 50,000 people may have been at
# the temple", "About 10,000 people were trying to enter": those present, when no verb says
# what happened to them
_PRESENT_AFTER = re.compile(
    r"[ \t]+(?:(?:were|was|had\s+been|may\s+have\s+been|were\s+reported\s+to\s+be|are)[ \t]+"
    r"(?:(?:at|in|inside)[ \t]+(?:the|a)[ \t]+(?!hospital|condition|critical|serious|stable)"
    r"|trying[ \t]+to[ \t]+(?:enter|get[ \t]+into))|(?:inside|in)[ \t]+the[ \t]+(?:building|venue"
    r"|stadium|hall|temple|church|mosque|club|theatre|theater"
    # "There were 110 people inside the mine at the time", "110 men in the mine": those at
    # the place when it happened, with no verb of what became of them
    r"|mine|shaft|pit|factory|plant|tunnel|market|mall|hotel|school|complex)\b"
    # "There were 110 miners working in the shaft when the explosion occurred"
    r"|(?:working|employed|on[ \t]+duty)[ \t]+(?:in|at|inside|on)[ \t]+the\b)",
    re.IGNORECASE,
)


def _fate_of_those_aboard(d: _Draft, cue: tuple[str, float]) -> tuple[str, float]:
    """What a count of those aboard is compared as: what happened to them, or its role."""
    text = d.text
    before = _FATE_BEFORE.search(text, max(d.sentence_start, d.start - 30), d.start)
    if before:  # "killing all 150 on board": the dead
        return ("deaths" if before.group(1).lower().startswith("kill") else "injured", 0.0)
    if not d.generic:
        return cue
    fate = _FATE_AFTER.match(text, d.head_end, min(d.sentence_end, d.head_end + 80))
    if fate:  # "41 people on board a jet were killed": what happened to them
        return (_OUTCOME_OF.get(fate.group(1).lower(), "deaths"), 0.0)
    if d.head_words[-1] not in _ANYONE | {"personnes"} and not _AND_CREW.match(text, d.head_end):
        # "144 passengers and 6 crew members were on board": a part of those aboard (the
        # crew are the rest), counted as "The jet had 73 passengers" is; "150 people on
        # board" is everyone aboard
        crew = any(word.startswith("crew") for word in d.head_words)  # "crew", "crewmembers"
        return ("crew" if crew else d.head_words[-1], 0.0)
    return cue


# ""Forty-three is the official count, many missing"": the count named before
_IS_THE_COUNT = re.compile(
    r"[\s\"”]*(?:is|was|remains)\s+(?:now\s+)?the\s+(?:\w+\s+)?(?P<what>count|figure|number"
    r"|tally|toll)\b",
    re.IGNORECASE,
)


# "Ce chiffre qui reste provisoire était à moins de 140 samedi", "That figure was revised to
# 58": a bare number told of "this figure" counts what the last count of an outcome before it
# counted (things counted between, "trois fosses communes", are passed over; a count of people
# that says no outcome stops the search); not "the number of homes", which names its own count
_THIS_FIGURE_BEFORE = re.compile(
    r"(?<!\bof\s)(?<!\bOf\s)(?<!\bsur\s)(?<!\bSur\s)"  # "Of that number, 76": a part
    r"\b(?:ce|cet|this|that|the)\s+(?:(?:previous|earlier|last|latest|official|initial|same"
    r"|dernier|précédent|premier|nouveau|même)\s+)?(?:chiffre|nombre|figure|number|tally|count)\b"
    r"(?!\s+(?:of|de|d['’]))[^.;:!?\d]*$",
    re.IGNORECASE,
)

_THIS_FIGURE_REACH = 400  # characters back to the figure "this figure" stands for


def _this_figure(d: _Draft) -> str | None:
    """What "this figure" stands for: the lead outcome of the sentence that holds the last
    outcome before it ("grown to 2,207, with 344 people still missing. The previous figure
    had been 2,189": the dead), within ``_THIS_FIGURE_REACH``."""
    for previous in reversed(d.earlier):
        if previous.end < d.start - _THIS_FIGURE_REACH:
            return None
        if previous.quantity in d.lexicon.outcomes:
            start, _ = d.doc.sentence_at(previous.start)
            lead = [f for f in d.earlier if start <= f.start and f.quantity in d.lexicon.outcomes]
            return lead[0].quantity
        if not previous.who_only and (
            previous.quantity in d.lexicon.people or previous.quantity == "unspecified"
        ):
            return None  # "183,000 people took shelter. The number fell to 111,000"
    return None


def _the_count_named_before(d: _Draft) -> str | None:
    """The quantity of "N is the official count": the figure just before in its paragraph
    ("the new toll, up from 30"), or the dead for "is the toll"; of "this figure was N": see
    ``_this_figure``."""
    said = _IS_THE_COUNT.match(d.text, d.number_end) if not d.head_words else None
    if said is None:
        if d.head_words or not _THIS_FIGURE_BEFORE.search(d.text, d.sentence_start, d.start):
            return None
        return _this_figure(d)
    for previous in reversed(d.earlier):
        if "\n" not in d.text[previous.end : d.start] and previous.quantity != "unspecified":
            return previous.quantity
    return "deaths" if said.group("what").lower() == "toll" else None


# "the 39 victims of the collapse", "donc 4 victimes", "l'identité des trois victimes":
# victims with no verb saying what befell them are the toll's dead; not "10 victims were
# taken to hospital" (a verb says, even one the lexicon lacks), "six victims being beheaded",
# "the first two victims" (some of them), "huit victimes potentielles" (not known to be dead)
_VICTIMS = frozenset("victims victimes".split())
_VICTIMS_FATE_AFTER = re.compile(
    r"\s+(?:(?:(?:were|was|are|is|have|has|had|been|being|ont|sont|étaient|avaient|été)\s+)+"
    r"(?:(?:\w+ly|now|still|all|also|then|déjà|tous|toutes|encore)\s+)?)?"
    r"(?:\w+(?:ed|en|é|ée|és|ées)|found|taken|hurt|held|brought|left|flown|seen|buried|shot"
    r"|potentielles?|possibles?|présumée?s?|potential|possible|presumed)\b",
    re.IGNORECASE,
)
_SOME_OF_THEM = re.compile(r"\b(?:first|last|premi[eè]re?s|derni[eè]re?s)\b", re.IGNORECASE)
_MAYBE_BEFORE = re.compile(r"\b(?:maybe|perhaps|possibly|peut-être)\s+(?:[\w-]+\s+)?$", re.I)


def _victims_of_the_toll(d: _Draft) -> bool:
    """A head "victims" with nothing said of what befell them: the dead (see ``_VICTIMS``);
    not "maybe a couple dozen victims" (feared)."""
    return (
        d.head_words[-1] in _VICTIMS
        and not _VICTIMS_FATE_AFTER.match(d.text, d.head_end)
        and not _SOME_OF_THEM.search(d.text, max(d.sentence_start, d.start - 8), d.head_end)
        and not _MAYBE_BEFORE.search(d.text, max(d.sentence_start, d.start - 20), d.start)
        # "Out of 88 victims, 74 have been rescued": the whole the next clause divides
        and not _OUT_OF_BEFORE.search(d.text, max(d.sentence_start, d.start - 12), d.start)
    )


_OUT_OF_BEFORE = re.compile(r"(?:^|[.;:]\s*|\b)(?:out\s+of|sur)\s+(?:the\s+|les\s+)?$", re.I)


def _quantity_by_cues(d: _Draft) -> None:
    """A bare number or a generic head ("people"): the cues around it say what it counts."""
    text, start = d.text, d.start
    counted = _number_of(d) if not d.head_words else None
    counted = counted or _the_count_named_before(d)
    if counted is not None:
        d.quantity, d.from_cue = counted, True
        return
    window = _PEOPLE_WINDOW if d.generic else _BARE_WINDOW
    cue: tuple[str, float] | None = None
    if _OUT_OF_BEFORE.search(text, max(d.sentence_start, start - 12), start):
        # "Out of 88 victims, 74 have been rescued", "Sur les 48 passagers, 41 sont décédés":
        # the whole the next clause takes its part from; its verb is the part's
        window = 0
    change = bool(_CHANGE_BEFORE.search(text[max(d.sentence_start, start - 30) : start]))
    toll = _TOLL_SUBJECT.search(text, d.sentence_start, start)
    if not d.head_words and change and toll and re.match(r"(?i)death\s+toll", toll.group()):
        # "the death toll from a landslide that engulfed an entire village rose to 51": the
        # verb of the clause about the event is not what rose
        cue = ("deaths", 0.0)
    elif not d.head_words and change:
        # "the toll rises to 11, driver arrested": what rose is named before the number
        cue = _quantity_from_cues(d.doc, d.lexicon, d.cues, start, d.head_end, 30, True)
    if cue is None and (not d.head_words or (d.generic and change)) and toll:
        cue = ("deaths", 0.0)  # "the death toll ... rose to at least 268 people"
    aside = _aside_after(text, d.head_end) if not cue else None
    if aside:
        # "six confirmed dead and 290—mostly high school students—still missing": the
        # predicate comes right after the aside, before any cue further back
        after_aside = _quantity_from_cues(d.doc, d.lexicon, d.cues, start, aside.end(), 3)
        cue = after_aside if after_aside and after_aside[1] <= 3 else None
        if re.match(
            r"\s*[\w'’-]+(?:\s+(?:over|more\s+than|at\s+least|about|nearly))?\s+\d",
            text[aside.end() :],
        ):
            # "kills over 70 people, mostly women and children, injures over 350": the verb
            # after the aside has its own count, the next clause's
            cue = None
    cue = cue or _quantity_from_cues(d.doc, d.lexicon, d.cues, start, d.head_end, window)
    if cue and cue[0] in d.lexicon.outcomes and d.head_words and d.head_words[-1] in _BUILDINGS:
        # "200 people were injured and 150 homes, three rescue trucks and a fire truck were
        # destroyed": what happens to people (injured, killed, missing) never happens to a
        # building; its own verb may stand further off ("70 homes buried" are destroyed)
        cue = (
            ("buildings-destroyed", cue[1])
            if cue[0] == "trapped"
            else _quantity_from_cues(
                d.doc,
                d.lexicon,
                d.cues,
                start,
                d.head_end,
                14,
                exclude=frozenset(d.lexicon.outcomes),
            )
        )
    elif cue and cue[0] in _BUILT_FATES and d.generic and d.head_words[-1] not in _BUILDINGS:
        # "The building, home to 120 families, collapsed": people are not destroyed, their
        # building is
        cue = _quantity_from_cues(
            d.doc, d.lexicon, d.cues, start, d.head_end, window, exclude=_BUILT_FATES
        )
    if d.generic and _RECOVERED_BEFORE.search(text, max(d.sentence_start, start - 40), start):
        cue = ("deaths", 0.0)  # "authorities have recovered 24 victims"
    if cue and cue[0] == "aboard":
        cue = _fate_of_those_aboard(d, cue)
    if cue:
        d.quantity, d.from_cue = cue[0], True
    elif d.generic and _PRESENT_AFTER.match(text, d.head_end):
        d.quantity, d.from_cue = "present", True
    elif d.generic and _victims_of_the_toll(d):
        d.quantity, d.from_cue = "deaths", True
    elif d.generic:
        default = d.lexicon.people.get(d.head_words[-1])
        d.quantity = default or d.head_words[-1]
        d.from_cue = default is not None


def _quantity_from_context(d: _Draft) -> None:
    """A number with no quantity yet: the figure it is listed with ("killing 76 and
    injuring 440"), the count named just before in the paragraph, the whole sentence."""
    text, start = d.text, d.start
    d.change = bool(_CHANGE_BEFORE.search(text[max(d.sentence_start, start - 30) : start]))
    for previous_figure in reversed(d.earlier):
        if previous_figure.end <= start and previous_figure.start >= d.sentence_start:
            gap = text[previous_figure.end : start]
            if _COORDINATED_BEFORE.match(gap) or (d.change and not d.head_words):
                d.coordinated = previous_figure
            break
    if d.quantity is None and d.coordinated is not None:
        d.quantity, d.from_cue = d.coordinated.quantity, True
    if d.quantity is None and not d.head_words and d.earlier:
        # "Police put the figure at about 30,000": the count named just before, in the same
        # paragraph, is what this number counts too
        previous_figure = d.earlier[-1]
        same_paragraph = "\n" not in text[previous_figure.end : start]
        if same_paragraph and d.doc.words_between(previous_figure.end, start) <= 40:
            d.quantity = previous_figure.quantity
    if d.quantity is None:
        # "The number of people who died ... has risen to 19": the whole sentence says
        cue = None
        if d.change:  # the subject of "has risen to 19" comes before it
            cue = _quantity_from_cues(d.doc, d.lexicon, d.cues, start, d.end, 30, True)
        cue = cue or _quantity_from_cues(d.doc, d.lexicon, d.cues, start, d.end, 12)
        d.quantity = cue[0] if cue else "unspecified"
        d.from_cue = d.from_cue or bool(cue and d.change)


_NOT_ONE_BEFORE = re.compile(r"\b(?:no|any|every|some|more\s+than|over)\s+$", re.IGNORECASE)
_PLACE_PREPOSITION = re.compile(
    r"\b(?:under|over|above|below|beneath|behind|beside|near|inside|at|on|from|into|onto)\s+$",
    re.IGNORECASE,
)


def _is_a_count(d: _Draft) -> bool:
    """A small number in words needs a count word, a qualifier, a range or a plural noun
    ("five hospitals"), and is not one after "the"/"her" ("the two men", "her two sons")
    nor a count of sources ("two employees told the paper"); "one" needs a noun."""
    text, number, start = d.text, d.number, d.start
    if number.in_words and d.low == d.high == 1 and not d.is_range and not d.head_words:
        return False  # "one person died", not "one said"
    if (
        number.in_words
        and number.low == number.high == 1
        and _PLACE_PREPOSITION.search(text, max(0, number.start - 10), number.start)
    ):
        return False  # "under one pillar", "at one end": it locates, it does not count
    if (
        number.in_words
        and number.low == number.high == 1
        and _NOT_ONE_BEFORE.search(text, max(0, number.start - 12), number.start)
    ):
        return False  # "no one knows", "more than one bomb": nobody, or "several"
    small_word = number.in_words and not number.vague and d.high < 10
    if not small_word or d.kind != "exact" or d.is_range or number.unit or d.compound:
        return True
    determined = re.search(
        r"\b(?:the|its|his|her|their|our|my|your|these|those)\s+$",
        text[max(0, start - 8) : start],
        re.IGNORECASE,
    )
    # "the two explosions", "the four attackers": a count named by its own noun is a count
    # after "the" as well; "the two men", "her two sons" name the people (no figure)
    if determined and not d.change and not _counted_by_its_noun(d):
        return False
    if re.match(
        r"\s*(?:,\s*)?(?:with\s+knowledge|familiar|close\s+to|briefed)",
        text[d.head_end : d.head_end + 30],
    ) or (
        d.head_words
        and d.lexicon.reporting_verb.match(text, d.head_end + 1)
        and d.quantity not in d.lexicon.outcomes  # "Two fatalities reported so far": no source
    ):
        return False
    head = d.head_words[-1] if d.head_words else ""
    plural_head = (
        bool(head)
        and (head.endswith("s") or head in _IRREGULAR_PLURALS or bool(_A_MEN_PLURAL.search(head)))
        and head not in _NOT_COUNTED
        and not head.endswith(("ss", "'s", "’s"))
    )
    known = d.from_cue or d.coordinated is not None or (d.change and d.quantity != "unspecified")
    # "en a blessé quatorze, dont quatre grièvement": how badly they are hurt says they count
    return known or plural_head or bool(_SEVERITY.match(text, d.end))


# plurals in -men: "three policemen", "two firemen", "four gunmen" (not "specimen", "abdomen")
_A_MEN_PLURAL = re.compile(r"^(?!specimen$|abdomen$|regimen$)\w+men$")


def _counted_by_its_noun(d: _Draft) -> bool:
    """The head is the noun of a quantity of its own ("explosions", "attackers"), not a
    generic head, and no figure before counted the same ("three suicide bombers ... the three
    attackers had grenades": the same ones again), nor "the two other attackers" (the rest)."""
    repeated = any(
        f.interval.low == d.low and f.interval.high == d.high and f.quantity == d.quantity
        for f in d.earlier
    )
    return (
        not repeated
        and not re.match(r"[ \t]+(?:other|remaining)\b", d.text[d.number_end :])
        and d.from_cue
        and bool(d.head_words)
        and d.head_words[-1] in d.lexicon.head_nouns
        and d.head_words[-1] not in d.lexicon.people
        and d.quantity is not None
        and d.lexicon.head_nouns[d.head_words[-1]] in (d.quantity, d.quantity.split("(")[-1][:-1])
    )  # "the four attackers were killed": deaths (attackers)


# who a count of people is by sex or age (a kind of case reporters give in breakdowns: "10 men
# and one woman", "28 children and 30 adults"), singular and plural as one group
_GROUPS = {
    "men": "men", "man": "men", "women": "women", "woman": "women", "children": "children",
    "child": "children", "kids": "children", "boys": "boys", "girls": "girls",
    "babies": "babies", "adults": "adults", "teenagers": "teenagers", "teens": "teenagers",
    "minors": "minors", "infants": "infants",
    # French: "dix morts dont cinq enfants", "deux hommes et deux femmes"
    "enfants": "children", "enfant": "children", "hommes": "men", "homme": "men",
    "femmes": "women", "femme": "women", "filles": "girls", "garçons": "boys",
    "bébés": "babies", "adultes": "adults", "adolescents": "teenagers",
}  # fmt: skip
_OUTCOME_BEFORE = re.compile(
    r"\b(?P<outcome>dead|killed|victims|fatalities|injured|wounded|missing)\s+(?:include[sd]?"
    r"|including|were|are|was|is)\s+$",
    re.IGNORECASE,
)
_OUTCOME_WORDS = {"injured": "injured", "wounded": "injured", "missing": "missing"}
_KILLED_AND_WOUNDED_BEFORE = re.compile(
    r"\b(?:killing|killed|kill|kills)\s+(?:and|or)\s+(?:wounding|injuring|wounded|injured"
    r"|wound|injure|wounds|injures)\s+(?:at\s+least\s+|more\s+than\s+|about\s+|some\s+)?$",
    re.IGNORECASE,
)
_KILLED_AND_WOUNDED_AFTER = re.compile(
    r"\s+(?:people\s+)?(?:were\s+)?(?:killed|dead)\s+(?:and|or)\s+(?:wounded|injured)\b",
    re.IGNORECASE,
)
_OF_THE_OUTCOME = re.compile(
    r"\s*Of\s+(?:the|those)\s+(?:\w+\s+)?(?P<outcome>dead|killed|victims|injured|wounded"
    r"|missing)\b[^,;.]{0,30},\s*$",
    re.IGNORECASE,
)
_GROUP_OF_OUTCOME = re.compile(
    rf"\s+(?:were|are|was|is)\s+(?:all\s+)?(?P<group>{'|'.join(_GROUPS)})\b", re.IGNORECASE
)


# "claimed around 121 lives, of whom 108 were women and 7 were children": a group of the whole
# counted just before, in the clause that splits it
_OF_WHOM_BEFORE = re.compile(
    r"\b(?:of\s+whom|of\s+them|among\s+them)\s+(?:[\d,]+\s+(?:were|are|was|is)\s+[\w-]+\s*"
    r"(?:,|and)\s+)*$",
    re.IGNORECASE,
)


def _group_of_the_whole(d: _Draft, of_group: re.Match[str]) -> str | None:
    """The quantity of "of whom N were <group>": the whole's outcome, that group's count."""
    if not _OF_WHOM_BEFORE.search(d.text, max(d.sentence_start, d.start - 80), d.start):
        return None
    outcomes = [
        (f.quantity or "").partition(" (")[0]
        for f in d.earlier
        if f.start >= d.sentence_start
        and (f.quantity or "").partition(" (")[0] in d.lexicon.outcomes
    ]
    if not outcomes:
        return None
    return f"{outcomes[-1]} ({_GROUPS[of_group.group('group').lower()]})"


_NAMED_INSIDE = re.compile(
    r"\s*,?\s*(?:including|among\s+them|dont|parmi\s+(?:eux|elles|lesquels|lesquelles))\s+",
    re.IGNORECASE,
)


def _group_outcome(d: _Draft, quantity: str) -> str | None:
    """What happened to a group counted by who it is: its own cue ("10 men died"), the
    whole it is listed in ("12 people, including four children"), or the group it is named
    among ("the dead include five children")."""
    outcomes = d.lexicon.outcomes
    whole = [e for e in d.earlier if e.start >= d.sentence_start]
    if (
        whole
        and whole[-1].quantity.split(" (")[0] in outcomes
        and _NAMED_INSIDE.fullmatch(d.text, whole[-1].end, d.start)
    ):
        # "killed 12 people, including nine children, and injured 40", "a fait dix morts dont
        # cinq enfants et quatorze blessés": the part named right after its whole is of the
        # whole's fate, not of the next clause's verb
        return whole[-1].quantity.split(" (")[0]
    if quantity in outcomes:
        return quantity
    if whole and whole[-1].quantity in outcomes:
        return whole[-1].quantity
    named = _OUTCOME_BEFORE.search(d.text, max(d.sentence_start, d.start - 30), d.start)
    if named:
        return _OUTCOME_WORDS.get(named.group("outcome").lower(), "deaths")
    return None


# how badly the injured are hurt, said right after their count (reporters split the injured
# by it: "four were critically injured and two sustained non-life-threatening injuries")
_SEVERITY = re.compile(
    r"\s*(?:more\s+|others\s+)?(?:of\s+(?:them|whom|those)\s+)?(?:(?:are|were|was|is|remain(?:ed|s)?|have\s+been"
    r"|had\s+been|left|ont\s+été|sont|a\s+été|est|restent|toujours)\s+)?(?:still\s+)?(?:"
    r"(?:in\s+(?:the\s+)?hospital\s+)?in\s+(?:a\s+)?(critical|serious|grave|stable)\s+condition"
    r"|(critically|seriously|gravely|severely|badly|slightly|lightly)\s+(?:injured|hurt|wounded"
    r"|burned)"
    r"|(?:with|sustained|suffered|suffering|sustaining)\s+(?:only\s+)?(critical|serious"
    r"|life-threatening|non-life-threatening|minor)\s+(?:injuries|wounds|burns)"
    r"|(fighting)\s+for\s+(?:their|his|her)\s+lives|(critical|stable)\b(?=\s*(?:[,.;]|and\b))"
    r"|(grièvement|légèrement|gravement)\s+(?:blessée?s?|brûlée?s?|atteinte?s?)"  # French
    # "18 personnes en état d'« urgence absolue »", "une cinquantaine de blessés légers"
    r"|(?:\w+ment\s+)?en\s+(?:état\s+d['’]\s*)?(?:[«\"“]\s*)?urgence\s+(absolue|relative)"
    # French hospital bulletins: "16 blessés, dont 3 dont le pronostic vital est engagé"
    r"|dont\s+le\s+(pronostic)\s+vital\s+(?:est\s+|était\s+|reste\s+)?(?:toujours\s+)?engagé"
    r"|(?:de\s+)?(?:blessée?s\s+)?(légers|légères|graves)\b"
    # "1204 blessés, dont 721 se trouvant « dans un état critique »", "dont 51 dans un état
    # grave", "Huit autres ont été blessées, dont au moins deux gravement"
    r"|(?:se\s+trouv\w+\s+|sont\s+)?(?:«\s*)?dans\s+un\s+(?:«\s*)?état\s+(critique|grave|sérieux)\b"
    r"|(grièvement|gravement)(?=\s*(?:[,.;)]|$))"
    # "at least 25 people were injured in the crush, 10 of them seriously": the adverb alone
    r"|(critically|seriously|gravely|badly)(?=\s*(?:[,.;)]|$)))",
    re.IGNORECASE,
)
_OF_THE_INJURED = re.compile(r"(?i)\bof\s+the\s+(?:injured|wounded)\b")
_STILL_IN_HOSPITAL = re.compile(
    r"\s*(?:[\w-]+\s+)?(?:remain\w*|are|were|have\s+been|had\s+been)\s+(?:still\s+)?"
    r"(?:hospitali[sz]ed|in\s+(?:the\s+)?hospital)",
    re.IGNORECASE,
)
# the people still in hospital days later, a count of its own beside the injured: "36 people
# were still in hospital", "nine remain in hospital" (not "36 workers are in the hospital",
# the injured as first counted)
_IN_HOSPITAL_NOW = re.compile(
    r"\s*(?:(?:are|were|is|was)\s+still|remain(?:ed|s)?(?:\s+still)?)\s+(?:being\s+treated\s+)?"
    r"(?:in\s+(?:the\s+)?hospitals?|hospitali[sz]ed)\b"
    # French: "Quatre personnes sont hospitalisées" (in hospital now)
    r"|\s*(?:sont|restent|sont\s+toujours|demeurent)\s+hospitalisée?s?\b",
    re.IGNORECASE,
)
_DEAD_OR_MISSING = re.compile(
    r"(?:\s+(?:people|others|residents|victims|more))?(?:\s+(?:are|were|is|was|remain(?:ed|s)?"
    r"|now|have\s+been|had\s+been|feared|believed|thought|reported))*\s+(?:"
    r"(?:dead|killed)\s+(?:and|or)\s+(?:missing|unaccounted\s+for)"
    r"|(?:missing|unaccounted\s+for)(?:\s+(?:or|and)\s+|,\s*(?:and\s+)?|\s+)"
    # "missing, presumed dead" is counted with the dead (the police's count); "missing and
    # feared dead", "missing feared dead" are the missing, the fear a guess about them
    r"(?:presumed\s+)?dead)\b",
    re.IGNORECASE,
)
_WHERE_BEFORE = re.compile(r"(?:,\s+|\s+(?:the\s+)?\w+\s+)where\s+$", re.IGNORECASE)
_ONE_PLACE_BEFORE = re.compile(
    r"\s*(?:(?:in|at|inside)\s+)(?:just\s+|only\s+)?(?:one|a\s+single)\s+(?:of\s+the\s+)?"
    r"(?:[\w-]+\s+)?(?:church|mosque|temple|synagogue|hotel|school|hospital|building|venue"
    r"|site|village|town|city|district|province|region|country|camp|house|block|station)s?\b"
    r"(?:\s+alone)?\b",
    re.IGNORECASE,
)
_INCREMENT_AFTER = re.compile(
    r"\s+(?:premiers|premières|autres|nouveaux|nouvelles|supplémentaires)\b", re.IGNORECASE
)
_BRINGING_TO = re.compile(
    r"[^\d;:]*?(?:,\s*|\s+)(?:portant|bringing|taking|raising|pushing)\s+(?:à|le|la|les|the|its"
    r"|their|to)\b",
    re.IGNORECASE,
)
_FAMILY_AFTER = re.compile(
    r"\s+(?:family\s+members|members\s+of\s+(?:a|one|the\s+same|the|his|her|their)\s+"
    r"(?:[\w-]+\s+)?family)\b",
    re.IGNORECASE,
)
_SEVERITIES = {
    "stable": "stable", "slightly": "minor", "lightly": "minor", "minor": "minor",
    "non-life-threatening": "minor", "fighting": "critical", "légèrement": "minor",
    "relative": "minor", "légers": "minor", "légères": "minor", "badly": "serious",
    # French "grièvement", "gravement" and "blessés graves" are read as critical (the default)
    # hospitals and reporters tell "serious" from "critical" condition ("16 in hospital, 12 of
    # them in a serious condition" beside "four in a critical condition")
    "serious": "serious", "seriously": "serious",
}  # fmt: skip
# the severity said before the count, as headlines do: "kill 49, seriously wound 20"
_SEVERITY_BEFORE = re.compile(
    r"\b(critically|seriously|gravely|severely|slightly|lightly)\s+(?:injur\w*|wound\w*|hurt\w*"
    r"|burn\w*)\s+$",
    re.IGNORECASE,
)


def _is_part(d: _Draft, quantity: str, part: bool) -> bool:
    """True when the figure is a share of its quantity's count: one place's, one family's,
    a new find, the first ones, another amount after a first."""
    text, start = d.text, d.start
    if part:
        return True
    if quantity.startswith(("deaths", "injured")) and _WHERE_BEFORE.search(
        text, max(d.sentence_start, start - 30), start
    ):
        # "the Al Noor mosque ..., where at least 30 were killed", "the Kathmandu Valley, where
        # 1,441 have died": the toll at one of the places named, a part of the toll (not "the
        # rest centre, where about 150 people are sheltering": the one shelter's count)
        return True
    if quantity.startswith(("deaths", "injured")) and _ONE_PLACE_BEFORE.match(
        text, d.sentence_start, start
    ):
        # "In just one church, St. Sebastian's, more than 50 people had been killed", "At a
        # single hotel, 30 died": the toll at one of several places, a part of the toll
        return True
    if quantity.startswith(("deaths", "injured", "missing")) and (
        _INCREMENT_AFTER.match(text, d.number_end)
        or _BRINGING_TO.match(text, d.head_end if d.head_words else d.number_end, d.sentence_end)
    ):
        # "Deux autres corps", "cinq premiers corps": a new find or the first ones, a part;
        # "six corps ont été retrouvés ..., portant à sept le nombre de morts", "found six
        # bodies, bringing the toll to 13": the increment, not the toll it brings
        return True
    if _FAMILY_AFTER.match(text, d.number_end):
        return True  # "the bodies of three members of a family": one family among the dead
    if quantity == "deaths" and _a_period_toll(d):
        return True
    if d.another and (
        not d.earlier or any(e.quantity == d.quantity for e in d.earlier if e.start >= start - 400)
    ):
        return True  # "another 30mm of rain" after a first rainfall; not "another 36 workers
        # are in hospital" after the dead: that counts something else
    return False


# "186 people had died since Aug. 8, when the rains began", "since Monday": a toll counted
# from a date
_SINCE_DATE_AFTER = re.compile(
    r"[^,;.\n]{0,40}?\bsince\s+(?:(?:early|late|mid)[\s-]+)?(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}\b"
    r"|\d{1,2}\s+[A-Z][a-z]{2,8}\b|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
    r"|(?:le\s+)?\d{1,2}\s+(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre"
    r"|novembre|décembre)\b)"
)


def _a_period_toll(d: _Draft) -> bool:
    """A toll since a date below the report's toll given before it: "The toll ... at 324. ...
    186 people had died since Aug. 8": the toll of a period, a part (not "more than 410
    people since May", the season's toll and the report's highest)."""
    if not _SINCE_DATE_AFTER.match(d.text, d.head_end if d.head_words else d.number_end):
        return False
    return any(e.quantity == "deaths" and not e.part and e.interval.low > d.high for e in d.earlier)


# what was done with the dead once found: "340 bodies were handed over to their families",
# "over 100 bodies were already received by the relatives", "five people had been formally
# identified", "The rescue team identified some 250 bodies and handed over": a count of its
# own (how far the work has gone), never the toll
_HANDLED_AFTER = re.compile(
    r"(?:\s+(?:of\s+them|bodies))?\s+(?:were|was|have\s+been|had\s+been|has\s+been|are|being)"
    r"\s+(?:already\s+|now\s+|formally\s+|so\s+far\s+)?(?P<verb>handed\s+over|identified"
    r"|released\s+to|returned\s+to|received\s+by|claimed\s+by)\b",
    re.IGNORECASE,
)
_HANDLED_BEFORE = re.compile(r"\b(?P<verb>identified|handed\s+over)\s+(?:the\s+)?$", re.IGNORECASE)
_HANDED_LATER = re.compile(r"^[^;.]{0,40}?\band\s+handed\s+(?:them\s+)?over\b", re.I)
# "164 bodies were retrieved", "14 bodies had been recovered", "recovered 31 bodies": the
# bodies found so far, a count of the search, apart from the toll (which counts those who died
# in hospital too)
_BODIES = frozenset("bodies body corpses corps".split())
_RECOVERED_AFTER = re.compile(
    r"\s+(?:(?:were|was|have|has|had|are)\s+)?(?:been\s+)?(?:already\s+|so\s+far\s+|now\s+)?"
    r"(?:recovered|retrieved|found|pulled|extricated|removed|dug\s+out|brought\s+out|taken\s+out"
    r"|exhumed|retrouvés|extraits|dégagés"
    # "Sixteen bodies have been taken to a morgue": the bodies moved so far, not the toll
    r"|(?:taken|brought|moved)\s+to\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:morgue|mortuary))\b",
    re.IGNORECASE,
)
_RECOVERED_VERB_BEFORE = re.compile(
    r"\b(?:recover(?:ed)?|retrieved?|found|pulled(?:\s+out)?|extricated|extracted|removed"
    r"|dug\s+out|exhumed)\s+(?:the\s+)?$",
    re.IGNORECASE,
)


_ESTIMATE_OF = re.compile(
    r"\b(?:estimates?|projections?|forecasts?|guesses|guess)\s+(?:of|at)\s+$", re.IGNORECASE
)
# "an initial police estimate of 20 dead in the hours after", "had risen to 2,205 - up from
# previous estimates of 1,400": a count given before, an earlier toll, not a guess at the
# final one
_FIRST_ESTIMATE = re.compile(
    r"\b(?:(?:initial|first|early|earlier|preliminary|original|previous|prior|former)\s+"
    r"(?:[\w'’-]+\s+)?|up\s+from\s+(?:the\s+|an?\s+)?)estimates?\s+(?:of|at)\s+$",
    re.IGNORECASE,
)


def _toll_reread(d: _Draft, quantity: str) -> str:
    """An estimate of the toll is a guess ("a conservative estimate of 1000 deaths"), the
    first count given is not ("an initial estimate of 20")."""
    reach = max(d.sentence_start, d.start - 40)
    if (
        quantity == "deaths"
        and _ESTIMATE_OF.search(d.text, reach, d.start)
        and not _FIRST_ESTIMATE.search(d.text, reach, d.start)
    ):
        return "deaths (feared)"
    return quantity


_A_FURTHER = re.compile(r"\ba\s+further\s+$", re.IGNORECASE)


def _handled_bodies(d: _Draft, quantity: str) -> str | None:
    """ "bodies handed over" or "identified" for a count of the dead handed to families or
    identified, else None."""
    if quantity.split(" (")[0] != "deaths":
        return None
    end = d.head_end if d.head_words else d.number_end
    after = _HANDLED_AFTER.match(d.text, end, d.sentence_end)
    before = _HANDLED_BEFORE.search(d.text, max(d.sentence_start, d.start - 20), d.start)
    said = after or before
    verb = said.group("verb").lower() if said else ""
    if before and _HANDED_LATER.match(d.text[end : d.sentence_end]):
        verb = "handed over"
    if not verb and d.head_words and d.head_words[-1] in _BODIES:
        aside = _DASH_ASIDE.match(d.text, end)  # "21 bodies -- 11 men and 10 women -- had been"
        found = _RECOVERED_AFTER.match(d.text, aside.end() if aside else end, d.sentence_end)
        if found or _RECOVERED_VERB_BEFORE.search(
            d.text, max(d.sentence_start, d.start - 25), d.start
        ):
            return "bodies recovered"
    if not verb:
        return None
    return "identified" if verb == "identified" else "bodies handed over"


def _more_of_another_outcome(d: _Draft, quantity: str) -> bool:
    """ "At least 39 people were killed and scores more injured": "more" adds to the people
    of another outcome named before in the sentence, so this is the whole count of its own
    outcome (the injured), not an increment of it."""
    outcomes = d.lexicon.outcomes
    base = quantity.split(" (")[0]
    if base not in outcomes:
        return False
    return any(
        e.start >= d.sentence_start
        and e.quantity.split(" (")[0] in outcomes
        and e.quantity.split(" (")[0] != base
        for e in d.earlier
    ) and not any(
        e.start >= d.sentence_start and e.quantity.split(" (")[0] == base for e in d.earlier
    )


def _held(d: _Draft) -> bool:
    """Whether the figure counts people held by an attacker: "took 17 hostages"."""
    return d.head_words[-1] in _HELD and bool(
        _HOLDING_BEFORE.search(d.text, max(d.sentence_start, d.start - 40), d.start)
        or _HELD_AFTER.match(d.text, d.head_end)
    )


def _finish(d: _Draft) -> _Figure:
    text, start = d.text, d.start
    assert d.quantity is not None
    interval = _interval(d.kind, d.low, d.high, d.lexicon.tolerance)
    if d.number.vague and d.kind == "exact":
        interval = Interval(d.low, d.high)
    part, quantity = d.part, d.quantity
    severity = _SEVERITY.match(
        text, d.head_end if d.head_words else d.number_end, d.sentence_end
    ) or _SEVERITY_BEFORE.search(text, max(d.sentence_start, start - 30), start)
    if severity and (not d.head_words or d.generic or quantity in ("injured", "deaths")):
        # "four people were critically injured", "71 of them in critical condition", "two
        # others sustained non-life-threatening injuries": the count of that severity
        word = next(w for w in severity.groups() if w).lower()
        part, quantity = False, f"injured ({_SEVERITIES.get(word, 'critical')})"
    if (
        _OF_THE_INJURED.search(text, start, d.head_end)
        and _STILL_IN_HOSPITAL.match(text, d.head_end)
        or not severity
        and quantity == "injured"
        and _IN_HOSPITAL_NOW.match(text, d.head_end if d.head_words else d.number_end)
    ):
        part, quantity = (
            False,
            "injured (hospitalised)",
        )  # "36 of the injured remained hospitalized"
    group = _GROUPS.get(d.head_words[-1], "") if d.head_words else ""
    following = _HEAD_WORD.match(text, d.head_end) if d.head_words else None
    if quantity in d.lexicon.outcomes and following and following.group(1).lower() in _GROUPS:
        # "10 missing girls", "five dead children": that group's count
        quantity = f"{quantity} ({_GROUPS[following.group(1).lower()]})"
    if d.generic and (group or (d.including and d.head_words[-1] not in _ANYONE)):
        # "killed 12 people, including nine children", "10 men and one woman died", "the
        # dead include five children": the group's count, compared with other reports'
        # count of that group, not with the total
        outcome = _group_outcome(d, quantity)
        if outcome is not None:
            part, quantity = False, f"{outcome} ({group or d.head_words[-1]})"
    of_group = _GROUP_OF_OUTCOME.match(text, d.number_end) if not d.head_words else None
    opened = of_group and _OF_THE_OUTCOME.match(text, d.sentence_start, start)
    if of_group and opened:
        # "Of the dead, 26 were women", "Of those injured, 12 are children": that group's count
        outcome = _OUTCOME_WORDS.get(opened.group("outcome").lower(), "deaths")
        part, quantity = False, f"{outcome} ({_GROUPS[of_group.group('group').lower()]})"
    elif of_group and (of_whole := _group_of_the_whole(d, of_group)) is not None:
        part, quantity = False, of_whole
    if quantity in ("deaths", "injured") and (
        _KILLED_AND_WOUNDED_BEFORE.search(text, max(d.sentence_start, start - 40), start)
        or _KILLED_AND_WOUNDED_AFTER.match(text, d.head_end if d.head_words else d.number_end)
    ):
        # "killing and wounding hundreds", "200 dead and injured": one count of both
        part, quantity = False, "killed and wounded"
    if quantity in ("deaths", "missing") and _DEAD_OR_MISSING.match(text, d.number_end):
        # "Tens of thousands dead and missing", "58 people are missing, presumed dead": the
        # dead counted with the missing, apart from the confirmed dead and the missing
        part, quantity = False, "dead or missing"
    if part and d.more and _more_of_another_outcome(d, quantity):
        part = False
    quantity = _toll_reread(d, quantity)
    handled = _handled_bodies(d, quantity)
    if handled is not None:
        # "A further 12 bodies were recovered", "another five bodies": a new find, a part
        further = d.another or _A_FURTHER.search(text, max(0, start - 12), start)
        part, quantity = handled == "bodies recovered" and bool(part or further), handled
    part = _is_part(d, quantity, part)
    return _Figure(
        start=start,
        end=d.head_end if d.head_words else d.end,
        number_end=d.number_end,
        interval=interval,
        description=" ".join(text[start : d.number_end].split()),
        quantity=quantity,
        approximate=d.kind == "approx",
        part=part,
        scope=None,
        from_cue=d.from_cue,
        who_only=d.generic
        and not d.from_cue
        and d.head_words[-1] not in _ANYONE
        and not _held(d)
        and quantity == d.quantity,
    )


def _assign_scopes(doc: Document, figures: list[_Figure], published_year: int | None) -> None:
    """Mark figures that are about a venue, another place's event or an earlier year, and
    sub-totals of an earlier figure in the same sentence ("Of the 27 in hospital, three are
    critical"; "three people were hurt: the driver and two workers")."""
    text = doc.text
    for earlier, later in zip(figures, figures[1:], strict=False):
        if later.part or later.quantity != earlier.quantity:
            continue
        sentence_start = doc.sentence_at(later.start)[0]
        if earlier.start < sentence_start or later.interval.low > earlier.interval.low:
            continue
        between = text[earlier.end : later.start]
        opening = text[sentence_start : earlier.start]
        if ":" in between or re.match(r"\s*Of\s+(?:the|those)\s*$", opening, re.IGNORECASE):
            later.part = True
    for figure in figures:
        venue = _VENUE_AFTER.match(text, figure.end)
        if venue and venue.group("venue").lower() not in doc.main_names:
            figure.scope = venue.group("venue")
        elif figure.part:
            figure.scope = f"part@{figure.start}"  # a sub-total that has no name of its own
    by_sentence: dict[tuple[int, int], list[_Figure]] = {}
    for figure in figures:
        by_sentence.setdefault(doc.sentence_at(figure.start), []).append(figure)
    for (sentence_start, sentence_end), members in by_sentence.items():
        markers: list[tuple[int, str]] = []
        for place in _EVENT_PLACE.finditer(text, sentence_start, sentence_end):
            name = place.group("place") or place.group("fplace")
            if name.lower() not in doc.main_names and name.lower() not in _CALENDAR:
                markers.append((place.start("place" if place.group("place") else "fplace"), name))
        for year in _YEAR.finditer(text, sentence_start, sentence_end):
            if any(f.start <= year.start() < f.number_end for f in members):
                continue  # "About 2000 soldiers": the count itself, not a year
            if _TIME_AFTER.match(text, year.end()):
                continue  # "as of 1930 GMT": a time, not a year
            if (published_year is not None and int(year.group()) != published_year) or (
                published_year is None
                and (
                    _SINCE.search(text, sentence_start, year.start())
                    or _OPENING_DATE.fullmatch(text, sentence_start, year.start())
                )
            ):
                # with no date known, a year after "since" is still a past one: "the worst
                # fire since 87 people were killed at a club in 1990"; so is a year opening
                # a background sentence ("In October 2015, a bomb downed a plane")
                markers.append((year.start(), year.group()))
        for earlier_year in _EARLIER.finditer(text, sentence_start, sentence_end):
            markers.append((earlier_year.start(), "an earlier year"))
        for years_after in _YEARS_AFTER.finditer(text, sentence_start, sentence_end):
            # "The latest disaster came eight years after the collapse of Spectrum Garments
            # that left 64 workers dead": what follows is the earlier event's
            for figure in members:
                if figure.scope is None and figure.start > years_after.end():
                    figure.scope = "an earlier year"
        for position, name in markers:
            nearest = min(
                members,
                key=lambda f: doc.words_between(min(f.start, position), max(f.start, position)),
            )
            distance = doc.words_between(min(nearest.start, position), max(nearest.start, position))
            if distance <= _marker_reach(text, nearest, position) and nearest.scope is None:
                nearest.scope = name
            if _OPENING_DATE.fullmatch(text, sentence_start, position) and not name[0].isalpha():
                # "In October 2015, a bomb downed a plane, killing all 224 people on board":
                # a year opening a background sentence dates all of it
                for figure in members:
                    if figure.scope is None and figure.start > position:
                        figure.scope = name
            for figure in members:
                if figure.scope is None and _RELATIVE_AFTER.fullmatch(text, position, figure.start):
                    figure.scope = name  # "a 7.2 quake in 1987, which took about 1,000 lives"
    _compared_events(doc, figures)
    _background_paragraphs(doc, figures, published_year)
    for figure in figures:
        if figure.scope is None and not figure.part:
            figure.scope = subject_of(doc, figure.start, figure.end, figure.quantity)
            figure.subject = figure.scope is not None


# the event a toll is measured against: "surpassing a tsunami that killed 61 people", "the
# deadliest since a fire that killed 87", "exceeded the 85 people who were killed in the Camp
# Fire": a record comparison names another event's toll, dated or not
_EVENT_NOUNS = (
    r"(?:attack|bombing|shooting|storm|fire|wildfire|blaze|blast|explosion|crash|flood|"
    r"earthquake|quake|tsunami|cyclone|typhoon|hurricane|disaster|collapse|stampede|crush|"
    r"massacre|siege|landslide|eruption|derailment|sinking|tragedy|accident)s?"
)
_COMPARED_BEFORE = re.compile(
    r"\b(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|eclips(?:ing|ed|es)|overtak(?:ing|en|es)"
    r"|overtook|topping|since|than|compared\s+(?:with|to))\s+(?:(?:the|a|an)\s+)?"
    r"(?:(?:\d{4}|[\w'’-]+)\s+){0,3}?" + _EVENT_NOUNS + r"\s+(?:that|which|in\s+which|when)\s+"
    r"(?:[\w'’-]+\s+){0,4}?$",
    re.IGNORECASE,
)
_COMPARED_TOLL = re.compile(
    r"\b(?:surpass(?:ing|ed|es)?|exceed(?:ing|ed|s)?|eclips(?:ing|ed|es)|topping)\s+the\s+$",
    re.IGNORECASE,
)


def _compared_events(doc: Document, figures: list[_Figure]) -> None:
    """Another event's toll in a record comparison is scoped to "an earlier event"."""
    text = doc.text
    for figure in figures:
        if figure.scope is not None:
            continue
        sentence_start = doc.sentence_at(figure.start)[0]
        window = max(sentence_start, figure.start - 120)
        if _COMPARED_BEFORE.search(text, window, figure.start) or _COMPARED_TOLL.search(
            text, max(sentence_start, figure.start - 30), figure.start
        ):
            figure.scope = "an earlier event"


# a background paragraph opened by a past year: "In October 2002, Chechen militants took about
# 800 people hostage. Two days later, special forces entered the building. In the fight, 129
# hostages died." Every later sentence of that paragraph is about that year too
_OPENING_YEAR = re.compile(
    r"\s*(?:In|By|During|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?P<year>(?:1[89]|20)\d\d)\b"
)


_PRESENT = re.compile(
    r"\b(?:today|tonight|now|yesterday|this\s+(?:morning|afternoon|evening|week)|latest"
    r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    re.IGNORECASE,
)


def _background_paragraphs(
    doc: Document, figures: list[_Figure], published_year: int | None
) -> None:
    text = doc.text
    for figure in figures:
        if figure.scope is not None or figure.part:
            continue
        paragraph_start = text.rfind("\n", 0, figure.start) + 1
        sentence_start = doc.sentence_at(figure.start)[0]
        position, year = paragraph_start, None
        while position < sentence_start:  # the sentences of the paragraph before this one
            start, end = doc.sentence_at(position)
            if end <= position:
                break
            opening = _OPENING_YEAR.match(text, start, end)
            if opening and opening.group("year") != str(published_year or ""):
                year = opening.group("year")
            elif _YEAR.search(text, start, end) or _PRESENT.search(text, start, end):
                year = None  # another year, or the present, takes over
            position = end + 1
        sentence_end = doc.sentence_at(figure.start)[1]
        if year is not None and not (
            _YEAR.search(text, sentence_start, figure.start)
            or _PRESENT.search(text, sentence_start, sentence_end)
        ):
            figure.scope = year


# from a year or place to a figure in the relative clause that follows it
# ("the bloody attack in Nice, France, where a cargo truck drove into crowds of people,
# killing 86": a relative clause about the other event, past its country)
_RELATIVE_AFTER = re.compile(
    r"[\w'’-]+(?:\s+[A-Z][\w'’-]+)*(?:,\s*[A-Z][\w'’-]+)*\s*,?\s*(?:(?:which|that)\s+"
    r"(?:[\w-]+\s+){0,3}|where\s+(?:[\w'’-]+,?\s+){0,9})"
)


_OPENING_DATE = re.compile(
    r"\s*(?:In|By|During|Back\s+in)\s+(?:(?:early|late|mid-?)\s*)?(?:[A-Z][a-z]+\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?"
)


def _marker_reach(text: str, figure: _Figure, position: int) -> int:
    """How many words a year or a place may stand from the figure it dates: ten, or
    sixteen inside the figure's relative clause ("the 18,000 people who died in a temblor
    near the Turkish capital, Istanbul, in 1999") or after "since"."""
    if figure.end <= position and re.match(
        r"\s*(?:who|that|which)\b[^\d;:]*$", text[figure.end : position]
    ):
        return 16
    if figure.end <= position and re.search(
        r"\bsince\s+(?:[\w-]+\s+){0,3}$", text[max(0, figure.start - 40) : figure.start]
    ):
        return 16  # "since 87 people were killed at a social club fire in the Bronx in 1990"
    return 10


# what a suggestion keeps of the figure read
_CARRIED = ("start", "end", "quantity", "interval", "scope", "part", "description", "who_only")


def _suggestion(text: str, figure: _Figure, lexicon: Lexicon) -> Suggestion:
    words = figure.quantity.replace("-", " ")
    head = reasons.MESSAGES.FIGURE(
        description=figure.description, words=words, interval=figure.interval
    )
    notes = []
    if figure.approximate:
        notes.append(reasons.MESSAGES.ABOUT_READ_AS(percent=round(lexicon.tolerance * 100)))
    if figure.part:
        named = figure.scope and not figure.scope.startswith("part@")
        notes.append(
            reasons.MESSAGES.PART_OF(scope=figure.scope) if named else reasons.MESSAGES.PART()
        )
    elif figure.scope and figure.subject:
        notes.append(reasons.MESSAGES.COUNTED_FOR(scope=figure.scope))
    elif figure.scope:
        notes.append(reasons.MESSAGES.ABOUT_OTHER(scope=figure.scope))
    if figure.who_only:
        notes.append(reasons.MESSAGES.WHO_ONLY())
    if figure.quantity.endswith(" (feared)"):
        notes.append(reasons.MESSAGES.FEARED())
    reason = reasons.with_notes(head, notes)
    carried = {name: getattr(figure, name) for name in _CARRIED}
    text_of = text[figure.start : figure.end]
    return Suggestion(text=text_of, label="figure", reason=reason, **carried)
