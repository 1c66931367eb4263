"""The core of a key span: the words a reader must mark for the span to count as found.

A teacher tags a phrase such as "at least 140 people" or "according to a witness who asked
not to be named"; a reader who marks just "140", or just "according to a witness", has seen
what matters. The *core* is that part: for a figure its number, for an unconfirmed
attribution its source cue, for speculation its hedge. ``scoring`` accepts a mark that
covers a core and stays within the span plus the hedge words around it (docs/scoring.md,
rule 5b).

The core is found from the span's own words (case does not matter):

- ``core="..."`` on the span names it outright (its words must occur in the span, in order);
- a **figure**'s cores are its numbers: words with a digit ("140", "25,000", "1.5") or
  number words ("seven", "dozens", "million", "sept", "centaines"), each run of them one core;
- an **unconfirmed attribution**'s core is the shortest stretch that joins an attribution
  word ("according", "say", "told", "indicate", "unverified", "selon") to a source word
  ("witness", "sources", "reports", "officials", "posts"), or a word that attributes on its
  own ("reportedly", "allegedly");
- **speculation**'s cores are its runs of hedge words ("could", "will likely", "most
  likely", "probably", "I think", "peut-être").

A span of another label, or one in which no such word is found, has no core; then only the
half-of-its-words rule applies. Everything here works on lists of lower-case words, so the
word splitting stays in ``scoring``. This module never imports Qt.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

__all__ = [
    "HEDGE_PHRASES",
    "find_phrase",
    "label_cores",
    "span_cores",
    "hedge_reach",
]

Interval = tuple[int, int]  # [first, stop) word indexes

_NUMBER_WORDS = frozenset(
    """
    one two three four five six seven eight nine ten eleven twelve thirteen fourteen
    fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy
    eighty ninety hundred hundreds thousand thousands million millions billion billions
    dozen dozens score scores half tens
    deux trois quatre cinq six sept huit neuf dix onze douze treize quatorze quinze seize
    vingt vingts trente quarante cinquante soixante cent cents mille million millions
    milliard milliards dizaine dizaines douzaine douzaines vingtaine vingtaines trentaine
    centaine centaines millier milliers
    """.split()
)

# Speculation: hedges, modals, predictions, opinion. A word ending in "*" matches any ending.
_HEDGE_WORDS = tuple(
    """
    could might may would will shall should must likely unlikely likelihood probably
    probable improbable possibly possible perhaps maybe presumably potentially conceivably
    apparently apparent appear* seem* seemingly suggest* expect* predict* forecast*
    believe* think* thought suspect* speculat* guess* assum* fear* doubt* unclear
    uncertain hope* estimat* imagin* surprised bound poised
    pourrait pourraient pourra pourront peut-être probablement vraisemblablement
    sans semble* sembler paraît paraissent devrait devraient devra risque* pense* crois*
    croit suppos* estime* prévoi* attend* probable possible éventuel* spécul* hypoth*
    """.split()
)
_PRONOUNS = frozenset("i we je nous on il elle ils elles".split())
_OPINION_VERBS = (
    "think*",
    "believe*",
    "suspect*",
    "guess*",
    "expect*",
    "pense*",
    "crois*",
    "croit",
    "suppos*",
)
# Modals that hedge only together with what follows: alone inside a longer hedge they are
# no core ("will" of "will likely").
_WEAK_HEDGES = frozenset("will would shall should must".split())
# Words that join a hedge run without being hedges themselves ("most likely", "I think",
# "will very likely", "could well"); they never make a core alone.
_HEDGE_GLUE = frozenset(
    """
    most more very quite highly all so well almost i we je nous on il elle ils elles
    """.split()
)
# Unconfirmed attribution: words that attribute a claim, and words that name a source.
_ATTRIBUTION_WORDS = tuple(
    """
    according say says said saying tell tells told telling indicate* suggest* claim*
    report reported reporting describ* assert* insist* unverified unconfirmed unnamed
    anonymous unidentified familiar circulating shared
    selon d'après affirm* rapport* indiqu* assur* racont* confi* déclar* non-confirmé*
    invérifié* anonyme* aurait auraient
    """.split()
)
_SOURCE_WORDS = tuple(
    """
    source sources report reports witness witnesses eyewitness* posts post accounts
    account official officials officer officers insider insiders people person
    resident residents media videos video messages footage rumour* rumor* reports
    spokesperson spokesman spokeswoman aide aides diplomat* investigator* analyst*
    expert* colleague* relative* neighbour* neighbor* friend* member* authorities
    source sources témoin* publications publication messages vidéos vidéo rumeur*
    responsable* policier* enquêteur* proche* habitant* médias réseaux images
    """.split()
)
# Words that attribute on their own.
_SELF_ATTRIBUTING = tuple(
    """
    reportedly allegedly purportedly supposedly reputedly rumoured rumored
    prétendument apparemment
    """.split()
)

# Hedge words a reader may take in around a span without marking "too much": the bounds
# and approximations of figures ("at least 140"), and hedging adverbs ("reportedly").
HEDGE_PHRASES: tuple[tuple[str, ...], ...] = tuple(
    tuple(phrase.split())
    for phrase in """
    at least|at most|about|around|approximately|roughly|nearly|almost|some|over|under
    |more than|fewer than|less than|up to|as many as|as few as|no fewer than|no more than
    |no less than|close to|just over|just under|well over|an estimated|estimated|only
    |possibly|perhaps|probably|reportedly|allegedly|apparently|likely|or more|or so
    |and counting|possibly more|at the very least|the|a|an
    |au moins|environ|près de|plus de|moins de|quelque|quelques|jusqu'à|presque|quelque
    |au plus|peut-être|probablement|apparemment|un|une|le|la|les|des
    """.replace("\n", "").split("|")
    if phrase.strip()
)
MAX_HEDGE_REACH = 4  # words taken in at most, on each side


def _matches(word: str, patterns: Iterable[str]) -> bool:
    for pattern in patterns:
        if pattern.endswith("*"):
            if word.startswith(pattern[:-1]):
                return True
        elif word == pattern:
            return True
    return False


def _is_number(word: str) -> bool:
    if any(char.isdigit() for char in word):
        return True
    parts = word.split("-")
    return all(part in _NUMBER_WORDS for part in parts if part) and any(parts)


def _runs(flags: Sequence[bool]) -> list[Interval]:
    runs: list[Interval] = []
    start: int | None = None
    for index, flag in enumerate([*flags, False]):
        if flag and start is None:
            start = index
        elif not flag and start is not None:
            runs.append((start, index))
            start = None
    return runs


def _figure_cores(words: Sequence[str]) -> list[Interval]:
    return _runs([_is_number(word) for word in words])


def _speculation_cores(words: Sequence[str]) -> list[Interval]:
    hedges = [_matches(word, _HEDGE_WORDS) for word in words]
    glue = [word in _HEDGE_GLUE for word in words]
    cores = []
    for first, stop in _runs([h or g for h, g in zip(hedges, glue, strict=True)]):
        # Glue at the edges counts only next to a hedge; a run of glue alone is no core.
        if not any(hedges[first:stop]):
            continue
        # A pronoun leads a hedge only before an opinion verb ("I think", not "I would").
        while words[first] in _PRONOUNS and not _matches(words[first + 1], _OPINION_VERBS):
            first += 1
        # Drop trailing glue ("could well" keeps well; "will very" loses very).
        while not hedges[stop - 1] and words[stop - 1] not in ("well",):
            stop -= 1
        cores.append((first, stop))
        # A strong hedge alone is a core too: "likely" in "will likely increase".
        cores.extend(
            (index, index + 1)
            for index in range(first, stop)
            if hedges[index] and words[index] not in _WEAK_HEDGES and stop - first > 1
        )
    return cores


def _unconfirmed_cores(words: Sequence[str]) -> list[Interval]:
    cores: list[Interval] = []
    for index, word in enumerate(words):
        if _matches(word, _SELF_ATTRIBUTING):
            cores.append((index, index + 1))
    attributing = [i for i, word in enumerate(words) if _matches(word, _ATTRIBUTION_WORDS)]
    sources = [i for i, word in enumerate(words) if _matches(word, _SOURCE_WORDS)]
    best: Interval | None = None
    for a in attributing:
        for s in sources:
            if a == s:
                continue
            interval = (min(a, s), max(a, s) + 1)
            if best is None or interval[1] - interval[0] < best[1] - best[0]:
                best = interval
    if best is not None:
        cores.append(best)
    return sorted(set(cores))


_BY_LABEL = {
    "figure": _figure_cores,
    "speculation": _speculation_cores,
    "unconfirmed": _unconfirmed_cores,
}


def find_phrase(words: Sequence[str], phrase: Sequence[str]) -> Interval | None:
    """Where the words ``phrase`` first occur, in order and together, in ``words``."""
    size = len(phrase)
    if not size:
        return None
    for first in range(len(words) - size + 1):
        if list(words[first : first + size]) == list(phrase):
            return (first, first + size)
    return None


def label_cores(words: Sequence[str], label: str) -> list[Interval]:
    """The cores a span of ``label`` made of ``words`` (lower case) has, by the lexicons."""
    finder = _BY_LABEL.get(label)
    return finder(words) if finder else []


def span_cores(
    words: Sequence[str], labels: Iterable[str], explicit: Sequence[str] | None = None
) -> list[Interval]:
    """The span's cores (word intervals relative to the span) for the labels asked about.

    ``explicit`` is the words of a ``core="..."`` attribute: when given, it is the only core
    (or none, if its words are not in the span). A core as long as the whole span adds
    nothing to the half rule and is left out.
    """
    if explicit is not None:
        found = find_phrase(words, explicit)
        return [found] if found else []
    cores: set[Interval] = set()
    for label in labels:
        cores.update(label_cores(words, label))
    return sorted(core for core in cores if core != (0, len(words)))


def hedge_reach(before: Sequence[str], after: Sequence[str]) -> tuple[int, int]:
    """How many words just before and just after a span are hedge words a reader may mark.

    ``before`` is the words before the span, nearest last; ``after`` the words after it,
    nearest first. Phrases of ``HEDGE_PHRASES`` are taken one after another, at most
    ``MAX_HEDGE_REACH`` words on each side ("possibly at least 140": 3 words before).
    """
    longest_first = sorted(HEDGE_PHRASES, key=len, reverse=True)
    left = _hedge_run(before[::-1], [phrase[::-1] for phrase in longest_first])
    return left, _hedge_run(after, longest_first)


def _hedge_run(words: Sequence[str], phrases: Sequence[tuple[str, ...]]) -> int:
    """How many of ``words``, from the first, are ``phrases`` one after another (at most
    ``MAX_HEDGE_REACH``); the first phrase that fits is taken."""
    reach = 0
    limit = min(len(words), MAX_HEDGE_REACH)
    while reach < MAX_HEDGE_REACH:
        taken = next(
            (
                len(phrase)
                for phrase in phrases
                if reach + len(phrase) <= limit
                and tuple(words[reach : reach + len(phrase)]) == phrase
            ),
            0,
        )
        if not taken:
            break
        reach += taken
    return reach
