"""Error codes: what went wrong, as something a program can test (the message is for people).

Every exception the core raises for the user, and every problem found in a question file,
carries an ``ErrorCode`` (``error.code``, ``problem.code``). The UI and the command line
branch on the code, never on the wording, which may be translated (core/text.py). The
codes are listed in docs/errors.md; their string values are stable.
This module never imports Qt.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Self

from quizapp.core.text import joined

__all__ = ["CodedError", "ErrorCode", "LocatedError", "code_of"]


class ErrorCode(StrEnum):
    """What kind of failure an error or a problem is."""

    # The bank (storage)
    BANK_UNAVAILABLE = "bank-unavailable"  # cannot be created, opened or read
    BANK_DAMAGED = "bank-damaged"  # damaged or not a database; moved aside when repaired
    BANK_IN_USE = "bank-in-use"  # another quizapp window has it open
    BANK_FULL = "bank-full"  # the disk is full: the change was not saved
    BANK_READ_ONLY = "bank-read-only"
    BANK_BUSY = "bank-busy"  # another program kept it busy too long
    BANK_WRITE_FAILED = "bank-write-failed"  # any other input/output failure
    BACKUP_FAILED = "backup-failed"  # no backup could be made, or a backup cannot be used
    NOT_FOUND = "not-found"  # no such set, question, quiz, profile...
    # Question files and their contents
    FILE_UNREADABLE = "file-unreadable"  # missing, not text, not YAML
    FILE_NOT_A_SET = "file-not-a-set"  # YAML, but not a question set (or a newer format)
    FIELD_MISSING = "field-missing"
    FIELD_UNKNOWN = "field-unknown"
    FIELD_INVALID = "field-invalid"  # a value of the wrong kind or out of range
    ID_INVALID = "id-invalid"
    ID_DUPLICATE = "id-duplicate"
    REFERENCE_UNKNOWN = "reference-unknown"  # an article, label or question not in the set
    MARKUP_INVALID = "markup-invalid"  # an article's text and its [tags]
    KEY_MISSING = "key-missing"  # a question with nothing to find or no right answer
    # Answers
    RESPONSE_INVALID = "response-invalid"  # a response that does not fit its question
    # Hand-out and hand-in
    EXAM_COPY_REFUSED = "exam-copy-refused"  # the set cannot be handed out without its key
    RESULTS_FILE_INVALID = "results-file-invalid"
    RESULTS_FILE_FOREIGN = "results-file-foreign"  # from another quiz, or changed by hand
    ROSTER_INVALID = "roster-invalid"  # a class list that cannot be used
    PASSWORD_REFUSED = "password-refused"
    # Interchange
    PACKAGE_INVALID = "package-invalid"  # a QTI package that cannot be read
    LRS_FAILED = "lrs-failed"  # a Learning Record Store refused or could not be reached
    SUGGEST_FAILED = "suggest-failed"


class CodedError(Exception):
    """A mixin for the core's exceptions: ``code`` says what kind of failure it is.

    A class sets its usual ``code``; an instance may be given another one.
    """

    code: ErrorCode = ErrorCode.FIELD_INVALID

    def with_code(self, code: ErrorCode) -> Self:
        """This error, carrying ``code`` (returned, for ``raise error.with_code(...)``)."""
        self.code = code
        return self


class LocatedError(CodedError):
    """A failure at a named place (a file, a file's line, a part of a package):
    ``str()`` is ``where: message``; ``where`` and ``message`` are kept apart for screens
    that show them in two places."""

    def __init__(self, where: str, message: str) -> None:
        super().__init__(joined([f"{where}:", message]))
        self.where = where
        self.message = message


def code_of(error: BaseException) -> ErrorCode | None:
    """The code an error carries, or None for an error from outside the core."""
    code = getattr(error, "code", None)
    return code if isinstance(code, ErrorCode) else None
