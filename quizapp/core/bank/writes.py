"""Storage errors and retries: a write that meets a busy bank is tried again, and one that
cannot be stored is worded for the user (``BankWriteError``). Damage, backups and the
lock are ``core/safety.py``.
"""

from __future__ import annotations

import functools
import random
import sqlite3
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, Protocol, TypeVar

from quizapp.core.bank.connection import BankError, LiteDatabase
from quizapp.core.errors import ErrorCode
from quizapp.core.text import Catalogue


class _Writer(Protocol):
    db: LiteDatabase
    path: Path | None


WRITE_RETRY_SECONDS = 20.0  # on top of SQLite's own busy timeout for each try
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL = 5, 6, 8, 10, 11, 13
MESSAGES = Catalogue("bank.writes")  # quizapp/core/messages/bank.writes.toml
_WRITE_CODES = {
    "full": ErrorCode.BANK_FULL,
    "read-only": ErrorCode.BANK_READ_ONLY,
    "busy": ErrorCode.BANK_BUSY,
    "damaged": ErrorCode.BANK_DAMAGED,
}
_Method = TypeVar("_Method", bound=Callable[..., Any])


class BankWriteError(BankError, sqlite3.OperationalError):
    """A change could not be stored; nothing stored before it is lost.

    ``reason`` is "full" (the disk is full), "read-only", "busy" (another program kept
    the bank busy too long), "damaged" or "io"; the message is for the user. It is also a
    ``sqlite3.OperationalError``, so code that catches ``sqlite3.Error`` still catches it.
    """

    def __init__(self, message: str, reason: str) -> None:
        super().__init__(message)
        self.reason = reason
        self.code = _WRITE_CODES.get(reason, ErrorCode.BANK_WRITE_FAILED)


def _code(error: sqlite3.Error) -> int:
    return (getattr(error, "sqlite_errorcode", None) or 0) & 0xFF  # the primary result code


def write_error(error: sqlite3.Error, path: Path | None) -> BankWriteError:
    """The user's words for a failed write."""
    code = _code(error)
    where = f" ({path})" if path else ""
    if code == _FULL:
        return BankWriteError(MESSAGES.WRITE_FULL(where=where), "full")
    if code == _READONLY:
        return BankWriteError(MESSAGES.WRITE_READ_ONLY(where=where), "read-only")
    if code in (_BUSY, _LOCKED) or (not code and "locked" in str(error)):
        return BankWriteError(MESSAGES.WRITE_BUSY(where=where), "busy")
    if code == _CORRUPT:
        return BankWriteError(MESSAGES.WRITE_DAMAGED(where=where), "damaged")
    return BankWriteError(MESSAGES.WRITE_FAILED(error=str(error), where=where), "io")


def retry_when_busy(method: _Method) -> _Method:
    """Retry a ``Bank`` write, with growing pauses, while another program holds the bank
    busy ("database is locked"), and turn storage failures into ``BankWriteError``.

    Inside a caller's transaction nothing is retried (the whole transaction must be), and
    other database errors (an integrity error, say) pass unchanged.
    """

    @functools.wraps(method)
    def wrapper(self: _Writer, *args: Any, **kwargs: Any) -> Any:
        if self.db.conn.in_transaction:
            return method(self, *args, **kwargs)  # the outermost call retries and words it
        # A generator argument would be used up by a failed try: keep its items.
        args = tuple(list(a) if isinstance(a, Iterator) else a for a in args)
        deadline = time.monotonic() + WRITE_RETRY_SECONDS
        pause = 0.02
        while True:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.DatabaseError as error:
                if isinstance(error, BankWriteError):
                    worded: BankWriteError = error
                elif isinstance(error, sqlite3.OperationalError) or _code(error) == _CORRUPT:
                    worded = write_error(error, self.path)
                else:
                    raise  # an integrity error and the like: a bug, not the disk
                if worded.reason == "busy" and time.monotonic() < deadline:
                    time.sleep(pause * (0.5 + random.random()))
                    pause = min(pause * 2, 0.5)
                    continue
                if worded is error:
                    raise
                raise worded from error

    return wrapper  # type: ignore[return-value]
