"""The bank's open connection: opening (checks, PRAGMAs, migrations, a backup before an
upgrade), transactions, closing, and the bank-wide settings. Every query group in this
package builds on ``BankBase``.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Self

from quizapp.core.bank.connection import BankError, LiteDatabase, configure, connect, migrations
from quizapp.core.bank.writes import BankWriteError, retry_when_busy, write_error
from quizapp.core.text import Catalogue

if TYPE_CHECKING:
    from quizapp.core.model import Article


MESSAGES = Catalogue("bank.base")  # quizapp/core/messages/bank.base.toml


class BankBase:
    """An open bank file (or memory bank) and what every query needs of it."""

    def __init__(self, db: LiteDatabase, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._article_cache: dict[tuple[str, str], Article] = {}

    @classmethod
    def open(cls, path: str | Path, *, thorough_check: bool = True) -> Self:
        """Open (creating if needed) and migrate the bank at ``path``.

        ``thorough_check=False`` leaves out SQLite's quick check (every page read); the
        caller then checks the bank another way (``safety.start_background_check``).
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BankError(MESSAGES.NO_FOLDER(path=str(path), error=str(error))) from None
        # The integrity checks (and DamagedBankError) live in safety, which builds on
        # bank.connection: imported here, not at the top, as it is not needed for a memory bank.
        from quizapp.core import safety

        existed = path.exists()
        if existed:
            safety.check_file(path)  # empty, a text file, a damaged header, cut short
        db: LiteDatabase | None = None
        try:
            db = connect(path)
            safety.check_connection(db.conn, path, thorough=thorough_check)
            configure(db)
        except (sqlite3.Error, BankError) as error:
            if db is not None:
                db.close()  # before anyone moves the file aside
            if isinstance(error, BankError):
                raise
            raise safety.open_error(path, error) from None
        bank = cls(db, path)
        try:
            bank._migrate(backup=existed)
        except BankError:
            bank.close()
            raise
        except sqlite3.DatabaseError as error:
            if not migrations.pending(bank.db):
                return bank  # another program upgraded it at the same moment
            bank.close()
            raise BankError(MESSAGES.NO_UPGRADE(path=str(path), error=str(error))) from None
        return bank

    @classmethod
    def memory(cls) -> Self:
        db = LiteDatabase(sqlite3.connect(":memory:"))
        db.execute("PRAGMA foreign_keys = ON")  # WAL and synchronous mean nothing in memory
        bank = cls(db, None)
        bank._migrate(backup=False)
        return bank

    def _migrate(self, backup: bool) -> None:
        pending = migrations.pending(self.db)
        if not pending:
            return
        if backup and self.path is not None and self.db.table_names():
            from quizapp.core import safety

            # No backup, no upgrade: make_backup raises BankError when it cannot copy.
            safety.make_backup(self.path, f"before-{pending[0].name}", source=self.db.conn)
        migrations.apply(self.db)

    def backup(self, target: Path) -> Path:
        """Copy the bank to ``target`` with SQLite's online backup (consistent while open);
        rotating backups: ``safety.make_backup``."""
        from quizapp.core import safety

        return safety.copy_database(self.db.conn, Path(target))

    def schema_version(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def transaction(self) -> Iterator[None]:
        outermost = not self.db.conn.in_transaction
        try:
            with self.db.atomic():
                yield
        except sqlite3.OperationalError as error:
            if not outermost or isinstance(error, BankWriteError):
                raise
            raise write_error(error, self.path) from error

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @retry_when_busy
    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")
