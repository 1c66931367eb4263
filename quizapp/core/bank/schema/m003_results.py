"""Schema step 003: results (released: its schema never changes; append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations
from quizapp.core.bank.schema.tables import create_table

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m003_results(db: Database) -> None:
    """Classroom results: where each attempt came from (a handed-in file or this machine)
    with a content hash so a file imported twice adds nothing, a cache of which key spans
    each response found (for the dashboard), and a log of regrades."""
    of_attempt = ("attempt_id", "attempts", "id")
    # content_hash: sha256 of profile name + set id + started_at + responses; origin:
    # "file" | "local"; source_name: the file's name, for the teacher; file_fingerprint:
    # the quiz version the student took; other_version: 1 when that version differed from
    # the bank's at import; points_changed: 1 when the file's points differed from the
    # bank's scoring.
    create_table(
        db,
        "attempt_origins",
        "attempt_id:int* content_hash! origin! source_name program_version file_fingerprint"
        " other_version:int points_changed:int imported_at",
        of_attempt,
    )
    db.table("attempt_origins").create_index(["content_hash"], unique=True)
    # fingerprint: the set version the findings were computed against; found_json: [0/1 per
    # key span in reading order], null when the question has no key spans.
    create_table(
        db, "response_findings", "attempt_id:int* question_id* fingerprint found_json", of_attempt
    )
    create_table(db, "regrades", "id:int* set_id fingerprint regraded_at attempts:int changed:int")
    db.table("attempts").create_index(["set_id", "finished_at"], if_not_exists=True)
