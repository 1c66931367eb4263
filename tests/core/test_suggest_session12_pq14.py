"""Session 12, pq14 (issue 14): what a count of people is when its noun is one the lexicon
does not know -- the verb that follows says what befell them -- and, for conflicting pairs,
the place a report's share of the toll belongs to."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import Report, analyse, find_conflicts
from quizapp.core.suggest.place_shares import share_place
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


def _share(text: str, phrase: str) -> str | None:
    start = text.index(phrase)
    return share_place(text, (0, len(text)), start, start + len(phrase))


@pytest.mark.parametrize(
    ("text", "phrase", "place"),
    [
        ("Rains fell in Tarlac. Tarlac province has recorded 48 deaths so far.", "48", "Tarlac"),
        (
            "Luzon was the worst-hit island, where 310 people drowned, followed by Samar with "
            "120 deaths.",
            "120",
            "Samar",
        ),
        (
            "Aurora was the worst-hit province, where 95 people were killed overnight.",
            "95",
            "Aurora",
        ),
        (
            "Ifugao and Benguet provinces reported 31 and 44 deaths, respectively.",
            "44",
            "Benguet",
        ),
        ("Ifugao and Benguet reported 31 and 44 deaths, respectively.", "31", "Ifugao"),
    ],
)
def test_a_place_as_the_subject_of_a_count_is_its_place(text: str, phrase: str, place: str) -> None:
    """A count told with its place as the subject is that place's share."""
    assert _share(text, phrase) == place


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # who reports is no place unless the report writes it as one
        ("Storm News reported 295 people missing on Sunday.", "295"),
        ("The Health Ministry has confirmed 20 deaths in the capital.", "20"),
        ("NDMA recorded 36 new casualties in 24 hours.", "36"),
        # a crash site with its toll, not a ranking of places
        ("A small plane went down near Kalae Airfield with six fatalities.", "six"),
        # counts with no place list before them
        ("The two clinics treated 31 and 44 patients, respectively.", "44"),
    ],
)
def test_no_place_is_read_from_a_source_a_site_or_no_list(text: str, phrase: str) -> None:
    """A body, an outlet, a crash site or counts with no places are not a place's share."""
    assert _share(text, phrase) is None


def _pairs(first: str, second: str) -> set[tuple[str, str]]:
    reports = [Report("a", first, None), Report("b", second, None)]
    return {
        (c.a.text, c.b.text)
        for c in find_conflicts(reports, events=[0, 0])
        if c.quantity.startswith("deaths")
    }


def test_province_shares_are_compared_with_the_same_provinces_only() -> None:
    """Two reports' shares of a toll by province meet each other, not the national toll."""
    first = (
        "Floods kill 500 in Ruritania\n\nFloods have killed at least 500 people in Ruritania, "
        "officials said. Norland province has recorded 120 deaths, the highest, and Sudland "
        "province has recorded 90 deaths."
    )
    second = (
        "Ruritania flood toll reaches 560\n\nThe flood toll in Ruritania rose to 560 on Monday. "
        "Norland and Sudland provinces reported 140 and 95 deaths, respectively."
    )
    pairs = _pairs(first, second)
    assert ("120 deaths", "140") in pairs
    assert ("90 deaths", "95 deaths") in pairs
    assert ("120 deaths", "95 deaths") not in pairs
    assert not any("560" in b and a.startswith(("120", "90")) for a, b in pairs)


def test_the_toll_after_the_events_own_place_and_where_is_the_toll() -> None:
    """ "in <the event's place>, where N died" is the toll, compared with other tolls."""
    first = (
        "Gunman kills 14 in Marlow\n\nA gunman opened fire at a fair in Marlow, Vermont, "
        "where at least 14 people lost their lives on Friday."
    )
    second = "Marlow shooting: 16 dead\n\nThe Marlow shooting left 16 people dead, police said."
    assert ("at least 14 people", "16 people") in _pairs(first, second)


def test_a_region_of_a_country_before_where_is_not_the_toll() -> None:
    """ "in southwest <country>, where N ..." stays a part, not compared with the toll."""
    first = (
        "Quake kills 40 in Ruritania\n\nThe quake killed 40 people in Ruritania on Sunday, "
        "officials said. It struck hardest in southwest Ruritania, where 12 people died."
    )
    second = "Ruritania quake toll 44\n\nThe toll of the Ruritania quake rose to 44 people."
    pairs = _pairs(first, second)
    assert ("40 people", "44 people") in pairs
    assert not any(a.startswith("12") for a, _ in pairs)


def test_parts_told_with_their_town_meet_the_same_towns_parts() -> None:
    """ "Ten of the deaths were in the town of X" meets the other report's count for X only."""
    first = (
        "Wildfires kill 24 in Ruritania\n\nThe wildfires have killed 24 people in Ruritania.\n\n"
        "Ten of the deaths were in the town of Eastbrook, officials said."
    )
    second = (
        "Ruritania wildfires: 26 dead\n\nAt least 26 people have died in the wildfires in "
        "Ruritania.\n\nOfficials said that 12 of the victims died in the town of Eastbrook."
    )
    pairs = _pairs(first, second)
    assert ("Ten of the deaths", "12 of the victims") in pairs
    assert not any(a == "Ten of the deaths" and b != "12 of the victims" for a, b in pairs)


def test_a_headline_lists_countries_with_commas() -> None:
    """A headline's "in X, Y as ..." is the whole event, not Y's count nor X a city of Y."""
    first = (
        "Toll climbs to 90 in Norland, Sudland as storms sweep the coast\n\nStorms have "
        "killed at least 70 people in Norland and 20 in Sudland, officials said."
    )
    second = "Storm toll rises to 95\n\nThe storms have killed 95 people in Norland and Sudland."
    pairs = _pairs(first, second)
    assert ("90", "95") in pairs
    assert not any(a == "20" for a, _ in pairs)


def test_a_city_and_its_country_in_the_body_stay_one_place() -> None:
    """In the body, "in X, Y" still makes X a part of Y (the rule a headline is spared)."""
    first = (
        "Blast kills 30\n\nThe blast killed 30 people in Kordel, Norland, on Friday. In "
        "Sudland, 4 people were hurt."
    )
    second = "Blast toll 33\n\nThe toll in Norland rose to 33, and 5 died in Sudland."
    assert ("30 people", "33") in _pairs(first, second)


def test_bodies_at_or_above_the_reports_toll_are_a_count_of_the_dead() -> None:
    """Bodies that reach the report's own toll meet other reports' tolls."""
    first = (
        "Ferry sinks off Norland\n\nAt least 12 people died when the ferry sank on Monday.\n\n"
        "Divers have pulled 40 bodies from the hull, the coast guard said."
    )
    second = "Ferry toll rises\n\nThe ferry disaster has killed 44 people, officials said."
    assert ("40 bodies", "44 people") in _pairs(first, second)


@pytest.mark.parametrize(
    "first",
    [
        # below the report's own toll: some of the dead, found so far
        "Ferry sinks off Norland\n\nThe sinking has killed 52 people, officials said.\n\n"
        "Divers have pulled 40 bodies from the hull, the coast guard said.",
        # no toll at all: the search may have just begun
        "Ferry sinks off Norland\n\nThe ferry sank on Monday.\n\nDivers have pulled 40 "
        "bodies from the hull, the coast guard said.",
    ],
)
def test_bodies_below_the_toll_or_with_no_toll_stay_their_own(first: str) -> None:
    """Bodies below the toll, or in a report with no toll, are not compared with tolls."""
    second = "Ferry toll rises\n\nThe ferry disaster has killed 44 people, officials said."
    assert not any(a == "40 bodies" for a, _ in _pairs(first, second))


def _all_pairs(first: str, second: str) -> set[tuple[str, str]]:
    reports = [Report("a", first, None), Report("b", second, None)]
    return {(c.a.text, c.b.text) for c in find_conflicts(reports, events=[0, 0])}


def test_those_rescued_and_the_survivors_are_one_count() -> None:
    """ "Coast guards rescued 80 people" and "81 survivors" count the same people."""
    first = "Boat capsizes off Norland\n\nCoast guards rescued 80 people from the water."
    second = "Norland boat disaster\n\nThe 81 survivors were taken to a shelter in the port."
    assert ("80 people", "81 survivors") in _all_pairs(first, second)


def test_the_rescued_are_not_the_evacuated() -> None:
    """Those evacuated are another count than those rescued."""
    first = "Floods in Norland\n\nRescuers rescued 80 people from rooftops on Monday."
    second = "Norland floods\n\nAuthorities evacuated 4,000 people from the valley."
    assert not _all_pairs(first, second)


def test_a_stressed_one_counts_its_nouns_plural() -> None:
    """ "un seul suspect" is a count of suspects, as "deux suspects" is."""
    text = "Le procureur affirme détenir un seul suspect après la fusillade du marché."
    assert figure_at(text, "un seul suspect").quantity == "suspects"


@pytest.mark.parametrize(
    "text",
    [
        "Un suspect a été interpellé dans la nuit, selon le procureur.",  # a person
        "Un seul témoin a parlé aux enquêteurs, selon le procureur.",  # no counted plural
    ],
)
def test_an_unstressed_one_or_an_uncounted_noun_is_no_count(text: str) -> None:
    """Neither "un suspect" (a person) nor a stressed one of a noun never counted is a figure."""
    assert not [s for s in analyse(text) if s.label == "figure"]
