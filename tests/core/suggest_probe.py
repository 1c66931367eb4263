"""Shared probes for the assistant's rule tests: the suggestion over a phrase of a sentence."""

from __future__ import annotations

from quizapp.core.suggest import analyse
from quizapp.core.suggest.model import Suggestion


def figure_at(text: str, phrase: str) -> Suggestion:
    """The figure suggestion that covers ``phrase`` (its first word at least)."""
    at = text.index(phrase)
    found = [s for s in analyse(text) if s.label == "figure" and s.start <= at < s.end]
    assert found, f"no figure at {phrase!r}: {[s.text for s in analyse(text)]}"
    return found[0]


def label_over(text: str, phrase: str, label: str) -> bool:
    """Whether a suggestion of ``label`` overlaps ``phrase``."""
    start = text.index(phrase)
    end = start + len(phrase)
    return any(s.label == label and s.start < end and start < s.end for s in analyse(text))


def unconfirmed_over(text: str, phrase: str) -> bool:
    """Whether an unconfirmed-attribution suggestion overlaps ``phrase``."""
    return label_over(text, phrase, "unconfirmed")


def speculation_over(text: str, phrase: str) -> bool:
    """Whether a speculation suggestion overlaps ``phrase``."""
    return label_over(text, phrase, "speculation")
