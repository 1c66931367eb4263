"""One entry to every LMS export: the format's name in, the files out.

Apart from the package's ``__init__`` (the shared pieces, which the formats import) so that
the package imports none of its formats and no import goes round in a circle.
"""

from __future__ import annotations

from quizapp.core.interchange import ExportResult
from quizapp.core.model import QuestionSet


def export_set(question_set: QuestionSet, format_name: str) -> ExportResult:
    """The set in ``format_name`` (one of ``EXPORT_FORMATS`` but ``yaml``)."""
    if format_name == "qti":
        from quizapp.core.interchange import qti

        return ExportResult((("", qti.export_package(question_set)),), len(question_set.questions))
    if format_name == "moodle":
        from quizapp.core.interchange import moodle

        return moodle.export_moodle(question_set)
    if format_name == "gift":
        from quizapp.core.interchange import gift

        return gift.export_gift(question_set)
    if format_name == "h5p":
        from quizapp.core.interchange import h5p

        return h5p.export_h5p(question_set)
    raise ValueError(f"unknown export format {format_name!r}")
