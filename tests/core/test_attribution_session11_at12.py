"""Unconfirmed attribution, session 11 (at12): each kind from real reports, told in invented
sentences of our own, beside the look-alike a naive rule for it would flag."""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import unconfirmed_over

FLAGGED = [
    # a confirmation still pending, or out of reach, with nothing after it or over reports
    ("Officials have yet to confirm, but dozens are feared trapped.", "yet to confirm"),
    ("The coast guard has yet to confirm the reports of a second wreck.", "yet to confirm"),
    ("But the police were not able to confirm reports of shots.", "not able to confirm"),
    # reports nobody owns, with an adverb or "also" moved
    ("Reports now suggest that every passenger survived.", "Reports now suggest"),
    ("Most were hurt by smoke but there also were reports of stab wounds.", "reports"),
    # unnamed people recalling or stressing; an outlet stressing
    ("Observers recall that the valley is hard to defend.", "Observers recall"),
    ("Experts point out that the dam is old.", "Experts point out"),
    ("The dam, which the BBC points out is a century old, held.", "BBC points out"),
    # French: unnamed sources announcing, or giving what the report passes on
    ("Certaines sources annoncent une trentaine de morts.", "sources annoncent"),
    (
        "Le bilan atteint 40 morts, d'après des chiffres donnés hier par des sources locales.",
        "par des sources",
    ),
    # French: the past conditional with an adverb before the participle
    ("L'incendie aurait d'abord pris dans la réserve.", "aurait d'abord pris"),
    ("Les tirs auraient probablement été entendus au loin.", "auraient"),
    # an outlet as the only source after its verb; one person inverted after a quotation
    ("Neuf maisons ont brûlé, a indiqué BFMTV.", "a indiqué BFMTV"),
    ("« L'eau montait vite », a raconté à l'AFP un voisin.", "un voisin"),
    ("“The roof just fell,” said a neighbour.", "said a neighbour"),
    # an outlet whose clause names someone only as what it says about them
    ("CNN said Tom Reed had been arrested at dawn.", "CNN said"),
    # a press agency, a radio by its capitalised name, a national broadcaster by its letters
    ("The state-run Eastland Press Agency said the bridge had fallen.", "Press Agency said"),
    ("Mary Holt from Coastline Radio reported that the road was shut.", "Coastline Radio"),
    ("ERT reported that the line was closed for the night.", "ERT reported"),
    # one official of a body whose long name holds small words
    ("An official from the River Safety and Rescue Corps said the boat sank.", "An official"),
    # one who only claims to speak for a group
    ("A man claiming to be a spokesman for the gang called the radio.", "claiming to be"),
    ("Ike Obi, who claimed to be a spokesman for the group, gave a name.", "claimed to be"),
    # pictures going round online; an unnamed worker disclosing
    ("The photos making the rounds on social media show the square.", "social media"),
    ("One of the nurses on duty disclosed that 30 people were brought in.", "disclosed"),
    # media that confirm; a wire by its short name after its verb
    ("The closure was confirmed by local media.", "confirmed by local media"),
    ("Le maire a annoncé la fin du siège, rapporte Belga.", "rapporte Belga"),
    # media citing nobody named
    ("About 9,000 people gathered, local media reported, citing witnesses.", "local media"),
    # the same unnamed person met again, first met as one of many
    (
        "One of the nurses on the ward disclosed that 30 were brought in. "
        "“More are coming,” the nurse said.",
        "the nurse said",
    ),
    # who did it, only supposed
    ("If the claim turns out to be genuine, the gang has struck again.", "If the claim"),
    ("If the militia is found to be the culprit, talks will end.", "found to be the culprit"),
    ("If the gang, whose name means “river dogs”, was responsible, it is a shift.", "responsible"),
    # an outlet's titled reporter; other counts and claims nobody owns
    ("The wards are full, CNN's Dr. Jane Roe reported from the port.", "Dr. Jane Roe reported"),
    ("The mayor said other estimates ranged from 300 to 500.", "other estimates"),
    ("The survey supports other claims that the toll was too low.", "other claims"),
    # social networks; sources an outlet leaves unnamed; French "fait part" inverted
    ("Images shared on social networks showed the flooded road.", "social networks"),
    ("The agency said, citing guards that it did not name, that two escaped.", "did not name"),
    ("« Trente maisons sont détruites », a fait part un élu du canton.", "un élu"),
    # an outlet citing a statement nobody is said to have made
    ("Most deaths were in the hills, in a statement cited by The Guardian.", "cited by"),
    # one official of a named institution and its town
    ("An official at the State Teaching Hospital, Ondo also said 12 had died.", "An official"),
    # a counted few of a force's officials; the outlet's own unnamed correspondent
    ("Two law enforcement officials said the van was stolen.", "Two law enforcement"),
    ("The toll rose to 40, reports our Lagos correspondent quoting officials.", "our Lagos"),
    # what unnamed people saw
    ("Police held a man who was seen by neighbours to have lit the fire.", "seen by neighbours"),
    # a toll nobody has confirmed
    ("The toll of 40 given by the villagers is unconfirmed.", "is unconfirmed"),
    # pictures posted online by nobody named
    ("Images posted on Instagram after the storm showed boats on the road.", "Images posted"),
]

NOT_FLAGGED = [
    # pictures the mayor posted
    ("Photos posted on Facebook by the mayor showed the damage.", "Photos posted"),
    # people whose safety nobody has confirmed: unaccounted for, no claim
    ("Two died, while the safety of 60 hikers is unconfirmed.", "is unconfirmed"),
    ("Ten residents whose whereabouts are unconfirmed were sought.", "are unconfirmed"),
    # seen by an official body, or by a minister before publication
    ("The smoke was seen by the coast guard.", "seen by"),
    ("The report was seen by the minister before publication.", "seen by"),
    # plain counted officials (a report names them next); a named correspondent
    ("Two officials said the road was shut.", "Two officials"),
    ("Our reporter John Bello said the market burned.", "Our reporter"),
    # a named speaker after the institution's comma
    ("Staff at the State Teaching Hospital, John Bello said, had gone home.", "Staff"),
    # an official body's statement, cited by an outlet
    (
        "Most deaths were in the hills, the ministry said in a statement cited by The Guardian.",
        "cited by",
    ),
    # a named mayor makes known his grief, no claim inverted
    ("« Trente maisons sont détruites », a fait part le maire, Paul Roux.", "fait part"),
    # a named doctor of no outlet; estimates owned by a body
    ("The wards are full, Dr. Jane Roe reported from the port.", "Jane Roe"),
    ("The ministry's estimates ranged from 300 to 500.", "estimates"),
    # nurses met as a group are not "the nurse" met again; a duty supposed, not a culprit
    (
        "Nurses on the ward said that 30 were brought in. “More are coming,” the nurse said.",
        "the nurse said",
    ),
    ("If he is responsible for the budget, he should resign.", "responsible"),
    # media citing a named holder of an office (the title in lower case)
    ("About 9,000 people gathered, local media reported, citing state governor Ana Diaz.", "media"),
    # a body confirms; a named person posts on his own account
    ("The closure was confirmed by police.", "confirmed by"),
    ("“We will rebuild,” the mayor posted on Facebook.", "Facebook"),
    # a named speaker after the outlet's verb; a body disclosing; a named official
    ("CNN said Police Chief Tom Reed confirmed the toll.", "CNN said"),
    ("The ministry disclosed the names of the dead.", "disclosed"),
    ("An official from the River Safety Corps, Ann Lee, said the boat sank.", "An official"),
    # a claim to be one of a crew, no one speaking for a group
    ("He claimed to be a member of the crew.", "claimed to be"),
    # French: the outlet is the one spoken to; the speaker is named, or an official body
    ("« Neuf maisons ont brûlé », a indiqué à l'AFP le maire du village, Paul Roux.", "l'AFP"),
    ("Neuf maisons ont brûlé, a indiqué la préfecture à franceinfo.", "franceinfo"),
    # the one person is the subject of what a named speaker says, not a speaker inverted
    ("Ana Ruiz, whose shop burned, said an elderly neighbour had died.", "neighbour"),
    # people inside what an official body says, with a day and a count between
    ("Officials said Monday that at least 40 people had died and warned of more rain.", "people"),
    # a named body confirms, or a plan is still to be confirmed by someone named
    ("The coast guard has yet to confirm its schedule for the drill.", "yet to confirm"),
    ("The mayor was able to confirm the reports on Monday.", "able to confirm"),
    # reports of a body that owns them, nobody recalling as a source
    ("The ministry's reports now show a fall in cases.", "reports now"),
    ("Residents recall the flood of 1990 every spring.", "Residents recall"),
    # French: a body announces; armed men are the agent of a killing, no source
    ("La préfecture a annoncé 12 morts.", "a annoncé"),
    ("Le garde a été tué par des hommes armés.", "par des hommes"),
]


ROWS = [(text, phrase, True) for text, phrase in FLAGGED] + [
    (text, phrase, False) for text, phrase in NOT_FLAGGED
]


@pytest.mark.parametrize(("text", "phrase", "flagged"), ROWS)
def test_session11_row(text: str, phrase: str, flagged: bool) -> None:
    """A kind of unconfirmed sourcing is suggested over its phrase; its look-alike, with no
    claim left unconfirmed, is not."""
    assert unconfirmed_over(text, phrase) is flagged
