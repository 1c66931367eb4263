"""Run every rule over one report: the heart of ``analyse``."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import cast

from quizapp.core.suggest import reasons
from quizapp.core.suggest.attribution import find_unconfirmed
from quizapp.core.suggest.document import Document
from quizapp.core.suggest.figures import find_figures
from quizapp.core.suggest.lexicon import Lexicon, load_lexicon
from quizapp.core.suggest.model import Suggestion
from quizapp.core.suggest.reports import parse_published
from quizapp.core.suggest.speculation import find_speculation
from quizapp.core.text import Text

_LABEL_ORDER = {"unconfirmed": 0, "speculation": 1, "figure": 2}


_TOLLS = frozenset({"deaths", "injured", "missing", "casualties"})
_BRACED = re.compile(
    r"\b(?:(?:prepared|preparing|braced|bracing)\s+for"
    # a toll that "can/could/may reach" a figure is a forecast ("It can reach 18,000 to 20,000
    # deaths", an official's expectation), not a count
    r"|(?:can|could|may|might|will|would)\s+(?:well\s+|even\s+)?(?:reach|exceed|top|surpass|hit))"
    r"\s+(?:up\s+to\s+|as\s+many\s+as\s+)?$",
    re.IGNORECASE,
)
# "More than 1,000 people could be dead", "20 people may have died": the toll itself hedged
_HEDGED_FATE = re.compile(
    r"(?:could|may|might|are\s+feared\s+to|are\s+believed\s+to)\s+(?:well\s+)?(?:be\s+dead"
    r"|have\s+died|have\s+been\s+killed|be\s+among\s+the\s+dead)\b"
    # "10,000 feared dead", "were feared killed", "are thought to have been killed" (u14)
    r"|(?:(?:are|were|is|was)\s+)?(?:feared|thought|believed)\s+"
    r"(?:to\s+have\s+been\s+)?(?:dead|killed)\b",
    re.IGNORECASE,
)
# "10,000 feared dead", "were feared dead", "are thought to have been killed", "might be
# killed": the dead themselves hedged by the words right after the count (a toll of the dead
# only: "76 remain missing and feared dead" are still the missing)
_FEARED_DEAD = re.compile(
    r"(?:(?:are|were|is|was|now)\s+)?(?:feared|thought|believed|estimated)\s+(?:to\s+(?:be|have)"
    # "around 50 individuals are feared to have lost their lives"
    r"\s+(?:been\s+)?)?(?:dead|killed|died|lost\s+their\s+lives)\b"
    r"|(?:could|may|might)\s+(?:well\s+)?(?:be|have)\s+(?:been\s+)?(?:dead|killed|died)\b"
    r"|fear(?:ed)?\s+dead\b",
    re.IGNORECASE,
)
# between the count and its hedge, nothing or where they are: "An estimated 10,000 people in
# the province of Leyte might be killed"
_PLACE_GAP = re.compile(r"(?:\s+(?:in|on|at|across)\s+[^,.;:!?\n]{1,50}?)?\s*")
# an evidential that only qualifies a count as the writer's reading of it ("it appears at
# least 25 people have been killed", "apparently"): the count, not a fear or a forecast
_EVIDENTIAL = re.compile(r"(?:it\s+(?:appears|seems)|apparently|seemingly)\b", re.IGNORECASE)
# between a hedge and its toll: "could reach as many as", "pourrait osciller entre 60 et [80
# morts]" (also with "entre 60" inside the hedge), "could be between 60 and [80]", "pourrait
# grimper jusqu'à"
_FEARED_GAP = re.compile(
    r"[ \t]*(?:as\s+many\s+as|up\s+to|as\s+high\s+as|between\s+[\d,.]+\s+and"
    r"|entre\s+[\d\s,.]+\s+et|jusqu['’]\s*à|(?<=\d)[ \t]+(?:et|and))?[ \t]*",
    re.IGNORECASE,
)


# a relative clause that tells what a hedged noun did: "two suspected suicide bombings that
# killed 95 people" (the hedge is about who did it; the toll is a count), not "an attack that
# may have killed 95"
_TOLD_TOLL = re.compile(
    r"\b(?:that|which)\s+(?:have\s+|has\s+|had\s+)?(?:killed|left|claimed)\s+"
    r"(?:(?:at\s+least|more\s+than|over|nearly|some|about|around)\s+)?$",
    re.IGNORECASE,
)


# a bare adverb of possibility before a count hedges the count itself ("Hundreds — perhaps
# thousands — are missing", "plusieurs dizaines, peut-être une trentaine de morts"): a guess
# at how many there are now, not at a final toll, so still that count
# the French conditional of hearsay before a count ("le premier bilan serait d'au moins 16
# morts", "il y aurait au moins une vingtaine de morts"): a count reported unconfirmed, not a
# forecast ("pourrait atteindre 100 morts" stays feared)
_HEDGED_COUNT = re.compile(
    r"\W*(?:perhaps|maybe|possibly|peut[-\s]être"
    r"|(?:il\s+y\s+)?(?:serai(?:t|ent)|aurai(?:t|ent)(?:\s+fait)?)(?:\s+de|\s+d['’])?)\W*",
    re.IGNORECASE,
)


def _feared(
    text: str, figures: list[Suggestion], speculation: list[Suggestion]
) -> list[Suggestion]:
    """A toll inside a speculation or right after one ("the death toll could reach 20,000",
    "fear as many as 40 people dead", "dozens more feared dead") or one braced for
    ("prepared for up to 40 fatalities") is a feared or expected toll: it is compared only
    with other reports' feared tolls, never with a count."""
    result = []
    for figure in figures:
        base = (figure.quantity or "").split(" (")[0]
        if base in _TOLLS and (
            _BRACED.search(text, max(0, figure.start - 40), figure.start)
            or any(
                (
                    (
                        s.start <= figure.start < s.end
                        and not _TOLD_TOLL.search(text, s.start, figure.start)
                        and not _HEDGED_COUNT.fullmatch(text, s.start, figure.start)
                    )
                    or (
                        s.end <= figure.start
                        and _FEARED_GAP.fullmatch(text, s.end, figure.start)
                        and not _HEDGED_COUNT.fullmatch(text, s.start, s.end)
                    )
                )
                and not _EVIDENTIAL.match(text, s.start, s.end)
                for s in speculation
            )
            or any(
                figure.end <= s.start
                and (
                    (
                        not text[figure.end : s.start].strip()
                        and _HEDGED_FATE.match(text, s.start, s.end)
                    )
                    or (
                        base == "deaths"
                        and _PLACE_GAP.fullmatch(text, figure.end, s.start)
                        and _FEARED_DEAD.match(text, s.start, s.end)
                    )
                )
                for s in speculation
            )
        ):
            unnamed_part = figure.scope is not None and figure.scope.startswith("part@")
            figure = replace(
                figure,
                quantity=f"{base} (feared)",
                reason=reasons.with_notes(cast(Text, figure.reason), [reasons.MESSAGES.FEARED()]),
                part=figure.part and not unnamed_part,  # "dozens more feared dead"
                scope=None if unnamed_part else figure.scope,
            )
        result.append(figure)
    return result


def analyse_document(
    text: str, lexicon: Lexicon, published: datetime | None = None, *, year: int | None = None
) -> tuple[Document, list[Suggestion]]:
    """The document model and every suggestion for ``text``, in reading order.

    ``year`` is the year of the event when ``text`` gives no date of its own."""
    doc = Document(text, lexicon.skip_lines)
    if published is None:
        published = parse_published(text)
    speculation = find_speculation(doc, lexicon)
    unconfirmed = find_unconfirmed(doc, lexicon, speculation)
    # "Early reports suggested ...": the verb of an unconfirmed source is attribution, not
    # the writer's hedge; a hedge after it ("... suggested they might have come") still is.
    verbs = frozenset(
        s.start
        for s in speculation
        if any(
            u.start <= s.start < u.end and lexicon.reporting_verb.match(text, s.start)
            for u in unconfirmed
        )
    )
    if verbs:
        speculation = find_speculation(doc, lexicon, verbs)
    figures = _feared(
        text, find_figures(doc, lexicon, published.year if published else year), speculation
    )
    suggestions = sorted(
        speculation + unconfirmed + figures,
        key=lambda s: (s.start, _LABEL_ORDER.get(s.label, 3), s.end),
    )
    return doc, suggestions


def analyse(text: str, *, lexicon_dir: str | Path | None = None) -> list[Suggestion]:
    """Suggested spans for one plain-text report: figures, speculation, unconfirmed sources.

    ``lexicon_dir`` adds a directory of user lexicons to the built-in ones (see
    docs/suggest.md). Offsets are character offsets into ``text``.
    """
    return analyse_document(text, load_lexicon(lexicon_dir))[1]
