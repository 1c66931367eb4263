"""Hedge verbs named by lemma when they are irregular (issue 14, session 12, hg15), in our own
sentences: the French pouvoir, vouloir, croire, paraître, apparaître and prévoir, and the
English "be" of the passive of belief and "think", in forms no development report has shown,
each beside a sentence where the same verb guesses nothing."""

from __future__ import annotations

import pytest

from quizapp.core.suggest.inflections import french_conjugation, hedge_forms
from tests.core.suggest_probe import speculation_over


def test_irregular_french_verbs_have_every_person_and_their_participle() -> None:
    """The table gives present, imperfect, future and conditional in every person, the
    participles, and the spelling without the circumflex."""
    pouvoir = set(hedge_forms("fr", "pouvoir"))
    assert {"peux", "pouvons", "pouvaient", "pourrons", "pourriez", "pouvant", "pu"} <= pouvoir
    croire = set(hedge_forms("fr", "croire"))
    assert {"croyons", "croyiez", "croirons", "croiraient", "cru"} <= croire
    assert "crue" not in croire  # the flood
    assert {"paraîtra", "paraitra", "parait", "paraissions"} <= set(hedge_forms("fr", "paraître"))
    assert {"prévoira", "prévoyions", "prévues"} <= set(hedge_forms("fr", "prévoir"))
    assert "devant" not in hedge_forms("fr", "devoir")  # the preposition
    # the regular conjugation is unchanged, and knows no irregular verb
    assert french_conjugation("pouvoir") == [] and hedge_forms("fr", "risquer")
    assert {"been", "being", "am"} <= set(hedge_forms("en", "be"))
    assert hedge_forms("en", "think") == ["think", "thinks", "thought", "thinking"]


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Les enquêteurs croient que la digue a cédé pendant la nuit.", "croient"),
        ("« On aurait cru qu'un camion avait explosé », raconte un voisin.", "cru"),
        ("Les pompiers croyaient d'abord à un court-circuit dans la cuisine.", "croyaient"),
        ("Les techniciens croyaient pouvoir rouvrir la route lundi.", "croyaient"),
        ("« Nous ne pourrons pas exclure une nouvelle crue », a dit le maire.", "pourrons"),
        ("Une rupture de la conduite ne pourra être exclue qu'après les analyses.", "pourra"),
        ("Les gendarmes ne voudront écarter aucune piste avant l'autopsie.", "voudront"),
        ("L'origine accidentelle paraîtra écartée après l'expertise.", "paraîtra"),
        ("Ça leur paraîtra interminable, ces jours d'attente.", "paraîtra"),
        ("Les dégâts apparaîtront plus graves une fois l'eau retirée.", "apparaîtront"),
        ("Un bulletin prévoyant de fortes pluies a été publié jeudi.", "prévoyant"),
        ("Ces traces portaient à croire que le feu était parti du garage.", "portaient"),
        ("Les premiers indices laisseront penser à un accident.", "laisseront"),
        ("The missing are now thought to number about forty.", "thought"),
        ("The hikers were initially assumed to be sheltering in a barn.", "assumed"),
        ("The hikers are being assumed to be sheltering in a barn.", "assumed"),
        ("The crew were now considered likely to have drowned.", "considered"),
        ("It had been thought the fire began in the attic.", "thought"),
        ("It's thought the mine flooded from below.", "thought"),
        ("Doctors thought the boy had swallowed river water.", "thought"),
        ("Scientists thought the crater would stay quiet.", "thought"),
    ],
)
def test_irregular_hedge_verbs_guess_in_every_form(text: str, phrase: str) -> None:
    """A belief, a possibility denied, an appearance or a forecast by an irregular verb is
    speculation in a person or tense the hand-made lists did not hold."""
    assert speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("La crue que nous avons connue en 2002 était plus haute.", "crue"),
        ("Le vieux charpentier croit à son métier depuis toujours.", "croit"),
        ("Les ingénieurs peuvent écarter les débris avec une grue.", "peuvent"),
        ("Le plan prévoyait une évacuation par bus.", "prévoyait"),
        ("Comme prévu, l'école a rouvert lundi.", "prévu"),
        ("Le maire est apparu sur les images de la télévision locale.", "apparu"),
        ("The volunteers were widely thought of as the heroes of the night.", "thought"),
        ("Police thought about closing the bridge but kept it open.", "thought"),
        ("The ferry is being repaired in the harbour.", "being"),
    ],
)
def test_the_same_verbs_state_facts_in_their_other_senses(text: str, phrase: str) -> None:
    """The lemma brings no new sense: the flood "crue", a faith, an ability, a plan, a
    planned event, an appearance on screen, a reputation and a thought about a decision
    stay out."""
    assert not speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("« Nous n'excluons pas une seconde rupture », a dit l'ingénieur.", "excluons"),
        ("Le préfet n'écartera aucune hypothèse tant que l'enquête dure.", "écartera"),
        ("Les experts évoqueront la possibilité d'un glissement de terrain.", "évoqueront"),
        ("Les gendarmes privilégieront la piste d'une fuite de gaz.", "privilégieront"),
        ("L'enquête s'orientera vers la piste d'un court-circuit.", "orientera"),
        ("Nous estimons que le pont a cédé sous le poids des camions.", "estimons"),
        ("Le sort des pêcheurs restera incertain jusqu'à l'aube.", "incertain"),
        ("Investigators had been firmly convinced that the fire was set.", "convinced"),
        ("The mayor has been quite confident that the water recedes.", "confident"),
        ("Police assumed that the driver had lost control.", "assumed"),
        ("Forecasters are anticipating that the river crests on Sunday.", "anticipating"),
        ("Les digues sembleront tenir jusqu'à la prochaine marée.", "sembleront"),
        ("Nous semblons avoir évité le pire, a dit le maire.", "semblons"),
        # a third person's disbelief is a belief held, as in English
        ("Les experts n'ont pas cru que le barrage tiendrait.", "cru"),
    ],
)
def test_regular_hedge_verbs_by_lemma_reach_every_person(text: str, phrase: str) -> None:
    """A denial, a line of inquiry, a judgement, an uncertain state and a belief held in a
    person or tense (the future, "nous", "had been") the hand-made lists did not hold."""
    assert speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Les gendarmes ont exclu les curieux du périmètre.", "exclu"),
        ("La ville évoque la mémoire des victimes chaque année.", "évoque"),
        ("Nous estimons les dégâts à trois millions d'euros.", "estimons"),
        ("Le chemin restera fermé jusqu'à lundi.", "restera"),
        ("The mayor was confident in the plan.", "confident"),
        ("The minister assumed the role of coordinator.", "assumed"),
        # the speaker's own past disbelief, as "I never thought that this would be"
        ("« Je n'aurais jamais cru que notre rue serait emportée », dit une habitante.", "cru"),
        ("« On n'avait pas cru que le barrage lâcherait », dit un voisin.", "cru"),
        # a pretence, not how a thing seems
        ("Le voleur faisait semblant de dormir quand les gendarmes sont arrivés.", "semblant"),
        ("Il a fait semblant d'être blessé pour s'enfuir.", "semblant"),
    ],
)
def test_those_verbs_without_their_complement_guess_nothing(text: str, phrase: str) -> None:
    """Without the denial, the possibility, the clause or the state of doubt the same verbs
    state facts: a perimeter cleared, a memory, a cost, a closure, trust in a plan."""
    assert not speculation_over(text, phrase)


def test_faire_semblant_has_its_reason_in_french() -> None:
    """The new not_hedges reason is in the French catalogue, translated."""
    from pathlib import Path

    catalogue = Path(__file__).parents[2] / "assets" / "translations" / "quizapp_fr.ts"
    text = catalogue.read_text(encoding="utf-8")
    at = text.index("&quot;faire semblant&quot; is a pretence")
    assert "rapporte une feinte" in text[at : at + 400]
