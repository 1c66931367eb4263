"""Schema step 001: initial (released; never edit, append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m001_initial(db: Database) -> None:
    db.table("sets").create(
        {
            "id": str,
            "title": str,
            "language": str,
            "description": str,
            "labels_json": str,
            "quiz_json": str,
            "fingerprint": str,
            "imported_at": str,
            "updated_at": str,
        },
        pk="id",
    )
    db.table("articles").create(
        {
            "set_id": str,
            "article_id": str,
            "position": int,
            "outlet": str,
            "headline": str,
            "published": str,
            "url": str,
            "markup": str,
            "text": str,
        },
        pk=("set_id", "article_id"),
        foreign_keys=[("set_id", "sets", "id")],
    )
    db.table("spans").create(
        {
            "set_id": str,
            "article_id": str,
            "position": int,
            "start": int,
            "end": int,
            "labels": str,
            "quantity": str,
            "note": str,
        },
        pk=("set_id", "article_id", "position"),
        foreign_keys=[("set_id", "sets", "id")],
    )
    db.table("questions").create(
        {
            "set_id": str,
            "question_id": str,
            "position": int,
            "type": str,
            "prompt": str,
            "difficulty": int,
            "data_json": str,
        },
        pk=("set_id", "question_id"),
        foreign_keys=[("set_id", "sets", "id")],
    )
    db.table("question_skills").create(
        {"set_id": str, "question_id": str, "skill": str},
        pk=("set_id", "question_id", "skill"),
    )
    db.table("question_tags").create(
        {"set_id": str, "question_id": str, "tag": str},
        pk=("set_id", "question_id", "tag"),
    )
    db.table("question_skills").create_index(["skill", "set_id", "question_id"])
    db.table("question_tags").create_index(["tag"])
    db.table("spans").create_index(["labels"])
    db.table("profiles").create(
        {"id": int, "name": str, "created_at": str},
        pk="id",
        not_null={"name"},
    )
    db.execute("CREATE UNIQUE INDEX idx_profiles_name ON profiles(name COLLATE NOCASE)")
    db.table("attempts").create(
        {
            "id": int,
            "profile_id": int,
            "set_id": str,
            "fingerprint": str,
            "settings_json": str,
            "question_ids_json": str,
            "started_at": str,
            "deadline": str,
            "finished_at": str,
        },
        pk="id",
        foreign_keys=[("profile_id", "profiles", "id")],
    )
    db.table("attempts").create_index(["profile_id", "finished_at"])
    db.table("responses").create(
        {
            "attempt_id": int,
            "question_id": str,
            "position": int,
            "response_json": str,
            "points": float,
            "max_points": float,
            "submitted_at": str,
        },
        pk=("attempt_id", "question_id"),
        foreign_keys=[("attempt_id", "attempts", "id")],
    )
    db.table("settings").create({"key": str, "value": str}, pk="key")
