"""Classroom results: attempts handed in as results files, the cache of which key spans
each response found, the class's attempts and responses, and regrades.
"""

from __future__ import annotations

from typing import Any

from quizapp.core.bank.profiles import ProfileQueries
from quizapp.core.bank.records import _dumps, _loads, now_iso
from quizapp.core.bank.roster import RosterQueries
from quizapp.core.bank.writes import retry_when_busy


class ResultQueries(ProfileQueries, RosterQueries):
    """Results handed in and read back for the class report."""

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

    def _insert_responses(
        self, attempt_id: int, responses: list[dict[str, Any]], findings_fingerprint: str | None
    ) -> None:
        """A handed-in attempt's responses, and which key spans each found."""
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
                [profile.id, set_id, fingerprint, _dumps(question_ids), started_at, finished_at],
            )
            attempt_id = int(cursor.lastrowid or 0)
            self._insert_responses(attempt_id, responses, findings_fingerprint)
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
