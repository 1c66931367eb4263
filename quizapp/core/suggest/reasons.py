"""The assistant's explanations as texts a window shows in its own language (Qt-free).

Every reason a suggestion or a comparison carries is made here from a ``Phrase``
(core/text.py): its value is the English sentence the command line and the API always gave,
and ``localized(reason)`` rebuilds it in the window's language. The rules (speculation,
attribution, figures, conflicts) only call these functions, so a new rule reuses them or adds
a phrase here, in the same style; the French is in assets/translations/quizapp_fr.ts.

- The ``kind`` and ``reason`` of each entry of the lexicons a reason quotes
  (``SHOWN_LEXICONS``) are texts of the "SuggestLexicon" context:
  scripts/update_translations.py extracts them for lupdate (``lexicon_texts``).
  A teacher's own lexicon's words have no translation and are shown as written.
- The report's own words (the hedge "likely", a figure "at least 140", a place) and the
  quantity keys ("deaths") stay as they are: the first are the report, the second the
  question file's identifiers, which the teacher sees as such in the quantity box.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import cast

import yaml

from quizapp.core.text import Catalogue, Phrase, Text, joined

LEXICON = "SuggestLexicon"
# The lexicon files whose entries' kind and reason are shown in a suggestion's reason; the
# cues of quantities.yaml carry "noun"/"verb" there, which is no text for a reader.
SHOWN_LEXICONS: tuple[str, ...] = ("hedges.yaml", "sources.yaml")

MESSAGES = Catalogue("suggest.reasons")  # quizapp/core/messages/suggest.reasons.toml


@lru_cache(maxsize=1024)
def lexicon_text(words: str) -> Text:
    """A lexicon entry's ``kind`` or ``reason`` as a text of the "SuggestLexicon" context."""
    return Phrase(LEXICON, words)()


def entry_reason(kind: str, phrase: str, why: str | Text) -> Text:
    """ "hedge 'likely': a prediction, not a reported fact": a lexicon entry's family, the
    report's words that matched (white space made single) and why they are suggested."""
    reason = why if isinstance(why, Text) else lexicon_text(why)
    return MESSAGES.ENTRY(kind=lexicon_text(kind), phrase=" ".join(phrase.split()), why=reason)


def with_notes(reason: str, notes: Iterable[Text]) -> str:
    """ "figure: ...; note; note": the reason, then each note after "; "."""
    for note in notes:
        reason = MESSAGES.NOTE(reason=reason, note=note)
    return reason


def notes_of(reason: str) -> list[str]:
    """A reason's parts: what ``with_notes`` put together (each part stays translatable),
    or a plain string's parts between "; "."""
    if not isinstance(reason, Text):
        return reason.split("; ")
    if reason.phrase is not None and _key(reason.phrase) == _key(MESSAGES.NOTE):
        before, note = reason.values["reason"], reason.values["note"]  # texts (with_notes)
        return [*notes_of(cast(str, before)), cast(str, note)]
    return [reason]


def _key(phrase: Phrase) -> tuple[str, str]:
    return phrase.context, phrase.source


def when(moment: datetime) -> Text:
    """ "14 November 2015, 04:20", or "14 November 2015 with no time given" for a date."""
    day = MESSAGES.DATE if moment.hour == 0 and moment.minute == 0 else MESSAGES.DATE_TIME
    date = day(
        day=MESSAGES.FIRST_DAY() if moment.day == 1 else str(moment.day),
        month=_months()[moment.month - 1](),
        year=str(moment.year),
        time=moment.strftime("%H:%M"),
    )
    return MESSAGES.NO_TIME(date=date) if day is MESSAGES.DATE else date


def written_day(month: int, day: int, year: int | None) -> Text:
    """ "5 November 2018", or "5 November" for a day a report writes without its year."""
    first = MESSAGES.FIRST_DAY() if day == 1 else str(day)
    name = _months()[month - 1]()
    if year is None:
        return MESSAGES.DAY_MONTH(day=first, month=name)
    return MESSAGES.DATE(day=first, month=name, year=str(year))


def _months() -> tuple[Phrase, ...]:
    return (
        MESSAGES.JANUARY,
        MESSAGES.FEBRUARY,
        MESSAGES.MARCH,
        MESSAGES.APRIL,
        MESSAGES.MAY,
        MESSAGES.JUNE,
        MESSAGES.JULY,
        MESSAGES.AUGUST,
        MESSAGES.SEPTEMBER,
        MESSAGES.OCTOBER,
        MESSAGES.NOVEMBER,
        MESSAGES.DECEMBER,
    )


def said(figure: str, exact: bool = False) -> Text:
    """A figure as the report gives it, "(exact)" after it when it allows one value only."""
    return MESSAGES.EXACT(figure=figure) if exact else MESSAGES.SAID(figure=figure)


def chain_of(steps: list[Text]) -> Text:
    """ "35 (b) to 40 (c)": the steps of a rise, one after the other."""
    chain = steps[0]
    for step in steps[1:]:
        chain = MESSAGES.STEP_TO(before=chain, after=step)
    return chain


def without_notation(reason: str) -> str:
    """``reason`` without the interval notation ("[127] and [140, ∞) do not overlap"), which
    helps a teacher check a verdict but not a student read the news; a ``Text`` stays one."""
    kept = _without_notation(reason)
    return kept if isinstance(kept, str) else reason


def _without_notation(value: object) -> object:
    if not isinstance(value, Text):
        return value
    if value.phrase is None:
        return joined([_without_notation(part) for part in value.parts], value.separator)
    # the interval notation, which a student's version of the reason leaves out
    if _key(value.phrase) in {_key(MESSAGES.OVERLAP), _key(MESSAGES.NO_OVERLAP)}:
        return ""
    return value.phrase(**{name: _without_notation(part) for name, part in value.values.items()})


# --- the lexicons' texts for the translators -------------------------------------------------


def lexicon_texts(path: Path) -> list[tuple[int, str]]:
    """The ``kind`` and ``reason`` of each entry of a lexicon file, with the (1-based) line
    each is on, in file order; a file that is not a lexicon gives none."""
    try:
        root = yaml.compose(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError):
        return []
    found: list[tuple[int, str]] = []
    for section in root.value if isinstance(root, yaml.MappingNode) else []:
        entries = section[1]
        if not isinstance(entries, yaml.SequenceNode):
            continue
        for entry in entries.value:
            if not isinstance(entry, yaml.MappingNode):
                continue
            for key, value in entry.value:
                if key.value in ("kind", "reason") and isinstance(value, yaml.ScalarNode):
                    if value.value:
                        found.append((value.start_mark.line + 1, value.value))
    return found
