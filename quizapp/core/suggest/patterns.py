"""Small helpers for writing the suggestion rules' regular expressions as word lists.

Many rules match one of a list of words or phrases ("including", "among them", "of whom");
written as one regex alternation they run over several lines and are hard to read. ``one_of``
takes the list as plain words and builds the alternation.
"""

from __future__ import annotations


def one_of(words: str) -> str:
    """A non-capturing regex alternation of the space-separated ``words``, in the order given.

    Each word is a regex fragment ("scored?", "a\\.m\\.?"); an underscore inside a word
    stands for the whitespace between the words of a phrase ("among_them" matches "among
    them" and "among\\nthem").
    """
    return "(?:" + "|".join(word.replace("_", r"\s+") for word in words.split()) + ")"
