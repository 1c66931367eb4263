"""Session 10, pr10 (issue 14): a count written as exceeding a mark ("the toll exceeded 90")
is above that mark, not the mark itself, and still a rise; "topped" and "surpassed" stay a rise
to the value written, as every part's annotators read them."""

from __future__ import annotations

from datetime import datetime

from quizapp.core.suggest.document import Document
from quizapp.core.suggest.verdicts import judge, rise_cue
from tests.core.suggest_probe import figure_at


def test_exceeded_reads_above_the_mark() -> None:
    text = "By evening the number of dead in the ferry fire had exceeded 90, the coast guard said."
    figure = figure_at(text, "90")
    assert figure.interval is not None
    assert figure.interval.low == 90 and figure.interval.low_open
    assert figure.interval.high == float("inf")


def test_exceeding_injured_reads_above() -> None:
    text = "The flood left the dead at 12, with the injured exceeding 400 across the valley."
    figure = figure_at(text, "400")
    assert figure.interval is not None and figure.interval.low_open
    assert not figure.interval.is_exact


def test_topped_stays_the_value_written() -> None:
    text = "The toll in the mine collapse topped 60 on Tuesday, the ministry said."
    figure = figure_at(text, "60")
    assert figure.interval is not None and figure.interval.is_exact


def test_exceeded_mark_and_a_higher_count_are_compatible() -> None:
    first = "By evening the number of dead in the ferry fire had exceeded 90, officials said."
    second = "The ferry fire killed 104 people, the coast guard said on Friday."
    a, b = figure_at(first, "90"), figure_at(second, "104")
    verdict, _ = judge("deaths", a, b, None, None, Document(first), Document(second))
    assert verdict == "compatible"


def test_exceeded_mark_over_an_older_count_is_a_rise() -> None:
    first = "Rescuers said 70 people died in the ferry fire."
    second = "By evening the number of dead in the ferry fire had exceeded 90, officials said."
    a, b = figure_at(first, "70"), figure_at(second, "90")
    assert rise_cue(Document(second), b) == "exceeded"
    verdict, _ = judge(
        "deaths", a, b, datetime(2030, 5, 1, 9), datetime(2030, 5, 1, 9), None, Document(second)
    )
    assert verdict == "update"


def test_a_plain_count_has_no_rise_lead() -> None:
    text = "The ferry fire killed 104 people, the coast guard said on Friday."
    assert rise_cue(Document(text), figure_at(text, "104")) is None


def _cue(text: str, phrase: str) -> str | None:
    return rise_cue(Document(text), figure_at(text, phrase))


def test_french_present_tense_rise_of_the_count() -> None:
    assert _cue("Collision sur la nationale : le bilan passe à 31 morts", "31 morts")
    assert _cue("Le nombre de victimes grimpe à 12 après la nuit.", "12")


def test_french_count_as_it_stands_now() -> None:
    text = "Le bilan de la tragédie est maintenant de 8 morts, a confirmé la police."
    assert _cue(text, "8 morts")
    assert _cue("Le bilan s'établit désormais à 14 morts selon la préfecture.", "14 morts")


def test_french_count_without_a_rise_verb_is_no_rise() -> None:
    assert _cue("Le bilan est de 8 morts, a confirmé la police.", "8 morts") is None
    # "passe à" about something else than the count
    assert _cue("Le car passe à 90 km/h devant 12 maisons.", "12 maisons") is None


def test_a_vague_amount_keeps_its_scale() -> None:
    text = "Aid groups fear the flood may have displaced several hundred thousand people."
    figure = figure_at(text, "several hundred thousand")
    assert figure.interval is not None and figure.interval.low >= 100_000
    few = figure_at("A few hundred thousand people fled the coast.", "A few hundred thousand")
    assert few.interval is not None and few.interval.high == 500_000


def test_a_vague_hundreds_without_a_scale_stays_small() -> None:
    figure = figure_at("Several hundred people were hurt in the crush.", "Several hundred")
    assert figure.interval is not None and figure.interval.high < 1000


def test_a_qualifier_outside_quotation_marks_bounds_the_count() -> None:
    text = "La préfecture fait état d'au moins « une quinzaine de morts » dans le village."
    figure = figure_at(text, "une quinzaine")
    assert figure.interval is not None and figure.interval.high == float("inf")
    english = figure_at('Rescuers spoke of at least "dozens" of dead.', "dozens")
    assert english.interval is not None and english.interval.high == float("inf")


def test_a_quoted_count_without_a_qualifier_stays_as_written() -> None:
    figure = figure_at("Le maire parle de « 30 morts » dans la commune.", "30 morts")
    assert figure.interval is not None and figure.interval.is_exact


def test_each_value_of_a_list_of_magnitudes_is_a_magnitude() -> None:
    text = "It was followed by four aftershocks with magnitudes of 5.1, 4.8, 6.0 and 4.3."
    for value in ("5.1", "4.8", "6.0", "4.3"):
        assert figure_at(text, value).quantity == "magnitude (aftershock)"
    assert figure_at(text, "four aftershocks").quantity == "aftershocks"


def test_a_count_after_a_magnitude_is_no_magnitude() -> None:
    text = "The main quake had a magnitude of 6.1 and killed 40 people in the valley."
    assert figure_at(text, "6.1").quantity == "magnitude"
    assert figure_at(text, "40 people").quantity == "deaths"


def test_each_value_aftershocks_measured_is_a_magnitude() -> None:
    text = "Two aftershocks measuring 5.2 and 4.9 rattled the coast overnight."
    assert figure_at(text, "5.2").quantity == "magnitude (aftershock)"
    assert figure_at(text, "4.9").quantity == "magnitude (aftershock)"


def test_a_count_measured_in_a_sentence_without_a_quake_is_no_magnitude() -> None:
    text = "Inspectors measured 4 and 6 cracks in the dam wall."
    assert not (figure_at(text, "6").quantity or "").startswith("magnitude")
