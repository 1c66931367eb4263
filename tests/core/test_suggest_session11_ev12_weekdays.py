"""The weekday a report gives its event's own verb (issue 14, session 11, ev12): two attacks
on hotels of one city, one "stormed ... on Friday", the other "struck ... early Sunday", are
two events; later developments ("the toll rose on Tuesday", "officials said on Monday") and
a night across midnight do not split one event."""

from __future__ import annotations

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import events_of, group_events
from quizapp.core.suggest.weekdays import days_apart, event_weekdays


def test_the_event_verb_gives_the_weekday() -> None:
    """ "stormed ... on Friday evening", "exploded ... early Sunday", "survenue samedi"."""
    assert event_weekdays("Gunmen stormed the Lido hotel in Varo on Friday evening.", []) == {4}
    assert event_weekdays("A bomb exploded at the Varo market early Sunday.", []) == {6}
    assert event_weekdays("L'attaque survenue samedi a fait 20 morts.", []) == {5}


def test_a_later_development_s_weekday_is_not_the_event_s() -> None:
    """Another verb between the event's verb and the weekday takes the weekday."""
    assert event_weekdays("The blast hit the port, officials said on Tuesday.", []) == set()
    assert event_weekdays("The toll rose on Tuesday, a week after the attack.", []) == set()
    text = "A bomb exploded at the market on Friday."
    assert event_weekdays(text, [(0, len(text))]) == set()  # a recalled event's weekday


def test_weekdays_a_day_apart_may_be_one_event() -> None:
    """Thursday night and Friday are one event (a night across midnight); Friday and Sunday
    are not; a report that gives no weekday is apart from nothing."""
    assert not days_apart(frozenset({3}), frozenset({4}))
    assert not days_apart(frozenset({6}), frozenset({0}))  # Sunday and Monday
    assert days_apart(frozenset({4}), frozenset({6}))
    assert not days_apart(frozenset(), frozenset({6}))


FRIDAY = (
    "Gunmen storm Varo hotel\n\nMilitants stormed the Lido hotel in Varo on Friday evening,"
    " killing 20 people, police spokesman Omar Dala said. The Sentinel group claimed the"
    " attack on the Lido hotel in Varo, Omar Dala said."
)
SUNDAY = (
    "Attackers hit Varo hotel\n\nSuicide attackers struck the Lido hotel in Varo early Sunday,"
    " killing 15 people, police spokesman Omar Dala said. The Sentinel group claimed the"
    " attack on the Lido hotel in Varo, Omar Dala said."
)


def _events(texts: list[str]) -> list[int]:
    reports = [Report(f"r{i}", text) for i, text in enumerate(texts)]
    return events_of(group_events(reports), len(reports))


def test_two_hotel_attacks_in_one_city_on_different_days_are_two_events() -> None:
    """Friday's attack and Sunday's share the hotel, the group and the spokesman: two events."""
    events = _events([FRIDAY, FRIDAY.replace("20", "22"), SUNDAY, SUNDAY.replace("15", "17")])
    assert events[0] == events[1] != events[2] == events[3]


def test_one_attack_told_the_night_before_and_the_day_after_is_one_event() -> None:
    """ "stormed ... on Thursday night" and "stormed ... on Friday": one attack."""
    thursday = FRIDAY.replace("on Friday evening", "on Thursday night")
    assert len(set(_events([FRIDAY, thursday]))) == 1
