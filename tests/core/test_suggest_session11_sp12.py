"""Speculation kinds from blind14's to blind17's error lists (issue 14, session 11), written
as our own sentences: signs read as blame ("indicators point to"), French nouns of likelihood
and presumption, an estimate pushed higher ("voire"), an inquiry's lean ("s'oriente vers"), a
danger of more to come, a visit foretold ("sont attendus sur place"), what follows from a
supposed culprit ("If X was responsible, it marks ..."); and what is no guess:
the verb of vague reports, a hedge inside a range, a past conditional with an adverb of
sequence (hearsay), "the feared" before a name, going to a place, an unknown stated as
unknown, the bare noun "speculation", a translated conditional relayed "according to" a
source, the plain future of a duration ("will take time"), disbelief ("hard to imagine who
could"), a hedge word inside a name ("Predict Services") and an action put off ("too early
to give the all-clear")."""

from __future__ import annotations

import pytest

from tests.core.suggest_probe import speculation_over


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The governor said that initial indicators pointed to a gas leak.", "indicators"),
        ('A minister told the radio that "arrows point" to a rival clan.', "arrows point"),
        ("Vu la probabilité que la digue cède, le quartier est évacué.", "probabilité"),
        ("Les pompiers parlent d'une présomption de décès pour le berger.", "présomption"),
        ("Le préfet évoque des dizaines, voire des centaines de morts.", "voire"),
        # a visit foretold, as the English parts read "is expected to visit"
        ("Le ministre et le préfet sont attendus sur place ce soir.", "attendus"),
        ("Work stopped there because of the danger of further rockfalls.", "danger of"),
        ("Le ministre a évoqué dans la soirée la possibilité d'un second tireur.", "évoqué"),
        ("« On s'oriente vers un incendie criminel », dit le procureur.", "s'oriente"),
        ("« On pense bien que le bilan va monter », a dit le préfet.", "pense bien que"),
        ("If the militia, which denies it, was responsible, it marks a shift in tactics.", "marks"),
        ("If the rebels were behind the Sunday blasts, the talks are over.", "talks are over"),
    ],
)
def test_signs_likelihoods_and_leans_are_speculation(text: str, phrase: str) -> None:
    """Each sentence's reading, likelihood or lean is suggested as speculation."""
    assert speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Some reports now suggest that the bus was overloaded.", "suggest"),
        ("The toll stood at 40, with reports suggesting up to 60 dead.", "suggesting"),
        ("The mayor said at least six and perhaps 9 people drowned.", "perhaps"),
        ("Le chauffeur aurait d'abord percuté un muret, puis un arbre.", "aurait"),
        ("Le tireur aurait même ouvert le feu sur les secours.", "aurait"),
        ("It is hard to imagine who could be willing to harm the children.", "could"),
        ("The readings came from Predict Services, a private forecaster.", "Predict"),
        ("The shelter opened on Possible Street at noon.", "Possible"),
        ("It is too early to give the all-clear, the mayor said.", "too early"),
        ("The town is perhaps best known for its spring fair.", "perhaps"),
        ("Witnesses said the feared Red Hand militia set the fire.", "feared"),
        ("The injured are going to Leeds and York by ambulance.", "going to"),
        ("Les écoles sont fermées, voire occupées par les sinistrés.", "voire"),
        ("Les secours s'orientent vers le nord de la vallée.", "s'orientent"),
        ("L'origine du feu était encore « impossible » à établir.", "impossible"),
        ("Le bilan final sera très difficile à établir, selon le maire.", "difficile"),
        ("There is a lot of speculation, but the cause is not known.", "speculation"),
        ("The fire would have been started by two boys, according to police.", "would have"),
        ("Officials said it will take some time to count the damaged homes.", "will take"),
        ("The identification of the victims will take several days.", "will take"),
    ],
)
def test_reports_ranges_hearsay_names_and_schedules_are_not(text: str, phrase: str) -> None:
    """The verb of vague reports, a range's hedged bound, a past conditional of hearsay,
    fixed phrases, a movement, a stated unknown, talk of speculation and a
    relayed conditional are not speculation."""
    assert not speculation_over(text, phrase)


def test_the_kinds_still_fire_beside_their_exceptions() -> None:
    """The exceptions are narrow: a lone "perhaps" before a figure, "feared" of an event, a
    forecast after "going to", weather "attendue", speculation of something and a
    counterfactual keep their hedge; a risk that is only a topic gets none."""
    assert speculation_over("The fire may have killed perhaps 9 people.", "perhaps")
    assert speculation_over("Rescuers feared the worst for the hikers.", "feared")
    assert speculation_over("The toll is going to rise, the mayor said.", "going to")
    assert speculation_over("De fortes pluies sont attendues dans la nuit.", "attendues")
    assert speculation_over("There was speculation of a gas leak in the cellar.", "speculation")
    assert speculation_over("A fence would have prevented the fall, said the mayor.", "would have")
    assert not speculation_over("The survey mapped the risk of mudslides in the valley.", "risk")
    assert speculation_over("It could take weeks to count the damaged homes.", "could take")
    assert not speculation_over("Le maire a évoqué la reconstruction du pont.", "évoqué")
    assert speculation_over("It is hard to say who could be to blame for the blaze.", "could")
    assert speculation_over("Death Toll Likely To Rise After Quake", "Likely")
    assert not speculation_over("If the toll is confirmed, it is the worst since 1990.", "worst")
    assert not speculation_over("If you see smoke, call the fire brigade at once.", "call")
    assert speculation_over('"It is too early," the fire chief said.', "too early")
    assert speculation_over("It is still too early to tell what caused the fire.", "too early")
