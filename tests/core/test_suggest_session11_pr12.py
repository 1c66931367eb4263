"""Session 11, pr12 (issue 14): what a figure counts when its words leave it open -- victims
with nothing said of what befell them are the dead, "this figure was N" counts what the last
outcome before it counted -- and tolls of other times (summed since a past year, or an earlier
event a superlative is measured against) are kept apart from this event's."""

from __future__ import annotations

from datetime import datetime

import pytest

from quizapp.core.suggest import Report, find_conflicts
from tests.core.suggest_probe import figure_at


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Flags flew at half mast for the 14 victims of the ferry fire.", "14 victims"),
        ("Le bilan est de deux morts à Arles et un mort à Nîmes (donc 3 victimes).", "3 victimes"),
        ("Les noms des sept victimes restent inconnus, a dit le maire.", "sept victimes"),
    ],
)
def test_victims_with_no_fate_said_are_the_dead(text: str, phrase: str) -> None:
    figure = figure_at(text, phrase)
    assert figure.quantity == "deaths"
    assert not figure.who_only


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("At least 14 victims were taken to the county hospital by ambulance.", "14 victims"),
        ("Neuf victimes potentielles, donc, selon la préfecture.", "Neuf victimes"),
        ("The coroner released the names of the first two victims on Monday.", "two victims"),
        ("We feared the worst, maybe a dozen victims in the ferry, he said.", "a dozen victims"),
    ],
)
def test_victims_with_a_fate_or_a_doubt_are_not_the_toll(text: str, phrase: str) -> None:
    assert figure_at(text, phrase).quantity != "deaths"


def test_this_figure_counts_the_last_outcome_before_it() -> None:
    text = (
        "Le bilan du naufrage s'élève à 41 morts, selon la préfecture. Les corps ont été "
        "déposés dans deux hangars du port. Ce chiffre était à moins de 30 lundi."
    )
    assert figure_at(text, "moins de 30").quantity == "deaths"


def test_of_that_number_is_a_part_not_the_figure_itself() -> None:
    text = (
        "The fire injured 40 people. Crews fought 120 fires across the region, and 60 are "
        "still burning. Of that number, 25 started on Friday."
    )
    assert figure_at(text, "25").quantity != "injured"


def test_this_figure_after_people_with_no_outcome_stays_open() -> None:
    text = (
        "The storm killed 12 people. Some 9,000 people stayed in schools on Sunday. The number "
        "fell to 4,000 in the evening."
    )
    assert figure_at(text, "4,000").quantity != "deaths"


def _deaths_conflicts(first: str, second: str) -> list[tuple[str, str]]:
    reports = [
        Report("a", first, datetime(2024, 3, 9, 8)),
        Report("b", second, datetime(2024, 3, 9, 12)),
    ]
    return [
        (c.a.text, c.b.text)
        for c in find_conflicts(reports, events=[0, 0])
        if c.quantity == "deaths"
    ]


def test_a_toll_summed_since_a_past_year_is_not_this_events() -> None:
    first = (
        "Au moins 30 personnes ont été tuées dans l'attaque du marché. Les attaques armées "
        "ont fait plus de 900 morts depuis 2018 dans la région."
    )
    second = "L'attaque du marché a fait 35 morts, selon le gouverneur."
    assert _deaths_conflicts(first, second) == [("Au moins 30 personnes", "35 morts")]


def test_a_toll_since_a_day_of_this_event_is_this_events() -> None:
    first = "The floods have killed 30 people in the valley since Monday, officials said."
    second = "The floods in the valley have killed 35 people, the governor said."
    assert _deaths_conflicts(first, second) == [("30 people", "35 people")]


def test_an_earlier_event_a_superlative_is_measured_against_is_apart() -> None:
    first = (
        "The flood killed 40 people. It is the worst disaster the valley has seen since the "
        "great landslide of May 3, 2009, which caused hundreds of victims."
    )
    second = "The flood killed 45 people in the valley, officials said."
    assert _deaths_conflicts(first, second) == [("40 people", "45 people")]


def test_a_rise_by_some_to_a_new_count_is_two_figures() -> None:
    text = "The toll from the ferry fire has risen by more than 40 to 212, officials said."
    assert figure_at(text, "212").text == "212"
    assert figure_at(text, "more than 40").text == "more than 40"


def test_a_range_after_by_without_a_change_stays_one_figure() -> None:
    text = "The wave struck the harbour town with walls of water measured by 4 to 6 metres."
    assert figure_at(text, "4 to 6").text == "4 to 6 metres"


def test_the_previous_figure_is_the_lead_count_of_the_sentence_before() -> None:
    text = (
        "The toll of the ferry fire has grown to 212, with 30 people still missing, the port "
        "said. The previous figure, released on Monday, had been 190."
    )
    assert figure_at(text, "190").quantity == "deaths"


def test_versus_is_no_head_noun() -> None:
    text = '"Twelve versus in the hundreds," the governor said of the two storms.'
    assert figure_at(text, "Twelve").quantity != "versus"


def test_a_dont_list_with_no_closing_comma_leaves_the_verb_to_the_whole() -> None:
    text = "Au total, 14 personnes, dont 11 pêcheurs et trois marins ont péri dans le naufrage."
    assert figure_at(text, "14 personnes").quantity == "deaths"


def test_a_dont_list_with_no_verb_after_it_says_nothing_of_the_whole() -> None:
    text = "Sur le quai attendaient 14 personnes, dont 11 pêcheurs et trois marins. Il pleut."
    assert figure_at(text, "14 personnes").who_only


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Selon la préfecture, 12 étrangers ont été tués dans le naufrage.", "12 étrangers"),
        ("Neuf touristes étrangers, dont deux Belges, ont péri dans le naufrage.", "Neuf"),
    ],
)
def test_foreigners_in_french_are_the_nationals_among_the_dead(text: str, phrase: str) -> None:
    assert figure_at(text, phrase).quantity == "deaths (nationals)"


def test_foreigners_with_no_outcome_are_no_toll() -> None:
    text = "Quelque 300 étrangers vivent dans le quartier du port, selon la mairie."
    assert not (figure_at(text, "300 étrangers").quantity or "").startswith("deaths")


def _french_place_conflicts(first: str, second: str) -> set[tuple[str, str, str]]:
    reports = [Report("a", first), Report("b", second)]
    return {
        (c.a.text, c.b.text, c.verdict)
        for c in find_conflicts(reports, events=[0, 0])
        if c.quantity == "deaths"
    }


def test_french_places_after_a_count_scope_it() -> None:
    first = (
        "Les crues ont fait au moins neuf morts dans le département. Selon ce bilan, cinq "
        "personnes sont décédées à Arlon, trois à Bastogne, une à Durbuy."
    )
    second = (
        "Les crues ont fait neuf morts. Quatre personnes ont perdu la vie à Arlon, 4 à "
        "Bastogne, 1 à Durbuy."
    )
    assert _french_place_conflicts(first, second) == {
        ("au moins neuf morts", "neuf morts", "compatible"),
        ("cinq personnes", "Quatre personnes", "conflict"),
        ("trois", "4", "conflict"),
    }


def test_a_place_told_by_where_it_lies_is_not_the_counts() -> None:
    first = (
        "Les crues ont fait au moins neuf morts, et une personne est portée disparue à "
        "Marbehan en aval d'Arlon. Selon ce bilan, cinq personnes sont décédées à Arlon, "
        "trois à Bastogne."
    )
    second = (
        "Les crues ont fait neuf morts. Quatre personnes ont perdu la vie à Arlon, 4 à "
        "Bastogne, 1 à Durbuy."
    )
    found = _french_place_conflicts(first, second)
    assert ("au moins neuf morts", "neuf morts", "compatible") in found


def test_a_french_institution_is_no_place() -> None:
    first = (
        "L'attaque a fait 26 morts et 33 blessés, dont 23 évacués au Centre hospitalier de "
        "la ville. Huit personnes sont mortes à Gao et 18 à Kidal."
    )
    second = "L'attaque a fait 30 morts et 40 blessés, selon le gouvernement."
    found = _french_place_conflicts(first, second)
    assert ("26 morts", "30 morts", "conflict") in found


def test_the_count_a_rise_started_from_stays_compared() -> None:
    first = (
        "At least 40 people died in the stadium crush, the governor said, raising the toll from 31."
    )
    second = "The stadium crush killed 35 people, the police said on Sunday."
    found = _deaths_conflicts(first, second)
    assert ("31", "35 people") in found


def test_a_lower_count_with_no_rise_from_it_is_still_some_of_them() -> None:
    first = (
        "At least 40 people died in the stadium crush on Saturday, the governor said.\n\n"
        "Fans had poured into the stands after the final whistle.\n\n"
        "The police closed the ground.\n\nEleven died at one gate, a steward said."
    )
    second = "The stadium crush killed 35 people, the police said on Sunday."
    assert not any(a == "Eleven" for a, _ in _deaths_conflicts(first, second))


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("The blaze also left 48 people with injuries, six of them seriously.", "48", "injured"),
        ("Witnesses said there could be about 60 people under the rubble.", "about 60", "trapped"),
    ],
)
def test_people_with_injuries_or_under_the_rubble(text: str, phrase: str, quantity: str) -> None:
    assert figure_at(text, phrase).quantity == quantity


def test_people_with_something_else_are_not_injured() -> None:
    text = "About 48 people with umbrellas waited at the ferry gate in the rain."
    assert figure_at(text, "About 48").quantity != "injured"


@pytest.mark.parametrize(
    ("text", "phrase", "span"),
    [
        ("Les pompiers luttent contre près de 90 simultanément.", "près de 90", "près de 90"),
        ("Les secours ont mené 75 hélitreuillages soit un record.", "75", "75 hélitreuillages"),
    ],
)
def test_a_french_adverb_is_no_head_noun(text: str, phrase: str, span: str) -> None:
    assert figure_at(text, phrase).text == span


def test_of_whom_some_were_a_group_is_that_groups_count() -> None:
    text = "The fire has claimed around 60 lives, of whom 41 were women and 9 were children."
    assert figure_at(text, "41").quantity == "deaths (women)"
    assert figure_at(text, "9 were").quantity == "deaths (children)"


def test_of_whom_with_no_outcome_before_is_no_group_toll() -> None:
    text = "The hall held around 600 guests, of whom 400 were women, the organisers said."
    assert not (figure_at(text, "400").quantity or "").startswith("deaths")


def test_a_previous_estimate_is_an_earlier_toll_not_a_guess() -> None:
    text = "The toll from the quake had risen to 812, up from previous estimates of 610."
    assert figure_at(text, "610").quantity == "deaths"


def test_an_estimate_of_the_toll_is_still_a_guess() -> None:
    text = "The governor gave a grim estimate of 2,000 deaths from the quake on Monday."
    assert figure_at(text, "2,000").quantity == "deaths (feared)"
