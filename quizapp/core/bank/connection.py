"""The bank's SQLite connection in one place: opening it with its PRAGMAs, the schema's
registry of migration steps, the bank's errors, and the low-level looks at a database file
that ``core/safety.py`` shares (so that neither imports the other's module at the top).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from quizapp.core.errors import CodedError, ErrorCode

if TYPE_CHECKING:
    from sqlite_utils import Database, Migrations

BUSY_TIMEOUT_MS = 5000


def connect(path: Path) -> LiteDatabase:
    """A connection to the bank file that waits ``BUSY_TIMEOUT_MS`` for a busy bank."""
    connection = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    db = LiteDatabase(connection)
    db.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return db


def configure(db: LiteDatabase) -> None:
    """The bank's PRAGMAs, set on every connection to a bank file once it is checked."""
    db.execute("PRAGMA journal_mode = WAL")
    db.execute("PRAGMA synchronous = FULL")  # a committed answer survives power loss
    db.execute("PRAGMA foreign_keys = ON")


def make_self_contained(db: LiteDatabase | sqlite3.Connection) -> None:
    """Rollback-journal mode, so that a copy of a bank (a backup, a restore, the bundled
    library) is the one file, with no ``-wal`` beside it."""
    db.execute("PRAGMA journal_mode = DELETE")


class _Steps:
    """The schema's migrations, registered like sqlite-utils' ``Migrations`` (which
    applies them) but checked with plain SQL: importing sqlite-utils costs about 50 ms,
    which a program that starts on an up-to-date bank should not pay."""

    TABLE = migrations_table = "_sqlite_migrations"

    def __init__(self, name: str) -> None:
        self.name = name
        self.steps: list[tuple[str, Callable[[Database], None], bool]] = []
        self._real: Migrations | None = None

    def __call__(
        self, *, name: str | None = None, transactional: bool = True
    ) -> Callable[[Callable[[Database], None]], Callable[[Database], None]]:
        def register(step: Callable[[Database], None]) -> Callable[[Database], None]:
            self.steps.append((name or step.__name__, step, transactional))
            return step

        return register

    def real(self) -> Migrations:
        if self._real is None:
            from sqlite_utils import Migrations

            self._real = Migrations(self.name)
            for name, step, transactional in self.steps:
                self._real(name=name, transactional=transactional)(step)
        return self._real

    def applied_names(self, db: LiteDatabase) -> list[str]:
        exists = db.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [self.TABLE]
        ).fetchone()
        if not exists:
            return []
        return [
            row[0]
            for row in db.execute(
                f"SELECT name FROM {self.TABLE} WHERE migration_set = ? ORDER BY rowid",
                [self.name],
            )
        ]

    def pending(self, db: LiteDatabase) -> list[_Step]:
        done = set(self.applied_names(db))
        return [_Step(name) for name, _, _ in self.steps if name not in done]

    def applied(self, db: LiteDatabase) -> list[_Step]:
        return [_Step(name) for name in self.applied_names(db)]

    @property
    def _migrations(self) -> list[_Step]:
        """Every registered step, in order (the name sqlite-utils uses)."""
        return [_Step(name) for name, _, _ in self.steps]

    def apply(self, db: LiteDatabase | Database, stop_before: str | None = None) -> None:
        target = db.full if isinstance(db, LiteDatabase) else db
        self.real().apply(target, stop_before=stop_before)


class _Step(NamedTuple):
    name: str


class LiteDatabase:
    """The bank's connection: plain sqlite3 for queries and transactions, sqlite-utils
    (imported on first use) for its table helpers and for migrations."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Database | None = None

    @property
    def full(self) -> Database:
        if self._full is None:
            from sqlite_utils import Database

            self._full = Database(self.conn)
        return self._full

    def execute(self, sql: str, parameters: Any = None) -> sqlite3.Cursor:
        return self.conn.execute(sql, parameters if parameters is not None else [])

    def __getitem__(self, table: str) -> Any:
        return self.full[table]

    def table_names(self) -> list[str]:
        return [
            row[0]
            for row in self.conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        ]

    @contextmanager
    def atomic(self) -> Iterator[LiteDatabase]:
        """A transaction; nested blocks are savepoints (as sqlite-utils' ``atomic``)."""
        if self.conn.in_transaction:
            savepoint = f"quizapp_{os.urandom(8).hex()}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def close(self) -> None:
        self.conn.close()


migrations = _Steps("quizapp")


class BankError(CodedError, RuntimeError):
    """The bank cannot be opened or used; the message is for the user."""

    code = ErrorCode.BANK_UNAVAILABLE


# What a use of the bank can raise when storage fails (so that no UI file needs sqlite3).
STORAGE_ERRORS = (sqlite3.Error, OSError, BankError)


# --- inspecting a database file (the bank's, or a backup's) ----------------------------


def _first_line(text: str, limit: int = 160) -> str:
    lines = [line for line in text.splitlines() if line.strip() and not line.startswith("***")]
    line = lines[0] if lines else text.strip()
    return line if len(line) <= limit else line[: limit - 1] + "…"


def quick_check_problem(connection: sqlite3.Connection) -> str | None:
    """Run ``PRAGMA quick_check``; return its first complaint, or None when all is well."""
    rows = connection.execute("PRAGMA quick_check").fetchall()
    if len(rows) == 1 and rows[0][0] == "ok":
        return None
    detail = "; ".join(str(row[0]) for row in rows[:3]) if rows else "no answer"
    return f"SQLite's integrity check failed ({_first_line(detail)})"


def is_quizapp_bank(connection: sqlite3.Connection) -> bool | None:
    """True for a quizapp bank, None for an empty database, False for anything else."""
    tables = {
        row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")
    }
    if not tables:
        return None
    if migrations.migrations_table not in tables:
        return False
    row = connection.execute(
        f"SELECT COUNT(*) FROM [{migrations.migrations_table}] WHERE migration_set = ?",
        [migrations.name],
    ).fetchone()
    return bool(row and row[0])


def count_rows(connection: sqlite3.Connection, table: str) -> int:
    return int(connection.execute(f"SELECT COUNT(*) FROM [{table}]").fetchone()[0])
