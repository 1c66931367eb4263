"""Question sets: storing and replacing them, their articles, spans, questions, labels
and quiz settings, searching and drawing questions.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from quizapp.core.bank.base import BankBase
from quizapp.core.bank.records import (
    QuestionRow,
    SetSummary,
    _dumps,
    _files,
    _loads,
    _model,
    _settings_from_json,
    _settings_to_json,
    fingerprint,
    now_iso,
)
from quizapp.core.bank.writes import retry_when_busy

if TYPE_CHECKING:
    from quizapp.core.model import Article, Label, Question, QuestionSet, QuizSettings


class SetQueries(BankBase):
    """The question sets in the bank."""

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
        linked = (("question_skills", "skill", "skills"), ("question_tags", "tag", "tags"))
        for table, column, attribute in linked:
            self._insert_rows(
                table,
                ("set_id", "question_id", column),
                (
                    (set_id, question.id, value)
                    for question in question_set.questions
                    for value in dict.fromkeys(getattr(question, attribute))
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
