"""PyYAML's problems in a hand-edited question file: the same English words on the command
line, French ones in a French window (core/yamlproblems.py)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from quizapp.core import text
from quizapp.core.text import localized
from quizapp.core.yamlproblems import problem_text
from quizapp.core.yamlsource import SourceError, parse_yaml
from tests.core.test_suggest_reasons import _catalogue

BROKEN = [  # the slips teachers make in a question file, and what PyYAML says
    ("prompt: Who says: the police\n", "mapping values are not allowed here"),
    ("spans:\n  - x\n  label: figure\n", "expected <block end>, but found '?'"),
    ("prompt: 'Who says\n", "found unexpected end of stream"),
    ("targets: [figure, speculation\n", "expected ',' or ']', but got '<stream end>'"),
    ("key: {a: 1\n", "expected ',' or '}', but got '<stream end>'"),
    ("prompt: @police\n", "found character '@' that cannot start any token"),
    ("questions:\n\t- id: q1\n", "found character '\\t' that cannot start any token"),
    ("a: *nope\n", "found undefined alias 'nope'"),
    (
        "id: one\n---\nid: two\n",
        "expected a single document in the stream, but found another document",
    ),
    ('prompt: "C:\\q"\n', "found unknown escape character 'q'"),
    ("a:\n  b: 1\n - c\n", "expected <block end>, but found '<block sequence start>'"),
    ("[1, 2]]\n", "expected '<document start>', but found ']'"),
]


@pytest.fixture
def french() -> Iterator[None]:
    catalogue = _catalogue()
    text.install(lambda c, s: catalogue.get((c, s), (s, True))[0] or s, "fr")
    yield
    text.install(None)


@pytest.mark.parametrize(("source", "problem"), BROKEN)
def test_a_yaml_slip_is_explained_in_french(french: None, source: str, problem: str) -> None:
    """Each slip keeps PyYAML's English in the error and reads in French when localized."""
    with pytest.raises(SourceError) as raised:
        parse_yaml(source)
    assert str(raised.value).endswith(f"YAML syntax error: {problem}")
    shown = localized(raised.value.args[0])
    assert shown.startswith("erreur de syntaxe YAML\u00a0: ")
    english = problem.split(" but ")[0].split(" {")[0]
    assert english not in shown, shown


def test_other_problems_stay_as_pyyaml_says_them() -> None:
    """A problem not in the catalogue is passed on as PyYAML wrote it."""
    assert problem_text("while parsing something new") == "while parsing something new"
    assert type(problem_text("while parsing something new")) is str
