"""Opening a bank the way the program and the command line both do."""

from __future__ import annotations

from pathlib import Path

from quizapp.core.bank import Bank, BankError
from quizapp.core.files import check_paths


def open_bank(path: Path, bundled_questions: Path | None = None) -> Bank:
    """Open the bank at ``path``; a new bank is filled from the bundled question files."""
    is_new = not path.exists() or path.stat().st_size == 0
    bank = Bank.open(path)
    if is_new and bundled_questions is not None and bundled_questions.is_dir():
        sets, problems = check_paths([bundled_questions])
        if problems:
            bank.close()
            raise BankError(
                "the bundled questions are damaged:\n" + "\n".join(str(p) for p in problems)
            )
        bank.import_sets(sets)
    return bank
