"""Unconfirmed attribution, round 5 (issue 14): kinds from real reports, written as our own.

Each row is an invented sentence in the style reporters use for one kind of source; the
negative rows are the look-alikes a naive rule for that kind would flag.
"""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse
from tests.core.suggest_probe import unconfirmed_over


def _any_flagged(text: str) -> list[str]:
    return [text[s.start : s.end] for s in analyse(text) if s.label == "unconfirmed"]


FLAGGED = [
    # one unnamed official whose nationality is capitalised, after a name that ends the claim
    ("The raid was carried out by Al Shabab, a U.S. official said.", "a U.S. official said"),
    ("The bomb was made by Boko Haram, a Nigerian officer told reporters.", "Nigerian officer"),
    # a person known by standing
    ("A senior figure in the militant group has told the BBC it planted the bomb.", "figure"),
    ("One leading figure in the movement said the march would go on.", "leading figure"),
    # hyphenated eye-witnesses
    ("According to eye-witnesses, the gunmen fired into the crowd.", "eye-witnesses"),
    # the pronoun of an unnamed group speaking
    ("Some claimed the attackers had asked for identity cards.", "Some claimed"),
    ("Others said they had heard two blasts before the roof fell.", "Others said"),
    # reports nobody owns, with a word between
    ("It killed 11, according to conflicting casualty reports.", "conflicting casualty"),
    ("There are various reports of more devices near the finish line.", "various reports"),
    ("Horrifying reports revealed how pupils were told to stay in their cabins.", "reports"),
    ("There were at least 300 dead according to unofficial records.", "unofficial records"),
    ("It was initially reported that 368 people had been rescued.", "initially reported"),
    # a claim on condition of a confirmation
    ("If the toll estimate by officials is confirmed, it would be the worst on record.", "If"),
    ("If confirmed, it would be the deadliest attack in a decade.", "If confirmed"),
    # a figure withheld
    ("The company confirmed deaths but would not give a specific figure.", "would not give"),
    ("Aucune information précise n'était disponible quant au nombre de disparus.", "Aucune"),
    # footage from the scene, of unstated origin
    ("Images from the scene showed smoke pouring from the fuselage.", "Images from the scene"),
    # outlets by a short name or as "the X agency"
    ("Investigators were sent to the site, the Chronicle said.", "the Chronicle said"),
    ("The Belga agency said 34 people had died.", "Belga agency said"),
    # an outlet relaying a source, one span with what it cites
    ("Thirty were hurt, Xinhua said, citing local media.", "Xinhua said"),
    # an unnamed prosecutor inside a relative clause
    ("They held a third mate who a prosecutor said was steering.", "a prosecutor said"),
]

NOT_FLAGGED = [
    # an appositive closed by a comma names the person
    "Phil Davis, a Gazette crime reporter, said the man was armed.",
    # what someone works as is a predicate
    "Faizul Muhit, an NGO official working as a volunteer, told The Daily Star.",
    # "one day after" is a time, not one person
    "Cava told a news conference, one day after local officials said no hope remained.",
    # an infinitive of what there is to tell is no telling
    "Many of the survivors have heart-breaking stories to tell.",
    "Residents had little to say about the fire.",
    # the group's own official channel is on the record
    "A statement from the group on its official Twitter feed says it planted the bomb.",
    # an agentless passive whose agent the sentence gives later, on the record
    "The gunmen were said to number ten, according to police.",
    # an outlet relaying officials it cites
    "The toll rose to 159, according to officials at the port, Yonhap news agency reports.",
    # look-alikes: an official body, police reports, pronouns that are not subjects of saying
    "The UN agency said 30 people had died.",
    "Police reports revealed the fire began in the kitchen.",
    "Some of the dead were children, police said.",
    "Police said if a fire is confirmed they will evacuate the block.",
    "A figure of 300 was given by the ministry.",
]


FLAGGED_MORE = [
    # footage of unstated origin in other words
    ("Disturbing visuals from the scene show the ship striking a pier.", "visuals from the scene"),
    # French: what a sentence places on social media
    ("Sur les médias sociaux défilaient des photos de disparus.", "Sur les médias sociaux"),
    # French: a figure withheld
    ("On ne s'avance pas sur un chiffre de victimes, a dit le porte-parole.", "ne s'avance pas"),
    # a reduced relative of hearsay
    ("Police are trying to learn who the gunman, said to have long hair, is.", "said to have"),
    # an outlet that could not check
    ("Reuters could not confirm that.", "Reuters could not confirm"),
    # outlets in general
    ("Some news organisations reported the toll was already 52.", "news organisations"),
    ("Photos showed a bridge washed away, while TV stations showed footage.", "TV stations"),
    # witnesses a named speaker quotes, and a wire's cameraman
    ("Quoting witnesses, Azad said bodies were lying in the street.", "Quoting witnesses"),
    ("An Associated Press cameraman said rescuers were digging by hand.", "cameraman said"),
    ("The bomb was hidden in a kiosk, ITAR-Tass said.", "ITAR-Tass said"),
    # a sentence-initial adjective is no part of a name when the source goes on in lower case
    ("Aerial TV footage showed dozens of police cars at the scene.", "TV footage showed"),
    # an appositive that starts with an irregular participle
    ("Video footage, seen at the top of this page, showed the damage.", "Video footage"),
    ("Witnesses, shaken by the blast, said three people died.", "Witnesses"),
]

NOT_FLAGGED_MORE = [
    # an unnamed source beside a named body: the body answers for it
    "Gunfire sent scores fleeing on to the streets, according to witnesses and the Red Cross.",
    "Fire engulfed a boarding house, killing six people, police and news reports said.",
    # a capitalised source inside a name stays unflagged
    "The Brennock Supporters Trust said the club was safe.",
    "A resident, John Smith, said three people died.",
    # people do not report by showing
    "Photos taken on Tuesday after the blast that left 100 people injured show a ruined port.",
]


@pytest.mark.parametrize(("text", "phrase"), FLAGGED + FLAGGED_MORE)
def test_round5_kinds_are_flagged(text: str, phrase: str) -> None:
    """Each unconfirmed kind met in real reports gets a suggestion over its cue."""
    assert unconfirmed_over(text, phrase)


@pytest.mark.parametrize("text", NOT_FLAGGED + NOT_FLAGGED_MORE)
def test_round5_look_alikes_are_not(text: str) -> None:
    """Named, on-the-record or non-source look-alikes of those kinds get no suggestion."""
    assert _any_flagged(text) == []


def test_a_relay_chain_is_one_span() -> None:
    """An outlet and the unnamed source it cites are one suggestion, not two."""
    text = "Thirty were hurt, Xinhua said, citing local media."
    assert _any_flagged(text) == ["Xinhua said, citing local media"]


def test_witnesses_begin_to_describe_is_still_their_account() -> None:
    """A perfect with an infinitive ("have begun to describe") is still the source's report."""
    assert _any_flagged("Witnesses have begun to describe the attack.") != []


def test_residents_beside_university_students_stay_unnamed() -> None:
    """Only a capitalised body's name answers for the unnamed source beside it."""
    assert _any_flagged("Residents and university students said three died.") != []
