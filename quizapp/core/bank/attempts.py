"""Quiz attempts on this machine: starting one, its responses as they are given,
finishing or abandoning it, and the profile's last scores.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from quizapp.core.bank.records import (
    Attempt,
    StoredResponse,
    _dumps,
    _loads,
    _settings_from_json,
    _settings_to_json,
)
from quizapp.core.bank.sets import SetQueries
from quizapp.core.bank.writes import retry_when_busy

if TYPE_CHECKING:
    from quizapp.core.model import QuizSettings


class AttemptQueries(SetQueries):
    """Quiz attempts and their responses (storage for ``core/session.py``)."""

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
