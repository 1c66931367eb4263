"""Event grouping, session 12 (gd14): after the greedy merging, a report of a group of several
moves to another group of several it is clearly more alike, by the same average link."""

from __future__ import annotations

from collections.abc import Callable

from quizapp.core.suggest.events import _reassigned

# how alike each two reports are: 0-1 one event, 2-4 another; report 2 was merged with 0-1
ALIKE = {
    frozenset({0, 1}): 0.8,
    frozenset({3, 4}): 0.8,
    frozenset({2, 0}): 0.3,
    frozenset({2, 1}): 0.3,
    frozenset({2, 3}): 0.6,
    frozenset({2, 4}): 0.6,
}


def _alike(scores: dict[frozenset[int], float]) -> Callable[[list[int], list[int]], float]:
    def alike(x: list[int], y: list[int]) -> float:
        pairs = [scores.get(frozenset({i, j}), 0.0) for i in x for j in y]
        return sum(pairs) / len(pairs)

    return alike


def test_a_report_moves_to_the_group_it_is_clearly_more_alike() -> None:
    assert _reassigned([[0, 1, 2], [3, 4]], _alike(ALIKE)) == [[0, 1], [2, 3, 4]]


def test_a_report_stays_when_the_other_group_is_barely_more_alike() -> None:
    """.32 against .30 is within the margin: the merging's choice stands."""
    close = ALIKE | {frozenset({2, 3}): 0.32, frozenset({2, 4}): 0.32}
    assert _reassigned([[0, 1, 2], [3, 4]], _alike(close)) == [[0, 1, 2], [3, 4]]


def test_a_report_does_not_move_to_a_lone_report() -> None:
    """A single report left alone is no group to move to (the merging kept it apart)."""
    alone = {frozenset({0, 1}): 0.8, frozenset({2, 0}): 0.3, frozenset({2, 1}): 0.3}
    alone[frozenset({2, 3})] = 0.9
    assert _reassigned([[0, 1, 2], [3]], _alike(alone)) == [[0, 1, 2], [3]]
