"""Unconfirmed attribution kinds from blind4's error list (issue 14), as our own sentences: an
outlet with an adverb before its verb, and unnamed people of a place or a crowd."""

from __future__ import annotations

import pytest

from quizapp.core.suggest import analyse


def _unconfirmed_over(text: str, phrase: str) -> bool:
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == "unconfirmed" and s.start < end and start < s.end for s in analyse(text))


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Reuters earlier reported that the toll had reached 60.", "Reuters earlier reported"),
        ("AP briefly reported that a fourth attacker had fled.", "AP briefly reported"),
        ("Security personnel say the attackers arrived by taxi.", "Security personnel say"),
        ("Concert-goers reported hearing two long bursts of fire.", "Concert-goers reported"),
        ("Hospital staff said the wards were full by midnight.", "staff said"),
        ("Tourists said they heard a blast near the harbour.", "Tourists said"),
    ],
)
def test_unnamed_sources_are_flagged(text: str, phrase: str) -> None:
    """An outlet's report and unnamed people's accounts are unconfirmed."""
    assert _unconfirmed_over(text, phrase)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("Reuters first broke the news on Sunday.", "Reuters"),
        ("The staff of the hotel were evacuated before dawn.", "staff"),
        ("Mourners gathered outside the mosque on Friday.", "Mourners"),
    ],
)
def test_the_same_words_without_a_claim_are_not(text: str, phrase: str) -> None:
    """An outlet or a crowd that claims nothing is no source."""
    assert not _unconfirmed_over(text, phrase)
