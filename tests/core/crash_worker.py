"""A student who never stops: answers questions in a loop and says so after each one.

Run by tests/core/test_crash.py (killed with SIGKILL at random moments) and by
tests/core/test_concurrency.py (several at once on one bank)::

    python tests/core/crash_worker.py BANK PROFILE [--seconds S] [--reimport FILE]

It opens the bank, resumes the profile's unfinished attempt or starts one on the
``drill`` set, and prints, each line flushed as soon as the thing is true:

- ``READY``, once the bank is open;
- ``START <attempt>`` or ``RESUME <attempt> <next index>``;
- ``ACK <attempt> <question index>`` after ``QuizSession.submit`` returned;
- ``DONE <attempt>`` after the attempt was finished, then it starts another;
- ``END <acks>`` when ``--seconds`` have passed (it runs until killed otherwise).

``--reimport FILE`` imports FILE again every 25 answers: a big write transaction that
competes with the other writers. ``--no-retry`` turns the bank's write retries off (to
see the concurrency test fail without them).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from quizapp.core.bank import Bank  # noqa: E402
from quizapp.core.files import load_question_set  # noqa: E402
from quizapp.core.model import Question  # noqa: E402
from quizapp.core.session import QuizSession  # noqa: E402

SET_ID = "drill"


def answer_for(question: Question, attempt_id: int, index: int) -> dict[str, Any]:
    """The answer this worker gives: fixed by (attempt, index), so a test can check it."""
    turn = attempt_id * 7 + index
    if question.type == "choice":
        return {"choices": [turn % len(question.options)]}
    length = len(question.excerpts[0].text)
    return {"marks": [[0, 0, 1 + turn % max(1, length - 1)]]}


def say(line: str) -> None:
    print(line, flush=True)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bank")
    parser.add_argument("profile")
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--reimport", default=None)
    parser.add_argument("--no-retry", action="store_true")
    args = parser.parse_args()
    if args.no_retry:
        import quizapp.core.bank as bank_module

        bank_module.WRITE_RETRY_SECONDS = 0.0
    bank = Bank.open(Path(args.bank))
    reimport = load_question_set(args.reimport) if args.reimport else None
    profile = bank.add_profile(args.profile)
    say("READY")
    session = QuizSession.resume(bank, profile.id)
    if session is None:
        session = QuizSession.start(bank, profile.id, SET_ID)
        say(f"START {session.attempt.id}")
    else:
        say(f"RESUME {session.attempt.id} {session.current_index}")
    stop = time.monotonic() + args.seconds if args.seconds else None
    acks = 0
    while stop is None or time.monotonic() < stop:
        index = session.current_index
        if index >= session.total:
            session.finish()
            say(f"DONE {session.attempt.id}")
            session = QuizSession.start(bank, profile.id, SET_ID)
            say(f"START {session.attempt.id}")
            continue
        question = session.questions[index]
        session.submit(index, answer_for(question, session.attempt.id, index))
        acks += 1
        say(f"ACK {session.attempt.id} {index}")
        if reimport is not None and acks % 25 == 0:
            bank.import_sets([reimport])
    bank.close()
    say(f"END {acks}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
