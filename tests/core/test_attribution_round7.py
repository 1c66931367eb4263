"""Unconfirmed attribution, round 7 (issue 14): kinds from real reports, written as our own.

Each row is an invented sentence in the style reporters use for one kind of source; the
negative rows are the look-alikes a naive rule for that kind would flag.
"""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse
from tests.core.suggest_probe import unconfirmed_over


def test_a_source_read_in_two_pieces_is_one_suggestion() -> None:
    """Pictures posted on social media, read in two pieces across "on", are one suggestion."""
    text = "Video posted on social media showed people running from the mall."
    found = [s.text for s in analyse(text) if s.label == "unconfirmed"]
    assert found == ["Video posted on social media showed"]


FLAGGED = [
    # French testimonies of unnamed people, whatever the determiner
    ("Selon les témoignages, trois gardiens ont été tués devant l'hôtel.", "Selon les témoignages"),
    (
        "L'attaque a fait une dizaine de morts, selon plusieurs témoignages recueillis sur place.",
        "selon plusieurs témoignages",
    ),
    ("D'après les témoignages, le tireur visait la terrasse.", "D'après les témoignages"),
    # an outlet quoting an unnamed person, or a named one without saying who quoted them
    ('"We found 69 bodies," a duty officer was quoted as saying by a news agency.', "quoted"),
    ("Spokeswoman Jane Roe was quoted as saying that nine died.", "quoted as saying"),
    # an outlet's claim of its own
    ("The toll rose to 40, according to ANI.", "according to ANI"),
]

NOT_FLAGGED = [
    # testimonies named by whose they are, on the record
    ("Selon le témoignage du préfet, trois gardiens ont été tués.", "Selon le témoignage"),
    # an outlet relaying a quotation closed by its speaker, named in the sentence before
    (
        'Police chief Raj Kumar reached the site. "The crowd surged towards him," he said,'
        " according to ANI.",
        "according to ANI",
    ),
    # an outlet quoting a speaker it names by surname, relayed by another outlet
    ('"The toll has climbed to 91," the Daily Sun quoted Fayad as saying, TASS reports.', "TASS"),
    # the passive of quoting with its agent, of a named speaker
    (
        '"We found 69 bodies," Mahfuz Rahman, a duty officer of the fire service, was quoted as'
        " saying by a news agency.",
        "quoted",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), FLAGGED)
def test_round7_kind_is_flagged(text: str, phrase: str) -> None:
    """A source of this kind, named by nobody, is suggested as unconfirmed."""
    assert unconfirmed_over(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), NOT_FLAGGED)
def test_round7_look_alike_is_not_flagged(text: str, phrase: str) -> None:
    """A look-alike that names its source is not suggested as unconfirmed."""
    assert not unconfirmed_over(text, phrase)
