"""Event grouping, session 12 (gd14): two attacks of one city on two kinds of site (a strike
on its train station, a year later one on a restaurant) are two events when each lead tells
its own kind of site struck and no lead of the batch tells both; "missile", "airstrike" and
"shelling" tell an attack."""

from __future__ import annotations

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import _profile, group_events
from quizapp.core.suggest.sites import struck_sites

STATION = [
    "Missile strike on Varnel train station kills 30\n\nTwo missiles hit the train station in"
    " Varnel as families waited for a train out of the region, the governor Ilse Marek said."
    " Rescuers carried the wounded from the station in Varnel.",
    "Dozens dead in Varnel station strike\n\nA missile struck the railway station of Varnel,"
    " killing at least 35 people waiting on the platforms, the mayor Tomas Greb said. Varnel"
    " had become a hub for people leaving.",
]
RESTAURANT = [
    "Missile slams into Varnel restaurant, killing 9\n\nA missile hit a crowded restaurant in"
    " Varnel in the evening, killing nine people, the regional police said. Varnel rescuers"
    " searched the rubble of the restaurant.",
    "Strike on Varnel pizza restaurant kills 11\n\nA missile strike destroyed a pizza"
    " restaurant in central Varnel, killing 11, the emergency service said. Varnel was"
    " shelled again overnight.",
]


def _groups(texts: list[str]) -> list[tuple[int, ...]]:
    reports = [Report(f"r{i}", text) for i, text in enumerate(texts)]
    return [group.reports for group in group_events(reports)]


def test_the_lead_tells_the_site_struck() -> None:
    """The kind of site, with the words the lead names it by; a site no attack is told
    beside is not struck."""
    assert struck_sites(RESTAURANT[1], 200) == {"the bar": "restaurant"}
    assert struck_sites("A new restaurant opened in Varnel on the square.", 60) == {}


def test_missiles_tell_an_attack() -> None:
    assert _profile(Report("r", STATION[0] + " The missiles were fired at dawn.")).kind == "attack"


def test_two_strikes_on_two_kinds_of_site_are_two_events() -> None:
    """The station's reports and the restaurant's are kept apart, the sites as the reason."""
    reports = [Report(f"r{i}", text) for i, text in enumerate(STATION + RESTAURANT)]
    groups = group_events(reports)
    assert [group.reports for group in groups] == [(0, 1), (2, 3)]
    assert str(groups[0].apart[0].reason) == "placed at train station; the other at restaurant"


def test_a_lead_that_tells_both_sites_keeps_them_one_event() -> None:
    """One attack on the station and a restaurant beside it, told whole by one report."""
    both = (
        "Missiles hit Varnel station and a restaurant\n\nMissiles struck the train station and"
        " a restaurant near it in Varnel, killing 30, the governor Ilse Marek said."
    )
    assert _groups(STATION + RESTAURANT + [both]) == [(0, 1, 2, 3, 4)]


def test_a_kind_of_site_one_lead_alone_tells_does_not_count() -> None:
    """Only the station is told by two leads: one restaurant report is no second event."""
    assert _groups(STATION + RESTAURANT[:1]) == [(0, 1, 2)]
