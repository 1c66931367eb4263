"""Rule 5b, the core of a key span: marks a teacher would accept are found, others are not."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.files import check_text
from quizapp.core.markup import parse_article
from quizapp.core.model import Excerpt, Question
from quizapp.core.scoring import score
from quizapp.core.spancore import hedge_reach, span_cores

FIGURE = "Officials said [at least 140 people]{.figure} were killed in the attacks on Friday."
FIGURE_BARE = "Officials said at least [140 people]{.figure} were killed in the attacks on Friday."
RANGE = "By dawn [at least seven attackers, possibly eight]{.figure} had died, police said."
WITNESS = (
    "[According to a witness who asked not to be named]{.unconfirmed}, the gunmen shouted"
    " before they opened fire on the crowd."
)
SOURCES = (
    "The men were known to police, [sources say, speaking on condition of anonymity]"
    "{.unconfirmed}, and had travelled abroad."
)
REPORTS = "[Early reports indicate]{.unconfirmed} that the group has claimed the attacks."
READ_AS = "The attacks [could be read as retaliation]{.speculation} for the raids last week."
LIKELY = "The number of troops [will likely increase in the coming weeks]{.speculation}, he said."
SUSPECT = (
    'The choice of targets [made it the obvious suspect]{.speculation core="obvious suspect"}.'
)


def question(source: str, target: str, **fields: object) -> Question:
    """A highlight question over one excerpt of ``source`` with the key ``target``."""
    parsed = parse_article(source)
    excerpt = Excerpt("a", 1, len(parsed.paragraphs), parsed.text, tuple(parsed.spans))
    return Question(
        id="q", type="highlight", prompt="Mark.", excerpts=(excerpt,), targets=(target,), **fields
    )  # type: ignore[arg-type]


def marked(q: Question, *phrases: str) -> dict[str, list[list[int]]]:
    text = q.excerpts[0].text
    marks = []
    for phrase in phrases:
        start = text.index(phrase)
        marks.append([0, start, start + len(phrase)])
    return {"marks": marks}


CASES = [
    # kind, source, marked phrases, found?  (a teacher would accept the True rows)
    ("figure", FIGURE, ["140"], True),
    ("figure", FIGURE, ["at least 140"], True),
    ("figure", FIGURE, ["140 people"], True),
    ("figure", FIGURE, ["at least 140 people"], True),
    ("figure", FIGURE, ["people"], False),
    ("figure", FIGURE, ["at least"], True),  # half of the words: rule 5 as before
    ("figure", FIGURE, ["140 people were killed in the attacks"], False),
    ("figure", FIGURE, ["said at least 140"], True),  # 2 of 4 words, 2 of 4 in the key
    ("figure", FIGURE_BARE, ["at least 140"], True),  # the hedge words before the span
    ("figure", FIGURE_BARE, ["Officials said at least 140"], False),  # past the hedge words
    ("figure", RANGE, ["seven"], True),
    ("figure", RANGE, ["possibly eight"], True),
    ("figure", RANGE, ["attackers"], False),
    ("unconfirmed", WITNESS, ["According to a witness"], True),
    ("unconfirmed", WITNESS, ["a witness"], False),
    ("unconfirmed", WITNESS, ["who asked not"], False),
    (
        "unconfirmed",
        WITNESS,
        ["asked not to be named, the gunmen shouted before they opened fire"],
        False,
    ),
    ("unconfirmed", SOURCES, ["sources say"], True),
    ("unconfirmed", SOURCES, ["speaking on condition"], False),
    ("unconfirmed", REPORTS, ["reports indicate"], True),
    ("unconfirmed", REPORTS, ["indicate that the group has claimed"], False),
    ("speculation", READ_AS, ["could"], True),
    ("speculation", READ_AS, ["could be read as"], True),
    ("speculation", READ_AS, ["retaliation"], False),
    (
        "speculation",
        READ_AS,
        ["The attacks could be read as retaliation for the raids last week"],
        False,
    ),
    ("speculation", READ_AS, ["attacks could"], False),  # "attacks" is outside the reach
    ("speculation", LIKELY, ["likely"], True),
    ("speculation", LIKELY, ["will likely"], True),
    ("speculation", LIKELY, ["will"], False),
    ("speculation", LIKELY, ["coming weeks"], False),
    ("speculation", SUSPECT, ["obvious suspect"], True),
    ("speculation", SUSPECT, ["obvious"], False),
    ("speculation", SUSPECT, ["made it"], False),
]


@pytest.mark.parametrize(
    ("kind", "source", "phrases", "found"),
    CASES,
    ids=[f"{kind}:{'+'.join(phrases)}" for kind, _, phrases, _ in CASES],
)
def test_core_marks(kind: str, source: str, phrases: list[str], found: bool) -> None:
    """A mark covering the core within the span and its hedge words is found; others are not."""
    q = question(source, kind)
    result = score(q, marked(q, *phrases))
    key = [item for item in result.spans if item.status != "stray"]
    assert (key[0].status == "found") is found
    assert result.points == (1.0 if found and len(result.spans) == 1 else result.points)


def test_core_found_feedback_names_the_core() -> None:
    """Feedback for a span found by its core names the core."""
    q = question(FIGURE, "figure")
    (item,) = score(q, marked(q, "140")).spans
    assert item.message.startswith(
        "Found: 'at least 140 people' (figure) — you marked its core, '140'"
    )


def test_strict_mode_still_needs_the_exact_words() -> None:
    """Strict mode ignores the core: only the exact words are found."""
    q = question(FIGURE, "figure", strict=True)
    assert score(q, marked(q, "140")).points == 0.0
    assert score(q, marked(q, "at least 140 people")).points == 1.0


def test_select_all_still_scores_zero() -> None:
    """Marking the whole excerpt scores zero, core or not."""
    q = question(READ_AS, "speculation")
    text = q.excerpts[0].text
    assert score(q, {"marks": [[0, 0, len(text)]]}).points == 0.0


def test_core_words_alone_outside_a_span_are_strays() -> None:
    """Hedge words next to a span, marked alone, touch no key span: a stray."""
    q = question(FIGURE_BARE, "figure")
    result = score(q, marked(q, "at least"))
    assert [item.status for item in result.spans] == ["stray", "missed"]


def test_core_of_the_question_target_only() -> None:
    """A span's core is that of the labels the question asks about."""
    source = "Witnesses [reportedly saw 40 gunmen]{.figure .unconfirmed} near the station."
    as_figure = question(source, "figure")
    assert score(as_figure, marked(as_figure, "40")).points == 1.0
    as_source = question(source, "unconfirmed")
    assert score(as_source, marked(as_source, "40")).points == 0.0
    assert score(as_source, marked(as_source, "reportedly")).points == 1.0


def test_span_cores_by_kind() -> None:
    """The lexicons find numbers, source cues and hedges, in English and French."""
    assert span_cores("at least 140 people".split(), ["figure"]) == [(2, 3)]
    assert span_cores("des dizaines de blessés".split(), ["figure"]) == [(1, 2)]
    assert span_cores("selon des sources policières".split(), ["unconfirmed"]) == [(0, 3)]
    assert span_cores("pourrait encore augmenter".split(), ["speculation"]) == [(0, 1)]
    assert span_cores("a police officer".split(), ["unconfirmed"]) == []
    assert span_cores("anything".split(), ["custom-label"]) == []
    assert span_cores("made it the obvious suspect".split(), ["speculation"], ["nope"]) == []


def test_hedge_reach() -> None:
    """Bounds such as 'at least' and 'or more' next to a span are within reach."""
    assert hedge_reach(["said", "at", "least"], ["were"]) == (2, 0)
    assert hedge_reach(["killed"], ["or", "more", "people"]) == (0, 2)
    assert hedge_reach(["said"], ["were"]) == (0, 0)


def test_validate_refuses_a_core_outside_the_span() -> None:
    """validate reports a core="..." whose words are not in the span, with its line."""
    text = (
        "quizapp: 1\nid: s\ntitle: T\nlanguage: en\narticles:\n  - id: a\n    outlet: O\n"
        '    text: |\n      The toll [could rise]{.speculation core="will rise"}.\n'
        "questions:\n  - id: q\n    type: highlight\n    prompt: Mark.\n"
        "    excerpt: {article: a, paragraphs: [1, 1]}\n    targets: [speculation]\n"
    )
    _, problems = check_text(text, "s.yaml")
    assert [(p.line, "is not part of the span" in p.message) for p in problems] == [(9, True)]


SENTENCE = (
    "Police said [at least 140 people]{.figure} died, [sources say]{.unconfirmed} the"
    " attackers [could have been]{.speculation} trained abroad, and [many more]{.speculation}"
    " were hurt."
)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 140), st.integers(0, 140)), max_size=4))
def test_cores_never_take_away_credit(raw: list[tuple[int, int]]) -> None:
    """Any answer scores at least what it scored without cores: accepted answers stay accepted."""
    with_cores = question(SENTENCE, "figure")
    with_cores = Question(
        id="q",
        type="highlight",
        prompt="Mark.",
        excerpts=with_cores.excerpts,
        targets=("figure", "unconfirmed", "speculation"),
    )
    no_core_source = SENTENCE.replace("}", ' core="zzz"}')
    without = question(no_core_source, "figure")
    without = Question(
        id="q",
        type="highlight",
        prompt="Mark.",
        excerpts=without.excerpts,
        targets=with_cores.targets,
    )
    assert with_cores.excerpts[0].text == without.excerpts[0].text
    size = len(with_cores.excerpts[0].text)
    marks = [[0, min(a, b, size), min(max(a, b), size)] for a, b in raw]
    new = score(with_cores, {"marks": marks})
    old = score(without, {"marks": marks})
    assert new.points >= old.points
    old_found = {item.start for item in old.spans if item.status == "found"}
    new_found = {item.start for item in new.spans if item.status == "found"}
    assert old_found <= new_found
