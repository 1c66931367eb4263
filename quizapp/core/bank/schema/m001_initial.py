"""Schema step 001: initial (released: its schema never changes; append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations
from quizapp.core.bank.schema.tables import create_table

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m001_initial(db: Database) -> None:
    """The question sets (sets, articles, spans, questions with their skills and tags),
    profiles, quiz attempts with their responses, and settings."""
    in_set = ("set_id", "sets", "id")
    create_table(
        db,
        "sets",
        "id* title language description labels_json quiz_json fingerprint imported_at updated_at",
    )
    create_table(
        db,
        "articles",
        "set_id* article_id* position:int outlet headline published url markup text",
        in_set,
    )
    create_table(
        db,
        "spans",
        "set_id* article_id* position:int* start:int end:int labels quantity note",
        in_set,
    )
    create_table(
        db,
        "questions",
        "set_id* question_id* position:int type prompt difficulty:int data_json",
        in_set,
    )
    create_table(db, "question_skills", "set_id* question_id* skill*")
    create_table(db, "question_tags", "set_id* question_id* tag*")
    db.table("question_skills").create_index(["skill", "set_id", "question_id"])
    db.table("question_tags").create_index(["tag"])
    db.table("spans").create_index(["labels"])
    create_table(db, "profiles", "id:int* name! created_at")
    db.execute("CREATE UNIQUE INDEX idx_profiles_name ON profiles(name COLLATE NOCASE)")
    create_table(
        db,
        "attempts",
        "id:int* profile_id:int set_id fingerprint settings_json question_ids_json started_at"
        " deadline finished_at",
        ("profile_id", "profiles", "id"),
    )
    db.table("attempts").create_index(["profile_id", "finished_at"])
    create_table(
        db,
        "responses",
        "attempt_id:int* question_id* position:int response_json points:float"
        " max_points:float submitted_at",
        ("attempt_id", "attempts", "id"),
    )
    create_table(db, "settings", "key* value")
