"""Session 12, pq14 (issue 14): what a count of people is when its noun is one the lexicon
does not know -- the verb that follows says what befell them -- and, for conflicting pairs,
the place a report's share of the toll belongs to."""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import figure_at


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("At least 30 border guards were killed when the convoy was hit.", "30 border", "deaths"),
        ("Twelve CRPF sepoys died in the blast near the depot.", "Twelve", "deaths"),
        ("Onze brancardiers ont été blessés pendant la nuit.", "Onze", "injured"),
        ("Some 25 deckhands are still missing after the trawler sank.", "25 deckhands", "missing"),
    ],
)
def test_an_unknown_noun_counts_what_befell_it(text: str, phrase: str, quantity: str) -> None:
    """The predicate right after a count of an unlisted noun says what is counted."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a nationality: a group of the dead, not the toll
        ("Deux Hollandais ont été tués dans la fusillade du marché.", "Deux"),
        # one person, not a count
        ("At least one off-duty ranger has died, the park said.", "one off-duty"),
        # a list of groups sharing one verb: each is a group of the dead
        ("Eleven pupils and two janitors were killed in the school fire.", "two janitors"),
        # animals are killed too, but they are not the toll
        ("More than 3,000 livestock were killed by the floodwater.", "3,000 livestock"),
        # what is to be done, not what befell them
        ("The clinic received three notices to evacuate on Monday.", "three notices"),
        # the whole a part is taken from
        ("Sur les 16 interpellés, trois ont été tués lors de l'assaut.", "16 interpellés"),
    ],
)
def test_an_unknown_noun_with_no_fate_of_its_own_stays_apart(text: str, phrase: str) -> None:
    """No fate read into a nationality, one person, a list of groups, animals or a purpose."""
    assert figure_at(text, phrase).quantity not in ("deaths", "injured", "evacuated")
