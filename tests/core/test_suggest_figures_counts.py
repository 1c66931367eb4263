"""What a figure counts in real news prose (issue 14, helper u14): number readings, the noun
counted, places' sizes, buildings against people, parts and earlier events.

Each case is a kind of sentence reporters write, with the negative cases a naive rule would
get wrong.
"""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse
from quizapp.core.suggest.model import Interval
from tests.core.suggest_probe import figure_at


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        (
            "More than two dozens of workers were injured.",
            "two dozens",
            Interval(24, float("inf"), True),
        ),
        ("Two dozen people were injured in the blast.", "Two dozen", Interval(24, 24)),
        ("The typhoon hit a half-dozen islands on Friday.", "a half-dozen", Interval(6, 6)),
        ("Half a dozen people were killed.", "Half a dozen", Interval(6, 6)),
        ("About 113'000 people had to leave their homes.", "113'000", Interval(101700, 124300)),
        ("At least 39 were killed and scores more injured.", "scores", Interval(40, 99)),
    ],
)
def test_number_readings(text: str, phrase: str, interval: Interval) -> None:
    """Dozens counted ("two dozens", "a half-dozen"), a Swiss thousands apostrophe, "scores"."""
    found = figure_at(text, phrase).interval
    assert found is not None
    assert (found.low, found.high, found.low_open) == (
        interval.low,
        interval.high,
        interval.low_open,
    )


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a time word after the number is not what it counts
        (
            "The death toll continues to escalate, reaching 350 till this afternoon.",
            "350",
            "deaths",
        ),
        ("The toll rose to 120 until Friday, officials said.", "120", "deaths"),
        # a compound broken at a line end, and the "-storied" form
        ("The collapse of an eight- storey building killed 86 people.", "eight", "storeys"),
        ("Rana Plaza, the eight-storied collapsed building, fell.", "eight", "storeys"),
        # a place's size, however the sentence goes on
        ("Tacloban, a city of 200,000, was flattened.", "200,000", "population"),
        ("Baco, a city of 35,000 people, was 80% under water.", "35,000", "population"),
        # what happens to people never happens to a building
        (
            "At least 200 people were injured and 150 homes, three rescue trucks and a fire"
            " truck were destroyed.",
            "150 homes",
            "buildings-destroyed",
        ),
        ("Five people died and 40 homes were flooded.", "40 homes", "homes-flooded"),
        ("At least 200 people were injured and 150 homes were hit.", "200 people", "injured"),
        # a hedged fate right after the figure: a feared toll, not a count
        ("As many as 10,000 people were feared dead in one city.", "10,000", "deaths (feared)"),
        ("10,000 feared dead after Philippines typhoon", "10,000", "deaths (feared)"),
        ("At least 10,000 people are thought to have been killed.", "10,000", "deaths (feared)"),
        ("At least 14 people were killed in the blast.", "14", "deaths"),
    ],
)
def test_what_is_counted(text: str, phrase: str, quantity: str) -> None:
    """The quantity a figure resolves to in each kind of sentence."""
    assert figure_at(text, phrase).quantity == quantity


def test_the_size_of_a_named_city_is_that_citys() -> None:
    """ "Tacloban, a city of 200,000" and "Baco, a city of 35,000" are two cities' sizes."""
    text = "Tacloban, a city of 200,000, was flattened. Baco, a city of 35,000 people, flooded."
    assert figure_at(text, "200,000").scope == "Tacloban"
    assert figure_at(text, "35,000").scope == "Baco"
    assert figure_at("The city has a population of 200,000.", "200,000").scope == "the city"


def test_more_of_another_outcome_is_a_whole_count() -> None:
    """ "killed and scores more injured" is the injured's count; "two more died" is a part."""
    killed_and_injured = "At least 39 people were killed and scores more injured by gunmen."
    assert not figure_at(killed_and_injured, "scores").part
    more_dead = "Four people died on Monday and two more died on Tuesday."
    assert figure_at(more_dead, "two").part


def test_a_toll_years_before_is_another_events() -> None:
    """ "eight years after the collapse ... that left 64 workers dead" is not this toll."""
    text = (
        "The disaster came eight years after the collapse of Spectrum Garments in Savar that"
        " left 64 workers dead."
    )
    assert figure_at(text, "64").scope == "an earlier year"
    this_one = "Eight hours after the collapse, 64 workers were dead."
    assert figure_at(this_one, "64").scope is None


def test_a_compound_measure_is_not_a_role() -> None:
    """ "an eight-storey building killed 86" counts storeys, not dead storeys."""
    text = "The collapse of an eight-storey building killed 86 people."
    assert figure_at(text, "eight").quantity == "storeys"
    assert figure_at(text, "86").quantity == "deaths"


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # "presumed dead" is counted with the dead; "feared dead" is a fear about the missing
        ("Police said 58 people are missing, presumed dead.", "58", "dead or missing"),
        ("Two workers were killed and 13 more are missing feared dead.", "13", "missing"),
        ("A total of 76 people remain missing and feared dead.", "76", "missing"),
        ("Tens of thousands dead and missing after the floods.", "Tens", "dead or missing"),
        # a contrast opens a clause of its own: the cue before it is not this figure's
        (
            "Two children had been rescued, but up to 30 others were still missing.",
            "30",
            "missing",
        ),
        ("Rescuers pulled out 12 people, and 30 others were rescued later.", "30", "rescued"),
        # those searching are counted as rescuers, whatever the sentence says of them
        ("On the ground, some 120 rescuers with dogs are searching.", "120", "rescuers"),
        ("About 1,100 rescue personnel are involved in the efforts.", "1,100", "rescuers"),
    ],
)
def test_who_is_counted(text: str, phrase: str, quantity: str) -> None:
    """The missing against the dead or missing, a clause after "but", rescuers."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # what was done with the dead once found: a count of its own, never the toll
        ("340 bodies were handed over to their families.", "340", "bodies handed over"),
        (
            "Officials said over 100 bodies were already received by the relatives.",
            "100",
            "bodies handed over",
        ),
        (
            "The team identified some 250 bodies and handed over to family.",
            "250",
            "bodies handed over",
        ),
        ("The toll rose to 39, and 37 bodies have been identified.", "37", "identified"),
        # the bodies found so far: the search's count, apart from the toll
        ("164 bodies were retrieved and 1,400 people rescued.", "164", "bodies recovered"),
        ("Rescuers recovered 31 bodies from the debris.", "31", "bodies recovered"),
        # the toll itself, even when written with "bodies"
        ("The toll rose to 14 bodies on Friday.", "14", "deaths"),
        ("At least 39 people were killed in the attack.", "39", "deaths"),
    ],
)
def test_bodies_found_and_handed_over(text: str, phrase: str, quantity: str) -> None:
    """Bodies recovered, identified or handed over are counts of their own, not the toll."""
    assert figure_at(text, phrase).quantity == quantity


def test_more_bodies_found_stay_a_part() -> None:
    """ "Three more bodies were found" is a part of the bodies found, not compared."""
    figure = figure_at("Three more bodies were found later.", "Three")
    assert figure.quantity == "bodies recovered"
    assert figure.part


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a record comparison names another event's toll, dated or not
        (
            "The fire is the worst disaster, surpassing a tsunami that killed 61 people.",
            "61",
        ),
        ("It was the deadliest fire since a blaze that killed 87 people at a club.", "87"),
        ("That surpassed the estimated 68 deaths caused by Hurricane Harvey.", "68"),
    ],
)
def test_a_record_comparison_is_another_events_toll(text: str, phrase: str) -> None:
    """The toll a record is measured against has a scope: it is not compared with this one."""
    assert figure_at(text, phrase).scope is not None


@pytest.mark.parametrize(
    "text",
    [
        "The toll surpassed 100 on Friday, officials said.",
        "A fire that killed 12 people in the Bronx was started by a child.",
    ],
)
def test_this_events_toll_is_not_a_comparison(text: str) -> None:
    """ "surpassed 100" is this toll rising; "A fire that killed 12" is this event."""
    figures = [s for s in analyse(text) if s.label == "figure"]
    assert figures and all(f.scope is None for f in figures)


def test_a_background_paragraph_keeps_its_year() -> None:
    """A paragraph opened by a past year dates its later sentences, until the present."""
    text = (
        "Russia has been the target of deadly attacks. In October 2002, militants took about 800"
        " people hostage at a Moscow theater. Two days later, special forces entered the"
        " building. In the fight, 129 hostages died. Now at least 60 people were killed on"
        " Friday.\nAnother paragraph says 40 people were injured."
    )
    assert figure_at(text, "129").scope == "2002"
    assert figure_at(text, "60").scope is None
    assert figure_at(text, "40").scope is None


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # the trapped are known to be under the rubble; the missing are not found
        (
            "Rescuers raced to save nearly 1,500 people still trapped under debris.",
            "1,500",
            "trapped",
        ),
        ("Sixty people remain unaccounted for, officials said.", "Sixty", "missing"),
        # destroyed against damaged: two counts; "damaged or destroyed" is the wider one
        ("At least 50 homes were damaged by the blast.", "50", "buildings-damaged"),
        ("The mayor's home was one of the 150 houses destroyed.", "150", "buildings-destroyed"),
        ("More than 2,200 homes were damaged or destroyed.", "2,200", "buildings-damaged"),
        # bodies moved to a morgue are the bodies recovered so far
        ("Sixteen bodies have been taken to a morgue, he added.", "Sixteen", "bodies recovered"),
    ],
)
def test_trapped_destroyed_and_moved(text: str, phrase: str, quantity: str) -> None:
    """The trapped apart from the missing, homes destroyed apart from damaged, the morgue."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    "text",
    ["The bridge fell under one pillar, the engineer said.", "A crack ran from one end."],
)
def test_one_that_locates_is_not_a_figure(text: str) -> None:
    """ "under one pillar" says where, it counts nothing (not "fewer than one")."""
    assert not [s for s in analyse(text) if s.label == "figure"]


def test_under_a_number_is_still_fewer_than() -> None:
    """ "Under 50 people attended" stays a figure below 50."""
    interval = figure_at("Under 50 people attended the vigil.", "50").interval
    assert interval is not None and interval.high == 50 and interval.high_open


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # "wounding" is the injured's verb as "injuring" is
        ("A gunman opened fire, killing one person and wounding two others.", "two", "injured"),
        # the last noun of a compound is what is counted, not "police"
        ("More than three dozen police cars surrounded the complex.", "three dozen", "vehicles"),
        ("Twenty police officers were at the scene.", "Twenty", "police-officers"),
        # people named by what they were doing take the outcome their verb says
        ("Rescuers are trying to reach 13 miners trapped underground.", "13", "trapped"),
        ("More than 100 Hindu devotees died in a stampede.", "100", "deaths"),
        ("The jet carried 230 passengers and 12 crewmembers.", "12", "crew"),
        ("Two people were pronounced deceased at the scene.", "Two", "deaths"),
    ],
)
def test_nouns_and_verbs_of_people(text: str, phrase: str, quantity: str) -> None:
    """Verbs and head nouns of the kinds found in the second real sample."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        # a length below the ground or ending its clause measures depth or a fall
        ("The quake struck 10 km below the surface.", "10 km", "depth"),
        ("The miners remained trapped 260 feet below ground.", "260 feet", "depth"),
        ("Cars plunged to the ground 50 metres (165 feet) below.", "50 metres", "height"),
        # a place's size written as "Name, population N"
        ("Derna, population 50,000, was hit the hardest.", "50,000", "population"),
    ],
)
def test_depths_and_sizes(text: str, phrase: str, quantity: str) -> None:
    """Depths and fall heights are measured, not locating; "population 50,000" is a size."""
    assert figure_at(text, phrase).quantity == quantity


def test_a_length_below_a_place_still_locates() -> None:
    """ "20 km below the dam" says where the village is: no figure."""
    text = "The village lies 20 km below the dam."
    assert not [s for s in analyse(text) if s.label == "figure"]


def test_population_written_after_the_name_is_that_places() -> None:
    """ "Derna, population 50,000" and "Derna, a community of 125,000" are both Derna's."""
    text = (
        "Derna, population 50,000, was hit. Derna, a community of around 125,000 people, flooded."
    )
    assert figure_at(text, "50,000").scope == "Derna"
    assert figure_at(text, "125,000").scope == "Derna"


@pytest.mark.parametrize(
    ("text", "phrase", "interval"),
    [
        ("Between 120-150 people were feared trapped.", "120", Interval(120, 150)),
        ("Some 300-400 bodies were found in the river.", "300", Interval(270, 440)),
        ("About 1,000-1,500 homes were destroyed.", "1,000", Interval(900, 1650)),
    ],
)
def test_a_hyphen_range_is_not_a_phone_number(text: str, phrase: str, interval: Interval) -> None:
    """ "120-150 people" is a range (a counted noun follows, the second number is higher)."""
    found = figure_at(text, phrase).interval
    assert found is not None and (found.low, found.high) == (interval.low, interval.high)


@pytest.mark.parametrize("text", ["Call 555-0148 for help.", "The number is 555-1234 today."])
def test_a_phone_number_is_still_no_figure(text: str) -> None:
    """Phone numbers written with a hyphen stay out."""
    assert not [s for s in analyse(text) if s.label == "figure"]


def test_people_are_not_destroyed() -> None:
    """ "home to 120 families, collapsed": the families are not a count of buildings."""
    text = "The building, home to 120 families, collapsed at 3am."
    assert figure_at(text, "120").quantity not in ("buildings-destroyed", "buildings-damaged")
    assert figure_at("The fire destroyed 30 homes.", "30").quantity == "buildings-destroyed"


@pytest.mark.parametrize(
    ("text", "phrase", "value", "quantity"),
    [
        ("Quatre-vingt-dix pompiers sont mobilisés.", "Quatre", 90, "firefighters"),
        ("Quatre-vingt pompiers et 85 sapeurs-pompiers.", "Quatre", 80, "firefighters"),
        ("Soixante-quinze personnes sont mortes.", "Soixante", 75, "deaths"),
        ("Deux cents personnes ont été évacuées.", "Deux", 200, "evacuated"),
        ("Plus de mille personnes sont portées disparues.", "mille", 1000, "missing"),
        ("Sept personnes sont mortes dans l'explosion.", "Sept", 7, "deaths"),
        ("Seize personnes ont été blessées.", "Seize", 16, "injured"),
        ("Un corps a été extrait des décombres.", "Un", 1, "deaths"),
        ("Près de 2000 secouristes sont sur place.", "2000", 2000, "rescuers"),
    ],
)
def test_french_numbers(text: str, phrase: str, value: float, quantity: str) -> None:
    """French number words ("quatre-vingt-dix", "deux cents", "mille", "sept") and nouns."""
    figure = figure_at(text, phrase)
    assert figure.interval is not None and value in (figure.interval.low, figure.interval.high)
    assert figure.quantity == quantity


@pytest.mark.parametrize(
    "text",
    [
        "The meeting is on Sept 12.",
        "They will seize control of the town.",
        "Un homme a été arrêté.",
        "In 2000 the plant was closed.",
    ],
)
def test_words_that_only_look_like_numbers(text: str) -> None:
    """ "Sept 12", "seize control", "un homme", a year: no figure."""
    assert not [s for s in analyse(text) if s.label == "figure"]


def test_a_count_of_2000_is_not_a_year() -> None:
    """ "About 2000 soldiers" is a count with no year scope; "20 cents" is money."""
    figure = figure_at("About 2000 soldiers were deployed.", "2000")
    assert figure.quantity == "soldiers" and figure.scope is None
    assert figure_at("The fare rose by 20 cents.", "20").quantity == "money"


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("The 6,200-seat concert hall was packed.", "6,200", "seats"),
        ("A 50-unit apartment complex stood nearby.", "50", "apartment-units"),
        ("L'immeuble de deux étages s'est effondré.", "deux", "storeys"),
        ("Quelque 300 évacués ont passé la nuit dehors.", "300", "evacuated"),
        ("Une douzaine de personnes ont été évacuées.", "Une douzaine", "evacuated"),
        ("The toll stands at 1000 deaths.", "1000", "deaths"),
        # an estimate of a toll is a guess of it
        (
            "From a conservative estimate of 1000 deaths, the toll could reach 10,000.",
            "1000",
            "deaths (feared)",
        ),
        # "make contact with" is not a phone call
        (
            "Officials are yet to make contact with Guiuan, a town of 40,000.",
            "40,000",
            "population",
        ),
    ],
)
def test_compounds_french_heads_and_estimates(text: str, phrase: str, quantity: str) -> None:
    """Compound capacities, French heads opening with an accent, estimates, "contact with"."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    "text",
    [
        "No one knows how many people are inside.",
        "There was more than one bomb, police said.",
        "Germanwings confirmed its flight 4U 9525 went down.",
        "The pilot had clocked up 6,000 flying hours.",
        "Call the hotline on 0800 555 111.",
    ],
)
def test_nobody_several_codes_and_durations(text: str) -> None:
    """ "no one", "more than one", a flight's code and flying hours are not figures."""
    assert not [s for s in analyse(text) if s.label == "figure"]


def test_a_further_find_of_bodies_is_a_part() -> None:
    """ "A further 12 bodies were recovered" is a new find, not the bodies found so far."""
    figure = figure_at("A further 12 bodies were recovered on Sunday.", "12")
    assert figure.quantity == "bodies recovered" and figure.part


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("Phailin is expected to drop up to 25 centimetres of rain.", "25", "rainfall"),
        ("Visakhapatnam, home to two million people, was hammered.", "two million", "population"),
        ("Some 870,000 people were moved to higher ground.", "870,000", "evacuated"),
        ("High winds destroyed some 80,000 thatched huts.", "80,000", "buildings-destroyed"),
        ("More than 2,200 structures have been damaged.", "2,200", "buildings-damaged"),
    ],
)
def test_storm_figures(text: str, phrase: str, quantity: str) -> None:
    """Rain by its noun, a city's size after "home to", the evacuated, huts destroyed."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "value"),
    [
        ("India evacuated more than a half-million people.", "half-million", 500000),
        ("Half a million people fled the coast.", "Half a million", 500000),
        ("Repairs will cost half a billion euros.", "half a billion", 5e8),
    ],
)
def test_half_of_a_scale(text: str, phrase: str, value: float) -> None:
    """ "a half-million", "half a million", "half a billion": half the scale."""
    interval = figure_at(text, phrase).interval
    assert interval is not None and value in (interval.low, interval.high)


def test_a_toll_that_includes_people_names_a_part() -> None:
    """ "The death total includes five people who died in Gopalpur" is a part of the toll."""
    text = "Twenty people have died. The death total includes five people who died in Gopalpur."
    assert figure_at(text, "five").part
    assert not figure_at(text, "Twenty").part


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("Of the dead, 26 were women, said the mayor.", "26", "deaths (women)"),
        ("Of those injured, 12 are children.", "12", "injured (children)"),
        ("Of the 200 injured, 30 are in critical condition.", "30", "injured (critical)"),
    ],
)
def test_a_group_named_among_an_outcome(text: str, phrase: str, quantity: str) -> None:
    """ "Of the dead, 26 were women": the women's count among the dead, not the toll."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("The building housed three garment units and a bank.", "three", "factories"),
        ("The building housed five garment factories.", "five", "factories"),
        (
            "The number of people accounted for now stands at 136, with 150 unaccounted for.",
            "136",
            "accounted-for",
        ),
        (
            "All 150 people on board, including two babies, are thought to have been killed.",
            "150",
            "deaths",
        ),
        ("The jet had 150 people on board.", "150", "aboard"),
        ("Quatre personnes sont hospitalisées, dont un homme.", "Quatre", "injured (hospitalised)"),
        ("It dropped after it reached its cruising height of 38,000ft.", "38,000", "altitude"),
        ("The plane came down in a region about 2,000m high.", "2,000", "height"),
    ],
)
def test_workplaces_the_found_those_aboard_and_altitude(
    text: str, phrase: str, quantity: str
) -> None:
    """Factories by any name, those accounted for, the fate of all aboard, a cruising height."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        (
            "Its fighters attacked a gathering, killing and wounding hundreds.",
            "hundreds",
            "killed and wounded",
        ),
        ("More than 200 people were killed or injured.", "200", "killed and wounded"),
        ("The blast killed 12 and wounded 40.", "12", "deaths"),
        ("The blast killed 12 and wounded 40.", "40", "injured"),
    ],
)
def test_the_dead_and_wounded_counted_together(text: str, phrase: str, quantity: str) -> None:
    """One count of the dead and wounded together is its own quantity, not either toll."""
    assert figure_at(text, phrase).quantity == quantity


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        (
            "Death toll of the massive Tianjin blasts rose to 114 after rescuers found more.",
            "114",
            "deaths",
        ),
        ("The total number of deaths in Turkey had risen to 3,419.", "3,419", "deaths"),
        ("Two explosions rocked the port.", "Two", "explosions"),
        ("Authorities evacuated a three-kilometer zone around the site.", "three", "zone"),
        ("Residents within a 5km radius were told to leave.", "5km", "zone"),
        ("The blast was felt as far as six miles away.", "six", "length"),
    ],
)
def test_the_toll_of_a_named_event_and_zones(text: str, phrase: str, quantity: str) -> None:
    """ "toll of the ... blasts" counts deaths, not blasts; a zone's radius is not a distance."""
    assert figure_at(text, phrase).quantity == quantity


def test_an_age_range_is_no_figure() -> None:
    """ "victims ranging from 5 to 61 years old": both numbers are ages; the 8 victims count."""
    text = "8 victims ranging from 5 to 61 years old are being treated."
    assert [s.text for s in analyse(text) if s.label == "figure"] == ["8 victims"]
    rose = [s.text for s in analyse("The toll rose from 12 to 15 people.") if s.label == "figure"]
    assert rose == ["12", "15 people"]


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        ("The death toll as of 1930 GMT on Wednesday was 274, the minister said.", "274", "deaths"),
        ("A few hundred mourners wept in silence.", "hundred", "crowd"),
        ("Two fatalities reported so far, with 23 confirmed wounded.", "Two", "deaths"),
        ("La police n'avait confirmé qu'un seul décès.", "un seul", "deaths"),
        ("La SQ a confirmé qu'une personne a perdu la vie.", "une personne", "deaths"),
        ("Une quarantaine d'autres sont toujours portées disparues.", "Une quarantaine", "missing"),
        (
            "Un convoi de 72 wagons et de cinq locomotives transportant du pétrole.",
            "cinq",
            "locomotives",
        ),
    ],
)
def test_blind5_kinds(text: str, phrase: str, quantity: str) -> None:
    """A time inside a toll's phrase, mourners, fatalities "reported", French counts of one."""
    assert figure_at(text, phrase).quantity == quantity


def test_no_fewer_than_in_french_is_at_least() -> None:
    """ "pas moins de 80 personnes" is at least 80, not fewer than 80."""
    interval = figure_at("On recense pas moins de 80 personnes portées disparues.", "80").interval
    assert interval is not None and interval.low == 80 and interval.high == float("inf")


@pytest.mark.parametrize(
    "text",
    [
        "Le bourg est situé à une quinzaine de kilomètres de Perpignan.",
        "A separate wildfire burned dozens of miles away.",
        "Une personne a été arrêtée.",
        "The toll as of 1930 GMT was not known.",
    ],
)
def test_distances_that_locate_and_times(text: str) -> None:
    """Vague distances that locate, an arrest of one and a time are no figures."""
    assert not [s for s in analyse(text) if s.label == "figure"]


@pytest.mark.parametrize(
    ("text", "phrase", "quantity"),
    [
        (
            "Two had died, 181 were transported to hospitals and 123 were uninjured.",
            "181",
            "injured",
        ),
        (
            "Two had died, 181 were transported to hospitals and 123 were uninjured.",
            "123",
            "uninjured",
        ),
        (
            "With six confirmed dead and 290—mostly high school students—still missing.",
            "290",
            "missing",
        ),
        ("144 passengers and 6 crew members were on board the plane.", "144", "passengers"),
    ],
)
def test_predicates_after_asides_and_lists(text: str, phrase: str, quantity: str) -> None:
    """A predicate after a dash aside, "uninjured", a predicate a list of counts shares."""
    assert figure_at(text, phrase).quantity == quantity


def test_the_next_figures_predicate_is_not_this_ones() -> None:
    """ "3 victimes et 80 personnes disparues": the missing are the 80, not the 3."""
    text = "3 victimes et 80 personnes disparues après l'explosion."
    assert figure_at(text, "3").quantity != "missing"
    assert figure_at(text, "80").quantity == "missing"


def test_a_french_duration_is_no_figure() -> None:
    """ "près de 24 heures" is a duration."""
    assert not [s for s in analyse("Ils ont travaillé près de 24 heures.") if s.label == "figure"]


def test_a_verb_before_another_number_is_shared() -> None:
    """ "Over 8,300 people are in 82 relief camps": the camps' verb is the people's too."""
    assert figure_at("Over 8,300 people are in 82 relief camps.", "8,300").quantity == "evacuated"
