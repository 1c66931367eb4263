"""French number words the figure reader used to cut short (session 12): a hundred written
first ("cent vingt"), and a unit joined with "et" ("vingt et un")."""

from __future__ import annotations

import pytest

from quizapp.core.suggest.analysis import analyse_document
from quizapp.core.suggest.lexicon import load_lexicon


def _figures(text: str) -> list[str]:
    found = analyse_document(text, load_lexicon(None), None)
    return [s.text for part in found if isinstance(part, list | tuple) for s in part
            if getattr(s, "label", "") == "figure"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        ("La tempête a fait cent vingt morts dans la vallée.", "cent vingt morts"),
        ("Cent trois maisons ont été détruites à Varonne.", "Cent trois maisons"),
        ("On déplore vingt et un morts après la crue.", "vingt et un morts"),
        ("Les secours comptent soixante et onze blessés.", "soixante et onze blessés"),
        ("Le glissement a fait deux cent trente sinistrés.", "deux cent trente sinistrés"),
    ],
)
def test_a_french_number_is_read_whole(text: str, figure: str) -> None:
    assert figure in _figures(text)


@pytest.mark.parametrize(
    "text",
    ["Trois pour cent des maisons sont touchées.", "Le pont date d'il y a cent ans."],
)
def test_cent_alone_is_no_count(text: str) -> None:
    assert not any("cent" in f for f in _figures(text))
