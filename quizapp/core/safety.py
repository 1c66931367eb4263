"""Keeping the bank safe: backups, integrity checks, damaged files moved aside, restore,
and an advisory lock that tells a second window the bank is already open.

Everything lives next to the bank file ``<dir>/<name>`` (e.g. ``bank.sqlite3``):

- ``<dir>/backups/<stem>-<YYYYmmddTHHMMSSZ>-<reason>.sqlite3`` — copies made with SQLite's
  online backup API (``daily``, ``manual``, ``before-<migration>``); the newest
  ``KEEP_BACKUPS`` are kept.
- ``<dir>/<name>.damaged-<YYYYmmddTHHMMSSZ>`` — a damaged bank moved aside, with its
  ``-wal``/``-shm``/``-journal`` renamed to match, so SQLite still finds them.
- ``<dir>/<name>.replaced-<YYYYmmddTHHMMSSZ>`` — the bank a restore replaced.
- ``<dir>/<name>.lock`` — present while a program holds ``BankLock`` on the bank.

Nothing here ever deletes or overwrites a bank file. The only files it deletes are its own:
backups beyond the newest seven, half-written temporary copies, and stale lock files.
"""

from __future__ import annotations

import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager, suppress
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple, Protocol

from quizapp.core.bank.connection import (
    BUSY_TIMEOUT_MS,
    BankError,
    LiteDatabase,
    count_rows,
    is_quizapp_bank,
    make_self_contained,
    quick_check_problem,
)
from quizapp.core.errors import ErrorCode
from quizapp.core.text import Catalogue, joined

log = logging.getLogger(__name__)


def _hostname() -> str:
    # os.uname is enough here; socket and platform each cost milliseconds to import.
    uname = getattr(os, "uname", None)
    return uname().nodename if uname else os.environ.get("COMPUTERNAME", "unknown")


KEEP_BACKUPS = 7
BACKUP_DIR_NAME = "backups"
SQLITE_MAGIC = b"SQLite format 3\x00"
SIDECARS = ("-wal", "-shm", "-journal")
# SQLite primary result codes that mean "this file is damaged or is no database".
_DAMAGE_CODES = {11, 26}  # SQLITE_CORRUPT, SQLITE_NOTADB
_STAMP_FORMAT = "%Y%m%dT%H%M%SZ"
_REASON = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


# --- errors ------------------------------------------------------------------------------

MESSAGES = Catalogue("safety")  # quizapp/core/messages/safety.toml


class DamagedBankError(BankError):
    """The bank file is damaged or is not a database.

    ``path`` is the bank's path, ``problem`` says what is wrong in plain words,
    ``moved_to`` is where the damaged file now lies (None while it has not been moved) and
    ``backup`` is the newest good backup (a ``BackupInfo``, or None when there is none).
    """

    code = ErrorCode.BANK_DAMAGED

    def __init__(
        self,
        path: Path,
        problem: str,
        moved_to: Path | None = None,
        backup: BackupInfo | None = None,
    ) -> None:
        self.path = Path(path)
        self.problem = problem
        self.moved_to = moved_to
        self.backup = backup
        message = MESSAGES.DAMAGED(path=str(self.path), problem=problem)
        if moved_to is not None:
            message = joined([message, MESSAGES.MOVED_ASIDE(moved_to=str(moved_to))])
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self)


class BankInUseError(BankError):
    """Another program has the bank open, so it cannot be replaced now."""

    code = ErrorCode.BANK_IN_USE

    def __init__(self, path: Path, holder: LockHolder | None) -> None:
        self.path = Path(path)
        self.holder = holder
        who = f" ({holder.describe()})" if holder else ""
        super().__init__(MESSAGES.IN_USE(path=str(self.path), who=who))


# --- time stamps -------------------------------------------------------------------------


def _utc(now: datetime | None) -> datetime:
    moment = now or datetime.now(UTC)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def _stamp(now: datetime | None) -> str:
    return _utc(now).strftime(_STAMP_FORMAT)


# --- integrity checks --------------------------------------------------------------------


def _has_data(path: Path) -> bool:
    try:
        return path.stat().st_size > 0
    except OSError:
        return False


def _looks_like_text(data: bytes) -> bool:
    if b"\x00" in data:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as error:
        # A multi-byte character cut off at the end of the sample is still text.
        return error.start >= len(data) - 3 and error.reason == "unexpected end of data"
    return True


def file_problem(path: Path) -> str | None:
    """What is wrong with the file itself (before SQLite reads it), or None.

    Catches a zero-length file, a text file, a file whose header was overwritten and a
    file cut short. Size checks are skipped while a ``-wal`` file holds data: SQLite may be
    part way through copying the log into the file, and it will finish on opening.
    """
    try:
        size = path.stat().st_size
        with path.open("rb") as handle:
            head = handle.read(4096)
    except OSError as error:
        raise BankError(
            MESSAGES.CANNOT_READ(path=str(path), error=str(error.strerror or error))
        ) from None
    if size == 0:
        return MESSAGES.EMPTY_FILE()
    if not head.startswith(SQLITE_MAGIC):
        if _looks_like_text(head):
            return MESSAGES.TEXT_FILE()
        return MESSAGES.NOT_SQLITE()
    if len(head) < 100:
        return MESSAGES.CUT_SHORT(size=size)
    page_size = int.from_bytes(head[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    if page_size < 512 or page_size & (page_size - 1):
        return MESSAGES.BAD_HEADER()
    if _has_data(path.with_name(path.name + "-wal")):
        return None
    pages = int.from_bytes(head[28:32], "big")
    pages_valid = head[24:28] == head[92:96]
    if size % page_size or (pages_valid and size < pages * page_size):
        return MESSAGES.CUT_SHORT(size=size)
    return None


def check_file(path: Path) -> None:
    """Raise ``DamagedBankError`` when ``file_problem`` finds something."""
    problem = file_problem(path)
    if problem is not None:
        raise DamagedBankError(path, problem)


def check_connection(connection: sqlite3.Connection, path: Path, *, thorough: bool = True) -> None:
    """Checks made on an open connection: integrity (``thorough``: SQLite's quick check,
    which reads every page), and that this is a quizapp bank (or an empty database).
    Raises ``DamagedBankError`` or ``BankError``."""
    if thorough:
        problem = quick_check_problem(connection)
        if problem is not None:
            raise DamagedBankError(path, problem)
    if is_quizapp_bank(connection) is False:
        raise BankError(MESSAGES.NOT_A_BANK(path=str(path)))


def is_damage(error: sqlite3.Error) -> bool:
    code = getattr(error, "sqlite_errorcode", None)
    if code is not None:
        return (code & 0xFF) in _DAMAGE_CODES
    text = str(error).lower()
    return "malformed" in text or "not a database" in text


def open_error(path: Path, error: sqlite3.Error) -> BankError:
    """The error to raise when SQLite fails while opening ``path``."""
    if is_damage(error):
        return DamagedBankError(path, MESSAGES.SQLITE_CANNOT_READ(error=str(error)))
    return BankError(MESSAGES.CANNOT_OPEN(path=str(path), error=str(error)))


def _readonly_uri(path: Path) -> str:
    # immutable: backups never change once made, and SQLite then creates no side files.
    return f"{path.resolve().as_uri()}?mode=ro&immutable=1"


def bank_problem(path: Path, *, live: bool = False) -> str | None:
    """Every check, read only: None when ``path`` is a good quizapp bank.

    ``live``: the file may be in use (its ``-wal`` is read too); otherwise it is taken
    as a closed file that never changes, such as a backup.
    """
    try:
        problem = file_problem(path)
    except BankError as error:
        return str(error)
    if problem is not None:
        return problem
    uri = f"{path.resolve().as_uri()}?mode=ro" if live else _readonly_uri(path)
    try:
        with closing(sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_MS / 1000)) as connection:
            problem = quick_check_problem(connection)
            if problem is None and not is_quizapp_bank(connection):
                problem = "it is not a quizapp bank"
    except sqlite3.Error as error:
        problem = f"SQLite cannot read it ({error})"
    return problem


# --- copies ------------------------------------------------------------------------------


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    with suppress(OSError):
        descriptor = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)


def _temporary_beside(target: Path, suffix: str) -> Path:
    """A new empty file in ``target``'s folder (made if missing), named after it and hidden,
    to be written and then renamed onto ``target``."""
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=suffix, dir=target.parent)
    os.close(handle)
    return Path(name)


def _match_mode(path: Path, like: Path) -> None:
    """Give a temporary file (mkstemp makes them 0600) the permissions of ``like``, or
    0644 when ``like`` is missing."""
    try:
        mode = like.stat().st_mode & 0o777
    except OSError:
        mode = 0o644
    with suppress(OSError):
        os.chmod(path, mode)


def _fsync_file(path: Path) -> None:
    with path.open("rb+") as handle:
        os.fsync(handle.fileno())


def copy_database(source: sqlite3.Connection, target: Path, like: Path | None = None) -> Path:
    """Copy the database behind ``source`` to ``target`` with SQLite's online backup API.

    The copy is consistent even while other programs write, is written under a temporary
    name and renamed into place (a crash never leaves half a copy under the real name), and
    is a self-contained file (rollback journal mode, no ``-wal`` beside it).
    """
    temporary = _temporary_beside(target, ".partial")
    try:
        with closing(sqlite3.connect(temporary)) as destination:
            source.backup(destination)
            make_self_contained(destination)
        _match_mode(temporary, like or target)
        _fsync_file(temporary)
        os.replace(temporary, target)
        _fsync_dir(target.parent)
    except BaseException:
        with suppress(OSError):
            temporary.unlink()
        raise
    return target


@contextmanager
def _source_connection(bank_path: Path) -> Iterator[sqlite3.Connection]:
    """A connection to a bank file that is checked first (refuses damaged banks)."""
    if not bank_path.exists():
        raise BankError(MESSAGES.NO_BANK(path=str(bank_path))).with_code(ErrorCode.NOT_FOUND)
    check_file(bank_path)
    try:
        connection = sqlite3.connect(str(bank_path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as error:
        raise open_error(bank_path, error) from None
    try:
        try:
            check_connection(connection, bank_path)
        except sqlite3.Error as error:
            raise open_error(bank_path, error) from None
    except BaseException:
        connection.close()
        raise
    try:
        yield connection
    finally:
        connection.close()


# --- backups -----------------------------------------------------------------------------


class BackupInfo(NamedTuple):
    """One backup of a bank. ``questions``/``attempts`` are None when it cannot be read."""

    path: Path
    created: datetime  # UTC
    reason: str  # daily, manual, before-<migration>
    questions: int | None
    attempts: int | None
    problem: str | None = None  # None: readable (and verified, when asked)

    @property
    def damaged(self) -> bool:
        return self.problem is not None

    def describe(self) -> str:
        """One line for a list: date, size and why it was made."""
        when = self.created.strftime("%Y-%m-%d %H:%M UTC")
        if self.damaged:
            return f"{when}  DAMAGED ({self.problem})  [{self.reason}]"
        return f"{when}  {self.questions} questions, {self.attempts} attempts  [{self.reason}]"


def backup_dir(bank_path: Path) -> Path:
    """Where the bank's backups go: ``backups/`` beside the bank file."""
    return Path(bank_path).parent / BACKUP_DIR_NAME


def _backup_pattern(bank_path: Path) -> re.Pattern[str]:
    return re.compile(
        rf"^{re.escape(Path(bank_path).stem)}-(\d{{8}}T\d{{6}}Z)-([a-z0-9_-]+?)(?:\.(\d+))?"
        r"\.sqlite3$"
    )


def _backup_files(bank_path: Path) -> list[tuple[datetime, int, str, Path]]:
    """(created, sequence, reason, path) of the bank's backups, oldest first."""
    folder = backup_dir(bank_path)
    pattern = _backup_pattern(bank_path)
    found: list[tuple[datetime, int, str, Path]] = []
    try:
        children = list(folder.iterdir())
    except OSError:
        return []
    for child in children:
        match = pattern.match(child.name)
        if not match or not child.is_file():
            continue
        try:
            # fromisoformat reads the basic form; strptime would import _strptime, a
            # cost every start-up would pay.
            created = datetime.fromisoformat(match[1]).astimezone(UTC)
        except ValueError:
            continue  # digits that are no date (a month 13): not one of our backups
        found.append((created, int(match[3] or 0), match[2], child))
    found.sort(key=lambda item: (item[0], item[1], item[3].name))
    return found


def make_backup(
    bank_path: Path,
    reason: str = "manual",
    *,
    source: sqlite3.Connection | None = None,
    now: datetime | None = None,
    keep: int = KEEP_BACKUPS,
) -> Path:
    """Copy the bank into ``backups/`` now; return the new file. Keeps the newest ``keep``.

    ``source`` is an open connection to the bank (the program's own); without it the file
    is opened and checked first, and a damaged bank raises ``DamagedBankError`` rather than
    pushing a good backup out of the seven.
    """
    bank_path = Path(bank_path)
    if not _REASON.match(reason):
        raise ValueError(f"bad backup reason {reason!r}")
    folder = backup_dir(bank_path)
    base = f"{bank_path.stem}-{_stamp(now)}-{reason}"
    target = folder / f"{base}.sqlite3"
    sequence = 1
    while target.exists():
        target = folder / f"{base}.{sequence}.sqlite3"
        sequence += 1
    try:
        if source is not None:
            copy_database(source, target, like=bank_path)
        else:
            with _source_connection(bank_path) as connection:
                copy_database(connection, target, like=bank_path)
    except sqlite3.Error as error:
        raise _copy_error(bank_path, error) from None
    except OSError as error:
        raise BankError(
            MESSAGES.BACKUP_NOT_WRITTEN(
                path=str(bank_path), folder=str(folder), error=str(error.strerror or error)
            )
        ).with_code(ErrorCode.BACKUP_FAILED) from None
    rotate_backups(bank_path, keep)
    return target


def _copy_error(bank_path: Path, error: sqlite3.Error) -> BankError:
    if is_damage(error):
        return DamagedBankError(bank_path, MESSAGES.SQLITE_CANNOT_READ(error=str(error)))
    code = (getattr(error, "sqlite_errorcode", 0) or 0) & 0xFF
    if code == 13:
        return BankError(MESSAGES.BACKUP_DISK_FULL(path=str(bank_path))).with_code(
            ErrorCode.BANK_FULL
        )
    return BankError(MESSAGES.BACKUP_FAILED(path=str(bank_path), error=str(error))).with_code(
        ErrorCode.BACKUP_FAILED
    )


def rotate_backups(bank_path: Path, keep: int = KEEP_BACKUPS) -> list[Path]:
    """Delete all but the newest ``keep`` backups of the bank; return what was deleted.

    Half-written copies left by a crash (``.<name>.*.partial``, over an hour old) go too.
    """
    files = _backup_files(bank_path)
    removed: list[Path] = []
    with suppress(OSError):
        for partial in backup_dir(bank_path).glob(f".{Path(bank_path).stem}-*.partial"):
            if time.time() - partial.stat().st_mtime > 3600:
                partial.unlink()
                removed.append(partial)
    for _created, _sequence, _reason, path in files[: max(0, len(files) - keep)]:
        try:
            path.unlink()
            removed.append(path)
        except OSError as error:
            log.warning("cannot remove the old backup %s: %s", path, error)
    return removed


def daily_backup_due(bank_path: Path, now: datetime | None = None) -> bool:
    """True when no backup of the bank was made today (UTC)."""
    files = _backup_files(Path(bank_path))
    return not files or files[-1][0].date() < _utc(now).date()


class OpenBank(Protocol):
    """What a backup needs of an open ``bank.Bank`` (safety builds on bank.connection only,
    so that the bank can run safety's checks when it opens)."""

    @property
    def path(self) -> Path | None: ...

    @property
    def db(self) -> LiteDatabase: ...


def daily_backup(bank: OpenBank, now: datetime | None = None) -> Path | None:
    """Make the day's backup of an open ``Bank`` unless one was made today (UTC).

    Never raises: a bank that cannot be backed up still opens (the problem is logged).
    """
    path = bank.path
    if path is None or not daily_backup_due(path, now):
        return None
    try:
        return make_backup(path, "daily", source=bank.db.conn, now=now)
    except (BankError, OSError, sqlite3.Error) as error:
        log.warning("the daily backup of %s failed: %s", path, error)
        return None


# --- the integrity check of big banks ---------------------------------------------------

# SQLite's quick check reads every page: about 1 ms per MB when the file is in the disk
# cache, far more from a cold disk. Up to this size it runs before the window opens.
THOROUGH_CHECK_MAX_BYTES = 4 * 1024 * 1024
CHECK_THREAD_NAME = "quizapp-integrity-check"


def recheck_marker(bank_path: Path) -> Path:
    """The file that asks the next start to check the bank fully before opening it."""
    bank_path = Path(bank_path)
    return bank_path.with_name(f"{bank_path.name}.recheck")


def check_can_wait(bank_path: Path) -> bool:
    """True when the bank's full check may run after the window is up: the bank is big and
    no earlier check found a problem."""
    try:
        size = Path(bank_path).stat().st_size
    except OSError:
        return False
    return size > THOROUGH_CHECK_MAX_BYTES and not recheck_marker(bank_path).exists()


def checked_fully(bank_path: Path) -> None:
    """The bank at ``bank_path`` passed the full check, or went aside: no recheck needed."""
    with suppress(OSError):
        recheck_marker(bank_path).unlink()


DamageListener = Callable[[str], object]


def start_background_check(
    bank_path: Path, on_damage: DamageListener | None = None, now: datetime | None = None
) -> threading.Thread:
    """Check a big bank fully in a thread (read only, its own connection), then make the
    day's backup if one is due.

    On damage the next start is asked to check before opening (``recheck_marker``), which
    leads to the usual damaged-bank choices, and ``on_damage`` is called, from the thread,
    with the problem in words. Not a daemon: a program that quits waits for a backup copy.
    """
    bank_path = Path(bank_path)

    def run() -> None:
        problem = bank_problem(bank_path, live=True)
        if problem is not None:
            log.warning("the background check of %s found damage: %s", bank_path, problem)
            with suppress(OSError):
                recheck_marker(bank_path).write_text(problem + "\n", encoding="utf-8")
            if on_damage is not None:
                on_damage(problem)
            return
        if daily_backup_due(bank_path, now):
            try:
                make_backup(bank_path, "daily", now=now)
            except (BankError, OSError, sqlite3.Error) as error:
                log.warning("the daily backup of %s failed: %s", bank_path, error)

    thread = threading.Thread(target=run, name=CHECK_THREAD_NAME)
    thread.start()
    return thread


def start_daily_backup(bank_path: Path, now: datetime | None = None) -> threading.Thread | None:
    """Make the day's backup in a thread with its own connection, off the start-up path
    (a big bank takes about a second to copy). Returns the thread, or None when no backup
    is due. The thread is not a daemon: a program that quits waits for the copy to end.
    """
    bank_path = Path(bank_path)
    if not daily_backup_due(bank_path, now):
        return None

    def run() -> None:
        try:
            make_backup(bank_path, "daily", now=now)
        except (BankError, OSError, sqlite3.Error) as error:
            log.warning("the daily backup of %s failed: %s", bank_path, error)

    thread = threading.Thread(target=run, name="quizapp-daily-backup")
    thread.start()
    return thread


def read_backup(path: Path, created: datetime, reason: str, verify: bool = False) -> BackupInfo:
    """Describe one backup file, opening it read-only; a damaged one says so."""
    problem: str | None
    questions = attempts = None
    try:
        problem = file_problem(path)
    except BankError as error:
        problem = str(error)
    if problem is None:
        try:
            with closing(sqlite3.connect(_readonly_uri(path), uri=True)) as connection:
                if verify:
                    problem = quick_check_problem(connection)
                if problem is None and not is_quizapp_bank(connection):
                    problem = "it is not a quizapp bank"
                if problem is None:
                    questions = count_rows(connection, "questions")
                    attempts = count_rows(connection, "attempts")
        except sqlite3.Error as error:
            problem = f"SQLite cannot read it ({error})"
            questions = attempts = None
    return BackupInfo(path, created, reason, questions, attempts, problem)


def list_backups(bank_path: Path, verify: bool = False) -> list[BackupInfo]:
    """The bank's backups, newest first, each with its questions and attempts counted.

    ``verify`` also runs SQLite's integrity check on each (slower on a big bank).
    """
    return [
        read_backup(path, created, reason, verify)
        for created, _sequence, reason, path in reversed(_backup_files(Path(bank_path)))
    ]


def newest_good_backup(bank_path: Path) -> BackupInfo | None:
    """The newest backup that passes every check, or None."""
    for created, _sequence, reason, path in reversed(_backup_files(Path(bank_path))):
        info = read_backup(path, created, reason, verify=True)
        if not info.damaged:
            return info
    return None


# --- moving aside and restoring ----------------------------------------------------------


def _link_or_rename(source: Path, target: Path) -> None:
    """Move ``source`` to ``target``, never replacing an existing ``target``."""
    try:
        os.link(source, target)  # fails if target exists: nothing is ever overwritten
    except FileExistsError:
        raise
    except OSError:
        if target.exists():
            raise FileExistsError(target) from None
        os.rename(source, target)
        return
    os.unlink(source)


def move_aside(bank_path: Path, reason: str, now: datetime | None = None) -> Path | None:
    """Rename the bank (and its -wal/-shm/-journal) to ``<name>.<reason>-<stamp>``.

    Returns the new name of the main file, or None when there was nothing to move.
    The side files keep their suffix after the new name, so the moved set still opens.
    """
    bank_path = Path(bank_path)
    present = [suffix for suffix in ("", *SIDECARS) if Path(f"{bank_path}{suffix}").exists()]
    if not present:
        return None
    base = f"{bank_path.name}.{reason}-{_stamp(now)}"
    sequence = 1
    target = bank_path.with_name(base)
    while any(Path(f"{target}{suffix}").exists() for suffix in ("", *SIDECARS)):
        sequence += 1
        target = bank_path.with_name(f"{base}.{sequence}")
    try:
        for suffix in present:
            _link_or_rename(Path(f"{bank_path}{suffix}"), Path(f"{target}{suffix}"))
    except OSError as error:
        raise BankError(
            f"cannot move {bank_path} aside to {target}: {error.strerror or error}"
        ) from None
    _fsync_dir(bank_path.parent)
    log.info("moved %s aside to %s", bank_path, target)
    return target


def set_aside_damaged(error: DamagedBankError, now: datetime | None = None) -> DamagedBankError:
    """Move the damaged bank aside and find the newest good backup; return the error to
    show. When another program holds the bank's lock, the file is left where it is."""
    holder = lock_holder(error.path)
    if holder is not None:
        return DamagedBankError(
            error.path,
            f"{error.problem} (it is open in another quizapp window, {holder.describe()},"
            " so it was left in place)",
            backup=newest_good_backup(error.path),
        )
    moved = move_aside(error.path, "damaged", now)
    return DamagedBankError(error.path, error.problem, moved, newest_good_backup(error.path))


class RestoreResult(NamedTuple):
    bank_path: Path
    backup_path: Path
    moved_aside: Path | None  # where the replaced bank went (None: there was none)


def restore_backup(
    bank_path: Path, backup_path: Path, now: datetime | None = None
) -> RestoreResult:
    """Put a backup in place of the bank.

    The backup is checked first (a damaged one raises ``BankError`` and changes nothing),
    copied beside the bank, then the current bank is moved aside (never deleted) and the
    copy renamed into place. Close any ``Bank`` open on ``bank_path`` first; a bank open in
    another program raises ``BankInUseError``.
    """
    bank_path, backup_path = Path(bank_path), Path(backup_path)
    problem = bank_problem(backup_path)
    if problem is not None:
        raise BankError(MESSAGES.BAD_BACKUP(path=str(backup_path), problem=problem)).with_code(
            ErrorCode.BACKUP_FAILED
        )
    lock = BankLock(bank_path)
    if not lock.acquire():
        raise BankInUseError(bank_path, lock.holder())
    try:
        temporary = _temporary_beside(bank_path, ".restoring")
        try:
            with closing(sqlite3.connect(_readonly_uri(backup_path), uri=True)) as source:
                with closing(sqlite3.connect(temporary)) as destination:
                    source.backup(destination)
                    make_self_contained(destination)
            _match_mode(temporary, bank_path)
            _fsync_file(temporary)
        except BaseException as error:
            with suppress(OSError):
                temporary.unlink()
            if isinstance(error, sqlite3.Error):
                raise _copy_error(backup_path, error) from None
            if isinstance(error, OSError):
                raise BankError(
                    f"cannot copy {backup_path} beside the bank: {error.strerror or error}."
                    " Nothing was changed."
                ) from None
            raise
        moved = move_aside(bank_path, "replaced", now)
        try:
            os.replace(temporary, bank_path)
        except OSError as error:
            # The copy stays where it is: with the moved file, nothing is lost.
            raise BankError(
                f"cannot put the restored copy {temporary} in place of {bank_path}:"
                f" {error.strerror or error}. The old bank is at {moved}."
            ) from None
        _fsync_dir(bank_path.parent)
    finally:
        lock.release()
    log.info("restored %s from %s (old file: %s)", bank_path, backup_path, moved)
    return RestoreResult(bank_path, backup_path, moved)


# --- the lock ----------------------------------------------------------------------------

try:  # POSIX
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]
try:  # Windows
    import msvcrt
except ImportError:
    msvcrt = None  # type: ignore[assignment]

_LOCK_BYTE = 1 << 20  # Windows locks this byte, so the holder's details stay readable
_FRESH_SECONDS = 2.0  # a lock file this young may be between creation and its OS lock
_HELD: dict[str, BankLock] = {}


def lock_path(bank_path: Path) -> Path:
    """The lock file of a bank: ``<bank file>.lock`` beside it."""
    bank_path = Path(bank_path)
    return bank_path.with_name(bank_path.name + ".lock")


class LockHolder(NamedTuple):
    pid: int
    host: str
    since: str  # ISO 8601 UTC

    def describe(self) -> str:
        return f"process {self.pid} on {self.host}, since {self.since}"


def _os_lock(descriptor: int) -> bool:
    """Take an exclusive OS lock without waiting; False when someone else has it."""
    if fcntl is not None:
        try:
            fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False
        return True
    if msvcrt is not None:  # pragma: no cover - Windows
        try:
            os.lseek(descriptor, _LOCK_BYTE, os.SEEK_SET)
            msvcrt.locking(descriptor, msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True
    return True  # pragma: no cover - no OS locks: rely on the pid check


def _pid_alive(pid: int) -> bool:
    if pid <= 0:
        return False
    if os.name != "posix":  # pragma: no cover - os.kill(pid, 0) would end it on Windows
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _read_holder(path: Path) -> LockHolder | None:
    try:
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        return LockHolder(int(lines[0]), lines[2], lines[3])
    except (OSError, ValueError, IndexError):
        return None


class BankLock:
    """An advisory lock saying "this bank is open in a quizapp program".

    ``acquire()`` returns True when this object now holds the lock and False when another
    program does (``holder()`` says which). The lock file ``<bank>.lock`` holds the
    holder's pid, "quizapp", host name and start time, one per line (QLockFile's layout),
    and is kept locked with an OS lock (``flock`` on POSIX, ``msvcrt.locking`` on Windows)
    that the system drops when the holder dies, so a crash never leaves a lock that
    blocks anyone. It is advisory: the bank stays safe to use from two programs at once.
    """

    def __init__(self, bank_path: Path) -> None:
        self.bank_path = Path(bank_path)
        self.path = lock_path(self.bank_path)
        self._descriptor: int | None = None

    @property
    def held(self) -> bool:
        return self._descriptor is not None

    def acquire(self) -> bool:
        if self._descriptor is not None:
            return True
        key = str(self.path.resolve())
        if key in _HELD:  # this process has it already (e.g. the window restoring)
            return True
        for _attempt in range(5):
            try:
                descriptor = os.open(self.path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o644)
            except FileExistsError:
                if self._remove_if_stale():
                    continue
                return False
            except OSError as error:
                # A read-only folder: nobody can lock, so there is nothing to warn about.
                log.warning("cannot create the lock file %s: %s", self.path, error)
                return True
            if not self._lock_new(descriptor):
                os.close(descriptor)
                continue
            details = (
                f"{os.getpid()}\nquizapp\n{_hostname()}\n"
                f"{datetime.now(UTC).isoformat(timespec='seconds')}\n"
            )
            os.lseek(descriptor, 0, os.SEEK_SET)
            # Not fsynced: the OS lock is what counts, these lines only name the holder, and
            # waiting for the disk here would slow every start (on a school's old disks most).
            os.write(descriptor, details.encode("utf-8"))
            self._descriptor = descriptor
            _HELD[key] = self
            return True
        return False

    def _lock_new(self, descriptor: int) -> bool:
        # Another program checking for a stale lock may hold the OS lock for a moment.
        for _try in range(20):
            if _os_lock(descriptor):
                return self._still_ours(descriptor)
            time.sleep(0.01)
        return False

    def _still_ours(self, descriptor: int) -> bool:
        try:
            return os.path.samestat(os.fstat(descriptor), os.stat(self.path))
        except OSError:
            return False

    def _remove_if_stale(self) -> bool:
        """Remove a lock file nobody holds any more; True when removed."""
        try:
            descriptor = os.open(self.path, os.O_RDWR)
        except FileNotFoundError:
            return True
        except OSError:
            return False  # Windows: the holder keeps it open without sharing
        try:
            stat = os.fstat(descriptor)
            age = datetime.now(UTC).timestamp() - stat.st_mtime
            if not _os_lock(descriptor):
                os.close(descriptor)
                return False
            holder = _read_holder(self.path)
            stale = (age >= _FRESH_SECONDS or holder is not None) and not (
                fcntl is None and msvcrt is None and holder and _pid_alive(holder.pid)
            )  # a fresh file without details: its owner is about to lock it
            if not stale or not self._still_ours(descriptor):
                os.close(descriptor)
                return stale  # stale but gone already: try to create it again
            if os.name == "nt":  # pragma: no cover - Windows cannot remove an open file
                os.close(descriptor)
                os.unlink(self.path)
            else:
                os.unlink(self.path)  # still holding the OS lock: nobody takes it meanwhile
                os.close(descriptor)
            return True
        except OSError:
            with suppress(OSError):
                os.close(descriptor)
            return False

    def holder(self) -> LockHolder | None:
        """Who holds the lock (None when nobody does, or it is this object)."""
        if self._descriptor is not None:
            return None
        return lock_holder(self.bank_path)

    def release(self) -> None:
        if self._descriptor is None:
            return
        _HELD.pop(str(self.path.resolve()), None)
        descriptor, self._descriptor = self._descriptor, None
        ours = self._still_ours(descriptor)
        if os.name == "nt":  # pragma: no cover - Windows cannot remove an open file
            os.close(descriptor)
        with suppress(OSError):
            if ours:
                os.unlink(self.path)
        if os.name != "nt":
            os.close(descriptor)

    def __enter__(self) -> BankLock:
        if not self.acquire():
            raise BankInUseError(self.bank_path, self.holder())
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.release()


def lock_holder(bank_path: Path) -> LockHolder | None:
    """The other program holding the bank's lock, or None (free, stale, or ours)."""
    path = lock_path(Path(bank_path))
    if str(path.resolve()) in _HELD or not path.exists():
        return None
    try:
        descriptor = os.open(path, os.O_RDWR)
    except FileNotFoundError:
        return None
    except OSError:
        return _read_holder(path) or LockHolder(0, "?", "?")
    try:
        if _os_lock(descriptor):
            if fcntl is None and msvcrt is None:  # pragma: no cover
                holder = _read_holder(path)
                return holder if holder and _pid_alive(holder.pid) else None
            return None  # nobody holds it: stale
        return _read_holder(path) or LockHolder(0, "?", "?")
    finally:
        os.close(descriptor)  # closing drops the probe's OS lock
