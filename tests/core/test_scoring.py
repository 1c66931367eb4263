"""Scoring rules, case by case (docs/scoring.md writes the same rules for teachers)."""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quizapp.core.markup import parse_article
from quizapp.core.model import Excerpt, Option, Question
from quizapp.core.scoring import ResponseError, Score, score, snap, words

# 20 words, a 3-word key: big enough that selecting everything must still score zero.
SPEC = (
    "The mayor said the toll [will likely rise]{.speculation}, as rescuers reach the"
    " flooded villages in the far north late tonight."
)
SPEC4 = "Police said the attack [may have been planned]{.speculation} weeks ago by a small group."
MULTI = (
    "Witnesses [reportedly]{.speculation .unconfirmed} saw two gunmen, and the death toll"
    ' [may climb]{.speculation} overnight, a [fire officer said]{.attributed note="Named source."}.'
)
REPORT_A = (
    "The fire left [12 dead]{.figure quantity=deaths} and [30 injured]{.figure quantity=injured}"
    " in the old port, officials said on Friday."
)
REPORT_B = "At least [15 people]{.figure quantity=deaths} died in the fire, the coast guard said."
LABELS = (
    "The blast killed [12 people]{.figure quantity=deaths}. [Early reports indicate]"
    '{.unconfirmed note="Nobody is named."} a gas leak; the toll [will likely rise]{.speculation}.'
    " Residents [reportedly]{.speculation .unconfirmed} heard two bangs."
)


def make_excerpt(source: str) -> Excerpt:
    """An excerpt from article markup, as the file loader would build it."""
    parsed = parse_article(source)
    return Excerpt(
        article_id="a",
        first=1,
        last=len(parsed.paragraphs),
        text=parsed.text,
        spans=tuple(parsed.spans),
    )


def make_question(kind: str, *sources: str, **fields: Any) -> Question:
    return Question(
        id="q",
        type=kind,  # type: ignore[arg-type]
        prompt="Answer.",
        excerpts=tuple(make_excerpt(source) for source in sources),
        **fields,
    )


def marks_for(question: Question, phrases: list[str | tuple[int, str]]) -> list[list[int]]:
    """Marks over phrases, found verbatim in excerpt 0 or in the excerpt named first."""
    marks = []
    for phrase in phrases:
        index, text = phrase if isinstance(phrase, tuple) else (0, phrase)
        start = question.excerpts[index].text.index(text)
        marks.append([index, start, start + len(text)])
    return marks


def statuses(result: Score) -> list[str]:
    return [item.status for item in result.spans]


# --------------------------------------------------------------------------- words


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("25,000 people", ["25,000", "people"]),
        ("a 1.5 metre wave", ["a", "1.5", "metre", "wave"]),
        ("U.S. officials", ["U.S.", "officials"]),
        ("they don't know", ["they", "don't", "know"]),
        ("they don’t know", ["they", "don’t", "know"]),
        ("a co-author", ["a", "co-author"]),
        ("40-50 dead", ["40-50", "dead"]),
        ("(dead), “officials” — said!", ["dead", "officials", "said"]),
        ("rose. Then", ["rose", "Then"]),
        ("… — !", []),
        ("1\u202f200 morts", ["1\u202f200", "morts"]),
        ("1\u00a0200\u00a0000 foyers", ["1\u00a0200\u00a0000", "foyers"]),
        ("en 2018\u00a012 morts", ["en", "2018", "12", "morts"]),
        ("1 200 morts", ["1", "200", "morts"]),
        ("1,5 million", ["1,5", "million"]),
        ("l'attentat n’a pas", ["l'attentat", "n’a", "pas"]),
        ("«\u00a0bilan provisoire\u00a0»", ["bilan", "provisoire"]),
    ],
    ids=[
        "thousands",
        "decimal",
        "abbreviation",
        "apostrophe",
        "curly-apostrophe",
        "hyphen",
        "range",
        "punctuation-dropped",
        "sentence-period",
        "no-words",
        "french-thousands",
        "french-millions",
        "no-break-before-short-group",
        "plain-space-splits",
        "decimal-comma",
        "elision",
        "guillemets",
    ],
)
def test_words(text: str, expected: list[str]) -> None:
    """Words keep numbers, abbreviations and contractions whole and leave punctuation out."""
    assert [text[start:end] for start, end in words(text)] == expected


@pytest.mark.parametrize(
    ("text", "start", "end", "expected"),
    [
        ("the toll will rise", 10, 12, "will"),
        ("the toll will rise", 6, 15, "toll will rise"),
        ("said,  will rise.  Then", 4, 19, "will rise"),
        ("a  ,  b", 2, 5, None),
        ("the toll", 5, 5, None),
        ("the toll will rise", 12, 6, "toll will"),
    ],
    ids=["mid-word", "two-mid-words", "trimmed", "punctuation-only", "zero-length", "reversed"],
)
def test_snap(text: str, start: int, end: int, expected: str | None) -> None:
    """A mark snaps to every word it touches, trimming spaces and punctuation."""
    snapped = snap(text, start, end)
    assert (text[snapped[0] : snapped[1]] if snapped else None) == expected


# --------------------------------------------------------------------------- highlight

FRENCH = (
    "Selon la préfecture, les crues ont fait [1\u202f200 morts]{.figure quantity=deaths}, et le"
    " bilan [pourrait s’alourdir]{.speculation}, a déclaré le préfet devant la mairie du village."
)


@pytest.mark.parametrize(
    ("target", "phrase", "status"),
    [
        ("figure", "1\u202f200", "found"),
        ("figure", "200", "found"),  # snaps to the whole number, as "40" does inside "140"
        ("figure", "1\u202f200 morts", "found"),
        ("figure", "morts, et le bilan", "missed"),
        ("speculation", "pourrait s’alourdir", "found"),
        ("speculation", "s’alourdir", "found"),
        ("speculation", "alourdir, a déclaré le préfet", "missed"),
    ],
    ids=["number", "part-of-number", "whole", "sloppy", "exact", "half", "too-far"],
)
def test_french_marks(target: str, phrase: str, status: str) -> None:
    """French numbers with a narrow no-break space and elided words score like English ones."""
    question = make_question("highlight", FRENCH, targets=(target,))
    result = score(question, {"marks": marks_for(question, [phrase])})
    assert statuses(result)[-1] == status


HIGHLIGHT_CASES = [
    # id, source, extra question fields, marked phrases, points, statuses in reading order
    ("exact", SPEC, {}, ["will likely rise"], 1.0, ["found"]),
    ("found-at-exactly-half", SPEC4, {}, ["may have"], 1.0, ["found"]),
    ("missed-below-half", SPEC4, {}, ["planned"], 0.0, ["missed"]),
    ("below-half-but-the-core", SPEC4, {}, ["may"], 1.0, ["found"]),
    ("mid-word-snaps", SPEC, {}, ["ill likely ri"], 1.0, ["found"]),
    ("space-and-punctuation-trimmed", SPEC, {}, [" will likely rise, "], 1.0, ["found"]),
    ("one-extra-word-is-mostly-inside", SPEC, {}, ["toll will likely rise"], 1.0, ["found"]),
    ("duplicate-marks", SPEC, {}, ["will likely rise"] * 2, 1.0, ["found"]),
    (
        "duplicate-strays-count-once",
        SPEC,
        {},
        ["will likely rise", "mayor", "mayor"],
        0.5,
        ["stray", "found"],
    ),
    ("overlapping-marks", SPEC, {}, ["will likely", "likely rise"], 1.0, ["found"]),
    ("next-word-joins-the-run", SPEC, {}, ["will likely rise", "toll"], 1.0, ["found"]),
    ("stray-default-penalty", SPEC, {}, ["will likely rise", "rescuers"], 0.5, ["found", "stray"]),
    (
        "custom-penalty",
        SPEC,
        {"stray_penalty": 0.25},
        ["will likely rise", "mayor", "villages"],
        0.5,
        ["stray", "found", "stray"],
    ),
    (
        "zero-penalty",
        SPEC,
        {"stray_penalty": 0},
        ["will likely rise", "mayor"],
        1.0,
        ["stray", "found"],
    ),
    ("floor-at-zero", SPEC, {}, ["mayor", "villages"], 0.0, ["stray", "missed", "stray"]),
    (
        "reaches-far-beyond",
        SPEC,
        {},
        ["will likely rise, as rescuers reach the flooded"],
        0.0,
        ["missed"],
    ),
    ("strict-exact", SPEC, {"strict": True}, ["will likely rise"], 1.0, ["found"]),
    ("strict-too-short", SPEC, {"strict": True}, ["likely rise"], 0.0, ["missed"]),
    ("strict-too-long", SPEC, {"strict": True}, ["toll will likely rise"], 0.0, ["missed"]),
    ("strict-mid-word-still-exact", SPEC, {"strict": True}, ["ill likely ris"], 1.0, ["found"]),
    (
        "strict-stray",
        SPEC,
        {"strict": True},
        ["will likely rise", "mayor"],
        0.5,
        ["stray", "found"],
    ),
    (
        "multi-label-any-target",
        MULTI,
        {"targets": ("unconfirmed",)},
        ["reportedly"],
        1.0,
        ["found"],
    ),
    (
        "multi-label-other-target",
        MULTI,
        {"targets": ("speculation",)},
        ["reportedly", "may climb"],
        2.0,
        ["found", "found"],
    ),
    (
        "non-key-tagged-span-is-stray",
        MULTI,
        {"targets": ("unconfirmed",)},
        ["reportedly", "may climb"],
        0.5,
        ["found", "stray"],
    ),
]


@pytest.mark.parametrize(
    ("source", "fields", "phrases", "points", "expected_statuses"),
    [case[1:] for case in HIGHLIGHT_CASES],
    ids=[case[0] for case in HIGHLIGHT_CASES],
)
def test_highlight_rules(
    source: str,
    fields: dict[str, Any],
    phrases: list[str],
    points: float,
    expected_statuses: list[str],
) -> None:
    """Each highlight rule gives the points and per-span statuses docs/scoring.md promises."""
    fields = {"targets": ("speculation",), **fields}
    question = make_question("highlight", source, **fields)
    result = score(question, {"marks": marks_for(question, phrases)})
    assert (result.points, statuses(result)) == (points, expected_statuses)
    assert result.max_points == len(question.key_spans())


def test_nested_key_spans_are_both_found() -> None:
    """A key span inside another key span is found by marking the outer one."""
    source = "The toll is [at least [140]{.figure}]{.speculation} by now."
    question = make_question("highlight", source, targets=("figure", "speculation"))
    result = score(question, {"marks": marks_for(question, ["at least 140"])})
    assert (result.points, statuses(result)) == (2.0, ["found", "found"])


def test_key_span_without_words_is_left_out() -> None:
    """A key span of punctuation only cannot be marked, so it is not part of the score."""
    source = "The toll [will likely rise]{.speculation} [—]{.speculation} by night."
    question = make_question("highlight", source, targets=("speculation",))
    result = score(question, {"marks": marks_for(question, ["will likely rise"])})
    assert (result.points, result.max_points, statuses(result)) == (1.0, 1.0, ["found"])


SELECT_ALL_CASES = [
    ("3-of-20-words", "highlight", [SPEC], {"targets": ("speculation",)}),
    ("4-of-15-words", "highlight", [SPEC4], {"targets": ("speculation",)}),
    ("two-keys", "highlight", [MULTI], {"targets": ("speculation",)}),
    ("two-paragraphs", "highlight", [SPEC + "\n\n" + SPEC4], {"targets": ("speculation",)}),
    ("compare", "compare", [REPORT_A, REPORT_B], {"targets": ("figure",), "quantity": "deaths"}),
]


@pytest.mark.parametrize(
    ("kind", "sources", "fields"),
    [case[1:] for case in SELECT_ALL_CASES],
    ids=[case[0] for case in SELECT_ALL_CASES],
)
def test_select_everything_scores_zero(
    kind: str, sources: list[str], fields: dict[str, Any]
) -> None:
    """Marking every word of every excerpt earns no credit for the marks."""
    question = make_question(kind, *sources, **fields)
    marks = [[index, 0, len(excerpt.text)] for index, excerpt in enumerate(question.excerpts)]
    result = score(question, {"marks": marks})
    assert result.points == 0.0
    assert set(statuses(result)) == {"missed"}


def test_reaching_too_far_is_explained() -> None:
    """A mark that spills far past its span is a miss with a reason, not a stray."""
    question = make_question("highlight", SPEC, targets=("speculation",))
    marks = marks_for(question, ["will likely rise, as rescuers reach the flooded"])
    (item,) = score(question, {"marks": marks}).spans
    assert item.message == (
        "Missed: 'will likely rise' (speculation) — your mark reached too far beyond it."
    )
    assert item.coverage == 1.0


def test_partial_mark_reports_coverage() -> None:
    """A span marked below half says how many of its words were marked."""
    question = make_question("highlight", SPEC4, targets=("speculation",))
    (item,) = score(question, {"marks": marks_for(question, ["planned"])}).spans
    assert item.coverage == 0.25
    assert "you marked 1 of its 4 words" in item.message
    assert "or all of 'may'" in item.message


def test_feedback_messages_and_notes() -> None:
    """Found spans and strays are named in plain words, with the note of the tagged text."""
    question = make_question("highlight", MULTI, targets=("unconfirmed",))
    marks = marks_for(question, ["fire officer said", "reportedly", "gunmen"])
    result = score(question, {"marks": marks})
    assert [item.message for item in result.spans] == [
        "Found: 'reportedly' (speculation, unconfirmed attribution).",
        "Not in the key: 'gunmen'. It costs 0.5 points.",
        "Not in the key: 'fire officer said' — it is attributed, not an unconfirmed attribution."
        " Named source. It costs 0.5 points.",
    ]
    assert result.spans[2].labels == ("attributed",)
    assert result.spans[2].note == "Named source."
    assert [result.spans[1].start, result.spans[1].end] == marks[2][1:]


# --------------------------------------------------------------------------- compare

COMPARE_FIELDS: dict[str, Any] = {
    "targets": ("figure",),
    "quantity": "deaths",
    "verdict": "conflict",
    "reasons": (Option("Report A is older; tolls rise.", correct=True), Option("A typo.")),
}
BOTH_TOLLS: list[str | tuple[int, str]] = ["12 dead", (1, "15 people")]

COMPARE_CASES = [
    # id, fields, marked phrases, verdict, reasons, (marks, verdict, reasons) parts, max
    ("all-right", {}, BOTH_TOLLS, "conflict", [0], (1.0, 1.0, 1.0), 3.0),
    (
        "half-marks-wrong-verdict-right-and-wrong-reason",
        {},
        ["12 dead"],
        "compatible",
        [0, 1],
        (0.5, 0.0, 0.0),
        3.0,
    ),
    (
        "other-quantity-is-stray",
        {},
        [*BOTH_TOLLS, "30 injured"],
        "conflict",
        [0],
        (0.75, 1.0, 1.0),
        3.0,
    ),
    ("no-reasons-max-two", {"reasons": ()}, BOTH_TOLLS, "conflict", [], (1.0, 1.0), 2.0),
    ("no-verdict-no-reason", {}, BOTH_TOLLS, None, [], (1.0, 0.0, 0.0), 3.0),
]


@pytest.mark.parametrize(
    ("fields", "phrases", "verdict", "reasons", "parts", "max_points"),
    [case[1:] for case in COMPARE_CASES],
    ids=[case[0] for case in COMPARE_CASES],
)
def test_compare_split(
    fields: dict[str, Any],
    phrases: list[str | tuple[int, str]],
    verdict: str | None,
    reasons: list[int],
    parts: tuple[float, ...],
    max_points: float,
) -> None:
    """Compare credit is marks (share of the highlight score) + verdict + reasons."""
    question = make_question("compare", REPORT_A, REPORT_B, **{**COMPARE_FIELDS, **fields})
    response: dict[str, Any] = {"marks": marks_for(question, phrases), "reasons": reasons}
    if verdict is not None:
        response["verdict"] = verdict
    result = score(question, response)
    assert tuple(part.points for part in result.parts) == parts
    assert (result.points, result.max_points) == (sum(parts), max_points)
    assert result.verdict_expected == "conflict"
    assert result.verdict_correct is (verdict == "conflict")


def test_compare_other_quantity_stray_is_explained() -> None:
    """A figure of another quantity is a stray whose message names both quantities."""
    question = make_question("compare", REPORT_A, REPORT_B, **COMPARE_FIELDS)
    result = score(question, {"marks": marks_for(question, ["30 injured"])})
    stray = next(item for item in result.spans if item.status == "stray")
    assert stray.labels == ("figure",)
    assert stray.message == (
        "Not in the key: '30 injured' — it counts injured, not deaths. It costs 0.5 points."
    )


def test_compare_feedback_lists_reasons() -> None:
    """Compare feedback shows every reason, whether it is right and whether it was chosen."""
    question = make_question("compare", REPORT_A, REPORT_B, **COMPARE_FIELDS)
    result = score(question, {"verdict": "compatible", "reasons": [1]})
    assert [(c.index, c.correct, c.chosen) for c in result.choices] == [
        (0, True, False),
        (1, False, True),
    ]
    assert "Verdict: you said 'compatible'; the figures conflict." in result.messages


# --------------------------------------------------------------------------- choice

SINGLE = (Option("Nobody named", correct=True), Option("The fire brigade"), Option("Police"))
MULTIPLE = (Option("A", correct=True), Option("B", correct=True), Option("C"), Option("D"))
CHOICE_CASES = [
    ("single-right", SINGLE, False, [0], 1.0),
    ("single-wrong", SINGLE, False, [1], 0.0),
    ("single-right-plus-wrong", SINGLE, False, [0, 2], 0.0),
    ("single-duplicate-counts-once", SINGLE, False, [0, 0], 1.0),
    ("multiple-all-right", MULTIPLE, True, [0, 1], 1.0),
    ("multiple-one-of-two", MULTIPLE, True, [1], 0.5),
    ("multiple-right-minus-wrong", MULTIPLE, True, [0, 1, 2], 0.5),
    ("multiple-one-right-one-wrong", MULTIPLE, True, [0, 3], 0.0),
    ("multiple-floor-at-zero", MULTIPLE, True, [2, 3], 0.0),
    ("multiple-everything", MULTIPLE, True, [0, 1, 2, 3], 0.0),
]


@pytest.mark.parametrize(
    ("options", "multiple", "choices", "points"),
    [case[1:] for case in CHOICE_CASES],
    ids=[case[0] for case in CHOICE_CASES],
)
def test_choice(
    options: tuple[Option, ...], multiple: bool, choices: list[int], points: float
) -> None:
    """Choice credit is (right chosen - wrong chosen) / right options, floored at zero."""
    question = make_question("choice", SPEC, options=options, multiple=multiple)
    result = score(question, {"choices": choices})
    assert (result.points, result.max_points) == (points, 1.0)
    assert [item.chosen for item in result.choices] == [
        index in choices for index in range(len(options))
    ]


# --------------------------------------------------------------------------- classify

CLASSIFY_TARGETS = ("figure", "speculation", "unconfirmed")
CLASSIFY_CASES = [
    ("all-right", {0: "figure", 1: "unconfirmed", 2: "speculation", 3: "unconfirmed"}, 4.0),
    ("str-keys", {"0": "figure", "1": "unconfirmed", "2": "speculation", "3": "speculation"}, 4.0),
    ("one-wrong", {0: "figure", 1: "speculation", 2: "speculation", 3: "unconfirmed"}, 3.0),
    ("one-unlabelled", {0: "figure", 2: "speculation", 3: "unconfirmed"}, 3.0),
    ("all-wrong", {0: "speculation", 1: "figure", 2: "figure", 3: "figure"}, 0.0),
]


@pytest.mark.parametrize(
    ("labels", "points"),
    [case[1:] for case in CLASSIFY_CASES],
    ids=[case[0] for case in CLASSIFY_CASES],
)
def test_classify(labels: dict[Any, str], points: float) -> None:
    """One point per key span given one of its labels; int or str span numbers."""
    question = make_question("classify", LABELS, targets=CLASSIFY_TARGETS)
    result = score(question, {"labels": labels})
    assert (result.points, result.max_points) == (points, 4.0)


@pytest.mark.parametrize(
    ("label", "message"),
    [
        (
            "speculation",
            "'Early reports indicate': you called this speculation; it is an unconfirmed"
            " attribution. Nobody is named.",
        ),
        (
            "figure",
            "'Early reports indicate': you called this a figure; it is an unconfirmed"
            " attribution. Nobody is named.",
        ),
        (
            None,
            "'Early reports indicate': not labelled; it is an unconfirmed attribution."
            " Nobody is named.",
        ),
        (
            "unconfirmed",
            "'Early reports indicate': right, it is an unconfirmed attribution. Nobody is named.",
        ),
    ],
    ids=["confused-with-speculation", "confused-with-figure", "unlabelled", "right"],
)
def test_classify_messages(label: str | None, message: str) -> None:
    """A wrong label gets a message naming the confusion."""
    question = make_question("classify", LABELS, targets=CLASSIFY_TARGETS)
    result = score(question, {"labels": {1: label}})
    assert result.labels[1].message == message
    assert result.labels[1].correct is (label == "unconfirmed")


# --------------------------------------------------------------------------- bad input

HIGHLIGHT = make_question("highlight", SPEC, REPORT_B, targets=("speculation",))
CHOICE = make_question("choice", SPEC, options=SINGLE)
COMPARE = make_question("compare", REPORT_A, REPORT_B, **COMPARE_FIELDS)
CLASSIFY = make_question("classify", LABELS, targets=CLASSIFY_TARGETS)
MALFORMED_CASES = [
    ("not-a-dict", HIGHLIGHT, [[0, 1, 2]], "must be a dict"),
    ("marks-not-a-list", HIGHLIGHT, {"marks": "0 1 2"}, "must be a list"),
    ("mark-two-numbers", HIGHLIGHT, {"marks": [[0, 1]]}, "three numbers"),
    ("mark-float", HIGHLIGHT, {"marks": [[0, 1.0, 2]]}, "whole number"),
    ("mark-bool", HIGHLIGHT, {"marks": [[True, 1, 2]]}, "whole number"),
    ("excerpt-out-of-range", HIGHLIGHT, {"marks": [[2, 0, 1]]}, "has 2 excerpts"),
    ("negative-excerpt", HIGHLIGHT, {"marks": [[-1, 0, 1]]}, "has 2 excerpts"),
    ("start-after-end", HIGHLIGHT, {"marks": [[0, 9, 3]]}, "starts after it ends"),
    ("negative-offset", HIGHLIGHT, {"marks": [[0, -3, 3]]}, "negative"),
    ("past-the-end", HIGHLIGHT, {"marks": [[1, 0, 999]]}, "past the end"),
    ("choices-not-a-list", CHOICE, {"choices": 0}, "must be a list"),
    ("choice-out-of-range", CHOICE, {"choices": [3]}, "has 3"),
    ("choice-text", CHOICE, {"choices": ["0"]}, "whole number"),
    ("reason-out-of-range", COMPARE, {"reasons": [2]}, "reason 2"),
    ("unknown-verdict", COMPARE, {"verdict": "agree"}, "must be one of"),
    ("labels-not-a-dict", CLASSIFY, {"labels": ["figure"]}, "must map"),
    ("label-key-not-a-number", CLASSIFY, {"labels": {"first": "figure"}}, "span numbers"),
    ("label-index-out-of-range", CLASSIFY, {"labels": {4: "figure"}}, "has 4 spans"),
    ("label-not-text", CLASSIFY, {"labels": {0: 1}}, "must be text"),
    ("span-labelled-twice", CLASSIFY, {"labels": {0: "figure", "0": "speculation"}}, "twice"),
]


@pytest.mark.parametrize(
    ("question", "response", "words_in_message"),
    [case[1:] for case in MALFORMED_CASES],
    ids=[case[0] for case in MALFORMED_CASES],
)
def test_malformed_response_raises(
    question: Question, response: Any, words_in_message: str
) -> None:
    """A response that does not fit its question raises ResponseError in plain words."""
    with pytest.raises(ResponseError, match=words_in_message):
        score(question, response)


def test_response_error_is_value_error() -> None:
    """Callers that catch ValueError also catch ResponseError."""
    assert issubclass(ResponseError, ValueError)


@pytest.mark.parametrize(
    ("question", "max_points"),
    [(HIGHLIGHT, 1.0), (CHOICE, 1.0), (COMPARE, 3.0), (CLASSIFY, 4.0)],
    ids=["highlight", "choice", "compare", "classify"],
)
def test_empty_response_scores_zero(question: Question, max_points: float) -> None:
    """Missing keys mean no answer: zero points, no error, every key item reported missed."""
    result = score(question, {})
    assert (result.points, result.max_points, result.fraction) == (0.0, max_points, 0.0)
    assert all(item.status == "missed" for item in result.spans)
    assert result.messages


def test_tuples_from_python_are_accepted() -> None:
    """Marks may be tuples as well as JSON lists."""
    question = make_question("highlight", SPEC, targets=("speculation",))
    (mark,) = marks_for(question, ["will likely rise"])
    assert score(question, {"marks": (tuple(mark),)}).points == 1.0


def test_to_dict_is_json() -> None:
    """to_dict gives plain data that survives a JSON round trip unchanged."""
    result = score(COMPARE, {"marks": marks_for(COMPARE, ["12 dead"]), "verdict": "conflict"})
    data = result.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["spans"][0]["status"] == "found"
    assert data["fraction"] == round(result.points / result.max_points, 4)


def test_points_are_rounded() -> None:
    """Points are rounded to four decimals so re-grading gives identical numbers."""
    question = make_question("compare", SPEC4, SPEC, REPORT_B, targets=("speculation",))
    result = score(question, {"marks": marks_for(question, ["may have"])})
    assert result.parts[0].points == 0.5
    question = make_question("compare", SPEC4, SPEC, MULTI, targets=("speculation",))
    result = score(question, {"marks": marks_for(question, ["may have"])})
    assert result.points == 0.25
    question = make_question("compare", SPEC4, SPEC, SPEC, targets=("speculation",))
    result = score(question, {"marks": marks_for(question, ["may have"])})
    assert result.points == 0.3333


# --------------------------------------------------------------------------- property

VOCABULARY = ["the", "toll", "rose", "25,000", "U.S.", "don't", "co-author", "said", "police"]


@st.composite
def articles(draw: st.DrawFn) -> str:
    """Markup of a paragraph: plain words and tagged spans, a plain word between spans."""
    pieces: list[str] = []
    for _ in range(draw(st.integers(1, 6))):
        plain = draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=6))
        pieces.append(" ".join(plain) + draw(st.sampled_from(["", ",", ".", " —"])))
        if draw(st.booleans()):
            inner = " ".join(draw(st.lists(st.sampled_from(VOCABULARY), min_size=1, max_size=4)))
            labels = draw(
                st.lists(
                    st.sampled_from(["figure", "speculation", "unconfirmed"]),
                    min_size=1,
                    max_size=2,
                    unique=True,
                )
            )
            pieces.append(f"[{inner}]{{{' '.join('.' + label for label in labels)}}}")
    pieces.append("end.")
    return " ".join(pieces)


@settings(max_examples=200, deadline=None)
@given(
    source=articles(),
    target=st.sampled_from(["figure", "speculation", "unconfirmed"]),
    strict=st.booleans(),
    data=st.data(),
)
def test_points_stay_in_range_and_exact_key_scores_full(
    source: str, target: str, strict: bool, data: st.DataObject
) -> None:
    """Random marks score 0..max; the exact key scores full; selecting all scores 0."""
    question = make_question("highlight", source, targets=(target,), strict=strict)
    length = len(question.excerpts[0].text)
    bounds = st.integers(0, length)
    raw = data.draw(st.lists(st.tuples(bounds, bounds), max_size=6))
    marks = [[0, min(a, b), max(a, b)] for a, b in raw]
    result = score(question, {"marks": marks})
    assert 0 <= result.points <= result.max_points == len(question.key_spans())
    assert sum(item.status != "stray" for item in result.spans) == result.max_points

    key = [[0, span.start, span.end] for _, span in question.key_spans()]
    exact = score(question, {"marks": key})
    assert exact.points == exact.max_points
    assert all(item.status == "found" for item in exact.spans)

    text = question.excerpts[0].text
    key_words = {
        word for _, start, end in key for word in words(text) if word[0] < end and word[1] > start
    }
    if 2 * len(key_words) < len(words(text)):
        assert score(question, {"marks": [[0, 0, length]]}).points == 0


def test_scoring_is_qt_free() -> None:
    """Importing the scoring module does not load PySide6."""
    code = "import sys, quizapp.core.scoring; assert 'PySide6' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True)


WORKED_EXAMPLE = (
    'Officials said [12 people]{.figure note="A count from officials, not a prediction."}'
    ' died. [Early reports indicate]{.unconfirmed note="Nobody is named."} that a worker'
    " started the fire, and the toll [will likely rise]{.speculation"
    ' note="A prediction is not a fact yet."} as divers search the harbour.'
)


@pytest.mark.parametrize(
    ("second_mark", "points"),
    [(" will likely rise as divers search the harbour.", 0.5), ("will likely rise as", 1.5)],
    ids=["as-written", "shorter-mark"],
)
def test_worked_example_in_docs(second_mark: str, points: float) -> None:
    """The worked example in docs/scoring.md scores what the document says."""
    question = make_question("highlight", WORKED_EXAMPLE, targets=("speculation", "unconfirmed"))
    marks = marks_for(question, ["reports indicate", second_mark, "12 people"])
    result = score(question, {"marks": marks})
    assert (result.points, result.max_points) == (points, 2.0)
    if points == 0.5:
        assert [item.message for item in result.spans] == [
            "Not in the key: '12 people' — it is a figure, not speculation or an unconfirmed"
            " attribution. A count from officials, not a prediction. It costs 0.5 points.",
            "Found: 'Early reports indicate' (unconfirmed attribution). Nobody is named.",
            "Missed: 'will likely rise' (speculation) — your mark reached too far beyond it."
            " A prediction is not a fact yet.",
        ]


def test_select_all_scores_zero_even_when_the_key_is_most_of_the_text() -> None:
    """Marking every word finds nothing, even where the key covers most of the excerpt."""
    parsed = parse_article("[Officials fear the toll will rise]{.speculation} today.")
    excerpt = Excerpt(article_id="a", first=1, last=1, text=parsed.text, spans=tuple(parsed.spans))
    question = Question(
        id="q", type="highlight", prompt="p", excerpts=(excerpt,), targets=("speculation",)
    )
    everything = {"marks": [[0, 0, len(parsed.text)]]}
    exact = {"marks": [[0, 0, parsed.text.index(" today")]]}
    assert score(question, everything).points == 0
    assert "whole excerpt" in score(question, everything).spans[0].message
    assert score(question, exact).points == 1


def test_multiple_choice_feedback_shows_the_arithmetic() -> None:
    """With two right options, the messages spell out (right − wrong) ÷ right."""
    question = Question(
        id="q",
        type="choice",
        prompt="Pick.",
        excerpts=(make_excerpt(SPEC),),
        multiple=True,
        options=(Option("A", True), Option("B", True), Option("C"), Option("D")),
    )
    result = score(question, {"choices": [0, 2, 3]})
    assert result.points == 0.0
    assert "1 right pick of 2, 2 wrong: (1 − 2) ÷ 2 = 0 (never below 0)." in result.messages[0]
    result = score(question, {"choices": [0, 1, 2]})
    assert result.points == 0.5
    assert "(2 − 1) ÷ 2 = 0.5." in result.messages[0]
    single = Question(
        id="q",
        type="choice",
        prompt="Pick.",
        excerpts=(make_excerpt(SPEC),),
        options=(Option("A", True), Option("B")),
    )
    assert score(single, {"choices": [0]}).messages == ()
