"""Event grouping, session 12 (gd14): a flood told in French in the singular ("la pluie
torrentielle") is a flood, as "les pluies diluviennes" and "torrential rain" are."""

from __future__ import annotations

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import _profile


def test_a_torrential_rain_in_the_singular_tells_a_flood() -> None:
    text = (
        "Varonne : la pluie torrentielle de la nuit a fait 30 morts, selon la mairie. Les"
        " quartiers bas de Varonne ont perdu des maisons."
    )
    assert _profile(Report("r", text)).kind == "flood"


def test_one_rain_word_alone_tells_no_kind() -> None:
    """A single mention is not enough to read a kind: a fire report may say it rained."""
    text = "Varonne : un incendie a détruit un entrepôt malgré la pluie, selon la mairie."
    assert _profile(Report("r", text)).kind is None
