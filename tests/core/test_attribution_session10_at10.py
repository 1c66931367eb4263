"""Unconfirmed attribution, session 10 (issue 14, at10): kinds from real reports, in our words.

Each row is an invented sentence in the style reporters use for one kind of source; the
negative rows are the look-alikes a naive rule for that kind would flag.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import unconfirmed_over

FLAGGED = [
    # a count those who would know leave out, hold back or are still making
    ("The diocese and the county did not specify the casualty figure.", "did not specify"),
    ("Officials did not specify how many were hurt.", "did not specify how many"),
    ("“I can't specify the number of people hurt,” the nurse said.", "specify the number"),
    ("The ministry did not initially confirm the death toll.", "did not initially confirm"),
    ("The agency said it was still compiling the casualty figure.", "still compiling"),
    ("The ministry has not released a breakdown of the dead by region.", "not released"),
    ("We do not yet have precise casualty figures, the mayor said.", "precise casualty"),
    # French: a count still unknown, still to come, or not confirmed
    ("Le chiffre exact des blessés n'est pas encore connu pour l'instant.", "pas encore connu"),
    ("Le nombre de familles relogées des 30 appartements de la tour demeure inconnu.", "inconnu"),
    ("Un bilan du nombre de disparus doit suivre dans la soirée.", "doit suivre"),
    ("Le maire n'a pas voulu s'avancer sur un nombre précis de victimes.", "s'avancer"),
    ("La radio parle de 4 morts, sans que la préfecture ne confirme ce chiffre.", "sans que"),
    # an outlet as the only source: learning, recalling, putting forward; a day between
    ("The Harbour Times gathered that the gate had been locked.", "gathered"),
    ("CNN on Friday said the road had been closed.", "CNN on Friday said"),
    ("According to Canada's CBC, the toll rose to 9.", "According to"),
    ("L’Observateur rappelle que la route est dangereuse.", "rappelle"),
    ("Le réseau TVA avait avancé un bilan de 6 morts.", "avait avancé"),
    # a claim or count that cannot be checked, or is not yet authenticated
    ("The group said it did it, but such claims are hard to verify.", "hard to verify"),
    ("“It is difficult to count them because the site is flooded.”", "difficult to count"),
    ("“We're not sure of casualty figures yet,” the chief said.", "not sure"),
    ("There has been no confirmed claim of responsibility.", "no confirmed claim"),
    ("The number of injured has also been reported to have increased to 93.", "reported to"),
    ("Le message n'a cependant pas encore été authentifié.", "authentifié"),
    ("La préfecture « ne confirme ni n'infirme » la présence de touristes.", "ne confirme ni"),
    # a toll nobody is said to report: still hearsay beside the missing-person reports below
    ("Two deaths have been reported in the valley.", "have been reported"),
    # unnamed sources' suspicion with its object; a counted few of a force
    ("However, security sources suspect the rebel group of the raid.", "sources suspect"),
    ("One local security source suspected the rebel group.", "source suspected"),
    ("Two police officers said that the van was stopped at the border.", "Two police"),
    # one unnamed official of a body the report names ("at the"/"from the" before the name)
    ("An official at the Central Hospital said 23 bodies had been taken in.", "An official"),
    ("An official from the Civil Defence Corps said the bomb was buried.", "An official"),
    # one unnamed person of a crowd
    ("A spectator told AFP that the gates were shut.", "A spectator told"),
]

NOT_FLAGGED = [
    # no count is left out: a date, a plan
    ("The council did not specify a date for the reopening.", "did not specify"),
    ("The firm has not released a statement on the closure.", "not released"),
    ("The engineers were still compiling their report on the bridge.", "still compiling"),
    # someone gives the count, or confirms it
    ("Un bilan doit être dressé par le maire ce soir.", "bilan"),
    ("Le chiffre d'affaires de la société est connu.", "chiffre"),
    ("Les pompiers ont confirmé ce chiffre dans la soirée.", "confirmé"),
    # a missing-person report is the news itself (blind4's guideline)
    ("Four people died and dozens are reported missing after the storm.", "reported"),
    ("A child has been reported as missing in the flood.", "reported"),
    # a witness named between the noun and the verb speaks on the record
    ("A witness, John Smith of Leeds, said the gate was open.", "A witness"),
    # no source suspects, no counted few speak
    ("Residents and suspected gunmen clashed at dawn.", "suspected"),
    ("Police found the source of the suspected leak.", "source"),
    ("The two officers said nothing more about the chase.", "two officers"),
    ("Two officers were injured in the chase, the force said.", "Two officers"),
    # nothing left to check: a place hard to reach, a theft told to the police, a message
    # authenticated by the police
    ("The village is hard to reach by road.", "hard to reach"),
    ("The theft has been reported to police.", "reported to"),
    ("Le message a été authentifié par la police.", "authentifié"),
    # no outlet speaks: a crowd gathers, a road network moves on, a named minister speaks
    ("The crowd gathered outside the Harbour Times building.", "gathered"),
    ("Le réseau routier avance vite.", "avance"),
    ("According to Canada's health minister Jane Doe, the toll rose to 9.", "According to"),
]


@pytest.mark.parametrize(("text", "phrase"), FLAGGED)
def test_session10_kind_is_flagged(text: str, phrase: str) -> None:
    """Each kind of unconfirmed sourcing is suggested over its phrase."""
    assert unconfirmed_over(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), NOT_FLAGGED)
def test_session10_look_alike_is_not_flagged(text: str, phrase: str) -> None:
    """A look-alike of a kind, with no claim left unconfirmed, is not suggested."""
    assert not unconfirmed_over(text, phrase)
