"""Event grouping when a report recalls an earlier event of its own kind in its own place
(issue 14): two truck bombings of one city years apart are two events, told apart by what each
report tells as its own, not by the names of its background paragraph."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import Report, find_conflicts
from quizapp.core.suggest.events import events_of, group_events
from quizapp.core.suggest.recalls import recalled_spans

# three reports of a truck bombing in an invented city, one naming its site
EARLIER = [
    "Death toll from Kordo truck bombing rises to 90\n\n"
    "KORDO, Varland - The death toll from Saturday's truck bombing in Kordo has risen to 90,"
    " Information Minister Abel Sarto said. Police Captain Ismail Odo said many victims died"
    " in hospital.\n\nThe Sentinel group was blamed by the government of Varland.",
    "Kordo reels as bomb toll hits 137\n\n"
    "KORDO: The death toll from the weekend truck bomb in Kordo rose to 137, police said on"
    " Sunday. The truck exploded outside the Marama Hotel on a busy junction in Kordo,"
    " levelling buildings. Senator Yusuf Dahir visited the Ahmed Hospital in Varland.",
    "The truck bomb in Kordo, Varland, has now killed 358 people, Information Minister Abel"
    " Sarto said late on Friday. The blast struck Kordo's Hodan market on Saturday last week.",
]
# a report of a later truck bombing there, recalling the earlier one in a dated paragraph
LATER = (
    "Truck bombing kills at least 79 at checkpoint in Varland's capital\n\n"
    "A truck bomb has exploded at the Port Gate checkpoint on the outskirts of Kordo, the"
    " capital of Varland, killing at least 79 people, officials said. Students of Lakeside"
    " University were among the dead, Information Minister Abel Sarto said. The head of the"
    " Ahmed Hospital, Ismail Dahir, said 60 were hurt.\n\n"
    "The attack happened on Saturday morning. There was no claim, but the Sentinel group often"
    " strikes Kordo.\n\n"
    "In October 2017, a large truck filled with explosives was detonated near the Marama Hotel"
    " in Kordo, causing a huge explosion. At least 587 people were killed."
)


def _events(texts: list[str]) -> list[int]:
    reports = [Report(f"r{i}", text, None) for i, text in enumerate(texts)]
    return events_of(group_events(reports), len(reports))


def test_a_later_bombing_that_recalls_the_earlier_one_is_its_own_event() -> None:
    """The report recalling "In October 2017, ... near the Marama Hotel in Kordo" is not
    grouped with the reports that tell the Marama Hotel bombing as their own."""
    events = _events([*EARLIER, LATER])
    assert events[0] == events[1] == events[2]
    assert events[3] != events[0]


def test_no_figure_is_compared_across_the_two_bombings() -> None:
    """With the later bombing apart, its toll is never compared with the earlier one's."""
    reports = [Report(f"r{i}", text, None) for i, text in enumerate([*EARLIER, LATER])]
    conflicts = find_conflicts(reports)
    assert conflicts  # the earlier bombing's reports are still compared with each other
    assert all("r3" not in (c.a_path, c.b_path) for c in conflicts)


def test_two_reports_of_the_later_bombing_stay_together() -> None:
    """Both reports of the later bombing recall the earlier one; they are still one event."""
    second = LATER.replace("at least 79", "at least 85").replace("Ismail Dahir", "Dr Dahir")
    events = _events([*EARLIER, LATER, second])
    assert events[3] == events[4] != events[0]


def test_a_recall_of_an_event_elsewhere_splits_nothing() -> None:
    """A report recalling an earlier attack in another city ("In 2005, bombs on London's
    transport network ...") stays with the other reports of its own event, even one that
    names that city in passing."""
    first = (
        "Manchester concert bombing kills 22\n\nA suicide bomber killed 22 people at the"
        " Manchester Arena on Monday night, Greater Manchester Police said. Chief Constable Ian"
        " Hopkins said the bomber died at the scene.\n\nIn 2005, four suicide bombers killed 52"
        " people on London's transport network, the deadliest attack in Britain."
    )
    second = (
        "The Manchester Arena bombing on Monday killed 22 people, Greater Manchester Police"
        " said. Chief Constable Ian Hopkins said 59 were hurt. Ministers met in London on"
        " Tuesday and the London Underground stepped up patrols."
    )
    assert _events([first, second]) == [0, 0]


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        # a paragraph opened by a past date is background until it comes back to the present
        (
            "The blast hit the port on Friday.\n\nIn August 2009, a fire at the Rialto depot"
            " killed 30. Three others died later. On Saturday, rescuers found two more bodies.",
            ["In August 2009, a fire at the Rialto depot killed 30.", "Three others died later."],
        ),
        (
            "Two years ago, a similar blast at the Karo mine killed 14 workers.",
            ["Two years ago, a similar blast at the Karo mine killed 14 workers."],
        ),
        # the earlier event named after a comparison, up to the clause's end
        (
            "It was the deadliest attack since the 2017 bombing at the Marama Hotel, police said.",
            ["the 2017 bombing at the Marama Hotel"],
        ),
        ("The toll is the highest since records began, police said.", []),
        ("It was the worst day since Saturday for the rescuers.", []),
        ("Police said on Sunday that 20 people died in the fire.", []),
    ],
)
def test_recalled_passages(text: str, recalled: list[str]) -> None:
    """Which passages tell an earlier event: dated background paragraphs and the phrase after
    "the deadliest since"; not "since records began", "since Saturday" or this event."""
    assert [text[start:end] for start, end in recalled_spans(text)] == recalled


def _quake(place: str, magnitude: str, toll: int, extra: str = "") -> str:
    return (
        f"A magnitude {magnitude} earthquake struck the island of Tarsa in Veloria on Sunday,"
        f" killing at least {toll} people, Veloria's disaster agency spokesman Ruben Sato said."
        f" Houses collapsed in {place} and in the town of Marin. {extra}"
    )


def test_two_quakes_on_one_island_a_week_apart_are_two_events() -> None:
    """Reports of a 6.4 and a 6.9 quake on one island, with the same spokesman and places,
    are two events: a magnitude is not revised by half a point."""
    events = _events(
        [
            _quake("Kembang", "6.4", 14),
            _quake("Kembang", "6.4", 16, "Hikers were trapped on Mount Oro."),
            _quake("Kembang", "6.9", 91),
            _quake("Kembang", "6.9", 131, "The quake was felt on the island of Bela."),
        ]
    )
    assert events[0] == events[1] != events[2] == events[3]


def test_a_revised_magnitude_is_still_one_quake() -> None:
    """7.7 in one report and 7.8 in another: the agencies revise a magnitude that much."""
    assert _events([_quake("Kembang", "7.7", 40), _quake("Kembang", "7.8", 52)]) == [0, 0]


def test_the_magnitude_a_report_recalls_tells_the_earlier_quake() -> None:
    """A 7.2 quake's report recalls "a magnitude 7.0 quake in 2010": the reports that give
    7.0 as their own quake are of that one, though 7.0 and 7.2 could be one quake."""
    later = _quake("Kembang", "7.2", 300) + (
        "\n\nIn 2010, a magnitude 7.0 earthquake struck the island, killing thousands."
    )
    events = _events([_quake("Kembang", "7.0", 2000), _quake("Kembang", "7.0", 3000), later, later])
    assert events[0] == events[1] != events[2] == events[3]


def test_a_hotel_siege_recalled_a_week_later_is_another_event() -> None:
    """The bombing's report says "a week after an assault on the Grand Palace Hotel in the
    city": the reports of that siege, which tell the Grand Palace Hotel as their own, are
    another event."""
    bombing = (
        "A suicide bomber in an ambulance killed 95 people in central Kordo on Saturday,"
        " officials said. The Sentinel group claimed the bombing, police chief Omar Rasa said."
        " The attack comes a week after an assault on the Grand Palace Hotel in the city."
    )
    siege = (
        "Gunmen stormed the Grand Palace Hotel in Kordo on Saturday night, killing 18 people,"
        " officials said. The Sentinel group claimed the attack on the Grand Palace Hotel,"
        " police chief Omar Rasa said."
    )
    events = _events([bombing, bombing.replace("95", "103"), siege, siege.replace("18", "22")])
    assert events[0] == events[1] != events[2] == events[3]


@pytest.mark.parametrize(
    ("text", "recalled"),
    [
        (
            "A week ago, militants killed 22 people in a luxury hotel.",
            ["A week ago, militants killed 22 people in a luxury hotel."],
        ),
        (
            "It came a week after another temblor killed at least 16 people.",
            ["another temblor killed at least 16 people"],
        ),
        ("Police said a week after the blast that 20 people died.", []),
        ("Two days after the attack, the toll rose to 30.", []),
    ],
)
def test_recalled_passages_a_week_back(text: str, recalled: list[str]) -> None:
    """A week-old event recalled ("A week ago, ...", "a week after another temblor") is
    background; "a week after the blast" of this event is not."""
    assert [text[start:end] for start, end in recalled_spans(text)] == recalled


def test_an_aftershock_magnitude_is_not_the_quakes_own() -> None:
    """ "A magnitude 6.2 aftershock rattled ..." in a report of the 6.9 quake: still one
    event with the other reports of the 6.9 quake."""
    aftershock = (
        "A magnitude 6.2 aftershock rattled the island of Tarsa in Veloria on Thursday as the"
        " toll from Sunday's magnitude 6.9 earthquake rose to 259, Veloria's disaster agency"
        " spokesman Ruben Sato said. Houses collapsed in Kembang and in the town of Marin."
    )
    assert _events([_quake("Kembang", "6.9", 131), aftershock]) == [0, 0]


def test_a_second_quake_told_in_a_report_keeps_it_with_its_own() -> None:
    """A report of the 6.4 quake that also tells "A 5.3 magnitude quake also struck ... on
    Wednesday" first stays with the other reports of the 6.4 quake."""
    also = (
        "A 5.3 magnitude quake also struck off the coast of Veloria on Wednesday afternoon."
        " In the town of Marin on the island of Tarsa, close to the centre of Tuesday's 6.4"
        " magnitude quake, Veloria's disaster agency spokesman Ruben Sato said 40 had died"
        " in Kembang."
    )
    assert _events([_quake("Kembang", "6.4", 31), also]) == [0, 0]


def test_revived_memories_of_an_earlier_attack_is_a_recall() -> None:
    """The cue "revived memories of a three-man attack ... that killed eight" tells an earlier
    event; "memories of the victims" alone is not one of these cues."""
    text = (
        "Three people were wounded in the stabbing spree which revived memories of a"
        " three-man attack on Dorn Bridge two years ago that killed eight. Police said the"
        " attacker acted alone."
    )
    spans = recalled_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "a three-man attack on Dorn Bridge two years ago that killed eight"
    ]
    assert recalled_spans("Mourners shared memories of the victims on Sunday.") == []
