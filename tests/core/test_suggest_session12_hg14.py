"""Speculation read by structure (issue 14, session 12, hg14), in our own sentences: a hedge
word in a sense that guesses nothing (a thought about oneself, a past disbelief, a feeling
told as a simile, an evaluation with a superlative of worth, a French fear that is over, a
name, an attempt, an ability reached), each beside the sentence where the same word still
guesses."""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import speculation_over


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('"I thought I would never see my street again," the baker said.', "thought"),
        ('"We thought we were the last ones out," a nurse said.', "thought"),
        ('"I never thought that this would be our last walk," he said.', "thought"),
        ('"We didn\'t think it would be our own school," a parent said.', "think"),
        ("Neighbours said it felt like the whole street was shaking.", "felt like"),
        ('"This is probably the saddest morning this town has known," he said.', "probably"),
        ('"Today seems to be the hardest day of my career," the chief said.', "seems"),
        ("L'hôpital a indiqué qu'on ne craint plus pour la vie du conducteur.", "craint"),
        ("The Coastal Forecasting Office issued its bulletin at noon.", "Forecasting"),
        ('"We are going to try to clear the bridge by tonight," the engineer said.', "going to"),
        ("It became possible to reach the upper floors only at dawn.", "possible"),
        ('"So far only six bodies could have been recovered," the mayor said.', "could"),
    ],
)
def test_hedge_words_in_another_sense_are_not_speculation(text: str, phrase: str) -> None:
    """A hedge word whose clause makes it a feeling, a judgement, a finding, a name, a plan
    or an ability is not suggested as speculation."""
    assert not speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # what the speaker took a thing for, and the present belief, still guess
        ('"I thought it was a gas bottle going off," the baker said.', "thought"),
        ('"I don\'t think anyone was left inside," the chief said.', "think"),
        ("Neighbours said it sounded like a bomb.", "sounded like"),
        # a ranking that can prove false, in a modal, is a guess
        ("The flood could be the deadliest in the region's history.", "could"),
        ("This is probably the cause of the leak, the engineer said.", "probably"),
        ("Les secours craignent que le bilan ne s'alourdisse.", "craignent"),
        ("Forecasting rain in the valley is hard, officials said.", "Forecasting"),
        ("Victims May Have Been Trapped Under The Roof", "May Have"),
        ("We are going to see more bodies as the water goes down, he said.", "going to"),
        ("It is possible that the blaze was set on purpose.", "possible"),
    ],
)
def test_the_same_words_still_guess_in_their_own_sense(text: str, phrase: str) -> None:
    """The filters are narrow: a misperception, a present belief, an impression of a sound,
    a modal ranking, a plain "probably", a fear that goes on, a title-case heading, a
    forecast and a "possible that" keep their hedge."""
    assert speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        # a hedge verb by its lemma, in any person and tense
        ("« Nous risquons de trouver d'autres victimes », dit le maire.", "risquons"),
        ("La vieille digue risquera de céder avant la nuit.", "risquera"),
        ("Les habitants disent craindre une nouvelle crue.", "craindre"),
        ("Nous craignons que le pont ne tienne pas.", "craignons"),
        ("Les secours redouteront la nuit sur la montagne.", "redouteront"),
        # a count's value foretold, a complement of warning, "can" of a possibility
        ("The toll from the weekend floods will be well over 90, the governor said.", "will be"),
        ("Geologists warn of further landslides on the east slope.", "of further"),
        ("This figure can still rise, the mayor said.", "can still rise"),
        ("Dogs are still searching, as there can be people under the slabs.", "there can be"),
        # the complement of "expect" past a long noun phrase
        ("Officials expect the number of dead from the storm in the valley to rise.", "expect"),
        # French "pouvoir" in the present or future with a vague or ranged time
        ("Le déblaiement peut prendre deux à trois semaines, selon le préfet.", "peut prendre"),
    ],
)
def test_hedge_verbs_by_lemma_and_their_complements(text: str, phrase: str) -> None:
    """Hedge and forecast verbs are read by lemma with their tenses, and a forecast's
    complement is found past a noun phrase."""
    assert speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Le département reste en alerte en raison du risque d'inondations.", "risque"),
        ("Le risque de rupture de la digue a été écarté.", "risque"),
        ("Il n'y a rien à craindre pour les riverains, dit le maire.", "craindre"),
        ("The names of two more victims will be released on Monday.", "will be"),
        ("Officials warned of a gas leak near the school.", "warned of"),
        ("Crews can reach the village by boat, officials said.", "can"),
        ("There can be no doubt that the gas line failed.", "can be"),
        ("On peut prendre le bus jusqu'à la mairie.", "peut prendre"),
    ],
)
def test_the_same_verbs_in_another_use_are_not(text: str, phrase: str) -> None:
    """The noun "risque", a fear denied, a schedule, a threat named, an ability, a certainty
    and a plain "pouvoir" are not speculation."""
    assert not speculation_over(text, phrase)


def test_french_conjugation_gives_every_person_and_simple_tense() -> None:
    """A first-group verb and a verb in -indre conjugate in every person, with the soft
    consonant kept ("menaçons") and the -ign- stem of the plural ("craignons")."""
    from quizapp.core.suggest.inflections import french_conjugation, hedge_forms

    risquer = french_conjugation("risquer")
    assert {"risque", "risquons", "risquaient", "risquera", "risqueraient", "risquant"} <= set(
        risquer
    )
    assert {"menaçons", "menaçait", "menacent"} <= set(french_conjugation("menacer"))
    craindre = set(french_conjugation("craindre"))
    assert {"crains", "craint", "craignons", "craignaient", "craindra", "craindre"} <= craindre
    assert "craindent" not in craindre
    assert hedge_forms("en", "warn") == ["warn", "warns", "warned", "warning"]
    assert french_conjugation("pouvoir") == [] and hedge_forms("de", "warnen") == []


@pytest.mark.parametrize(
    ("text", "phrase", "guesses"),
    [
        ("Farms were cleared over fears the levee further north will fail.", "fears", True),
        ("Officials sought to allay fears the water supply would fail.", "fears", False),
        ("La soirée s'annonce long et difficile pour les secours.", "s'annonce", True),
        ("Le préfet, anticipant de nouvelles crues, a fermé les routes.", "anticipant", True),
        ("Le préfet a anticipé la fermeture des écoles.", "anticipé", False),
        ("Nobody who has a child doesn't think of the families tonight.", "think", False),
        ("You don't want to believe the school is gone, he said.", "believe", False),
        ("Police cannot rule out whether a second car was involved.", "rule out", False),
        ("Police cannot rule out a second car.", "rule out", True),
        ("Headline: Victims' Toll Is Expected to Rise | the mayor said the toll rose.", "Is", True),
    ],
)
def test_fears_forecasts_by_gender_and_senses(text: str, phrase: str, guesses: bool) -> None:
    """A fear's clause with its modal, an adjective of either gender after "s'annonce", the
    French "anticiper" with an object are speculation; a fear allayed, thinking of someone,
    a wish and an open "whether" are not; a title-case heading keeps its hedge."""
    assert speculation_over(text, phrase) is guesses


@pytest.mark.parametrize(
    ("text", "phrase", "guesses"),
    [
        ("Nous pensons vraiment qu'il reste des gens sous les gravats.", "pensons", True),
        ("Les gendarmes soupçonnent désormais que la digue a été sabotée.", "soupçonnent", True),
        ("On s'attendait donc à une nuit difficile.", "s'attendait", True),
        ("Nous nous attendons à d'autres répliques.", "attendons", True),
        ("La vieille halle menaçait encore de s'effondrer.", "menaçait", True),
        ("La crue laissera encore craindre de nouveaux dégâts.", "laissera", True),
        # "attendre à" without the reflexive is to wait somewhere
        ("Nous attendons à la mairie depuis midi.", "attendons", False),
        ("Le maire a pensé à fermer les écoles.", "pensé", False),
    ],
)
def test_french_belief_and_forecast_verbs_in_every_person(
    text: str, phrase: str, guesses: bool
) -> None:
    """French verbs of belief and forecast are read by lemma in every person, with an adverb
    between the verb and its complement; waiting somewhere and thinking of a plan are not."""
    assert speculation_over(text, phrase) is guesses


@pytest.mark.parametrize(
    ("text", "phrase", "guesses"),
    [
        ("She thought she would never walk again, the nurse said.", "thought", False),
        ('"I thought I saw a second car," the guard said.', "thought", True),
        ("Les habitants ont fui, craignant une nouvelle coulée.", "craignant", False),
        ("Les secours se hâtent, craignant que le toit ne cède.", "craignant", True),
    ],
)
def test_a_thinker_of_their_own_fate_and_a_motive(text: str, phrase: str, guesses: bool) -> None:
    """A thought of one's own fate and a fear as the motive of an act are no guess; what was
    taken for what, and the fear of a clause, are."""
    assert speculation_over(text, phrase) is guesses
