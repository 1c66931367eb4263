"""Formats that schools already use: QTI 3.0, Moodle XML, GIFT, H5P and xAPI.

Each format is its own module and reads only the model (``core/model.py``), the
markup and the scoring; none of them touches the bank or Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from quizapp.core.model import QuestionSet

EXPORT_FORMATS: tuple[str, ...] = ("yaml", "qti", "moodle", "gift", "h5p")


@dataclass(frozen=True)
class LeftOut:
    """A question an export could not express, and why (said to the teacher)."""

    question_id: str
    reason: str

    def __str__(self) -> str:
        return f"left out {self.question_id}: {self.reason}"


@dataclass(frozen=True)
class ExportResult:
    """What an export wrote: the bytes, how many questions went in, and what was left out."""

    data: bytes
    written: int
    left_out: tuple[LeftOut, ...] = ()


def export_set(question_set: QuestionSet, format_name: str) -> ExportResult:
    """The set in ``format_name`` (one of ``EXPORT_FORMATS`` but ``yaml``)."""
    if format_name == "qti":
        from quizapp.core.interchange import qti

        return ExportResult(qti.export_package(question_set), len(question_set.questions))
    raise ValueError(f"unknown export format {format_name!r}")
