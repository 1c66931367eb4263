"""One entry to every LMS export (the format's name in, the files out) and to every import
(question files and QTI packages, named or in folders).

Apart from the package's ``__init__`` (the shared pieces, which the formats import) so that
the package imports none of its formats and no import goes round in a circle.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from quizapp.core.errors import ErrorCode
from quizapp.core.files import QUESTION_FILE_SUFFIXES, Problem, check_paths
from quizapp.core.interchange import ExportResult
from quizapp.core.model import QuestionSet
from quizapp.core.problems import MESSAGES as QUESTION_FILE


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


PACKAGE_SUFFIX = ".zip"


def _import_sources(paths: Iterable[str | Path]) -> tuple[list[str | Path], list[Path]]:
    """The question files (and folders of them) and the QTI packages among ``paths``:
    a ``.zip`` named, or any inside a folder named (sorted)."""
    files: list[str | Path] = []
    packages: list[Path] = []
    for given in paths:
        path = Path(given)
        if path.is_file() and path.suffix.lower() == PACKAGE_SUFFIX:
            packages.append(path)
        elif path.is_dir():
            inside = sorted(
                child
                for child in path.rglob("*")
                if child.is_file() and child.suffix.lower() == PACKAGE_SUFFIX
            )
            packages += inside
            has_yaml = any(
                child.is_file() and child.suffix.lower() in QUESTION_FILE_SUFFIXES
                for child in path.rglob("*")
            )
            if has_yaml or not inside:  # a folder of nothing is still a problem to report
                files.append(given)
        else:
            files.append(given)
    return files, packages


def check_import_paths(paths: Iterable[str | Path]) -> tuple[list[QuestionSet], list[Problem]]:
    """Every question set that ``paths`` name: question files, QTI packages (``.zip``),
    and both inside folders; with every problem found (a set id used twice is one)."""
    files, packages = _import_sources(paths)
    sets, problems = check_paths(files)
    seen = {question_set.id: str(question_set.path) for question_set in sets}
    if packages:
        from quizapp.core.interchange import qti

        for package in packages:
            question_set, found = qti.check_package(package)
            problems += found
            if question_set is None:
                continue
            if question_set.id in seen:
                message = QUESTION_FILE.SET_ID_TWICE(
                    id=question_set.id, other=seen[question_set.id]
                )
                problems.append(Problem(str(package), 1, message, code=ErrorCode.ID_DUPLICATE))
                continue
            seen[question_set.id] = str(package)
            sets.append(question_set)
    return sets, problems
