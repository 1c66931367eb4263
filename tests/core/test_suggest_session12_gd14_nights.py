"""Event grouping, session 12 (gd14): the night an event happened ("dans la nuit de mercredi
à jeudi") tells two events of any kind apart when the two nights are more than a day apart;
a comparison's "when ..." clause is the earlier event's too."""

from __future__ import annotations

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import group_events
from quizapp.core.suggest.recalls import recalled_spans
from quizapp.core.suggest.weekdays import event_nights


def _flood(night: str, toll: int, official: str) -> str:
    return (
        f"Inondations à Varonne\n\nDes pluies diluviennes tombées dans la nuit de {night} ont"
        f" fait {toll} morts à Varonne, a déclaré {official}. Les inondations ont emporté des"
        " maisons à Varonne et la crue de la rivière continue."
    )


EARLY = [
    _flood("mercredi à jeudi", 12, "le ministre Paul Ravel"),
    _flood("mercredi à jeudi", 14, "le ministre Paul Ravel"),
]
LATE = [
    _flood("lundi à mardi", 40, "le chef de la police Marc Odin"),
    _flood("lundi à mardi", 45, "le chef de la police Marc Odin"),
]


def _groups(texts: list[str]) -> list[tuple[int, ...]]:
    return [
        group.reports for group in group_events([Report(f"r{i}", t) for i, t in enumerate(texts)])
    ]


def test_the_night_is_read_by_its_evening() -> None:
    """ "la nuit du samedi 7 au dimanche 8" is Saturday's night (5); "overnight from Friday
    into Saturday" Friday's (4)."""
    assert event_nights("la nuit du samedi 7 au dimanche 8 janvier", []) == {5}
    assert event_nights("The river rose overnight from Friday into Saturday.", []) == {4}


def test_a_night_in_a_recalled_passage_is_not_the_report_s() -> None:
    """The night of an earlier flood the report recalls is that flood's."""
    text = (
        "Rain fell again in Varonne.\n\nIn January 2018, rains that fell overnight from"
        " Wednesday into Thursday killed 12 people."
    )
    assert event_nights(text, recalled_spans(text)) == frozenset()
    assert event_nights(text, []) == {2}


def test_two_floods_of_one_city_on_nights_two_days_apart_are_two_events() -> None:
    """Wednesday's night and Monday's: two floods, told apart with the nights as the reason."""
    groups = group_events([Report(f"r{i}", t) for i, t in enumerate(EARLY + LATE)])
    assert [group.reports for group in groups] == [(0, 1), (2, 3)]
    assert str(groups[0].apart[0].reason) == "on Wednesday night; the other on Monday night"


def test_nights_a_day_apart_may_be_one_event() -> None:
    """Wednesday's night and Thursday's: one flood told on two nights, not kept apart."""
    later = [_flood("jeudi à vendredi", 40, "le ministre Paul Ravel")]
    assert _groups(EARLY + later) == [(0, 1, 2)]


def test_a_comparison_s_when_clause_is_recalled() -> None:
    """ "the deadliest since May 2009, when a flight from Arlo crashed in Vesk, killing 40":
    Arlo and Vesk are the earlier crash's names."""
    text = (
        "The crash is the deadliest in Norland since May 2009, when a flight from Arlo crashed"
        " on landing in Vesk, killing 40 of the 60 on board. Rescuers worked through the night."
    )
    assert [text[a:b] for a, b in recalled_spans(text)] == [
        "May 2009, when a flight from Arlo crashed on landing in Vesk, killing 40 of the 60 on"
        " board"
    ]
