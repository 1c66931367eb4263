"""Practice mode's storage (for ``core/practice.py``): FSRS cards, reviews and sittings."""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

from quizapp.core.bank.records import _dumps, _loads
from quizapp.core.bank.sets import SetQueries
from quizapp.core.bank.writes import retry_when_busy


class PracticeQueries(SetQueries):
    """Practice cards, reviews and sittings."""

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
