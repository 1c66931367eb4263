"""How a schema step creates a table: its columns as words, in order.

Each word is a column: ``name`` is TEXT, ``name:int`` INTEGER, ``name:float`` FLOAT; a
``*`` after it puts the column in the primary key (in column order) and a ``!`` makes it
NOT NULL. ``"id:int* name! created_at"`` is the table of profiles. The table is made by
sqlite-utils exactly as a dict of Python types would make it, so a step written this way
leaves the same ``sqlite_master`` as one written with dicts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

_TYPES: dict[str, type] = {"": str, "int": int, "float": float}


def create_table(db: Database, name: str, columns: str, *references: tuple[str, str, str]) -> None:
    """Create the table ``name`` with ``columns`` (see above) and ``references``, its
    foreign keys as (column, table, column)."""
    spec: dict[str, Any] = {}
    keys: list[str] = []
    not_null: set[str] = set()
    for word in columns.split():
        column, _, kind = word.rstrip("*!").partition(":")
        spec[column] = _TYPES[kind]
        marks = word[len(word.rstrip("*!")) :]
        if "*" in marks:
            keys.append(column)
        if "!" in marks:
            not_null.add(column)
    options: dict[str, Any] = {"pk": keys[0] if len(keys) == 1 else tuple(keys)}
    if references:
        options["foreign_keys"] = list(references)
    if not_null:
        options["not_null"] = not_null
    db.table(name).create(spec, **options)
