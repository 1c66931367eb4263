"""What a figure counts in French news prose, round 7 (issue 14, helper u16): participles of
death without an auxiliary ("trois personnes décédées"), "la mort de", "avaient péri", and the
hospital bulletin's "dont le pronostic vital est engagé".

Each case is a kind of sentence reporters write, with the negative cases a naive rule would
get wrong.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import figure_at


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a participle of death after the people counted, with no auxiliary
        (
            "La préfecture fait de nouveau état de trois personnes décédées et treize blessées.",
            "trois personnes",
            "deaths",
        ),
        (
            "La préfecture fait de nouveau état de trois personnes décédées et treize blessées.",
            "treize",
            "injured",
        ),
        (
            "Selon le ministère, 16 personnes ont été blessées, dont 2 décédées.",
            "2 décédées",
            "deaths",
        ),
        ("Selon le ministère, 16 personnes ont été blessées, dont 2 décédées.", "16", "injured"),
        # the death of N, and a pluperfect "avaient péri"
        (
            "Il a ouvert le feu sur les passants, causant la mort de trois personnes.",
            "trois personnes",
            "deaths",
        ),
        ("Elle annonçait que trois personnes avaient péri dans l'attaque.", "trois", "deaths"),
        # the hospital bulletin's critically injured, even after a toll's participle
        (
            "16 blessés, dont 2 décédées et 3 dont le pronostic vital est engagé.",
            "3 dont",
            "injured (critical)",
        ),
        # negative: the injured stay injured
        ("Deux personnes ont été légèrement blessées.", "Deux", "injured (minor)"),
    ],
)
def test_french_deaths_and_critically_injured(text: str, phrase: str, quantity: str) -> None:
    """French participles of death and "pronostic vital engagé" give the right quantity."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # people said to be under the rubble, and "trapping" before the count
        ("I think atleast 150 people are under the debris, a witness said.", "150", "trapped"),
        ("At least 30 people are still under the rubble, officials said.", "30", "trapped"),
        (
            "The flyover collapsed, trapping hundreds underneath giant steel frames.",
            "hundreds",
            "trapped",
        ),
        # negative: those pulled out from under the rubble are rescued, not trapped
        ("Rescuers pulled 80 people from under the rubble.", "80", "rescued"),
    ],
)
def test_people_under_the_rubble_are_trapped(text: str, phrase: str, quantity: str) -> None:
    """ "N people are under the debris" and "trapping N" count the trapped."""
    assert figure_at(text, phrase).quantity == quantity


def test_atleast_in_one_word_is_a_lower_bound() -> None:
    """ "atleast 150" (one word) is read as "at least 150"."""
    figure = figure_at("Atleast 150 people are feared trapped.", "150")
    assert figure.interval is not None and figure.interval.high == float("inf")
