"""Event grouping, session 12 (gd14): dates inside recalled passages are the earlier event's.
A background sentence may open on a conjunction ("And on 3 May 2004, ..."), on "N years
before"; a recall opened without a year takes the first year it writes as its own; "similar
to the one in X back in May 2009" recalls; a sentence dated only by yearless days of a month
a passage recalls with its year tells the recalled event too."""

from __future__ import annotations

from quizapp.core.suggest.recalls import recalled_spans


def _recalled(text: str) -> list[str]:
    return [text[start:end] for start, end in recalled_spans(text)]


def test_a_dated_sentence_after_a_conjunction_is_background() -> None:
    """ "And on 3 May 2004, ..." tells an earlier quake, not this one."""
    text = (
        "A strong quake shook Varonne on Sunday.\n\nAnd on 3 May 2004, a larger quake struck"
        " the port of Selmac, killing 900 people."
    )
    assert _recalled(text) == [
        "And on 3 May 2004, a larger quake struck the port of Selmac, killing 900 people."
    ]


def test_a_conjunction_before_a_weekday_opens_no_background() -> None:
    """ "And on Monday, ..." is the report's own story going on."""
    text = "A strong quake shook Varonne on Sunday.\n\nAnd on Monday, rescuers reached Selmac."
    assert _recalled(text) == []


def test_years_before_opens_background_that_its_first_year_dates() -> None:
    """ "Just eight years before the sinking, ..." then "It was 9 March 2011 when ...": one
    passage; the paragraph after it is the report's own again."""
    text = (
        "Families marched in Arlo.\n\nJust eight years before the sinking, the coast saw"
        " another disaster. It was 9 March 2011 when a trawler burned off Vesk.\n\nThe"
        " families in Arlo asked for answers."
    )
    assert _recalled(text) == [
        "Just eight years before the sinking, the coast saw another disaster.",
        "It was 9 March 2011 when a trawler burned off Vesk.",
    ]


def test_a_later_year_still_ends_a_background_dated_by_its_year() -> None:
    """A background opened on its year stops at a sentence of another year."""
    text = (
        "Floods hit Arlo.\n\nIn 2011, a trawler burned off Vesk. The 2024 floods have now"
        " killed twelve in Arlo."
    )
    assert _recalled(text) == ["In 2011, a trawler burned off Vesk."]


def test_similar_to_the_one_recalls_and_its_yearless_day_follows() -> None:
    """ "similar to the one in Darel back in May 2009" recalls; "on May 14" in a later
    paragraph is that attack's day, not this one's; a sentence of another month is not."""
    text = (
        "The ambush is the worst in years, similar to the one at the Darel camp back in May"
        " 2009. Troops were sent.\n\nThe camp was attacked at dawn on May 14, killing ten"
        " soldiers.\n\nOn June 2, the army named the dead."
    )
    assert _recalled(text) == [
        "the one at the Darel camp back in May 2009",
        "The camp was attacked at dawn on May 14, killing ten soldiers.",
    ]


def test_like_without_the_one_recalls_nothing() -> None:
    """ "like a war zone" compares with no earlier event."""
    assert _recalled("The market looked like a war zone on May 14, witnesses said.") == []


def test_a_dated_when_clause_and_a_later_step_of_a_history_are_background() -> None:
    """ "The wave of fires began on 3 May 2004, when ..." and "Some ten years later, on
    6 June 2014, ..." tell earlier events; a plain "ten years later" does not."""
    text = (
        "A fire killed four in Arlo on Sunday, police said. Crews worked all night.\n\nThe wave"
        " of fires began on 3 May 2004, when a warehouse burned in Vesk. Some ten years later,"
        " on 6 June 2014, a depot burned in Selmac.\n\nTen years later, Arlo still has no"
        " fire station."
    )
    assert _recalled(text) == [
        "The wave of fires began on 3 May 2004, when a warehouse burned in Vesk.",
        "Some ten years later, on 6 June 2014, a depot burned in Selmac.",
    ]
