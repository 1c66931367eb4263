"""libyaml's fast path reads question files exactly as the pure-Python loader does."""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from quizapp.core import yamlsource
from quizapp.core.files import check_file

PROJECT = Path(__file__).resolve().parents[2]
SOURCES = sorted((PROJECT / "questions").glob("*.yaml")) + sorted(
    (PROJECT / "tests" / "fixtures").rglob("*.yaml")
)
# Characters that YAML gives meaning to, and the odd white space, for mutations.
MUTATIONS = list(":-[]{}#&*!|>'\"%@`,? \n\\\u2028")

pytestmark = pytest.mark.skipif(
    yamlsource._FastLoader is None, reason="PyYAML was built without libyaml"
)


def shape(value: Any) -> Any:
    """Values with every line number the checks use, for comparing two readings."""
    if isinstance(value, yamlsource.YMap):
        lines = tuple(sorted(value.key_lines.items()))
        items = tuple((key, shape(item)) for key, item in value.items())
        return ("map", value.line, lines, items)
    if isinstance(value, yamlsource.YList):
        return ("list", value.line, tuple(value.item_lines), tuple(map(shape, value)))
    return (type(value).__name__, value)


def reading(loader: Any, text: str) -> Any:
    try:
        return ("ok", shape(yamlsource._parse_with(loader, text)))
    except yamlsource.SourceError as error:
        return ("error", error.message, error.line)


def mutated_texts(count_per_file: int, seed: int) -> list[str]:
    rng = random.Random(seed)
    texts = []
    for path in SOURCES:
        base = path.read_text(encoding="utf-8", errors="replace")
        for _ in range(count_per_file):
            chars = list(base)
            for _ in range(rng.randint(1, 4)):
                position = rng.randrange(len(chars) + 1)
                if rng.random() < 0.5:
                    chars.insert(position, rng.choice(MUTATIONS))
                elif position < len(chars):
                    del chars[position]
            texts.append("".join(chars))
    return texts


@pytest.mark.parametrize("path", SOURCES, ids=lambda path: path.name)
def test_same_values_and_lines_on_every_file(path: Path) -> None:
    """Bundled and fixture files give the same values, lines or error with libyaml."""
    text = path.read_text(encoding="utf-8", errors="replace")
    pure = reading(yamlsource._Loader, text)
    try:
        ours = ("ok", shape(yamlsource.parse_yaml(text)))
    except yamlsource.SourceError as error:
        ours = ("error", error.message, error.line)
    assert ours == pure


def test_mutated_files_read_like_the_pure_loader() -> None:
    """On damaged files, whatever the pure loader accepts reads identically, and every
    refusal carries the pure loader's message and line."""
    compared = refused = 0
    for text in mutated_texts(25, seed=11):
        pure = reading(yamlsource._Loader, text)
        try:
            ours = ("ok", shape(yamlsource.parse_yaml(text)))
        except yamlsource.SourceError as error:
            ours = ("error", error.message, error.line)
            refused += 1
            assert ours == pure
            continue
        if pure[0] == "ok":
            compared += 1
            assert ours == pure
    assert compared > 100 and refused > 100  # both kinds were really exercised


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ("quizapp: 1\nid: a\x07b\n", "character YAML does not allow"),
        ("a: " + "[" * 2000 + "]" * 2000 + "\n", "nests deeper than"),
        ("a:\n" + "".join(" " * depth + "b:\n" for depth in range(1, 60)), "nests deeper than"),
    ],
)
def test_refusals_match_without_libyaml(
    text: str, phrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Control characters and deep nesting get the same message and line either way."""
    with pytest.raises(yamlsource.SourceError) as fast:
        yamlsource.parse_yaml(text)
    monkeypatch.setattr(yamlsource, "_FastLoader", None)
    with pytest.raises(yamlsource.SourceError) as pure:
        yamlsource.parse_yaml(text)
    assert phrase in fast.value.message
    assert (fast.value.message, fast.value.line) == (pure.value.message, pure.value.line)


def test_whole_sets_equal_without_libyaml(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every bundled set loads to the same model with and without libyaml."""
    paths = sorted((PROJECT / "questions").glob("*.yaml"))
    fast = [check_file(path) for path in paths]
    monkeypatch.setattr(yamlsource, "_FastLoader", None)
    pure = [check_file(path) for path in paths]
    assert fast == pure
    assert all(question_set is not None for question_set, _ in fast)
