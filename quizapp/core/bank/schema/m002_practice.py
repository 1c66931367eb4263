"""Schema step 002: practice (released: its schema never changes; append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations
from quizapp.core.bank.schema.tables import create_table

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m002_practice(db: Database) -> None:
    """Practice mode: one FSRS card per profile and question, every review, sittings, and
    per-profile settings (the daily goal). Mastery and daily counts are computed from the
    reviews, never stored."""
    of_profile = ("profile_id", "profiles", "id")
    # card_json: fsrs Card.to_dict(); due: ISO 8601 UTC, copied from the card so it can be
    # indexed.
    create_table(
        db,
        "practice_cards",
        "profile_id:int* set_id* question_id* card_json! due! last_review",
        of_profile,
    )
    db.table("practice_cards").create_index(["profile_id", "due"])
    create_table(db, "practice_sessions", "id:int* profile_id:int started_at! ended_at", of_profile)
    db.table("practice_sessions").create_index(["profile_id", "started_at"])
    # rating: fsrs Rating, 1 Again, 2 Hard, 3 Good, 4 Easy; reviewed_at: ISO 8601 UTC.
    create_table(
        db,
        "practice_reviews",
        "id:int* profile_id:int session_id:int set_id question_id skills_json response_json"
        " points:float max_points:float fraction:float! rating:int! duration_ms:int"
        " reviewed_at!",
        of_profile,
        ("session_id", "practice_sessions", "id"),
    )
    db.table("practice_reviews").create_index(["profile_id", "reviewed_at"])
    db.table("practice_reviews").create_index(["session_id"])
    create_table(db, "profile_settings", "profile_id:int* key* value", of_profile)
