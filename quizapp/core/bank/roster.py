"""Class lists and their codes (storage for ``core/roster.py``)."""

from __future__ import annotations

from typing import Any

from quizapp.core.bank.base import BankBase
from quizapp.core.bank.records import now_iso
from quizapp.core.bank.writes import retry_when_busy


class RosterQueries(BankBase):
    """Class lists, each code's use, and the code typed for an attempt."""

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
