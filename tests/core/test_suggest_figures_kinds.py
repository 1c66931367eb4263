"""What a figure counts in real news prose, round 6 (issue 14, helper u15): those discharged,
relief camps against the people in them, increments ("rose by six"), asides before the verb,
first estimates, waves, bombs and blasts.

Each case is a kind of sentence reporters write, with the negative cases a naive rule would
get wrong.
"""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse
from tests.core.suggest_probe import figure_at


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # those who left hospital are counted apart from the injured
        (
            "Of those wounded, 109 have already been released from the hospital, it said.",
            "109",
            "discharged",
        ),
        ("The attack left 239 people wounded but 109 have been discharged.", "109", "discharged"),
        ("The attack left 239 people wounded but 109 have been discharged.", "239", "injured"),
        (
            "Of the 40 injured, 12 were discharged and 28 remain in hospital.",
            "28",
            "injured (hospitalised)",
        ),
        ("Twelve people were taken to hospital and treated.", "Twelve", "injured"),
        # relief camps are places; the people in them are the displaced
        (
            "They are taking shelter in more than 2,000 relief camps.",
            "more than 2,000",
            "relief-camps",
        ),
        ("Disease is feared in thousands of relief camps.", "thousands", "relief-camps"),
        ("Over 8,300 people are in 82 relief camps.", "82", "relief-camps"),
        ("Over 8,300 people are in 82 relief camps.", "8,300", "evacuated"),
        (
            "More than 1 million people have packed relief camps.",
            "More than 1 million",
            "evacuated",
        ),
        ("Some 26,000 people remained in emergency shelters a week later.", "26,000", "evacuated"),
        ("Hundreds of thousands have been shifted to relief camps.", "Hundreds", "evacuated"),
        ("He runs 3,500 medical camps across the state.", "3,500", "camps"),
        # an aside of who is among them stands between the count and its verb
        ("Three people, including a 7-year-old boy, were killed in the fire.", "Three", "deaths"),
        (
            "Sept personnes, dont un nourrisson et un autre enfant, sont mortes dans la nuit.",
            "Sept",
            "deaths",
        ),
        ("Twelve people, including two firefighters, said they saw flames.", "Twelve", "people"),
        # the toll named before "surged to 23 people", "soars to 42"
        ("The death toll from the fire surged to 23 people on Saturday.", "23", "deaths"),
        ("Camp Fire death toll soars to 42, officials say.", "42", "deaths"),
        # a first estimate is an earlier toll; an estimate of the final toll is a guess
        ("It was a jump from an initial police estimate of 20 dead.", "20", "deaths"),
        ("From a conservative estimate of 1000 deaths, it went on.", "1000", "deaths (feared)"),
        # the waves' height, not a length
        ("The morning after 3 metres tsunami waves slammed into the city.", "3 metres", "height"),
        ("A 200-metre section of the road was closed.", "200-metre", "length"),
        # bombs that went off are the blasts; blasts are never hurt
        (
            "Two bombs that detonated near the finish line injured more than a hundred.",
            "Two",
            "explosions",
        ),
        (
            "Three died and more than 140 were injured as two blasts tore through.",
            "two blasts",
            "explosions",
        ),
        ("Those killed by two explosions were named on Tuesday.", "two", "explosions"),
        # how many of the dead have names
        ("Four identified, hundreds still missing", "Four", "identified"),
        ("Four identified, hundreds still missing", "hundreds", "missing"),
        # a massacre's victims are the dead
        ("It passed last year's massacre of 49 people at a night club.", "49", "deaths"),
    ],
)
def test_what_is_counted(text: str, phrase: str, quantity: str) -> None:
    """The quantity a figure resolves to, by the grammar of its sentence."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "part"),
    [
        ("The death toll, which increased by six on Sunday, stands at 29.", "six", True),
        ("The death toll rose by 12 overnight to 54.", "12", True),
        ("The death toll rose by 12 overnight to 54.", "54", False),
        ("Le bilan a augmenté de 5 morts.", "5", True),
        ("The death toll rose to 12.", "12", False),
    ],
)
def test_a_rise_by_is_an_increment(text: str, phrase: str, part: bool) -> None:
    """ "rose by 12" is the increment, a part; "rose to 12" the total."""
    assert figure_at(text, phrase).part is part


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # how badly they were hurt, in English and French
        ("He added that over 400 others were badly injured.", "over 400", "injured (serious)"),
        ("On compte une cinquantaine de blessés légers.", "une cinquantaine", "injured (minor)"),
        ("Il y a 12 blessés graves et 30 blessés légers.", "30", "injured (minor)"),
        ("Il y a 12 blessés graves et 30 blessés légers.", "12", "injured (critical)"),
        (
            "Le bilan fait état de 18 personnes en état d'« urgence absolue ».",
            "18",
            "injured (critical)",
        ),
        ("Le bilan fait état de 5 morts et 20 blessés.", "20", "injured"),
        # casualties: the dead, as news reports mostly count them
        ("The Health Ministry published a list of 152 casualties.", "152", "deaths"),
        ("We have not 20 but 50 casualties in addition to the shooter.", "50", "deaths"),
        (
            "The number of casualties has risen to 53, AP said. More than 60 others were injured.",
            "53",
            "deaths",
        ),
        # a French crowd
        ("La foule, qui rassemblait des milliers de personnes, a fui.", "des milliers", "crowd"),
        ("About 100,000 people had filled the streets.", "100,000", "crowd"),
    ],
)
def test_severity_casualties_crowds(text: str, phrase: str, quantity: str) -> None:
    """How badly the injured were hurt, casualties, crowds."""
    assert figure_at(text, phrase).quantity == quantity


def test_french_dates_are_no_figures() -> None:
    """ "le 14 juillet", "du 13 novembre" are dates; "84 morts" beside them is a toll."""
    text = "L'attaque du 14 juillet, après les attentats du 13 novembre, a fait 84 morts."
    found = [s.text for s in analyse(text) if s.label == "figure"]
    assert found == ["84 morts"]


@pytest.mark.parametrize(
    ("text", "phrase", "scope"),
    [
        ("Homes in the city of Palu, home to 350,000 people, were swept away.", "350,000", "Palu"),
        ("The wave hit Palu, a city of 350,000 people.", "350,000", "Palu"),
        ("Donggala, a region of 300,000 people, was cut off.", "300,000", "Donggala"),
    ],
)
def test_a_places_size_is_its_own(text: str, phrase: str, scope: str) -> None:
    """A place's size, however it is written, is that place's population."""
    found = figure_at(text, phrase)
    assert (found.quantity, found.scope) == ("population", scope)


@pytest.mark.parametrize(
    ("text", "phrase", "part"),
    [
        ("The toll is 324. An adviser said 186 people had died since Aug. 8.", "186", True),
        ("The toll is 324. Twelve people have died since Monday.", "Twelve", True),
        ("Floods have killed more than 410 people since May in Kerala.", "410", False),
        ("Twelve people have died since Monday. The toll is 324.", "Twelve", False),
    ],
)
def test_a_toll_since_a_date_below_the_toll_is_a_part(text: str, phrase: str, part: bool) -> None:
    """A toll counted from a date, below the report's toll before it, is a period's part."""
    assert figure_at(text, phrase).part is part


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # crowds by their verbs and the "-strong" compound
        ("Tens of thousands of worshippers had flocked to the temple.", "Tens", "crowd"),
        ("Thousands of people have been gathering at the temple.", "Thousands", "crowd"),
        ("Officials were unprepared for the 10,000-strong crowd.", "10,000", "crowd"),
        # those present, when no verb says what happened to them
        ("At least 25,000 people were at the temple site at the time.", "25,000", "present"),
        ("About 10,000 people were trying to enter the temple.", "10,000", "present"),
        ("Five people were in the hospital on Monday.", "Five", "injured"),
        ("Twelve people were in critical condition.", "Twelve", "injured (critical)"),
        # an aside of all of them, a relative clause
        (
            "At least 63 people, all of them women and children, were crushed to death.",
            "63",
            "deaths",
        ),
        ("She said 120 people, who survived by swimming, were rescued.", "120", "rescued"),
        ("Three people were trampled to death at the gate.", "Three", "deaths"),
        # the adverb alone after "of them"
        ("At least 25 people were injured, 10 of them seriously.", "10", "injured (serious)"),
        # the crew, and everyone aboard
        ("It was found two crew members did not board the ferry.", "two", "crew"),
        ("The ferry was carrying 187 passengers and crew.", "187", "aboard"),
        ("The jet was carrying 144 passengers and six crew members.", "144", "passengers"),
        ("Nine rescue crews were at the mine.", "Nine", "rescuers"),
    ],
)
def test_crowds_present_asides_crew(text: str, phrase: str, quantity: str) -> None:
    """Crowds, those present, asides before the verb, the crew and all aboard."""
    assert figure_at(text, phrase).quantity == quantity


def test_a_vehicle_filled_with_people_carries_them() -> None:
    """ "The bus was filled with more than 60 people" are those aboard, not a crowd."""
    text = "The private bus was filled with more than 60 people when it plunged into a gorge."
    assert figure_at(text, "more than 60").quantity == "aboard"


def test_a_distance_in_two_units_that_locates_is_no_figure() -> None:
    """ "about 300 miles, or 500 kilometers, north of New Delhi" locates; a fall does not."""
    located = "The crash occurred about 300 miles, or 500 kilometers, north of New Delhi."
    assert [s.text for s in analyse(located) if s.label == "figure"] == []
    fall = "The bus fell about 200 feet, or 60 meters, to the ground below."
    assert [s.text for s in analyse(fall) if s.label == "figure"] == ["about 200 feet"]


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # those in the rescue, by their verb or their name
        ("More than 2,000 people were participating in the rescue efforts.", "2,000", "rescuers"),
        ("There were 400 people involved in the rescue effort.", "400", "rescuers"),
        ("Some 250 disaster-response personnel were in the area.", "250", "rescuers"),
        ("Some 250 people were in the area when it struck.", "250", "present"),
        # found alive
        ("All 142 tourists who were visiting the site were found alive.", "142", "survivors"),
        # a stretch of a river is a length
        ("The debris blocked a 2-kilometer stretch of a river.", "2-kilometer", "length"),
        ("The river rose 2 metres overnight.", "2 metres", "river-level"),
        # bodies pulled out are bodies recovered, past an aside
        ("Officials have pulled 15 bodies from the rocks.", "15", "bodies recovered"),
        (
            "He said 21 bodies -- 11 men and 10 women -- had been recovered from the mud.",
            "21",
            "bodies recovered",
        ),
        # homes buried are destroyed; people buried are trapped
        ("With 70 homes buried, rescuers feared more dead.", "70", "buildings-destroyed"),
        ("He said 125 people were buried under the mud.", "125", "trapped"),
        # the death toll named before the rise, past a clause about the event
        (
            "The death toll from a landslide that engulfed an entire village rose to 51.",
            "51",
            "deaths",
        ),
    ],
)
def test_rescuers_bodies_buried_homes(text: str, phrase: str, quantity: str) -> None:
    """Rescuers, bodies found, buried homes, the death toll past a clause."""
    assert figure_at(text, phrase).quantity == quantity


def test_the_remaining_ones_are_a_part() -> None:
    """ "the bodies of the remaining five deceased" are the rest of a count, a part."""
    text = "Three bodies were found on Saturday and the remaining five deceased on Sunday."
    assert figure_at(text, "five").part is True


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("The storm hit the islands as a Category 5 hurricane.", "Category 5", "category"),
        (
            "Authorities are evacuating 24,000 people in several neighbourhoods.",
            "24,000",
            "evacuated",
        ),
        ("Rescuers tried to save six family members trapped under rubble.", "six", "trapped"),
    ],
)
def test_storm_category_evacuating_family(text: str, phrase: str, quantity: str) -> None:
    """A hurricane's category, "evacuating", a count of family members (a noun in -ly)."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    "text",
    [
        "A boy of 17 was pulled out alive.",
        "Two boys of 6 and 7 and a disabled man of 52 are still under the rubble.",
        "The shooter called 911, the emergency phone number.",
        "Police received a 911 call at dawn.",
        "Lion Air operates the Boeing 737. It was an updated version of the 737.",
        "Applicants in category 3 must wait.",
    ],
)
def test_ages_emergency_numbers_models_are_no_figures(text: str) -> None:
    """Ages after a person ("a man of 52"), 911, a plane's model named before, a category
    that is no storm's."""
    found = [
        s.text for s in analyse(text) if s.label == "figure" and any(c.isdigit() for c in s.text)
    ]
    assert found == []


def test_another_events_toll_in_french_is_scoped() -> None:
    """ "l'attentat contre le Musée du Bardo, à Tunis, qui avait fait 22 morts", "deux autres
    drames au Koweït (26 morts)": another event's toll, scoped by its place; the Nice attack
    recalled with "where ..., killing 86" too."""
    text = (
        "Tunisie : au moins 27 morts dans un attentat à Sousse\n\n"
        "Un homme a ouvert le feu sur une plage de Sousse, faisant au moins 27 morts.\n\n"
        "La Tunisie est en alerte depuis l'attentat contre le Musée du Bardo, à Tunis, qui avait"
        " fait 22 morts. L'attaque s'est produite le même jour que deux autres drames au Koweït"
        " (26 morts) et en France.\n\n"
        "Cars were used in the bloody attack in Nice, France, where a cargo truck drove into"
        " crowds of people, killing 86."
    )
    scopes = {s.text: s.scope for s in analyse(text) if s.label == "figure"}
    assert scopes["22 morts"] == "Bardo"
    assert scopes["26 morts"] == "Koweït"
    assert scopes["86"] == "Nice"
    assert scopes["au moins 27 morts"] is None


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a list inside the aside, up to the verb
        (
            "Vingt-huit personnes, dont des touristes belges, britanniques et allemands, ont été"
            " tuées vendredi.",
            "Vingt-huit",
            "deaths",
        ),
        (
            "36 personnes, notamment de nationalité britannique, belge et allemande, ont été"
            " blessées.",
            "36",
            "injured",
        ),
        # "N is the official count": the count named before it
        (
            'He confirmed the new toll, up from 30. "Forty-three is the official count, many'
            ' missing," he said.',
            "Forty-three",
            "deaths",
        ),
        # extracted alive
        ("Forty-three have been extracted from the ruins so far.", "Forty-three", "rescued"),
        ("Rescuers extracted 12 bodies from the rubble.", "12", "bodies recovered"),
        # a list of who is counted: all of them
        (
            "Vale said 305 employees, contractors and residents were still missing.",
            "305",
            "missing",
        ),
        ("Two firefighters were injured.", "Two", "injured (firefighters)"),
    ],
)
def test_lists_the_count_named_before_extracted(text: str, phrase: str, quantity: str) -> None:
    """Lists in asides and of who is counted, "N is the official count", "extracted"."""
    assert figure_at(text, phrase).quantity == quantity
