"""Schema step 002: practice (released; never edit, append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m002_practice(db: Database) -> None:
    """Practice mode: one FSRS card per profile and question, every review, sittings, and
    per-profile settings (the daily goal). Mastery and daily counts are computed from the
    reviews, never stored."""
    db.table("practice_cards").create(
        {
            "profile_id": int,
            "set_id": str,
            "question_id": str,
            "card_json": str,  # fsrs Card.to_dict()
            "due": str,  # ISO 8601 UTC, copied from the card so it can be indexed
            "last_review": str,
        },
        pk=("profile_id", "set_id", "question_id"),
        foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"card_json", "due"},
    )
    db.table("practice_cards").create_index(["profile_id", "due"])
    db.table("practice_sessions").create(
        {"id": int, "profile_id": int, "started_at": str, "ended_at": str},
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
        not_null={"started_at"},
    )
    db.table("practice_sessions").create_index(["profile_id", "started_at"])
    db.table("practice_reviews").create(
        {
            "id": int,
            "profile_id": int,
            "session_id": int,
            "set_id": str,
            "question_id": str,
            "skills_json": str,
            "response_json": str,
            "points": float,
            "max_points": float,
            "fraction": float,
            "rating": int,  # fsrs Rating: 1 Again, 2 Hard, 3 Good, 4 Easy
            "duration_ms": int,
            "reviewed_at": str,  # ISO 8601 UTC
        },
        pk="id",
        foreign_keys=[
            ("profile_id", "profiles", "id"),
            ("session_id", "practice_sessions", "id"),
        ],
        not_null={"fraction", "rating", "reviewed_at"},
    )
    db.table("practice_reviews").create_index(["profile_id", "reviewed_at"])
    db.table("practice_reviews").create_index(["session_id"])
    db.table("profile_settings").create(
        {"profile_id": int, "key": str, "value": str},
        pk=("profile_id", "key"),
        foreign_keys=[("profile_id", "profiles", "id")],
    )
