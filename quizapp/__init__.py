"""quizapp: learn to read breaking news critically.

The Python API (Qt-free):

- ``load_question_set(path)`` -> ``QuestionSet``; raises ``QuestionFileError`` with
  ``path``, ``line`` and ``message`` (and ``problems``, all of them).
- ``score(question, response)`` -> ``Score`` with ``points``, ``max_points`` and
  per-span feedback.

Names are imported on first use, so that starting the program does not pay for
YAML parsing and scoring before it needs them.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

from quizapp.core.version import __version__

_EXPORTS = {
    "load_question_set": "quizapp.core.files",
    "QuestionFileError": "quizapp.core.files",
    "score": "quizapp.core.scoring",
    "Score": "quizapp.core.scoring",
    "Article": "quizapp.core.model",
    "Excerpt": "quizapp.core.model",
    "Question": "quizapp.core.model",
    "QuestionSet": "quizapp.core.model",
    "Span": "quizapp.core.model",
}

__all__ = [
    "Article",
    "Excerpt",
    "Question",
    "QuestionFileError",
    "QuestionSet",
    "Score",
    "Span",
    "__version__",
    "load_question_set",
    "score",
]

if TYPE_CHECKING:
    from quizapp.core.files import QuestionFileError, load_question_set
    from quizapp.core.model import Article, Excerpt, Question, QuestionSet, Span
    from quizapp.core.scoring import Score, score


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'quizapp' has no attribute {name!r}")
    value = getattr(import_module(module), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)
