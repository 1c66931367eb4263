"""Event grouping of two events of one kind in one country (issue 14, session 11, ev12):
each report writes as a place a name the other event's reports never write ("in Morlan
province" against "in Quessa province"), so two quakes that share the country, its
government and its spokesman are two events; the places a report only lives in or where a
quake was felt, an elided French article and a recalled quake's decimal magnitude do not
mislead it."""

from __future__ import annotations

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import (
    _name_key,
    _one_spelling,
    _profile,
    _stem,
    _stems,
    _two_spellings,
    events_of,
    group_events,
)
from quizapp.core.suggest.places import placed_words
from quizapp.core.suggest.recalls import magnitudes, recalled_spans
from quizapp.core.suggest.spellings import one_spelling

# two quakes in an invented country, Teravia: one in Morlan province, one in Quessa province
MORLAN = [
    "Quake kills hundreds in Teravia\n\n"
    "A strong earthquake struck eastern Teravia late on Sunday, killing at least 600 people"
    " in Morlan province, government spokesman Idris Valo said. The quake flattened villages"
    " of mud homes in Morlan, and rescuers from Dask searched the rubble for survivors.",
    "Teravia quake toll rises to 800\n\n"
    "The toll from the earthquake in Teravia rose to 800, spokesman Idris Valo said, as"
    " aftershocks shook Morlan province. Most of the dead were in remote villages in Morlan,"
    " and the quake was felt in the capital of Dask.",
]
QUESSA = [
    "Teravia earthquake kills 1,000\n\n"
    "A powerful earthquake struck a remote area of Teravia overnight, killing at least 1,000"
    " people in Quessa province, spokesman Idris Valo said. Houses in Quessa were reduced to"
    " rubble, and the quake was felt in Dask.",
    "Teravia quake: rescuers dig through rubble\n\n"
    "Rescuers in Quessa province dug through rubble after the earthquake in Teravia killed"
    " more than 1,000 people, spokesman Idris Valo said. Villages in Quessa lost most homes.",
]


def _events(texts: list[str]) -> list[int]:
    reports = [Report(f"r{i}", text) for i, text in enumerate(texts)]
    return events_of(group_events(reports), len(reports))


def test_two_quakes_in_two_provinces_of_one_country_are_two_events() -> None:
    """Each event's reports place it in a province the other event's reports never write."""
    events = _events(MORLAN + QUESSA)
    assert events[0] == events[1]
    assert events[2] == events[3]
    assert events[0] != events[2]


def test_a_report_placing_the_quake_in_both_provinces_keeps_one_event() -> None:
    """One quake felt in two provinces: a report naming both ties them, nothing is split."""
    both = (
        "Teravia quake kills 1,200\n\n"
        "The earthquake that struck Teravia killed 1,200 people in Morlan province and in"
        " Quessa province, spokesman Idris Valo said. Morlan and Quessa lost whole villages."
    )
    assert len(set(_events([*MORLAN, QUESSA[0], both]))) == 1


def test_a_place_only_one_report_writes_splits_nothing() -> None:
    """A province that no second report places the event in says nothing of another event."""
    events = _events([MORLAN[0], MORLAN[1], QUESSA[0]])
    assert events[0] == events[1] == events[2]


def test_place_phrases_give_the_event_s_places_not_where_it_was_felt() -> None:
    """After a place preposition, before or after a kind of place; not "felt in", "lives in"."""
    text = (
        "The quake hit Morlan province and the village of Tesk, near Ardo. It was felt in the"
        " capital of Dask; a woman who lives in Velm fled. A bomb exploded on Oran Avenue on"
        " New Year's Day. Le drame s'est produit au village de Sikora."
    )
    placed = placed_words(text, [])
    assert {"Morlan", "Tesk", "Ardo", "Oran", "Sikora"} <= set(placed)
    assert not {"Dask", "Velm", "Year", "Day"} & set(placed)


def test_an_elided_french_article_is_left_out_of_the_words_a_report_writes() -> None:
    """ "l'Orvane" writes the name "Orvane"; "lorvane" is not the word."""
    stems = _stems("Les pluies ont frappé l'Orvane et la ville d'Estral.")
    assert {"orvan", "estra"} <= stems
    assert _stems("aujourd'hui lundi") == {"aujou", "lundi"}  # no article inside a word


def test_a_recalled_quake_with_a_decimal_magnitude_is_recalled_to_its_place() -> None:
    """ "since 2011, when a 6.8 magnitude one struck in Pelvo": Pelvo is the earlier quake's."""
    text = (
        "It was the deadliest quake since 2011 when a 6.8 magnitude one struck in Pelvo on the"
        " western coast. Rescuers searched on."
    )
    spans = recalled_spans(text)
    pelvo = text.index("Pelvo")
    assert any(start <= pelvo < end for start, end in spans)
    assert not any(start <= text.index("Rescuers") < end for start, end in spans)


def test_two_spellings_of_one_place_are_not_two_places() -> None:
    """ "Mekka" and "Makkah" share most letters; "Morlan" and "Quessa" share none."""
    assert _two_spellings(_stem("mekka"), _stem("makkah"))
    assert not _two_spellings(_stem("morlan"), _stem("quessa"))


def test_the_road_between_two_towns_places_both_towns() -> None:
    """ "entre Arlo et Vesk", "l'axe Arlo-Vesk", "between Arlo and Vesk": both are places;
    a name with lower-case parts ("Saint-Louis-du-Sud") stays one name."""
    for text in (
        "Un accident s'est produit entre Arlo et Vesk.",
        "Accident sur l'axe Arlo-Vesk : 5 morts.",
        "Two buses collided between Arlo and Vesk.",
    ):
        assert {"Arlo", "Vesk"} <= set(placed_words(text, [])), text
    assert "Saint-Louis-du-Sud" in placed_words("The quake struck near Saint-Louis-du-Sud.", [])


def test_a_magnitude_given_to_aftershocks_earlier_in_its_sentence_is_not_the_quake_s() -> None:
    """ "Aftershocks continue ... with magnitude 3 to 5" gives no magnitude of the quake; the
    quake's own magnitude in another sentence still counts."""
    text = (
        "A magnitude 7.2 earthquake struck the coast on Monday. Aftershocks continue to occur"
        " in the area with magnitude 3 to 5."
    )
    own, recalled = magnitudes(text, [])
    assert own == {7.2}
    assert not recalled


MORLAN_MORE = (
    "Survivors of the Teravia quake sleep outside\n\n"
    "Families in Morlan province slept in the open after the earthquake in Teravia, spokesman"
    " Idris Valo said. Aid reached Morlan by road on the third day after the quake."
)
QUESSA_MORE = (
    "Aid reaches Teravia quake zone\n\n"
    "Trucks of aid reached Quessa province after the earthquake in Teravia, spokesman Idris"
    " Valo said. In Quessa, rescuers were still digging through the rubble of the quake."
)
# a report of the Morlan quake that recalls the Quessa one
COMPARING = (
    "Teravia quake: the worst in years\n\n"
    "It is hard to compare what happened in Quessa province with what happened now in Morlan"
    " province, spokesman Idris Valo said, but the earthquake in Morlan killed more."
)


def test_one_report_comparing_two_events_does_not_join_their_many_reports() -> None:
    """Three reports place each quake in its province alone; the one report naming both
    (to compare them) does not make the two quakes one."""
    events = _events([*MORLAN, MORLAN_MORE, *QUESSA, QUESSA_MORE, COMPARING])
    assert events[0] == events[1] == events[2]
    assert events[3] == events[4] == events[5]
    assert events[0] != events[3]


def test_one_report_naming_both_places_among_few_keeps_them_one_event() -> None:
    """With two reports on each side, a report naming both places ties them: one event."""
    assert len(set(_events([*MORLAN, *QUESSA, COMPARING]))) == 1


def test_a_lead_that_opens_on_its_own_full_day_is_not_background() -> None:
    """ "On March 3, 2024, a crush at the Varo shrine killed 40" tells the report's own event;
    the same opening later in the report, or "In August 2009," tells an earlier one."""
    lead = "On March 3, 2024, a crush at the Varo shrine killed 40 pilgrims. Police said so."
    assert recalled_spans(lead) == []
    later = (
        "The crush at the Varo shrine killed 40 on Sunday.\n\nMore died at the shrine. It was"
        " crowded. On March 3, 2014, a crush at the Varo shrine killed 12 pilgrims."
    )
    spans = recalled_spans(later)
    assert any(start <= later.index("killed 12") < end for start, end in spans)


def test_a_sentence_opened_by_a_month_alone_tells_an_earlier_event() -> None:
    """ "In January, a stampede at the festival in Tosa killed 30" recalls an earlier crush; the
    report's own event, told "on Wednesday" or "On Sunday", is not recalled."""
    text = (
        "The crush at the Varo stadium killed 11 on Wednesday, police said.\n\nIn January, a"
        " stampede at the festival in Tosa killed 30."
    )
    spans = recalled_spans(text)
    assert any(start <= text.index("Tosa") < end for start, end in spans)
    assert not any(start <= text.index("Varo") < end for start, end in spans)
    assert recalled_spans("On Sunday, a crush at the Varo stadium killed 11.") == []


def test_a_name_spelt_with_or_without_its_accents_is_one_name() -> None:
    """ "Président Préval" and "President Preval" share the name; the cue keeps a spelling."""
    assert _name_key("Préval") == _name_key("Preval") == "preval"
    assert _name_key("Trèbes") != _name_key("Tarbes")
    one = (
        "Quake in Varo kills 200\n\nPresident René Préval said the quake in Varo killed 200;"
        " Préval asked Tosa for help. The earthquake destroyed the Varo cathedral."
    )
    two = (
        "Varo quake: aid arrives\n\nPresident Rene Preval said aid reached Varo after the quake;"
        " Preval thanked Tosa. The earthquake left Varo without power."
    )
    (group,) = group_events([Report("a", one), Report("b", two)])
    assert "Préval" in group.cues


def test_a_place_a_report_recalls_is_not_its_own_even_when_written_again() -> None:
    """A report of the Varo crush that recalls "In January, ... in Tosa" and quotes "it
    happened in Tosa also" stays with the Varo reports, not apart from them."""
    varo = (
        "Crush at Varo stadium kills 11\n\nA crush at the Kelm stadium in Varo killed 11 fans,"
        " chief minister Ravi Sen said. Fans had gathered at the Kelm stadium in Varo."
    )
    recalling = (
        "Chief minister defends Varo response\n\nChief minister Ravi Sen said the crush in"
        ' Varo that killed 11 was a tragedy. "It happened in Tosa also, in Tosa many died,"'
        " Ravi Sen said in Varo, where fans were crushed at the gates.\n\nIn January, a"
        " stampede at the festival in Tosa killed 30."
    )
    tosa = (
        "Stampede at Tosa festival kills 30\n\nA stampede at the festival in Tosa killed 30"
        " pilgrims, police in Tosa said. The festival at Tosa draws millions."
    )
    events = _events([varo, varo.replace("11 fans", "12 fans"), recalling, tosa, tosa])
    assert events[0] == events[1] == events[2]
    assert events[3] == events[4] != events[0]


def test_names_spelt_with_a_doubled_letter_or_a_written_umlaut_are_one_name() -> None:
    """ "Hajj"/"Haj", "Shabaab"/"Shabab", "Utoeya"/"Utoya" are one name; "Palace"/"Place",
    "Voice"/"Vice" and "Niger"/"Nigeria" are not."""
    keys = ["hajj", "haj", "shabaab", "shabab", "utoeya", "utoya", "palace", "place", "voice"]
    canonical = one_spelling([*keys, "vice", "niger", "nigeria"])
    assert canonical["hajj"] == canonical["haj"] == "haj"
    assert canonical["shabaab"] == "shabab"
    assert canonical["utoeya"] == "utoya"
    assert canonical["palace"] == "palace"
    assert canonical["voice"] == "voice"
    assert canonical["nigeria"] == "nigeria"


def test_a_batch_counts_hajj_and_haj_under_one_name() -> None:
    """The reports' names are counted under the batch's shorter spelling; the cue keeps the
    report's own ("Hajj")."""
    one = Report(
        "a", "Crush at Mena kills 700\n\nA crush killed 700 Hajj pilgrims near the Mena camp."
    )
    two = Report("b", "Haj crush toll rises\n\nThe Haj crush at Mena killed 769, said Karo Fal.")
    first, second = _one_spelling([_profile(one), _profile(two)])
    assert "haj" in first.names and "hajj" not in first.names
    assert first.spelled["haj"] == "Hajj"
    assert set(first.names) & set(second.names) >= {"haj", "mena"}
