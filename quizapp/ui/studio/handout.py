"""Handing a quiz out and taking it in: the one-file exchange between machines.

The teacher exports a quiz (or any set) as the question-file YAML, or a quiz with feedback
at the end as an exam copy without its key (``core/examcopy.py``). On a student machine
``open_quiz_file`` (File > Open, or a .yaml dropped on the main window) checks the file
first — a damaged one is refused with ``path:line: message`` and nothing is imported —
then says what will be added or updated, and imports only when the user agrees.
Importing a newer version of a quiz updates it in place and keeps earlier attempts.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from quizapp.core.bank import Bank, fingerprint
from quizapp.core.files import (
    QUESTION_FILE_SUFFIXES,
    QuestionFileError,
    dump_question_set,
    load_question_set,
)
from quizapp.core.model import QuestionSet
from quizapp.core.text import localized
from quizapp.ui.prompter import Prompter
from quizapp.ui.studio.common import fill, label_title, tr

MAX_PROBLEMS_SHOWN = 12


@dataclass(frozen=True)
class ImportSummary:
    """What importing a file would do, in facts the preview puts in words."""

    path: str
    question_set: QuestionSet
    updates: bool  # a set with this id is in the bank already
    unchanged: bool  # ... and it is exactly this one

    @property
    def is_quiz(self) -> bool:
        return self.question_set.quiz is not None

    def lines(self) -> list[str]:
        qs = self.question_set
        what = tr("Quiz") if self.is_quiz else tr("Question set")
        lines = [
            fill(tr("%1: “%2”"), what, qs.title),
            fill(tr("%1 questions over %2 articles"), len(qs.questions), len(qs.articles)),
        ]
        skills = sorted({skill for q in qs.questions for skill in q.skills})
        if skills:
            lines.append(fill(tr("Skills: %1"), ", ".join(label_title(s) for s in skills)))
        quiz = qs.quiz
        if quiz is not None:
            details = [
                tr("feedback after each question")
                if quiz.feedback != "end"
                else tr("feedback at the end")
            ]
            if quiz.time_limit_minutes:
                details.append(fill(tr("%1 minutes"), f"{quiz.time_limit_minutes:g}"))
            if quiz.pass_mark is not None:
                details.append(fill(tr("pass mark %1%"), f"{quiz.pass_mark:g}"))
            if quiz.attempts:
                details.append(fill(tr("%1 attempts allowed"), quiz.attempts))
            if quiz.draw:
                details.append(fill(tr("draws %1 at random"), sum(quiz.draw.values())))
            elif quiz.shuffle:
                details.append(tr("shuffled"))
            lines.append("; ".join(details).capitalize())
            if quiz.exam_of:
                lines.append(tr("An exam copy without the answer key: your teacher scores it."))
            if quiz.codes:
                lines.append(tr("To start it you need the code on the slip from your teacher."))
        if self.unchanged:
            lines.append(tr("This exact version is already in the bank; nothing changes."))
        elif self.updates:
            lines.append(tr("This updates the existing version; earlier attempts are kept."))
        else:
            lines.append(tr("This adds it to the bank."))
        return lines


class ImportPreviewDialog(QDialog):
    """Says what a file will add or update; Import or Cancel."""

    def __init__(self, summary: ImportSummary, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Import a quiz"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 56)
        self.summary = summary
        layout = QVBoxLayout(self)
        heading = QLabel(fill(tr("Import from %1?"), Path(summary.path).name), self)
        heading.setWordWrap(True)
        self.body = QLabel("\n".join(summary.lines()), self)
        self.body.setWordWrap(True)
        self.body.setAccessibleName(tr("What will be imported"))
        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.import_button.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(heading)
        layout.addWidget(self.body)
        layout.addWidget(self.buttons)
        self.setAccessibleDescription(self.body.text())


def confirm_import(parent: QWidget | None, summary: ImportSummary) -> bool:
    return ImportPreviewDialog(summary, parent).exec() == QDialog.DialogCode.Accepted


Confirm = Callable[[QWidget | None, ImportSummary], bool]


def open_quiz_file(
    parent: QWidget | None,
    bank: Bank,
    path: str | Path,
    confirm: Confirm | None = None,
    prompter: Prompter | None = None,
) -> bool:
    """Check a quiz (or question) file, preview what it adds or updates, import it on
    confirmation. True when something was imported; a damaged file changes nothing."""
    prompter = prompter or Prompter()
    try:
        question_set = load_question_set(path)
    except QuestionFileError as error:
        shown = [localized(problem.located()) for problem in error.problems[:MAX_PROBLEMS_SHOWN]]
        if len(error.problems) > MAX_PROBLEMS_SHOWN:
            shown.append(fill(tr("… and %1 more"), len(error.problems) - MAX_PROBLEMS_SHOWN))
        prompter.warn(
            parent,
            tr("Open quiz"),
            tr("This file cannot be used, so nothing was imported:") + "\n\n" + "\n".join(shown),
        )
        return False
    updates = bank.has_set(question_set.id)
    summary = ImportSummary(
        path=str(path),
        question_set=question_set,
        updates=updates,
        unchanged=updates and bank.set_fingerprint(question_set.id) == fingerprint(question_set),
    )
    if not (confirm or confirm_import)(parent, summary):
        return False
    try:
        bank.import_sets([question_set])
    except Exception as error:  # noqa: BLE001 - a locked or broken bank, said in words
        prompter.warn(parent, tr("Open quiz"), fill(tr("Nothing was imported: %1"), error))
        return False
    return True


def write_set(question_set: QuestionSet, path: str | Path) -> Path:
    """Write a set (a quiz included) as one question file; raises ``OSError``."""
    target = Path(path)
    if target.suffix.lower() not in QUESTION_FILE_SUFFIXES:
        target = target.with_suffix(".yaml")
    target.write_text(dump_question_set(question_set), encoding="utf-8")
    return target
