"""The question bank: the only package that speaks SQL.

``connection.py`` opens the file with its PRAGMAs and holds the errors and the registry of
schema steps; ``schema/`` holds the migrations, one a file; this module the ``Bank`` and
its queries (its names are imported from here, as before the package).

One SQLite file (WAL, foreign keys on) holds question sets, their articles, spans and
questions, and what students did: profiles, attempts and responses. The schema moves
forward with sqlite-utils' ``Migrations``; the file is copied aside before any
migration runs on a bank that already holds data (into ``backups/``, see
``core/safety.py``, which also checks the file for damage on opening). Every write that
records a student's answer commits before it returns; writes are retried while another
program holds the bank busy, and a write that cannot be stored raises ``BankWriteError``.
"""

from __future__ import annotations

import functools
import random
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar

from quizapp.core.bank import schema as _schema  # noqa: F401  (importing registers the steps)
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
from quizapp.core.errors import ErrorCode

if TYPE_CHECKING:
    from quizapp.core.model import Article, Label, Question, QuestionSet, QuizSettings


def _files() -> ModuleType:
    """quizapp.core.files, imported when first needed (it brings YAML in): a program
    that only lists quizzes and profiles at start-up does not need it."""
    from quizapp.core import files

    return files


def _dumps(value: Any, **options: Any) -> str:
    """JSON text for a column. json is imported here, not with the module: the first
    screen reads no JSON column, and every module loaded delays it."""
    import json

    return json.dumps(value, **options)


def _loads(text: str | bytes) -> Any:
    import json

    return json.loads(text)


def _model() -> ModuleType:
    """quizapp.core.model, imported when a question, set or quiz is first built: its
    dataclasses cost start-up time, and the first screen lists only profiles."""
    from quizapp.core import model

    return model


# --- storage errors and retries (damage, backups and the lock: core/safety.py) -----------

WRITE_RETRY_SECONDS = 20.0  # on top of SQLite's own busy timeout for each try
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL = 5, 6, 8, 10, 11, 13
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
    kept = "Everything saved before is safe."
    if code == _FULL:
        return BankWriteError(
            f"The disk is full: this change was not saved{where}. Free some space and try"
            f" again. {kept}",
            "full",
        )
    if code == _READONLY:
        return BankWriteError(
            f"The bank file is read-only: this change was not saved{where}. Ask for write"
            f" access, or use another bank file. {kept}",
            "read-only",
        )
    if code in (_BUSY, _LOCKED) or (not code and "locked" in str(error)):
        return BankWriteError(
            f"The bank is busy in another quizapp program: this change was not saved{where}."
            f" Try again in a moment. {kept}",
            "busy",
        )
    if code == _CORRUPT:
        return BankWriteError(
            f"The bank file is damaged: this change was not saved{where}. Close quizapp and"
            " open it again to repair it from a backup.",
            "damaged",
        )
    return BankWriteError(
        f"The bank could not be written ({error}): this change was not saved{where}. {kept}",
        "io",
    )


def retry_when_busy(method: _Method) -> _Method:
    """Retry a ``Bank`` write, with growing pauses, while another program holds the bank
    busy ("database is locked"), and turn storage failures into ``BankWriteError``.

    Inside a caller's transaction nothing is retried (the whole transaction must be), and
    other database errors (an integrity error, say) pass unchanged.
    """

    @functools.wraps(method)
    def wrapper(self: Bank, *args: Any, **kwargs: Any) -> Any:
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


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


# --- records -----------------------------------------------------------------------------


class SetSummary(NamedTuple):
    id: str
    title: str
    description: str
    question_count: int
    skills: tuple[str, ...]
    has_quiz: bool


class QuestionRow(NamedTuple):
    """A question as listed when picking from the bank (no excerpts loaded)."""

    set_id: str
    question_id: str
    type: str
    prompt: str
    difficulty: int
    skills: tuple[str, ...]
    tags: tuple[str, ...]
    set_title: str


class Profile(NamedTuple):
    id: int
    name: str


class Attempt(NamedTuple):
    id: int
    profile_id: int
    set_id: str
    question_ids: tuple[str, ...]
    settings: QuizSettings
    started_at: str
    deadline: str | None
    finished_at: str | None


class StoredResponse(NamedTuple):
    question_id: str
    position: int
    response: dict[str, Any]
    points: float
    max_points: float
    submitted_at: str


def fingerprint(question_set: QuestionSet) -> str:
    """A short hash of a set's content: equal sets, equal fingerprints."""
    import hashlib  # only when importing sets: hashlib costs start-up time

    data = _files().set_to_data(question_set)
    if "quiz" in data:
        # Asking for roster codes is how a quiz is handed out, not a version of it.
        data["quiz"].pop("codes", None)
    canonical = _dumps(data, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]


def _settings_to_json(settings: QuizSettings | None) -> str | None:
    if settings is None:
        return None
    data = _files().quiz_to_data(settings)
    if settings.exam_of:
        data["exam_of"] = settings.exam_of  # kept in the bank, never in a question file
    return _dumps(data)


def _settings_from_json(text: str | None) -> QuizSettings:
    settings = _model().QuizSettings
    if not text:
        return settings()
    data = _loads(text)
    return settings(
        title=data.get("title"),
        shuffle=bool(data.get("shuffle", False)),
        draw=dict(data.get("draw") or {}),
        feedback=data.get("feedback", "immediate"),
        time_limit_minutes=data.get("time_limit"),
        pass_mark=data.get("pass_mark"),
        attempts=data.get("attempts"),
        questions=tuple(data.get("questions") or ()),
        codes=bool(data.get("codes", False)),
        exam_of=data.get("exam_of"),
    )


# --- the bank ----------------------------------------------------------------------------


class Bank:
    """An open question bank. Create with ``Bank.open(path)``; close when done."""

    def __init__(self, db: LiteDatabase, path: Path | None) -> None:
        self.db = db
        self.path = path
        self._article_cache: dict[tuple[str, str], Article] = {}

    # opening ---------------------------------------------------------------------------

    @classmethod
    def open(cls, path: str | Path, *, thorough_check: bool = True) -> Bank:
        """Open (creating if needed) and migrate the bank at ``path``.

        ``thorough_check=False`` leaves out SQLite's quick check (every page read); the
        caller then checks the bank another way (``safety.start_background_check``).
        """
        path = Path(path)
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise BankError(f"cannot create the folder for the bank {path}: {error}") from None
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
            raise BankError(
                f"cannot upgrade the bank {path}: {error}. It was left as it was."
            ) from None
        return bank

    @classmethod
    def memory(cls) -> Bank:
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

    # question sets ---------------------------------------------------------------------

    @retry_when_busy
    def import_sets(self, question_sets: Iterable[QuestionSet]) -> list[tuple[str, str]]:
        """Store the sets in one transaction (all or nothing); return (set id, 'added' or
        'updated'). A set already present is replaced in place: same ids, no duplicates,
        attempts kept."""
        outcome: list[tuple[str, str]] = []
        with self.db.atomic():
            for question_set in question_sets:
                outcome.append((question_set.id, self._store_set(question_set)))
        self._article_cache.clear()
        return outcome

    def _store_set(self, question_set: QuestionSet) -> str:
        set_id = question_set.id
        existing = self.db.execute("SELECT imported_at FROM sets WHERE id = ?", [set_id]).fetchone()
        for table in ("question_skills", "question_tags", "questions", "spans", "articles"):
            self.db.execute(f"DELETE FROM {table} WHERE set_id = ?", [set_id])
        stamp = now_iso()
        self.db["sets"].upsert(
            {
                "id": set_id,
                "title": question_set.title,
                "language": question_set.language,
                "description": question_set.description or "",
                "labels_json": _dumps(
                    [
                        {"id": label.id, "name": label.name, "description": label.description}
                        for label in question_set.labels
                    ]
                ),
                "quiz_json": _settings_to_json(question_set.quiz),
                "fingerprint": fingerprint(question_set),
                "imported_at": existing[0] if existing else stamp,
                "updated_at": stamp,
            },
            pk="id",
        )
        self._insert_rows(
            "articles",
            ("set_id", "article_id", "position", "outlet", "headline", "published", "url")
            + ("markup", "text"),
            (
                (set_id, article.id, position, article.outlet, article.headline)
                + (article.published, article.url, article.markup, article.text)
                for position, article in enumerate(question_set.articles)
            ),
        )
        self._insert_rows(
            "spans",
            ("set_id", "article_id", "position", "start", "end", "labels", "quantity", "note"),
            (
                (set_id, article.id, position, span.start, span.end, " ".join(span.labels))
                + (span.quantity, span.note)
                for article in question_set.articles
                for position, span in enumerate(article.spans)
            ),
        )
        question_to_data = _files().question_to_data
        self._insert_rows(
            "questions",
            ("set_id", "question_id", "position", "type", "prompt", "difficulty", "data_json"),
            (
                (set_id, question.id, position, question.type, question.prompt)
                + (question.difficulty, _dumps(question_to_data(question), ensure_ascii=False))
                for position, question in enumerate(question_set.questions)
            ),
        )
        self._insert_rows(
            "question_skills",
            ("set_id", "question_id", "skill"),
            (
                (set_id, question.id, skill)
                for question in question_set.questions
                for skill in dict.fromkeys(question.skills)
            ),
        )
        self._insert_rows(
            "question_tags",
            ("set_id", "question_id", "tag"),
            (
                (set_id, question.id, tag)
                for question in question_set.questions
                for tag in dict.fromkeys(question.tags)
            ),
        )
        return "updated" if existing else "added"

    def _insert_rows(
        self, table: str, columns: tuple[str, ...], rows: Iterable[tuple[object, ...]]
    ) -> None:
        """Insert rows of known columns with one prepared statement: a big import spends
        its time here, and sqlite-utils' insert_all rebuilds its SQL for every batch."""
        names = ", ".join(f'"{column}"' for column in columns)
        marks = ", ".join("?" * len(columns))
        self.db.conn.executemany(f'INSERT INTO "{table}" ({names}) VALUES ({marks})', rows)

    @retry_when_busy
    def delete_set(self, set_id: str) -> None:
        with self.db.atomic():
            for table in ("question_skills", "question_tags", "questions", "spans", "articles"):
                self.db.execute(f"DELETE FROM {table} WHERE set_id = ?", [set_id])
            self.db.execute("DELETE FROM sets WHERE id = ?", [set_id])
        self._article_cache.clear()

    def set_ids(self) -> list[str]:
        return [row[0] for row in self.db.execute("SELECT id FROM sets ORDER BY title, id")]

    def has_set(self, set_id: str) -> bool:
        return self.db.execute("SELECT 1 FROM sets WHERE id = ?", [set_id]).fetchone() is not None

    def set_summaries(self) -> list[SetSummary]:
        rows = self.db.execute(
            """
            SELECT s.id, s.title, s.description, s.quiz_json,
                   (SELECT COUNT(*) FROM questions q WHERE q.set_id = s.id),
                   (SELECT GROUP_CONCAT(DISTINCT k.skill) FROM question_skills k
                     WHERE k.set_id = s.id)
            FROM sets s ORDER BY s.title COLLATE NOCASE, s.id
            """
        ).fetchall()
        return [
            SetSummary(
                id=row[0],
                title=row[1],
                description=row[2] or "",
                question_count=row[4],
                skills=tuple(sorted((row[5] or "").split(","))) if row[5] else (),
                has_quiz=bool(row[3]),
            )
            for row in rows
        ]

    def set_fingerprint(self, set_id: str) -> str | None:
        row = self.db.execute("SELECT fingerprint FROM sets WHERE id = ?", [set_id]).fetchone()
        return row[0] if row else None

    def set_labels(self, set_id: str) -> tuple[str, ...]:
        row = self.db.execute("SELECT labels_json FROM sets WHERE id = ?", [set_id]).fetchone()
        if not row or not row[0]:
            return ()
        return tuple(label["id"] for label in _loads(row[0]))

    def label_definitions(self, set_id: str) -> list[Label]:
        row = self.db.execute("SELECT labels_json FROM sets WHERE id = ?", [set_id]).fetchone()
        if not row or not row[0]:
            return []
        label = _model().Label
        return [
            label(item["id"], item.get("name") or item["id"], item.get("description") or "")
            for item in _loads(row[0])
        ]

    def search_questions(
        self,
        labels: Iterable[str] = (),
        types: Iterable[str] = (),
        difficulties: Iterable[int] = (),
        tags: Iterable[str] = (),
        text: str = "",
        set_ids: Iterable[str] = (),
        limit: int = 500,
    ) -> list[QuestionRow]:
        """Questions matching every filter given (each filter: any of its values)."""
        clauses: list[str] = []
        params: list[Any] = []

        def any_of(column: str, values: list[Any]) -> None:
            if values:
                clauses.append(f"{column} IN ({','.join('?' * len(values))})")
                params.extend(values)

        any_of("q.type", list(types))
        any_of("q.difficulty", list(difficulties))
        any_of("q.set_id", list(set_ids))
        for table, column, values in (
            ("question_skills", "skill", list(labels)),
            ("question_tags", "tag", list(tags)),
        ):
            if values:
                clauses.append(
                    f"EXISTS (SELECT 1 FROM {table} x WHERE x.set_id = q.set_id"
                    f" AND x.question_id = q.question_id"
                    f" AND x.{column} IN ({','.join('?' * len(values))}))"
                )
                params.extend(values)
        if text.strip():
            clauses.append("(q.prompt LIKE ? ESCAPE '\\' OR q.question_id LIKE ? ESCAPE '\\')")
            pattern = (
                "%"
                + text.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
                + "%"
            )
            params += [pattern, pattern]
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        rows = self.db.execute(
            f"""
            SELECT q.set_id, q.question_id, q.type, q.prompt, q.difficulty,
                   (SELECT GROUP_CONCAT(skill, ' ') FROM question_skills k
                     WHERE k.set_id = q.set_id AND k.question_id = q.question_id),
                   (SELECT GROUP_CONCAT(tag, ' ') FROM question_tags t
                     WHERE t.set_id = q.set_id AND t.question_id = q.question_id),
                   s.title
            FROM questions q JOIN sets s ON s.id = q.set_id
            {where}
            ORDER BY s.title COLLATE NOCASE, q.set_id, q.position
            LIMIT ?
            """,
            [*params, limit],
        ).fetchall()
        return [
            QuestionRow(
                set_id=row[0],
                question_id=row[1],
                type=row[2],
                prompt=row[3],
                difficulty=row[4],
                skills=tuple((row[5] or "").split()),
                tags=tuple((row[6] or "").split()),
                set_title=row[7],
            )
            for row in rows
        ]

    def quiz_settings(self, set_id: str) -> QuizSettings:
        row = self.db.execute("SELECT quiz_json FROM sets WHERE id = ?", [set_id]).fetchone()
        return _settings_from_json(row[0] if row else None)

    def article(self, set_id: str, article_id: str) -> Article:
        key = (set_id, article_id)
        cached = self._article_cache.get(key)
        if cached is not None:
            return cached
        row = self.db.execute(
            "SELECT outlet, headline, published, url, markup FROM articles"
            " WHERE set_id = ? AND article_id = ?",
            [set_id, article_id],
        ).fetchone()
        if row is None:
            raise KeyError(key)
        article = _files().article_from_markup(
            article_id, row[4], outlet=row[0], headline=row[1], published=row[2], url=row[3]
        )
        if len(self._article_cache) > 256:
            self._article_cache.clear()
        self._article_cache[key] = article
        return article

    def question(self, set_id: str, question_id: str) -> Question:
        row = self.db.execute(
            "SELECT data_json FROM questions WHERE set_id = ? AND question_id = ?",
            [set_id, question_id],
        ).fetchone()
        if row is None:
            raise KeyError((set_id, question_id))
        return self._build_question(set_id, _loads(row[0]))

    def _build_question(self, set_id: str, data: dict[str, Any]) -> Question:
        excerpts = data.get("excerpts") or ([data["excerpt"]] if data.get("excerpt") else [])
        articles = {e["article"]: self.article(set_id, e["article"]) for e in excerpts}
        return _files().question_from_data(data, articles, self.set_labels(set_id))

    def questions(self, set_id: str) -> list[Question]:
        rows = self.db.execute(
            "SELECT data_json FROM questions WHERE set_id = ? ORDER BY position", [set_id]
        ).fetchall()
        return [self._build_question(set_id, _loads(row[0])) for row in rows]

    def question_ids(self, set_id: str) -> list[str]:
        return [
            row[0]
            for row in self.db.execute(
                "SELECT question_id FROM questions WHERE set_id = ? ORDER BY position", [set_id]
            )
        ]

    def question_set(self, set_id: str) -> QuestionSet:
        """The whole set, as it would be written to a file."""
        row = self.db.execute(
            "SELECT title, language, description, labels_json, quiz_json FROM sets WHERE id = ?",
            [set_id],
        ).fetchone()
        if row is None:
            raise KeyError(set_id)
        articles = [
            {
                "id": r[0],
                "outlet": r[1],
                "headline": r[2],
                **({"published": r[3]} if r[3] else {}),
                **({"url": r[4]} if r[4] else {}),
                "text": r[5],
            }
            for r in self.db.execute(
                "SELECT article_id, outlet, headline, published, url, markup FROM articles"
                " WHERE set_id = ? ORDER BY position",
                [set_id],
            )
        ]
        data: dict[str, Any] = {
            "quizapp": 1,
            "id": set_id,
            "title": row[0],
            "language": row[1],
        }
        if row[2]:
            data["description"] = row[2]
        if row[3] and _loads(row[3]):
            data["labels"] = _loads(row[3])
        data["articles"] = articles
        data["questions"] = [
            _loads(r[0])
            for r in self.db.execute(
                "SELECT data_json FROM questions WHERE set_id = ? ORDER BY position", [set_id]
            )
        ]
        if row[4]:
            data["quiz"] = _loads(row[4])
            exam_of = data["quiz"].pop("exam_of", None)
            if exam_of:  # opened from an exam copy: it reads back as one
                del data["quizapp"]
                data = {_files().EXAM_MARKER: 1, "source_fingerprint": exam_of, **data}
        return _files().set_from_data(data, f"bank:{set_id}")

    def draw_questions(
        self,
        count: int,
        skill: str | None = None,
        set_id: str | None = None,
        rng: random.Random | None = None,
    ) -> list[tuple[str, str]]:
        """(set id, question id) of up to ``count`` questions at random, by skill/set."""
        rng = rng or random.Random()
        if skill is None:
            table, clauses, params = "questions", [], []
        else:
            table, clauses, params = "question_skills", ["skill = ?"], [skill]
        if set_id is not None:
            clauses.append("set_id = ?")
            params.append(set_id)
        where = ("WHERE " + " AND ".join(clauses)) if clauses else ""
        # Sampling rowids from an index avoids sorting the whole pool at random.
        rowids = [row[0] for row in self.db.execute(f"SELECT rowid FROM {table} {where}", params)]
        chosen = rng.sample(rowids, min(count, len(rowids)))
        if not chosen:
            return []
        marks = ",".join("?" * len(chosen))
        found = {
            row[0]: (row[1], row[2])
            for row in self.db.execute(
                f"SELECT rowid, set_id, question_id FROM {table} WHERE rowid IN ({marks})", chosen
            )
        }
        return [found[rowid] for rowid in chosen if rowid in found]

    def counts(self) -> dict[str, int]:
        return {
            table: self.db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
            for table in ("sets", "articles", "questions", "profiles", "attempts", "responses")
        }

    # profiles --------------------------------------------------------------------------

    def profiles(self) -> list[Profile]:
        return [
            Profile(row[0], row[1])
            for row in self.db.execute("SELECT id, name FROM profiles ORDER BY name COLLATE NOCASE")
        ]

    def profile(self, profile_id: int) -> Profile | None:
        row = self.db.execute("SELECT id, name FROM profiles WHERE id = ?", [profile_id]).fetchone()
        return Profile(row[0], row[1]) if row else None

    @retry_when_busy
    def add_profile(self, name: str) -> Profile:
        """Create a profile, or return the one of that name (names ignore case)."""
        name = " ".join(name.split())
        if not name:
            raise ValueError("a profile needs a name")
        if len(name) > 80:
            raise ValueError("a name may have at most 80 characters")
        row = self.db.execute(
            "SELECT id, name FROM profiles WHERE name = ? COLLATE NOCASE", [name]
        ).fetchone()
        if row:
            return Profile(row[0], row[1])
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO profiles (name, created_at) VALUES (?, ?)", [name, now_iso()]
            )
        return Profile(int(cursor.lastrowid or 0), name)

    # attempts --------------------------------------------------------------------------

    @retry_when_busy
    def start_attempt(
        self,
        profile_id: int,
        set_id: str,
        question_ids: list[str],
        settings: QuizSettings,
        started_at: str,
        deadline: str | None = None,
        code: str | None = None,
    ) -> Attempt:
        """Start an attempt; ``code`` (a class-list code) is stored in the same transaction,
        so a crash never leaves an attempt that should carry a code without one."""
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO attempts (profile_id, set_id, fingerprint, settings_json,"
                " question_ids_json, started_at, deadline) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    profile_id,
                    set_id,
                    self.set_fingerprint(set_id),
                    _settings_to_json(settings),
                    _dumps(question_ids),
                    started_at,
                    deadline,
                ],
            )
            if code is not None:
                self.db.execute(
                    "INSERT INTO attempt_codes (attempt_id, code) VALUES (?, ?)",
                    [cursor.lastrowid, code],
                )
        attempt = self.attempt(int(cursor.lastrowid or 0))
        assert attempt is not None
        return attempt

    def attempt(self, attempt_id: int) -> Attempt | None:
        row = self.db.execute(
            "SELECT id, profile_id, set_id, question_ids_json, settings_json, started_at,"
            " deadline, finished_at FROM attempts WHERE id = ?",
            [attempt_id],
        ).fetchone()
        if row is None:
            return None
        return Attempt(
            id=row[0],
            profile_id=row[1],
            set_id=row[2],
            question_ids=tuple(_loads(row[3])),
            settings=_settings_from_json(row[4]),
            started_at=row[5],
            deadline=row[6],
            finished_at=row[7],
        )

    def unfinished_attempt(self, profile_id: int) -> Attempt | None:
        """The profile's newest attempt that was never finished (e.g. after a crash)."""
        row = self.db.execute(
            "SELECT id FROM attempts WHERE profile_id = ? AND finished_at IS NULL"
            " ORDER BY id DESC LIMIT 1",
            [profile_id],
        ).fetchone()
        return self.attempt(row[0]) if row else None

    @retry_when_busy
    def save_response(
        self,
        attempt_id: int,
        question_id: str,
        position: int,
        response: dict[str, Any],
        points: float,
        max_points: float,
        submitted_at: str,
    ) -> None:
        """Record one submitted answer; committed before this returns."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO responses (attempt_id, question_id, position,"
                " response_json, points, max_points, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    attempt_id,
                    question_id,
                    position,
                    _dumps(response),
                    points,
                    max_points,
                    submitted_at,
                ],
            )

    def responses(self, attempt_id: int) -> list[StoredResponse]:
        return [
            StoredResponse(row[0], row[1], _loads(row[2]), row[3], row[4], row[5])
            for row in self.db.execute(
                "SELECT question_id, position, response_json, points, max_points, submitted_at"
                " FROM responses WHERE attempt_id = ? ORDER BY position",
                [attempt_id],
            )
        ]

    @retry_when_busy
    def finish_attempt(self, attempt_id: int, finished_at: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE attempts SET finished_at = ? WHERE id = ?", [finished_at, attempt_id]
            )

    def abandon_attempt(self, attempt_id: int, when: str) -> None:
        """Close an attempt the student chose not to resume (kept, marked finished)."""
        self.finish_attempt(attempt_id, when)

    def last_scores(self, profile_id: int) -> dict[str, float]:
        """Per set: the fraction scored in the profile's newest finished attempt."""
        rows = self.db.execute(
            """
            SELECT a.set_id, AVG(CASE WHEN r.max_points > 0 THEN r.points / r.max_points END)
            FROM attempts a JOIN responses r ON r.attempt_id = a.id
            WHERE a.id IN (
                SELECT MAX(id) FROM attempts
                WHERE profile_id = ? AND finished_at IS NOT NULL GROUP BY set_id)
            GROUP BY a.set_id
            """,
            [profile_id],
        ).fetchall()
        return {row[0]: float(row[1] or 0.0) for row in rows}

    def attempts_for(self, profile_id: int, set_id: str) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM attempts WHERE profile_id = ? AND set_id = ?"
            " AND finished_at IS NOT NULL",
            [profile_id, set_id],
        ).fetchone()
        return int(row[0])

    # classroom results -----------------------------------------------------------------
    # Storage for quizapp.core.handin and quizapp.core.classroom: attempts handed in as
    # files (with the hash that makes a second import a no-op), the per-response cache of
    # which key spans were found, and regrades. Rows come back as plain dicts.

    def results_hash_exists(self, content_hash: str) -> bool:
        return (
            self.db.execute(
                "SELECT 1 FROM attempt_origins WHERE content_hash = ?", [content_hash]
            ).fetchone()
            is not None
        )

    def attempt_fingerprint(self, attempt_id: int) -> str | None:
        """The fingerprint of the set version the attempt was taken on."""
        row = self.db.execute(
            "SELECT fingerprint FROM attempts WHERE id = ?", [attempt_id]
        ).fetchone()
        return row[0] if row else None

    def attempts_without_origin(self, set_id: str) -> list[dict[str, Any]]:
        """Finished attempts of the set taken on this machine and not yet hashed:
        ``id``, ``profile_name``, ``started_at``."""
        rows = self.db.execute(
            "SELECT a.id, p.name, a.started_at FROM attempts a"
            " JOIN profiles p ON p.id = a.profile_id"
            " WHERE a.set_id = ? AND a.finished_at IS NOT NULL"
            " AND NOT EXISTS (SELECT 1 FROM attempt_origins o WHERE o.attempt_id = a.id)",
            [set_id],
        ).fetchall()
        return [{"id": row[0], "profile_name": row[1], "started_at": row[2]} for row in rows]

    @retry_when_busy
    def record_local_origin(self, attempt_id: int, content_hash: str) -> None:
        """Remember the hash of an attempt taken here, so its handed-in copy adds nothing."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR IGNORE INTO attempt_origins (attempt_id, content_hash, origin,"
                " imported_at) VALUES (?, ?, 'local', ?)",
                [attempt_id, content_hash, now_iso()],
            )

    @retry_when_busy
    def store_handed_in(
        self,
        *,
        profile_name: str,
        set_id: str,
        fingerprint: str,
        question_ids: list[str],
        started_at: str,
        finished_at: str,
        responses: list[dict[str, Any]],
        content_hash: str,
        source_name: str,
        program_version: str,
        other_version: bool,
        points_changed: bool,
        findings_fingerprint: str | None,
        roster_code: str | None = None,
    ) -> int | None:
        """Store one handed-in attempt in one transaction; None if its hash is known.

        ``responses``: dicts with ``question_id``, ``position``, ``response``, ``points``,
        ``max_points``, ``submitted_at`` and ``found`` (list of 0/1, or None).
        The profile is matched by name (ignoring case) or created."""
        with self.db.atomic():
            if self.results_hash_exists(content_hash):
                return None
            profile = self.add_profile(profile_name)
            cursor = self.db.execute(
                "INSERT INTO attempts (profile_id, set_id, fingerprint, settings_json,"
                " question_ids_json, started_at, deadline, finished_at)"
                " VALUES (?, ?, ?, NULL, ?, ?, NULL, ?)",
                [
                    profile.id,
                    set_id,
                    fingerprint,
                    _dumps(question_ids),
                    started_at,
                    finished_at,
                ],
            )
            attempt_id = int(cursor.lastrowid or 0)
            self.db.conn.executemany(
                "INSERT INTO responses (attempt_id, question_id, position, response_json,"
                " points, max_points, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        attempt_id,
                        item["question_id"],
                        item["position"],
                        _dumps(item["response"]),
                        item["points"],
                        item["max_points"],
                        item["submitted_at"],
                    )
                    for item in responses
                ],
            )
            if findings_fingerprint is not None:
                self.db.conn.executemany(
                    "INSERT INTO response_findings (attempt_id, question_id, fingerprint,"
                    " found_json) VALUES (?, ?, ?, ?)",
                    [
                        (
                            attempt_id,
                            item["question_id"],
                            findings_fingerprint,
                            None if item.get("found") is None else _dumps(item["found"]),
                        )
                        for item in responses
                    ],
                )
            self.db.execute(
                "INSERT INTO attempt_origins (attempt_id, content_hash, origin, source_name,"
                " program_version, file_fingerprint, other_version, points_changed,"
                " imported_at) VALUES (?, ?, 'file', ?, ?, ?, ?, ?, ?)",
                [
                    attempt_id,
                    content_hash,
                    source_name,
                    program_version,
                    fingerprint,
                    int(other_version),
                    int(points_changed),
                    now_iso(),
                ],
            )
            if roster_code is not None:
                self.record_roster_use(set_id, roster_code, attempt_id, source_name)
        return attempt_id

    def result_sets(self) -> list[dict[str, Any]]:
        """Sets with at least one finished attempt: ``id``, ``title``, ``attempts``,
        ``students``; by title."""
        rows = self.db.execute(
            "SELECT s.id, s.title, COUNT(a.id), COUNT(DISTINCT a.profile_id)"
            " FROM sets s JOIN attempts a ON a.set_id = s.id AND a.finished_at IS NOT NULL"
            " GROUP BY s.id ORDER BY s.title COLLATE NOCASE, s.id"
        ).fetchall()
        return [
            {"id": row[0], "title": row[1], "attempts": row[2], "students": row[3]} for row in rows
        ]

    def class_attempts(self, set_id: str, finished_only: bool = True) -> list[dict[str, Any]]:
        """The set's attempts with who took them and where they came from, oldest first:
        ``id``, ``profile_id``, ``profile_name``, ``question_ids``, ``started_at``,
        ``finished_at``, ``fingerprint``, ``origin`` (None: taken here, not yet seen by
        the classroom code), ``source_name``, ``other_version``, ``points_changed``."""
        finished = " AND a.finished_at IS NOT NULL" if finished_only else ""
        rows = self.db.execute(
            "SELECT a.id, a.profile_id, p.name, a.question_ids_json, a.started_at,"
            " a.finished_at, a.fingerprint, o.origin, o.source_name, o.other_version,"
            " o.points_changed"
            " FROM attempts a JOIN profiles p ON p.id = a.profile_id"
            " LEFT JOIN attempt_origins o ON o.attempt_id = a.id"
            f" WHERE a.set_id = ?{finished} ORDER BY a.finished_at, a.id",
            [set_id],
        ).fetchall()
        return [
            {
                "id": row[0],
                "profile_id": row[1],
                "profile_name": row[2],
                "question_ids": _loads(row[3]) if row[3] else [],
                "started_at": row[4],
                "finished_at": row[5],
                "fingerprint": row[6],
                "origin": row[7],
                "source_name": row[8],
                "other_version": bool(row[9]),
                "points_changed": bool(row[10]),
            }
            for row in rows
        ]

    def class_responses(
        self, attempt_ids: list[int], parse_responses: bool = True
    ) -> list[dict[str, Any]]:
        """Responses of the attempts with their cached findings: ``attempt_id``,
        ``question_id``, ``position``, ``response`` (its JSON text when not
        ``parse_responses``), ``points``, ``max_points``, ``submitted_at``,
        ``findings_fingerprint`` and ``found`` (list, or None)."""
        found: list[dict[str, Any]] = []
        for first in range(0, len(attempt_ids), 500):
            chunk = attempt_ids[first : first + 500]
            marks = ",".join("?" * len(chunk))
            for row in self.db.execute(
                "SELECT r.attempt_id, r.question_id, r.position, r.response_json, r.points,"
                " r.max_points, r.submitted_at, f.fingerprint, f.found_json"
                " FROM responses r LEFT JOIN response_findings f"
                " ON f.attempt_id = r.attempt_id AND f.question_id = r.question_id"
                f" WHERE r.attempt_id IN ({marks}) ORDER BY r.attempt_id, r.position",
                chunk,
            ):
                found.append(
                    {
                        "attempt_id": row[0],
                        "question_id": row[1],
                        "position": row[2],
                        "response": _loads(row[3]) if parse_responses else row[3],
                        "points": row[4],
                        "max_points": row[5],
                        "submitted_at": row[6],
                        "findings_fingerprint": row[7],
                        "found": _loads(row[8]) if row[8] else None,
                    }
                )
        return found

    @retry_when_busy
    def save_findings(self, rows: list[tuple[int, str, str, list[int] | None]]) -> None:
        """Cache (attempt id, question id, set fingerprint, found flags) per response."""
        if not rows:
            return
        with self.db.atomic():
            self.db.conn.executemany(
                "INSERT OR REPLACE INTO response_findings (attempt_id, question_id,"
                " fingerprint, found_json) VALUES (?, ?, ?, ?)",
                [
                    (attempt_id, question_id, stamp, None if found is None else _dumps(found))
                    for attempt_id, question_id, stamp, found in rows
                ],
            )

    @retry_when_busy
    def apply_regrade(
        self,
        set_id: str,
        fingerprint: str,
        points: list[tuple[int, str, float, float]],
        findings: list[tuple[int, str, str, list[int] | None]],
        attempts: int,
        changed: int,
    ) -> None:
        """In one transaction: new (attempt id, question id, points, max points), the
        refreshed findings, and a line in the regrade log."""
        with self.db.atomic():
            self.db.conn.executemany(
                "UPDATE responses SET points = ?, max_points = ?"
                " WHERE attempt_id = ? AND question_id = ?",
                [(p, m, attempt_id, question_id) for attempt_id, question_id, p, m in points],
            )
            self.save_findings(findings)
            self.db.execute(
                "INSERT INTO regrades (set_id, fingerprint, regraded_at, attempts, changed)"
                " VALUES (?, ?, ?, ?, ?)",
                [set_id, fingerprint, now_iso(), attempts, changed],
            )

    def last_regrade(self, set_id: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT fingerprint, regraded_at, attempts, changed FROM regrades"
            " WHERE set_id = ? ORDER BY id DESC LIMIT 1",
            [set_id],
        ).fetchone()
        if row is None:
            return None
        return {"fingerprint": row[0], "regraded_at": row[1], "attempts": row[2], "changed": row[3]}

    # class lists and codes -------------------------------------------------------------
    # Storage for quizapp.core.roster. Codes are stored normalised (see roster.normalise).

    def roster(self, set_id: str) -> list[dict[str, Any]]:
        """The quiz's class list in its order: ``code``, ``name``, ``student_id``, ``used``
        (the name of the results file that used the code, or None)."""
        rows = self.db.execute(
            "SELECT r.code, r.name, r.student_id, u.source_name, u.attempt_id FROM roster r"
            " LEFT JOIN roster_uses u ON u.set_id = r.set_id AND u.code = r.code"
            " WHERE r.set_id = ? ORDER BY r.position, r.name",
            [set_id],
        ).fetchall()
        return [
            {
                "code": row[0],
                "name": row[1],
                "student_id": row[2] or "",
                "used": row[3] if row[4] is not None else None,
            }
            for row in rows
        ]

    def roster_size(self, set_id: str) -> int:
        row = self.db.execute("SELECT COUNT(*) FROM roster WHERE set_id = ?", [set_id]).fetchone()
        return int(row[0])

    def roster_entry(self, code: str) -> list[dict[str, Any]]:
        """Every roster row with this code (normally one): ``set_id``, ``name``."""
        return [
            {"set_id": row[0], "name": row[1]}
            for row in self.db.execute("SELECT set_id, name FROM roster WHERE code = ?", [code])
        ]

    def roster_code_exists(self, code: str) -> bool:
        return self.db.execute("SELECT 1 FROM roster WHERE code = ?", [code]).fetchone() is not None

    @retry_when_busy
    def add_roster(self, set_id: str, students: list[tuple[str, str, str]]) -> None:
        """Add (name, student id, code) rows after the quiz's list, in one transaction."""
        with self.db.atomic():
            (start,) = self.db.execute(
                "SELECT COALESCE(MAX(position), -1) + 1 FROM roster WHERE set_id = ?", [set_id]
            ).fetchone()
            stamp = now_iso()
            self.db.conn.executemany(
                "INSERT INTO roster (set_id, code, name, student_id, position, created_at)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (set_id, code, name, student_id, start + offset, stamp)
                    for offset, (name, student_id, code) in enumerate(students)
                ],
            )

    @retry_when_busy
    def clear_roster(self, set_id: str) -> int:
        """Forget the quiz's class list (and its codes' uses); returns how many codes."""
        with self.db.atomic():
            self.db.execute("DELETE FROM roster_uses WHERE set_id = ?", [set_id])
            cursor = self.db.execute("DELETE FROM roster WHERE set_id = ?", [set_id])
        return int(cursor.rowcount)

    def roster_use(self, set_id: str, code: str) -> dict[str, Any] | None:
        row = self.db.execute(
            "SELECT attempt_id, source_name, used_at FROM roster_uses"
            " WHERE set_id = ? AND code = ?",
            [set_id, code],
        ).fetchone()
        return None if row is None else {"attempt_id": row[0], "source": row[1], "at": row[2]}

    def record_roster_use(self, set_id: str, code: str, attempt_id: int, source_name: str) -> None:
        """Mark a code used by an imported attempt (inside the caller's transaction)."""
        self.db.execute(
            "INSERT INTO roster_uses (set_id, code, attempt_id, source_name, used_at)"
            " VALUES (?, ?, ?, ?, ?)",
            [set_id, code, attempt_id, source_name, now_iso()],
        )

    @retry_when_busy
    def set_attempt_code(self, attempt_id: int, code: str) -> None:
        """The code a student typed to start the attempt (their machine)."""
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO attempt_codes (attempt_id, code) VALUES (?, ?)",
                [attempt_id, code],
            )

    def attempt_code(self, attempt_id: int) -> str | None:
        row = self.db.execute(
            "SELECT code FROM attempt_codes WHERE attempt_id = ?", [attempt_id]
        ).fetchone()
        return row[0] if row else None

    # settings --------------------------------------------------------------------------

    def setting(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else default

    @retry_when_busy
    def set_setting(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["settings"].upsert({"key": key, "value": value}, pk="key")

    # practice --------------------------------------------------------------------------
    # Storage for quizapp.core.practice: one FSRS card per (profile, question), every
    # review with its response, practice sittings, and per-profile settings. Rows come
    # back as plain tuples; practice.py turns them into records. Times are ISO 8601 UTC
    # strings of one shape, so they compare as text.

    _KNOWN_CARD = (
        "SELECT 1 FROM practice_cards c WHERE c.profile_id = ?"
        " AND c.set_id = k.set_id AND c.question_id = k.question_id"
        # An exam copy's questions have no key here: never offered for practice.
        " UNION ALL SELECT 1 FROM sets x WHERE x.id = k.set_id AND x.quiz_json LIKE ?"
    )
    _EXAM_LIKE = '%"exam_of"%'

    def practice_due(
        self, profile_id: int, before: str | None, limit: int = 10
    ) -> list[tuple[str, str, str, str]]:
        """(set id, question id, card json, due) of the profile's cards due at or before
        ``before`` (None: whenever), soonest first. Cards whose question has left the
        bank are skipped."""
        where = "c.profile_id = ?"
        params: list[int | str] = [profile_id]
        if before is not None:
            where += " AND c.due <= ?"
            params.append(before)
        rows = self.db.execute(
            "SELECT c.set_id, c.question_id, c.card_json, c.due FROM practice_cards c"
            " JOIN questions q ON q.set_id = c.set_id AND q.question_id = c.question_id"
            f" WHERE {where} ORDER BY c.due, c.set_id, c.question_id LIMIT ?",
            [*params, limit],
        ).fetchall()
        return [(row[0], row[1], row[2], row[3]) for row in rows]

    def practice_due_count(self, profile_id: int, before: str) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM practice_cards c"
            " JOIN questions q ON q.set_id = c.set_id AND q.question_id = c.question_id"
            " WHERE c.profile_id = ? AND c.due <= ?",
            [profile_id, before],
        ).fetchone()
        return int(row[0])

    def practice_card(self, profile_id: int, set_id: str, question_id: str) -> str | None:
        """The stored card (``Card.to_dict()`` as JSON), or None for a question not seen yet."""
        row = self.db.execute(
            "SELECT card_json FROM practice_cards"
            " WHERE profile_id = ? AND set_id = ? AND question_id = ?",
            [profile_id, set_id, question_id],
        ).fetchone()
        return row[0] if row else None

    def practice_card_count(self, profile_id: int) -> int:
        row = self.db.execute(
            "SELECT COUNT(*) FROM practice_cards WHERE profile_id = ?", [profile_id]
        ).fetchone()
        return int(row[0])

    _NO_SKILL = (
        "NOT EXISTS (SELECT 1 FROM question_skills s"
        " WHERE s.set_id = k.set_id AND s.question_id = k.question_id)"
    )

    def practice_unseen_counts(self, profile_id: int) -> dict[str, int]:
        """Per skill: how many of its questions the profile has never practised. Questions
        that practise no skill count under the skill ``""``."""
        rows = self.db.execute(
            "SELECT k.skill, COUNT(*) FROM question_skills k"
            f" WHERE NOT EXISTS ({self._KNOWN_CARD}) GROUP BY k.skill",
            [profile_id, self._EXAM_LIKE],
        ).fetchall()
        counts = {row[0]: int(row[1]) for row in rows}
        row = self.db.execute(
            f"SELECT COUNT(*) FROM questions k WHERE {self._NO_SKILL}"
            f" AND NOT EXISTS ({self._KNOWN_CARD})",
            [profile_id, self._EXAM_LIKE],
        ).fetchone()
        if row[0]:
            counts[""] = int(row[0])
        return counts

    def practice_unseen_question(
        self, profile_id: int, skill: str, rng: random.Random
    ) -> tuple[str, str] | None:
        """(set id, question id) of a random question of ``skill`` (``""``: of no skill)
        the profile has never practised, or None when there is none left."""
        if skill:
            # A small random draw usually holds an unseen question and avoids reading the
            # whole pool; when the profile has seen most of it, ask for the unseen ones.
            for key in self.draw_questions(8, skill=skill, rng=rng):
                if self.practice_card(profile_id, *key) is None and not self._is_exam(key[0]):
                    return key
            table, where = "question_skills", "k.skill = ?"
            params = [skill, profile_id, self._EXAM_LIKE]
        else:
            table, where, params = "questions", self._NO_SKILL, [profile_id, self._EXAM_LIKE]
        rowids = [
            row[0]
            for row in self.db.execute(
                f"SELECT k.rowid FROM {table} k WHERE {where} AND NOT EXISTS ({self._KNOWN_CARD})",
                params,
            )
        ]
        if not rowids:
            return None
        row = self.db.execute(
            f"SELECT set_id, question_id FROM {table} WHERE rowid = ?", [rng.choice(rowids)]
        ).fetchone()
        return (row[0], row[1])

    def _is_exam(self, set_id: str) -> bool:
        row = self.db.execute(
            "SELECT 1 FROM sets WHERE id = ? AND quiz_json LIKE ?", [set_id, self._EXAM_LIKE]
        ).fetchone()
        return row is not None

    @retry_when_busy
    def start_practice_session(self, profile_id: int, started_at: str) -> int:
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO practice_sessions (profile_id, started_at) VALUES (?, ?)",
                [profile_id, started_at],
            )
        return int(cursor.lastrowid or 0)

    @retry_when_busy
    def end_practice_session(self, session_id: int, ended_at: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "UPDATE practice_sessions SET ended_at = ? WHERE id = ?", [ended_at, session_id]
            )

    @retry_when_busy
    def save_practice_review(
        self,
        profile_id: int,
        session_id: int,
        set_id: str,
        question_id: str,
        skills: Iterable[str],
        response: dict[str, Any],
        points: float,
        max_points: float,
        fraction: float,
        rating: int,
        duration_ms: int | None,
        reviewed_at: str,
        card_json: str,
        due: str,
    ) -> int:
        """Record one practice answer and its card's new schedule together; committed
        before this returns."""
        with self.db.atomic():
            cursor = self.db.execute(
                "INSERT INTO practice_reviews (profile_id, session_id, set_id, question_id,"
                " skills_json, response_json, points, max_points, fraction, rating,"
                " duration_ms, reviewed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    profile_id,
                    session_id,
                    set_id,
                    question_id,
                    _dumps(list(skills)),
                    _dumps(response),
                    points,
                    max_points,
                    fraction,
                    rating,
                    duration_ms,
                    reviewed_at,
                ],
            )
            self.db.execute(
                "INSERT OR REPLACE INTO practice_cards (profile_id, set_id, question_id,"
                " card_json, due, last_review) VALUES (?, ?, ?, ?, ?, ?)",
                [profile_id, set_id, question_id, card_json, due, reviewed_at],
            )
        return int(cursor.lastrowid or 0)

    def practice_reviews(
        self, profile_id: int
    ) -> list[tuple[str, str, str, tuple[str, ...], float, int, int | None]]:
        """(reviewed at, set id, question id, skills, fraction, rating, session id) of
        every practice answer of the profile, oldest first."""
        return [
            (row[0], row[1], row[2], tuple(_loads(row[3] or "[]")), row[4], row[5], row[6])
            for row in self.db.execute(
                "SELECT reviewed_at, set_id, question_id, skills_json, fraction, rating,"
                " session_id FROM practice_reviews WHERE profile_id = ? ORDER BY reviewed_at, id",
                [profile_id],
            )
        ]

    def quiz_answers(self, profile_id: int) -> list[tuple[str, str, str, tuple[str, ...], float]]:
        """(submitted at, set id, question id, skills, fraction) of every answer the profile
        gave in a quiz (taken here or imported from a results file), oldest first. Skills
        come from the set as it is in the bank now (none for a question no longer there)."""
        return [
            (
                row[0],
                row[1],
                row[2],
                tuple(row[5].split(",")) if row[5] else (),
                (row[3] or 0.0) / row[4] if row[4] else 0.0,
            )
            for row in self.db.execute(
                "SELECT r.submitted_at, a.set_id, r.question_id, r.points, r.max_points,"
                " (SELECT GROUP_CONCAT(k.skill) FROM question_skills k"
                "  WHERE k.set_id = a.set_id AND k.question_id = r.question_id)"
                " FROM responses r JOIN attempts a ON a.id = r.attempt_id"
                " WHERE a.profile_id = ? AND r.submitted_at IS NOT NULL"
                " ORDER BY r.submitted_at, a.id, r.position",
                [profile_id],
            )
        ]

    def practice_session_history(
        self, profile_id: int
    ) -> list[tuple[int, str, str | None, int, float, str]]:
        """(id, started at, ended at, answers, mean fraction, last answer at) of every
        practice sitting with at least one answer, newest first."""
        return [
            (row[0], row[1], row[2], int(row[3]), float(row[4]), row[5])
            for row in self.db.execute(
                "SELECT s.id, s.started_at, s.ended_at, COUNT(r.id), AVG(r.fraction),"
                " MAX(r.reviewed_at) FROM practice_sessions s"
                " JOIN practice_reviews r ON r.session_id = s.id"
                " WHERE s.profile_id = ? GROUP BY s.id ORDER BY s.started_at DESC, s.id DESC",
                [profile_id],
            )
        ]

    def profile_setting(self, profile_id: int, key: str, default: str | None = None) -> str | None:
        row = self.db.execute(
            "SELECT value FROM profile_settings WHERE profile_id = ? AND key = ?",
            [profile_id, key],
        ).fetchone()
        return row[0] if row else default

    @retry_when_busy
    def set_profile_setting(self, profile_id: int, key: str, value: str) -> None:
        with self.db.atomic():
            self.db.execute(
                "INSERT OR REPLACE INTO profile_settings (profile_id, key, value) VALUES (?, ?, ?)",
                [profile_id, key, value],
            )
