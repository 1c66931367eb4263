"""The French journalistic past conditional (issue 14): hearsay, so unconfirmed attribution;
the conditional of a possibility, a supposed cause or an estimate stays speculation."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse


def _labels_over(text: str, phrase: str) -> set[str]:
    start = text.index(phrase)
    end = start + len(phrase)
    return {s.label for s in analyse(text) if s.start < end and start < s.end}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Selon les pompiers, le feu aurait pris dans un entrepôt.", "aurait pris"),
        ("L'homme aurait tiré avec un pistolet avant d'être abattu.", "aurait tiré"),
        ("Le convoi se serait mis en mouvement seul vers une heure.", "serait mis"),
        ("Les deux victimes auraient été tuées par balle.", "auraient été tuées"),
        ("Plusieurs touristes seraient partis avant l'alerte.", "seraient partis"),
        ("Selon un témoin, le feu serait parti d'un garage.", "serait parti"),
    ],
)
def test_the_past_conditional_is_hearsay(text: str, phrase: str) -> None:
    """A reported past event in the conditional is suggested as unconfirmed, not speculation."""
    assert _labels_over(text, phrase) == {"unconfirmed"}


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Il aurait pu s'agir d'un accident de chantier.", "aurait pu"),
        ("L'incendie serait dû à une conduite de gaz.", "serait dû"),
        ("L'incendie aurait été provoqué par un court-circuit.", "aurait été provoqué"),
        ("Le bilan pourrait encore s'alourdir dans la nuit.", "pourrait"),
    ],
)
def test_the_conditional_of_a_guess_stays_speculation(text: str, phrase: str) -> None:
    """A possibility, a supposed cause or an estimate in the conditional is speculation."""
    assert "speculation" in _labels_over(text, phrase)
    assert "unconfirmed" not in _labels_over(text, phrase)


def test_the_present_conditional_of_a_state_is_also_hearsay() -> None:
    """ "seraient en difficulté" passes on a report (the real-report guidelines since blind9,
    as "Deux autres seraient en fuite"): unconfirmed, and no longer a guess (speculation.py)."""
    labels = _labels_over("Une quinzaine de communes seraient en difficulté.", "seraient")
    assert labels == {"unconfirmed"}


def test_the_future_of_reported_speech_is_neither() -> None:
    """ "a annoncé qu'une enquête serait ouverte" states a plan: no hearsay, no guess."""
    text = "Le ministre a annoncé qu'une enquête serait ouverte."
    assert not _labels_over(text, "serait ouverte") & {"unconfirmed", "speculation"}
