"""The reporting-clause reader (clauses.py, issue 14, session 12), on invented sentences in
the project's words: the source a reporting verb attaches to, past an adverbial slot, inverted
after the verb, after "according to" or as a passive's agent, and the shape that grades it
(named, official body, outlet, hearsay, unnamed, pronoun); and the sentences where it must
find no source (a passive, what is said rather than who says it)."""

from __future__ import annotations

import re

import pytest

from quizapp.core.suggest import clauses
from quizapp.core.suggest.lexicon import load_lexicon
from tests.core.suggest_probe import unconfirmed_over


def _read(text: str, outlets: tuple[tuple[int, int], ...] = ()) -> list[tuple[str, str, str]]:
    """Each clause of the one sentence ``text``: its place, its shape and its source's words."""
    found = clauses.read_clauses(load_lexicon(), text, (0, len(text)), outlets)
    return [(c.place, c.source.shape, text[c.source.start : c.source.end]) for c in found]


@pytest.mark.parametrize(
    ("text", "source", "shape"),
    [
        # a role, indefinite or bare, whatever words stand inside it
        (
            "A harbour pilot union chief said six boats sank.",
            "A harbour pilot union chief",
            "unnamed",
        ),
        ("Ferry crew later said the ramp had failed.", "Ferry crew", "unnamed"),
        ("Eastmere Fire official said two engines were sent.", "Eastmere Fire official", "unnamed"),
        (
            "Lifeboat volunteers on Sunday evening reported more debris.",
            "Lifeboat volunteers",
            "unnamed",
        ),
        # a bare plural alone may be a service's staff ("Forecasters said"): left to the
        # lexicon's vague sources
        ("Hikers warn that the path is blocked.", "Hikers", "unknown"),
        (
            "One of the ferry's deckhands described a loud bang.",
            "One of the ferry's deckhands",
            "unnamed",
        ),
        ("Her brother confirmed she was on the bus.", "Her brother", "unnamed"),
        (
            "Un pêcheur témoin du naufrage a mentionné une vague.",
            "Un pêcheur témoin du naufrage",
            "unnamed",
        ),
        # on the record: a body, a named person, a spokesman
        ("The coast guard said nine were rescued.", "The coast guard", "body"),
        ("Police in the town said the road was shut.", "Police in the town", "body"),
        (
            "Harbour master Ana Ruiz told reporters the quay was closed.",
            "Harbour master Ana Ruiz",
            "named",
        ),
        (
            "A spokeswoman for the ferry company said the crossing was cancelled.",
            "A spokeswoman for the ferry company",
            "body",
        ),
        # outlets by their head noun, and hearsay
        ("Eastmere Channel 5 TV reported a second blast.", "Eastmere Channel 5 TV", "outlet"),
        (
            "The Westbury Harbour Press Association reported a fire.",
            "The Westbury Harbour Press Association",
            "outlet",
        ),
        ("Reports suggest the fire began in the galley.", "Reports", "hearsay"),
        ("He said the ramp had failed.", "He", "pronoun"),
    ],
)
def test_the_subject_and_its_shape(text: str, source: str, shape: str) -> None:
    """The verb's subject is read past the adverbial slot and graded by its shape."""
    assert ("subject", shape, source) in _read(text)


def test_an_aside_of_anonymity_leaves_the_subject_unnamed() -> None:
    """ "Cet homme, qui a souhaité garder l'anonymat, a précisé": the aside says nobody is named."""
    text = "Ce marin, qui a préféré garder l'anonymat, a précisé que la coque était fendue."
    assert ("subject", "unnamed", "Ce marin") in _read(text)


def test_a_passive_has_no_source_for_subject() -> None:
    """ "Divers were told to wait": they are told, they do not tell."""
    assert not [c for c in _read("Divers were told to wait at the quay.") if c[0] == "subject"]


@pytest.mark.parametrize(
    ("text", "source", "shape"),
    [
        ('"The water rose fast," said a deckhand.', "a deckhand", "unnamed"),
        ('"The water rose fast," said a deckhand, Tomas, who swam ashore.', "a deckhand", "named"),
        ("« L'eau montait », a ainsi raconté un marin qui l'a vu.", "un marin", "unnamed"),
        ("« L'eau montait », précise la radio régionale.", "la radio régionale", "outlet"),
        ("Deux ponts sont coupés, a confirmé Radio Littoral.", "Radio Littoral", "outlet"),
    ],
)
def test_the_speaker_inverted_after_the_verb(text: str, source: str, shape: str) -> None:
    """After a quotation or a comma the speaker follows the verb; a name in apposition names it."""
    assert ("inverted", shape, source) in _read(text)


def test_what_is_said_is_no_inverted_speaker() -> None:
    """ "The skipper, Ana Ruiz, said the hull had split": the words after the verb are the claim."""
    text = "The skipper, Ana Ruiz, said the hull had split."
    assert not [c for c in _read(text) if c[0] == "inverted"]


def test_according_to_and_a_passive_agent() -> None:
    """The object of "according to" is graded; a report "released by" a named body is named."""
    text = "According to a bulletin released by the Harbour Authority, ten boats sank."
    found = _read(text)
    assert ("agent", "body", "the Harbour Authority") in found
    text = "According to a report released by the NDRB, ten boats sank."
    assert ("opener", "named", "a report released by the NDRB") in _read(text)
    text = "Selon la radio insulaire Kalo, dix bateaux ont coulé."
    assert ("opener", "outlet", "la radio insulaire Kalo") in _read(text)
    assert ("opener", "hearsay", "reports") in _read("Ten boats sank, according to reports.")


def test_an_outlet_the_lexicon_knows_is_an_outlet_whatever_its_shape() -> None:
    """A known outlet's span makes the subject an outlet ("Reuters" would read as a plural)."""
    text = "Reuters on Monday morning reported a second blast."
    span = re.search("Reuters", text)
    assert span is not None
    assert ("subject", "outlet", "Reuters") in _read(text, (span.span(),))


def test_a_noun_after_a_determiner_is_no_verb() -> None:
    """ "a report" is a noun, not the verb "report"."""
    assert all(c[0] != "subject" for c in _read("There was a report of smoke."))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # the shapes no cue of sources.yaml names, read by the clause reader
        ("A harbour pilot union chief said six boats sank.", "chief said"),
        ("Eastmere Fire official said two engines were sent.", "official said"),
        ("Lifeboat divers later said they had found the wreck.", "divers later said"),
        ("Eastmere Channel 5 TV on Sunday evening reported a second blast.", "reported"),
        ("Ten boats sank, Westport's KLX private agency reported.", "agency reported"),
        ("« L'eau montait vite », a ainsi raconté un marin qui l'a vu.", "un marin"),
        ("Deux ponts sont coupés, précise la radio régionale.", "la radio régionale"),
        ("His cousin confirmed she was on the ferry.", "His cousin confirmed"),
    ],
)
def test_unnamed_sources_read_by_their_shape_are_suggested(text: str, phrase: str) -> None:
    """A role, an outlet or hearsay as a reporting verb's source is suggested."""
    assert unconfirmed_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Harbour master Ana Ruiz said six boats sank.", "said"),
        ("The coast guard later said nine were rescued.", "said"),
        ("Army teams said the road was cut.", "said"),
        ("A spokeswoman for the ferry company said the crossing was cancelled.", "said"),
        ('"The water rose fast," said a deckhand, Tomas, who swam ashore.', "deckhand"),
        ("Nine people died, according to a report released by the Harbour Authority.", "report"),
        ("A storm on the coast has claimed 12 lives.", "claimed"),
        ("Other injuries reported by the hospital were minor.", "reported"),
        ("Two gunmen attacked a police post nearby.", "post"),
        ("The skipper, Ana Ruiz, said the hull had split.", "said"),
        ("A Westport Health Ministry tweet said the clinic was open.", "tweet"),
    ],
)
def test_named_and_on_record_sources_and_non_clauses_are_not(text: str, phrase: str) -> None:
    """A named person, an official body and words that only look like a clause: no suggestion."""
    assert not unconfirmed_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase", "flagged"),
    [
        # the inverted speaker read by the clause reader (it replaced attribution's own run of
        # a quotation, an auxiliary, one adverb and a verb)
        ('"The quay flooded in minutes," lamented a 70-year-old fisherman.', "fisherman", True),
        ('"We ran," said a ferry cook in his 40s.', "cook", True),
        ("« Tout a brûlé », a fait part un élu du littoral.", "un élu", True),
        ("« Le pont a cédé », a d'abord raconté une riveraine.", "une riveraine", True),
        ("The divers found the wreck, said a total of 20 bodies lay inside.", "total", False),
        ('"We ran," said a witness, Ana Ruiz, who swam ashore.', "witness", False),
    ],
)
def test_the_inverted_speaker_of_a_cue(text: str, phrase: str, flagged: bool) -> None:
    """A person named only by role after the verb is suggested; a count or a named one is not."""
    assert unconfirmed_over(text, phrase) is flagged


@pytest.mark.parametrize(
    ("text", "phrase", "flagged"),
    [
        # an outlet whose verb stands apart from the name the lexicon knows, or whose name the
        # outlets' regex ends short: the reader decides
        ("Reuters on Monday afternoon reported a second blast at the port.", "Reuters", True),
        ("The Westbury Harbour Press Association reported a fire.", "Association", True),
        # an outlet relaying the sentence's own speaker on the record, an armed group's own
        # channel, an acronym that is no outlet's head
        (
            "Sgt. Ana Ruiz confirmed two more deaths, the Eastmere Tribune-Herald reported.",
            "Herald",
            False,
        ),
        (
            "The group's news agency Amaq on Monday said its fighters held the port.",
            "Amaq",
            False,
        ),
        ("Ten boats sank, said the monitoring group SITE.", "SITE", False),
    ],
)
def test_outlets_the_reader_decides(text: str, phrase: str, flagged: bool) -> None:
    """An outlet read by the clause reader is suggested unless it relays someone on record."""
    assert unconfirmed_over(text, phrase) is flagged


@pytest.mark.parametrize(
    ("text", "phrase", "flagged"),
    [
        # a known outlet after a compound tense the outlets' list of verbs lacks
        ("Le port est fermé, a annoncé Radio Littoral.", "Radio Littoral", True),
        # the outlet spoken to is no speaker: the general named before it speaks
        ("Le port est fermé, a déclaré le général Ana Ruiz auprès de BFM TV.", "BFM TV", False),
    ],
)
def test_an_outlet_after_a_compound_tense(text: str, phrase: str, flagged: bool) -> None:
    """The inverted outlet after "a annoncé" is suggested; the one spoken to is not."""
    assert unconfirmed_over(text, phrase) is flagged
