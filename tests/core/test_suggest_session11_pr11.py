"""Session 11, pr11 (issue 14): people held by an attacker are a count of their own ("up to
nine people were held hostage", "the gunman took 12 hostages"), so two reports' hostage counts
are compared; and "a coûté la vie à" is a French toll."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import Report, find_conflicts
from tests.core.suggest_probe import figure_at


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Police stormed the bank where up to nine people were held hostage.", "up to nine"),
        ("The standoff, which kept 12 people captive in a post office, ended.", "12 people"),
        ("The gunman took 12 hostages inside the post office on Monday.", "12 hostages"),
    ],
)
def test_people_held_by_an_attacker_count_hostages(text: str, phrase: str) -> None:
    figure = figure_at(text, phrase)
    assert figure.quantity == "hostages"
    assert not figure.who_only


def test_hostages_doing_something_else_are_not_the_hostage_count() -> None:
    text = "Two hostages had phoned a radio station from inside the post office, it said."
    assert figure_at(text, "Two hostages").who_only


def test_hostages_killed_stay_in_the_toll() -> None:
    text = "Two hostages were shot dead when police stormed the post office."
    assert figure_at(text, "Two hostages").quantity == "deaths"


def test_two_hostage_counts_conflict() -> None:
    first = Report("a", "A gunman took 12 hostages in a post office in the town on Monday.")
    second = Report("b", "Up to nine people were held hostage in a post office in the town.")
    found = [c for c in find_conflicts([first, second], events=[0, 0]) if c.quantity == "hostages"]
    assert [c.verdict for c in found] == ["conflict"]


def test_cost_the_lives_of_is_a_french_toll() -> None:
    text = "L'attaque du poste de police a coûté la vie à neuf gendarmes, selon l'armée."
    assert figure_at(text, "neuf gendarmes").quantity == "deaths (police-officers)"


def test_gendarmes_without_a_death_are_not_the_toll() -> None:
    text = "Neuf gendarmes gardaient le poste de police depuis lundi, selon l'armée."
    assert not (figure_at(text, "Neuf gendarmes").quantity or "").startswith("deaths")
