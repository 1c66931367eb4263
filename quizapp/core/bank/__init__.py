"""The question bank: the only package that speaks SQL.

One SQLite file (WAL, foreign keys on) holds question sets, their articles, spans and
questions, and what students did: profiles, attempts and responses. The schema moves
forward with sqlite-utils' ``Migrations``; the file is copied aside before any
migration runs on a bank that already holds data (into ``backups/``, see
``core/safety.py``, which also checks the file for damage on opening). Every write that
records a student's answer commits before it returns; writes are retried while another
program holds the bank busy, and a write that cannot be stored raises ``BankWriteError``.

The package, by what each module holds:

- ``connection.py``: opening the file with its PRAGMAs, the errors, the registry of schema
  steps, the low-level file checks ``core/safety.py`` shares;
- ``schema/``: the migrations, one a file (``schema/tables.py`` makes their tables);
- ``writes.py``: write errors in words and retries while the bank is busy;
- ``records.py``: the records queries return, and how columns are encoded (JSON, quiz
  settings, fingerprints, times);
- ``base.py``: ``BankBase``, the open bank (open, migrate, transactions, settings);
- the queries, one group a module, each a class on ``BankBase``: ``sets.py`` (question
  sets), ``profiles.py``, ``attempts.py`` (quiz attempts), ``roster.py`` (class lists and
  codes), ``results.py`` (results handed in, findings, regrades), ``practice.py``;
- this module: ``Bank``, which is all of them, and every name the bank has always had
  (``from quizapp.core.bank import Bank, Profile, fingerprint, ...``).
"""

from __future__ import annotations

from quizapp.core.bank import schema as _schema  # noqa: F401  (importing registers the steps)
from quizapp.core.bank.attempts import AttemptQueries
from quizapp.core.bank.connection import (  # noqa: F401  (re-exported: the bank's names)
    BUSY_TIMEOUT_MS,
    STORAGE_ERRORS,
    BankError,
    LiteDatabase,
    _first_line,
    configure,
    connect,
    count_rows,
    is_quizapp_bank,
    migrations,
    quick_check_problem,
)
from quizapp.core.bank.practice import PracticeQueries
from quizapp.core.bank.profiles import ProfileQueries
from quizapp.core.bank.records import (  # noqa: F401  (re-exported: the bank's names)
    Attempt,
    Profile,
    QuestionRow,
    SetSummary,
    StoredResponse,
    fingerprint,
    now_iso,
)
from quizapp.core.bank.results import ResultQueries
from quizapp.core.bank.roster import RosterQueries
from quizapp.core.bank.sets import SetQueries
from quizapp.core.bank.writes import (  # noqa: F401  (re-exported: the bank's names)
    WRITE_RETRY_SECONDS,
    BankWriteError,
    retry_when_busy,
    write_error,
)


class Bank(
    AttemptQueries, PracticeQueries, ResultQueries, SetQueries, ProfileQueries, RosterQueries
):
    """An open question bank. Create with ``Bank.open(path)``; close when done.

    Its queries live in one module per subject (see the package's docstring); a query
    that uses another group's names says so by building on that group's class."""
