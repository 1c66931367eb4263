"""Core texts (core/text.py) and error codes (core/errors.py): English for the API, any
language in a window, a code on every error."""

from __future__ import annotations

import copy
import json
import pickle
from collections.abc import Iterator

import pytest

from quizapp.core import text
from quizapp.core.errors import ErrorCode, code_of
from quizapp.core.files import QuestionFileError, loads_question_set
from quizapp.core.model import Question
from quizapp.core.scoring import ResponseError, score
from quizapp.core.text import Phrase, Text, joined, localized
from tests.core.test_scoring import make_question, marks_for

GREETING = Phrase("Test", "Hello {name}, {count} of {total}.")
QUOTED = Phrase("Test", "'{text}'")
FRENCH = {
    "Hello {name}, {count} of {total}.": "Bonjour {name}, {count} sur {total}.",
    "'{text}'": "« {text} »",
    "Found: {head}.": "Trouvé : {head}.",
    "{quote} ({labels})": "{quote} ({labels})",
    "'{text}'#": "",
    "speculation": "spéculation",
}


@pytest.fixture
def french() -> Iterator[None]:
    text.install(lambda context, source: FRENCH.get(source, source), "fr", _comma)
    yield
    text.install(None)


def _comma(value: float) -> str:
    return f"{value:g}".replace(".", ",")


def test_a_text_is_its_english_string() -> None:
    """A Text equals, hashes, prints and serialises as the English sentence."""
    made = GREETING(name=QUOTED(text="Ann"), count=1.5, total=3)
    assert made == "Hello 'Ann', 1.5 of 3."
    assert isinstance(made, str) and {made: 1}["Hello 'Ann', 1.5 of 3."] == 1
    assert json.dumps({"m": made}) == '{"m": "Hello \'Ann\', 1.5 of 3."}'
    assert localized(made) == made  # nothing installed: English


def test_localized_rebuilds_in_the_installed_language(french: None) -> None:
    """Templates, nested texts, joined parts and numbers come out in French."""
    made = GREETING(name=QUOTED(text="Ann"), count=1.5, total=3)
    assert str(made) == "Hello 'Ann', 1.5 of 3."  # the API still says English
    assert localized(made) == "Bonjour « Ann », 1,5 sur 3."
    assert localized(joined([made, "", "Note."])) == "Bonjour « Ann », 1,5 sur 3. Note."
    assert localized(ValueError(made)) == "Bonjour « Ann », 1,5 sur 3."
    assert localized(ValueError("plain")) == "plain"
    assert text.language() == "fr"


def test_a_broken_translation_falls_back_to_its_own_words() -> None:
    """A translation with an unknown place is shown unfilled, never raises."""
    text.install(lambda context, source: "Bonjour {nom}", "fr")
    try:
        assert localized(GREETING(name="x", count=1, total=2)) == "Bonjour {nom}"
    finally:
        text.install(None)


def test_texts_survive_pickle_and_copy(french: None) -> None:
    """A pickled or copied Text keeps its phrase, so it still localizes."""
    made = joined([GREETING(name="Ann", count=1, total=2), "x"])
    for again in (pickle.loads(pickle.dumps(made)), copy.deepcopy(made)):
        assert again == made and isinstance(again, Text)
        assert localized(again) == "Bonjour Ann, 1 sur 2. x"


def _question() -> Question:
    return make_question(
        "highlight",
        "Officials said [12 people died]{.figure}, and the toll may rise.",
        targets=("figure",),
    )


def test_scoring_feedback_is_english_in_the_api_and_french_when_installed() -> None:
    """The same Score gives English in to_dict() and French through localized()."""
    question = _question()
    result = score(question, {"marks": marks_for(question, ["12 people died"])})
    english = result.spans[0].message
    assert english == "Found: '12 people died' (figure)."
    assert result.to_dict()["spans"][0]["message"] == english
    text.install(lambda context, source: FRENCH.get(source, source), "fr")
    try:
        assert localized(english) == "Trouvé : « 12 people died » (figure)."
    finally:
        text.install(None)


def test_every_core_error_carries_its_code() -> None:
    """Errors and file problems carry an ErrorCode a program can test."""
    with pytest.raises(ResponseError) as caught:
        score(_question(), {"marks": "nonsense"})
    assert code_of(caught.value) is ErrorCode.RESPONSE_INVALID
    with pytest.raises(QuestionFileError) as bad_file:
        loads_question_set("quizapp: 1\nid: s\n")
    assert bad_file.value.code is bad_file.value.problems[0].code
    assert all(isinstance(problem.code, ErrorCode) for problem in bad_file.value.problems)
    assert code_of(KeyError("x")) is None
    assert len({code.value for code in ErrorCode}) == len(ErrorCode)


def test_phrases_name_their_places() -> None:
    """A phrase lists its placeholders, which translations must keep."""
    assert GREETING.names() == {"name", "count", "total"}


def test_every_code_is_documented() -> None:
    """docs/errors.md lists every error code by name and value."""
    from pathlib import Path

    doc = (Path(__file__).resolve().parents[2] / "docs" / "errors.md").read_text(encoding="utf-8")
    missing = [code.name for code in ErrorCode if f"`{code.name}` | `{code.value}`" not in doc]
    assert missing == []
