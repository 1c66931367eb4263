"""Speculation kinds from blind12's and blind13's error lists (issue 14, session 10), written
as our own sentences: fears an event raises, a belief taken for what happened, a forecast of
the weather's schedule, French "s'annonce" and "pensons pouvoir"; and fixed phrases that
doubt nothing ("as soon as possible", "think about", a negated past conditional's hearsay)."""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import speculation_over


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The blast hit the market at noon, raising fears of a wider campaign.", "raising fears"),
        ("The second quake sparked concerns that the old dam had cracked.", "sparked concerns"),
        ("The shopkeeper thought somebody was firing at the windows.", "thought somebody"),
        ("Several guests seemed totally unaware that the hall was burning.", "seemed totally"),
        ("Frankly, we should be looking at a much bigger bill for repairs.", "should be looking"),
        ("Heavy snow is due in the valley on Sunday night.", "snow is due"),
        ("A second storm is to hit the coast on Tuesday.", "is to hit"),
        ("Le déblaiement s'annonce très difficile à cause de la boue.", "s'annonce"),
        ("« Nous croyons pouvoir rouvrir la route demain », dit le maire.", "croyons pouvoir"),
        ("Investigators suspect a faulty heater in the basement.", "suspect"),
        ("Le préfet a parlé de trois auteurs possibles de l'incendie.", "possibles"),
    ],
)
def test_fears_beliefs_and_forecasts_are_speculation(text: str, phrase: str) -> None:
    """Each sentence's hedge is suggested as speculation."""
    assert speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The ministry raised concerns about the budget of the new hospital.", "raised concerns"),
        ("The delay is due to the snow on the pass.", "is due"),
        ("The minister is to visit the site on Friday.", "is to visit"),
        ("Crews will clear the road as quickly as possible.", "possible"),
        ("Volunteers brought blankets where possible.", "possible"),
        ("It was the worst thing that could have happened to the village.", "could have"),
        ("Did nobody think about the children, she asked.", "think about"),
        ("Le camion n'aurait pas allumé ses feux, selon un témoin.", "n'aurait pas"),
        ("Police questioned the suspect the neighbours had described.", "suspect"),
        ("On a mobilisé tous les moyens possibles pour les recherches.", "possibles"),
        ("The mayor declined, at the briefing, to say who could be to blame.", "could be"),
    ],
)
def test_acts_causes_and_fixed_phrases_are_not(text: str, phrase: str) -> None:
    """An act of raising a concern, a cause, a schedule of people, fixed phrases and a
    negated past conditional (hearsay) are not speculation."""
    assert not speculation_over(text, phrase)


def test_a_list_of_points_is_not_a_sign() -> None:
    """A list of "key points to know" is no sign; "the smell points to a leak" still is."""
    assert not speculation_over("Flooded metro: key points to know before you travel.", "points")
    assert speculation_over("The smell of gas points to a leaking pipe.", "points to")
