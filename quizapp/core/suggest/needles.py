"""Screening raw lexicon regexes by the literal words every match must hold.

A raw ``regex:`` entry whose first word cannot be told is tried at every position of the
text, and Python's ``re`` has no prefilter: the French conditional ("-rait", "-raient") or
an outlet's name ("… Chronicle", "… Herald") cost a scan of the whole report each. Most of
them still hold some literal whatever they match ("rai", "chronicle"), so a paragraph that
holds none of those literals cannot hold a match, and only the paragraphs that do are
scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any

# a shorter literal ("wh", "a") is in nearly every paragraph: the screen would only cost
MIN_NEEDLE = 3
_REPEATS = {sre.MAX_REPEAT, sre.MIN_REPEAT, getattr(sre, "POSSESSIVE_REPEAT", sre.MAX_REPEAT)}
_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")


def needles(regex: str, flags: int = 0) -> frozenset[str] | None:
    """Lower-cased literals one of which every match of ``regex`` contains, or None when the
    regex has no such literals of at least ``MIN_NEEDLE`` characters (then it is scanned
    everywhere)."""
    try:
        tree = sre_parse.parse(regex, flags)
    except (re.error, RecursionError, TypeError, ValueError):
        return None
    found = _sequence(list(tree))
    if not found or min(len(needle) for needle in found) < MIN_NEEDLE:
        return None
    return frozenset(found)


def _sequence(items: list[tuple[Any, Any]]) -> set[str] | None:
    """The best needle set of a sequence of regex items: the one whose shortest literal is
    the longest (any one item that every match goes through will do)."""
    candidates: list[set[str]] = []
    run: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            run.append(chr(value))
            continue
        if run:
            candidates.append({"".join(run).lower()})
            run = []
        inner = _item(op, value)
        if inner:
            candidates.append(inner)
    if run:
        candidates.append({"".join(run).lower()})
    if not candidates:
        return None
    return max(candidates, key=lambda needles: min(len(needle) for needle in needles))


def _item(op: Any, value: Any) -> set[str] | None:
    """The needles of one item every match passes through (a group, a branch, a repeat of at
    least one); None for what may match without a literal (classes, optional parts, and
    lookarounds, whose text may lie outside the match)."""
    if op is sre.SUBPATTERN:
        return _sequence(list(value[-1]))
    if op is sre.BRANCH:
        union: set[str] = set()
        for alternative in value[1]:
            inner = _sequence(list(alternative))
            if not inner:
                return None
            union |= inner
        return union
    if op in _REPEATS and value[0] >= 1:
        return _sequence(list(value[2]))
    return None


@lru_cache(maxsize=8)
def paragraphs(text: str) -> tuple[tuple[int, int, str], ...]:
    """The text's paragraphs as (start, end, lower-cased text), remembered for the few
    texts being analysed (every phrase set screens the same text)."""
    found = []
    start = 0
    for gap in _PARAGRAPH_BREAK.finditer(text):
        found.append((start, gap.start(), text[start : gap.start()].lower()))
        start = gap.end()
    found.append((start, len(text), text[start:].lower()))
    return tuple(found)


def screen(literals: frozenset[str]) -> re.Pattern[str]:
    """One search for any of the literals (a single C call per paragraph)."""
    return re.compile("|".join(re.escape(literal) for literal in sorted(literals)))


def screened_matches(
    regex: re.Pattern[str], literals: re.Pattern[str], text: str, begin: int, end: int
) -> Iterator[re.Match[str]]:
    """The matches of ``regex`` in ``text[begin:end]``, searched only in the paragraphs where
    the ``literals`` screen finds something (a match never spans a blank line)."""
    for start, stop, lowered in paragraphs(text):
        if stop > begin and start < end and literals.search(lowered):
            yield from regex.finditer(text, max(start, begin), min(stop, end))
