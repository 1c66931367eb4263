"""Unconfirmed attribution, round 6 (issue 14): kinds from real reports, written as our own.

Each row is an invented sentence in the style reporters use for one kind of source; the
negative rows are the look-alikes a naive rule for that kind would flag.
"""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import unconfirmed_over

FLAGGED = [
    # a pronoun carrying on an unnamed speaker in reported speech
    (
        "People ran onto the pier, an eyewitness said. The railing may have given way, he added.",
        "he added",
    ),
    (
        "The roof fell in, a survivor said. Children were trapped inside, she said.",
        "she said",
    ),
    ("Witnesses say guards fired first. At that point, they say the man ran.", "they say"),
    # ... and on down a chain of such pronouns
    (
        "The ferry tilted, a passenger said. Water came in, he added. Nobody helped, he said.",
        "Nobody helped, he said",
    ),
    # a figure those who would know have not given yet
    ("The government has yet to release the exact death toll from the blast.", "yet to release"),
    ("City authorities are yet to release details of casualties.", "yet to release"),
    ("The authorities do not have an official toll yet.", "do not have an official toll"),
    # an unnamed group said who they are by a relative clause
    ("Others who live in the street said they heard two blasts.", "Others who live"),
    # pictures of unstated origin showing, and footage an unnamed person filmed
    ("Images showed nurses pushing beds through the water.", "Images showed"),
    ("Photos from the town show roofs torn off.", "Photos from the town show"),
    ("A video filmed by a resident shows the wall falling.", "filmed by a resident"),
    ("On le voit sur des images filmées par un voisin.", "filmées par un voisin"),
    # a journalist of an outlet who saw it
    ("At dusk an AFP reporter saw dozens of ruined homes.", "AFP reporter saw"),
    # a named journalist of an outlet, with a long aside of where they report from
    (
        "Al Jazeera's Ann Roe, reporting from the main hospital in the district of Saharsa,"
        " said wards were full.",
        "Al Jazeera's Ann Roe",
    ),
    # what a claim is based on, when that names nobody
    ("Nearly 50 died, based on the remarks of a senior government official.", "based on"),
    ("Based on witness statements, one attacker blew himself up.", "Based on witness"),
    # reports nobody owns, as what someone reacts to or corrects
    ("Residents were angered by reports that the dam gates were opened.", "by reports that"),
    ("Officials said it had eight floors, correcting earlier reports.", "earlier reports"),
    # an unnamed institution speaking for itself
    ("A local hospital said the dead were aged 10 to 20.", "A local hospital said"),
    # a headline opened by its unnamed source
    ("Turkish Official: At Least 36 Dead In Airport Attack\n\nThe attack killed 36.", "Official"),
    # French: a journalist of an outlet, a toll put forward by an outlet
    ("Un journaliste de Nice matin raconte la panique.", "Un journaliste"),
    ("Un premier bilan avancé par BFMTV fait état de 30 morts.", "avancé par BFMTV"),
    # what unnamed people believe, with an aside before the verb
    ("The rescue workers, watched by relatives, believe two girls are trapped.", "rescue workers"),
    # the adverb before "be"; a claim on condition of its confirmation
    ("The claim could not immediately be verified.", "could not immediately be verified"),
    ("If the involvement of militants is confirmed, it would be the third attack.", "If the"),
    # information and websites nobody owns
    ("According to latest information, the toll climbed to 12.", "According to latest"),
    ("It lost height, according to flight data tracking websites.", "tracking websites"),
    ("The toll is 20, and a reported 42 people are in hospital.", "a reported 42"),
    # one of a group speaking after a quotation
    ('"People lay on the ground," said one of the witnesses of the attack.', "one of the"),
    # an outlet described, its name in an aside
    ("Spain's public broadcaster, RTVE, reported that four were shot.", "public broadcaster"),
    # footage put online by nobody named
    ("Several videos of the attack were posted online.", "videos of the attack"),
    ("Samedi, plusieurs vidéos de l'attaque ont été publiées sur Internet.", "vidéos"),
    # French negated confirmations and the conditional with an aside
    ("Le ministère a parlé de 51 Belges, sans confirmer ni infirmer leur mort.", "sans confirmer"),
    ("Il a déclaré ne pas pouvoir « confirmer » la présence de Français.", "ne pas pouvoir"),
    ("L'assaillant, qui aurait, selon une source, agi seul, a été abattu.", "aurait"),
    # an unnamed official, an outlet after the role word in the next sentence is no name
    (
        "Half a hill fell, another official said. Hui arrived, the official Xinhua News Agency"
        " said.",
        "another official said",
    ),
    # a live blog's telegraphic passives and news of unstated origin
    ("Live\n\nTwo fatalities reported so far, with 23 wounded.\n\nMore.", "reported"),
    ("Live\n\nThird explosion reported:\n\nMore.", "reported"),
    ("Live\n\nExplosion heard near the finish line\n\nMore.", "heard"),
    ("News is coming in that two blasts hit the finish line.", "News is coming in"),
    ("Messages from pupils on the ferry were shared in Korean media.", "shared in Korean media"),
    # a spokeswoman of no body the phrase names
    ("Among the dead were 16 pupils, a spokeswoman said.", "a spokeswoman said"),
    # figures those who would know do not give
    ("Ten were hurt, he said, but could not confirm how many were inside.", "how many"),
    ("He declined to comment on the likely death toll.", "declined to comment"),
    ("They were not yet ready to confirm any deaths.", "not yet ready"),
    # a speaker passing on what they heard; an outlet quoting unnamed experts
    ("She said she had only heard that bodies were found.", "heard that"),
    ("Speed limits were in force there, RIA Novosti quotes experts.", "quotes"),
    ("Fifteen bodies were found, the China Global Television Network reported.", "Network"),
    ("Television showed doctors wading through the ward.", "Television showed"),
    # the unnamed person or outlet met again by its noun
    (
        '"All are missing someone," a tour guide said. The guide said her cousins were lost.',
        "The guide said",
    ),
    ("Xinhua said 12,000 died. In one county, 600 were buried, the agency said.", "the agency"),
    # an inversion of reports, one report nobody owns, a call sign of a place
    ('"We have a report of one dead," say reports.', "say reports"),
    ('"Some were found far away," Roe said. "There was a report that two fled."', "a report that"),
    ("Shoppers hid in a freezer, KDFW-TV of Dallas-Fort Worth reported.", "KDFW-TV"),
]

NOT_FLAGGED = [
    # the pronoun after a named speaker or a spokesman of a named body is theirs
    (
        "Two died, the Zhangping spokesman said. The store owns the building, he added.",
        "he added",
    ),
    (
        "The fire spread fast, Fire Chief Ann Ross said. Nobody was hurt, she added.",
        "she added",
    ),
    # after a quotation: the person's own words
    ('One resident said deputies came at two. "We had minutes to get out," she said.', "she said"),
    # opening a sentence: a new statement, often of someone else
    ("A U.S. official said troops were hurt. He said there were casualties.", "He said"),
    # the sentence's speaker is named, the unnamed source only his
    (
        "Mr. Gamez said he was told by a medic that 27 died. Most were inside, he said.",
        "Most were inside, he said",
    ),
    # the speaker two sentences back is no longer who the pronoun means
    (
        "A councillor told our reporter they were ahead. Mensah arrived. Asked about it, she said"
        " nothing.",
        "she said",
    ),
    # an official body named by its place speaks; the outlet only relays it
    (
        "Homes were flattened, the Sichuan government said, the Bangkok Post reported.",
        "Bangkok Post",
    ),
    (
        "The provincial government announced the figure, according to the official Xinhua News"
        " Agency.",
        "Xinhua",
    ),
    ("Xinhua said 40 were rescued, according to the local emergency rescue command.", "Xinhua"),
    # "yet to" of something that is no figure
    ("The family has yet to release a statement.", "yet to release"),
    ("Others who died were buried on Sunday.", "Others"),
    # a picture an outlet adds, a named body's own release, an outlet's own photographs
    ("Fifty died, a police official said, with pictures showing bodies.", "pictures"),
    ("Satellite images released by NASA show the flooded area.", "images"),
    ("The count is based on aerial photographs taken by the Post.", "photographs"),
    # who took a video is no source: the gunman's own video, a man shot by police
    ("The video, apparently taken by a gunman, showed him driving.", "taken by a gunman"),
    # the speaker's own channel, and an official body's feed
    ('"It was a sad day," he said in a video posted on social media.', "video"),
    ("A video posted on the agency's social media feed said 40 survived.", "video"),
    # headline case is the headline's own news; a participle with a main verb after it
    ("BREAKING: Shooting Reported at Madden Tournament\n\nMore text here.", "Reported"),
    ("A series of four explosions heard in Bata left a plume of smoke.", "heard"),
    ("Deaths reported to the ministry rose to ten.", "reported"),
    # a body's spokeswoman
    ("A police spokeswoman said 16 died.", "spokeswoman"),
    ("A spokeswoman for the airline said 16 died.", "spokeswoman"),
    # the noun met again of a named person; an unnamed official with no claim
    ("Fire chief Ann Roe said it spread. The chief said nobody died.", "The chief said"),
    (
        "A US official said he was told six died. The official said he had no new information.",
        "The official said",
    ),
    # the comma: another speaker after the verb, an outlet one speaks to
    ("Buses came for injured passengers, said police officer Ann Roe.", "passengers"),
    ("Roe, in an interview with local media, said thousands could be dead.", "local media"),
    # an official body with unnamed people; an outlet quoting a named official (French)
    ("Fire officials and witnesses said people kept pouring in.", "witnesses"),
    ("Selon la mairie et des témoins présents, plusieurs victimes sont à déplorer.", "témoins"),
    ("Le procureur de la République cité par la chaîne iTELE évoque 60 morts.", "cité par"),
    ("Il y a 50 blessés, a précisé le porte-parole Ann Roe, cité par les médias.", "médias"),
    # one person by role named in the next sentence by the same role and a name
    ("An official says a bus fell into a gorge. Local official Ann Roe says 30 were hurt.", "An"),
    # an outlet quoting a name and its role
    ("There were injuries, PTI quoted Ann Roe, a police superintendent, as saying.", "PTI"),
    # the channel of an armed group, named or affiliated (the group's own statement)
    ("Islamic State's Amaq news agency said the men were its soldiers.", "Amaq"),
    ("Claiming the attack, jihadi-affiliated news agency Amaq said they were soldiers.", "Amaq"),
    # an outlet relaying a minister it names; a named speaker's channel; a hotel chain
    (
        '"Prepare for the worst," Ann Roe, the health minister, told a radio station, according'
        " to a Vox report.",
        "radio station",
    ),
    ("The Tribune cited Health Minister Ann Roe as confirming the new toll.", "Tribune"),
    (
        "L'attaque a eu lieu, indique l'entreprise dans un communiqué diffusé via les réseaux"
        " sociaux.",
        "réseaux",
    ),
    ("Les clients étaient 565, selon la chaîne de l'établissement.", "chaîne"),
    # witnesses an official body relays; people counted, not cited
    ("It fell fast, with authorities saying witnesses saw the jet plunge.", "witnesses"),
    ("Local media said 140 were hurt, based on a tally of people sent to hospitals.", "people"),
    # an object of the named speaker's claim, not a group speaking; a passive belief
    ("Commander Ann Roe said some of the victims may never be identified.", "some of the"),
    ("Roe said the unnamed bombers were believed to be part of one group.", "unnamed"),
    # residents' call that an official body gives the account of
    (
        "Deputies came after nearby residents reported hearing a blast, according to the"
        " sheriff's office.",
        "residents reported",
    ),
]


@pytest.mark.parametrize(("text", "phrase"), FLAGGED)
def test_round6_kind_is_flagged(text: str, phrase: str) -> None:
    """Each round-6 kind of unconfirmed source is suggested over its phrase."""
    assert unconfirmed_over(text, phrase)


@pytest.mark.parametrize(("text", "phrase"), NOT_FLAGGED)
def test_round6_look_alike_is_not_flagged(text: str, phrase: str) -> None:
    """The look-alikes of the round-6 kinds are not suggested as unconfirmed."""
    assert not unconfirmed_over(text, phrase)
