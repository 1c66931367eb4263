"""Question files: every kind of bad file gets ``path:line: message``; good files load whole."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quizapp.core import files, yamlsource
from quizapp.core.files import (
    Problem,
    QuestionFileError,
    check_file,
    check_paths,
    check_text,
    dump_question_set,
    load_question_set,
    loads_question_set,
)

# A small valid set that each case below breaks in one place. Keep it valid: the first
# test checks that it is.
BASE = """\
quizapp: 1
id: mini
title: A small set
articles:
  - id: a
    outlet: Evening Wire
    published: 2021-03-04T06:10:00+01:00
    headline: Harbour fire
    text: |
      The fire left [12 dead]{.figure quantity=deaths}, officials said.

      It [will likely spread]{.speculation}, and
      [sources say]{.unconfirmed} a worker started it.
  - id: b
    outlet: Harbour Daily
    text: |
      At least [15 people]{.figure quantity=deaths} died.
questions:
  - id: q-highlight
    type: highlight
    prompt: Mark the speculation.
    excerpt: {article: a, paragraphs: [2, 2]}
    targets: [speculation]
    difficulty: 1
  - id: q-choice
    type: choice
    prompt: Who says a worker started it?
    options:
      - {text: Nobody named, correct: true}
      - {text: The police}
  - id: q-compare
    type: compare
    prompt: Do the tolls conflict?
    excerpts: [{article: a, paragraphs: 1}, {article: b}]
    quantity: deaths
    verdict: conflict
  - id: q-classify
    type: classify
    prompt: Label each marked phrase.
    excerpt: {article: a}
    targets: [figure, speculation, unconfirmed]
"""


def edited(*edits: tuple[str, str]) -> str:
    """BASE with each (old, new) replacement made; each ``old`` must occur exactly once."""
    text = BASE
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in BASE"
        text = text.replace(old, new)
    return text


def line_of(text: str, needle: str) -> int:
    """The 1-based line of the first occurrence of ``needle`` in ``text``."""
    assert needle in text, needle
    return text[: text.index(needle)].count("\n") + 1


def problems_of(text: str, path: str = "set.yaml") -> list[Problem]:
    question_set, problems = check_text(text, path)
    assert (question_set is None) == bool(problems)
    return problems


def test_base_is_valid() -> None:
    """The base document of this module is a valid set (so each case breaks one thing)."""
    question_set = loads_question_set(BASE)
    assert [q.id for q in question_set.questions] == [
        "q-highlight",
        "q-choice",
        "q-compare",
        "q-classify",
    ]


# --- one problem per case: (edits, the text on the reported line, a phrase of the message) --

CASES = [
    pytest.param(
        [("quizapp: 1", "quizapp: 2")],
        "quizapp: 2",
        "format version 2 is not supported",
        id="wrong-format-version",
    ),
    pytest.param(
        [("quizapp: 1\n", "")],
        "id: mini",
        "must start with 'quizapp: 1'",
        id="missing-format-version",
    ),
    pytest.param(
        [("title: A small set", "title: A small set\ndescripton: typo")],
        "descripton",
        "unknown field 'descripton' in the question set",
        id="unknown-set-field",
    ),
    pytest.param(
        [("    difficulty: 1\n", "    dificulty: 1\n")],
        "dificulty",
        "unknown field 'dificulty' in a highlight question",
        id="unknown-question-field",
    ),
    pytest.param(
        [("    outlet: Harbour Daily\n", "    outlet: Harbour Daily\n    autor: Sam\n")],
        "autor",
        "unknown field 'autor' in an article",
        id="unknown-article-field",
    ),
    pytest.param(
        [("      - {text: The police}", "      - {text: The police, corect: true}")],
        "corect",
        "unknown field 'corect' in an option",
        id="unknown-option-field",
    ),
    pytest.param(
        [("title: A small set\n", "")],
        "quizapp: 1",
        "the question set needs 'title'",
        id="missing-title",
    ),
    pytest.param(
        [("id: mini\n", "")], "quizapp: 1", "the question set needs 'id'", id="missing-set-id"
    ),
    pytest.param(
        [("    prompt: Label each marked phrase.\n", "")],
        "- id: q-classify",
        "question 'q-classify' needs 'prompt'",
        id="missing-prompt",
    ),
    pytest.param(
        [("    type: classify\n", "")],
        "- id: q-classify",
        "question 'q-classify' needs 'type'",
        id="missing-type",
    ),
    pytest.param(
        [("  - id: q-classify\n", "  - ask: q-classify\n")],
        "ask: q-classify",
        "a question needs 'id'",
        id="missing-question-id",
    ),
    pytest.param(
        [("    text: |\n      At least", "    txt: |\n      At least")],
        "- id: b",
        "article 'b' needs 'text'",
        id="missing-article-text",
    ),
    pytest.param(
        [("questions:\n", "quiestions:\n")],
        "quiestions",
        "unknown field 'quiestions'",
        id="questions-misspelt",
    ),
    pytest.param(
        [("  - id: q-classify", "  - id: q-choice")],
        "- id: q-choice\n    type: classify",
        "question id 'q-choice' is used twice",
        id="duplicate-question-id",
    ),
    pytest.param(
        [("  - id: b\n", "  - id: a\n")],
        "- id: a\n    outlet: Harbour Daily",
        "article id 'a' is used twice",
        id="duplicate-article-id",
    ),
    pytest.param(
        [("    prompt: Who says", "    prompt: Twice.\n    prompt: Who says")],
        "prompt: Who says",
        "'prompt' is given twice",
        id="duplicate-yaml-key",
    ),
    pytest.param(
        [("type: classify", "type: sort")],
        "type: sort",
        "unknown type 'sort'; use one of highlight, choice, compare, classify",
        id="unknown-question-type",
    ),
    pytest.param(
        [("[sources say]{.unconfirmed}", "[sources say]{.rumour}")],
        "[sources say]",
        "unknown label 'rumour' in article 'a'",
        id="unknown-label-in-span",
    ),
    pytest.param(
        [("targets: [figure, speculation, unconfirmed]", "targets: [figure, rumour]")],
        "targets: [figure, rumour]",
        "targets unknown label 'rumour'",
        id="unknown-label-in-targets",
    ),
    pytest.param(
        [("title: A small set\n", "title: A small set\nlabels: [rumour, hearsay, rumour]\n")],
        "labels:",
        "label 'rumour' is declared twice",
        id="label-declared-twice",
    ),
    pytest.param(
        [("title: A small set\n", "title: A small set\nlabels:\n  - id: figure\n")],
        "- id: figure\narticles",
        "'figure' is built in",
        id="builtin-label-declared",
    ),
    pytest.param(
        [
            (
                "excerpt: {article: a, paragraphs: [2, 2]}",
                "excerpt: {article: c, paragraphs: [2, 2]}",
            )
        ],
        "{article: c,",
        "question 'q-highlight' refers to unknown article 'c'",
        id="excerpt-article-unknown",
    ),
    pytest.param(
        [("paragraphs: [2, 2]", "paragraphs: [2, 3]")],
        "paragraphs: [2, 3]",
        "asks for paragraphs 2 to 3 of article 'a', which has 2 paragraphs",
        id="paragraphs-out-of-range",
    ),
    pytest.param(
        [("paragraphs: [2, 2]", "paragraphs: [0, 1]")],
        "paragraphs: [0, 1]",
        "asks for paragraphs 0 to 1",
        id="paragraph-zero",
    ),
    pytest.param(
        [("{article: a, paragraphs: 1}", "{article: a, paragraphs: 5}")],
        "paragraphs: 5",
        "asks for paragraphs 5 to 5 of article 'a', which has 2 paragraphs",
        id="single-paragraph-out-of-range",
    ),
    pytest.param(
        [("paragraphs: [2, 2]", "paragraphs: [2, 1]")],
        "paragraphs: [2, 1]",
        "out of order: 2 comes after 1",
        id="paragraphs-out-of-order",
    ),
    pytest.param(
        [("paragraphs: [2, 2]", "paragraphs: two")],
        "paragraphs: two",
        "must be [first, last]",
        id="paragraphs-not-numbers",
    ),
    pytest.param(
        [("targets: [speculation]", "targets: [figure]")],
        "- id: q-highlight",
        "question 'q-highlight' has no figure span in its excerpt",
        id="highlight-without-key-span",
    ),
    pytest.param(
        [("quantity: deaths\n    verdict", "quantity: injuries\n    verdict")],
        "- id: q-compare",
        "has no figure (quantity=injuries) span",
        id="compare-without-key-span",
    ),
    pytest.param(
        [
            (
                "excerpt: {article: a}\n    targets: [figure, speculation, unconfirmed]",
                "excerpt: {article: b}\n    targets: [speculation]",
            )
        ],
        "- id: q-classify",
        "has no speculation span",
        id="classify-without-key-span",
    ),
    pytest.param(
        [("{text: Nobody named, correct: true}", "{text: Nobody named}")],
        "    options:",
        "question 'q-choice' has no option marked 'correct: true'",
        id="choice-without-correct-option",
    ),
    pytest.param(
        [("{text: The police}", "{text: The police, correct: true}")],
        "    options:",
        "several correct options; add 'multiple: true'",
        id="single-choice-two-correct",
    ),
    pytest.param(
        [("      - {text: The police}\n", "")],
        "    options:",
        "needs at least two options",
        id="choice-one-option",
    ),
    pytest.param(
        [("{text: The police}", "{text: The police, correct: maybe}")],
        "correct: maybe",
        "'correct' of an option of question 'q-choice' must be true or false",
        id="correct-not-boolean",
    ),
    pytest.param(
        [("verdict: conflict", "verdict: maybe")],
        "verdict: maybe",
        "verdict of question 'q-compare' must be one of conflict, compatible, cannot-tell",
        id="bad-verdict",
    ),
    pytest.param(
        [("    verdict: conflict\n", "")],
        "- id: q-compare",
        "question 'q-compare' needs 'verdict'",
        id="missing-verdict",
    ),
    pytest.param(
        [("difficulty: 1", "difficulty: 0")],
        "difficulty: 0",
        "must be from 1 to 3, not 0",
        id="difficulty-0",
    ),
    pytest.param(
        [("difficulty: 1", "difficulty: 4")],
        "difficulty: 4",
        "must be from 1 to 3, not 4",
        id="difficulty-4",
    ),
    pytest.param(
        [("difficulty: 1", "difficulty: 2.5")],
        "difficulty: 2.5",
        "must be 1, 2 or 3",
        id="difficulty-2.5",
    ),
    pytest.param(
        [("difficulty: 1", "difficulty: hard")],
        "difficulty: hard",
        "must be a number",
        id="difficulty-word",
    ),
    pytest.param(
        [("difficulty: 1", "difficulty: .nan")],
        "difficulty: .nan",
        "must be a number",
        id="difficulty-nan",
    ),
    pytest.param(
        [("difficulty: 1", "difficulty: -.inf")],
        "difficulty: -.inf",
        "must be a number",
        id="difficulty-infinite",
    ),
    pytest.param(
        [("published: 2021-03-04T06:10:00+01:00", "published: last Tuesday")],
        "published: last Tuesday",
        "'published' of article 'a' is not a date and time",
        id="bad-published-date",
    ),
    pytest.param(
        [("published: 2021-03-04T06:10:00+01:00", "published: 2021-02-30")],
        "published: 2021-02-30",
        "is not a date and time",
        id="impossible-published-date",
    ),
    pytest.param(
        [("[sources say]{.unconfirmed} a worker", "[sources say {.unconfirmed} a worker")],
        "[sources say {",
        "in the text of article 'a', column 1: this '[' is never closed",
        id="broken-markup-in-block-scalar",
    ),
    pytest.param(
        [("[will likely spread]{.speculation}", "[will likely spread]{speculation}")],
        "{speculation}",
        "column 25: 'speculation' needs a dot",
        id="label-without-dot-in-block-scalar",
    ),
    pytest.param(
        [("  - id: q-classify", "  - id: ../etc")],
        "id: ../etc",
        "id '../etc' of a question may hold only letters, digits",
        id="question-id-with-path",
    ),
    pytest.param(
        [("id: mini", "id: 'mini set'")],
        "id: 'mini set'",
        "id 'mini set' of the question set may hold only",
        id="set-id-with-space",
    ),
    pytest.param(
        [("  - id: b\n", "  - id: b/c\n")],
        "id: b/c",
        "of an article may hold only",
        id="article-id-with-slash",
    ),
    pytest.param(
        [("excerpts: [{article: a, paragraphs: 1}, {article: b}]", "excerpts: [{article: a}]")],
        "excerpts: [{article: a}]",
        "question 'q-compare' compares at least two excerpts",
        id="compare-one-excerpt-list",
    ),
    pytest.param(
        [("excerpts: [{article: a, paragraphs: 1}, {article: b}]", "excerpt: {article: a}")],
        "excerpt: {article: a}",
        "question 'q-compare' compares at least two excerpts",
        id="compare-single-excerpt",
    ),
    pytest.param(
        [
            (
                "    excerpt: {article: a}\n",
                "    excerpt: {article: a}\n    excerpts: [{article: b}]\n",
            )
        ],
        "excerpts: [{article: b}]",
        "has both 'excerpt' and 'excerpts'",
        id="excerpt-and-excerpts",
    ),
    pytest.param(
        [("    excerpt: {article: a}\n", "")],
        "- id: q-classify",
        "question 'q-classify' needs an 'excerpt'",
        id="highlight-without-excerpt",
    ),
    pytest.param(
        [("    targets: [speculation]\n", "")],
        "- id: q-highlight",
        "question 'q-highlight' needs 'targets'",
        id="highlight-without-targets",
    ),
    pytest.param(
        [("    difficulty: 1\n", "    difficulty: 1\n    stray_penalty: -1\n")],
        "stray_penalty: -1",
        "'stray_penalty' of question 'q-highlight' must be from 0 to 10",
        id="negative-stray-penalty",
    ),
    pytest.param(
        [("questions:\n", "quiz:\n  questions: [q-nothing]\nquestions:\n")],
        "questions: [q-nothing]",
        "the quiz lists unknown question 'q-nothing'",
        id="quiz-unknown-question",
    ),
    pytest.param(
        [("questions:\n", "quiz:\n  draw: {speculation: 5}\nquestions:\n")],
        "draw: {speculation: 5}",
        "draws 5 'speculation' questions but only 2 are available",
        id="quiz-draws-too-many",
    ),
    pytest.param(
        [("questions:\n", "quiz:\n  feedback: later\nquestions:\n")],
        "feedback: later",
        "'feedback' must be 'immediate' or 'end'",
        id="quiz-bad-feedback",
    ),
    pytest.param(
        [("questions:\n", "quiz:\n  pass_mark: 120\nquestions:\n")],
        "pass_mark: 120",
        "'pass_mark' of the quiz must be from 0 to 100",
        id="quiz-pass-mark-over-100",
    ),
    pytest.param(
        [("questions:\n", "quiz:\n  shuffel: true\nquestions:\n")],
        "shuffel",
        "unknown field 'shuffel' in 'quiz'",
        id="quiz-unknown-field",
    ),
    pytest.param(
        [("articles:\n", "articles: none\nunused:\n")],
        "articles: none",
        "'articles' must be a list",
        id="articles-not-a-list",
    ),
    pytest.param(
        [("    prompt: Who says a worker started it?\n", "    prompt: [a, list]\n")],
        "prompt: [a, list]",
        "'prompt' of question 'q-choice' must be text",
        id="prompt-not-text",
    ),
]


@pytest.mark.parametrize(("edits", "line_text", "phrase"), CASES)
def test_bad_set(edits: list[tuple[str, str]], line_text: str, phrase: str) -> None:
    """Each kind of mistake is reported as path:line: message at the line that holds it."""
    text = edited(*edits)
    problems = problems_of(text)
    expected_line = line_of(text, line_text)
    matching = [problem for problem in problems if phrase in problem.message]
    assert matching, "\n".join(str(problem) for problem in problems)
    assert matching[0].line == expected_line, str(matching[0])
    assert str(matching[0]).startswith(f"set.yaml:{expected_line}: ")


# --- whole-file problems (written to disk: bytes matter) ----------------------------------

BOMB = "".join(
    f"{name}: &{name} [{', '.join([f'*{previous}'] * 9)}]\n"
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True)
)
FILE_CASES = [
    pytest.param(b"quizapp: 1\nid: [a, b\ntitle: x\n", 3, "YAML syntax error", id="malformed-yaml"),
    pytest.param(b"quizapp: 1\n  id: x\n", 2, "YAML syntax error", id="bad-indentation"),
    pytest.param(b"quizapp: 1\ntitle: 'open\n", 3, "YAML syntax error", id="unclosed-quote"),
    pytest.param(
        b"a: 1\n---\nb: 2\n", 2, "expected a single document in the stream", id="two-documents"
    ),
    pytest.param(b"- one\n- two\n", 1, "must be a mapping", id="not-a-mapping"),
    pytest.param(b"just words\n", 1, "must be a mapping", id="plain-scalar"),
    pytest.param(b"", 0, "the file is empty", id="empty"),
    pytest.param(b"  \n\n", 0, "the file is empty", id="blank"),
    pytest.param(b"# only a comment\n", 0, "the file is empty", id="comment-only"),
    pytest.param(b"quizapp: 1\x00\x01\x02", 0, "binary file", id="binary"),
    pytest.param(b"quizapp: 1\ntitle: caf\xe9\n", 2, "not UTF-8 text (byte 0xe9)", id="latin-1"),
    pytest.param(
        "quizapp: 1\ntitle: x\n".encode("utf-16"), 0, "binary file", id="utf-16-has-nul-bytes"
    ),
    pytest.param(
        b"title: !!python/object/apply:os.system ['echo pwned']\n",
        1,
        "YAML tags such as 'tag:yaml.org,2002:python/object/apply:os.system' are not allowed",
        id="python-tag",
    ),
    pytest.param(b"title: !local x\n", 1, "YAML tags such as '!local'", id="local-tag"),
    pytest.param(b"title: !!binary aGk=\n", 1, "YAML tags such as", id="binary-tag"),
    pytest.param(b"a: &x {b: 1}\nc:\n  <<: *x\n", 3, "merge keys", id="merge-key"),
    pytest.param(
        ("a: &a [x, x, x, x, x, x, x, x, x]\n" + BOMB).encode(),
        1,
        "more than 200,000 values",
        id="billion-laughs",
    ),
    pytest.param(b"a: " + b"[" * 60 + b"]" * 60 + b"\n", 1, "nests deeper than", id="deep-nesting"),
]


@pytest.mark.parametrize(("content", "line", "phrase"), FILE_CASES)
def test_bad_file(tmp_path: Path, content: bytes, line: int, phrase: str) -> None:
    """A file that is not usable YAML gets one clear path:line: message and no traceback."""
    path = tmp_path / "bad.yaml"
    path.write_bytes(content)
    question_set, problems = check_file(path)
    assert question_set is None
    assert problems, "expected a problem"
    assert problems[0].line == line, str(problems[0])
    assert phrase in problems[0].message
    assert str(problems[0]).startswith(f"{path}:{line}: ")


BAD_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "bad"


def expectation(path: Path) -> tuple[int, str]:
    """The ``# expect: LINE: PHRASE`` first line of a file in tests/fixtures/bad."""
    first = path.read_bytes().split(b"\n", 1)[0].decode("ascii")
    assert first.startswith("# expect: "), path
    line, phrase = first.removeprefix("# expect: ").split(": ", 1)
    return int(line), phrase


@pytest.mark.parametrize("path", sorted(BAD_DIR.glob("*.yaml")), ids=lambda path: path.name)
def test_bad_fixture_file(path: Path) -> None:
    """Each bad file under tests/fixtures/bad reports first what its first line expects."""
    line, phrase = expectation(path)
    question_set, problems = check_file(path)
    assert question_set is None
    assert (problems[0].line, phrase in problems[0].message) == (line, True), str(problems[0])


def test_yaml_tag_never_runs_code(tmp_path: Path) -> None:
    """A python/object tag is refused without ever being constructed."""
    marker = tmp_path / "ran"
    path = tmp_path / "evil.yaml"
    path.write_text(
        f"quizapp: 1\nid: x\ntitle: !!python/object/apply:os.system ['touch {marker}']\n"
    )
    _, problems = check_file(path)
    assert any("YAML tags" in problem.message for problem in problems)
    assert not marker.exists()


def test_too_large(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A file over the size limit is refused before it is read."""
    monkeypatch.setattr(yamlsource, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "huge.yaml"
    path.write_text("quizapp: 1\n" + "# padding\n" * 200)
    _, problems = check_file(path)
    assert len(problems) == 1
    assert problems[0].line == 0
    assert "question files may be at most" in problems[0].message


def test_missing_file(tmp_path: Path) -> None:
    """A path that does not exist is a problem, not an exception."""
    _, problems = check_file(tmp_path / "nowhere.yaml")
    assert len(problems) == 1
    assert "cannot open the file" in problems[0].message


def test_utf8_bom_is_accepted(tmp_path: Path) -> None:
    """A UTF-8 file saved with a byte-order mark (as some Windows editors do) loads."""
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + BASE.encode())
    assert load_question_set(path).id == "mini"


def test_several_problems_all_reported() -> None:
    """Validation does not stop at the first problem: every one is listed, in file order."""
    text = edited(
        ("title: A small set", "titel: A small set"),
        ("[sources say]{.unconfirmed}", "[sources say]{.rumour}"),
        ("difficulty: 1", "difficulty: 9"),
        ("verdict: conflict", "verdict: maybe"),
    )
    expected = [
        (line_of(text, "titel"), "unknown field 'titel'"),
        (line_of(text, "[sources say]"), "unknown label 'rumour'"),
        (line_of(text, "difficulty: 9"), "must be from 1 to 3"),
        (line_of(text, "verdict: maybe"), "verdict of question"),
    ]
    problems = problems_of(text)
    found = [
        next(i for i, p in enumerate(problems) if p.line == line and phrase in p.message)
        for line, phrase in expected
    ]
    assert found == sorted(found)


def test_problems_name_the_article_or_question_they_lie_in() -> None:
    """Each problem inside an article or question carries (kind, id) of it; set-level
    problems carry none (screens go there without reading the message)."""
    text = edited(
        ("title: A small set", "titel: A small set"),
        ("[sources say]{.unconfirmed}", "[sources say]{.rumour}"),
        ("difficulty: 1", "difficulty: 9"),
    )
    subjects = {p.message.split(";")[0][:40]: p.subject for p in problems_of(text)}
    assert [s for m, s in subjects.items() if "titel" in m] == [None]
    assert [s for m, s in subjects.items() if "rumour" in m][0][0] == "article"
    question = [s for m, s in subjects.items() if "from 1 to 3" in m or "difficulty" in m]
    assert question and question[0] is not None and question[0][0] == "question"


def test_broken_article_does_not_cascade() -> None:
    """An article with broken markup is reported once, not again by every excerpt of it."""
    problems = problems_of(edited(("[12 dead]{.figure quantity=deaths}", "[12 dead")))
    assert len(problems) == 1, problems
    assert "never closed" in problems[0].message


# --- what a valid file gives --------------------------------------------------------------


def test_yes_and_no_stay_text() -> None:
    """ "No", "yes", "off" and "on" are answers, not booleans (YAML 1.1 would say otherwise)."""
    text = edited(
        (
            "      - {text: The police}",
            "      - {text: No}\n      - {text: yes}\n      - off\n      - On",
        )
    )
    options = loads_question_set(text).question("q-choice").options
    assert [option.text for option in options] == ["Nobody named", "No", "yes", "off", "On"]


def test_published_stays_a_string(harbour_set) -> None:
    """A published date and time is kept as written, not turned into a datetime."""
    assert harbour_set.article("report-a").published == "2021-03-04T06:10:00+01:00"
    unquoted = loads_question_set(BASE)
    assert unquoted.article("a").published == "2021-03-04T06:10:00+01:00"


def test_harbour_fixture_loads(harbour_set) -> None:
    """The example set loads with excerpts as plain text and spans re-based to them."""
    assert harbour_set.id == "harbour-fire"
    assert [question.type for question in harbour_set.questions] == [
        "highlight",
        "compare",
        "choice",
        "classify",
    ]
    compare = harbour_set.question("fire-toll")
    assert [excerpt.text for excerpt in compare.excerpts] == [
        "The fire left 12 dead, officials said.",
        "At least 15 people died in the fire, the coast guard said.",
    ]
    assert [compare.excerpts[i].span_text(span) for i, span in compare.key_spans()] == [
        "12 dead",
        "15 people",
    ]
    classify = harbour_set.question("fire-labels")
    assert classify.excerpts[0].text.count("\n\n") == 1
    excerpt = classify.excerpts[0]
    assert [(excerpt.span_text(span), span.labels) for _, span in classify.key_spans()] == [
        ("12 dead", ("figure",)),
        ("Early reports indicate", ("unconfirmed",)),
        ("will likely rise", ("speculation",)),
    ]
    assert classify.key_spans()[1][1].note == "Nobody is named."


def test_defaults() -> None:
    """Omitted fields take their documented defaults."""
    question_set = loads_question_set(BASE)
    assert question_set.language == "en"
    choice = question_set.question("q-choice")
    assert (choice.difficulty, choice.multiple, choice.excerpts, choice.tags) == (2, False, (), ())
    compare = question_set.question("q-compare")
    assert compare.targets == ("figure",)
    assert [(excerpt.first, excerpt.last) for excerpt in compare.excerpts] == [(1, 1), (1, 1)]
    classify = question_set.question("q-classify")
    assert (classify.excerpts[0].first, classify.excerpts[0].last) == (1, 2)
    assert (classify.stray_penalty, classify.strict) == (0.5, False)


def test_declared_label_can_be_used() -> None:
    """A label declared under 'labels' may tag spans and be a target."""
    text = edited(
        ("title: A small set\n", "title: A small set\nlabels:\n  - {id: rumour, name: Rumour}\n"),
        ("[sources say]{.unconfirmed}", "[sources say]{.unconfirmed .rumour}"),
        ("targets: [speculation]", "targets: [rumour]"),
    )
    question_set = loads_question_set(text)
    assert question_set.label_ids[-1] == "rumour"
    assert question_set.question("q-highlight").key_spans()[0][1].labels == (
        "unconfirmed",
        "rumour",
    )


def test_load_question_set_error(tmp_path: Path) -> None:
    """load_question_set raises QuestionFileError whose path, line and message are the first
    problem's, and whose problems list them all."""
    path = tmp_path / "broken.yaml"
    text = edited(("difficulty: 1", "difficulty: 0"), ("verdict: conflict", "verdict: no"))
    path.write_text(text)
    with pytest.raises(QuestionFileError) as caught:
        load_question_set(path)
    error = caught.value
    assert error.path == str(path)
    assert error.line == line_of(text, "difficulty: 0")
    assert "must be from 1 to 3" in error.message
    assert len(error.problems) == 2
    assert str(error).splitlines()[0] == f"{path}:{error.line}: {error.message}"


def test_top_level_api() -> None:
    """quizapp.load_question_set and quizapp.QuestionFileError are the documented API."""
    import quizapp

    assert quizapp.load_question_set is files.load_question_set
    assert quizapp.QuestionFileError is files.QuestionFileError
    assert issubclass(quizapp.QuestionFileError, ValueError)


# --- several files ------------------------------------------------------------------------


def test_check_paths_folder_and_duplicates(tmp_path: Path) -> None:
    """A folder is searched for .yaml/.yml files; a set id used by two files is a problem."""
    (tmp_path / "one.yaml").write_text(BASE)
    (tmp_path / "two.yml").write_text(BASE)
    (tmp_path / "notes.txt").write_text("not a question file")
    sets, problems = check_paths([tmp_path])
    assert [question_set.id for question_set in sets] == ["mini"]
    assert len(problems) == 1
    assert problems[0].path.endswith("two.yml")
    assert "set id 'mini' is also used by" in problems[0].message


@pytest.mark.parametrize("name", ["missing.yaml", "empty-folder"])
def test_check_paths_nothing_there(tmp_path: Path, name: str) -> None:
    """A missing path or a folder without question files is reported."""
    (tmp_path / "empty-folder").mkdir()
    sets, problems = check_paths([tmp_path / name])
    assert sets == []
    assert [problem.message for problem in problems] == [
        "no such file, or no question files in the folder"
    ]


# --- export -------------------------------------------------------------------------------


def test_export_round_trip(harbour_set) -> None:
    """An exported set loads back equal, and exporting that again gives the same text."""
    text = dump_question_set(harbour_set)
    again = loads_question_set(text)
    assert again == harbour_set
    assert dump_question_set(again) == text


@pytest.mark.parametrize(
    "edits",
    [
        pytest.param(
            [("text: |\n      At least", 'text: "At least'), (" died.\n", ' died."\n')],
            id="single-line-text",
        ),
        pytest.param([("officials said.\n", "officials said.   \n")], id="trailing-spaces"),
        pytest.param(
            [("title: A small set\n", "title: A small set\ndescription: ''\n")],
            id="empty-description",
        ),
        pytest.param(
            [("    outlet: Harbour Daily\n", "    outlet: Harbour Daily\n    url: ''\n")],
            id="empty-url",
        ),
        pytest.param(
            [("questions:\n", "quiz:\n  title: ''\n  time_limit: 10\nquestions:\n")],
            id="quiz-section",
        ),
        pytest.param(
            [("title: A small set\n", "title: A small set\nlabels: [rumour]\n")],
            id="declared-label",
        ),
        pytest.param(
            [("      - {text: The police}", "      - {text: 'No', feedback: It is named.}")],
            id="option-feedback-and-no",
        ),
        pytest.param(
            [("    difficulty: 1\n", "    strict: true\n    stray_penalty: 1\n")],
            id="strict-and-penalty",
        ),
    ],
)
def test_export_round_trip_variants(edits: list[tuple[str, str]]) -> None:
    """Sets written in other ways (one-line text, empty optional fields...) round-trip too."""
    question_set = loads_question_set(edited(*edits))
    assert loads_question_set(dump_question_set(question_set)) == question_set


def test_documented_example_is_the_fixture(harbour_set) -> None:
    """The annotated example in docs/question-format.md is valid and is the fixture set."""
    guide = Path(__file__).resolve().parents[2] / "docs" / "question-format.md"
    blocks = re.findall(r"```yaml\n(.*?)```", guide.read_text(encoding="utf-8"), re.S)
    assert loads_question_set(blocks[0], "docs/question-format.md") == harbour_set


def test_checking_files_leaves_the_garbage_collector_as_it_was(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The cyclic collector is paused while files are read, and restored after, also when
    reading fails or when it was off before."""
    import gc

    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "harbour-fire.yaml"
    seen: list[bool] = []
    real = files.check_file

    def spy(path: Path):  # type: ignore[no-untyped-def]
        seen.append(gc.isenabled())
        return real(path)

    monkeypatch.setattr(files, "check_file", spy)
    assert gc.isenabled()
    sets, problems = files.check_paths([fixture])
    assert len(sets) == 1 and not problems and seen == [False] and gc.isenabled()

    def broken(path: Path):  # type: ignore[no-untyped-def]
        raise RuntimeError("disk gone")

    monkeypatch.setattr(files, "check_file", broken)
    with pytest.raises(RuntimeError):
        files.check_paths([fixture])
    assert gc.isenabled()
    gc.disable()
    try:
        monkeypatch.setattr(files, "check_file", real)
        files.check_paths([fixture])
        assert not gc.isenabled()
    finally:
        gc.enable()
