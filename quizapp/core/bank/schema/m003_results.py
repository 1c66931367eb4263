"""Schema step 003: results (released; never edit, append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m003_results(db: Database) -> None:
    """Classroom results: where each attempt came from (a handed-in file or this machine)
    with a content hash so a file imported twice adds nothing, a cache of which key spans
    each response found (for the dashboard), and a log of regrades."""
    db.table("attempt_origins").create(
        {
            "attempt_id": int,
            "content_hash": str,  # sha256 of profile name + set id + started_at + responses
            "origin": str,  # "file" | "local"
            "source_name": str,  # the file's name, for the teacher
            "program_version": str,
            "file_fingerprint": str,  # the quiz version the student took
            "other_version": int,  # 1: that version differed from the bank's at import
            "points_changed": int,  # 1: the file's points differed from the bank's scoring
            "imported_at": str,
        },
        pk="attempt_id",
        foreign_keys=[("attempt_id", "attempts", "id")],
        not_null={"content_hash", "origin"},
    )
    db.table("attempt_origins").create_index(["content_hash"], unique=True)
    db.table("response_findings").create(
        {
            "attempt_id": int,
            "question_id": str,
            "fingerprint": str,  # the set version the findings were computed against
            "found_json": str,  # [0/1 per key span in reading order], null: no key spans
        },
        pk=("attempt_id", "question_id"),
        foreign_keys=[("attempt_id", "attempts", "id")],
    )
    db.table("regrades").create(
        {
            "id": int,
            "set_id": str,
            "fingerprint": str,
            "regraded_at": str,
            "attempts": int,
            "changed": int,
        },
        pk="id",
    )
    db.table("attempts").create_index(["set_id", "finished_at"], if_not_exists=True)
