"""What a figure counts, round 8 (issue 14, helper u17): counts named by their own noun after
"the", plurals in -men, French roles, house numbers and times of day that are no figures,
those present at the place, and the toll of a building named by its height.

Each case is a kind of sentence reporters write, with the negative cases a naive rule would
get wrong.
"""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse
from tests.core.suggest_probe import figure_at


def _figures(text: str) -> list[str]:
    return [s.text for s in analyse(text) if s.label == "figure"]


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a count named by its own noun is a count after "the"
        ("The two explosions killed 97 people at the rally.", "two explosions", "explosions"),
        ("Police said the four attackers were killed.", "four attackers", "deaths (attackers)"),
        # plurals in -men are plurals
        (
            "Three policemen were wounded in the blast.",
            "Three policemen",
            "injured (police-officers)",
        ),
        ("At least one policeman was killed.", "one policeman", "deaths (police-officers)"),
        ("Two firemen were hurt.", "Two firemen", "injured (firefighters)"),
        # French roles
        ("Six assaillants sont arrivés par la plage.", "Six assaillants", "attackers"),
        # attackers killed by the security forces
        ("Six assaillants ont été neutralisés.", "Six assaillants", "deaths (attackers)"),
        ("Trois terroristes ont été abattus.", "Trois terroristes", "deaths (attackers)"),
        ("Au total, 80 marins-pompiers et 120 policiers sont mobilisés.", "80", "firefighters"),
        ("Au total, 80 marins-pompiers et 120 policiers sont mobilisés.", "120", "police-officers"),
        # "folks" are people: the verb says what happened to them
        ("The number stands at 165, with 24 folks rescued since Tuesday.", "24 folks", "rescued"),
        # those at the place when it happened
        (
            "There were 110 miners working in the shaft when the explosion occurred.",
            "110 miners",
            "present",
        ),
        ("There were 110 people inside the mine at the time of the blast.", "110", "present"),
        ("There were 110 men in the mine in Amasra.", "110 men", "present"),
        # negative: a verb of what became of them still decides
        ("Two people inside the car were killed.", "Two people", "deaths"),
        ("49 miners in the mine were trapped.", "49 miners", "trapped"),
        # a toll of a building named by its height, and the number of bodies retrieved
        (
            "The death toll of a collapsed 21-storey building in Lagos has increased from 6 to 22.",
            "22",
            "deaths",
        ),
        (
            "It brought the number of bodies retrieved from the rubble to 43.",
            "43",
            "bodies recovered",
        ),
        # an aside saying where they live, before the verb
        (
            "Cinq personnes, résidentes des bâtiments voisins, ont été blessées.",
            "Cinq personnes",
            "injured",
        ),
        ("Five people, residents of the building next door, were hurt.", "Five", "injured"),
        # those who had to leave their homes
        ("More than 300 people had to leave their homes.", "300", "evacuated"),
    ],
)
def test_what_the_figure_counts(text: str, phrase: str, quantity: str) -> None:
    """Each kind of sentence gives its figure the quantity a teacher would compare it as."""
    assert figure_at(text, phrase).quantity == quantity


def test_a_part_of_these_is_found() -> None:
    """ "with 11 of these hospitalised" is a part of the count before it."""
    figure = figure_at("Around 58 miners have been rescued, with 11 of these hospitalised.", "11")
    assert figure.part and figure.quantity == "injured"


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Over 1000 railway staff were deployed at the site.", "1000"),
        ("More than 1500 homes were damaged.", "1500"),
    ],
)
def test_four_digits_after_a_floor_are_a_count(text: str, phrase: str) -> None:
    """A four-digit number after "over"/"more than" is a count, not a year."""
    assert figure_at(text, phrase)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        # French house numbers and streets
        ("Un immeuble situé au 17 rue de Tivoli s'est effondré.", "17"),
        ("L'immeuble du 65 rue d'Aubagne s'est effondré avec le bâtiment mitoyen du 63.", "63"),
        ("L'immeuble du 65 rue d'Aubagne s'est effondré avec le bâtiment mitoyen du 63.", "65"),
        ("Deux immeubles, situés aux numéros 63 et 65 de la rue, sont tombés.", "65"),
        ("Il a entraîné une partie des (bâtiments du) 15 et du 19 voisins.", "19"),
        ("Cinq personnes, résidentes des bâtiments voisins du 17, ont été blessées.", "17"),
        # times of day and durations
        ("I heard it at about three o'clock.", "three"),
        ("The toll was updated at around 22 Italian time.", "22"),
        ("Un bruit qui a duré 3 secondes.", "3"),
        # the year after an approximate qualifier stays a year
        ("The building went up around 1990 and was never inspected.", "1990"),
    ],
)
def test_not_figures(text: str, number: str) -> None:
    """House numbers, streets, times of day and durations are no figures."""
    assert not [f for f in _figures(text) if number in f.split()[0:2] or f == number]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # negatives: a French change "de 12 à 21" and "du" before a counted noun are figures
        ("Le bilan est passé de 12 à 21 morts.", "21 morts"),
        ("Le bilan du 14 juillet est de 86 morts.", "86 morts"),
        ("Twelve people, residents of Paris, said they saw it.", "Twelve people"),
    ],
)
def test_still_figures(text: str, phrase: str) -> None:
    """Figures near the new non-figure forms are still read."""
    assert figure_at(text, phrase)


@pytest.mark.parametrize(
    "text",
    ["Police arrested the two men on Monday.", "Her two sons died in the fire."],
)
def test_people_named_after_the_are_no_count(text: str) -> None:
    """ "the two men", "her two sons" name people, they count nothing."""
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # French ranges
        ("Une collision a fait 43 ou 44 morts ce vendredi.", "43 ou 44 morts", "deaths"),
        ("Entre 4 et 10 assaillants sont arrivés par la plage.", "4 et 10", "attackers"),
        # French hospital bulletins and participles after the count
        (
            "Il y a 1204 blessés, dont 721 se trouvant « dans un état critique ».",
            "721",
            "injured (critical)",
        ),
        ("1037 personnes sont mortes, quand 1204 ont été blessées.", "1204", "injured"),
        ("Quatre personnes sont dans un «état grave».", "Quatre", "injured (critical)"),
        # a part named inside the count shares its verb
        ("Dans lequel 53 personnes dont 44 enfants avaient été tuées.", "53 personnes", "deaths"),
        ("53 people including 44 children had been killed.", "53 people", "deaths"),
        # French verbs of those aboard and of survivors
        ("Un car transportant 49 personnes a percuté un camion.", "49 personnes", "aboard"),
        ("Huit passagers du bus ont réussi à s'extraire du bus.", "Huit passagers", "survivors"),
        ("Il y aurait huit rescapés.", "huit rescapés", "survivors"),
        ("La victime travaillait dans une PME de 6 salariés.", "6 salariés", "employees"),
        ("Plus de soixante soldats du feu ont été mobilisés.", "soixante", "firefighters"),
        # the verb after an aside has its own count
        (
            "Bomber kills over 70 people, mostly women and children, injures over 350 in attack.",
            "over 70 people",
            "deaths",
        ),
        (
            "Bomber kills over 70 people, mostly women and children, injures over 350 in attack.",
            "over 350",
            "injured",
        ),
        ("172 people who suffered serious injuries remain under treatment.", "172", "injured"),
        # "nearer", and "given" ends the head
        ("He said the toll could climb to nearer 30.", "nearer 30", "deaths"),
        ("The toll could climb to 20,000 given the number of districts.", "20,000", "deaths"),
        # "by phone" is how it was said, no phone number
        ("She told AP by phone that a further 10,100 people are missing.", "10,100", "missing"),
    ],
)
def test_french_forms_and_clauses(text: str, phrase: str, quantity: str) -> None:
    """French ranges, bulletins and verbs, asides and "by phone" give the right quantity."""
    assert figure_at(text, phrase).quantity.startswith(quantity)


@pytest.mark.parametrize(
    ("text", "phrase", "low"),
    [
        ("Le séisme a atteint une magnitude de 7,2 sur l'échelle de Richter.", "7,2", 7.2),
        ("Un séisme de magnitude 6,3 avait touché la province.", "6,3", 6.3),
        ("Le séisme a fait 2.012 morts et 2.059 blessés.", "2.012", 2012.0),
        ("A 2.5 magnitude quake struck.", "2.5", 2.5),
        ("The blast killed 3,400 people.", "3,400", 3400.0),
    ],
)
def test_decimal_commas_and_dotted_thousands(text: str, phrase: str, low: float) -> None:
    """A French decimal comma is a decimal; thousands grouped by a dot before a toll's noun
    are thousands; English forms unchanged."""
    assert figure_at(text, phrase).interval.low == low


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Call 0800 555 0142 for help.", "0800"),
        ("The shooting began at 9 ET on Sunday.", "9"),
        ("Le bilan est passé de 12 à 21 morts.", "12 à 21"),
    ],
)
def test_codes_times_and_changes(text: str, number: str) -> None:
    """Phone numbers and capitalised time zones stay no figures; "de 12 à 21" is no range."""
    assert not [f for f in _figures(text) if f.startswith(number)]


@pytest.mark.parametrize(
    "text",
    [
        # the same ones again, and the rest of a group: no new count
        "He said three suicide bombers were responsible. He said the three attackers had guns.",
        "One attacker blew himself up. At that point, the two other attackers opened fire.",
    ],
)
def test_the_same_count_again_is_no_figure(text: str) -> None:
    """ "the three attackers" after "three suicide bombers" and "the two other attackers"
    are no new figures."""
    assert [f for f in _figures(text) if f.startswith(("three attackers", "two other"))] == []


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a part named right after its whole takes the whole's fate, not the next verb's
        (
            "It killed 12 people, including nine children, and injured 40.",
            "nine",
            "deaths (children)",
        ),
        (
            "Le feu a fait dix morts dont cinq enfants et quatorze blessés.",
            "cinq",
            "deaths (children)",
        ),
        (
            "Un incendie a tué dix personnes, dont cinq enfants, et en a blessé 14.",
            "cinq",
            "deaths",
        ),
        # negative: the next clause's own count keeps its verb
        ("It killed 12 people, including nine children, and injured 40.", "40", "injured"),
        # how badly they are hurt makes a bare small number a count
        ("Le feu en a blessé quatorze, dont quatre grièvement.", "quatre", "injured (critical)"),
        ("Quatre personnes sont également en urgence absolue.", "Quatre", "injured (critical)"),
        # the whole before "out of" / "sur les": its own count, the verb is the part's
        ("Out of 88 victims, 74 have been rescued with injuries.", "88 victims", "victims"),
        ("Out of 88 victims, 74 have been rescued with injuries.", "74", "rescued"),
        # among the dead; undergoing treatment; French fire engines and smoke inhalation
        ("Nine foreigners were among the dead, officials said.", "Nine", "deaths (nationals)"),
        ("31 people have been discharged and 35 are undergoing treatment.", "35", "injured"),
        ("170 sapeurs-pompiers sont mobilisés avec 65 engins.", "65 engins", "fire-engines"),
        ("Une dizaine de personnes ont été intoxiquées.", "Une dizaine", "injured"),
    ],
)
def test_parts_severities_and_wholes(text: str, phrase: str, quantity: str) -> None:
    """Parts named in their whole, severities, "out of" wholes and French fire words."""
    assert figure_at(text, phrase).quantity.startswith(quantity)


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # people named by where they were: the verb past the aside says what happened
        (
            "Medics said 78 parishioners, among them 34 women and seven children, were killed.",
            "78 parishioners",
            "deaths",
        ),
        ("Over 400 parishioners had just outstretched their hands.", "400", "parishioners"),
        # a French vague amount "de" its noun
        ("Une quarantaine de marins pompiers sont sur place.", "Une quarantaine", "firefighters"),
        ("Une vingtaine de morts ont été recensés.", "Une vingtaine", "deaths"),
    ],
)
def test_named_people_and_french_vague_amounts(text: str, phrase: str, quantity: str) -> None:
    """People named by place or activity take the verb's quantity; "une quarantaine de X" is X."""
    assert figure_at(text, phrase).quantity == quantity


def test_a_french_vague_distance_is_no_figure() -> None:
    """ "à une quarantaine de kilomètres de Libourne" locates, it counts nothing."""
    assert _figures("La commune est située à une quarantaine de kilomètres de Libourne.") == []


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # roles in two words, before the generic head's default
        ("Cinq hommes armés ont attaqué l'hôtel.", "Cinq", "attackers"),
        ("Five armed men stormed the hotel.", "Five", "attackers"),
        ("A pair of Taliban suicide bombers blew themselves up.", "A pair", "attackers"),
        # South Asian "martyring"; fire units; a French adjective after the noun
        ("The blast was martyring 44 worshippers and injuring 157 others.", "44", "deaths"),
        ("24 fire fighting teams are working to douse the blaze.", "24", "fire-engines"),
        ("Some of the containers at the 30-acre private depot held chemicals.", "30", "area"),
        ("Les otages de 14 nationalités différentes ont été libérés.", "14", "nationalités"),
        # a verb with its own count right after it is the next figure's
        (
            "Armed men attacked, taking up to 40 hostages and killing at least 2 police officers.",
            "40",
            "hostages",
        ),
        ("The explosion killed 4 and injured 12 others.", "4", "deaths"),
        # French "dont" names a part of the dead as "including" does
        ("L'attentat du Bardo avait fait 22 morts dont 21 touristes.", "21", "deaths (touristes)"),
    ],
)
def test_roles_units_and_verbs_with_their_own_count(text: str, phrase: str, quantity: str) -> None:
    """Two-word roles, fire units, areas, French adjectives, verbs that have their own count."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a headline's verb before the next paragraph's number keeps its figure
        (
            "Ferry Sinks: Four Dead, 'Almost 300' Still Missing\n\nAt least four died.",
            "300",
            "missing",
        ),
        ("Turkey mourns victims of mine blast, 282 killed\n\n15th May 2014", "282", "deaths"),
        ("Toll rises to 21 and 50 unaccounted for\n\nAt least 15 people died.", "50", "missing"),
    ],
)
def test_a_verb_before_the_next_paragraph_is_still_the_figures(
    text: str, phrase: str, quantity: str
) -> None:
    """Only a number on the verb's own line is the verb's own object."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "low"),
    [
        ("Dorian damaged nearly half the homes in Abaco.", "nearly half", 45.0),
        ("About half of all homes were damaged.", "half", 45.0),
        ("He shot about a third of the club's patrons.", "a third", 30.0),
    ],
)
def test_a_share_named_by_its_fraction(text: str, phrase: str, low: float) -> None:
    """ "nearly half the homes", "about a third of the patrons" are shares, in per cent."""
    figure = figure_at(text, phrase)
    assert figure.quantity == "percentage" and figure.part and figure.interval.low == low


@pytest.mark.parametrize("text", ["He waited half the time.", "Half an hour later it ended."])
def test_half_a_duration_is_no_share(text: str) -> None:
    """ "half the time", "half an hour" are durations, no figures."""
    assert _figures(text) == []


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a role whose arrest the verb says
        ("Death Toll Increased to 137: 11 Suspects Detained", "11", "arrests (suspects)"),
        ("Police are hunting two suspects.", "two", "suspects"),
        # "and more than" opens the next count; French urgency in quotes
        ("The toll rises to 133 and more than 107 injured are in hospital.", "133", "deaths"),
        (
            'Le bilan: quatre morts, onze personnes en "urgence absolue".',
            "onze",
            "injured (critical)",
        ),
        # a share of them
        ("137 people died, about half of them children.", "half", "percentage"),
    ],
)
def test_suspects_suffixes_urgency_and_shares_of_them(
    text: str, phrase: str, quantity: str
) -> None:
    """Suspects arrested, "and more than", quoted French urgency, "half of them"."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # patients with no verb are the injured in hospital; a verb still decides
        ("Everything is being done for our 11 patients.", "11 patients", "injured (hospitalised)"),
        ("The fire killed 20 patients.", "20 patients", "deaths"),
    ],
)
def test_patients_are_the_injured_in_hospital(text: str, phrase: str, quantity: str) -> None:
    """ "our 11 patients" counts the injured in hospital unless a verb says otherwise."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a French place's size, as "a town of 35,000 people"
        (
            "Ils vivaient à Saint-Féliu, commune d'un peu plus de 2 000 habitants.",
            "2 000",
            "population",
        ),
        ("La ville de 300 000 habitants a été touchée.", "300 000", "population"),
        # negatives: a toll in a province, residents evacuated from a region
        ("Le séisme a fait 2 000 morts dans la province de Taroudant.", "2 000", "deaths"),
        ("Dans la région de Marrakech, 300 habitants ont été évacués.", "300", "evacuated"),
    ],
)
def test_a_french_places_size(text: str, phrase: str, quantity: str) -> None:
    """ "une commune de 2 000 habitants" is the place's size, not people hurt or moved."""
    assert figure_at(text, phrase).quantity == quantity
