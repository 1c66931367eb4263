"""The published JSON Schema of question files agrees with what the loader accepts."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from quizapp.core.files import check_text
from quizapp.core.yamlsource import parse_yaml

PROJECT_DIR = Path(__file__).resolve().parents[2]
SCHEMA_PATH = PROJECT_DIR / "schema" / "question-set.schema.json"
FIXTURE = PROJECT_DIR / "tests" / "fixtures" / "harbour-fire.yaml"
GOOD_FILES = [FIXTURE, *sorted((PROJECT_DIR / "questions").glob("*.yaml"))]


def plain(value: Any) -> Any:
    """YAML as the loader reads it (dates stay text), as plain dicts and lists."""
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def document(text: str) -> Any:
    return plain(parse_yaml(text))


@pytest.fixture(scope="module")
def validator() -> Draft202012Validator:
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def test_schema_is_valid() -> None:
    """The schema is itself a valid draft 2020-12 schema."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("path", GOOD_FILES, ids=lambda path: path.name)
def test_good_files_validate(validator: Draft202012Validator, path: Path) -> None:
    """The example set and every bundled set satisfy the schema."""
    errors = [error.message for error in validator.iter_errors(document(path.read_text()))]
    assert errors == []


def test_every_field_is_described() -> None:
    """Every property in the schema carries a description (teachers read it in editors)."""
    schema = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    missing: list[str] = []

    def walk(node: Any, where: str) -> None:
        if isinstance(node, dict):
            for name, sub in node.get("properties", {}).items():
                # Inside a type's branch, a property may only narrow one described above.
                narrowing = ".then" in where and name in ("excerpts", "options")
                if "description" not in sub and "$ref" not in sub and not narrowing:
                    missing.append(f"{where}.{name}")
            for key, sub in node.items():
                if key != "if":  # conditions name properties without describing them
                    walk(sub, f"{where}.{key}")
        elif isinstance(node, list):
            for index, sub in enumerate(node):
                walk(sub, f"{where}[{index}]")

    walk(schema, "$")
    assert missing == []


BASE = FIXTURE.read_text()

BAD = [
    pytest.param(("quizapp: 1\n", ""), id="no-format-version"),
    pytest.param(("quizapp: 1", "quizapp: 2"), id="format-version-2"),
    pytest.param(("title:", "titel:"), id="unknown-set-field"),
    pytest.param(("id: harbour-fire", "id: ../harbour"), id="bad-set-id"),
    pytest.param(
        ("    outlet: Harbour Daily\n", "    outlet: Harbour Daily\n    author: x\n"),
        id="unknown-article-field",
    ),
    pytest.param(
        ("published: 2021-03-04T06:10:00+01:00", "published: yesterday"), id="bad-published"
    ),
    pytest.param(("type: classify", "type: sort"), id="unknown-type"),
    pytest.param(("difficulty: 1 ", "difficulty: 4 "), id="difficulty-4"),
    pytest.param(("difficulty: 1 ", "difficulty: 2.5"), id="difficulty-2.5"),
    pytest.param(
        ("    tags: [fire]\n", "    tags: [fire]\n    verdict: conflict\n"),
        id="compare-field-on-highlight",
    ),
    pytest.param(("    targets: [speculation]\n", ""), id="highlight-without-targets"),
    pytest.param(
        (
            "    excerpts: [{article: report-a, paragraphs: [1, 1]}, {article: report-b, "
            "paragraphs: [1, 1]}]\n",
            "    excerpts: [{article: report-a}]\n",
        ),
        id="compare-one-excerpt",
    ),
    pytest.param(("verdict: conflict ", "verdict: maybe "), id="bad-verdict"),
    pytest.param(
        ("{text: Nobody named, correct: true}", "{text: Nobody named}"), id="choice-without-correct"
    ),
    pytest.param(
        ("{text: The fire brigade}", "{text: The fire brigade, correct: true}"),
        id="single-choice-two-correct",
    ),
    pytest.param(("      - {text: The fire brigade}\n", ""), id="choice-one-option"),
    pytest.param(("paragraphs: [1, 2]", "paragraphs: [1, 2, 3]"), id="three-paragraph-numbers"),
    pytest.param(("paragraphs: [1, 2]", "paragraphs: [0, 2]"), id="paragraph-zero"),
    pytest.param(
        (
            "    excerpt: {article: report-a, paragraphs: [1, 2]}\n",
            "    excerpt: {article: report-a}\n    excerpts: [{article: report-b}]\n",
        ),
        id="excerpt-and-excerpts",
    ),
    pytest.param(
        ("language: en\n", "language: en\nlabels: [figure]\n"), id="builtin-label-declared"
    ),
    pytest.param(("language: en\n", "language: en\nquiz: {feedback: later}\n"), id="quiz-feedback"),
    pytest.param(("language: en\n", "language: en\nquiz: {draw: {figure: 0}}\n"), id="quiz-draw-0"),
    pytest.param(
        ("language: en\n", "language: en\nquiz: {shufle: true}\n"), id="quiz-unknown-field"
    ),
]


@pytest.mark.parametrize("edit", BAD)
def test_bad_documents_rejected(validator: Draft202012Validator, edit: tuple[str, str]) -> None:
    """Documents with a mistake the schema can see are rejected, by the loader as well."""
    old, new = edit
    assert BASE.count(old) == 1, old
    text = BASE.replace(old, new)
    assert list(validator.iter_errors(document(text))), "the schema accepted it"
    question_set, problems = check_text(text, "bad.yaml")
    assert question_set is None and problems, "the loader accepted it"


GOOD_VARIANTS = [
    pytest.param(("paragraphs: [1, 2]", "paragraphs: 2"), id="one-paragraph-number"),
    pytest.param(
        ("excerpt: {article: report-a, paragraphs: [1, 2]}", "excerpt: {article: report-a}"),
        id="whole-article",
    ),
    pytest.param(("tags: [fire]", "tags: fire"), id="tags-as-one-word"),
    pytest.param(
        ("      - {text: The fire brigade}", "      - The fire brigade"), id="option-as-text"
    ),
    pytest.param(("multiple: false", "multiple: true"), id="multiple"),
    pytest.param(
        (
            "language: en\n",
            "language: en\nlabels:\n  - rumour\n  - {id: hearsay, "
            "name: Hearsay, description: Second-hand.}\n",
        ),
        id="declared-labels",
    ),
    pytest.param(
        (
            "language: en\n",
            "language: en\nquiz:\n  title: Friday quiz\n  questions: "
            "[fire-toll, fire-source]\n  shuffle: true\n  draw: {figure: 1}\n  feedback: end\n"
            "  time_limit: 15\n  pass_mark: 60\n  attempts: 2\n",
        ),
        id="quiz-section",
    ),
    pytest.param(
        ("    difficulty: 1 ", "    strict: true\n    stray_penalty: 1\n    difficulty: 1 "),
        id="strict-and-penalty",
    ),
]


@pytest.mark.parametrize("edit", GOOD_VARIANTS)
def test_good_variants_accepted(validator: Draft202012Validator, edit: tuple[str, str]) -> None:
    """Every documented way of writing a field is accepted by the schema and the loader."""
    old, new = edit
    assert BASE.count(old) == 1, old
    text = BASE.replace(old, new)
    assert [error.message for error in validator.iter_errors(document(text))] == []
    question_set, problems = check_text(text, "good.yaml")
    assert problems == [] and question_set is not None
