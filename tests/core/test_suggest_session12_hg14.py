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
