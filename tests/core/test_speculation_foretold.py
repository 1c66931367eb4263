"""Speculation kinds from blind4's error list (issue 14), written as our own sentences: a
certainty about the future, what is foretold "to come", a present impression, "you never know"."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse


def _speculation_over(text: str, phrase: str) -> bool:
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == "speculation" and s.start < end and start < s.end for s in analyse(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("The collapse will undoubtedly raise questions about inspections.", "undoubtedly"),
        ("Forecasters warned of worse weather to come this weekend.", "worse weather to come"),
        ("Officials said there could be further deaths to come.", "deaths to come"),
        ("Neighbours heard what sounds like a second explosion on the video.", "sounds like"),
        ("You never know what is left under the rubble, the engineer said.", "never know"),
    ],
)
def test_foretold_and_uncertain_is_speculation(text: str, phrase: str) -> None:
    """Each sentence's hedge is suggested as speculation."""
    assert _speculation_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("More to come.", "More to come"),
        ("The rain fell for three days and the worst came on Tuesday.", "worst came"),
        ("The mayor said the bridge will reopen on Monday.", "will reopen"),
    ],
)
def test_promises_and_past_facts_are_not(text: str, phrase: str) -> None:
    """A live page's promise of updates, a past fact and a stated plan are not speculation."""
    assert not _speculation_over(text, phrase)
