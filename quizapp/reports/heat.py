"""The heat map's colour scale and how a shaded excerpt is cut into runs, shared by the
dashboard and the PDF report. Qt-free: colours are hex strings.

A word's shade is one of six levels by the share of students who marked it: none, and
five steps of 20% each. Steps (rather than a smooth ramp) keep neighbouring shades
distinguishable and let the legend name each one.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from quizapp.core.classroom import HeatMap
from quizapp.core.wording import whole_percent

LEVELS = 5
LIGHT_SHADES = ("#fff4e0", "#ffdca8", "#ffc078", "#ff9f43", "#f07b12")
DARK_SHADES = ("#3a2a17", "#5a3b14", "#7d4c0f", "#a35f0a", "#c97404")
LIGHT_KEY = "#1864ab"  # the outline and underline of the key
DARK_KEY = "#74c0fc"


def level(share: float) -> int:
    """0 for nobody; then 1 (up to 20%) … 5 (over 80%)."""
    if share <= 0:
        return 0
    return min(LEVELS, max(1, math.ceil(round(share * 100, 6) / (100 / LEVELS))))


def shade(level_number: int, dark: bool = False) -> str | None:
    """The background colour of a level (None for level 0: the text's own background)."""
    if level_number <= 0:
        return None
    return (DARK_SHADES if dark else LIGHT_SHADES)[level_number - 1]


def key_colour(dark: bool = False) -> str:
    return DARK_KEY if dark else LIGHT_KEY


def level_label(level_number: int) -> str:
    """The legend's words for a level: "none", "1–20%", …, "81–100%"."""
    if level_number <= 0:
        return "none"
    step = 100 // LEVELS
    low = (level_number - 1) * step + 1
    return f"{low}–{whole_percent(level_number * step)}"


@dataclass(frozen=True)
class Run:
    """A stretch of the excerpt with one shade and one key state."""

    start: int
    end: int
    level: int
    in_key: bool
    word: int | None = None  # the word's index, when the run is one word


def runs(heat: HeatMap) -> list[Run]:
    """The excerpt cut into runs: each word on its own (with its level), the text between
    words as level 0; ``in_key`` over the key spans, spaces inside a key span included."""
    length = len(heat.text)
    key_ranges = [(max(0, min(length, s.start)), max(0, min(length, s.end))) for s in heat.key]
    cuts = {0, length}
    for start, end in (*heat.words, *key_ranges):
        cuts.update((start, end))
    points = sorted(cuts)
    result: list[Run] = []
    index = 0
    for left, right in zip(points, points[1:], strict=False):
        while index < len(heat.words) and heat.words[index][1] <= left:
            index += 1
        word = (
            index
            if index < len(heat.words) and heat.words[index][0] <= left < heat.words[index][1]
            else None
        )
        level_number = level(heat.share(word)) if word is not None else 0
        in_key = any(start <= left < end for start, end in key_ranges)
        result.append(Run(left, right, level_number, in_key, word))
    return result
