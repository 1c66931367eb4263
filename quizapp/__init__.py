"""quizapp: learn to read breaking news critically.

The Python API (Qt-free):

- ``load_question_set(path)`` -> ``QuestionSet``; raises ``QuestionFileError`` with
  ``path``, ``line`` and ``message`` (and ``problems``, all of them).
- ``score(question, response)`` -> ``Score`` with ``points``, ``max_points`` and
  per-span feedback.
"""

from quizapp.core.files import QuestionFileError, load_question_set
from quizapp.core.model import Article, Excerpt, Question, QuestionSet, Span
from quizapp.core.scoring import Score, score

__version__ = "0.1.0"

__all__ = [
    "Article",
    "Excerpt",
    "Question",
    "QuestionFileError",
    "QuestionSet",
    "Score",
    "Span",
    "load_question_set",
    "score",
    "__version__",
]
