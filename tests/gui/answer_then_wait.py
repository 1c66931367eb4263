"""A student's program, cut short: open the bank, answer two questions, then wait to be
killed. Run by test_resume.py as ``python answer_then_wait.py BANK PROFILE``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from quizapp.core.bank import Bank
from quizapp.core.session import QuizSession

ANSWERS = [
    {"marks": [[0, 58, 74]]},
    {"marks": [[0, 14, 21]], "verdict": "compatible", "reasons": [1]},
]


def main(bank_path: str, profile_name: str) -> None:
    bank = Bank.open(Path(bank_path))
    profile = bank.add_profile(profile_name)
    session = QuizSession.start(bank, profile.id, "harbour-fire")
    for index, response in enumerate(ANSWERS):
        session.submit(index, response)
    print("answered", flush=True)
    time.sleep(120)  # the test kills us here, mid-quiz, with the bank still open


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
