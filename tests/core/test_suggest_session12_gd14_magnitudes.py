"""Event grouping, session 12 (gd14): a magnitude its quake noun follows is that quake's,
even in a sentence about aftershocks; an aftershock's own magnitude is still left out. An
acronym joined to a name by a hyphen is one name ("US-Bangla")."""

from __future__ import annotations

from quizapp.core.suggest.recalls import magnitudes


def test_the_main_quake_s_magnitude_in_a_sentence_about_aftershocks() -> None:
    text = "Some 80 aftershocks have shaken Varonne since Sunday's 6.8 magnitude earthquake."
    assert magnitudes(text, []) == ({6.8}, frozenset())


def test_an_aftershock_s_magnitude_is_not_the_quake_s() -> None:
    text = (
        "A magnitude 5.1 aftershock rattled Varonne, and more aftershocks of magnitude 4 followed."
    )
    assert magnitudes(text, []) == (frozenset(), frozenset())


def test_an_acronym_joined_to_a_name_is_one_name() -> None:
    """ "NV-Arlo Airways" is one name, not "NV" (too short) and a sentence opener "Arlo"."""
    from quizapp.core.suggest import Report
    from quizapp.core.suggest.events import _profile

    names = _profile(Report("r", "A jet of NV-Arlo Airways crashed near Vesk, police said.")).names
    assert "nv-arlo" in names and "arlo" not in names
    assert "nv" not in _profile(Report("r", "The NV jet crashed near Vesk.")).names
