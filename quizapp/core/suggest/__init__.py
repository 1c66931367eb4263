"""The authoring assistant: propose spans in a plain-text news report (Qt-free).

- ``analyse(text, *, lexicon_dir=None) -> list[Suggestion]`` -- figures, speculation and
  unconfirmed attribution in one report, with a reason for each.
- ``find_conflicts(reports, *, lexicon_dir=None) -> list[Conflict]`` -- figures of the same
  quantity in different reports, judged "conflict" or "compatible" by interval overlap.
- ``load_reports(paths) -> list[Report]`` -- read UTF-8 files (``SuggestError`` names the
  path of an unreadable one); the publication time comes from a date line near the top.
- ``suggest_json(paths_and_texts, *, lexicon_dir=None) -> dict`` and
  ``suggest_listing(paths_and_texts, *, lexicon_dir=None) -> str`` -- what the command line
  prints, for ``Report`` objects or ``(path, text)`` pairs.

The rules read their words from YAML lexicons (``lexicons/``), which a teacher can extend with
a directory of their own; see docs/suggest.md.
"""

from quizapp.core.suggest.analysis import analyse
from quizapp.core.suggest.conflicts import find_conflicts
from quizapp.core.suggest.lexicon import Lexicon, load_lexicon
from quizapp.core.suggest.model import (
    LABELS,
    Conflict,
    Interval,
    Report,
    SuggestError,
    Suggestion,
)
from quizapp.core.suggest.output import suggest_json, suggest_listing
from quizapp.core.suggest.reports import load_reports, parse_published

__all__ = [
    "LABELS",
    "Conflict",
    "Interval",
    "Lexicon",
    "Report",
    "SuggestError",
    "Suggestion",
    "analyse",
    "find_conflicts",
    "load_lexicon",
    "load_reports",
    "parse_published",
    "suggest_json",
    "suggest_listing",
]
