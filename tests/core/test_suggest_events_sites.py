"""Event grouping of two events of one kind in one city years apart (issue 14): each report's
lead places its event at a site of its own ("on Bailey Road", "in Old Dhaka's Chawkbazar"),
and no report of the batch names both sites, so the two fires are two events; reports of one
event that name its parts differently stay together."""

from __future__ import annotations

from datetime import datetime

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import events_of, group_events

# two fires in an invented capital, Varo: one on Linden Road, one in the old town's Kesbazar
LINDEN = [
    "At least 44 killed in building blaze\n\n"
    "At least 44 people were killed in a fire at a seven-storey building on Linden Road in the"
    " capital last night. The fire was first noticed on the ground floor of a restaurant,"
    " Fire Service official Omar Tal said. Many were taken to Varo Medical College Hospital,"
    " where the flames' victims were treated. Firefighters fought the blaze for two hours.",
    "Linden Road fire toll rises to 46\n\n"
    "The death toll from the fire at a building on Linden Road in Varo rose to 46, the health"
    " minister said at Varo Medical College Hospital. The blaze started in a restaurant and"
    " the fire spread upstairs. Fire Service official Omar Tal said gas cylinders burned.",
]
KESBAZAR = [
    "Old Varo fire death toll jumps to 70\n\n"
    "At least 70 people have been killed in a fire that ripped through buildings in Old"
    " Varo's Kesbazar. The fire spread to four other buildings, Fire Service official Omar"
    " Tal said. Chemicals stored in the buildings fed the blaze, and the victims were taken"
    " to Varo Medical College Hospital.",
    "Fire kills 70 in Varo's Kesbaz Bazar\n\n"
    "At least 70 people were killed as a fire broke out in a crowded area at Kesbaz Bazar in"
    " the old town of Varo. The blaze spread through chemical stores, Fire Service official"
    " Omar Tal said. Bodies were taken to Varo Medical College Hospital after the fire.",
]


def _events(texts: list[str]) -> list[int]:
    reports = [Report(f"r{i}", text) for i, text in enumerate(texts)]
    return events_of(group_events(reports), len(reports))


def test_two_fires_at_two_sites_of_one_city_are_two_events() -> None:
    """Leads naming two sites no report names together split one city's two fires."""
    events = _events(LINDEN + KESBAZAR)
    assert events[0] == events[1]
    assert events[2] == events[3]  # "Kesbazar" and "Kesbaz Bazar" are one site
    assert events[0] != events[2]


def test_a_report_naming_both_sites_keeps_them_one_event() -> None:
    """A report that names both sites as one place ties them: nothing is split."""
    both = (
        "Fire on Linden Road near Kesbazar kills 40\n\n"
        "At least 40 people died in a fire on Linden Road at Kesbazar in Varo, Fire Service"
        " official Omar Tal said at Varo Medical College Hospital. The blaze spread fast."
    )
    events = _events([LINDEN[0], KESBAZAR[0], both])
    assert len(set(events)) == 1


def test_a_district_only_one_report_names_does_not_split() -> None:
    """One report's district ("in Kensington") against the city ("in London") tells nothing."""
    city = (
        "79 now feared dead in Varo tower blaze\n\n"
        "Seventy-nine people are feared dead after the fire in Varo, police said. The tower"
        " fire in Varo was the worst in decades, Fire Service official Omar Tal said."
    )
    district = (
        "Police raise toll of Melgrove tower fire to 79\n\n"
        "The death toll from the tower fire in Melgrove has risen to 79, police said. The"
        " Melgrove fire was the worst in decades, Fire Service official Omar Tal said."
    )
    other = (
        "Tower fire toll expected to rise in Varo\n\n"
        "At least 17 people have died after the tower fire in Varo, Fire Service official"
        " Omar Tal said. The fire spread through the tower in minutes."
    )
    events = _events([city, district, other])
    assert len(set(events)) == 1


def test_a_report_recalling_the_year_of_the_others_quake_is_another_event() -> None:
    """A report naming "the 2010 earthquake" as lived is apart from reports dated 2010."""
    dated = (
        "Quake toll may reach 100,000 in Varo\n\n"
        "The death toll from the earthquake in Varo could reach 100,000, Civil"
        " Protection chief Amos Dell said. The earthquake flattened Port Lanne, the capital of"
        " Varo, and the Varo Red Cross sent teams to Port Lanne."
    )
    later = (
        "Earthquake leaves 29 dead in Varo\n\n"
        "A powerful earthquake rocked Varo on Saturday, Civil Protection chief"
        " Amos Dell said. The quake was felt in Port Lanne, the capital of Varo, and the Varo"
        ' Red Cross sent teams. "We lived the 2010 earthquake and all I could do was run," a'
        " woman in Port Lanne said."
    )
    reports = [Report("a", dated, datetime(2010, 1, 13)), Report("b", later)]
    assert len(set(events_of(group_events(reports), 2))) == 2
    # the same year as its own date names its own quake: nothing is told apart
    own = later.replace("the 2010 earthquake", "the 2010 quake again")
    reports = [Report("a", dated, datetime(2010, 1, 13)), Report("b", own, datetime(2010, 1, 14))]
    assert len(set(events_of(group_events(reports), 2))) == 1
