"""Schema step 004: roster (released: its schema never changes; append a new step)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizapp.core.bank.connection import migrations
from quizapp.core.bank.schema.tables import create_table

if TYPE_CHECKING:
    from sqlite_utils import Database


@migrations()
def m004_roster(db: Database) -> None:
    """Class lists and codes (core/roster.py): one code per student per quiz on the
    teacher's machine, each code's use by an imported results file (a code is used once),
    and on a student's machine the code typed when an attempt started."""
    of_attempt = ("attempt_id", "attempts", "id")
    # code: normalised (upper case, no separators); position: the order of the class list.
    create_table(db, "roster", "set_id* code* name! student_id position:int created_at")
    db.execute("CREATE UNIQUE INDEX idx_roster_name ON roster(set_id, name COLLATE NOCASE)")
    create_table(db, "roster_uses", "set_id* code* attempt_id:int source_name used_at", of_attempt)
    create_table(db, "attempt_codes", "attempt_id:int* code!", of_attempt)
