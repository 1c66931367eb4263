"""Unconfirmed attribution, round 8 (issue 14): kinds from real reports, written as our own.

Each row is an invented sentence in the style reporters use for one kind of source; the
negative rows are the look-alikes a naive rule for that kind would flag.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import unconfirmed_over

FLAGGED = [
    # a count nobody can give yet: a negated confirmation
    ("It is not clear how many people are still trapped under the mud.", "It is not clear"),
    ("Nine bodies were found, but it remains unclear how many were guests.", "remains unclear"),
    ('The mayor spoke, and it was not "immediately clear" how many were missing.', "clear"),
    ("It was not immediately known as to how many people were inside.", "known"),
    ("Authorities do not know how many remain missing.", "do not know how many"),
    ("But no one knows exactly how many passengers were on board.", "no one knows"),
    ("The number of other gunmen, armed with rifles, was not clear.", "The number of"),
    ("The number of people on the site at the time is still unknown.", "still unknown"),
    ("The casualties are not known.", "The casualties"),
    # the French journalistic conditional of the present: hearsay
    ("Deux autres assaillants seraient en fuite.", "seraient"),
    ("Les armes utilisées seraient des fusils d'assaut.", "seraient"),
    ("Selon les pompiers, il y aurait pour l'instant trois blessés légers.", "il y aurait"),
    ("La ville lance un audit de ses taudis, qui compterait près de 4000 immeubles.", "compterait"),
    ("Le premier bilan, donné par l'armée, serait d'au moins douze morts.", "serait"),
]

NOT_FLAGGED = [
    # an unknown that is no count: a cause, a motive
    ("It is not clear what caused the collapse of the bridge.", "not clear"),
    ("The motive was unclear.", "unclear"),
    # the speaker's own answer, not a count withheld by those who would know
    ("He said there were casualties but did not know how many.", "know how many"),
    ("We don't know how many people died yet.", "know how many"),
    # conditionals that pass on no report: a modal, a wish, a clause of condition or time,
    # the future of reported speech, the writer's comparison, a supposed cause, a marked guess
    ("Le bilan pourrait encore s'alourdir.", "pourrait"),
    ("Il faudrait des semaines pour déblayer.", "faudrait"),
    ("Si le barrage cédait, des centaines de maisons seraient inondées.", "seraient"),
    ("Une fois que le procureur aurait procédé aux identifications, il parlerait.", "procédé"),
    ("Le ministre a rappelé que les fouilles dureraient encore plusieurs jours.", "dureraient"),
    ("Ce serait l'attentat le plus meurtrier depuis 2015.", "serait"),
    ("L'incendie serait dû à une fuite de gaz.", "serait"),
    ("Il y aurait « peut-être une centaine de blessés », a dit le maire.", "aurait"),
    # imperfects of -rer verbs and names end in -rait too
    ("Le tireur déclarait vouloir se venger et entrait dans la salle.", "déclarait"),
    ("Le porte-parole, Andi Sirait, a donné le bilan.", "Sirait"),
]


@pytest.mark.parametrize(("text", "phrase"), FLAGGED)
def test_round8_kind_is_flagged(text: str, phrase: str) -> None:
    """A source of this kind, named by nobody, is suggested as unconfirmed."""
    assert unconfirmed_over(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), NOT_FLAGGED)
def test_round8_look_alike_is_not_flagged(text: str, phrase: str) -> None:
    """The look-alike a naive rule for the kind would flag is left alone."""
    assert not unconfirmed_over(text, phrase)
