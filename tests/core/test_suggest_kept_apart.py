"""Why the grouping kept two events of a related kind apart (issue 14, session 11, ui12): each
event carries the other events it was kept apart from and the reason, from its own side, in
plain words from what the reports write; a pair merged into one event carries none. The
reports are invented: two bombings in the city of Varnel, a country called Ostria."""

from __future__ import annotations

import json

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import _profile, _why_told_apart, group_events, groups_from
from quizapp.core.suggest.output import suggest_json, suggest_listing
from quizapp.core.suggest.places import place_phrase
from quizapp.core.text import install, localized

# two car bombings in Varnel, one on Lindor Avenue, one on Maszek Avenue
LINDOR = [
    "Car bomb kills 20 in Varnel\n\n"
    "A car bomb exploded near a busy market on Lindor Avenue in Varnel, killing 20 people,"
    " police chief Arno Belik said. The bombing on Lindor Avenue was the worst in Ostria"
    " this year.",
    "Varnel bombing toll rises to 24\n\n"
    "The toll of the car bombing on Lindor Avenue in Varnel rose to 24, police chief Arno"
    " Belik said. Shops on Lindor Avenue were burned and Ostria declared mourning.",
]
MASZEK = [
    "Bomb blast hits Varnel again\n\n"
    "A car bomb exploded outside a school on Maszek Avenue in Varnel, killing 11 people,"
    " police chief Arno Belik said. The bombing on Maszek Avenue shocked Ostria.",
    "Varnel: 13 dead in second bombing\n\n"
    "Thirteen people died in the car bombing on Maszek Avenue in Varnel, police chief Arno"
    " Belik said. Windows on Maszek Avenue were shattered across Ostria.",
]
LINDOR_REASON = "names Lindor Avenue; the other names Maszek Avenue"

# two attacks on hotels of Varnel, told by their weekdays only
FRIDAY = [
    "Gunmen attack Varnel hotel\n\n"
    "Gunmen stormed the Palace hotel in Varnel on Friday, killing nine guests, the Ostria"
    " interior ministry said. The attack on the hotel lasted hours.",
    "Varnel hotel attack: nine dead\n\n"
    "Attackers stormed a hotel in Varnel on Friday night and killed nine, the Ostria"
    " interior ministry said. The attack ended at dawn.",
]
SUNDAY = [
    "Varnel hotel attacked again\n\n"
    "Gunmen attacked a hotel in Varnel on Sunday, killing four guards, the Ostria interior"
    " ministry said. The attack was brief.",
    "Four dead in Varnel hotel attack\n\n"
    "Attackers struck a hotel in Varnel on Sunday and killed four, the Ostria interior"
    " ministry said. The attack was claimed online.",
]


# the Lindor Avenue bombing with its day written
DATED_LINDOR = [
    "Car bomb in Varnel\n\n"
    "A car bomb exploded on Lindor Avenue in Varnel on 3 September 2024, police chief Arno"
    " Belik said. The bombing killed 20.",
    "Varnel bombing kills 24\n\n"
    "The bombing of 3 September 2024 on Lindor Avenue killed 24, police chief Arno Belik"
    " said. The bomb was in a van.",
]


def _reports(texts: list[str]) -> list[Report]:
    return [Report(f"r{i}", text) for i, text in enumerate(texts)]


def test_two_bombings_on_two_avenues_say_which_places_kept_them_apart() -> None:
    """Each event names the other and the places each names ("Lindor Avenue"; "Maszek Avenue")."""
    groups = group_events(_reports(LINDOR + MASZEK))
    assert [group.reports for group in groups] == [(0, 1), (2, 3)]
    first, second = groups
    assert [kept.event for kept in first.apart] == [1]
    assert [kept.event for kept in second.apart] == [0]
    assert first.apart[0].reason == LINDOR_REASON
    assert second.apart[0].reason == "names Maszek Avenue; the other names Lindor Avenue"


def test_two_hotel_attacks_on_two_weekdays_say_the_weekdays() -> None:
    """Attacks whose verbs are given Friday and Sunday are told apart by those weekdays."""
    groups = group_events(_reports(FRIDAY + SUNDAY))
    assert [group.reports for group in groups] == [(0, 1), (2, 3)]
    assert groups[0].apart[0].reason == "on Friday; the other on Sunday"
    assert groups[1].apart[0].reason == "on Sunday; the other on Friday"


def test_one_bombing_s_reports_carry_no_reason_kept_apart() -> None:
    """Reports of one event merged into one group: no other event, so nothing kept apart."""
    groups = group_events(_reports(LINDOR))
    assert len(groups) == 1
    assert groups[0].apart == ()


def test_a_quake_and_a_bombing_are_not_explained() -> None:
    """Events of unrelated kinds are not a pair a teacher needs told apart: no line, though
    their written days alone would keep them apart."""
    quake = [
        "Quake shakes Dorvan\n\n"
        "An earthquake struck Dorvan province on 12 May 2024, damaging homes in Kestel, the"
        " Dorvan quake agency said. The earthquake was felt in Kestel and Amrot.",
        "Dorvan earthquake: homes damaged in Kestel\n\n"
        "The earthquake of 12 May 2024 damaged homes in Kestel and Amrot, the Dorvan quake"
        " agency said of the earthquake.",
    ]
    reports = _reports(DATED_LINDOR + quake)
    assert _why_told_apart(_profile(reports[0]), _profile(reports[2])) is not None
    groups = group_events(reports)
    assert [group.kind for group in groups] == ["explosion", "quake"]
    assert all(group.apart == () for group in groups)


def test_two_bombings_sharing_nothing_are_not_explained() -> None:
    """Two bombings with no name in common would be two events without any test: though
    their written days keep them apart too, no test decided it, so no line."""
    kestel = [
        "Blast at Kestel bus station\n\n"
        "A bomb exploded at the Kestel bus station on 12 May 2024, governor Ida Rahm said."
        " The bombing wounded 30 in Kestel.",
        "Kestel bombing: 30 wounded\n\n"
        "The bombing of 12 May 2024 at the Kestel bus station wounded 30, governor Ida Rahm"
        " said of the bomb.",
    ]
    reports = _reports(DATED_LINDOR + kestel)
    assert _why_told_apart(_profile(reports[0]), _profile(reports[2])) is not None
    groups = group_events(reports)
    assert [group.reports for group in groups] == [(0, 1), (2, 3)]
    assert all(group.apart == () for group in groups)


def test_the_teacher_s_grouping_is_explained_too() -> None:
    """The events a teacher set (groups_from) carry the same reasons as the assistant's."""
    reports = _reports(LINDOR + MASZEK)
    groups = groups_from([0, 0, 1, 1], reports)
    assert groups[0].apart[0].reason == LINDOR_REASON
    # a teacher who puts them all in one event has nothing kept apart
    assert groups_from([0, 0, 0, 0], reports)[0].apart == ()


def test_the_suggest_json_adds_apart_to_each_event() -> None:
    """The event dicts keep their keys and gain "apart": the other event and the reason."""
    texts = [(f"r{i}.txt", text) for i, text in enumerate(LINDOR + MASZEK)]
    events = json.loads(json.dumps(suggest_json(texts)))["events"]
    assert set(events[0]) == {"event", "label", "kind", "paths", "cues", "apart"}
    assert events[0]["apart"] == [{"event": 1, "reason": LINDOR_REASON}]


def test_the_listing_says_why_under_each_event() -> None:
    """``quizapp suggest`` lists the reason under each event's reports."""
    texts = [(f"r{i}.txt", text) for i, text in enumerate(LINDOR + MASZEK)]
    listing = suggest_listing(texts)
    assert f"    r1.txt\n    kept apart from event 2: {LINDOR_REASON}\n" in listing
    assert "kept apart from event 1: names Maszek Avenue; the other names Lindor Avenue" in listing


def test_the_reason_is_shown_in_the_window_s_language() -> None:
    """A reason is a text a window rebuilds in its language; the places stay as written."""
    french = {"on {mine}; the other on {theirs}": "le {mine} ; l'autre le {theirs}"}
    french |= {"Friday": "vendredi", "Sunday": "dimanche"}
    install(lambda _context, source: french.get(source, source), "fr")
    try:
        reason = group_events(_reports(FRIDAY + SUNDAY))[0].apart[0].reason
        assert localized(reason) == "le vendredi ; l'autre le dimanche"
    finally:
        install(None)


def test_a_place_is_named_with_its_whole_place_phrase() -> None:
    """The reason names a place as the report writes it: a name of several words whole, a
    name before its kind of place with it, the shortest such phrase."""
    text = "Gunmen opened fire at Tarvo High School in Port Essel. Police sealed Tarvo High School."
    assert place_phrase(text, "Essel") == "Port Essel"
    assert place_phrase(text, "Tarvo") == "Tarvo High School"
    assert place_phrase("A fire gutted a shop on Kemal Road.", "Kemal") == "Kemal Road"


def test_the_road_between_two_towns_and_a_name_outside_places_give_no_phrase() -> None:
    """ "Between Arlo and Vesk" names both towns, and a name written as no place has none."""
    assert place_phrase("The bus crashed between Arlo and Vesk.", "Arlo") is None
    assert place_phrase("Minister Arlo Denn spoke to reporters.", "Arlo") is None
