"""Screening raw lexicon regexes by the literals every match holds (suggest/needles.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.core.markup import parse_article
from quizapp.core.suggest.lexicon import PhraseSet, load_lexicon
from quizapp.core.suggest.needles import MIN_NEEDLE, needles, paragraphs, screen, screened_matches

REAL = Path(__file__).resolve().parents[1] / "data" / "real"
# a fixed set of parts, so that new parts (and the final ones, not to be run before they
# are measured) change nothing here
SAMPLE_PARTS = ("dev", "heldout", "fresh", "unseen", "blind", "blind2")


@pytest.mark.parametrize(
    ("regex", "expected"),
    [
        (r"\bsuggested\s+by\b", {"suggested"}),
        (r"\b(?:as\s+)?suggested\s+by\b", {"suggested"}),
        (r"\b(?:could|might|would)\s+\w+", {"could", "might", "would"}),
        (r"\b\w*(?:r|oi)rai(?:t|ent)\b", {"rai"}),
        (r"\bneighbou?rs\b", {"neighbo"}),
        (r"(?:the\s+)+chronicle", {"chronicle"}),
        (r"(?-i:\bSur)\s+les\s+(?:réseaux|médias)\s+sociaux\b", {"sociaux"}),
    ],
)
def test_needles_are_literals_every_match_holds(regex: str, expected: set[str]) -> None:
    """The literal a regex cannot match without is found, through groups, repeats and
    branches, lower-cased."""
    assert needles(regex, re.IGNORECASE) == expected


@pytest.mark.parametrize(
    "regex",
    [
        r"\bwh\w+",  # too short to screen by
        r"\b(?:the\s+)?[A-Z]\w+",  # no literal at all
        r"(?:alpha)?\s+\d+",  # the only literal is optional
        r"\b\w+(?=\s+said\b)",  # a lookahead's text lies outside the match
        r"(?:could|\d+)\s",  # one branch holds no literal
        r"(",  # not a regex: scanned as before, reported where it is compiled
    ],
)
def test_no_needles_when_a_match_need_not_hold_a_literal(regex: str) -> None:
    """A regex that may match without any literal of MIN_NEEDLE characters is not screened."""
    found = needles(regex, re.IGNORECASE)
    assert found is None or min(map(len, found)) >= MIN_NEEDLE
    assert found is None


def test_paragraphs_split_at_blank_lines() -> None:
    """Paragraphs are cut at blank lines (spaces allowed on them) and lower-cased."""
    text = "One Two.\n\nThree.\n  \nFour\nfive."
    assert [(text[a:b], low) for a, b, low in paragraphs(text)] == [
        ("One Two.", "one two."),
        ("Three.", "three."),
        ("Four\nfive.", "four\nfive."),
    ]


def test_a_screen_skips_paragraphs_without_its_literal_only() -> None:
    """Matches are those of a paragraph-by-paragraph scan, found only where the literal is."""
    regex = re.compile(r"\b\w+ly\s+reported\b", re.IGNORECASE)
    text = "AP briefly reported it.\n\nNobody did.\n\nReuters Widely REPORTED two deaths."
    found = [
        m.group()
        for m in screened_matches(regex, screen(frozenset({"reported"})), text, 0, len(text))
    ]
    assert found == ["briefly reported", "Widely REPORTED"]
    inside = screened_matches(regex, screen(frozenset({"reported"})), text, 30, len(text))
    assert [m.group() for m in inside] == ["Widely REPORTED"]


def _phrase_sets() -> list[PhraseSet]:
    lexicon = load_lexicon()
    found: list[PhraseSet] = []
    for value in vars(lexicon).values():
        values = value.values() if isinstance(value, dict) else [value]
        found.extend(item for item in values if isinstance(item, PhraseSet))
    return found


def test_screening_finds_every_match_a_full_scan_finds_on_real_reports() -> None:
    """On real reports, each screened lexicon regex finds exactly what a scan of every
    paragraph finds: the screen drops work, never a match."""
    texts = [
        parse_article(path.read_text(encoding="utf-8").split("\n---\n", 1)[-1]).text
        for part in SAMPLE_PARTS
        for path in sorted((REAL / part).glob("*.md"))
    ]
    screened = [pair for phrase_set in _phrase_sets() for pair in phrase_set.screened]
    assert len(screened) >= 20, "most raw regexes of the built-in lexicons are screened"
    compared = 0
    for text in texts:
        for literals, regex in screened:
            full = [
                (m.start(), m.end())
                for a, b, _ in paragraphs(text)
                for m in regex.finditer(text, a, b)
            ]
            fast = [
                (m.start(), m.end()) for m in screened_matches(regex, literals, text, 0, len(text))
            ]
            assert fast == full, regex.pattern[:80]
            compared += len(full)
    assert compared > 50, "the real reports hold matches of the screened regexes"
