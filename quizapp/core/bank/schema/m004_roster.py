"""Schema step 004: roster (released; never edit, append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m004_roster(db: Database) -> None:
    """Class lists and codes (core/roster.py): one code per student per quiz on the
    teacher's machine, each code's use by an imported results file (a code is used once),
    and on a student's machine the code typed when an attempt started."""
    db.table("roster").create(
        {
            "set_id": str,
            "code": str,  # normalised: upper case, no separators
            "name": str,
            "student_id": str,
            "position": int,  # order of the class list
            "created_at": str,
        },
        pk=("set_id", "code"),
        not_null={"name"},
    )
    db.execute("CREATE UNIQUE INDEX idx_roster_name ON roster(set_id, name COLLATE NOCASE)")
    db.table("roster_uses").create(
        {"set_id": str, "code": str, "attempt_id": int, "source_name": str, "used_at": str},
        pk=("set_id", "code"),
        foreign_keys=[("attempt_id", "attempts", "id")],
    )
    db.table("attempt_codes").create(
        {"attempt_id": int, "code": str},
        pk="attempt_id",
        foreign_keys=[("attempt_id", "attempts", "id")],
        not_null={"code"},
    )
