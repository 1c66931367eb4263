"""Event grouping, session 11 (ev13): a full date beats a yearless day when both reports
write one; a place named after a day ("le stade du 28 septembre") is no date; a name with
an accented or elided capital ("N’Zérékoré", "Élysée") is a name, one key however the
apostrophe is written."""

from __future__ import annotations

from quizapp.core.suggest import Report
from quizapp.core.suggest.events import _NAME, _apart, _days_far_apart, _name_key, _profile
from quizapp.core.suggest.recalls import written_days

# two floods in one invented city, Varonne, four years apart
EARLY = (
    "Inondations à Varonne : 12 morts\n\nLes pluies du 4 janvier 2018 ont fait 12 morts à"
    " Varonne, selon le gouverneur Paul Ravel. Les quartiers du sud sont sous les eaux."
)
LATE = (
    "Varonne sous les eaux\n\nLes pluies du 13 décembre 2022 ont fait 30 morts à Varonne."
    " Le 13 décembre, le gouverneur Paul Ravel a décrété un deuil national."
)
LATE_YEARLESS = (
    "Varonne sous les eaux\n\nLe 13 décembre, les pluies ont fait 30 morts à Varonne, a"
    " déclaré le gouverneur Paul Ravel. Les quartiers du sud sont sous les eaux."
)


def _far(a: str, b: str) -> bool:
    return _days_far_apart(_profile(Report("a", a)), _profile(Report("b", b)))


def test_full_dates_years_apart_tell_two_floods_despite_a_near_yearless_day() -> None:
    """ "4 janvier 2018" against "13 décembre 2022": the yearless "13 décembre" is 22 days
    from 4 January across the new year, but the full dates are years apart."""
    assert _far(EARLY, LATE)


def test_a_yearless_day_alone_is_still_read_across_the_new_year() -> None:
    """Without a full date on one side, "13 décembre" stays near "4 janvier 2018"."""
    assert not _far(EARLY, LATE_YEARLESS)


def test_a_place_named_after_a_day_is_no_date() -> None:
    text = (
        "La bousculade a eu lieu au stade du 3 avril de Varonne, boulevard du 30 juin."
        " Le 1er décembre, le gouverneur a parlé."
    )
    assert written_days(text, []) == frozenset({(12, 1, None)})


def test_a_day_after_du_that_is_no_place_name_is_a_date() -> None:
    """ "l'attaque du 3 avril": the event's day, not a place."""
    assert written_days("Les victimes de l'attaque du 3 avril à Varonne.", []) == frozenset(
        {(4, 3, None)}
    )


def test_accented_and_elided_capitals_begin_names_with_one_key() -> None:
    words = [m.group() for m in _NAME.finditer("À N’Zérékoré, l’Élysée et l’école d'Irona.")]
    assert words == ["N’Zérékoré", "Élysée", "Irona"]
    assert _name_key("N’Zérékoré") == _name_key("N'Zérékoré") == _name_key("Nzérékoré")


def _quake(magnitude: str) -> str:
    return (
        f"Quake shakes Irona\n\nA magnitude {magnitude} earthquake struck the coast of Irona"
        " on Friday, the seismic agency said. Buildings fell in Belmo and Varonne."
    )


def test_two_agencies_magnitudes_for_one_quake_do_not_split_it() -> None:
    """7.0 by one agency, 6.6 by another: one quake; 6.8 against 6.0: two."""
    assert not _apart(_profile(Report("a", _quake("7.0"))), _profile(Report("b", _quake("6.6"))))
    assert _apart(_profile(Report("a", _quake("6.8"))), _profile(Report("b", _quake("6.0"))))
