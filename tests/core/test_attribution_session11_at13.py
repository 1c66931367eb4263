"""Unconfirmed attribution, session 11 (at13): reporting verbs named by their lemma, so any
tense of a known verb makes an unnamed noun a source; a named speaker or a noun use does not."""

from __future__ import annotations

import pytest

from quizapp.core.suggest.inflections import english_forms, french_forms
from tests.core.suggest_probe import unconfirmed_over

FLAGGED = [
    # English: the bare present and the progressive of a verb once listed only in the past
    ("Engineers warn that the old bridge may not hold.", "Engineers warn"),
    ("Local experts are warning that the slope could slide.", "Local experts"),
    ("Relief workers explain that the road is cut in three places.", "Relief workers"),
    # French: a compound tense with an adverb before the participle, and the inverted speaker
    ("Le pont s'est effondré, a ainsi raconté un pêcheur du port.", "un pêcheur"),
    ("Un passant a mentionné que deux voitures étaient tombées.", "Un passant"),
    ("Des habitants avaient déjà signalé des fissures dans le mur.", "Des habitants"),
]

NOT_FLAGGED = [
    # a named speaker warns; a warning received is a noun, no one's account
    ("The mayor, Anna Weber, warns that the river will rise.", "warns"),
    ("Villagers received no warning before the dam gave way.", "Villagers"),
    # French: a named doctor tells, a body announces
    ("Le pont s'est effondré, a ainsi raconté le docteur Paul Roux.", "raconté"),
    ("La mairie a finalement annoncé la fermeture du pont.", "annoncé"),
]

ROWS = [(text, phrase, True) for text, phrase in FLAGGED] + [
    (text, phrase, False) for text, phrase in NOT_FLAGGED
]


@pytest.mark.parametrize(("text", "phrase", "flagged"), ROWS)
def test_session11_at13_row(text: str, phrase: str, flagged: bool) -> None:
    """A reporting verb in any tense makes an unnamed noun a source; a named one is not."""
    assert unconfirmed_over(text, phrase) is flagged


def test_english_forms_follow_spelling() -> None:
    """Regular English inflection, with the final e and the sibilant handled."""
    assert english_forms("warn") == ["warn", "warns", "warned", "warning"]
    assert english_forms("describe") == ["describe", "describes", "described", "describing"]
    assert english_forms("stress") == ["stress", "stresses", "stressed", "stressing"]


def test_french_forms_of_the_first_group_only() -> None:
    """A first-group verb gets its tenses, the cedilla before a; another group gets none."""
    forms = french_forms("annoncer")
    assert "annonçait" in forms and "annoncent" in forms and "annoncerait" in forms
    assert any("ainsi" in form and "annoncé" in form for form in forms)
    assert french_forms("dire") == []
