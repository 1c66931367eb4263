"""Unconfirmed attribution, round 8 (issue 14): kinds from real reports, written as our own.

Each row is an invented sentence in the style reporters use for one kind of source; the
negative rows are the look-alikes a naive rule for that kind would flag.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import unconfirmed_over

FLAGGED = [
    # the press's impersonal "learnt", as "it is understood"
    ("It was learnt that the gunmen had come in two cars.", "It was learnt"),
    ("It has been learned that two more bodies were found overnight.", "It has been learned"),
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
    # a figure not given yet, or still being checked
    ("Le ministre n'a pas donné le nombre des assaillants.", "n'a pas donné le nombre"),
    ("« Le chiffre exact sera connu après les fouilles », a-t-il dit.", "sera connu"),
    ("Il a précisé qu'il ne va pas donner de chiffre.", "donner de chiffre"),
    ("Pour l'heure, aucune information officielle.", "aucune information officielle"),
    ("L'authenticité de la revendication n'a pu être vérifiée.", "vérifiée"),
    ("La police est sur place, sans être en mesure de préciser le nombre de disparus.", "préciser"),
    ("Ce soir, ni le bilan ni les causes du sinistre n'étaient connus.", "connus"),
    ("The UN later said the figure was still being verified.", "being verified"),
    ('"We cannot confirm or deny the numbers," he said.', "confirm or deny"),
    ("It couldn't be known how much fuel was stored there.", "known how much"),
    ('"Currently, we don\'t have all the information," he said.', "have all the information"),
    ("It was not immediately clear whether one or two bombers attacked.", "whether one or two"),
    # French sources of a kind, never named, and unnamed people's pluperfect
    ("L'attaque a fait 20 morts, selon un bilan de source militaire malienne.", "source militaire"),
    (
        "Une source militaire a parlé de 20 morts. Dix sont des clients, a ajouté cette source.",
        "a ajouté cette source",
    ),
    ("On mentionne également un second groupe armé.", "On mentionne"),
    (
        "Le groupe a revendiqué via une agence de presse mauritanienne l'attaque.",
        "agence de presse",
    ),
    ("Un autre témoin avait dit à l'AFP avoir vu sept corps.", "Un autre témoin"),
    ("Une source militaire avait d'abord fait part d'un bilan de cinq morts.", "Une source"),
    ("« Ils tirent », avait indiqué un témoin cité par un site local.", "un témoin cité par"),
    ("Deux hommes seraient en fuite, selon un contributeur du journal.", "un contributeur"),
    # unnamed inquiries and journalists, complaints and talk of unnamed people
    ("Train crashed at full speed, was on the loop line: Initial probe\n\nThe train", "probe"),
    ("Preliminary assessments indicated that the blast was caused by gas.", "Preliminary"),
    ("Journalists at the scene saw rescuers carry two bodies away.", "Journalists"),
    ("Locals complained that the fire service arrived two hours late.", "Locals complained"),
    ("Locals at the market talk of a huge explosion before the water came.", "talk of"),
    # reports nobody owns as what someone checks or denies; a contracted negation
    ("Nine died, with reports of dozens of hikers trapped in the gorge.", "reports of"),
    ("The minister denied reports that lightning brought down the crane.", "reports that"),
    ("Officials are investigating reports of 70 miners stuck underground.", "reports of"),
    ("There is a theory about the motive, but it's not confirmed.", "not confirmed"),
    # outlets by web address, by an aside saying what they are, or one word closing a sentence
    ("Pulse.com.gh has learnt that the fire is out.", "Pulse.com.gh"),
    ("TVOne, a local television network, reported three more blasts.", "TVOne"),
    ("The blast killed 28 miners, Yeniduzen reports.", "Yeniduzen"),
    # unnamed people's suspicion, French first findings
    ("Eyewitnesses suspect that oil on the water carried the fire.", "Eyewitnesses"),
    ("Il a été interpellé, selon les premiers éléments de l'enquête.", "premiers éléments"),
    # counts nobody can give, in more words
    ("At this moment no one has any clue how many people are trapped.", "no one has any clue"),
    ('"But no one knows" just how many people were on board.', "no one knows"),
    ("She said the exact number of casualties had not yet been established.", "established"),
    ("The police have not yet been willing to give a final figure.", "willing to give"),
    ("There was no way to confirm that claim.", "no way to confirm"),
    # pictures nobody owns, read in a phrase or by their verb; TV channels, broadcasters
    ("In television images, rescuers were seen carrying people.", "In television images"),
    ("As shown on local television, many houses are covered in mud.", "As shown"),
    ("In the picture published on social media, cars were swept away.", "In the picture"),
    ("The water was ankle-high, as could be seen in photos taken on Monday.", "as could be seen"),
    ("Distressing video clips depicted scenes of grief.", "video clips depicted"),
    ("The country's national broadcaster announced that the toll had risen.", "broadcaster"),
    ("Television channels live telecast the fire.", "Television channels"),
    # a toll passed on by nobody, a wire headline's tag after a dash, a relayed unnamed person
    ("At least 35 reported dead in train derailment\n\nThe train", "reported"),
    ("* Derailment caused by excessive speed - source\n* More", "source"),
    ("The Bangkok Post quoted an official from the Erawan Centre as saying 17 died.", "quoted"),
    ("Reports from a local FM station in Mwanza indicated 400 were on board.", "Reports from"),
    # French unnamed officials, one or two
    ("Les deux responsables ont parlé sous condition d'anonymat.", "sous condition"),
    ("Un haut responsable a prévenu qu'il a pu fuir vers l'Allemagne.", "Un haut responsable"),
    # pictures that circulated, information nobody owns, rescue teams, an unknown French count
    ("Des photos de corps ont circulé sur les réseaux sociaux.", "ont circulé"),
    ("De nombreuses photos circulaient sur les réseaux sociaux.", "circulaient"),
    ("Six workers were lying motionless, according to information received.", "information"),
    ("Aucun corps n'a été retrouvé, selon les dernières informations.", "dernières"),
    ("Officials said 58 died, while rescue teams said more were missing.", "rescue teams"),
    ("Un nombre inconnu d'hommes armés avait pris 100 otages.", "nombre inconnu"),
    ("Thousands waited while an unknown number remained trapped.", "an unknown number"),
    # an embedded tweet by someone the report never names; a video credited to an account
    ("Rescuers free a victim pic.twitter.com/x — Jo Durand (@JoDurand) 6 novembre 2018\n", "Jo"),
    ("VIDEO from the square: the explosion hits via @localnews8\n", "via @localnews8"),
    # the pronoun that opens a claim after an unnamed source
    (
        "According to reports, the fire started at 9 pm. They claimed the blast broke windows.",
        "They",
    ),
    ("A police officer alleged that 40 bodies had no marks. He alleged they were shocked.", "He"),
]

NOT_FLAGGED = [
    # a lesson learned is no source
    ("The lesson learned from the fire was that exits must stay open.", "learned"),
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
    # an inquiry that is the news, a complaint that is the news
    ("An initial investigation was launched on Monday.", "initial investigation"),
    ("Preliminary investigation report sent to the minister: sources\n\nThe roof", "Preliminary"),
    ("Neighbours complained about fumes at least a dozen times.", "complained"),
    # a named speaker's claim carried on by the pronoun
    ("Police chief Raj Kumar said 40 bodies had no marks. He alleged they were shocked.", "He"),
    # the writer's own outlet named in its dateline
    ("PESHAWAR (Dunya News) - The toll rose to 64 on Monday, Dunya News reported.", "Dunya"),
    # one person the report names by an aside of identity
    ("A health official, identified as Dr. Danish, told Reuters 200 bodies arrived.", "official"),
    (
        "Officials said so, according to a hospital official who identified himself as Dr Ali.",
        "a hospital official",
    ),
    # a body's own inquiry; a named man's surname; the noun "suspect"; reports a service took
    ("The fire service said its preliminary investigations indicate a valve failed.", "prelim"),
    ("Officer John Smith was there. The toll rose to 12, Smith reported.", "Smith reported"),
    ("He was held as a witness and as a possible suspect.", "suspect"),
    ("Police received reports of smoke at 9 pm.", "reports of"),
    # footage whose origin is stated: a camera, a named outlet
    ("Close circuit camera footage showed cars being crushed.", "footage showed"),
    ("Video footage from a security camera showed the train hurtling.", "footage"),
    ("After the raid, Reuters video images showed a victim.", "video images showed"),
    ("Footage shot from public broadcaster NHK's helicopter showed smoke.", "Footage"),
    ("Live video from the Associated Press showed cars burning.", "Associated Press"),
    ("One heart-stopping image showed a truck halted at the edge.", "image showed"),
    # a toll reported by a named man; plural police officials; a named man quoted by an outlet
    ("Gunasekara had reported a toll of 207 with 450 people reported injured.", "people reported"),
    ("Des responsables de la police ont indiqué que le suspect était blessé.", "responsables"),
    ("The Bangkok Post quoted Police Chief Somchai Lee as saying 17 died.", "quoted"),
    # a tweet of the official the report quotes, or of a body
    (
        "Mayor Bill de Blasio said 12 died.\n\nHeartbroken pic.twitter.com/x — Bill de Blasio"
        " (@NYCMayor) December 29, 2017\n",
        "— Bill",
    ),
    ("Road closed pic.twitter.com/x — Hawaii DOT (@DOTHawaii) June 22, 2019\n", "Hawaii DOT"),
    ("He had called the station an unknown number of times.", "unknown number"),
    # "cette source" after a named body is that body
    ("Le ministère cite 296 morts. Selon cette source, 153 sont blessés.", "cette source"),
    # an official body beside unnamed people
    ("Police, Fire Service and local sources said the fire broke out at 9 pm.", "local sources"),
]


@pytest.mark.parametrize(("text", "phrase"), FLAGGED)
def test_round8_kind_is_flagged(text: str, phrase: str) -> None:
    """A source of this kind, named by nobody, is suggested as unconfirmed."""
    assert unconfirmed_over(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), NOT_FLAGGED)
def test_round8_look_alike_is_not_flagged(text: str, phrase: str) -> None:
    """The look-alike a naive rule for the kind would flag is left alone."""
    assert not unconfirmed_over(text, phrase)
